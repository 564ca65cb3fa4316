"""Shopify's payloads read into Kurv's events (track/shopify.py): each topic, the fields
Shopify may leave out or send oddly, and events the public contract takes as they are."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kurv.core.errors import InvalidRequest
from kurv.track.events import (
    CartUpdated,
    CheckoutContact,
    OrderCancelled,
    OrderCompleted,
    parse_event,
)
from kurv.track.shopify import (
    GDPR,
    READERS,
    SUBSCRIBED,
    Topic,
    deleted_checkout,
    event_ids,
    read_cancelled_order,
    read_checkout,
    read_order,
)
from kurv.track.shopify_desk import _HANDLERS
from shopify_webhooks import CHECKOUT_TOKEN, payload

NOW = 1_795_000_000


def line(**changes: Any) -> dict[str, Any]:
    first: dict[str, Any] = payload("checkouts_create")["line_items"][0]
    return {**first, **changes}


def test_a_checkout_is_its_contents_and_its_contact() -> None:
    cart, contact = read_checkout(payload("checkouts_create"))

    assert cart == {
        "type": "cart.updated",
        "cart_id": CHECKOUT_TOKEN,
        "items": [
            {
                "sku": "TE-FJELL-250",
                "name": "Fjellte - 250 g",
                "quantity": 2,
                "unit_price": "129.00",
            },
            {
                "sku": "variant-44123456789099",
                "name": "Tekanne",
                "quantity": 1,
                "unit_price": "349.50",
            },
        ],
        "currency": "NOK",
        "restore_url": payload("checkouts_create")["abandoned_checkout_url"],
        "locale": "nb",
        "occurred_at": "2026-11-18T10:41:05+01:00",
    }
    assert contact == {
        "type": "checkout.contact",
        "cart_id": CHECKOUT_TOKEN,
        "email": "ingrid.hansen@example.com",
        "consent": True,
        "first_name": "Ingrid",
        "locale": "nb",
        "occurred_at": "2026-11-18T10:41:05+01:00",
    }
    assert isinstance(parse_event(cart, now=NOW), CartUpdated)
    assert isinstance(parse_event(contact, now=NOW), CheckoutContact)


def test_without_an_address_a_checkout_is_nobodys_cart_yet() -> None:
    assert read_checkout(payload("checkouts_create", email=None)) == []
    assert read_checkout(payload("checkouts_create", email="  ")) == []
    assert read_checkout(payload("checkouts_create", token=None)) == []


@pytest.mark.parametrize(
    ("given", "consent"),
    [(True, True), (False, False), (None, False), ("true", False)],
)
def test_consent_is_buyer_accepts_marketing_itself(given: Any, consent: bool) -> None:
    (_, contact) = read_checkout(payload("checkouts_create", buyer_accepts_marketing=given))

    assert contact["consent"] is consent


@pytest.mark.parametrize(
    ("customer_locale", "locale"),
    [
        ("da", "da"),
        ("nb", "nb"),
        ("no", "no"),  # the emails read Norwegian unqualified as Bokmål
        ("sv-SE", "sv_SE"),
        ("pt-BR", "pt_BR"),
        ("de", "de"),
        ("xx-nowhere-land", None),
        ("", None),
        (None, None),
        (42, None),
    ],
)
def test_the_customers_locale_or_none_for_the_shops(
    customer_locale: Any, locale: str | None
) -> None:
    events = read_checkout(payload("checkouts_create", customer_locale=customer_locale))

    assert [event.get("locale") for event in events] == [locale, locale]


def test_presentment_currency_first_then_the_shops() -> None:
    (cart, _) = read_checkout(payload("checkouts_create", presentment_currency="EUR"))
    (fallback, _) = read_checkout(payload("checkouts_create", presentment_currency=None))

    assert cart["currency"] == "EUR"
    assert fallback["currency"] == "NOK"


@pytest.mark.parametrize(
    ("customer", "billing", "expected"),
    [
        ({"first_name": "Ingrid"}, {"first_name": "Inga"}, "Ingrid"),
        (None, {"first_name": "Inga"}, "Inga"),
        ({"first_name": ""}, {"first_name": "Inga"}, "Inga"),
        ({"first_name": "x" * 101}, None, None),
        ({"first_name": "Ingrid\nBcc: x"}, None, None),
    ],
)
def test_the_first_name_from_the_customer_then_the_billing_address(
    customer: Any, billing: Any, expected: str | None
) -> None:
    checkout = payload(
        "checkouts_create", customer=customer, billing_address=billing, shipping_address=None
    )

    (_, contact) = read_checkout(checkout)

    assert contact.get("first_name") == expected


@pytest.mark.parametrize(
    ("changes", "sku"),
    [
        ({"sku": "TE-1"}, "TE-1"),
        ({"sku": ""}, "variant-44123456789012"),
        ({"sku": None}, "variant-44123456789012"),
        ({"sku": "TE 1 (stor)"}, "variant-44123456789012"),  # the contract takes no spaces
        ({"sku": "TÉ-1"}, "variant-44123456789012"),
        ({"sku": None, "variant_id": None}, "product-8123456789012"),
    ],
)
def test_a_sku_the_contract_cannot_take_is_made_from_the_variant(
    changes: dict[str, Any], sku: str
) -> None:
    (cart, _) = read_checkout(payload("checkouts_create", line_items=[line(**changes)]))

    assert cart["items"][0]["sku"] == sku


def test_a_made_sku_is_the_same_on_every_update_and_apart_per_line() -> None:
    bare = line(sku=None, variant_id=None, product_id=None)
    other = {**bare, "key": "another-line"}

    (first, _) = read_checkout(payload("checkouts_create", line_items=[bare, other]))
    (again, _) = read_checkout(payload("checkouts_create", line_items=[bare, other]))

    skus = [item["sku"] for item in first["items"]]
    assert skus == [item["sku"] for item in again["items"]]
    assert len(set(skus)) == 2
    assert parse_event(first, now=NOW)


def test_lines_that_cannot_be_read_are_left_out_and_at_most_100_kept() -> None:
    odd = [line(quantity="2"), line(price=129), line(title=None), "not a line", line(quantity=True)]

    (cart, _) = read_checkout(payload("checkouts_create", line_items=[*odd, line()]))
    (many, _) = read_checkout(payload("checkouts_create", line_items=[line()] * 150))

    assert len(cart["items"]) == 1
    assert len(many["items"]) == 100


def test_a_completed_checkout_is_an_order() -> None:
    checkout = payload("checkouts_create", completed_at="2026-11-18T10:46:00+01:00")

    (order,) = read_checkout(checkout)

    assert order["type"] == "order.completed"
    assert order["cart_id"] == CHECKOUT_TOKEN
    assert order["total"] == "607.50"
    assert order["email"] == "ingrid.hansen@example.com"
    assert order["occurred_at"] == "2026-11-18T10:46:00+01:00"
    assert isinstance(parse_event(order, now=NOW), OrderCompleted)


def test_an_order_closes_the_checkout_it_came_from() -> None:
    (order,) = read_order(payload("orders_create"))

    assert order == {
        "type": "order.completed",
        "cart_id": CHECKOUT_TOKEN,
        "order_id": "5812345678901",
        "total": "656.50",
        "email": "ingrid.hansen@example.com",
        "occurred_at": "2026-11-18T10:45:29+01:00",
    }
    assert isinstance(parse_event(order, now=NOW), OrderCompleted)


def test_a_cancelled_order_calls_off_the_check_in_of_its_checkouts_order() -> None:
    cancelled = {**payload("orders_create"), "cancelled_at": "2026-11-19T08:00:00+01:00"}

    (event,) = read_cancelled_order(cancelled)

    assert event == {
        "type": "order.cancelled",
        "cart_id": CHECKOUT_TOKEN,
        "order_id": "5812345678901",
        "occurred_at": "2026-11-19T08:00:00+01:00",
    }
    assert isinstance(parse_event(event, now=NOW + 2 * 86400), OrderCancelled)
    assert READERS[Topic.ORDERS_CANCELLED] is read_cancelled_order
    assert Topic.ORDERS_CANCELLED in SUBSCRIBED
    assert read_cancelled_order({**cancelled, "checkout_token": None}) == []  # a POS sale


def test_an_orders_total_is_what_the_customer_saw_or_none() -> None:
    presented = {
        "shop_money": {"amount": "656.50", "currency_code": "NOK"},
        "presentment_money": {"amount": "58.10", "currency_code": "EUR"},
    }
    in_euros = payload(
        "orders_create", presentment_currency="EUR", current_total_price_set=presented
    )
    only_shop_money = payload(
        "orders_create",
        presentment_currency="EUR",
        current_total_price_set=None,
        total_price_set=None,
    )
    plain = payload("orders_create", current_total_price_set=None, total_price_set=None)

    assert read_order(in_euros)[0]["total"] == "58.10"
    assert "total" not in read_order(only_shop_money)[0]
    assert read_order(plain)[0]["total"] == "656.50"


def test_an_order_without_a_checkout_or_with_a_bad_address() -> None:
    assert read_order(payload("orders_create", checkout_token=None)) == []

    (order,) = read_order(payload("orders_create", email="not an address", contact_email=None))

    assert "email" not in order  # the order still closes its cart


def test_a_deleted_checkout_names_its_cart() -> None:
    assert deleted_checkout(payload("checkouts_delete")) == CHECKOUT_TOKEN
    assert deleted_checkout({"id": 981820079255243537}) is None


def test_each_event_of_a_delivery_has_its_own_id_and_a_redelivery_the_same() -> None:
    delivery = "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043"

    assert event_ids(Topic.CHECKOUTS_UPDATE, delivery, 2) == [
        "shopify:checkouts/update:b54557e4-bdd9-4b37-8a5f-bf7d70bcd043:0",
        "shopify:checkouts/update:b54557e4-bdd9-4b37-8a5f-bf7d70bcd043:1",
    ]
    # One merchant action under two topics never looks like a redelivery.
    assert event_ids(Topic.ORDERS_CREATE, delivery, 1) != event_ids(
        Topic.CHECKOUTS_UPDATE, delivery, 1
    )
    assert event_ids(Topic.ORDERS_CREATE, None, 2) == [None, None]
    (odd,) = event_ids(Topic.ORDERS_PAID, "id with spaces and \u00fc" * 10, 1)
    assert odd is not None
    assert odd.isascii()
    assert " " not in odd
    assert len(odd) <= 128


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
FIELDS = st.sampled_from(
    [
        "token",
        "email",
        "completed_at",
        "updated_at",
        "line_items",
        "customer",
        "billing_address",
        "customer_locale",
        "presentment_currency",
        "currency",
        "buyer_accepts_marketing",
        "abandoned_checkout_url",
        "checkout_token",
        "id",
        "total_price",
        "current_total_price_set",
        "total_price_set",
        "contact_email",
        "order_id",
        "processed_at",
    ]
)


@given(st.dictionaries(FIELDS, JSON, max_size=12), st.sampled_from(sorted(READERS)))
def test_any_json_a_delivery_holds_is_read_without_an_error(
    delivery: dict[str, Any], topic: Topic
) -> None:
    for event in READERS[topic](delivery):
        assert event["type"] in ("cart.updated", "checkout.contact", "order.completed")
        # Refused by the contract at worst, as any caller's event: never another exception.
        with contextlib.suppress(InvalidRequest):
            parse_event(event, now=NOW)


def test_every_topic_has_one_handler() -> None:
    assert set(_HANDLERS) == set(Topic)
    assert set(SUBSCRIBED) | set(GDPR) == set(Topic)
    assert not set(READERS) & set(GDPR)
