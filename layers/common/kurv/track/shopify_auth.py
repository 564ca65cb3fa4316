"""Whether a webhook delivery is Shopify's, for the shop its URL names.

Shopify signs each delivery's raw body: X-Shopify-Hmac-Sha256 is the base64 HMAC-SHA256 of
it with the store's webhook secret, and X-Shopify-Shop-Domain names the store. An unknown
shop, a shop without Shopify, another store and a wrong signature all get one answer, at
the cost of one HMAC each: shop ids and their setup cannot be probed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
from collections.abc import Mapping

from kurv.core.errors import Unauthenticated
from kurv.core.shop_store import ShopDirectory
from kurv.core.shops import SHOP_ID_PATTERN, Shop

_SHOP_ID = re.compile(SHOP_ID_PATTERN)
_NOBODYS_SECRET = secrets.token_urlsafe(32)
_MAX_SIGNATURE = 100  # 44 characters for a SHA-256 digest; anything much longer is not one


def shopify_signature(secret: str, body: bytes) -> str:
    """The X-Shopify-Hmac-Sha256 value Shopify sends with `body`."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def shopify_shop(
    shop_id: str, headers: Mapping[str, str], body: bytes, shops: ShopDirectory
) -> Shop:
    """The shop, if Shopify signed this delivery for it. `headers` with lower-case names."""
    shop = shops.get(shop_id) if _SHOP_ID.fullmatch(shop_id) else None
    secret = _NOBODYS_SECRET
    if shop is not None and shop.takes_shopify and shop.shopify_secret is not None:
        secret = shop.shopify_secret.get_secret_value()
    expected = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    signed = hmac.compare_digest(expected, _decoded(headers.get("x-shopify-hmac-sha256")))
    domain = (headers.get("x-shopify-shop-domain") or "").strip().lower()
    if shop is None or not shop.takes_shopify or not signed or domain != shop.shopify_domain:
        raise Unauthenticated(
            "not a delivery Shopify signed for this shop: X-Shopify-Hmac-Sha256 must be the "
            "base64 HMAC-SHA256 of the raw body with the shop's Shopify secret, and "
            "X-Shopify-Shop-Domain its Shopify domain (kurv connect shopify)",
            field="X-Shopify-Hmac-Sha256",
            code="bad_signature",
        )
    return shop


def _decoded(header: str | None) -> bytes:
    """The digest the header carries; b"" (matching nothing) for anything but base64."""
    if not header or len(header) > _MAX_SIGNATURE or not header.isascii():
        return b""
    try:
        return base64.b64decode(header.strip(), validate=True)
    except (binascii.Error, ValueError):
        return b""
