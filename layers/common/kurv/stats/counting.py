"""A shop's daily figures, read off the carts stream: what `kurv report` adds up. Pure.

Every change to a cart reaches the stats function through the table's stream, with the item
before and after. ``changes`` turns one such record into counts for the shop's day (UTC):
a cart started, an address given, an email sent per step, clicks, an order (and whether it
came within the shop's attribution window after an email or a click, with its amount per
currency), an opt-out, replies by reason. The report then reads one small item per day,
whatever the size of the carts table. Bounces and complaints, which change no cart, are
counted where they are handled (kurv.feedback.desk).
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal, InvalidOperation
from typing import Any

from kurv.core.figures import ATTRIBUTION_DAYS, Figure, Tally, attributed, recovered
from kurv.core.model import Closed, ReplyReason


def changes(
    old: dict[str, Any], new: dict[str, Any], *, at: int, attribution_days: int = ATTRIBUTION_DAYS
) -> list[tuple[int, Tally, int]]:
    """What one change of a cart item adds to its shop's figures: (when, tally, how many),
    dated by the cart's own timestamps (`at`, the change's time, where it has none). `old`
    and `new` are the stream's images as plain values (empty for an insert or a removal)."""
    if not new or str(new.get("pk", "")).startswith("~"):
        return []  # a removal (TTL), or not a cart: the series and pointer items
    found: list[tuple[int, Tally, int]] = []

    def when(attribute: str) -> int:
        return _int(new.get(attribute)) or at

    if not old:
        found.append((when("created_at"), Tally(Figure.CARTS), 1))
    if new.get("email_hash") and not old.get("email_hash"):
        found.append((when("last_activity_at"), Tally(Figure.CARTS_WITH_ADDRESS), 1))
    before, after = _int(old.get("reminders_sent")), _int(new.get("reminders_sent"))
    found += [
        (when("last_reminder_at"), Tally(Figure.EMAILS, str(step)), 1)
        for step in range(before + 1, after + 1)
    ]
    clicks = _int(new.get("clicks")) - _int(old.get("clicks"))
    if clicks > 0:
        found.append((when("last_click_at"), Tally(Figure.CLICKS), clicks))
    if new.get("ordered_at") and not old.get("ordered_at"):
        found += [
            (when("ordered_at"), tally, n) for tally, n in _order(new, attribution_days).items()
        ]
    if new.get("closed") == Closed.OPTED_OUT and old.get("closed") != Closed.OPTED_OUT:
        found.append((when("opted_out_at"), Tally(Figure.OPT_OUTS), 1))
    replies = _int(new.get("replies")) - _int(old.get("replies"))
    if replies > 0:
        reason = new.get("last_reply_reason") or ReplyReason.OTHER
        found.append((when("last_reply_at"), Tally(Figure.REPLIES, str(reason)), replies))
    return found


def _order(cart: dict[str, Any], attribution_days: int) -> Counter[Tally]:
    counts: Counter[Tally] = Counter({Tally(Figure.ORDERS): 1})
    ordered = _int(cart.get("ordered_at"))
    emailed = _int(cart.get("last_reminder_at"))
    clicked = _int(cart.get("last_click_at"))
    amount = _cents(cart.get("order_total"))
    currency = str(cart.get("currency") or "")
    if recovered(ordered_at=ordered, emailed_at=emailed, window_days=attribution_days):
        counts[Tally(Figure.RECOVERED_ORDERS)] += 1
        if amount and currency:
            counts[Tally(Figure.RECOVERED_REVENUE_CENTS, currency)] += amount
    if attributed(ordered_at=ordered, touched_at=clicked, window_days=attribution_days):
        counts[Tally(Figure.ORDERS_AFTER_CLICK)] += 1
    return counts


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
