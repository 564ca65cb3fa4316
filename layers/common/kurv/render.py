"""Turns a reminder into words: the locale's copy, Babel's money and dates, Jinja2 layouts.

Copy lives in ``copy/<language>.toml`` (one catalogue per language, same keys); layout in
``templates/``. Templates autoescape HTML and fail on any undefined name, so a product
called ``<script>`` is text and a typo in a template is an error in tests, not in a mail.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from kurv.locales import EMAIL_LANGUAGES, FALLBACK_LANGUAGE
from kurv.model import Line, Variant
from kurv.shops import ConsentPolicy, Shop

if TYPE_CHECKING:
    from jinja2 import Environment

_HERE = Path(__file__).parent


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
    expires_at: int
    first_name: str | None = None
    coupon: str | None = None


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    preheader: str
    text: str
    html: str
    language: str
    headers: dict[str, str] = field(default_factory=dict)


def render_reminder(reminder: Reminder) -> RenderedEmail:
    words = _Words(reminder.language, _values(reminder))
    variant = reminder.variant.value
    subject = words("subject", variant)
    lines = [
        {
            "name": line.name,
            # Two or more: the unit price beside the line's total, so the sum can be checked.
            "quantity": words("cart", "quantity", quantity=line.quantity)
            + (
                " · " + words("cart", "each", unit_price=_money(line.unit_price, reminder))
                if line.quantity > 1
                else ""
            ),
            "price": _money(line.unit_price * line.quantity, reminder),
            "image_url": line.image_url,
            "url": line.url,
        }
        for line in reminder.lines
    ]
    total = sum((line.unit_price * line.quantity for line in reminder.lines), Decimal(0))
    shop = reminder.shop
    context: dict[str, Any] = {
        "lang": reminder.language,
        "subject": subject,
        "preheader": words("preheader", variant),
        "greeting": words("greeting", "named" if reminder.first_name else "anonymous"),
        "intro": words("intro", variant),
        "offer": words("offer", "payment_trouble") if variant == "payment_trouble" else "",
        "heading": words("cart", "heading"),
        "lines": lines,
        "total_label": words("cart", "total"),
        "total": _money(total, reminder),
        "prices_note": words("cart", "prices_note"),
        "button": words("cart", "button_payment" if variant == "payment_trouble" else "button"),
        "restore_url": reminder.restore_url,
        "coupon": words("cart", "coupon") if reminder.coupon else "",
        "expiry": words("expiry", "line"),
        "help": words("help", "with_phone" if shop.support_phone else "without_phone"),
        "why": words(
            "why", "consent" if shop.consent_policy is ConsentPolicy.REQUIRED else "notice"
        ),
        "sign_off": words("footer", "sign_off"),
        "team": words("footer", "team"),
        "unsubscribe": words("footer", "unsubscribe"),
        "unsubscribe_url": reminder.unsubscribe_url,
        "shop_name": shop.name,
    }
    environment = _environment()
    return RenderedEmail(
        subject=subject,
        preheader=context["preheader"],
        text=environment.get_template("reminder.txt").render(context),
        html=environment.get_template("reminder.html").render(context),
        language=reminder.language,
    )


def render_unsubscribe_page(
    *, language: str, shop_name: str, state: str, action: str = "", home_url: str = ""
) -> str:
    """The small page behind /u/{token} (and a broken /r/{token}): `state` is confirm, done
    or invalid; `home_url` adds a way on to the shop."""
    words = _Words(
        language if language in EMAIL_LANGUAGES else FALLBACK_LANGUAGE, {"shop": shop_name}
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
    from babel.dates import format_date

    moment = datetime.fromtimestamp(reminder.expires_at, tz=UTC)
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


def _money(amount: Decimal, reminder: Reminder) -> str:
    from babel import Locale
    from babel.numbers import format_currency

    if reminder.language in _WHOLE_AMOUNTS_BARE and amount == amount.to_integral_value():
        standard = Locale.parse(reminder.babel_locale).currency_formats["standard"].pattern
        bare = standard.replace(".00", "")
        return str(
            format_currency(
                amount,
                reminder.currency,
                format=bare,
                locale=reminder.babel_locale,
                currency_digits=False,
            )
        )
    return str(format_currency(amount, reminder.currency, locale=reminder.babel_locale))


class _Words:
    """Looks up a line in the language's catalogue and fills in its placeholders."""

    def __init__(self, language: str, values: dict[str, Any]) -> None:
        self.language = language
        self._copy = catalogue(language)
        self._values = values

    def __call__(self, table: str, key: str, **extra: Any) -> str:
        return str(self._copy[table][key]).format_map({**self._values, **extra})


@lru_cache(maxsize=len(EMAIL_LANGUAGES))
def catalogue(language: str) -> dict[str, dict[str, str]]:
    with (_HERE / "copy" / f"{language}.toml").open("rb") as handle:
        words: dict[str, dict[str, str]] = tomllib.load(handle)
    return words


@lru_cache(maxsize=1)
def _environment() -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    return Environment(
        loader=FileSystemLoader(_HERE / "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
