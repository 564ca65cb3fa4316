"""`kurv forget`: erase one person's data for one shop (GDPR art. 17), and say what went.

Kurv knows a customer by a keyed hash of their address (model.AddressKey), so erasure
walks the carts table once (a Scan, filtered; a rare, deliberate act, shown with its
progress), then deletes:

- every cart of that address at that shop (items, prices, clicks and the order record go
  with it), the pointer its reply address used, and the address's series item;
- every reply from that address or to one of those carts, in the replies table and, as SES
  stored it, in the reply bucket.

An opt-out, bounce or complaint stays on the suppression list: it holds only the keyed
hash, and it is what keeps Kurv from writing to the person again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kurv.core.model import AddressKey, reply_pointer_key, series_key


@dataclass(frozen=True)
class Erased:
    carts: int
    replies: int
    raw_messages: int
    suppressed: str  # the suppression's reason, kept; "" when there is none
    scanned: int


def forget(
    *,
    dynamodb: Any,
    s3: Any | None,
    carts_table: str,
    replies_table: str,
    suppressions_table: str,
    reply_bucket: str,
    key: AddressKey,
    shop_id: str,
    email: str,
    progress: Callable[[int, int], None] = lambda scanned, total: None,
) -> Erased:
    hashed = key.hash(email)
    carts, scanned = _carts_of(dynamodb, carts_table, shop_id, hashed, progress)
    for cart in carts:
        dynamodb.delete_item(TableName=carts_table, Key={"pk": {"S": cart["pk"]["S"]}})
        code = cart.get("reply_code", {}).get("S")
        if code:
            pointer = reply_pointer_key(shop_id, code)
            dynamodb.delete_item(TableName=carts_table, Key={"pk": {"S": pointer}})
    dynamodb.delete_item(TableName=carts_table, Key={"pk": {"S": series_key(shop_id, hashed)}})
    cart_ids = {cart["cart_id"]["S"] for cart in carts if "cart_id" in cart}
    replies = _replies_of(dynamodb, replies_table, shop_id, email, cart_ids)
    raw = 0
    for reply in replies:
        dynamodb.delete_item(
            TableName=replies_table,
            Key={"shop_id": {"S": shop_id}, "sk": {"S": reply["sk"]["S"]}},
        )
        if s3 is not None and reply_bucket:
            s3.delete_object(Bucket=reply_bucket, Key="replies/" + reply["message_id"]["S"])
            raw += 1
    kept = dynamodb.get_item(
        TableName=suppressions_table, Key={"pk": {"S": f"{shop_id}#{hashed}"}}
    ).get("Item", {})
    return Erased(
        carts=len(carts),
        replies=len(replies),
        raw_messages=raw,
        suppressed=kept.get("reason", {}).get("S", ""),
        scanned=scanned,
    )


def _carts_of(
    dynamodb: Any,
    table: str,
    shop_id: str,
    hashed: str,
    progress: Callable[[int, int], None],
) -> tuple[list[dict[str, Any]], int]:
    total = int(dynamodb.describe_table(TableName=table)["Table"].get("ItemCount", 0))
    request: dict[str, Any] = {
        "TableName": table,
        "FilterExpression": "shop_id = :shop AND email_hash = :hash",
        "ExpressionAttributeValues": {":shop": {"S": shop_id}, ":hash": {"S": hashed}},
        "ProjectionExpression": "pk, cart_id, reply_code",
    }
    found: list[dict[str, Any]] = []
    scanned = 0
    while True:
        page = dynamodb.scan(**request)
        found += page["Items"]
        scanned += page["ScannedCount"]
        progress(scanned, max(total, scanned))
        if "LastEvaluatedKey" not in page:
            return found, scanned
        request["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def _replies_of(
    dynamodb: Any, table: str, shop_id: str, email: str, cart_ids: set[str]
) -> list[dict[str, Any]]:
    request: dict[str, Any] = {
        "TableName": table,
        "KeyConditionExpression": "shop_id = :shop",
        "ExpressionAttributeValues": {":shop": {"S": shop_id}},
        "ProjectionExpression": "sk, message_id, cart_id, from_address",
    }
    found = []
    while True:
        page = dynamodb.query(**request)
        found += [
            item
            for item in page["Items"]
            if item.get("cart_id", {}).get("S") in cart_ids
            or item.get("from_address", {}).get("S", "").lower() == email.lower()
        ]
        if "LastEvaluatedKey" not in page:
            return found
        request["ExclusiveStartKey"] = page["LastEvaluatedKey"]
