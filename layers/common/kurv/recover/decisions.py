"""May this cart get this email now? The whole rule, and when the next email is due. Pure.

``decide`` reads top to bottom: the first line that says no decides. What it needs from
outside the cart (is the address suppressed, did it buy on another cart) it asks through
``Elsewhere``, only once everything else says send. ``SEND_GATE`` is the part of the rule
that must still hold at the instant send marks the cart: ``claims.ClaimStore.mark_sending``
builds its condition expression from it, so a purchase or activity that lands between the
decision and SES stops the email in DynamoDB itself. Nothing here imports an AWS SDK.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kurv.core.consent import contact_refusal
from kurv.core.expressions import Update
from kurv.core.model import Cart, CartField, CartGroup, Closed, Variant
from kurv.core.shops import Shop
from kurv.recover.holdout import group_for


@dataclass(frozen=True)
class Send:
    shop: Shop
    step: int
    variant: Variant
    reason: str = "due"
    assign: CartGroup | None = None  # the cart's first due email: record it as treated


@dataclass(frozen=True)
class AssumeSent:
    """An earlier attempt may have sent this step: record it as sent, never risk a second."""

    shop: Shop
    step: int
    reason: str


@dataclass(frozen=True)
class Skip:
    """No email now or later: finish the claim, and close the cart or leave the due index."""

    reason: str
    close: Closed | None = None
    unindex: bool = False
    assign: CartGroup | None = None  # the cart's group, decided with this claim


@dataclass(frozen=True)
class Release:
    """The customer came back after the claim: their activity has re-timed the email."""

    reason: str


@dataclass(frozen=True)
class Defer:
    """Not now: look again at `until` (0: when the cart expires), or when the customer acts."""

    reason: str
    until: int = 0


Decision = Send | AssumeSent | Skip | Release | Defer


@dataclass(frozen=True)
class Elsewhere:
    """Facts kept outside the cart. Each costs a read, so decide asks them last."""

    suppressed: Callable[[], bool]  # the address is on the shop's suppression list
    ordered_since_active: Callable[[], bool]  # it bought on any cart since this one was active
    # Until when another cart holds the address's series (its last email plus the shop's
    # window), or 0. Asked last: asking claims the address for this cart when it is free
    # (claims.ClaimStore.claim_series).
    another_series: Callable[[], int] = lambda: 0


NOTHING_ELSEWHERE = Elsewhere(suppressed=lambda: False, ordered_since_active=lambda: False)


def decide(  # noqa: PLR0911, PLR0912 (a table)
    cart: Cart, shop: Shop | None, *, now: int, elsewhere: Elsewhere = NOTHING_ELSEWHERE
) -> Decision:
    if shop is None or not shop.active:
        return Skip("shop missing or switched off", unindex=True)
    if cart.awaits_check_in:
        return _check_in(cart, shop, now=now, elsewhere=elsewhere)
    if cart.closed:
        return Skip(f"closed: {cart.closed}", unindex=True)
    if cart.expires_at and now >= cart.expires_at:
        # Past retention, waiting for TTL (which can take days): no email, no more claims.
        return Skip("past retention", unindex=True)
    if cart.group is CartGroup.CONTROL:
        return Skip("holdout: the control group gets no email", unindex=True)
    uncertain = cart.sending_step or cart.uncertain_step
    if uncertain > cart.reminders_sent:
        return AssumeSent(shop, uncertain, "earlier attempt unconfirmed")
    refusal = contact_refusal(
        shop, address=cart.email, consent=cart.consent, held=cart.contact_held
    )
    if refusal:
        return Skip(refusal, unindex=True)
    if cart.last_activity_at > cart.claimed_at:
        return Release("customer active since the claim")
    step = due_step(cart, shop, now=now)
    if step > len(shop.series):
        return Skip("series complete", close=Closed.SERIES_COMPLETE)
    due_at = cart.last_activity_at + shop.delay_before(step)
    if shop.experiment is not None and not cart.reminders_sent and now < due_at:
        # Due by the earlier of an experiment's two first delays (Shop.first_delay), and
        # this cart's series has the later one.
        return Defer("not yet due in its series", until=due_at)
    if not cart.lines:
        return Defer("empty cart")
    if elsewhere.suppressed():
        return Skip("address suppressed", close=Closed.SUPPRESSED)
    if elsewhere.ordered_since_active():
        return Skip("ordered on another cart", close=Closed.ORDERED)
    held_until = elsewhere.another_series()
    if held_until:
        # Nobody can mail an address again and again through many carts, nor move a
        # running series to another address: each email renews its cart's hold.
        return Defer("the address has a series from another cart", until=held_until)
    return _send_or_hold_out(cart, shop, step)


def _send_or_hold_out(cart: Cart, shop: Shop, step: int) -> Send | Skip:
    variant = variant_for(cart, shop, step)
    if cart.group is not None or cart.reminders_sent:
        return Send(shop, step, variant)  # decided before (or emailed before the holdout was)
    # Its first due email: the group is decided now, after every other rule, so both groups
    # are made of the same kind of carts (and each holds its address's series alike).
    group = group_for(shop.shop_id, cart.email_hash, shop.holdout_percent)
    if group is CartGroup.CONTROL:
        return Skip("holdout: the control group gets no email", unindex=True, assign=group)
    return Send(shop, step, variant, assign=group)


def _check_in(  # noqa: PLR0911 (a table)
    cart: Cart, shop: Shop, *, now: int, elsewhere: Elsewhere
) -> Decision:
    """The one email after an order (Shop.check_in_seconds), read like decide: the first
    line that says no decides, and every no takes the cart out of the due index for good."""
    if not shop.check_in_seconds:
        return Skip("check-in switched off", unindex=True)
    if cart.check_in_sent_at:
        return Skip("check-in sent already", unindex=True)
    if cart.sending_step or cart.uncertain_step:
        return AssumeSent(shop, cart.sending_step or cart.uncertain_step, "check-in unconfirmed")
    if cart.order_undone:
        return Skip(f"order {cart.order_undone}", unindex=True)
    if cart.group is CartGroup.CONTROL:
        return Skip("holdout: the control group gets no email", unindex=True)
    if cart.opted_out_at:
        return Skip("opted out", unindex=True)
    if cart.expires_at and now >= cart.expires_at:
        return Skip("past retention", unindex=True)
    refusal = contact_refusal(
        shop, address=cart.email, consent=cart.consent, held=cart.contact_held
    )
    if refusal:
        return Skip(refusal, unindex=True)
    if cart.last_activity_at > cart.claimed_at:
        return Release("customer active since the claim")
    if now < cart.check_in_due:
        return Defer("check-in not yet due", until=cart.check_in_due)
    if elsewhere.suppressed():
        return Skip("address suppressed", unindex=True)
    return Send(shop, max(cart.claim_step, 1), Variant.CHECK_IN, reason="check-in")


def due_step(cart: Cart, shop: Shop, *, now: int) -> int:
    """The next step, or a later one whose time has also come (after an outage, say):
    a customer gets the email that fits now, never a burst of the ones missed."""
    step = max(cart.claim_step, cart.reminders_sent + 1)
    while step < len(shop.series) and cart.last_activity_at + shop.delay_before(step + 1) <= now:
        step += 1
    return step


def variant_for(cart: Cart, shop: Shop, step: int) -> Variant:
    if cart.payment_failed_at:
        # The email after the failure says what went wrong; the ones after it keep offering help.
        if cart.payment_failed_at > cart.last_reminder_at:
            return Variant.PAYMENT_TROUBLE
        return Variant.PAYMENT_FOLLOW_UP
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


@dataclass(frozen=True)
class Guard:
    """One thing that must hold when send marks a cart, in two forms that must agree: over
    the cart as read (`holds`), and as a condition on the stored item (`condition`)."""

    name: str
    holds: Callable[[Cart, int], bool]  # (cart, step)
    condition: Callable[[Update, Cart, int], str]


SEND_GATE: tuple[Guard, ...] = (
    Guard(
        "no attempt in flight",
        lambda cart, step: not cart.sending_step,
        lambda u, cart, step: f"attribute_not_exists({u.name(CartField.SENDING_STEP)})",
    ),
    Guard(
        "still open (not closed, not bought); for a check-in, the order standing",
        lambda cart, step: _order_stands(cart) if cart.awaits_check_in else cart.closed is None,
        lambda u, cart, step: (
            _order_stands_condition(u)
            if cart.awaits_check_in
            else (
                f"attribute_not_exists({u.name(CartField.CLOSED)})"
                f" AND attribute_not_exists({u.name(CartField.ORDERED_AT)})"
            )
        ),
    ),
    Guard(
        "contact not held",
        lambda cart, step: not cart.contact_held,
        lambda u, cart, step: f"attribute_not_exists({u.name(CartField.CONTACT_HELD)})",
    ),
    Guard(
        "no activity since the claim",
        lambda cart, step: cart.last_activity_at <= cart.claimed_at,
        lambda u, cart, step: u.missing_or_at_most(CartField.LAST_ACTIVITY_AT, cart.claimed_at),
    ),
    Guard(
        "this step not sent yet",
        lambda cart, step: cart.reminders_sent < step,
        lambda u, cart, step: u.missing_or_below(CartField.REMINDERS_SENT, step),
    ),
)


def _order_stands(cart: Cart) -> bool:
    """A check-in's gate: ordered, not refunded or cancelled, no opt-out, not sent yet."""
    return (
        cart.closed is Closed.ORDERED
        and bool(cart.check_in_due)
        and not cart.order_undone
        and not cart.opted_out_at
        and not cart.check_in_sent_at
    )


def _order_stands_condition(u: Update) -> str:
    return " AND ".join(
        (
            f"{u.name(CartField.CLOSED)} = {u.value(Closed.ORDERED)}",
            f"attribute_exists({u.name(CartField.CHECK_IN_DUE)})",
            *(
                f"attribute_not_exists({u.name(name)})"
                for name in (
                    CartField.ORDER_UNDONE,
                    CartField.OPTED_OUT_AT,
                    CartField.CHECK_IN_SENT_AT,
                )
            ),
        )
    )
