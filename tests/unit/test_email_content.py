"""Every email, in every language: what a customer must find in it, and nothing injected."""

from __future__ import annotations

import re
import string
from decimal import Decimal
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import boto3
import pytest
from babel.numbers import format_currency
from botocore.stub import Stubber

from kurv.core.locales import EMAIL_LANGUAGES, email_language, formatting_locale
from kurv.core.mailer import (
    Envelope,
    Mailer,
    SendOutcome,
    UndeliverableAddress,
    build_message,
    wire_bytes,
)
from kurv.core.model import Line, Variant
from kurv.core.render import (
    CATALOGUES,
    Reminder,
    catalogue,
    render_reminder,
    render_unsubscribe_page,
)
from reminders import EXPIRES_AT, EXPIRY, NBSP, RESTORE, UNSUBSCRIBE, reminder, shop

# The product's link, as the shop's analytics is told of a visit from the first email.
PRODUCT = (
    "https://nordlys.example/kop?utm_source=kurv&utm_medium=email&utm_campaign=cart-recovery"
    "&utm_content=reminder-1"
)
LINE_TOTAL = {
    "en": "€1,234.50",
    "da": "1.234,50\xa0€",
    "sv": "1\xa0234,50\xa0€",
    "nb": "1\xa0234,50\xa0€",
    "fi": "1\xa0234,50\xa0€",
    "de": "1.234,50\xa0€",
    "it": "1.234,50\xa0€",
}
TOTAL = {
    "en": "€1,244.50",
    "da": "1.244,50\xa0€",
    "sv": "1\xa0244,50\xa0€",
    "nb": "1\xa0244,50\xa0€",
    "fi": "1\xa0244,50\xa0€",
    "de": "1.244,50\xa0€",
    "it": "1.244,50\xa0€",
}


def mail(item: Reminder, *, name: str = "Nordlys Té") -> EmailMessage:
    envelope = Envelope(
        sender_name=name,
        sender_email="hej@nordlys.example",
        to="ada@example.com",
        reply_to="reply+nordlys-abc@replies.example",
        unsubscribe_url=UNSUBSCRIBE,
        sent_at=EXPIRES_AT - 30 * 86400,
        reference={"Shop": "nordlys", "Cart": "c1", "Step": "1"},
    )
    raw = wire_bytes(build_message(render_reminder(item), envelope))
    parsed = message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def parts(message: EmailMessage) -> tuple[str, str]:
    text, html = message.get_body(("plain",)), message.get_body(("html",))
    assert text is not None
    assert html is not None
    return str(text.get_content()), str(html.get_content())


