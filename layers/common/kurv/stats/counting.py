"""A shop's daily figures, read off the carts stream: what `kurv report` adds up. Pure.

Every change to a cart reaches the stats function through the table's stream, with the item
before and after. ``changes`` turns one such record into counts for the shop's day (UTC):
a cart started, an address given, an email sent per step, clicks, an order (whether it was
recovered, core.figures.recovered, with its amount per currency; and whether it came after a
click), an opt-out, replies by reason, and the holdout's carts, orders and revenue per group
(dated by the day each cart became due). The report then reads one small item per day,
whatever the size of the carts table. Bounces and complaints, which change no cart, are
counted where they are handled (kurv.feedback.desk).
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal, InvalidOperation
from typing import Any

from kurv.core.figures import ATTRIBUTION_DAYS, Figure, Tally, attributed, recovered
from kurv.core.model import CartField, Closed, ReplyReason

CHECK_IN = "check_in"  # emails_step_check_in: the check-ins after an order, apart from the steps


def changes(
    old: dict[str, Any], new: dict[str, Any], *, at: int, attribution_days: int = ATTRIBUTION_DAYS
) -> list[tuple[int, Tally, int]]:
    """What one change of a cart item adds to its shop's figures: (when, tally, how many),
    dated by the cart's own timestamps (`at`, the change's time, where it has none). `old`
    and `new` are the stream's images as plain values (empty for an insert or a removal)."""
    if not new or str(new.get(CartField.PK, "")).startswith("~"):
        return []  # a removal (TTL), or not a cart: the series and pointer items
    if new.get(CartField.SAMPLE):
        return []  # `kurv send-test`'s sample cart: a test, not the shop's business
    found: list[tuple[int, Tally, int]] = []

    def when(attribute: str) -> int:
        return _int(new.get(attribute)) or at

    if not old:
        found.append((when(CartField.CREATED_AT), Tally(Figure.CARTS), 1))
    if new.get(CartField.EMAIL_HASH) and not old.get(CartField.EMAIL_HASH):
        found.append((when(CartField.LAST_ACTIVITY_AT), Tally(Figure.CARTS_WITH_ADDRESS), 1))
    before, after = _int(old.get(CartField.REMINDERS_SENT)), _int(new.get(CartField.REMINDERS_SENT))
    found += [
        (when(CartField.LAST_REMINDER_AT), Tally(Figure.EMAILS, str(step)), 1)
        for step in range(before + 1, after + 1)
    ]
    if new.get(CartField.CHECK_IN_SENT_AT) and not old.get(CartField.CHECK_IN_SENT_AT):
        found.append((when(CartField.CHECK_IN_SENT_AT), Tally(Figure.EMAILS, CHECK_IN), 1))
    clicks = _int(new.get(CartField.CLICKS)) - _int(old.get(CartField.CLICKS))
    if clicks > 0:
        found.append((when(CartField.LAST_CLICK_AT), Tally(Figure.CLICKS), clicks))
    if new.get(CartField.ORDERED_AT) and not old.get(CartField.ORDERED_AT):
        found += [
            (when(CartField.ORDERED_AT), tally, n)
            for tally, n in _order(new, attribution_days).items()
        ]
    if new.get(CartField.ORDERED_AT) and old.get(CartField.ORDER_TOTAL) is None:
        # Revenue once, when an order's total first arrives: only a signed order.completed
        # stores one (the storefront's may close its cart, not add money), perhaps after it.
        found += [
            (when(CartField.ORDERED_AT), tally, n)
            for tally, n in _revenue(new, attribution_days).items()
        ]
    if (
        new.get(CartField.CLOSED) == Closed.OPTED_OUT
        and old.get(CartField.CLOSED) != Closed.OPTED_OUT
    ):
        found.append((when(CartField.OPTED_OUT_AT), Tally(Figure.OPT_OUTS), 1))
    replies = _int(new.get(CartField.REPLIES)) - _int(old.get(CartField.REPLIES))
    if replies > 0:
        reason = new.get(CartField.LAST_REPLY_REASON) or ReplyReason.OTHER
        found.append((when(CartField.LAST_REPLY_AT), Tally(Figure.REPLIES, str(reason)), replies))
    found += _holdout(old, new, attribution_days)
    return found


