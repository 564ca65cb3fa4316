"""docs/api.md is the public contract: every example in it is posted to Kurv (the track
function on moto) and what the page says it does is checked, and every error answer it shows
is provoked for real. Every example needs an entry in EFFECTS. (The page's shape:
tests/unit/test_api_page.py; its programs against `make run`: tests/system/test_api_programs.py.)
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

from api_contract import blocks, example
from helpers import Api, Reply, advance, due_keys, make_shop, read_cart
from kurv.core.clock import DAY, HOUR
from kurv.core.model import cart_key
from kurv.core.render import catalogue
from kurv.core.shops import Shop
from kurv.core.suppressions import SuppressionStore
from kurv.track.tracking import MAX_BODY_BYTES
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack


def post(api: Api, name: str) -> Reply:
    """Post example NAME, signed; check the answer the page gives (else 202, all accepted)."""
    body = example(name)
    reply = api.post(body)
    expected = blocks("response").get(name)
    if expected is not None:
        assert (reply.status, reply.body) == (expected.status, json.loads(expected.text)), name
    else:
        accepted = len(body["events"]) if "events" in body else 1
        assert (reply.status, reply.body) == (202, {"accepted": accepted}), name
    return reply


def test_every_response_belongs_to_an_example_or_a_provoked_request() -> None:
    assert set(blocks("response")) <= set(blocks("example")) | set(PROVOKED)
    assert set(PROVOKED) <= set(blocks("response"))


# ---------------------------------------------------------------- examples, posted


def _cart(stack: LocalStack, shop: Shop, cart_id: str = "c-1001") -> dict[str, Any]:
    return read_cart(stack, shop.shop_id, cart_id)


def _emails_to(loop: LocalLoop, seconds: int, address: str) -> list[dict[str, Any]]:
    return [email for email in advance(loop, seconds) if email["to"] == address]


def cart_updated_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    post(api, "cart.updated")

    cart = _cart(stack, api.shop)
    sent = example("cart.updated")["items"]
    assert [item["sku"] for item in cart["items"]] == [item["sku"] for item in sent]
    for stored, given in zip(cart["items"], sent, strict=True):
        assert stored == {**given, "unit_price": Decimal(given["unit_price"])}
    assert cart["currency"] == "DKK"
    assert cart["subtotal"] == Decimal("223.50")
    assert cart["locale"] == "da_DK"
    assert cart["last_activity_at"] == stack.clock.now()


def checkout_contact_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    post(api, "checkout.contact")
    post(api, "cart.updated")

    cart = _cart(stack, api.shop)
    assert (cart["email"], cart["first_name"], cart["phone"]) == (
        "ada@example.com",
        "Ada",
        "+45 12 34 56 78",
    )
    assert cart["consent"] is True
    # Due the first step's delay (1 h) after the last activity; an email in Danish, by name.
    assert due_keys(stack, stack.clock.now() + HOUR) == [cart_key(api.shop.shop_id, "c-1001")]
    assert _emails_to(loop, HOUR - 1, "ada@example.com") == []
    [email] = _emails_to(loop, 1, "ada@example.com")
    assert email["headers"]["Content-Language"] == "da"
    assert "Ada" in email["text"]
    assert "Blue mug" in email["text"]
    assert "https://shop.example/img/mug-blue.jpg" in email["html"]


def checkout_step_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    post(api, "checkout.contact")
    stack.clock.advance(30 * 60)
    post(api, "checkout.step")

    cart = _cart(stack, api.shop)
    assert cart["checkout_step"] == "shipping"
    assert cart["due_at"] == stack.clock.now() + HOUR  # the next email moved later


def payment_failed_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    post(api, "checkout.contact")
    post(api, "cart.updated")
    post(api, "payment.failed")
    post(api, "payment.failed")  # the same event_id again: counted once

    cart = _cart(stack, api.shop)
    assert cart["payment_failures"] == 1
    assert cart["payment_failure_reason"] == "card_declined"
    [email] = _emails_to(loop, HOUR, "ada@example.com")
    subject = catalogue("da")["subject"]["payment_trouble"]  # the helping email, in Danish
    assert email["subject"] == subject.format(shop=api.shop.name)


def _customer_with_two_carts(api: Api) -> None:
    """The examples' customer, with the examples' cart and another one, on a phone."""
    post(api, "checkout.contact")
    post(api, "cart.updated")
    for name in ("checkout.contact", "cart.updated"):
        assert (
            api.post({**example(name), "cart_id": "c-1001-phone", "event_id": name}).status == 202
        )


def order_completed_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    _customer_with_two_carts(api)
    stack.clock.advance(60)

    post(api, "order.completed")
    post(api, "order.completed")  # told twice: changes nothing

    cart = _cart(stack, api.shop)
    assert cart["closed"] == "ordered"
    assert (cart["order_id"], cart["order_total"]) == ("100231", Decimal("223.50"))
    assert due_keys(stack, stack.clock.now() + 10 * DAY) == [
        cart_key(api.shop.shop_id, "c-1001-phone")  # still due, but will not be sent
    ]
    assert _emails_to(loop, 10 * DAY, "ada@example.com") == []


def _order_undone_effect(name: str) -> Callable[[Api, LocalStack, LocalLoop], None]:
    def effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
        make_shop(stack, check_in_seconds=5 * DAY)  # a shop that sends the check-in
        _customer_with_two_carts(api)
        stack.clock.advance(60)
        post(api, "order.completed")

        post(api, name)

        assert _cart(stack, api.shop)["order_undone"] == name.removeprefix("order.")
        emails = _emails_to(loop, 10 * DAY, "ada@example.com")
        assert [e for e in emails if e["headers"].get("X-Kurv-Step") == "check-in"] == []

    return effect


def customer_opted_out_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    _customer_with_two_carts(api)

    post(api, "customer.opted_out")

    assert _cart(stack, api.shop)["closed"] == "opted_out"
    suppressions = SuppressionStore(stack.dynamodb, stack.settings.suppressions_table)
    assert suppressions.is_suppressed(api.shop.shop_id, stack.address_key.hash("ada@example.com"))
    assert _emails_to(loop, 10 * DAY, "ada@example.com") == []  # no cart of that address


def batch_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    post(api, "batch")

    cart = _cart(stack, api.shop, "c-1002")
    assert cart["email"] == "grace@example.com"
    assert [item["sku"] for item in cart["items"]] == ["LAMP-1"]


def batch_partial_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    post(api, "batch-partial")

    cart = _cart(stack, api.shop, "c-1003")
    assert cart["checkout_step"] == "payment"  # the valid event was kept
    assert "items" not in cart


def late_newer_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    post(api, "late-newer")

    cart = _cart(stack, api.shop, "c-1004")
    assert cart["items"][0]["quantity"] == 2


def late_older_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    post(api, "late-newer")
    post(api, "late-older")  # valid, answered 202, and superseded

    cart = _cart(stack, api.shop, "c-1004")
    assert cart["items"][0]["quantity"] == 2
    assert cart["last_activity_at"] == int(
        datetime.fromisoformat(example("late-newer")["occurred_at"]).timestamp()
    )


def invalid_event_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    post(api, "invalid-event")

    assert _cart(stack, api.shop) == {}


EFFECTS: dict[str, Callable[[Api, LocalStack, LocalLoop], None]] = {
    "cart.updated": cart_updated_effect,
    "checkout.contact": checkout_contact_effect,
    "checkout.step": checkout_step_effect,
    "payment.failed": payment_failed_effect,
    "order.completed": order_completed_effect,
    "order.refunded": _order_undone_effect("order.refunded"),
    "order.cancelled": _order_undone_effect("order.cancelled"),
    "customer.opted_out": customer_opted_out_effect,
    "batch": batch_effect,
    "batch-partial": batch_partial_effect,
    "late-newer": late_newer_effect,
    "late-older": late_older_effect,
    "invalid-event": invalid_event_effect,
}


def test_every_example_has_its_effect_checked() -> None:
    assert set(EFFECTS) == set(blocks("example"))


@pytest.mark.parametrize("name", sorted(EFFECTS))
def test_example_is_answered_and_does_what_the_page_says(
    name: str, api: Api, stack: LocalStack, loop: LocalLoop
) -> None:
    EFFECTS[name](api, stack, loop)


# Requests that make the answers the page shows without an example of their own.
PROVOKED: dict[str, Callable[[Api], Reply]] = {
    "bad-signature": lambda api: api.post(example("checkout.step"), secret="ksk_not_the_shops"),
    "signature-expired": lambda api: api.post(
        example("checkout.step"), t=api.stack.clock.now() - 301
    ),
    "origin-not-allowed": lambda api: api.browser_post(
        example("checkout.step"), origin="https://elsewhere.example"
    ),
    "payload-too-large": lambda api: api.post(b" " * (MAX_BODY_BYTES + 1)),
    "browser-contacts-off": lambda api: Api(
        api.stack, make_shop(api.stack, browser_contacts=False)
    ).browser_post(example("checkout.contact")),
}


@pytest.mark.parametrize("name", sorted(PROVOKED))
def test_error_answers_on_the_page_are_real(name: str, api: Api) -> None:
    expected = blocks("response")[name]

    reply = PROVOKED[name](api)

    assert (reply.status, reply.body) == (expected.status, json.loads(expected.text))
