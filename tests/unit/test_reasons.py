"""Why a customer left, read from their words (kurv.replies.reasons): the traps issue 20
names, each in the issue's own words, and how the rules weigh negation, doubt, weak cues and
disagreement."""

from __future__ import annotations

import re

import pytest

from kurv.core.locales import EMAIL_LANGUAGES
from kurv.replies import reasons
from kurv.replies.inbound import read_reply
from kurv.replies.reasons import classify, read


def reason_of(text: str, language: str) -> str:
    return classify(text, language)[0]


# The misses issue 20 lists ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # A negation more than three words back still denies, within its clause ...
        ("Det er ikke fordi jakken er for dyr", "da", "other"),
        (
            "Det er ikke fordi jakken er for dyr, jeg har bare ikke brug for den",
            "da",
            "changed_mind",
        ),
        ("non è un problema di spedizione né di prezzo", "it", "other"),
        ("Non è un problema di spedizione né di prezzo, ho cambiato idea.", "it", "changed_mind"),
        # A negation between a rule's two parts breaks them apart.
        ("Fragten er ikke høj, jeg har bare fortrudt", "da", "changed_mind"),
        # ... and not past it.
        ("Det er ikke fordi jakken er for dyr, men fragten er for høj", "da", "price"),
    ],
)
def test_a_negation_denies_its_whole_clause(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason


def test_lieferbar_is_about_stock_not_delivery() -> None:
    assert reason_of("Ist der Mantel in Größe 40 noch lieferbar?", "de") == "question"
    assert reason_of("Wann ist er wieder lieferbar?", "de") == "question"
    assert reason_of("Wie lange dauert die Lieferung?", "de") == "delivery"


def test_how_long_it_takes_to_arrive_is_delivery() -> None:
    assert reason_of("quanto ci mette ad arrivare?", "it") == "delivery"
    assert reason_of("Quanto ci vuole per arrivare a Roma?", "it") == "delivery"


def test_distrust_of_sites_one_does_not_know() -> None:
    assert reason_of("Jeg handler ikke på nettsider jeg ikke kjenner.", "nb") == "trust"
    assert reason_of("Jeg kjenner ikke nettbutikken deres.", "nb") == "trust"


def test_bought_in_the_store_with_an_article_is_changed_mind() -> None:
    assert reason_of("I bought it in the store yesterday.", "en") == "changed_mind"
    assert reason_of("Sorry, bought it in a store in town.", "en") == "changed_mind"


def test_a_vat_number_missing_with_the_company_address_is_trust_not_price() -> None:
    text = "I couldn't find a company address or a VAT number on your site, so I didn't order."
    assert reason_of(text, "en") == "trust"
    assert reason_of("The price was fine but VAT was added at checkout", "en") != "trust"


def test_a_kept_legal_disclaimer_is_not_read() -> None:
    text = (
        "Tak, jeg tænker lige over det.\n\nDenne e-mail kan indeholde fortrolige oplysninger."
        " Hvis du ikke er den rette modtager, bedes du kontakte afsenderen og slette den."
    )
    assert reason_of(text, "da") == "other"
    footer = (
        "Tak, jeg vender tilbage.\n\nDenne e-mail er fortrolig og kun beregnet for modtageren."
        " Afsender påtager sig intet ansvar for tekniske fejl ved overførslen."
    )
    assert reason_of(footer, "da") == "other"
    # afsenderen, the sender of a message, is not a shipment, disclaimer or not. Asking who
    # sent it asks who the shop is: "other" by the corpus's definitions, or a question.
    assert reason_of("Hvem er afsenderen af den mail?", "da") in ("question", "other")
    assert reason_of("Hvornår bliver pakken afsendt?", "da") == "delivery"


# Compounds and inflections -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        ("Fragtprisen var helt vanvittig", "da", "price"),
        ("Fraktkostnadene ble høyere enn varen", "nb", "price"),
        ("Die Versandgebühren sind höher als der Artikel", "de", "price"),
        ("Le spedizioni costano più del prodotto", "it", "price"),
        # An address is an address, even of a delivery.
        ("Gick inte att välja leveransadress, knappen var grå", "sv", "technical"),
        ("Wann würde das Paket ankommen?", "de", "delivery"),
    ],
)
def test_compounds_and_inflected_forms(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason


# Negation, doubt, questions ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # A negated question asks.
        ("Kan I ikke sende til Norge?", "da", "delivery"),
        # A doubt is not a denial.
        ("I'm not sure your shop is legit", "en", "trust"),
        ("Ich bin nicht sicher, ob der Shop seriös ist", "de", "trust"),
        # "Not only" adds.
        ("Not only is the shipping expensive, it takes two weeks", "en", "price"),
        # A coordinated clause with a verb of its own is out of the negation's reach.
        ("Jeg handler ikke så tit på nettet og fragten er for dyr", "da", "price"),
        # Trouble told by a negation is trouble; "no problem with" denies it.
        ("I couldn't log in", "en", "technical"),
        ("No problem logging in, the shipping was too expensive", "en", "price"),
        ("Konnte mich nicht einloggen", "de", "technical"),
        # A negation in a supposition does not deny.
        ("Hvis den ikke kan nå frem inden lørdag, giver det ikke mening", "da", "delivery"),
        ("If it can't get to me before the 20th there's no point", "en", "delivery"),
        # Not seeing who runs a shop is distrust; "komme frem til" is to conclude.
        ("I couldn't see who actually runs the site", "en", "trust"),
        ("Jeg har kommet frem til at jeg klarer meg uten", "nb", "changed_mind"),
        # The reply's negation counts for another language's rules too.
        ("Jeg synes ikke at Versandkosten sind zu hoch", "da", "other"),
    ],
)
def test_negation_doubt_and_questions(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason


def test_letters_typed_without_them_still_read() -> None:
    assert reason_of("hvor lang tid gaar der foer jeg faar den", "da") == "delivery"
    assert reason_of("Ist die Jacke in Groesse L noch lieferbar?", "de") == "question"
    assert reason_of("Die Versandgebuehren sind hoeher als der Artikel", "de") == "price"


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        ("fragten er alt for hoj", "da", "price"),
        ("frakten var altfor hoy", "nb", "price"),
        ("Nar kan jeg regne med a fa pakken?", "nb", "delivery"),
    ],
)
def test_nordic_letters_typed_as_plain_ones_still_read(
    text: str, language: str, reason: str
) -> None:
    """On a keyboard without them, "ø", "å", "ä" and "ö" are often typed "o" and "a"."""
    assert reason_of(text, language) == reason


