"""Families the thirteenth sealed batch's looked-at misses belonged to, each in sentences
of our own (kurv.replies.reasons). The first list failed on the rules before; the guards
read right before and after."""

from __future__ import annotations

import pytest

from kurv.replies.reasons import classify


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # Warned off by a friend or a relative.
        ("Min bror har frarådet mig at handle hos jer.", "da", "trust"),
        ("Kollegaen min advarte meg mot denne butikken.", "nb", "trust"),
        ("Min kompis varnade mig för er sida.", "sv", "trust"),
        ("Työkaveri varoitti tästä kaupasta, joten jätän väliin.", "fi", "trust"),
        ("Meine Nachbarin hat mir von euch abgeraten.", "de", "trust"),
        ("Mia sorella mi ha messo in guardia su questo negozio.", "it", "trust"),
        ("A mate warned me about ordering from you lot.", "en", "trust"),
        # Reviews of one star.
        ("Auf Google fast nur 1-Stern-Bewertungen, nein danke.", "de", "trust"),
        # Personal data asked for without a reason.
        ("Hvorfor skal I bruge min fødselsdato for at sælge mig en kop?", "da", "trust"),
        ("Wofür braucht ihr meine Telefonnummer bei einer Tasse?", "de", "trust"),
        # Delivered home, not to a parcel shop.
        ("Vil gerne have sofaen bragt helt hjem.", "da", "delivery"),
        # The basket empties itself.
        ("Handlekurven tømmer seg hele tiden.", "nb", "technical"),
        # Money reserved, no order.
        ("Beloppet är reserverat men ingen orderbekräftelse kom.", "sv", "payment"),
        # A price match asked for.
        # A number that is no HTTP error.
        ("Står 500 gram på förpackningen, stämmer det?", "sv", "question"),
        # By mistake.
        ("Painoin vahingossa ostoskoriin.", "fi", "changed_mind"),
        # The app closes, in dialect.
        ("L'app se chiude appena apro il carrello.", "it", "technical"),
        # The wrong person, by the verb.
        ("Avete sbagliato persona, non ho un account da voi.", "it", "other"),
        # A gift card short of balance.
        ("The gift card says insufficient balance but it has 50 quid on it.", "en", "payment"),
    ],
)
def test_a_family_the_thirteenth_batch_showed(text: str, language: str, reason: str) -> None:
    assert classify(text, language)[0] == reason


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        ("my voucher code gets rejected", "en", "technical"),
        ("Matchar ni Prisjakts pris så handlar jag här.", "sv", "price"),
        ("Pengarna drogs från kontot men ingen order kom.", "sv", "payment"),
        ("Jeg fik fejl 500 da jeg ville se kurven.", "da", "technical"),
        ("Fick felkod 503 när jag skulle gå till kassan.", "sv", "technical"),
        ("Jag kan inte logga in på mitt konto.", "sv", "technical"),
    ],
)
def test_a_guard_of_the_families(text: str, language: str, reason: str) -> None:
    assert classify(text, language)[0] == reason
