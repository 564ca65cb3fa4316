"""The stats table: one small item per shop and day (UTC) of counters, what `kurv report`
reads. Written by the stats function (from the carts stream, kurv.stats) and the feedback
function (bounces and complaints, kurv.feedback)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from kurv.core.clock import DAY, day_of
from kurv.core.dynamo import from_item
from kurv.core.figures import Tally

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient


# Days are kept about as long as a shop may keep carts (retention_days is at most 400).
KEEP_DAYS = 400


class StatsStore:
    def __init__(self, client: DynamoDBClient, table: str) -> None:
        self._client = client
        self.table = table

    def add(self, shop_id: str, counts: Counter[Tally], *, at: int) -> None:
        """Adds `counts` to the shop's day (UTC) of `at`, creating it when it is the day's
        first. A day is kept KEEP_DAYS after the latest moment counted in it."""
        if not counts:
            return
        day, expires_at = day_of(at), at + KEEP_DAYS * DAY
        attributes = sorted(tally.attribute for tally in counts)
        by_attribute = {tally.attribute: n for tally, n in counts.items()}
        names = {f"#c{n}": name for n, name in enumerate(attributes)}
        values: dict[str, Any] = {
            f":c{n}": {"N": str(by_attribute[name])} for n, name in enumerate(attributes)
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

    def days(self, shop_id: str, first: str, last: str) -> list[Counter[Tally]]:
        """The shop's days from `first` to `last` (YYYY-MM-DD, both included), oldest first,
        each as its tallies."""
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
        found: list[Counter[Tally]] = []
        while True:
            page = self._client.query(**request)
            found += [_tallies(from_item(item)) for item in page["Items"]]
            if "LastEvaluatedKey" not in page:
                return found
            request["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def erase_shop(self, shop_id: str) -> int:
        """Deletes every day of the shop's figures (a shop's erasure); answers how many."""
        request: dict[str, Any] = {
            "TableName": self.table,
            "KeyConditionExpression": "shop_id = :shop",
            "ExpressionAttributeNames": {"#day": "day"},
            "ExpressionAttributeValues": {":shop": {"S": shop_id}},
            "ProjectionExpression": "#day",
        }
        erased = 0
        while True:
            page = self._client.query(**request)
            for item in page["Items"]:
                self._client.delete_item(
                    TableName=self.table,
                    Key={"shop_id": {"S": shop_id}, "day": {"S": item["day"]["S"]}},
                )
                erased += 1
            if "LastEvaluatedKey" not in page:
                return erased
            request["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def _tallies(item: dict[str, Any]) -> Counter[Tally]:
    day: Counter[Tally] = Counter()
    for attribute, value in item.items():
        tally = Tally.read(attribute)
        if tally is not None:
            day[tally] += int(value)
    return day
