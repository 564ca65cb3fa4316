"""Swedish (incl. Finland-Swedish) and Finnish reasons that generalise (issue 20, point 1):
each reason's lexical field in new wordings, and the markers the rules rely on: a topic
giving way to a complaint, a wish ("pålitlig", "luotettava") that counts when denied, a
negation kept inside the rule where it is the complaint, and words in another sense. Every
case in the parametrised lists was read wrongly before the sv/fi rules were widened; the
guards at the end were read rightly before and must stay so."""

from __future__ import annotations

import pytest

from kurv.replies.reasons import classify


def reason_of(text: str, language: str) -> str:
    return classify(text, language)[0]


SWEDISH = [
    # price, said indirectly
    ("price", "fick syn på exakt samma väska för halva priset på en annan sajt"),
    ("price", "jag inväntar mellandagsrean innan jag slår till"),
    ("price", "Jag väntar på att ni får rea istället"),
    ("price", "Det är för mycket pengar för en vas"),
    ("price", "det lönar sig inte med den frakten"),
    ("price", "499 kr för en mugg är hutlöst"),
    # technical, everyday verbs and loanwords
    ("technical", "kassan bara snurrar, kommer ingenstans"),
    ("technical", "Jag blir utloggad hela tiden, den loggar ut mig efter varje klick"),
    ("technical", "Trycker på knappen men ingenting händer"),
    ("technical", "hemsidan loadar inte i min webbläsare"),
    ("technical", "kunde inte skapa ett konto, det gick bara inte"),
    ("technical", "postnummerrutan blir röd hela tiden"),
    # trust
    ("trust", "Butiken verkar lite tvivelaktig om jag ska vara ärlig"),
    ("trust", "Vågade inte beställa, det fanns ingen https på betalsidan"),
    ("trust", "Saknar köpvillkor och ångerrätt på sidan"),
    ("trust", "Har ni ett FO-nummer? Vill veta vem jag handlar av"),
    # delivery, questions about it included
    ("delivery", "Finns det expressfrakt? Det här tar för lång tid"),
    ("delivery", "När är paketet framme om jag beställer i dag?"),
    ("delivery", "Skeppar ni till Estland?"),
    # payment
    ("payment", "Kan jag dela upp betalningen på tre månader?"),
    # changed mind
    ("changed_mind", "Resan blev inställd, så det är inte aktuellt längre"),
    ("changed_mind", "Har bestämt mig för att avstå den här gången"),
    ("changed_mind", "Köpte den på Clas Ohlson"),
    ("changed_mind", "Hittade en på Blocket istället"),
    ("changed_mind", "jag tänkte om och köper inget just nu"),
]

FINNISH = [
    # price, said indirectly
    ("price", "samalla rahalla saa kaksi lähikaupasta"),
    ("price", "tuo on puoleen hintaan toisessa verkkokaupassa"),
    ("price", "odottelen että tulee hullut päivät"),
    ("price", "rahat ei riitä tähän nyt"),
    ("price", "en raaski maksaa noin paljon"),
    # technical, everyday verbs
    ("technical", "sovellus sulkeutuu heti kun painan kassalle"),
    ("technical", "ostoskori vaan pyörii eikä lataudu"),
    ("technical", "sivu heittää mut ulos koko ajan"),
    ("technical", "sähköpostikenttä muuttuu punaiseksi vaikka osoite on oikein"),
    # trust
    ("trust", "En uskaltanut tilata, sivulla ei ollut https:ää"),
    ("trust", "vaikuttaa ihan kusetukselta"),
    ("trust", "Onko teillä Y-tunnusta?"),
    # delivery, questions about it included
    ("delivery", "tarviin tän perjantaihin mennessä, onnistuuko?"),
    ("delivery", "tilaus ei tule ajoissa häihin"),
    # payment
    ("payment", "Voiko maksaa erämaksulla?"),
    ("payment", "verkkopankin vahvistus epäonnistui kaksi kertaa"),
    # changed mind
    ("changed_mind", "ostin samanlaisen kirppikseltä, sori"),
    ("changed_mind", "synttärit peruttiin joten lahjaa ei enää tarvita"),
    ("changed_mind", "päätin olla ostamatta tällä kertaa"),
    ("changed_mind", "ostin lopulta Prismasta"),
    ("changed_mind", "en tarvi tätä enää"),
]


