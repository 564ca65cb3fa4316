"""An outside judge: a real headless Chromium (Debian's chromium and chromium-driver) lays
out every email, in every language and variant, at 375 px (a phone) and 700 px (a wide
client), and checks what a reader would see go wrong:

- nothing makes the page scroll sideways;
- whatever the template marks white-space:nowrap (prices, dates, phone numbers) stays on
  one line and inside the viewport;
- the card is its 600 px at 700 px, and no wider than the screen on a phone;
- no element reaches past the viewport's edge;
- on a phone (375 x 667) the first button back to the cart is on the first screen, with a
  wide logo (200 x 40) in the header, and with a cart of 100 items;
- in dark mode the card is dark, its words light, and the logo keeps its light plate.

Each layout is also saved as a full-page screenshot, test-artifacts/layout/
{language}-{variant}-{width}.png under the repository root ($KURV_ARTIFACTS replaces
test-artifacts/), for a person to look at. Skipped where Chromium or its driver is not
installed, never in CI (`make test` installs both there). The browser never reaches the
network: every http(s) request is blocked, so pictures simply fail to load.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from browser import Driver, chromium, require_chromium
from kurv.core.locales import EMAIL_LANGUAGES
from kurv.core.model import Line, Variant
from kurv.core.render import Reminder, render_reminder
from kurv_tools.measure.samples import LOGO_URL, Sample, every_sample, sample
from reminders import reminder, shop

PHONE, WIDE = 375, 700
PHONE_SCREEN = 667  # px: the first screen of a 375 px phone (iPhone SE, 8)
WIDTHS = (PHONE, WIDE)
CARD_WIDTH = 600
HEIGHT = 900  # the viewport's height while checking; screenshots take the whole page
SLACK = 0.5  # px: sub-pixel rounding of layout boxes

pytestmark = pytest.mark.slow

require_chromium()

ARTIFACTS = (
    Path(os.environ["KURV_ARTIFACTS"])
    if os.environ.get("KURV_ARTIFACTS")
    else Path(__file__).resolve().parents[2] / "test-artifacts"
) / "layout"


@pytest.fixture(scope="module")
def driver() -> Iterator[Driver]:
    """One browser for the module, offline: Debian's binaries, no Selenium Manager."""
    with chromium(offline=True) as browser:
        yield browser


def show(driver: Driver, html: str, width: int, folder: Path) -> None:
    """Lay the page out at exactly `width` CSS px (a phone's meta viewport below 500)."""
    viewport(driver, width, HEIGHT)
    page = folder / "email.html"
    page.write_text(html, encoding="utf-8")
    driver.get(page.as_uri())


def viewport(driver: Driver, width: int, height: int) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 500},
    )


# The checks: each takes the laid-out page and returns what is wrong, in words.

_OVERFLOW = """
const width = arguments[0];
const scrollWidth = document.documentElement.scrollWidth;
if (scrollWidth <= width) return [];
const text = el => `«${(el.textContent || el.getAttribute('alt') || '').replace(/\\s+/g, ' ')
  .trim().slice(0, 70)}»`;
// Who pushes the page wide: go down from <body> into the child without which the page
// would fit, as long as there is one. That leaves the smallest part to blame.
const fitsWithout = el => {
  const before = el.style.display;
  el.style.display = 'none';
  const fits = document.documentElement.scrollWidth <= width;
  el.style.display = before;
  return fits;
};
let culprit = document.body;
for (let next = culprit; next; culprit = next ?? culprit) {
  next = Array.from(culprit.children).find(fitsWithout);
}
const problems = [`the page is ${scrollWidth} px wide at ${width} px: it scrolls sideways`];
if (culprit !== document.body) {
  problems.push(`  it would fit without this <${culprit.tagName.toLowerCase()}>: ${text(culprit)}`);
}
return problems;
"""


def overflow(driver: Driver, width: int) -> list[str]:
    """The page is no wider than the viewport: nothing to scroll sideways to."""
    return list(driver.execute_script(_OVERFLOW, width))


