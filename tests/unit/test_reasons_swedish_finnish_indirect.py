"""Swedish and Finnish reasons said indirectly, and what is no reason to leave ("other"):
just looking, talked out of it, the old one will do, outgrown; a shop that felt off or
whose owner can't be found; everyday words for a broken site; stop emailing, payday,
holiday, personal news. A complaint beside an "other" still wins. Sentences of our own,
none from the corpus; each failed before the rules it tests, unless marked as a guard."""

from __future__ import annotations

import pytest

from kurv.replies.reasons import classify


def reason_of(text: str, language: str) -> str:
    return classify(text, language)[0]


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        # other: stop emailing, too many reminders, annoyance, also asked
        ("Hej, kan ni sluta skicka påminnelser? Tack.", "sv", "other"),
        ("Hur många påminnelser tänker ni skicka egentligen?", "sv", "other"),
        ("Varför mejlar ni mig hela tiden?", "sv", "other"),
        ("Ett mejl om leveransen varje dag, lägg av med tjatet", "sv", "other"),
        ("Kan ni sluta mejla om rabatter?", "sv", "other"),
        ("Kuinka monta muistutusta aiotte vielä lähettää?", "fi", "other"),
        ("Miksi spämmäätte mua koko ajan?", "fi", "other"),
        ("Lopettakaa viestien lähettäminen toimituksesta", "fi", "other"),
        ("Voitteko lopettaa mailaamisen?", "fi", "other"),
        ("Kan ni låta bli att skicka fler av de här?", "sv", "other"),
        ("Voisitteko olla lähettämättä näitä muistutuksia?", "fi", "other"),
        # other: payday, later, holiday, personal news
        ("Får lön den 25:e, då slår jag till. Okej?", "sv", "other"),
        ("Jag är bortrest till fredag", "sv", "other"),
        ("Är på semester nu, är det okej om jag beställer när jag kommer hem?", "sv", "other"),
        ("Palaan asiaan palkkapäivän jälkeen, sopiiko?", "fi", "other"),
        ("Oon lomalla, saako korin säästettyä siihen asti?", "fi", "other"),
        ("Saatiin vauva joten tilaan myöhemmin, onko se ok?", "fi", "other"),
        # guards (held before): plain "other" with nothing else, and a complaint beside an
        # "other" still wins now that "other" rules decide
        ("Avregistrera mig, tack", "sv", "other"),
        ("Vi har precis fått tvillingar, så allt står still här", "sv", "other"),
        ("Oon lomamatkalla, palaan asiaan ensi viikolla", "fi", "other"),
        ("Sluta mejla mig, frakten på 149 kr är för dyr", "sv", "price"),
        ("Är på semester, men kortet nekades när jag försökte betala", "sv", "payment"),
        ("Lopettakaa spämmäys, en luota teihin", "fi", "trust"),
        ("Odotan palkkapäivää, mutta toimituskulut on kyllä liian kalliit", "fi", "price"),
        ("Oon lomalla, ja kortti hylättiin kun yritin maksaa", "fi", "payment"),
        # a complaint beside an "other" (failed before: read as delivery)
        ("Varför skickar ni påminnelser när sidan inte ens fungerar?", "sv", "technical"),
        # changed_mind: just looking, never meant to buy
        ("Jag surfade mest omkring en kväll, inget mer", "sv", "changed_mind"),
        ("Jag kikade mest runt lite, inget allvarligt menat", "sv", "changed_mind"),
        ("Hade aldrig tänkt att beställa den egentligen", "sv", "changed_mind"),
        ("Jag ville bara se vad det skulle kosta totalt", "sv", "changed_mind"),
        ("Kurkkailin vähän ajan kuluksi", "fi", "changed_mind"),
        ("En ollut oikeasti aikonut tilata mitään", "fi", "changed_mind"),
        ("Laitoin korin täyteen katsoakseni paljonko se tulisi maksamaan", "fi", "changed_mind"),
        # changed_mind: talked out of it, manage without, outgrown, already have one
        ("Sov på saken, det blir inget köp", "sv", "changed_mind"),
        ("Min gamla cykel duger ett tag till", "sv", "changed_mind"),
        ("Sonen har vuxit ifrån lego nu", "sv", "changed_mind"),
        ("Kom på att vi redan äger en sån", "sv", "changed_mind"),
        ("Tulin järkiini ja jätin sen", "fi", "changed_mind"),
        ("Vanha pyörä kelpaa vielä hyvin", "fi", "changed_mind"),
        ("Tyttö on kasvanut ulos noista vaatteista", "fi", "changed_mind"),
        ("Meillä on jo samanlainen kotona", "fi", "changed_mind"),
        ("En käyttäis sitä kuitenkaan", "fi", "changed_mind"),
        # changed_mind: mend the old one, someone said no, the occasion put off
        ("Tänkte försöka laga min gamla brödrost först", "sv", "changed_mind"),
        ("Gubben sa nej till en till tv, så inte den här gången", "sv", "changed_mind"),
        ("Korjautan vanhan sohvan mieluummin", "fi", "changed_mind"),
        ("Mies sanoi ei, eli ei tällä kertaa", "fi", "changed_mind"),
        # changed_mind: daydreaming, no room, a hobby given up (its negation is the point)
        ("Var aldrig riktigt på väg att beställa, drömde mest", "sv", "changed_mind"),
        ("Vi har ingen plats för en så stor soffa", "sv", "changed_mind"),
        ("Fiilistelin vaan tuotteita illalla", "fi", "changed_mind"),
        ("Meillä ei oo tilaa noin isolle sohvalle", "fi", "changed_mind"),
        ("Poika ei enää pelaa jääkiekkoa niin mailaa ei tarvita", "fi", "changed_mind"),
        # changed_mind: carried away, the landlord said no, the occasion is over
        ("Blev nog lite för ivrig där, behöver egentligen inte två", "sv", "changed_mind"),
        ("Hyresvärden sa nej till att måla om, så färgen blir inte av", "sv", "changed_mind"),
        ("Påsken är ju redan över, så det får vänta till nästa år", "sv", "changed_mind"),
        ("Innostuin vähän liikaa, en mä oikeesti kaipaa toista", "fi", "changed_mind"),
        ("Taloyhtiö kielsi grillit, joten grilli jää ostamatta", "fi", "changed_mind"),
        ("Juhannushan meni jo, joten ensi vuoteen sitten", "fi", "changed_mind"),
        ("Jätetään nyt toistaiseksi väliin", "fi", "changed_mind"),
        # trust: felt off, owner unknown, borrowed photos
        ("Butiken kändes lite oproffsig, om jag ska vara ärlig", "sv", "trust"),
        ("Fick en olustig känsla av hemsidan", "sv", "trust"),
        ("Jag hittade inte vilka som står bakom företaget", "sv", "trust"),
        ("Kunde inte hitta något om ägarna", "sv", "trust"),
        ("Finns det några omdömen om er?", "sv", "trust"),
        ("Kauppa vaikutti vähän epämääräiseltä", "fi", "trust"),
        ("En saanut selville kuka on firman takana", "fi", "trust"),
        ("Kuvat näytti lainatuilta jostain toisesta kaupasta", "fi", "trust"),
        ("Löytyykö teistä asiakasarvioita jostain?", "fi", "trust"),
        ("Ei löytynyt mitään tietoa teistä", "fi", "trust"),
        # trust: too good to be true, machine translation, how to return unknown
        ("Alldeles för billigt för att vara äkta, tyvärr", "sv", "trust"),
        ("Hittade ingen info om hur man returnerar", "sv", "trust"),
        ("Sivulla oli tosi kummallista suomea", "fi", "trust"),
        ("En löytänyt ohjeita minne tuotteen voi palauttaa", "fi", "trust"),
        # trust: googled and found little, not knowing who runs it, not daring
        ("Googlade butiken och hittade knappt något om er", "sv", "trust"),
        ("Har ingen aning om vilka som driver sidan", "sv", "trust"),
        ("Googlasin teidät eikä löytynyt mitään", "fi", "trust"),
        ("En tiedä kuka tätä kauppaa oikeasti pyörittää", "fi", "trust"),
        ("En uskaltanut, sori", "fi", "trust"),
        # trust: a phone number out of use; a payment page unlike the rest (the buyer
        # would not type the card in: no payment failure)
        ("Ringde er men numret var inte i bruk", "sv", "trust"),
        ("Ville inte skriva in mitt kort, betalsidan såg konstig ut än resten", "sv", "trust"),
        ("Yritin soittaa, mutta numero ei ollut käytössä", "fi", "trust"),
        # technical: everyday verbs
        ("Jag klickade på knappen men det hände inte något alls", "sv", "technical"),
        ("Hela sidan la av mitt i beställningen", "sv", "technical"),
        ("Fick aldrig sms-koden så jag kom inte in", "sv", "technical"),
        ("Appen stängs direkt när jag går till kassan", "sv", "technical"),
        ("Rabattkoden sa att den inte längre var giltig", "sv", "technical"),
        ("Sidan ville inte godta mitt postnummer", "sv", "technical"),
        ("Formatet på mobilnumret var fel", "sv", "technical"),
        ("En pystynyt kirjoittamaan osoitetta kenttään", "fi", "technical"),
        ("Vahvistuskoodi ei tullut koskaan", "fi", "technical"),
        ("Sivu meni ihan sekaisin kesken tilauksen", "fi", "technical"),
        ("Koodi ei ollut enää voimassa vaikka sain sen eilen", "fi", "technical"),
        ("Sivu ei hyväksynyt minun puhelinnumeroa", "fi", "technical"),
        # technical: reloading, a pop-up in the way, garbled text, typed text lost
        ("Den laddade om sig gång på gång", "sv", "technical"),
        ("En cookie-ruta låg i vägen för knappen", "sv", "technical"),
        ("Kunde inte scrolla ner till betalknappen", "sv", "technical"),
        ("Joku evästeikkuna peitti koko napin", "fi", "technical"),
        ("Ruudulle tuli pelkkiä outoja merkkejä", "fi", "technical"),
        ("Kirjoittamani osoite hävisi joka kerta", "fi", "technical"),
        ("Skärmen blev helt vit när jag tryckte på köp", "sv", "technical"),
        ("Min mejladress godkändes inte fast den är rätt stavad", "sv", "technical"),
        ("Kori näytti tyhjältä vaikka olin lisännyt sinne tuotteita", "fi", "technical"),
        # other: offline at the cottage is no distrust of the internet
        ("Sitter i stugan utan internet hela veckan", "sv", "other"),
        ("Appen har slutat att fungera efter uppdateringen", "sv", "technical"),
        ("Sovellus lakkasi toimimasta päivityksen jälkeen", "fi", "technical"),
        ("Tuotekuvat ei latautuneet ollenkaan", "fi", "technical"),
        # sixth dev set's fields: cold feet at the checkout, forum reports, warnings found,
        # life got in the way, a wrong sum, 'the site said ... though', never a customer
        ("Fick kalla kårar vid kassan, det stod inget om företaget", "sv", "trust"),
        ("Läste på Flashback om er", "sv", "trust"),
        ("Såg på ett forum att folk inte fått sina paket", "sv", "trust"),
        ("Googlade er och fick upp varningar", "sv", "trust"),
        ("Det blev aldrig av, livet kom emellan", "sv", "changed_mind"),
        ("Klickade mest runt för skojs skull, behöver ingen ny soffa", "sv", "changed_mind"),
        ("Det var bara en snurrande cirkel när jag tryckte på betala", "sv", "technical"),
        ("Kassan visar fel summa", "sv", "technical"),
        ("Systemet sa att mitt postnummer inte fanns trots att det är rätt", "sv", "technical"),
        ("Vem är det som skickar det här? Har aldrig handlat hos er", "sv", "other"),
        ("Luin Suomi24:stä että ihmiset ei oo saanu tilauksiaan", "fi", "trust"),
        ("Googlasin ja löysin varoituksia teistä", "fi", "trust"),
        ("Ei siitä sitten tullut mitään, elämä tuli väliin", "fi", "changed_mind"),
        ("Käytiin ostamassa yksi keskustasta", "fi", "changed_mind"),
        ("Alennusta ei vähennetty loppusummasta", "fi", "technical"),
        ("Sivu väitti ettei osoitettani ole olemassa vaikka on", "fi", "technical"),
        ("Se on enemmän kuin yleensä käytän kenkiin", "fi", "price"),
        ("Voisitteko lähettää vasta elokuussa?", "fi", "delivery"),
        ("Kuka näitä lähettää? En oo koskaan ostanut teiltä mitään", "fi", "other"),
        # seventh dev set's fields: sitting it out, enough already, no longer into it, a
        # neighbour's hand-me-down; a middleman; off the screen; a duplicate mail, no more
        # offers (no changed mind); 'blir nog till helgen' is no delivery date
        ("Jag står över, har redan tillräckligt med mattor", "sv", "changed_mind"),
        ("Sonen bryr sig inte om dinosaurier längre", "sv", "changed_mind"),
        ("Fick en av grannen, så vi klarar oss", "sv", "changed_mind"),
        ("Sidan påstod sig vara svensk men allt var på engelska", "sv", "trust"),
        ("Är ni bara en mellanhand?", "sv", "trust"),
        ("Betalknappen hamnar utanför skärmen på mobilen", "sv", "technical"),
        ("Inte intresserad av fler erbjudanden, tack", "sv", "other"),
        ("Tack! Det blir nog till helgen", "sv", "other"),
        ("Poika ei enää tykkää autoista", "fi", "changed_mind"),
        ("Saatiin yksi kaverilta, joten pärjätään", "fi", "changed_mind"),
        ("Ootteko te vaan joku välikäsi?", "fi", "trust"),
        ("Maksunappi jää ruudun ulkopuolelle puhelimella", "fi", "technical"),
        ("En ole kiinnostunut teidän tarjouksista", "fi", "other"),
        ("Kymmenen arkipäivää, se on aivan liian kauan", "fi", "delivery"),
        # ninth dev set's fields: a foreign company in the terms; when it would leave, needed
        # on a weekday; a payment method not shown (payment before the checkout's trouble)
        ("Varför står det ett kinesiskt företag i villkoren?", "sv", "trust"),
        ("Miksi ehdoissa on kiinalainen yritys?", "fi", "trust"),
        ("Milloin se lähtisi, jos tilaan nyt?", "fi", "delivery"),
        ("Tarvitsen sen lauantaina", "fi", "delivery"),
        ("Apple Pay ei näkynyt vaihtoehtona kassalla", "fi", "payment"),
        # tenth dev set's fields: not convinced, home-made look; can't make out the returns;
        # a button that won't react; 'väl tilltaget', 'överi'; spoken 'emmä', and 'et' as
        # spoken 'että' (a clause's opener, no negation)
        ("Blev inte riktigt övertygad, sidan såg hemmabyggd ut", "sv", "trust"),
        ("Kunde inte förstå om ni har returrätt", "sv", "trust"),
        ("Köpknappen reagerar inte alls", "sv", "technical"),
        ("Priset är lite väl tilltaget", "sv", "price"),
        ("Ei oikeen vakuuttanu, sivu näytti kyhätyltä", "fi", "trust"),
        ("Hinta on kyl vähän överi", "fi", "price"),
        ("Emmä taida sittenkää", "fi", "changed_mind"),
        ("Tuli mietittyä et turha ostos", "fi", "changed_mind"),
        # too much else on is no price (failed before: price)
        ("Taidan odotella, on vähän liikaa muuta just nyt", "fi", "changed_mind"),
        # price, delivery: said indirectly
        ("900 spänn för en mössa är i mesta laget", "sv", "price"),
        ("Kan inte motivera 2000 för en jacka", "sv", "price"),
        ("Kaksisataa euroa on turhan paljon tuollaisesta", "fi", "price"),
        ("Behöver den till dopet, hinner ni?", "sv", "delivery"),
        ("Saako tämän tilattua Maarianhaminaan?", "fi", "delivery"),
        ("Finland fanns inte i listan när jag skulle välja land", "sv", "delivery"),
        ("Maalistassa ei ollut Suomea ollenkaan", "fi", "delivery"),
        # a trip's end is no delivery date (failed before: delivery)
        ("Är bortrest till måndag, kollar då", "sv", "other"),
        # guards (held before): a holiday, payday or the like is named as a topic, so a
        # delivery topic or a product question beside it keeps the reply
        ("Voiko paketin jättää oven taakse? Oon lomalla ensi viikon", "fi", "delivery"),
        ("Hur lång leveranstid har ni till Umeå? Ska på semester snart", "sv", "delivery"),
        ("Kiitos nopeasta vastauksesta viimeksi! Sopiiko pannu induktiolle?", "fi", "question"),
        # a card failing abroad is payment, not the holiday (failed before: other)
        ("Är på semester i Spanien och mitt kort funkar tydligen inte här", "sv", "payment"),
        ("Oon lomalla eikä mun kortti näköjään toimi täällä", "fi", "payment"),
        # guards (held before): "I'll come back to it" is only a weak cue, so a product
        # question or a complaint beside it decides
        ("Återkommer gärna, men först: finns bordet i ek?", "sv", "question"),
        ("Palaan asiaan, mutta ensin: onko pöytää tammena?", "fi", "question"),
        (
            "Tack för påminnelsen. Väntar på lönen men 349 kr i frakt är alldeles för mycket",
            "sv",
            "price",
        ),
        # guard (held before): thanks beside a product question stays a question
        ("Tack för påminnelsen! Går den att tvätta i 60 grader?", "sv", "question"),
    ],
)
def test_reason(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason
