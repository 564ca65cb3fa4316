"""Is this WooCommerce delivery the shop's? Its webhooks sign the raw body.

WooCommerce (class-wc-webhook.php, generate_signature) sends X-WC-Webhook-Signature: the
base64 HMAC-SHA256 of the body exactly as sent, keyed with the webhook's Secret. It signs
no timestamp, so a captured delivery can be sent again: the connector reads every
delivery as a state, which makes a replay change nothing (track/woocommerce.py).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from collections.abc import Mapping

from kurv.core.errors import Unauthenticated
from kurv.core.shop_store import ShopDirectory
from kurv.core.shops import SHOP_ID_PATTERN, Shop

SIGNATURE_HEADER = "x-wc-webhook-signature"
_SHOP_ID = re.compile(SHOP_ID_PATTERN)
# What WooCommerce posts once, unsigned, when a webhook is saved (WC_Webhook::deliver_ping).
_PING = re.compile(rb"webhook_id=[0-9]{1,20}")
# Checked against when there is no secret to check with: every refusal costs the same.
_NOBODYS_SECRET = secrets.token_urlsafe(32)


def sign(secret: str, body: bytes) -> str:
    """The X-WC-Webhook-Signature WooCommerce sends with `body`."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def is_ping(headers: Mapping[str, str], body: bytes) -> bool:
    """WooCommerce's check of a new webhook's URL: `webhook_id=<id>`, form-encoded, with no
    X-WC-Webhook-* header. It proves nothing about who sent it, so it is answered without
    looking up the shop (an answer must not tell which shop ids exist)."""
    if any(name.startswith("x-wc-webhook-") for name in headers):
        return False
    return _PING.fullmatch(body) is not None


def woocommerce_shop(
    shop_id: str, headers: Mapping[str, str], body: bytes, shops: ShopDirectory
) -> Shop:
    """The shop whose WooCommerce secret signed `body`. An unknown shop, a shop without a
    WooCommerce secret and a wrong or malformed signature get one and the same answer.
    `headers` with lower-case names, as API Gateway's HTTP API delivers them."""
    shop = shops.get(shop_id) if _SHOP_ID.fullmatch(shop_id) else None
    secret = shop.woocommerce_secret if shop is not None else None
    expected = sign(secret.get_secret_value() if secret else _NOBODYS_SECRET, body)
    given = _digest(headers.get(SIGNATURE_HEADER, ""))
    matched = hmac.compare_digest(base64.b64decode(expected), given)
    if shop is None or secret is None or not matched:
        raise Unauthenticated(
            "the signature does not match: X-WC-Webhook-Signature must be the base64 "
            "HMAC-SHA256 of the raw body with the secret set by kurv shop update "
            "--woocommerce-secret",
            field="X-WC-Webhook-Signature",
            code="bad_signature",
        )
    return shop


def _digest(header: str) -> bytes:
    """The signature's 32 bytes; anything else reads as a signature nobody made."""
    try:
        digest = base64.b64decode(header.strip().encode("ascii"), validate=True)
    except (UnicodeEncodeError, ValueError):
        return b""
    return digest if len(digest) == hashlib.sha256().digest_size else b""
