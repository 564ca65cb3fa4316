"""decisions.SEND_GATE in its two forms agree: each guard's Python test of a cart and its
condition on the stored item, as DynamoDB (moto) evaluates it, say the same for every state."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from kurv.core.dynamo import conditional_update, to_item
from kurv.core.expressions import Update
from kurv.core.model import Cart
from kurv.recover.claims import ClaimStore
from kurv.recover.decisions import SEND_GATE, Guard
from kurv_tools.local.stack import LocalStack

CLAIMED_AT = 5_000
STEP = 2
KEY = "test-shop#c1"

# Every way the stored cart can stand on what the gate looks at (None: attribute absent).
STATES = [
    {
        "sending_step": sending_step,
        "closed": closed,
        "ordered_at": ordered_at,
        "last_activity_at": last_activity_at,
        "reminders_sent": reminders_sent,
        "contact_held": contact_held,
    }
    for (
        sending_step,
        closed,
        ordered_at,
        last_activity_at,
        reminders_sent,
        contact_held,
    ) in itertools.product(
        (None, STEP),
        (None, "opted_out"),
        (None, CLAIMED_AT - 10),
        (None, CLAIMED_AT - 1, CLAIMED_AT, CLAIMED_AT + 1),
        (None, STEP - 1, STEP, STEP + 1),
        (None, True),
    )
]


# An ordered cart awaiting its check-in, and every way it may stand on what the gate reads.
CHECK_IN_STATES = [
    {
        "closed": closed,
        "ordered_at": CLAIMED_AT - 10,
        "check_in_due": CLAIMED_AT - 5,
        "order_undone": order_undone,
        "opted_out_at": opted_out_at,
        "check_in_sent_at": check_in_sent_at,
        "sending_step": sending_step,
        "last_activity_at": last_activity_at,
    }
    for (
        closed,
        order_undone,
        opted_out_at,
        check_in_sent_at,
        sending_step,
        last_activity_at,
    ) in itertools.product(
        ("ordered", "opted_out", "replied"),
        (None, "refunded", "cancelled"),
        (None, CLAIMED_AT - 2),
        (None, CLAIMED_AT - 1),
        (None, STEP),
        (CLAIMED_AT - 1, CLAIMED_AT + 1),
    )
]


def stored(state: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = {"pk": KEY, "shop_id": "test-shop", "cart_id": "c1"}
    item.update(claim_id="k1", claimed_at=CLAIMED_AT)
    return {**item, **{name: value for name, value in state.items() if value is not None}}


def put(stack: LocalStack, state: dict[str, Any]) -> Cart:
    item = stored(state)
    stack.dynamodb.put_item(TableName=stack.settings.carts_table, Item=to_item(item))
    return Cart.from_item(item)


def disagreements(stack: LocalStack, guard: Guard, states: Any) -> list[Any]:
    """The stored states where the guard's condition in DynamoDB and in Python disagree."""
    found = []
    for state in states:
        cart = put(stack, state)
        u = Update()
        u.when(guard.condition(u, cart, STEP))
        u.set("probe", 1)
        written = conditional_update(stack.dynamodb, stack.settings.carts_table, KEY, u)
        if written.done != guard.holds(cart, STEP):
            found.append(state)
    return found


@pytest.mark.parametrize("guard", SEND_GATE, ids=lambda guard: guard.name)
def test_each_guard_means_the_same_in_python_and_in_dynamodb(
    stack: LocalStack, guard: Guard
) -> None:
    assert disagreements(stack, guard, STATES) == []


@pytest.mark.parametrize("guard", SEND_GATE, ids=lambda guard: guard.name)
def test_each_guard_means_the_same_for_a_check_in(stack: LocalStack, guard: Guard) -> None:
    assert disagreements(stack, guard, CHECK_IN_STATES) == []
    gate = [guard.holds(Cart.from_item(stored(state)), STEP) for state in CHECK_IN_STATES]
    assert any(gate) or guard.name != SEND_GATE[1].name  # the check-in's gate can open


def test_mark_sending_passes_exactly_when_the_whole_gate_holds(stack: LocalStack) -> None:
    store = ClaimStore(stack.dynamodb, stack.settings.carts_table)
    outcomes = set()
    for state in STATES:
        cart = put(stack, state)
        expected = all(guard.holds(cart, STEP) for guard in SEND_GATE)

        assert store.mark_sending(cart, STEP) is expected, state
        outcomes.add(expected)

    assert outcomes == {True, False}  # the states cover both sides of the gate


def test_mark_sending_needs_the_same_claim(stack: LocalStack) -> None:
    cart = put(stack, {})
    other = Cart.from_item({**stored({}), "claim_id": "someone-else"})
    store = ClaimStore(stack.dynamodb, stack.settings.carts_table)

    assert store.mark_sending(other, STEP) is False
    assert store.mark_sending(cart, STEP) is True
