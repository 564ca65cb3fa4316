"""German and Italian reasons, second round (kurv.replies.reasons, issue 20 point 1): what
is no reason to leave ("other": unsubscribing, annoyance at the mails, payday, later, on
holiday, personal news), a changed mind and distrust said indirectly, and technical trouble
told with everyday verbs. Each case was read wrongly before these rules, except the
guards (GUARDS), which say so."""

from __future__ import annotations

import pytest

from kurv.replies.reasons import classify


def reason_of(text: str, language: str) -> str:
    return classify(text, language)[0]


GERMAN = [
    # other: unsubscribing, annoyance at the mails (also asked), payday, later, holiday
    ("Wie komme ich aus eurem Verteiler raus?", "other"),
    ("Ich möchte keine Erinnerungen mehr bekommen, wo kann ich mich abmelden?", "other"),
    ("Könnt ihr endlich aufhören, mir jeden Tag zu schreiben?", "other"),
    ("Drei Mails in zwei Tagen, wie aufdringlich ist das denn?", "other"),
    ("Wer schreibt mir hier eigentlich? Kenne euch gar nicht", "other"),
    ("Warum schicken Sie mir das? Ich war nie bei Ihnen angemeldet.", "other"),
    ("Bitte keine Newsletter mehr an meine Adresse", "other"),
    ("Wieso kriege ich eigentlich Mails von euch?", "other"),
    ("Jeden Tag eine Erinnerung, wie oft denn noch?", "other"),
    ("Sobald das Gehalt da ist, bestelle ich mit dem Gutscheincode", "other"),
    ("Bin noch bis Sonntag im Urlaub, danach schau ich mir die Versandkosten nochmal an", "other"),
    ("Hatte keine Zeit, mache das mit dem Kundenkonto am Wochenende", "other"),
    # changed mind said indirectly
    ("Ich war halt am Stöbern", "changed_mind"),
    ("Eigentlich wollte ich gar nichts kaufen, nur Preise anschauen", "changed_mind"),
    ("Wir kommen auch ohne Küchenmaschine gut aus", "changed_mind"),
    ("Der Kleine ist aus den Stiefeln schon rausgewachsen", "changed_mind"),
    ("Hat sich erübrigt, danke", "changed_mind"),
    ("Habe mich dann doch für ein gebrauchtes entschieden", "changed_mind"),
    ("So einen Mixer habe ich eigentlich schon in der Küche stehen", "changed_mind"),
    ("Das hab ich mir nur zum Merken in den Korb gelegt", "changed_mind"),
    ("Unsere alte Waschmaschine läuft nach der Reparatur wieder", "changed_mind"),
    ("Hab mir das nochmal durch den Kopf gehen lassen, danke", "changed_mind"),
    ("Letztendlich habe ich mich für das Vorjahresmodell entschieden", "changed_mind"),
    ("Die Taufe war ja schon am Sonntag, jetzt bringt es nichts mehr", "changed_mind"),
    ("Hab die Sachen nur reingelegt, um zu sehen, wie viel alles zusammen macht", "changed_mind"),
    ("Den Hochdruckreiniger kann ich mir auch vom Schwager ausleihen", "changed_mind"),
    ("Bin zum Schluss gekommen, dass ich es gar nicht brauche", "changed_mind"),
    ("Hab die Vase dann beim Gartencenter mitgenommen", "changed_mind"),
    ("Die Gartenparty ist ins Wasser gefallen", "changed_mind"),
    ("Bin bei einem anderen Händler fündig geworden", "changed_mind"),
    ("Meine Oma hat mir ihre Nähmaschine überlassen", "changed_mind"),
    # trust said indirectly
    ("Der Shop kam mir ehrlich gesagt seltsam vor", "trust"),
    ("Die Preise sind zu gut, um wahr zu sein", "trust"),
    ("Es ist nicht ersichtlich, wer den Laden betreibt", "trust"),
    ("Mir war unklar, wer dahinter steckt", "trust"),
    ("Die vielen miesen Rezensionen haben mich abgeschreckt", "trust"),
    ("Ein Kollege hat bei euch bestellt und nie etwas bekommen", "trust"),
    ("Da bin ich lieber vorsichtig", "trust"),
    ("Ich gebe meine Bankdaten nicht gern bei einem so neuen Shop ein", "trust"),
    ("Wo sitzen Sie eigentlich?", "trust"),
    ("Ich finde nirgends etwas zur Rücknahme, so bestelle ich nicht", "trust"),
    ("Der Shop wirkt lieblos zusammengeklickt", "trust"),
    ("Die Produkttexte klingen maschinell übersetzt", "trust"),
    ("Ich konnte nirgends erkennen, wer den Shop betreibt", "trust"),
    ("Ich kaufe nur bei Händlern, die ich kenne", "trust"),
    ("Mein Antivirenprogramm hat die Seite blockiert", "trust"),
    ("Euer Lager sitzt in Shenzhen, das war mir nicht klar", "trust"),
    ("Auf der Über-uns-Seite nur Floskeln", "trust"),
    # technical with everyday verbs
    ("Das Formular nimmt meine Telefonnummer einfach nicht an", "technical"),
    ("Die Seite ist dauernd nach oben gesprungen", "technical"),
    ("Der Haken bei den AGB lässt sich nicht setzen", "technical"),
    ("Ich bin beim Bezahlschritt nicht weitergekommen, die Seite baut sich nicht auf", "technical"),
    ("Der Bestellbutton war grau", "technical"),
    ("Das Dropdown verschwindet immer wieder", "technical"),
    ("Ich konnte keine Farbe auswählen", "technical"),
    ("Es heißt immer, meine E-Mail sei schon vergeben", "technical"),
    ("Ich habe mich angemeldet, bekomme aber keine Bestätigungsmail.", "technical"),
    ("Bei mir lädt die Seite ewig", "technical"),
    ("Nach dem Absenden war alles wieder weg", "technical"),
    ("Der Rabattcode war beim Bezahlen plötzlich weg", "technical"),
    ("Das Chatfenster verdeckt den Kaufen-Knopf", "technical"),
    ("Im Bezahlschritt konnte ich nichts anklicken", "technical"),
    ("Der Weiter-Button bleibt grau", "technical"),
    # changed mind: cancelling the order
    ("Bitte stornieren Sie meine Bestellung", "changed_mind"),
    # price: a sum not affordable now
    ("Die 250 Franken sind im Moment einfach nicht drin", "price"),
    ("Ich hatte mit 40 Euro gerechnet", "price"),
    ("Ich hab keine Lust mehr, so viel für Versand zu zahlen", "price"),
    ("Ich warte lieber, bis die Sommerkleider runtergesetzt sind", "price"),
    # delivery: a date said as the start or end of a week, Austrian "geht sich das aus"
    ("Die Gardinen bräuchte ich spätestens Anfang nächster Woche", "delivery"),
    ("Geht sich das zeitlich aus?", "delivery"),
    # money kept for something else, the choice fell elsewhere, a lookup not finding, alike reviews
    ("Wir brauchen den Trockner also nicht", "changed_mind"),
    ("Das Geld stecke ich lieber in neue Reifen", "changed_mind"),
    ("Die Wahl fiel auf ein anderes Gerät", "changed_mind"),
    ("Die Adresssuche findet unsere Straße nicht", "technical"),
    ("Die Rezensionen klingen alle gleich", "trust"),
    # an impulse gone, a shopping pause; things heard; a cart that differs or a step not passed
    ("War eine Schnapsidee, sorry", "changed_mind"),
    ("Ich mache gerade eine Kaufpause", "changed_mind"),
    ("Ich habe beschlossen, keine neuen Möbel anzuschaffen", "changed_mind"),
    ("Über euch hab ich nicht so tolle Dinge gehört, ich lass es", "trust"),
    ("Auf Reddit wird vor euch gewarnt", "trust"),
    ("Der Warenkorb zeigt am Handy etwas anderes an", "technical"),
    ("Ich komme nicht über die Zahlungsseite hinaus", "technical"),
    ("Das Formular meckert bei der Hausnummer", "technical"),
]

