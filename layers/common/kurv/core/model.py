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


class CartField(StrEnum):
    """Every attribute of the carts table's items, named once. The carts table holds carts
    (key ``cart_key``) and three small kinds of items keyed with "~" (``series_key``,
    ``reply_pointer_key``, ``storefront_counter_key``) that use a few of the same names."""

    PK = "pk"
    SHOP_ID = "shop_id"
    CART_ID = "cart_id"  # on a series item or a reply pointer: the cart it names
    CREATED_AT = "created_at"
    LAST_ACTIVITY_AT = "last_activity_at"
    EXPIRES_AT = "expires_at"  # TTL: retention for a cart, the end of a hold for the others
    EVENT_IDS = "event_ids"  # the shop's event_ids applied, for duplicates
    CLOSED = "closed"  # Closed: why no more email, ever
    # The sparse due index: present only while an email is pending.
    DUE_SHARD = "due_shard"
    DUE_AT = "due_at"
    NEXT_DELAY = "next_delay"  # the delay of the step due next, after the last activity
    # What each event type owns, and when it was last told.
    CONTENTS_AT = "contents_at"
    ITEMS = "items"
    CURRENCY = "currency"
    SUBTOTAL = "subtotal"
    ITEM_COUNT = "item_count"
    ITEMS_FROM = "items_from"  # Source: who told the items' names
    RESTORE_URL = "restore_url"  # this cart's own way back (signed calls only), else the shop's
    LOCALE = "locale"
    CONTACT_AT = "contact_at"
    EMAIL = "email"
    EMAIL_HASH = "email_hash"  # addresses.AddressKey.hash
    CONTACT_KEY = "contact_key"  # <shop>#<address hash>: the orders index's key
    CONSENT = "consent"
    CONTACT_HELD = "contact_held"  # a storefront address not admitted under the hourly cap
    CONTACT_FROM = "contact_from"  # Source: who named the address (also on a series item)
    FIRST_NAME = "first_name"
    FIRST_NAME_FROM = "first_name_from"  # Source: who told the first name
    PHONE = "phone"
    STEP_AT = "step_at"
    CHECKOUT_STEP = "checkout_step"
    PAYMENT_FAILURES = "payment_failures"
    PAYMENT_FAILED_AT = "payment_failed_at"
    PAYMENT_FAILURE_REASON = "payment_failure_reason"
    ORDERED_AT = "ordered_at"  # the orders index's sort key
    ORDER_ID = "order_id"
    ORDER_TOTAL = "order_total"
    OPTED_OUT_AT = "opted_out_at"
    # A word after the sale (Shop.check_in_seconds): when an ordered cart's one check-in
    # email is due (it puts the closed cart back in the due index), when it went out, and
    # the order.refunded / order.cancelled that calls it off (OrderUndone).
    CHECK_IN_DUE = "check_in_due"
    CHECK_IN_SENT_AT = "check_in_sent_at"
    ORDER_UNDONE = "order_undone"
    ORDER_UNDONE_AT = "order_undone_at"
    # The customer's answers to the emails.
    FIRST_CLICK_AT = "first_click_at"
    LAST_CLICK_AT = "last_click_at"
    CLICKS = "clicks"
    REPLIED_AT = "replied_at"
    LAST_REPLY_AT = "last_reply_at"
    LAST_REPLY_REASON = "last_reply_reason"  # ReplyReason
    REPLIES = "replies"
    # The sweep's claim and send's marks (recover.claims).
    CLAIM_ID = "claim_id"
    CLAIM_STEP = "claim_step"
    CLAIMED_AT = "claimed_at"
    SENDING_STEP = "sending_step"  # an email handed to SES, outcome not yet recorded
    UNCERTAIN_STEP = "uncertain_step"  # a dead worker's step that may have gone out
    REMINDERS_SENT = "reminders_sent"
    LAST_REMINDER_AT = "last_reminder_at"
    SENT_LOG = "sent_log"
    LAST_SEND_PROBLEM = "last_send_problem"
    REPLY_CODE = "reply_code"  # the code in its emails' reply address (core.links)
    # The holdout (recover.holdout): the cart's group, set once when it first became due,
    # and an order of the same address on another cart within the attribution window
    # credited to it (track.cart_store), so both groups count orders by one rule.
    GROUP = "group"  # CartGroup
    ASSIGNED_AT = "assigned_at"
    # An emailed cart in the shop's experiment (core.shops.Experiment): its name, and Arm.
    EXPERIMENT = "experiment"
    ARM = "arm"
    CONVERTED_AT = "converted_at"
    CONVERTED_ORDER = "converted_order"
    CONVERTED_TOTAL = "converted_total"
    CONVERTED_CURRENCY = "converted_currency"
    # On a storefront counter item: how many new addresses this hour.
    COUNT = "n"
    # A sample cart `kurv send-test` made for its links (track.cart_store.SampleCarts): no
    # address, never due, never counted in the figures, removed once the email is sent.
    SAMPLE = "sample"


