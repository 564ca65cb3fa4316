"""Auto-replies told by their words' evidence (kurv.replies.word_evidence's second model,
asked last by kurv.replies.inbound): notices no rule names, and the customers it must not
take for one."""

from __future__ import annotations

import pytest

from kurv.replies import word_evidence
from kurv.replies.inbound import AUTO_EVIDENT, read_reply
from kurv.replies.word_evidence import AUTO_MODEL, auto_model
from kurv_tools.measure import word_evidence as build
from kurv_tools.measure.reason_corpus import samples
from reply_mail import reply_message


@pytest.mark.slow  # every labelled message read (its own words only): some 10 s
def test_the_shipped_auto_model_is_built_from_the_corpora_as_they_are() -> None:
    assert AUTO_MODEL.read_text(encoding="utf-8") == build.built_auto().as_json(), (
        "run python -m kurv_tools.measure.word_evidence --write"
    )


def test_the_auto_model_learns_no_set_aside_reply() -> None:
    visible = [sample for sample in samples() if not sample.held_out]
    labelled = list(build.labelled_messages())
    assert sum(auto_model().replies) == len(visible) + len(labelled)


# Notices in words no auto-reply rule names: a clinic's, an insurer's, a sales rep's, an
# admissions office's, a studio's, an office's hours, a parish office's.
@pytest.mark.parametrize(
    ("subject", "words"),
    [
        (
            "Re: Din kurv",
            "Tak for din henvendelse til Dyreklinikken Øst. Akutte tilfælde: ring vagttelefonen "
            "70 20 30 40. Øvrige henvendelser besvares af vores sekretariat.",
        ),
        (
            "Re: Handlekurven",
            "Kontoret er betjent mandag til fredag 08.00-15.30. Ved skade utenom kontortid, "
            "kontakt vakttelefonen. Skademelding sendes via Min side.",
        ),
        (
            "AW: Warenkorb",
            "Vielen Dank für Ihre Nachricht. Ich bin derzeit im Außendienst. Ihre Anfrage wird "
            "von unserem Innendienst bearbeitet, Tel. 0521 98765-0.",
        ),
        (
            "Re: Your basket",
            "Thank you for contacting the admissions office. Our team handles a high volume of "
            "enquiries during the application period. Please see our FAQ for entry requirements.",
        ),
        (
            "Re: Il carrello",
            "Grazie per averci contattato. Lo studio riapre il 1° settembre dopo la pausa "
            "estiva. Per le scadenze fiscali urgenti scrivere alla segreteria.",
        ),
        (
            "Re: Ostoskori",
            "Kiitos yhteydenotostasi. Toimistomme palvelee arkisin klo 9-16. Laskutusta koskevat "
            "asiat: laskutus@esimerkki.example.",
        ),
        (
            "Sv: Varukorgen",
            "Tack för ditt mejl till församlingsexpeditionen. Expeditionen har öppet tisdag och "
            "torsdag 10-12. Dopanmälan görs via hemsidan.",
        ),
    ],
)
def test_a_notice_no_rule_names_is_told_by_its_words(subject: str, words: str) -> None:
    reply = read_reply(reply_message(subject, words))

    assert (reply.auto_reply, reply.reason) == (True, "other")
    assert reply.auto_reply_rule.startswith("words:evidence")
    assert float(reply.auto_reply_rule.split()[-1]) >= AUTO_EVIDENT


