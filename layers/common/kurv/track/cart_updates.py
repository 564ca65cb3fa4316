"""What a tracked event does to a cart, planned as one conditional DynamoDB update. Pure.

A cart item holds the contents, the contact, the checkout step and, while an email is
pending, the keys of the sparse due index (``due_shard``, ``due_at``). Each event is one
UpdateItem whose condition encodes what we assume about the stored cart (this event is
the newest, the cart is still open, the event id is new). When an assumption is wrong
DynamoDB returns the old item with the failure; ``diagnose`` reads it, and the update is
planned again. ``cart_store.CartStore.apply`` runs this loop against the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from kurv.core.addresses import AddressKey
from kurv.core.consent import may_be_emailed
from kurv.core.expressions import Update
from kurv.core.model import (
    CartField,
    Closed,
    OrderUndone,
    Source,
    as_int,
    cart_key,
    due_shard,
)
from kurv.core.shops import Shop
from kurv.track.events import (
    CartItem,
    CartUpdated,
    CheckoutContact,
    CheckoutStep,
    CustomerOptedOut,
    Event,
    OrderCancelled,
    OrderCompleted,
    OrderRefunded,
    PaymentFailed,
)

MAX_EVENT_IDS = 500  # per cart; past this an integration is replaying, not tracking
# Events that end a cart's emails: they apply past MAX_EVENT_IDS (anyone can fill a cart's
# ids with the public key), their ids then no longer kept.
TERMINAL = (OrderCompleted, CustomerOptedOut)


# The field each event type owns, and whose timestamp decides whether it may overwrite.
_OWN_TIMESTAMP = {
    CartUpdated: CartField.CONTENTS_AT,
    CheckoutContact: CartField.CONTACT_AT,
    CheckoutStep: CartField.STEP_AT,
}
_ACTIVITY = (CartUpdated, CheckoutContact, CheckoutStep, PaymentFailed)


@dataclass(frozen=True)
class Assumptions:
    """What an update assumes about the stored cart; the default is the common, in-order case."""

    activity_fresh: bool = True  # no activity newer than this event is stored
    own_fresh: bool = True  # the fields this event owns hold nothing newer
    closed: bool = False
    ids_full: bool = False  # the cart holds MAX_EVENT_IDS ids already (terminal events only)


class Verdict(StrEnum):
    """Why an event cannot be applied at all, whatever we assume."""

    DUPLICATE = "duplicate"  # this event_id was applied before
    EVENT_LIMIT = "event_limit"  # the cart holds MAX_EVENT_IDS ids already
    ADDRESS_TAKEN = "address_taken"  # a storefront contact on a cart with an address not its own


def diagnose(
    old: dict[str, Any], event: Event, t: int, *, storefront_address: str = ""
) -> Assumptions | Verdict:
    """Read a stored cart (returned with a failed condition) into a verdict or new assumptions.
    `storefront_address`: for a contact from the storefront, its address's keyed hash."""
    event_ids = old.get(CartField.EVENT_IDS) or set()
    ids_full = False
    if event.event_id is not None:
        if event.event_id in event_ids:
            return Verdict.DUPLICATE
        if len(event_ids) >= MAX_EVENT_IDS:
            if not isinstance(event, TERMINAL):
                return Verdict.EVENT_LIMIT
            ids_full = True
    if storefront_address and not storefront_may_name(
        str(old.get(CartField.EMAIL_HASH) or ""),
        old.get(CartField.CONTACT_FROM) == Source.STOREFRONT,
        storefront_address,
    ):
        return Verdict.ADDRESS_TAKEN
    own = _OWN_TIMESTAMP.get(type(event))
    return Assumptions(
        activity_fresh=as_int(old.get(CartField.LAST_ACTIVITY_AT), default=t) <= t,
        own_fresh=own is None or as_int(old.get(own), default=t) <= t,
        closed=CartField.CLOSED in old,
        ids_full=ids_full,
    )


def storefront_may_name(stored_hash: str, stored_by_storefront: bool, address_hash: str) -> bool:
    """May a storefront contact for `address_hash` apply to a cart holding `stored_hash`
    (marked as the storefront's, or not: a signed call's, or a cart from before the mark)?
    It may give a cart without an address its address, or tell again the address the
    storefront gave; never replace one. The write's condition says the same in DynamoDB."""
    if not stored_hash:
        return True
    return stored_hash == address_hash and stored_by_storefront


