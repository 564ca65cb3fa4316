"""Danish and Norwegian (Bokmål and nynorsk), a second round: what is no reason to leave
("other": stop the emails, payday, holiday, thanks, personal news), with a real complaint
beside it still winning; a changed mind, distrust and trouble with the site said
indirectly, in everyday words. Each case failed before this round's rules, unless it is
marked as a guard (a reading that already held and must keep holding)."""

from __future__ import annotations

import pytest

from kurv.replies.reasons import classify

# (text, language, reason)
CASES = [
    # other: the emails themselves, also asked as a question or beside a topic
    ("Hvorfor bliver I ved med at sende mig mails om den kurv?", "da", "other"),
    ("Stop venligst med at sende mig rabatkoder hver dag", "da", "other"),
    ("Afmeld mig jeres påmindelser, tak. Hvordan gør jeg det?", "da", "other"),
    ("Kvifor held de fram med å sende meg e-post?", "nb", "other"),
    ("Tre påminnelser på en uke er i overkant", "nb", "other"),
    ("Fire mails på to dage er altså lidt i overkanten", "da", "other"),
    # other: payday, coming back later, holiday, thanks, news (beside a topic)
    ("Jeg venter til lønningsdag med at bruge rabatkoden", "da", "other"),
    ("Eg ventar på lønna, så brukar eg rabattkoden", "nb", "other"),
    ("Er på hytta uten nett, ser på rabattkoden når jeg er hjemme igjen", "nb", "other"),
    ("Tusind tak for rabatkoden, I har en skøn butik", "da", "other"),
    ("Tusen takk for rabattkoden, nydelig nettbutikk dere har", "nb", "other"),
    # a real complaint beside them still wins
    # changed mind, said indirectly
    ("Jeg kiggede mig bare lidt omkring, det var aldrig meningen at købe", "da", "changed_mind"),
    ("Jeg har overtalt mig selv til at lade være", "da", "changed_mind"),
    ("Børnene er vokset fra den slags legetøj", "da", "changed_mind"),
    ("Vi kan sagtens undvære den, den gamle kaffemaskine holder endnu", "da", "changed_mind"),
    ("Eg snakka meg sjølv ut av det", "nb", "changed_mind"),
    ("Ungane har vokse ut av den, så vi klarer oss utan", "nb", "changed_mind"),
    ("Vi klarer oss med den gamle en stund til", "nb", "changed_mind"),
    # trust, said indirectly
    ("Det hele føltes lidt forkert, priserne var for lave", "da", "trust"),
    ("Der står ikke meget om hvem I er", "da", "trust"),
    ("Eg vart lurt av ei liknande side i fjor, så eg er blitt forsiktig", "nb", "trust"),
    ("Fant ingenting om dere da jeg søkte", "nb", "trust"),
    # technical, with everyday verbs
    ("Rabatkoden ville ikke gå ind", "da", "technical"),
    ("Der kommer bare en lille cirkel der drejer rundt", "da", "technical"),
    ("Jeres side siger at min adresse ikke findes", "da", "technical"),
    ("Rabattkoden ville ikkje gå inn", "nb", "technical"),
    ("Adressa mi fanst ikkje, sa sida", "nb", "technical"),
    ("Når jeg trykker på kjøp kommer det bare et hjul som snurrer rundt", "nb", "technical"),
    # delivery: not shipping here, asked
    # more, each failing before
    ("Jeg lånte en af min søster i stedet", "da", "changed_mind"),
    ("Noe med sida virket ikke helt riktig, så jeg lot være", "nb", "trust"),
    ("Noget ved siden virkede ikke helt rigtigt", "da", "trust"),
    ("Vi har rigeligt med gryder i forvejen, så den skal ikke købes", "da", "changed_mind"),
    ("Min datter er blevet for stor til den cykel", "da", "changed_mind"),
    ("Der stod ingen ting om hvem I er, og det fik mig til at holde igen", "da", "trust"),
    ("Venninna mi ble lurt av en lignende side, så jeg har blitt forsiktig", "nb", "trust"),
    ("Jeg bor på Svalbard og ser at dere ikke sender hit, eller gjør dere?", "nb", "delivery"),
    # a gift from family, another brand, enough at home; reviews said to be poor; the
    # e-mail the checkout calls wrong; left alone, a count of emails
    ("Min mor forærede mig en, så nu har jeg en", "da", "changed_mind"),
    ("Fik den af min svigerfar til jul", "da", "changed_mind"),
    ("Vi satser hellere på et andet mærke", "da", "changed_mind"),
    ("Fekk ein av bestemor i går", "nb", "changed_mind"),
    ("Vi satsa heller på eit anna merke til hytta", "nb", "changed_mind"),
    ("Jeg har nok med kopper i skapet", "nb", "changed_mind"),
    ("Jeres anmeldelser er ikke ligefrem betryggende", "da", "trust"),
    ("Omtalene av dere er ikke særlig gode", "nb", "trust"),
    ("Jeg blev i tvivl om det var sikkert at betale", "da", "trust"),
    ("Kassen siger at min e-mail er ugyldig", "da", "technical"),
    ("Lad mig nu være i fred? Det er fjerde mail om den samme kurv", "da", "other"),
    ("Kan de ikkje berre la meg vere i fred?", "nb", "other"),
    ("Fem e-poster på ei veke, kva er det med dykk?", "nb", "other"),
    # money tight; a home-made look, goods of unknown origin; the basket staying empty
    ("Pengene er lidt stramme her op til jul", "da", "price"),
    ("Pengane er litt knappe denne månaden", "nb", "price"),
    ("Siden så temmelig hjemmestrikket ud", "da", "trust"),
    ("Usikker på hvor varene egentlig kommer fra", "nb", "trust"),
    ("Jeg trykkede på knappen, men varen havnede aldrig i kurven", "da", "technical"),
    ("Produktet ble aldri lagt i handlekurven", "nb", "technical"),
    # a partner's no agreed with; the mail taken for spam and the shop for a fake; a sale
    # awaited beside "coming back"; a slow page and a postcode refused in nynorsk/Bokmål
    ("Min kæreste syntes ikke vi behøvede flere puder", "da", "changed_mind"),
    ("Sambuaren meinte vi ikkje trengte fleire lamper", "nb", "changed_mind"),
    ("Mailen lignede spam, og jeg er ikke helt sikker på om I er rigtige", "da", "trust"),
    ("E-posten deres lignet mest på spam", "nb", "trust"),
    ("Jeg vender tilbage når I har udsalg", "da", "price"),
    ("Nettsida var utruleg treg i går", "nb", "technical"),
    ("Kassa godtok ikkje postnummeret mitt", "nb", "technical"),
    # the automatic mails asked to stop; saving up for something else; nobody known who
    # bought here; a form reset to empty, the language or currency switching
    ("Kan I slå de automatiske påmindelser fra?", "da", "other"),
    ("Kan de skru av dei automatiske e-postane?", "nb", "other"),
    ("Vi sparer hellere op til en ny bil", "da", "changed_mind"),
    ("Eg vil heller spare til ein tur", "nb", "changed_mind"),
    ("Ingen i min omgangskreds havde handlet hos jer", "da", "trust"),
    ("Ingen av venninnene mine hadde hørt om dere", "nb", "trust"),
    ("Formularen sprang tilbage til tomme felter", "da", "technical"),
    ("Valutaen skiftede pludselig til euro", "da", "technical"),
    ("Sida bytta språk til engelsk midt i kassa", "nb", "technical"),
    # won't get enough use of it, another present given; "en fejl at" is my mistake, not
    # the site's; a shop writing from a gmail address; is this a robot, a new address;
    # "næste dag" of coming back is no delivery; scrolling
    ("Jeg tror ikke jeg ville få brugt den nok", "da", "changed_mind"),
    ("Eg trur ikkje eg kjem til å bruke han nok", "nb", "changed_mind"),
    ("Det var en fejl at den lå i kurven, jeg vil ikke bestille den", "da", "changed_mind"),
    ("Det var en feil at den lå i handlekurven, har ikke tenkt å bestille", "nb", "changed_mind"),
    ("Jeres mail kom fra en hotmail-adresse", "da", "trust"),
    ("Det er rart for en nettbutikk å skrive fra gmail", "nb", "trust"),
    ("Er det en robot der skriver?", "da", "other"),
    ("Jeg har fått ny e-postadresse, kan dere bruke den?", "nb", "other"),
    ("Kurven var tom da jeg loggede ind næste dag", "da", "technical"),
    ("Jeg kunne ikke scrolle ned til knappen", "da", "technical"),
    ("Fikk ikke scrollet ned til betalingsknappen", "nb", "technical"),
    # another model in the end; buying only where a trust mark is; a sum for a thing,
    # asked indignantly; a site in pieces
    ("Det blev en anden farve til sidst", "da", "changed_mind"),
    ("Det vart ein annan modell til slutt", "nb", "changed_mind"),
    ("Jeg køber helst kun hos butikker med e-mærket", "da", "trust"),
    ("Eg handlar berre hos butikkar med Trygg e-handel", "nb", "trust"),
    ("450 kr for et håndklæde? Nej tak", "da", "price"),
    ("300 kroner for ei pute? Nei takk", "nb", "price"),
    ("Jeres side er helt i stykker", "da", "technical"),
    ("Nettsida er heilt øydelagd på mobil", "nb", "technical"),
    # a page turning white, pictures not showing; the same one at a local dealer; an
    # error from MobilePay is the payment's
    ("Når jeg trykker betal bliver skærmen helt hvid", "da", "technical"),
    ("Kassa blir berre kvit når eg trykker betal", "nb", "technical"),
    ("Billederne var slørede på telefonen", "da", "technical"),
    ("Eg fekk ikkje sjå bileta av sofaen", "nb", "technical"),
    ("Fandt den samme hos min lokale forhandler", "da", "changed_mind"),
    ("Kjøpte en hos en lokal forhandler", "nb", "changed_mind"),
    ("Jeg fik en fejl fra MobilePay to gange", "da", "payment"),
    # inherited furniture, no longer needed; copies of the brand; no button to go on, the
    # app claiming what is not so (and the address page is no missing company address);
    # a new code asked for; where the parcel may be left; instalments with a number
    ("Vi har arvet en hel stue efter farmor", "da", "changed_mind"),
    ("Bordet er ikkje nødvendig lenger", "nb", "changed_mind"),
    ("Jeg har set mange kopier af det mærke", "da", "trust"),
    ("Er varene deres originale? Har sett mange kopiar av merket", "nb", "trust"),
    ("Der var ingen knap til at gå videre fra adressesiden", "da", "technical"),
    ("Appen sier at jeg ikke har internett, men det har jeg", "nb", "technical"),
    ("Koden var udløbet. Har I en ny?", "da", "price"),
    ("Kan pakken legges i garasjen?", "nb", "delivery"),
    ("Kan den stilles ved døren? Jeg er ikke hjemme om dagen", "da", "delivery"),
    ("Kan jeg betale i tre rater?", "da", "payment"),
    # whether the shop is a real company at all; the page reloading, a quantity that
    # won't change; sorted another way; a sample sent is a question, not delivery
    ("Jeg ved ikke engang om I er et rigtigt firma", "da", "trust"),
    ("Eg veit ikkje om dykk i det heile er eit norsk firma", "nb", "trust"),
    ("Siden genindlæser hele tiden", "da", "technical"),
    ("Appen reloader heile tida", "nb", "technical"),
    ("Jeg ændrede antallet, men det blev ved med at stå på 1", "da", "technical"),
    ("Eg endra antallet, men det vart ståande på 1", "nb", "technical"),
    ("Det er ordnet på anden vis", "da", "changed_mind"),
    ("Har løst det på annet vis", "nb", "changed_mind"),
    ("Kan I sende en prøve af stoffet?", "da", "question"),
    ("Kan dere sende meg et bilde av baksiden?", "nb", "question"),
    # the button that did nothing; cheap copies; she bought one herself, the old one
    # works again; waiting for a new bank card is no payment trouble
    ("Knappen gjorde ingenting", "da", "technical"),
    ("Knappen gjorde ikkje noko då eg trykte", "nb", "technical"),
    ("Jeg har hørt at det er billige kopier", "da", "trust"),
    ("Hun har selv købt en i mellemtiden", "da", "changed_mind"),
    ("Den gamle virker fint igjen etter at eg avkalka han", "nb", "changed_mind"),
    ("Jeg venter på at mit nye bankkort kommer", "da", "other"),
    ("Eg ventar på at det nye bankkortet mitt kjem", "nb", "other"),
]

