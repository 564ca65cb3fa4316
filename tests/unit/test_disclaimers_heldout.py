"""The held-out customer replies of tests/replies/heldout/ that carry a company's
confidentiality notice or a security banner: the customer's words are kept, the notice
is not (it is not what the customer said)."""

from __future__ import annotations

import json
import re
from email.message import EmailMessage
from pathlib import Path

import pytest

from kurv.replies.inbound import read_reply

HELDOUT = Path(__file__).parents[1] / "replies" / "heldout"
EXPECTED: dict[str, dict[str, str]] = {
    name: expect
    for name, expect in json.loads((HELDOUT / "expected.json").read_text()).items()
    if "drop" in expect
}


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text).casefold()


def _words(name: str) -> str:
    raw = (HELDOUT / f"{name}.eml").read_bytes()
    return _plain(read_reply(raw, language_hint=EXPECTED[name]["language"]).text)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_notice_is_not_kept_as_the_customers_words(name: str) -> None:
    words = _words(name)

    assert _plain(EXPECTED[name]["keep"]) in words
    assert _plain(EXPECTED[name]["drop"]) not in words


def test_the_set_is_broad_enough() -> None:
    assert len(EXPECTED) >= 20
    assert {EXPECTED[name]["language"] for name in EXPECTED} == {
        "da",
        "nb",
        "sv",
        "fi",
        "de",
        "it",
        "en",
    }


def _reply(words: str) -> bytes:
    message = EmailMessage()
    message["From"] = "someone@example.net"
    message["To"] = "reply+shop-8f3k2q9x@replies.kurv.example"
    message["Subject"] = "Re: Your cart"
    message.set_content(words)
    return bytes(message)


_SAID = "The delivery takes far too long for me, so I will wait."


# Beyond the held-out set: the same cue families in the other languages.
@pytest.mark.parametrize(
    "notice",
    [
        "AVVISO: questo messaggio proviene da un mittente esterno all'esterno"
        " dell'organizzazione. Non aprire allegati sconosciuti.",
        "Achtung: Diese Nachricht ist eine externe E-Mail. Klicken Sie nicht auf Links und"
        " öffnen Sie keine Anhänge, wenn Sie den Absender nicht kennen.",
        "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
        "Tänk på miljön innan du skriver ut detta mejl.",
        "Tenk på miljøet før du skriver ut denne e-posten.",
        "Pensa all'ambiente: stampa questa e-mail solo se necessario.",
        "Ajattele ympäristöä ennen kuin tulostat tämän viestin.",
        "Wir verarbeiten Ihre personenbezogenen Daten gemäß der Datenschutz-Grundverordnung."
        " Weitere Informationen finden Sie in unserer Datenschutzerklärung auf der Website.",
        "Käsittelemme henkilötietojasi EU:n tietosuoja-asetuksen mukaisesti. Lisätietoja siitä,"
        " miten ja miksi henkilötietojasi käsitellään, löydät verkkosivuiltamme osoitteesta"
        " yritys.fi/tietosuoja.",
        "Vi behandler dine personopplysninger i tråd med personvernforordningen. Les mer om"
        " hvordan vi behandler personopplysninger på nettsidene våre.",
        "We process your personal data under the General Data Protection Regulation. Read how"
        " we handle personal data in the privacy notice on our website.",
    ],
)
def test_a_notice_in_other_words_is_not_kept(notice: str) -> None:
    words = _plain(read_reply(_reply(f"{_SAID}\n\n{notice}\n")).text)

    assert _plain(_SAID) in words
    assert _plain(notice)[:30] not in words


def test_a_customer_who_writes_about_their_data_is_heard() -> None:
    said = (
        "I did not want to make an account, because I do not trust how shops process my"
        " personal data these days, GDPR or not, and your privacy policy is very long."
    )
    words = _plain(read_reply(_reply(f"Hello,\n\n{said}\n")).text)

    assert _plain(said) in words


# A disclaimer of one sentence is told by how it opens, in the seven languages.
@pytest.mark.parametrize(
    "notice",
    [
        "This email is confidential and may be privileged.",
        "Denne e-mail kan indeholde fortrolige oplysninger.",
        "Denne e-posten kan inneholde konfidensiell informasjon.",
        "Detta mejl kan innehålla konfidentiell information.",
        "Tämä viesti saattaa sisältää luottamuksellista tietoa.",
        "Diese E-Mail enthält vertrauliche Informationen.",
        "Questo messaggio contiene informazioni riservate.",
        "Denne e-posten er kun ment for mottakeren og kan inneholde taushetsbelagt informasjon."
        " Har du mottatt den ved en feil, ber vi deg slette den.",
    ],
)
def test_a_short_notice_under_the_words_is_not_kept(notice: str) -> None:
    words = _plain(read_reply(_reply(f"{_SAID}\n\n{notice}\n")).text)

    assert words == _plain(_SAID)


@pytest.mark.parametrize(
    "banner",
    [
        "[EXTERN] Diese Nachricht kommt von außerhalb der Organisation.",
        "[EXTERNAL] This message came from outside the organization.",
    ],
)
def test_a_tagged_banner_above_the_words_is_not_kept(banner: str) -> None:
    words = _plain(read_reply(_reply(f"{banner}\n\n{_SAID}\n")).text)

    assert words == _plain(_SAID)


def test_a_customer_who_opens_a_paragraph_with_this_message_is_heard() -> None:
    said = "This message is my last: the price is too high."
    words = _plain(read_reply(_reply(f"{_SAID}\n\n{said}\n")).text)

    assert _plain(said) in words