# Customers whose words lean the same way: they name an order, ask, or say too little and
# point nowhere (no number, address, link or hours).
@pytest.mark.parametrize(
    ("subject", "words"),
    [
        (
            "Re: Din kurv",
            "Tak for din mail. Jeg er på arbejde hele ugen, men jeg vil gerne bestille lampen i "
            "weekenden.",
        ),
        ("Re: Your basket", "Thank you for contacting me. Is the jacket still available in blue?"),
        (
            "Re: Handlekurven",
            "Takk for påminnelsen! Jobber nattevakter denne uka, så kjøper støvlene på søndag.",
        ),
        (
            "Re: Din kurv",
            "Tak for mailen. Jeg har lige været syg og har ikke haft tid til at kigge på det. "
            "Vender tilbage når jeg har overblik.",
        ),
        (
            "Re: Your basket",
            "Thanks for getting in touch. I'm travelling for work this month and will decide "
            "when I'm home. Kind regards, Tom",
        ),
        (
            "AW: Warenkorb",
            "Vielen Dank für Ihre Nachricht. Ich melde mich, sobald ich Zeit habe. Mit "
            "freundlichen Grüßen",
        ),
        (
            "Re: Il carrello",
            "Grazie per la mail. Sono in ufficio tutta la settimana, ci penso con calma e vi "
            "faccio sapere.",
        ),
        (
            "Re: Ostoskori",
            "Kiitos viestistä. Olen töissä arkisin enkä ehdi nyt miettiä, palaan asiaan myöhemmin.",
        ),
        ("Sv: Varukorgen", "Tack för mejlet. Jag jobbar natt hela veckan, hör av mig sen."),
        (
            "Re: Handlekurven",
            "Takk for e-posten. Vi flytter neste uke og har mye å ordne med, så det får vente.",
        ),
        (
            "Re: Your basket",
            "Dear Sir or Madam, thank you for your email. I will consider it and revert in due "
            "course. Yours faithfully, J. Smith",
        ),
        ("Re: Din kurv", "Hej. Min mand er på hospitalet, så det må vente. Mvh Lis"),
        ("Re: Your basket", "Please remove my email address from your list. Thank you."),
        (
            "AW: Warenkorb",
            "Sehr geehrte Damen und Herren, bitte löschen Sie meine Daten. Mit freundlichen "
            "Grüßen, Dr. Weber",
        ),
        ("Re: Il carrello", "Buongiorno, vi prego di non scrivermi più. Cordiali saluti"),
    ],
)
def test_a_customer_is_not_taken_for_a_notice_by_the_words(subject: str, words: str) -> None:
    reply = read_reply(reply_message(subject, words))

    assert not reply.auto_reply, reply.auto_reply_rule


@pytest.mark.slow  # the set-aside quarter read, some 2,000 replies: some 15 s
def test_no_reply_of_the_set_aside_quarter_is_taken_for_a_notice() -> None:
    # People all, and none of them learned from: the rules and the words' evidence together
    # take none of them for an auto-reply (837 when this was written).
    held = [sample for sample in samples() if sample.held_out]
    taken = [
        (sample.reply_id, reply.auto_reply_rule)
        for sample in held
        if (
            reply := read_reply(
                reply_message("Re: Du har glemt noget i kurven", sample.text),
                language_hint=sample.hint,
            )
        ).auto_reply
    ]
    assert len(held) > 800
    assert taken == []


# A verdict on what the shop sells is a customer's, however much the words around it (an
# address, a phone number, a greeting) lean to a notice.
@pytest.mark.parametrize(
    "words",
    [
        "Hello! Nice mugs. But the shipping was too expensive for two mugs, write to me at "
        "ada.lovelace@example.com or call +45 12 34 56 78.",
        "Hej! Fragten var alt for dyr til to krus. Skriv til mig på ada@example.com eller "
        "ring 12 34 56 78.",
        "Hallo, ich habe es mir anders überlegt. Erreichbar unter 0171 2345678, Mo-Fr 9-17.",
    ],
)
def test_a_verdict_on_the_shop_is_a_customers(monkeypatch: pytest.MonkeyPatch, words: str) -> None:
    monkeypatch.setattr(word_evidence, "automatic_share", lambda _text: 0.999)
    reply = read_reply(reply_message("Re: Your basket", words))
    assert not reply.auto_reply, reply.auto_reply_rule
    # The same share over a notice's words is a notice.
    notice = read_reply(
        reply_message("Re: Your basket", "Kontoret er lukket. Ring 12 34 56 78, hverdage 9-15.")
    )
    assert notice.auto_reply
