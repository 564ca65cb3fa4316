"""A customer's reply as the shop's customer service gets it: ready to answer in one go.
Pure: values in, an `EmailMessage` out.

Customer service presses reply and the customer gets what reads like any answer from the
shop, so the forward is shaped for that:

- the subject is the customer's own, as "Re: <their subject>";
- it comes from the shop's own verified sender as "<customer> via <shop>", and answers
  go to the customer by name (Reply-To);
- it threads: In-Reply-To the customer's message, References a root of the cart's own
  (``thread_id``) and the forwards before it, so a helpdesk files a second reply with the
  first and the customer's client files the answer with what they wrote;
- its text is what may be quoted back: the customer's words first, under their name and
  address; then, after a signature line ("-- ", which some clients leave out of a quote),
  what Kurv knows, in the shop's language. Rule ids and the like go in X-Kurv-* headers;
- the images and PDFs the customer sent are attached (``attachments``); the rest named.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from kurv.core.locales import ascii_email, email_language, formatting_locale
from kurv.core.render import catalogue, copy_name, money
from kurv.core.text import clean_line, clean_text

if TYPE_CHECKING:
    from kurv.core.model import Cart, Line
    from kurv.core.shops import Shop
    from kurv.replies.attachments import Attachment, Attachments, LeftOut
    from kurv.replies.inbound import Reply
    from kurv.replies.reply_store import StoredReply

MAX_SUBJECT_CHARS = 200
MAX_EARLIER = 5  # earlier replies shown, the latest ones
MAX_EARLIER_CHARS = 300  # of each, on one line
MAX_LEFT_OUT = 20  # attachments named
TIMES = "\u00d7"  # the multiplication sign
SIGNATURE_LINE = "-- "  # RFC 3676: what follows is not the message (some clients quote none of it)


@dataclass(frozen=True)
class Customer:
    address: str  # as they wrote it (may not be ASCII)
    name: str = ""  # From's display name, clean; "" if none


@dataclass(frozen=True)
class AnsweredEmail:
    """The reminder the customer answered (`exact`: its own Message-ID said so), or else the
    last one they were sent."""

    step: int
    steps: int
    sent_at: int
    coupon: str | None = None
    exact: bool = True


@dataclass(frozen=True)
class EarlierReply:
    received_at: int
    text: str


@dataclass(frozen=True)
class ForwardedReply:
    subject: str
    from_name: str
    text: str
    language: str


def render_forward(
    *,
    shop: Shop,
    customer: Customer,
    words_written: str,
    subject: str,
    reason: str,
    lines: tuple[Line, ...],
    currency: str,
    cart_url: str,
    answered: AnsweredEmail | None = None,
    earlier: tuple[EarlierReply, ...] = (),
    left_out: tuple[LeftOut, ...] = (),
    unverified: str = "",
) -> ForwardedReply:
    """The forward's words, in the shop's language. What came from the message is cleaned
    (core.text) once more here. A sender SES could not verify (`unverified`: the checks,
    e.g. "SPF: FAIL, ...") is warned of first of all."""
    language = email_language(shop.locale)
    words = _Copy(shop, language)
    name = clean_line(customer.name)
    address = clean_line(customer.address)
    written = clean_text(words_written).strip()
    label = name or address or words("unknown")
    about = [words("notes"), words("reason", reason=words.reason(reason))]
    if answered is not None:
        kind = "answered" if answered.exact else "latest"
        when = words.date(answered.sent_at)
        about.append(words(kind, step=answered.step, steps=answered.steps, date=when))
        if answered.coupon:
            about.append(words("coupon", coupon=clean_line(answered.coupon)))
    parts = [
        *([words("unverified", checks=clean_line(unverified))] if unverified else []),
        words("wrote", customer=f"{name} <{address}>" if name and address else label),
        written or "…",
        # Kurv's, not the customer's: under a signature line, which some clients do not quote.
        "\n".join([SIGNATURE_LINE, *about]),
        "\n".join([*_cart(words, lines, currency), words("link", url=cart_url)]),
        *_earlier(words, earlier),
        *_left_out(words, left_out),
        words("how"),
    ]
    return ForwardedReply(
        subject=reply_subject(subject, fallback=words("no_subject")),
        # Not the whole address: a display name holding one passes for it in some clients.
        from_name=words("from", customer=name or address.rpartition("@")[0] or label),
        text="\n\n".join(parts) + "\n",
        language=language,
    )


def _cart(words: _Copy, lines: tuple[Line, ...], currency: str) -> list[str]:
    if not lines:
        return []
    shown = []
    for line in lines:
        sku = f", {words('sku', sku=clean_line(line.sku))}" if line.sku else ""
        price = words.money(line.unit_price, currency)
        shown.append(f"- {clean_line(line.name)}{sku}: {line.quantity} {TIMES} {price}")
    total = sum((line.unit_price * line.quantity for line in lines), Decimal(0))
    return [words("cart"), *shown, words("total", total=words.money(total, currency))]


def _earlier(words: _Copy, earlier: tuple[EarlierReply, ...]) -> list[str]:
    """The customer's replies on the cart before this one, the last MAX_EARLIER, one line each."""
    if not earlier:
        return []
    shown = [
        f"- {words.date(reply.received_at)}: {clean_line(reply.text, MAX_EARLIER_CHARS)}"
        for reply in earlier[-MAX_EARLIER:]
    ]
    return ["\n".join([words("earlier"), *shown])]


