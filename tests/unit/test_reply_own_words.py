"""The customer's own words and only those: what real clients put around a reply (the
shapes the public reply parsers' suites collect, written here in our own words), and that
reading stays linear in the message's size."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from kurv.replies import quotes, signatures
from kurv.replies.inbound import read_reply
from kurv.replies.quotes import own_words

HEAD = b"From: Ada Hansen <ada@example.dk>\r\nTo: reply+nordlys-8f3k2q9x@replies.example\r\n"
ATTRIBUTION = "On Thu, 3 Dec 2026 at 10:12, Nordlys Té <reply+nordlys@replies.example> wrote:"


def message(body: bytes, content_type: str = "text/plain", encoding: str = "8bit") -> bytes:
    return (
        HEAD
        + f"Content-Type: {content_type}; charset=utf-8\r\n".encode()
        + f"Content-Transfer-Encoding: {encoding}\r\n\r\n".encode()
        + body
    )


# Attribution lines --------------------------------------------------------------------------


def test_a_greeting_just_above_the_attribution_is_the_customers() -> None:
    text = f"Hi,\n\nIs the blue teapot back in stock soon?\n\nHi,\n{ATTRIBUTION}\n> Your cart"

    assert own_words(text, "en") == "Hi,\n\nIs the blue teapot back in stock soon?\n\nHi,"


def test_a_line_ending_in_a_comma_with_a_date_still_begins_a_wrapped_attribution() -> None:
    text = (
        "Too expensive for me.\n\nOn Thu, 3 Dec 2026 at 10:12,\n"
        "Nordlys Té <reply+nordlys@replies.example> wrote:\n> Your cart"
    )

    assert own_words(text, "en") == "Too expensive for me."


@pytest.mark.parametrize(
    "line",
    [
        f"The delivery is too slow for me. {ATTRIBUTION}",
        f"The delivery is too slow for me.--- {ATTRIBUTION}",
    ],
)
def test_words_sharing_a_line_with_the_attribution_are_kept(line: str) -> None:
    assert own_words(f"{line}\n> Your cart is waiting", "en") == "The delivery is too slow for me."


@pytest.mark.parametrize(
    "attribution",
    [
        "------On 3 Dec 2026 10:12, Nordlys Té wrote-----",
        "---- Nordlys Té wrote ----",
        "Den 3. des. 2026 kl. 10:12 skreiv Nordlys Té <reply+nordlys@replies.example>:",
        "tor. 3. des. 2026 kl. 10:12 skreiv Nordlys Té <reply+nordlys@replies.example>:",
        "Op 3 dec. 2026 om 10:12 heeft Nordlys Té <reply@replies.example> geschreven:",
        "Op 03-12-2026 10:12 schreef Nordlys Té <reply@replies.example>:",
        "W dniu 3 grudnia 2026 10:12 użytkownik Nordlys <reply@replies.example> napisał:",
        "Dnia 3 grudnia 2026 10:12 Nordlys <reply@replies.example> napisał(a):",
        '03.12.2026, 10:12, "Nordlys Té" <reply@replies.example>:',
        "2026-12-03 10:12 GMT+01:00 Nordlys Té <reply@replies.example>:",
        "Nordlys Té skreiv følgjande:",
        "På tor. 3. des. 2026 kl. 10:12 skreiv Nordlys Té (reply@replies.example):",
        "Em 3 de dez. de 2026, às 10:12, Nordlys <reply@replies.example> escreveu:",
        "Четверг, 3 декабря 2026, 10:12 +01:00 от Nordlys <reply@replies.example>:",
        "W dniu 3.12.2026 o 10:12, Nordlys Té pisze:",
        "På 3. desember 2026 på 10:12:18, Nordlys Té (reply@replies.example) skrev:",
        "在 2026年12月3日 10:12\uff0cNordlys <reply@replies.example> 写道\uff1a",  # full-width
        "2026년 12월 3일 (목) 오전 10:12, Nordlys <reply@replies.example>님이 작성:",
        "Dne 3. 12. 2026 v 10:12 Nordlys Té <reply@replies.example> napsal(a):",  # cs
        "Quoting Nordlys Té <reply@replies.example>:",  # Horde, SquirrelMail
        "Zitat von Nordlys Té <reply@replies.example>:",
        # Thunderbird's verb before the date
        "Nordlys Té kirjoitti 3.12.2026 klo 10.12:",
        "Nordlys Té schrieb am 03.12.26 um 10:12:",
    ],
)
def test_attributions_in_other_forms_close_the_quote(attribution: str) -> None:
    text = f"Prisen er for høj.\n\n{attribution}\n\nDin kurv venter stadig på dig."

    assert own_words(text, "da") == "Prisen er for høj."


def test_an_answer_between_the_quoted_lines_under_a_verb_first_attribution_is_kept() -> None:
    text = (
        "Nordlys Té kirjoitti 3.12.2026 klo 10.12:\n> Ostoskorisi odottaa sinua.\n\n"
        "Saako mukeja myös yksittäin?\n\n> Terveisin Nordlys Té"
    )

    assert own_words(text, "fi") == "Saako mukeja myös yksittäin?"


def test_a_quote_run_on_in_its_attributions_line_is_cut_there() -> None:
    # Yahoo's text: the attribution and the whole quote on one line.
    text = (
        "Per ora no, grazie.\n\n  Il mar, 3 dic 2026 alle 10:12, Nordlys Té"
        "<reply@replies.example> ha scritto:   Il tuo carrello ti aspetta  Ciao Luca,  Hai"
        " lasciato alcuni articoli nel carrello"
    )

    assert own_words(text, "it") == "Per ora no, grazie."


@pytest.mark.parametrize(
    "text",
    [
        "On Monday I wrote: please cancel my order, it never came.",
        "I wrote to you on 3/12/2026 about this: the parcel never came.",
        "Kirjoitin teille 3.12.2026 klo 10.12: paketti ei tullut.",
    ],
)
def test_a_sentence_telling_what_the_customer_wrote_is_kept(text: str) -> None:
    assert own_words(text, "en") == text


def test_a_sentence_quoting_someone_is_the_customers() -> None:
    text = "Quoting your site: free shipping over 500 kr.\n\nThat was not true."

    assert own_words(text, "en") == text


def test_a_date_and_an_address_right_above_the_quote_close_it() -> None:
    text = "Prisen er for høj.\n2026/12/3 Nordlys Té <reply@replies.example>\n\n> Din kurv venter"

    assert own_words(text, "da") == "Prisen er for høj."


def test_a_date_and_an_address_in_the_customers_words_are_kept() -> None:
    words = "Prisen er for høj.\n3.12.2026 skrev jeg til ada@example.dk om det"

    assert own_words(f"{words}\n\nMvh Ada", "da") == words


def test_a_sentence_with_a_time_in_it_is_not_taken_for_half_of_an_attribution() -> None:
    text = (
        "Gerne um 11:00 morgen.\n\nBis dann\n\n"
        "2026年12月3日(木) 10:12 Nordlys <reply@replies.example>:\n> Ihr Warenkorb"
    )

    assert own_words(text, "de") == "Gerne um 11:00 morgen.\n\nBis dann"


def test_an_attribution_wrapped_over_blank_lines_closes_the_quote() -> None:
    text = (
        "Fragten er for dyr.\n\nOn Thu, Dec 3, 2026 at 10:12 AM Nordlys Té\n\n<\n"
        "mailto:reply@replies.example\n> wrote:\nDin kurv venter stadig."
    )

    assert own_words(text, "da") == "Fragten er for dyr."


def test_a_sentence_starting_like_an_attribution_is_not_joined_to_the_next_one() -> None:
    text = (
        "Il pagamento è stato rifiutato.\n\n"
        "Il giorno gio 3 dic 2026 alle 10:12 Nordlys <reply@replies.example> ha scritto:\n> Ciao"
    )

    assert own_words(text, "it") == "Il pagamento è stato rifiutato."


# Header blocks and separators ------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("da", ("Fra", "Sendt", "Til", "Emne")),
        ("nb", ("Fra", "Dato", "Til", "Emne")),
        ("nb", ("Frå", "Sendt", "Til", "Emne")),
        ("sv", ("Från", "Skickat", "Till", "Ämne")),
        ("de", ("Von", "Gesendet", "An", "Betreff")),
        ("it", ("Da", "Inviato", "A", "Oggetto")),
        ("en", ("From", "Sent", "To", "Subject")),
        ("fi", ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe")),
        ("da", ("Van", "Verzonden", "Aan", "Onderwerp")),
        ("da", ("Od", "Wysłano", "Do", "Temat")),
        ("da", ("*Van:*", "*Verzonden:*", "*Aan:*", "*Onderwerp:*")),
        ("da", ("Od", "Odesláno", "Komu", "Předmět")),
        ("en", ("差出人", "送信日時", "宛先", "件名")),
        ("en", ("发件人", "发送时间", "收件人", "主题")),
        ("en", ("보낸 사람", "보낸 날짜", "받는 사람", "제목")),
        ("en", ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe")),
        ("en", ("De", "Enviada em", "Para", "Assunto")),
    ],
)
def test_an_outlook_header_block_in_any_language_closes_the_quote(
    language: str, labels: tuple[str, ...]
) -> None:
    values = ("Nordlys Té <reply@replies.example>", "3.12.2026 10:12", "Ada", "Din kurv")
    block = "\n".join(
        f"{label} {value}" if label.endswith((":", ":*")) else f"{label}: {value}"
        for label, value in zip(labels, values, strict=True)
    )
    text = f"Jeg fandt den billigere et andet sted.\n\n{block}\n\nHej Ada,\nDin kurv venter."

    assert own_words(text, language) == "Jeg fandt den billigere et andet sted."


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("da", "Fra: Nordlys <reply@replies.example> Sendt: 3. december 2026 Til: Ada Emne: Kurv"),
        ("sv", "*Från:* Nordlys <reply@replies.example> *Skickat:* 3 december 2026 *Till:* Ada"),
        ("it", "Da: Nordlys <reply@replies.example> Inviato: 3 dicembre 2026 A: Ada Oggetto: X"),
        ("fi", "Lähettäjä: Nordlys <reply@replies.example> Lähetetty: 3. joulukuuta 2026 Aihe: X"),
    ],
)
def test_a_header_block_flattened_onto_one_line_closes_the_quote(language: str, line: str) -> None:
    text = f"For dyrt.\n\n{line}\n\nHej Ada,\nDin kurv venter."

    assert own_words(text, language) == "For dyrt."


def test_a_sentence_opening_with_a_label_is_not_a_flattened_header_block() -> None:
    text = "Fra: Ada, med en kommentar til prisen.\nDen er for høj."

    assert own_words(text, "da") == text


def test_a_header_block_above_everything_heads_the_customers_own_message() -> None:
    text = "Fra: Ada Hansen <ada@example.dk>\nSendt: 3. december 2026\nEmne: Kurv\n\nFor dyrt."

    assert own_words(text, "da") == "For dyrt."


@pytest.mark.parametrize(
    "separator",
    [
        "-----Antwort Nachricht-----",
        "----- Oorspronkelijk bericht -----",
        "-----Original Message-----",
        "---------- Vidaresendt melding ----------",
    ],
)
def test_separators_named_in_other_languages_close_the_quote(separator: str) -> None:
    assert own_words(f"Zu teuer.\n\n{separator}\n\nIhr Warenkorb", "de") == "Zu teuer."


def test_a_dashed_title_over_a_header_block_closes_the_quote_in_any_language() -> None:
    block = "---------- Původní e-mail ----------\nOd: Nordlys\nDatum: 3. 12. 2026"
    text = f"Zu teuer.\n\n{block}\n\nHej"

    assert own_words(text, "de") == "Zu teuer."


def test_a_rule_drawn_above_an_indented_header_block_closes_the_quote() -> None:
    block = (
        " *Fra:* Nordlys [mailto:reply@replies.example]\n *Sendt:* 3. december 2026\n *Til:* Ada"
    )
    text = f"For dyrt.\n\n\n ------------------------------\n\n{block}\n\n Din kurv venter"

    assert own_words(text, "da") == "For dyrt."


def test_a_rule_between_the_customers_paragraphs_in_text_is_kept() -> None:
    text = "Two things.\n\n------------------------------\n\nThe card was declined."

    assert own_words(text, "en") == text


def test_a_dashed_line_that_names_no_message_is_the_customers() -> None:
    text = "Notes below.\n\n----- Size guide -----\n\nThe M fits a 40 chest."

    assert own_words(text, "en") == text


def test_after_an_outlook_separator_the_quoted_greeting_is_not_the_customers() -> None:
    text = (
        "Danke, ich habe die Jacke woanders günstiger gefunden.\n\nViele Grüße\nAnna Berg\n\n"
        "-----Ursprüngliche Nachricht-----\nVon: Nordlys Té [mailto:reply@replies.example]\n"
        "Gesendet: Donnerstag, 3. Dezember 2026 10:12\nAn: Anna Berg\n"
        "Betreff: Ihr Warenkorb\nGuten Tag,\nSie haben etwas in Ihrem Warenkorb gelassen."
    )

    assert own_words(text, "de") == "Danke, ich habe die Jacke woanders günstiger gefunden."


def test_a_quoted_line_that_lost_its_mark_in_a_wrap_stays_quoted() -> None:
    text = (
        f"Too slow.\n\n{ATTRIBUTION}\n\n> Your cart is waiting: see it here (https://\n"
        "nordlys.example/cart/abc)\n> Nordlys Té"
    )

    assert own_words(text, "en") == "Too slow."


@pytest.mark.parametrize("answer", ["Yes, the card was declined.", "yes the card was declined"])
def test_an_inline_answer_between_quoted_lines_is_kept(answer: str) -> None:
    text = f"{ATTRIBUTION}\n> Did something go wrong?\n{answer}\n> Nordlys"

    assert own_words(text, "en") == answer


def test_a_line_framed_by_arrows_is_not_a_quote() -> None:
    text = "Here is the shop I meant:\n>> https://example.com/teapots <<\nIt is cheaper there."

    assert own_words(text, "en") == text


def test_the_rest_of_a_long_quoted_line_cut_by_the_client_stays_quoted() -> None:
    text = (
        f"Too slow.\n\n{ATTRIBUTION}\n> Your cart at Nordlys Té is still waiting for you and we\n"
        "kept it for a week\n> Nordlys"
    )

    assert own_words(text, "en") == "Too slow."


def test_a_message_forwarded_under_the_customers_note_is_not_their_words() -> None:
    # talon keeps a forward whole; Kurv keeps the customer's own words only.
    text = (
        "FYI, this is why I could not pay.\n\n---------- Forwarded message ----------\n"
        "From: Bank <no-reply@bank.example>\nDate: Tue, Sep 4, 2012 at 1:35 PM\n"
        "Subject: Declined\nTo: ada@example.com\n\nYour card was declined."
    )

    assert own_words(text, "en") == "FYI, this is why I could not pay."


# Signatures, devices, thanks --------------------------------------------------------------


@pytest.mark.parametrize(
    "device",
    [
        "Sent from my iPhone",
        "Sent wirelessly from my BlackBerry",
        "Enviado desde mi Samsung Galaxy",
        "Von meinem iPhone gesendet",
        "Inviato da iPhone",
        "Skickat från min iPad",
        "Lähetetty iPhonesta",
        "Lähetetty Samsung Galaxy -älypuhelimesta",
        "Lähetetty Samsung Galaxy -älypuhelimesta.",  # Samsung Email's own, with its full stop
        "Hanki Outlook for Android",
        "Skaffa Outlook för iOS",
        "Ottieni Outlook per iOS",
        "Sendt fra min Android-telefon",
        "Get Outlook for Android",
        "Diese Nachricht wurde von meinem Android-Mobiltelefon mit GMX Mail gesendet.",
        "Enviado do meu iPhone",
        "iPhoneから送信",
        "发自我的iPhone",
        "내 Galaxy에서 보냄",
        "Diese Nachricht wurde von meinem Android Mobiltelefon mit WEB.DE Mail gesendet.",
        "Odesláno z mého iPhonu",
        "Отправлено с iPhone",  # noqa: RUF001 (Russian: a Cyrillic es)
        "Sent via the Samsung Galaxy S™ III, an AT&T 4G LTE smartphone",
        "Sent from my Verizon, Samsung Galaxy smartphone",
    ],
)
def test_the_line_a_device_adds_is_dropped(device: str) -> None:
    assert own_words(f"Fragten er for dyr.\n\n{device}", "da") == "Fragten er for dyr."


@pytest.mark.parametrize(
    "sentence",
    [
        "Sent from my desk, which is easier than from my phone.",
        "Sent from my office, not my phone.",
    ],
)
def test_a_sentence_that_begins_like_a_device_line_is_kept(sentence: str) -> None:
    text = f"Another question.\n\n{sentence}"

    assert own_words(text, "en") == text


@pytest.mark.parametrize(
    "sign_off",
    [
        "Mit freundlichen Grüßen / Best regards",
        "Med venlig hilsen / Kind regards",
        "Tak og hilsen",
        "Vielen Dank und viele Grüße",
        "Grazie e cordiali saluti",
        "Many thanks and best regards",
        "Hilsen fra Ole",
        "Viele Grüße aus Hamburg",
        "Thanks in advance,",
        "Takk for hjelpen",
        "Tack så mycket",
        "På forhånd tak",
        "Venlige hilsner",
        "Beste hilsener",
        "Med hälsningar",
        "Cordialmente",
        "Mvg",
        "Ystävällisin terveisin",
        "Med hilsen",
        "Med helsing",
        "Terveisin",
        "Terv.",
        "Terkuin",
        "t.",
        "Kiitos ja terveisin",
        "Kiitos etukäteen",
        "Hyvää päivänjatkoa",
        # what mail-parser-reply's languages sign with: cs, es, fr, nl, pl, pt
        "Děkuji,",
        "Muchas gracias,",
        "Merci beaucoup,",
        "Bonne journée",
        "Dank u,",
        "Bedankt,",
        "Dziękuję,",
        "Obrigada,",
    ],
)
def test_sign_offs_as_people_combine_them_close_the_words(sign_off: str) -> None:
    assert own_words(f"Fragten er for dyr.\n\n{sign_off}\nAnna Berg", "da") == "Fragten er for dyr."


@pytest.mark.parametrize(
    "text",
    [
        "Tak for hjælpen\nJeg køber den andetsteds",
        "Thanks\nAda\nPS the blue one is nicer",
        "Thanks\nAda\nP.S. sold out",
        "Viele Grüße\nAnna\nIch bestelle nächste Woche",
        "Tak\nFor dyrt\nKøber andetsteds",
    ],
)
def test_a_sentence_under_a_sign_off_is_not_a_signature(text: str) -> None:
    text = f"Prisen er fin.\n\n{text}"

    assert own_words(text, "da") == text


@pytest.mark.parametrize("name", ["Mia Jensen", "Will", "Are Berg", "Min", "anna", "A. Berg"])
def test_a_name_that_is_also_a_word_is_still_a_signature(name: str) -> None:
    assert own_words(f"Prisen er fin.\n\nHilsen\n{name}", "da") == "Prisen er fin."


def test_a_thank_you_that_goes_on_into_a_sentence_is_kept() -> None:
    text = "Størrelsen passer.\n\nThanks for the quick reply but the price is still too high"

    assert own_words(text, "en") == text


@pytest.mark.parametrize("delimiter", ["-- ", "--", "__"])
def test_a_signature_under_its_delimiter_is_dropped(delimiter: str) -> None:
    text = f"The card was declined.\n\n{delimiter}\nAnna Berg\nBerg & Co., Vesterbro 4"

    assert own_words(text, "da") == "The card was declined."


@pytest.mark.parametrize("name", ["-Roman", "- Anna Berg", "/Ole"])
def test_a_name_signed_with_a_dash_is_dropped(name: str) -> None:
    assert own_words(f"The card was declined.\n\n{name}", "en") == "The card was declined."


@pytest.mark.parametrize("name", ["-roman", "- roman", "/ole"])
def test_a_name_signed_with_a_dash_in_lower_case_is_dropped(name: str) -> None:
    assert own_words(f"The card was declined.\n{name}", "en") == "The card was declined."


def test_the_senders_name_alone_under_a_sentence_with_capitals_is_dropped() -> None:
    # A sentence above it ("… Prisma Kalevassa.") is no line of a card.
    text = "Lähin on Prisma Kalevassa.\n\nSanna"

    assert own_words(text, "fi", "Sanna Heikkinen <s@example.fi>") == "Lähin on Prisma Kalevassa."


def test_a_short_form_of_the_senders_name_alone_is_dropped() -> None:
    text = "Die Erinnerungen könnt ihr stoppen.\n\nTobi"

    assert (
        own_words(text, "de", "Tobias Lang <t@example.de>") == "Die Erinnerungen könnt ihr stoppen."
    )


def test_the_senders_name_alone_under_an_interleaved_quote_is_dropped() -> None:
    text = (
        "Hi,\n\nOn Tue, 10 Jun 2025 at 08:15, Fjellrev <post@fjellrev.example> wrote:\n"
        "> Vi holder av varene.\n\nThat's fine.\n\n> Ullpledd, grå\n\nIn pounds?\n\n"
        "> Meld deg av\n\nHannah"
    )

    assert own_words(text, "en", "Hannah Price <h@example.com>") == (
        "Hi,\n\nThat's fine.\n\nIn pounds?"
    )


def test_a_horde_attribution_in_finnish_closes_the_quote() -> None:
    text = (
        "Lainaus Saaristo Koti <asiakaspalvelu@saaristo.example>:\n\n> Hei Pekka,\n\n"
        "Ei tarvitse säilyttää.\n\n> Yhteensä: 64,40 €"
    )

    assert own_words(text, "fi") == "Ei tarvitse säilyttää."


@pytest.mark.parametrize(
    "footer",
    [
        "Alpenhof Krüger GmbH · Sitz: Garmisch-Partenkirchen · Amtsgericht München HRB 123456"
        " · Geschäftsführer: Stefan Krüger",
        "Berg & Co. ApS · CVR 12345678 · Vestergade 4, 8000 Aarhus C · Moms: DK12345678",
        "Casa Salvia S.r.l. · P.IVA 01234567890 · REA MI-1234567 · Capitale sociale € 10.000",
    ],
)
def test_a_companys_registration_under_the_words_is_dropped(footer: str) -> None:
    text = f"Bitte senden Sie uns ein Angebot.\n\n{footer}"

    assert own_words(text, "de") == "Bitte senden Sie uns ein Angebot."


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ich bestelle nicht.\n\nIhr habt weder Sitz noch HRB-Nummer noch Geschäftsführer.", "de"),
        # A register's words by chance, and a number, but no register named.
        ("Hej!\n\nOrder 1234567 var på rea, moms ingick inte, säte kvar i Malmö.", "sv"),
    ],
)
def test_words_that_name_no_register_are_kept(text: str, language: str) -> None:
    assert own_words(text, language) == text


def test_a_name_apart_under_a_thank_you_sentence_is_dropped() -> None:
    # Signed under the thanks; "Danke\nAnna" right under it may thank Anna, and stays.
    text = "Tack för påminnelsen!\n\nKalle"

    assert own_words(text, "sv", "Karl Lindqvist <k@example.se>") == "Tack för påminnelsen!"


def test_a_tuta_attribution_with_a_bare_address_closes_the_quote() -> None:
    text = (
        "Thanks, but I've ordered one elsewhere.\n\n  JM\n\n"
        "  10 Mar 2025, 13:03 by kundeservice@tundra.example:\n\n  Your basket is waiting"
    )

    assert own_words(text, "en") == "Thanks, but I've ordered one elsewhere."


def test_a_sentence_ending_in_an_address_and_a_colon_is_kept() -> None:
    text = "Please send the invoice at 10:30 to anna@example.com:\nthe PDF is fine."

    assert own_words(text, "en") == text


@pytest.mark.parametrize("initials", ["F.R.", "J. B.", "KB", "ØJ"])
def test_initials_alone_on_the_last_line_are_dropped(initials: str) -> None:
    text = f"Kan I sende til Bornholm?\n\n{initials}"

    assert own_words(text, "da") == "Kan I sende til Bornholm?"
    assert quotes.signed_name(text, "da") == initials


@pytest.mark.parametrize("word", ["OK", "NEJ", "LOL"])
def test_a_word_in_capitals_on_the_last_line_is_kept(word: str) -> None:
    text = f"Jeg har fundet en anden.\n{word}"

    assert own_words(text, "da") == text


AVAST_LINK = (
    "<https://www.avast.com/sig-email?utm_medium=email&utm_source=link&utm_campaign=sig-email"
    "&utm_content=webmail>"
)


@pytest.mark.parametrize(
    "lines",
    [
        # Gmail's text of the Avast signature, and its HTML's in other languages
        f"{AVAST_LINK}\nVirus-free.www.avast.com\n{AVAST_LINK}\n"
        "<#DAB4FAD8-2DD7-40BB-A1B8-4E2AA1F9FDF2>",
        "Virenfrei. www.avast.com",
        "Privo di virus. www.avg.com",
    ],
)
def test_an_antivirus_signature_is_dropped_and_the_sign_off_above_it_too(lines: str) -> None:
    text = f"Hi there,\n\nIs it likely to go on sale soon?\n\nCheers,\nTom\n\n{lines}"

    assert own_words(text, "en") == "Hi there,\n\nIs it likely to go on sale soon?"


def test_a_sentence_about_an_antivirus_is_kept() -> None:
    text = "avast.com blocks your site when I pay"

    assert own_words(text, "en") == text


@pytest.mark.parametrize("text", ["I need:\n- blue", "I need:\n-Blue"])
def test_a_list_of_one_under_a_colon_is_not_a_signed_name(text: str) -> None:
    assert own_words(text, "en") == text


@pytest.mark.parametrize("rule", ["---", "----------------", "______"])
def test_a_signature_under_a_longer_rule_is_dropped(rule: str) -> None:
    card = "AM_LOGO_CLR\n\nAnna Berg\n\nBerg & Co.\n\nt. 555-931-0702\n\nhttp://example.com/"
    for signature in ("Roman", card):
        text = f"The card was declined.\n{rule}\n{signature}"
        assert own_words(text, "en") == "The card was declined."


def test_a_card_under_a_rule_is_dropped_though_its_address_reads_like_words() -> None:
    card = "Me Anna Berg\n\nAvocat\n\n12 rue du Bac, Paris\n\nt. +33 1 23 45 67 89\n\nexample.fr"
    text = f"The card was declined.\n\n----------------\n\n{card}"

    assert own_words(text, "en") == "The card was declined."


def test_words_under_a_rule_are_kept() -> None:
    text = "The card was declined.\n---\nCould you hold the cart until Friday?"

    assert own_words(text, "en") == text


def test_a_device_line_that_exclaims_is_dropped() -> None:
    text = "Blah.\n\n-Lev.\n\nSent from my HTC smartphone!"

    assert own_words(text, "en") == "Blah."
    assert own_words("Hey!\n\nSent from my iPhone!", "en") == "Hey!"


def test_what_closes_the_words_is_named_by_kind() -> None:
    assert signatures.is_sign_off("Regards, Roman")
    assert signatures.is_sign_off("Med venlig hilsen")
    assert not signatures.is_sign_off("Regards to your team, the parcel never came")
    assert signatures.is_signed_name("-roman")
    assert not signatures.is_signed_name("- two cups")
    assert signatures.is_delimiter("-- ")
    assert signatures.is_delimiter("________")
    assert not signatures.is_delimiter("- item")
    assert signatures.is_device_line("Sent from my iPhone")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi. I am fine.\n\nThanks,\nAlex", "Alex"),
        ("Test reply\n\nRegards, Roman", "Roman"),
        ("The card was declined.\n\n-Abhishek Kona", "Abhishek Kona"),
        ("Dyrt.\n\nMed venlig hilsen\n\nKaren Holm, Indkøber\nTlf. 86 12 34 56", "Karen Holm"),
        ("The card was declined.\n\n-- \nAnna Berg\nBerg & Co.", "Anna Berg"),
        ("Too slow for me.\n\nBest regards,\nThe Berg family", ""),
        ("Too slow for me.\n\nSent from my iPhone", ""),
        ("Too slow for me.\n\nThanks Anna", ""),  # thanking Anna, not signed by her
        ("Too slow for me.\n\nTak Anna\nMia", "Mia"),
        ("Too slow for me.\n\n----------------\nLOGO_1\nAnna Berg\nwww.berg.example", ""),
        ("Too slow for me.", ""),
        (f"Too slow.\n\n{ATTRIBUTION}\n> Thanks,\n> Nordlys", ""),
    ],
)
def test_the_name_the_customer_signed_with_is_read(text: str, name: str) -> None:
    assert quotes.signed_name(text, "en") == name


def test_the_last_item_of_a_list_is_not_a_signed_name() -> None:
    text = "I wanted two things:\n- Blue Teapot\n- Green Cup"

    assert own_words(text, "en") == text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tak", "da"),
        ("Tak Anna", "da"),
        ("Thanks Anna", "en"),
        ("Tusen takk!", "nb"),
        ("Grazie mille", "it"),
        ("Danke\nAnna", "de"),
        ("Merci beaucoup", "en"),
        ("Gracias", "en"),
    ],
)
def test_a_reply_that_is_only_a_thank_you_keeps_it(text: str, language: str) -> None:
    assert own_words(f"{text}\n\n{ATTRIBUTION}\n> Your cart", language) == text


def test_a_thank_you_under_words_is_still_a_sign_off() -> None:
    assert own_words("Kortet blev afvist.\n\nTak\nAnna", "da") == "Kortet blev afvist."


CARDS = {
    "da": "Med venlig hilsen\n\nKaren Holm\nIndkøber\n\nHolm Design ApS\nStrandvejen 40\n"
    "8000 Aarhus C\nTlf.: +45 86 12 34 56\nMobil: +45 20 30 40 50\nwww.holmdesign.dk",
    "de": "Viele Grüße\nJonas Weber\nEinkauf | Weber Möbel GmbH | Hafenstraße 3 | 20457 Hamburg\n"
    "T +49 40 555 0100 | F +49 40 555 0101",
    "it": "Cordiali saluti\nGiulia Conti\nResponsabile acquisti per negozi e magazzino centrale\n"
    "Conti Casa S.r.l.",
    "en": "Kind regards,\nTom Reid\n[cid:logo.png@01DA0000.11112222]\nHead of Buying, Reid "
    "Interiors Ltd.\nPhone: +44 20 7946 0958",
    "cs": "S pozdravem\nJan Novák\nNovák a syn s.r.o.\n+420 601 123 456",
    "pl": "Pozdrawiam\nJan Kowalski\nKowalski Meble Sp. z o.o.\ntel. +48 22 123 45 67",
    "pt": "Atenciosamente,\nJoão Silva\nSilva Casa Ltda.\nTel: +55 11 3456-7890",
}


@pytest.mark.parametrize("language", sorted(CARDS))
def test_a_business_card_under_the_sign_off_is_dropped(language: str) -> None:
    text = f"We ordered elsewhere in the end.\n\n{CARDS[language]}"

    assert own_words(text, language) == "We ordered elsewhere in the end."


def test_words_under_a_sign_off_and_a_name_are_kept_when_they_are_a_sentence() -> None:
    text = "The size was wrong.\n\nThanks,\nAda\nCould you hold the cart until Friday?"

    assert own_words(text, "en") == text


# Disclaimers --------------------------------------------------------------------------------

DISCLAIMERS = {
    "en": "This e-mail and any attachments are confidential and may be privileged. If you are "
    "not the intended recipient, please notify the sender and delete it.",
    "da": "Denne e-mail er fortrolig og kun tiltænkt modtageren. Har du modtaget den ved en "
    "fejl, bedes du give afsenderen besked og slette den.",
    "nb": "Denne e-posten kan inneholde konfidensiell informasjon. Dersom du ikke er rette "
    "mottaker, ber vi deg varsle avsender og slette meldingen.",
    "sv": "Detta meddelande är konfidentiellt och endast avsett för mottagaren. Om du har "
    "fått det felaktigt, kontakta avsändaren och radera det.",
    "de": "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige "
    "Empfänger sind, informieren Sie bitte den Absender; die Weitergabe ist untersagt.",
    "fi": "Tämä viesti on luottamuksellinen ja tarkoitettu ainoastaan vastaanottajalle. Jos "
    "olet saanut sen erehdyksessä, ilmoita lähettäjälle ja poista viesti.",
    "it": "Le informazioni contenute in questo messaggio sono riservate e destinate "
    "esclusivamente al destinatario. Se lo avete ricevuto per errore, avvisate il mittente.",
}


@pytest.mark.parametrize("language", sorted(DISCLAIMERS))
@pytest.mark.parametrize("lines", [1, 12])
def test_a_disclaimer_under_the_signature_is_dropped_whatever_its_length(
    language: str, lines: int
) -> None:
    disclaimer = "\n".join([DISCLAIMERS[language]] * lines)
    text = f"The shipping is too expensive.\n\nRegards\nAnna Berg\nBerg & Co.\n\n{disclaimer}"

    assert own_words(text, language) == "The shipping is too expensive."


def test_a_headed_disclaimer_in_paragraphs_is_dropped() -> None:
    text = (
        "Prisen var for høj.\n\nMvh\nOle\n\nANSVARSFRASKRIVELSE\n\n"
        + DISCLAIMERS["da"]
        + "\n\n"
        + DISCLAIMERS["en"]
    )

    assert own_words(text, "da") == "Prisen var for høj."


def test_the_external_sender_banner_under_the_signature_is_dropped() -> None:
    banner = (
        "CAUTION: This email originated from outside of the organization. Do not click links "
        "or open attachments unless you recognize the sender."
    )

    assert own_words(f"Too slow for me.\n\nThanks,\nJohn\n\n{banner}", "en") == "Too slow for me."


@pytest.mark.parametrize(
    "banner",
    [
        "CAUTION: This email originated from outside of the organization. Do not click links "
        "or open attachments unless you recognize the sender.",
        "ACHTUNG: Diese E-Mail stammt von einem externen Absender. Klicken Sie nicht auf Links, "
        "wenn Sie den Absender nicht kennen; sie kam von außerhalb der Organisation.",
    ],
)
def test_a_mail_servers_banner_above_the_words_is_dropped(banner: str) -> None:
    assert own_words(f"{banner}\n\nToo slow for me.", "en") == "Too slow for me."


def test_a_customers_first_paragraph_about_links_is_kept() -> None:
    text = "Should I open attachments from an external sender? Your link looked odd.\n\nAnyway."

    assert own_words(text, "en") == text


@pytest.mark.parametrize(
    "paragraph",
    [
        "Er mine oplysninger fortrolige? Jeg vil ikke have, at afsenderen deler dem.",
        "Bliver det holdt fortroligt over for afsenderen.",
    ],
)
def test_a_customers_paragraph_about_confidentiality_is_kept(paragraph: str) -> None:
    text = f"Prisen er fin.\n\n{paragraph}"

    assert own_words(text, "da") == text


def test_words_about_confidentiality_in_the_first_paragraph_are_kept() -> None:
    text = "Is my address kept confidential? I do not want it shared with the sender of ads."

    assert own_words(text, "en") == text


# HTML ----------------------------------------------------------------------------------------


def test_a_rule_above_a_bold_header_block_ends_the_words() -> None:
    html = (
        "<div>Too expensive, sorry.</div><div><hr></div><div><b>From:</b> Nordlys<br>"
        "<b>Date:</b> 3 Dec 2026</div><div>Your cart is waiting</div>"
    )

    assert read_reply(message(html.encode(), "text/html")).text == "Too expensive, sorry."


def test_outlook_for_macs_quoted_section_ends_the_words() -> None:
    html = (
        "<div>Fragten er for dyr.</div><span id='OLK_SRC_BODY_SECTION'><div><b>Fra:</b> "
        "Nordlys</div><div>Din kurv venter</div></span>"
    )

    assert read_reply(message(html.encode(), "text/html")).text == "Fragten er for dyr."


def test_a_reply_indented_whole_in_a_blockquote_keeps_its_words() -> None:
    html = (
        "<blockquote>Prisen er for høj.<br>Den 3. dec. 2026 kl. 10.12 skrev Nordlys &lt;"
        "reply@replies.example&gt;:<blockquote>Din kurv venter</blockquote></blockquote>"
    )

    assert read_reply(message(html.encode(), "text/html")).text == "Prisen er for høj."


def test_a_reply_that_is_only_a_cited_quote_has_no_words() -> None:
    html = "<blockquote type='cite'>Din kurv venter</blockquote>"

    assert read_reply(message(html.encode(), "text/html")).text == ""


def test_an_indented_passage_above_the_attribution_is_the_customers() -> None:
    html = (
        "<div>Your page says:</div><blockquote>Delivery in 2 days</blockquote><div>It took 9."
        "</div><div>On Thu, 3 Dec 2026 at 10:12, Nordlys &lt;reply@replies.example&gt; wrote:"
        "</div><blockquote><div>Your cart is waiting</div></blockquote>"
    )

    words = read_reply(message(html.encode(), "text/html")).text
    assert " ".join(words.split()) == "Your page says: Delivery in 2 days It took 9."


def test_plain_blockquotes_between_inline_answers_stay_quotes() -> None:
    html = (
        "<div>On Thu, 3 Dec 2026, Nordlys wrote:</div><blockquote>Was the size right?</blockquote>"
        "<div>No.</div><blockquote>Was delivery fast?</blockquote><div>Too slow.</div>"
    )

    words = read_reply(message(html.encode(), "text/html")).text
    assert " ".join(words.split()) == "No. Too slow."


def test_windows_mails_bordered_header_block_ends_the_words() -> None:
    html = (
        "<div>Fragten er for dyr.</div><div style='padding-top: 5px; border-top-color: "
        "rgb(229, 229, 229); border-top-width: 1px; border-top-style: solid;'><b>Fra:</b> "
        "Nordlys<br><b>Sendt:</b> 3. december 2026</div><div>Din kurv venter</div>"
    )

    assert read_reply(message(html.encode(), "text/html")).text == "Fragten er for dyr."


def test_a_rule_between_the_customers_paragraphs_is_kept() -> None:
    html = "<div>Two things.</div><hr><div>The card was declined.</div>"

    words = read_reply(message(html.encode(), "text/html")).text
    assert " ".join(words.split()) == "Two things. The card was declined."


# Malformed messages ---------------------------------------------------------------------------


@pytest.mark.parametrize("body", ["Tak", "Fragten er for dyr.\nHilsen Bo", "Prisen"])
def test_plain_text_declared_base64_is_read_as_it_is(body: str) -> None:
    reply = read_reply(message(body.encode(), encoding="base64"))

    assert reply.text == body.split("\n", maxsplit=1)[0]
    assert any("base64" in problem for problem in reply.problems)


def test_quoted_printable_declared_as_8bit_is_decoded() -> None:
    body = (
        b"Fragten er for dyr, synes jeg.\n\nDen 3. dec. 2026 kl. 10.12 skrev Nordlys T=C3=A9 "
        b"<reply@replies.example>=\n:\n\n> Din kurv venter"
    )

    reply = read_reply(message(body))

    assert reply.text == "Fragten er for dyr, synes jeg."
    assert any("quoted-printable" in problem for problem in reply.problems)


def test_a_text_with_an_equals_sign_of_its_own_is_not_taken_for_quoted_printable() -> None:
    body = "Rabatkoden gav 10=C3 i stedet for =\n20 kr, og 2+2=4."

    assert read_reply(message(body.encode())).text == body


# Linear in the message's size --------------------------------------------------------------

LONG_LINES = [">", " ", "-", "a", "> ", "ab ", "On ", "=", "_", "\u00a0", "1:", "<@"]
LONG_LINES += ["Fra: ", "Tak og hilsen ", "| +45 12 ", "=C3=A6=\n", "CAUTION: external sender "]
WELL_UNDER_THE_BUDGET = 1.0  # seconds; the suites ask for 2


def _seconds(read: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        read(text)
        best = min(best, time.perf_counter() - start)
    return best


def _grows_linearly(read: Callable[[str], object], piece: str) -> None:
    small = "Too expensive.\n" + piece * (256_000 // len(piece)) + "\nOn Mon, Nordlys wrote:"
    large = "Too expensive.\n" + piece * (1_024_000 // len(piece)) + "\nOn Mon, Nordlys wrote:"
    quarter, whole = _seconds(read, small), _seconds(read, large)
    # 4 times the size in less than 10 times the time: a quadratic reading takes 16 times,
    # and a busy machine's noise stays under it (a floor for timer noise too).
    assert whole < 10 * max(quarter, 0.05), (piece, quarter, whole)


def test_766_kb_of_quote_marks_read_well_under_the_budget() -> None:
    body = b"Too expensive.\n\n" + b">" * 766_000 + b"\nI paid by card."

    start = time.perf_counter()
    read_reply(message(body))
    assert time.perf_counter() - start < WELL_UNDER_THE_BUDGET


@pytest.mark.parametrize("piece", LONG_LINES)
def test_a_40000_character_line_reads_well_under_the_budget(
    piece: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quotes, "MAX_TEXT_CHARS", 2_000_000)  # the rules, not the bound
    text = "Too expensive.\n" + piece * (40_000 // len(piece)) + f"\n\n{ATTRIBUTION}\n> Your cart"

    start = time.perf_counter()
    own_words(text, "en")
    assert time.perf_counter() - start < WELL_UNDER_THE_BUDGET


@pytest.mark.parametrize("piece", LONG_LINES)
def test_a_megabyte_line_reads_in_linear_time(piece: str) -> None:
    _grows_linearly(lambda text: read_reply(message(text.encode())), piece)


@pytest.mark.parametrize("piece", LONG_LINES)
def test_the_quote_rules_alone_are_linear_in_a_long_line(
    piece: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without the bound on the text they read, the rules themselves must stay linear.
    monkeypatch.setattr(quotes, "MAX_TEXT_CHARS", 2_000_000)
    _grows_linearly(lambda text: own_words(text, "en"), piece)


def test_a_finnish_reply_loses_its_attribution_signature_and_device_line() -> None:
    text = (
        "Toimituskulut olivat liian kalliit.\n\nt. Matti\n\nLähetetty iPhonesta\n\n"
        "Ke 3. jouluk. 2026 klo 10.12 Nordlys Té <reply@replies.example> kirjoitti:\n"
        "> Hei Matti!"
    )

    assert own_words(text, "fi") == "Toimituskulut olivat liian kalliit."


def test_an_outlook_original_message_separator_in_finnish_closes_the_quote() -> None:
    text = "Maksu ei mennyt läpi.\n\n-----Alkuperäinen viesti-----\nTilauksesi maksu ..."

    assert own_words(text, "fi") == "Maksu ei mennyt läpi."
