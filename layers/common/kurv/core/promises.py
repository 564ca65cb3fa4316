"""What a shop promises its customers, as the emails may say it: structured values a
merchant sets (`kurv shop update`), never free text, so each language says them in its own
words (copy/*.toml) and every claim in an email comes from a setting. Pure.

Only the merchant sets these: a storefront (the publishable key) can neither add a claim
nor a link. Even so a link is checked: a trust mark's only to its own hosts, so no
shop can dress another site up as e-mærket.
"""

from __future__ import annotations

import re
from enum import StrEnum

from kurv.core.locales import normalize_currency
from kurv.core.urls import web_url


class VatNote(StrEnum):
    """Whether the prices shown include VAT: said only as the shop sets it (a B2B shop's
    prices may be net)."""

    UNSAID = "unsaid"
    INCLUDED = "included"
    EXCLUDED = "excluded"


class ShippingNote(StrEnum):
    """What the emails say of shipping: nothing, that it is calculated at checkout, or that
    it is free (a threshold is its own setting, free_shipping_over)."""

    UNSAID = "unsaid"
    AT_CHECKOUT = "at-checkout"
    FREE = "free"


class TrustMark(StrEnum):
    NONE = "none"
    E_MAERKET = "e-maerket"  # Denmark
    TRYGG_EHANDEL = "trygg-ehandel"  # Norway (Virke) and Sweden (Svensk Handel)
    TRUSTED_SHOPS = "trusted-shops"  # Germany and Europe
    TRUSTPILOT = "trustpilot"  # reviews


# How each mark is named in every language, and the hosts its pages live on (and their
# subdomains): a mark's link goes there and nowhere else.
TRUST_MARK_NAMES = {
    TrustMark.E_MAERKET: "e-mærket",
    TrustMark.TRYGG_EHANDEL: "Trygg e-handel",
    TrustMark.TRUSTED_SHOPS: "Trusted Shops",
    TrustMark.TRUSTPILOT: "Trustpilot",
}
TRUST_MARK_HOSTS = {
    TrustMark.E_MAERKET: ("e-maerket.dk", "emaerket.dk"),
    TrustMark.TRYGG_EHANDEL: (
        "tryggehandel.no",
        "tryggehandel.se",
        "trygg-ehandel.no",
        "trygg-ehandel.se",
        "virke.no",
        "svenskhandel.se",
    ),
    TrustMark.TRUSTED_SHOPS: (
        "trustedshops.de",
        "trustedshops.com",
        "trustedshops.eu",
        "trustedshops.it",
        "trustedshops.co.uk",
    ),
    TrustMark.TRUSTPILOT: ("trustpilot.com",),
}
# Marks that are reviews ("see what our customers say"), not a certificate.
REVIEW_MARKS = frozenset({TrustMark.TRUSTPILOT})


def on_mark_host(mark: TrustMark, url: str) -> bool:
    host = web_url(url).host
    return any(host == own or host.endswith("." + own) for own in TRUST_MARK_HOSTS.get(mark, ()))


class PaymentMethod(StrEnum):
    """Ways to pay a payment email may name besides a card (copy's [payment_methods] says
    the generic ones in each language; brands are their own names)."""

    MOBILEPAY = "mobilepay"
    VIPPS = "vipps"
    SWISH = "swish"
    KLARNA = "klarna"
    PAYPAL = "paypal"
    APPLE_PAY = "apple-pay"
    GOOGLE_PAY = "google-pay"
    INVOICE = "invoice"
    BANK_TRANSFER = "bank-transfer"


BRAND_NAMES = {
    PaymentMethod.MOBILEPAY: "MobilePay",
    PaymentMethod.VIPPS: "Vipps",
    PaymentMethod.SWISH: "Swish",
    PaymentMethod.KLARNA: "Klarna",
    PaymentMethod.PAYPAL: "PayPal",
    PaymentMethod.APPLE_PAY: "Apple Pay",
    PaymentMethod.GOOGLE_PAY: "Google Pay",
}


def normalize_payment_method(value: str) -> str:
    method = value.strip().lower().replace(" ", "-").replace("_", "-")
    if method not in set(PaymentMethod):
        raise ValueError(
            f"{value!r} is not a payment method Kurv can name: "
            + ", ".join(member.value for member in PaymentMethod)
        )
    return method


_AMOUNT = re.compile(r"^([0-9]{1,7}(?:\.[0-9]{1,2})?) ([A-Z]{3})$")


def normalize_amount(value: str) -> str:
    """'499 dkk' -> '499 DKK': an amount with its ISO 4217 currency."""
    amount = _AMOUNT.match(" ".join(value.split()).upper())
    if not amount:
        raise ValueError(f"{value!r} is not an amount with its currency, e.g. 499 DKK")
    return f"{amount.group(1)} {normalize_currency(amount.group(2))}"


_DAYS = re.compile(r"^([0-9]{1,2})(?:\s*[-\u2013]\s*([0-9]{1,2}))?$")
MOST_DELIVERY_DAYS = 30


def normalize_delivery_days(value: str) -> str:
    """'1-3', '1 - 3' (or with an en dash) or '2' -> '1-3' or '2': working days from
    order to door."""
    found = _DAYS.match(value.strip())
    if not found:
        raise ValueError(f"{value!r} is not a number of working days such as 2 or 1-3")
    low = int(found.group(1))
    high = int(found.group(2) or low)
    if not 1 <= low <= high <= MOST_DELIVERY_DAYS:
        raise ValueError(
            f"{value!r}: working days from 1 to {MOST_DELIVERY_DAYS}, the lower number first"
        )
    return f"{low}-{high}" if high != low else str(low)


def delivery_range(days: str) -> tuple[int, int]:
    low, _, high = days.partition("-")
    return int(low), int(high or low)
