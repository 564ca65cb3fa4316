"""Bounces and complaints (SES's events through EventBridge): a permanent bounce or a
complaint suppresses the address for its shop, a transient bounce does not. Locally, SES's
mailbox simulator addresses answer as they do in AWS."""

from __future__ import annotations

from typing import Any

import pytest

from helpers import Api, advance, cart_updated, contact, sent
from kurv.core.clock import DAY, HOUR
from kurv.core.shops import Shop
from kurv_tools.local.functions import load_function
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack


def suppression(stack: LocalStack, shop: Shop, address: str) -> dict[str, Any]:
    key = f"{shop.shop_id}#{stack.address_key.hash(address)}"
    item = stack.dynamodb.get_item(
        TableName=stack.settings.suppressions_table, Key={"pk": {"S": key}}
    ).get("Item", {})
    return {name: next(iter(value.values())) for name, value in item.items()}


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("bounce@simulator.amazonses.com", "bounced"),
        ("complaint@simulator.amazonses.com", "complained"),
    ],
)
def test_the_mailbox_simulator_suppresses_the_address_for_the_shop(
    api: Api, loop: LocalLoop, shop: Shop, address: str, reason: str
) -> None:
    stack = loop.stack
    api.post(contact(email=address))
    api.post(cart_updated())

    assert len(advance(loop, HOUR)) == 1  # the first email, answered by the simulator
    assert suppression(stack, shop, address)["reason"] == reason
    advance(loop, 3 * DAY)
    assert [email["step"] for email in sent(stack)] == [1]  # never again
    # Another cart of the same address gets nothing either.
    api.post(contact(cart_id="c2", email=address))
    api.post(cart_updated(cart_id="c2"))
    assert len(advance(loop, 2 * HOUR)) == 1


def bounce(
    kind: str, shop_id: str = "test-shop", address: str = "ada@example.com"
) -> dict[str, Any]:
    return {
        "eventType": "Bounce",
        "mail": {"tags": {"shop": [shop_id]} if shop_id else {}, "destination": [address]},
        "bounce": {
            "bounceType": kind,
            "bounceSubType": "MailboxFull" if kind == "Transient" else "General",
            "bouncedRecipients": [{"emailAddress": address.upper()}],
        },
    }


def test_a_transient_bounce_only_counts(stack: LocalStack, shop: Shop) -> None:
    desk = load_function("feedback").desk.get()

    assert desk.handle(bounce("Transient")).value == "transient"
    assert suppression(stack, shop, "ada@example.com") == {}
    assert desk.handle(bounce("Permanent")).value == "suppressed"
    assert suppression(stack, shop, "ada@example.com")["reason"] == "bounced"


def test_an_event_without_a_shop_tag_is_not_ours(stack: LocalStack, shop: Shop) -> None:
    desk = load_function("feedback").desk.get()

    assert desk.handle(bounce("Permanent", shop_id="")).value == "not_ours"
    assert desk.handle({"eventType": "Delivery", "mail": {"tags": {"shop": ["x"]}}}).value == (
        "not_ours"
    )
    assert suppression(stack, shop, "ada@example.com") == {}


def test_an_opt_out_keeps_its_reason_when_the_address_bounces_later(
    stack: LocalStack, shop: Shop
) -> None:
    from kurv.core.suppressions import SuppressionReason, SuppressionStore

    SuppressionStore(stack.dynamodb, stack.settings.suppressions_table).suppress(
        shop.shop_id,
        stack.address_key.hash("ada@example.com"),
        reason=SuppressionReason.OPTED_OUT,
        now=1,
    )
    load_function("feedback").desk.get().handle(bounce("Permanent"))

    assert suppression(stack, shop, "ada@example.com")["reason"] == "opted_out"