# The cart emails (the check-in after an order has no cart: test_check_in.py).
@pytest.mark.parametrize("variant", [v for v in Variant if v is not Variant.CHECK_IN])
@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_every_email_carries_everything_a_customer_needs(language: str, variant: Variant) -> None:
    words = catalogue(language)
    message = mail(reminder(language, variant))
    text, html = parts(message)

    # A subject of 30 to 50 characters without the shop's name (the From name says it), and
    # a preheader leading the HTML
    assert len(str(message["Subject"])) in range(30, 51)
    assert "Nordlys" not in str(message["Subject"])
    # (the last call's says until when the shop keeps the cart, as this shop says it does)
    said = words["expiry"]["preheader"] if variant is Variant.LAST_CALL else None
    preheader = (said or words["preheader"][variant.value]).format(expiry_date=EXPIRY[language])
    assert html.index(preheader.replace("'", "&#39;")) < html.index("<h2")
    # Greeting by first name
    greeting = words["greeting"]["named"].format(first_name="Ada")
    assert greeting in text
    assert greeting in html
    # The items: picture (the product's link, named by it), name, quantity, price; the total
    assert (
        f'<a href="{PRODUCT}"><img src="https://img.example/kop.jpg" alt="Blå kop"'.replace(
            "&", "&amp;"
        )
        in html
    )
    quantity = words["cart"]["quantity"].format(quantity=2)
    for part in (text, html):
        assert "Blå kop" in part
        assert quantity in part
        assert LINE_TOTAL[language] in part
        assert TOTAL[language] in part
    # The button back to the cart twice, after the intro and under the cart (each once for
    # Outlook in VML, once for everyone else), and the same link twice in the text
    assert html.count(f'<a href="{RESTORE}"') == 2
    assert html.count(f'href="{RESTORE}"') == 4
    assert text.count(RESTORE) == 2
    # Phone and email for help, and an invitation to simply reply. In HTML the phone is a
    # tel: link that never wraps, already in the header above the cart; the address a mailto:
    assert "+45 70 20 30 40" in text
    assert "hjaelp@nordlys.example" in text
    assert html.count('href="tel:+4570203040"') == 2
    assert html.index('href="tel:+4570203040"') < html.index("<h2")
    assert "+45\xa070\xa020\xa030\xa040</a>" in html
    assert 'href="mailto:hjaelp@nordlys.example"' in html
    assert (
        words["help"]["with_phone"].format(phone="+45 70 20 30 40", email="hjaelp@nordlys.example")
        in text
    )
    # When the cart expires (a date that never wraps), why this email came, and a way out
    assert EXPIRY[language] in text
    kept_together = EXPIRY[language].replace(" ", NBSP)
    assert f'<span style="white-space:nowrap;">{kept_together}</span>' in html
    for part in (text, html):
        assert UNSUBSCRIBE in part
    assert words["why"]["consent"].format(shop="Nordlys Té") in text
    # The plain-text part stands alone: no markup, no images
    assert "<" not in text.replace("<script>alert(1)</script>", "")
    # The payment-trouble email offers help and to take the order
    if variant is Variant.PAYMENT_TROUBLE:
        assert words["offer"]["payment_trouble"] in text


@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_headers_are_those_of_a_well_behaved_sender(language: str) -> None:
    message = mail(reminder(language))

    assert message["From"].addresses[0].display_name == "Nordlys Té"
    assert message["From"].addresses[0].addr_spec == "hej@nordlys.example"
    assert str(message["To"]) == "ada@example.com"
    assert str(message["Reply-To"]) == "reply+nordlys-abc@replies.example"
    assert str(message["List-Unsubscribe"]) == f"<{UNSUBSCRIBE}>"
    assert str(message["List-Unsubscribe-Post"]) == "List-Unsubscribe=One-Click"
    assert str(message["Content-Language"]) == language
    assert message["Date"] is not None
    assert message["Message-ID"] is not None
    assert message.get_content_type() == "multipart/alternative"
    assert [part.get_content_type() for part in message.iter_parts()] == ["text/plain", "text/html"]


def test_html_is_built_for_email_clients() -> None:
    _, html = parts(mail(reminder("en")))

    assert "<script" not in html.lower()
    assert 'role="presentation"' in html  # table layout
    # Inline styles for everything; style blocks only refine (a phone's header, dark mode),
    # as some clients strip them.
    for block in re.findall(r"<style>(.*?)</style>", html, flags=re.DOTALL):
        rules = re.sub(r"@media[^{]*\{(?:[^{}]*\{[^}]*\})*\s*\}", "", block)
        assert re.sub(r"(?::root|\[data-ogsb\][^{]*)\s*\{[^}]*\}", "", rules).strip() == ""
    assert 'name="viewport"' in html
    assert all(' alt="' in tag for tag in re.findall(r"<img[^>]*>", html))
    # Outlook for Windows ignores max-width: a conditional fixed 600 px table holds the card.
    opened = html.index('<!--[if mso]><table role="presentation" width="600"')
    assert opened < html.index("max-width:600px") < html.index("<h2")
    assert html.index("<![endif]-->", opened) < html.index("max-width:600px")
    assert html.rindex("<!--[if mso]></td></tr></table><![endif]-->") > html.rindex(
        "max-width:600px"
    )


# Lines that rightly leave a placeholder out: with Sie, German greets without the first name.
LEFT_OUT = {("de", "greeting", "named"): {"first_name"}}