# Guards: readings that held before this round and must keep holding.
GUARDS = [
    ("Dere kan bare tømme handlekurven, jeg har funnet noe annet", "nb", "changed_mind"),
    ("Prisen er ikke i overkant, men leveringen tar tre uker", "nb", "delivery"),
    ("Det er ikke fordi den er for meget, jeg har bare ikke brug for den", "da", "changed_mind"),
    ("Hej, jeg er på ferie. Kan I sende den til Sverige?", "da", "delivery"),
    # other, a complaint beside it, and a question after thanks: held before too
    ("Slutt å mase om handlekurven min, jeg vet den er der", "nb", "other"),
    ("Vi er på sommerferie nu, jeg bestiller med fragten når vi er hjemme igen", "da", "other"),
    ("Stop med at skrive til mig, fragten er alt for dyr", "da", "price"),
    ("Tak for mailen, men jeres side ville ikke tage imod mit kort", "da", "payment"),
    ("Slutt å mase. Siden henger seg opp hver gang jeg skal betale", "nb", "payment"),
    ("Tusen takk, men frakten var altfor dyr", "nb", "price"),
    ("Tak for påmindelsen! Hvilken størrelse passer til en på 180 cm?", "da", "question"),
    ("Hadde egentlig aldri tenkt å kjøpe, bare kikket meg rundt", "nb", "changed_mind"),
    ("Jeg googlede jer og fandt ikke noget om jer nogen steder", "da", "trust"),
    ("Det kjentes litt rart ut, prisene var mistenkelig lave", "nb", "trust"),
    ("Hver gang jeg skifter side bliver min kurv tømt", "da", "technical"),
    ("Handlekurven tømte seg hver gang jeg bytta side", "nb", "technical"),
    ("Jeg bor på Svalbard, sender dere ikke hit?", "nb", "delivery"),
    ("Vi har lige fået en lille datter, så jeg har ikke haft tid", "da", "other"),
]


@pytest.mark.parametrize(("text", "language", "reason"), CASES)
def test_the_reason_is_read(text: str, language: str, reason: str) -> None:
    assert classify(text, language)[0] == reason


@pytest.mark.parametrize(("text", "language", "reason"), GUARDS)
def test_a_reading_that_held_still_holds(text: str, language: str, reason: str) -> None:
    assert classify(text, language)[0] == reason
