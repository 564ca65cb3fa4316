"""`kurv report`: what Kurv did for a shop over the last days, from its daily figures
(the stats table: one item per day, so a report reads as many items as days asked for)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from kurv.core.clock import DAY as DAY_SECONDS
from kurv.core.figures import Figure, Tally
from kurv.core.model import Arm, CartGroup, ReplyReason
from kurv.stats.uplift import Group, uplift
from kurv.stats.uplift import sample_ratio_p as split_p

CENT = Decimal("0.01")


def window(now: int, days: int) -> tuple[str, str]:
    """The first and last day (UTC, YYYY-MM-DD) of the `days` days up to `now`."""
    last = datetime.fromtimestamp(now, tz=UTC).date()
    first = last - timedelta(days=days - 1)
    return first.isoformat(), last.isoformat()


def summary(
    days: list[Counter[Tally]],
    *,
    first: str,
    last: str,
    attribution_days: int,
    holdout_percent: int = 0,
    currency: str = "",
    splits: dict[str, int] | None = None,
) -> dict[str, Any]:
    total: Counter[Tally] = sum(days, Counter())

    def keyed(figure: Figure) -> list[tuple[str, int]]:
        return sorted((t.key, n) for t, n in total.items() if t.figure is figure)

    from kurv.stats.counting import CHECK_IN  # the check-ins, apart from the steps

    steps = sorted((int(step), n) for step, n in keyed(Figure.EMAILS) if step.isdigit())
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
        "check_ins": total[Tally(Figure.EMAILS, CHECK_IN)],  # after an order (--check-in)
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
        "holdout": holdout(total, percent=holdout_percent, currency=currency),
        "experiments": experiments(total, splits=splits or {}, currency=currency),
    }


def holdout(total: Counter[Tally], *, percent: int, currency: str = "") -> dict[str, Any]:
    """The two groups of the shop's holdout and what the emails added (kurv.stats.uplift),
    over the carts that became due on the report's days. `currency`: the shop's, shown
    (as zeros) even before any revenue."""
    currencies = {currency} if currency else set()
    for tally in total:
        if tally.figure is Figure.HOLDOUT_REVENUE_CENTS:
            currencies.add(tally.key.partition("_")[2])

    def group(name: CartGroup) -> Group:
        return Group(
            carts=total[Tally(Figure.HOLDOUT_CARTS, name)],
            orders=total[Tally(Figure.HOLDOUT_ORDERS, name)],
            revenue={
                code: Decimal(total[Tally(Figure.HOLDOUT_REVENUE_CENTS, f"{name}_{code}")]) / 100
                for code in sorted(currencies)
            },
        )

    treated, control = group(CartGroup.TREATED), group(CartGroup.CONTROL)
    found = uplift(treated, control, percent)
    low, high = found.ci95
    return {
        "percent": percent,
        "treated": _group(treated),
        "control": _group(control),
        "uplift": {
            "absolute": found.absolute,
            "ci95": [low, high],
            "relative": found.relative,
            "conclusive": found.conclusive,
            "incremental_orders": found.incremental_orders,
            # The same interval, in orders among the emailed carts.
            "incremental_orders_ci95": [low * treated.carts, high * treated.carts],
            "incremental_revenue": {
                code: f"{amount:.2f}" for code, amount in found.incremental_revenue.items()
            },
            "carts_needed": found.carts_needed,
        },
        "sample_ratio_p": split_p(treated.carts, control.carts, percent),
    }


def experiments(
    total: Counter[Tally], *, splits: dict[str, int], currency: str = ""
) -> dict[str, dict[str, Any]]:
    """Each experiment whose carts became due on the report's days: its two arms (the
    shop's series and the variant), and the variant's difference in order rate with its
    95 % interval. A winner only once the interval excludes zero. `splits`: the percent of
    each experiment's carts in the variant, where known (else half)."""
    names = sorted(
        {tally.key.rpartition(".")[0] for tally in total if tally.figure is Figure.EXPERIMENT_CARTS}
    )
    found = {}
    for name in names:
        currencies = {currency} if currency else set()
        for tally in total:
            key, _, code = tally.key.partition("_")
            if tally.figure is Figure.EXPERIMENT_REVENUE_CENTS and key.startswith(f"{name}."):
                currencies.add(code)

        def arm(which: Arm, name: str = name, currencies: set[str] = currencies) -> Group:
            key = f"{name}.{which}"
            return Group(
                carts=total[Tally(Figure.EXPERIMENT_CARTS, key)],
                orders=total[Tally(Figure.EXPERIMENT_ORDERS, key)],
                revenue={
                    code: Decimal(total[Tally(Figure.EXPERIMENT_REVENUE_CENTS, f"{key}_{code}")])
                    / 100
                    for code in sorted(currencies)
                },
            )

        current, variant = arm(Arm.CURRENT), arm(Arm.VARIANT)
        split = splits.get(name, 50)
        difference = uplift(variant, current, 100 - split)
        low, high = difference.ci95
        winner = "variant" if low > 0 else "current" if high < 0 else None
        found[name] = {
            "split": split,
            "current": _group(current),
            "variant": _group(variant),
            "difference": {
                "absolute": difference.absolute,
                "ci95": [low, high],
                "relative": difference.relative,
                "conclusive": difference.conclusive,
                "extra_orders": difference.incremental_orders,
                "extra_revenue": {
                    code: f"{amount:.2f}" for code, amount in difference.incremental_revenue.items()
                },
                "carts_needed": difference.carts_needed,
            },
            "winner": winner,
            "sample_ratio_p": split_p(variant.carts, current.carts, 100 - split),
        }
    return found


