"""The stats function's work: a batch of cart changes into one write per shop and day, and
the figures the dashboard draws that no other function sees whole."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from kurv.core.clock import day_of
from kurv.core.figures import ATTRIBUTION_DAYS, Figure, Tally
from kurv.core.model import CartField
from kurv.core.stats_store import StatsStore
from kurv.stats.counting import changes

if TYPE_CHECKING:
    from kurv.core.shop_store import ShopDirectory


class StatsKeeper:
    """Adds up a batch of cart changes into one write per shop and day."""

    def __init__(self, store: StatsStore, shops: ShopDirectory) -> None:
        self.store = store
        self.shops = shops

    def record(self, changed: list[tuple[dict[str, Any], dict[str, Any], int]]) -> int:
        """`changed`: (old image, new image, when) per stream record. Returns how many shop
        days were written. At least once: a batch Lambda retries may be counted twice."""
        totals: dict[tuple[str, str], Counter[Tally]] = {}
        latest: dict[tuple[str, str], int] = {}
        for old, new, at in changed:
            shop_id = str((new or old).get(CartField.SHOP_ID) or "")
            if not shop_id:
                continue
            shop = self.shops.get(shop_id)
            days = shop.attribution_days if shop else ATTRIBUTION_DAYS
            for moment, tally, count in changes(old, new, at=at, attribution_days=days):
                key = (shop_id, day_of(moment))
                totals.setdefault(key, Counter())[tally] += count
                latest[key] = max(latest.get(key, 0), moment)
        for (shop_id, day), counts in totals.items():
            self.store.add(shop_id, counts, at=latest[(shop_id, day)])
        publish(sum(totals.values(), Counter()))
        return len(totals)


def publish(figures: Counter[Tally]) -> None:
    """The figures the dashboard draws that no other function sees whole, counted as
    `kurv report` counts them: emails per step, recovered orders, and recovered revenue per
    currency (core.figures.recovered); the holdout's carts, orders and revenue per group."""
    from aws_lambda_powertools.metrics import MetricUnit

    from kurv.core.observability import Metric, count, count_by

    for tally, value in sorted(figures.items()):
        if tally.figure is Figure.EMAILS:
            count_by(Metric.EMAILS_SENT, "step", tally.key, value)
        elif tally.figure is Figure.RECOVERED_ORDERS:
            count(Metric.RECOVERED_ORDERS, value)
        elif tally.figure is Figure.RECOVERED_REVENUE_CENTS:
            amount = value / 100
            count_by(Metric.RECOVERED_REVENUE, "currency", tally.key, amount, MetricUnit.NoUnit)
        elif tally.figure is Figure.HOLDOUT_CARTS:
            count_by(Metric.HOLDOUT_CARTS, "group", tally.key, value)
        elif tally.figure is Figure.HOLDOUT_ORDERS:
            count_by(Metric.HOLDOUT_ORDERS, "group", tally.key, value)
        elif tally.figure is Figure.HOLDOUT_REVENUE_CENTS:
            group, _, currency = tally.key.partition("_")
            amount = value / 100
            count_by(
                Metric.HOLDOUT_REVENUE,
                "group",
                group,
                amount,
                MetricUnit.NoUnit,
                also=("currency", currency),
            )
