"""Turns a reminder into words: the locale's copy, Babel's money and dates, Jinja2 layouts.

Copy lives in ``copy/<language>.toml`` (one catalogue per language, same keys); layout in
``templates/``. Templates autoescape HTML and fail on any undefined name, so a product
called ``<script>`` is text and a typo in a template is an error in tests, not in a mail.
"""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from kurv import COPY, TEMPLATES
from kurv.core.cart_view import headline_product, lines_shown, shortened, unbroken_measures
from kurv.core.links import campaign_url
from kurv.core.locales import EMAIL_LANGUAGES, FALLBACK_LANGUAGE
from kurv.core.model import Line, Variant
from kurv.core.promise_words import (
    benefits,
    help_page_line,
    methods_line,
    prices_note,
    trust_line,
    whole_money,
)
from kurv.core.segments import Segment
from kurv.core.shops import FREE_SHIPPING, ConsentPolicy, Formality, Shop, tel_url

if TYPE_CHECKING:
    from jinja2 import Environment


@dataclass(frozen=True)
class Reminder:
    """Everything an email says, before it is put into words."""

    shop: Shop
    language: str  # one of EMAIL_LANGUAGES
    babel_locale: str  # e.g. "nb_NO": how money and dates are written
    variant: Variant
    lines: tuple[Line, ...]
    currency: str
    restore_url: str
    unsubscribe_url: str
    # When the shop empties the cart (Shop.cart_kept_until), or None: then the email says
    # nothing of how long it is kept.
    kept_until: int | None = None
    first_name: str | None = None
    coupon: str | None = None
    coupon_worth: str | None = None  # SeriesStep.coupon_worth: "10%", "50 DKK", "free-shipping"
    step: int = 1  # which email of the series, from 1
    payment_reason: str | None = None  # events.PaymentFailureReason, for the payment variants
    # Whether the shop vouched for the items' names (a signed call): only then may one lead
    # the subject, where nothing filters how it reads (anyone can name a storefront's items).
    names_vouched: bool = True
    product_subject: bool = True  # Shop.product_subjects: off, the step's own subject always
    payment_offer: bool = True  # Shop.payment_offer: "we can take the order for you"


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    preheader: str
    text: str
    html: str
    language: str
    headers: dict[str, str] = field(default_factory=dict)


# Steps that ask the customer what went wrong: the replies are how a shop learns.
ASKING_STEPS = 2
_PAYMENT_VARIANTS = frozenset({Variant.PAYMENT_TROUBLE, Variant.PAYMENT_FOLLOW_UP})
_ASKING_VARIANTS = frozenset({Variant.FIRST, Variant.FOLLOW_UP})
# The emails about a cart (not a payment): a coupon's worth leads their subject and intro.
_CART_VARIANTS = frozenset({Variant.FIRST, Variant.FOLLOW_UP, Variant.LAST_CALL})
# The payment reasons that suggest another card ([payment_reason_methods] says them without).
_ANOTHER_CARD = frozenset({"card_declined", "insufficient_funds"})


# Every subject is this long: a phone shows about 40 characters, a desktop client 60-70.
SUBJECT_LENGTH = range(30, 51)


