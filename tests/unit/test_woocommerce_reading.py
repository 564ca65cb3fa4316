"""A WooCommerce order, as its webhooks carry it, read into Kurv's events: each status, the
fields WooCommerce may leave out, the article number's fallback, consent, and that every
event it makes is one Kurv's own contract accepts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from helpers import START
from kurv.core.errors import InvalidRequest
from kurv.core.shops import ConsentPolicy, Shop
from kurv.track.events import parse_event
from kurv.track.woocommerce import (
    CART_META,
    CONSENT_META,
    UNPAID_CANCEL_META,
    Reading,
    read_order,
)
from woo import PAYMENT_URL, order, with_meta

SHOP = Shop(
    shop_id="test-shop",
    name="Test Shop",
    sender_email="hello@shop.example",
    sender_name="Test Shop",
    restore_url="https://shop.example/cart/{cart_id}",
    allowed_origins=("https://shop.example",),
    consent_policy=ConsentPolicy.NOTICE,
)
REQUIRED = SHOP.model_copy(update={"consent_policy": ConsentPolicy.REQUIRED})
MODIFIED = int(datetime(2026, 11, 18, 9, 45, tzinfo=UTC).timestamp())  # date_modified_gmt


def read(payload: Any, shop: Shop = SHOP) -> tuple[Reading, list[dict[str, Any]]]:
    delivery = read_order(payload, shop=shop, delivery="d1")
    for event in delivery.events:
        parse_event(event, now=START)  # Kurv's own contract takes each one
    return delivery.reading, delivery.events


def by_type(events: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {event["type"]: event for event in events}


def test_a_pending_order_is_a_cart_with_its_lines_contact_and_payment_page() -> None:
    reading, events = read(order())

    assert reading is Reading.CART
    assert [event["type"] for event in events] == ["cart.updated", "checkout.contact"]
    cart, contact = events
    assert cart == {
        "type": "cart.updated",
        "cart_id": "woo-4127",
        "event_id": "woo:d1:0",
        "occurred_at": MODIFIED,
        "currency": "EUR",
        "restore_url": PAYMENT_URL,
        "items": [
            {
                "sku": "MUG-1",
                "name": "Blue mug",
                "quantity": 2,
                "unit_price": "12.50",  # (20.00 + 5.00 tax) / 2, as the cart showed it
                "image_url": "https://shop.example/wp-content/uploads/2026/10/mug.jpg",
            },
            # No SKU: the variation's id; the title's HTML entity read; no picture.
            {
                "sku": "woo-95",
                "name": "Tea towel \u2013 Linen, Grey",
                "quantity": 1,
                "unit_price": "9.50",
            },
        ],
    }
    assert contact == {
        "type": "checkout.contact",
        "cart_id": "woo-4127",
        "event_id": "woo:d1:1",
        "occurred_at": MODIFIED,
        "email": "ada@example.com",
        "first_name": "Ada",
        "consent": False,  # WooCommerce asks for none: the notice policy emails all the same
    }


def test_a_checkout_draft_is_a_cart_without_the_payment_page() -> None:
    # Block checkout's draft cannot be paid from order-pay (needs_payment is false for it).
    reading, events = read(order(status="checkout-draft"))

    assert reading is Reading.CART
    assert "restore_url" not in by_type(events)["cart.updated"]
    assert by_type(events)["checkout.contact"]["email"] == "ada@example.com"


def test_a_failed_order_is_a_cart_with_a_failed_payment() -> None:
    reading, events = read(order(status="failed"))

    assert reading is Reading.PAYMENT_FAILED
    assert [event["type"] for event in events] == [
        "cart.updated",
        "checkout.contact",
        "payment.failed",
    ]
    assert by_type(events)["cart.updated"]["restore_url"] == PAYMENT_URL
    assert by_type(events)["payment.failed"]["reason"] == "other"


@pytest.mark.parametrize("status", ["processing", "completed", "on-hold"])
def test_the_shops_order_statuses_are_purchases(status: str) -> None:
    reading, events = read(order(status=status))

    assert reading is Reading.ORDER
    assert events == [
        {
            "type": "order.completed",
            "cart_id": "woo-4127",
            "event_id": "woo:d1:0",
            "occurred_at": MODIFIED,
            "order_id": "4127",
            "total": "39.50",
            "email": "ada@example.com",
        }
    ]


def test_the_order_statuses_are_the_shops_setting() -> None:
    shipped = SHOP.model_copy(update={"woocommerce_order_statuses": ("processing", "shipped")})

    assert read(order(status="shipped"), shipped)[0] is Reading.ORDER
    assert read(order(status="on-hold"), shipped)[0] is Reading.OTHER_STATUS
    assert read(order(status="shipped"))[0] is Reading.OTHER_STATUS


def test_a_cancelled_order_empties_its_cart() -> None:
    reading, events = read(order(status="cancelled"))

    assert reading is Reading.CANCELLED
    assert events == [
        {
            "type": "cart.updated",
            "cart_id": "woo-4127",
            "event_id": "woo:d1:0",
            "occurred_at": MODIFIED,
            "items": [],
            "currency": "EUR",
        },
        # Calls off the check-in of a paid order (one Kurv never heard of: ignored).
        {
            "type": "order.cancelled",
            "cart_id": "woo-4127",
            "event_id": "woo:d1:1",
            "occurred_at": MODIFIED,
            "order_id": "4127",
        },
    ]


def test_a_refunded_order_calls_off_its_check_in() -> None:
    assert read(order(status="refunded")) == (
        Reading.REFUNDED,
        [
            {
                "type": "order.refunded",
                "cart_id": "woo-4127",
                "event_id": "woo:d1:0",
                "occurred_at": MODIFIED,
                "order_id": "4127",
            }
        ],
    )


def test_woocommerces_own_time_limit_for_unpaid_orders_leaves_the_cart_as_it_was() -> None:
    cancelled = with_meta(order(status="cancelled"), UNPAID_CANCEL_META, "yes")

    assert read(cancelled) == (Reading.UNPAID_TIMEOUT, [])


@pytest.mark.parametrize("status", ["trash", "draft", "wc-weird"])
def test_other_statuses_tell_nothing(status: str) -> None:
    assert read(order(status=status)) == (Reading.OTHER_STATUS, [])


@pytest.mark.parametrize("email", ["", None])
def test_a_cart_without_a_billing_email_tells_nothing(email: str | None) -> None:
    payload = order(status="checkout-draft")
    payload["billing"]["email"] = email

    assert read(payload) == (Reading.NO_CONTACT, [])
    assert read(order(billing=None)) == (Reading.NO_CONTACT, [])


@pytest.mark.parametrize(
    ("policy", "meta", "consent"),
    [
        (ConsentPolicy.NOTICE, None, False),
        (ConsentPolicy.NOTICE, "yes", True),
        (ConsentPolicy.NOTICE, "no", False),
        # Without the plugin's checkbox a required-consent shop hears no contact from the
        # order: one the storefront told for the same cart keeps its consent.
        (ConsentPolicy.REQUIRED, None, None),
        (ConsentPolicy.REQUIRED, "maybe", None),
        (ConsentPolicy.REQUIRED, "yes", True),
        (ConsentPolicy.REQUIRED, "no", False),
    ],
)
def test_consent_comes_from_the_plugins_checkbox(
    policy: ConsentPolicy, meta: str | None, consent: bool | None
) -> None:
    payload = order() if meta is None else with_meta(order(), CONSENT_META, meta)

    _, events = read(payload, SHOP.model_copy(update={"consent_policy": policy}))

    contact = by_type(events).get("checkout.contact")
    assert (contact["consent"] if contact else None) == consent
    assert "cart.updated" in by_type(events)


def test_the_plugins_cart_id_joins_the_cart_kurv_js_told() -> None:
    tracked = "kwc-" + "0123456789abcdef" * 2

    _, events = read(with_meta(order(), CART_META, tracked))

    assert {event["cart_id"] for event in events} == {tracked}


@pytest.mark.parametrize("made_up", ["c1", "kwc-xyz", "kwc-" + "A" * 32, "woo-1"])
def test_a_cart_id_not_of_the_plugins_making_is_not_followed(made_up: str) -> None:
    _, events = read(with_meta(order(), CART_META, made_up))

    assert {event["cart_id"] for event in events} == {"woo-4127"}


def test_each_event_of_a_state_has_its_own_id_and_the_same_state_the_same_ids() -> None:
    first = read_order(order(), shop=SHOP, delivery="abc").events
    again = read_order(order(), shop=SHOP, delivery="abc").events

    assert [event["event_id"] for event in first] == ["woo:abc:0", "woo:abc:1"]
    assert first == again


def test_without_a_modification_time_kurv_uses_its_own_clock() -> None:
    _, events = read(order(date_modified_gmt=None))

    assert all("occurred_at" not in event for event in events)


def test_a_payment_page_off_the_shops_hosts_is_left_out_not_the_cart() -> None:
    _, events = read(order(payment_url="https://pay.elsewhere.example/order-pay/4127/"))

    assert "restore_url" not in by_type(events)["cart.updated"]
    assert by_type(events)["cart.updated"]["items"]


def test_lines_kurv_cannot_show_are_left_out_and_fields_fall_back() -> None:
    lines = [
        {"id": 1, "name": "Refunded", "product_id": 5, "quantity": -1, "subtotal": "-5.00"},
        {"id": 2, "name": "No price fields", "product_id": 6, "quantity": 3, "price": 4.333333},
        {"id": 3, "name": "  \u202e\n ", "product_id": 7, "quantity": 1, "subtotal": "1"},
        {"id": 4, "name": "No ids", "quantity": 1, "sku": "has space", "subtotal": "2.00"},
        {
            "id": 5,
            "name": "Bad picture",
            "quantity": 1,
            "sku": "P-5",
            "subtotal": "2.00",
            "image": {"src": "javascript:alert(1)"},
        },
        "not a line",
    ]

    _, events = read(order(line_items=lines))

    items = by_type(events)["cart.updated"]["items"]
    assert [(item["sku"], item["name"], item["unit_price"]) for item in items] == [
        ("woo-6", "No price fields", "4.33"),
        ("woo-7", "woo-7", "1.00"),  # a name that shows nothing: the article number
        ("woo-4", "No ids", "2.00"),  # no product id: the line's own
        ("P-5", "Bad picture", "2.00"),
    ]
    assert all("image_url" not in item for item in items)


def test_an_order_without_a_readable_total_or_email_is_still_a_purchase() -> None:
    payload = order(status="processing", total="n/a", number="#4127 A")
    payload["billing"]["email"] = "not an address"

    _, events = read(payload)

    assert events[0]["order_id"] == "4127"
    assert "total" not in events[0]
    assert "email" not in events[0]


@pytest.mark.parametrize(
    "payload",
    [
        [],
        "x",
        {},
        {"id": "4127", "status": "pending"},
        {"id": True, "status": "pending"},
        {"id": 0, "status": "pending"},
        {"id": 1},
        {"id": 1, "status": 2},
    ],
)
def test_what_is_not_an_order_is_refused(payload: Any) -> None:
    with pytest.raises(InvalidRequest):
        read_order(payload, shop=SHOP, delivery="d1")


def test_a_required_consent_shop_reads_the_same_cart_lines() -> None:
    _, notice = read(order())
    _, required = read(order(), REQUIRED)

    assert by_type(notice)["cart.updated"] == by_type(required)["cart.updated"]
    assert "checkout.contact" not in by_type(required)


@pytest.mark.parametrize("made_by", ["admin", "rest-api", "subscription"])
@pytest.mark.parametrize("status", ["pending", "failed"])
def test_an_order_the_checkout_did_not_make_is_no_abandoned_cart(made_by: str, status: str) -> None:
    # The shop's own pay-for-order invoice, or a subscription's renewal: reminded elsewhere.
    assert read(order(status=status, created_via=made_by)) == (Reading.NOT_A_CHECKOUT, [])


@pytest.mark.parametrize("made_by", ["admin", "rest-api", "subscription"])
def test_any_orders_cancel_calls_off_its_check_in_and_touches_no_cart(made_by: str) -> None:
    reading, events = read(order(status="cancelled", created_via=made_by))

    assert reading is Reading.CANCELLED
    assert [event["type"] for event in events] == ["order.cancelled"]


@pytest.mark.parametrize("made_by", ["checkout", "store-api", None])
def test_the_checkouts_orders_are_carts(made_by: str | None) -> None:
    assert read(order(created_via=made_by))[0] is Reading.CART


def test_an_order_of_any_origin_is_a_purchase() -> None:
    assert read(order(status="processing", created_via="admin"))[0] is Reading.ORDER
