"""The suppression list: addresses a shop must never email again. Its own table, no TTL.

The only module that writes the suppressions table. Addresses are kept as keyed hashes
only (addresses.AddressKey).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from botocore.exceptions import ClientError

from kurv.core.aws import is_conditional_failure, is_throttling
from kurv.core.dynamo import to_item
from kurv.core.errors import TemporarilyUnavailable

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient


class SuppressionReason(StrEnum):
    OPTED_OUT = "opted_out"
    BOUNCED = "bounced"  # a permanent bounce: the address does not exist
    COMPLAINED = "complained"  # the customer marked an email as spam


class SuppressionStore:
    def __init__(self, client: DynamoDBClient, table: str) -> None:
        self._client = client
        self.table = table

    def suppress(
        self, shop_id: str, address_hash: str, *, reason: SuppressionReason, now: int
    ) -> None:
        """`address_hash` is the keyed hash (addresses.AddressKey), as carts and links carry it."""
        try:
            self._client.put_item(
                TableName=self.table,
                Item=to_item(
                    {
                        "pk": _key(shop_id, address_hash),
                        "shop_id": shop_id,
                        "reason": reason,
                        "suppressed_at": now,
                        # Marks a keyed hash; kurv_tools.migrate re-keys items without it.
                        "keyed": True,
                    }
                ),
                # The first reason and time are the ones worth keeping.
                ConditionExpression="attribute_not_exists(pk)",
            )
        except ClientError as error:
            if is_throttling(error):
                raise TemporarilyUnavailable(
                    "the suppression list is busy; retry shortly"
                ) from error
            if not is_conditional_failure(error):
                raise

    def is_suppressed(self, shop_id: str, address_hash: str) -> bool:
        response = self._client.get_item(
            TableName=self.table,
            Key={"pk": {"S": _key(shop_id, address_hash)}},
            ProjectionExpression="pk",
            ConsistentRead=True,
        )
        return "Item" in response


def _key(shop_id: str, address_hash: str) -> str:
    return f"{shop_id}#{address_hash}"
