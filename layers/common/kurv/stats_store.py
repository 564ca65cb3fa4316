"""The stats table: one small item per shop and day (UTC) of counters, what `kurv report`
reads. Written by the stats function (from the carts stream) and the feedback function."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from kurv.dynamo import from_item

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

    from kurv.shop_store import ShopDirectory

# Days are kept about as long as a shop may keep carts (retention_days is at most 400).
KEEP_DAYS = 400


class StatsStore:
    def __init__(self, client: DynamoDBClient, table: str) -> None:
        self._client = client
        self.table = table

    def add(self, shop_id: str, day: str, counts: Counter[str], *, expires_at: int) -> None:
        """Adds `counts` to the shop's day, creating it when it is the day's first."""
        if not counts:
            return
        names = {f"#c{n}": name for n, name in enumerate(sorted(counts))}
        values: dict[str, Any] = {
            f":c{n}": {"N": str(counts[name])} for n, name in enumerate(sorted(counts))
        }
        values[":expires"] = {"N": str(expires_at)}
        adds = ", ".join(f"#c{n} :c{n}" for n in range(len(names)))
        self._client.update_item(
            TableName=self.table,
            Key={"shop_id": {"S": shop_id}, "day": {"S": day}},
            UpdateExpression=f"ADD {adds} SET #expires = if_not_exists(#expires, :expires)",
            ExpressionAttributeNames={**names, "#expires": "expires_at"},
            ExpressionAttributeValues=values,
        )

    def days(self, shop_id: str, first: str, last: str) -> list[dict[str, Any]]:
        """The shop's days from `first` to `last` (YYYY-MM-DD, both included), oldest first."""
        request: dict[str, Any] = {
            "TableName": self.table,
            "KeyConditionExpression": "shop_id = :shop AND #day BETWEEN :first AND :last",
            "ExpressionAttributeNames": {"#day": "day"},
            "ExpressionAttributeValues": {
                ":shop": {"S": shop_id},
                ":first": {"S": first},
                ":last": {"S": last},
            },
        }
        found: list[dict[str, Any]] = []
        while True:
            page = self._client.query(**request)
            found += [from_item(item) for item in page["Items"]]
            if "LastEvaluatedKey" not in page:
                return found
            request["ExclusiveStartKey"] = page["LastEvaluatedKey"]


class StatsKeeper:
    """Adds up a batch of cart changes into one write per shop and day."""

    def __init__(self, store: StatsStore, shops: ShopDirectory) -> None:
        self.store = store
        self.shops = shops

    def record(self, changed: list[tuple[dict[str, Any], dict[str, Any], int]]) -> int:
        """`changed`: (old image, new image, when) per stream record. Returns how many shop
        days were written. At least once: a batch Lambda retries may be counted twice."""
        from kurv.stats import ATTRIBUTION_DAYS, changes, day_of

        totals: dict[tuple[str, str], Counter[str]] = {}
        latest: dict[tuple[str, str], int] = {}
        for old, new, at in changed:
            shop_id = str((new or old).get("shop_id") or "")
            if not shop_id:
                continue
            shop = self.shops.get(shop_id)
            days = shop.attribution_days if shop else ATTRIBUTION_DAYS
            for moment, figure, count in changes(old, new, at=at, attribution_days=days):
                key = (shop_id, day_of(moment))
                totals.setdefault(key, Counter())[figure] += count
                latest[key] = max(latest.get(key, 0), moment)
        for (shop_id, day), counts in totals.items():
            expires = latest[(shop_id, day)] + KEEP_DAYS * 86_400
            self.store.add(shop_id, day, counts, expires_at=expires)
        publish(sum(totals.values(), Counter()))
        return len(totals)


def publish(figures: Counter[str]) -> None:
    """The figures the dashboard draws that no other function sees whole: emails per step
    and recovered revenue per currency, counted as `kurv report` counts them."""
    from aws_lambda_powertools.metrics import MetricUnit

    from kurv.observability import Metric, count_by

    for figure, value in sorted(figures.items()):
        if figure.startswith("emails_step_"):
            count_by(Metric.EMAILS_SENT, "step", figure.removeprefix("emails_step_"), value)
        elif figure.startswith("revenue_cents_"):
            currency = figure.removeprefix("revenue_cents_")
            amount = value / 100
            count_by(Metric.RECOVERED_REVENUE, "currency", currency, amount, MetricUnit.NoUnit)