def _group(group: Group) -> dict[str, Any]:
    return {
        "carts": group.carts,
        "orders": group.orders,
        "revenue": {code: f"{amount.quantize(CENT)}" for code, amount in group.revenue.items()},
    }


def table(shop_id: str, report: dict[str, Any]) -> str:
    rate, days = report["recovery_rate"], report["attribution_days"]
    rows = [
        ("carts tracked", report["carts"]),
        ("  with an address", report["carts_with_address"]),
        *((f"emails, step {step}", count) for step, count in report["emails_per_step"].items()),
        ("check-ins after an order", report["check_ins"]),
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
        *_holdout_rows(shop_id, report),
        *(
            row
            for name, found in report["experiments"].items()
            for row in experiment_rows(name, found)
        ),
    ]
    width = max(len(label) for label, _ in rows)
    lines = [f"{shop_id}, {report['from']} to {report['to']} (UTC days)"]
    lines += [f"  {label:<{width}}  {value}" for label, value in rows]
    return "\n".join(lines)


def _holdout_rows(shop_id: str, report: dict[str, Any]) -> list[tuple[str, str]]:
    """The holdout in a merchant's words."""
    found, days = report["holdout"], _days(report)
    if not found["percent"] and not found["control"]["carts"]:
        return [("holdout", f"off (kurv shop update {shop_id} --holdout 10 measures it)")]
    rows = [("holdout", f"{found['percent']} % of customers get no email")]
    for label, name in (("  emailed", "treated"), ("  held out", "control")):
        group = found[name]
        share = f" ({group['orders'] / group['carts']:.1%})" if group["carts"] else ""
        rows.append((label, f"{group['carts']} carts, {group['orders']} ordered{share}"))
    uplift = found["uplift"]
    if uplift["conclusive"]:
        low, high = (round(value) for value in uplift["incremental_orders_ci95"])
        extra = round(uplift["incremental_orders"])
        revenue = ", ".join(
            f"{code} {amount}" for code, amount in uplift["incremental_revenue"].items()
        )
        said = f"{extra} extra orders (between {low} and {high}) in {days} days"
        rows.append(("  the emails brought", said + (f"; revenue {revenue}" if revenue else "")))
    else:
        needed = uplift["carts_needed"]
        more = f", about {needed} more carts needed" if needed else ""
        rows.append(("  the emails brought", f"not yet conclusive{more}"))
    if found["sample_ratio_p"] < 0.001:
        rows.append(("  warning", "the split is far from the percent set: check the setup"))
    return rows


def experiment_rows(name: str, found: dict[str, Any]) -> list[tuple[str, str]]:
    """An experiment in a merchant's words: each arm, and the difference once it is clear."""
    rows = [(f"experiment {name}", f"{found['split']} % of emailed customers get the variant")]
    for label, arm in (("  your series", "current"), ("  the variant", "variant")):
        group = found[arm]
        share = f" ({group['orders'] / group['carts']:.1%})" if group["carts"] else ""
        rows.append((label, f"{group['carts']} carts, {group['orders']} ordered{share}"))
    difference = found["difference"]
    low, high = (100 * value for value in difference["ci95"])
    points = f"{100 * difference['absolute']:+.1f} points (between {low:+.1f} and {high:+.1f})"
    if found["winner"] == "variant":
        said = f"the variant wins: {points}"
    elif found["winner"] == "current":
        said = f"your series wins: the variant does {points}"
    else:
        needed = difference["carts_needed"]
        more = f", about {needed} more carts needed" if needed else ""
        said = f"no winner yet{more} ({points})"
    rows.append(("  so far", said))
    return rows


def _days(report: dict[str, Any]) -> int:
    first = datetime.fromisoformat(report["from"])
    return (datetime.fromisoformat(report["to"]) - first).days + 1


__all__ = ["DAY_SECONDS", "summary", "table", "window"]
