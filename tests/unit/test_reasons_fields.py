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
        # The ninth batch's: an answering "no" before a subject denies nothing.
        ("lol no I was just browsing tbh", "en", "changed_mind"),
        ("no we were just having a look", "en", "changed_mind"),
        # Finnish "ei" before a subject still negates: it is a verb, not an answer.
        ("ei se hinta ole liian kallis, en vaan tarvitse sitä", "fi", "changed_mind"),
        # A stock word built on delivery; a page going round and round.
        ("Er den sorte leveringsdygtig?", "da", "question"),
        (
            "Kassen kørte bare rundt, da jeg ville betale med kortet ... nej, siden kørte rundt",
            "da",
            "technical",
        ),
        # Dialect plurals; reading the reviews and declining; already having one at home.
        ("fant ingen anmeldelsa om dokker", "nb", "trust"),
        ("Kollade omdömena, nej tack", "sv", "trust"),
        ("Vi har ju redan en sån hemma, sambon köpte den till jul", "sv", "changed_mind"),
        ("Det ble en annen gave til slutt", "nb", "changed_mind"),
        # Not daring, said with "and not"; one's own internet is no shop missing online.
        ("Hmm, enkä uskalla", "fi", "trust"),
        ("Thanks! The internet is awful at the cabin, I'll look again at home", "en", "other"),
        # A sender, not a parcel; dearer than the product; an amount, then passing.
        ("La mail arriva da un indirizzo strano, sarà una truffa?", "it", "trust"),
        ("Quindici euro di spedizione, costa più del prodotto", "it", "price"),
        ("Bellissimo, ma 90 euro... per ora passo", "it", "price"),
        # A button that does nothing; a page that is not quite right.
        ("Der Knopf macht gar nix", "de", "technical"),
        ("Die Seite war mir nicht ganz geheuer", "de", "trust"),
    ],
)
def test_a_field_reads_in_other_words(text: str, language: str, reason: str) -> None:
    assert classify(text, language)[0] == reason