@pytest.mark.parametrize(("reason", "text"), SWEDISH)
def test_swedish_fields(reason: str, text: str) -> None:
    assert reason_of(text, "sv") == reason


@pytest.mark.parametrize(("reason", "text"), FINNISH)
def test_finnish_fields(reason: str, text: str) -> None:
    assert reason_of(text, "fi") == reason


# Markers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # A topic (discount code, delivery method) gives way to a complaint beside it.
        ("Rabattkoden godtas inte, rutan blir röd", "sv", "technical"),
        ("Fraktalternativen försvann när jag klickade vidare", "sv", "technical"),
        ("Rabattkoden jag fick i mejlet fungerar inte", "sv", "technical"),
        ("Koden godtas inte i kassan", "sv", "technical"),
        ("Alennuskoodi ei mene läpi, sanoo virheellinen", "fi", "technical"),
        ("Toimitustavan valinta ei toimi puhelimella", "fi", "technical"),
        ("alekoodi hylätään joka kerta", "fi", "technical"),
    ],
)
def test_a_topic_gives_way_to_a_complaint(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # What a buyer wants to be true, denied, is the complaint ...
        ("Sidan känns inte särskilt pålitlig", "sv", "trust"),
        ("Ni verkar inte seriösa tyvärr", "sv", "trust"),
        ("känns inte tryggt att lämna kortnummer här", "sv", "trust"),
        ("Jag tror inte att ni är seriösa", "sv", "trust"),
        ("Sivusto ei näytä kovin luotettavalta", "fi", "trust"),
        ("ei tunnu turvalliselta maksaa täällä", "fi", "trust"),
        ("Tycker inte att det är prisvärt", "sv", "price"),
        ("ei kyllä ole rahojensa arvoinen", "fi", "price"),
        ("en usko että se on hintansa arvoinen", "fi", "price"),
        # ... said plainly, it is not.
        ("Ni verkar seriösa, jag återkommer efter lönen", "sv", "other"),
        ("Vaikuttaa luotettavalta, palaan asiaan palkkapäivänä", "fi", "other"),
    ],
)
def test_a_wish_counts_when_denied(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # The negation is the complaint: it does not deny the rule it stands in.
        ("En luota tällaisiin sivuihin", "fi", "trust"),
        ("en luota teihin kun ei löydy mitään tietoa yrityksestä", "fi", "trust"),
        ("en uskalla antaa korttitietoja", "fi", "trust"),
        ("en halua antaa korttitietoja tuntemattomalle firmalle", "fi", "trust"),
        ("vill inte lämna mina kortuppgifter till en okänd butik", "sv", "trust"),
        ("kan inte motivera priset", "sv", "price"),
    ],
)
def test_a_negation_that_is_the_complaint(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # "you needn't remind me" is no need gone; "when does it come in more colours" is
        # stock, not delivery.
        ("Ni behöver inte påminna mig fler gånger", "sv", "other"),
        ("När kommer den i fler färger?", "sv", "question"),
        ("milloin tätä tulee muissa väreissä?", "fi", "question"),
        ("milloin tämä tulee takaisin varastoon?", "fi", "question"),
        # "äkta" of a material is no real shop.
        ("Är kjolen i äkta siden?", "sv", "question"),
        # "betala-knappen" is a button of the site, not the payment.
        ("Det snurrar bara när jag trycker på betala-knappen", "sv", "technical"),
    ],
)
def test_words_in_another_sense(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason


# Fields found by later blind rounds of the dev set (new wordings, each read wrongly before).
MORE = [
    ("blev helt chockad när jag såg totalen med frakt", "sv", "price"),
    ("Den kostar dubbelt så mycket som i butiken här", "sv", "price"),
    ("Ni tar betalt för returfrakt, det gör jag inte", "sv", "price"),
    ("orkar inte betala så mycket för en t-shirt", "sv", "price"),
    ("Sidan låste sig när jag skulle fylla i adressen", "sv", "technical"),
    ("fick bara upp något gick fel hela tiden", "sv", "technical"),
    ("Jag kastades tillbaka till startsidan två gånger", "sv", "technical"),
    ("Rabatten drogs aldrig av fast koden godkändes", "sv", "technical"),
    ("Ni finns inte ens på allabolag", "sv", "trust"),
    ("Sajten ser ut som en kopia av en känd butik", "sv", "trust"),
    ("Webbläsaren gav en varning om certifikatet", "sv", "trust"),
    ("Mejlet ser ut som nätfiske, är det verkligen från er?", "sv", "trust"),
    ("Det tar tre veckor innan den kommer, det är för långsamt", "sv", "delivery"),
    ("Vill ha den hemkörd om det går", "sv", "delivery"),
    ("Pengarna drogs från kontot men ingen orderbekräftelse", "sv", "payment"),
    ("Kan man betala kontant vid upphämtning?", "sv", "payment"),
    ("Jag klarar mig utan faktiskt", "sv", "changed_mind"),
    ("köper hellre begagnat på Blocket", "sv", "changed_mind"),
    ("Fick en av min granne", "sv", "changed_mind"),
    ("järkytyin kun näin loppusumman", "fi", "price"),
    ("maksaa tuplasti kivijalkakauppaan verrattuna", "fi", "price"),
    ("palautuksestakin joutuu maksamaan, ei kiitos", "fi", "price"),
    ("en jaksa maksaa noin paljon toimituskuluja", "fi", "price"),
    ("jos laskisitte hintaa vähän", "fi", "price"),
    ("appi sammuu kun avaan kassan", "fi", "technical"),
    ("tuli vain jotain meni pieleen -ilmoitus", "fi", "technical"),
    ("sivu heitti takaisin etusivulle kesken tilauksen", "fi", "technical"),
    ("alennus ei näkynyt loppusummassa vaikka koodi meni läpi", "fi", "technical"),
    ("kassa ei hyväksy puhelinnumeroani", "fi", "technical"),
    ("Teitä ei löydy kaupparekisteristä", "fi", "trust"),
    ("sivu näyttää kopiolta jostain isommasta kaupasta", "fi", "trust"),
    ("selain varoitti sivusta", "fi", "trust"),
    ("jokin tässä kaupassa ei täsmää", "fi", "trust"),
    ("pitää saada perjantaina, ehtiikö?", "fi", "delivery"),
    ("kestää kolme viikkoa ennen kuin tulee, liian hidasta", "fi", "delivery"),
    ("rahat lähti tililtä mutta vahvistusta ei tullut", "fi", "payment"),
    ("korttia ei tueta, mitä teen?", "fi", "payment"),
    ("pärjään ilman sitä", "fi", "changed_mind"),
    ("mies oli jo tilannut samanlaisen", "fi", "changed_mind"),
    ("se oli heräteostos, en tarvi", "fi", "changed_mind"),
    ("sain naapurilta yhden", "fi", "changed_mind"),
    ("ostan mieluummin käytettynä kirppikseltä", "fi", "changed_mind"),
    ("Läste att ni aldrig skickar något, stämmer det?", "sv", "trust"),
    ("luin että asiakkaat ei saaneet tilauksiaan", "fi", "trust"),
    ("osoitetta ei saa tallennettua", "fi", "technical"),
    ("löydettiin parempi muualta", "fi", "changed_mind"),
    ("betalsidan timear ut hela tiden", "sv", "technical"),
    ("kortet blev declined två gånger", "sv", "payment"),
    ("Ingen info om vem som driver sidan", "sv", "trust"),
    ("Jag väntar tills priset går ner", "sv", "price"),
    ("kassa aikakatkaistiin kesken kaiken", "fi", "technical"),
    ("kortti declinettiin", "fi", "payment"),
    ("vähän liikaa t-paidasta", "fi", "price"),
    ("näyttää scämmiltä", "fi", "trust"),
    ("muutin mieltä", "fi", "changed_mind"),
    ("ei mitään tietoa kuka kauppaa pyörittää", "fi", "trust"),
    ("Fin men inte till det priset", "sv", "price"),
    ("Jag hade beställt om frakten varit gratis", "sv", "price"),
    ("Kartan med utlämningsställen laddas aldrig", "sv", "technical"),
    ("Kan man betala i efterhand?", "sv", "payment"),
    ("Mormor köpte redan en åt oss", "sv", "changed_mind"),
    ("ei sillä hinnalla kiitos", "fi", "price"),
    ("tilaisin jos toimitus olisi ilmainen", "fi", "price"),
    ("en tiedä yhtään keitä te ootte", "fi", "trust"),
    ("onnistuuko maksaa jälkikäteen?", "fi", "payment"),
    ("mummo osti jo meille yhden", "fi", "changed_mind"),
    ("mietin uudelleen eikä tule kauppoja", "fi", "changed_mind"),
    ("Jag fastnar i kassan hela tiden", "sv", "technical"),
    ("Bara stockbilder på produkterna, inga riktiga bilder", "sv", "trust"),
    ("Kommer den med postbud?", "sv", "delivery"),
    ("Kan jag betala med presentkort?", "sv", "payment"),
    ("Behovet är borta nu", "sv", "changed_mind"),
    ("har löst det på annat håll", "sv", "changed_mind"),
    ("kuvat on kuvapankista, ei oikeita tuotekuvia", "fi", "trust"),
    ("voinko maksaa lahjakortilla?", "fi", "payment"),
    ("tarve meni ohi", "fi", "changed_mind"),
    ("hoidin asian muuten, kiitos", "fi", "changed_mind"),
    ("kortti ei toimi teidän kassalla", "fi", "payment"),
    ("olen skeptinen tämän kaupan suhteen", "fi", "trust"),
    ("bara en laddningssnurra som aldrig slutar", "sv", "technical"),
    ("Vill inte lämna ut mitt kortnummer till en sån sida", "sv", "trust"),
    ("Kan ni lämna paketet utanför dörren?", "sv", "delivery"),
    ("Det står att kortet har gått ut, men det stämmer inte", "sv", "payment"),
    ("ruudulla pyörii vaan latausympyrä", "fi", "technical"),
    ("en halua antaa hetua verkkokauppaan", "fi", "trust"),
    ("ette vastanneet puhelimeen koko päivänä", "fi", "trust"),
    ("kassa sanoo että kortti on vanhentunut", "fi", "payment"),
    ("hinta on vähän yläkanttiin", "fi", "price"),
    ("jätän tämän oston väliin", "fi", "changed_mind"),
    ("sidan hoppar tillbaka till toppen hela tiden", "sv", "technical"),
    ("Hittar ingen returadress någonstans", "sv", "trust"),
    ("vet inte vem man ska kontakta vid problem", "sv", "trust"),
    ("orkar inte vänta tre veckor på en jacka", "sv", "delivery"),
    ("Banken stoppade köpet", "sv", "payment"),
    ("Jag nöjer mig med den jag har", "sv", "changed_mind"),
    ("koon valinta nollautuu koko ajan", "fi", "technical"),
    ("palautusosoitetta ei löydy", "fi", "trust"),
    ("en tiedä keneen ottaa yhteyttä jos jotain sattuu", "fi", "trust"),
    ("en jaksa odottaa kolmea viikkoa", "fi", "delivery"),
    ("pankki esti maksun", "fi", "payment"),
    ("käykö debit-kortti?", "fi", "payment"),
    ("hintoja on nostettu", "fi", "price"),
    ("taidan pärjätä nykyisellä", "fi", "changed_mind"),
    ("kuinka kauan akku kestää yhdellä latauksella?", "fi", "question"),
    ("Blir det någon rea snart?", "sv", "price"),
    ("Jag får inte upp kassan på mobilen", "sv", "technical"),
    ("session expired varje gång jag ska betala", "sv", "technical"),
    ("kan inte ta bort varor ur korgen", "sv", "technical"),
    ("Har ingen användning för den längre", "sv", "changed_mind"),
    ("Tog en liknande från en konkurrent", "sv", "changed_mind"),
    ("onko tulossa aleja?", "fi", "price"),
    ("ei se ole 50 euron arvoinen", "fi", "price"),
    ("en saa kassasivua auki", "fi", "technical"),
    ("istunto vanhentui kesken tilauksen", "fi", "technical"),
    ("en pysty poistamaan tuotetta korista", "fi", "technical"),
    ("ei ole enää käyttöä tälle", "fi", "changed_mind"),
    ("otin vastaavan kilpailijalta", "fi", "changed_mind"),
    ("Kunde inte logga in med mitt Google-konto", "sv", "technical"),
    ("en päässyt sisään Google-tunnuksilla", "fi", "technical"),
    ("Det känns inte som ett riktigt företag", "sv", "trust"),
    ("Tar det verkligen 10 arbetsdagar?", "sv", "delivery"),
    ("Har läst om kunder som aldrig fått sina paket", "sv", "trust"),
    ("Kan ni matcha priset hos Elgiganten?", "sv", "price"),
    ("voitteko matchata hinnan?", "fi", "price"),
    ("päätin etten tilaa", "fi", "changed_mind"),
    ("löysin samanlaisen kirpparilta", "fi", "changed_mind"),
    ("kuulin että moni ei ole saanut tilaustaan", "fi", "trust"),
    ("Är ni med på Trustpilot?", "sv", "trust"),
    ("Har köpstopp resten av året", "sv", "changed_mind"),
    ("onko alekoodeja tarjolla?", "fi", "price"),
    ("ootteko Trustpilotissa?", "fi", "trust"),
    ("pidän taukoa ostamisesta", "fi", "changed_mind"),
]


@pytest.mark.parametrize(("text", "language", "reason"), MORE)
def test_more_fields(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # Read rightly before; the wider rules must not spoil them.
        ("Har ni någon rabattkod?", "sv", "price"),
        ("Går det att betala mot faktura?", "sv", "payment"),
        ("Onko teillä alennuskoodia?", "fi", "price"),
        ("Voiko maksaa laskulla?", "fi", "payment"),
        ("Tuleeko paketti Matkahuollolla?", "fi", "delivery"),
        ("en ehdi nyt tilata, palaan myöhemmin", "fi", "other"),
        ("Jag hinner inte beställa nu, återkommer", "sv", "other"),
        ("paketti ei ehdi ennen lomaa", "fi", "delivery"),
        ("Y-tunnusta ei löydy mistään", "fi", "trust"),
        ("Vem är leverantören av tyget?", "sv", "question"),
        ("Onko tämä aitoa villaa?", "fi", "question"),
        ("Min adress finns inte med i listan, skickar ni till Åland?", "sv", "delivery"),
        ("lähetätte ihan liikaa viestejä", "fi", "other"),
        ("ei tarvitse muistuttaa enempää", "fi", "other"),
        ("Jag behöver den inte längre", "sv", "changed_mind"),
        ("en tarvitse sitä enää", "fi", "changed_mind"),
        ("Leveranssättet funkar inte för mig", "sv", "delivery"),
        ("Jag hittar er inte på Google alls", "sv", "trust"),
        ("en pyöritä enää yritystä, poistakaa tilaus listalta", "fi", "other"),
    ],
)
def test_guards_kept(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason
