"""`kurv report`: what Kurv did for a shop over the last days, from its daily figures
(the stats table: one item per day, so a report reads as many items as days asked for)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from kurv.core.clock import DAY as DAY_SECONDS

REASONS = (
    "payment",
    "price",
    "delivery",
    "trust",
    "technical",
    "question",
    "changed_mind",
    "other",
)


def window(now: int, days: int) -> tuple[str, str]:
    """The first and last day (UTC, YYYY-MM-DD) of the `days` days up to `now`."""
    last = datetime.fromtimestamp(now, tz=UTC).date()
    first = last - timedelta(days=days - 1)
    return first.isoformat(), last.isoformat()


def summary(
    days: list[dict[str, Any]], *, first: str, last: str, attribution_days: int
) -> dict[str, Any]:
    total: Counter[str] = Counter()
    for day in days:
        total.update(
            {
                key: int(value)
                for key, value in day.items()
                if key not in ("shop_id", "day", "expires_at")
            }
        )
    steps = sorted(
        (int(key.removeprefix("emails_step_")), count)
        for key, count in total.items()
        if key.startswith("emails_step_")
    )
    revenue = {
        key.removeprefix("revenue_cents_"): str(Decimal(count) / 100)
        for key, count in sorted(total.items())
        if key.startswith("revenue_cents_")
    }
    emailed = total["emails_step_1"]
    recovered = total["orders_after_email"]
    return {
        "from": first,
        "to": last,
        "attribution_days": attribution_days,
        "carts": total["carts"],
        "carts_with_address": total["carts_with_address"],
        "emails_per_step": {str(step): count for step, count in steps},
        "clicks": total["clicks"],
        "orders": total["orders"],
        "orders_after_email": recovered,
        "orders_after_click": total["orders_after_click"],
        "recovered_revenue": revenue,
        "opt_outs": total["opt_outs"],
        "bounces": total["bounces"],
        "complaints": total["complaints"],
        "replies": {
            reason: total[f"replies_{reason}"] for reason in REASONS if total[f"replies_{reason}"]
        },
        # Of the carts that got a first email, the share that ordered within the window.
        "recovery_rate": round(recovered / emailed, 4) if emailed else None,
    }


def table(shop_id: str, report: dict[str, Any]) -> str:
    rate = report["recovery_rate"]
    rows = [
        ("carts tracked", report["carts"]),
        ("  with an address", report["carts_with_address"]),
        *((f"emails, step {step}", count) for step, count in report["emails_per_step"].items()),
        ("clicks", report["clicks"]),
        ("orders", report["orders"]),
        (f"  after an email (≤ {report['attribution_days']} d)", report["orders_after_email"]),
        (f"  after a click (≤ {report['attribution_days']} d)", report["orders_after_click"]),
        *(
            (f"recovered revenue, {currency}", amount)
            for currency, amount in report["recovered_revenue"].items()
        ),
        ("opt-outs", report["opt_outs"]),
        ("bounces", report["bounces"]),
        ("complaints", report["complaints"]),
        *((f"replies: {reason}", count) for reason, count in report["replies"].items()),
        ("recovery rate", "-" if rate is None else f"{rate:.1%} of carts emailed"),
    ]
    width = max(len(label) for label, _ in rows)
    lines = [f"{shop_id}, {report['from']} to {report['to']} (UTC days)"]
    lines += [f"  {label:<{width}}  {value}" for label, value in rows]
    return "\n".join(lines)


__all__ = ["DAY_SECONDS", "summary", "table", "window"]
