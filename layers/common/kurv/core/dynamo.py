"""The low-level DynamoDB client, spoken in Python values: items, and updates that may fail.

Only the stores (``cart_store``, ``claims``, ``suppressions``, ``shop_store``) use this.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from boto3.dynamodb.types import TypeDeserializer, TypeSerializer
from botocore.exceptions import ClientError

from kurv.core.aws import is_conditional_failure
from kurv.core.expressions import Update
from kurv.core.model import CartField

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_dynamodb.type_defs import AttributeValueTypeDef

_serializer = TypeSerializer()
_deserializer = TypeDeserializer()


def to_attribute(value: Any) -> AttributeValueTypeDef:
    return _serializer.serialize(value)


def to_item(values: dict[str, Any]) -> dict[str, AttributeValueTypeDef]:
    return {key: to_attribute(value) for key, value in values.items() if value is not None}


def from_item(item: dict[str, Any] | None) -> dict[str, Any]:
    if not item:
        return {}
    return {key: _deserializer.deserialize(value) for key, value in item.items()}


def update_request(u: Update) -> dict[str, Any]:
    """The UpdateItem parameters for `u`: its expressions, names and serialised values."""
    request: dict[str, Any] = {"ExpressionAttributeNames": dict(u.names)}
    if u.update_expression:
        request["UpdateExpression"] = u.update_expression
    if u.values:
        request["ExpressionAttributeValues"] = {
            placeholder: to_attribute(value) for placeholder, value in u.values.items()
        }
    if u.condition_expression:
        request["ConditionExpression"] = u.condition_expression
    return request


@dataclass(frozen=True)
class Written:
    """The outcome of a conditional update: `done`, and the item as it stood before."""

    done: bool
    # On success, the old item if it was asked for; when the condition failed, the item
    # that made it fail (empty if there was none).
    old: dict[str, Any] = field(default_factory=dict)


def conditional_update(
    client: DynamoDBClient, table: str, key: str, u: Update, *, return_old: bool = False
) -> Written:
    """UpdateItem on the carts table's item whose pk is `key`. A failed condition is an
    answer, not an error; any other ClientError is raised for the store to translate."""
    try:
        response = client.update_item(
            TableName=table,
            Key={CartField.PK: {"S": key}},
            ReturnValues="ALL_OLD" if return_old else "NONE",
            ReturnValuesOnConditionCheckFailure="ALL_OLD",
            **update_request(u),
        )
    except ClientError as error:
        if not is_conditional_failure(error):
            raise
        stood: Any = error.response.get("Item")
        return Written(False, from_item(stood))
    return Written(True, from_item(response.get("Attributes")))