ITALIAN = [
    # other
    ("Come faccio a cancellarmi dalla vostra lista?", "other"),
    ("Non voglio più ricevere queste email", "other"),
    ("Perché continuate a scrivermi? Chi vi ha dato il mio indirizzo?", "other"),
    ("Non mandate più niente a questo indirizzo", "other"),
    ("Come mai mi arrivano email da voi?", "other"),
    ("Mi arriva una vostra mail un giorno sì e uno no", "other"),
    ("Sarò via fino a settembre, poi uso il codice sconto", "other"),
    ("Non serve che mi scriviate ogni settimana", "other"),
    # money kept for something else, the choice fell elsewhere, a lookup not finding, alike reviews
    ("La banca mi ha dato errore con il bonifico", "payment"),
    ("Il sito mi scollegava di continuo", "technical"),
    ("Speravo di risparmiare con il codice", "price"),
    ("Non mi sento per niente tranquilla a ordinare qui", "trust"),
    ("Preferisco usare quei soldi per la macchina", "changed_mind"),
    ("La scelta è caduta su un modello più semplice", "changed_mind"),
    ("Il sito non riconosce il mio CAP", "technical"),
    ("Non ci sono dati aziendali sul sito", "trust"),
    ("Le recensioni sono tutte uguali", "trust"),
    ("Non c'è bisogno di scrivermi ogni giorno", "other"),
    # an impulse gone, a shopping pause; things heard; a cart that differs or a step not passed
    ("È stato un colpo di testa, scusate", "changed_mind"),
    ("Mi sono presa una pausa dagli acquisti", "changed_mind"),
    ("Mi sembra un po' rischioso", "trust"),
    ("Non c'è nessun marchio di garanzia", "trust"),
    ("Il carrello mostra prodotti diversi sul telefono", "technical"),
    ("Non riesco a superare il passaggio dell'indirizzo", "technical"),
    ("Mi sembrano un po' tantini", "price"),
    ("Ogni giorno un promemoria, non vi sembra troppo?", "other"),
    ("Aspetto lo stipendio di fine mese, poi ordino con il codice sconto", "other"),
    ("Sono in ferie fino al 20, poi uso il codice sconto", "other"),
    ("Me ne sono dimenticata, completo l'ordine con PayPal più avanti", "other"),
    ("Non ho avuto tempo, scusate, faccio il login stasera", "other"),
    # changed mind said indirectly
    ("Lasciamo stare, grazie", "changed_mind"),
    ("Ne faccio a meno per quest'anno", "changed_mind"),
    ("Non avevo intenzione di comprarlo davvero", "changed_mind"),
    ("Mi tengo il vecchio ancora per un po'", "changed_mind"),
    ("Alla fine non ha più senso", "changed_mind"),
    ("Mi hanno prestato una tenda, quindi a posto così", "changed_mind"),
    ("Ho fatto aggiustare il mio vecchio tostapane", "changed_mind"),
    ("Ho trovato quello che cercavo su Vinted", "changed_mind"),
    ("La mia vecchia stampante regge ancora", "changed_mind"),
    ("Mio figlio non lo usa più", "changed_mind"),
    ("Cancellatemi l'ordine per favore", "changed_mind"),
    ("La gita è andata a monte", "changed_mind"),
    ("Meglio di no, grazie", "changed_mind"),
    ("Alla fine le ho prese lì", "changed_mind"),
    ("Dopo averci riflettuto preferisco di no", "changed_mind"),
    ("Volevo solo sapere quanto veniva in totale con la spedizione", "changed_mind"),
    # trust said indirectly
    ("Il sito mi sembrava un po' strano", "trust"),
    ("Non mi ispirava per niente", "trust"),
    ("Preferisco non rischiare con siti nuovi", "trust"),
    ("Le schede prodotto sono tradotte male", "trust"),
    ("Il sito è raffazzonato", "trust"),
    ("Compro solo da negozi conosciuti", "trust"),
    ("Il mio antivirus ha bloccato la pagina", "trust"),
    ("Il vostro magazzino è in Cina, non lo sapevo", "trust"),
    ("Nessun nome, solo frasi fatte", "trust"),
    ("Non si capisce chi ci sia dietro a questo negozio", "trust"),
    ("Ho letto di clienti che non hanno ricevuto niente", "trust"),
    ("Il sito è fatto male, sembra improvvisato", "trust"),
    # technical with everyday verbs
    ("Premevo su paga e la pagina tornava indietro al carrello", "technical"),
    ("Il campo del CAP non me lo prendeva", "technical"),
    ("Ho dovuto ricominciare da capo tre volte", "technical"),
    ("Il carrello risulta scaduto e non me lo fa recuperare", "technical"),
    ("Si vede solo la rotella che gira", "technical"),
    ("Dal telefono i bottoni sono tutti sovrapposti", "technical"),
    ("Il coupon sparisce al momento di pagare", "technical"),
    ("La finestra della chat copre il pulsante", "technical"),
    ("Al passaggio 'scegli spedizione' non riesco a cliccare", "technical"),
    ("La pagina resta tutta grigia", "technical"),
    # price: not within one's means
    ("Al momento non rientra nelle mie possibilità", "price"),
    ("Pensavo di spendere meno", "price"),
    ("Aspetto che il divano vada in saldo", "price"),
]