def _holdout(
    old: dict[str, Any], new: dict[str, Any], attribution_days: int
) -> list[tuple[int, Tally, int]]:
    """The holdout's figures per group, and the experiment's per arm, by one rule: a cart
    counts once when it became due, and once more when its address bought within the
    attribution window after that: on this cart (its own order), or on another (credited
    to it by track.cart_store as ``converted_*``). Revenue is that one order's, when a
    signed total comes with it. Clicks play no part: the control group has nothing to
    click. Each is dated by the day the cart became due (its cohort)."""
    group = str(new.get(CartField.GROUP) or "")
    assigned = _int(new.get(CartField.ASSIGNED_AT))
    if not group or not assigned:
        return []
    outcomes = _outcomes(old, new, assigned, attribution_days)
    keyed = [((Figure.HOLDOUT_CARTS, Figure.HOLDOUT_ORDERS, Figure.HOLDOUT_REVENUE_CENTS), group)]
    experiment, arm = new.get(CartField.EXPERIMENT), new.get(CartField.ARM)
    if experiment and arm:
        figures = (
            Figure.EXPERIMENT_CARTS,
            Figure.EXPERIMENT_ORDERS,
            Figure.EXPERIMENT_REVENUE_CENTS,
        )
        keyed.append((figures, f"{experiment}.{arm}"))
    found: list[tuple[int, Tally, int]] = []
    for (carts, orders, revenue), key in keyed:
        for kind, n, currency in outcomes:
            if kind == "cart":
                found.append((assigned, Tally(carts, key), n))
            elif kind == "order":
                found.append((assigned, Tally(orders, key), n))
            else:
                found.append((assigned, Tally(revenue, f"{key}_{currency}"), n))
    return found


def _outcomes(
    old: dict[str, Any], new: dict[str, Any], assigned: int, attribution_days: int
) -> list[tuple[str, int, str]]:
    """What this change adds for a cart in a group: ("cart" | "order" | "revenue", how
    many (cents for revenue), currency)."""
    found: list[tuple[str, int, str]] = []
    if not old.get(CartField.GROUP):
        found.append(("cart", 1, ""))

    def within(moment: int) -> bool:
        return attributed(ordered_at=moment, touched_at=assigned, window_days=attribution_days)

    def revenue(total: Any, currency: Any) -> None:
        cents, code = _cents(total), str(currency or "")
        if cents and code:
            found.append(("revenue", cents, code))

    credited = _int(new.get(CartField.CONVERTED_AT))
    if credited:  # an order on another cart (never this cart's own as well)
        if within(credited) and not old.get(CartField.CONVERTED_AT):
            found.append(("order", 1, ""))
        if within(credited) and _first(old, new, CartField.CONVERTED_TOTAL):
            revenue(new[CartField.CONVERTED_TOTAL], new.get(CartField.CONVERTED_CURRENCY))
        return found
    if not within(_int(new.get(CartField.ORDERED_AT))):
        return found  # no order of its own, or not in time
    if not old.get(CartField.ORDERED_AT):
        found.append(("order", 1, ""))
    if _first(old, new, CartField.ORDER_TOTAL):
        revenue(new[CartField.ORDER_TOTAL], new.get(CartField.CURRENCY))
    return found


def _first(old: dict[str, Any], new: dict[str, Any], attribute: str) -> bool:
    """Did this change bring the attribute (a total, once per cart)?"""
    return new.get(attribute) is not None and old.get(attribute) is None


def _order(cart: dict[str, Any], attribution_days: int) -> Counter[Tally]:
    counts: Counter[Tally] = Counter({Tally(Figure.ORDERS): 1})
    ordered = _int(cart.get(CartField.ORDERED_AT))
    emailed = _int(cart.get(CartField.LAST_REMINDER_AT))
    clicked = _int(cart.get(CartField.LAST_CLICK_AT))
    if recovered(ordered_at=ordered, emailed_at=emailed, window_days=attribution_days):
        counts[Tally(Figure.RECOVERED_ORDERS)] += 1
    if attributed(ordered_at=ordered, touched_at=clicked, window_days=attribution_days):
        counts[Tally(Figure.ORDERS_AFTER_CLICK)] += 1
    return counts


def _revenue(cart: dict[str, Any], attribution_days: int) -> Counter[Tally]:
    amount = _cents(cart.get(CartField.ORDER_TOTAL))
    currency = str(cart.get(CartField.CURRENCY) or "")
    emailed = _int(cart.get(CartField.LAST_REMINDER_AT))
    ordered = _int(cart.get(CartField.ORDERED_AT))
    if not (amount and currency):
        return Counter()
    if not recovered(ordered_at=ordered, emailed_at=emailed, window_days=attribution_days):
        return Counter()
    return Counter({Tally(Figure.RECOVERED_REVENUE_CENTS, currency): amount})


def _int(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def _cents(value: Any) -> int:
    """An amount in hundredths, so that daily sums stay exact integers."""
    try:
        return int((Decimal(str(value)) * 100).to_integral_value())
    except (InvalidOperation, ValueError):
        return 0