_NOWRAP = """
const width = arguments[0], slack = arguments[1];
const problems = [];
for (const el of document.querySelectorAll('[style]')) {
  const style = el.getAttribute('style').replace(/\\s+/g, '').toLowerCase();
  if (!style.includes('white-space:nowrap')) continue;
  // The text's own boxes, one per line fragment of each text node; element boxes of
  // inline children (padding, line-height) are left out so they cannot merge lines.
  const rects = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) rects.push(r);
  }
  if (rects.length === 0) continue;  // not shown (display:none): nothing to lay out
  const text = `«${el.textContent.replace(/\\s+/g, ' ').trim().slice(0, 80)}»`;
  // Fragments share a line when one's middle lies within the other's height: text of
  // different sizes on one baseline has different tops, but is still one line.
  rects.sort((a, b) => (a.top + a.bottom) - (b.top + b.bottom));
  const lines = [];
  for (const r of rects) {
    const middle = (r.top + r.bottom) / 2;
    if (!lines.some(l => l.top <= middle && middle <= l.bottom)) lines.push(r);
  }
  if (lines.length > 1) problems.push(
    `${text} (white-space:nowrap <${el.tagName.toLowerCase()}>) breaks over `
    + `${lines.length} lines`);
  const box = el.getBoundingClientRect();
  const left = Math.min(box.left, ...rects.map(r => r.left));
  const right = Math.max(box.right, ...rects.map(r => r.right));
  if (left < -slack || right > width + slack) problems.push(
    `${text} (white-space:nowrap <${el.tagName.toLowerCase()}>) spans x=${Math.round(left)}`
    + `..${Math.round(right)}, outside the ${width} px viewport`);
}
return problems;
"""


def nowrap(driver: Driver, width: int) -> list[str]:
    """What the template keeps together (white-space:nowrap) is one line, on screen."""
    return list(driver.execute_script(_NOWRAP, width, SLACK))


_CARD = """
const card = Array.from(document.querySelectorAll('table[style]')).find(table =>
  table.getAttribute('style').replace(/\\s+/g, '').toLowerCase().includes('max-width:600px'));
if (!card) return null;
const box = card.getBoundingClientRect();
return [box.left, box.right, box.width];
"""


def card(driver: Driver, width: int) -> list[str]:
    """The card (the table of max-width:600px) is 600 px where there is room, and never
    wider than the screen where there is not."""
    box: list[float] | None = driver.execute_script(_CARD)
    if box is None:
        return ["no card: no table whose style says max-width:600px"]
    left, right, measured = box
    problems = []
    if width >= WIDE and abs(measured - CARD_WIDTH) > SLACK:
        problems.append(f"the card is {measured:g} px wide at {width} px, not {CARD_WIDTH}")
    if measured > width + SLACK:
        problems.append(f"the card is {measured:g} px wide, wider than the {width} px screen")
    if left < -SLACK or right > width + SLACK:
        problems.append(f"the card spans x={left:g}..{right:g}, outside the {width} px screen")
    return problems


_TOO_WIDE = """
const width = arguments[0], slack = arguments[1];
const problems = [];
for (const el of document.body.querySelectorAll('*')) {
  const box = el.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) continue;  // not laid out (display:none)
  if (box.left < -slack || box.right > width + slack) {
    const words = (el.textContent || el.getAttribute('alt') || '').replace(/\\s+/g, ' ').trim();
    problems.push(`<${el.tagName.toLowerCase()}> «${words.slice(0, 60)}» spans x=`
      + `${Math.round(box.left)}..${Math.round(box.right)}, past the ${width} px viewport`);
  }
}
return problems;
"""


def too_wide(driver: Driver, width: int) -> list[str]:
    """No element, however deep, reaches past the viewport's edges."""
    return list(driver.execute_script(_TOO_WIDE, width, SLACK))


