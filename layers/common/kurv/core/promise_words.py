"""The shop's promises and price notes in an email's words: each sentence only when the
shop's settings (core.promises) say it, so nothing in an email is a claim Kurv cannot
trace. Pure: a catalogue's lines in, sentences and segments out."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Protocol

from kurv.core.promises import (
    BRAND_NAMES,
    REVIEW_MARKS,
    TRUST_MARK_NAMES,
    PaymentMethod,
    ShippingNote,
    VatNote,
    delivery_range,
)
from kurv.core.segments import Segment
from kurv.core.shops import Shop


class Words(Protocol):
    def __call__(self, table: str, key: str, **extra: Any) -> str: ...

    def segments(self, table: str, key: str, **extra: Any) -> list[Segment]: ...


def whole_money(amount: Decimal, currency: str, locale: str) -> str:
    """An amount a shop chose (a coupon's, a threshold), whole without decimals in every
    language ("50 kr.", "€50", "50 €"), and with them only when it has cents."""
    from babel import Locale
    from babel.numbers import format_currency

    if amount != amount.to_integral_value():
        return str(format_currency(amount, currency, locale=locale))
    pattern = Locale.parse(locale).currency_formats["standard"].pattern.replace(".00", "")
    return str(
        format_currency(amount, currency, format=pattern, locale=locale, currency_digits=False)
    )


def prices_note(words: Words, shop: Shop) -> str:
    """Where the prices came from, then VAT and shipping as the shop says them."""
    sentences = [words("cart", "prices_note")]
    if shop.vat is not VatNote.UNSAID:
        sentences.append(words("cart", f"vat_{shop.vat.value}"))
    if shop.shipping is ShippingNote.AT_CHECKOUT:
        sentences.append(words("cart", "shipping_at_checkout"))
    elif shop.shipping is ShippingNote.FREE:
        sentences.append(words("cart", "shipping_free"))
    return " ".join(sentences)


def benefits(words: Words, shop: Shop, *, currency: str, locale: str) -> list[str]:
    """The shop's promises in short phrases: free shipping over an amount (only to a cart
    in that amount's currency), returns, delivery time."""
    said = []
    if shop.free_shipping_over:
        amount, threshold_currency = shop.free_shipping_over.split(" ")
        if threshold_currency == currency:
            shown = whole_money(Decimal(amount), currency, locale)
            said.append(words("promise", "free_shipping_over", amount=shown))
    if shop.free_returns:
        days = shop.returns_days
        said.append(
            words("promise", "free_returns_days", days=days)
            if days
            else words("promise", "free_returns")
        )
    elif shop.returns_days:
        said.append(words("promise", "returns_days", days=shop.returns_days))
    if shop.delivery_days:
        low, high = delivery_range(shop.delivery_days)
        if low != high:
            said.append(words("promise", "delivery_range", low=low, high=high))
        elif low == 1:
            said.append(words("promise", "delivery_next_day"))
        else:
            said.append(words("promise", "delivery_days", days=low))
    return said


def trust_line(words: Words, shop: Shop) -> list[Segment]:
    """ "Nordlys is certified by e-mærket", the mark's name the link to the shop's page."""
    if shop.trust_mark_url is None or shop.trust_mark not in TRUST_MARK_NAMES:
        return []
    mark = Segment(TRUST_MARK_NAMES[shop.trust_mark], href=shop.trust_mark_url)
    kind = "reviews" if shop.trust_mark in REVIEW_MARKS else "certified"
    return words.segments("trust", kind, mark=mark)


def help_page_line(words: Words, shop: Shop) -> list[Segment]:
    if shop.help_url is None:
        return []
    page = Segment(words("help", "page_name"), href=shop.help_url)
    return words.segments("help", "page", help_page=page)


def methods_line(words: Words, shop: Shop, *, locale: str) -> str:
    """ "You can also choose MobilePay, Klarna or invoice payment at checkout": the ways to
    pay besides a card the shop named, in its order."""
    if not shop.payment_methods:
        return ""
    from babel.lists import format_list

    names = [
        BRAND_NAMES.get(PaymentMethod(method)) or words("payment_methods", method.replace("-", "_"))
        for method in shop.payment_methods
    ]
    return words("payment_methods", "line", methods=format_list(names, style="or", locale=locale))
