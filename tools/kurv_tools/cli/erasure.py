"""`kurv forget`: erase one person's data for one shop (GDPR art. 17), and say what went.

Kurv knows a customer by a keyed hash of their address (addresses.AddressKey), so erasure
walks the carts table once (a Scan, filtered; a rare, deliberate act, shown with its
progress), then deletes:

- every cart of that address at that shop (items, prices, clicks and the order record go
  with it), the pointer its reply address used, and the address's series item;
- every reply from that address or to one of those carts, in the replies table and, as SES
  stored it, in the reply bucket.

An opt-out, bounce or complaint stays on the suppression list: it holds only the keyed
hash, and it is what keeps Kurv from writing to the person again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kurv.core.addresses import AddressKey
from kurv.core.suppressions import SuppressionStore
from kurv.recover.claims import ClaimStore
from kurv.replies.reply_store import Inbox, ReplyStore
from kurv.track.cart_store import CartStore


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
    progress: Callable[[int, int], None] = lambda scanned, total: None,
) -> Erased:
    """Each table and the bucket are erased through the store that owns them."""
    hashed = key.hash(email)
    carts, claims = CartStore(dynamodb, carts_table, key), ClaimStore(dynamodb, carts_table)
    found, scanned = carts.carts_of(shop_id, hashed, progress=progress)
    for cart in found:
        carts.erase(shop_id, cart.cart_id)
        if cart.reply_code:
            claims.erase_reply_pointer(shop_id, cart.reply_code)
    claims.erase_series(shop_id, hashed)
    replies = ReplyStore(dynamodb, replies_table)
    theirs = replies.of_person(shop_id, email, {cart.cart_id for cart in found})
    inbox = Inbox(s3, reply_bucket) if s3 is not None and reply_bucket else None
    for reply in theirs:
        replies.erase(reply)
        if inbox is not None:
            inbox.erase(reply.message_id)
    kept = SuppressionStore(dynamodb, suppressions_table).reason(shop_id, hashed)
    return Erased(
        carts=len(found),
        replies=len(theirs),
        raw_messages=len(theirs) if inbox is not None else 0,
        suppressed=kept or "",
        scanned=scanned,
    )