def layout_problems(driver: Driver, width: int) -> list[str]:
    return (
        overflow(driver, width)
        + too_wide(driver, width)
        + nowrap(driver, width)
        + card(driver, width)
    )


def screenshot(driver: Driver, width: int, name: str) -> Path:
    """The whole page, as tall as it is, at the width it was laid out in."""
    # The body's own height: the document's is at least the viewport's.
    height = driver.execute_script("return Math.ceil(document.body.getBoundingClientRect().bottom)")
    viewport(driver, width, max(int(height), 1))
    shot: dict[str, Any] = driver.execute_cdp_cmd(
        "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}-{width}.png"
    path.write_bytes(base64.b64decode(shot["data"]))
    return path


def judge(
    driver: Driver, html: str, width: int, name: str, folder: Path, *, button: bool = False
) -> None:
    """Lay the page out at `width`, find what is wrong and save its screenshot; `button`:
    on a phone, the first button back to the cart must be on the first screen too."""
    show(driver, html, width, folder)
    problems = layout_problems(driver, width)
    if button and width == PHONE:
        problems += first_button(driver, PHONE_SCREEN)
    path = screenshot(driver, width, name)

    assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert path.stat().st_size > 1000
    assert not problems, f"{name} at {width} px ({path}):\n" + "\n".join(problems)


# A wide, dark logo (200 x 40), the kind that pushed the header past a phone's edge. A
# data: URI: the browser is offline, and a logo that does not load lays out as its alt text.
WIDE_LOGO = "data:image/svg+xml," + quote(
    "<svg xmlns='http://www.w3.org/2000/svg' width='200' height='40' viewBox='0 0 200 40'>"
    "<rect x='0' y='6' width='200' height='28' rx='4' fill='#1a1a1a'/></svg>"
)


def with_wide_logo(html: str) -> str:
    assert LOGO_URL in html
    return html.replace(LOGO_URL, WIDE_LOGO)


_FIRST_BUTTON = """
const button = Array.from(document.querySelectorAll('a')).find(a =>
  (a.getAttribute('style') || '').replace(/\\s+/g, '').includes('background-color:#1f5f46'));
if (!button) return null;
const box = button.getBoundingClientRect();
return [box.top + window.scrollY, box.bottom + window.scrollY];
"""


def first_button(driver: Driver, screen: int) -> list[str]:
    """The first button back to the cart lies wholly on the first screen."""
    box: list[float] | None = driver.execute_script(_FIRST_BUTTON)
    if box is None:
        return ["no button: no link coloured as the button"]
    if box[1] > screen + SLACK:
        return [f"the first button ends at y={box[1]:g}, below the first {screen} px screen"]
    return []


# The check-in after an order has no button: the reply is what it asks for.
WITH_A_BUTTON = [email for email in every_sample() if email.variant is not Variant.CHECK_IN]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("email", list(every_sample()), ids=lambda email: email.name)
def test_every_email_lays_out_on_a_phone_and_wide(
    driver: Driver, tmp_path: Path, email: Sample, width: int
) -> None:
    # The samples set everything an email can show: logo, phone, signer, legal footer, coupon.
    # On a phone, the first button back to the cart is on the first screen.
    button = email.variant is not Variant.CHECK_IN
    judge(driver, with_wide_logo(email.email.html), width, email.name, tmp_path, button=button)


@pytest.mark.parametrize("email", WITH_A_BUTTON, ids=lambda email: email.name)
def test_a_client_that_strips_style_blocks_still_fits_a_phone(
    driver: Driver, tmp_path: Path, email: Sample
) -> None:
    # Some clients drop <style> (media queries, dark mode): the inline styles alone must hold.
    html = re.sub(r"<style>.*?</style>", "", with_wide_logo(email.email.html), flags=re.DOTALL)
    show(driver, html, PHONE, tmp_path)

    assert layout_problems(driver, PHONE) == []
    assert first_button(driver, PHONE_SCREEN) == []


def hundred_items(language: str) -> Sample:
    """A cart of 100 lines with pictures, links and long names: a big B2B order."""
    lines = tuple(
        Line(
            f"Merino plaid no. {number}, 130 \u00d7 170 cm, hand-woven in Denmark",
            number % 3 + 1,
            Decimal("649.50"),
            f"https://img.nordlys.example/plaid-{number}.jpg",
            f"https://nordlys.example/p/plaid-{number}",
        )
        for number in range(1, 101)
    )
    return sample(language, 1, Variant.FIRST, lines=lines)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_a_cart_of_100_items_lays_out_with_its_button_first(
    driver: Driver, tmp_path: Path, language: str, width: int
) -> None:
    email = hundred_items(language)
    html = with_wide_logo(email.email.html)

    judge(driver, html, width, f"{language}-100-items", tmp_path)
    show(driver, html, width, tmp_path)
    assert first_button(driver, PHONE_SCREEN) == []


def dark(driver: Driver, on: bool) -> None:
    features = [{"name": "prefers-color-scheme", "value": "dark" if on else "light"}]
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": features})


_COLOURS = """
const rgb = value => (value.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
const colour = (el, property) => rgb(getComputedStyle(el)[property]);
const card = Array.from(document.querySelectorAll('table[style]')).find(table =>
  table.getAttribute('style').replace(/\\s+/g, '').includes('max-width:600px;background'));
const greeting = document.querySelector('p');
const logo = document.querySelector('img');
return {card: colour(card, 'backgroundColor'), words: colour(greeting, 'color'),
        plate: colour(logo, 'backgroundColor')};
"""


def luminance(rgb: list[float]) -> float:
    """WCAG's relative luminance of an sRGB colour, 0 (black) to 1 (white)."""

    def linear(channel: float) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(channel) for channel in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: list[float], other: list[float]) -> float:
    light, dim = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dim + 0.05)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_dark_mode_paints_the_card_dark_and_keeps_the_logo_on_a_light_plate(
    driver: Driver, tmp_path: Path, language: str, width: int
) -> None:
    html = with_wide_logo(sample(language, 1, Variant.PAYMENT_TROUBLE).email.html)
    try:
        dark(driver, True)
        judge(driver, html, width, f"{language}-dark", tmp_path)
        show(driver, html, width, tmp_path)
        colours: dict[str, list[float]] = driver.execute_script(_COLOURS)
    finally:
        dark(driver, False)

    assert luminance(colours["card"]) < 0.05, colours  # the card is dark
    assert contrast(colours["words"], colours["card"]) >= 7, colours  # its words light
    assert luminance(colours["plate"]) > 0.9, colours  # a dark logo still stands out


