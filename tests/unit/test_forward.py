"""The forward of a customer's reply to the shop: clean words, the customer's address kept
(in the text, and as Reply-To whenever SES can carry it)."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest

from kurv.core.mailer import build_forward, wire_bytes
from kurv.core.render import ForwardedReply, render_forward
from reminders import shop


def forward(
    words: str = "Too expensive.", rule: str = "en:price:too expensive", **extra: str
) -> ForwardedReply:
    return render_forward(
        shop=shop(locale="en"),
        words_written=words,
        reason="price",
        rule=rule,
        lines=(),
        currency="DKK",
        cart_url="https://nordlys.example/cart/c1",
        **extra,
    )


def wire(reply_to: str) -> bytes:
    message = build_forward(
        forward(sender=reply_to),
        sender_name="Nordlys",
        sender_email="hej@nordlys.example",
        to="kundeservice@nordlys.example",
        reply_to=reply_to,
        sent_at=1_790_000_000,
        reference={"Shop": "nordlys"},
    )
    return wire_bytes(message)


def test_words_kept_from_before_the_cleaning_are_cleaned_on_the_way_out() -> None:
    # A reply stored by an older release still holds what the sender wrote.
    text = forward("Pay \x1b[2J\x1b]0;x\x07here \u202eexe.pdf\x07", rule="x\x1b[1m").text

    assert "\x1b" not in text
    assert "\u202e" not in text
    assert "\x07" not in text
    assert "> Pay here exe.pdf" in text


@pytest.mark.parametrize(
    ("address", "header"),
    [
        ("ada@example.com", b"Reply-To: ada@example.com"),
        ("jose@bücher.de", b"Reply-To: jose@xn--bcher-kva.de"),
    ],
)
def test_the_customer_is_the_reply_to_with_a_punycode_domain(address: str, header: bytes) -> None:
    raw = wire(address)

    assert header + b"\r\n" in raw
    assert b"=?utf-8?" not in raw.split(b"\r\n\r\n")[0].split(b"Reply-To:")[1].split(b"\r\n")[0]


def test_an_address_ses_cannot_carry_is_kept_in_the_text() -> None:
    # SES has no SMTPUTF8: a non-ASCII local part cannot be a header it sends.
    raw = wire("josé@example.dk")

    parsed = message_from_bytes(raw, policy=policy.default)
    assert parsed["Reply-To"] is None
    assert "The customer's address: josé@example.dk" in parsed.get_content()


@pytest.mark.parametrize("language", ["da", "sv", "nb", "de", "it", "en"])
def test_an_unverified_sender_is_said_so_first_in_the_shops_language(language: str) -> None:
    checks = "SPF: FAIL, DKIM: PASS, DMARC: FAIL"
    text = render_forward(
        shop=shop(locale=language),
        words_written="Please send the refund to this new account.",
        reason="other",
        rule="no rule fits",
        lines=(),
        currency="DKK",
        cart_url="https://nordlys.example/cart/c1",
        sender="ceo@nordlys.example",
        unverified=checks,
    ).text

    first = text.split("\n\n")[0]
    assert f"({checks})" in first
    assert first.startswith(("Caution", "Advarsel", "Varning", "Achtung", "Attenzione"))


def test_a_verified_sender_gets_no_warning() -> None:
    assert not forward(sender="ada@example.com").text.startswith("Caution")


def test_the_carts_lines_are_cleaned_in_the_forward() -> None:
    from decimal import Decimal

    from kurv.core.model import Line

    text = render_forward(
        shop=shop(locale="en"),
        words_written="Too expensive.",
        reason="price",
        rule="en:price:too expensive",
        lines=(Line("Blue \x1b[2Jcup\u202e", 1, Decimal("10.00")),),
        currency="DKK",
        cart_url="https://nordlys.example/cart/c1",
    ).text

    assert "- Blue cup (1" in text
