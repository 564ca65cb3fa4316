"""Nothing untrue (issue 21, point 3): an email says how long a cart is kept, whether prices
include VAT and what shipping costs only when the shop said so; otherwise it says nothing
of them. Every such sentence comes from a setting."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from pydantic import ValidationError

from kurv.core.clock import HOUR
from kurv.core.locales import EMAIL_LANGUAGES
from kurv.core.model import Variant
from kurv.core.render import CATALOGUES, catalogue, copy_name, render_reminder
from kurv.core.shops import SeriesStep
from reminders import EXPIRY, reminder, shop

DAY = 24 * HOUR
CLAIMS = {
    ("expiry", "line"),
    ("expiry", "preheader"),
    ("cart", "vat_included"),
    ("cart", "vat_excluded"),
    ("cart", "shipping_at_checkout"),
    ("cart", "shipping_free"),
}


def said(name: str, table: str, key: str) -> str:
    """A claim's words up to its first placeholder: what would show if it were said."""
    return catalogue(name)[table][key].split("{", 1)[0].strip()


def settings_of(name: str) -> dict[str, Any]:
    """The reminder's settings that make `render` use the catalogue `name`."""
    if name == "de.du":
        return {"shop": shop(formality="informal")}
    if name == "en-GB":
        return {"babel_locale": "en_GB"}
    return {}


@pytest.mark.parametrize("variant", list(Variant))
@pytest.mark.parametrize("name", CATALOGUES)
def test_a_shop_that_says_nothing_gets_no_claim_of_vat_shipping_or_a_carts_life(
    name: str, variant: Variant
) -> None:
    language = name.split(".", maxsplit=1)[0].split("-", maxsplit=1)[0]
    values = {"kept_until": None, **settings_of(name)}
    email = render_reminder(reminder(language, variant, step=3, **values))
    assert copy_name(language, values.get("shop"), values.get("babel_locale")) == name
    everything = email.subject + email.preheader + email.text + email.html

    assert [claim for claim in CLAIMS if said(name, *claim) in everything] == []
    assert EXPIRY[language] not in everything


WORDS_OF_A_LIFE = {
    "en": ("until", "emptied"),
    "da": ("indtil", "tømt"),
    "nb": ("frem til", "lagret til", "tømt"),
    "sv": ("sparas till", "till den", "töms"),
    "de": ("bis zum", "geleert"),
    "it": ("fino a", "svuotato"),
    "fi": ("asti", "tyhjennetään"),  # main's Finnish, merged after this
}


@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_without_a_cart_lifetime_no_email_says_until_when_or_emptied(language: str) -> None:
    for variant in Variant:
        email = render_reminder(reminder(language, variant, step=3, kept_until=None))
        words = f"{email.preheader} {email.text}"

        assert [w for w in WORDS_OF_A_LIFE[language] if w in words] == [], variant


@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_with_a_cart_lifetime_the_last_call_says_until_when(language: str) -> None:
    email = render_reminder(reminder(language, Variant.LAST_CALL, step=3))
    words = catalogue(language)["expiry"]

    assert email.preheader == words["preheader"].format(expiry_date=EXPIRY[language])
    assert words["line"].format(expiry_date=EXPIRY[language]) in email.text


def test_the_cart_is_kept_as_long_as_the_shop_says_from_its_last_change() -> None:
    last_change = int(datetime(2026, 12, 1, 9, 30, tzinfo=UTC).timestamp())

    assert shop().cart_kept_until(last_change) is None  # unset: nothing said
    assert shop(cart_lifetime_days=14).cart_kept_until(last_change) == last_change + 14 * DAY


def test_a_cart_lifetime_outlasts_the_series() -> None:
    three_days = [SeriesStep(delay_seconds=h * HOUR) for h in (1, 24, 72)]

    with pytest.raises(ValidationError, match="before the shop empties the cart"):
        shop(cart_lifetime_days=3, series=three_days)
    assert shop(cart_lifetime_days=4, series=three_days).cart_lifetime_days == 4


@pytest.mark.parametrize(
    ("settings", "present", "absent"),
    [
        ({"vat": "included"}, ["Alle Preise inkl. MwSt."], ["zzgl.", "Versand"]),
        ({"vat": "excluded"}, ["Alle Preise zzgl. MwSt."], ["inkl.", "Versand"]),
        (
            {"shipping": "at-checkout"},
            ["Die Versandkosten werden an der Kasse berechnet."],
            ["MwSt.", "kostenlos"],
        ),
        ({"shipping": "free"}, ["Der Versand ist kostenlos."], ["MwSt.", "Kasse berechnet"]),
        (
            {"vat": "included", "shipping": "at-checkout"},
            ["Preise wie in Ihrem Warenkorb. Alle Preise inkl. MwSt. Die Versandkosten"],
            ["zzgl."],
        ),
    ],
)
def test_vat_and_shipping_are_said_as_the_shop_sets_them(
    settings: dict[str, str], present: list[str], absent: list[str]
) -> None:
    text = render_reminder(reminder("de", shop=shop(**settings))).text
    note = text[text.index("Preise wie in Ihrem Warenkorb") :].split("\n", 1)[0]

    assert [words for words in present if words not in text] == []
    assert [words for words in absent if words in note] == []


def test_free_shipping_cannot_also_have_a_threshold() -> None:
    with pytest.raises(ValidationError, match="shipping is free"):
        shop(shipping="free", free_shipping_over="499 DKK")