def render_reminder(reminder: Reminder) -> RenderedEmail:
    if reminder.variant is Variant.CHECK_IN:
        return render_check_in(reminder)
    shop = reminder.shop
    words = _Words(copy_name(reminder.language, shop, reminder.babel_locale), _values(reminder))
    variant = reminder.variant
    payment = variant in _PAYMENT_VARIANTS
    # The copy's key: the variant's, and the last email after a failed payment its own.
    key = (
        "payment_last"
        if variant is Variant.PAYMENT_FOLLOW_UP and reminder.step >= len(shop.series)
        else variant.value
    )
    coupon_key = _coupon_key(reminder) if variant in _CART_VARIANTS else None
    led = reminder.names_vouched and reminder.product_subject
    subject = _subject(words, key, reminder.lines if led else ())
    if coupon_key:  # the coupon's worth leads, unless it makes the subject too long
        offered = words("subject_coupon", coupon_key, worth=_worth(reminder))
        subject = offered if len(offered) in SUBJECT_LENGTH else subject
    listed, more = lines_shown(reminder.lines)
    lines = [
        {
            "name": unbroken_measures(line.name),
            # Two or more: the unit price beside the line's total, so the sum can be checked.
            "quantity": [Segment(words("cart", "quantity", quantity=line.quantity))]
            + (
                [
                    Segment(" · "),
                    *words.segments(
                        "cart",
                        "each",
                        unit_price=_nowrap(
                            money(
                                line.unit_price,
                                reminder.currency,
                                reminder.language,
                                reminder.babel_locale,
                            )
                        ),
                    ),
                ]
                if line.quantity > 1
                else []
            ),
            "price": money(
                line.unit_price * line.quantity,
                reminder.currency,
                reminder.language,
                reminder.babel_locale,
            ),
            "image_url": line.image_url,
            "url": campaign_url(line.url, reminder.step) if line.url and shop.utm else line.url,
        }
        for line in listed
    ]
    total = sum((line.unit_price * line.quantity for line in reminder.lines), Decimal(0))
    intro = words("intro", key)
    methods = methods_line(words, shop, locale=reminder.babel_locale) if payment else ""
    if variant is Variant.PAYMENT_TROUBLE:
        reasons = words.table("payment_reason")
        reason = reminder.payment_reason if reminder.payment_reason in reasons else "other"
        # Its own ways to pay said below, the reason no longer suggests another card.
        table = (
            "payment_reason_methods" if methods and reason in _ANOTHER_CARD else "payment_reason"
        )
        intro += " " + words(table, reason)
    if coupon_key:
        intro += " " + words("intro_coupon", coupon_key, worth=_worth(reminder))
    preheader = words("preheader", key)
    if coupon_key:
        preheader = _coupon_line(words, reminder)
    elif key == Variant.LAST_CALL.value and reminder.kept_until is not None:
        preheader = words("expiry", "preheader")
    phone = shop.support_phone
    phone_segment = Segment(phone, href=tel_url(phone) or "", nowrap=True) if phone else None
    email = shop.support_email or shop.sender_email
    links = {"phone": phone_segment, "email": Segment(email, href=f"mailto:{email}")}
    context: dict[str, Any] = {
        "lang": reminder.language,
        "subject": subject,
        "preheader": preheader,
        "shop_name": shop.name,
        "logo_url": shop.logo_url or "",
        "header_phone": words.segments("header", "phone", **links) if phone_segment else [],
        "greeting": _greeting(words, reminder),
        "intro": intro,
        "benefits": benefits(words, shop, currency=reminder.currency, locale=reminder.babel_locale),
        "methods": methods,
        "offer": _offer(words, reminder) if payment and reminder.payment_offer else "",
        "ask": words("reply", "prompt")
        if reminder.step <= ASKING_STEPS and variant in _ASKING_VARIANTS
        else "",
        "heading": words("cart", "heading"),
        "lines": lines,
        "more": words("cart", "more", count=more) if more else "",
        "total_label": words("cart", "total"),
        "total": money(total, reminder.currency, reminder.language, reminder.babel_locale),
        "prices_note": prices_note(words, shop),
        "button_label": words("cart", "button_payment" if payment else "button"),
        "restore_url": reminder.restore_url,
        "coupon": _coupon_line(words, reminder),
        "expiry": words.segments("expiry", "line", expiry_date=_nowrap(expiry_date(reminder)))
        if reminder.kept_until is not None
        else [],
        "help": [
            *words.segments("help", "with_phone" if phone_segment else "without_phone", **links),
            *([Segment(" "), *page] if (page := help_page_line(words, shop)) else []),
        ],
        "trust": trust_line(words, shop),
        "signature": _signature(words, shop),
        "why": words(
            "why", "consent" if shop.consent_policy is ConsentPolicy.REQUIRED else "notice"
        ),
        "sender_identity": _sender_identity(shop),
        "unsubscribe": words("footer", "unsubscribe"),
        "unsubscribe_url": reminder.unsubscribe_url,
    }
    environment = _environment()
    return RenderedEmail(
        subject=subject,
        preheader=context["preheader"],
        text=environment.get_template("reminder.txt").render(context),
        html=environment.get_template("reminder.html").render(context),
        language=reminder.language,
    )


def render_check_in(reminder: Reminder) -> RenderedEmail:
    """The one email after an order (Variant.CHECK_IN): did everything arrive, just reply if
    not; the phone and the shop's signer. No cart, no button, no coupon: its own layout."""
    shop = reminder.shop
    words = _Words(copy_name(reminder.language, shop, reminder.babel_locale), _values(reminder))
    phone = shop.support_phone
    phone_segment = Segment(phone, href=tel_url(phone) or "", nowrap=True) if phone else None
    consent = shop.consent_policy is ConsentPolicy.REQUIRED
    context: dict[str, Any] = {
        "lang": reminder.language,
        "subject": words("check_in", "subject"),
        "preheader": words("check_in", "preheader"),
        "shop_name": shop.name,
        "logo_url": shop.logo_url or "",
        "greeting": _greeting(words, reminder),
        "intro": words("check_in", "intro"),
        "ask": words("check_in", "ask"),
        "phone": words.segments("check_in", "phone", phone=phone_segment) if phone_segment else [],
        "signature": _signature(words, shop),
        "why": words("check_in", "why_consent" if consent else "why_notice"),
        "sender_identity": _sender_identity(shop),
        "unsubscribe": words("check_in", "unsubscribe"),
        "unsubscribe_url": reminder.unsubscribe_url,
    }
    environment = _environment()
    return RenderedEmail(
        subject=context["subject"],
        preheader=context["preheader"],
        text=environment.get_template("check_in.txt").render(context),
        html=environment.get_template("check_in.html").render(context),
        language=reminder.language,
    )