def cart_key(shop_id: str, cart_id: str) -> str:
    return f"{shop_id}#{cart_id}"


SAMPLE_CART_PREFIX = "kurv-test-"  # a sample cart's id: told apart from a shop's at a glance


def reply_pointer_key(shop_id: str, reply_code: str) -> str:
    """The item that ties a reply address's code (reply+<shop>-<code>@...) to its cart,
    written with the cart's first email. Keyed with "~" like the series items below."""
    return f"~reply#{shop_id}#{reply_code}"


def storefront_counter_key(shop_id: str, hour: int) -> str:
    """The item that counts new addresses from the shop's storefront (the public key) in the
    hour starting at `hour` (track.cart_store.admit_storefront_address)."""
    return f"~storefront-addresses#{shop_id}#{hour}"


def series_key(shop_id: str, address_hash: str) -> str:
    """The item that says which cart holds an address's series (claims.claim_series).

    Besides carts the table holds two small kinds of items, keyed with "~" so no cart key
    (which starts with a shop id) can equal one: these, and the hourly counters of new
    storefront addresses (cart_store.admit_storefront_address). Both expire by TTL.
    """
    return f"~series#{shop_id}#{address_hash}"


def shop_item_prefixes(shop_id: str) -> tuple[str, ...]:
    """How every item of a shop's is keyed in the carts table: its carts (``cart_key``)
    and its "~" items (series, reply pointers, storefront counters). A shop's erasure
    looks for these and its carts' ``shop_id``."""
    return (
        cart_key(shop_id, ""),
        series_key(shop_id, ""),
        reply_pointer_key(shop_id, ""),
        storefront_counter_key(shop_id, 0).removesuffix("0"),
    )


def due_shard(key: str) -> int:
    return zlib.crc32(key.encode()) % DUE_SHARDS


def as_int(value: Any, default: int = 0) -> int:
    """DynamoDB numbers arrive as Decimal; our timestamps and counters are whole numbers."""
    if value is None:
        return default
    return int(Decimal(value))


class Source(StrEnum):
    """Who told Kurv something, stored beside what they told (``*_from``). Only a signed call
    vouches: anything without ``signed`` beside it is treated as the storefront's."""

    SIGNED = "signed"  # the shop's server or platform (Kurv-Signature)
    STOREFRONT = "storefront"  # the publishable key: anyone


def told_by(value: Any) -> Source:
    """A stored ``*_from`` value read back; missing or unknown is the storefront's."""
    return Source.SIGNED if value == Source.SIGNED else Source.STOREFRONT


class Closed(StrEnum):
    """Why a cart gets no more email (the item's ``closed``). A closed cart never reopens."""

    ORDERED = "ordered"
    OPTED_OUT = "opted_out"
    SERIES_COMPLETE = "series_complete"
    SUPPRESSED = "suppressed"
    REPLIED = "replied"  # the customer answered: a person takes over from the series
    # The shop's platform deleted the checkout (Shopify's checkouts/delete): no order, and
    # never counted as one.
    DISCARDED = "discarded"


class OrderUndone(StrEnum):
    """What became of an order after it was placed (the item's ``order_undone``)."""

    REFUNDED = "refunded"
    CANCELLED = "cancelled"


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


class CartGroup(StrEnum):
    """Which side of the shop's holdout a cart is on (the item's ``group``), decided once
    when it first became due (recover.holdout)."""

    TREATED = "treated"  # gets the series
    CONTROL = "control"  # gets no email at all: what the emails add is measured against it


class Arm(StrEnum):
    """Which series an emailed cart in the shop's experiment gets (the item's ``arm``)."""

    CURRENT = "current"  # the shop's own series
    VARIANT = "variant"  # the experiment's


def cart_group(value: Any) -> CartGroup | None:
    """A stored ``group`` read back; None when there is none (or one this version does not know)."""
    try:
        return CartGroup(value)
    except ValueError:
        return None


class Variant(StrEnum):
    """Which email of the series a customer gets: each has its own words."""

    FIRST = "first"
    FOLLOW_UP = "follow_up"
    LAST_CALL = "last_call"
    # The first email after a failed payment, then the rest of the series after it: a
    # customer who tried to pay is offered help, not reminded of a cart they know about.
    PAYMENT_TROUBLE = "payment_trouble"
    PAYMENT_FOLLOW_UP = "payment_follow_up"
    # After the series, not part of it: one service email some days after an order
    # (Shop.check_in_seconds), asking whether everything arrived as it should.
    CHECK_IN = "check_in"


