"""Re-key address hashes stored by Kurv 0.1 (a plain SHA-256 of the address) with the
deployment's address key: `kurv migrate-address-hashes [--stack NAME]`.

Safe to run while Kurv serves traffic, and to run again: each step is conditional, and
an item already re-keyed is left alone.

- Suppressions: a suppression without ``keyed`` is re-written under the keyed hash of its
  plain hash (which is all it holds), then the old item is deleted. Opt-outs keep their
  first reason and time.
- Carts: a cart with an address gets ``email_hash`` and ``contact_key`` recomputed from
  it. Carts without an address keep theirs and expire with the shop's retention.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from botocore.exceptions import ClientError

from kurv.core.aws import is_conditional_failure
from kurv.core.dynamo import from_item, to_item
from kurv.core.model import AddressKey

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

Progress = Callable[[int], None]  # called with the number of items read so far


@dataclass
class Migrated:
    suppressions: int = 0
    carts: int = 0
    read: int = 0


def migrate_address_hashes(
    dynamodb: DynamoDBClient,
    *,
    suppressions_table: str,
    carts_table: str,
    key: AddressKey,
    progress: Progress = lambda read: None,
) -> Migrated:
    done = Migrated()
    for item in _scan(dynamodb, suppressions_table, done, progress):
        if not item.get("keyed") and _rekey_suppression(dynamodb, suppressions_table, item, key):
            done.suppressions += 1
    for item in _scan(dynamodb, carts_table, done, progress):
        if item.get("email") and _rekey_cart(dynamodb, carts_table, item, key):
            done.carts += 1
    return done


def _scan(
    dynamodb: DynamoDBClient, table: str, done: Migrated, progress: Progress
) -> Iterator[dict[str, Any]]:
    for page in dynamodb.get_paginator("scan").paginate(TableName=table):
        for item in page.get("Items", []):
            done.read += 1
            yield from_item(item)
        progress(done.read)


def _rekey_suppression(
    dynamodb: DynamoDBClient, table: str, item: dict[str, Any], key: AddressKey
) -> bool:
    shop_id, _, plain = str(item["pk"]).rpartition("#")
    if not shop_id or len(plain) != 64:
        return False  # not a Kurv 0.1 suppression
    keyed = {**item, "pk": f"{shop_id}#{key.rekey(plain)}", "keyed": True}
    try:
        dynamodb.put_item(
            TableName=table, Item=to_item(keyed), ConditionExpression="attribute_not_exists(pk)"
        )
    except ClientError as error:
        if not is_conditional_failure(error):
            raise  # already re-keyed (an earlier run, or a new opt-out): keep that one
    dynamodb.delete_item(
        TableName=table,
        Key={"pk": {"S": item["pk"]}},
        ConditionExpression="attribute_not_exists(keyed)",
    )
    return True


def _rekey_cart(
    dynamodb: DynamoDBClient, table: str, item: dict[str, Any], key: AddressKey
) -> bool:
    email, shop_id = str(item["email"]), str(item.get("shop_id", ""))
    new_hash = key.hash(email)
    if item.get("email_hash") == new_hash:
        return False
    values: dict[str, Any] = {":email": {"S": email}, ":hash": {"S": new_hash}}
    expression = "SET email_hash = :hash"
    old_contact = item.get("contact_key")
    if shop_id and old_contact == f"{shop_id}#{item.get('email_hash')}":
        expression += ", contact_key = :contact"
        values[":contact"] = {"S": key.contact_key(shop_id, email)}
    try:
        dynamodb.update_item(
            TableName=table,
            Key={"pk": {"S": item["pk"]}},
            UpdateExpression=expression,
            ConditionExpression="email = :email",
            ExpressionAttributeValues=values,
        )
    except ClientError as error:
        if is_conditional_failure(error):
            return False  # the address changed meanwhile, and was hashed with the key
        raise
    return True