def test_reviews_are_a_complaint_when_missing_or_poor() -> None:
    assert reason_of("Couldn't find any reviews of your shop", "en") == "trust"
    assert reason_of("Hittade inga recensioner om er", "sv") == "trust"
    assert reason_of("Reviews look great, will order soon", "en") == "other"


def test_what_a_buyer_wants_true_is_a_complaint_when_denied() -> None:
    """Rules marked "absent" read a negation in their clause as the complaint: "not
    trustworthy", "don't think I need it"; said plainly they are only a weak cue."""
    assert reason_of("The site doesn't look trustworthy to me", "en") == "trust"
    assert reason_of("On reflection I don't think I need it", "en") == "changed_mind"
    assert reason_of("Looks trustworthy, I'll be back", "en") == "other"
    assert reason_of("I need it by Friday, will it arrive?", "en") == "delivery"


def test_a_topic_named_gives_way_to_a_complaint() -> None:
    """A rule marked "topic" names what the reply is about, not what went wrong: it decides
    alone, and a complaint beside it decides instead."""
    assert reason_of("The discount code box won't accept anything I type", "en") == "technical"
    assert read("The discount code box won't accept anything I type", "en").runner_up == "price"
    assert reason_of("Do you have a discount code?", "en") == "price"
    assert reason_of("The discount code is way too small for a shipping this expensive", "en") == (
        "price"
    )


def test_a_question_about_a_topic_is_about_that_topic() -> None:
    assert reason_of("Do you have a discount code?", "en") == "price"
    assert reason_of("Can I pay with Klarna?", "en") == "payment"
    assert reason_of("Is it made of real leather?", "en") == "question"


def test_other_languages_rules_are_tried_only_where_their_words_show() -> None:
    """When the reply's own rules find nothing, English and the languages its words show are
    tried (people mix them), not every language: "stop sending these" is no Norwegian
    delivery, "I already told you" no Danish customs."""
    assert reason_of("stop sending these", "en") == "other"
    assert reason_of("I already told you", "en") == "other"
    assert reason_of("Hej, the shipping is way too expensive", "da") == "price"


def test_a_curly_apostrophe_negates_as_a_straight_one() -> None:
    assert reason_of("On reflection I don\u2019t think I need it", "en") == "changed_mind"
    assert reason_of("The site doesn\u2019t look trustworthy", "en") == "trust"


# Confidence and the runner-up ----------------------------------------------------------------


def test_only_a_weak_cue_says_other_and_keeps_it_as_runner_up() -> None:
    reading = read("Ok, takk for info om salget", "nb")

    assert (reading.reason, reading.runner_up) == ("other", "price")
    assert reading.confidence == reasons.WEAK


def test_only_a_weak_cue_in_a_question_says_question() -> None:
    reading = read("Noe salg på gang?", "nb")

    assert (reading.reason, reading.runner_up) == ("question", "price")
    assert reading.confidence == reasons.WEAK


def test_disagreeing_rules_give_a_runner_up_and_less_confidence() -> None:
    reading = read("The card was declined and then the site kept crashing", "en")

    assert (reading.reason, reading.runner_up) == ("payment", "technical")
    assert reading.confidence == reasons.DISAGREED


def test_one_clear_reason_is_sure() -> None:
    reading = read("Fragten er alt for dyr", "da")

    assert (reading.reason, reading.runner_up, reading.confidence) == ("price", "", reasons.SURE)