def long_reminder(language: str) -> Reminder:
    """A big order with long names, a coupon and a long shop name: wrapping, stressed."""
    return reminder(
        language,
        Variant.PAYMENT_TROUBLE,
        shop=shop(name="Nordlys Té & Keramik, håndlavet i Aarhus siden 1987"),
        lines=(
            Line(
                "Handgedrejet stentøjskop med blank glasur i dyb havblå, 350 ml, sæt med fire",
                12,
                Decimal("12345.50"),
                "https://img.example/kop.jpg",
                "https://nordlys.example/kop",
            ),
            Line(
                "Teekannenwärmer aus gefilzter Schurwolle mit Edelstahl-Teesieb für lose Blätter",
                12,
                Decimal("12345.50"),
                "https://img.example/waermer.jpg",
            ),
            Line(
                "Gavekort til Nordlys Té & Keramik, gyldigt i alle butikker og på nettet",
                12,
                Decimal("12345.50"),
            ),
        ),
        first_name="Maximiliane-Charlotte",
        coupon="VELKOMMENTILBAGE2026",
        coupon_worth="1000 DKK",
        payment_reason="authentication_failed",
    )


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_a_long_order_lays_out_on_a_phone_and_wide(
    driver: Driver, tmp_path: Path, language: str, width: int
) -> None:
    html = render_reminder(long_reminder(language)).html

    judge(driver, html, width, f"{language}-long", tmp_path)


