"""Sample emails, exactly as SES would receive them: every language, at every step of the
series, in every variant. What the outside judges (SpamAssassin, a real Chromium) read.

    python -m kurv_tools.measure.samples OUT_DIR    # writes one .eml and one .html per email
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from kurv.core.locales import EMAIL_LANGUAGES
from kurv.core.mailer import Envelope, build_message, wire_bytes
from kurv.core.model import Line, Variant
from kurv.core.render import Reminder, RenderedEmail, copy_name, render_reminder
from kurv.core.shops import SeriesStep, Shop

EXPIRES_AT = int(datetime(2026, 12, 18, 12, 0, tzinfo=UTC).timestamp())
# Which variant each step can be: the plain series, and the series after a failed payment.
SERIES_CASES: tuple[tuple[int, Variant], ...] = (
    (1, Variant.FIRST),
    (2, Variant.FOLLOW_UP),
    (3, Variant.LAST_CALL),
    (1, Variant.PAYMENT_TROUBLE),
    (2, Variant.PAYMENT_TROUBLE),  # the failure came after the first email
    (2, Variant.PAYMENT_FOLLOW_UP),
    (3, Variant.PAYMENT_FOLLOW_UP),
)

# The one email after an order (Shop.check_in_seconds): not a step of the series.
CHECK_IN_CASE = (1, Variant.CHECK_IN)


# A Danish tea shop with a support address and phone: what every sample starts from (the
# unit tests' shop is this and nothing more).
NORDLYS: dict[str, Any] = {
    "shop_id": "nordlys",
    "name": "Nordlys Té",
    "sender_email": "hej@nordlys.example",
    "sender_name": "Nordlys Té",
    "support_email": "hjaelp@nordlys.example",
    "support_phone": "+45 70 20 30 40",
    "restore_url": "https://nordlys.example/c/{cart_id}",
    "timezone": "Europe/Copenhagen",
}


LOGO_URL = "https://img.nordlys.example/logo.png"


def sample_shop(**overrides: Any) -> Shop:
    """A shop that sets everything an email can show: signer, logo, legal footer, phone,
    a coupon with its worth on the last step, and every promise (how long carts live, VAT
    and shipping, free shipping over 499 kr, returns, delivery, e-mærket, a help page and
    the ways to pay besides a card)."""
    values: dict[str, Any] = {
        **NORDLYS,
        "image_hosts": ["img.nordlys.example"],
        "logo_url": LOGO_URL,
        "signer_name": "Mette",
        "legal_name": "Nordlys Té ApS",
        "postal_address": "Nørregade 1, 1165 København K",
        "company_number": "CVR 12345678",
        "cart_lifetime_days": 30,
        "vat": "included",
        "shipping": "at-checkout",
        "free_shipping_over": "499 DKK",
        "returns_days": 30,
        "free_returns": True,
        "delivery_days": "1-3",
        "trust_mark": "e-maerket",
        "trust_mark_url": "https://www.e-maerket.dk/medlemmer/nordlys-te",
        "help_url": "https://nordlys.example/hjaelp",
        "payment_methods": ["mobilepay", "klarna", "invoice"],
        "series": [
            SeriesStep(delay_seconds=3600),
            SeriesStep(delay_seconds=86400),
            SeriesStep(delay_seconds=259200, coupon="TAK10", coupon_worth="10%"),
        ],
    }
    return Shop.model_validate({**values, **overrides})


SAMPLE_LINES = (
    Line(
        "Blå kop, håndlavet stentøj",
        2,
        Decimal("249.00"),
        "https://img.nordlys.example/kop.jpg",
        "https://nordlys.example/p/kop",
    ),
    Line("Grøn te, 100 g", 1, Decimal("89.50"), "https://img.nordlys.example/te.jpg"),
    Line("Gavekort", 1, Decimal("500")),
)


@dataclass(frozen=True)
class Sample:
    catalogue: str  # the language, or the language as some shops speak it ("de.du")
    step: int
    variant: Variant
    email: RenderedEmail
    raw: bytes

    @property
    def name(self) -> str:
        return f"{self.catalogue}-{self.step}-{self.variant.value}"


def sample(
    language: str, step: int, variant: Variant, *, shop: Shop | None = None, **overrides: Any
) -> Sample:
    """One email as SES receives it, with an opt-out link as long as a real token. The
    check-in after an order (Variant.CHECK_IN) shows no cart, link or coupon."""
    check_in = variant is Variant.CHECK_IN
    shop = shop or sample_shop()
    reply_to = overrides.pop("reply_to", "reply+nordlys-abcdefghijklmnop@replies.nordlys.example")
    values: dict[str, Any] = {
        "shop": shop,
        "language": language,
        "babel_locale": language,
        "variant": variant,
        "lines": () if check_in else SAMPLE_LINES,
        "currency": "DKK",
        "restore_url": ""
        if check_in
        else "https://abcdefghij.execute-api.eu-west-1.amazonaws.com/r/" + "R" * 200 + ".sig",
        "unsubscribe_url": "https://abcdefghij.execute-api.eu-west-1.amazonaws.com/u/"
        + "U" * 600
        + ".sig",
        "kept_until": EXPIRES_AT if shop.cart_lifetime_days else None,
        "first_name": "Ada",
        "coupon": None if check_in else shop.series[step - 1].coupon,
        "coupon_worth": None if check_in else shop.series[step - 1].coupon_worth,
        "step": step,
        "payment_reason": "authentication_failed" if variant is Variant.PAYMENT_TROUBLE else None,
    }
    email = render_reminder(Reminder(**{**values, **overrides}))
    envelope = Envelope(
        sender_name=shop.sender_name,
        sender_email=shop.sender_email,
        to="ada@example.com",
        reply_to=reply_to,
        unsubscribe_url=values["unsubscribe_url"],
        sent_at=EXPIRES_AT - 30 * 86400,
        reference={
            "Shop": shop.shop_id,
            "Cart": "c1",
            "Step": "check-in" if check_in else str(step),
        },
    )
    raw = wire_bytes(build_message(email, envelope))
    name = copy_name(language, shop, overrides.get("babel_locale", language))
    return Sample(name, step, variant, email, raw)


# Regions that read a language their own way: British English says "basket".
REGIONAL_LOCALES = ("en_GB",)


def every_sample() -> Iterator[Sample]:
    """Every language at every step in every variant, and the check-in after an order,
    German as shops that duzen write, and English as the British read it."""
    informal = sample_shop(formality="informal")
    for language in EMAIL_LANGUAGES:
        for step, variant in (*SERIES_CASES, CHECK_IN_CASE):
            yield sample(language, step, variant)
            if copy_name(language, informal) != language:
                yield sample(language, step, variant, shop=informal)
            for locale in REGIONAL_LOCALES:
                if locale.startswith(f"{language}_"):
                    yield sample(language, step, variant, babel_locale=locale)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m kurv_tools.measure.samples OUT_DIR", file=sys.stderr)
        return 2
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for item in every_sample():
        (out / f"{item.name}.eml").write_bytes(item.raw)
        (out / f"{item.name}.html").write_text(item.email.html, encoding="utf-8")
        count += 1
    print(f"Wrote {count} emails (.eml as SES receives them, .html to open) to {out}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
