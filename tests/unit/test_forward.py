"""The forward of a customer's reply to the shop, ready to answer in one go: the customer's
subject and name, a thread a helpdesk follows, the customer's words first and what Kurv
knows apart below them (in the shop's language, nothing internal), their attachments."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest

from kurv.core.links import read_reminder_id, reminder_id_tag
from kurv.core.mailer import wire_bytes
from kurv.core.model import Cart, Line
from kurv.core.render import CATALOGUES, catalogue
from kurv.core.shops import SeriesStep
from kurv.replies.attachments import MAX_MESSAGE_BYTES, attachments
from kurv.replies.forward import (
    SIGNATURE_LINE,
    TIMES,
    Customer,
    forward_id,
    forward_of,
    render_forward,
    thread_id,
)
from kurv.replies.inbound import read_reply
from kurv.replies.reply_store import StoredReply
from reminders import NBSP, shop

AT = int(datetime(2026, 11, 18, 11, 0, tzinfo=UTC).timestamp())
SENT = AT - 3 * 3600  # the second email of the series
SERIES = [
    SeriesStep(delay_seconds=3600),
    SeriesStep(delay_seconds=86400, coupon="TAK10", coupon_worth="10%"),
    SeriesStep(delay_seconds=259200),
]
CART = Cart(
    key="nordlys#c1",
    shop_id="nordlys",
    cart_id="c1",
    last_activity_at=AT - 86400,
    expires_at=AT + 30 * 86400,
    currency="DKK",
    lines=(
        Line("Blå kop", 2, Decimal("89.00"), sku="KOP-BLA"),
        Line("Te, 100 g", 1, Decimal("45.50")),
    ),
    reminders_sent=2,
    last_reminder_at=SENT,
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000
PDF = b"%PDF-1.7\n" + b"0" * 3000


def message(
    words: str = "Fragten var for dyr for mig.\n\nMvh\nAda",
    *,
    files: tuple[tuple[str, str, bytes], ...] = (),
    headers: dict[str, str] | None = None,
    **named: str,
) -> bytes:
    """A reply as a mail client sends it, with `files` (name, declared type, bytes)."""
    reply = EmailMessage(policy=policy.SMTP)
    values = {
        "From": "Ada Lovelace <ada@example.com>",
        "To": "reply+nordlys-abcd@replies.example",
        "Subject": "SV: Du glemte noget i din kurv",
        "Message-ID": "<ada-1@mail.example.com>",
        "In-Reply-To": f"<1.2.3.{reminder_id_tag(2, SENT)}@nordlys.example>",
        **(headers or {}),
        **named,
    }
    for name, value in values.items():
        reply[name] = value
    reply.set_content(words)
    for filename, declared, data in files:
        maintype, _, subtype = declared.partition("/")
        reply.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return wire_bytes(reply)


def stored(raw: bytes, *, ses_id: str = "ses-1", at: int = AT, **extra: Any) -> StoredReply:
    reply = read_reply(raw, language_hint="da")
    return StoredReply(
        shop_id="nordlys",
        message_id=ses_id,
        received_at=at,
        expires_at=CART.expires_at,
        cart_id="c1",
        from_address=reply.from_address,
        subject=reply.subject,
        language=reply.language,
        text=reply.text,
        reason=reply.reason,
        rule=reply.rule,
        auto_reply=False,
        **extra,
    )


def forwarded(
    raw: bytes | None = None,
    *,
    earlier: tuple[StoredReply, ...] = (),
    locale: str = "da",
    cart: Cart = CART,
    **extra: Any,
) -> EmailMessage:
    """The forward as the shop's inbox receives it, parsed back from the wire."""
    raw = raw or message()
    this = stored(raw, **extra)
    made = forward_of(
        shop=shop(locale=locale, series=SERIES),
        cart=cart,
        stored=this,
        reply=read_reply(raw, language_hint="da"),
        earlier=[*earlier, this],
        found=attachments(raw, forward=this.sender_verified),
        to="hjaelp@nordlys.example",
        sent_at=AT + 5,
    )
    parsed = message_from_bytes(wire_bytes(made), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def text_of(forward: EmailMessage) -> str:
    body = forward.get_body(preferencelist=("plain",))
    assert body is not None
    return str(body.get_content()).replace("\r\n", "\n")


# Who it is from, what it is called, what thread it is in ---------------------------------


def test_it_comes_from_the_customer_via_the_shop_and_answers_to_them_by_name() -> None:
    forward = forwarded()

    assert forward["From"].addresses[0].display_name == "Ada Lovelace via Nordlys Té"
    assert forward["From"].addresses[0].addr_spec == "hej@nordlys.example"
    assert str(forward["Reply-To"]) == "Ada Lovelace <ada@example.com>"
    assert forward["To"] == "hjaelp@nordlys.example"


def test_a_customer_without_a_name_is_shown_by_their_mailbox_not_their_address() -> None:
    forward = forwarded(message("Fragten var for dyr for mig.", From="ada@example.com"))

    assert forward["From"].addresses[0].display_name == "ada via Nordlys Té"
    assert str(forward["Reply-To"]) == "ada@example.com"
    assert text_of(forward).startswith("ada@example.com skrev:")


def test_a_customer_without_a_name_in_their_from_is_shown_by_the_name_they_signed_with() -> None:
    forward = forwarded(message("Fragten var for dyr for mig.\n\nMvh\nAda", From="ada@example.com"))

    assert forward["From"].addresses[0].display_name == "Ada via Nordlys Té"
    assert str(forward["Reply-To"]) == "Ada <ada@example.com>"
    assert text_of(forward).startswith("Ada <ada@example.com> skrev:")


def test_the_name_in_their_from_comes_before_the_one_they_signed_with() -> None:
    forward = forwarded(message("Fragten var for dyr for mig.\n\nMvh\nAdda"))

    assert forward["From"].addresses[0].display_name == "Ada Lovelace via Nordlys Té"


def test_a_name_holding_an_address_is_not_shown_as_one() -> None:
    words = "Fragten var for dyr for mig."  # unsigned: no name to fall back on
    forward = forwarded(message(words, From='"ceo@nordlys.example" <ada@example.com>'))

    assert forward["From"].addresses[0].display_name == "ada via Nordlys Té"


@pytest.mark.parametrize(
    ("theirs", "subject"),
    [
        ("SV: Du glemte noget i din kurv", "Re: Du glemte noget i din kurv"),
        ("Re: AW: RE: Ihr Warenkorb", "Re: Ihr Warenkorb"),
        ("Spørgsmål om kop", "Re: Spørgsmål om kop"),
        ("", "Re: Din kurv hos Nordlys Té"),
    ],
)
def test_the_subject_is_theirs_as_an_answer_reads_it(theirs: str, subject: str) -> None:
    assert forwarded(message(Subject=theirs))["Subject"] == subject


def test_it_threads_on_the_customers_message_and_the_cart() -> None:
    forward = forwarded()

    root = thread_id("nordlys", "c1", "nordlys.example")
    assert forward["Message-ID"] == forward_id("ses-1", "nordlys.example")
    assert forward["In-Reply-To"] == "<ada-1@mail.example.com>"
    references = str(forward["References"]).split()
    assert references[0] == root
    assert references[-1] == "<ada-1@mail.example.com>"


def test_a_second_reply_threads_with_the_first_forward() -> None:
    first = stored(message(), ses_id="ses-1", at=AT - 600, forwarded=True)
    second = message(
        "Sender I også til Norge?",
        headers={
            "Message-ID": "<ada-2@mail.example.com>",
            "In-Reply-To": "<staff-1@nordlys.example>",
        },
    )

    forward = forwarded(second, ses_id="ses-2", earlier=(first,))

    references = str(forward["References"]).split()
    assert forward_id("ses-1", "nordlys.example") in references
    assert references[0] == thread_id("nordlys", "c1", "nordlys.example")
    assert forward["In-Reply-To"] == "<ada-2@mail.example.com>"
    assert forward["Message-ID"] != forward_id("ses-1", "nordlys.example")


def test_the_rule_goes_in_a_header_never_in_the_text() -> None:
    forward = forwarded()
    raw = stored(message())

    assert raw.rule
    assert raw.reason == "price"
    assert forward["X-Kurv-Reason-Rule"] == raw.rule
    assert forward["X-Kurv-Reason"] == "price"
    assert raw.rule not in text_of(forward)
    assert "regel" not in text_of(forward).lower()


# What it says -----------------------------------------------------------------------------


def test_the_customers_words_come_first_under_their_name_and_address() -> None:
    text = text_of(forwarded())

    mine, _, notes = text.partition("\n" + SIGNATURE_LINE + "\n")
    assert mine.startswith("Ada Lovelace <ada@example.com> skrev:\n\nFragten var for dyr")
    assert notes.startswith("Til kundeservice hos Nordlys Té (ikke en del af kundens besked):")
    assert "Fragten" not in notes


def test_the_notes_say_the_reason_the_email_answered_its_coupon_and_the_cart() -> None:
    notes = text_of(forwarded()).partition("\n" + SIGNATURE_LINE + "\n")[2]

    assert "Sandsynlig årsag: pris eller fragt" in notes
    assert "Svar på mail 2 af 3, sendt 18. november 2026." in notes
    assert "Rabatkode i den mail: TAK10" in notes
    assert f"- Blå kop, varenr. KOP-BLA: 2 {TIMES} 89,00{NBSP}kr." in notes
    assert f"- Te, 100 g: 1 {TIMES} 45,50{NBSP}kr." in notes
    assert f"Varer i alt: 223,50{NBSP}kr." in notes
    assert "Åbn kurven: https://nordlys.example/c/c1" in notes


def test_a_reply_that_names_no_email_of_ours_is_told_the_last_one_sent() -> None:
    raw = message(headers={"In-Reply-To": "<someone-else@mail.example.com>"})

    notes = text_of(forwarded(raw)).partition(SIGNATURE_LINE)[2]

    assert "Seneste mail til kunden: nr. 2 af 3, sendt 18. november 2026." in notes


@pytest.mark.parametrize(("step", "sent_at"), [(3, SENT), (2, SENT + 3600), (0, SENT)])
def test_an_email_the_cart_was_never_sent_is_not_believed(step: int, sent_at: int) -> None:
    raw = message(headers={"In-Reply-To": f"<1.{reminder_id_tag(step, sent_at)}@nordlys.example>"})

    notes = text_of(forwarded(raw)).partition(SIGNATURE_LINE)[2]

    assert "Svar på mail" not in notes
    assert "Seneste mail til kunden: nr. 2 af 3, sendt 18. november 2026." in notes


def test_a_reminders_message_id_says_its_step_and_time_only_for_the_shops_domain() -> None:
    ids = ("<a@x.example>", f"<9.9.9.{reminder_id_tag(2, 1_790_000_000)}@nordlys.example>")

    assert read_reminder_id(ids, "nordlys.example") == (2, 1_790_000_000)
    assert read_reminder_id(ids, "other.example") is None


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("=?utf-8?q?Jos=C3=A9_Fern=C3=A1ndez?= <jose@example.com>", "José Fernández"),
        ('"Lovelace, Ada" <ada@example.com>', "Lovelace, Ada"),
        ('"Ada\x1b[2J" <ada@example.com>', "Ada"),
        ('"support@nordlys.example" <ada@example.com>', ""),
        ("<ada@example.com>", ""),
    ],
)
def test_the_customers_name_is_read_from_their_from(written: str, name: str) -> None:
    assert read_reply(message(From=written)).from_name == name