GUARDS = [
    # passing before too: a complaint beside an "other" cue still wins (the "other" rules
    # did not exist before, so these read as the complaint already; kept against them)
    ("Bin im Urlaub, aber 30 € Versand sind mir zu viel", "de", "price"),
    ("Hört auf zu schreiben, eure Seite ist sowieso unseriös", "de", "trust"),
    ("Sobald das Gehalt kommt, aber die Karte wurde abgelehnt", "de", "payment"),
    ("Smettetela con le mail, tanto il sito non funziona", "it", "technical"),
    ("Aspetto lo stipendio, ma la spedizione è troppo cara", "it", "price"),
    ("Sono in ferie, riprovo dopo: la carta è stata rifiutata", "it", "payment"),
    # passing before too: a question about a product for a holiday stays a question
    ("Ich brauche den Koffer für den Urlaub, passt er ins Handgepäck?", "de", "question"),
    ("Lo porto in vacanza: è impermeabile?", "it", "question"),
    # passing before too (the new "other" rules read them as other until they were
    # made to yield to a question): a question beside a holiday, payday or "later"
    ("Bin im Urlaub, gibt es die Jacke dann noch in Schwarz?", "de", "question"),
    ("Aspetto lo stipendio, ma intanto: la taglia M veste grande?", "it", "question"),
    # passing before too: forgetting to ask is no "later"; a payment method asked beside a
    # holiday stays payment
    ("Hab ganz vergessen zu fragen, gibt es den auch in Blau?", "de", "question"),
    ("Mi ero dimenticata di chiedere: c'è anche in blu?", "it", "question"),
    ("Geht bei euch auch Vorkasse? Dann bestelle ich nach dem Urlaub", "de", "payment"),
    ("Accettate Satispay? Ordino dopo le ferie", "it", "payment"),
    # passing before too: an antivirus named without a warning, a way of paying expected
    # are no trust or price of these rules
    ("Il mio antivirus non c'entra, il sito non carica", "it", "technical"),
    ("Pensavo di pagare con Satispay ma non c'è", "it", "payment"),
    # passing before too: "brauchen mich nicht zu erinnern" is no changed mind
    ("Sie brauchen mich nicht weiter zu erinnern", "de", "other"),
    # passing before too: "lieber nicht" before a way of paying, a size gone from stock
    ("Ich zahle lieber nicht mit Kreditkarte. Geht auch Rechnung?", "de", "payment"),
    ("Die Größe M ist plötzlich weg, ist die ausverkauft?", "de", "question"),
    # passing before too: an illness is no reason to leave ("other")
    ("War die letzten Wochen krank, sorry", "de", "other"),
    # failing before: "a meno" of "fare a meno" is no price; "prezzi troppo bassi" no dear price
    ("Ne posso fare a meno", "it", "changed_mind"),
    ("I prezzi troppo bassi mi sembrano una truffa", "it", "trust"),
]


@pytest.mark.parametrize(("text", "reason"), GERMAN)
def test_german_fields(text: str, reason: str) -> None:
    assert reason_of(text, "de") == reason


@pytest.mark.parametrize(("text", "reason"), ITALIAN)
def test_italian_fields(text: str, reason: str) -> None:
    assert reason_of(text, "it") == reason


@pytest.mark.parametrize(("text", "language", "reason"), GUARDS)
def test_guards(text: str, language: str, reason: str) -> None:
    assert reason_of(text, language) == reason
