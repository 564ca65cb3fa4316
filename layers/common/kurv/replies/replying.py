"""What a customer's reply does: find its cart, keep the words, end the series, tell the shop.

SES receives mail for the ReplyDomain, stores each message in S3 and invokes the replies
function with the message's id; ``ReplyDesk.receive`` takes it from there:

1. The recipient ``reply+<shop>-<code>@<ReplyDomain>`` names the shop, and the code (written
   with the cart's first email, ``claims.point_replies``) the cart. A code we never sent
   (forged, mistyped, or its cart expired) is kept for the shop as unmatched and goes no
   further: nobody can have Kurv mail a shop's inbox from the shop's own sender.
2. ``inbound.read_reply`` reads the message (any charset, any client, malformed or not) into
   the customer's own words, a reason with the rule that found it, and whether it is an
   auto-reply. Reading is bounded: a message it could not read in its time budget (or at
   all) is set aside.
3. The reply is stored (once: SES may invoke twice for one message). An auto-reply or a
   message set aside stops there: it neither ends the series nor reaches the shop.
4. A person's reply closes the cart (``replied``; no email after it, even one already
   claimed) and is forwarded to the shop's customer service from the shop's own sender,
   answering straight to the customer (``forward``: under the customer's subject and name,
   threaded with the cart's other replies, their images and PDFs attached). A second
   reply to the same cart is kept and forwarded too, up to FORWARDS_PER_CART_PER_DAY a
   cart and FORWARDS_PER_SHOP_PER_HOUR a shop: past them a reply is kept and listed
   (``kurv replies``) but not forwarded, so nobody can make the shop's own sender mail
   its inbox at will. A sender SES could not
   verify (``verdicts``: SPF, DKIM, DMARC) is forwarded with a warning at the top.

Logs carry the shop, the cart and the outcome, never an address or the words.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from kurv.core.clock import DAY, HOUR
from kurv.core.links import read_reply_address
from kurv.core.model import ReplyReason, cart_key
from kurv.core.observability import Metric, count, count_for_shop, logger
from kurv.replies.attachments import MAX_MESSAGE_BYTES, Attachments, attachments
from kurv.replies.inbound import Reply, read_reply
from kurv.replies.mime import Timer
from kurv.replies.reply_store import Inbox, StoredReply, forward_counter
from kurv.replies.verdicts import Verdicts

if TYPE_CHECKING:
    from kurv.core.clock import Clock
    from kurv.core.mailer import Mailer
    from kurv.core.model import Cart
    from kurv.core.shop_store import ShopDirectory
    from kurv.core.shops import Shop
    from kurv.replies.reply_store import ReplyStore


class RepliedCarts(Protocol):
    """What a reply needs of the carts table: the cart its code names, and a way to end its
    series. The composition root (wiring) passes the stores that own those items."""

    def cart_for_reply(self, shop_id: str, reply_code: str) -> str | None: ...

    def get(self, key: str) -> Cart | None: ...


class CartCloser(Protocol):
    def close_replied(
        self, shop_id: str, cart_id: str, *, now: int, reason: str = "other"
    ) -> None: ...


@dataclass(frozen=True)
class Incoming:
    """A message SES received: its id (the S3 object's name), when, for whom, its bytes, and
    what SES's checks said of it."""

    message_id: str
    received_at: int
    recipients: tuple[str, ...]
    raw: bytes
    verdicts: Verdicts = field(default_factory=Verdicts)


class Received(StrEnum):
    FORWARDED = "forwarded"  # a person's reply: stored, cart closed, passed on to the shop
    KEPT = "kept"  # stored and cart closed, but the shop has no address to forward to
    AUTO_REPLY = "auto_reply"  # stored; changes nothing
    SET_ASIDE = "set_aside"  # not read (too heavy, or unreadable): stored; changes nothing
    HELD = "held"  # a person's reply: stored, cart closed, not forwarded (a limit: Held)
    UNMATCHED = "unmatched"  # a code no cart of the shop carries: stored for the shop
    DUPLICATE = "duplicate"  # already received (SES invoked twice)
    REFUSED = "refused"  # SES found spam or a virus in it: not read, not kept
    NOT_FOR_US = "not_for_us"  # no reply address of ours, or a shop we do not have


# Forwards from the shop's own sender to its inbox: past these, replies are kept, not sent.
FORWARDS_PER_CART_PER_DAY = 3
FORWARDS_PER_SHOP_PER_HOUR = 60
# How far back a forward looks for the cart's earlier replies.
FORWARD_HISTORY = 30 * DAY


class Held(StrEnum):
    """The limit that kept a reply from being forwarded."""

    CART_DAY = "cart_daily_limit"  # FORWARDS_PER_CART_PER_DAY, per UTC day
    SHOP_HOUR = "shop_hourly_limit"  # FORWARDS_PER_SHOP_PER_HOUR, per clock hour


@dataclass
class ReplyDesk:
    shops: ShopDirectory
    claims: RepliedCarts
    carts: CartCloser
    replies: ReplyStore
    mailer: Mailer
    inbox: Inbox
    clock: Clock
    reply_domain: str
    timer: Timer = time.monotonic  # measures each reading's time budget

    def file(
        self,
        *,
        message_id: str,
        timestamp: str,
        recipients: tuple[str, ...],
        verdicts: Verdicts | None = None,
    ) -> Received:
        """One message of SES's receipt event: read from the bucket and received.
        `verdicts`: what SES's scans and sender checks said (none given: none passed)."""
        verdicts = verdicts or Verdicts()
        failed = verdicts.refused()
        if failed:
            logger.warning("SES refused a message", extra={"verdicts": failed})
            count(Metric.REPLIES_REFUSED)
            return Received.REFUSED
        received_at = _epoch(timestamp, default=self.clock.now())
        raw = self.inbox.read(message_id)
        return self.receive(Incoming(message_id, received_at, recipients, raw, verdicts))

    def receive(self, incoming: Incoming) -> Received:
        found = self._addressee(incoming)
        if found is None:
            return Received.NOT_FOR_US
        shop, cart = found
        reply = read_reply(incoming.raw, language_hint=_language_of(cart, shop), timer=self.timer)
        stored = self._stored(incoming, shop=shop, cart=cart, reply=reply)
        earlier = self.replies.save(stored)
        if earlier is not None and (
            earlier.forwarded
            or earlier.auto_reply
            or earlier.set_aside
            or earlier.forward_held
            or not cart
        ):
            logger.info("a reply received twice", extra=_ids(shop.shop_id, stored.cart_id))
            return Received.DUPLICATE
        # A retry after a failure finishes what the first attempt began.
        return self._act(shop, cart, earlier or stored, reply, incoming)

    def _addressee(self, incoming: Incoming) -> tuple[Shop, Cart | None] | None:
        """The shop the reply address names, and the cart its code ties it to (None for a
        code no cart carries); None when the message is not for a reply address of ours."""
        address = self._reply_address(incoming)
        if address is None:
            logger.warning("a message for none of our reply addresses")
            return None
        shop_id, code = address
        shop = self.shops.get(shop_id)
        if shop is None:
            logger.warning("a reply for a shop we do not have", extra={"shop_id": shop_id})
            return None
        cart_id = self.claims.cart_for_reply(shop_id, code)
        return shop, self.claims.get(cart_key(shop_id, cart_id)) if cart_id else None

    def _act(
        self, shop: Shop, cart: Cart | None, stored: StoredReply, reply: Reply, incoming: Incoming
    ) -> Received:
        ids = _ids(shop.shop_id, stored.cart_id)
        if reply.problems:
            logger.warning("a reply read in part", extra={**ids, "problems": list(reply.problems)})
        if reply.set_aside:
            count(Metric.REPLIES_SET_ASIDE)
            return Received.SET_ASIDE
        if reply.auto_reply:
            count(Metric.AUTO_REPLIES)
            logger.info("auto-reply", extra={**ids, "rule": reply.auto_reply_rule})
            return Received.AUTO_REPLY
        if cart is None:
            count(Metric.REPLIES_UNMATCHED)
            logger.warning("a reply whose code matches no cart", extra=ids)
            return Received.UNMATCHED
        self.carts.close_replied(
            shop.shop_id, cart.cart_id, now=self.clock.now(), reason=reply.reason
        )
        count(Metric.REPLIES)
        count(_REASON_METRICS.get(reply.reason, Metric.REPLIES_OTHER))
        logger.info("reply", extra={**ids, "reason": reply.reason, "rule": reply.rule})
        return self._pass_on(shop, cart, stored, reply, incoming)

    def _pass_on(
        self, shop: Shop, cart: Cart, stored: StoredReply, reply: Reply, incoming: Incoming
    ) -> Received:
        """The forward to the shop, within the limits."""
        ids = _ids(shop.shop_id, cart.cart_id)
        to = self._forward_address(shop)
        if to is None:
            return Received.KEPT
        if not stored.forward_admitted:
            # Counted once per message: a retry after SES said "later" is not counted again.
            if not self.replies.admit_forward(stored):
                return Received.DUPLICATE
            held = self._over_limit(shop.shop_id, cart.cart_id)
            if held is not None:
                self.replies.mark_held(stored, held)
                count_for_shop(Metric.FORWARDS_HELD, shop.shop_id)
                logger.warning("a reply not forwarded: over a limit", extra={**ids, "limit": held})
                return Received.HELD
        if not self._forward(shop, cart, stored, reply, incoming, to=to):
            return Received.KEPT
        self.replies.mark_forwarded(stored)
        return Received.FORWARDED

    def _over_limit(self, shop_id: str, cart_id: str) -> Held | None:
        """Counts one forward for the cart's day and the shop's hour; the limit that is used
        up, if one is (then nothing stays counted)."""
        now = self.clock.now()
        day, hour = now // DAY, now // HOUR
        for_cart = forward_counter("day", day, cart_id)
        if not self.replies.count_forward(
            shop_id, for_cart, limit=FORWARDS_PER_CART_PER_DAY, expires_at=(day + 2) * DAY
        ):
            return Held.CART_DAY
        for_shop = forward_counter("hour", hour)
        if not self.replies.count_forward(
            shop_id, for_shop, limit=FORWARDS_PER_SHOP_PER_HOUR, expires_at=(hour + 2) * HOUR
        ):
            self.replies.uncount_forward(shop_id, for_cart)
            return Held.SHOP_HOUR
        return None

    def _reply_address(self, incoming: Incoming) -> tuple[str, str] | None:
        for recipient in incoming.recipients:
            address = read_reply_address(recipient)
            if address and (not self.reply_domain or address.domain == self.reply_domain.lower()):
                return address.shop_id, address.code
        return None

    @staticmethod
    def _stored(incoming: Incoming, *, shop: Shop, cart: Cart | None, reply: Reply) -> StoredReply:
        return StoredReply(
            shop_id=shop.shop_id,
            message_id=incoming.message_id,
            received_at=incoming.received_at,
            # Kept as long as its cart; an unmatched one as long as the shop keeps carts.
            expires_at=cart.expires_at if cart else incoming.received_at + shop.retention_seconds,
            cart_id=cart.cart_id if cart else None,
            from_address=reply.from_address,
            subject=reply.subject,
            language=reply.language,
            text=reply.text,
            reason=reply.reason,
            rule=reply.rule,
            runner_up=reply.runner_up,
            confidence=round(reply.confidence * 100),
            auto_reply=reply.auto_reply,
            problems=reply.problems,
            set_aside=reply.set_aside,
            sender_verified=incoming.verdicts.sender_verified,
            sender_checks=incoming.verdicts.sender_checks(),
        )

    def _forward_address(self, shop: Shop) -> str | None:
        to = shop.support_email or shop.sender_email
        if to.rpartition("@")[2].lower() == self.reply_domain.lower():
            # The shop's support address is our own reply domain: forwarding would loop.
            logger.error("the shop's support address is on the reply domain; not forwarded")
            return None
        return to

    def _forward(
        self,
        shop: Shop,
        cart: Cart,
        stored: StoredReply,
        reply: Reply,
        incoming: Incoming,
        *,
        to: str,
    ) -> bool:
        from kurv.core.mailer import SendOutcome
        from kurv.replies.forward import forward_of

        now = self.clock.now()
        message = forward_of(
            shop=shop,
            cart=cart,
            stored=stored,
            reply=reply,
            earlier=self.replies.of_cart(shop.shop_id, cart.cart_id, now - FORWARD_HISTORY),
            found=self._attachments(incoming, forward=stored.sender_verified),
            to=to,
            sent_at=now,
        )
        result = self.mailer.send(message, tags={"shop": shop.shop_id, "kind": "reply"})
        if result.outcome is SendOutcome.RETRY:
            from kurv.core.errors import TemporarilyUnavailable

            # Raised so Lambda retries the event; the stored reply makes the retry cheap.
            raise TemporarilyUnavailable(f"SES could not take the forward: {result.detail}")
        if result.outcome is SendOutcome.REJECTED:
            logger.error(
                "SES refused to forward a reply",
                extra={**_ids(shop.shop_id, cart.cart_id), "detail": result.detail},
            )
            return False
        return True

    def _attachments(self, incoming: Incoming, *, forward: bool) -> Attachments:
        """What the customer attached: read further than the words were when the message
        is longer. A sender SES could not verify gets its files named, never forwarded."""
        raw = incoming.raw
        if len(raw) >= self.inbox.READ_BYTES:
            raw = self.inbox.read(incoming.message_id, max_bytes=MAX_MESSAGE_BYTES)
        found = attachments(
            raw, cut=len(raw) >= MAX_MESSAGE_BYTES, forward=forward, timer=self.timer
        )
        if not found.complete:
            logger.warning("a reply's attachments read in part")
        return found


_REASON_METRICS: dict[str, Metric] = {
    ReplyReason.PAYMENT: Metric.REPLIES_PAYMENT,
    ReplyReason.PRICE: Metric.REPLIES_PRICE,
    ReplyReason.DELIVERY: Metric.REPLIES_DELIVERY,
    ReplyReason.TRUST: Metric.REPLIES_TRUST,
    ReplyReason.TECHNICAL: Metric.REPLIES_TECHNICAL,
    ReplyReason.QUESTION: Metric.REPLIES_QUESTION,
    ReplyReason.CHANGED_MIND: Metric.REPLIES_CHANGED_MIND,
    ReplyReason.OTHER: Metric.REPLIES_OTHER,
}


def _language_of(cart: Cart | None, shop: Shop) -> str:
    from kurv.core.locales import email_language

    return email_language(cart.locale if cart else None, shop.locale)


def _epoch(timestamp: str, *, default: int) -> int:
    """SES's "2026-11-25T10:12:33.936Z" as Unix seconds."""
    from datetime import datetime

    try:
        return int(datetime.fromisoformat(timestamp.replace("Z", "+00:00")).timestamp())
    except ValueError:
        return default


def _ids(shop_id: str, cart_id: str | None) -> dict[str, str]:
    return {"shop_id": shop_id, "cart_id": cart_id or ""}