def plan_update(
    shop: Shop,
    event: Event,
    *,
    t: int,
    now: int,
    assumed: Assumptions,
    addresses: AddressKey,
    hold: bool = False,
    source: Source = Source.SIGNED,
) -> Update | None:
    """The one update applying `event` (at `t`) under `assumed`; None if nothing would change.
    Addresses are stored with their keyed hash (`addresses`), never a plain one. For a
    contact, `hold` says whether its address is held (kept, not emailed). `source`: who told
    it; what the storefront tells is marked so, and may do less."""
    u = Update()
    told = _Told(source, hold)
    applies_own = _plan_own_fields(
        u, shop, event, t=t, now=now, assumed=assumed, addresses=addresses, told=told
    )
    applies_activity = isinstance(event, _ACTIVITY) and assumed.activity_fresh
    if not applies_own and not applies_activity:
        return None  # older than everything it could change
    if applies_activity:
        u.when(u.missing_or_at_most(CartField.LAST_ACTIVITY_AT, t))
        u.set(CartField.LAST_ACTIVITY_AT, t)
        u.set(CartField.EXPIRES_AT, t + shop.retention_seconds)
        # The next email is due a step's delay after the latest activity; send moves
        # next_delay along the series, so a returning customer continues where they stood.
        delay = f"if_not_exists({u.name(CartField.NEXT_DELAY)}, {u.value(shop.first_delay)})"
        u.set_expression(CartField.DUE_AT, f"{delay} + {u.value(t)}")
    u.set(CartField.SHOP_ID, shop.shop_id)
    u.set(CartField.CART_ID, event.cart_id)
    u.set_if_missing(CartField.CREATED_AT, now)
    if event.event_id is not None:
        ids = u.name(CartField.EVENT_IDS)
        new_id = f"NOT contains({ids}, {u.value(event.event_id)})"
        if assumed.ids_full:
            u.when(new_id)  # a terminal event past the cap: applied, its id not kept
        else:
            u.when(
                f"attribute_not_exists({ids}) OR ({new_id}"
                f" AND size({ids}) < {u.value(MAX_EVENT_IDS)})"
            )
            u.add(CartField.EVENT_IDS, {event.event_id})
    return u


@dataclass(frozen=True)
class _Told:
    source: Source
    hold: bool  # a contact's address held (kept, not emailed)


def _plan_own_fields(
    u: Update,
    shop: Shop,
    event: Event,
    *,
    t: int,
    now: int,
    assumed: Assumptions,
    addresses: AddressKey,
    told: _Told,
) -> bool:
    own = _OWN_TIMESTAMP.get(type(event))
    if own is not None:
        if not assumed.own_fresh:
            return False
        u.when(u.missing_or_at_most(own, t))
        u.set(own, t)
    match event:
        case CartUpdated():
            u.set(CartField.ITEMS, [_item(line) for line in event.items])
            u.set(CartField.CURRENCY, event.currency)
            u.set(CartField.SUBTOTAL, event.subtotal)
            u.set(CartField.ITEM_COUNT, sum(line.quantity for line in event.items))
            u.set(CartField.ITEMS_FROM, told.source)  # the email filters the storefront's names
            if event.restore_url and told.source is Source.SIGNED:
                u.set(CartField.RESTORE_URL, event.restore_url)
            if event.locale:
                u.set(CartField.LOCALE, event.locale)
        case CheckoutContact():
            _plan_contact(u, shop, event, assumed, addresses, told=told)
        case CheckoutStep():
            u.set(CartField.CHECKOUT_STEP, event.step)
        case PaymentFailed():
            u.add(CartField.PAYMENT_FAILURES, 1)
            u.set(CartField.PAYMENT_FAILED_AT, t)
            u.set(CartField.PAYMENT_FAILURE_REASON, event.reason or "other")
        case OrderCompleted() | OrderRefunded() | OrderCancelled():
            _plan_order(u, shop, event, t=t, now=now, addresses=addresses, told=told)
        case CustomerOptedOut():
            u.set(CartField.OPTED_OUT_AT, t)
            _close(u, Closed.OPTED_OUT, expires_at=now + shop.retention_seconds)
    return True


