"""`kurv preview`: a shop's real emails for a sample cart, before any customer gets one.

Rendered by the code that sends (kurv.core.render, kurv.core.mailer, through
kurv_tools.measure.samples), with the shop's own settings: name, logo, signer, footer,
coupons, language and du/Sie. The sample cart's lines carry no pictures (a shop's pictures
are its own).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from kurv.core.locales import EMAIL_LANGUAGES, email_language, formatting_locale, normalize_locale
from kurv.core.model import Cart, Line, Variant
from kurv.core.shops import Shop
from kurv.recover.decisions import variant_for
from kurv_tools.measure.samples import Sample, sample


@dataclass(frozen=True)
class Choice:
    language: str
    step: int
    payment_trouble: bool = False


def preview_lines(shop: Shop) -> tuple[Line, ...]:
    home = shop.home_url
    return (
        Line("Sample product", 2, Decimal("24.50"), None, home),
        Line("Another sample product", 1, Decimal("129")),
    )


def variant_of(shop: Shop, step: int, *, payment_trouble: bool) -> Variant:
    """The variant this step would be, decided by the code that decides (decisions.py)."""
    cart = Cart(
        key="preview",
        shop_id=shop.shop_id,
        cart_id="preview",
        last_activity_at=0,
        expires_at=0,
        payment_failed_at=2 if payment_trouble else 0,
        last_reminder_at=1 if payment_trouble and step > 1 else 0,
    )
    return variant_for(cart, shop, step)


def language_of(shop: Shop, choice: Choice) -> str:
    """The email's language for the choice (ValueError naming the option if it is none)."""
    if not 1 <= choice.step <= len(shop.series):
        raise ValueError(
            f"step {choice.step}: {shop.shop_id}'s series has {len(shop.series)} steps"
        )
    try:
        return email_language(normalize_locale(choice.language))
    except ValueError as error:
        raise ValueError(f"--locale {choice.language}: {error}") from None


def render(shop: Shop, choice: Choice, *, links: tuple[str, str] | None = None) -> Sample:
    """The email for the choice; `links`: its (restore, opt-out) URLs, else placeholders."""
    language = language_of(shop, choice)
    variant = variant_of(shop, choice.step, payment_trouble=choice.payment_trouble)
    urls = {"restore_url": links[0], "unsubscribe_url": links[1]} if links else {}
    return sample(
        language,
        choice.step,
        variant,
        shop=shop,
        lines=preview_lines(shop),
        currency=shop.currency,
        babel_locale=formatting_locale(language, normalize_locale(choice.language), shop.locale),
        **urls,
    )


def every_choice(shop: Shop) -> list[Choice]:
    """Each language at each step, plain and after a failed payment."""
    return [
        Choice(language, step, payment_trouble)
        for language in EMAIL_LANGUAGES
        for step in range(1, len(shop.series) + 1)
        for payment_trouble in (False, True)
    ]


def write_one(item: Sample, out: Path) -> list[Path]:
    """`out` as .eml (the message as SES gets it), else .html with a .txt beside it."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix == ".eml":
        out.write_bytes(item.raw)
        return [out]
    page = out if out.suffix == ".html" else out.with_suffix(".html")
    page.write_text(item.email.html, encoding="utf-8")
    text = page.with_suffix(".txt")
    text.write_text(f"Subject: {item.email.subject}\n\n{item.email.text}", encoding="utf-8")
    return [page, text]


def write_all(
    shop: Shop,
    folder: Path,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> Path:
    """Every email into `folder`, and an index.html that lists them; returns the index."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    choices = every_choice(shop)
    for done, choice in enumerate(choices, start=1):
        item = render(shop, choice)
        name = f"{item.name}{'-after-failed-payment' if choice.payment_trouble else ''}"
        write_one(item, folder / f"{name}.html")
        (folder / f"{name}.eml").write_bytes(item.raw)
        rows.append(
            f"<tr><td>{html.escape(item.catalogue)}</td><td>{item.step}</td>"
            f"<td>{html.escape(item.variant.value)}</td>"
            f'<td><a href="{name}.html">{html.escape(item.email.subject)}</a></td>'
            f'<td><a href="{name}.txt">text</a> · <a href="{name}.eml">.eml</a></td></tr>'
        )
        progress(done, len(choices))
    index = folder / "index.html"
    index.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(shop.name)}: every email</title>"
        "<style>body{font-family:sans-serif;margin:2em}td{padding:4px 12px}</style></head>"
        f"<body><h1>{html.escape(shop.name)}: every email Kurv can send</h1>"
        "<table><tr><th>copy</th><th>step</th><th>variant</th><th>subject</th><th></th></tr>"
        + "".join(rows)
        + "</table></body></html>\n",
        encoding="utf-8",
    )
    return index