def copy_name(language: str, shop: Shop | None = None, locale: str | None = None) -> str:
    """The catalogue for `language` as this shop speaks it, where the reader lives
    (`locale`, else the shop's): German shops that duzen have their own (de.du.toml), and
    British and Irish English says "basket" (en-GB.toml)."""
    if shop is not None and shop.formality is Formality.INFORMAL and language in _INFORMAL:
        return _INFORMAL[language]
    where = locale or (shop.locale if shop is not None else "")
    region = where.replace("-", "_").partition("_")[2].upper()
    return _REGIONAL.get((language, region), language)


_INFORMAL = {"de": "de.du"}
_REGIONAL = {("en", "GB"): "en-GB", ("en", "IE"): "en-GB"}
# A regional catalogue holds only the lines that differ from its language's.
_OVERLAYS = {"en-GB": "en"}
CATALOGUES = (*EMAIL_LANGUAGES, *_INFORMAL.values(), *_OVERLAYS)


def _subject(words: _Words, key: str, lines: tuple[Line, ...]) -> str:
    """Led by the product where there is one and it fits; else the step's own subject."""
    plain = words("subject", key)
    template = words.table("subject_product").get(key)
    product = headline_product(lines)
    if template is None or product is None:
        return plain
    name = shortened(product, SUBJECT_LENGTH.stop - 1 - len(template.format(product="")))
    if name is None:
        return plain
    led = template.format(product=name)
    return led if len(led) in SUBJECT_LENGTH else plain


def _offer(words: _Words, reminder: Reminder) -> str:
    """To take the order: by reply, and by phone only where the shop has one."""
    return words(
        "offer", "payment_trouble" if reminder.shop.support_phone else "payment_trouble_no_phone"
    )


def _greeting(words: _Words, reminder: Reminder) -> str:
    """By first name where it is known (German with Sie only if the shop says so)."""
    if not reminder.first_name:
        return words("greeting", "anonymous")
    return words("greeting", "by_name" if reminder.shop.first_name_greeting else "named")


def _nowrap(text: str) -> Segment:
    return Segment(text, nowrap=True)


def _coupon_key(reminder: Reminder) -> str | None:
    """Which way the coupon's worth is said (off, free_shipping), None without a worth."""
    if not (reminder.coupon and reminder.coupon_worth):
        return None
    return "free_shipping" if reminder.coupon_worth == FREE_SHIPPING else "off"


def _worth(reminder: Reminder) -> str:
    """'10 %', '50 kr.', '€50': a coupon's worth as the reader's locale writes it."""
    worth = reminder.coupon_worth or ""
    if worth.endswith("%"):
        from babel.numbers import format_percent

        return str(format_percent(Decimal(worth[:-1]) / 100, locale=reminder.babel_locale))
    amount, _, currency = worth.partition(" ")
    return whole_money(Decimal(amount), currency, reminder.babel_locale) if currency else ""


def _coupon_line(words: _Words, reminder: Reminder) -> str:
    if not reminder.coupon:
        return ""
    key = _coupon_key(reminder)
    if key is None:
        return words("cart", "coupon")
    if key == "free_shipping":
        return words("cart", "coupon_free_shipping")
    return words("cart", "coupon_off", worth=_worth(reminder))


def _signature(words: _Words, shop: Shop) -> list[str]:
    """A person signs when the shop names one ("Mette" / "Customer service, Nordlys");
    otherwise the shop's customer service does. Never "the team"."""
    if shop.signer_name:
        role = (
            f"{shop.signer_role}, {shop.name}" if shop.signer_role else words("footer", "service")
        )
        return [words("footer", "sign_off"), shop.signer_name, role]
    return words("footer", "unsigned").split("\n")


