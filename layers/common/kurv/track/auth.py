"""Who is calling: a shop's server (HMAC signature) or its storefront (key + Origin)."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kurv.core.errors import Forbidden, Unauthenticated
from kurv.core.shop_store import ShopDirectory
from kurv.core.shops import Shop, normalize_origin

SIGNATURE_TOLERANCE_SECONDS = 300
_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")
# An unknown shop's request is checked against a key nobody holds: it costs what a known one does.
_NOBODYS_KEY = secrets.token_urlsafe(32)


@dataclass(frozen=True)
class Caller:
    shop: Shop
    # The browser origin to answer with CORS headers; None for server-to-server calls.
    origin: str | None = None


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """The Kurv-Signature header value a shop sends with `body` at `timestamp`."""
    return f"t={timestamp},v1={_digest(secret, timestamp, body)}"


def authenticate(
    headers: Mapping[str, str],
    body: bytes,
    shops: ShopDirectory,
    now: int,
    *,
    also_now: Sequence[int] = (),
) -> Caller:
    """`headers` with lower-case names, as API Gateway's HTTP API delivers them.
    `also_now`: other moments a signature's t may be near, besides `now`. Deployed there are
    none; `make run` passes real time, so a shop signing with its own clock is accepted
    after the developer moved the local clock forward."""
    shop_id = headers.get("kurv-shop")
    signature = headers.get("kurv-signature")
    if shop_id is not None or signature is not None:
        return Caller(_server_shop(shop_id, signature, body, shops, now, also_now=also_now))
    key = headers.get("kurv-key")
    if key is not None:
        return _browser_caller(key, headers.get("origin"), shops)
    raise Unauthenticated(
        "send Kurv-Shop and Kurv-Signature (from a server) or Kurv-Key (from a browser)",
        code="missing_credentials",
    )


def _server_shop(
    shop_id: str | None,
    signature: str | None,
    body: bytes,
    shops: ShopDirectory,
    now: int,
    *,
    also_now: Sequence[int],
) -> Shop:
    if not shop_id:
        raise Unauthenticated(
            "Kurv-Signature needs a Kurv-Shop header naming the shop",
            field="Kurv-Shop",
            code="missing_shop",
        )
    if not signature:
        raise Unauthenticated(
            "Kurv-Shop needs a Kurv-Signature header",
            field="Kurv-Signature",
            code="missing_signature",
        )
    timestamp, digests = _parse_signature(signature)
    if all(abs(moment - timestamp) > SIGNATURE_TOLERANCE_SECONDS for moment in (now, *also_now)):
        raise Unauthenticated(
            "the signature's timestamp t is more than 5 minutes from our clock "
            "(check the server's clock, and sign each request anew)",
            field="Kurv-Signature",
            code="signature_expired",
        )
    shop = shops.get(shop_id)
    # An unknown shop gets the same answer as a wrong secret: shop ids cannot be probed.
    keys = shop.signing_secrets(now) if shop is not None else [_NOBODYS_KEY]
    expected = [_digest(key, timestamp, body).encode() for key in keys]
    matched = any(hmac.compare_digest(want, digest) for want in expected for digest in digests)
    if shop is None or not matched:
        raise Unauthenticated(
            'the signature does not match: HMAC-SHA256 of "<t>.<raw body>" with the shop\'s '
            "signing secret, hex-encoded",
            field="Kurv-Signature",
            code="bad_signature",
        )
    _require_active(shop)
    return shop


def _browser_caller(key: str, origin: str | None, shops: ShopDirectory) -> Caller:
    plausible = 8 <= len(key) <= 100 and key.isascii() and key.isprintable()
    shop = shops.by_publishable_key(key) if plausible else None
    if shop is None:
        raise Unauthenticated(
            "no shop has this publishable key", field="Kurv-Key", code="unknown_key"
        )
    allowed = normalized_origin(origin)
    if allowed is None or allowed not in shop.allowed_origins:
        raise Forbidden(
            "this Origin is not allowed for the shop's publishable key",
            field="Origin",
            code="origin_not_allowed",
        )
    _require_active(shop)
    return Caller(shop, allowed)


def normalized_origin(origin: str | None) -> str | None:
    if not origin or len(origin) > 300:
        return None
    try:
        return normalize_origin(origin)
    except ValueError:
        return None


def _require_active(shop: Shop) -> None:
    if not shop.active:
        raise Forbidden("this shop is switched off", field="Kurv-Shop", code="shop_inactive")


def _parse_signature(header: str) -> tuple[int, list[bytes]]:
    """t and the v1 digests. Anything but digits and hex is malformed, never compared."""
    timestamp: int | None = None
    digests: list[str] = []
    for part in header.split(","):
        name, _, value = part.strip().partition("=")
        if name == "t" and value.isascii() and value.isdigit() and len(value) <= 12:
            timestamp = int(value)
        elif name == "v1":
            digests.append(value.lower())
    if (
        timestamp is None
        or not digests
        or not all(_HEX_DIGEST.fullmatch(digest) for digest in digests)
    ):
        raise Unauthenticated(
            "Kurv-Signature must look like t=<unix seconds>,v1=<hex HMAC-SHA256>",
            field="Kurv-Signature",
            code="malformed_signature",
        )
    return timestamp, [digest.encode("ascii") for digest in digests]


def _digest(secret: str, timestamp: int, body: bytes) -> str:
    message = f"{timestamp}.".encode() + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
