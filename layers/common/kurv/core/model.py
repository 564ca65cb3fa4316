"""The carts table's item as Kurv's code reads it, and the small value types around it.

The table's layout is named here once (template.yaml declares the same): the key, the
sparse ``due`` index (only carts with an email pending carry ``due_shard``/``due_at``) and
the sparse ``orders_by_contact`` index. Two modules write the table, one per side:
``cart_store.py`` (what shops and customers tell us) and ``claims.py`` (the sweep's claims
and what send does with them). No AWS imports here: decisions and the renderer load this
module, never boto3.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

DUE_INDEX = "due"
DUE_SHARDS = 8  # fixed: the sweep queries every shard, so changing it strands carts
ORDERS_INDEX = "orders_by_contact"


def cart_key(shop_id: str, cart_id: str) -> str:
    return f"{shop_id}#{cart_id}"


def reply_pointer_key(shop_id: str, reply_code: str) -> str:
    """The item that ties a reply address's code (reply+<shop>-<code>@...) to its cart,
    written with the cart's first email. Keyed with "~" like the series items below."""
    return f"~reply#{shop_id}#{reply_code}"


def series_key(shop_id: str, address_hash: str) -> str:
    """The item that says which cart holds an address's series (claims.claim_series).

    Besides carts the table holds two small kinds of items, keyed with "~" so no cart key
    (which starts with a shop id) can equal one: these, and the hourly counters of new
    storefront addresses (cart_store.admit_storefront_address). Both expire by TTL.
    """
    return f"~series#{shop_id}#{address_hash}"


def due_shard(key: str) -> int:
    return zlib.crc32(key.encode()) % DUE_SHARDS


def as_int(value: Any, default: int = 0) -> int:
    """DynamoDB numbers arrive as Decimal; our timestamps and counters are whole numbers."""
    if value is None:
        return default
    return int(Decimal(value))


class Closed(StrEnum):
    """Why a cart gets no more email (the item's ``closed``). A closed cart never reopens."""

    ORDERED = "ordered"
    OPTED_OUT = "opted_out"
    SERIES_COMPLETE = "series_complete"
    SUPPRESSED = "suppressed"
    REPLIED = "replied"  # the customer answered: a person takes over from the series


class ReplyReason(StrEnum):
    """Why a customer who answered says they left (the cart's ``last_reply_reason``)."""

    PAYMENT = "payment"
    PRICE = "price"
    DELIVERY = "delivery"
    TRUST = "trust"
    TECHNICAL = "technical"
    QUESTION = "question"
    CHANGED_MIND = "changed_mind"
    OTHER = "other"


class Variant(StrEnum):
    """Which email of the series a customer gets: each has its own words."""

    FIRST = "first"
    FOLLOW_UP = "follow_up"
    LAST_CALL = "last_call"
    # The first email after a failed payment, then the rest of the series after it: a
    # customer who tried to pay is offered help, not reminded of a cart they know about.
    PAYMENT_TROUBLE = "payment_trouble"
    PAYMENT_FOLLOW_UP = "payment_follow_up"


@dataclass(frozen=True)
class Line:
    """One line of a cart as the email shows it."""

    name: str
    quantity: int
    unit_price: Decimal
    image_url: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Cart:
    """The parts of a stored cart that the sweep, the decisions and send read."""

    key: str
    shop_id: str
    cart_id: str
    last_activity_at: int
    expires_at: int
    email: str = ""
    email_hash: str = ""
    contact_key: str = ""
    first_name: str = ""
    locale: str = ""
    consent: bool = False
    # A storefront contact past the shop's hourly cap of new addresses: kept, not emailed.
    contact_held: bool = False
    currency: str = ""
    lines: tuple[Line, ...] = ()
    closed: Closed | None = None
    reminders_sent: int = 0
    last_reminder_at: int = 0
    payment_failed_at: int = 0
    # The shop's word for why (events.PaymentFailureReason), "other" when it sent none.
    payment_failure_reason: str = ""
    reply_code: str = ""  # the code in its emails' reply address, once one was sent
    claim_id: str = ""
    claim_step: int = 0
    claimed_at: int = 0
    sending_step: int = 0
    uncertain_step: int = 0

    @classmethod
    def from_item(cls, item: dict[str, Any]) -> Cart:
        """Read a stored item (already deserialised into Python values)."""
        lines = tuple(
            Line(
                name=str(line["name"]),
                quantity=as_int(line["quantity"]),
                unit_price=Decimal(line["unit_price"]),
                image_url=line.get("image_url"),
                url=line.get("url"),
            )
            for line in item.get("items") or ()
        )
        closed = item.get("closed")
        return cls(
            key=item["pk"],
            shop_id=item.get("shop_id", ""),
            cart_id=item.get("cart_id", ""),
            last_activity_at=as_int(item.get("last_activity_at")),
            expires_at=as_int(item.get("expires_at")),
            email=item.get("email", ""),
            email_hash=item.get("email_hash", ""),
            contact_key=item.get("contact_key", ""),
            first_name=item.get("first_name", ""),
            locale=item.get("locale", ""),
            consent=bool(item.get("consent", False)),
            contact_held=bool(item.get("contact_held", False)),
            currency=item.get("currency", ""),
            lines=lines,
            # An order closes the cart even if the item predates the closed attribute.
            closed=Closed(closed) if closed else (Closed.ORDERED if "ordered_at" in item else None),
            reminders_sent=as_int(item.get("reminders_sent")),
            last_reminder_at=as_int(item.get("last_reminder_at")),
            payment_failed_at=as_int(item.get("payment_failed_at")),
            payment_failure_reason=item.get("payment_failure_reason", ""),
            reply_code=item.get("reply_code", ""),
            claim_id=item.get("claim_id", ""),
            claim_step=as_int(item.get("claim_step")),
            claimed_at=as_int(item.get("claimed_at")),
            sending_step=as_int(item.get("sending_step")),
            uncertain_step=as_int(item.get("uncertain_step")),
        )
