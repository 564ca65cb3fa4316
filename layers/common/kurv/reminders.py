"""Whether a claimed cart gets its email now, which one, and when the next is due.

Pure decisions over a cart as stored; `sending.py` does the reading, writing and mailing.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from kurv.carts import Closed
from kurv.dynamo import as_int
from kurv.render import Line, Variant
from kurv.shops import ConsentPolicy, Shop

# A claim not finished within this long is taken to have died with its worker.
CLAIM_LEASE_SECONDS = 15 * 60


@dataclass(frozen=True)
class Cart:
    """The parts of a stored cart the reminder loop reads."""

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
    currency: str = ""
    lines: tuple[Line, ...] = ()
    closed: str = ""
    reminders_sent: int = 0
    last_reminder_at: int = 0
    payment_failed_at: int = 0
    claim_id: str = ""
    claim_step: int = 0
    claimed_at: int = 0
    sending_step: int = 0
    uncertain_step: int = 0

    @classmethod
    def from_item(cls, item: dict[str, Any]) -> Cart:
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
            currency=item.get("currency", ""),
            lines=lines,
            closed=item.get("closed", "") or ("ordered" if "ordered_at" in item else ""),
            reminders_sent=as_int(item.get("reminders_sent")),
            last_reminder_at=as_int(item.get("last_reminder_at")),
            payment_failed_at=as_int(item.get("payment_failed_at")),
            claim_id=item.get("claim_id", ""),
            claim_step=as_int(item.get("claim_step")),
            claimed_at=as_int(item.get("claimed_at")),
            sending_step=as_int(item.get("sending_step")),
            uncertain_step=as_int(item.get("uncertain_step")),
        )


class Action(StrEnum):
    SEND = "send"
    SKIP = "skip"  # no email now or later: finish the claim, maybe close the cart
    RELEASE = "release"  # the customer came back after the claim: their activity re-timed it
    DEFER = "defer"  # nothing to remind of (an empty cart) until the customer acts again
    ASSUME_SENT = "assume_sent"  # an earlier attempt may have sent it: never risk a second


@dataclass(frozen=True)
class Decision:
    action: Action
    step: int = 0
    variant: Variant | None = None
    close: str = ""  # a Closed reason, for SKIP
    unindex: bool = False  # for SKIP without closing: leave the due index
    reason: str = ""


def decide(cart: Cart, shop: Shop | None, *, now: int) -> Decision:  # noqa: PLR0911 (a table)
    """The cheap checks, from the cart alone; suppressions and orders are checked after."""
    if shop is None or not shop.active:
        return Decision(Action.SKIP, unindex=True, reason="shop missing or switched off")
    if cart.closed:
        return Decision(Action.SKIP, unindex=True, reason=f"closed: {cart.closed}")
    if cart.expires_at and now >= cart.expires_at:
        # Past retention, waiting for TTL (which can take days): no email, no more claims.
        return Decision(Action.SKIP, unindex=True, reason="past retention")
    uncertain = cart.sending_step or cart.uncertain_step
    if uncertain > cart.reminders_sent:
        return Decision(Action.ASSUME_SENT, step=uncertain, reason="earlier attempt unconfirmed")
    if not cart.email:
        return Decision(Action.SKIP, unindex=True, reason="no address")
    if shop.consent_policy is ConsentPolicy.REQUIRED and not cart.consent:
        return Decision(Action.SKIP, unindex=True, reason="no consent")
    if cart.last_activity_at > cart.claimed_at:
        return Decision(Action.RELEASE, reason="customer active since the claim")
    step = due_step(cart, shop, now=now)
    if step > len(shop.series):
        return Decision(Action.SKIP, close=Closed.SERIES_COMPLETE, reason="series complete")
    if not cart.lines:
        return Decision(Action.DEFER, reason="empty cart")
    return Decision(Action.SEND, step=step, variant=variant_for(cart, shop, step))


def due_step(cart: Cart, shop: Shop, *, now: int) -> int:
    """The next step, or a later one whose time has also come (after an outage, say):
    a customer gets the email that fits now, never a burst of the ones missed."""
    step = max(cart.claim_step, cart.reminders_sent + 1)
    while step < len(shop.series) and cart.last_activity_at + shop.delay_before(step + 1) <= now:
        step += 1
    return step


def variant_for(cart: Cart, shop: Shop, step: int) -> Variant:
    if cart.payment_failed_at and cart.payment_failed_at > cart.last_reminder_at:
        return Variant.PAYMENT_TROUBLE
    if step == len(shop.series) and step > 1:
        return Variant.LAST_CALL
    return Variant.FIRST if step == 1 else Variant.FOLLOW_UP


def next_due(cart: Cart, shop: Shop, *, step: int, now: int) -> tuple[int, int] | None:
    """(due_at, next_delay) for the email after `step`, or None when the series is done.

    Timed from the last activity, but never sooner after this email than the series'
    own gap between the two steps.
    """
    if step >= len(shop.series):
        return None
    delay = shop.delay_before(step + 1)
    gap = delay - shop.delay_before(step)
    return max(cart.last_activity_at + delay, now + gap), delay
