"""POST /v1/shopify/<shop>: a Shopify webhook delivery, checked, read and applied.

Shopify retries anything but a 2xx and, after its retries, deletes the subscription, so
a delivery it signed is answered 200 whatever Kurv makes of it: a topic Kurv does not read,
an event the contract refuses (counted and logged by code, never by content). Only what
Shopify did not sign is refused (401, shopify_auth). Each topic has one handler in
`_HANDLERS`; the GDPR topics have theirs, which only count for now.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kurv.core.errors import InvalidRequest, PayloadTooLarge, TemporarilyUnavailable
from kurv.core.observability import Metric, count, logger
from kurv.core.privacy import PrivacyQueue, PrivacyRequest
from kurv.core.shops import Shop
from kurv.track.auth import Caller
from kurv.track.shopify import READERS, Topic, deleted_checkout, event_ids
from kurv.track.shopify_auth import shopify_shop
from kurv.track.tracking import MAX_BODY_BYTES, Answer, Tracker

_MAX_CART_ID = 128
PLATFORM = "shopify"  # its name in Shop.deliveries and `kurv connect`


@dataclass(frozen=True)
class Delivery:
    shop: Shop
    topic: Topic
    payload: Mapping[str, Any]
    delivery_id: str | None  # X-Shopify-Event-Id, else X-Shopify-Webhook-Id
    now: int


@dataclass(frozen=True)
class ShopifyDesk:
    tracker: Tracker
    # Where GDPR's requests wait for the privacy function (made on the first one: most
    # deliveries never need an SQS client).
    privacy_queue: Callable[[], PrivacyQueue]

    def receive(self, shop_id: str, headers: Mapping[str, str], body: bytes) -> Answer:
        """`headers` with lower-case names; `body` the raw bytes Shopify signed."""
        if len(body) > MAX_BODY_BYTES:
            raise PayloadTooLarge(f"the body is larger than {MAX_BODY_BYTES // 1024} KB")
        shop = shopify_shop(shop_id, headers, body, self.tracker.shops)
        # For `kurv doctor`: when the store last delivered (written at most once an hour).
        self.tracker.shops.note_delivery(shop, PLATFORM)
        payload = _payload(body)
        named = (headers.get("x-shopify-topic") or "").strip()
        topic = _topic(named)
        # A switched-off shop still owes its customers their privacy requests.
        if topic is None or (not shop.active and topic not in _PRIVACY_TOPICS):
            count(Metric.SHOPIFY_TOPICS_IGNORED)
            logger.info(
                "shopify delivery ignored",
                extra={"shop_id": shop.shop_id, "topic": named[:60], "active": shop.active},
            )
            return Answer(200, {"accepted": 0})
        delivery_id = headers.get("x-shopify-event-id") or headers.get("x-shopify-webhook-id")
        delivery = Delivery(shop, topic, payload, delivery_id, self.tracker.clock.now())
        return _HANDLERS[topic](self, delivery)

    def apply_events(self, delivery: Delivery) -> Answer:
        """The topic's events, applied as the shop's signed call."""
        events = READERS[delivery.topic](delivery.payload)
        ids = event_ids(delivery.topic, delivery.delivery_id, len(events))
        for event, event_id in zip(events, ids, strict=True):
            if event_id is not None:
                event["event_id"] = event_id
            _keep_restore_url_home(delivery, event)
        caller = Caller(delivery.shop, origin=None)
        accepted, rejected = self.tracker.apply(caller, events, now=delivery.now)
        ours = [error for _, error in rejected if error.status >= 500]
        if ours:
            # AWS or Kurv failed, not the delivery: Shopify retries it, and what was applied
            # already is known by its event id.
            logger.warning(
                "shopify delivery: retry asked",
                extra={"shop_id": delivery.shop.shop_id, "topic": delivery.topic},
            )
            return Answer(ours[0].status, ours[0].body())
        if rejected:
            count(Metric.SHOPIFY_EVENTS_REFUSED, len(rejected))
            logger.warning(
                "shopify delivery: events refused",
                extra={
                    "shop_id": delivery.shop.shop_id,
                    "topic": delivery.topic,
                    # The error's code and field say what was wrong; its input stays out.
                    "refused": [
                        {"type": events[index].get("type"), **error.body()["error"]}
                        for index, error in rejected
                    ],
                },
            )
        body: dict[str, Any] = {"accepted": accepted}
        if rejected:
            body["rejected"] = [{"index": index, **error.body()} for index, error in rejected]
        return Answer(200, body)

    def close_deleted(self, delivery: Delivery) -> Answer:
        """checkouts/delete: its cart gets no more email, and no order is counted."""
        cart_id = deleted_checkout(delivery.payload)
        if cart_id is None or len(cart_id) > _MAX_CART_ID or not cart_id.isascii():
            return Answer(200, {"accepted": 0})
        self.tracker.carts.close_discarded(delivery.shop, cart_id, now=delivery.now)
        return Answer(200, {"accepted": 1})


# GDPR's mandatory topics: queued for the privacy function, which erases or records however
# long it takes, while Shopify gets its answer at once. Should SQS fail, Shopify is asked to
# deliver again (503); a payload Kurv cannot act on is answered 200, counted and logged.
def privacy_request(desk: ShopifyDesk, delivery: Delivery) -> Answer:
    count(Metric.SHOPIFY_GDPR_REQUESTS)
    extra = {"shop_id": delivery.shop.shop_id, "topic": delivery.topic}
    try:
        request = PrivacyRequest.from_shopify(
            delivery.topic.value,
            delivery.shop.shop_id,
            delivery.payload,
            event_id=delivery.delivery_id or f"{delivery.topic.value}:{delivery.now}",
            now=delivery.now,
        )
    except ValueError:
        logger.warning("shopify privacy request unreadable: nothing queued", extra=extra)
        return Answer(200, {"accepted": 0})
    if request is None:
        logger.info("shopify privacy request names nobody Kurv keeps", extra=extra)
        return Answer(200, {"accepted": 0})
    try:
        desk.privacy_queue().send(request)
    except TemporarilyUnavailable:
        logger.warning("shopify privacy request not queued: retry asked", extra=extra)
        raise
    logger.info("shopify privacy request queued", extra=extra)
    return Answer(200, {"accepted": 1})


_PRIVACY_TOPICS = frozenset(
    {Topic.CUSTOMERS_REDACT, Topic.SHOP_REDACT, Topic.CUSTOMERS_DATA_REQUEST}
)


_HANDLERS: dict[Topic, Callable[[ShopifyDesk, Delivery], Answer]] = {
    **dict.fromkeys(READERS, ShopifyDesk.apply_events),
    Topic.CHECKOUTS_DELETE: ShopifyDesk.close_deleted,
    **dict.fromkeys(_PRIVACY_TOPICS, privacy_request),
}


def _topic(value: str) -> Topic | None:
    try:
        return Topic(value)
    except ValueError:
        return None


def _payload(body: bytes) -> Mapping[str, Any]:
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        raise InvalidRequest("the body is not valid JSON", code="invalid_json") from None
    if not isinstance(payload, dict):
        raise InvalidRequest("the body must be a JSON object", code="invalid_json")
    return payload


def _keep_restore_url_home(delivery: Delivery, event: dict[str, Any]) -> None:
    """A recovery URL off the shop's hosts would cost the cart its contents (the contract
    refuses the event): the URL alone goes, and the shop's restore URL applies."""
    url = event.get("restore_url")
    if isinstance(url, str) and not delivery.shop.leads_home(url):
        del event["restore_url"]
        count(Metric.SHOPIFY_RESTORE_URLS_REFUSED)
        logger.warning(
            "shopify checkout's recovery URL is off the shop's hosts",
            extra={"shop_id": delivery.shop.shop_id, "cart_id": event.get("cart_id")},
        )
