"""The Shopify connector on the local stack: Shopify's signed deliveries become Kurv's
carts, emails and orders; anything Shopify did not sign for the shop gets one 401."""

from __future__ import annotations

import base64
import io
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from helpers import BROWSER, START, Api, advance, link, make_shop, read_cart
from kurv.core.clock import HOUR
from kurv.core.errors import TemporarilyUnavailable
from kurv.core.links import campaign_url
from kurv.core.observability import Metric, logger
from kurv.core.shops import Shop
from kurv.track import shopify_desk
from kurv.track.cart_store import Applied, CartStore
from kurv.track.events import Event
from kurv_tools.local.apigw import http_event
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack
from shopify_webhooks import (
    CHECKOUT_TOKEN,
    SHOPIFY_DOMAIN,
    SHOPIFY_SECRET,
    dated,
    deliver,
    payload,
    shopify_headers,
)

RECOVER = (
    "https://nordlys-te.myshopify.com/71234567890/checkouts/ac/"
    "9f2c4e8a1b7d4c3e8f6a5b4c3d2e1f0a/recover?key=7c6b5a4f3e2d1c0b9a8f"
)


@pytest.fixture
def shop(stack: LocalStack) -> Shop:
    return make_shop(
        stack,
        locale="en",
        currency="EUR",
        shopify_secret=SHOPIFY_SECRET,
        shopify_domain=SHOPIFY_DOMAIN,
    )


def checkout(**changes: object) -> dict[str, object]:
    return dated(payload("checkouts_create", **changes), START - 60)


