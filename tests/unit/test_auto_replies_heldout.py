"""The held-out replies of tests/replies/heldout/, written before the patterns were read:
every auto-reply is recognised (and never read as a customer's reason), and no
customer's reply is taken for one, whatever it says about holidays or tickets."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from kurv.replies.inbound import Reply, read_reply

HELDOUT = Path(__file__).parents[1] / "replies" / "heldout"
EXPECTED: dict[str, dict[str, object]] = json.loads((HELDOUT / "expected.json").read_text())
AUTOMATIC = sorted(name for name, expect in EXPECTED.items() if expect["auto"])
CUSTOMERS = sorted(name for name, expect in EXPECTED.items() if not expect["auto"])


def _read(name: str) -> Reply:
    language = str(EXPECTED[name]["language"])
    return read_reply((HELDOUT / f"{name}.eml").read_bytes(), language_hint=language)


@pytest.mark.parametrize("name", AUTOMATIC)
def test_an_auto_reply_is_recognised_and_gives_no_reason(name: str) -> None:
    reply = _read(name)

    assert reply.auto_reply, reply.subject
    assert reply.auto_reply_rule
    assert reply.reason == "other"


@pytest.mark.parametrize("name", CUSTOMERS)
def test_a_customer_reply_is_not_taken_for_automatic(name: str) -> None:
    reply = _read(name)

    assert not reply.auto_reply, reply.auto_reply_rule


def test_the_set_is_broad_enough() -> None:
    languages = {str(EXPECTED[name]["language"]) for name in AUTOMATIC}
    assert len(AUTOMATIC) >= 35
    assert len(CUSTOMERS) - sum(name.startswith("discl") for name in CUSTOMERS) >= 20
    assert languages == {"da", "nb", "sv", "fi", "de", "it", "en"}


def _message(subject: str, words: str) -> bytes:
    message = EmailMessage()
    message["From"] = "someone@example.net"
    message["To"] = "reply+shop-8f3k2q9x@replies.kurv.example"
    message["Subject"] = subject
    message.set_content(words)
    return bytes(message)


# Beyond the held-out set: the same word families' other members, and receipts' other shapes.
@pytest.mark.parametrize(
    ("subject", "words"),
    [
        ("In ferie", "Sono in ferie fino al 6 gennaio e leggo la posta al rientro."),
        ("Away until 4 January", "Back on Monday, with no email until then."),
        ("Automatisk kvittering", "Tak for din mail, vi svarer inden for to hverdage."),
        ("Semesterhälsning", "Jag är tillbaka den 11 januari."),
        ("Poissaoloilmoitus", "Olen poissa 2.1. alkaen, vastaan palattuani."),
        ("Re: Din sag [#48213]", "Din henvendelse er modtaget, og vi vender tilbage snart."),
        ("Sagsnr. 4711", "Vi har taget imod din henvendelse og svarer snarest."),
        ("Ärendenummer 88231", "Ditt ärende har tagits emot. Vi svarar inom två dagar."),
        ("Saksnummer 20931", "Henvendelsen din er mottatt, og vi svarer så snart vi kan."),
        ("Vorgang 20931", "Ihre Nachricht ist bei uns eingegangen."),
        ("Richiesta n. 7781", "La sua richiesta è stata ricevuta, le risponderemo presto."),
        ("Tikettinumero 55102", "Viestisi on vastaanotettu. Vastaamme pian."),
        ("Your request has been received", "Your request has been received, thank you."),
        ("Request received: Re: Your cart", "Someone from our team will be in touch."),
        ("Eingangsbestätigung", "Vielen Dank, wir melden uns bald."),
        ("Kvittering for modtagelse", "Tak, vi vender tilbage."),
        ("Mottakskvittering", "Takk, vi svarer snart."),
        ("Mottagningsbekräftelse", "Tack, vi återkommer."),
        ("Conferma di ricezione", "Grazie, la ricontatteremo."),
        ("Vastaanottokuittaus", "Kiitos, palaamme asiaan."),
    ],
)
def test_more_auto_replies_of_the_same_families(subject: str, words: str) -> None:
    reply = read_reply(_message(subject, words))

    assert (reply.auto_reply, reply.reason) == (True, "other"), subject


@pytest.mark.parametrize(
    ("subject", "words"),
    [
        ("Re: Du har glemt noget i kurven", "Din mail er modtaget, tak. Men fragten er for dyr."),
        ("Re: Ticket-Nr. 2026-11873", "Noch keine Antwort. Der Gutschein funktioniert nicht."),
        ("Re: Order (10234)", "Is the scarf back in stock? The page says sold out."),
        ("Sv: Du har glömt något", "Jag har semester nu men beställer när jag är hemma."),
    ],
)
def test_a_receipts_words_or_a_ticket_alone_are_a_customers(subject: str, words: str) -> None:
    reply = read_reply(_message(subject, words))

    assert not reply.auto_reply, reply.auto_reply_rule


# Away or on leave, in the words and compounds the seven languages use for it.
@pytest.mark.parametrize(
    "subject",
    [
        "Automatische Abwesenheitsnotiz",
        "Ferienabwesenheit",
        "Außer Haus bis 4.1.",
        "Im Urlaub",
        "Betriebsferien",
        "Elternzeit",
        "Assenza",
        "Sono in ferie",
        "Autorisposta",
        "Sommerferie",
        "Juleferie til 4. januar",
        "Ikkje på kontoret",
        "Barselsorlov",
        "Permisjon",
        "Inte på kontoret",
        "Föräldraledig",
        "Tjänstledig",
        "Kesäloma",
        "Vuosiloma 2.1. asti",
        "Vacation",
        "On holiday",
        "Holiday notice",
        "Annual leave",
        "Automatic response: Your cart",
        "Autoresponder",
        "OOO: Re: Your cart",
        "Fravær: Re: Ferie i Toscana ligger stadig i din kurv",
    ],
)
def test_an_away_subject_is_an_auto_reply(subject: str) -> None:
    reply = read_reply(_message(subject, "Tilbage 4. januar."))

    assert reply.auto_reply, subject


# A reminder's subject may lead with the product, and the customer answers it with "Re:".
@pytest.mark.parametrize(
    "subject",
    [
        "Re: Ferie i Toscana ligger stadig i din kurv",
        "Re: Barselsgave ligger stadig i din kurv",
        "Sv: Semesterväska ligger kvar i din varukorg",
        "SV: Sommerferie-kjole ligger fortsatt i handlekurven",
        "Vs: Kesäloma-kassi jäi odottamaan ostoskoriisi",
    ],
)
def test_a_product_in_the_answered_subject_is_not_an_away_notice(subject: str) -> None:
    reply = read_reply(_message(subject, "Er den også i blå? Jeg venter lidt med at bestille."))

    assert not reply.auto_reply, reply.auto_reply_rule


# An out-of-office notice under the reminder's own subject, with no header to tell it.
@pytest.mark.parametrize(
    "words",
    [
        "Tak for din mail. Jeg er på barsel og har ikke adgang til min mail. I akutte sager,"
        " ring til butikken.",
        "Hei, jeg er ute av kontoret og leser ikke e-post før 6. januar.",
        "Eg er ikkje på kontoret denne veka. E-posten din vert ikkje vidaresendt.",
        "Jag har semester till den 8 januari. Mejlet vidarebefordras inte.",
        "Olen poissa 8.1. asti enkä lue sähköpostia.",
        "Ich bin abwesend. In dringenden Fällen wenden Sie sich an unser Büro.",
        "Sono assente fino al 7 gennaio e non leggo la posta.",
        "Thanks for your email. I'm on leave and your message will not be forwarded.",
    ],
)
def test_an_out_of_office_notice_says_so_in_its_words(words: str) -> None:
    reply = read_reply(_message("Re: Din kurv", words))

    assert (reply.auto_reply, reply.reason) == (True, "other"), reply.text


@pytest.mark.parametrize(
    "words",
    [
        "I'm on holiday until Monday, I will order then.",
        "Jag är ledig i veckan men beställer på måndag.",
        "I have limited access to email on holiday, but the price is too high anyway.",
        "Ich bin im Urlaub, aber die Versandkosten sind mir zu hoch.",
    ],
)
def test_a_customer_away_says_one_thing_a_notice_says_two(words: str) -> None:
    reply = read_reply(_message("Re: Din kurv", words))

    assert not reply.auto_reply, reply.auto_reply_rule
