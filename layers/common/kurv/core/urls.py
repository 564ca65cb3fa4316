"""Web addresses as a browser reads them. Pure.

Python's `urlsplit` and a browser can read one string as two places: a backslash ends a
browser's host (`https://evil.example\\.shop.example/` is on evil.example), `%2E` in a host is
a dot, `https:evil.example` has a host, `0x7f.1` is 127.0.0.1. So a URL is taken only when it
is written as RFC 3986 allows (no backslash, space, control or non-ASCII character, no user
name or password) and when the WHATWG URL Standard's reading, the one browsers follow
(pydantic-core's `Url`, built on the Rust url crate), finds the host RFC 3986 finds. What we
show is that reading's serialisation: the URL a browser will request.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from pydantic_core import Url

MAX_URL_LENGTH = 2048
WEB_SCHEMES = ("https", "http")
_DEFAULT_PORTS = {"https": 443, "http": 80}

# RFC 3986's characters: unreserved, reserved, and "%" (which must start a %XX escape).
_RFC3986 = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


class UrlError(ValueError):
    """Why a string is not a web address we can show or send anyone to."""


@dataclass(frozen=True)
class WebUrl:
    href: str  # the WHATWG serialisation: what a browser requests
    scheme: str  # https or http
    host: str  # lower case, as the browser resolves it; [::1] for an IPv6 address
    port: int | None  # None for the scheme's default

    @property
    def origin(self) -> str:
        return f"{self.scheme}://{self.host}" + (f":{self.port}" if self.port else "")

    @property
    def on_loopback(self) -> bool:
        """Only this machine can open it: localhost, 127.0.0.0/8 or [::1] (`make run`)."""
        if self.host == "localhost" or self.host.endswith(".localhost"):
            return True
        try:
            return ipaddress.ip_address(self.host.strip("[]")).is_loopback
        except ValueError:
            return False


def web_url(value: str) -> WebUrl:
    """`value` as a browser will open it, if it is an absolute http(s) URL that RFC 3986 and
    the WHATWG URL Standard read alike; otherwise UrlError says what is wrong."""
    if len(value) > MAX_URL_LENGTH:
        raise UrlError(f"must be at most {MAX_URL_LENGTH} characters")
    if not _RFC3986.fullmatch(value) or _BAD_ESCAPE.search(value):
        raise UrlError(
            "must be written as RFC 3986 allows: no spaces, backslashes, quotes, control or "
            "non-ASCII characters (percent-encode them, e.g. %20)"
        )
    try:
        written = urlsplit(value)
    except ValueError:  # an unclosed "[" in the host
        raise UrlError("is not a URL a browser can open (its host or port is invalid)") from None
    if written.scheme not in WEB_SCHEMES or not written.netloc:
        raise UrlError("must be an absolute http(s) URL such as https://shop.example/cart")
    if "@" in written.netloc:
        raise UrlError("must not carry a user name or password")
    try:
        written.port  # noqa: B018 (urlsplit checks the port only when asked)
        read = Url(value)
    except ValueError:
        raise UrlError("is not a URL a browser can open (its host or port is invalid)") from None
    named = (written.hostname or "").lower()
    if ":" in named:
        named = f"[{named}]"
    host = read.host or ""
    if not named or host != named:
        raise UrlError(
            "names its host in a form browsers read differently; write it plainly, "
            "e.g. shop.example"
        )
    port = read.port if read.port != _DEFAULT_PORTS[written.scheme] else None
    return WebUrl(href=str(read), scheme=written.scheme, host=host, port=port)
