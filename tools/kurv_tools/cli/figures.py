"""`kurv report`: what Kurv did for a shop over the last days, from its daily figures
(the stats table: one item per day, so a report reads as many items as days asked for)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from kurv.core.clock import DAY as DAY_SECONDS
from kurv.core.figures import Figure, Tally
from kurv.core.model import ReplyReason


def window(now: int, days: int) -> tuple[str, str]:
    """The first and last day (UTC, YYYY-MM-DD) of the `days` days up to `now`."""
    last = datetime.fromtimestamp(now, tz=UTC).date()
    first = last - timedelta(days=days - 1)
    return first.isoformat(), last.isoformat()


def summary(
    days: list[Counter[Tally]], *, first: str, last: str, attribution_days: int
) -> dict[str, Any]:
    total: Counter[Tally] = sum(days, Counter())

    def keyed(figure: Figure) -> list[tuple[str, int]]:
        return sorted((t.key, n) for t, n in total.items() if t.figure is figure)

    steps = sorted((int(step), n) for step, n in keyed(Figure.EMAILS))
    revenue = {
        currency: str(Decimal(cents) / 100)
        for currency, cents in keyed(Figure.RECOVERED_REVENUE_CENTS)
    }
    emailed = total[Tally(Figure.EMAILS, "1")]
    recovered = total[Tally(Figure.RECOVERED_ORDERS)]
    replies = dict(keyed(Figure.REPLIES))
    return {
        "from": first,
        "to": last,
        "attribution_days": attribution_days,
        "carts": total[Tally(Figure.CARTS)],
        "carts_with_address": total[Tally(Figure.CARTS_WITH_ADDRESS)],
        "emails_per_step": {str(step): count for step, count in steps},
        "clicks": total[Tally(Figure.CLICKS)],
        "orders": total[Tally(Figure.ORDERS)],
        # Recovered: ordered within the window after an email (kurv.core.figures.recovered).
        "orders_after_email": recovered,
        "orders_after_click": total[Tally(Figure.ORDERS_AFTER_CLICK)],
        "recovered_revenue": revenue,
        "opt_outs": total[Tally(Figure.OPT_OUTS)],
        "bounces": total[Tally(Figure.BOUNCES)],
        "complaints": total[Tally(Figure.COMPLAINTS)],
        "replies": {reason.value: replies[reason] for reason in ReplyReason if replies.get(reason)},
        # Of the carts that got a first email, the share that ordered within the window.
        "recovery_rate": round(recovered / emailed, 4) if emailed else None,
    }


def table(shop_id: str, report: dict[str, Any]) -> str:
    rate, days = report["recovery_rate"], report["attribution_days"]
    rows = [
        ("carts tracked", report["carts"]),
        ("  with an address", report["carts_with_address"]),
        *((f"emails, step {step}", count) for step, count in report["emails_per_step"].items()),
        ("clicks", report["clicks"]),
        ("orders", report["orders"]),
        (f"  recovered (≤ {days} d after an email)", report["orders_after_email"]),
        (f"  after a click (≤ {days} d)", report["orders_after_click"]),
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
