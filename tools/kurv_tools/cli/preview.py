"""`kurv preview`: a shop's real emails for a sample cart, before any customer gets one.

Rendered by the code that sends (kurv.core.render, kurv.core.mailer, through
kurv_tools.measure.samples), with the shop's own settings: name, logo, signer, footer,
coupons, language with its region (en-GB says "basket" and writes its dates so), du/Sie,
and the Reply-To a stack without a reply domain gives its emails. The sample cart's items
are named in the email's language and drawn as placeholders (a shop's pictures are its
own; a placeholder shows where they go), and every email the series can send is there:
each step plain, right after a failed payment, and later in the series after one; and
the check-in after an order, when the shop sends one.
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
    payment_trouble: bool = False  # the payment failed since the last email
    payment_follow_up: bool = False  # it failed before an earlier email (steps 2 on)
    check_in: bool = False  # the email after an order (Shop.check_in_seconds), not a step

    @property
    def suffix(self) -> str:
        if self.check_in:
            return "-check-in"
        if self.payment_trouble:
            return "-after-failed-payment"
        return "-later-after-failed-payment" if self.payment_follow_up else ""


# The sample cart's items, named as a shop of each language would name them.
SAMPLE_ITEMS = {
    "da": ("Kaffekop i stentøj", "Hørviskestykke, 2 stk."),
    "nb": ("Kaffekopp i steintøy", "Linhåndkle, 2 stk."),
    "sv": ("Kaffekopp i stengods", "Linnehandduk, 2-pack"),
    "de": ("Kaffeetasse aus Steinzeug", "Geschirrtuch aus Leinen, 2 Stück"),
    "it": ("Tazza da caffè in gres", "Strofinaccio di lino, 2 pezzi"),
    "en": ("Stoneware coffee mug", "Linen tea towel, set of 2"),
    "fi": ("Kahvikuppi, kivitavaraa", "Pellavainen keittiöpyyhe, 2 kpl"),
}
# Where a picture goes: a grey tile (a data: URL, so the preview needs nothing online).
PLACEHOLDER = (
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='76' height='76'%3E"
    "%3Crect width='76' height='76' fill='%23dcdcd6'/%3E%3Cpath d='M18 54l14-16 10 11 7-7 "
    "9 12z' fill='%23a9a9a1'/%3E%3Ccircle cx='50' cy='26' r='6' fill='%23a9a9a1'/%3E%3C/svg%3E"
)


def preview_lines(shop: Shop, language: str = "en") -> tuple[Line, ...]:
    first, second = SAMPLE_ITEMS.get(language, SAMPLE_ITEMS["en"])
    return (
        Line(first, 2, Decimal("24.50"), PLACEHOLDER, shop.home_url),
        Line(second, 1, Decimal("129"), PLACEHOLDER),
    )


def variant_of(
    shop: Shop, step: int, *, payment_trouble: bool, payment_follow_up: bool = False
) -> Variant:
    """The variant this step would be, decided by the code that decides (decisions.py)."""
    failed = payment_trouble or (payment_follow_up and step > 1)
    cart = Cart(
        key="preview",
        shop_id=shop.shop_id,
        cart_id="preview",
        last_activity_at=0,
        expires_at=0,
        payment_failed_at=2 if failed else 0,
        # Failed since the last email (trouble), or before it (the follow-ups).
        last_reminder_at=(1 if payment_trouble else 3) if failed and step > 1 else 0,
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
    variant = (
        Variant.CHECK_IN
        if choice.check_in
        else variant_of(
            shop,
            choice.step,
            payment_trouble=choice.payment_trouble,
            payment_follow_up=choice.payment_follow_up,
        )
    )
    urls = {"restore_url": links[0], "unsubscribe_url": links[1]} if links else {}
    wanted = normalize_locale(choice.language)
    if "_" not in wanted and language == email_language(shop.locale):
        wanted = ""  # a customer who gave no region: the shop's own, as a real email
    return sample(
        language,
        choice.step,
        variant,
        shop=shop,
        lines=preview_lines(shop, language),
        currency=shop.currency,
        babel_locale=formatting_locale(language, wanted, shop.locale),
        reply_to=shop.support_email or shop.sender_email,
        **urls,
    )


def every_choice(shop: Shop) -> list[Choice]:
    """Each language (the shop's with its region) at each step: plain, right after a failed
    payment, and from step 2 on, later in the series after one; and the check-in after an
    order, when the shop sends one."""
    own = email_language(shop.locale)
    choices = []
    for language in EMAIL_LANGUAGES:
        locale = shop.locale if language == own else language
        for step in range(1, len(shop.series) + 1):
            choices += [Choice(locale, step), Choice(locale, step, payment_trouble=True)]
            if step > 1:
                choices.append(Choice(locale, step, payment_follow_up=True))
        if shop.check_in_seconds:
            choices.append(Choice(locale, 1, check_in=True))
    return choices


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
        name = f"{item.name}{choice.suffix}"
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