# The judge itself: each check finds the fault it is there for, and passes a page without.

CARD_PAGE = (
    '<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width, '
    'initial-scale=1"></head><body style="margin:0;font:16px Arial,sans-serif;">'
    '<table role="presentation" width="{card}" style="max-width:600px;" cellpadding="0" '
    'cellspacing="0"><tr><td>{content}</td></tr></table></body></html>'
)


def page(content: str, card: str = "100%") -> str:
    return CARD_PAGE.format(content=content, card=card)


def test_the_judge_passes_a_good_page(driver: Driver, tmp_path: Path) -> None:
    # Inline children of other sizes and a bold part share the line: still one line.
    price = (
        '<span style="white-space:nowrap"><small>DKK</small>\xa0<b style="font-size:22px">'
        "1.234</b><sup>,50</sup></span>"
    )
    for width in WIDTHS:
        show(driver, page(f"<p>Total: {price}</p>"), width, tmp_path)

        assert layout_problems(driver, width) == []


def test_the_judge_sees_a_nowrap_price_break(driver: Driver, tmp_path: Path) -> None:
    show(
        driver,
        page('<p><span style="white-space: nowrap">€1,234<br>.50</span></p>'),
        WIDE,
        tmp_path,
    )

    problems = nowrap(driver, WIDE)

    assert len(problems) == 1
    assert problems[0].startswith("«€1,234.50» (white-space:nowrap <span>)")
    assert "2 lines" in problems[0]


def test_the_judge_sees_a_nowrap_run_too_wide_for_a_phone(driver: Driver, tmp_path: Path) -> None:
    long = "Telefon +45 70 20 30 40 · 1.234.567,50 kr. inkl. moms, zzgl. Versandkosten"
    show(driver, page(f'<p><span style="white-space:nowrap">{long}</span></p>'), PHONE, tmp_path)

    problems = nowrap(driver, PHONE)

    assert len(problems) == 1
    assert "outside the 375 px viewport" in problems[0]
    assert overflow(driver, PHONE)[0].startswith("the page is ")
    assert "the card is " in "\n".join(card(driver, PHONE))


def test_the_judge_sees_overflow_and_a_card_of_the_wrong_width(
    driver: Driver, tmp_path: Path
) -> None:
    show(driver, page("<div style='width:420px'>wide</div>"), PHONE, tmp_path)
    wide_problems = overflow(driver, PHONE)
    show(driver, page("narrow", card="500"), WIDE, tmp_path)
    narrow_problems = card(driver, WIDE)
    show(driver, "<p>no card</p>", WIDE, tmp_path)
    missing = card(driver, WIDE)

    assert wide_problems[0] == "the page is 420 px wide at 375 px: it scrolls sideways"
    assert wide_problems[1] == "  it would fit without this <div>: «wide»"
    assert narrow_problems == ["the card is 500 px wide at 700 px, not 600"]
    assert missing == ["no card: no table whose style says max-width:600px"]


def test_the_judge_sees_a_button_below_a_phones_first_screen(
    driver: Driver, tmp_path: Path
) -> None:
    button = '<a href="#" style="background-color: #1f5f46; color: #fff">Back to the cart</a>'
    show(driver, page(f"<div style='height:700px'>header</div>{button}"), PHONE, tmp_path)
    low = first_button(driver, PHONE_SCREEN)
    show(driver, page(button), PHONE, tmp_path)
    high = first_button(driver, PHONE_SCREEN)
    show(driver, page("<p>no button</p>"), PHONE, tmp_path)
    missing = first_button(driver, PHONE_SCREEN)

    assert low[0].startswith("the first button ends at y=7")
    assert low[0].endswith("below the first 667 px screen")
    assert high == []
    assert missing == ["no button: no link coloured as the button"]