def test_a_checkout_becomes_an_email_in_its_language_leading_back_to_shopify(
    api: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    reply = deliver(api, "checkouts/create", checkout())
    assert (reply.status, reply.body) == (200, {"accepted": 2})

    (email,) = advance(loop, HOUR)
    assert email["to"] == "ingrid.hansen@example.com"
    assert "Ingrid" in email["text"]
    assert "Fjellte - 250\xa0g" in email["text"]  # a measure never broken across lines
    assert "Tekanne" in email["text"]
    assert "Default Title" not in email["text"]
    assert "handlekurv" in email["text"].lower()  # Norwegian, the customer's, not the shop's en
    cart = read_cart(stack, "test-shop", CHECKOUT_TOKEN)
    assert cart["currency"] == "NOK"
    assert [item["sku"] for item in cart["items"]] == ["TE-FJELL-250", "variant-44123456789099"]
    answer = api.request("GET", link(email, "r"), headers=BROWSER)
    assert answer.status == 302
    assert answer.headers["Location"] == campaign_url(RECOVER, 1)


@pytest.mark.parametrize(
    ("topic", "body"),
    [
        ("checkouts/update", checkout(completed_at="2026-11-18T10:46:00+01:00")),
        ("orders/create", payload("orders_create")),
        ("orders/paid", payload("orders_create")),
    ],
)
def test_a_purchase_stops_the_series(
    api: Api, loop: LocalLoop, stack: LocalStack, topic: str, body: dict[str, object]
) -> None:
    deliver(api, "checkouts/create", checkout(), event_id="create-1")

    assert deliver(api, topic, body, event_id="bought-1").body == {"accepted": 1}

    assert advance(loop, 4 * 24 * HOUR) == []
    cart = read_cart(stack, "test-shop", CHECKOUT_TOKEN)
    assert cart["closed"] == "ordered"
    if topic != "checkouts/update":
        assert cart["order_id"] == "5812345678901"
        assert str(cart["order_total"]) == "656.50"


def test_the_order_after_its_completed_checkout_still_tells_its_id_and_total(
    api: Api, stack: LocalStack
) -> None:
    """Should Shopify give one merchant action's deliveries one id, the topics keep them
    apart: the order is not taken for a redelivery of the completed checkout."""
    completed = checkout(completed_at="2026-11-18T10:46:00+01:00", total_price="607.50")
    deliver(api, "checkouts/update", completed, event_id="one-action")

    assert deliver(api, "orders/create", payload("orders_create"), event_id="one-action").body == {
        "accepted": 1
    }

    cart = read_cart(stack, "test-shop", CHECKOUT_TOKEN)
    assert cart["order_id"] == "5812345678901"
    assert str(cart["order_total"]) == "656.50"


def test_a_deleted_checkout_closes_its_cart_without_an_order(
    api: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    deliver(api, "checkouts/create", checkout(), event_id="create-1")

    assert deliver(api, "checkouts/delete", payload("checkouts_delete")).status == 200

    assert advance(loop, 4 * 24 * HOUR) == []
    cart = read_cart(stack, "test-shop", CHECKOUT_TOKEN)
    assert cart["closed"] == "discarded"
    assert "ordered_at" not in cart
    assert "order_total" not in cart


def test_each_delivery_tells_kurv_doctor_the_store_still_delivers(
    api: Api, stack: LocalStack
) -> None:
    assert api.shop.connected_platforms == ("shopify",)  # set up: doctor expects deliveries

    deliver(api, "products/update", payload("customers_redact"))

    stored = stack.shop_store.get("test-shop")
    assert stored is not None
    assert stored.deliveries == {"shopify": stack.clock.now()}


def test_a_redelivery_changes_nothing(api: Api, loop: LocalLoop, stack: LocalStack) -> None:
    first = checkout()
    deliver(api, "checkouts/create", first, event_id="e-1")
    changed = {**first, "email": "someone.else@example.com"}  # were it applied, it would show

    again = deliver(api, "checkouts/create", changed, event_id="e-1")

    assert again.status == 200
    (email,) = advance(loop, HOUR)
    assert email["to"] == "ingrid.hansen@example.com"


def test_an_older_update_delivered_late_changes_nothing(
    api: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    newer = dated(payload("checkouts_create", customer_locale="da"), START - 60)
    older = dated(
        payload("checkouts_create", email="old.address@example.com", line_items=[]), START - 600
    )
    deliver(api, "checkouts/update", newer, event_id="newer")

    assert deliver(api, "checkouts/update", older, event_id="older").status == 200

    cart = read_cart(stack, "test-shop", CHECKOUT_TOKEN)
    assert len(cart["items"]) == 2
    (email,) = advance(loop, HOUR)
    assert email["to"] == "ingrid.hansen@example.com"


@contextmanager
def logs() -> Iterator[io.StringIO]:
    """What the functions log, as CloudWatch would hold it."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logger.registered_formatter)
    underlying = logging.getLogger(logger.name)
    previous = logger.log_level
    underlying.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield stream
    finally:
        logger.setLevel(previous)
        underlying.removeHandler(handler)


def test_a_bad_address_is_refused_quietly_and_the_contents_kept(
    api: Api, stack: LocalStack
) -> None:
    with logs() as logged:
        reply = deliver(api, "checkouts/create", checkout(email="ingrid@@example"))

    assert reply.status == 200
    assert reply.body["accepted"] == 1
    assert reply.body["rejected"][0]["error"]["field"] == "email"
    (line,) = [json.loads(text) for text in logged.getvalue().splitlines() if "refused" in text]
    assert line["refused"][0]["field"] == "email"
    assert "ingrid" not in (str(reply.body) + logged.getvalue()).lower()
    assert len(read_cart(stack, "test-shop", CHECKOUT_TOKEN)["items"]) == 2


def test_a_busy_table_asks_shopify_to_retry_and_the_retry_applies_once(
    api: Api, stack: LocalStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    applied = CartStore.apply

    def throttled_contact(self: CartStore, shop: Shop, event: Event, **kwargs: Any) -> Applied:
        if event.type == "checkout.contact":
            raise TemporarilyUnavailable("the cart store is busy; retry shortly")
        return applied(self, shop, event, **kwargs)

    monkeypatch.setattr(CartStore, "apply", throttled_contact)
    first = deliver(api, "checkouts/create", checkout(), event_id="e-1")
    monkeypatch.setattr(CartStore, "apply", applied)

    again = deliver(api, "checkouts/create", checkout(), event_id="e-1")

    assert first.status == 503
    assert first.error["code"] == "temporarily_unavailable"
    assert (again.status, again.body) == (200, {"accepted": 2})
    cart = read_cart(stack, "test-shop", CHECKOUT_TOKEN)
    assert len(cart["event_ids"]) == 2
    assert cart["email"] == "ingrid.hansen@example.com"


def test_a_switched_off_shop_takes_nothing_and_shopify_gets_its_200(
    api: Api, stack: LocalStack
) -> None:
    stack.shop_store.put(api.shop.model_copy(update={"active": False}))
    stack.clock.advance(600)  # the shop directory's cache

    reply = deliver(api, "checkouts/create", checkout())

    assert (reply.status, reply.body) == (200, {"accepted": 0})
    assert read_cart(stack, "test-shop", CHECKOUT_TOKEN) == {}


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[Metric]:
    """The connector's metrics, as it counts them."""
    found: list[Metric] = []
    monkeypatch.setattr(shopify_desk, "count", lambda metric, value=1: found.append(metric))
    return found


@pytest.mark.parametrize("topic", ["products/update", ""])
def test_topics_kurv_does_not_act_on_are_answered_200_and_counted(
    api: Api, stack: LocalStack, counted: list[Metric], topic: str
) -> None:
    reply = deliver(api, topic, payload("customers_redact"))

    assert (reply.status, reply.body) == (200, {"accepted": 0})
    assert counted == [Metric.SHOPIFY_TOPICS_IGNORED]


def shop_redact() -> dict[str, object]:
    return {"shop_id": 71234567890, "shop_domain": SHOPIFY_DOMAIN}


def data_request() -> dict[str, object]:
    return {
        **payload("customers_redact"),
        "orders_requested": [5812345678901],
        "data_request": {"id": 9999},
    }


@pytest.mark.parametrize("active", [True, False], ids=["active", "switched-off"])
def test_a_customers_redact_is_queued_and_erases_the_customer(
    api: Api, loop: LocalLoop, stack: LocalStack, counted: list[Metric], *, active: bool
) -> None:
    deliver(api, "checkouts/create", checkout(), event_id="create-1")
    assert read_cart(stack, "test-shop", CHECKOUT_TOKEN)
    if not active:  # a shop switched off still owes its customers their erasure
        stack.shop_store.put(api.shop.model_copy(update={"active": False}))
        stack.clock.advance(600)  # the shop directory's cache

    reply = deliver(api, "customers/redact", payload("customers_redact"), event_id="redact-1")

    assert (reply.status, reply.body) == (200, {"accepted": 1})
    assert counted == [Metric.SHOPIFY_GDPR_REQUESTS]
    assert loop.deliver_privacy() == 1
    assert read_cart(stack, "test-shop", CHECKOUT_TOKEN) == {}


def test_a_shop_redact_erases_the_shop(api: Api, loop: LocalLoop, stack: LocalStack) -> None:
    deliver(api, "checkouts/create", checkout(), event_id="create-1")

    assert deliver(api, "shop/redact", shop_redact(), event_id="shop-1").status == 200
    assert loop.deliver_privacy() == 1

    assert read_cart(stack, "test-shop", CHECKOUT_TOKEN) == {}
    assert stack.shop_store.get("test-shop") is None


def test_a_data_request_is_recorded_for_the_merchant_to_answer(
    api: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    from kurv.wiring import build_privacy_stores

    assert deliver(api, "customers/data_request", data_request()).body == {"accepted": 1}
    assert loop.deliver_privacy() == 1

    stores = build_privacy_stores(
        stack.settings,
        dynamodb=stack.dynamodb,
        s3=stack.emulator.client("s3"),
        secrets=stack.emulator.client("secretsmanager"),
    )
    (kept,) = stores.requests.of_shop("test-shop")
    assert kept.email == "ingrid.hansen@example.com"


def test_a_request_naming_nobody_kurv_keeps_is_answered_and_queues_nothing(
    api: Api, loop: LocalLoop
) -> None:
    nobody = {**payload("customers_redact"), "customer": {"id": 1, "email": None, "phone": None}}

    assert deliver(api, "customers/redact", nobody).body == {"accepted": 0}
    assert loop.deliver_privacy() == 0


def test_a_queue_that_fails_asks_shopify_to_deliver_again(
    api: Api, loop: LocalLoop, stack: LocalStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    from botocore.client import BaseClient
    from botocore.exceptions import EndpointConnectionError

    calls = getattr(BaseClient, "_make_api_call")  # noqa: B009 (private to botocore)

    def sqs_down(self: BaseClient, operation: str, params: dict[str, object]) -> object:
        if operation == "SendMessage":
            raise EndpointConnectionError(endpoint_url="https://sqs.example")
        return calls(self, operation, params)

    monkeypatch.setattr(BaseClient, "_make_api_call", sqs_down)

    reply = deliver(api, "customers/redact", payload("customers_redact"))

    assert reply.status == 503
    assert reply.error["code"] == "temporarily_unavailable"


def test_a_recovery_url_off_the_shops_hosts_costs_only_itself(
    api: Api, stack: LocalStack, counted: list[Metric]
) -> None:
    elsewhere = checkout(abandoned_checkout_url="https://evil.example/checkouts/ac/x/recover")

    reply = deliver(api, "checkouts/create", elsewhere)

    assert (reply.status, reply.body) == (200, {"accepted": 2})
    cart = read_cart(stack, "test-shop", CHECKOUT_TOKEN)
    assert len(cart["items"]) == 2
    assert "restore_url" not in cart  # the email's link: the shop's own restore URL
    assert counted == [Metric.SHOPIFY_RESTORE_URLS_REFUSED]


def test_a_refused_event_is_counted(api: Api, counted: list[Metric]) -> None:
    deliver(api, "checkouts/create", checkout(email="ingrid@@example"))

    assert counted == [Metric.SHOPIFY_EVENTS_REFUSED]


REFUSED = [
    ("bad signature", {"secret": "shpss_not_the_secret"}),
    ("another store", {"domain": "someone-else.myshopify.com"}),
    ("unknown shop", {"shop_id": "no-such-shop"}),
    ("odd shop id", {"shop_id": "Not-A-Shop!"}),
    ("shop without shopify", {"shop_id": "plain-shop"}),
    ("no signature", {"headers": {"X-Shopify-Hmac-Sha256": ""}}),
    ("odd bytes", {"headers": {"X-Shopify-Hmac-Sha256": "\u00ff\u0001not base64 \u00fc"}}),
    ("hex, not base64", {"headers": {"X-Shopify-Hmac-Sha256": "ab" * 32}}),
    ("no domain", {"headers": {"X-Shopify-Shop-Domain": ""}}),
]


@pytest.mark.parametrize(("case", "given"), REFUSED, ids=[case for case, _ in REFUSED])
def test_what_shopify_did_not_sign_for_the_shop_gets_one_answer(
    api: Api, stack: LocalStack, case: str, given: dict[str, object]
) -> None:
    make_shop(stack, shop_id="plain-shop")
    signed = deliver(api, "checkouts/create", checkout(), secret="shpss_not_the_secret")

    reply = deliver(api, "checkouts/create", checkout(), **given)  # type: ignore[arg-type]

    assert reply.status == 401
    assert (reply.body, reply.headers) == (signed.body, signed.headers)
    assert reply.error["code"] == "bad_signature"
    assert "items" not in read_cart(stack, "test-shop", CHECKOUT_TOKEN)


def test_the_raw_bytes_are_what_is_signed(api: Api, stack: LocalStack) -> None:
    """Shopify's JSON escapes nothing it need not: the signature covers the bytes as sent."""
    raw = json.dumps(checkout(), ensure_ascii=False).replace(
        "Tekanne", "Tekanne \u00e6\u00f8\u00e5"
    )

    assert deliver(api, "checkouts/create", raw.encode()).status == 200

    names = [item["name"] for item in read_cart(stack, "test-shop", CHECKOUT_TOKEN)["items"]]
    assert "Tekanne \u00e6\u00f8\u00e5" in names


def test_a_body_api_gateway_hands_over_in_base64_is_checked_as_sent(
    shop: Shop, stack: LocalStack
) -> None:
    raw = json.dumps(checkout(), ensure_ascii=False).encode()
    event = http_event(
        "POST", "/v1/shopify/test-shop", headers=shopify_headers("checkouts/create", raw), body=raw
    )
    event.update(body=base64.b64encode(raw).decode(), isBase64Encoded=True)

    answer = stack.invoke("track", event)

    assert answer["statusCode"] == 200, answer["body"]
    assert len(read_cart(stack, "test-shop", CHECKOUT_TOKEN)["items"]) == 2
