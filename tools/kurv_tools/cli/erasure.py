"""`kurv forget`: erase one person's data for one shop (GDPR art. 17), and say what went.

Kurv knows a customer by a keyed hash of their address (addresses.AddressKey), so erasure
walks the carts table once (a Scan, filtered; a rare, deliberate act, shown with its
progress) and the reply bucket once, then deletes:

- every cart of that person at that shop: the carts they are the contact of and those an
  order of theirs named (its email sets only the orders index's contact key), with items,
  prices, clicks and the order record, the pointers their reply addresses used, and the
  address's series item;
- every raw message in the reply bucket that names them anywhere (From, Cc, Reply-To, a
  quoted line...) and is not another shop's: filed, unmatched, set aside, never filed, or
  refused by SES as spam;
- every reply in the replies table from them, naming them, to one of those carts, or
  filed from one of those raw messages, with its raw message.

An opt-out, bounce or complaint stays on the suppression list: it holds only the keyed
hash, and it is what keeps Kurv from writing to the person again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from kurv.core.addresses import AddressKey, contact_key, plain_address_hash
from kurv.core.links import read_reply_address
from kurv.core.model import Source
from kurv.core.suppressions import SuppressionStore
from kurv.recover.claims import ClaimStore
from kurv.replies.reply_store import Inbox, Person, ReplyStore
from kurv.track.cart_store import CartStore

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Erased:
    carts: int
    replies: int
    raw_messages: int
    suppressed: str  # the suppression's reason, kept; "" when there is none
    scanned: int


def forget(
    *,
    dynamodb: Any,
    s3: Any | None,
    carts_table: str,
    replies_table: str,
    suppressions_table: str,
    reply_bucket: str,
    key: AddressKey,
    shop_id: str,
    email: str,
    other_shops: Collection[str] = (),
    progress: Progress = lambda scanned, total: None,
    raw_progress: Progress = lambda read, total: None,
) -> Erased:
    """Each table and the bucket are erased through the store that owns them. A raw message
    that names a reply address of one of `other_shops` and none of this shop's is theirs."""
    hashed = key.hash(email)
    # Kurv 0.1 stored plain hashes: a table not yet migrated still holds those.
    hashes = (hashed, key.rekey(plain_address_hash(email)), plain_address_hash(email))
    carts, claims = CartStore(dynamodb, carts_table, key), ClaimStore(dynamodb, carts_table)
    found, scanned = carts.carts_of_person(
        shop_id,
        address_hashes=tuple(dict.fromkeys(hashes)),
        contact_keys=tuple(
            dict.fromkeys(
                contact_key(shop_id, value, source) for value in hashes for source in Source
            )
        ),
        progress=progress,
    )
    for cart in found:
        carts.erase(shop_id, cart.cart_id)
        if cart.reply_code:
            claims.erase_reply_pointer(shop_id, cart.reply_code)
    for value in dict.fromkeys(hashes):
        claims.erase_series(shop_id, value)
    person = Person.of(email)
    inbox = Inbox(s3, reply_bucket) if s3 is not None and reply_bucket else None
    naming = _raw_messages_naming(inbox, person, shop_id, set(other_shops), raw_progress)
    replies = ReplyStore(dynamodb, replies_table)
    theirs = replies.of_person(shop_id, person, {cart.cart_id for cart in found}, naming)
    for reply in theirs:
        replies.erase(reply)
    raw = naming | {reply.message_id for reply in theirs}
    if inbox is not None:
        for message_id in sorted(raw):
            inbox.erase(message_id)
    kept = SuppressionStore(dynamodb, suppressions_table).reason(shop_id, hashed)
    return Erased(
        carts=len(found),
        replies=len(theirs),
        raw_messages=len(raw) if inbox is not None else 0,
        suppressed=kept or "",
        scanned=scanned,
    )


def _raw_messages_naming(
    inbox: Inbox | None, person: Person, shop_id: str, other_shops: set[str], progress: Progress
) -> set[str]:
    """The raw messages in the bucket that name `person` and are not another shop's."""
    if inbox is None:
        return set()
    found: set[str] = set()
    message_ids = inbox.message_ids()
    for done, message_id in enumerate(message_ids, start=1):
        raw = inbox.read_whole(message_id)
        if person.named_in_raw(raw):
            shops = _shops_named(raw)
            if shop_id in shops or not shops & other_shops:
                found.add(message_id)
        progress(done, len(message_ids))
    return found


_REPLY_ADDRESS = re.compile(rb"reply\+[a-z0-9-]{1,64}@[a-z0-9.-]{1,253}", re.IGNORECASE)


def _shops_named(raw: bytes) -> set[str]:
    """The shops whose reply addresses the message's headers name."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    named = (read_reply_address(token.decode("ascii")) for token in _REPLY_ADDRESS.findall(head))
    return {address.shop_id for address in named if address}