def test_a_read_reply_carries_the_runner_up_and_confidence() -> None:
    raw = (
        b"From: a@example.com\r\nTo: reply@shop.example\r\nSubject: Re: cart\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"The card was declined and then the site kept crashing\r\n"
    )
    reply = read_reply(raw, language_hint="en")

    assert (reply.reason, reply.runner_up, reply.confidence) == (
        "payment",
        "technical",
        reasons.DISAGREED,
    )


# The tables ----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_every_rule_is_whole(language: str) -> None:
    """No "~", "{name}" or flag left unread in a compiled rule."""
    for rule in reasons._rules(language):
        assert "~" not in rule.pattern.pattern, rule
        assert not re.search(r"\{[a-z]+\}", rule.pattern.pattern), rule
        assert "(weak)" not in rule.label, rule
        assert "(absent)" not in rule.label, rule
        assert "(topic)" not in rule.label, rule
        assert "(no cart)" not in rule.label, rule
        # An empty alternative ("a||b": a line ending in "|" above one starting with it)
        # fits where nothing was said.
        assert not re.search(r"\|\||\(\||\|\)|\(\?:\|", rule.pattern.pattern), rule
        # Nor one that begins with the indentation of a line pasted after a "|" ("|    \bnie"),
        # which asks for spaces no reply has there.
        assert not re.search(r"\|\s{2,}\S", rule.pattern.pattern), rule
        assert rule.pattern.search("qqq zzz xxx") is None, rule


def test_a_rule_with_alternatives_beside_a_tilde_is_refused() -> None:
    """ "A|B ~ C" would read as "A, or B then C": the tables must group their parts."""
    with pytest.raises(ValueError, match="alternatives"):
        reasons._expanded(r"\bbought\b ~ \bsimilar\b|\balready have\b", "en")
    assert reasons._expanded(r"\bbought\b ~ (?:\bsimilar\b|\balready\b)", "en")


def test_a_rule_weighs_a_bounded_number_of_matches() -> None:
    """Text made to be slow stays bounded: past MAX_MATCHES a rule looks no further (the
    price: a complaint after that many denials of it is not seen)."""
    denied = "Den er ikke for dyr. " * reasons.MAX_MATCHES

    assert reason_of(denied + "Den er for dyr.", "da") == "other"
    assert reason_of("Den er ikke for dyr. " + "Den er for dyr.", "da") == "price"


# Finnish: stems take the endings and compounds ("toimituskulut", "kalliimpi", "kortillani"),
# and the negation is a verb of its own ("en", "ei", "emme").
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Toimituskulut olivat yllättävän korkeat", "price"),
        ("Tuote oli liian kallis minulle", "price"),
        ("Löysin saman takin halvemmalla", "price"),
        ("Maksu ei mennyt läpi", "payment"),
        ("Kortillani maksaminen epäonnistui kahdesti", "payment"),
        ("En pystynyt maksamaan MobilePaylla", "payment"),
        ("Mikä on toimitusaika Rovaniemelle?", "delivery"),
        ("Ehtiikö paketti perille ennen joulua?", "delivery"),
        ("En ole koskaan kuullut teistä", "trust"),
        ("En löytänyt kaupasta yhtään arvostelua", "trust"),
        ("Sivu jumittui kassalla", "technical"),
        ("En voinut valita toimitustapaa, nappi ei toiminut", "technical"),
        ("Muutin mieleni", "changed_mind"),
        ("En tarvitse sitä enää", "changed_mind"),
        ("Onko tätä mallia kokoa 38?", "question"),
        # A denial: the price is not what is dear; no trouble with paying.
        ("Hinta ei ole liian korkea, päätin vain odottaa", "changed_mind"),
        ("Maksussa ei ollut mitään ongelmaa, muutin vain mieleni", "changed_mind"),
        # A doubt is not a denial.
        ("En ole varma, onko kauppa luotettava", "trust"),
        # A supposition supposes.
        ("Jos paketti ei ehdi perille ennen joulua, en tilaa", "delivery"),
    ],
)
def test_finnish_replies(text: str, reason: str) -> None:
    assert reason_of(text, "fi") == reason


