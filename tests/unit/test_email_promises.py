"""The shop's own promises (issue 21, point 4), each set per shop and said by our copy in
every language: benefits under the first button, a trust mark and a help page with their
links, the ways to pay in the payment emails, a coupon's worth up front, and UTM on the
links to the shop. Only the merchant sets them, and only links to where they belong."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from kurv.core.links import campaign_url
from kurv.core.locales import EMAIL_LANGUAGES
from kurv.core.model import Variant
from kurv.core.promises import PaymentMethod
from kurv.core.render import CATALOGUES, SUBJECT_LENGTH, catalogue, render_reminder
from kurv.core.shops import SeriesStep
from reminders import RESTORE, reminder, shop

PROMISING: dict[str, Any] = {
    "free_shipping_over": "499 DKK",
    "returns_days": 30,
    "free_returns": True,
    "delivery_days": "1-3",
}


def settings_of(name: str) -> dict[str, Any]:
    """How a reminder reads with catalogue `name` (the language, a formality, a region)."""
    language = name.split(".", maxsplit=1)[0].split("-", maxsplit=1)[0]
    values: dict[str, Any] = {"language": language, "babel_locale": language}
    if name == "de.du":
        values["formality"] = "informal"
    if name == "en-GB":
        values["babel_locale"] = "en_GB"
    return values


# What a reminder itself carries (the cart's); the rest of `rendered`'s keywords are settings.
OF_THE_CART = ("currency", "payment_reason")


def rendered(name: str, variant: Variant = Variant.FIRST, **settings: Any) -> Any:
    values = settings_of(name)
    formality = values.pop("formality", "formal")
    language = values.pop("language")
    values.update({key: settings.pop(key) for key in OF_THE_CART if key in settings})
    return render_reminder(
        reminder(language, variant, shop=shop(formality=formality, **settings), **values)
    )


@pytest.mark.parametrize("name", CATALOGUES)
def test_the_shops_benefits_stand_under_the_first_button(name: str) -> None:
    email = rendered(name, currency="DKK", **PROMISING)
    words = catalogue(name)["promise"]
    promised = [
        words["free_shipping_over"].split("{")[0],
        words["free_returns_days"].format(days=30),
        words["delivery_range"].format(low=1, high=3),
    ]

    for benefit in promised:
        assert benefit in email.text
        assert email.html.index(f'href="{RESTORE}"') < email.html.index(benefit)
        assert email.html.index(benefit) < email.html.index("<h2")
    # The threshold is a whole amount, written as the language writes money.
    assert re.search(r"499\D", email.text)
    assert "499,00" not in email.text
    assert "499.00" not in email.text


def test_a_threshold_in_another_currency_is_not_said() -> None:
    email = rendered("da", currency="EUR", free_shipping_over="499 DKK")

    assert catalogue("da")["promise"]["free_shipping_over"].split("{")[0] not in email.text


@pytest.mark.parametrize(
    ("settings", "key", "values"),
    [
        ({"returns_days": 14}, "returns_days", {"days": 14}),
        ({"free_returns": True}, "free_returns", {}),
        ({"delivery_days": "2"}, "delivery_days", {"days": 2}),
        ({"delivery_days": "1"}, "delivery_next_day", {}),
    ],
)
@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_each_promise_has_its_own_words(
    language: str, settings: dict[str, Any], key: str, values: dict[str, Any]
) -> None:
    email = rendered(language, **settings)

    assert catalogue(language)["promise"][key].format(**values) in email.text


def test_no_promise_no_line() -> None:
    email = rendered("en")

    assert "\u2713" not in email.html
    assert "&#10003;" not in email.html
    for words in catalogue("en")["promise"].values():
        assert words.format(amount="", days=30, low=1, high=3) not in email.text


@pytest.mark.parametrize(
    ("mark", "url", "kind"),
    [
        ("e-maerket", "https://www.e-maerket.dk/medlemmer/nordlys", "certified"),
        ("trygg-ehandel", "https://www.tryggehandel.no/butikk/nordlys", "certified"),
        ("trusted-shops", "https://www.trustedshops.de/bewertung/info_X1.html", "certified"),
        ("trustpilot", "https://dk.trustpilot.com/review/nordlys.example", "reviews"),
    ],
)
@pytest.mark.parametrize("name", CATALOGUES)
def test_a_trust_mark_is_named_with_its_link(name: str, mark: str, url: str, kind: str) -> None:
    email = rendered(name, trust_mark=mark, trust_mark_url=url)
    line = catalogue(name)["trust"][kind]
    before = line.split("{mark}")[0].format(shop="Nordlys Té")

    assert before.replace("'", "&#39;") in email.html
    assert re.search(rf'<a href="{re.escape(url)}"[^>]*>[^<]+</a>', email.html)
    assert f"({url})" in email.text  # the text part gives the address


@pytest.mark.parametrize(
    ("mark", "url"),
    [
        ("e-maerket", "https://e-maerket.dk.evil.example/nordlys"),  # not the mark's site
        ("e-maerket", "https://www.trustpilot.com/review/nordlys.example"),  # another mark's
        ("trustpilot", "http://www.trustpilot.com/review/nordlys.example"),  # not https
        ("trustpilot", "https://www.trustpilot.com\\.evil.example/"),
        ("trustpilot", "https://user@www.trustpilot.com/review/x"),
        ("trustpilot", None),  # a mark without its link
        ("none", "https://www.trustpilot.com/review/nordlys.example"),  # a link without a mark
    ],
)
def test_a_trust_marks_link_goes_only_to_the_marks_own_site(mark: str, url: str | None) -> None:
    with pytest.raises(ValidationError):
        shop(trust_mark=mark, trust_mark_url=url)


@pytest.mark.parametrize("name", CATALOGUES)
def test_a_help_page_is_linked_from_the_help_line(name: str) -> None:
    url = "https://nordlys.example/hjaelp"
    email = rendered(name, help_url=url)
    words = catalogue(name)["help"]

    assert f'<a href="{url}" class="kurv-link"' in email.html
    assert f">{words['page_name']}</a>" in email.html
    page = words["page"].format(help_page=f"{words['page_name']} ({url})")
    assert page in email.text


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/faq",
        "http://nordlys.example/faq",
        "https://nordlys.example.evil.example/faq",
        "javascript:alert(1)",
        "https://nordlys.example/" + "x" * 600,
    ],
)
def test_a_help_page_is_https_on_the_shops_own_hosts(url: str) -> None:
    with pytest.raises(ValidationError):
        shop(help_url=url)


def test_a_help_page_may_be_on_an_image_host() -> None:
    url = "https://nordlys.zendesk.example/hc"

    assert shop(image_hosts=["nordlys.zendesk.example"], help_url=url).help_url == url


PAYMENTS = [Variant.PAYMENT_TROUBLE, Variant.PAYMENT_FOLLOW_UP]


@pytest.mark.parametrize("variant", PAYMENTS)
@pytest.mark.parametrize("name", CATALOGUES)
def test_the_payment_emails_name_the_shops_ways_to_pay(name: str, variant: Variant) -> None:
    methods = ["mobilepay", "klarna", "invoice"]
    email = rendered(name, variant, payment_methods=methods)
    words = catalogue(name)["payment_methods"]

    line = words["line"].split("{")[0]
    assert line in email.text
    for shown in ("MobilePay", "Klarna", words["invoice"]):
        assert shown in email.text.split(line, 1)[1].split("\n")[0]


@pytest.mark.parametrize("reason", ["card_declined", "insufficient_funds"])
@pytest.mark.parametrize("name", CATALOGUES)
def test_with_ways_to_pay_the_email_no_longer_suggests_another_card(name: str, reason: str) -> None:
    email = rendered(
        name, Variant.PAYMENT_TROUBLE, payment_methods=["vipps"], payment_reason=reason
    )
    plain = rendered(name, Variant.PAYMENT_TROUBLE, payment_reason=reason)
    words = catalogue(name)

    assert words["payment_reason"][reason] in plain.text
    assert words["payment_reason"][reason] not in email.text
    assert words["payment_reason_methods"][reason] in email.text


def test_cart_emails_do_not_name_ways_to_pay() -> None:
    email = rendered("sv", Variant.FIRST, payment_methods=["swish"])

    assert "Swish" not in email.text


@pytest.mark.parametrize("method", ["bitcoin", "card", "klarna;rm"])
def test_only_known_ways_to_pay_are_named(method: str) -> None:
    with pytest.raises(ValidationError, match="payment method"):
        shop(payment_methods=[method])


def test_an_empty_way_to_pay_clears_them() -> None:
    assert shop(payment_methods=["", " "]).payment_methods == ()


def test_every_way_to_pay_has_a_name_in_every_language() -> None:
    for method in PaymentMethod:
        email = rendered("nb", Variant.PAYMENT_FOLLOW_UP, payment_methods=[method.value])
        assert "{" not in email.text, method


WORTHS = ["5%", "10%", "50 DKK", "1000 SEK", "free-shipping"]
CART_VARIANTS = [(1, Variant.FIRST), (2, Variant.FOLLOW_UP), (3, Variant.LAST_CALL)]


@pytest.mark.parametrize("worth", WORTHS)
@pytest.mark.parametrize("name", CATALOGUES)
def test_a_coupons_worth_leads_the_subject_preheader_and_intro(name: str, worth: str) -> None:
    step = SeriesStep(delay_seconds=3600, coupon="TAK10", coupon_worth=worth)
    words = catalogue(name)
    for number, variant in CART_VARIANTS:
        values = settings_of(name)
        formality = values.pop("formality", "formal")
        email = render_reminder(
            reminder(
                values.pop("language"),
                variant,
                step=number,
                shop=shop(formality=formality),
                coupon=step.coupon,
                coupon_worth=step.coupon_worth,
                **values,
            )
        )
        key = "free_shipping" if worth == "free-shipping" else "off"
        number_said = re.sub(r"\D", "", worth)

        assert len(email.subject) in SUBJECT_LENGTH, email.subject
        assert number_said in re.sub(r"\D", "", email.subject)
        assert email.subject.startswith(words["subject_coupon"][key].split("{")[0])
        assert "TAK10" in email.preheader
        intro = email.text.split("\n\n")[1]
        assert "TAK10" in intro
        assert number_said in re.sub(r"\D", "", intro)
        # Whole amounts without their cents ("1.000 kr", never "50,00 kr")
        assert not re.search(r"[.,]00(?!\d)", email.subject + email.preheader + intro)


def test_a_worth_too_long_for_a_subject_leaves_it_to_the_preheader() -> None:
    email = render_reminder(reminder("it", coupon="TAK", coupon_worth="1234567.50 EUR"))

    assert len(email.subject) in SUBJECT_LENGTH
    assert "1.234.567,50" in email.preheader


def test_the_payment_emails_keep_their_service_subject_with_a_coupon() -> None:
    email = render_reminder(
        reminder(
            "en", Variant.PAYMENT_TROUBLE, coupon="TAK10", coupon_worth="10%", payment_reason=None
        )
    )

    assert email.subject == catalogue("en")["subject"]["payment_trouble"]
    assert "Use the code TAK10 at checkout for 10% off your order." in email.text


def test_a_coupon_without_a_worth_leaves_subject_and_intro_alone() -> None:
    email = render_reminder(reminder("en", coupon="TAK10"))

    assert "TAK10" not in email.subject + email.preheader
    assert "Use the code TAK10 at checkout." in email.text


@pytest.mark.parametrize(
    ("url", "step", "expected"),
    [
        (
            "https://shop.example/cart/c1",
            2,
            "https://shop.example/cart/c1?utm_source=kurv&utm_medium=email"
            "&utm_campaign=cart-recovery&utm_content=reminder-2",
        ),
        (
            "https://shop.example/checkouts/7f/recover?key=abc%2Fdef#top",
            1,
            "https://shop.example/checkouts/7f/recover?key=abc%2Fdef&utm_source=kurv"
            "&utm_medium=email&utm_campaign=cart-recovery&utm_content=reminder-1#top",
        ),
        (
            # the shop's own tags stay the shop's
            "https://shop.example/p?utm_source=newsletter&utm_medium=mail",
            3,
            "https://shop.example/p?utm_source=newsletter&utm_medium=mail"
            "&utm_campaign=cart-recovery&utm_content=reminder-3",
        ),
    ],
)
def test_campaign_parameters_are_added_never_replaced(url: str, step: int, expected: str) -> None:
    assert campaign_url(url, step) == expected


@pytest.mark.parametrize("utm", [True, False])
def test_product_links_carry_the_step_unless_the_shop_says_no(utm: bool) -> None:
    email = render_reminder(reminder("en", Variant.FOLLOW_UP, step=2, shop=shop(utm=utm)))
    product = "https://nordlys.example/kop"
    expected = campaign_url(product, 2) if utm else product

    assert f'<a href="{expected.replace("&", "&amp;")}">' in email.html
    assert ("utm_" in email.html) is utm
    assert Decimal(1)  # prices untouched
