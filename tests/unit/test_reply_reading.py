"""Reading a reply: the charset traps, format=flowed, the 4 KB bound, the addresses, each
auto-reply signal, negations; and that nothing whatsoever makes read_reply raise."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kurv.replies import reasons
from kurv.replies.inbound import MAX_TEXT_BYTES, decoded, read_reply, unflowed
from kurv.replies.mime import MAX_PARSED_LINES
from kurv.replies.quotes import own_words
from kurv.replies.reasons import classify, language_of, read

CORPUS = Path(__file__).parents[1] / "replies" / "corpus"
HEAD = (
    b"From: Ada Hansen <Ada.Hansen@Example.DK>\r\n"
    b"To: Nordlys <reply+nordlys-8f3k2q9x@replies.nordlys.example>\r\n"
    b"Subject: Re: Din kurv\r\n"
    b"Message-ID: <abc.123@mail.example.dk>\r\n"
)


def message(
    body: bytes,
    content_type: str = "text/plain; charset=utf-8",
    head: bytes = HEAD,
    encoding: str = "8bit",
) -> bytes:
    return (
        head
        + f"Content-Type: {content_type}\r\nContent-Transfer-Encoding: {encoding}\r\n\r\n".encode()
        + body
    )


# Charsets ----------------------------------------------------------------------------------


def test_cp1252_declared_as_utf8_is_read_as_cp1252() -> None:
    assert decoded("Fragten på 49 € er “for meget”".encode("cp1252"), "utf-8") == (
        "Fragten på 49 € er “for meget”",
        "",
    )


def test_latin1_declared_as_utf8_is_read_as_latin1() -> None:
    assert decoded("Jeg har ombestemt meg, Bjørn".encode("latin-1"), "utf-8")[0] == (
        "Jeg har ombestemt meg, Bjørn"
    )


def test_utf8_declared_as_latin1_is_read_as_utf8() -> None:
    assert decoded("Grüße aus Köln".encode(), "iso-8859-1")[0] == "Grüße aus Köln"


def test_latin9_is_read_as_declared_with_its_euro_sign() -> None:
    assert decoded("Die 12,90 € wären in Ordnung".encode("iso-8859-15"), "iso-8859-15")[0] == (
        "Die 12,90 € wären in Ordnung"
    )


def test_utf8_read_as_latin1_and_written_again_is_put_right() -> None:
    twice = "kortet blev afvist på mit Dankort \u2013 øv".encode().decode("cp1252").encode()

    assert decoded(twice, "utf-8")[0] == "kortet blev afvist på mit Dankort \u2013 øv"


def test_an_unknown_charset_falls_back_without_a_problem() -> None:
    reply = read_reply(message(b"Fragten er for dyr", "text/plain; charset=x-klingon"))

    assert reply.text == "Fragten er for dyr"
    assert reply.problems == ()


def test_quoted_printable_and_base64_are_undone() -> None:
    qp = read_reply(message(b"Fragten er for h=C3=B8j.", encoding="quoted-printable"))
    b64 = read_reply(message(b"RnJhZ3RlbiBlciBmb3IgaMO4ai4=", encoding="base64"))

    assert qp.text == b64.text == "Fragten er for høj."


def test_truncated_base64_reads_what_is_there() -> None:
    reply = read_reply(message(b"RnJhZ3RlbiBlciBmb3IgaMO4ai4gSmVnIHZpbA", encoding="base64"))

    assert reply.text.startswith("Fragten er for høj. Jeg vil")


# format=flowed and HTML ------------------------------------------------------------------


def test_format_flowed_lines_are_joined() -> None:
    body = b"Jeg synes fragten er \r\nfor dyr.\r\n\r\n> Hej Ada, det ser \r\n> ud til\r\n"
    reply = read_reply(message(body, "text/plain; charset=utf-8; format=flowed"))

    assert reply.text == "Jeg synes fragten er for dyr."
    assert unflowed("en \nto\n>> tre \n>> fire\n-- \nsig", delsp=False) == (
        "en to\n>> tre fire\n-- \nsig"
    )


def test_format_flowed_with_delsp_drops_the_space_at_the_break() -> None:
    assert unflowed("Versand\u00adkos \nten", delsp=True) == "Versand\u00adkosten"


def test_html_only_drops_the_quote_and_keeps_the_words() -> None:
    html = (
        b'<div>Kortet blev afvist.</div><div class=3D"gmail_quote"><blockquote>Hej Ada, '
        b"Det ser ud til, at du ikke helt n=C3=A5ede at gennemf=C3=B8re</blockquote></div>"
    )
    reply = read_reply(message(html, "text/html; charset=utf-8", encoding="quoted-printable"))

    assert reply.text == "Kortet blev afvist."
    assert reply.reason == "payment"


def test_the_name_the_customer_signed_with_is_read_and_their_words_keep_no_sign_off() -> None:
    reply = read_reply(message(b"Kortet blev afvist.\n\nMvh\nAda Berg\n", "text/plain"))

    assert reply.text == "Kortet blev afvist."
    assert reply.signed_name == "Ada Berg"


def test_a_quote_made_with_gmails_quote_button_is_not_the_customers_words() -> None:
    # talon keeps a blockquote.gmail_quote with no attribution; it quotes someone all the same.
    html = (
        b'<div>Is this still in stock?</div><blockquote class="gmail_quote">'
        b'<div class="gmail_default">Your cart is waiting for you.</div></blockquote>'
    )
    reply = read_reply(message(html, "text/html; charset=utf-8"))

    assert reply.text == "Is this still in stock?"


def test_html_with_control_characters_keeps_the_words_and_drops_the_quote() -> None:
    # lxml refused to cut the quote out of a tree holding them: the whole reply was lost.
    html = (
        b'<div>Kortet\x01 blev afvist.\x0b</div><div class="gmail_quote"><blockquote>Hej Ada'
        b"</blockquote></div>\x1f<p>Mvh</p>\x01"
    )
    reply = read_reply(message(html, "text/html; charset=utf-8"))

    assert not reply.problems
    assert reply.text.startswith("Kortet blev afvist.")
    assert "Hej Ada" not in reply.text


def test_html_nested_blocks_are_not_indented_and_a_no_break_space_line_is_a_blank_line() -> None:
    # WEB.DE's HTML: nested divs, a blank line written as <div>&nbsp;</div>.
    html = (
        '<div style="font-family: Verdana"><div><div>Guten Tag,</div><div>bitte den Korb'
        " löschen.</div><div>&nbsp;</div><div>Mit freundlichen Grüßen</div><div>Thomas</div>"
        "<div>&nbsp;</div><div>Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail"
        " ausdrucken.</div></div></div>"
    ).encode()
    reply = read_reply(message(html, "text/html; charset=utf-8"))

    assert reply.text == "Guten Tag,\nbitte den Korb löschen."


def test_an_empty_plain_part_gives_way_to_the_html() -> None:
    body = (
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n \r\n"
        b"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Too expensive.</p>\r\n--b--\r\n"
    )
    reply = read_reply(message(body, 'multipart/alternative; boundary="b"'))

    assert reply.text == "Too expensive."


def test_a_plain_part_that_holds_a_fraction_of_the_html_gives_way_to_it() -> None:
    # Given a plain part with only the signature, beside HTML with the whole notice
    notice = (
        "<p>Hei,</p><p>olen sairauslomalla 7.-18.10. enkä lue sähköpostiani. Viestejä ei "
        "välitetä eteenpäin. Kiireellisissä asioissa ota yhteyttä palveluohjaaja Timo "
        "Lehtiseen, puh. 040 000 0000.</p><p>Riikka Mäkelä<br>Järvelän kaupunki</p>"
    )
    body = (
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\r\nRiikka Mäkelä\r\n"
        "Järvelän kaupunki\r\n"
        f"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{notice}\r\n--b--\r\n"
    ).encode()

    reply = read_reply(message(body, 'multipart/alternative; boundary="b"'))

    # Then the HTML is read, and says why
    assert "sairauslomalla" in reply.text
    assert reply.auto_reply
    assert any("the HTML read" in problem for problem in reply.problems)


def test_a_plain_part_with_the_htmls_entities_left_in_gives_way_to_the_html() -> None:
    # Given a plain part made by stripping the tags: the entities stay, the paragraphs run
    # together ("...!&nbsp;Sogelaget", "fredagar.Bøker")
    plain = (
        "Takk for e-posten!&nbsp;Sogelaget har ikkje fast kontortid.Bøker kan du kjøpe på "
        "biblioteket.HelsingStyret"
    )
    html = (
        "<p>Takk for e-posten!</p><p>Sogelaget har ikkje fast kontortid.</p><p>Bøker kan du "
        "kjøpe på biblioteket.</p><p>Helsing<br>Styret</p>"
    )
    body = (
        f"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{plain}\r\n"
        f"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--b--\r\n"
    ).encode()

    reply = read_reply(message(body, 'multipart/alternative; boundary="b"'))

    # Then the HTML is read, its paragraphs apart, and the reading says why
    assert "&nbsp;" not in reply.text
    assert "kontortid.\n" in reply.text
    assert any("the HTML read" in problem for problem in reply.problems)


def test_a_short_plain_part_that_says_what_the_html_says_is_read() -> None:
    body = (
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nToo expensive, sorry.\r\n"
        b"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b"<div dir=ltr><p>Too <b>expensive</b>, sorry.</p></div>\r\n--b--\r\n"
    )
    reply = read_reply(message(body, 'multipart/alternative; boundary="b"'))

    assert reply.text == "Too expensive, sorry."
    assert not reply.problems


# The customer's own words -----------------------------------------------------------------


def test_the_text_is_bounded_at_a_character_boundary() -> None:
    reply = read_reply(message(("ø" * 5000).encode()))

    assert len(reply.text.encode()) <= MAX_TEXT_BYTES
    assert reply.text.endswith("…")
    assert set(reply.text[:-1]) == {"ø"}


def test_norwegian_outlook_header_block_is_cut() -> None:
    text = (
        "Frakten er for dyr.\n\nFra: Nordlys <reply@x.example>\nSendt: 3. desember 2026 10:12\n"
        "Til: Kari\nEmne: Du har varer igjen\n\nHei Kari!"
    )

    assert own_words(text, "nb") == "Frakten er for dyr."


def test_an_outlook_quote_runs_to_the_end_past_our_last_sentence_it_knows() -> None:
    # The basket's lines and a footer the shop wrote follow the last sentence of our copy.
    text = (
        "Please stop sending me these.\n\nSarah\n\n________________________________\n"
        "From: Nordlys <hello@nordlys.example>\nSent: 03 December 2026 13:02\n"
        "To: Sarah <sarah@example.co.uk>\nSubject: You left something in your basket\n\n"
        "Hi Sarah,\n\nJust a friendly note that the items below are still in your basket at"
        ' Nordlys.\n\nWool throw "Fjord", grey \u2013 £79.00\n\nFinish your order here:'
        " https://nordlys.example/basket\n\nWarm wishes,\nThe Nordlys team"
    )

    assert own_words(text, "en", "Sarah <sarah@example.co.uk>") == "Please stop sending me these."


def test_bottom_posting_keeps_the_words_below_the_quote() -> None:
    text = "Ada skrev:\n> Hej\n> Gik der noget galt?\n\nKortet blev afvist.\n\n-- \nAda"

    assert own_words(text, "da") == "Kortet blev afvist."


def test_a_sign_off_is_not_cut_when_words_follow_it() -> None:
    text = "Tak!\nJeg fandt den billigere et andet sted."

    assert own_words(text, "da") == text


# Addresses and headers --------------------------------------------------------------------


def test_message_id_from_and_recipients_are_read() -> None:
    head = HEAD + b"Cc: Other <Other@Example.com>, broken@@\r\n"
    reply = read_reply(message(b"Hi", head=head))

    assert reply.message_id == "<abc.123@mail.example.dk>"
    assert reply.from_address == "ada.hansen@example.dk"
    assert reply.recipients[:2] == (
        "reply+nordlys-8f3k2q9x@replies.nordlys.example",
        "other@example.com",
    )


def test_an_encoded_folded_subject_is_one_line() -> None:
    head = HEAD.replace(
        b"Subject: Re: Din kurv",
        b"Subject: =?utf-8?q?Re=3A_Din_kurv_hos_Nordlys_T=C3=A9?=\r\n again",
    )

    assert read_reply(message(b"Hi", head=head)).subject == "Re: Din kurv hos Nordlys Té again"


# Auto-replies -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "rule"),
    [
        (b"Auto-Submitted: auto-replied", "header:Auto-Submitted=auto-replied"),
        (
            b"Auto-Submitted: auto-generated; owner-email=x@y",
            "header:Auto-Submitted=auto-generated",
        ),
        (b"X-Autoreply: yes", "header:X-Autoreply=yes"),
        (b"X-Autorespond: vacation", "header:X-Autorespond=vacation"),
        (b"Precedence: bulk", "header:Precedence=bulk"),
        (b"Precedence: auto_reply", "header:Precedence=auto_reply"),
        (b"Precedence: junk", "header:Precedence=junk"),
        (
            b"X-Auto-Response-Suppress: All\r\nX-MS-Exchange-Inbox-Rules-Loop: a@b.example",
            "header:X-Auto-Response-Suppress=All",
        ),
    ],
)
def test_auto_reply_headers(header: bytes, rule: str) -> None:
    reply = read_reply(message(b"Kortet blev afvist", head=HEAD + header + b"\r\n"))

    assert (reply.auto_reply, reply.auto_reply_rule, reply.reason) == (True, rule, "other")


def test_a_list_servers_distribution_is_no_persons_reply() -> None:
    head = HEAD + b"Precedence: list\r\nList-Id: <members.lists.example>\r\n"
    reply = read_reply(message(b"Forwarded by the list server.", head=head))

    assert (reply.auto_reply, reply.auto_reply_rule) == (True, "header:List-Id")


@pytest.mark.parametrize(
    "header", [b"Auto-Submitted: no", b"X-Auto-Response-Suppress: All", b"Precedence: list"]
)
def test_headers_that_do_not_make_an_auto_reply(header: bytes) -> None:
    reply = read_reply(message(b"Kortet blev afvist", head=HEAD + header + b"\r\n"))

    assert (reply.auto_reply, reply.reason) == (False, "payment")


@pytest.mark.parametrize(
    "subject",
    [
        "Automatic reply: Your cart",
        "Auto-Reply: Your cart",
        "Autosvar: Din kurv",
        "SV: Automatisk svar: Din kurv",
        "Abwesenheitsnotiz: Ihr Warenkorb",
        "AW: Automatische Antwort: Ihr Warenkorb",
        "R: Risposta automatica: Il tuo carrello",
        "Out of Office: Re: Your cart",
        "Fraværende: Din handlekurv",
        "Frånvaro: Din varukorg",
        "Ikke til stede: Din handlekurv",
        "Abwesend: Ihr Warenkorb",
        "Fuori ufficio: Il tuo carrello",
        "Automaattinen vastaus: Ostoskorisi",
        "VS: Automaattinen vastaus: Ostoskorisi",
        "Lomavastaaja: Ostoskorisi",
        "Olen lomalla 2.1. asti",
        "Poissa toimistolta: Ostoskorisi",
    ],
)
def test_auto_reply_subjects(subject: str) -> None:
    head = HEAD.replace(b"Subject: Re: Din kurv", f"Subject: {subject}".encode())

    assert read_reply(message(b"Jeg er ikke her", head=head)).auto_reply


def test_an_ordinary_subject_is_not_an_auto_reply() -> None:
    assert not read_reply(message(b"Jeg er ikke her")).auto_reply


@pytest.mark.parametrize(
    "subject",
    [
        "Fraværsmelding: Din handlekurv",  # compounds: the word's stem opens the subject
        "Frånvaromeddelande: Din varukorg",
        "Abwesenheitsmeldung: Ihr Warenkorb",
        "Urlaubsantwort: Ihr Warenkorb",
        "Autosvarmelding: Din handlekurv",
        "Feriebesked: Din kurv",
        "Poissaoloilmoitus: Ostoskorisi",
        "Lomavastaus: Ostoskorisi",
        "Automaattivastaus: Ostoskorisi",
    ],
)
def test_compound_auto_reply_subjects(subject: str) -> None:
    head = HEAD.replace(b"Subject: Re: Din kurv", f"Subject: {subject}".encode())

    assert read_reply(message(b"Jeg er ikke her", head=head)).auto_reply


def with_subject(subject: str) -> bytes:
    return HEAD.replace(b"Subject: Re: Din kurv", f"Subject: {subject}".encode())


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # A helpdesk's receipt with no auto-reply header: its words say it is automatic ...
        ("Re: Din kurv [#48213]", "Dette er en automatisk bekræftelse på din henvendelse."),
        ("Re: Your cart", "Hello Anna,\nThis is an automatically generated message."),
        ("Re: Din varukorg", "Hej! Detta är ett automatiskt svar från kundtjänst."),
        ("Re: Ihr Warenkorb", "Dies ist eine automatisch erstellte Nachricht."),
        ("Re: Il tuo carrello", "Gentile cliente, questa è una risposta automatica."),
        ("Re: Din handlekurv", "Hei, dette er eit automatisk svar frå kundeservice."),
        ("VS: Ostoskorisi", "Hei, tämä on automaattinen vastaus asiakaspalvelustamme."),
        ("VS: Ostoskorisi", "Tämä on automaattisesti lähetetty viesti. Älä vastaa siihen."),
        # ... or it says it received the request, with a ticket's number in the subject.
        ("[Sag #48213] Re: Din kurv", "Tak. Vi har modtaget din henvendelse og svarer snart."),
        ("Ticket 90311: Re: Your cart", "Thanks, we have received your request."),
        ("Ärende 4821 - Re: Din varukorg", "Vi har mottagit ditt ärende och återkommer."),
        ("Re: Ihr Warenkorb (Anfrage #77120)", "Wir haben Ihre Anfrage erhalten."),
        ("Richiesta n. 5521: Re: Il tuo carrello", "Abbiamo ricevuto la tua richiesta."),
        ("Tukipyyntö 60412: VS: Ostoskorisi", "Kiitos! Olemme vastaanottaneet viestisi."),
    ],
)
def test_a_helpdesk_receipt_is_an_auto_reply_by_its_words(subject: str, text: str) -> None:
    reply = read_reply(message(text.encode(), head=with_subject(subject)))

    assert reply.auto_reply, reply.text
    assert reply.auto_reply_rule.startswith("text:")
    assert reply.reason == "other"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # A customer who mentions automatic emails, or received, is a customer.
        ("Re: Your cart", "I know this is an automatic email, but shipping is too expensive."),
        ("Re: Your cart", "I know, this is an automatic email, but why so expensive?"),
        ("Re: Din handlekurv", "Er dette en automatisk melding? Frakten er for dyr."),
        ("VS: Ostoskorisi", "Onko tämä automaattinen viesti? Toimituskulut ovat liian kalliit."),
        ("VS: Ostoskorisi", "Olemme saaneet viestisi, mutta maksu ei silti mennyt läpi."),
        # A receipt's words without a ticket in the subject: a customer may write them.
        ("Re: Din kurv", "Vi har modtaget din mail, men kortet blev afvist."),
        ("Re: Your cart 2024", "We have received your email, thanks. The card was declined."),
    ],
)
def test_a_customer_who_mentions_automatic_mail_is_read_as_a_customer(
    subject: str, text: str
) -> None:
    assert not read_reply(message(text.encode(), head=with_subject(subject))).auto_reply


# Reasons and languages -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        ("No problem with the payment, the shipping was just too expensive.", "en", "price"),
        ("Jeg har ingen problemer med betalingen, men jeg fandt den billigere.", "da", "price"),
        (
            "Es gab keine Probleme mit der Zahlung, ich habe es mir anders überlegt.",
            "de",
            "changed_mind",
        ),
        ("Non ho avuto problemi con il pagamento, ho cambiato idea.", "it", "changed_mind"),
    ],
)
def test_a_negated_complaint_does_not_count(text: str, language: str, reason: str) -> None:
    assert classify(text, language)[0] == reason


def test_a_specific_complaint_beats_a_question() -> None:
    assert classify("Kortet blev afvist. Kan I hjælpe?", "da") == (
        "payment",
        "da:payment:kortet blev afvist",
    )


def test_a_page_that_froze_while_paying_is_payment_or_technical_by_the_words() -> None:
    # Independent readers file "the site froze when I pressed pay" under either; the
    # rules name both and the words' evidence chooses (kurv.replies.word_evidence).
    froze = read("Die Seite hat sich beim Bezahlen aufgehängt.", "de")
    assert {froze.reason, froze.runner_up} == {"payment", "technical"}
    assert froze.confidence == reasons.DISAGREED
    declined = "Beim Bezahlen wurde meine Karte abgelehnt, die Seite hing dann."
    assert classify(declined, "de")[0] == "payment"
    assert classify("Die Seite hat sich bei der Adresse aufgehängt.", "de")[0] == "technical"


def test_the_other_languages_rules_are_a_fallback() -> None:
    assert classify("Die Versandkosten sind zu hoch", "da")[1] == "de:price:Versandkosten zu hoch"


def test_empty_text_is_other() -> None:
    assert classify("  ", "da")[0] == "other"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hvad koster fragten? Jeg vil gerne købe den, men jeg synes den er dyr.", "da"),
        ("Hva koster frakten? Jeg vil gjerne kjøpe den, men jeg synes den er dyr.", "nb"),
        ("Vad kostar frakten? Jag vill gärna köpa den men jag tycker den är dyr.", "sv"),
        ("Was kostet der Versand? Ich würde ihn gerne kaufen, aber er ist teuer.", "de"),
        ("Quanto costa la spedizione? Vorrei comprarlo, ma è troppo caro.", "it"),
        ("How much is shipping? I would like to buy it but it is too expensive.", "en"),
        ("Paljonko toimitus maksaa? Ostaisin sen mielelläni, mutta se on liian kallis.", "fi"),
        ("Maksu ei mennyt läpi, vaikka yritin kahdesti.", "fi"),
    ],
)
def test_the_language_is_found_by_its_words(text: str, language: str) -> None:
    assert language_of(text, None) == language


def test_the_hint_decides_a_short_or_ambiguous_text() -> None:
    assert language_of("OK", "sv") == "sv"
    assert language_of("Jeg har ikke tid", "nb") == "nb"
    assert language_of("Jeg har ikke tid", "da") == "da"
    assert language_of("I would like to buy it but it is too expensive.", "da") == "en"


# Never raises ------------------------------------------------------------------------------

FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[HealthCheck.too_slow],
)
SEEDS = [path.read_bytes() for path in sorted(CORPUS.glob("*.eml"))]


@FUZZ
@given(st.binary(max_size=4000))
def test_read_reply_never_raises_for_any_bytes(raw: bytes) -> None:
    reply = read_reply(raw)

    assert len(reply.text.encode()) <= MAX_TEXT_BYTES
    assert not [problem for problem in reply.problems if problem.startswith("unreadable message")]


@FUZZ
@given(
    st.sampled_from(SEEDS),
    st.lists(st.tuples(st.floats(0, 1), st.integers(0, 64), st.binary(max_size=16)), max_size=6),
)
def test_read_reply_never_raises_for_mutated_replies(
    seed: bytes, cuts: list[tuple[float, int, bytes]]
) -> None:
    raw = seed
    for where, length, insert in cuts:
        at = int(where * len(raw))
        raw = raw[:at] + insert + raw[at + length :]

    reply = read_reply(raw, language_hint="da")

    assert not [problem for problem in reply.problems if problem.startswith("unreadable message")]

    assert reply.reason in {
        "payment",
        "price",
        "delivery",
        "trust",
        "technical",
        "question",
        "changed_mind",
        "other",
    }


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00" * 1000,
        b"Subject: " + b"x" * 500_000 + b"\r\n\r\nbody",
        b"To: " + b"a@b, " * 20_000 + b"\r\n\r\nbody",
        b"Content-Type: multipart/mixed\r\n\r\n--\r\n--\r\n",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n" + b"--x\r\n" * 5000,
        b"Content-Type: text/html\r\n\r\n" + b"<div>" * 50_000,
        b"Content-Type: text/plain\r\n\r\n" + b"On " * 100_000 + b"wrote:",
        b"\r\n\r\n" + b"> " * 200_000,
    ],
    ids=[
        "empty",
        "nul",
        "huge-subject",
        "many-recipients",
        "bare-boundaries",
        "many-parts",
        "deep-html",
        "long-attribution",
        "deep-quote",
    ],
)
def test_hostile_messages_are_read_without_raising(raw: bytes) -> None:
    reply = read_reply(raw)

    assert not [problem for problem in reply.problems if problem.startswith("unreadable message")]
    assert reply.reason in {
        "other",
        "question",
        "technical",
        "trust",
        "price",
        "payment",
        "delivery",
        "changed_mind",
    }


# Bounded: any message is read, or set aside, in a fraction of the budget ------------------

MULTIPART = b"From: a@example.com\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"


def _params(count: int) -> bytes:
    return b"".join(b";\r\n a%d=b" % n for n in range(count))


HEAVY = {
    "tiny-parts": MULTIPART + b"--b\r\nContent-Type: image/png\r\n\r\nx\r\n" * 55_000,
    "tiny-text-parts": MULTIPART + b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" * 55_000,
    "many-parameters": b"Content-Type: text/plain" + _params(40_000) + b"\r\n\r\nhi",
    "many-parameters-in-a-part": MULTIPART
    + b"--b\r\nContent-Type: text/plain"
    + _params(40_000)
    + b"\r\n\r\nhi\r\n--b--\r\n",
    "nested-messages": b"Content-Type: message/rfc822\r\n\r\n" * 60_000 + b"hi",
    "nested-multiparts": b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (n, n)
        for n in range(20_000)
    ),
    "digest": b"Content-Type: multipart/digest; boundary=b\r\n\r\n"
    + b"--b\r\n\r\nSubject: x\r\n\r\nhi\r\n" * 30_000,
    "headers-in-a-part": MULTIPART + b"--b\r\n" + b"X: y\r\n" * 300_000 + b"\r\nhi\r\n",
    "quoted-recipients": b'To: "' + b'\\"' * 200_000 + b'" <a@b.c>\r\n\r\nhi',
    "many-recipient-headers": b'To: "a\\"" <a@b.c>\r\n' * 30_000 + b"\r\nhi",
    "nested-comments": b"From: " + b"(" * 100_000 + b"\r\nContent-Type: " + b"(" * 50_000,
    "wide-html": b"Content-Type: text/html\r\n\r\n" + b"<p>a</p>" * 200_000,
    "html-parts": MULTIPART
    + (b"--b\r\nContent-Type: text/html\r\n\r\n" + b"<p>a</p>" * 4000 + b"\r\n") * 60,
    "one-long-line": b"Content-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable"
    b"\r\n\r\n" + b"=C3=A5" * 300_000,
    "reply-header-lines": b"Content-Type: text/plain\r\n\r\n"
    + b"From: x\r\nSent: y\r\nTo: z\r\nSubject: w\r\n" * 50_000,
    "our-lines": b"Content-Type: text/plain\r\n\r\n"
    + b"We saved your cart at Nordlys so you can come back to it\r\n" * 30_000,
    "mojibake": b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + "Ã¥".encode() * 500_000,
    "attribution-like-lines": b"Content-Type: text/plain\r\n\r\n"
    + (b"Am a schrieb " * 22 + b":\r\n") * 5000,
    "long-words": b"Content-Type: text/plain\r\n\r\n" + (b"a" * 900 + b"\r\n") * 2000,
    "unclosed-tags": b"Content-Type: text/html\r\n\r\n" + b"<" * 500_000,
    "lines-ended-by-cr": b"Content-Type: text/plain\r\n\r\n" + b"\r" * 2_000_000,
    "headers-ended-by-cr": MULTIPART + b"--b\n" + b"X: y\r" * 400_000,
}


@pytest.mark.parametrize("raw", list(HEAVY.values()), ids=list(HEAVY))
def test_a_heavy_message_is_read_within_a_bounded_amount_of_work(raw: bytes) -> None:
    # Given: a message built to make a parser walk, parse or backtrack for minutes
    started = time.process_time()

    # When: it is read, with all the time in the world
    reply = read_reply(raw, timer=lambda: 0.0)

    # Then: the bounds (parts, headers, characters), not the clock, kept the work small
    assert time.process_time() - started < 1.0
    assert not reply.set_aside
    assert len(reply.text.encode()) <= MAX_TEXT_BYTES


def test_reading_past_its_time_budget_sets_the_message_aside() -> None:
    ticks = iter(range(0, 1000, 5))  # a slow machine: every look at the clock, 5 s later

    reply = read_reply(message(b"Fragten er for dyr."), timer=lambda: float(next(ticks)))

    assert reply.set_aside
    assert reply.text == ""
    assert reply.reason == "other"
    assert any("set aside" in problem for problem in reply.problems)


def test_compiling_the_rules_is_no_part_of_a_messages_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given: a cold process whose one-time preparation (the rules compiled, the words'
    # evidence loaded) takes longer than a message's whole budget
    clock = [0.0]
    compiled = reasons._rules
    cold = [True]

    def rules_compiled_slowly(language: str) -> tuple[reasons.Rule, ...]:
        if cold[0]:
            cold[0] = False
            clock[0] += 10.0
        return compiled(language)

    monkeypatch.setattr(reasons, "_rules", rules_compiled_slowly)

    # When: its first reply is read
    reply = read_reply(message(b"Fragten er for dyr."), language_hint="da", timer=lambda: clock[0])

    # Then: it is read, not set aside: the budget starts after the preparation
    assert not reply.set_aside
    assert reply.reason == "price"


def test_a_message_read_in_time_is_not_set_aside() -> None:
    reply = read_reply(message(b"Fragten er for dyr."), language_hint="da")

    assert not reply.set_aside
    assert reply.reason == "price"


# Clean text, real charsets ----------------------------------------------------------------

DIRTY_BODY = (
    "Fragten er for dyr \x1b[2J\x1b]0;pwned\x07\u202egnap\u202c\x07 og \x9b31m tak\r\n"
).encode()


def test_escape_sequences_controls_and_bidi_overrides_are_not_kept() -> None:
    head = HEAD.replace(b"Subject: Re: Din kurv", "Subject: Re: \x1b[31mDin\u202e kurv".encode())

    reply = read_reply(message(DIRTY_BODY, head=head), language_hint="da")

    for field in (reply.text, reply.subject):
        assert not [char for char in field if char < " " and char != "\n"]
        assert "\u202e" not in field
        assert "\x9b" not in field
    assert reply.text.startswith("Fragten er for dyr")
    assert reply.subject == "Re: Din kurv"
    assert reply.reason == "price"


@pytest.mark.parametrize(
    "codec", ["unicode_escape", "raw_unicode_escape", "utf-7", "punycode", "idna", "mbcs"]
)
def test_only_mail_charsets_decode_a_part(codec: str) -> None:
    body = b"Fragten er for dyr \\x1b[2J \\u202e +ABs-"
    for content_type in (f"text/plain; charset={codec}", f"text/plain; charset*={codec}''{codec}"):
        reply = read_reply(message(body, content_type), language_hint="da")

        assert "\x1b" not in reply.text
        assert "\u202e" not in reply.text
        assert "\\x1b[2J" in reply.text  # read as text in a mail charset, not evaluated


def test_an_encoded_word_in_a_python_codec_is_not_decoded() -> None:
    head = HEAD.replace(
        b"Subject: Re: Din kurv",
        b"Subject: =?unicode_escape?q?Re=3A_=5Cx1b[2J?= =?utf-7?q?+ABs-kurv?=",
    )

    reply = read_reply(message(b"Hej", head=head))

    assert "\x1b" not in reply.subject
    assert reply.subject == "Re: \\x1b[2J+ABs-kurv"  # adjacent encoded words join


@pytest.mark.parametrize(
    ("sender", "address"),
    [
        ("José Ærø <josé@example.dk>", "josé@example.dk"),
        ("=?utf-8?q?Jos=C3=A9?= <jose@bücher.de>", "jose@bücher.de"),
        ("jose@xn--bcher-kva.de", "jose@xn--bcher-kva.de"),
    ],
)
def test_a_non_ascii_sender_keeps_the_address(sender: str, address: str) -> None:
    head = HEAD.replace(b"From: Ada Hansen <Ada.Hansen@Example.DK>", f"From: {sender}".encode())

    assert read_reply(message(b"Hej", head=head)).from_address == address


@pytest.mark.parametrize("ending", [b"\r", b"\n", b"\r\n"])
def test_every_line_ending_counts_against_the_parsers_line_bound(ending: bytes) -> None:
    raw = b"Content-Type: text/plain\r\n\r\nFragten er for dyr." + ending + b"x" + ending * 60_000

    reply = read_reply(raw, language_hint="da")

    assert f"more than {MAX_PARSED_LINES} lines: the rest left unread" in reply.problems
    assert reply.reason == "price"