def test_the_messages_a_reply_answers_are_read_the_nearest_last() -> None:
    raw = message(
        References="<a@x.example> <b@x.example> <c@x.example> not-an-id",
        headers={"In-Reply-To": "<c@x.example> (the one before)"},
    )

    assert read_reply(raw).answered == ("<a@x.example>", "<b@x.example>", "<c@x.example>")


def test_a_reminder_says_its_step_and_time_in_its_message_id() -> None:
    from kurv.core.mailer import Envelope, build_message
    from kurv.core.render import render_reminder
    from reminders import reminder

    envelope = Envelope(
        sender_name="Nordlys Té",
        sender_email="hej@nordlys.example",
        to="ada@example.com",
        reply_to="reply+nordlys-abcd@replies.example",
        unsubscribe_url="https://kurv.example/u/x",
        sent_at=SENT,
        reference={"Shop": "nordlys", "Cart": "c1", "Step": "2"},
    )

    sent = build_message(render_reminder(reminder("da")), envelope)

    assert read_reminder_id((str(sent["Message-ID"]),), "nordlys.example") == (2, SENT)


def test_earlier_replies_on_the_cart_are_listed_in_the_notes() -> None:
    first = stored(message("Kan koppen tåle opvaskemaskine?"), ses_id="ses-0", at=AT - 3600)

    notes = text_of(forwarded(earlier=(first,))).partition(SIGNATURE_LINE)[2]

    assert "Kundens tidligere svar om denne kurv:\n- 18. november 2026: Kan koppen tåle" in notes


