"""Link tokens: signed, bound to purpose, shop and cart, and expiring."""

from __future__ import annotations

import base64
import json

import pytest

from kurv.core.tokens import LinkToken, TokenError, issue, verify

SECRETS = {"shop-a": "secret-a", "shop-b": "secret-b"}
TOKEN = LinkToken(
    "restore", "shop-a", "cart/1 ø", 2, expires_at=2_000, email_hash="h", language="da"
)


def check(value: str, *, purpose: str = "restore", now: int = 1_000) -> LinkToken:
    return verify(value, purpose=purpose, secret=SECRETS.get, now=now)  # type: ignore[arg-type]


def test_round_trip() -> None:
    value = issue(TOKEN, "secret-a")

    assert check(value) == TOKEN
    assert len(value) < 200


def test_expired() -> None:
    with pytest.raises(TokenError) as raised:
        check(issue(TOKEN, "secret-a"), now=2_001)

    assert raised.value.expired


def test_valid_until_the_last_second() -> None:
    assert check(issue(TOKEN, "secret-a"), now=2_000) == TOKEN


def test_other_purpose_is_refused() -> None:
    with pytest.raises(TokenError, match="something else"):
        check(issue(TOKEN, "secret-a"), purpose="unsubscribe")


def test_signed_with_another_shops_secret_is_refused() -> None:
    with pytest.raises(TokenError, match="signature"):
        check(issue(TOKEN, "secret-b"))


def test_a_payload_moved_to_another_shop_is_refused() -> None:
    forged = LinkToken("restore", "shop-b", "cart/1 ø", 2, expires_at=2_000)
    payload = issue(forged, "guess").split(".")[0]
    signature = issue(TOKEN, "secret-a").split(".")[1]

    with pytest.raises(TokenError):
        check(f"{payload}.{signature}")


def test_unknown_shop_is_refused() -> None:
    with pytest.raises(TokenError):
        check(issue(LinkToken("restore", "nobody", "c", 1, 2_000), "secret-a"))


def _b64(data: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "value",
    [
        "",
        ".",
        "abc",
        "a.b.c",
        "x" * 701,
        "!!!.???",
        f"{_b64('not a list')}.sig",
        f"{_b64(['restore', 'shop-a', 'c', '1', 2000, '', 'en'])}.sig",
        f"{_b64(['elsewhere', 'shop-a', 'c', 1, 2000, '', 'en'])}.sig",
        f"{_b64(['restore', 'shop-a'])}.sig",
        base64.urlsafe_b64encode(b"\xff\xfe").decode() + ".sig",
        # A genuine payload with odd characters around or in its signature.
        issue(TOKEN, "secret-a") + "é",
        issue(TOKEN, "secret-a")[:-1] + "\u00e9",
        issue(TOKEN, "secret-a")[:-1] + "\ud800",
        issue(TOKEN, "secret-a")[:-1] + "\U0001f600",
        issue(TOKEN, "secret-a") + "\n",
        "é" + issue(TOKEN, "secret-a"),
        issue(TOKEN, "secret-a").replace(".", "\uff0e"),
        issue(TOKEN, "secret-a").replace(".", ".="),
    ],
)
def test_malformed_tokens_are_refused(value: str) -> None:
    with pytest.raises(TokenError):
        check(value)


def test_only_a_genuine_token_is_genuine() -> None:
    genuine = issue(TOKEN, "secret-a")
    with pytest.raises(TokenError) as forged:
        check(genuine[:-2] + ("AA" if not genuine.endswith("AA") else "BB"))
    with pytest.raises(TokenError) as elsewhere:
        check(genuine, purpose="unsubscribe")

    assert not forged.value.genuine
    assert elsewhere.value.genuine
