"""Fields the eighth sealed batch showed missing, each in sentences of our own: the family
of wordings a miss belonged to, not the miss itself (kurv.replies.reasons)."""

from __future__ import annotations

import pytest

from kurv.replies.reasons import classify


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # A request for information is no shipping.
        (
            "No idea who runs this shop. Could you send me your company details?",
            "en",
            "trust",
        ),
        ("Can you send me a picture of the back?", "en", "question"),
        # Colloquial buying elsewhere.
        ("Ended up nabbing one at the market on Saturday", "en", "changed_mind"),
        ("grabbed one in Tesco yesterday, cheers anyway", "en", "changed_mind"),
        # Not needing the emails is not changing one's mind about the goods.
        ("Please stop, I don't need reminders about every basket.", "en", "other"),
        # A button that greys out; a quoted button naming delivery.
        ("the pay button greys out every time I tap it", "en", "technical"),
        ("the 'go to delivery' button does nothing when I press it", "en", "technical"),
        # Not daring to buy, with words between.
        ("Hmm, så tør jeg ikke rigtig at bestille", "da", "trust"),
        # "No thanks after all", a buy on impulse.
        ("Nej tak alligevel 🙂", "da", "changed_mind"),
        ("Nei takk likevel.", "nb", "changed_mind"),
        # A similar one grabbed in a shop; a supplier is not a delivery.
        ("Hain Tokmannilta samanlaisen, kiitos kuitenkin", "fi", "changed_mind"),
        ("Onko teillä tätä varastossa vai tilataanko se toimittajalta?", "fi", "question"),
        # The page hangs, verb first; the spinner turning.
        ("Leider hängt mir die Seite, sobald ich auf Weiter klicke", "de", "technical"),
        ("Das Rädchen dreht sich bei mir am Handy", "de", "technical"),
        # The mail that never arrives is the site's; shipping said to be fine is no complaint.
        ("Il codice di verifica via mail non arriva mai", "it", "technical"),
        ("La spedizione va benissimo, ma ho deciso di lasciar perdere", "it", "changed_mind"),
    ],
)
def test_a_field_reads_in_other_words(text: str, language: str, reason: str) -> None:
    assert classify(text, language)[0] == reason
