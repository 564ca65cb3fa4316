"""The suppression list: addresses a shop must never email again. Its own table, no TTL.

The only module that writes the suppressions table. Addresses are kept as keyed hashes
only (addresses.AddressKey).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from botocore.exceptions import ClientError

from kurv.core.aws import is_conditional_failure, is_throttling
from kurv.core.dynamo import from_item, to_item
from kurv.core.errors import TemporarilyUnavailable

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

    from kurv.core.addresses import AddressKey

Progress = Callable[[int], None]  # called with the number of items read so far


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
                        # Marks a keyed hash; rekey_legacy re-keys items without it.
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

    def reason(self, shop_id: str, address_hash: str) -> SuppressionReason | None:
        """Why the address is suppressed for the shop, or None when it is not."""
        item = self._client.get_item(
            TableName=self.table, Key={"pk": {"S": _key(shop_id, address_hash)}}
        ).get("Item", {})
        reason = item.get("reason", {}).get("S")
        return SuppressionReason(reason) if reason else None

    def details(self, shop_id: str, address_hash: str) -> dict[str, Any]:
        """The suppression as stored (reason, when), {} when there is none: kurv export."""
        item = self._client.get_item(
            TableName=self.table, Key={"pk": {"S": _key(shop_id, address_hash)}}
        ).get("Item")
        return {key: value for key, value in from_item(item).items() if key != "keyed"}

    def rekey_legacy(self, key: AddressKey, *, progress: Progress = lambda read: None) -> int:
        """Re-writes Kurv 0.1's suppressions (a plain SHA-256 of the address, no ``keyed``)
        under the keyed hash of that plain hash, then deletes the old item. Safe to repeat
        and to run beside traffic: a newer suppression under the keyed hash is kept. Returns
        how many were re-keyed."""
        rekeyed = read = 0
        for page in self._client.get_paginator("scan").paginate(TableName=self.table):
            for raw in page.get("Items", []):
                read += 1
                item = from_item(raw)
                if not item.get("keyed") and self._rekey(item, key):
                    rekeyed += 1
            progress(read)
        return rekeyed

    def _rekey(self, item: dict[str, Any], key: AddressKey) -> bool:
        shop_id, _, plain = str(item["pk"]).rpartition("#")
        if not shop_id or len(plain) != 64:
            return False  # not a Kurv 0.1 suppression
        keyed = {**item, "pk": _key(shop_id, key.rekey(plain)), "keyed": True}
        try:
            self._client.put_item(
                TableName=self.table,
                Item=to_item(keyed),
                ConditionExpression="attribute_not_exists(pk)",
            )
        except ClientError as error:
            if not is_conditional_failure(error):
                raise  # already re-keyed (an earlier run, or a new opt-out): keep that one
        self._client.delete_item(
            TableName=self.table,
            Key={"pk": {"S": item["pk"]}},
            ConditionExpression="attribute_not_exists(keyed)",
        )
        return True


def _key(shop_id: str, address_hash: str) -> str:
    return f"{shop_id}#{address_hash}"
