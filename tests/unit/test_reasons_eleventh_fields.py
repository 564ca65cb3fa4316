"""Families the eleventh sealed batch's looked-at misses belonged to, each in sentences of
our own (kurv.replies.reasons): a range typed with an en dash, a word that only looks like
a cost, ordering to another country, the wrong person, alarm bells over a price too low,
lost interest, a payment compound with an error, what the shop does with one's data,
"nothing happens" with more adverbs, "at the earliest"."""

from __future__ import annotations

import pytest

from kurv.replies.reasons import classify


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # A range with an en dash reads as one with a hyphen.
        # "costume" (swimsuit) is no cost.
        # "Stop sending", with "lade være".
        ("Kan I lade være med at skrive til mig hver dag?", "da", "other"),
        # Ordering to another country is about delivery.
        ("Går det att beställa till Finland?", "sv", "delivery"),
        ("Kan jeg bestille til Sverige?", "nb", "delivery"),
        ("Can I order to Iceland?", "en", "delivery"),
        # The wrong person, never a customer.
        # Alarm bells over a price too low.
        ("Tilbuddet fik alarmklokkerne til at ringe hos mig.", "da", "trust"),
        ("Så låga priser att varningsklockorna ringer.", "sv", "trust"),
        ("Bei dem Preis läuten bei mir die Alarmglocken.", "de", "trust"),
        ("Half the usual price set off alarm bells for me.", "en", "trust"),
        # Lost interest.
        ("Poika ehti jo kyllästyä koko peliin.", "fi", "changed_mind"),
        # A payment compound with an error.
        ("Korttimaksu antaa virheen joka kerta.", "fi", "payment"),
        # What the shop does with one's data.
        ("En tiedä mihin te käytätte mun tietoja, joten jätän väliin.", "fi", "trust"),
        # Nothing happens, with more adverbs.
        ("Beim Klick auf Bezahlen passiert leider einfach gar nichts.", "de", "technical"),
        # At the earliest.
        ("Die Jacke käme frühestens in drei Wochen, das ist mir zu spät.", "de", "delivery"),
    ],
)
def test_a_family_the_eleventh_batch_showed(text: str, language: str, reason: str) -> None:
    assert classify(text, language)[0] == reason


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # Guards: the same words where they mean something else.
        ("Kyllästyin odottamaan pakettia.", "fi", "delivery"),
        ("Ich kann frühestens am Ersten bezahlen, dann bestelle ich.", "de", "other"),
        # Read right before this round too; kept beside the families they belong to.
        ("Leveringstid 8\u201312 dage er alt for lang tid for mig.", "da", "delivery"),
        (
            "Mi serve il costume per domenica, la consegna arriva tra due settimane.",
            "it",
            "delivery",
        ),
        ("Kann man auch nach Österreich bestellen?", "de", "delivery"),
        ("Jeg har aldrig købt noget hos jer, I må have en forkert mailadresse.", "da", "other"),
        ("Dere har nok feil person, jeg har aldri handlet hos dere.", "nb", "other"),
        ("Ich habe noch nie bei Ihnen bestellt, Sie haben die falsche Person.", "de", "other"),
        ("Credo abbiate la persona sbagliata, non ho mai ordinato da voi.", "it", "other"),
        ("I think you have the wrong person, I've never ordered from you.", "en", "other"),
        ("Hinta on niin epäilyttävän halpa, että jätin väliin.", "fi", "trust"),
        ("Mi è suonato un campanello d'allarme, troppo bello per essere vero.", "it", "trust"),
    ],
)
def test_a_guard_of_the_families(text: str, language: str, reason: str) -> None:
    assert classify(text, language)[0] == reason
