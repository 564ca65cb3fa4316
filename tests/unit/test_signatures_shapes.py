"""A signature no sign-off opens (a business card under the customer's words) is cut by what
its lines look like, in the languages Kurv reads; the customer's own last lines, an address
they give and a paragraph of theirs are not. Shapes, names and companies are our own."""

from __future__ import annotations

import time

import pytest

from kurv.replies.inbound import read_reply
from kurv.replies.quotes import own_words
from kurv.replies.signature_cards import card_start, sender_names


def message(sender: str, body: str) -> bytes:
    return (
        f"From: {sender}\r\nTo: reply+nordlys-8f3k2q9x@replies.example\r\n"
        "Subject: Re: your cart\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: 8bit\r\n\r\n{body}"
    ).encode()


@pytest.mark.parametrize(
    ("words", "card", "language"),
    [
        (
            "The shipping was too expensive for me.",
            "Priya Raman\nHead of Purchasing\nLarkspur Interiors Ltd\n+44 20 7946 0321",
            "en",
        ),
        (
            "Jeg fandt den billigere et andet sted.",
            "Mikkel Sørensen\nIndkøber, Havtorn Møbler ApS\nTlf. 31 42 53 64\nhavtorn-moebler.dk",
            "da",
        ),
        (
            "Die Lieferzeit ist mir zu lang.",
            "Katrin Vogel\nGeschäftsführerin\nVogel & Sohn GmbH\nkatrin@vogel-sohn.example",
            "de",
        ),
        (
            "Il codice sconto non funziona.",
            "Giulia Ferri\nTitolare\nFerri Ceramiche S.r.l.\n+39 055 123 4567",
            "it",
        ),
        (
            "Toimitus oli liian kallis.",
            "Matti Virtanen\nToimitusjohtaja\nVirtasen Puu Oy\n040 123 4567",
            "fi",
        ),
        (
            "Priset var för högt.",
            "Tove Lindqvist\nInköpare | Lindqvist Inredning AB\nwww.lindqvist.example",
            "sv",
        ),
    ],
)
def test_a_card_with_no_sign_off_closes_the_words(words: str, card: str, language: str) -> None:
    assert own_words(f"{words}\n\n{card}", language) == words


def test_a_card_directly_under_the_words_is_cut_from_them() -> None:
    text = "Can you hold the lamp until Friday\nOskar Brandt\nBrandt Lighting Inc\n+1 415 555 0142"

    assert own_words(text, "en") == "Can you hold the lamp until Friday"


def test_a_card_whose_name_is_on_a_paragraph_of_its_own_is_cut_whole() -> None:
    text = "Too pricey for us.\n\nLena Park\n\nPark Studio Inc\n+1 415 555 0199"

    assert own_words(text, "en") == "Too pricey for us."


def test_the_senders_own_name_tells_a_card_that_has_nothing_else() -> None:
    body = "Priset var för högt.\n\nTove Lindqvist\nLindqvist Inredning\n"

    signed = read_reply(message("Tove Lindqvist <tove@lindqvist.example>", body))
    unknown = read_reply(message("Saga Holm <saga@holm.example>", body))

    assert signed.text == "Priset var för högt."
    assert unknown.text == body.strip()


def test_the_address_part_of_the_sender_names_them_too() -> None:
    body = "Zu teuer.\n\nJonas\nBüro Nord\n"

    assert read_reply(message("jonas@nord.example", body)).text == "Zu teuer."


def test_a_role_mailbox_and_the_domain_name_no_one() -> None:
    names = sender_names("Ada Hansen <info@nordlys.example>")

    assert {"Ada", "Hansen"} <= names
    assert not names & {"info", "Info", "nordlys", "Nordlys", "example"}


def test_a_short_last_line_of_the_customers_stays() -> None:
    text = "Can I pay by invoice instead?\n\nCall 40 12 34 56 after five"

    assert own_words(text, "en") == text


def test_capitalised_lines_alone_are_no_card() -> None:
    text = "Where do you ship from?\n\nCopenhagen Central Station\nNorth Entrance"

    assert own_words(text, "en") == text


def test_dates_are_no_phone_numbers() -> None:
    text = "The parcel came late.\n\nOrdered 2026-11-30\nArrived 2026-12-04"

    assert own_words(text, "en") == text


def test_an_address_the_customer_gives_stays() -> None:
    body = "Please send it to:\nAnna Berg\nVestergade 12\n8000 Aarhus C\nTlf. 20 30 40 50\n"

    assert read_reply(message("Anna Berg <anna@berg.example>", body)).text == body.strip()


def test_a_paragraph_of_words_ending_in_an_address_is_not_the_cards() -> None:
    text = (
        "Deliver to\n14 Rue Clément\n75006 Paris\n\n"
        "Marc Dubois\nGérant, Dubois SARL\n+33 1 42 68 53 00"
    )

    assert own_words(text, "fr") == "Deliver to\n14 Rue Clément\n75006 Paris"


def test_a_name_alone_under_a_long_line_is_left_to_the_sign_off_rules() -> None:
    body = (
        "Please call me back.\n\nThanks in advance,\n"
        "this is a longer line of text that does not look like any signature\nMaja\n"
    )

    assert read_reply(message("Maja Holt <maja@holt.example>", body)).text == body.strip()


def test_a_block_that_is_all_card_is_what_they_sent() -> None:
    text = "Nina Falk\nFalk Keramik ApS\n+45 22 33 44 55"

    assert own_words(text, "da") == text


