"""Signed tokens for the links in our emails: /r/{token} (restore) and /u/{token} (opt out).

A token is ``<payload>.<signature>``, both base64url. The payload names its purpose, shop,
cart, email step and expiry, plus (for opt-outs) the address's hash and the email's
language, so it still works after the cart itself has expired. The signature is an
HMAC-SHA256 with the shop's link secret, truncated to 128 bits.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Literal

Purpose = Literal["restore", "unsubscribe"]
MAX_TOKEN_LENGTH = 700
UNSUBSCRIBE_LIFETIME_SECONDS = 400 * 24 * 3600  # opt-out links keep working well past the cart
# base64url, a full stop, base64url: anything else is refused before it is decoded or compared.
_TOKEN = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


class TokenError(Exception):
    """The token cannot be used as it is.

    `genuine`: correctly signed, only too old (`expired`) or meant for another link; `token`
    is then the verified token. Otherwise `token` is what the payload claims, unverified (or
    None if it does not decode): good for choosing the language of an error page, never for
    acting on, nor for telling whether the shop it names exists.
    """

    def __init__(
        self,
        message: str,
        *,
        expired: bool = False,
        genuine: bool = False,
        token: LinkToken | None = None,
    ) -> None:
        super().__init__(message)
        self.expired = expired
        self.genuine = genuine or expired
        self.token = token


@dataclass(frozen=True)
class LinkToken:
    purpose: Purpose
    shop_id: str
    cart_id: str
    step: int
    expires_at: int
    email_hash: str = ""
    language: str = "en"


def issue(token: LinkToken, secret: str) -> str:
    fields = asdict(token)
    payload = _b64(json.dumps(list(fields.values()), separators=(",", ":")).encode())
    return f"{payload}.{_sign(secret, payload)}"


def verify(
    value: str, *, purpose: Purpose, secret: Callable[[str], str | None], now: int
) -> LinkToken:
    token = _decode(value)
    key = secret(token.shop_id)
    payload, _, signature = value.partition(".")
    if key is None or not hmac.compare_digest(_sign(key, payload).encode(), signature.encode()):
        raise TokenError("the link's signature does not match", token=token)
    if token.purpose != purpose:
        raise TokenError("the link is meant for something else", genuine=True, token=token)
    if token.expires_at < now:
        raise TokenError("the link has expired", expired=True, token=token)
    return token


def _decode(value: str) -> LinkToken:
    if len(value) > MAX_TOKEN_LENGTH or not _TOKEN.fullmatch(value):
        raise TokenError("the link is malformed")
    payload = value.split(".", 1)[0]
    try:
        purpose, shop_id, cart_id, step, expires_at, email_hash, language = json.loads(
            base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        )
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise TokenError("the link is malformed") from None
    if not (
        isinstance(shop_id, str)
        and isinstance(cart_id, str)
        and isinstance(step, int)
        and isinstance(expires_at, int)
        and isinstance(email_hash, str)
        and isinstance(language, str)
        and purpose in ("restore", "unsubscribe")
    ):
        raise TokenError("the link is malformed")
    return LinkToken(purpose, shop_id, cart_id, step, expires_at, email_hash, language)


def _sign(secret: str, payload: str) -> str:
    digest = hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest()
    return _b64(digest[:16])


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")
