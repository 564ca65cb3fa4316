"""POST /v1/woocommerce/{shop_id}: a WooCommerce order webhook, applied as the shop.

WooCommerce counts anything but a 2xx (or 301, 302) as a failure and switches a webhook
off after a handful in a row, and it never retries. So once a delivery is known to be the
shop's, it is answered 200 whatever Kurv makes of it: what Kurv refuses is counted
(WooCommerceDeliveriesRefused) and logged without personal data. Before that, the answer
is Kurv's own: 413 for a body too large, 401 for a delivery nobody can tell is the shop's.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kurv.core.errors import InvalidRequest, KurvError, PayloadTooLarge
from kurv.core.observability import Metric, count, logger
from kurv.core.shops import Shop
from kurv.track.auth import Caller
from kurv.track.tracking import Answer, Tracker
from kurv.track.woocommerce import TOPICS, Delivery, read_order
from kurv.track.woocommerce_auth import is_ping, woocommerce_shop

PLATFORM = "woocommerce"  # as the shop's deliveries and `kurv connect woocommerce` name it
# A whole order with its meta data: larger than a batch of Kurv's own events may be.
MAX_BODY_BYTES = 1024 * 1024
_DELIVERY_ID = re.compile(r"[0-9a-f]{1,64}")


@dataclass(frozen=True)
class WooCommerceDesk:
    tracker: Tracker

    def handle(self, shop_id: str, headers: Mapping[str, str], body: bytes) -> Answer:
        """`headers` with lower-case names; `body` exactly as WooCommerce sent it."""
        if len(body) > MAX_BODY_BYTES:
            raise PayloadTooLarge(f"the body is larger than {MAX_BODY_BYTES // 1024} KB")
        if is_ping(headers, body):
            return Answer(200, {"accepted": 0})
        shop = woocommerce_shop(shop_id, headers, body, self.tracker.shops)
        now = self.tracker.clock.now()
        log: dict[str, Any] = {"shop_id": shop.shop_id, "delivery_id": _delivery_id(headers)}
        _note_delivery(self.tracker, shop, log)
        if not shop.active:
            logger.info("woocommerce delivery for a switched-off shop: not applied", extra=log)
            return Answer(200, {"accepted": 0})
        # The body's digest, not X-WC-Webhook-Delivery-ID: WooCommerce makes that from the
        # webhook's id and the current second (two deliveries can share it), outside what
        # it signs. Equal bodies are one state, and a replay of one changes nothing.
        digest = hashlib.sha256(body).hexdigest()[:32]
        try:
            read = read_order(_order(headers, body), shop=shop, delivery=digest)
        except KurvError as error:
            return _refused(error, log)
        accepted, rejected = self.tracker.apply(Caller(shop), read.events, now=now)
        return _answer(read, accepted, rejected, log)


def _note_delivery(tracker: Tracker, shop: Shop, log: dict[str, Any]) -> None:
    """When WooCommerce last reached the shop (`kurv doctor` reads it), at most a write an
    hour. Bookkeeping: a failure here must not cost the delivery, which is never resent."""
    try:
        tracker.shops.note_delivery(shop, PLATFORM)
    except Exception:
        logger.warning("woocommerce delivery not noted on the shop", extra=log)


def _order(headers: Mapping[str, str], body: bytes) -> Any:
    if headers.get("x-wc-webhook-topic", "") not in TOPICS:
        raise InvalidRequest(
            "Kurv reads the topics order.created and order.updated only",
            field="X-WC-Webhook-Topic",
        )
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        raise InvalidRequest("the body is not valid JSON", code="invalid_json") from None


def _answer(
    read: Delivery, accepted: int, rejected: list[tuple[int, KurvError]], log: dict[str, Any]
) -> Answer:
    log = {**log, "cart_id": read.cart_id, "reading": read.reading, "accepted": accepted}
    body: dict[str, Any] = {"accepted": accepted}
    if rejected:
        count(Metric.WOOCOMMERCE_DELIVERIES_REFUSED)
        # Codes and fields only: an error's message never repeats what was sent.
        problems = [(index, error.code, error.field) for index, error in rejected]
        logger.warning("woocommerce delivery refused in part", extra={**log, "refused": problems})
        body["rejected"] = [{"index": index, **error.body()} for index, error in rejected]
    else:
        logger.info("woocommerce delivery", extra=log)
    return Answer(200, body)


def _refused(error: KurvError, log: dict[str, Any]) -> Answer:
    count(Metric.WOOCOMMERCE_DELIVERIES_REFUSED)
    logger.warning(
        "woocommerce delivery refused",
        extra={**log, "code": error.code, "field": error.field},
    )
    return Answer(200, {"accepted": 0, "rejected": [{"index": 0, **error.body()}]})


def _delivery_id(headers: Mapping[str, str]) -> str:
    """WooCommerce's delivery id, for finding the delivery in its own log; '' if it is not
    the hash WooCommerce makes."""
    value = headers.get("x-wc-webhook-delivery-id", "")
    return value if _DELIVERY_ID.fullmatch(value) else ""
