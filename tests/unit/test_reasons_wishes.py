"""A negated wish denies the wish, not the trouble it names: "I don't want to pay 12 € for
shipping" complains about the price of shipping (kurv.replies.reasons, WISHES). Sentences
of our own, in each language, beside guards where the negation still denies."""

from __future__ import annotations

import pytest

from kurv.replies.reasons import classify, read


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        ("I don't want to pay 12 pounds just for shipping.", "en", "price"),
        ("Honestly I wouldn't like to pay 8 quid for postage.", "en", "price"),
        ("Jeg vil ikke betale 79 kr. for fragt på en lille ting.", "da", "price"),
        ("Jeg gider ikke betale så meget for fragten", "da", "price"),
        ("Eg vil ikkje betale 99 kroner i frakt.", "nb", "price"),
        ("Jag vill inte betala 79 kr i frakt för en liten sak.", "sv", "price"),
        ("En halua maksaa 9 euroa postikuluja pienestä tilauksesta.", "fi", "price"),
        ("Ich möchte nicht 6,90 € Versand für ein Paar Socken zahlen.", "de", "price"),
        ("Non mi piacerebbe pagare 10 euro di spedizione.", "it", "price"),
        ("Non voglio pagare 9 euro di spese di spedizione.", "it", "price"),
    ],
)
def test_a_negated_wish_keeps_the_trouble_it_names(text: str, language: str, reason: str) -> None:
    assert classify(text, language)[0] == reason


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The negation denies the trouble itself; the wish stands apart.
        ("The shipping wasn't expensive, I just want to think it over.", "en"),
        ("Fragten er ikke dyr, jeg vil bare tænke over det.", "da"),
        ("Der Versand ist nicht teuer, ich möchte nur noch überlegen.", "de"),
        ("La spedizione non è cara, voglio solo pensarci.", "it"),
    ],
)
def test_a_negation_of_the_trouble_itself_still_denies_it(text: str, language: str) -> None:
    assert classify(text, language)[0] != "price"


# A topic praised in its clause is no complaint, nor the runner-up: what decides is what
# else they say.
@pytest.mark.parametrize(
    ("text", "language", "praised"),
    [
        ("La consegna andava bene, ma mio marito ha detto di no", "it", "delivery"),
        ("La consegna andava bene, ma alla fine l'ho comprata in un negozio", "it", "delivery"),
        ("Leveringen var helt grei, men vi kjøpte stolen i en butikk i stedet", "nb", "delivery"),
        ("The delivery was fine, I just found the same kettle in a shop in town", "en", "delivery"),
    ],
)
def test_a_topic_praised_is_no_complaint(text: str, language: str, praised: str) -> None:
    reading = read(text, language)
    assert reading.reason == "changed_mind"
    assert reading.runner_up != praised


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # Too good, not good, or a question: no praise.
        ("Leveringen er ikke ok, den tager tre uger", "da", "delivery"),
        ("The delivery was not great, three weeks to Norway", "en", "delivery"),
        ("Prisen var for god til at være sand, så jeg turde ikke", "da", "trust"),
        ("Die Lieferung ist zu langsam", "de", "delivery"),
    ],
)
def test_praise_denied_or_overdone_is_no_praise(text: str, language: str, reason: str) -> None:
    assert classify(text, language)[0] == reason


# A decision told as the consequence of what came before names no reason of its own: the
# cause decides when a rule reads it, and a changed mind stays one when the cause is one.
@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        ("Leveringen tager tre uger, derfor har jeg ombestemt mig", "da", "delivery"),
        ("Frakten kostar 149 kr, därför avstår jag", "sv", "price"),
        (
            "Die Lieferung dauert drei Wochen, deshalb habe ich mich anders entschieden",
            "de",
            "delivery",
        ),
        ("La spedizione costa 15 euro, quindi ho cambiato idea", "it", "price"),
        ("Toimitus kestää kolme viikkoa, joten muutin mieleni", "fi", "delivery"),
        ("Mieheni sanoi ei, joten jätän väliin", "fi", "changed_mind"),
    ],
)
def test_a_decision_told_as_a_consequence_gives_the_cause(
    text: str, language: str, reason: str
) -> None:
    assert read(text, language).reason == reason


# "Nothing bad in the reviews": the negation is spent on the poor word, so the reviews are
# praised, not missing; the complaint beside them decides. Poor or missing, they still are
# one.
@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        ("the reviews don't show anything bad, but the postage is too dear", "en", "price"),
        ("no bad reviews at all, but the postage is too dear", "en", "price"),
        ("Ingen dårlige anmeldelser, men fragten er for dyr", "da", "price"),
        ("Ingen dårlige omtaler, men frakten er for dyr", "nb", "price"),
        ("Inga dåliga recensioner, men frakten är för dyr", "sv", "price"),
        ("Ei huonoja arvosteluja, mutta toimituskulut ovat liian kalliit", "fi", "price"),
        ("Keine schlechten Bewertungen, aber der Versand ist zu teuer", "de", "price"),
        ("Nessuna recensione negativa, ma la spedizione costa troppo", "it", "price"),
        ("Bad reviews everywhere", "en", "trust"),
        ("I could not find any reviews", "en", "trust"),
        ("Jeg kunne ikke finde nogen anmeldelser", "da", "trust"),
        ("Nur schlechte Bewertungen gefunden", "de", "trust"),
    ],
)
def test_poorness_denied_is_praise(text: str, language: str, reason: str) -> None:
    assert classify(text, language)[0] == reason


# A praise of "that" opening the next clause praises the clause before it.
@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        ("Hvilken størrelse skal jeg tage? Levering om en uge, det er helt fint", "da", "question"),
        ("Welche Größe passt? Lieferung in zwei Wochen, das passt", "de", "question"),
        ("Che taglia mi consigliate? Consegna in 10 giorni, va bene così", "it", "question"),
        ("Is it wool? Delivery in a week, and that's fine", "en", "question"),
        ("Levering om tre uger, det er for længe", "da", "delivery"),
        ("Delivery in three weeks, that's far too slow", "en", "delivery"),
    ],
)
def test_a_praise_of_that_praises_the_clause_before(text: str, language: str, reason: str) -> None:
    assert classify(text, language)[0] == reason
