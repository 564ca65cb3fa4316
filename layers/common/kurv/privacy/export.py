"""A copy of everything Kurv holds about one person for one shop (GDPR art. 15; `kurv
export`, a platform's customers/data_request), as plain JSON values.

It finds what a person's erasure would erase (erasure.forget), reads it whole and changes
nothing: their carts (items, prices, contact, consent, steps, orders), the emails sent about
each cart and the clicks on them, their replies with their words, the raw messages that
name them, the suppression (why and since when) and the data requests they made.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Mapping
from decimal import Decimal
from typing import Any

from kurv.core.model import CartField
from kurv.core.people import Person
from kurv.privacy.erasure import carts_of_person, raw_messages_naming
from kurv.privacy.stores import PrivacyStores

# Kurv's own bookkeeping on a cart item: keys and indexes, not something the person told.
_INTERNAL = {CartField.PK, CartField.DUE_SHARD, CartField.CONTACT_KEY, CartField.EMAIL_HASH}


def export(
    stores: PrivacyStores,
    *,
    shop_id: str,
    email: str,
    other_shops: Collection[str] = (),
    now: int,
) -> dict[str, Any]:
    hashed, _, found, _ = carts_of_person(stores, shop_id, email)
    carts = [
        cart for found_cart in found if (cart := stores.carts.whole(shop_id, found_cart.cart_id))
    ]
    person = Person.of(email)
    naming = raw_messages_naming(stores.inbox, person, shop_id, set(other_shops))
    replies = stores.replies.of_person(shop_id, person, {cart.cart_id for cart in found}, naming)
    raw_ids = sorted(naming | {reply.message_id for reply in replies})
    held: dict[str, Any] = plain(
        {
            "shop_id": shop_id,
            "email": email,
            "exported_at": now,
            "carts": [_cart(cart) for cart in carts],
            "emails_sent": [
                {"cart_id": cart.get(CartField.CART_ID), **entry}
                for cart in carts
                for entry in cart.get(CartField.SENT_LOG) or []
            ],
            "clicks": [
                {
                    "cart_id": cart.get(CartField.CART_ID),
                    "clicks": cart.get(CartField.CLICKS, 0),
                    "first_click_at": cart.get(CartField.FIRST_CLICK_AT),
                    "last_click_at": cart.get(CartField.LAST_CLICK_AT),
                }
                for cart in carts
                if cart.get(CartField.CLICKS)
            ],
            "replies": [_reply(reply) for reply in replies],
            "raw_messages": [
                {"message_id": message_id, "raw": _raw_text(stores, message_id)}
                for message_id in raw_ids
                if stores.inbox is not None
            ],
            "suppression": stores.suppressions.details(shop_id, hashed) or None,
            "data_requests": [
                dataclasses.asdict(request)
                for request in stores.requests.of_person(shop_id, person)
            ],
        }
    )
    return held


def _cart(item: Mapping[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in sorted(item.items()) if name not in _INTERNAL}


def _reply(reply: Any) -> dict[str, Any]:
    values: dict[str, Any] = dataclasses.asdict(reply)  # replies.reply_store.StoredReply
    values.pop("extra", None)
    return values


def _raw_text(stores: PrivacyStores, message_id: str) -> str:
    assert stores.inbox is not None
    return stores.inbox.read_whole(message_id).decode("utf-8", "replace")


def plain(value: Any) -> Any:
    """DynamoDB's values as JSON's: whole numbers as ints, others as decimal strings, sets
    as sorted lists, tuples as lists."""
    if isinstance(value, Mapping):
        return {str(name): plain(inner) for name, inner in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted(plain(inner) for inner in value)
    if isinstance(value, (list, tuple)):
        return [plain(inner) for inner in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else str(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value
