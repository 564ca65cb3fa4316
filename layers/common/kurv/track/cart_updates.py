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
from kurv.core.model import CartField, Closed, as_int, cart_key, due_shard
from kurv.core.shops import Shop
from kurv.track.events import (
    CartItem,
    CartUpdated,
    CheckoutContact,
    CheckoutStep,
    CustomerOptedOut,
    Event,
    OrderCompleted,
    PaymentFailed,
)

MAX_EVENT_IDS = 500  # per cart; past this an integration is replaying, not tracking


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


class Verdict(StrEnum):
    """Why an event cannot be applied at all, whatever we assume."""

    DUPLICATE = "duplicate"  # this event_id was applied before
    EVENT_LIMIT = "event_limit"  # the cart holds MAX_EVENT_IDS ids already


def diagnose(old: dict[str, Any], event: Event, t: int) -> Assumptions | Verdict:
    """Read a stored cart (returned with a failed condition) into a verdict or new assumptions."""
    event_ids = old.get(CartField.EVENT_IDS) or set()
    if event.event_id is not None:
        if event.event_id in event_ids:
            return Verdict.DUPLICATE
        if len(event_ids) >= MAX_EVENT_IDS:
            return Verdict.EVENT_LIMIT
    own = _OWN_TIMESTAMP.get(type(event))
    return Assumptions(
        activity_fresh=as_int(old.get(CartField.LAST_ACTIVITY_AT), default=t) <= t,
        own_fresh=own is None or as_int(old.get(own), default=t) <= t,
        closed=CartField.CLOSED in old,
    )


def plan_update(
    shop: Shop,
    event: Event,
    *,
    t: int,
    now: int,
    assumed: Assumptions,
    addresses: AddressKey,
    hold: bool = False,
) -> Update | None:
    """The one update applying `event` (at `t`) under `assumed`; None if nothing would change.
    Addresses are stored with their keyed hash (`addresses`), never a plain one. For a
    contact, `hold` says whether its address is held (kept, not emailed)."""
    u = Update()
    applies_own = _plan_own_fields(
        u, shop, event, t=t, now=now, assumed=assumed, addresses=addresses, hold=hold
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
        delay = f"if_not_exists({u.name(CartField.NEXT_DELAY)}, {u.value(shop.delay_before(1))})"
        u.set_expression(CartField.DUE_AT, f"{delay} + {u.value(t)}")
    u.set(CartField.SHOP_ID, shop.shop_id)
    u.set(CartField.CART_ID, event.cart_id)
    u.set_if_missing(CartField.CREATED_AT, now)
    if event.event_id is not None:
        ids = u.name(CartField.EVENT_IDS)
        u.when(
            f"attribute_not_exists({ids}) OR (NOT contains({ids}, {u.value(event.event_id)})"
            f" AND size({ids}) < {u.value(MAX_EVENT_IDS)})"
        )
        u.add(CartField.EVENT_IDS, {event.event_id})
    return u


def _plan_own_fields(
    u: Update,
    shop: Shop,
    event: Event,
    *,
    t: int,
    now: int,
    assumed: Assumptions,
    addresses: AddressKey,
    hold: bool,
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
            if event.locale:
                u.set(CartField.LOCALE, event.locale)
        case CheckoutContact():
            _plan_contact(u, shop, event, assumed, addresses, hold=hold)
        case CheckoutStep():
            u.set(CartField.CHECKOUT_STEP, event.step)
        case PaymentFailed():
            u.add(CartField.PAYMENT_FAILURES, 1)
            u.set(CartField.PAYMENT_FAILED_AT, t)
            u.set(CartField.PAYMENT_FAILURE_REASON, event.reason or "other")
        case OrderCompleted():
            u.set(CartField.ORDERED_AT, t)
            u.set(CartField.ORDER_ID, event.order_id)
            if event.total is not None:
                u.set(CartField.ORDER_TOTAL, event.total)
            if event.email:
                u.set(CartField.CONTACT_KEY, addresses.contact_key(shop.shop_id, event.email))
            _close(u, Closed.ORDERED, expires_at=now + shop.retention_seconds)
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
    hold: bool,
) -> None:
    if assumed.closed:
        # A closed cart gets no email; and an ordered cart's contact_key records who bought.
        return
    u.set(CartField.EMAIL, event.email)
    u.set(CartField.EMAIL_HASH, addresses.hash(event.email))
    u.set(CartField.CONTACT_KEY, addresses.contact_key(shop.shop_id, event.email))
    u.set(CartField.CONSENT, event.consent)
    if hold:
        u.set(CartField.CONTACT_HELD, True)
    else:
        u.remove(CartField.CONTACT_HELD)
    for attribute in (CartField.FIRST_NAME, CartField.PHONE, CartField.LOCALE):
        value = getattr(event, attribute)
        if value is not None:
            u.set(attribute, value)
    u.when(f"attribute_not_exists({u.name(CartField.CLOSED)})")
    if may_be_emailed(shop, address=True, consent=event.consent, held=hold):
        u.set(CartField.DUE_SHARD, due_shard(cart_key(shop.shop_id, event.cart_id)))
    else:
        u.remove(CartField.DUE_SHARD)


def _close(u: Update, reason: Closed, *, expires_at: int) -> None:
    u.set_if_missing(CartField.CLOSED, reason)
    u.remove(CartField.DUE_SHARD)
    u.set(CartField.EXPIRES_AT, expires_at)


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
