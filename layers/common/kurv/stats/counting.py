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

from kurv.core.clock import DAY

ATTRIBUTION_DAYS = 7


def changes(
    old: dict[str, Any], new: dict[str, Any], *, at: int, attribution_days: int = ATTRIBUTION_DAYS
) -> list[tuple[int, str, int]]:
    """What one change of a cart item adds to its shop's figures: (when, figure, how many),
    dated by the cart's own timestamps (`at`, the change's time, where it has none). `old`
    and `new` are the stream's images as plain values (empty for an insert or a removal)."""
    if not new or str(new.get("pk", "")).startswith("~"):
        return []  # a removal (TTL), or not a cart: the series and pointer items
    found: list[tuple[int, str, int]] = []

    def when(attribute: str) -> int:
        return _int(new.get(attribute)) or at

    if not old:
        found.append((when("created_at"), "carts", 1))
    if new.get("email_hash") and not old.get("email_hash"):
        found.append((when("last_activity_at"), "carts_with_address", 1))
    before, after = _int(old.get("reminders_sent")), _int(new.get("reminders_sent"))
    found += [
        (when("last_reminder_at"), f"emails_step_{step}", 1)
        for step in range(before + 1, after + 1)
    ]
    clicks = _int(new.get("clicks")) - _int(old.get("clicks"))
    if clicks > 0:
        found.append((when("last_click_at"), "clicks", clicks))
    if new.get("ordered_at") and not old.get("ordered_at"):
        found += [
            (when("ordered_at"), name, n) for name, n in _order(new, attribution_days).items()
        ]
    if new.get("closed") == "opted_out" and old.get("closed") != "opted_out":
        found.append((when("opted_out_at"), "opt_outs", 1))
    replies = _int(new.get("replies")) - _int(old.get("replies"))
    if replies > 0:
        reason = new.get("last_reply_reason") or "other"
        found.append((when("last_reply_at"), f"replies_{reason}", replies))
    return found


def _order(cart: dict[str, Any], attribution_days: int) -> Counter[str]:
    counts: Counter[str] = Counter({"orders": 1})
    ordered = _int(cart.get("ordered_at"))
    window = attribution_days * DAY
    emailed = _int(cart.get("last_reminder_at"))
    clicked = _int(cart.get("last_click_at"))
    amount = _cents(cart.get("order_total"))
    currency = str(cart.get("currency") or "")
    if emailed and 0 <= ordered - emailed <= window:
        counts["orders_after_email"] += 1
        if amount and currency:
            counts[f"revenue_cents_{currency}"] += amount
    if clicked and 0 <= ordered - clicked <= window:
        counts["orders_after_click"] += 1
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