# "Kan ikke huske": the site that cannot remember the basket is trouble with it; the
# customer who cannot remember something is not.
@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        ("Siden kunne ikke huske handlekurven min", "nb", "technical"),
        ("Jeg kunne ikke lagre handlekurven", "nb", "technical"),
        ("Jeg kunne ikke gemme kurven", "da", "technical"),
        ("Fjern meg fra listene deres. Jeg kan ikke huske å ha samtykket til det.", "nb", "other"),
        ("Afmeld mig venligst. Jeg kan ikke huske at have bedt om jeres mails.", "da", "other"),
    ],
)
def test_who_cannot_remember(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason


# Delivery missing told by a negation is the trouble itself ("kunne ikke vælge levering til
# mit postnummer"); a copula's denial ("it's not the delivery"), "no more" (stop sending)
# and a message that does not arrive still deny it.
@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        ("Desværre kunne jeg slet ikke vælge levering til mit postnummer.", "da", "delivery"),
        ("Asun Ahvenanmaalla, eikä kassalla voinut valita toimitusta tänne.", "fi", "delivery"),
        ("Ette toimita Ahvenanmaalle, joten tilaus jäi siihen.", "fi", "delivery"),
        ("Couldn't choose a parcel locker, only home delivery.", "en", "delivery"),
        ("It's not the delivery, the price is just too high for me.", "en", "price"),
        ("Det er ikke leveringen, prisen er bare for høj.", "da", "price"),
        ("An der Lieferung liegt es nicht, der Preis ist zu hoch.", "de", "price"),
        ("Non è per la spedizione, il prezzo è troppo alto.", "it", "price"),
        ("Leveringen var ikke langsom, men prisen var for høj.", "da", "price"),
        ("Non mandate più niente a questo indirizzo", "it", "other"),
        ("Il codice di verifica via mail non arriva mai", "it", "technical"),
    ],
)
def test_delivery_missing_told_by_a_negation(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason


# What a sentence says of the reminders, too many or too soon, is said of them, not of the
# shop: its excess is no price, its arrival no delivery, its "no more" no changed mind. A
# clause of its own after a comma ("..., and now ...") is read on its own.
SAID_OF_THE_REMINDERS = [
    ("Fjerde mail på tre dage om de samme sokker, det er lige i overkanten.", "da", "other"),
    ("To e-poster på ett døgn om en lampe, det blir litt mye.", "nb", "other"),
    ("Påminnelsen kom inom fem minuter, det kändes lite för mycket.", "sv", "other"),
    ("Neljä viestiä kolmessa päivässä, vähän liikaa minun makuuni.", "fi", "other"),
    ("Ich bekomme jeden Tag eine Erinnerung und will das nicht mehr.", "de", "other"),
    ("Mi arrivano email ogni giorno, è davvero troppo.", "it", "other"),
    ("Two reminders in one day seems a bit much, honestly.", "en", "other"),
    ("Your reminder came so fast it arrived before I'd made a cup of tea.", "en", "other"),
    ("Die Erinnerung kam schnell, aber der Versand ist mir zu teuer.", "de", "price"),
    ("Tre mejl på två dagar, och nu undrar jag vad ni gör med mina uppgifter.", "sv", "trust"),
    ("Nyhetsbrevkoden virker ikke, feltet låser seg så fort jeg trykker", "nb", "technical"),
    ("Die Post kommt hier jeden Tag, nur Sie liefern nicht auf die Insel.", "de", "delivery"),
]


# A cause taken back by a later clause or sentence ("men det var ikke det", "but that
# wasn't it", "mutta ei se ratkaissut") is denied; "det er ikke det samme" and "das war es
# nicht wert" take nothing back.
@pytest.mark.parametrize(
    ("text", "language", "taken_back"),
    [
        ("Fragten var lidt høj, men det var ikke det.", "da", "price"),
        ("Leveringstiden var lang. Men det var ikke det.", "nb", "delivery"),
        ("Frakten var dyr, men det var inte det som avgjorde.", "sv", "price"),
        ("Toimitus oli hidas, mutta ei se ratkaissut.", "fi", "delivery"),
        ("Die Versandkosten waren hoch, aber daran lag es nicht.", "de", "price"),
        ("La spedizione era cara, ma non è quello il motivo.", "it", "price"),
        ("The postage was a bit steep. But that wasn't it.", "en", "price"),
    ],
)
def test_a_cause_taken_back_is_denied(text: str, language: str, taken_back: str) -> None:
    reading = read(text, language)

    assert taken_back not in (reading.reason, reading.runner_up)


DETAILS_AND_PURPOSES = [
    ("Det er ikke det samme som i butikken, og fragten er for dyr.", "da", "price"),
    ("Der Versand war zu teuer, das war es nicht wert.", "de", "price"),
    ("Non è quello che cercavo e la spedizione costa troppo.", "it", "price"),
    # a national ID number asked for is distrust
    ("Hvorfor skal I bruge mit CPR-nummer for at sende en sweater?", "da", "trust"),
    (
        "Kassan ville ha mitt personnummer för en vanlig beställning, det lämnar jag inte ut.",
        "sv",
        "trust",
    ),
    (
        "Why would a candle shop need my social security number? It asked at checkout.",
        "en",
        "trust",
    ),
    # the customer's own phone number, or its field, is no missing company detail
    (
        "Puhelinnumerokenttä ei hyväksynyt numeroani, vaikka yritin monta kertaa.",
        "fi",
        "technical",
    ),
    ("Skjemaet godtok ikke telefonnummeret mitt, det sto bare feil.", "nb", "technical"),
    # put in the basket to remember or compare: no purchase meant
    ("Jeg lagde den bare i kurven for at huske den til senere.", "da", "changed_mind"),
    ("I only popped it in my basket to compare it with another one.", "en", "changed_mind"),
    ("la den i varukorgen för att kolla frakten, och den var för dyr", "sv", "price"),
]


SUPPOSED_MISSING_AND_OUT_OF_STOCK = [
    # a question's short conditional clause supposes, it does not tell
    ("Bliver kurven gemt, hvis jeg logger ud?", "da", "question"),
    ("Säilyykö kori, vaikka en kirjaudu sisään?", "fi", "question"),
    ("Is the basket kept if I log out?", "en", "question"),
    ("If I order tonight will it actually arrive in time for Sunday?", "en", "delivery"),
    # an option told missing by a negated verb of offering or finding
    ("Jeg fant ikke Vipps blant betalingsmåtene.", "nb", "payment"),
    ("Ich konnte PayPal nirgends auswählen.", "de", "payment"),
    # out of stock, or back only later: the delivery; asked, a question
    (
        "Den er først på lager igen om seks uger, og så længe kan jeg ikke vente.",
        "da",
        "delivery",
    ),
    ("Die Jacke ist erst im März wieder lieferbar.", "de", "delivery"),
    ("The lamp is on backorder until February.", "en", "delivery"),
    ("La taglia M è esaurita.", "it", "delivery"),
    ("Is the lamp back in stock in March?", "en", "question"),
    # unsure whether it fits is no distrust
    (
        "Jag är osäker på om laddaren fungerar med min telefon. Vilka modeller stöds?",
        "sv",
        "question",
    ),
    ("Jeg er usikker på om dere er en ekte butikk.", "nb", "trust"),
]


OPTIONS_TAKEN_UP_POLICIES_AND_SENSES = [
    # a payment option named, then taken up by a pronoun and told missing
    (
        "Jeg betaler altid med MobilePay, og det kunne jeg ikke finde ved kassen.",
        "da",
        "payment",
    ),
    ("Jeg bruker Vipps, men det fikk jeg ikke valgt hos dere.", "nb", "payment"),
    # a privacy policy missing is distrust
    ("Jeg fant ingen personvernerklæring, så jeg avbrøt.", "nb", "trust"),
    ("I couldn't find a privacy policy anywhere, so I stopped.", "en", "trust"),
    # "unknown error" is the site's; a code that does not go through is the site's
    ("Sovellus näytti vain tuntematon virhe, kun yritin kirjautua.", "fi", "technical"),
    ("Alennuskoodi ei kelvannut, vaikka se oli voimassa.", "fi", "technical"),
    # emptying the basket, asked of the shop, is no malfunction; "stay in the basket",
    # asked, is a question
    (
        "Ich brauche die Vase nicht mehr. Sie können den Warenkorb gern leeren.",
        "de",
        "changed_mind",
    ),
    ("Will the things stay in my basket until Friday?", "en", "question"),
    # sums spelled out, a day's count of mails, a week of delivery
    ("Ho trovato la stessa lampada a una trentina di euro in meno.", "it", "price"),
    ("Mi arriva una mail al giorno, basta così.", "it", "other"),
    ("Da stand voraussichtlich lieferbar in KW 40, das ist zu spät.", "de", "delivery"),
    ("Vem är ni? Jag har inte besökt er sida.", "sv", "other"),
]


RETURNS_UNCLEAR_AND_A_BASKET_DENIED = [
    # the returns told unclear: the days and costs said there are the return's terms
    ("Non si capisce se il reso è gratuito né entro quanti giorni va fatto.", "it", "trust"),
    (
        "Returvilkårene var uklare: hvem betaler fragten, og hvor mange dage har man?",
        "da",
        "trust",
    ),
    ("Es war nicht klar, wer die Rücksendung zahlt und wie lange sie dauert.", "de", "trust"),
    ("The returns page was vague about who pays the postage back.", "en", "trust"),
    ("Palautusehdoista ei selvinnyt, kuka maksaa postikulut.", "fi", "trust"),
    # returns named plainly are no distrust
    ("Returen var gratis og nem, men fragten herhjem er for dyr.", "da", "price"),
    # a basket denied, colloquially or by not remembering a visit
    ("wer seid ihr? ich hab nie was in nen korb gelegt", "de", "other"),
    (
        "Ich kann mich ehrlich gesagt nicht erinnern, jemals auf Ihrer Seite gewesen zu sein.",
        "de",
        "other",
    ),
]


WHO_WRITES_AND_A_BASKET_DENIED = [
    # "who are you" asks who writes; with no cart it is no distrust
    ("wer seid ihr? hab bei euch nie was bestellt", "de", "other"),
    ("chi siete? nn ho mai comprato niente da voi", "it", "other"),
    ("Who is this? I don't remember giving you my email.", "en", "other"),
    # ... and a shop's identity missing still is
    ("Wer seid ihr eigentlich? Ich finde kein Impressum auf der Seite.", "de", "trust"),
    # a basket denied by a cleft, a name or an address you have wrong
    ("Det er ikke mig, der har lagt noget i kurven.", "da", "other"),
    ("Det är inte jag som har lagt något i varukorgen.", "sv", "other"),
    ("Jeg heter ikke Kari, dere har feil e-postadresse.", "nb", "other"),
]


NIGHT_IDIOMS_ARRIVAL_AND_PLANS = [
    # the reminders at night are about the reminders
    ("Påminnelsene deres kommer midt på natten og vekker meg.", "nb", "other"),
    ("Your reminder emails arrive in the middle of the night and wake me up.", "en", "other"),
    # an idiom's "brings me out" is no page throwing one out
    ("Is the dress cotton? Synthetics bring me out in a rash.", "en", "question"),
    # arriving in time, negated, is the delivery's trouble
    ("Jag insåg att paketet inte skulle hinna fram till födelsedagen.", "sv", "delivery"),
    # "että" and the negative verb, contracted
    ("Kassalla kerrottiin, ettette toimita saaristoon.", "fi", "delivery"),
    # no plans to buy
    (
        "Jag la bara in sakerna för att se summan. Har inga planer på att köpa nu.",
        "sv",
        "changed_mind",
    ),
    ("No plans to buy right now, I was just curious about the total.", "en", "changed_mind"),
]


THE_FORTIETH_FAMILIES = [
    ("Banken min stoppet betalingen som mistenkelig.", "nb", "payment"),
    ("Beim Bezahlen kam der Bestätigungscode nie aufs Handy.", "de", "payment"),
    (
        "Beim Artikel steht jetzt lieferbar ab KW 32, das ist zu spät für unser Fest.",
        "de",
        "delivery",
    ),
    ("Purtroppo in Sardegna non effettuate consegne.", "it", "delivery"),
    ("Etter det jeg hørte om klagene, turte jeg ikke å bestille.", "nb", "trust"),
    ("Jeg kom til kassen, men så frøs siden helt.", "nb", "technical"),
    ("Det må være en forveksling, jeg har ikke handlet hos dere.", "nb", "other"),
]


# Words in another sense (a measure, a product's name, a colour, a garment's zip), bought
# in a shop told by what was done, and a cart denied by a site never visited.
SENSES_SHOPS_AND_NO_ACCOUNT = [
    ("Passer den til en 7-åring, eller bør vi gå for 24 tommer?", "nb", "question"),
    ("Passer filteret til min Delonghi Magnifica Express?", "da", "question"),
    ("Passar kvarnen till en Sage Barista Express?", "sv", "question"),
    ("Finns fodralet till nyare modeller av telefonen också?", "sv", "question"),
    ("Ist die Knopfleiste verdeckt oder sichtbar?", "de", "question"),
    ("Sizes S and M overlap on your chart, which is better for a slim build?", "en", "question"),
    ("Har ni den blå också? Jag har den grå i varukorgen nu.", "sv", "question"),
    ("Är plånboken i skinn, och ryms det kort i den?", "sv", "question"),
    ("Hvor bred er gardinen? Jeg vil ikke bestille feil størrelse.", "nb", "question"),
    ("Säilyykö kori, jos suljen selaimen?", "fi", "question"),
    ("Vi var i Jysk, og der tog jeg bare en dyne med hjem.", "da", "changed_mind"),
    ("Jeg har valgt at købe den i en butik i byen i stedet.", "da", "changed_mind"),
    ("Var innom en sportsbutikk og tok skiene med meg hjem.", "nb", "changed_mind"),
    ("Im Baumarkt hatte ich dann einfach den Bohrer mitgenommen.", "de", "changed_mind"),
    (
        "Jeg smed lampen i kurven for at få et overblik, vi har ikke besluttet os.",
        "da",
        "changed_mind",
    ),
    ("La gardinene i kurven for å se hvordan fargene passet, og vi venter.", "nb", "changed_mind"),
    ("My husband said a firm no to a third bike.", "en", "changed_mind"),
    ("Ich war nie auf Ihrer Webseite, bitte löschen Sie mich.", "de", "other"),
    ("Jeg har aldrig været inde på jeres side, hvem har givet jer min adresse?", "da", "other"),
    ("Non ho mai creato un account da voi, e non mi chiamo Giulia.", "it", "other"),
    ("Nobody here has an account with you, so please check your records.", "en", "other"),
    ("Dere må ha feil e-postadresse, jeg har ikke lagt noe i kurven.", "nb", "other"),
    ("Jeg valgte faktura, men ble ikke godkjent.", "nb", "payment"),
    ("Le scarpe sono scese di venti euro su un altro sito.", "it", "price"),
    ("Jag vill inte längre få mejl från er, tack.", "sv", "other"),
]


# Collecting at the shop's own store asked for, a restock asked for, what comes in the box,
# a captcha, a browser's warning, and what was done in the meantime.
ASKED_FOR_AND_IN_THE_MEANTIME = [
    ("Kan jeg hente sofaen på jeres lager i Odense i stedet?", "da", "question"),
    ("Kann ich die Lampe auch in Ihrem Laden in Linz abholen?", "de", "question"),
    ("Could I collect the rug from your Bristol store?", "en", "question"),
    ("Why can't I collect it from your store? There was no such option.", "en", "delivery"),
    ("Posso ritirarlo in un punto di ritiro vicino a casa?", "it", "delivery"),
    ("Når kommer den røde varianten inn igjen?", "nb", "question"),
    ("När kommer mössan i blått tillbaka igen?", "sv", "question"),
    ("Milloin pipoa tulee taas mustana?", "fi", "question"),
    ("Sind die Schrauben im Lieferumfang?", "de", "question"),
    ("The checkout kept asking me to prove I'm human, over and over.", "en", "technical"),
    ("Ved betalingen skulle jeg bevise, at jeg ikke er en robot, ti gange.", "da", "technical"),
    ("Das Captcha ließ sich einfach nicht lösen.", "de", "technical"),
    ("My browser flagged your payment page as not secure.", "en", "trust"),
    ("Die Lieferung wäre frühestens in drei Wochen gekommen.", "de", "delivery"),
    (
        "Versand hätte zwei Wochen gedauert, inzwischen habe ich es im Laden gekauft.",
        "de",
        "delivery",
    ),
    ("Please remove me, I don't want any more of these emails.", "en", "other"),
    (
        "Sie verlangen mein Geburtsdatum als Pflichtangabe, das ist mir zu viel Preisgabe meiner"
        " Daten.",
        "de",
        "trust",
    ),
    ("I pay with Apple Pay, and I couldn't find it at your checkout.", "en", "payment"),
    ("Ingen av oss har lagt noe i kurven, noen må ha skrevet feil adresse.", "nb", "other"),
    ("Someone must have typed my email address wrong, I never shop there.", "en", "other"),
]


# A cart denied outright beside "where did you get my address", a consequence told inside its
# sentence, the reminder taken up by the next sentence or enjoyed, a fee with its sum, a
# birth date asked for.
DENIED_OUTRIGHT_SO_AND_THE_NEXT_SENTENCE = [
    ("Hvem er dere? Jeg har ikke lagt noe i noen handlekurv hos dere.", "nb", "other"),
    ("Come avete avuto la mia email? Non ho mai messo niente nel carrello.", "it", "other"),
    ("Vilka är ni? Jag har ingen aning om vad det här gäller.", "sv", "other"),
    ("Henting i butikk var ikke mulig hos dere, så jeg droppet hele greia.", "nb", "delivery"),
    ("Så jeg trenger den ikke likevel, vi fant en i boden.", "nb", "changed_mind"),
    (
        "Ich habe die Jacke inzwischen im Sportladen gekauft, weil ich sie anprobieren wollte.",
        "de",
        "changed_mind",
    ),
    ("Jeg har fået fire mails på tre dage. Det synes jeg er for meget.", "da", "other"),
    ("Your reminder with the sad little teapot gave me a good laugh.", "en", "other"),
    ("Il vostro promemoria con il carrello vuoto mi ha fatto sorridere.", "it", "other"),
    ("Det tillkom en expeditionsavgift på 39 kr i kassan.", "sv", "price"),
    ("Ich hoffe, Sie machen zur Aktion im Mai noch etwas am Preis.", "de", "price"),
    ("Ho cliccato su Procedi e non è successo niente.", "it", "technical"),
    ("Why do you need my date of birth for a pair of socks?", "en", "trust"),
    ("Non sono stata io a mettere quella roba nel carrello.", "it", "other"),
    ("Wann kommt der Rucksack in Blau wieder rein?", "de", "question"),
    ("Svigermor kom med en akkurat lik, så vi klarer oss fint.", "nb", "changed_mind"),
]


# A Norwegian "no purchase this time", a store purchase in Finnish, a basket the shop may
# empty, added by accident, a night's reminders, weeks of delivery time, a veto, a
# disappearance asked about, nothing wrong with the delivery.
NO_PURCHASE_EMPTY_THE_BASKET_AND_A_VETO = [
    ("Så det blir nok ikke noe kjøp denne gangen.", "nb", "changed_mind"),
    ("Hytta får vente til neste år, planene har endret seg.", "nb", "changed_mind"),
    ("Tuli ostettua jo kaupasta, kiitos silti.", "fi", "changed_mind"),
    ("Ni kan tömma min varukorg, vi har bestämt oss.", "sv", "changed_mind"),
    ("You can clear my basket, thanks.", "en", "changed_mind"),
    ("Added it by accident while scrolling, please ignore.", "en", "changed_mind"),
    ("got it for my birthday in the end lol", "en", "changed_mind"),
    ("Fire ens mails i nat mellem et og tre. Det er for meget.", "da", "other"),
    ("Skapet har 10 ukers leveringstid, og vi trenger det nå.", "nb", "delivery"),
    ("vipps funka ikke, bare tilbake til kurven", "nb", "payment"),
    ("Mein Mann hat sein Veto eingelegt.", "de", "changed_mind"),
    ("Hvor lenge ligger varene i kurven før de forsvinner?", "nb", "question"),
    ("ei ole edes pakettiautomaattia vaihtoehtona", "fi", "delivery"),
    ("Det var inget fel på leveranstiden, vi valde en annan lampa.", "sv", "changed_mind"),
    ("Just checking: is the basket kept for a week?", "en", "question"),
    ("Es war sogar günstiger als im Laden, aber lieferbar erst ab Mitte Mai.", "de", "delivery"),
    ("Carissimi,\nla vostra mail mi ha fatto ridere. Buona giornata!", "it", "other"),
    ("Lo sconto non valeva e il prezzo superava il mio budget.", "it", "price"),
    ("hvordan melder jeg meg av dette?", "nb", "other"),
    ("Seks ukers ventetid på en lampe er for lenge.", "nb", "delivery"),
    ("You have the wrong email address, I have no idea what this is.", "en", "other"),
    ("Kan man ændre adressen, efter den er sendt?", "da", "question"),
    ("Jeg får fire mails om ugen fra jer, og det er for meget.", "da", "other"),
    ("Die dritte Erinnerung innerhalb von drei Tagen, bitte nicht mehr.", "de", "other"),
    ("Fikk en i gave, så den i handlekurven kan bare fjernes.", "nb", "changed_mind"),
    ("Vi har talt om det, så kurven kan bare tømmes.", "da", "changed_mind"),
    ("Jag har aldrig lagt något i någon varukorg hos er.", "sv", "other"),
    ("Ich habe nirgends etwas in einen Warenkorb gelegt.", "de", "other"),
    ("I was only adding things to see how the colours would look together.", "en", "changed_mind"),
    ("Il tavolo arriva già montato?", "it", "question"),
    ("Does the wardrobe arrive flat-packed?", "en", "question"),
    ("Il paralume era in preordine, disponibile forse a fine aprile.", "it", "delivery"),
]


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    SAID_OF_THE_REMINDERS
    + DETAILS_AND_PURPOSES
    + SUPPOSED_MISSING_AND_OUT_OF_STOCK
    + OPTIONS_TAKEN_UP_POLICIES_AND_SENSES
    + RETURNS_UNCLEAR_AND_A_BASKET_DENIED
    + WHO_WRITES_AND_A_BASKET_DENIED
    + NIGHT_IDIOMS_ARRIVAL_AND_PLANS
    + THE_FORTIETH_FAMILIES
    + SENSES_SHOPS_AND_NO_ACCOUNT
    + ASKED_FOR_AND_IN_THE_MEANTIME
    + DENIED_OUTRIGHT_SO_AND_THE_NEXT_SENTENCE
    + NO_PURCHASE_EMPTY_THE_BASKET_AND_A_VETO,
)
def test_the_families_of_the_later_batches(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason


# Replies their mail client wrapped at 60 to 76 characters: the break inside a sentence is
# no boundary ("... I've simply changed\nmy mind"), and the reply reads as on one line.
WRAPPED = [
    (
        "It's not about the delivery cost at all, I've simply changed\nmy mind about the lamp.",
        "en",
        "changed_mind",
    ),
    (
        "Tak for mailen. Jeg kunne ikke finde ud af, hvornår pakken ville\nblive leveret, så jeg "
        "droppede det.",
        "da",
        "delivery",
    ),
    (
        "Jag försökte betala med Swish i går kväll men det\ngick inte, sidan bara laddade och "
        "laddade.",
        "sv",
        "payment",
    ),
    # ... and beside them, wrapped replies read right before
    (
        "Il prezzo non c'entra e nemmeno la spedizione, ma non\nmi fido a lasciare i dati della "
        "carta online.",
        "it",
        "trust",
    ),
    (
        "Fragten er fin nok. Mit kort bliver bare afvist hver gang\njeg prøver at betale, har "
        "prøvet tre gange.",
        "da",
        "payment",
    ),
    (
        "Nach langem Hin und Her habe ich mich für ein anderes Fahrrad\nentschieden.",
        "de",
        "changed_mind",
    ),
]


@pytest.mark.parametrize(("text", "language", "reason"), WRAPPED)
def test_a_reply_its_mail_client_wrapped_reads_as_on_one_line(
    text: str, language: str, reason: str
) -> None:
    assert classify(text, language)[0] == reason
    assert classify(text.replace("\n", " "), language)[0] == reason


def test_only_the_breaks_a_mail_client_made_are_joined() -> None:
    kept = "Hei,\nFrakten var for dyr.\n\n- en lampe\n- et teppe\n> sitat\nMvh\nKari"
    assert reasons.unwrapped(kept) == kept
    # inside a sentence, before a word in lower case; after a long line, before any word
    assert reasons.unwrapped("men det\ngick inte") == "men det gick inte"
    long_line = "Frau Sabine Krüger ist seit dem 30.09.2024 nicht mehr für die"
    assert reasons.unwrapped(f"{long_line}\nHausverwaltung tätig.") == (
        f"{long_line} Hausverwaltung tätig."
    )
    assert reasons.unwrapped("Kurz und gut\nAnna") == "Kurz und gut\nAnna"