def _sender_identity(shop: Shop) -> str:
    """Who sends, as marketing law asks: legal name, postal address, company number."""
    if not (shop.postal_address or shop.company_number):
        return ""
    parts = (shop.legal_name or shop.name, shop.postal_address, shop.company_number)
    return " · ".join(part for part in parts if part)


def render_unsubscribe_page(
    *, language: str, shop: Shop | None, state: str, action: str = "", home_url: str = ""
) -> str:
    """The small page behind /u/{token} (and a broken /r/{token}): `state` is confirm, done
    or invalid; `home_url` adds a way on to the shop. Worded as the shop's emails are."""
    shop_name = shop.name if shop else ""
    words = _Words(
        copy_name(language if language in EMAIL_LANGUAGES else FALLBACK_LANGUAGE, shop),
        {"shop": shop_name},
    )
    titles = {"confirm": "title", "done": "done_title", "invalid": "invalid_title"}
    texts = {"confirm": "question", "done": "done", "invalid": "invalid"}
    return (
        _environment()
        .get_template("unsubscribe.html")
        .render(
            lang=words.language,
            title=words("unsubscribe_page", titles[state]),
            text=words("unsubscribe_page", texts[state]),
            button=words("unsubscribe_page", "button") if state == "confirm" else "",
            action=action,
            shop_name=shop_name,
            home_url=home_url,
            visit_shop=words("unsubscribe_page", "visit_shop") if home_url else "",
        )
    )


def expiry_date(reminder: Reminder) -> str:
    """The day the shop empties the cart, in its time zone ('' when it did not say)."""
    from babel.dates import format_date

    if reminder.kept_until is None:
        return ""
    moment = datetime.fromtimestamp(reminder.kept_until, tz=UTC)
    local = moment.astimezone(ZoneInfo(reminder.shop.timezone))
    pattern = catalogue(reminder.language)["expiry"]["date_format"]
    return str(format_date(local.date(), format=pattern, locale=reminder.babel_locale))


def _values(reminder: Reminder) -> dict[str, Any]:
    shop = reminder.shop
    return {
        "shop": shop.name,
        "first_name": reminder.first_name or "",
        "expiry_date": expiry_date(reminder),
        "coupon": reminder.coupon or "",
        "phone": shop.support_phone or "",
        "email": shop.support_email or shop.sender_email,
    }


# Languages whose shops write whole amounts without decimals: "249 kr", not "249,00 kr".
_WHOLE_AMOUNTS_BARE = frozenset({"nb", "sv"})


def money(amount: Decimal, currency: str, language: str, locale: str) -> str:
    from babel import Locale
    from babel.numbers import format_currency

    if language in _WHOLE_AMOUNTS_BARE and amount == amount.to_integral_value():
        standard = Locale.parse(locale).currency_formats["standard"].pattern
        bare = standard.replace(".00", "")
        return str(
            format_currency(
                amount,
                currency,
                format=bare,
                locale=locale,
                currency_digits=False,
            )
        )
    return str(format_currency(amount, currency, locale=locale))


class _Words:
    """Looks up a line in a catalogue and fills in its placeholders."""

    def __init__(self, name: str, values: dict[str, Any]) -> None:
        self.language = name.split(".", maxsplit=1)[0]
        self._copy = catalogue(name)
        self._values = values

    def __call__(self, table: str, key: str, **extra: Any) -> str:
        return str(self._copy[table][key]).format_map({**self._values, **extra})

    def table(self, table: str) -> dict[str, str]:
        return self._copy[table]

    def segments(self, table: str, key: str, **extra: Any) -> list[Segment]:
        """The line as segments, where a placeholder given as a Segment (a link, a date)
        keeps its kind; the template shows them, the text part reads their text."""
        values = {**self._values, **extra}
        pieces: list[Segment] = []
        for literal, name, spec, _conversion in string.Formatter().parse(self._copy[table][key]):
            if literal:
                pieces.append(Segment(literal))
            if name is None:
                continue
            value = values[name]
            if isinstance(value, Segment):
                pieces.append(value)
            else:
                pieces.append(Segment(format(value, spec or "")))
        return pieces


@lru_cache(maxsize=16)
def catalogue(name: str) -> dict[str, dict[str, str]]:
    """A catalogue by name: a language ("da"), a language as some shops speak it ("de.du")
    or as a region does ("en-GB": its own lines over the language's)."""
    with (COPY / f"{name}.toml").open("rb") as handle:
        words: dict[str, dict[str, str]] = tomllib.load(handle)
    if name in _OVERLAYS:
        base = catalogue(_OVERLAYS[name])
        return {table: {**keys, **words.get(table, {})} for table, keys in base.items()}
    return words


@lru_cache(maxsize=1)
def _environment() -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
