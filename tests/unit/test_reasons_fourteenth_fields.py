"""Families the fourteenth sealed batch's looked-at misses belonged to, each in sentences
of our own (kurv.replies.reasons), and two changes to how rules weigh: the bare word for
delivery names a topic (as Swedish and Finnish rules already did), so a complaint beside
it decides; and not wanting to cancel denies the cancelling (a negated wish keeps only a
trouble standing: not wanting to pay or wait). The first list failed on the rules before;
the guards read right before and after."""

from __future__ import annotations

import pytest

from kurv.replies.reasons import classify


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # The bare word for delivery names a topic; the page freezing decides.
        ("Ville vælge levering lørdag, men siden fryser når jeg trykker.", "da", "technical"),
        ("Wollte Lieferung am Samstag wählen, aber die Seite hängt sich auf.", "de", "technical"),
        (
            "Volevo la consegna al piano ma il sito si blocca quando scelgo la data.",
            "it",
            "technical",
        ),
        # Not wanting to cancel denies the cancelling.
        (
            "Ich will die Bestellung nicht stornieren, nur wissen: ist das Leder echt?",
            "de",
            "question",
        ),
        # Covered already; dropping it.
        ("Vi er dækket ind, min mor havde en liggende.", "da", "changed_mind"),
        ("Vi dropper lampa, det ble for mye styr.", "nb", "changed_mind"),
        # A care question asked without a question mark.
        ("tåler koppen opvaskemaskine", "da", "question"),
        # A place not shipped to, in a clause of its own.
        ("Så først i kassen at dere ikke sender møbler til Svalbard.", "nb", "delivery"),
        # Clicked by accident.
        ("Råkade trycka på köp när jag scrollade, var inte meningen.", "sv", "changed_mind"),
        # A gift card refused; needed no more with an object between.
        ("Die Kasse nimmt meine Geschenkkarte nicht an.", "de", "payment"),
        ("Brauche die Babyschale für das Auto jetzt nicht mehr.", "de", "changed_mind"),
        # Bank details for a transfer missing; payday arriving is no delivery.
        ("Ho scelto il bonifico ma l'IBAN non mi è arrivato.", "it", "payment"),
        ("Lo stipendio arriva venerdì, poi vediamo.", "it", "other"),
        # A gift card not being accepted.
        ("My gift card isn't being accepted at checkout.", "en", "payment"),
    ],
)
def test_a_family_the_fourteenth_batch_showed(text: str, language: str, reason: str) -> None:
    assert classify(text, language)[0] == reason


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # Read right before this round too; kept beside the families they belong to.
        ("Jag vill inte lämna ut mitt personnummer för en kastrull.", "sv", "trust"),
        ("Loppusumma kasvoi postikulujen jälkeen liikaa.", "fi", "price"),
        ("Ich heiße nicht Petra, da muss ein Fehler vorliegen.", "de", "other"),
        ("Never even been on your website, you must mean someone else.", "en", "other"),
        ("Leveringen tager alt for lang tid.", "da", "delivery"),
        ("Die Lieferung dauert zu lange.", "de", "delivery"),
        ("The shipping takes forever.", "en", "delivery"),
        ("Checkout says ships in 3-5 weeks, far too long.", "en", "delivery"),
        ("Ich will keine 8 € Versand zahlen.", "de", "price"),
        ("Bitte stornieren Sie die Bestellung.", "de", "changed_mind"),
    ],
)
def test_a_guard_of_the_families(text: str, language: str, reason: str) -> None:
    assert classify(text, language)[0] == reason
