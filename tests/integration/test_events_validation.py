"""Every field's bad values are refused with a 400 that names the field."""

from __future__ import annotations

from typing import Any

import pytest

from helpers import START, Api, cart_updated, contact, read_cart
from kurv.core.clock import HOUR
from kurv.core.shops import Shop
from kurv_tools.local.stack import LocalStack

ITEM = {"sku": "MUG-1", "name": "Blue mug", "quantity": 1, "unit_price": "12.50"}


def with_item(**changes: Any) -> dict[str, Any]:
    item = {**ITEM, **changes}
    return cart_updated(items=[{k: v for k, v in item.items() if v is not ...}])


BAD_EVENTS = [
    # (event, field the error must name)
    ({"cart_id": "c1"}, "type"),
    ({"type": "cart.abandoned", "cart_id": "c1"}, "type"),
    ({"type": 7, "cart_id": "c1"}, "type"),
    ({"type": "cart.updated", "items": [], "currency": "EUR"}, "cart_id"),
    (cart_updated(cart_id=""), "cart_id"),
    (cart_updated(cart_id="has space"), "cart_id"),
    (cart_updated(cart_id="x" * 129), "cart_id"),
    (cart_updated(cart_id=12), "cart_id"),
    (cart_updated(event_id="ø"), "event_id"),
    (cart_updated(occurred_at="yesterday"), "occurred_at"),
    (cart_updated(occurred_at="2026-11-22T10:00:00"), "occurred_at"),
    (cart_updated(occurred_at=1_795_000_000_000), "occurred_at"),
    (cart_updated(occurred_at=True), "occurred_at"),
    (cart_updated(occurred_at=START + HOUR), "occurred_at"),
    (cart_updated(currency="EURO"), "currency"),
    (cart_updated(currency="XXY"), "currency"),
    (cart_updated(currency=None), "currency"),
    (cart_updated(locale="klingon"), "locale"),
    (cart_updated(items="mug"), "items"),
    (cart_updated(items=[ITEM] * 101), "items"),
    (with_item(sku=""), "items[0].sku"),
    (with_item(sku=...), "items[0].sku"),
    (with_item(name="<b>\n</b>"), "items[0].name"),
    (with_item(name="x" * 201), "items[0].name"),
    (with_item(name="   "), "items[0].name"),
    (with_item(quantity=0), "items[0].quantity"),
    (with_item(quantity=10_000), "items[0].quantity"),
    (with_item(quantity="2"), "items[0].quantity"),
    (with_item(quantity=1.5), "items[0].quantity"),
    (with_item(unit_price=12.5), "items[0].unit_price"),
    (with_item(unit_price="12,50"), "items[0].unit_price"),
    (with_item(unit_price="-1.00"), "items[0].unit_price"),
    (with_item(unit_price="1.23456"), "items[0].unit_price"),
    (with_item(unit_price="1e3"), "items[0].unit_price"),
    (with_item(unit_price="NaN"), "items[0].unit_price"),
    (with_item(image_url="javascript:alert(1)"), "items[0].image_url"),
    (with_item(url="//evil.example/x"), "items[0].url"),
    # What a browser reads otherwise than urlsplit does (core/urls.py):
    (with_item(image_url="https://evil.example\\.shop.example/x.png"), "items[0].image_url"),
    (with_item(url="https:evil.example/shop.example"), "items[0].url"),
    (with_item(url="https://shop.example@evil.example/"), "items[0].url"),
    (with_item(url="https://evil%2Eexample/"), "items[0].url"),
    (with_item(image_url="https://shop.example/blå.png"), "items[0].image_url"),
    (with_item(colour="blue"), "items[0]"),  # an unknown field: its holder, never its name
    (contact(email="not-an-address"), "email"),
    (contact(email="ada@example.com\r\nBcc: x@y.z"), "email"),
    (contact(email=None), "email"),
    (contact(consent="yes"), "consent"),
    (contact(consent=None), "consent"),
    (contact(first_name="Ada\nBcc: x@y.z"), "first_name"),
    (contact(first_name="x" * 101), "first_name"),
    (contact(phone="call me"), "phone"),
    (contact(emial="typo@example.com"), None),
    ({"type": "checkout.step", "cart_id": "c1", "step": "pay"}, "step"),
    ({"type": "checkout.step", "cart_id": "c1"}, "step"),
    ({"type": "payment.failed", "cart_id": "c1", "reason": "bad luck"}, "reason"),
    ({"type": "order.completed", "cart_id": "c1"}, "order_id"),
    ({"type": "order.completed", "cart_id": "c1", "order_id": "o1", "total": 10}, "total"),
    ({"type": "order.completed", "cart_id": "c1", "order_id": "o1", "email": "x"}, "email"),
    ({"type": "customer.opted_out", "cart_id": "c1"}, "email"),
]


