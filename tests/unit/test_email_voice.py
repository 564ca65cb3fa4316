"""The email speaks as the shop does: who signs it, whose name heads it, who sends it by
law, what went wrong with a payment, what a coupon is worth, du or Sie, and what it asks."""

from __future__ import annotations

import re
import typing
from typing import Any

import pytest
from pydantic import ValidationError

from kurv.core.locales import EMAIL_LANGUAGES
from kurv.core.model import Variant
from kurv.core.render import CATALOGUES, catalogue, render_reminder, render_unsubscribe_page
from kurv.core.shops import SeriesStep
from kurv.track.events import PaymentFailureReason
from reminders import EXPIRY, NBSP, reminder, shop

ASKING = [(1, Variant.FIRST), (2, Variant.FOLLOW_UP)]
NOT_ASKING = [
    (3, Variant.LAST_CALL),
    (3, Variant.FOLLOW_UP),  # a five-step series' middle emails
    (1, Variant.PAYMENT_TROUBLE),  # its offer already asks for a reply
    (2, Variant.PAYMENT_FOLLOW_UP),
]


def visible(html: str) -> str:
    """The HTML's text, as a reader (or a filter) sees it, the hidden preheader included."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html.replace(NBSP, " ")))


@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_the_first_two_emails_ask_what_went_wrong(language: str) -> None:
    prompt = catalogue(language)["reply"]["prompt"]

    for step, variant in ASKING:
        email = render_reminder(reminder(language, variant, step=step))
        assert prompt in email.text, (step, variant)
        assert prompt.replace("'", "&#39;") in email.html
    for step, variant in NOT_ASKING:
        assert prompt not in render_reminder(reminder(language, variant, step=step)).text


@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_a_named_person_signs_else_customer_service_never_the_team(language: str) -> None:
    words = catalogue(language)["footer"]
    person = render_reminder(reminder(language, shop=shop(signer_name="Mette"))).text
    with_role = render_reminder(
        reminder(language, shop=shop(signer_name="Mette", signer_role="kundechef"))
    ).text
    nobody = render_reminder(reminder(language)).text

    service = words["service"].format(shop="Nordlys Té")
    assert f"{words['sign_off']}\nMette\n{service}\n" in person
    assert f"{words['sign_off']}\nMette\nkundechef, Nordlys Té\n" in with_role
    assert words["unsigned"].format(shop="Nordlys Té") + "\n" in nobody
    for text in (person, with_role, nobody):
        assert not re.search(r"(?i)\bteam", text)


def test_the_shops_name_heads_the_email_and_a_logo_keeps_it_as_its_alt_text() -> None:
    plain = render_reminder(reminder("en")).html
    logo = "https://nordlys.example/logo.png"
    with_logo = render_reminder(reminder("en", shop=shop(logo_url=logo))).html

    body = plain.split('role="presentation"', 2)[2]  # inside the card
    assert body.index("Nordlys Té") < body.index("Hi Ada,")
    image = re.search(r'<img src="https://nordlys.example/logo.png"[^>]*>', with_logo)
    assert image is not None
    assert 'alt="Nordlys Té"' in image.group(0)
    assert "font-size:20px" in image.group(0)  # the alt text is set like the text header
    assert with_logo.index(image.group(0)) < with_logo.index("Hi Ada,")


@pytest.mark.parametrize(
    "logo",
    [
        "https://tracker.example/pixel.png",  # not one of the shop's hosts
        "http://nordlys.example/logo.png",  # not https
        "javascript:alert(1)",
    ],
)
def test_a_logo_must_be_https_on_the_shops_own_hosts(logo: str) -> None:
    with pytest.raises(ValidationError, match=r"logo|https"):
        shop(logo_url=logo)


def test_a_logo_may_come_from_an_image_host() -> None:
    assert shop(logo_url="https://cdn.img.example/l.png", image_hosts=["*.img.example"]).logo_url


@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_the_footer_says_who_sends_as_marketing_law_expects(language: str) -> None:
    identity = shop(
        legal_name="Nordlys Té ApS",
        postal_address="Nørregade 1\n1165 København K",
        company_number="CVR 12345678",
    )
    email = render_reminder(reminder(language, shop=identity))
    bare = render_reminder(reminder(language))

    line = "Nordlys Té ApS · Nørregade 1, 1165 København K · CVR 12345678"
    for part in (email.text, email.html):
        assert line in part
        assert part.index(line) < part.index("https://kurv.example/u/")
    assert "CVR" not in bare.text


def test_the_legal_name_defaults_to_the_shops_name() -> None:
    text = render_reminder(reminder("nb", shop=shop(company_number="Org.nr. 912 345 678"))).text

    assert "Nordlys Té · Org.nr. 912 345 678" in text


def test_the_api_and_the_catalogues_know_the_same_payment_failures() -> None:
    reasons = set(typing.get_args(PaymentFailureReason))

    for name in CATALOGUES:
        assert set(catalogue(name)["payment_reason"]) == reasons, name


@pytest.mark.parametrize("reason", typing.get_args(PaymentFailureReason))
@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_the_payment_email_says_what_went_wrong(language: str, reason: str) -> None:
    words = catalogue(language)
    email = render_reminder(reminder(language, Variant.PAYMENT_TROUBLE, payment_reason=reason))
    later = render_reminder(
        reminder(language, Variant.PAYMENT_FOLLOW_UP, step=2, payment_reason=reason)
    )

    assert words["payment_reason"][reason] in email.text
    others = set(words["payment_reason"].values()) - {words["payment_reason"][reason]}
    assert not any(other in email.text for other in others)
    # The emails after it keep offering help, without repeating the diagnosis.
    assert words["offer"]["payment_trouble"] in later.text
    assert words["cart"]["button_payment"] in later.text
    assert words["payment_reason"][reason] not in later.text


@pytest.mark.parametrize("reason", [None, "something_new"])
def test_a_payment_failure_without_a_known_reason_reads_as_the_general_case(
    reason: str | None,
) -> None:
    email = render_reminder(reminder("da", Variant.PAYMENT_TROUBLE, payment_reason=reason))

    assert catalogue("da")["payment_reason"]["other"] in email.text


@pytest.mark.parametrize(
    ("language", "worth", "line"),
    [
        ("en", "10%", "Use the code TAK10 at checkout for 10% off your order."),
        ("da", "10%", "Brug koden TAK10, når du betaler, og få 10\xa0% rabat på din bestilling."),
        # A whole amount without ",00", in every language
        ("de", "50 EUR", "Mit dem Code TAK10 erhalten Sie an der Kasse 50\xa0€ Rabatt"),
        ("da", "50 DKK", "Brug koden TAK10, når du betaler, og få 50\xa0kr. rabat på din"),
        ("en", "50 GBP", "Use the code TAK10 at checkout for £50 off your order."),
        ("it", "7.50 EUR", "per avere 7,50\xa0€ di sconto sul tuo ordine."),
        ("nb", "50 NOK", "Bruk koden TAK10 i kassen, og få 50\xa0kr rabatt på bestillingen."),
        ("sv", "free-shipping", "Använd koden TAK10 i kassan och få fri frakt."),
        ("it", "15%", "per avere 15% di sconto sul tuo ordine."),
    ],
)
def test_a_coupon_says_what_it_is_worth(language: str, worth: str, line: str) -> None:
    email = render_reminder(
        reminder(
            language,
            coupon="TAK10",
            coupon_worth=SeriesStep(
                delay_seconds=3600, coupon="TAK10", coupon_worth=worth
            ).coupon_worth,
        )
    )

    assert line in email.text


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        ({"coupon_worth": "10%"}, "needs its coupon code"),
        ({"coupon": "X", "coupon_worth": "lots"}, "not a coupon's worth"),
        ({"coupon": "X", "coupon_worth": "150%"}, "not a coupon's worth"),
        ({"coupon": "X", "coupon_worth": "50 KRONER"}, "not a coupon's worth"),
    ],
)
def test_a_coupons_worth_is_checked(values: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValidationError, match=problem):
        SeriesStep(delay_seconds=3600, **values)


def test_a_coupons_worth_is_written_one_way() -> None:
    assert SeriesStep(delay_seconds=3600, coupon="X", coupon_worth="50 dkk").coupon_worth == (
        "50 DKK"
    )
    assert SeriesStep(
        delay_seconds=3600, coupon="X", coupon_worth="Free-Shipping"
    ).coupon_worth == ("free-shipping")


SIE = re.compile(r"\b(Sie|Ihr|Ihre|Ihren|Ihrem|Ihnen)\b")
DU = re.compile(r"\b(du|dich|dir|dein|deine|deinen|deinem|deiner)\b", re.IGNORECASE)


@pytest.mark.parametrize("variant", list(Variant))
def test_german_says_sie_or_du_as_the_shop_does_and_never_mixes_them(variant: Variant) -> None:
    formal = render_reminder(reminder("de", variant, step=2))
    informal = render_reminder(reminder("de", variant, step=2, shop=shop(formality="informal")))

    assert SIE.search(formal.text)
    assert not DU.search(formal.text + formal.subject)
    assert "Hallo Ada" not in formal.text  # with Sie, no first-name greeting
    assert DU.search(informal.text)
    assert not SIE.search(informal.text + informal.subject)
    assert informal.text.startswith("Hallo Ada,")


def test_the_opt_out_page_speaks_as_the_emails_do() -> None:
    informal = render_unsubscribe_page(
        language="de", shop=shop(formality="informal"), state="confirm"
    )
    formal = render_unsubscribe_page(language="de", shop=shop(), state="confirm")

    assert "Möchtest du" in informal
    assert "Möchten Sie" in formal


@pytest.mark.parametrize("name", CATALOGUES)
def test_last_call_subjects_are_short_and_carry_no_year(name: str) -> None:
    language = name.split(".", maxsplit=1)[0].split("-", maxsplit=1)[0]
    formality = "informal" if name.endswith(".du") else "formal"
    locale = name.replace("-", "_") if "-" in name else language
    email = render_reminder(
        reminder(
            language,
            Variant.LAST_CALL,
            step=3,
            shop=shop(formality=formality),
            babel_locale=locale,
        )
    )

    assert len(email.subject) <= 60, email.subject
    assert not re.search(r"\b20\d\d\b", email.subject)


# The cart emails (the check-in after an order has no cart: test_check_in.py).
@pytest.mark.parametrize("variant", [v for v in Variant if v is not Variant.CHECK_IN])
@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_the_expiry_date_is_stated_at_most_twice(language: str, variant: Variant) -> None:
    email = render_reminder(reminder(language, variant, step=3))
    date = EXPIRY[language]

    assert (email.subject + visible(email.html)).count(date) <= 2
    assert (email.subject + email.text).count(date) <= 2
    assert date in email.text  # and at least once
