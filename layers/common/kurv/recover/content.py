"""What an email may show of what a shop or a storefront told us. Pure.

Anyone holding a shop's publishable key (it is in every page of the shop) can describe a
cart. So everything customer-visible that came in an event is treated as untrusted:
links and images only to hosts the shop allows (its storefront origins, its restore URL's
host and its ``image_hosts``), names as short plain text with no web addresses in them,
and a first name only when it looks like one. What the storefront wrote (as tracking marked
it, ``model.Source``) also loses every way to reach anyone (``reachable``): the shop's own
words, from signed calls, are kept.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kurv.core.model import Line, Source
from kurv.core.shops import Shop, host_allowed
from kurv.core.text import visible
from kurv.core.urls import UrlError, web_url
from kurv.recover.reachable import without_ways_to_reach

MAX_ITEM_NAME = 80
MAX_FIRST_NAME = 40
ELLIPSIS = "…"

# A web address written out: a scheme, or www. Product names never need one.
_WEB_ADDRESS = re.compile(r"(?i)\b(?:[a-z][a-z0-9+.-]*://|www\.)\S*")
# What a name is not: an address, a path, a domain (a dot before two letters), digits.
_NOT_A_NAME = re.compile(r"[@/:\\<>{}\[\]|=_#*~^0-9]|\.\s*[^\W\d_]{2,}")
# Characters that are there to hide something: zero-width, joiners, soft hyphens.


def shown_text(value: str, limit: int, *, source: Source = Source.STOREFRONT) -> str:
    """`value` as plain text: no web addresses, nothing invisible, at most `limit` chars.
    From the storefront (`source`), no way to reach anyone either."""
    text, _ = _plain(value, source)
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + ELLIPSIS
    return text


def shown_first_name(value: str, *, source: Source = Source.STOREFRONT) -> str | None:
    """A greeting's name, or None for the anonymous greeting when it does not read as one
    (from the storefront: when any of it had to go)."""
    name, cut = _plain(value, source)
    if cut or not name or len(name) > MAX_FIRST_NAME or _NOT_A_NAME.search(name):
        return None
    return name


def _plain(value: str, source: Source) -> tuple[str, bool]:
    """The text shown, and whether anything that spells a way to reach someone went."""
    shown = visible(value)
    if source is Source.STOREFRONT:
        return without_ways_to_reach(shown)
    text = " ".join(_WEB_ADDRESS.sub(" ", shown).split())
    return text, text != " ".join(shown.split())


def allowed_url(url: str | None, shop: Shop) -> str | None:
    """`url` as a browser will open it, if that is http(s) on one of the shop's hosts
    (core/urls.py: what RFC 3986 and a browser read alike), else None."""
    if not url:
        return None
    try:
        read = web_url(url)
    except UrlError:
        return None
    return read.href if host_allowed(read.host, shop.link_hosts) else None


def shown_lines(
    lines: tuple[Line, ...], shop: Shop, *, source: Source = Source.STOREFRONT
) -> tuple[tuple[Line, ...], int]:
    """The cart's lines as an email may show them (their names told by `source`), and how
    many links or images were left out for pointing elsewhere."""
    shown, dropped = [], 0
    for line in lines:
        image_url, url = allowed_url(line.image_url, shop), allowed_url(line.url, shop)
        dropped += (line.image_url is not None and image_url is None) + (
            line.url is not None and url is None
        )
        name = shown_text(line.name, MAX_ITEM_NAME, source=source) or "…"
        shown.append(replace(line, name=name, image_url=image_url, url=url))
    return tuple(shown), dropped
