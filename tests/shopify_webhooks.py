"""Shopify's webhook deliveries as Shopify sends them: the fixtures' payloads (as the
Webhooks reference shows them), signed with the shop's Shopify secret, with Shopify's
headers, posted to the track function's /v1/shopify/<shop>."""

from __future__ import annotations

import copy
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from helpers import Api, Reply
from kurv.track.shopify import API_VERSION
from kurv.track.shopify_auth import shopify_signature

FIXTURES = Path(__file__).parent / "fixtures" / "shopify"
SHOPIFY_SECRET = "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"
SHOPIFY_DOMAIN = "nordlys-te.myshopify.com"
CHECKOUT_TOKEN = "9f2c4e8a1b7d4c3e8f6a5b4c3d2e1f0a"
_TIMES = ("created_at", "updated_at", "processed_at", "completed_at")


def payload(name: str, **changes: Any) -> dict[str, Any]:
    """A fixture (tests/fixtures/shopify/<name>.json), with top-level fields changed."""
    loaded: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    return {**copy.deepcopy(loaded), **changes}


def dated(delivery: dict[str, Any], seconds: int) -> dict[str, Any]:
    """The payload with each of its own times that is set moved to `seconds`, as Shopify
    writes them (an offset, not Z)."""
    moment = datetime.fromtimestamp(seconds, tz=UTC).isoformat()
    return {
        **delivery,
        **{name: moment for name in _TIMES if delivery.get(name) is not None},
    }


def shopify_headers(
    topic: str,
    raw: bytes,
    *,
    event_id: str | None = "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
    webhook_id: str | None = None,
    secret: str = SHOPIFY_SECRET,
    domain: str = SHOPIFY_DOMAIN,
) -> dict[str, str]:
    """The headers Shopify sends with `raw` (X-Shopify-Event-Id left out for None)."""
    return {
        "Content-Type": "application/json",
        "X-Shopify-Topic": topic,
        "X-Shopify-Hmac-Sha256": shopify_signature(secret, raw),
        "X-Shopify-Shop-Domain": domain,
        "X-Shopify-API-Version": API_VERSION,
        "X-Shopify-Webhook-Id": webhook_id or str(uuid.uuid4()),
        "X-Shopify-Triggered-At": "2026-11-18T09:46:40.000000000Z",
        **({"X-Shopify-Event-Id": event_id} if event_id else {}),
    }


def deliver(
    api: Api,
    topic: str,
    body: dict[str, Any] | bytes,
    *,
    event_id: str | None = "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
    webhook_id: str | None = None,
    secret: str = SHOPIFY_SECRET,
    domain: str = SHOPIFY_DOMAIN,
    shop_id: str | None = None,
    headers: dict[str, str] | None = None,
) -> Reply:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    sent = shopify_headers(
        topic, raw, event_id=event_id, webhook_id=webhook_id, secret=secret, domain=domain
    )
    return api.request(
        "POST",
        f"/v1/shopify/{shop_id or api.shop.shop_id}",
        headers={**sent, **(headers or {})},
        body=raw,
    )
