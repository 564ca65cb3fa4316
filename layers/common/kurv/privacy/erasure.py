"""Erasure: one person's data for one shop (GDPR art. 17; `kurv forget`, a platform's
customers/redact), or everything of a shop (a platform's shop/redact), and say what went.

Kurv knows a customer by a keyed hash of their address (addresses.AddressKey), so a
person's erasure walks the carts table once (a Scan, filtered; a rare, deliberate act,
shown with its progress) and the reply bucket once, then deletes:

- every cart of that person at that shop: the carts they are the contact of and those an
  order of theirs named (its email sets only the orders index's contact key), with items,
  prices, clicks and the order record, the pointers their reply addresses used, and the
  address's series item;
- every raw message in the reply bucket that names them anywhere (From, Cc, Reply-To, a
  quoted line...) and is not another shop's: filed, unmatched, set aside, never filed, or
  refused by SES as spam;
- every reply in the replies table from them, naming them, to one of those carts, or
  filed from one of those raw messages, with its raw message;
- the data requests they made (request_log).

A shop's erasure deletes every item of the shop in the carts, replies and stats tables,
its configuration, and every raw message of its replies or addressed to its reply
addresses only.

Both keep the suppression list: it holds only keyed hashes, and it is what keeps Kurv
from writing to a person who opted out, bounced or complained, should the shop come back.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from kurv.core.addresses import contact_key, plain_address_hash
from kurv.core.links import read_reply_address
from kurv.core.model import Source, reply_pointer_key, series_key
from kurv.core.people import Person
from kurv.privacy.stores import FoundCart, PrivacyStores, Progress, RawMessages


def _quiet(read: int, total: int) -> None:
    return None


@dataclass(frozen=True)
class Erased:
    carts: int
    replies: int
    raw_messages: int
    data_requests: int
    suppressed: str  # the suppression's reason, kept; "" when there is none
    scanned: int


@dataclass(frozen=True)
class ShopErased:
    items: int  # carts and the claim side's and storefront's small items
    replies: int
    raw_messages: int
    days: int  # daily figures
    data_requests: int


def forget(
    stores: PrivacyStores,
    *,
    shop_id: str,
    email: str,
    other_shops: Collection[str] = (),
    progress: Progress = _quiet,
    raw_progress: Progress = _quiet,
) -> Erased:
    """Each table and the bucket are erased through the store that owns them. A raw message
    that names a reply address of one of `other_shops` and none of this shop's is theirs."""
    hashed, hashes, found, scanned = carts_of_person(stores, shop_id, email, progress)
    for cart in found:
        stores.carts.erase(shop_id, cart.cart_id)
        if cart.reply_code:
            stores.claims.erase_reply_pointer(shop_id, cart.reply_code)
    for value in hashes:
        stores.claims.erase_series(shop_id, value)
    person = Person.of(email)
    naming = raw_messages_naming(stores.inbox, person, shop_id, set(other_shops), raw_progress)
    theirs = stores.replies.of_person(shop_id, person, {cart.cart_id for cart in found}, naming)
    for reply in theirs:
        stores.replies.erase(reply)
    raw = naming | {reply.message_id for reply in theirs}
    if stores.inbox is not None:
        for message_id in sorted(raw):
            stores.inbox.erase(message_id)
    asked = stores.requests.of_person(shop_id, person)
    for request in asked:
        stores.requests.erase(request)
    kept = stores.suppressions.details(shop_id, hashed).get("reason")
    return Erased(
        carts=len(found),
        replies=len(theirs),
        raw_messages=len(raw) if stores.inbox is not None else 0,
        data_requests=len(asked),
        suppressed=str(kept or ""),
        scanned=scanned,
    )


def erase_shop(
    stores: PrivacyStores,
    *,
    shop_id: str,
    other_shops: Collection[str] = (),
    progress: Progress = _quiet,
) -> ShopErased:
    """Everything of the shop but its suppression list (see the module's docstring)."""
    keys, _ = stores.carts.keys_of_shop(shop_id, progress=progress)
    series, pointer = series_key(shop_id, ""), reply_pointer_key(shop_id, "")
    for key in keys:
        if key.startswith(series):
            stores.claims.erase_series(shop_id, key.removeprefix(series))
        elif key.startswith(pointer):
            stores.claims.erase_reply_pointer(shop_id, key.removeprefix(pointer))
        else:
            stores.carts.erase_key(key)
    filed = stores.replies.erase_shop(shop_id)
    raw = set(filed)
    if stores.inbox is not None:
        others = set(other_shops) - {shop_id}
        for message_id in stores.inbox.message_ids():
            shops = shops_named(stores.inbox.read(message_id))  # the head is enough
            if shop_id in shops and not shops & others:
                raw.add(message_id)
        for message_id in sorted(raw):
            stores.inbox.erase(message_id)
    asked = stores.requests.of_shop(shop_id)
    for request in asked:
        stores.requests.erase(request)
    days = stores.figures.erase_shop(shop_id) if stores.figures is not None else 0
    stores.shops.delete(shop_id)
    return ShopErased(
        items=len(keys),
        replies=len(filed),
        raw_messages=len(raw) if stores.inbox is not None else 0,
        days=days,
        data_requests=len(asked),
    )


def carts_of_person(
    stores: PrivacyStores, shop_id: str, email: str, progress: Progress = _quiet
) -> tuple[str, tuple[str, ...], Sequence[FoundCart], int]:
    """The address's keyed hash, every hash it may be stored under, the person's carts at
    the shop (as contact or as buyer) and how many items the search read."""
    key = stores.addresses
    hashed = key.hash(email)
    # Kurv 0.1 stored plain hashes: a table not yet migrated still holds those.
    plain = plain_address_hash(email)
    hashes = tuple(dict.fromkeys((hashed, key.rekey(plain), plain)))
    keys = tuple(
        dict.fromkeys(contact_key(shop_id, value, source) for value in hashes for source in Source)
    )
    found, scanned = stores.carts.carts_of_person(
        shop_id, address_hashes=hashes, contact_keys=keys, progress=progress
    )
    return hashed, hashes, found, scanned


def raw_messages_naming(
    inbox: RawMessages | None,
    person: Person,
    shop_id: str,
    other_shops: set[str],
    progress: Progress = _quiet,
) -> set[str]:
    """The raw messages in the bucket that name `person` and are not another shop's."""
    if inbox is None:
        return set()
    found: set[str] = set()
    message_ids = inbox.message_ids()
    for done, message_id in enumerate(message_ids, start=1):
        raw = inbox.read_whole(message_id)
        if person.named_in_raw(raw):
            shops = shops_named(raw)
            if shop_id in shops or not shops & other_shops:
                found.add(message_id)
        progress(done, len(message_ids))
    return found


_REPLY_ADDRESS = re.compile(rb"reply\+[a-z0-9-]{1,64}@[a-z0-9.-]{1,253}", re.IGNORECASE)


def shops_named(raw: bytes) -> set[str]:
    """The shops whose reply addresses the message's headers name."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    named = (read_reply_address(token.decode("ascii")) for token in _REPLY_ADDRESS.findall(head))
    return {address.shop_id for address in named if address}
