"""Subjects that earn the open, and the native readers' corrections (issue 21): led by the
product, 30 to 50 characters in every language, at every step, in every variant, never the
shop's name (the From name says it), payment subjects that offer help rather than raise an
alarm, a last payment email of its own; British English says "basket"."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest

from kurv.core.cart_view import ELLIPSIS, headline_product, shortened
from kurv.core.locales import EMAIL_LANGUAGES
from kurv.core.model import Line, Variant
from kurv.core.render import (
    SUBJECT_LENGTH,
    RenderedEmail,
    catalogue,
    render_reminder,
    render_unsubscribe_page,
)
from kurv.replies.forward import Customer, render_forward
from kurv_tools.measure.samples import SERIES_CASES
from reminders import reminder, shop

# Every catalogue, as the renderer is asked for it: (name, language, babel locale, shop).
WAYS: list[tuple[str, str, str, dict[str, Any]]] = [
    *[(language, language, language, {}) for language in EMAIL_LANGUAGES],
    ("de.du", "de", "de", {"formality": "informal"}),
    ("en-GB", "en", "en_GB", {}),
    ("en-US", "en", "en_US", {}),
]
CASES = [*SERIES_CASES, (3, Variant.FOLLOW_UP), (4, Variant.PAYMENT_FOLLOW_UP)]
# Real product names, short and long, as shops write them; None: a cart without one.
PRODUCTS = [
    None,
    "Te",
    "Kop",
    "Merino throw",
    "Blå kop, håndlavet stentøj",
    "Merino plaid no. 9, 130 \u00d7 170 cm, hand-woven in Denmark",
    "Teekannenwärmer aus gefilzter Schurwolle mit Edelstahl-Teesieb für lose Blätter",
    "Candela profumata alla lavanda della Provenza in vetro riciclato soffiato a mano",
    "Supercalifragilisticexpialidociouslylongproductnamewithoutanyspaces",
]
FIVE_STEPS = [{"delay_seconds": 3600 * (step + 1)} for step in range(5)]


def email(
    way: tuple[str, str, str, dict[str, Any]],
    variant: Variant,
    *,
    step: int = 1,
    product: str | None = "Merino throw",
    **overrides: Any,
) -> RenderedEmail:
    _, language, locale, settings = way
    lines = () if product is None else (Line(product, 1, Decimal("649")),)
    values: dict[str, Any] = {"shop": shop(**settings, series=FIVE_STEPS), "lines": lines}
    return render_reminder(
        reminder(language, variant, step=step, babel_locale=locale, **{**values, **overrides})
    )


@pytest.mark.parametrize("product", PRODUCTS)
@pytest.mark.parametrize("way", WAYS, ids=lambda way: way[0])
def test_every_subject_is_30_to_50_characters_and_never_names_the_shop(
    way: tuple[str, str, str, dict[str, Any]], product: str | None
) -> None:
    for step, variant in CASES:
        subject = email(way, variant, step=step, product=product).subject

        assert len(subject) in SUBJECT_LENGTH, (step, variant, subject, len(subject))
        assert "Nordlys" not in subject


@pytest.mark.parametrize("way", WAYS, ids=lambda way: way[0])
def test_the_series_subjects_lead_with_the_product(
    way: tuple[str, str, str, dict[str, Any]],
) -> None:
    for variant in (Variant.FIRST, Variant.FOLLOW_UP, Variant.LAST_CALL):
        assert "Merino throw" in email(way, variant).subject
        assert "Merino throw" not in email(way, variant, product="Gavekort").subject


@pytest.mark.parametrize("way", WAYS, ids=lambda way: way[0])
def test_a_name_only_the_storefront_told_never_leads_the_subject(
    way: tuple[str, str, str, dict[str, Any]],
) -> None:
    for variant in (Variant.FIRST, Variant.FOLLOW_UP, Variant.LAST_CALL):
        subject = email(way, variant, names_vouched=False).subject
        assert "Merino" not in subject
        assert subject == email(way, variant, product=None).subject


def test_a_sie_shop_may_greet_by_first_name_and_goes_on_in_lower_case_after_the_comma() -> None:
    way = WAYS[EMAIL_LANGUAGES.index("de")]
    usual = email(way, Variant.FOLLOW_UP, first_name="Anna").text
    by_name = render_reminder(
        reminder(
            "de",
            Variant.FOLLOW_UP,
            step=2,
            babel_locale="de",
            shop=shop(first_name_greeting=True),
            first_name="Anna",
        )
    ).text
    assert "Guten Tag," in usual
    assert "Anna" not in usual.split("\n\n")[0]
    assert by_name.lstrip().startswith("Hallo Anna,")
    assert "Sie haben noch Artikel" in by_name  # Sie, whatever the greeting


@pytest.mark.parametrize("way", WAYS, ids=lambda way: way[0])
def test_the_offer_to_take_the_order_asks_for_a_call_only_where_the_shop_has_a_phone(
    way: tuple[str, str, str, dict[str, Any]],
) -> None:
    name = way[0] if way[0] not in ("en-US", "en-GB") else "en"
    with_phone = catalogue(name)["offer"]["payment_trouble"]
    without = catalogue(name)["offer"]["payment_trouble_no_phone"]
    called = " ".join(email(way, Variant.PAYMENT_TROUBLE).text.split())
    quiet = " ".join(
        email(way, Variant.PAYMENT_TROUBLE, shop=shop(**way[3], support_phone=None)).text.split()
    )
    assert with_phone in called
    assert without in quiet
    assert with_phone not in quiet


@pytest.mark.parametrize("way", WAYS, ids=lambda way: way[0])
def test_a_shop_may_keep_each_emails_own_subject_and_leave_out_the_payment_offer(
    way: tuple[str, str, str, dict[str, Any]],
) -> None:
    plain = email(way, Variant.FIRST, product_subject=False).subject
    assert plain == email(way, Variant.FIRST, product=None).subject
    offered = email(way, Variant.PAYMENT_TROUBLE).text
    quiet = email(way, Variant.PAYMENT_TROUBLE, payment_offer=False).text
    offer = catalogue(way[0] if way[0] != "en-US" else "en")["offer"]["payment_trouble"].split(".")[
        0
    ]
    assert offer in " ".join(offered.split())
    assert offer not in " ".join(quiet.split())


def test_a_long_name_is_cut_at_a_word_and_its_details_left_out() -> None:
    way = WAYS[EMAIL_LANGUAGES.index("de")]
    long = "Teekannenwärmer aus gefilzter Schurwolle mit Edelstahl-Teesieb für lose Blätter"

    subject = email(way, Variant.FIRST, product=long).subject
    detailed = email(way, Variant.FIRST, product="Merino throw, oat, 130 \u00d7 170 cm").subject

    assert subject == "Noch in Ihrem Warenkorb: Teekannenwärmer aus…"
    assert detailed == "Noch in Ihrem Warenkorb: Merino throw"


def test_shortening_keeps_whole_words_or_gives_up() -> None:
    assert shortened("Merino throw", 20) == "Merino throw"
    assert shortened("Merino throw in oat", 14) == "Merino throw" + ELLIPSIS
    assert shortened("Supercalifragilistic", 10) is None  # no word to cut at
    assert shortened("Te i kop", 4) is None  # too little left to recognise


def test_the_subject_names_the_line_worth_most() -> None:
    lines = (
        Line("Gavekort", 1, Decimal("100")),
        Line("Merino throw, oat", 1, Decimal("649")),
        Line("Te", 3, Decimal("89")),
    )

    assert headline_product(lines) == "Merino throw"
    assert headline_product(()) is None
    assert headline_product((Line("\u2026", 1, Decimal("1")),)) is None


# Words that make a payment email read as a bank's alarm or a phisher's: problem, failed,
# declined, error, urgent, and exclamation marks.
ALARM = re.compile(
    r"(?i)problem|trouble|fail|declin|error|urgent|fejl|afvist|feil|avvist|\bfel\b|nekad"
    r"|fehl|abgelehnt|errore|rifiutat|!"
)


@pytest.mark.parametrize("way", WAYS, ids=lambda way: way[0])
def test_payment_subjects_offer_help_and_raise_no_alarm(
    way: tuple[str, str, str, dict[str, Any]],
) -> None:
    for step, variant in [
        (1, Variant.PAYMENT_TROUBLE),
        (2, Variant.PAYMENT_FOLLOW_UP),
        (5, Variant.PAYMENT_FOLLOW_UP),
    ]:
        subject = email(way, variant, step=step).subject

        assert not ALARM.search(subject), subject


@pytest.mark.parametrize("way", WAYS, ids=lambda way: way[0])
def test_the_last_email_after_a_failed_payment_is_its_own(
    way: tuple[str, str, str, dict[str, Any]],
) -> None:
    series = [{"delay_seconds": 3600}, {"delay_seconds": 7200}, {"delay_seconds": 10800}]
    three_steps = shop(**way[3], series=series)
    middle = email(way, Variant.PAYMENT_FOLLOW_UP, step=2, shop=three_steps)
    last = email(way, Variant.PAYMENT_FOLLOW_UP, step=3, shop=three_steps)
    words = catalogue(way[0] if way[0] != "en-US" else "en")

    assert middle.subject != last.subject
    assert middle.preheader != last.preheader
    assert words["intro"]["payment_last"].format(shop="Nordlys Té") in last.text
    assert words["intro"]["payment_follow_up"].format(shop="Nordlys Té") in middle.text


# The native readers' corrections: (wrong, right) phrases per catalogue, across every email
# (with and without a product), the opt-out pages and a forwarded reply.
CORRECTIONS: dict[str, tuple[list[str], list[str]]] = {
    "da": (["Sidste påmindelse: Din kurv"], ["Sidste påmindelse: din kurv"]),
    "nb": (["Det ser ut som du", "Varer totalt"], ["Det ser ut som om du", "Sum varer"]),
    "sv": (
        ["Det ser ut som att", "Varor totalt", "Ja, avregistrera mig"],
        ["Det ser ut som om", "Delsumma", "Ja, avsluta påminnelserna"],
    ),
    "de": (["\n\nDie folgenden"], ["Guten Tag,\n\nSie haben noch Artikel in Ihrem Warenkorb"]),
    "de.du": (
        ["Hallo Ada,\n\nDu", "Hallo Ada,\n\nDein"],
        ["Hallo Ada,\n\ndu hast", "Hallo Ada,\n\ndein Warenkorb", "Hallo Ada,\n\ndeine Zahlung"],
    ),
    "it": (
        ["scrivi a ", "Totale articoli"],
        ["scrivici all'indirizzo", "Subtotale", "Non vuoi più ricevere promemoria come questo?"],
    ),
    "en": (
        ["Prices as in your cart", "Call us on", "basket"],
        ["Prices are as they were in your cart", "Call us at", "cart"],
    ),
    "en-US": (["Call us on", "basket"], ["Call us at", "cart"]),
    "en-GB": (
        ["cart", "Call us at"],
        ["basket", "Call us on", "Prices are as they were in your basket"],
    ),
}


def everything_written(way: tuple[str, str, str, dict[str, Any]]) -> str:
    _, language, locale, settings = way
    emails = [
        email(way, variant, step=step, product=product)
        for step, variant in CASES
        for product in (None, "Merino throw")
    ]
    pages_shop = shop(**settings, locale=locale)
    pages = [
        render_unsubscribe_page(language=language, shop=pages_shop, state=state)
        for state in ("confirm", "done", "invalid")
    ]
    forward = render_forward(
        shop=pages_shop,
        customer=Customer("ada@example.com", "Ada"),
        words_written="Hej",
        subject="",
        reason="price",
        lines=(Line("Te", 1, Decimal("5")),),
        currency="DKK",
        cart_url="https://nordlys.example/c/1",
    )
    written = [f"{mail.subject}\n{mail.preheader}\n{mail.text}" for mail in emails]
    return "\n".join([*written, *pages, forward.subject, forward.text])


@pytest.mark.parametrize("name", sorted(CORRECTIONS))
def test_the_native_readers_corrections_hold(name: str) -> None:
    way = next(way for way in WAYS if way[0] == name)
    words = everything_written(way)
    wrong, right = CORRECTIONS[name]

    assert [phrase for phrase in wrong if re.search(_word(phrase), words)] == []
    assert [phrase for phrase in right if phrase not in words] == []


def _word(phrase: str) -> str:
    """A phrase as a whole word where it is one ("cart", not "carts" or "cartoon")."""
    return rf"(?i)\b{re.escape(phrase)}\b" if phrase.isalpha() else re.escape(phrase)


@pytest.mark.parametrize("variant", list(Variant))
def test_german_goes_on_from_the_greeting_in_lower_case_except_for_sie(
    variant: Variant,
) -> None:
    # "Guten Tag," / "Hallo Ada," end with a comma: the letter goes on in lower case, but
    # the polite Sie, Ihr and Ihre keep their capital.
    for name, pattern in (("de", r"(Sie|Ihre?)\b|[a-zäöü]"), ("de.du", r"[a-zäöü]")):
        way = next(way for way in WAYS if way[0] == name)
        for step in (2, 5):
            text = email(way, variant, step=step).text
            first_paragraph = text.split("\n\n")[1]

            assert re.match(pattern, first_paragraph), (name, step, first_paragraph)
