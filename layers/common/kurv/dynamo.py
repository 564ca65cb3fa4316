"""Small helpers over the low-level DynamoDB client: typed items and update expressions."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from boto3.dynamodb.types import TypeDeserializer, TypeSerializer
from botocore.exceptions import ClientError

if TYPE_CHECKING:
    from mypy_boto3_dynamodb.type_defs import AttributeValueTypeDef

_serializer = TypeSerializer()
_deserializer = TypeDeserializer()

THROTTLING_CODES = frozenset(
    {
        "ProvisionedThroughputExceededException",
        "ThrottlingException",
        "RequestLimitExceeded",
        "InternalServerError",
        "ServiceUnavailable",
    }
)


def to_attribute(value: Any) -> AttributeValueTypeDef:
    return _serializer.serialize(value)


def to_item(values: dict[str, Any]) -> dict[str, AttributeValueTypeDef]:
    return {key: to_attribute(value) for key, value in values.items() if value is not None}


def from_item(item: dict[str, Any] | None) -> dict[str, Any]:
    if not item:
        return {}
    return {key: _deserializer.deserialize(value) for key, value in item.items()}


def error_code(error: ClientError) -> str:
    return str(error.response.get("Error", {}).get("Code", ""))


def is_conditional_failure(error: ClientError) -> bool:
    return error_code(error) == "ConditionalCheckFailedException"


def is_throttling(error: ClientError) -> bool:
    return error_code(error) in THROTTLING_CODES


def as_int(value: Any, default: int = 0) -> int:
    """DynamoDB numbers arrive as Decimal; our timestamps and counters are whole numbers."""
    if value is None:
        return default
    return int(Decimal(value))


class Update:
    """Builds an UpdateItem request with a placeholder for every name and value.

    >>> u = Update()
    >>> u.set("due_at", 5)
    >>> u.when(f"attribute_not_exists({u.name('closed')})")
    """

    def __init__(self) -> None:
        self._names: dict[str, str] = {}
        self._values: dict[str, AttributeValueTypeDef] = {}
        self._set: list[str] = []
        self._remove: list[str] = []
        self._add: list[str] = []
        self._conditions: list[str] = []

    def name(self, attribute: str) -> str:
        placeholder = f"#{attribute}"
        self._names[placeholder] = attribute
        return placeholder

    def value(self, value: Any) -> str:
        placeholder = f":v{len(self._values)}"
        self._values[placeholder] = to_attribute(value)
        return placeholder

    def set(self, attribute: str, value: Any) -> None:
        self._set.append(f"{self.name(attribute)} = {self.value(value)}")

    def set_expression(self, attribute: str, expression: str) -> None:
        """SET with a computed right-hand side, e.g. ``if_not_exists(#next_delay, :v1) + :v2``."""
        self._set.append(f"{self.name(attribute)} = {expression}")

    def set_if_missing(self, attribute: str, value: Any) -> None:
        placeholder = self.name(attribute)
        self._set.append(f"{placeholder} = if_not_exists({placeholder}, {self.value(value)})")

    def remove(self, attribute: str) -> None:
        self._remove.append(self.name(attribute))

    def add(self, attribute: str, value: Any) -> None:
        self._add.append(f"{self.name(attribute)} {self.value(value)}")

    def when(self, condition: str) -> None:
        self._conditions.append(f"({condition})")

    def missing_or_at_most(self, attribute: str, value: Any) -> str:
        name = self.name(attribute)
        return f"attribute_not_exists({name}) OR {name} <= {self.value(value)}"

    def request(self) -> dict[str, Any]:
        clauses = []
        if self._set:
            clauses.append("SET " + ", ".join(self._set))
        if self._remove:
            clauses.append("REMOVE " + ", ".join(self._remove))
        if self._add:
            clauses.append("ADD " + ", ".join(self._add))
        request: dict[str, Any] = {
            "UpdateExpression": " ".join(clauses),
            "ExpressionAttributeNames": dict(self._names),
        }
        if self._values:
            request["ExpressionAttributeValues"] = dict(self._values)
        if self._conditions:
            request["ConditionExpression"] = " AND ".join(self._conditions)
        return request
