"""The carts table as the reminder loop sees it: the due index, claims and their outcomes.

Every write here is conditional on the claim it belongs to, so a late or repeated worker
changes nothing: at most one email per cart and step, whatever runs twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from botocore.exceptions import ClientError

from kurv.carts import DUE_INDEX, ORDERS_INDEX
from kurv.dynamo import Update, as_int, from_item, is_conditional_failure
from kurv.reminders import CLAIM_LEASE_SECONDS, Cart

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

_CLAIM_FIELDS = ("claim_id", "claim_step", "claimed_at", "sending_step", "uncertain_step")


class Claim(StrEnum):
    CLAIMED = "claimed"
    LOST = "lost"  # changed since we read the index, or another sweep got there first
    RECOVERED = "recovered"  # a dead worker's claim was released and claimed anew


@dataclass(frozen=True)
class Sent:
    step: int
    at: int
    message_id: str  # empty when an earlier attempt's outcome is unknown
    next_due: tuple[int, int] | None  # (due_at, next_delay), or None: the series is done
    seen_activity: int  # the last_activity_at next_due was computed from
    reply_code: str = ""
    problem: str = ""  # why SES refused this step's email, if it did


class ReminderStore:
    def __init__(self, client: DynamoDBClient, table: str) -> None:
        self._client = client
        self.table = table

    # -- the sweep
    def due(
        self, shard: int, now: int, *, limit: int, start: dict[str, Any] | None = None
    ) -> tuple[list[str], dict[str, Any] | None]:
        request: dict[str, Any] = {
            "TableName": self.table,
            "IndexName": DUE_INDEX,
            "Limit": limit,
            "KeyConditionExpression": "due_shard = :shard AND due_at <= :now",
            "ExpressionAttributeValues": {":shard": {"N": str(shard)}, ":now": {"N": str(now)}},
        }
        if start:
            request["ExclusiveStartKey"] = start
        response = self._client.query(**request)
        keys = [item["pk"]["S"] for item in response.get("Items", [])]
        return keys, response.get("LastEvaluatedKey")

    def count_due(self, shard: int, now: int) -> int:
        paginator = self._client.get_paginator("query")
        pages = paginator.paginate(
            TableName=self.table,
            IndexName=DUE_INDEX,
            Select="COUNT",
            KeyConditionExpression="due_shard = :shard AND due_at <= :now",
            ExpressionAttributeValues={":shard": {"N": str(shard)}, ":now": {"N": str(now)}},
        )
        return sum(page.get("Count", 0) for page in pages)

    def claim(self, key: str, *, now: int, claim_id: str) -> Claim:
        """Claim a due cart for its next email; the stream carries the claim to `send`."""
        u = Update()
        due_at, shard = u.name("due_at"), u.name("due_shard")
        u.when(
            f"attribute_exists({shard}) AND {due_at} <= {u.value(now)}"
            f" AND attribute_not_exists({u.name('claim_id')})"
        )
        u.set("claim_id", claim_id)
        u.set("claimed_at", now)
        u.set_expression(
            "claim_step", f"if_not_exists({u.name('reminders_sent')}, {u.value(0)}) + {u.value(1)}"
        )
        u.set("due_at", now + CLAIM_LEASE_SECONDS)  # the lease: due again if the worker dies
        old = self._update(key, u)
        if old is None:
            return Claim.CLAIMED
        stale = old.get("claim_id") and as_int(old.get("claimed_at")) + CLAIM_LEASE_SECONDS <= now
        if not stale or not self._release_stale(key, old):
            return Claim.LOST
        recovered = self.claim(key, now=now, claim_id=claim_id) is Claim.CLAIMED
        return Claim.RECOVERED if recovered else Claim.LOST

    def _release_stale(self, key: str, old: dict[str, Any]) -> bool:
        """Drop a dead worker's claim in its own write, so the next claim is a fresh stream
        event. If it died mid-send, remember the step as uncertain: it may have gone out."""
        u = Update()
        u.when(f"{u.name('claim_id')} = {u.value(old['claim_id'])}")
        for name in ("claim_id", "claim_step", "claimed_at", "sending_step"):
            u.remove(name)
        if old.get("sending_step"):
            u.set("uncertain_step", as_int(old["sending_step"]))
        return self._update(key, u) is None

    # -- send
    def get(self, key: str) -> Cart | None:
        response = self._client.get_item(
            TableName=self.table, Key={"pk": {"S": key}}, ConsistentRead=True
        )
        item = from_item(response.get("Item"))
        return Cart.from_item(item) if item else None

    def ordered_since(self, contact_key: str, since: int) -> bool:
        """Has this address bought from the shop since `since`, on any cart or device?"""
        if not contact_key:
            return False
        response = self._client.query(
            TableName=self.table,
            IndexName=ORDERS_INDEX,
            Limit=1,
            Select="COUNT",
            KeyConditionExpression="contact_key = :contact AND ordered_at >= :since",
            ExpressionAttributeValues={":contact": {"S": contact_key}, ":since": {"N": str(since)}},
        )
        return bool(response.get("Count"))

    def mark_sending(self, cart: Cart, step: int) -> bool:
        """The last gate before SES: still our claim, still open, no newer activity, and
        this step not sent yet. A purchase that landed a moment ago stops it here."""
        u = self._claimed_by(cart.claim_id)
        u.when(
            f"attribute_not_exists({u.name('sending_step')})"
            f" AND attribute_not_exists({u.name('closed')})"
            f" AND attribute_not_exists({u.name('ordered_at')})"
        )
        u.when(f"{u.name('last_activity_at')} <= {u.value(cart.claimed_at)}")
        u.when(
            f"attribute_not_exists({u.name('reminders_sent')})"
            f" OR {u.name('reminders_sent')} < {u.value(step)}"
        )
        u.set("sending_step", step)
        return self._update(cart.key, u) is None

    def unmark_sending(self, cart: Cart) -> bool:
        """SES did not take the message: the claim stays, and a retry may send it."""
        u = self._claimed_by(cart.claim_id)
        u.remove("sending_step")
        return self._update(cart.key, u) is None

    def finish_sent(self, cart: Cart, sent: Sent) -> bool:
        u = self._finishing(cart)
        u.when(f"{u.name('last_activity_at')} = {u.value(sent.seen_activity)}")
        u.set("reminders_sent", sent.step)
        u.set("last_reminder_at", sent.at)
        log = u.name("sent_log")
        entry = {"step": sent.step, "at": sent.at, "message_id": sent.message_id}
        if sent.problem:
            entry["problem"] = sent.problem
            u.set("last_send_problem", sent.problem)
        u.set_expression(
            "sent_log", f"list_append(if_not_exists({log}, {u.value([])}), {u.value([entry])})"
        )
        if sent.reply_code:
            u.set("reply_code", sent.reply_code)
        if sent.next_due is None:
            u.set_if_missing("closed", "series_complete")
            u.remove("due_shard")
        else:
            u.set("due_at", sent.next_due[0])
            u.set("next_delay", sent.next_due[1])
        return self._update(cart.key, u) is None

    def finish_skipped(
        self,
        cart: Cart,
        *,
        close: str = "",
        unindex: bool = False,
        defer_until: int = 0,
    ) -> bool:
        u = self._finishing(cart)
        if close:
            u.set_if_missing("closed", close)
        if close or unindex:
            u.remove("due_shard")
        if defer_until:
            u.set("due_at", defer_until)
        return self._update(cart.key, u) is None

    def release(self, cart: Cart) -> bool:
        """Give the claim back untouched: the customer's activity has set the next due time."""
        return self._update(cart.key, self._finishing(cart)) is None

    def _finishing(self, cart: Cart) -> Update:
        u = self._claimed_by(cart.claim_id)
        for name in _CLAIM_FIELDS:
            u.remove(name)
        return u

    @staticmethod
    def _claimed_by(claim_id: str) -> Update:
        u = Update()
        u.when(f"{u.name('claim_id')} = {u.value(claim_id)}")
        return u

    def _update(self, key: str, u: Update) -> dict[str, Any] | None:
        """Apply `u`; None on success, the old item (possibly empty) if its condition failed."""
        try:
            self._client.update_item(
                TableName=self.table,
                Key={"pk": {"S": key}},
                ReturnValuesOnConditionCheckFailure="ALL_OLD",
                **u.request(),
            )
        except ClientError as error:
            if not is_conditional_failure(error):
                raise
            old: Any = error.response.get("Item")
            return from_item(old)
        return None