@pytest.mark.parametrize("name", CATALOGUES)
def test_catalogue_matches_english_key_for_key_and_placeholder_for_placeholder(
    name: str,
) -> None:
    english, other = catalogue("en"), catalogue(name)

    assert {t: set(keys) for t, keys in other.items()} == {
        t: set(keys) for t, keys in english.items()
    }
    for table, keys in english.items():
        for key, value in keys.items():
            expected = _fields(value) - LEFT_OUT.get((name, table, key), set())
            assert _fields(other[table][key]) == expected, (table, key)


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def test_no_name_no_greeting_by_name() -> None:
    text, _ = parts(mail(reminder("da", first_name=None)))

    assert text.startswith(catalogue("da")["greeting"]["anonymous"])


def test_coupon_only_where_the_shop_configured_one() -> None:
    without, _ = parts(mail(reminder("en")))
    with_coupon, html = parts(mail(reminder("en", coupon="TAK10")))

    assert "TAK10" not in without
    assert "Use the code TAK10 at checkout." in with_coupon
    assert "TAK10" in html


def test_notice_policy_explains_why_the_email_came() -> None:
    text, _ = parts(mail(reminder("sv", shop=shop(consent_policy="notice"))))

    assert catalogue("sv")["why"]["notice"].format(shop="Nordlys Té") in text


def test_without_a_phone_the_help_line_offers_email_and_reply() -> None:
    text, _ = parts(mail(reminder("nb", shop=shop(support_phone=None))))

    assert catalogue("nb")["help"]["without_phone"].format(email="hjaelp@nordlys.example") in text


def test_money_and_dates_follow_the_customers_locale() -> None:
    text, _ = parts(mail(reminder("de", babel_locale="de_AT", currency="DKK")))

    assert "DKK\xa01.244,50" in text  # Austrian German writes the currency first


@pytest.mark.parametrize(
    ("preferences", "language"),
    [
        (("da_DK", "en"), "da"),
        (("fr", "sv"), "sv"),
        (("fr", "pt"), "en"),
        (("no",), "nb"),
        ((None, "de_AT"), "de"),
        (("", ""), "en"),
        (("nb-NO",), "nb"),
        (("fi-FI",), "fi"),
        (("fr", "fi"), "fi"),
    ],
)
def test_language_falls_back_to_the_shops_then_english(
    preferences: tuple[str | None, ...], language: str
) -> None:
    assert email_language(*preferences) == language


@pytest.mark.parametrize(
    ("language", "preferences", "locale"),
    [
        ("de", ("de_CH", "de_DE"), "de_CH"),  # the cart's own region first
        ("de", ("fr_FR", "de_AT"), "de_AT"),  # then the shop's, if of the same language
        ("en", ("fr_FR", "ja"), "en"),  # never a foreign language's way in an English email
        ("en", ("fr_FR", "en_GB"), "en_GB"),
        ("nb", ("no_NO",), "no_NO"),
        ("da", (None, ""), "da"),
    ],
)
def test_money_and_dates_are_written_the_emails_languages_way(
    language: str, preferences: tuple[str | None, ...], locale: str
) -> None:
    assert formatting_locale(language, *preferences) == locale


def test_markup_in_a_product_name_stays_text() -> None:
    _, html = parts(mail(reminder("en")))

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize(
    "name",
    [
        "Ada\r\nBcc: attacker@evil.example",
        "Ada\nSubject: you won",
        'Ada"><img src=x onerror=alert(1)>',
    ],
)
def test_a_hostile_first_name_can_neither_add_headers_nor_markup(name: str) -> None:
    # Validation refuses these at the door (test_events_validation); even if one got
    # through, the email treats it as text.
    message = mail(reminder("en", first_name=name))
    _, html = parts(message)

    assert message["Bcc"] is None
    assert "you won" not in str(message["Subject"])
    assert "<img src=x" not in html
    if "<img" in name:
        assert "&lt;img src=x onerror=alert(1)&gt;" in html  # shown as text, not markup


