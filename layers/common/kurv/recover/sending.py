"""send: one claimed cart in, at most one email out.

The claim arrives from the stream; the cart is read again (the stream image may be old)
and judged by ``decisions.decide`` (the whole rule: still open and unpaid, consent, address
not suppressed, no order from the same address since). An email is marked as sending with
a write conditional on ``decisions.SEND_GATE``, mailed, and recorded through ``claims``.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from enum import StrEnum

from kurv.core.addresses import orders_to_check
from kurv.core.clock import Clock
from kurv.core.links import LinkMaker, reply_address
from kurv.core.locales import email_language, formatting_locale
from kurv.core.mailer import Envelope, Mailer, SendOutcome, UndeliverableAddress, build_message
from kurv.core.model import Arm, Cart, CartGroup, Source, Variant
from kurv.core.observability import Metric, count, logger
from kurv.core.render import Reminder, render_reminder
from kurv.core.shop_store import ShopDirectory
from kurv.core.shops import Shop
from kurv.core.suppressions import SuppressionStore
from kurv.recover.claims import ClaimStore, Sent
from kurv.recover.content import shown_first_name, shown_lines
from kurv.recover.decisions import (
    AssumeSent,
    Decision,
    Defer,
    Elsewhere,
    Release,
    Send,
    Skip,
    decide,
    next_due,
)
from kurv.recover.holdout import series_view

_ATTEMPTS = 3


class Delivery(StrEnum):
    """What became of one claim."""

    SENT = "sent"
    REJECTED = "rejected"  # SES refused it: the step is used up, the series goes on
    ASSUMED_SENT = "assumed_sent"  # an earlier attempt may have sent it: recorded, not resent
    SKIPPED = "skipped"
    HELD_OUT = "held_out"  # the holdout's control group: no email at any step
    RELEASED = "released"
    DEFERRED = "deferred"
    DUPLICATE = "duplicate"  # the claim was finished already: a redelivered stream record


class RetryLater(Exception):
    """Not sent, and safe to try again: the stream will redeliver the claim."""


@dataclass(frozen=True)
class Sender:
    claims: ClaimStore
    suppressions: SuppressionStore
    shops: ShopDirectory
    mailer: Mailer
    links: LinkMaker
    clock: Clock
    reply_domain: str = ""

    def deliver(self, key: str, claim_id: str) -> Delivery:
        """Handle one claim. Raises RetryLater to have the stream redeliver it."""
        for _ in range(_ATTEMPTS):
            cart = self.claims.get(key)
            if cart is None or cart.claim_id != claim_id:
                return Delivery.DUPLICATE
            now = self.clock.now()
            shop = self.shops.get(cart.shop_id)
            joins = None
            if shop is not None:  # a cart in the experiment's variant: its series
                shop, joins = series_view(cart, shop)
            decision = decide(cart, shop, now=now, elsewhere=self._elsewhere(cart, shop, now))
            outcome = self._act(cart, decision, now, joins)
            if outcome is not None:
                _log(cart, decision, outcome)
                return outcome
        raise RetryLater("the cart kept changing while we tried to send")

    def _elsewhere(self, cart: Cart, shop: Shop | None, now: int) -> Elsewhere:
        def another_series() -> int:
            window = shop.series_window_seconds if shop else 0
            held_until = self.claims.claim_series(cart, until=now + window, now=now)
            if held_until:
                count(Metric.SERIES_LIMITED)
            return held_until

        return Elsewhere(
            suppressed=lambda: self.suppressions.is_suppressed(cart.shop_id, cart.email_hash),
            ordered_since_active=lambda: any(
                self.claims.ordered_since(key, cart.last_activity_at)
                for key in orders_to_check(cart.contact_key)
            ),
            another_series=another_series,
        )

    def _act(
        self, cart: Cart, decision: Decision, now: int, joins: tuple[str, Arm] | None = None
    ) -> Delivery | None:
        """Carry out a decision; None means the cart changed under us: decide again."""
        match decision:
            case Skip(close=close, unindex=unindex, assign=assign):
                done = self.claims.finish_skipped(
                    cart, close=close, unindex=unindex, assign=assign, now=now
                )
                if assign is CartGroup.CONTROL:  # counted in kurv report, not as a metric
                    return Delivery.HELD_OUT if done else None
                count(Metric.REMINDERS_SKIPPED)
                return Delivery.SKIPPED if done else None
            case Release():
                return Delivery.RELEASED if self.claims.release(cart) else None
            case Defer(until=until):
                until = min(until or cart.expires_at, cart.expires_at)
                return Delivery.DEFERRED if self.claims.defer(cart, until=until) else None
            case AssumeSent(shop=shop, step=step):
                recorded = (
                    self.claims.finish_check_in(cart, at=now)
                    if cart.awaits_check_in
                    else self._record_sent(cart, shop, step, now, message_id="")
                )
                return Delivery.ASSUMED_SENT if recorded else None
            case Send():
                return self._send(cart, decision, now, joins)

    def _send(
        self, cart: Cart, decision: Send, now: int, joins: tuple[str, Arm] | None
    ) -> Delivery | None:
        shop, step = decision.shop, decision.step
        try:
            message, reply_code, dropped = self._compose(cart, decision, now)
        except UndeliverableAddress:
            # Kept before intake refused such addresses: no email reaches it, so the cart
            # leaves the due index (new contact details bring it back), never reclaimed.
            logger.warning(
                "undeliverable address", extra={"shop_id": shop.shop_id, "cart_id": cart.cart_id}
            )
            skip = Skip("undeliverable address", unindex=True, assign=decision.assign)
            return self._act(cart, skip, now)
        if not self.claims.mark_sending(cart, step, assign=decision.assign, now=now, joins=joins):
            return None
        if reply_code and cart.reply_code != reply_code:
            self.claims.point_replies(cart, reply_code)
        check_in = decision.variant is Variant.CHECK_IN
        result = self.mailer.send(
            message, tags={"shop": shop.shop_id, "step": "check-in" if check_in else str(step)}
        )
        if check_in and result.outcome in (SendOutcome.SENT, SendOutcome.REJECTED):
            # Once, whatever SES said: a refused check-in is not tried again.
            refused = result.outcome is SendOutcome.REJECTED
            recorded = self.claims.finish_check_in(
                cart, at=now, problem=result.detail if refused else "", reply_code=reply_code
            )
            if not recorded:
                raise RetryLater("the cart changed while we recorded the check-in")
            return Delivery.REJECTED if refused else Delivery.SENT
        if result.outcome is SendOutcome.SENT:
            count(Metric.REMINDERS_SENT)
            if dropped:  # counted once per email that went out, not per attempt
                count(Metric.LINKS_DROPPED, dropped)
            self._record_sent(
                cart, shop, step, now, message_id=result.message_id, reply_code=reply_code
            )
            return Delivery.SENT
        if result.outcome is SendOutcome.REJECTED:
            # Tried once, never again: this step is used up and the series goes on, so a
            # merchant who verifies their domain later loses one email, not every cart.
            count(Metric.REMINDERS_REJECTED)
            logger.error(
                "SES refused the email",
                extra={
                    "shop_id": shop.shop_id,
                    "cart_id": cart.cart_id,
                    "step": step,
                    "ses_error": result.detail,
                },
            )
            self._record_sent(cart, shop, step, now, message_id="", problem=result.detail)
            return Delivery.REJECTED
        if result.outcome is SendOutcome.RETRY:
            count(Metric.SEND_THROTTLED)
            self.claims.unmark_sending(cart)
        # UNKNOWN keeps the mark: the redelivery records the step as sent, never resends it.
        raise RetryLater(f"SES did not confirm the message ({result.detail})")

    def _record_sent(
        self,
        cart: Cart,
        shop: Shop,
        step: int,
        now: int,
        *,
        message_id: str,
        reply_code: str = "",
        problem: str = "",
    ) -> bool:
        # The activity next_due is computed from must still hold when we write it.
        for _ in range(_ATTEMPTS):
            sent = Sent(
                step=step,
                at=now,
                message_id=message_id,
                next_due=next_due(cart, shop, step=step, now=now),
                seen_activity=cart.last_activity_at,
                reply_code=reply_code,
                problem=problem,
            )
            if self.claims.finish_sent(cart, sent):
                return True
            fresh = self.claims.get(cart.key)
            if fresh is None or fresh.claim_id != cart.claim_id:
                return False
            cart = fresh
        raise RetryLater("the cart kept changing while we recorded the email")

    def _compose(self, cart: Cart, decision: Send, now: int) -> tuple[EmailMessage, str, int]:
        """The message, its reply code, and how many of the cart's links were left out."""
        shop = decision.shop
        language = email_language(cart.locale, shop.locale)
        locale = formatting_locale(language, cart.locale, shop.locale)
        check_in = decision.variant is Variant.CHECK_IN
        # The check-in shows no cart and links nowhere but the unsubscribe: a service email.
        lines, dropped = (
            ((), 0) if check_in else shown_lines(cart.lines, shop, source=cart.items_from)
        )
        reminder = Reminder(
            shop=shop,
            language=language,
            babel_locale=locale,
            variant=decision.variant,
            lines=lines,
            currency=cart.currency or shop.currency,
            restore_url=""
            if check_in
            else self.links.restore(
                shop,
                cart.cart_id,
                step=decision.step,
                expires_at=cart.expires_at,
                language=language,
            ),
            unsubscribe_url=self.links.unsubscribe(
                shop,
                cart.cart_id,
                step=decision.step,
                email_hash=cart.email_hash,
                language=language,
                now=now,
            ),
            kept_until=shop.cart_kept_until(cart.last_activity_at),
            first_name=shown_first_name(cart.first_name, source=cart.first_name_from),
            coupon=None if check_in else shop.series[decision.step - 1].coupon,
            coupon_worth=None if check_in else shop.series[decision.step - 1].coupon_worth,
            step=decision.step,
            payment_reason=cart.payment_failure_reason or None,
            names_vouched=cart.items_from is Source.SIGNED,
            product_subject=shop.product_subjects,
            payment_offer=shop.payment_offer,
        )
        replies = reply_address(shop, cart.key, self.reply_domain) if self.reply_domain else None
        reply_code = replies.code if replies else ""
        reply_to = str(replies) if replies else shop.support_email or shop.sender_email
        envelope = Envelope(
            sender_name=shop.sender_name,
            sender_email=shop.sender_email,
            to=cart.email,
            reply_to=reply_to,
            unsubscribe_url=reminder.unsubscribe_url,
            sent_at=now,
            # A check-in's Step is no number: its Message-ID names no step of the series.
            reference={
                "Shop": shop.shop_id,
                "Cart": cart.cart_id,
                "Step": "check-in" if check_in else str(decision.step),
            },
        )
        return build_message(render_reminder(reminder), envelope), reply_code, dropped


def _log(cart: Cart, decision: Decision, outcome: Delivery) -> None:
    logger.info(
        "reminder",
        extra={
            "shop_id": cart.shop_id,
            "cart_id": cart.cart_id,
            "step": decision.step if isinstance(decision, Send | AssumeSent) else 0,
            "outcome": outcome.value,
            "reason": decision.reason,
        },
    )
