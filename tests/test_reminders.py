"""The decision table for a claimed cart, without AWS."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest

from kurv.reminders import Action, Cart, decide, due_step, next_due, variant_for
from kurv.render import Line, Variant
from kurv.shops import Shop

HOUR = 3600
T = 1_000_000  # the last activity


def shop(**overrides: Any) -> Shop:
    return Shop.model_validate(
        {
            "shop_id": "s1",
            "name": "S",
            "sender_email": "a@b.dk",
            "sender_name": "S",
            "restore_url": "https://b.dk/{cart_id}",
            **overrides,
        }
    )


CART = Cart(
    key="s1#c1",
    shop_id="s1",
    cart_id="c1",
    last_activity_at=T,
    expires_at=T + 30 * 24 * HOUR,
    email="ada@example.com",
    email_hash="h",
    consent=True,
    currency="EUR",
    lines=(Line("Mug", 1, Decimal("5")),),
    claim_id="claim",
    claim_step=1,
    claimed_at=T + HOUR,
)


@pytest.mark.parametrize(
    ("change", "the_shop", "action", "detail"),
    [
        ({}, shop(), Action.SEND, {"step": 1, "variant": Variant.FIRST}),
        ({"closed": "ordered"}, shop(), Action.SKIP, {"unindex": True}),
        ({"email": ""}, shop(), Action.SKIP, {"unindex": True}),
        ({"consent": False}, shop(), Action.SKIP, {"unindex": True}),
        ({"consent": False}, shop(consent_policy="notice"), Action.SEND, {"step": 1}),
        ({}, shop(active=False), Action.SKIP, {"unindex": True}),
        ({}, None, Action.SKIP, {"unindex": True}),
        ({"last_activity_at": T + HOUR + 1}, shop(), Action.RELEASE, {}),
        ({"lines": ()}, shop(), Action.DEFER, {}),
        ({"sending_step": 1}, shop(), Action.ASSUME_SENT, {"step": 1}),
        (
            {"uncertain_step": 2, "reminders_sent": 1, "claim_step": 2},
            shop(),
            Action.ASSUME_SENT,
            {"step": 2},
        ),
        (
            {
                "uncertain_step": 1,
                "reminders_sent": 1,
                "claim_step": 2,
                "claimed_at": T + 24 * HOUR,
            },
            shop(),
            Action.SEND,
            {"step": 2},
        ),
        ({"reminders_sent": 3, "claim_step": 4}, shop(), Action.SKIP, {"close": "series_complete"}),
    ],
)
def test_decide(
    change: dict[str, Any], the_shop: Shop | None, action: Action, detail: dict[str, Any]
) -> None:
    decision = decide(replace(CART, **change), the_shop, now=T + HOUR)

    assert decision.action is action
    for name, value in detail.items():
        assert getattr(decision, name) == value


@pytest.mark.parametrize(
    ("now", "step"),
    [(T + HOUR, 1), (T + 24 * HOUR - 1, 1), (T + 24 * HOUR, 2), (T + 100 * HOUR, 3)],
)
def test_after_an_outage_the_step_that_fits_now(now: int, step: int) -> None:
    assert due_step(CART, shop(), now=now) == step


def test_next_email_keeps_the_series_gap_after_a_late_one() -> None:
    # Step 1 went out 20 hours late: step 2 is not sent 4 hours later, but 23 hours later.
    now = T + 21 * HOUR
    assert next_due(CART, shop(), step=1, now=now) == (now + 23 * HOUR, 24 * HOUR)
    assert next_due(CART, shop(), step=1, now=T + HOUR) == (T + 24 * HOUR, 24 * HOUR)
    assert next_due(CART, shop(), step=3, now=T) is None


@pytest.mark.parametrize(
    ("change", "step", "variant"),
    [
        ({}, 1, Variant.FIRST),
        ({}, 2, Variant.FOLLOW_UP),
        ({}, 3, Variant.LAST_CALL),
        ({"payment_failed_at": T}, 1, Variant.PAYMENT_TROUBLE),
        ({"payment_failed_at": T, "last_reminder_at": T + HOUR}, 2, Variant.FOLLOW_UP),
    ],
)
def test_variant(change: dict[str, Any], step: int, variant: Variant) -> None:
    assert variant_for(replace(CART, **change), shop(), step) is variant


def test_a_one_email_series_is_not_a_last_call() -> None:
    single = shop(series=[{"delay_seconds": HOUR}])

    assert variant_for(CART, single, 1) is Variant.FIRST


def test_a_cart_past_retention_leaves_the_index() -> None:
    decision = decide(CART, shop(), now=CART.expires_at)

    assert decision.action is Action.SKIP
    assert decision.unindex
