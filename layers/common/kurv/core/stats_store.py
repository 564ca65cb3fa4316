"""The stats table: one small item per shop and day (UTC) of counters, what `kurv report`
reads. Written by the stats function (from the carts stream, kurv.stats) and the feedback
function (bounces and complaints, kurv.feedback)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from kurv.core.dynamo import from_item

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient


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
