"""The carts table and the suppression list: the only places that write tracked state."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from botocore.exceptions import ClientError

from kurv.carts import (
    MAX_EVENT_IDS,
    Assumptions,
    Verdict,
    cart_key,
    diagnose,
    email_hash,
    plan_update,
)
from kurv.dynamo import error_code, from_item, is_conditional_failure, is_throttling, to_item
from kurv.errors import PayloadTooLarge, RateLimited, TemporarilyUnavailable
from kurv.events import Event, OrderCompleted
from kurv.shops import Shop

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

_ATTEMPTS = 4  # each retry follows a concurrent change; more than a few means a hot cart


class Outcome(StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"  # this event_id was applied before: nothing changed
    STALE = "stale"  # older than what the cart holds: nothing changed


@dataclass(frozen=True)
class Applied:
    outcome: Outcome
    # For purchases: the cart as it was just before, to tell a recovered order from an organic one.
    before: dict[str, Any] = field(default_factory=dict)


class CartStore:
    def __init__(self, client: DynamoDBClient, table: str) -> None:
        self._client = client
        self.table = table

    def apply(self, shop: Shop, event: Event, *, now: int) -> Applied:
        """Apply one validated event with (normally) exactly one write."""
        t = event.occurred_at if event.occurred_at is not None else now
        key = {"pk": {"S": cart_key(shop.shop_id, event.cart_id)}}
        assumed = Assumptions()
        for _ in range(_ATTEMPTS):
            update = plan_update(shop, event, t=t, now=now, assumed=assumed)
            if update is None:
                return Applied(Outcome.STALE)
            try:
                response = self._client.update_item(
                    TableName=self.table,
                    Key=key,
                    ReturnValues="ALL_OLD" if isinstance(event, OrderCompleted) else "NONE",
                    ReturnValuesOnConditionCheckFailure="ALL_OLD",
                    **update.request(),
                )
                return Applied(Outcome.APPLIED, from_item(response.get("Attributes")))
            except ClientError as error:
                if not is_conditional_failure(error):
                    raise _store_error(error) from error
                old_item: Any = error.response.get("Item")
                verdict = diagnose(from_item(old_item), event, t)
            if verdict == Verdict.DUPLICATE:
                return Applied(Outcome.DUPLICATE)
            if verdict == Verdict.EVENT_LIMIT:
                raise RateLimited(
                    f"this cart already holds {MAX_EVENT_IDS} event ids; stop replaying it",
                    field="event_id",
                    code="cart_event_limit",
                )
            assert isinstance(verdict, Assumptions)
            assumed = verdict
        raise TemporarilyUnavailable("the cart changed under us repeatedly; retry the event")


class SuppressionStore:
    """Addresses a shop must never email again. No TTL: an opt-out is for good."""

    def __init__(self, client: DynamoDBClient, table: str) -> None:
        self._client = client
        self.table = table

    def suppress(self, shop_id: str, email: str, *, reason: str, now: int) -> None:
        self.suppress_hash(shop_id, email_hash(email), reason=reason, now=now)

    def suppress_hash(self, shop_id: str, address_hash: str, *, reason: str, now: int) -> None:
        try:
            self._client.put_item(
                TableName=self.table,
                Item=to_item(
                    {
                        "pk": f"{shop_id}#{address_hash}",
                        "shop_id": shop_id,
                        "reason": reason,
                        "suppressed_at": now,
                    }
                ),
                # The first reason and time are the ones worth keeping.
                ConditionExpression="attribute_not_exists(pk)",
            )
        except ClientError as error:
            if not is_conditional_failure(error):
                raise _store_error(error) from error

    def is_suppressed(self, shop_id: str, address_hash: str) -> bool:
        response = self._client.get_item(
            TableName=self.table,
            Key={"pk": {"S": f"{shop_id}#{address_hash}"}},
            ProjectionExpression="pk",
            ConsistentRead=True,
        )
        return "Item" in response


def _store_error(error: ClientError) -> Exception:
    if is_throttling(error):
        return TemporarilyUnavailable("the cart store is busy; retry shortly")
    message = str(error.response.get("Error", {}).get("Message", ""))
    if error_code(error) == "ValidationException" and "size" in message.lower():
        return PayloadTooLarge("the cart would exceed the 400 KB a cart may hold")
    return error