@dataclass(frozen=True)
class Line:
    """One line of a cart as the email shows it."""

    name: str
    quantity: int
    unit_price: Decimal
    image_url: str | None = None
    url: str | None = None
    sku: str = ""  # the shop's article number (for the shop's eyes: the forward of a reply)


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
    # A storefront contact not admitted under the shop's hourly cap of new addresses: kept,
    # not emailed.
    contact_held: bool = False
    contact_from: Source = Source.STOREFRONT
    items_from: Source = Source.STOREFRONT
    first_name_from: Source = Source.STOREFRONT
    currency: str = ""
    lines: tuple[Line, ...] = ()
    closed: Closed | None = None
    reminders_sent: int = 0
    last_reminder_at: int = 0
    payment_failed_at: int = 0
    # The shop's word for why (events.PaymentFailureReason), "other" when it sent none.
    payment_failure_reason: str = ""
    reply_code: str = ""  # the code in its emails' reply address, once one was sent
    group: CartGroup | None = None  # None: not yet due, or due before the holdout existed
    experiment: str = ""  # the experiment an emailed cart joined, and its arm
    arm: Arm | None = None
    claim_id: str = ""
    claim_step: int = 0
    claimed_at: int = 0
    sending_step: int = 0
    uncertain_step: int = 0
    opted_out_at: int = 0
    check_in_due: int = 0  # an ordered cart's check-in: when it is due (0: none)
    check_in_sent_at: int = 0
    order_undone: str = ""  # OrderUndone: the order was refunded or cancelled

    @property
    def awaits_check_in(self) -> bool:
        """An ordered cart put back in the due index for its check-in email."""
        return self.closed is Closed.ORDERED and bool(self.check_in_due)

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
                sku=str(line.get("sku") or ""),
            )
            for line in item.get(CartField.ITEMS) or ()
        )
        closed = item.get(CartField.CLOSED)
        return cls(
            key=item[CartField.PK],
            shop_id=item.get(CartField.SHOP_ID, ""),
            cart_id=item.get(CartField.CART_ID, ""),
            last_activity_at=as_int(item.get(CartField.LAST_ACTIVITY_AT)),
            expires_at=as_int(item.get(CartField.EXPIRES_AT)),
            email=item.get(CartField.EMAIL, ""),
            email_hash=item.get(CartField.EMAIL_HASH, ""),
            contact_key=item.get(CartField.CONTACT_KEY, ""),
            first_name=item.get(CartField.FIRST_NAME, ""),
            locale=item.get(CartField.LOCALE, ""),
            consent=bool(item.get(CartField.CONSENT, False)),
            contact_held=bool(item.get(CartField.CONTACT_HELD, False)),
            contact_from=told_by(item.get(CartField.CONTACT_FROM)),
            items_from=told_by(item.get(CartField.ITEMS_FROM)),
            first_name_from=told_by(item.get(CartField.FIRST_NAME_FROM)),
            currency=item.get(CartField.CURRENCY, ""),
            lines=lines,
            # An order closes the cart even if the item predates the closed attribute.
            closed=Closed(closed)
            if closed
            else (Closed.ORDERED if CartField.ORDERED_AT in item else None),
            reminders_sent=as_int(item.get(CartField.REMINDERS_SENT)),
            last_reminder_at=as_int(item.get(CartField.LAST_REMINDER_AT)),
            payment_failed_at=as_int(item.get(CartField.PAYMENT_FAILED_AT)),
            payment_failure_reason=item.get(CartField.PAYMENT_FAILURE_REASON, ""),
            reply_code=item.get(CartField.REPLY_CODE, ""),
            group=cart_group(item.get(CartField.GROUP)),
            experiment=str(item.get(CartField.EXPERIMENT) or ""),
            arm=Arm(item[CartField.ARM]) if item.get(CartField.ARM) in tuple(Arm) else None,
            claim_id=item.get(CartField.CLAIM_ID, ""),
            claim_step=as_int(item.get(CartField.CLAIM_STEP)),
            claimed_at=as_int(item.get(CartField.CLAIMED_AT)),
            sending_step=as_int(item.get(CartField.SENDING_STEP)),
            uncertain_step=as_int(item.get(CartField.UNCERTAIN_STEP)),
            opted_out_at=as_int(item.get(CartField.OPTED_OUT_AT)),
            check_in_due=as_int(item.get(CartField.CHECK_IN_DUE)),
            check_in_sent_at=as_int(item.get(CartField.CHECK_IN_SENT_AT)),
            order_undone=str(item.get(CartField.ORDER_UNDONE) or ""),
        )
