"""What an email shows of untrusted event data: only the shop's own hosts in links and
images, names as short plain text without web addresses, first names that read as names."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic_core import Url

from kurv.core.model import Line, Variant
from kurv.core.render import Reminder, render_reminder
from kurv.core.shops import Shop, host_allowed
from kurv.recover.content import (
    MAX_ITEM_NAME,
    allowed_url,
    shown_first_name,
    shown_lines,
    shown_text,
)
from kurv_tools.local.outbox import links_in

KURV = "https://kurv.example"
SHOP = Shop(
    shop_id="s1",
    name="Shop",
    sender_email="hello@shop.example",
    sender_name="Shop",
    restore_url="https://shop.example/cart/{cart_id}",
    allowed_origins=("https://www.shop.example",),
    image_hosts=("*.cdn.example",),
)


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://shop.example/mug.jpg", True),  # the restore URL's host
        ("https://www.shop.example/p/mug", True),  # a storefront origin
        ("https://img.cdn.example/mug.jpg", True),  # an image host, by wildcard
        ("https://cdn.example/mug.jpg", False),  # the wildcard's parent is not included
        ("https://evil.example/mug.jpg", False),
        ("https://shop.example.evil.example/x", False),
        ("https://evilshop.example/x", False),
        ("https://shop.example@evil.example/x", False),  # a user part hiding the host
        ("javascript:alert(1)", False),
        ("data:image/png;base64,AAAA", False),
        ("ftp://shop.example/x", False),
    ],
)
def test_only_the_shops_hosts_are_linked(url: str, kept: bool) -> None:
    assert (allowed_url(url, SHOP) == url) is kept


@pytest.mark.parametrize(
    "url",
    [
        # urlsplit finds an allowed host in each; a browser opens evil.example.
        "https://evil.example\\.shop.example/login",
        "https://evil.example\\.img.cdn.example/pixel.gif",
        "https://evil.example\\@shop.example/",
        "https:evil.example/x.shop.example",
        "https://evil%2Eexample%2F.shop.example/",
        # and what a browser would read otherwise, or cannot be written as RFC 3986 says
        "https://shop.example/a b",
        "https://shop.example/\tx",
        "https://user:pw@shop.example/",
        "https://shop.example/blå.jpg",
        "https://shop.example/%zz",
    ],
)
def test_a_url_is_judged_as_a_browser_reads_it(url: str) -> None:
    assert allowed_url(url, SHOP) is None


def test_what_is_shown_is_the_url_a_browser_opens() -> None:
    assert allowed_url("HTTPS://SHOP.EXAMPLE:443/Mug.jpg", SHOP) == "https://shop.example/Mug.jpg"
    assert allowed_url("https://shop.example", SHOP) == "https://shop.example/"


def test_lines_keep_their_allowed_links_and_count_the_rest() -> None:
    lines = (
        Line("Mug", 1, Decimal("5"), "https://img.cdn.example/m.jpg", "https://shop.example/m"),
        Line("Prize", 1, Decimal("0"), "https://evil.example/x.png", "https://evil.example/"),
    )

    shown, dropped = shown_lines(lines, SHOP)

    assert dropped == 2
    assert shown[0] == lines[0]
    assert (shown[1].image_url, shown[1].url) == (None, None)


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Blue mug", "Blue mug"),
        ("Claim your prize at https://evil.example/win now", "Claim your prize at now"),
        ("Visit www.evil.example today", "Visit today"),
        ("Zero\u200bwidth\u200d joiners", "Zerowidth joiners"),
        ("  many   spaces  ", "many spaces"),
        ("Kaffe & te <3", "Kaffe & te <3"),  # escaped by the template, not mangled here
    ],
)
def test_item_names_are_plain_text(name: str, shown: str) -> None:
    assert shown_text(name, MAX_ITEM_NAME) == shown


def test_long_names_are_cut_with_an_ellipsis() -> None:
    text = shown_text("x" * 500, MAX_ITEM_NAME)

    assert len(text) == MAX_ITEM_NAME
    assert text.endswith("…")


@pytest.mark.parametrize("name", ["Ada", "Jürgen", "Anne-Marie", "O'Brien", "J.R.", "Åse", "李"])
def test_names_that_read_as_names_greet(name: str) -> None:
    assert shown_first_name(name) == name


@pytest.mark.parametrize(
    "name",
    [
        "evil.example",
        "Claim your prize at evil. example",
        "ada@example.com",
        "http://x",
        "Win 1000 EUR",
        "x" * 41,
        "",
    ],
)
def test_what_is_not_a_name_gets_the_anonymous_greeting(name: str) -> None:
    assert shown_first_name(name) is None


urls = st.one_of(
    st.sampled_from(
        [
            "https://shop.example/a",
            "https://a.cdn.example/b.png",
            "https://evil.example/",
            "http://evil.example/x",
            "https://shop.example.evil.example/",
            "https://evil.example\\.shop.example/x",
            "https:evil.example/.shop.example",
            "https://evil%2Eexample%2F.shop.example/",
        ]
    ),
    st.builds(
        lambda host, path: f"https://{host}/{path}",
        st.from_regex(r"[a-z]{1,8}(\.[a-z]{2,5}){1,2}", fullmatch=True),
        st.text("abc/._-", max_size=10),
    ),
)


@given(
    lines=st.lists(
        st.builds(
            Line,
            name=st.text(min_size=1, max_size=200),
            quantity=st.integers(1, 5),
            unit_price=st.decimals(0, 1000, places=2),
            image_url=st.none() | urls,
            url=st.none() | urls,
        ),
        min_size=1,
        max_size=4,
    ),
    first_name=st.text(max_size=60),
)
def test_every_link_and_image_in_an_email_is_the_shops_or_kurvs(
    lines: list[Line], first_name: str
) -> None:
    shown, _ = shown_lines(tuple(lines), SHOP)
    email = render_reminder(
        Reminder(
            shop=SHOP,
            language="en",
            babel_locale="en",
            variant=Variant.FIRST,
            lines=shown,
            currency="EUR",
            restore_url=f"{KURV}/r/t",
            unsubscribe_url=f"{KURV}/u/t",
            kept_until=1_800_000_000,
            first_name=shown_first_name(first_name),
        )
    )

    for url in links_in(email.html):
        if url.startswith(("mailto:", "tel:")):
            continue
        opened = Url(url)  # as a browser reads it
        assert opened.scheme == "https", url
        assert opened.host == "kurv.example" or host_allowed(opened.host or "", SHOP.link_hosts), (
            url
        )
    assert "://" not in " ".join(line.name for line in shown)