@pytest.mark.parametrize("language", ["da", "sv", "nb", "fi", "de", "it", "en"])
def test_an_unverified_sender_is_said_so_first_in_the_shops_language(language: str) -> None:
    checks = "SPF: FAIL, DKIM: PASS, DMARC: FAIL"

    text = text_of(forwarded(locale=language, sender_verified=False, sender_checks=checks))

    first = text.split("\n\n")[0]
    assert f"({checks})" in first
    assert first.startswith(("Caution", "Advarsel", "Varning", "Varoitus", "Achtung", "Attenzione"))


def test_a_verified_sender_gets_no_warning() -> None:
    assert text_of(forwarded()).startswith("Ada Lovelace")


def test_words_kept_from_before_the_cleaning_are_cleaned_on_the_way_out() -> None:
    # A reply stored by an older release still holds what the sender wrote.
    text = render_forward(
        shop=shop(locale="en"),
        customer=Customer("ada@example.com", "Ada \x1b[2J"),
        words_written="Pay \x1b[2J\x1b]0;x\x07here \u202eexe.pdf\x07",
        subject="Re: x\x1b[1m",
        reason="price",
        lines=(Line("Blue \x1b[2Jcup\u202e", 1, Decimal("10.00"), sku="B\x1b[1mC"),),
        currency="DKK",
        cart_url="https://nordlys.example/cart/c1",
    ).text

    assert not re.search("[\x1b\x07\u202e]", text)
    assert "Pay here exe.pdf" in text
    assert f"- Blue cup, SKU BC: 1 {TIMES}" in text


