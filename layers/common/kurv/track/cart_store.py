"""The carts table, tracking side: what shops and customers tell us about a cart.

One of the two modules that write the carts table (the other, ``claims.py``, is the
sweep's and send's). Writes here: each tracked event (one conditional UpdateItem,
planned by ``cart_updates``), a click on a restore link, the cart closed by a
one-click opt-out, and `kurv send-test`'s sample carts (``SampleCarts``).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from botocore.exceptions import ClientError

from kurv.core.addresses import AddressKey, vouched
from kurv.core.aws import error_code, error_message, is_conditional_failure, is_throttling
from kurv.core.clock import DAY, HOUR
from kurv.core.dynamo import Written, conditional_update, from_item
from kurv.core.errors import PayloadTooLarge, RateLimited, TemporarilyUnavailable
from kurv.core.expressions import Update
from kurv.core.model import (
    SAMPLE_CART_PREFIX,
    CartField,
    Closed,
    Source,
    cart_key,
    series_key,
    shop_item_prefixes,
    storefront_counter_key,
)
from kurv.core.observability import logger
from kurv.core.shops import Shop
from kurv.track.cart_updates import MAX_EVENT_IDS, Assumptions, Verdict, diagnose, plan_update
from kurv.track.events import (
    CheckoutContact,
    Event,
    OrderCancelled,
    OrderCompleted,
    OrderRefunded,
)

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

_ATTEMPTS = 4  # each retry follows a concurrent change; more than a few means a hot cart


class Outcome(StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"  # this event_id was applied before: nothing changed
    STALE = "stale"  # older than what the cart holds: nothing changed
    IGNORED = "ignored"  # a storefront contact on a cart with another's address: nothing changed


@dataclass(frozen=True)
class Applied:
    outcome: Outcome
    # For purchases: the cart as it was just before, to tell a recovered order from an organic one.
    before: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PersonsCart:
    """A cart of one address at one shop, as erasure needs it (kurv forget)."""

    cart_id: str
    reply_code: str


Progress = Callable[[int, int], None]  # (items read so far, about how many there are)


@dataclass(frozen=True)
class StoredContact:
    address_hash: str
    held: bool
    by_storefront: bool = False  # marked as named by the storefront
    closed: bool = False


class CartStore:
    def __init__(self, client: DynamoDBClient, table: str, addresses: AddressKey) -> None:
        self._client = client
        self.table = table
        self.addresses = addresses

    def apply(
        self,
        shop: Shop,
        event: Event,
        *,
        now: int,
        hold: bool = False,
        source: Source = Source.SIGNED,
    ) -> Applied:
        """Apply one validated event with (normally) exactly one write. `hold`: for a
        contact, whether its address is held; `source`: who told it (see
        cart_updates.plan_update)."""
        t = event.occurred_at if event.occurred_at is not None else now
        key = cart_key(shop.shop_id, event.cart_id)
        storefront_address = (
            self.addresses.hash(event.email)
            if source is Source.STOREFRONT and isinstance(event, CheckoutContact)
            else ""
        )
        assumed = Assumptions()
        for _ in range(_ATTEMPTS):
            update = plan_update(
                shop,
                event,
                t=t,
                now=now,
                assumed=assumed,
                addresses=self.addresses,
                hold=hold,
                source=source,
            )
            if update is None:
                return Applied(Outcome.STALE)
            written = self._write(key, update, return_old=isinstance(event, OrderCompleted))
            if written.done:
                if isinstance(event, OrderCompleted) and source is Source.SIGNED:
                    self._vouch_for_buyer(key, written.old)
                    self._credit_holdout(shop, event, written.old, t=t)
                return Applied(Outcome.APPLIED, written.old)
            verdict = diagnose(written.old, event, t, storefront_address=storefront_address)
            if verdict is Verdict.DUPLICATE:
                return Applied(Outcome.DUPLICATE)
            if verdict is Verdict.ADDRESS_TAKEN:
                return Applied(Outcome.IGNORED)
            if isinstance(event, OrderRefunded | OrderCancelled) and (
                CartField.ORDERED_AT not in written.old
            ):
                return Applied(Outcome.IGNORED)  # no order of this cart's known: nothing undone
            if verdict is Verdict.EVENT_LIMIT:
                raise RateLimited(
                    f"this cart already holds {MAX_EVENT_IDS} event ids; stop replaying it",
                    field="event_id",
                    code="cart_event_limit",
                )
            assumed = verdict
        raise TemporarilyUnavailable("the cart changed under us repeatedly; retry the event")

    def _vouch_for_buyer(self, key: str, before: dict[str, Any]) -> None:
        """A signed order on a cart whose address only the storefront named: the shop has
        vouched for who bought, so the order is filed where every cart of that address looks
        (core.addresses.orders_to_check). A second write, only in this case."""
        stored = str(before.get(CartField.CONTACT_KEY) or "")
        if not stored or vouched(stored) == stored:
            return
        u = Update()
        u.when(f"{u.name(CartField.CONTACT_KEY)} = {u.value(stored)}")
        u.set(CartField.CONTACT_KEY, vouched(stored))
        self._write(key, u)  # a failed condition: the order's own email set it meanwhile

    def _credit_holdout(
        self, shop: Shop, event: OrderCompleted, before: dict[str, Any], *, t: int
    ) -> None:
        """The holdout counts an order for a cart in either group when its address bought
        within the attribution window after the cart became due, on that cart or another
        (kurv.stats.counting). An order on a cart outside the holdout is credited here to the
        cart holding its address's series (claims.claim_series: both groups hold it alike),
        once per cart. Only a signed order names a buyer; the storefront's never do."""
        if CartField.GROUP in before:
            return  # a cart in the holdout: its own order counts for it
        address_hash = (
            self.addresses.hash(event.email)
            if event.email
            else str(before.get(CartField.EMAIL_HASH) or "")
        )
        if not address_hash:
            return
        response = self._client.get_item(
            TableName=self.table,
            Key={CartField.PK: {"S": series_key(shop.shop_id, address_hash)}},
            ProjectionExpression=CartField.CART_ID,
        )
        holder = from_item(response.get("Item")).get(CartField.CART_ID)
        if not holder or holder == event.cart_id:
            return
        u = Update()
        assigned = u.name(CartField.ASSIGNED_AT)
        converted = u.name(CartField.CONVERTED_AT)
        order = u.name(CartField.CONVERTED_ORDER)
        u.when(f"attribute_exists({u.name(CartField.GROUP)})")
        u.when(f"attribute_not_exists({u.name(CartField.ORDERED_AT)})")  # its own order counts
        u.when(f"{assigned} BETWEEN {u.value(t - shop.attribution_days * DAY)} AND {u.value(t)}")
        # Once per cart; the same order told again may still bring its total.
        total = u.name(CartField.CONVERTED_TOTAL)
        u.when(
            f"attribute_not_exists({converted}) OR ({order} = {u.value(event.order_id)}"
            f" AND attribute_not_exists({total}))"
        )
        u.set_if_missing(CartField.CONVERTED_AT, t)
        u.set(CartField.CONVERTED_ORDER, event.order_id)
        if event.total is not None:
            u.set(CartField.CONVERTED_TOTAL, event.total)
            # The ordering cart's currency; a cart that only knows its order (a new device)
            # has none: then the credited cart's own, else the shop's.
            currency = before.get(CartField.CURRENCY)
            if currency:
                u.set(CartField.CONVERTED_CURRENCY, str(currency))
            else:
                u.set_expression(
                    CartField.CONVERTED_CURRENCY,
                    f"if_not_exists({u.name(CartField.CURRENCY)}, {u.value(shop.currency)})",
                )
        try:  # a failed condition: nothing to credit
            self._write(cart_key(shop.shop_id, str(holder)), u)
        except TemporarilyUnavailable:
            # The order itself is applied; only the holdout's count misses it.
            logger.warning("holdout credit not written", extra={"shop_id": shop.shop_id})

    def admit_storefront_address(self, shop: Shop, *, now: int) -> bool:
        """Count one new address from the shop's storefront this hour; False once the shop's
        `browser_contacts_per_hour` are used up. The counter expires with the hour."""
        hour = now - now % HOUR
        u = Update()
        n = u.name(CartField.COUNT)
        u.when(f"attribute_not_exists({n}) OR {n} < {u.value(shop.browser_contacts_per_hour)}")
        u.add(CartField.COUNT, 1)
        u.set(CartField.EXPIRES_AT, hour + 2 * HOUR)
        return self._write(storefront_counter_key(shop.shop_id, hour), u).done

    def stored_contact(self, shop_id: str, cart_id: str) -> StoredContact:
        """The keyed hash of the cart's address ("" for none), whether it is held, who named
        it, and whether the cart is closed (one small read)."""
        fields = (
            CartField.EMAIL_HASH,
            CartField.CONTACT_HELD,
            CartField.CONTACT_FROM,
            CartField.CLOSED,
        )
        try:
            response = self._client.get_item(
                TableName=self.table,
                Key={CartField.PK: {"S": cart_key(shop_id, cart_id)}},
                ProjectionExpression=", ".join(f"#{name}" for name in fields),
                ExpressionAttributeNames={f"#{name}": name for name in fields},
            )
        except ClientError as error:
            raise _store_error(error) from error
        item = from_item(response.get("Item"))
        return StoredContact(
            str(item.get(CartField.EMAIL_HASH, "")),
            bool(item.get(CartField.CONTACT_HELD, False)),
            item.get(CartField.CONTACT_FROM) == Source.STOREFRONT,
            CartField.CLOSED in item,
        )

    def record_click(self, shop_id: str, cart_id: str, *, now: int) -> str | None:
        """A customer followed a restore link. A click on an expired cart creates nothing.
        Returns the cart's own restore URL, if a signed event gave it one."""
        u = Update()
        u.when(f"attribute_exists({u.name(CartField.PK)})")
        u.set_if_missing(CartField.FIRST_CLICK_AT, now)
        u.set(CartField.LAST_CLICK_AT, now)
        u.add(CartField.CLICKS, 1)
        written = self._write(cart_key(shop_id, cart_id), u, return_old=True)
        return _restore_url(written.old)

    def restore_url(self, shop_id: str, cart_id: str) -> str | None:
        """The cart's own restore URL, if it has one (a scan follows it without a click)."""
        response = self._client.get_item(
            TableName=self.table,
            Key={CartField.PK: {"S": cart_key(shop_id, cart_id)}},
            ProjectionExpression="#url",
            ExpressionAttributeNames={"#url": CartField.RESTORE_URL},
        )
        return _restore_url(from_item(response.get("Item")))

    def close_opted_out(self, shop_id: str, cart_id: str, *, now: int) -> None:
        """The customer opted out through this cart's email: no more email for it, ever."""
        u = Update()
        u.when(f"attribute_exists({u.name(CartField.PK)})")
        u.set_if_missing(CartField.OPTED_OUT_AT, now)
        u.set_if_missing(CartField.CLOSED, Closed.OPTED_OUT)
        u.remove(CartField.DUE_SHARD)
        self._write(cart_key(shop_id, cart_id), u)

    def close_discarded(self, shop: Shop, cart_id: str, *, now: int) -> None:
        """The shop's platform deleted the checkout: no more email for its cart, and no
        order (never counted as one). A cart Kurv never had stays unknown: a tombstone
        would count as a cart in the shop's figures."""
        u = Update()
        u.when(f"attribute_exists({u.name(CartField.PK)})")
        u.set_if_missing(CartField.CLOSED, Closed.DISCARDED)
        u.set_if_missing(CartField.EXPIRES_AT, now + shop.retention_seconds)
        u.remove(CartField.DUE_SHARD)
        self._write(cart_key(shop.shop_id, cart_id), u)

    def close_replied(self, shop_id: str, cart_id: str, *, now: int, reason: str = "other") -> None:
        """The customer answered an email: a person takes over, the series ends. Set at
        once, it also stops an email whose claim is already out (the send gate)."""
        u = Update()
        u.when(f"attribute_exists({u.name(CartField.PK)})")
        u.set_if_missing(CartField.REPLIED_AT, now)
        u.set(CartField.LAST_REPLY_AT, now)
        u.set(CartField.LAST_REPLY_REASON, reason)  # the stats count replies by reason from it
        u.add(CartField.REPLIES, 1)
        u.set_if_missing(CartField.CLOSED, Closed.REPLIED)
        u.remove(CartField.DUE_SHARD)
        self._write(cart_key(shop_id, cart_id), u)

    # -- erasure and migration: rare, deliberate acts that read the whole table
    def carts_of_person(
        self,
        shop_id: str,
        *,
        address_hashes: tuple[str, ...],
        contact_keys: tuple[str, ...],
        progress: Progress = lambda read, total: None,
    ) -> tuple[list[PersonsCart], int]:
        """Every cart at a shop that holds a person: as its contact (any of `address_hashes`)
        or as who bought (any of `contact_keys`: an order's email sets only that). One Scan,
        shown through `progress`; read only (kurv forget)."""
        values: dict[str, Any] = {":shop": {"S": shop_id}}
        for prefix, found in (("h", address_hashes), ("c", contact_keys)):
            values |= {f":{prefix}{n}": {"S": value} for n, value in enumerate(found)}
        # An empty list matches nothing: the shop's id is never a hash or a contact key.
        hashes = ", ".join(f":h{n}" for n in range(len(address_hashes))) or ":shop"
        contacts = ", ".join(f":c{n}" for n in range(len(contact_keys))) or ":shop"
        request: dict[str, Any] = {
            "TableName": self.table,
            "FilterExpression": f"{CartField.SHOP_ID} = :shop AND "
            f"({CartField.EMAIL_HASH} IN ({hashes}) OR {CartField.CONTACT_KEY} IN ({contacts}))",
            "ExpressionAttributeValues": values,
            "ProjectionExpression": f"{CartField.CART_ID}, {CartField.REPLY_CODE}",
        }
        total = int(self._client.describe_table(TableName=self.table)["Table"].get("ItemCount", 0))
        found_carts: list[PersonsCart] = []
        read = 0
        while True:
            page = self._client.scan(**request)
            found_carts += [
                PersonsCart(
                    item[CartField.CART_ID]["S"], item.get(CartField.REPLY_CODE, {}).get("S", "")
                )
                for item in page["Items"]
                if CartField.CART_ID in item
            ]
            read += page["ScannedCount"]
            progress(read, max(total, read))
            if "LastEvaluatedKey" not in page:
                return found_carts, read
            request["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def erase(self, shop_id: str, cart_id: str) -> None:
        """Deletes a cart whole: items, prices, contact, clicks, the order record."""
        self.erase_key(cart_key(shop_id, cart_id))

    def whole(self, shop_id: str, cart_id: str) -> dict[str, Any]:
        """Everything the cart item holds, as stored ({} when there is none): kurv export."""
        response = self._client.get_item(
            TableName=self.table,
            Key={CartField.PK: {"S": cart_key(shop_id, cart_id)}},
            ConsistentRead=True,
        )
        return from_item(response.get("Item"))

    def keys_of_shop(
        self, shop_id: str, *, progress: Progress = lambda read, total: None
    ) -> tuple[list[str], int]:
        """The key of every item of the shop: its carts, and the claim side's and the
        storefront's small items (core.model.shop_item_prefixes). One Scan, read only (a
        shop's erasure); answers the keys and how many items were read."""
        prefixes = shop_item_prefixes(shop_id)
        values: dict[str, Any] = {":shop": {"S": shop_id}}
        values |= {f":p{n}": {"S": prefix} for n, prefix in enumerate(prefixes)}
        starts = " OR ".join(f"begins_with({CartField.PK}, :p{n})" for n in range(len(prefixes)))
        request: dict[str, Any] = {
            "TableName": self.table,
            "FilterExpression": f"{CartField.SHOP_ID} = :shop OR {starts}",
            "ExpressionAttributeValues": values,
            "ProjectionExpression": CartField.PK,
        }
        total = int(self._client.describe_table(TableName=self.table)["Table"].get("ItemCount", 0))
        keys: list[str] = []
        read = 0
        while True:
            page = self._client.scan(**request)
            keys += [item[CartField.PK]["S"] for item in page["Items"]]
            read += page["ScannedCount"]
            progress(read, max(total, read))
            if "LastEvaluatedKey" not in page:
                return keys, read
            request["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def erase_key(self, key: str) -> None:
        """Deletes one item of the tracking side by its key: a cart, or a storefront
        counter (a shop's erasure). One that is gone already is no error."""
        self._client.delete_item(TableName=self.table, Key={CartField.PK: {"S": key}})

    def rekey_addresses(
        self, key: AddressKey, *, progress: Callable[[int], None] = lambda read: None
    ) -> int:
        """Recomputes every cart's address hash (and the orders index's contact key made
        from it) with `key`: Kurv 0.1 stored plain hashes. Conditional on the address, so a
        cart whose address changes meanwhile keeps the newer hash. Returns how many changed."""
        rekeyed = read = 0
        for page in self._client.get_paginator("scan").paginate(TableName=self.table):
            for raw in page.get("Items", []):
                read += 1
                item = from_item(raw)
                if item.get(CartField.EMAIL) and self._rekey(item, key):
                    rekeyed += 1
            progress(read)
        return rekeyed

    def _rekey(self, item: dict[str, Any], key: AddressKey) -> bool:
        email, shop_id = str(item[CartField.EMAIL]), str(item.get(CartField.SHOP_ID, ""))
        new_hash = key.hash(email)
        if item.get(CartField.EMAIL_HASH) == new_hash:
            return False
        u = Update()
        u.when(f"{u.name(CartField.EMAIL)} = {u.value(email)}")
        u.set(CartField.EMAIL_HASH, new_hash)
        old_contact = item.get(CartField.CONTACT_KEY)
        if shop_id and old_contact == f"{shop_id}#{item.get(CartField.EMAIL_HASH)}":
            u.set(CartField.CONTACT_KEY, key.contact_key(shop_id, email))
        # A failed condition: the address changed meanwhile, and was hashed with the key.
        return self._write(str(item[CartField.PK]), u).done

    def _write(self, key: str, u: Update, *, return_old: bool = False) -> Written:
        try:
            return conditional_update(self._client, self.table, key, u, return_old=return_old)
        except ClientError as error:
            raise _store_error(error) from error


class SampleCarts:
    """The carts `kurv send-test` makes so that its email's links name a real cart. One holds
    no address (nothing to keep or erase), is never due (the sweep never sees it) and never
    counted (stats.counting skips CartField.SAMPLE). The command removes it once the email
    is sent: neither link needs it (a restore link of a cart that is gone still leads to
    the shop's cart page; the opt-out page needs only the signed token), and a click on it
    would only be counted. Its TTL is the backstop should the command die first."""

    def __init__(self, client: DynamoDBClient, table: str) -> None:
        self._client = client
        self.table = table

    def add(self, shop: Shop, *, now: int, keep_for: int = HOUR) -> str:
        """A new sample cart of the shop; returns its id (kurv-test-...)."""
        cart_id = f"{SAMPLE_CART_PREFIX}{secrets.token_hex(6)}"
        u = Update()
        u.when(f"attribute_not_exists({u.name(CartField.PK)})")  # never a shop's cart
        u.set(CartField.SHOP_ID, shop.shop_id)
        u.set(CartField.CART_ID, cart_id)
        u.set(CartField.SAMPLE, True)
        u.set(CartField.CREATED_AT, now)
        u.set(CartField.LAST_ACTIVITY_AT, now)
        u.set(CartField.CURRENCY, shop.currency)
        u.set(CartField.EXPIRES_AT, now + keep_for)
        try:
            written = conditional_update(
                self._client, self.table, cart_key(shop.shop_id, cart_id), u
            )
        except ClientError as error:
            raise _store_error(error) from error
        if not written.done:
            raise TemporarilyUnavailable("a sample cart's id was taken; try again")
        return cart_id

    def remove(self, shop_id: str, cart_id: str) -> bool:
        """Removes a sample cart (never any other); False if there was none."""
        try:
            self._client.delete_item(
                TableName=self.table,
                Key={CartField.PK: {"S": cart_key(shop_id, cart_id)}},
                ConditionExpression="attribute_exists(#sample)",
                ExpressionAttributeNames={"#sample": CartField.SAMPLE},
            )
        except ClientError as error:
            if is_conditional_failure(error):
                return False
            raise _store_error(error) from error
        return True


def _restore_url(item: dict[str, Any]) -> str | None:
    value = item.get(CartField.RESTORE_URL)
    return value if isinstance(value, str) else None


def _store_error(error: ClientError) -> Exception:
    if is_throttling(error):
        return TemporarilyUnavailable("the cart store is busy; retry shortly")
    if error_code(error) == "ValidationException" and "size" in error_message(error).lower():
        return PayloadTooLarge("the cart would exceed the 400 KB a cart may hold")
    return error
