"""The carts table, tracking side: what shops and customers tell us about a cart.

One of the two modules that write the carts table (the other, ``claims.py``, is the
sweep's and send's). Writes here: each tracked event (one conditional UpdateItem,
planned by ``cart_updates``), a click on a restore link, and the cart closed by a
one-click opt-out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from botocore.exceptions import ClientError

from kurv.core.addresses import AddressKey
from kurv.core.aws import error_code, error_message, is_throttling
from kurv.core.clock import HOUR
from kurv.core.dynamo import Written, conditional_update
from kurv.core.errors import PayloadTooLarge, RateLimited, TemporarilyUnavailable
from kurv.core.expressions import Update
from kurv.core.model import Closed, cart_key
from kurv.core.shops import Shop
from kurv.track.cart_updates import MAX_EVENT_IDS, Assumptions, Verdict, diagnose, plan_update
from kurv.track.events import Event, OrderCompleted

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


@dataclass(frozen=True)
class StoredContact:
    address_hash: str
    held: bool


class CartStore:
    def __init__(self, client: DynamoDBClient, table: str, addresses: AddressKey) -> None:
        self._client = client
        self.table = table
        self.addresses = addresses

    def apply(self, shop: Shop, event: Event, *, now: int, hold: bool = False) -> Applied:
        """Apply one validated event with (normally) exactly one write. `hold`: for a
        contact, whether its address is held (see cart_updates.plan_update)."""
        t = event.occurred_at if event.occurred_at is not None else now
        key = cart_key(shop.shop_id, event.cart_id)
        assumed = Assumptions()
        for _ in range(_ATTEMPTS):
            update = plan_update(
                shop, event, t=t, now=now, assumed=assumed, addresses=self.addresses, hold=hold
            )
            if update is None:
                return Applied(Outcome.STALE)
            written = self._write(key, update, return_old=isinstance(event, OrderCompleted))
            if written.done:
                return Applied(Outcome.APPLIED, written.old)
            verdict = diagnose(written.old, event, t)
            if verdict is Verdict.DUPLICATE:
                return Applied(Outcome.DUPLICATE)
            if verdict is Verdict.EVENT_LIMIT:
                raise RateLimited(
                    f"this cart already holds {MAX_EVENT_IDS} event ids; stop replaying it",
                    field="event_id",
                    code="cart_event_limit",
                )
            assumed = verdict
        raise TemporarilyUnavailable("the cart changed under us repeatedly; retry the event")

    def admit_storefront_address(self, shop: Shop, *, now: int) -> bool:
        """Count one new address from the shop's storefront this hour; False once the shop's
        `browser_contacts_per_hour` are used up. The counter expires with the hour."""
        hour = now - now % HOUR
        u = Update()
        n = u.name("n")
        u.when(f"attribute_not_exists({n}) OR {n} < {u.value(shop.browser_contacts_per_hour)}")
        u.add("n", 1)
        u.set("expires_at", hour + 2 * HOUR)
        return self._write(f"~storefront-addresses#{shop.shop_id}#{hour}", u).done

    def stored_contact(self, shop_id: str, cart_id: str) -> StoredContact:
        """The keyed hash of the cart's address ("" for none) and whether it is held (one
        small read)."""
        try:
            response = self._client.get_item(
                TableName=self.table,
                Key={"pk": {"S": cart_key(shop_id, cart_id)}},
                ProjectionExpression="email_hash, contact_held",
            )
        except ClientError as error:
            raise _store_error(error) from error
        item = response.get("Item", {})
        return StoredContact(
            str(item.get("email_hash", {}).get("S", "")),
            bool(item.get("contact_held", {}).get("BOOL", False)),
        )

    def record_click(self, shop_id: str, cart_id: str, *, now: int) -> None:
        """A customer followed a restore link. A click on an expired cart creates nothing."""
        u = Update()
        u.when(f"attribute_exists({u.name('pk')})")
        u.set_if_missing("first_click_at", now)
        u.set("last_click_at", now)
        u.add("clicks", 1)
        self._write(cart_key(shop_id, cart_id), u)

    def close_opted_out(self, shop_id: str, cart_id: str, *, now: int) -> None:
        """The customer opted out through this cart's email: no more email for it, ever."""
        u = Update()
        u.when(f"attribute_exists({u.name('pk')})")
        u.set_if_missing("opted_out_at", now)
        u.set_if_missing("closed", Closed.OPTED_OUT)
        u.remove("due_shard")
        self._write(cart_key(shop_id, cart_id), u)

    def close_replied(self, shop_id: str, cart_id: str, *, now: int, reason: str = "other") -> None:
        """The customer answered an email: a person takes over, the series ends. Set at
        once, it also stops an email whose claim is already out (the send gate)."""
        u = Update()
        u.when(f"attribute_exists({u.name('pk')})")
        u.set_if_missing("replied_at", now)
        u.set("last_reply_at", now)
        u.set("last_reply_reason", reason)  # the stats count replies by reason from it
        u.add("replies", 1)
        u.set_if_missing("closed", Closed.REPLIED)
        u.remove("due_shard")
        self._write(cart_key(shop_id, cart_id), u)

    def _write(self, key: str, u: Update, *, return_old: bool = False) -> Written:
        try:
            return conditional_update(self._client, self.table, key, u, return_old=return_old)
        except ClientError as error:
            raise _store_error(error) from error


def _store_error(error: ClientError) -> Exception:
    if is_throttling(error):
        return TemporarilyUnavailable("the cart store is busy; retry shortly")
    if error_code(error) == "ValidationException" and "size" in error_message(error).lower():
        return PayloadTooLarge("the cart would exceed the 400 KB a cart may hold")
    return error