# On the wire -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "header"),
    [
        ("ada@example.com", "ada@example.com"),
        ("jose@bücher.de", "jose@xn--bcher-kva.de"),
    ],
)
def test_the_customer_is_the_reply_to_with_a_punycode_domain(address: str, header: str) -> None:
    forward = forwarded(message(From=f"José <{address}>"))

    assert forward["Reply-To"].addresses[0].addr_spec == header
    assert forward["Reply-To"].addresses[0].display_name == "José"


def test_an_address_ses_cannot_carry_is_kept_in_the_text() -> None:
    # SES has no SMTPUTF8: a non-ASCII local part cannot be a header it sends.
    forward = forwarded(message(From="José <josé@example.dk>"))

    assert forward["Reply-To"] is None
    assert text_of(forward).startswith("José <josé@example.dk> skrev:")


# Attachments ------------------------------------------------------------------------------


def test_images_and_pdfs_go_with_it_and_the_rest_is_named() -> None:
    raw = message(
        "Her er et skærmbillede af fejlen.",
        files=(
            ("fejl.png", "image/png", PNG),
            ("faktura.pdf", "application/pdf", PDF),
            ("tools.zip", "application/zip", b"PK\x03\x04" + b"\x00" * 3000),
        ),
    )

    forward = forwarded(raw)

    sent = {part.get_filename(): part for part in forward.iter_attachments()}
    assert set(sent) == {"fejl.png", "faktura.pdf"}
    assert sent["fejl.png"].get_content() == PNG
    assert sent["fejl.png"].get_content_type() == "image/png"
    assert sent["faktura.pdf"].get_content() == PDF
    assert "Vedhæftede filer, der ikke er sendt videre: tools.zip (2 KB)" in text_of(forward)