def test_a_paragraph_above_joins_the_card_only_when_it_is_all_card() -> None:
    lines = ["Hi,", "", "The size is wrong", "Vera Lind", "", "Lind Textil AB", "+46 8 123 456"]

    assert card_start(lines) == 5


def test_looking_for_a_card_stays_linear() -> None:
    text = "Too dear.\n\n" + "Anna Berg\nBerg ApS\n\n" * 20_000

    start = time.perf_counter()
    own_words(text, "en")

    assert time.perf_counter() - start < 0.5


def test_no_paragraph_above_one_of_words_joins_the_card() -> None:
    lines = [
        "Kind words here.",
        "",
        "Nordic Home",
        "",
        "Please send it",
        "Oslo Gate 4",
        "",
        "Eva Lund",
        "Lund AS",
        "+47 22 33 44 55",
    ]

    assert card_start(lines) == 7


@pytest.mark.parametrize("line", ["Creative Director", "rosa@kimstudio.example"])
def test_a_title_and_an_email_address_are_a_cards(line: str) -> None:
    text = f"The colour is not what I expected.\n\nRosa Kim\n{line}\nKim Studio Ltd"

    assert own_words(text, "en") == "The colour is not what I expected."


def test_three_plain_lines_in_a_row_end_the_card() -> None:
    text = (
        "Hi,\nNorth Wing Office\nsecond floor\nback entrance\nnear the lift\n"
        "Paula Rey\nRey Interiors Ltd\n+34 91 123 4567"
    )

    assert own_words(text, "en") == text.split("\nPaula Rey", maxsplit=1)[0]


def test_a_sentence_with_a_full_stop_ends_the_card() -> None:
    text = (
        "Hi,\nOrder 4471 from Berg Studio\nPlease cancel the whole order.\n"
        "Anna Berg\nBerg ApS\n+45 20 30 40 50"
    )

    assert own_words(text, "da") == text.split("\nAnna Berg", maxsplit=1)[0]


@pytest.mark.parametrize("name", ["--Kasper", "-- Kasper Holm", "-Kasper"])
def test_a_name_signed_with_one_or_two_dashes_closes_the_words(name: str) -> None:
    assert own_words(f"Is it still in stock?\n\n{name}", "en") == "Is it still in stock?"


def test_a_cards_parts_side_by_side_are_a_cards() -> None:
    text = "Fine by me.\n\nKasper Holm\nSoftware Engineer\nHolm Labs | Aarhus"

    assert own_words(text, "en") == "Fine by me."


@pytest.mark.parametrize(
    "sign_off", ["Talk soon,", "Warm wishes,", "Hugs,", "Thanks again for everything,"]
)
def test_a_sign_off_of_any_words_is_told_by_its_shape(sign_off: str) -> None:
    text = f"Please cancel my order.\n\n{sign_off}\nKasper Holm"

    assert own_words(text, "en") == "Please cancel my order."


def test_a_greeting_is_no_sign_off() -> None:
    assert own_words("Hi Kasper,\nKasper", "en") == "Hi Kasper,\nKasper"


@pytest.mark.parametrize("line", ["I agree,", "We think so too,"])
def test_a_sentence_begun_is_no_sign_off(line: str) -> None:
    text = f"The blue one is nicer.\n\n{line}\nKasper"

    assert own_words(text, "en") == text


def test_the_senders_name_alone_on_its_last_paragraph_is_their_signature() -> None:
    body = "Please cancel.\n\nKasper Holm\n"
    sender = "Kasper Holm <kasper@holm.example>"

    assert read_reply(message(sender, body)).text == "Please cancel."
    assert read_reply(message(sender, "Please cancel.\nKasper\n")).text == "Please cancel.\nKasper"
    assert read_reply(message("Ida Berg <ida@berg.example>", body)).text == body.strip()


@pytest.mark.parametrize(
    "signature",
    [
        "-\nKasper Holm",
        "==========\nKasper Holm\nHolm Labs",
        "****************\nKasper Holm\n****************",
    ],
)
def test_a_card_under_a_lone_dash_or_in_a_frame_closes_the_words(signature: str) -> None:
    assert own_words(f"Still waiting for the refund.\n\n{signature}", "en") == (
        "Still waiting for the refund."
    )


def test_words_under_a_rule_of_stars_stay() -> None:
    text = "Two things:\n\n**********\nThe lid is cracked and I want my money back."

    assert own_words(text, "en") == text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Works now.\nThanks for your patience.\n--\nThanks\nKasper",
            "Works now.\nThanks for your patience.",
        ),
        (
            "Works now.\nThank you for the quick fix.\n\nKasper",
            "Works now.\nThank you for the quick fix.",
        ),
        ("Works now.\n\nThanks for everything,\nKasper", "Works now."),
    ],
)
def test_a_thank_you_written_as_a_sentence_is_the_customers(text: str, words: str) -> None:
    assert own_words(text, "en") == words


def test_numbers_alone_are_no_card() -> None:
    text = "Hej\n\nRing venligst på 20 30 40 50\n\nOrdre 12345678"

    assert own_words(text, "da") == text


@pytest.mark.parametrize("sign_off", ["Thx!", "Cheers", "Mvh"])
def test_a_sign_off_over_a_name_signed_with_a_dash_goes_with_it(sign_off: str) -> None:
    assert own_words(f"Is it back in stock?\n\n{sign_off}\n-Kasper", "en") == (
        "Is it back in stock?"
    )


def test_a_sign_off_word_alone_above_a_dashed_name_stays_when_it_is_all_they_wrote() -> None:
    assert own_words("Thanks\n-Kasper", "en") == "Thanks"