def test_a_header_like_shop_name_cannot_add_headers() -> None:
    with pytest.raises(ValueError, match=r"linefeed|carriage return|CR or LF"):
        mail(reminder("en"), name="Shop\r\nBcc: attacker@evil.example")


@pytest.fixture
def ses() -> Any:
    """A real sesv2 client that never leaves the process: botocore's Stubber answers."""
    return boto3.client(
        "sesv2",
        region_name="eu-west-1",
        aws_access_key_id="x",
        aws_secret_access_key="x",
        endpoint_url="https://ses.invalid",
    )


@pytest.fixture
def message() -> EmailMessage:
    return build_message(
        render_reminder(reminder("en")),
        Envelope(
            "Shop",
            "hej@nordlys.example",
            "ada@example.com",
            "help@nordlys.example",
            UNSUBSCRIBE,
            EXPIRES_AT,
            {},
        ),
    )


def test_mailer_sends_raw_mime_with_configuration_set_and_tags(
    ses: Any, message: EmailMessage
) -> None:
    with Stubber(ses) as stub:
        stub.add_response(
            "send_email",
            {"MessageId": "m-1"},
            {
                "Content": {"Raw": {"Data": wire_bytes(message)}},
                "Destination": {"ToAddresses": ["ada@example.com"]},
                "EmailTags": [{"Name": "shop", "Value": "nordlys"}],
                "ConfigurationSetName": "kurv-reminders",
            },
        )
        result = Mailer(ses, "kurv-reminders").send(message, tags={"shop": "nordlys"})
        stub.assert_no_pending_responses()

    assert result.outcome is SendOutcome.SENT
    assert result.message_id == "m-1"


@pytest.mark.parametrize(
    ("code", "outcome"),
    [
        ("TooManyRequestsException", SendOutcome.RETRY),
        ("LimitExceededException", SendOutcome.RETRY),
        ("SendingPausedException", SendOutcome.RETRY),
        ("MessageRejected", SendOutcome.REJECTED),
        ("MailFromDomainNotVerifiedException", SendOutcome.REJECTED),
    ],
)
def test_mailer_tells_retryable_failures_from_refusals(
    ses: Any, message: EmailMessage, code: str, outcome: SendOutcome
) -> None:
    with Stubber(ses) as stub:
        stub.add_client_error("send_email", service_error_code=code)
        result = Mailer(ses).send(message, tags={})

    assert result.outcome is outcome
    assert result.detail == code


def wire(language: str = "da", variant: Variant = Variant.FIRST) -> bytes:
    """One email as SES receives it, with a link as long as a real opt-out token."""
    envelope = Envelope(
        sender_name="Nordlys Té",
        sender_email="hej@nordlys.example",
        to="ada@example.com",
        reply_to="reply+nordlys-abcdefghijklmnop@replies.nordlys.example",
        unsubscribe_url="https://abcdefghij.execute-api.eu-west-1.amazonaws.com/u/"
        + "A" * 600
        + ".sig",
        sent_at=EXPIRES_AT - 30 * 86400,
        reference={"Shop": "nordlys", "Cart": "c1", "Step": "1"},
    )
    return wire_bytes(build_message(render_reminder(reminder(language, variant=variant)), envelope))


@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_urls_and_addresses_in_headers_go_out_as_written(language: str) -> None:
    # Mail clients look for <https://...> in the raw header: an encoded-word hides it, and
    # Gmail and Yahoo then offer no unsubscribe button.
    raw = wire(language)
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")

    assert "\r\nList-Unsubscribe: <https://abcdefghij.execute-api" in head
    assert "=?" not in _header(head, "List-Unsubscribe")
    assert _header(head, "List-Unsubscribe").endswith(".sig>")
    assert _header(head, "Reply-To") == "reply+nordlys-abcdefghijklmnop@replies.nordlys.example"
    assert _header(head, "To") == "ada@example.com"
    assert "<hej@nordlys.example>" in _header(head, "From")