def _plan_contact(
    u: Update,
    shop: Shop,
    event: CheckoutContact,
    assumed: Assumptions,
    addresses: AddressKey,
    *,
    told: _Told,
) -> None:
    address_hash = addresses.hash(event.email)
    if told.source is Source.STOREFRONT:
        # Anyone holds the public key: it never replaces an address (storefront_may_name).
        stored, mine = u.name(CartField.EMAIL_HASH), u.name(CartField.CONTACT_FROM)
        u.when(
            f"attribute_not_exists({stored}) OR ({stored} = {u.value(address_hash)}"
            f" AND {mine} = {u.value(Source.STOREFRONT)})"
        )
    contact_key = addresses.contact_key(shop.shop_id, event.email, told.source)
    if assumed.closed:
        # A closed cart gets no email, and keeps its contact; but an order told before its
        # contact still learns who bought, so that their other carts stop.
        u.set_if_missing(CartField.CONTACT_KEY, contact_key)
        return
    u.set(CartField.EMAIL, event.email)
    u.set(CartField.EMAIL_HASH, address_hash)
    u.set(CartField.CONTACT_KEY, contact_key)
    u.set(CartField.CONTACT_FROM, told.source)
    u.set(CartField.CONSENT, event.consent)
    if told.hold:
        u.set(CartField.CONTACT_HELD, True)
    else:
        u.remove(CartField.CONTACT_HELD)
    for attribute in (CartField.FIRST_NAME, CartField.PHONE, CartField.LOCALE):
        value = getattr(event, attribute)
        if value is not None:
            u.set(attribute, value)
    if event.first_name is not None:
        u.set(CartField.FIRST_NAME_FROM, told.source)
    u.when(f"attribute_not_exists({u.name(CartField.CLOSED)})")
    if may_be_emailed(shop, address=event.email, consent=event.consent, held=told.hold):
        u.set(CartField.DUE_SHARD, due_shard(cart_key(shop.shop_id, event.cart_id)))
    else:
        u.remove(CartField.DUE_SHARD)


def _close(u: Update, reason: Closed, *, expires_at: int) -> None:
    u.set_if_missing(CartField.CLOSED, reason)
    u.remove(CartField.DUE_SHARD)
    u.set(CartField.EXPIRES_AT, expires_at)


def _plan_order(
    u: Update,
    shop: Shop,
    event: OrderCompleted | OrderRefunded | OrderCancelled,
    *,
    t: int,
    now: int,
    addresses: AddressKey,
    told: _Told,
) -> None:
    match event:
        case OrderCompleted():
            u.set(CartField.ORDERED_AT, t)
            u.set(CartField.ORDER_ID, event.order_id)
            if event.total is not None and told.source is Source.SIGNED:
                u.set(CartField.ORDER_TOTAL, event.total)  # revenue: only what the shop vouches
            if event.email:
                u.set(CartField.CONTACT_KEY, addresses.contact_key(shop.shop_id, event.email))
            if shop.check_in_seconds and told.source is Source.SIGNED:
                _plan_check_in(u, shop, event.cart_id, due=t + shop.check_in_seconds, now=now)
            else:
                _close(u, Closed.ORDERED, expires_at=now + shop.retention_seconds)
        case OrderRefunded() | OrderCancelled():
            # Calls off the check-in (recover.decisions): decide and the send gate read it.
            refunded = isinstance(event, OrderRefunded)
            undone = OrderUndone.REFUNDED if refunded else OrderUndone.CANCELLED
            # Only an order Kurv knows of: else nothing to call off (cart_store ignores it).
            u.when(f"attribute_exists({u.name(CartField.ORDERED_AT)})")
            u.set(CartField.ORDER_UNDONE, undone)
            u.set(CartField.ORDER_UNDONE_AT, t)


def _plan_check_in(u: Update, shop: Shop, cart_id: str, *, due: int, now: int) -> None:
    """An order the shop vouched for, at a shop that sends a check-in: the cart closes as
    ordered and stays in (or returns to) the due index until its check-in is due; decide
    says whether it may go (an address, consent, no opt-out, no refund). The first order's
    time stands when the same order is told again."""
    u.set_if_missing(CartField.CLOSED, Closed.ORDERED)
    u.set(CartField.EXPIRES_AT, now + shop.retention_seconds)
    u.set_if_missing(CartField.CHECK_IN_DUE, due)
    u.set_expression(
        CartField.DUE_AT,
        f"if_not_exists({u.name(CartField.CHECK_IN_DUE)}, {u.value(due)})",
    )
    u.set(CartField.DUE_SHARD, due_shard(cart_key(shop.shop_id, cart_id)))


def _item(line: CartItem) -> dict[str, Any]:
    item = {
        "sku": line.sku,
        "name": line.name,
        "quantity": line.quantity,
        "unit_price": line.unit_price,
        "image_url": line.image_url,
        "url": line.url,
    }
    return {key: value for key, value in item.items() if value is not None}
