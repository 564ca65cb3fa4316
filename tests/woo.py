"""WooCommerce as the tests play it: its orders (tests/fixtures/woocommerce, REST API v3 as
its webhooks carry them), its bodies and signatures, and a client posting deliveries."""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from helpers import Api, Reply

FIXTURES = Path(__file__).parent / "fixtures" / "woocommerce"
WOO_SECRET = "wc-webhook-secret-4f9a1c7e2b"
PAYMENT_URL = (
    "https://shop.example/checkout/order-pay/4127/?pay_for_order=true&key=wc_order_Xy7Kp2QmN3aBc"
)


def order(name: str = "order-pending", **changes: Any) -> dict[str, Any]:
    """A fixture order, with top-level fields changed."""
    loaded: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    return {**copy.deepcopy(loaded), **changes}


def with_meta(payload: dict[str, Any], key: str, value: str) -> dict[str, Any]:
    meta = [*payload.get("meta_data", []), {"id": 99000 + len(key), "key": key, "value": value}]
    return {**payload, "meta_data": meta}


def gmt(seconds: int) -> str:
    """Unix seconds as the REST API's *_gmt fields write them: UTC, no offset."""
    return datetime.fromtimestamp(seconds, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S")


def wp_json(payload: Any) -> bytes:
    """The body as WooCommerce makes it: trim(wp_json_encode($payload)), i.e. PHP's
    json_encode without flags: no spaces, slashes escaped, non-ASCII as \\u escapes."""
    text = json.dumps(payload, separators=(",", ":"), ensure_ascii=True)
    return text.replace("/", "\\/").encode("ascii")


def woo_signature(secret: str, body: bytes) -> str:
    """base64_encode(hash_hmac('sha256', $body, $secret, true)), as WC_Webhook signs."""
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def woo_headers(
    body: bytes, *, topic: str = "order.updated", secret: str = WOO_SECRET
) -> dict[str, str]:
    """The headers WC_Webhook::deliver sends (its delivery id: wp_hash of id and second)."""
    resource, _, event = topic.partition(".")
    return {
        "Content-Type": "application/json",
        "User-Agent": "WooCommerce/9.4.2 Hookshot (WordPress/6.7.1)",
        "X-WC-Webhook-Source": "https://shop.example/",
        "X-WC-Webhook-Topic": topic,
        "X-WC-Webhook-Resource": resource,
        "X-WC-Webhook-Event": event,
        "X-WC-Webhook-Signature": woo_signature(secret, body),
        "X-WC-Webhook-ID": "12",
        "X-WC-Webhook-Delivery-ID": hashlib.md5(body).hexdigest(),  # noqa: S324 (a label)
    }


def deliver(
    api: Api,
    payload: Any,
    *,
    topic: str = "order.updated",
    secret: str = WOO_SECRET,
    shop_id: str | None = None,
    headers: dict[str, str] | None = None,
) -> Reply:
    """POST a delivery to /v1/woocommerce/<shop>, signed as WooCommerce signs it."""
    body = payload if isinstance(payload, bytes) else wp_json(payload)
    sent = {**woo_headers(body, topic=topic, secret=secret), **(headers or {})}
    path = f"/v1/woocommerce/{shop_id or api.shop.shop_id}"
    return api.request("POST", path, headers=sent, body=body)