def test_every_line_on_the_wire_is_within_the_limits() -> None:
    for language in EMAIL_LANGUAGES:
        for variant in Variant:
            raw = wire(language, variant)
            head, body = raw.split(b"\r\n\r\n", 1)
            assert max(len(line) for line in head.split(b"\r\n")) <= 998
            assert max(len(line) for line in body.split(b"\r\n")) <= 78


def _header(head: str, name: str) -> str:
    """A header's raw value, unfolded only at CRLF + whitespace as RFC 5322 allows."""
    unfolded = head.replace("\r\n ", " ").replace("\r\n\t", "\t")
    for line in unfolded.split("\r\n"):
        if line.startswith(f"{name}: "):
            return line[len(name) + 2 :]
    raise AssertionError(f"no {name} header")


def test_nothing_is_hidden_or_coloured_by_tricks() -> None:
    # SpamAssassin's HTML_FONT_LOW_CONTRAST and FONT_INVIS_MSGID: a preheader coloured like
    # the background, tiny type, a button coloured only by a bgcolor attribute.
    html = render_reminder(reminder("en")).html
    preheader = re.search(r'<div style="([^"]*display:none[^"]*)">', html)

    assert preheader is not None
    assert "color" not in preheader.group(1)
    assert "font-size:1px" not in html
    assert "bgcolor=" not in html
    button = re.search(r'<td[^>]*style="([^"]*)">\s*<a href="https://kurv.example/r/', html)
    assert button is not None
    assert "background-color:#1f5f46" in button.group(1)


# The native review's corrections (issue 8): (what was wrong, what is right), per language.
REVIEWED = {
    "da": (
        ["Teamet hos", "Tit er det", "Det sker."],
        ["Kundeservice hos", "Tit skyldes det", "Det kan ske for alle."],
    ),
    "nb": (["lagres til", "Teamet hos"], ["er lagret til", "Hilsen oss i"]),
    "sv": (["Avregistrera", "godkände"], ["Avsluta påminnelserna", "sa ja till att vi hör av oss"]),
    "de": (["unten aufgeführten"], ["Sie haben noch Artikel in Ihrem Warenkorb"]),
    "it": (
        ["Annulla l'iscrizione", "prendere noi", "al giorno"],
        ["Non vuoi più ricevere promemoria", "registrare noi l'ordine", "fino a venerdì 18"],
    ),
}


@pytest.mark.parametrize("language", sorted(REVIEWED))
def test_the_native_reviews_corrections_hold(language: str) -> None:
    emails = [render_reminder(reminder(language, variant=variant)) for variant in Variant]
    words = " ".join(f"{email.subject} {email.text}" for email in emails) + " ".join(
        render_unsubscribe_page(language=language, shop=shop(name="Nordlys"), state=state)
        for state in ("confirm", "done")
    )
    wrong, right = REVIEWED[language]

    assert [phrase for phrase in wrong if phrase in words] == []
    assert [phrase for phrase in right if phrase not in words] == []


@pytest.mark.parametrize(
    ("language", "locale", "currency"), [("nb", "nb_NO", "NOK"), ("sv", "sv_SE", "SEK")]
)
def test_whole_kroner_without_zero_ore(language: str, locale: str, currency: str) -> None:
    whole = [Line("Te", 2, Decimal("124.50")), Line("Kopp", 1, Decimal("99"))]
    text = render_reminder(
        reminder(language, babel_locale=locale, currency=currency, lines=tuple(whole))
    ).text

    assert "249\xa0kr" in text  # two at 124,50: a whole amount
    assert "99\xa0kr" in text
    assert "348\xa0kr" in text  # the total
    assert ",00" not in text


TODAYS_PRICES = ("today", "dagens", "heutigen", "di oggi")