@pytest.mark.parametrize(("event", "field"), BAD_EVENTS)
def test_bad_field_is_refused_and_named(api: Api, event: dict[str, Any], field: str | None) -> None:
    reply = api.post(event)

    assert reply.status == 400, reply.body
    assert reply.error.get("field") == field
    assert reply.error["code"] == "invalid_request"
    assert (
        field is None
        or field.split("[", maxsplit=1)[0].split(".", maxsplit=1)[0] in reply.error["message"]
        or field == "type"
    )
    assert "colour" not in str(reply.body)
    assert "emial" not in str(reply.body)


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b"", "invalid_json"),
        (b"{not json", "invalid_json"),
        (b"\xff\xfe", "invalid_json"),
        (b"[" * 100_000, "invalid_json"),
        (b"[]", "invalid_request"),
        (b"42", "invalid_request"),
        (b'{"events": []}', "invalid_request"),
        (b'{"events": {}}', "invalid_request"),
        (b'{"events": [], "extra": 1}', "invalid_request"),
    ],
)
def test_malformed_body_gets_400_with_code(api: Api, body: bytes, code: str) -> None:
    reply = api.post(body)

    assert reply.status == 400
    assert reply.error["code"] == code


def test_more_than_50_events_is_refused(api: Api) -> None:
    reply = api.post({"events": [cart_updated(cart_id=f"c{i}") for i in range(51)]})

    assert reply.status == 400
    assert reply.error["field"] == "events"


def test_body_over_256_kb_gets_413(api: Api) -> None:
    reply = api.post(b'{"pad": "' + b"x" * (256 * 1024) + b'"}')

    assert reply.status == 413
    assert reply.error["code"] == "payload_too_large"


def test_valid_values_at_the_limits_are_accepted(api: Api) -> None:
    items = [
        {
            **ITEM,
            "sku": f"S{i}",
            "name": "ø" * 200,
            "quantity": 9999,
            "unit_price": "999999999999.9999",
        }
        for i in range(100)
    ]
    event = cart_updated(
        cart_id="x" * 128,
        items=items,
        locale="nb-NO",
        occurred_at="2026-11-18T10:46:40+01:00",
        event_id="e" * 128,
    )

    reply = api.post(event)

    assert reply.status == 202, reply.body


def test_an_address_mail_cannot_reach_is_refused_and_the_rest_kept(
    api: Api, stack: LocalStack, shop: Shop
) -> None:
    reply = api.post(
        {
            "events": [
                contact("c1", email="josé@example.com"),
                cart_updated("c1"),
                contact("c2", email="Anna@Bücher.de"),
            ]
        }
    )

    assert reply.status == 202, reply.body
    assert reply.body["accepted"] == 2
    [refused] = reply.body["rejected"]
    assert refused["index"] == 0
    assert refused["error"]["field"] == "email"
    assert "ASCII" in refused["error"]["message"]
    assert "jos" not in str(reply.body)
    assert "email" not in read_cart(stack, shop.shop_id, "c1")
    assert read_cart(stack, shop.shop_id, "c2")["email"] == "Anna@bücher.de"


def test_an_order_or_opt_out_may_name_any_address(api: Api) -> None:
    order = {"type": "order.completed", "cart_id": "c1", "order_id": "o1", "email": "josé@x.dk"}
    opt_out = {"type": "customer.opted_out", "cart_id": "c2", "email": "josé@x.dk"}

    assert api.post(order).status == 202
    assert api.post(opt_out).status == 202