def test_a_file_is_what_its_bytes_are_not_what_it_claims() -> None:
    raw = message(
        files=(
            ("photo.png", "image/png", b"MZ\x90\x00" + b"\x00" * 100),  # a program
            ("invoice.exe", "application/octet-stream", PDF),  # a PDF
        ),
    )

    forward = forwarded(raw)

    [sent] = forward.iter_attachments()
    assert sent.get_filename() == "invoice.exe.pdf"
    assert sent.get_content_type() == "application/pdf"
    assert "photo.png" in text_of(forward).partition(SIGNATURE_LINE)[2]


def test_attachments_past_the_budget_are_named() -> None:
    raw = message(files=(("a.png", "image/png", PNG), ("b.png", "image/png", PNG)))

    found = attachments(raw, budget=len(PNG) + 10)

    assert [file.filename for file in found.forwarded] == ["a.png"]
    assert [(file.filename, file.size) for file in found.left_out] == [("b.png", len(PNG))]


def test_a_forward_with_all_the_files_it_may_carry_stays_under_ses_limit() -> None:
    photo = b"\xff\xd8\xff" + bytes(range(256)) * 9_000  # 2.3 MB, as base64 does not shrink
    raw = message(files=tuple((f"skade-{n}.jpg", "image/jpeg", photo) for n in range(4)))

    forward = forwarded(raw)

    assert len(list(forward.iter_attachments())) == 2  # the third would pass 5 MB
    assert len(wire_bytes(forward)) < 10 * 2**20  # SES's limit for a raw message
    assert "skade-2.jpg (2.2 MB), skade-3.jpg" in text_of(forward)


def test_a_message_longer_than_is_read_does_not_forward_the_file_it_is_cut_in() -> None:
    photo = b"\xff\xd8\xff" + bytes(range(256)) * 16_000  # 4 MB; 5.5 MB as base64
    raw = message(files=(("a.jpg", "image/jpeg", photo), ("b.jpg", "image/jpeg", photo)))
    assert len(raw) > MAX_MESSAGE_BYTES

    found = attachments(raw, budget=2**30)

    assert [file.filename for file in found.forwarded] == ["a.jpg"]
    assert [file.filename for file in found.left_out] == ["b.jpg"]


def test_files_past_the_parts_walked_make_the_list_incomplete() -> None:
    raw = message(files=tuple((f"x{n}.bin", "application/octet-stream", b"x") for n in range(80)))

    found = attachments(raw)

    assert not found.complete
    assert len(found.left_out) < 80


def test_a_cut_message_does_not_forward_its_last_file() -> None:
    raw = message(files=(("a.png", "image/png", PNG), ("b.pdf", "application/pdf", PDF)))

    found = attachments(raw[: raw.index(b"b.pdf") + 400], cut=True)

    assert [file.filename for file in found.forwarded] == ["a.png"]
    assert [file.filename for file in found.left_out] == ["b.pdf"]


def test_an_unverified_senders_files_are_named_not_forwarded() -> None:
    raw = message(files=(("a.png", "image/png", PNG),))

    forward = forwarded(raw, sender_verified=False, sender_checks="SPF: FAIL")

    assert list(forward.iter_attachments()) == []
    assert "a.png" in text_of(forward)


def test_a_file_name_keeps_no_folder_and_no_control_characters() -> None:
    raw = message(files=(("..\\..\\evil\x1b[2J.png", "image/png", PNG),))

    [sent] = attachments(raw).forwarded

    assert sent.filename == "evil.png"


# The words, in seven catalogues ----------------------------------------------------------

FLAGGED = ("læser årsagen som", "um direkt zu antworten", "Kurv sender", "Kurv sendet ikke")


@pytest.mark.parametrize("name", CATALOGUES)
def test_the_forwards_copy_avoids_what_the_review_flagged(name: str) -> None:
    words = " ".join(catalogue(name)["forward"].values())

    assert not [phrase for phrase in FLAGGED if phrase in words]
    if name in ("da", "nb"):
        # "kurv" is the basket in Danish and Norwegian: "Kurv sender ..." reads as one.
        assert "Kurv" not in words


@pytest.mark.parametrize("name", CATALOGUES)
def test_the_notes_name_no_rule(name: str) -> None:
    assert "{rule}" not in " ".join(catalogue(name)["forward"].values())
