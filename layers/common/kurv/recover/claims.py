"""The carts table, claim and send side: the due index, claims and what became of them.

One of the two modules that write the carts table (the other, ``cart_store.py``, records
what shops and customers tell us). The sweep claims a due cart here; send reads it, marks
it just before SES and records the outcome. Every write after the claim is conditional on
that claim, so a late or repeated worker changes nothing: at most one email per cart and
step, whatever runs twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from kurv.core.clock import MINUTE
from kurv.core.dynamo import Written, conditional_update, from_item
from kurv.core.expressions import Update
from kurv.core.model import (
    DUE_INDEX,
    ORDERS_INDEX,
    Arm,
    Cart,
    CartField,
    CartGroup,
    Closed,
    Source,
    as_int,
    reply_pointer_key,
    series_key,
)
from kurv.recover.decisions import SEND_GATE

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

# A claim not finished within this long is taken to have died with its worker.
CLAIM_LEASE_SECONDS = 15 * MINUTE
_CLAIM_FIELDS = (
    CartField.CLAIM_ID,
    CartField.CLAIM_STEP,
    CartField.CLAIMED_AT,
    CartField.SENDING_STEP,
    CartField.UNCERTAIN_STEP,
)


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


class ClaimStore:
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
            **_due_by(shard, now),
        }
        if start:
            request["ExclusiveStartKey"] = start
        response = self._client.query(**request)
        keys = [item[CartField.PK]["S"] for item in response.get("Items", [])]
        return keys, response.get("LastEvaluatedKey")

    def count_due(self, shard: int, now: int) -> int:
        pages = self._client.get_paginator("query").paginate(
            TableName=self.table, IndexName=DUE_INDEX, Select="COUNT", **_due_by(shard, now)
        )
        return sum(page.get("Count", 0) for page in pages)

    def claim(self, key: str, *, now: int, claim_id: str) -> Claim:
        """Claim a due cart for its next email; the stream carries the claim to `send`."""
        u = Update()
        due_at, shard = u.name(CartField.DUE_AT), u.name(CartField.DUE_SHARD)
        u.when(
            f"attribute_exists({shard}) AND {due_at} <= {u.value(now)}"
            f" AND attribute_not_exists({u.name(CartField.CLAIM_ID)})"
        )
        u.set(CartField.CLAIM_ID, claim_id)
        u.set(CartField.CLAIMED_AT, now)
        u.set_expression(
            CartField.CLAIM_STEP,
            f"if_not_exists({u.name(CartField.REMINDERS_SENT)}, {u.value(0)}) + {u.value(1)}",
        )
        u.set(
            CartField.DUE_AT, now + CLAIM_LEASE_SECONDS
        )  # the lease: due again if the worker dies
        written = self._write(key, u)
        if written.done:
            return Claim.CLAIMED
        old = written.old
        stale = (
            old.get(CartField.CLAIM_ID)
            and as_int(old.get(CartField.CLAIMED_AT)) + CLAIM_LEASE_SECONDS <= now
        )
        if not stale or not self._release_stale(key, old):
            return Claim.LOST
        recovered = self.claim(key, now=now, claim_id=claim_id) is Claim.CLAIMED
        return Claim.RECOVERED if recovered else Claim.LOST

    def _release_stale(self, key: str, old: dict[str, Any]) -> bool:
        """Drop a dead worker's claim in its own write, so the next claim is a fresh stream
        event. If it died mid-send, remember the step as uncertain: it may have gone out."""
        u = Update()
        u.when(f"{u.name(CartField.CLAIM_ID)} = {u.value(old[CartField.CLAIM_ID])}")
        for name in (
            CartField.CLAIM_ID,
            CartField.CLAIM_STEP,
            CartField.CLAIMED_AT,
            CartField.SENDING_STEP,
        ):
            u.remove(name)
        if old.get(CartField.SENDING_STEP):
            u.set(CartField.UNCERTAIN_STEP, as_int(old[CartField.SENDING_STEP]))
        return self._write(key, u).done

    # -- send
    def claim_series(self, cart: Cart, *, until: int, now: int) -> int:
        """Claim the address's one series (per shop) for this cart until `until`: 0 when it
        is this cart's now, else until when another cart of the address holds it. A cart
        whose address a signed call named takes the series from one the storefront named
        (anyone can give a cart a stranger's address). The claim expires by TTL."""
        u = Update()
        holder, until_name = u.name(CartField.CART_ID), u.name(CartField.EXPIRES_AT)
        free = (
            f"attribute_not_exists({u.name(CartField.PK)}) OR {until_name} <= {u.value(now)}"
            f" OR {holder} = {u.value(cart.cart_id)}"
        )
        if cart.contact_from is Source.SIGNED:
            holder_from = u.name(CartField.CONTACT_FROM)
            free += f" OR {holder_from} = {u.value(Source.STOREFRONT)}"
        u.when(free)
        u.set(CartField.CART_ID, cart.cart_id)
        u.set(CartField.EXPIRES_AT, until)
        u.set(CartField.CONTACT_FROM, cart.contact_from)
        written = self._write(series_key(cart.shop_id, cart.email_hash), u)
        return 0 if written.done else as_int(written.old.get(CartField.EXPIRES_AT))

    def get(self, key: str) -> Cart | None:
        response = self._client.get_item(
            TableName=self.table, Key={CartField.PK: {"S": key}}, ConsistentRead=True
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
            KeyConditionExpression=(
                f"{CartField.CONTACT_KEY} = :contact AND {CartField.ORDERED_AT} >= :since"
            ),
            ExpressionAttributeValues={":contact": {"S": contact_key}, ":since": {"N": str(since)}},
        )
        return bool(response.get("Count"))

    def mark_sending(
        self,
        cart: Cart,
        step: int,
        *,
        assign: CartGroup | None = None,
        now: int = 0,
        joins: tuple[str, Arm] | None = None,
    ) -> bool:
        """The last gate before SES: still our claim, and every guard of the send gate
        (decisions.SEND_GATE) still true of the stored cart. A purchase that landed a
        moment ago stops the email here. `assign`: the cart's group, decided at `now`
        with this claim (its first due email), written with the mark; `joins`, the
        experiment and arm it joins with it."""
        u = self._claimed_by(cart.claim_id)
        for guard in SEND_GATE:
            u.when(guard.condition(u, cart, step))
        u.set(CartField.SENDING_STEP, step)
        _assign(u, assign, now)
        if assign is not None and joins is not None:
            u.set(CartField.EXPERIMENT, joins[0])
            u.set(CartField.ARM, joins[1])
        return self._write(cart.key, u).done

    def unmark_sending(self, cart: Cart) -> bool:
        """SES did not take the message: the claim stays, and a retry may send it."""
        u = self._claimed_by(cart.claim_id)
        u.remove(CartField.SENDING_STEP)
        return self._write(cart.key, u).done

    def point_replies(self, cart: Cart, reply_code: str) -> None:
        """Ties the reply address's code to this cart before its first email goes out, so
        a reply finds its cart. The same code and cart every time: a repeat changes nothing."""
        self._client.put_item(
            TableName=self.table,
            Item={
                CartField.PK: {"S": reply_pointer_key(cart.shop_id, reply_code)},
                CartField.SHOP_ID: {"S": cart.shop_id},
                CartField.CART_ID: {"S": cart.cart_id},
                CartField.EXPIRES_AT: {"N": str(cart.expires_at)},
            },
        )

    def erase_reply_pointer(self, shop_id: str, reply_code: str) -> None:
        """Forgets which cart a reply code named (kurv forget)."""
        self._client.delete_item(
            TableName=self.table,
            Key={CartField.PK: {"S": reply_pointer_key(shop_id, reply_code)}},
        )

    def erase_series(self, shop_id: str, address_hash: str) -> None:
        """Forgets which cart holds an address's series (kurv forget)."""
        self._client.delete_item(
            TableName=self.table, Key={CartField.PK: {"S": series_key(shop_id, address_hash)}}
        )

    def cart_for_reply(self, shop_id: str, reply_code: str) -> str | None:
        """The cart whose emails carry this reply code, or None for a code we never sent."""
        response = self._client.get_item(
            TableName=self.table,
            Key={CartField.PK: {"S": reply_pointer_key(shop_id, reply_code)}},
            ProjectionExpression=CartField.CART_ID,
        )
        cart_id = response.get("Item", {}).get(CartField.CART_ID, {}).get("S")
        return str(cart_id) if cart_id else None

    def finish_sent(self, cart: Cart, sent: Sent) -> bool:
        u = self._finishing(cart)
        u.when(f"{u.name(CartField.LAST_ACTIVITY_AT)} = {u.value(sent.seen_activity)}")
        u.set(CartField.REMINDERS_SENT, sent.step)
        u.set(CartField.LAST_REMINDER_AT, sent.at)
        log = u.name(CartField.SENT_LOG)
        entry: dict[str, Any] = {"step": sent.step, "at": sent.at, "message_id": sent.message_id}
        if sent.problem:
            entry["problem"] = sent.problem
            u.set(CartField.LAST_SEND_PROBLEM, sent.problem)
        u.set_expression(
            CartField.SENT_LOG,
            f"list_append(if_not_exists({log}, {u.value([])}), {u.value([entry])})",
        )
        if sent.reply_code:
            u.set(CartField.REPLY_CODE, sent.reply_code)
        if sent.next_due is not None:
            u.set(CartField.DUE_AT, sent.next_due[0])
            u.set(CartField.NEXT_DELAY, sent.next_due[1])
        elif not cart.awaits_check_in:  # else the due index now holds the order's check-in
            # An order may have landed while this email was out: its check-in keeps the cart
            # in the index (send reads the cart again and writes the record without this).
            u.when(f"attribute_not_exists({u.name(CartField.CHECK_IN_DUE)})")
            u.set_if_missing(CartField.CLOSED, Closed.SERIES_COMPLETE)
            u.remove(CartField.DUE_SHARD)
        return self._write(cart.key, u).done

    def finish_check_in(
        self, cart: Cart, *, at: int, problem: str = "", reply_code: str = ""
    ) -> bool:
        """The check-in after an order went out (or may have): once per cart, ever. It
        leaves the due index, and the series' own record (reminders_sent,
        last_reminder_at: what "recovered" is timed from) stays as it was."""
        u = self._finishing(cart)
        u.set_if_missing(CartField.CHECK_IN_SENT_AT, at)
        if problem:
            u.set(CartField.LAST_SEND_PROBLEM, problem)
        if reply_code:
            u.set(CartField.REPLY_CODE, reply_code)
        u.remove(CartField.DUE_SHARD)
        return self._write(cart.key, u).done

    def finish_skipped(
        self,
        cart: Cart,
        *,
        close: Closed | None = None,
        unindex: bool = False,
        assign: CartGroup | None = None,
        now: int = 0,
    ) -> bool:
        """No email for this claim: close the cart, or only leave the due index. `assign`:
        the cart's group, decided at `now` with this claim (the holdout's control group
        leaves the due index open, not closed: its orders count like any cart's)."""
        u = self._finishing(cart)
        _assign(u, assign, now)
        if close is not None:
            u.set_if_missing(CartField.CLOSED, close)
        if close is not None or unindex:
            u.remove(CartField.DUE_SHARD)
        return self._write(cart.key, u).done

    def defer(self, cart: Cart, *, until: int) -> bool:
        """Finish the claim and look again at `until`, unless the customer acts before."""
        u = self._finishing(cart)
        u.set(CartField.DUE_AT, until)
        return self._write(cart.key, u).done

    def release(self, cart: Cart) -> bool:
        """Give the claim back untouched: the customer's activity has set the next due time."""
        return self._write(cart.key, self._finishing(cart)).done

    def _finishing(self, cart: Cart) -> Update:
        u = self._claimed_by(cart.claim_id)
        for name in _CLAIM_FIELDS:
            u.remove(name)
        return u

    @staticmethod
    def _claimed_by(claim_id: str) -> Update:
        u = Update()
        u.when(f"{u.name(CartField.CLAIM_ID)} = {u.value(claim_id)}")
        return u

    def _write(self, key: str, u: Update) -> Written:
        return conditional_update(self._client, self.table, key, u)


def _assign(u: Update, group: CartGroup | None, now: int) -> None:
    """A cart's group is set once and never changes (recover.holdout)."""
    if group is not None:
        u.when(f"attribute_not_exists({u.name(CartField.GROUP)})")
        u.set(CartField.GROUP, group)
        u.set(CartField.ASSIGNED_AT, now)


def _due_by(shard: int, now: int) -> dict[str, Any]:
    return {
        "KeyConditionExpression": f"{CartField.DUE_SHARD} = :shard AND {CartField.DUE_AT} <= :now",
        "ExpressionAttributeValues": {":shard": {"N": str(shard)}, ":now": {"N": str(now)}},
    }
