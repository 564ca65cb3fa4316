"""Danish and Norwegian (Bokmål and nynorsk) reasons, in words the rules' corpus does not
use: each reason's wider field (idioms, everyday verbs, loanwords, nynorsk forms), and the
markers the rules rely on: a topic gives way to a complaint, an absent-cue is a complaint
when denied and only a cue when said plainly, and a word's other sense is kept apart."""

from __future__ import annotations

import pytest

from kurv.replies.reasons import classify


def reason_of(text: str, language: str) -> str:
    return classify(text, language)[0]


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # payment: instalments asked about, MitID/BankID failing, a card without funds
        ("Kan man dele regningen op i rater?", "da", "payment"),
        ("Kan I tage imod gavekort?", "da", "payment"),
        ("Kan jeg dele opp betalingen over tre måneder?", "nb", "payment"),
        ("Kan eg betale med gavekort?", "nb", "payment"),
        # price: said indirectly
        ("Jeg kan ikke retfærdiggøre det for en t-shirt", "da", "price"),
        ("Lidt i overkanten for en vase, synes jeg", "da", "price"),
        ("Fik den til 200 mindre hos konkurrenten", "da", "price"),
        ("Jeg venter til black friday", "da", "price"),
        ("Det blir i meste laget for en genser", "nb", "price"),
        ("For de samme pengene får jeg to på Biltema", "nb", "price"),
        (
            "Eg ventar til det kjem på tilbod, den er litt over det eg hadde tenkt å bruke",
            "nb",
            "price",
        ),
        ("Kommer den på salg snart?", "nb", "price"),
        # delivery: a date or occasion, faster, to the door, a pickup point
        ("Kan den nå at komme inden konfirmationen på søndag?", "da", "delivery"),
        ("Har I ekspres? Den skal være her i morgen", "da", "delivery"),
        ("Kan I bringe den helt hjem til døren?", "da", "delivery"),
        ("Rekker eg å få han før 17. mai?", "nb", "delivery"),
        ("Går det an med heimlevering?", "nb", "delivery"),
        ("Fem virkedager er altfor lenge", "nb", "delivery"),
        # trust: no company number, no padlock, looks dodgy, a copy shop
        ("Hvorfor er der ingen returret eller handelsbetingelser?", "da", "trust"),
        ("Siden mangler https, så jeg lukkede den", "da", "trust"),
        ("Det hele virker lidt lusket", "da", "trust"),
        ("Er I overhovedet et dansk firma?", "da", "trust"),
        ("Eg finn ingen kjøpsvilkår eller angrerett på sida", "nb", "trust"),
        ("Nettsida verkar litt lugubert", "nb", "trust"),
        ("Det ser ut som en kopi-butikk fra Kina", "nb", "trust"),
        ("Eg turte ikkje", "nb", "trust"),
        # technical: everyday verbs
        ("Appen lukker bare ned når jeg åbner den", "da", "technical"),
        ("Kassen står bare og snurrer", "da", "technical"),
        ("Jeg bliver logget ud hele tiden", "da", "technical"),
        ("Der sker bare ingenting når jeg trykker på køb", "da", "technical"),
        ("Appen slutter å svare så fort jeg legger noe i kurven", "nb", "technical"),
        ("Nettsida heng seg opp i kassa", "nb", "technical"),
        ("Det skjer ingenting når jeg trykker på knappen", "nb", "technical"),
        ("Blir kastet tilbake til forsiden hver gang", "nb", "technical"),
        # changed mind: a shop, an occasion passed, no longer needed
        ("Jeg fandt en magen til i Bilka", "da", "changed_mind"),
        ("Festen blev aflyst, så den er ikke aktuel længere", "da", "changed_mind"),
        ("Fekk ein liknande hos Clas Ohlson", "nb", "changed_mind"),
        ("Eg treng eigentleg ikkje fleire", "nb", "changed_mind"),
        ("Har bestemt meg for å la være", "nb", "changed_mind"),
    ],
)
def test_each_reason_in_new_words(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # A discount code, a payment method, a pickup point named are topics: a complaint
        # beside them decides.
        ("Rabatkoden bliver afvist hver gang", "da", "technical"),
        ("Rabatkoden blev ikke godtaget", "da", "technical"),
        ("Rabattkoden blir ikke godtatt", "nb", "technical"),
        ("Siden hang da jeg valgte Helthjem", "nb", "technical"),
        ("Siden frøs da jeg valgte GLS", "da", "technical"),
        # ... and decide when nothing else does, also when asked.
        ("Kan man dele betalingen op?", "da", "payment"),
        ("Kan eg betale med avbetaling?", "nb", "payment"),
    ],
)
def test_a_topic_gives_way_to_a_complaint(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # What a buyer wants to be true, denied, is a complaint ...
        ("Siden virker ikke specielt troværdig", "da", "trust"),
        ("Jeg er ikke tryg ved jeres side", "da", "trust"),
        ("Nettbutikken virker ikke helt seriøs", "nb", "trust"),
        ("Eg trur ikkje eg treng han", "nb", "changed_mind"),
        # ... said plainly, or of a material, only a cue.
        ("Er tasken lavet af ægte læder?", "da", "question"),
        ("Er vesken i ekte skinn?", "nb", "question"),
    ],
)
def test_absent_cues(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # The customer's own address is not the shop's missing address.
        ("Jeg kan ikke få lov at skrive min adresse", "da", "technical"),
        ("Får ikke lagt inn adressen min, den er ugyldig", "nb", "technical"),
        # Where a parcel is sent from is not whether it can be sent to me.
        ("Sender dere fra Kina? Virker ikke helt seriøst", "nb", "trust"),
        # A gift card is a way to pay, not a discount.
        ("Kan jeg bruge et gavekort?", "da", "payment"),
    ],
)
def test_a_word_sense_kept_apart(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # Guards: the wider rules above must not reach these (they read right before too).
        ("Det er ikke fordi jeg ikke stoler på jer, jeg har bare travlt", "da", "other"),
        ("Fikk kjøpt en på salg et annet sted", "nb", "changed_mind"),
        ("Er den vanntett? Skal bruke den på tur", "nb", "question"),
        ("Pinkoden blev afvist ved betalingen", "da", "payment"),
        # A failed MitID step is the payment's trouble, whatever else broke.
        ("MitID-appen drillede, så jeg fik aldrig godkendt købet", "da", "payment"),
        ("Har I den i rød?", "da", "question"),
        ("Jeg bruger MobilePay, kan jeg det hos jer?", "da", "payment"),
        ("Tusind tak, jeg kigger igen når lønnen er gået ind", "da", "other"),
        ("Takk for påminnelsen, tar det etter lønning", "nb", "other"),
    ],
)
def test_guards_against_the_wider_rules(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # Colloquial and idiomatic wordings, nynorsk and dialect negations.
        ("Vi kan ikke få det til at hænge sammen økonomisk", "da", "price"),
        ("Det er lidt for meget for mig", "da", "price"),
        ("Fraktprisen var helt på trynet", "nb", "price"),
        ("Står der 3-5 hverdage? Jeg skal bruge den til fredag", "da", "delivery"),
        ("Eg treng han til laurdag", "nb", "delivery"),
        ("Pengene er trukket, men der kom ingen ordre", "da", "payment"),
        ("Kortet mitt er visst utløpt", "nb", "payment"),
        ("Hvor holder I egentlig til?", "da", "trust"),
        ("Det står ingenting om dere noe sted", "nb", "trust"),
        ("Knappen virker ik", "da", "technical"),
        ("Kassa funker itte", "nb", "technical"),
        ("Jeg får 'noget gik galt' hver gang", "da", "technical"),
        ("Bildene laster ikke", "nb", "technical"),
        ("Fik kolde fødder", "da", "changed_mind"),
        ("Kjæresten sa nei", "nb", "changed_mind"),
    ],
)
def test_colloquial_wordings(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tak, jeg har fundet noget andet, så I kan bare slette kurven.", "da"),
        ("Takk, jeg har funnet noe annet, så dere kan bare slette handlekurven.", "nb"),
    ],
)
def test_asking_the_shop_to_delete_the_cart_is_no_broken_site(text: str, language: str) -> None:
    """ "slette" asked of the shop is a wish; "sletter"/"slettet" tell of a field that lost
    what was typed."""
    assert reason_of(text, language) == "changed_mind"
