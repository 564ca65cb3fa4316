"""How the email is laid out for what a reader sees first: the button before the cart, a
long cart cut short (so Gmail never clips the email), Outlook's own button, dark mode, a
preheader that stands alone, and measures that never break. The real browser's view of the
same is tests/judges/test_layout.py."""

from __future__ import annotations

import re
import time
from decimal import Decimal

import pytest
from babel.numbers import format_currency

from kurv.core.cart_view import MAX_LINES, lines_shown, unbroken_measures
from kurv.core.locales import EMAIL_LANGUAGES
from kurv.core.model import Line, Variant
from kurv.core.render import catalogue, render_reminder
from kurv_tools.measure.samples import SERIES_CASES, sample
from reminders import NBSP, RESTORE, reminder, shop

# Gmail clips a message past 102 KB, hiding the rest (the opt-out among it); we keep a margin.
MOST_BYTES = 60_000


def cart(count: int) -> tuple[Line, ...]:
    """`count` lines with pictures, links and long names, one to three of each."""
    return tuple(
        Line(
            f"Merino plaid no. {number}, 130 \u00d7 170 cm, hand-woven in Denmark from Faroe wool",
            number % 3 + 1,
            Decimal("649.95"),
            f"https://img.nordlys.example/plaid-{number}.jpg",
            f"https://nordlys.example/p/plaid-{number}",
        )
        for number in range(1, count + 1)
    )


@pytest.mark.parametrize(("step", "variant"), SERIES_CASES)
@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_no_email_passes_60_kb_however_big_the_cart(
    language: str, step: int, variant: Variant
) -> None:
    raw = sample(language, step, variant, lines=cart(100)).raw

    assert len(raw) <= MOST_BYTES, len(raw)


@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_a_long_cart_lists_nine_lines_then_how_many_more_with_the_full_total(
    language: str,
) -> None:
    lines = cart(99)  # 198 items at 649,95: a total with cents in every language
    email = render_reminder(reminder(language, lines=lines))
    words = catalogue(language)["cart"]
    total = sum((line.unit_price * line.quantity for line in lines), Decimal(0))
    written_total = format_currency(total, "EUR", locale=language)

    more = words["more"].format(count=90)
    for part in (email.text, email.html):
        assert "no. 9," in part
        assert "no. 10," not in part
        assert more in part
        assert part.index(more) < part.index(written_total)
    assert f"- {more}\n{words['total']}: {written_total}\n" in email.text


@pytest.mark.parametrize("count", [1, MAX_LINES])
def test_a_cart_of_up_to_ten_lines_is_listed_whole(count: int) -> None:
    email = render_reminder(reminder("en", lines=cart(count)))

    assert f"no. {count}," in email.text
    assert "more items" not in email.text


def test_never_and_one_more_item() -> None:
    shown, more = lines_shown(cart(MAX_LINES + 1))

    assert (len(shown), more) == (MAX_LINES - 1, 2)
    assert lines_shown(cart(MAX_LINES)) == (cart(MAX_LINES), 0)


# The check-in after an order has no cart and no button (test_check_in.py).
@pytest.mark.parametrize("variant", [v for v in Variant if v is not Variant.CHECK_IN])
@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_the_first_button_follows_the_intro_before_the_cart(
    language: str, variant: Variant
) -> None:
    email = render_reminder(reminder(language, variant, step=2))
    words = catalogue(language)
    intro = words["intro"][variant.value].format(shop="Nordlys Té").replace("'", "&#39;")
    heading = words["cart"]["heading"]

    first = email.html.index(f'<a href="{RESTORE}"')
    assert email.html.index(intro) < first < email.html.index("<h2")
    assert email.html.index(heading, email.html.index("<h2")) < email.html.rindex(RESTORE)
    text_intro = email.text.index(words["intro"][variant.value].format(shop="Nordlys Té"))
    assert text_intro < email.text.index(RESTORE) < email.text.index(f"\n{heading}\n")


def test_outlook_gets_a_bulletproof_button_and_others_the_link() -> None:
    html = render_reminder(reminder("en")).html
    label = catalogue("en")["cart"]["button"]

    vml = re.findall(r"<!--\[if mso\]><v:roundrect [^>]*>.*?</v:roundrect><!\[endif\]-->", html)
    assert len(vml) == 2
    for button in vml:
        assert f'href="{RESTORE}"' in button
        assert 'fillcolor="#1f5f46"' in button
        assert f">{label}</center>" in button
    hidden_from_outlook = re.findall(r"<!--\[if !mso\]><!-->(.*?)<!--<!\[endif\]-->", html, re.S)
    assert [f'<a href="{RESTORE}"' in part for part in hidden_from_outlook] == [True, True]
    assert 'xmlns:v="urn:schemas-microsoft-com:vml"' in html


def test_the_email_says_it_reads_in_light_and_dark() -> None:
    html = render_reminder(reminder("en")).html

    assert '<meta name="color-scheme" content="light dark">' in html
    assert '<meta name="supported-color-schemes" content="light dark">' in html
    assert "@media (prefers-color-scheme:dark)" in html


def test_the_preheader_is_followed_by_spacers() -> None:
    # Without them a preview runs on into the header: "… Call us: +45 70 …".
    html = render_reminder(reminder("en")).html
    preheader = catalogue("en")["preheader"]["first"].replace("'", "&#39;")

    hidden = re.search(r'<div style="display:none;[^"]*">(.*?)</div>', html)
    assert hidden is not None
    assert hidden.group(1).startswith(preheader)
    assert hidden.group(1)[len(preheader) :] == "&zwnj;&nbsp;" * 90


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Plaid 120 \u00d7 80 cm, merino", "Plaid 120\xa0\u00d7\xa080\xa0cm, merino"),
        ("Rug 2 x 1,5 m", "Rug 2\xa0x\xa01,5\xa0m"),
        ("Kop 350 ml, sæt med 4", "Kop 350\xa0ml, sæt med 4"),
        ("Grøn te, 100 g", "Grøn te, 100\xa0g"),
        ("Set of 4 cups", "Set of 4 cups"),
        ('Laptop 15.6 " 512 GB', 'Laptop 15.6\xa0" 512\xa0GB'),
    ],
)
def test_a_measure_in_a_name_never_breaks(name: str, kept: str) -> None:
    assert unbroken_measures(name) == kept


def test_measures_in_the_email_are_kept_together() -> None:
    lines = (Line("Plaid 120 \u00d7 80 cm", 1, Decimal("10")),)
    email = render_reminder(reminder("da", lines=lines))

    kept = f"120{NBSP}\u00d7{NBSP}80{NBSP}cm"
    assert kept in email.html
    assert kept in email.text


def test_a_hostile_name_is_read_in_linear_time() -> None:
    # A long chain of "1 \u00d7 " with no unit: a backtracking pattern takes minutes here.
    name = "1 \u00d7 " * 50_000 + "x"
    started = time.perf_counter()

    kept = unbroken_measures(name)

    assert time.perf_counter() - started < 1
    assert kept.count(NBSP) == 2 * 50_000 - 2  # one chain: every space inside it kept


def test_a_phone_number_never_breaks_at_a_space_or_a_hyphen() -> None:
    phone = "+49 30 123-45 67"
    html = render_reminder(reminder("de", shop=shop(support_phone=phone))).html
    kept = f"+49{NBSP}30{NBSP}123\u201145{NBSP}67"

    links = re.findall(r'<a href="tel:\+4930123456\d"[^>]*>([^<]*)</a>', html)
    assert links == [kept, kept]  # in the header and in the help line