def _left_out(words: _Copy, left_out: tuple[LeftOut, ...]) -> list[str]:
    """The attachments not forwarded, by name and size."""
    if not left_out:
        return []
    files = [
        f"{clean_line(file.filename)} ({_size(file.size)})" if file.size else file.filename
        for file in left_out[:MAX_LEFT_OUT]
    ]
    if len(left_out) > MAX_LEFT_OUT:
        files.append(f"… (+{len(left_out) - MAX_LEFT_OUT})")
    return [words("left_out", files=", ".join(files))]


def _size(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{max(size // 2**10, 1)} KB"


class _Copy:
    """The forward's lines in the shop's catalogue, with the shop's name, dates and money."""

    def __init__(self, shop: Shop, language: str) -> None:
        self.shop = shop
        self.language = language
        self.locale = formatting_locale(language, shop.locale)
        self._copy = catalogue(copy_name(language, shop))

    def __call__(self, key: str, **values: Any) -> str:
        return str(self._copy["forward"][key]).format_map({"shop": self.shop.name, **values})

    def reason(self, reason: str) -> str:
        reasons = self._copy["reasons"]
        return reasons.get(reason, reasons["other"])

    def date(self, at: int) -> str:
        from babel.dates import format_date

        local = datetime.fromtimestamp(at, tz=UTC).astimezone(ZoneInfo(self.shop.timezone))
        return str(format_date(local.date(), format="long", locale=self.locale))

    def money(self, amount: Decimal, currency: str) -> str:
        return money(amount, currency, self.language, self.locale)


# The subject, the names and the thread ---------------------------------------------------

# "Re:", "SV:", "AW:", "R:", "RIF:", "VS:", "Antw:" (and "[Re]"), as many as there are.
_REPLY_PREFIXES = re.compile(r"^(?:\s*\[?(?:re|sv|aw|r|rif|ris|vs|antw|odp)\]?\s*:\s*)+", re.I)


def reply_subject(subject: str, *, fallback: str) -> str:
    """ "Re: " and the customer's subject without its own reply prefixes, so an answer to the
    forward reads to the customer as an answer to what they sent."""
    rest = _REPLY_PREFIXES.sub("", clean_line(subject, MAX_SUBJECT_CHARS)).strip()
    return f"Re: {rest or fallback}"


def _digest(*values: str) -> str:
    return hashlib.sha256("\x00".join(values).encode()).hexdigest()[:32]


def thread_id(shop_id: str, cart_id: str, domain: str) -> str:
    """The cart's thread: every forward of a reply to it names it first in References."""
    return f"<cart.{_digest(shop_id, cart_id)}@{domain}>"


def forward_id(message_id: str, domain: str) -> str:
    """A forward's own Message-ID, made from the received message's (SES's id): the same
    on a retry, and known to the forwards after it."""
    return f"<reply.{_digest(message_id)}@{domain}>"


# A reply to a cart, forwarded ----------------------------------------------------------

MAX_REFERENCED = 3  # of the customer's own References: the nearest


def forward_of(
    *,
    shop: Shop,
    cart: Cart,
    stored: StoredReply,
    reply: Reply,
    earlier: list[StoredReply],
    found: Attachments,
    to: str,
    sent_at: int,
) -> EmailMessage:
    """The forward of `stored` (read again as `reply`) to the shop's address `to`.
    `earlier`: the cart's replies before it; `found`: what the customer attached."""
    from kurv.core.links import read_reminder_id
    from kurv.replies.inbound import message_ids

    domain = ascii_email(shop.sender_email).rpartition("@")[2]
    # No name in their From: the one they signed with ("Thanks,\nAlex").
    customer = Customer(address=stored.from_address, name=reply.from_name or reply.signed_name)
    before = [
        other
        for other in earlier
        if other.message_id != stored.message_id
        and not (other.auto_reply or other.set_aside)
        and other.received_at <= stored.received_at
    ]
    forward = render_forward(
        shop=shop,
        customer=customer,
        words_written=stored.text,
        subject=stored.subject,
        reason=stored.reason,
        lines=cart.lines,
        currency=cart.currency or shop.currency,
        cart_url=shop.restore_url_for(cart.cart_id),
        answered=_answered(shop, cart, read_reminder_id(reply.answered, domain)),
        earlier=tuple(EarlierReply(other.received_at, other.text) for other in before),
        left_out=found.left_out,
        unverified="" if stored.sender_verified else stored.sender_checks,
    )
    root = thread_id(shop.shop_id, cart.cart_id, domain)
    theirs = message_ids(reply.message_id)[:1]
    forwards = [forward_id(other.message_id, domain) for other in before if other.forwarded]
    return build_forward(
        forward,
        sender_email=shop.sender_email,
        to=to,
        customer=customer,
        sent_at=sent_at,
        message_id=forward_id(stored.message_id, domain),
        in_reply_to=(theirs or forwards or [root])[-1],
        references=(root, *forwards, *reply.answered[-MAX_REFERENCED:], *theirs),
        reference={
            "Shop": shop.shop_id,
            "Cart": cart.cart_id,
            "Reply": stored.message_id,
            "Reason": stored.reason,
            "Reason-Rule": stored.rule,
            "Reason-Confidence": f"{stored.confidence} %",
            **({"Reason-Runner-Up": stored.runner_up} if stored.runner_up else {}),
        },
        files=found.forwarded,
    )


def _answered(shop: Shop, cart: Cart, named: tuple[int, int] | None) -> AnsweredEmail | None:
    """The email answered, when the reply names one of the cart's (a step it was sent,
    no later than its last); else the last one sent; None before any."""
    steps = len(shop.series)
    if (
        named
        and 1 <= named[0] <= min(cart.reminders_sent, steps)
        and named[1] <= cart.last_reminder_at
    ):
        step, sent_at, exact = named[0], named[1], True
    elif 1 <= cart.reminders_sent <= steps and cart.last_reminder_at:
        step, sent_at, exact = cart.reminders_sent, cart.last_reminder_at, False
    else:
        return None
    return AnsweredEmail(step, steps, sent_at, shop.series[step - 1].coupon, exact=exact)


# On the wire -----------------------------------------------------------------------------


def build_forward(
    forward: ForwardedReply,
    *,
    sender_email: str,
    to: str,
    customer: Customer,
    sent_at: int,
    message_id: str,
    in_reply_to: str,
    references: tuple[str, ...],
    reference: dict[str, str],
    files: tuple[Attachment, ...] = (),
) -> EmailMessage:
    """The forward as sent: from the shop's own verified sender, answering to the customer.
    It asks Exchange and Outlook not to answer it with an out-of-office (an auto-reply would
    go to the customer), but is not marked as sent by a machine (RFC 3834 Auto-Submitted):
    helpdesks such as Zendesk set such mail aside instead of opening a ticket for it.
    `reference`: X-Kurv-* headers (shop, cart, reason, rule): never in the text."""
    sender = ascii_email(sender_email)
    message = EmailMessage(policy=SMTP)
    # Header values are set through the email package, which refuses line breaks.
    message["From"] = Address(display_name=forward.from_name, addr_spec=sender)
    message["To"] = Address(addr_spec=ascii_email(to))
    answer_to = _reply_to_on_the_wire(customer.address)
    if answer_to:
        message["Reply-To"] = Address(display_name=clean_line(customer.name), addr_spec=answer_to)
    message["Subject"] = forward.subject
    message["Date"] = format_datetime(datetime.fromtimestamp(sent_at, tz=UTC))
    message["Message-ID"] = message_id
    message["In-Reply-To"] = in_reply_to
    message["References"] = " ".join(dict.fromkeys(references))
    message["X-Auto-Response-Suppress"] = "OOF, AutoReply"
    for name, value in reference.items():
        message[f"X-Kurv-{name}"] = clean_line(value)
    message.set_content(forward.text, subtype="plain", charset="utf-8")
    for file in files:
        maintype, _, subtype = file.content_type.partition("/")
        message.add_attachment(
            file.data, maintype=maintype, subtype=subtype, filename=file.filename
        )
    message["Content-Language"] = forward.language  # after the body: set_content clears it
    return message


def _reply_to_on_the_wire(address: str) -> str | None:
    """A customer's address as a Reply-To SES can carry (core.locales.ascii_email: the domain
    in punycode, never an encoded-word), or None: a mailbox whose part before the @ is not
    ASCII cannot be sent to (SES has no SMTPUTF8), so it stays in the forward's text only."""
    if not address:
        return None
    try:
        return ascii_email(address)
    except ValueError:
        return None