@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_the_numbers_say_only_what_is_true(language: str) -> None:
    # Prices are a copy of the last cart.updated, not today's; the total is the items only.
    lines = (Line("Te", 2, Decimal("12.50")), Line("Kopp", 1, Decimal("99")))
    email = render_reminder(reminder(language, lines=lines))
    words = catalogue(language)["cart"]

    assert not [claim for claim in TODAYS_PRICES if claim in email.text.lower()]
    assert words["prices_note"] in email.text
    assert words["total"] in email.text
    # Two of a kind: the unit price stands beside the line's total; one alone: not.
    unit = format_currency(Decimal("12.50"), "EUR", locale=language)
    alone = format_currency(Decimal("99"), "EUR", locale=language)
    assert words["each"].format(unit_price=unit) in email.text
    assert words["each"].format(unit_price=alone) not in email.text


def test_a_picture_beside_its_name_is_decorative_and_no_picture_leaves_no_gap() -> None:
    lines = (
        Line("Te", 1, Decimal("5"), "https://img.example/te.jpg"),  # picture, no link
        Line("Kopp", 1, Decimal("9")),  # no picture
    )
    html = render_reminder(reminder("en", lines=lines)).html

    assert '<img src="https://img.example/te.jpg" alt=""' in html
    # The line without a picture spans the picture column instead of leaving it empty.
    name = html.index("Kopp", html.index("<h2"))
    row = html[name - 400 : name]
    assert 'colspan="2"' in row
    assert html.count('<td width="88"') == 1


def test_an_international_domain_goes_on_the_wire_in_punycode(ses: Any) -> None:
    message = build_message(
        render_reminder(reminder("de")),
        Envelope(
            "Bücherstube",
            "hallo@bücherstube.example",
            "Anna@Bücher.DE",
            "hilfe@bücherstube.example",
            UNSUBSCRIBE,
            EXPIRES_AT,
            {},
        ),
    )
    raw = wire_bytes(message)
    headers = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")

    assert "\r\nTo: Anna@xn--bcher-kva.de\r\n" in f"\r\n{headers}"
    assert "Reply-To: hilfe@xn--bcherstube-9db.example" in headers
    assert "<hallo@xn--bcherstube-9db.example>" in headers  # From, after its display name
    assert "@xn--bcherstube-9db.example>" in headers.split("Message-ID:")[1].split("\r\n")[0]
    for line in headers.split("\r\n"):
        if line.split(":")[0] in ("To", "Reply-To", "Message-ID"):
            assert "=?" not in line, line  # never an encoded-word in an address
    with Stubber(ses) as stub:
        stub.add_response(
            "send_email",
            {"MessageId": "m-1"},
            {
                "Content": {"Raw": {"Data": raw}},
                "Destination": {"ToAddresses": ["Anna@xn--bcher-kva.de"]},
                "EmailTags": [],
            },
        )
        assert Mailer(ses).send(message, tags={}).outcome is SendOutcome.SENT


@pytest.mark.parametrize("address", ["josé@example.com", "用户@例子.广告", "ada\u00a0@example.com"])
def test_an_address_with_no_ascii_form_is_refused_before_the_wire(address: str) -> None:
    envelope = Envelope("Shop", "hej@nordlys.example", address, "help@nordlys.example", "", 0, {})

    with pytest.raises(UndeliverableAddress):
        build_message(render_reminder(reminder("en")), envelope)


def test_a_finnish_email_writes_money_and_dates_the_finnish_way() -> None:
    item = reminder("fi", variant=Variant.LAST_CALL, babel_locale="fi_FI")
    text, html = parts(mail(item))

    assert "1\xa0244,50\xa0€" in text  # "1 244,50 €": a space for thousands, the € after
    assert "18. joulukuuta 2026" in text  # the long date, the month in the partitive
    assert 'lang="fi"' in html
    assert "Ystävällisin terveisin" in text


def test_the_finnish_opt_out_pages_are_in_finnish() -> None:
    nordlys = shop(name="Nordlys")
    confirm = render_unsubscribe_page(language="fi", shop=nordlys, state="confirm")
    done = render_unsubscribe_page(language="fi", shop=nordlys, state="done")

    assert 'lang="fi"' in confirm
    assert "Kyllä, lopeta muistutukset" in confirm
    assert "Nordlys ei enää lähetä ostoskorimuistutuksia tähän osoitteeseen." in done
