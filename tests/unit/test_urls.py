"""A URL is judged as a browser opens it (core/urls.py): what Python's urlsplit and the
WHATWG URL Standard would read as two different hosts is refused, and what is kept is the
browser's own serialisation."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic_core import Url

from kurv.core.urls import MAX_URL_LENGTH, UrlError, web_url


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example\\.picsum.photos/login",  # a browser's host is evil.example
        "https://evil.example\\@picsum.photos/",
        "https://picsum.photos\\evil.example/",
        "https:evil.example/x",  # a browser adds the slashes; RFC 3986 sees a path
        "https:/evil.example/x",
        "https:///evil.example/x",
        "https://evil%2Eexample/",  # a browser decodes the host
        "https://picsum.photos%2F@evil.example/",
        "https://picsum.photos%00.evil.example/",
        "http://0x7f.1/",  # numbers a browser reads as 127.0.0.1
        "http://2130706433/",
        "http://127.1/",
        "https://user:pass@picsum.photos/",  # userinfo
        "https://picsum.photos@evil.example/",
        "https://@picsum.photos/",
        "https://picsum.photos/a b",  # whitespace, anywhere
        " https://picsum.photos/",
        "https://picsum.photos/\t",
        "https://pic\tsum.photos/",
        "https://picsum.photos/\n",
        "https://picsum.photos/\x00",
        "https://picsum.photos/\x7f",
        "https://picsum.photos/é",  # outside RFC 3986: percent-encode it
        "https://bücher.example/",
        "https://picsum.photos/\u202e",
        "https://picsum.photos/<script>",
        'https://picsum.photos/"',
        "https://picsum.photos/{x}",
        "https://picsum.photos/%zz",  # a broken escape
        "https://picsum.photos/%",
        "https://picsum.photos:99999/",
        "https://picsum.photos:abc/",
        "https://[::1/",
        "javascript:alert(1)",
        "data:image/png;base64,AAAA",
        "ftp://picsum.photos/x",
        "//picsum.photos/x",
        "/img/x.png",
        "",
        "https://picsum.photos/" + "a" * MAX_URL_LENGTH,
    ],
)
def test_what_a_browser_would_read_otherwise_is_refused(url: str) -> None:
    with pytest.raises(UrlError):
        web_url(url)


@pytest.mark.parametrize(
    ("url", "href", "host"),
    [
        ("https://picsum.photos/id/1/200", "https://picsum.photos/id/1/200", "picsum.photos"),
        ("HTTPS://Picsum.Photos:443/A?b=1#c", "https://picsum.photos/A?b=1#c", "picsum.photos"),
        ("https://shop.example", "https://shop.example/", "shop.example"),
        ("https://shop.example/a%20b?q=%C3%A6", "https://shop.example/a%20b?q=%C3%A6", None),
        ("https://shop.example#@evil.example", "https://shop.example/#@evil.example", None),
        ("https://shop.example/p?x=[1]", "https://shop.example/p?x=[1]", None),
        ("http://127.0.0.1:3000/c/1", "http://127.0.0.1:3000/c/1", "127.0.0.1"),
        ("https://xn--bcher-kva.example/", "https://xn--bcher-kva.example/", None),
        ("https://[::1]:8443/", "https://[::1]:8443/", "[::1]"),
    ],
)
def test_what_is_kept_is_the_browsers_own_serialisation(
    url: str, href: str, host: str | None
) -> None:
    read = web_url(url)
    assert read.href == href
    assert read.host == (host or urlsplit(href).hostname)


def test_origins_and_loopback() -> None:
    assert web_url("https://Shop.example:443/x").origin == "https://shop.example"
    assert web_url("http://localhost:8080/").origin == "http://localhost:8080"
    assert web_url("http://localhost:8080/").on_loopback
    assert web_url("http://127.0.0.5/").on_loopback
    assert web_url("http://[::1]/").on_loopback
    assert web_url("http://app.localhost/").on_loopback
    assert not web_url("https://localhost.evil.example/").on_loopback
    assert not web_url("https://shop.example/").on_loopback


# The characters that make parsers disagree, and any other.
_TRICKY = st.sampled_from([*"ab1.-:/\\@%2Ee0x[]?#;= \t\n", "%2e", "%40", "%5C", "0x7f"])


@given(st.lists(_TRICKY | st.characters(codec="utf-8"), max_size=30).map("".join))
def test_whatever_is_kept_reads_as_one_host_to_both_parsers(tail: str) -> None:
    for url in (f"https://{tail}", f"https://shop.example{tail}", f"http:{tail}"):
        try:
            read = web_url(url)
        except UrlError:
            continue
        browser = Url(read.href)
        assert browser.host == read.host
        written = urlsplit(read.href).hostname or ""
        assert (f"[{written}]" if ":" in written else written) == read.host
        assert str(browser) == read.href  # the serialisation is stable
