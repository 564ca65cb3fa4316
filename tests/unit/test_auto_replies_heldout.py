"""The held-out replies of tests/replies/heldout/ and heldout-2/, written before the
patterns were read: every auto-reply is recognised (and never read as a customer's
reason), and no customer's reply is taken for one, whatever it says about holidays or
tickets.

- heldout/ (93 messages): 36 of 46 auto-replies recognised before its mending, 45 after;
  the 46th, a list server's relay, was recognised (List-Id) only while in view.
- heldout-2/ (50, a second writer's, sixteen auto-replies with no auto header at all):
  measured once after that, 28 of 32 auto-replies recognised and 0 of 18 people taken for
  one; its four misses (a receipt's "e-postmeddelande", a mailbox no longer looked after,
  a parental leave read "i mit fravær", someone who left the company) then mended.
- heldout-3/ (40, a third writer's, unusual wordings: sick leave, a course, a trade fair,
  closures for the season, challenge-response filters; fifteen with no auto header):
  measured once after that, 15 of 26 auto-replies recognised and 1 of 14 people taken for
  one (a customer quoting a bank's "do not reply"); then mended: a quoted phrase is not
  the message's own, a business closed for a season or saying a message matters, a
  challenge-response filter, sick leave and a course, limited access and "if urgent".
  One stayed missed, a trade fair told in a person's words ("just now I stand in our
  booth"), until the words' evidence, rebuilt with the later sets, read it.
- heldout-4/ (40, a fourth writer's: jury service, helpdesks, schools, CRM receipts, a new
  address in nynorsk, webmail vacation notices; twenty with no auto header): measured once
  after that, 20 of 26 auto-replies recognised and 1 of 14 people taken for one (a
  customer quoting an out-of-office notice in quotation marks); then mended: "Away - ..."
  and "Messaggio automatico" as subjects, "Ihr Anliegen", "we've got your message", mail
  read or answered on the return, a promise to answer within so many working days, and
  "meldingar hit vert ikkje lesne"; a passage in quotation marks is not the message's own.
- heldout-5/ (40, a fifth writer's, asked for kinds a detector would not know: a dentist's
  practice, a municipality's protocol receipt, a quarantine notice, a trade fair, a school
  camp, fieldwork, mail read only on Fridays, part-time hours, a retirement, an address
  closing, a read receipt, terse holiday lines; twenty-two with no auto header): measured
  once after that, 8 of 26 auto-replies recognised and 0 of 14 people taken for one; then
  mended by family: read receipts, protocol numbers, the reply to expect and the habit of
  answering, mail read seldom or only later, whom to turn to in a hurry, trips of work or
  study, a return or a retirement, quarantine, an address closing, "dear sender", and a
  terse line with an away word and a day.
- heldout-6/ (40, a sixth writer's: a hotel, a plumber, a translator on a deadline, a
  wedding abroad, an insurer's claims desk, a mailbox that takes only contacts, a shop
  closed for the holidays; twenty-one with no auto header): measured once after that and
  after the words' evidence joined (kurv.replies.word_evidence), 19 of 26 auto-replies
  recognised (the rules alone: 10) and 2 of 14 people taken for one (one by the rules, a
  customer who pasted their own notice above a question about the order; one by the
  evidence, a formal data request); then mended: a notice's sorting question and a link's
  "?" are no question, "in ordine di arrivo" names no order, words about the shop's own
  site are a customer's, mail read in the evenings or not until a day, a return "back in
  Leeds", a business closed from a day, the habit of answering said of the office.
- heldout-7/ (40, a seventh writer's, as varied as real life; twenty-one with no auto
  header): measured once after that, 24 of 26 auto-replies recognised (the rules alone: 15)
  and 0 of 14 people taken for one; then mended: a ticket number with letters
  ("[Ärende #SE-204871]"), "denne mailadresse bliver ikke længere læst", "er stoppet hos
  ...", and the time to answer stated ("svarstiden är upp till 3 arbetsdagar") as a cue.
- heldout-8/ (40, an eighth writer's; twenty-one with no auto header): measured once after
  that, 24 of 26 auto-replies recognised (the rules alone: 17) and 1 of 14 people taken for
  one (by the words' evidence: a formal request for an offer, which named "Warenkorb", a
  basket in a compound the order words missed); then mended: the basket in compounds
  ("Warenkorb", "varukorgen", not "inkorgen"), "emails will not be monitored until ...",
  closed for the summer holidays. A hairdresser's notice that names buying gift cards stays
  missed (the order words keep the evidence from it).
- heldout-9/ (40, two ninth writers'; twenty with no auto header): measured once after
  that, 23 of 26 auto-replies recognised (the rules alone: 15) and 0 of 14 people taken for
  one; then mended: a promise to answer within a range of days ("innen 2-3 virkedager",
  with an en dash), a club closed "per le festività", mail read from a day ("saranno lette
  a partire dal 7 gennaio"), a mailbox full or a message not delivered in the seven
  languages, and "compresi" (inclusive) read as buying ("compr-") no more. And the eighth
  set's hairdresser, a strict xfail until then: a business that seldom answers mail ("vi
  hinner tyvärr inte svara på mejl särskilt ofta") says so to every sender.
- heldout-10/ (40, two tenth writers', asked for senders a test set rarely has; twenty
  with no auto header): measured once after that, 23 of 26 auto-replies recognised (the
  rules alone: 13) and 0 of 14 people taken for one; then mended: two newsdesks "unable to
  reply to every message" or "to them all" (asking their senders a sorting question, so
  the family now counts beside a question too), and a parish office whose mail "läses
  bara tisdagar och torsdagar" (a passive of reading) and whose sorting question is
  "Gäller ditt ärende ...?".
- heldout-11/ (40, two eleventh writers', senders a test set rarely has; twenty with no
  auto header): measured once after that, 25 of 26 auto-replies recognised (the rules
  alone: 17) and 0 of 14 people taken for one; then mended: an address "not answered" or
  "not followed up" said in the passive ("Denne e-postadressen besvares ikke", "følges
  ikke opp"), and "we cannot answer questions by email".
- heldout-12/ (40, two twelfth writers'; twenty with no auto header): measured once after
  that, 23 of 26 auto-replies recognised (the rules alone: 17) and 0 of 14 people taken for
  one; then mended: "mailboksen bliver ikke læst", an inbox "läses ... en gång i veckan"
  (the passive, the noun first), and a Finnish ticket's "Pyyntösi on kirjattu".
- heldout-13/ (40, two thirteenth writers', senders a test set rarely has; twenty with no
  auto header): measured once after that, 23 of 26 auto-replies recognised and 0 of 14
  people taken for one; then mended: a bakery "lukket for sæsonen" whose mail "bliver ...
  ikke læst" (the verb first), an address that "stängs" (the present passive, the address
  in brackets) and "ditt meddelande inte har vidarebefordrats", and a photographer "taking
  a sabbatical" who "won't be reading this inbox".
- heldout-14/ (40, two fourteenth writers', one asked for the ordinary kinds a real inbox
  gets, one for senders a test set rarely has; twenty-one with no auto header): measured
  once after that, 23 of 26 auto-replies recognised and 0 of 14 people taken for one; then
  mended: an address that "blir ikke lenger fulgt opp" and "Meldingen din er IKKE
  videresendt" (the possessive after the noun), an inbox looked into "nur abends", "not
  keeping up with this inbox", and patience asked of every sender (a cue, never enough
  alone).
- heldout-15/ (40, two fifteenth writers', as the fourteenth's; twenty with no auto
  header): measured once after that, 25 of 26 auto-replies recognised and 0 of 14 people
  taken for one; then mended: a camp site "stengd for sesongen" (nynorsk) whose e-post
  "vert berre lesen ... éin gong i veka" (the passive with "vert").
- heldout-16/ (40, two sixteenth writers', as the fourteenth's; twenty with no auto
  header): measured once after that, 24 of 26 auto-replies recognised and 0 of 14 people
  taken for one; then mended: an address that "slutar gälla" and "Det som skickas hit
  läser jag inte längre", and a joinery "auf Montage" that "kommt kaum an den Rechner"
  and gives a number for "Notfälle" (cues, two needed).
- heldout-17/ (40, two seventeenth writers', as the fourteenth's; twenty with no auto
  header): measured once after that, 26 of 26 auto-replies recognised and 0 of 14 people
  taken for one: the first fresh set read whole at its first measure. Joined unmended.
- heldout-18/ (40, two eighteenth writers', as the fourteenth's; twenty with no auto
  header): measured once after that, 26 of 26 auto-replies recognised and 0 of 14 people
  taken for one, the second set in a row read whole at its first measure. Joined unmended.
- heldout-19/ (40, two nineteenth writers', as the fourteenth's; twenty with no auto
  header): measured once after that, 23 of 26 auto-replies recognised and 0 of 14 people
  taken for one; then mended: a receipt with the possessive after the noun ("Vi har
  mottatt henvendelsen din"), and a reply promised to whoever writes ("Du hører fra oss
  innen to virkedager", "please allow up to a week for a reply").
- heldout-20/ (40, two twentieth writers', as the fourteenth's; twenty with no auto
  header): measured once after that, 22 of 26 auto-replies recognised and 0 of 14 people
  taken for one; then mended: an address to be shut down ("skal snart legges ned", "fases
  ut"), a bakery closed for the summer holiday that reads no mail then, and a sailing
  club's office that answers when it can ("räkna med att det kan dröja ett par veckor").
- heldout-21/ (40, two twenty-first writers', as the fourteenth's; twenty with no auto
  header): measured once after that, 24 of 26 auto-replies recognised and 0 of 14 people
  taken for one; then mended: a bakery "holder sommerlukket" whose "så bestillinger ..."
  had been read as the writer's own order (the Danish "i" taken for the English "I"), and
  a photographer on a long break ("Mails lese ich in dieser Zeit nicht, sie werden auch
  nicht weitergeleitet").
- heldout-22/ (40, two twenty-second writers', as the fourteenth's; twenty with no auto
  header): measured once after that, 25 of 26 auto-replies recognised and 0 of 14 people
  taken for one; then mended: a sailing club closed for the winter, which asks "Trenger du
  hjelp før det?" and whose mailbox "sjekkes ... bare sporadisk".
- heldout-23/ (40, two twenty-third writers', as the fourteenth's; twenty with no auto
  header): measured once after that, 23 of 26 auto-replies recognised and 0 of 14 people
  taken for one; then mended: an address no longer used ("Adressen används inte längre och
  ingen läser det som kommer hit", "Mails til denne adresse bliver ikke længere læst") and
  a parental leave whose matters "skickas till lab@...".
- The twenty-fourth set (40, as the fourteenth's) was measured once (23 of 26, 0 of 14
  people taken) and mended to 25 of 26, then lost with the machine it was kept on before it
  joined; its families are in words of our own below (TWENTY_FOURTH_NOTICES), its last
  miss too: a ski school closed for the season that asks "Har du gløymt att noko hos oss?"
  only to send its reader on ("Ring vaktmeisteren på ..."), and names gift cards "kjøpte".
- heldout-25/ (40, two twenty-fifth writers', as the fourteenth's; twenty-two with no
  auto header): measured once after that, 26 of 26 auto-replies recognised and 0 of 14 people
  taken for one. Joined unmended.
- heldout-26/ (40, two twenty-sixth writers', as the fourteenth's; twenty with no auto
  header): measured once on the same tree, 21 of 26 auto-replies recognised and 0 of 14
  people taken for one; then mended: mail read seldom with the inbox named first
  ("Innboksen leser jeg bare på fredager", "questa casella la guardo solo il venerdì", "la
  posta viene controllata solo di rado"), the wait for an answer with the answer its subject
  ("svar kan ta opptil en uke"), an office unstaffed for the winter, an artist's residency,
  an olive mill "chiuso per la pausa invernale dal ...", and "Per ordini urgenti".
- heldout-27/ (40, two twenty-seventh writers', as the fourteenth's; twenty-three with no
  auto header): measured once after that, 26 of 26 auto-replies recognised and 0 of 14
  people taken for one. Joined unmended.
- heldout-28/ (40, two twenty-eighth writers', as the fourteenth's; twenty-three with no
  auto header): measured once on the same tree, 25 of 26 auto-replies recognised and 0 of 14
  people taken for one; then mended: a vineyard at harvest whose "Mailen bliver derfor kun
  kigget igennem en gang imellem" (the passive's participle after two words) and "der kan
  gå op til to uger, før du hører fra os".
- heldout-29/ (40, two twenty-ninth writers', as the fourteenth's; twenty-two with no auto
  header): measured once after that, 26 of 26 auto-replies recognised and 0 of 14 people
  taken for one. Joined unmended.
- heldout-30/ (40, as the fourteenth's; twenty-three with no auto header): measured once on
  the same tree, 24 of 26 and 0 of 14 people; then mended: a consultant who "only go[es]
  through this inbox on Friday afternoons, so you won't hear back from me before then. If
  something really can't wait, text me", and a ceramicist "in fiera" who answers "al
  rientro".
- heldout-31/ (40; one writer asked for notices as mail systems send them: bilingual, HTML
  only, a poor plain part beside the HTML; twenty-three with no auto header): measured once
  on the same tree, 24 of 26 and 0 of 14 people; then mended: a Finnish and Swedish sick
  leave notice whose plain part held only the signature (the HTML is now read when the plain
  part says a fraction of it), and a beekeeper whose "Mejlen läser jag bara på
  söndagskvällar fram till mitten av september" (a time it lasts until, a cue).
- heldout-32/ (40, as the fourteenth's; twenty-one with no auto header): measured once on
  the same tree, 24 of 26 and 0 of 14 people; then mended: a parish office that "er
  sommerlukket" and a beekeeper who left the co-operative, whose "mailbox will be closed at
  the end of the month. Nothing sent here is being read or passed on."
- heldout-33/ (40; one writer as the thirty-first's, bilingual and HTML notices; twenty-two
  with no auto header): measured once after that, 25 of 26 and 0 of 14 people; then mended:
  a property manager's receipt whose whole subject is "[SR-2025-048713]" and whose
  "Vi handlägger ärenden i den ordning de kommer in, normalt inom två arbetsdagar".
- heldout-34/ (40, as the fourteenth's; twenty-one with no auto header): measured once on
  the same tree, 24 of 26 and 0 of 14 people; then mended: a choir's "Questa casella è
  gestita da volontari e viene controllata solo il venerdì sera, quindi potremmo metterci
  qualche giorno a risponderti", and a beekeeper's "Trenger du å få tak i meg raskere ...
  ring".
- heldout-35/ (40, as the fourteenth's; twenty-one with no auto header): measured once after
  that, 26 of 26 and 0 of 14 people. Joined unmended.
- heldout-36/ (40; one writer as the thirty-first's; twenty-one with no auto header):
  measured once on the same tree, 24 of 26 and 0 of 14 people; then mended: a practice
  "vom 23.12.2024 bis einschließlich 06.01.2025 geschlossen" (in HTML only), and a school's
  "casella di posta elettronica non è più attiva".
- heldout-37/ (40, as the fourteenth's; twenty-three with no auto header): measured once on
  the same tree, 25 of 26 and 0 of 14 people; then mended: a winery "auf der Fachmesse"
  that "kommt erst ab dem 20. März wieder dazu, Ihre Nachricht zu beantworten", and whose
  "Sie möchten uns auf der Messe besuchen? Schicken Sie uns gern eine kurze SMS an ..."
  sends its reader on.
- heldout-38/ (40; one writer as the thirty-first's; twenty-one with no auto header):
  measured once on the same tree, 26 of 26 and 0 of 14 people. Joined unmended.
- heldout-39/ to heldout-42/ (40 each; the fortieth's and forty-second's first writers as the
  thirty-first's; 21, 22, 22 and 21 with no auto header): measured once after that, 25, 25,
  26 and 23 of 26 auto-replies recognised and 0 of 14 people taken for one in each; then
  mended: two vineyards in the midst of the harvest whose "Indbakken bliver derfor kun
  kigget igennem et par gange om ugen frem til 20. oktober" and "Jeg kigger kun på mails
  sent om aftenen ... Er der noget, der ikke kan vente, så ring", a wine cellar "in piena
  vendemmia fino a metà ottobre" where "potrebbero passare alcuni giorni", a ceramicist
  "alla Fiera" who "risponderemo alle e-mail con qualche giorno di ritardo", and a sailing
  school whose office "är obemannat ... till 15 mars", whose mail is read "ungefär varannan
  vecka" and whose "Ärenden som inte är brådskande besvaras i mars".
- heldout-43/ to heldout-46/ (40 each; the forty-fourth's and forty-sixth's first writers as
  the thirty-first's; 22, 21, 21 and 22 with no auto header): measured once after that, 25,
  26, 26 and 26 of 26 auto-replies recognised and 0 of 14 people taken for one in each; the
  forty-fourth to forty-sixth joined unmended, the forty-third mended: a winery at harvest
  "bis voraussichtlich 18. Oktober" that "schafft es kaum an den Schreibtisch" and asks
  "Verständnis, wenn unsere Antwort ein paar Tage dauert".
- heldout-47/ to heldout-50/ (40 each; the forty-eighth's and fiftieth's first writers as the
  thirty-first's; 21, 22, 22 and 22 with no auto header): measured once after that, 26, 25,
  25 and 26 of 26 auto-replies recognised and 0 of 14 people taken for one in each; the
  forty-seventh and fiftieth joined unmended, the others mended: a beekeeper "fra morgen til
  aften" who "læser derfor kun mails om søndagen", and a boatbuilder's two lines, "Off sick
  with my back until further notice ... I'll get back to you when I'm up and about again".
- heldout-51/ to heldout-54/ (40 each; the fifty-second's and fifty-fourth's first writers as
  the thirty-first's, their second writers and the fifty-first's asked for senders no set had
  yet; 20, 21, 20 and 20 with no auto header): measured once after that, 24, 25, 26 and 26
  of 26 auto-replies recognised and 0 of 14 people taken for one in each; the fifty-third and
  fifty-fourth joined unmended, the others mended: a piano tuner "sygemeldt" whose "Aftalte
  stemninger bliver flyttet", a theatre's FAQ question answered at once ("Har du ett
  presentkort? Presentkort gäller ..."), and a local history society whose plain part kept
  the HTML's "&nbsp;" and whose "e-posten vert berre lesen på fredagar".
- heldout-55/ to heldout-58/ (40 each; the fifty-sixth's and fifty-eighth's first writers as
  the thirty-first's, the fifty-fifth's and fifty-seventh's second writers asked for yet other
  senders; 21, 21, 20 and 20 with no auto header): measured once after that, 26, 26, 24 and
  25 of 26 auto-replies recognised and 0 of 14 people taken for one in each; the fifty-fifth
  and fifty-sixth joined unmended, the others mended: a student "on a field course with very
  patchy signal", a campsite whose "adressa vert ikkje lenger nytta" and whose "innboksen vert
  sletta", and a winery's notice hard-wrapped in the middle of "nur\neingeschränkt
  erreichbar" (a line broken only to keep it short is read as one). Mending them found a
  customer's old home address ("Min gamle adresse brukes ikke lenger") taken for a mailbox's
  notice, now read as a customer's, and an away customer who orders on the return ("men jeg
  bestiller lampen når jeg er hjemme") no longer taken for an out-of-office notice.
- heldout-59/ to heldout-62/ (40 each; writers asked besides for plain text hard-wrapped at
  about 72 characters; 20, 20, 20 and 21 with no auto header): measured once after that,
  24, 25, 26 and 22 of 26 auto-replies recognised and 0, 0, 1 and 0 of 14 people taken for
  one; all four mended: a potter "på keramikmässan" with "bara sporadisk tillgång till
  mejlen" whose FAQ asks "Undrar du över höstens drejkurser?", a tattoo studio's
  "Betriebsurlaub" beside "Fragen zur Pflege ...?" (a notice's sorting questions in the seven
  languages), "lesen wir keine Mails", a fishing guide with "ei ole kenttää" who answers "kun
  pääsen takaisin", "Er sykmeldt" with no subject, "sono in congedo di maternità" with "non
  ho accesso a questa casella", a colleague "nicht mehr für die\nHausverwaltung ... tätig"
  wrapped before a capital (a long line is joined before any word), a podcast's inbox that
  "gets looked at roughly once a month" "between seasons", and a customer who reads mail
  seldom and asks "Voinko tehdä tilauksen nyt ...?" (the Finnish first person ordering).
- heldout-63/ to heldout-66/ (40 each; hard-wrapped plain text asked for again, and senders
  no set had yet; 20, 21, 20 and 20 with no auto header): measured once after that, 23, 25,
  26 and 24 of 26 auto-replies recognised and 0 of 14 people taken for one in each; the
  sixty-fifth joined unmended, the others mended: a rowing club's inbox "we check ... roughly
  once a week" asking "Thinking of joining?" (a sorting question), a treasurer "stoppet som
  kasserer i HIF" whose "adresse bliver ikke fulgt længere", a florist "chiuso da lunedì 13"
  that "non leggiamo la posta", a bakery "on kesälomalla" whose "Sähköposteihin vastataan
  lomien jälkeen", a school office "chiusi al pubblico dall'11" whose mail "saranno evase a
  partire da lunedì", and a journalist "on assignment ... out of signal" who will "work
  through it when I'm back".
- heldout-67/ to heldout-70/ (40 each; as the sixty-third to sixty-sixth): measured once
  after that, 26, 26, 25 and 24 of 26 auto-replies recognised and 0 of 14 people taken for
  one in each; the sixty-seventh and sixty-eighth joined unmended, the others mended: a
  plumber's workshop that "holder sommerferie" and whose "mailen bliver ikke læst\nfør
  mandag", a beekeeper who "Fra mai til september" "leser\ne-post bare på søndager", and a
  bookbinder "currently off sick" whose bindery is closed "until at least Monday 10 March"
  and who is "not checking email regularly".
- heldout-71/ to heldout-74/ (40 each; as the sixty-third to sixty-sixth; 21, 20, 20 and 21
  with no auto header): measured once after that, 24, 25, 25 and 26 of 26 auto-replies
  recognised and 0 of 14 people taken for one in each; the seventy-fourth joined unmended,
  the others mended: a design studio's parental leave "fr.o.m. 1 mars t.o.m. 31 december"
  whose owner "läser inte den här mejlen" (a sentence now goes on past an abbreviation's or
  a date's dots; three customers of our own who named "21.7." in a question had been taken
  for notices), a piano tuner who reads mail "först när jag är hemma" and whose question
  only sends its reader to an SMS, a summer café "suljettu talven ajan" that "Luemme
  sähköpostia ... vain satunnaisesti", and a dairy farm whose "E-posten vert difor berre
  lesen på fredagar" (an inbox's own timetable, in the passive and no one's, alone enough).
- heldout-75/ to heldout-78/ (40 each; as the sixty-third to sixty-sixth; 20 with no auto
  header in each): measured once after that, 25, 24, 26 and 25 of 26 auto-replies recognised
  and 0 of 14 people taken for one in each; the seventy-seventh joined unmended, the others
  mended: a dog groomer on holiday whose "bliver mails ... ikke besvaret" (the verb first)
  and "kan det ikke vente, så prøv ...", a school office "stengd i sommarferien" whose "E-post
  som kjem inn i denne perioden, vert ikkje lesen før vi opnar att", a ceramics team "at the
  Spring Homeware Fair" whose "replies to questions may take until Monday 11 March", and a
  mountain hut with "verken mobildekning eller internett" whose "e-post vert berre lesen på
  fredagar". Closures over a holiday ("between Christmas and New Year", "i romjulen",
  "toimistomme on suljettu"), travelling, a course, and "until Monday 4 November" were mended
  with them, from notices of our own.
- heldout-79/ to heldout-82/ (40 each; as the sixty-third to sixty-sixth; 20, 21, 20 and 20
  with no auto header): measured once after that, 26, 25, 24 and 26 of 26 auto-replies
  recognised and 0 of 14 people taken for one in each; the seventy-ninth and eighty-second
  joined unmended, the others mended: a car workshop "stengt til og med fredag 21. mars"
  where "det er ingen som tar telefonen eller leser e-post", a shop whose "ufficio resterà
  chiuso" while it is "presente alla fiera" and whose mail "verranno lette e gestite a
  partire da lunedì", and a ceramics workshop "in fiera" whose "bottega e il negozio restano
  chiusi". Customers of our own who ask for their parcel at home while their office is
  closed over Christmas ("Deliver to my home address", "skicka paketet hem till mig") had
  been taken for notices since the seventy-fifth to seventy-eighth sets' mending (closures
  over a holiday, "we're away", a weekday before a date): a parcel sent to one's own address,
  or kept for one, now counts as one's own order.
- heldout-83/ to heldout-85/ (40 each; as the sixty-third to sixty-sixth; 21 with no auto
  header in each): measured once after that, 24, 26 and 26 of 26 auto-replies recognised and
  0 of 14 people taken for one in each; the eighty-fourth and eighty-fifth joined unmended,
  the eighty-third mended: a theatre "vom 8. Juli bis einschließlich 25. August nicht
  besetzt" whose mail is "weder gelesen noch weitergeleitet", and a wedding photographer who
  "Da maggio a settembre ... rispondo alle email solo il martedì".
- heldout-people-1/ (60 customers and no notice, two writers asked for replies as hard as
  they could honestly make them: away with dates, their own business closed, their address
  closing, mail read seldom, a number to call, a pasted notice): measured once on the tree
  of the eighty-third set, 5 of 60 taken for auto-replies; then mended: a customer whose own
  address is closing but who orders and asks the shop ("Haluan silti ostaa ... Voitteko
  ...?") is no mailbox's keeper; "Vi bestiller gjerne ...", "We'd still like to go ahead
  with the order" (ordering in the plural); a parcel sent "to our home address"; a terse
  away line that takes the item ("tar den da") or thanks for the reminder.
- heldout-86/ to heldout-88/ (40 each; as the sixty-third to sixty-sixth; 21, 22 and 20
  with no auto header): measured once after that, 26, 25 and 24 of 26 auto-replies
  recognised and 0 of 14 people taken for one in each; the eighty-sixth joined unmended, the
  others mended: a car workshop that "har fellesferie" (a firm's holiday, alone enough), a
  joinery at a fair that "kommen ... kaum dazu, unsere E-Mails zu lesen", and a podcast
  whose host reads the inbox on Fridays, "before you hear back from me", "if it's genuinely
  urgent".
- heldout-people-2/ (60 customers, written as the first): measured once on the tree of the
  eighty-sixth set, 3 of 60 taken; then mended: an indirect question with no question mark
  ("Haluaisin tietää, saako ...", "I'd like to know whether ...") asks, and a business that
  orders in the plural ("Tilaamme", "Vorremmo comunque ordinare", "vi vil gerne bestille")
  while it is closed orders.
- heldout-89/ to heldout-91/ (40 each; as the sixty-third to sixty-sixth) and
  heldout-people-3/ (60 customers, as the first): measured once on 3cb3bd4, 26, 25 and 26 of
  26 auto-replies recognised and 0 of 14 people taken for one in each, and 0 of the 60
  customers taken; the ninetieth mended: a mountain lodge "vinterstengd frå 15. oktober til
  påske" (closed for a season in one word, in nynorsk).
- heldout-92/, heldout-93/ (40 each, as the sixty-third to sixty-sixth) and
  heldout-people-4/ (60 customers, as the first): measured once on 1de58eb, 25 and 26 of 26
  auto-replies recognised, 0 of 14 people taken for one in each, and 0 of the 60 customers
  taken; the ninety-second mended: a treasurer's "den her mail bliver ikke tjekket mere"
  (this mail, the address, no longer checked). A customer who speaks of "min ordre", one
  order of their own, orders.
- heldout-94/ to heldout-96/ (40 each, as the sixty-third to sixty-sixth) and
  heldout-people-5/ (60 customers, as the first): measured once on 8823222, 24, 25 and 26
  of 26 auto-replies recognised, 0 of 14 people taken for one in each, and 0 of the 60
  customers taken; then mended: a piano tuner "på fortbildning" (a course, in the Nordic
  languages), a theatre's "Ihre Nachricht wird erst danach bearbeitet" (a message handled
  only later), a club's "Denne adressa (kasserar@...) er ikkje lenger i bruk" (the address
  in brackets) and "vert verken lesen eller vidaresend". Probes of our own then found
  customers away on a course who thank for the reminder or ask whether an item is still
  in stock taken for notices: naming the basket or the reminder, or asking of stock, is a
  customer's.
- heldout-97/ to heldout-99/ (40 each, as the sixty-third to sixty-sixth) and
  heldout-people-6/ (60 customers, as the first): measured once on e5d4370, 24, 25 and 26
  of 26 auto-replies recognised, 0 of 14 people taken for one in each, and 3 of the 60
  customers taken; then mended: the verb and its reader before the mailbox ("läser vi
  funktionsbrevlådan två gånger i veckan", "sjekkar vi e-posten berre ein gong i veka"), "ikkje
  rekn med raskt svar", "dårleg dekning", a notice's question answered in a line of its own
  before it sends its reader elsewhere; and customers: a business that names the basket
  ("Koriin jääneet tuotteet ... haluamme kuitenkin tilata") or asks the shop in the plural
  ("Vi chiedo quindi di non spedire l'ordine") while it is closed, an away subject over
  words that thank for keeping the basket. Probes of our own then found customers asking
  the price of shipping or a size, in the singular, taken: such a question is put to the
  shop.
- heldout-100/ to heldout-102/ (40 each, as the sixty-third to sixty-sixth) and
  heldout-people-7/ (60 customers, as the first): measured once on eb243b6, 24, 26 and 26
  of 26 auto-replies recognised, 0 of 14 people taken for one in each, and 0 of the 60
  customers taken; the hundredth mended: a campsite "suljettu talvikauden 30.9.-15.5."
  whose mail "luetaan harvakseltaan", and a pottery at a fair that answers "nach unserer
  Rückkehr" (a return of ours, in the seven languages).
- heldout-103/ to heldout-105/ (40 each, as the sixty-third to sixty-sixth) and
  heldout-people-8/ (60 customers, as the first): measured once on 89449f8, 26, 26 and 24
  of 26 auto-replies recognised, 0 of 14 people taken for one in each, and 1 of the 60
  customers taken; then mended: a ski rental's "Vi kjøper ikke inn brukt utstyr" orders
  nothing (a plural order denied), "dieses Postfach schauen wir deshalb nur freitags an"
  (the verb and "wir" after the mailbox); and a customer on parental leave who asks "Können
  Sie sie an eine Abholstation schicken?": a question of sending the parcel is put to the
  shop.
- heldout-106/ to heldout-108/ (40 each, as the sixty-third to sixty-sixth) and
  heldout-people-9/ (60 customers, as the first): measured once on 0ae91eb, 26, 25 and 26
  of 26 auto-replies recognised, 0 of 14 people taken for one in each, and 1 of the 60
  customers taken; then mended: a bakery's "Vastaamme viesteihin lomien jälkeen" (an answer
  promised, in the active, after the holidays; an office "on kiinni", closed, as "on
  suljettu"), and a customer out of the office "per
  urgenze" who asks "la lampada da tavolo c'è anche bianca? Se sì la prendo": an item's
  colour asked about is a question to the shop, and taking it ("la prendo") an order.
- heldout-109/ and heldout-110/ (40 each, as the sixty-third to sixty-sixth) and
  heldout-people-10/ (60 customers, as the first): measured once on 1ec4954, 25 and 25 of
  26 auto-replies recognised, 0 of 14 people taken for one in each, and 0 of the 60
  customers taken; then mended: a beekeeper who "only sit[s] down with this inbox on Friday
  afternoons" (this mailbox, a notice's, with any verb), and a property manager's "diese
  E-Mail-Adresse ist seit dem 1. April 2024 nicht mehr in Betrieb" (an address no longer in
  operation, in the seven languages).
- heldout-111/ (40, as the sixty-third to sixty-sixth): measured once on 1ec4954, 25 of 26
  auto-replies recognised and 0 of 14 people taken for one; then mended: a consultant at a
  fair whose text part a client flattened ("svarar då så snart jag kan.Brådskande? Ring mig
  på ..."): a full stop straight before a capitalised word ends a sentence, whether it is
  urgent is a notice's question, and "begränsad möjlighet att läsa e-post" (in the seven
  languages) a notice's cue.
- heldout-112/ to heldout-114/ (40 each, as the sixty-third to sixty-sixth) and
  heldout-people-11/ (60 customers, as the first): measured once on 1c0a1d2, 24, 26 and 24
  of 26 auto-replies recognised, 0 of 14 people taken for one in each, and 0 of the 60
  customers taken; then mended: a fishing guide with no "tid att läsa mejl mer än någon gång
  i veckan" (the reading verb in the infinitive, no one's), a wedding photographer who
  "beantworte[t] ... Mails gerade nur dienstags" (answering, with its reader after it), an
  illustrator who "won't see your message until then", and a dairy farm whose
  "sähköposteihin vastaamme vasta 22.7. alkaen"; and, probing them, a customer's "Wie lange
  ist die Tasche noch reserviert?" is a question to the shop (the item held). In review, a
  customer who "managed to check my email only today" was found taken (by a rule of before):
  "only" today or now is no habit, in any of the rules of mail read seldom.
- heldout-115/ to heldout-117/ (40 each, as the sixty-third to sixty-sixth) and
  heldout-people-12/ (60 customers, as the first): measured once on 41f94a4, 26, 25 and 26
  of 26 auto-replies recognised, 0 of 14 people taken for one in each, and 0 of the 60
  customers taken; then mended: a tattoo studio "on kiinni 1.-28.7." (a business of the
  writer's own closed with its days, in Finnish; not "your" shop, "kauppanne", nor a pickup
  point) whose "Ajanvarauksia ei käsitellä loman aikana" (not handled during the holiday,
  in the passive) and "vastaamme kaikkiin viesteihin elokuun ..." (all messages, and a
  month's time) are a notice's too. The words' evidence, rebuilt with them, no longer read
  heldout-57's carpenter, who "schaue nur freitags in dieses Postfach. Wenn's eilt, bitte
  anrufen": the rules now do ("dieses Postfach", this mailbox; "wenn es eilt").
- heldout-118/ to heldout-120/ (40 each, as the sixty-third to sixty-sixth) and
  heldout-people-13/ (60 customers, as the first): measured once on 7ed475d, 26 of 26
  auto-replies recognised in each, 0 of 14 people taken for one in each, and 0 of the 60
  customers taken; joined unmended.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kurv.replies.inbound import Reply, read_reply
from reply_mail import reply_message

SETS = [
    Path(__file__).parents[1] / "replies" / name
    for name in (
        "heldout",
        "heldout-2",
        "heldout-3",
        "heldout-4",
        "heldout-5",
        "heldout-6",
        "heldout-7",
        "heldout-8",
        "heldout-9",
        "heldout-10",
        "heldout-11",
        "heldout-12",
        "heldout-13",
        "heldout-14",
        "heldout-15",
        "heldout-16",
        "heldout-17",
        "heldout-18",
        "heldout-19",
        "heldout-20",
        "heldout-21",
        "heldout-22",
        "heldout-23",
        "heldout-25",
        "heldout-26",
        "heldout-27",
        "heldout-28",
        "heldout-29",
        "heldout-30",
        "heldout-31",
        "heldout-32",
        "heldout-33",
        "heldout-34",
        "heldout-35",
        "heldout-36",
        "heldout-37",
        "heldout-38",
        "heldout-39",
        "heldout-40",
        "heldout-41",
        "heldout-42",
        "heldout-43",
        "heldout-44",
        "heldout-45",
        "heldout-46",
        "heldout-47",
        "heldout-48",
        "heldout-49",
        "heldout-50",
        "heldout-51",
        "heldout-52",
        "heldout-53",
        "heldout-54",
        "heldout-55",
        "heldout-56",
        "heldout-57",
        "heldout-58",
        "heldout-59",
        "heldout-60",
        "heldout-61",
        "heldout-62",
        "heldout-63",
        "heldout-64",
        "heldout-65",
        "heldout-66",
        "heldout-67",
        "heldout-68",
        "heldout-69",
        "heldout-70",
        "heldout-71",
        "heldout-72",
        "heldout-73",
        "heldout-74",
        "heldout-75",
        "heldout-76",
        "heldout-77",
        "heldout-78",
        "heldout-79",
        "heldout-80",
        "heldout-81",
        "heldout-82",
        "heldout-83",
        "heldout-84",
        "heldout-85",
        "heldout-people-1",
        "heldout-86",
        "heldout-87",
        "heldout-88",
        "heldout-people-2",
        "heldout-89",
        "heldout-90",
        "heldout-91",
        "heldout-people-3",
        "heldout-92",
        "heldout-93",
        "heldout-people-4",
        "heldout-94",
        "heldout-95",
        "heldout-96",
        "heldout-people-5",
        "heldout-97",
        "heldout-98",
        "heldout-99",
        "heldout-people-6",
        "heldout-100",
        "heldout-101",
        "heldout-102",
        "heldout-people-7",
        "heldout-103",
        "heldout-104",
        "heldout-105",
        "heldout-people-8",
        "heldout-106",
        "heldout-107",
        "heldout-108",
        "heldout-people-9",
        "heldout-109",
        "heldout-110",
        "heldout-people-10",
        "heldout-111",
        "heldout-112",
        "heldout-113",
        "heldout-114",
        "heldout-people-11",
        "heldout-115",
        "heldout-116",
        "heldout-117",
        "heldout-people-12",
        "heldout-118",
        "heldout-119",
        "heldout-120",
        "heldout-people-13",
    )
]
EXPECTED: dict[Path, dict[str, object]] = {
    folder / f"{name}.eml": expect
    for folder in SETS
    for name, expect in json.loads((folder / "expected.json").read_text()).items()
}
AUTOMATIC = sorted(path for path, expect in EXPECTED.items() if expect["auto"])
CUSTOMERS = sorted(path for path, expect in EXPECTED.items() if not expect["auto"])


def _read(path: Path) -> Reply:
    language = str(EXPECTED[path]["language"])
    return read_reply(path.read_bytes(), language_hint=language)


def _misread(path: Path) -> str:
    """What is wrong with the reading of one held-out message; "" when nothing is."""
    reply = _read(path)
    if not EXPECTED[path]["auto"]:
        return (
            f"a customer taken for automatic by {reply.auto_reply_rule}" if reply.auto_reply else ""
        )
    if not (reply.auto_reply and reply.auto_reply_rule):
        return f"an auto-reply not recognised (subject {reply.subject!r})"
    if reply.reason != "other":
        return f"an auto-reply read for a reason, {reply.reason}"
    return ""


# One test a set (a hundred and some, not some five thousand): each names all its misses.
@pytest.mark.parametrize("folder", SETS, ids=lambda folder: folder.name)
def test_every_auto_reply_is_recognised_and_no_customer_taken_for_one(folder: Path) -> None:
    paths = sorted(path for path in EXPECTED if path.parent == folder)
    misread = [f"{path.stem}: {wrong}" for path in paths if (wrong := _misread(path))]

    assert paths
    assert not misread, "\n".join(misread)


def test_the_sets_are_broad_enough() -> None:
    languages = {str(EXPECTED[path]["language"]) for path in AUTOMATIC}
    assert len(AUTOMATIC) >= 35 + 32 + 25 + 26 * 5
    people = [p for p in CUSTOMERS if not p.stem.startswith("discl")]
    assert len(people) >= 20 + 18 + 14 * 6
    assert languages == {"da", "nb", "sv", "fi", "de", "it", "en"}


# Beyond the held-out set: the same word families' other members, and receipts' other shapes.
@pytest.mark.parametrize(
    ("subject", "words"),
    [
        ("In ferie", "Sono in ferie fino al 6 gennaio e leggo la posta al rientro."),
        ("Away until 4 January", "Back on Monday, with no email until then."),
        ("Automatisk kvittering", "Tak for din mail, vi svarer inden for to hverdage."),
        ("Semesterhälsning", "Jag är tillbaka den 11 januari."),
        ("Poissaoloilmoitus", "Olen poissa 2.1. alkaen, vastaan palattuani."),
        ("Re: Din sag [#48213]", "Din henvendelse er modtaget, og vi vender tilbage snart."),
        ("Sagsnr. 4711", "Vi har taget imod din henvendelse og svarer snarest."),
        ("Ärendenummer 88231", "Ditt ärende har tagits emot. Vi svarar inom två dagar."),
        ("Saksnummer 20931", "Henvendelsen din er mottatt, og vi svarer så snart vi kan."),
        ("Vorgang 20931", "Ihre Nachricht ist bei uns eingegangen."),
        ("Richiesta n. 7781", "La sua richiesta è stata ricevuta, le risponderemo presto."),
        ("Tikettinumero 55102", "Viestisi on vastaanotettu. Vastaamme pian."),
        ("Your request has been received", "Your request has been received, thank you."),
        ("Request received: Re: Your cart", "Someone from our team will be in touch."),
        ("Eingangsbestätigung", "Vielen Dank, wir melden uns bald."),
        ("Kvittering for modtagelse", "Tak, vi vender tilbage."),
        ("Mottakskvittering", "Takk, vi svarer snart."),
        ("Mottagningsbekräftelse", "Tack, vi återkommer."),
        ("Conferma di ricezione", "Grazie, la ricontatteremo."),
        ("Vastaanottokuittaus", "Kiitos, palaamme asiaan."),
    ],
)
def test_more_auto_replies_of_the_same_families(subject: str, words: str) -> None:
    reply = read_reply(reply_message(subject, words))

    assert (reply.auto_reply, reply.reason) == (True, "other"), subject


@pytest.mark.parametrize(
    ("subject", "words"),
    [
        ("Re: Du har glemt noget i kurven", "Din mail er modtaget, tak. Men fragten er for dyr."),
        ("Re: Ticket-Nr. 2026-11873", "Noch keine Antwort. Der Gutschein funktioniert nicht."),
        ("Re: Order (10234)", "Is the scarf back in stock? The page says sold out."),
        ("Sv: Du har glömt något", "Jag har semester nu men beställer när jag är hemma."),
    ],
)
def test_a_receipts_words_or_a_ticket_alone_are_a_customers(subject: str, words: str) -> None:
    reply = read_reply(reply_message(subject, words))

    assert not reply.auto_reply, reply.auto_reply_rule


# Away or on leave, in the words and compounds the seven languages use for it.
@pytest.mark.parametrize(
    "subject",
    [
        "Automatische Abwesenheitsnotiz",
        "Ferienabwesenheit",
        "Außer Haus bis 4.1.",
        "Im Urlaub",
        "Betriebsferien",
        "Elternzeit",
        "Assenza",
        "Sono in ferie",
        "Autorisposta",
        "Sommerferie",
        "Juleferie til 4. januar",
        "Ikkje på kontoret",
        "Barselsorlov",
        "Permisjon",
        "Inte på kontoret",
        "Föräldraledig",
        "Tjänstledig",
        "Kesäloma",
        "Vuosiloma 2.1. asti",
        "Vacation",
        "On holiday",
        "Holiday notice",
        "Annual leave",
        "Automatic response: Your cart",
        "Autoresponder",
        "OOO: Re: Your cart",
        "Fravær: Re: Ferie i Toscana ligger stadig i din kurv",
    ],
)
def test_an_away_subject_is_an_auto_reply(subject: str) -> None:
    reply = read_reply(reply_message(subject, "Tilbage 4. januar."))

    assert reply.auto_reply, subject


# A reminder's subject may lead with the product, and the customer answers it with "Re:".
@pytest.mark.parametrize(
    "subject",
    [
        "Re: Ferie i Toscana ligger stadig i din kurv",
        "Re: Barselsgave ligger stadig i din kurv",
        "Sv: Semesterväska ligger kvar i din varukorg",
        "SV: Sommerferie-kjole ligger fortsatt i handlekurven",
        "Vs: Kesäloma-kassi jäi odottamaan ostoskoriisi",
    ],
)
def test_a_product_in_the_answered_subject_is_not_an_away_notice(subject: str) -> None:
    reply = read_reply(
        reply_message(subject, "Er den også i blå? Jeg venter lidt med at bestille.")
    )

    assert not reply.auto_reply, reply.auto_reply_rule


# An out-of-office notice under the reminder's own subject, with no header to tell it.
@pytest.mark.parametrize(
    "words",
    [
        "Tak for din mail. Jeg er på barsel og har ikke adgang til min mail. I akutte sager,"
        " ring til butikken.",
        "Hei, jeg er ute av kontoret og leser ikke e-post før 6. januar.",
        "Eg er ikkje på kontoret denne veka. E-posten din vert ikkje vidaresendt.",
        "Jag har semester till den 8 januari. Mejlet vidarebefordras inte.",
        "Olen poissa 8.1. asti enkä lue sähköpostia.",
        "Ich bin abwesend. In dringenden Fällen wenden Sie sich an unser Büro.",
        "Sono assente fino al 7 gennaio e non leggo la posta.",
        "Thanks for your email. I'm on leave and your message will not be forwarded.",
    ],
)
def test_an_out_of_office_notice_says_so_in_its_words(words: str) -> None:
    reply = read_reply(reply_message("Re: Din kurv", words))

    assert (reply.auto_reply, reply.reason) == (True, "other"), reply.text


@pytest.mark.parametrize(
    ("subject", "words"),
    [
        # A mailbox no one reads, a no-reply notice, someone who has left: alone enough.
        ("Re: Din kurv", "Denne postkasse overvåges ikke. Skriv til kontakt@firma.example."),
        ("Re: Handlekurven", "E-postadressen blir ikke lenger lest."),
        ("Automatiskt svar", "Svara inte på detta meddelande."),
        ("Re: Warenkorb", "Dieses Postfach wird nicht mehr abgerufen."),
        ("Re: Il carrello", "Questa casella non è più monitorata."),
        ("Re: Your basket", "This mailbox is no longer monitored."),
        ("Re: Ostoskori", "Älä vastaa tähän viestiin."),
        (
            "Re: Din kurv",
            "Karen Holm har forladt Nordlys, skriv i stedet til info@nordlys.example.",
        ),
        ("Re: Your basket", "Jo Berg no longer works at Harbour Ltd."),
        # A receipt's compound noun; absence named in the words.
        ("Ärende 2025-0114-77", "Vi har tagit emot ditt e-postmeddelande."),
        ("Re: Din kurv", "Jeg er på barselsorlov og læser ikke min mail. I mit fravær: Anders."),
        # A business closed for a season, or telling everyone a message matters.
        ("Re: Din kurv", "Butikken holder sommerlukket til 3. august."),
        ("Re: Varukorgen", "Vi har julstängt till den 7 januari."),
        ("Re: Warenkorb", "Unser Betrieb macht Betriebsferien bis zum 20. August."),
        ("Re: Carrello", "Il negozio rimarrà chiuso per ferie fino al 25 agosto."),
        ("Re: Your basket", "Your message is important to us and we will reply soon."),
        ("Re: Ostoskori", "Viestisi on meille tärkeä, vastaamme pian."),
        # A challenge-response filter.
        ("Please verify", "Please confirm you are a person by clicking the link below."),
        ("Bekreft", "Bekreft at du er et menneske for å levere meldingen."),
        # Sick leave, a course: with a second cue.
        ("Re: Din kurv", "Jeg er sygemeldt og læser ikke min indbakke. Haster det, ring 7070."),
        ("Re: Handlekurven", "Jeg sitter på kurs og har begrenset tilgang til e-post."),
    ],
)
def test_what_only_a_machine_or_a_mailboxs_keeper_says(subject: str, words: str) -> None:
    reply = read_reply(reply_message(subject, words))

    assert reply.auto_reply, reply.auto_reply_rule


@pytest.mark.parametrize(
    "words",
    [
        # A customer away says one thing of it; a notice says two.
        "I'm on holiday until Monday, I will order then.",
        "Jag är ledig i veckan men beställer på måndag.",
        "I have limited access to email on holiday, but the price is too high anyway.",
        "Ich bin im Urlaub, aber die Versandkosten sind mir zu hoch.",
        # Leaving a job, not a company's notice.
        "Jeg har sluttet i jobben, så det må vente.",
        "I quit my job last week, so not now.",
        "Please do reply: can I get it in blue?",
        "Ich bin nicht mehr so sicher, ob ich die Jacke will.",
        # Quoted from elsewhere; a customer on leave who asks; a customer's own shop closed.
        'My bank wrote "Svara inte på detta mejl", so: do you read this? Is it in size L?',
        "Jeg er sygemeldt, men har en hurtig: findes den i blå?",
        "Vi har sommerlukket selv, kan I sende den til vores privatadresse?",
        "Vi har julstängt i butiken, men kan ni skicka till min hemadress?",
        "Haster det? Nej, jeg venter gerne til næste uge med at bestille.",
        "Pankkitilini on suljettu, joten en voi maksaa nyt.",
        "Jeg har lukket fanen ved en fejl, kan I sende linket igen.",
        "Banken har stengt kortet mitt, så jeg venter litt.",
        "Jag har stängt fliken av misstag, skicka länken igen.",
        # Words that a notice uses, said of something else.
        "Mit spørgsmål kan ikke besvares i jeres chat, så jeg skriver her.",
        "Adressen er ikke i bruk lenger, kan dere sende til hytta?",
        "Er chatt går inte att svara på, finns jackan i M?",
        "Das ist nicht mehr für Weihnachten, also kein Stress mit dem Versand.",
        "The address is no longer in use, can you ship to my office instead?",
    ],
)
def test_a_customer_saying_what_a_notice_says_is_a_customer(words: str) -> None:
    reply = read_reply(reply_message("Re: Din kurv", words))

    assert not reply.auto_reply, reply.auto_reply_rule


# The fourth set's families, in words of our own: each was missed before its mending.
FOURTH_NOTICES = [
    ("Messaggio automatico", "Grazie, rispondo appena possibile."),
    ("Automatische Nachricht", "Danke für Ihre Mail."),
    ("Away - training course", "Back on the 12th."),
    (
        "Re: Your cart",
        "I'm on a course this week and won't have access to email."
        " I'll read your message when I'm back.",
    ),
    ("Re: Din kurv", "Jeg er på ferie til mandag og svarer på mails, når jeg er tilbage."),
    (
        "Re: Ihr Warenkorb",
        "Ich bin im Urlaub. Nach meiner Rückkehr beantworte ich Ihre Nachricht.",
    ),
    ("Re: Ostoskorisi", "Olen lomalla viikon. Luen sähköpostit kun palaan."),
    ("Re: Il tuo carrello", "Sono in vacanza fino a lunedì e leggerò la posta al mio rientro."),
    ("Thanks for contacting us", "We reply to every message within 3 business days."),
    ("Tak for din henvendelse", "Vi besvarer alle henvendelser inden for 2 hverdage."),
    ("Takk for e-posten", "Vi svarer vanligvis innen tre virkedager."),
    (
        "Tack för ditt mejl",
        "Vi har fått ditt meddelande och svarar normalt inom två arbetsdagar.",
    ),
    (
        "Danke für Ihre Nachricht",
        "Wir beantworten Anfragen in der Regel innerhalb von zwei Werktagen.",
    ),
    ("Grazie per averci scritto", "Ti risponderemo entro 48 ore."),
    ("Kiitos viestistäsi", "Vastaamme kaikkiin viesteihin kahden arkipäivän kuluessa."),
    ("Re: Handlekorga di", "Meldingar hit vert ikkje lesne lenger."),
    ("Re: Din kurv", "Beskeder hertil bliver ikke læst."),
    ("Anfrage erhalten [#5521]", "Wir haben Ihr Anliegen erhalten."),
    (
        "We've got your message",
        "Thanks! We've got your message and someone will be in touch soon.",
    ),
]


# ... and customers beside them: a notice quoted, a receipt's words without a promise, a
# return without mail read, a promise the customer reminds the shop of.
FOURTH_CUSTOMERS = [
    (
        "Re: Du har glemt noget i kurven",
        'Jeres kundeservice svarede bare "Jeg er på ferie og læser ikke mails før mandag,'
        ' i hastende sager ring". Hvornår kan I sende?',
    ),
    (
        "Re: Du har glemt noget i kurven",
        "Jeg fik bare »Jeg er på ferie og læser ikke mails. I hastende sager ring til"
        " kontoret« tilbage fra jer",
    ),
    ("Sv: Du har glömt något", "Vi har fått ditt mejl och återkommer när vi bestämt oss."),
    ("Re: Your cart", "I'm away this week, I'll order when I'm back."),
    (
        "Re: Your cart",
        "You promised to reply within 2 working days and never did. The code still fails.",
    ),
    ("Re: Din kurv", "Jeg er på ferie, men svarer gerne: ja, jeg vil stadig have lampen."),
    ("Re: Il tuo carrello", "Sono in vacanza, al mio rientro ordino la felpa."),
    ("Away?", "Is the shop away for Christmas?"),
]


# The fifth set's families, in words of our own: all but one missed before their mending.
FIFTH_NOTICES = [
    ("Read: Your basket is waiting", "Your message was read on 3 June 2025 at 10:14."),
    ("Læst: Du har glemt noget i kurven", "Din meddelelse er blevet læst."),
    ("Prot. n. 4411/2025", "La Sua richiesta è pervenuta ed è stata registrata."),
    ("Re: Din kurv", "Tak for din mail. Du kan forvente svar inden for tre hverdage."),
    ("Re: Handlekurven", "Takk for meldingen. Vi svarer normalt innen to virkedager."),
    ("Re: Your basket", "Thanks for writing. Please don't expect a reply before the 20th."),
    ("Re: Your basket", "Thanks! We usually reply within a week."),
    (
        "Re: Varukorgen",
        "Jag går igenom inkorgen bara på fredagar. Vid brådskande ärenden ring 08-123 45 67.",
    ),
    (
        "Re: Ostoskori",
        "Käyn sähköpostit läpi vain maanantaisin. Vastaan viestiisi viimeistään ensi maanantaina.",
    ),
    (
        "AW: Warenkorb",
        "Ich bin bis Freitag auf der Fachmesse in Köln und kann E-Mails nur eingeschränkt lesen.",
    ),
    (
        "Re: Handlekorga",
        "Eg er på leirskule med 7B og har ikkje høve til å lese e-post. Eg er tilbake måndag.",
    ),
    (
        "Re: Il carrello",
        "Lavoro a orario ridotto: i messaggi verranno letti al mio rientro."
        " Per questioni urgenti chiamate lo 0461 123456.",
    ),
    (
        "Re: Your basket",
        "I am on research leave this term and read my email only occasionally.",
    ),
    ("Sv: Varukorgen", "Ditt meddelande har satts i karantän och levereras efter granskning."),
    (
        "AW: Warenkorb",
        "Ich bin in den Ruhestand gegangen. Diese Mailadresse wird nicht mehr gelesen.",
    ),
    ("Re: Your basket", "Please note this email address will be closed on 1 May."),
    ("Re: Il carrello", "Gentile mittente, la casella è gestita da volontari."),
    ("Re: Handlekurven", "Ferie t.o.m. uke 30."),
    ("SV: Din kurv", "Holder ferie. Tilbage 4/8."),
    ("Re: Your basket", "Away until 14.8."),
    ("Re: Handlekurven", "Tar ferie til 12/8."),
]


# ... and customers who say the same words of themselves: away with an order, a question,
# an answer demanded, mail read on Sundays, a pension, a read reminder, a formal greeting.
FIFTH_CUSTOMERS = [
    ("Re: Din kurv", "Ferie til 12/8, bestiller når jeg er hjemme"),
    ("Re: Your basket", "On holiday until 14.8. Will the basket still be there?"),
    ("Re: Din kurv", "Jeg forventer svar hurtigst muligt, koden virker ikke!"),
    (
        "Re: Your basket",
        "I only check my email on Sundays, sorry for the late reply. Still want the lamp.",
    ),
    ("Re: Varukorgen", "Jag är tillbaka på måndag och beställer då."),
    ("Re: Il carrello", "Sono in pensione e i soldi sono pochi, troppo cara la spedizione."),
    ("Re: Your basket", "Read it, thanks. Not for me this time."),
    ("Re: Ihr Warenkorb", "Sehr geehrte Damen und Herren, ich habe noch eine Frage zur Größe."),
]


# The sixth set's families, in words of our own.
SIXTH_NOTICES = [
    (
        "Re: Your basket",
        "I'm on site all week and don't get to emails until Friday. For anything urgent, text me.",
    ),
    (
        "Re: Your basket",
        "I'm walking the coast path until the 30th. I'll be back on the 1st and reading "
        "email again from the 2nd.",
    ),
    (
        "Re: Il carrello",
        "Il negozio resta chiuso dal 10 al 24 agosto. Riprenderemo a leggere la posta al rientro.",
    ),
    (
        "Re: Il carrello",
        "Grazie per averci scritto. La segreteria risponde alle richieste in ordine di "
        "arrivo, di norma entro due giorni lavorativi.",
    ),
    (
        "Sv: Varukorgen",
        "Jag läser mejlen bara på kvällarna och hinner inte svara förrän nästa vecka.",
    ),
    (
        "Re: Varukorgen",
        "Tack för ditt mejl. Gäller det en ny beställning? Se vår hemsida "
        "www.exempel.example. Vi svarar normalt inom tre arbetsdagar.",
    ),
    (
        "Re: Your basket",
        "Your message has been held. If you know me, please confirm at "
        "https://guard.example/verify?id=4411 within 7 days.",
    ),
]


# ... and customers beside them: a data request about the shop's site, a notice pasted by
# mistake above a question about the order, mail read late but a question asked.
SIXTH_CUSTOMERS = [
    (
        "AW: Warenkorb",
        "Sehr geehrte Damen und Herren, ich habe auf Ihrer Seite lediglich einen Artikel "
        "angesehen und keiner Erinnerung zugestimmt. Bitte senden Sie mir keine weiteren "
        "Nachrichten und teilen Sie mir mit, welche Daten Sie gespeichert haben.",
    ),
    (
        "Sv: Varukorgen",
        "Jag är på semester och har begränsad tillgång till e-post. Vid brådskande ärenden,"
        " ring kontoret.\n\nOj, fel text! Kan ni spara jackan tills jag beställer nästa vecka?",
    ),
    (
        "Re: Your basket",
        "I don't get to emails until the weekend, sorry. Is the lamp still in stock?",
    ),
    ("Re: Il carrello", "Siete chiusi dal 24 al 26? Vorrei ordinare prima."),
]


# The seventh set's families, in words of our own.
SEVENTH_NOTICES = [
    ("Re: Din kurv", "Jeg er stoppet hos Hansen Tømrer. Skriv gerne til info@hansen.example."),
    ("Re: Din kurv", "Denne mailadresse bliver ikke længere læst."),
    (
        "Sv: Varukorgen [Ärende #SE-55123]",
        "Tack för ditt mejl! Vi har tagit emot ditt meddelande.",
    ),
    ("Re: Varukorgen", "Jag är på semester. Svarstiden är just nu upp till 5 arbetsdagar."),
]


# ... and customers beside them: a response time complained of, a habit stopped.
SEVENTH_CUSTOMERS = [
    (
        "Re: Your basket",
        "Your response time of 5 working days is far too slow, I went elsewhere.",
    ),
    ("Re: Din kurv", "Jeg er stoppet med at ryge, så pengene rækker til lampen nu."),
]


# The eighth set's families, in words of our own.
EIGHTH_NOTICES = [
    (
        "Re: Your basket",
        "The office is now closed for the summer holidays. Emails will not be monitored "
        "until 2 September.",
    ),
    (
        "Re: Your basket",
        "Thanks for writing. Messages will not be read until I return on the 9th.",
    ),
]


NINTH_NOTICES = [
    (
        "Tak for din henvendelse",
        "Vi har travlt for tiden og besvarer mails løbende, normalt inden for 2-3 hverdage.",
    ),
    (
        "Re: Your basket",
        "We reply to every message ourselves, usually within two to three working days.",
    ),
    (
        "Re: Hai dimenticato qualcosa?",
        "L'ufficio rimarrà chiuso per le festività dal 24 dicembre al 2 gennaio compresi.",
    ),
    (
        "Automatisk besked: postkassen er fuld",
        "Din meddelelse kunne ikke leveres, fordi modtagerens postkasse er fuld.",
    ),
    ("Postfach voll", "Ihre Nachricht konnte nicht zugestellt werden: das Postfach ist voll."),
    ("Viestiä ei voitu toimittaa", "Vastaanottajan postilaatikko on täynnä."),
    ("Undelivered: Your basket", "The recipient's mailbox is full and can't accept messages."),
    ("Tack för ditt mejl!", "Vi är på verkstaden hela dagarna och hinner sällan svara på mejl."),
    ("Re: Your basket", "We are unable to answer emails in the season. Call 0161 496 0000."),
    ("Danke!", "Wir können leider nicht auf E-Mails antworten, rufen Sie uns gern an."),
    ("Grazie", "Non riusciamo a rispondere alle e-mail: chiamateci allo 02 1234567."),
    ("Kiitos viestistä", "Emme ehdi vastata sähköposteihin kesällä, soita 040 123 4567."),
    (
        "Meddelande ej levererat",
        "Ditt meddelande kunde inte levereras eftersom mottagarens inkorg är full.",
    ),
]


TENTH_NOTICES = [
    (
        "Thank you for contacting the newsroom",
        "We read everything, but we are not able to reply to them all. Got a tip? Call us.",
    ),
    (
        "Kiitos yhteydenotosta",
        "Koskeeko asiasi laskua? Soita 010 123 4567. Emme ehdi vastata kaikkiin viesteihin.",
    ),
    (
        "Tack för ditt mejl",
        "Gäller ditt ärende en bokning? Ring 08-123 45 67. Under sommaren läses e-post bara "
        "på måndagar, så det kan dröja innan du får svar.",
    ),
    (
        "Takk for e-posten",
        "Vi har dessverre ikke anledning til å svare på alle meldinger. Ring 22 33 44 55.",
    ),
]


ELEVENTH_NOTICES = [
    ("Denne e-postadressen besvares ikke", "Ring oss på 51 60 33 80, hverdager 9-16."),
    ("Tak for din henvendelse", "Denne mailadresse besvares ikke. Ring 70 20 30 40."),
    ("Re: Varukorgen", "Denna adress besvaras inte. Kontakta oss på 08-123 45 67."),
    ("Re: Your basket", "This address is not monitored. Please call 0161 496 0000."),
    (
        "Kiitos viestistäsi",
        "Tähän osoitteeseen ei vastata. Soita 010 123 4567 arkisin 9-16.",
    ),
    (
        "Takk for henvendelsen",
        "Vi kan dessverre ikke svare på spørsmål om resepter på e-post. Ring 22 33 44 55.",
    ),
]
TWELFTH_NOTICES = [
    ("Re: Kurven", "Vi holder ferie til 6. januar, og mailboksen bliver ikke læst imens."),
    (
        "Tack för ditt mejl!",
        "Den här inkorgen läses oftast en gång i veckan, så det kan dröja innan du får svar.",
    ),
    (
        "Takk for e-posten",
        "Innboksen leses bare på fredager, så det kan ta tid før du får svar. Ring 22 33 44 55.",
    ),
    ("[Tiketti #INC-0048213] Re: Ostoskori", "Pyyntösi on kirjattu. Vasteaika 2 arkipäivää."),
]
THIRTEENTH_NOTICES = [
    (
        "Vinterlukket",
        "Vi har lukket for vinteren og åbner igen 1. marts. Til da bliver beskeder til denne "
        "adresse ikke læst.",
    ),
    ("Ny adress", "Min adress (kontoret@example.se) avslutas i maj. Skriv till info@example.se."),
    (
        "Re: Ostoskori",
        "Kiitos viestistä. Viestiäsi ei ole välitetty eteenpäin. Ota yhteyttä numeroon 040 123 "
        "4567.",
    ),
    (
        "Re: Your basket",
        "I'm taking a career break until March and won't be checking this mailbox. For studio "
        "matters write to hello@example.co.uk.",
    ),
    (
        "Re: Il carrello",
        "Il laboratorio è chiuso per fine stagione e riapre ad aprile. Non leggerò la posta fino "
        "ad allora.",
    ),
    (
        "Re: Warenkorb",
        "Ihre Nachricht wurde nicht weitergeleitet. Bitte schreiben Sie an info@example.de.",
    ),
]
FOURTEENTH_NOTICES = [
    (
        "Ny e-postadresse",
        "Vi har flyttet til ny adresse. Innboksen blir ikke lenger lest, og beskeden din er "
        "ikke videresendt. Skriv til post@example.no.",
    ),
    (
        "Danke für deine Mail",
        "Wir lesen nur einmal pro Woche ins Postfach rein, habt bitte etwas Geduld. Termine "
        "gibt es unter www.example.de/termin.",
    ),
    (
        "Re: Your basket",
        "I'm on a sabbatical until May and not keeping up with my email. Thank you for your "
        "patience; for orders write to shop@example.co.uk.",
    ),
]
FIFTEENTH_NOTICES = [
    (
        "Stengd for vinteren",
        "Kafeen er stengd for vinteren. E-post blir bare lest én gang i uka, så svaret kan ta tid.",
    ),
]
SIXTEENTH_NOTICES = [
    (
        "Ny adress",
        "Min gamla adress (eva@example.se) upphör i maj. Det som skickas hit läser jag inte.",
    ),
    (
        "Re: Warenkorb",
        "Wir sind diese Woche auf Montage und kommen kaum an den Rechner. Notfälle: 0171 123456",
    ),
]
NINETEENTH_NOTICES = [
    (
        "[Sak #AB-2025-1234] Handlekurven din",
        "Vi har mottatt henvendelsen din og registrert den. En saksbehandler ser på den snart.",
    ),
    (
        "Takk for din henvendelse",
        "Vi er ute på jobb hele dagen. Du hører fra oss innen to virkedager.",
    ),
    (
        "Thanks for your message",
        "This inbox is run by volunteers, so please allow up to ten days for a reply.",
    ),
    (
        "Ihre Nachricht",
        "Danke für Ihre Nachricht. Sie erhalten innerhalb von zwei Werktagen eine Antwort.",
    ),
]
TWENTIETH_NOTICES = [
    ("Ny e-postadresse", "Denne e-postadressen skal snart legges ned. Skriv til meg på min nye."),
    (
        "Re: Kurven",
        "Butikken er lukket på grund af sommerferie til den 28. juli. Vi læser ikke mails imens.",
    ),
    (
        "Tack för ditt mejl",
        "Vi svarar så fort vi kan, men räkna med att det kan dröja ett par veckor.",
    ),
    ("Thanks for writing", "We reply as soon as we can, but it may take up to two weeks."),
]
TWENTY_FIRST_NOTICES = [
    (
        "Sommerlukket",
        "Vi holder sommerlukket til 28. juli, så bestillinger tager vi imod derefter.",
    ),
    (
        "Auszeit",
        "Ich bin bis April unterwegs. Mails lese ich in dieser Zeit nicht, sie werden auch nicht"
        " weitergeleitet.",
    ),
]
TWENTY_SECOND_NOTICES = [
    (
        "Kontoret er stengt",
        "I sommer sjekkes denne e-postkassen bare sporadisk, så det kan gå uker før du får svar."
        " Haster det?",
    ),
]
TWENTY_THIRD_NOTICES = [
    ("Ny adresse", "Denne adresse bruges ikke længere. Akut? Ring 20 30 40 50."),
    ("Re: Varukorgen", "Ingen läser det som kommer hit. Skriv till info@example.se i stället."),
    (
        "Föräldraledig",
        "Jag är föräldraledig till januari. Frågor skickas till lab@example.se, tack.",
    ),
]
# A fresh set measured once after heldout-23 (23 of 26, 0 of 14 people; kept outside the
# repository until its last miss is mended): its families in words of our own.
TWENTY_FOURTH_NOTICES = [
    (
        "Takk for e-posten",
        "Jeg er ute på jobb. Henvendelser besvares fortløpende, normalt innen tre virkedager.",
    ),
    (
        "Föräldraledig",
        "Jag är föräldraledig till hösten. Under tiden läser jag inte min e-post.",
    ),
    # the ski school closed for the season that asks only to send its reader on ("Har du
    # gløymt att noko hos oss? Ring vaktmeisteren ..."), and names gift cards bought
    (
        "Re: Handlekorga",
        "Hei! Vi les ikkje e-post i vinterferien, og du må rekne med ei veke før du får svar. Har "
        "du gløymt att noko hos oss? Ring vaktmeisteren på 57 00 00 00. Gåvekort som er kjøpte i "
        "vinter, gjeld òg neste sesong.",
    ),
    (
        "Re: Your basket",
        "The ski school is closed for the season. Did you leave something behind? Call the "
        "caretaker on 0123 456 789. Gift cards bought this winter are valid next season.",
    ),
    (
        "Re: Varukorgen",
        "Skidskolan har stängt för säsongen. Har du glömt något hos oss? Ring vaktmästaren på 070 "
        "123 45 67. Presentkort som köpts i vinter gäller även nästa säsong.",
    ),
]
# The twenty-sixth set's families: mail read seldom, the inbox named first ("Innboksen leser
# jeg bare på fredager", "questa casella la guardo solo il venerdì"); the wait for an answer,
# the answer its subject ("svar kan ta opptil en uke"); an office unstaffed; a residency;
# a winter break; whatever is urgent ("Per ordini urgenti").
TWENTY_SIXTH_NOTICES = [
    (
        "Re: Varukorgen",
        "Mejlen läser jag bara på fredagar, så svaret kan dröja upp till en vecka.",
    ),
    (
        "Re: Kurven",
        "Indbakken kigger jeg kun i om mandagen, så svar kan tage op til en uge.",
    ),
    (
        "Re: Ihr Warenkorb",
        "Die Mails lese ich nur freitags, eine Antwort kann bis zu einer Woche dauern.",
    ),
    (
        "Re: Il carrello",
        "Sono in laboratorio tutta la settimana e la posta la leggo solo il lunedì. Per richieste "
        "urgenti chiamate il 333 765 4321.",
    ),
    (
        "Re: Your basket",
        "I'm in the workshop all week and read my email only on Fridays. Replies may take up to a "
        "week.",
    ),
    (
        "Re: Ostoskori",
        "Sähköpostit luen vain perjantaisin, joten vastaus voi viedä viikon.",
    ),
    (
        "Re: Kurven",
        "Sæsonen er slut, og kontoret er ubemandet indtil april. Mails læses kun om mandagen.",
    ),
    (
        "Re: Warenkorb",
        "Die Saison ist vorbei, unser Büro ist bis März nicht besetzt. Nachrichten lese ich nur "
        "selten.",
    ),
    (
        "Re: Il carrello",
        "Il frantoio resta chiuso per la pausa invernale dal 12 gennaio. La posta viene letta "
        "solo di rado.",
    ),
    (
        "Re: Your basket",
        "I'm on an artist residency until March and read my email only now and then. For sales, "
        "write to gallery@studio.example.",
    ),
    (
        "Re: Il carrello",
        "Sono in residenza d'artista fino a marzo e leggo le mail solo ogni tanto.",
    ),
    (
        "Re: Il carrello",
        "Grazie per averci contattato. Lo studio è chiuso per la pausa estiva. Per le scadenze "
        "fiscali urgenti scrivere alla segreteria.",
    ),
]
# The twenty-eighth set's family: mail looked through now and then in the passive, its
# participle after a word or two ("Mailen bliver derfor kun kigget igennem en gang imellem",
# "Mails werden nur einmal pro Woche gelesen"), and the wait before one hears from us.
TWENTY_EIGHTH_NOTICES = [
    (
        "Re: Kurven",
        "Vi er midt i høsten. Mailen bliver kun kigget igennem en gang imellem, så der kan gå to "
        "uger, før du hører fra os.",
    ),
    (
        "Re: Handlekurven",
        "Vi er på fjellet hele uka. E-posten blir bare sjekket én gang i uka, og det kan ta en "
        "stund før du hører fra oss.",
    ),
    (
        "Re: Varukorgen",
        "Vi skördar just nu. Mejlen kollas bara någon gång i veckan, och det kan dröja innan du "
        "hör av oss.",
    ),
    (
        "Re: Your basket",
        "We're in the middle of harvest. Mail is checked only once a week, so it may be a while "
        "before you hear from us.",
    ),
    (
        "Re: Warenkorb",
        "Wir sind mitten in der Lese. Mails werden nur einmal pro Woche gelesen, es kann dauern, "
        "bevor Sie von uns hören.",
    ),
]
# ... and customers whose own mail is read so.
TWENTY_EIGHTH_CUSTOMERS = [
    (
        "Re: Kurven",
        "Mailen bliver kun tjekket om aftenen her, undskyld det sene svar. Jeg bestiller i morgen.",
    ),
    (
        "Re: Warenkorb",
        "Mails werden bei mir nur abends gelesen, sorry. Ist die Jacke noch da?",
    ),
    (
        "Re: Varukorgen",
        "Mejlen kollas bara på kvällen hemma hos oss, förlåt. Vi beställer i helgen.",
    ),
]
# The thirtieth to thirty-second sets' families: "only" before the verb ("I only go through
# this inbox on Friday afternoons"), "you won't hear back from me before then", something
# that can't wait, a trade fair in Italian and a bare "al rientro", a time the notice
# lasts until ("fram till mitten av september", "15.9. asti"), "er sommerlukket", mail
# "ikke læst i perioden" and answered "når vi er tilbage", a mailbox to be closed and
# nothing sent here read.
THIRTIETH_TO_THIRTY_SECOND_NOTICES = [
    (
        "Re: Your basket",
        "I only check this inbox on Monday mornings, so you won't hear back from me before then. "
        "If something really can't wait, ring 0161 496 0000.",
    ),
    (
        "Re: Kurven",
        "Mails tjekker jeg kun om fredagen. Hvis det ikke kan vente, så ring på 20 30 40 50.",
    ),
    (
        "Re: Il carrello",
        "Fino a venerdì sono alla fiera di Verona e rispondo alle mail al rientro. Per ordini "
        "urgenti: 347 000 0000.",
    ),
    (
        "Re: Warenkorb",
        "Ich bin diese Woche auf der Messe in Köln. Wenn es nicht warten kann, rufen Sie 0171 "
        "2345678 an.",
    ),
    (
        "Re: Varukorgen",
        "Mejlen läser jag bara på söndagar fram till mitten av september. Ring hellre 070-000 00 "
        "00.",
    ),
    (
        "Re: Handlekurven",
        "Innboksen leser jeg bare i helgene frem til utgangen av august.",
    ),
    (
        "Re: Ostoskori",
        "Sähköpostit luen vain sunnuntaisin 15.9. asti.",
    ),
    (
        "Re: Kurven",
        "Kontoret er sommerlukket i uge 28-31. Din mail bliver ikke læst i perioden, og vi "
        "besvarer den, når vi er tilbage.",
    ),
    (
        "Re: Handlekurven",
        "Kontoret er sommerstengt til 5. august. Vi svarer på e-post når vi er tilbake.",
    ),
    (
        "Re: Your basket",
        "After twelve years I've left the co-operative, and this mailbox will be closed at the "
        "end of the month. Nothing sent here is being read.",
    ),
]
# ... and customers away until a day, who order on their return, or can't wait.
THIRTIETH_TO_THIRTY_SECOND_CUSTOMERS = [
    (
        "Re: Your basket",
        "I only check my email at weekends, sorry for the late reply! Is the lamp still in stock?",
    ),
    (
        "Re: Kurven",
        "Jeg er væk til og med 3. august, så bestiller jeg. Kan I holde jakken?",
    ),
    (
        "Re: Varukorgen",
        "Vi är bortresta till mitten av augusti, beställer när vi är tillbaka.",
    ),
    (
        "Re: Your basket",
        "If it can't wait until Friday, just empty my basket. I'll order again when we're back.",
    ),
    (
        "Re: Il carrello",
        "Sono alla fiera di Verona fino a venerdì, ordino al rientro.",
    ),
    (
        "Re: Handlekurven",
        "E-posten min blir ikke lest i perioden jeg er bortreist, så svar meg heller på SMS. Har "
        "dere jakken i M?",
    ),
]
# The thirty-third and thirty-fourth sets' families: a ticket code of several groups as the
# whole subject ("[SR-2025-048713]"); requests handled in turn, by an office or in the
# passive ("Vi handlägger ärenden ..., normalt inom två arbetsdagar"); an inbox named a
# few words before its verb ("Questa casella è gestita da volontari e viene controllata
# solo il venerdì"); a few days to answer; reaching someone sooner.
THIRTY_THIRD_AND_FOURTH_NOTICES = [
    (
        "[SR-2025-001122]",
        "Vi har tagit emot ditt ärende och det har registrerats med nummer SR-2025-001122.",
    ),
    (
        "Re: Kurven",
        "Vi behandler henvendelser i den rækkefølge de kommer ind, normalt inden for tre hverdage.",
    ),
    (
        "Re: Your basket",
        "Requests are processed in the order they arrive, usually within two working days.",
    ),
    (
        "Re: Il carrello",
        "Questa casella è gestita da volontari e viene letta solo il lunedì, quindi potremmo "
        "metterci qualche giorno a risponderti.",
    ),
    (
        "Re: Your basket",
        "This inbox is run by volunteers and checked only on Sundays, so it may take us a few "
        "days to reply.",
    ),
    (
        "Re: Handlekurven",
        "I sesongen leser jeg e-post bare på fredager. Trenger du å få tak i meg raskere, ring "
        "915 00 000.",
    ),
    (
        "Re: Varukorgen",
        "Under skörden läser jag mejl bara på söndagar. Behöver du nå mig snabbare, ring 070-000 "
        "00 00.",
    ),
]
# ... and customers who received a mail, handle their own, or may take days to decide.
THIRTY_THIRD_AND_FOURTH_CUSTOMERS = [
    (
        "Re: Varukorgen",
        "Vi har tagit emot ditt mejl, tack! Behöver ni nå mig snabbare så ring 070-000 00 00. Jag "
        "beställer i helgen.",
    ),
    (
        "Re: Your basket",
        "Sorry, I only handle my personal email at weekends, usually within a day or two. Is the "
        "lamp still there?",
    ),
    (
        "Re: Il carrello",
        "Potremmo metterci qualche giorno a decidere, scusate. Il vaso blu è ancora disponibile?",
    ),
    (
        "Re: Handlekurven",
        "Jeg leser e-post bare om kvelden, beklager sent svar. Trenger du å få tak i meg raskere, "
        "send en SMS. Har dere jakken i M?",
    ),
]
# The thirty-sixth and thirty-seventh sets' families: closed "vom ... bis einschließlich
# ...", mail not handled meanwhile, answered only from a day ("kommen erst ab dem 20. März
# wieder dazu, Ihre Nachricht zu beantworten"), a trade fair told of "wir", a question
# that sends its reader on by text message, a mailbox "non più attiva".
THIRTY_SIXTH_AND_SEVENTH_NOTICES = [
    (
        "Re: Warenkorb",
        "Unsere Kanzlei ist vom 22.12. bis einschließlich 2.1. geschlossen. In dieser Zeit werden "
        "E-Mails nicht bearbeitet.",
    ),
    (
        "Re: Il carrello",
        "Questa casella di posta elettronica non è più attiva: i messaggi inviati a questo "
        "indirizzo non vengono letti.",
    ),
    (
        "Re: Warenkorb",
        "Wir stellen diese Woche auf der Fachmesse in Köln aus und kommen erst ab dem 27. Januar "
        "dazu, Ihre Mail zu beantworten.",
    ),
    (
        "Re: Warenkorb",
        "Ich bin bis Freitag auf einer Messe in Nürnberg. Möchten Sie mich dort treffen? Schicken "
        "Sie eine SMS an 0171 0000000. Ihre Mail beantworte ich erst ab dem 14. Februar.",
    ),
    (
        "Re: Warenkorb",
        "Die Praxis ist vom 1. bis 15. August geschlossen. Bei dringendem Behandlungsbedarf "
        "wenden Sie sich an unsere Vertretung, Tel. 0911 000000.",
    ),
]
# ... and customers at a fair who ask, whose own shop is closed before they order, whose
# own old address is no longer active.
THIRTY_SIXTH_AND_SEVENTH_CUSTOMERS = [
    (
        "Re: Warenkorb",
        "Wir sind bis Sonntag auf der Messe in Köln. Haben Sie die Jacke in M? Schicken Sie mir "
        "eine SMS an 0171 0000000.",
    ),
    (
        "Re: Warenkorb",
        "Unser Laden ist vom 22.12. bis einschließlich 2.1. geschlossen, deshalb bestelle ich "
        "erst danach.",
    ),
    (
        "Re: Il carrello",
        "Il mio vecchio indirizzo non è più attivo, scrivetemi qui. Il vaso è ancora disponibile?",
    ),
]
# The thirty-ninth to forty-second sets' families: in the midst of the harvest (a cue),
# looked through "et par gange om ugen" or "varannan vecka", "kigger kun på mails", a
# time it lasts until ("indtil den 20. oktober", "fram til"), a few days' delay in
# Italian, matters not urgent answered later, something that can't wait, "siamo alla
# fiera".
THIRTY_NINTH_TO_FORTY_SECOND_NOTICES = [
    (
        "Re: Handlekurven",
        "Vi er midt i eplehøsten. Innboksen blir bare sjekket et par ganger i uka fram til 1. "
        "november.",
    ),
    (
        "Re: Warenkorb",
        "Wir sind mitten in der Weinlese. E-Mails lese ich nur jeden zweiten Tag.",
    ),
    (
        "Re: Your basket",
        "We're in the middle of harvest, so we check email only every other day. Anything that "
        "can't wait: call 01234 567890.",
    ),
    (
        "Re: Il carrello",
        "Siamo alla fiera di Verona fino a domenica e risponderemo alle mail con qualche giorno "
        "di ritardo.",
    ),
    (
        "Re: Varukorgen",
        "Kontoret är obemannat till 1 mars. Ärenden som inte är brådskande besvaras efter det.",
    ),
    (
        "Re: Kurven",
        "Jeg kigger kun på mails om aftenen indtil den 15. september. Er der noget, der ikke kan "
        "vente, så ring på 20 00 00 00.",
    ),
    (
        "Re: Il carrello",
        "Siamo in piena raccolta delle olive: risponderemo appena possibile, ma potrebbero "
        "passare alcuni giorni.",
    ),
    (
        "Re: Ostoskori",
        "Olemme keskellä sadonkorjuuta. Luen sähköpostit vain kerran viikossa, ja asiat, jotka "
        "eivät ole kiireellisiä, hoidetaan lokakuussa.",
    ),
]
# ... and customers busy with their own harvest or at a fair, or with boots that can't wait.
THIRTY_NINTH_TO_FORTY_SECOND_CUSTOMERS = [
    (
        "Re: Kurven",
        "Vi er midt i høsten på gården, så jeg bestiller først i november.",
    ),
    (
        "Re: Your basket",
        "Sorry, we're in the middle of harvest. I'll order the boots that can't wait now and the "
        "rest later.",
    ),
    (
        "Re: Il carrello",
        "Siamo alla fiera di Verona, ordino la settimana prossima.",
    ),
]
# The forty-third set's family: a winery at harvest "bis voraussichtlich 18. Oktober" that
# "schafft es kaum an den Schreibtisch" and asks "Verständnis, wenn unsere Antwort ein
# paar Tage dauert".
FORTY_THIRD_NOTICES = [
    (
        "Re: Warenkorb",
        "Bis etwa 20. Oktober sind wir im Weinberg und schaffen es kaum an den Schreibtisch. "
        "Bitte haben Sie Verständnis, wenn unsere Antwort ein paar Tage dauert.",
    ),
    (
        "Re: Warenkorb",
        "Wir sind auf Montage. Unsere Antwort kann einige Tage dauern, in dringenden Fällen rufen "
        "Sie 0171 0000000 an.",
    ),
    (
        "Re: Varukorgen",
        "Vi är ute i skogen till omkring 1 november. Mejlen läser jag bara på söndagar.",
    ),
]
# ... and customers who ask for understanding, or barely get to their desk.
FORTY_THIRD_CUSTOMERS = [
    (
        "Re: Warenkorb",
        "Bitte haben Sie Verständnis, ich bestelle erst nach dem Urlaub. Ist die Jacke bis etwa "
        "20. Oktober noch da?",
    ),
    (
        "Re: Warenkorb",
        "Ich schaffe es kaum an den Schreibtisch, deshalb die späte Antwort. Die Lampe nehme ich.",
    ),
]
# The forty-eighth and forty-ninth sets' families: busy from morning to night (a cue), mail
# read "kun ... om søndagen", "until further notice", "Off sick" with no subject, a
# reply "when I'm up and about again".
FORTY_EIGHTH_AND_NINTH_NOTICES = [
    (
        "Re: Kurven",
        "Vi slynger honning fra morgen til aften, så jeg læser kun mails om søndagen.",
    ),
    (
        "Re: Handlekurven",
        "Jeg leser bare e-post på fredager fram til jul. Haster det, ring 900 00 000.",
    ),
    (
        "Re: Your basket",
        "Off sick until further notice. I'll reply when I'm better. Sam",
    ),
    (
        "Re: Varukorgen",
        "Sjukskriven tills vidare. Jag läser bara mejl på måndagar.",
    ),
    (
        "Re: Warenkorb",
        "Die Werkstatt ist bis auf weiteres geschlossen. Ich lese nur montags meine Mails.",
    ),
]
# ... and customers off sick, busy all day, or reading mail on Sundays, who order or ask.
FORTY_EIGHTH_AND_NINTH_CUSTOMERS = [
    (
        "Re: Your basket",
        "I'm off sick, so my husband will order the lamp for me when I'm better.",
    ),
    (
        "Re: Kurven",
        "Jeg arbejder fra morgen til aften for tiden, så jeg bestiller i weekenden.",
    ),
    (
        "Re: Varukorgen",
        "Jag läser bara mejl på söndagar, förlåt! Finns mössan kvar?",
    ),
]
# The fifty-first and fifty-second sets' families: booked appointments moved or cancelled (a
# cue), mail "berre lesen" or "kun læst" with "only" before the participle, a question the
# notice answers at once.
FIFTY_FIRST_AND_SECOND_NOTICES = [
    (
        "Re: Din kurv",
        "Jeg er sygemeldt resten af ugen. Aftalte behandlinger bliver aflyst, og klinikken "
        "ringer til jer.",
    ),
    (
        "Re: Your basket",
        "I'm off sick this week. Booked lessons will be rescheduled and the office will be in "
        "touch.",
    ),
    (
        "AW: Ihr Warenkorb",
        "Ich bin krankgeschrieben. Bereits vereinbarte Termine werden verschoben, wir melden uns "
        "bei Ihnen.",
    ),
    (
        "R: Il tuo carrello",
        "Sono in malattia fino a venerdì 14. Gli appuntamenti già fissati saranno spostati, vi "
        "richiameremo noi.",
    ),
    (
        "Re: Din varukorg",
        "Jag är sjukskriven den här veckan. Bokade tider flyttas och vi hör av oss till dig.",
    ),
    (
        "Re: Ostoskorisi",
        "Olen sairauslomalla. Sovitut käynnit siirretään, otamme sinuun yhteyttä.",
    ),
    (
        "Re: Du har gløymt noko i handlekorga",
        "Takk for e-posten! Kyrkjekontoret har ikkje fast opningstid, og e-posten vert berre "
        "lesen på tysdagar. Det kan difor ta ei veke før du får svar. Salmebøker kan du kjøpe "
        "på kyrkjekontoret.",
    ),
    (
        "Re: Du har glemt noget i kurven",
        "Tak for din mail. Foreningen har intet kontor, og mails bliver kun læst om søndagen, så "
        "der kan gå en uge, før du hører fra os. Årsmærker kan købes i klubhuset.",
    ),
    (
        "Re: Varukorg",
        "Hej! Kontoret är obemannat till och med den 18 augusti. Mejl läses inte under "
        "uppehållet, men vi svarar när vi är tillbaka. Har du ett presentkort? Presentkort "
        "köpta i webbutiken gäller i tolv månader.",
    ),
    (
        "Re: Your basket",
        "Thanks for your email. The studio is closed until 3 January; messages are answered "
        "when we are back. Got a voucher? Vouchers bought before Christmas stay valid for a "
        "year.",
    ),
    (
        "AW: Ihr Warenkorb",
        "Vielen Dank für Ihre Nachricht. Die Praxis bleibt bis zum 8. Januar geschlossen, "
        "E-Mails lesen wir erst danach. Haben Sie einen Gutschein? Gutscheine aus dem "
        "Online-Shop gelten drei Jahre.",
    ),
]
# ... and customers whose own appointments move, who read their own mail seldom, or who ask
# the shop and then say more of the same thing.
FIFTY_FIRST_AND_SECOND_CUSTOMERS = [
    (
        "Re: Din kurv",
        "Jeg er sygemeldt, og mine aftalte behandlinger bliver flyttet hele tiden, så jeg "
        "bestiller skoene, når jeg er rask igen.",
    ),
    (
        "Re: Din kurv",
        "Min tandlæge har aflyst, så aftalte tider bliver flyttet. Jeg bestiller lampen i morgen.",
    ),
    (
        "Re: Din varukorg",
        "Jag är på semester till och med 18 augusti. Har ni jackan i M? Jackan är jättefin och "
        "jag vill gärna ha den.",
    ),
    (
        "Re: Your basket",
        "I'm off sick this week and my booked physio sessions will be rescheduled, so I'll order "
        "the mat next week. Do you still have it in green?",
    ),
    (
        "Re: Handlekurven",
        "Eposten min blir bare sjekket i helgene, derfor svarer jeg sent. Jakken bestiller jeg "
        "på lørdag!",
    ),
]
# The fifty-seventh and fifty-eighth sets' families: out of reach ("patchy signal", "dårlig
# dækning", "nur eingeschränkt erreichbar": a cue) on a field trip, a mail address no longer
# used or its inbox deleted, and a notice hard-wrapped mid-sentence.
FIFTY_SEVENTH_AND_EIGHTH_NOTICES = [
    (
        "Re: Your basket",
        "I'm on a field trip with patchy signal until the 20th. I'll answer when I'm back. Sam",
    ),
    (
        "Re: Din kurv",
        "Vi er på togt i skærgården med dårlig dækning. Vi svarer på mails, når vi er tilbage.",
    ),
    (
        "Re: Handlekurven",
        "Denne adressa vert ikkje lenger nytta. Bestillingar tek me imot på "
        "post@nyadresse.example.",
    ),
    (
        "Re: Varukorgen",
        "Den här adressen kommer inte längre att användas. Beställningar tar vi emot på "
        "order@nya.example.",
    ),
    (
        "Re: Handlekurven",
        "Takk for e-posten. Laget har fått ny leiar, og innboksen vert sletta etter årsmøtet. "
        "Billettar kan de kjøpe på nettsida.",
    ),
    (
        "AW: Warenkorb",
        "Guten Tag, bis 12. März sind wir auf der Messe und nur\neingeschränkt erreichbar. "
        "Danach sind wir wieder im Laden und\nbeantworten Ihre Nachricht. Bestellungen werden "
        "normal verschickt.",
    ),
    (
        "Re: Varukorgen",
        "Jag är tjänstledig och läser inte\nmin mejl förrän i augusti.",
    ),
]
# ... and customers whose old home address is no longer used, who are out of reach and will
# order, or who read their mail seldom and ask.
FIFTY_SEVENTH_AND_EIGHTH_CUSTOMERS = [
    (
        "Re: Handlekurven",
        "Min gamle adresse brukes ikke lenger, så send pakken til Storgata 5, 0150 Oslo.",
    ),
    (
        "Re: Handlekurven",
        "Den gamle adressa vert ikkje lenger nytta, send pakka til Storgata 5 i staden. Eg "
        "bestiller i kveld.",
    ),
    (
        "Re: Din kurv",
        "Min gamle adresse bruges ikke længere. Kan I sende til Nørregade 3 i stedet?",
    ),
    (
        "Re: Your basket",
        "My old address is no longer used, please ship to 12 High Street instead. I'll order "
        "tonight.",
    ),
    (
        "Re: Warenkorb",
        "Meine alte Adresse wird nicht mehr genutzt, bitte schicken Sie das Paket an die "
        "Lindenstraße 4.",
    ),
    (
        "Re: Your basket",
        "I'm on a field trip with patchy signal, so I'll order the tent when I'm back. Is it "
        "still in stock?",
    ),
    (
        "Re: Din kurv",
        "Jeg er på ferie og læser ikke\nmails så ofte, men jeg bestiller\nlampen når jeg er "
        "hjemme.",
    ),
    (
        "Re: Warenkorb",
        "Ich lese meine E-Mails nur selten und bin ab Mai zur Kur nicht erreichbar. Gibt es für "
        "die Schere Ersatzklingen?",
    ),
]
# The fifty-ninth to sixty-second sets' families: a fair named in a compound, access now and
# then, a notice's sorting question ("Undrar du över ...?", "Fragen zur ...?"), mail not read
# said in the active, no signal, sick with no subject, maternity leave, a colleague gone from
# the firm, an inbox looked at once a month between seasons.
FIFTY_NINTH_TO_SIXTY_SECOND_NOTICES = [
    (
        "Re: Varukorgen",
        "Jag är på keramikmässan i Göteborg till och med 14 september och har bara sporadisk "
        "tillgång till mejlen. Undrar du över höstens kurser? Schemat finns på webben. "
        "Beställningar i webbshoppen skickas som vanligt.",
    ),
    (
        "Re: Warenkorb",
        "Wir sind bis einschließlich 7.1. im Betriebsurlaub. Fragen zur Pflege deines neuen "
        "Tattoos? Schau in unsere FAQ. Gutscheine gibt es auch online.",
    ),
    (
        "Re: Warenkorb",
        "Ich bin bis zum 9. Januar im Urlaub und lese in dieser Zeit keine Mails. Bestellungen "
        "aus dem Shop werden trotzdem verschickt.",
    ),
    (
        "Re: Ostoskori",
        "Olen kalareissulla Lapissa 20.7. asti, eikä täällä ole kenttää. Vastaan kun pääsen "
        "takaisin.",
    ),
    (
        "Re: Handlekurven",
        "Er sykmeldt og leser ikke e-post denne uka. Bestillinger tas imot på 55 12 34 56.",
    ),
    (
        "Re: Il carrello",
        "Sono in congedo di maternità fino a marzo e non ho accesso a questa casella. I messaggi "
        "non vengono inoltrati. Per ordini: ordini@tessuti.example",
    ),
    (
        "Re: Warenkorb",
        "Herr Peters ist seit dem 1.3. nicht mehr für die Firma\nBrandt GmbH tätig. Ihre "
        "Nachricht wird nicht weitergeleitet. Bestellungen bitte an shop@brandt.example.",
    ),
    (
        "Re: Your basket",
        "Thanks for writing in! We're between seasons and this\ninbox gets looked at about once "
        "a month. Merch orders still ship weekly.",
    ),
]
# ... and customers who read mail seldom and ask to order, who are offline and will order,
# or who ask a question of their own in a notice's words.
FIFTY_NINTH_TO_SIXTY_SECOND_CUSTOMERS = [
    (
        "Re: Ostoskori",
        "Luen sähköpostia tosi harvoin ja olen mökillä 20.7. asti. Voinko tehdä tilauksen nyt "
        "ja pyytää, että lähetätte sen vasta heinäkuun lopussa?",
    ),
    (
        "Re: Ostoskori",
        "Olen mökillä ensi viikon, eikä siellä ole nettiä, joten tilaan sen jälkeen.",
    ),
    (
        "Re: Varukorgen",
        "Undrar du över varför jag inte köpte? Frakten var alldeles för dyr.",
    ),
    (
        "Re: Your basket",
        "I have patchy signal at the cabin, so could you hold the lamp for me until Friday?",
    ),
]
# The sixty-third, sixty-fourth and sixty-sixth sets' families: a club's sorting question and
# patience asked ("bear with us"), a treasurer stopped and an address no longer followed, a
# shop closed from a weekday, mail not read in the plural, a firm on holiday in the third
# person whose mail is answered after it, an office closed to the public from "dall'8" whose
# mail is "evase" from a day, on assignment out of signal and working through the inbox.
SIXTY_THIRD_TO_SIXTY_SIXTH_NOTICES = [
    (
        "Re: Your basket",
        "This mailbox is run by volunteers and we check it about once a fortnight, so please "
        "bear with us. Thinking of volunteering? See our website.",
    ),
    (
        "Re: Din kurv",
        "Jeg er stoppet som formand i Skovby Golfklub pr. 1. april, og denne adresse bliver "
        "ikke fulgt længere.",
    ),
    (
        "Re: Il carrello",
        "Il laboratorio resta chiuso da lunedì 3 a venerdì 7 giugno. In questi giorni non "
        "leggiamo la posta.",
    ),
    (
        "Re: Ostoskori",
        "Kukkakauppa Lumme on kesälomalla 1.\u201314.7. Sähköposteihin vastataan lomien jälkeen.",
    ),
    (
        "Re: Il carrello",
        "Gli uffici resteranno chiusi al pubblico dall'8 al 19 agosto. Le e-mail ricevute in "
        "questo periodo saranno evase a partire dal 20 agosto. Gli ordini di libri di testo si "
        "fanno sul sito.",
    ),
    (
        "Re: Your basket",
        "I'm on assignment in the Arctic until 3 May and mostly out of signal. I'll work "
        "through my inbox when I'm back.",
    ),
]
# ... and customers on tour, whose own shop is closed, or on holiday, who will order; and one
# who asks for patience and asks the shop.
SIXTY_THIRD_TO_SIXTY_SIXTH_CUSTOMERS = [
    (
        "Re: Your basket",
        "I'm on tour with my band until May and out of signal a lot, so I'll order the strings "
        "when I'm back.",
    ),
    (
        "Re: Il carrello",
        "Il mio negozio resta chiuso da lunedì 3 per ferie, quindi ordino il vaso domani.",
    ),
    (
        "Re: Ostoskori",
        "Olemme kesälomalla mökillä koko heinäkuun, joten tilaan vasta elokuussa.",
    ),
    (
        "Re: Your basket",
        "Please bear with me, I'm interested in the lamp but my inbox is going to pile up this "
        "week. Is it still in stock?",
    ),
]
# The sixty-ninth and seventieth sets' families: a firm "holder sommerferie", "mailen" not
# read before a day, a season's span ("Fra juni til august"), "currently off sick", "until at
# least" a day, not checking email with no determiner.
SIXTY_NINTH_AND_SEVENTIETH_NOTICES = [
    (
        "Re: Din kurv",
        "Tak for din mail. Tømrerfirmaet holder sommerferie i uge 29 og 30, og mailen bliver "
        "ikke læst før mandag den 28. juli. Bestilling af tilbud må vente.",
    ),
    (
        "Re: Handlekurven",
        "Fra juni til august er jeg på fjellet det meste av tiden og leser e-post bare på "
        "søndager. Bestillinger sendes på mandager.",
    ),
    (
        "Re: Your basket",
        "I'm currently off sick after an operation and the workshop will be closed until at "
        "least Monday 10 March. I'm not checking email regularly. Orders already placed will "
        "ship when I'm back.",
    ),
]
# ... and customers on holiday or off sick who will order, or away for a season who ask.
SIXTY_NINTH_AND_SEVENTIETH_CUSTOMERS = [
    ("Re: Din kurv", "Vi holder sommerferie i uge 29, så jeg bestiller stolene bagefter."),
    (
        "Re: Your basket",
        "I'm currently off sick, so I'm not checking email much, but I'll order the blanket "
        "next week.",
    ),
    ("Re: Handlekurven", "Fra mai til september bor jeg på hytta. Kan dere sende dit?"),
]
# The seventy-first to seventy-fourth sets' families: a sentence that goes on past a date's or
# an abbreviation's dots ("t.o.m. 31 december"), mail read "when I'm home", a question that
# only sends its reader to an SMS, closed "talven ajan", mail read "satunnaisesti" by "us",
# and an inbox's own timetable in the passive ("vert difor berre lesen på fredagar").
SEVENTY_FIRST_TO_SEVENTY_FOURTH_NOTICES = [
    (
        "Re: Varukorgen",
        "Hej! Jag är tjänstledig fr.o.m. 3 juni t.o.m. 30 augusti och läser inte den här "
        "mejlen under tiden. Beställningar och fakturor: ekonomi@ateljen.example",
    ),
    (
        "Re: Handlekurven",
        "Eg er på fjellet frå 1.7. til 21.7. og les ikkje e-post i den tida. Bestillingar "
        "blir sende etter ferien.",
    ),
    (
        "SV: Varukorgen",
        "Tack för mejlet! Jag kör runt i Norrbotten till och med 12 november, och mejl läser "
        "jag först när jag är hemma igen. Vill du boka en tid? Skicka ett sms till 070-555 12 "
        "34.",
    ),
    ("Re: Ostoskorisi", "Hei! Leipomo on suljettu talven ajan. Avaamme taas toukokuussa."),
    (
        "Re: Ostoskorisi",
        "Kiitos viestistä! Olemme talvitauolla 20.12. alkaen emmekä ole paikalla. Luemme "
        "sähköpostia vain satunnaisesti. Lahjakortteja voi ostaa verkkokaupasta.",
    ),
    (
        "Re: Handlekurven",
        "Hei! Vi er eit lite bakeri, og innboksen vert difor berre lesen på måndagar. Ring "
        "55 00 11 22 om det gjeld bestillingar til helga.",
    ),
    ("Re: Your basket", "Hello! This inbox is only checked on Mondays. Orders ship on Tuesdays."),
]
# ... and customers who name a date with dots, or read their own inbox seldom, and ask.
SEVENTY_FIRST_TO_SEVENTY_FOURTH_CUSTOMERS = [
    (
        "Re: Ostoskorisi",
        "Hei! Olen lomalla mökillä enkä lue sähköpostia kovin usein. Voitteko lähettää kengät "
        "vasta 21.7. jälkeen? Maksan heti.",
    ),
    (
        "Re: Ihr Warenkorb",
        "Hallo, ich bin im Urlaub und lese keine Mails. Könnt ihr die Jacke erst nach dem "
        "21.7. schicken? Danke, Jonas",
    ),
    (
        "Re: Handlekurven",
        "Hei, jeg er på ferie og leser ikke e-post så ofte. Kan dere sende jakken etter 21.7. "
        "i stedet? Hilsen Kari",
    ),
    (
        "Re: Handlekurven",
        "Hei, innboksen min blir bare lest på fredager, derfor sent svar. Har dere jakken i M?",
    ),
    (
        "Re: Varukorgen",
        "Hej, jag är på resa och läser mejl först när jag är hemma igen. Kan ni hålla jackan "
        "till dess?",
    ),
]
# The seventy-fifth to seventy-eighth sets' families, and closures over a holiday: mail "not
# answered" with the verb first, "kan det ikke vente, så", "noko som hastar", mail that comes
# in, with a comma, not read before a day, a team at a fair, replies that "may take until" a
# day, "verken mobildekning eller internett", closed "i sommarferien", "between Christmas and
# New Year", "i romjulen", "toimistomme on suljettu", travelling, on a course, answering
# "emails next Monday".
SEVENTY_FIFTH_TO_SEVENTY_EIGHTH_NOTICES = [
    (
        "Re: Din kurv",
        "Salonen holder sommerferie i uge 29 og 30. I den periode bliver mails ikke besvaret. "
        "Bestilling af tid sker via hjemmesiden.",
    ),
    (
        "Re: Din kurv",
        "Vi er på ferie til og med 3. august. Har din cykel fået punktering, og kan det ikke "
        "vente, så prøv værkstedet i Vestergade. Bestillinger sendes efter ferien.",
    ),
    (
        "Re: Handlekurven",
        "Vi har ferie til og med 4. august, og e-post som kjem inn i denne tida, vert ikkje "
        "lesen før vi opnar att. Bestillingar blir sende då.",
    ),
    (
        "Re: Your basket",
        "Hi! The whole team is at the Autumn Craft Fair this week and we're only checking "
        "email in the evenings. Orders still ship as normal.",
    ),
    (
        "Re: Your basket",
        "Thanks! We're away at a show, and replies to questions may take until Monday 4 "
        "November. Orders still ship as normal.",
    ),
    (
        "Re: Handlekurven",
        "Vi er på stølen heile sommaren. Her er verken mobildekning eller internett, og er "
        "det noko som hastar, må du ringje Per. Bestillingar blir sende i august.",
    ),
    (
        "Re: Your basket",
        "The office is closed between Christmas and New Year. Orders placed now ship on 2 January.",
    ),
    ("Re: Handlekurven", "Kontoret er stengt i romjulen. Bestillinger sendes 2. januar."),
    ("Re: Ostoskorisi", "Toimistomme on suljettu joulun ajan. Tilaukset lähtevät 2.1."),
    (
        "Re: Ihr Warenkorb",
        "Unser Laden bleibt über Weihnachten geschlossen. Bestellungen versenden wir ab dem "
        "2. Januar.",
    ),
    (
        "Re: Il tuo carrello",
        "In questo periodo sono in viaggio e leggo la posta saltuariamente. Gli ordini "
        "vengono spediti regolarmente.",
    ),
    (
        "Re: Ostoskorisi",
        "Olen koulutuksessa koko viikon ja vastaan viesteihin maanantaina. Tilauksia voi "
        "tehdä verkkokaupassa.",
    ),
    (
        "Re: Your basket",
        "Hi, I'm at a conference all week and will answer emails next Monday. Orders still ship.",
    ),
]
# ... and customers closed over a holiday, at a fair or travelling themselves, who ask or order.
SEVENTY_FIFTH_TO_SEVENTY_EIGHTH_CUSTOMERS = [
    ("Re: Your basket", "Is your shop closed over Christmas? I'd like the lamp before the 24th."),
    (
        "Re: Handlekurven",
        "Kontoret vårt er stengt i romjulen, så kan dere sende pakken hjem til meg i stedet?",
    ),
    ("Re: Din kurv", "Vi holder lukket mellem jul og nytår, så jeg bestiller først i januar."),
    ("Re: Ostoskorisi", "Toimistomme on suljettu joulun ajan, joten tilaan tammikuussa."),
    ("Re: Ihr Warenkorb", "Habt ihr über Weihnachten geschlossen? Dann bestelle ich im Januar."),
    (
        "Re: Your basket",
        "I'm at the craft fair all weekend, so I'll order the glaze on Monday. Is it in stock?",
    ),
    (
        "Re: Varukorgen",
        "Jag är på resa och mejl blir inte lästa så ofta, men kan ni skicka jackan till mitt jobb?",
    ),
]
# The seventy-ninth to eighty-second sets' families: closed "til og med" a day, a shop that
# "resta chiuso", "saremo presenti alla fiera", mail "lette e gestite a partire da" a day, no
# one "som leser e-post", a span of days in a month ("Dal 6 al 10 novembre").
SEVENTY_NINTH_TO_EIGHTY_SECOND_NOTICES = [
    (
        "Re: Handlekurven",
        "Grunnet sykdom er salongen stengt til og med fredag 14. mars. Timer kan bestilles på "
        "nett.",
    ),
    (
        "Re: Il tuo carrello",
        "Grazie! In questi giorni il nostro laboratorio resta chiuso per inventario. Gli "
        "ordini online vengono spediti regolarmente.",
    ),
    (
        "Re: Il tuo carrello",
        "Dal 3 al 7 ottobre saremo presenti alla fiera di Verona. Per urgenze scrivete a "
        "info@bottega.example. Gli ordini vengono spediti regolarmente.",
    ),
    (
        "Re: Il tuo carrello",
        "Siamo in fiera questa settimana. Le email verranno lette e gestite a partire da "
        "lunedì. Gli ordini vengono spediti regolarmente.",
    ),
    (
        "Re: Handlekurven",
        "Vi er på messe heile veka, og det er ingen som tar telefonen eller les e-post i "
        "mellomtida. Bestillingar blir sende som vanleg.",
    ),
]
# ... and customers who ask the shop to send their parcel home, or to keep it for them, while
# their own office is closed or they are away: "to my home address", "hem till mig".
SEVENTY_NINTH_TO_EIGHTY_SECOND_CUSTOMERS = [
    (
        "Re: Your basket",
        "We're away until Monday 4 November and I don't have access to my email much, sorry. "
        "Could you hold the blue jug for me?",
    ),
    (
        "Re: Your basket",
        "Hi, our office is closed between Christmas and New Year, so please don't send the "
        "parcel there. Deliver to my home address instead. Thanks, Jo",
    ),
    (
        "Re: Din kurv",
        "Hej. Vi holder lukket i julen, så send venligst pakken til min privatadresse. Mvh Lone",
    ),
    (
        "Re: Varukorgen",
        "Hej! Vi har stängt under julen på jobbet, så skicka paketet hem till mig istället. "
        "Mvh Eva",
    ),
    (
        "Re: Ihr Warenkorb",
        "Hallo, unser Büro bleibt über Weihnachten geschlossen, bitte liefern Sie das Paket an "
        "meine Privatadresse. Gruß, Tim",
    ),
    (
        "Re: Ostoskorisi",
        "Hei, toimistomme on suljettu joulun ajan, joten toimittakaa paketti "
        "kotiosoitteeseeni. Terveisin Anu",
    ),
    (
        "Re: Il tuo carrello",
        "Ciao! Il mio negozio resta chiuso ad agosto, quindi spedite il pacco a casa mia per "
        "favore. Grazie, Marta",
    ),
    (
        "Re: Handlekurven",
        "Hei, butikken min er stengt til 3. januar, så send pakken hjem til meg. Hilsen Åse",
    ),
]
# The eighty-third to eighty-fifth sets' families: mail "weder gelesen noch weitergeleitet",
# "bis einschließlich" a day, mail answered "solo il martedì".
EIGHTY_THIRD_TO_EIGHTY_FIFTH_NOTICES = [
    (
        "Re: Ihr Warenkorb",
        "Unser Atelier ist vom 1. Juli bis einschließlich 9. August nicht besetzt. E-Mails "
        "werden in dieser Zeit weder gelesen noch beantwortet. Bestellungen verschicken wir "
        "danach.",
    ),
    (
        "Re: Il tuo carrello",
        "Da giugno a settembre sono quasi sempre in viaggio, quindi rispondo alle email solo "
        "il lunedì. Gli ordini vengono spediti regolarmente.",
    ),
]
# ... and the first set of customers alone (heldout-people-1), in words of our own: one whose
# own address is closing but who orders and asks, a club or a guest house closed for the
# season that orders all the same and has the parcel sent home, a terse line that takes the
# item or thanks for the reminder.
PEOPLE_FIRST_CUSTOMERS = [
    (
        "Re: Ostoskorisi",
        "Tämä sähköpostiosoite poistuu käytöstä ensi kuussa, kun työni loppuu. Haluan silti "
        "ostaa korissa olevan maton. Voitteko lähettää kuitin osoitteeseen anu@koti.example?",
    ),
    (
        "Re: Handlekurven",
        "Hytta vår er stengt for sesongen fra oktober. Vi bestiller gjerne de fire putene i "
        "kurven, men send dem til Per Hansen, Storgata 3, 2000 Lillestrøm.",
    ),
    (
        "Re: Your basket",
        "The cottage is closed for the season until Easter. We'd still like to go ahead with "
        "the order in the basket. Please deliver to our home address: 4 Mill Lane, Ashby.",
    ),
    ("Re: Handlekurven", "Ferie til 3/9, tar den da."),
    ("Re: Kurven", "Ferie til 3/9. Tak for påmindelsen!"),
    (
        "Re: Ihr Warenkorb",
        "Unser Vereinsheim ist über den Winter geschlossen. Wir bestellen die zehn Trikots "
        "trotzdem, bitte an die Adresse unseres Kassierers schicken.",
    ),
]
# The eighty-sixth to eighty-eighth sets' families: a firm's "fellesferie", mail the team
# "kaum dazu" reads at a fair, "before you hear back from me", "if it's genuinely urgent".
EIGHTY_SIXTH_TO_EIGHTY_EIGHTH_NOTICES = [
    (
        "Re: Handlekurven",
        "Snekkerverkstedet har fellesferie i uke 29 og 30. Bestillinger sendes etter ferien.",
    ),
    (
        "Re: Ihr Warenkorb",
        "Diese Woche sind wir auf der Möbelmesse in Köln und kommen kaum dazu, unsere E-Mails "
        "zu lesen. Bestellungen verschicken wir wie gewohnt.",
    ),
    (
        "Re: Your basket",
        "Thanks for writing! I only go through this inbox on Mondays, so it may be a while "
        "before you hear back from me. Orders still ship as normal.",
    ),
]
# ... and the second set of customers alone (heldout-people-2), in words of our own: an
# indirect question with no question mark, a business that orders in the plural ("Tilaamme",
# "Vorremmo ordinare", "vi vil gerne bestille") while it is closed.
PEOPLE_SECOND_CUSTOMERS = [
    (
        "Re: Ostoskorisi",
        "Olen äitiyslomalla ja luen sähköpostia harvoin, yleensä vain iltaisin. Kiireellisissä "
        "asioissa soita 040 123 4567. Haluaisin tietää, saako korissa olevaa takkia "
        "punaisena.",
    ),
    (
        "Re: Your basket",
        "I'm on parental leave and only check email in the evenings. If it's urgent, call me on "
        "07700 900123. I'd like to know whether the coat in my basket comes in red.",
    ),
    (
        "Re: Ostoskorisi",
        "Toimistomme on suljettu joulun ajan 23.12.\u20136.1. Tilaamme korissa olevat mapit "
        "tänään, mutta toimitus vasta loppiaisen jälkeen.",
    ),
    (
        "Re: Il tuo carrello",
        "Il nostro negozio resterà chiuso per ferie dal 10 al 25 agosto. Vorremmo comunque "
        "ordinare i quaderni nel carrello, con spedizione dopo il 26.",
    ),
    (
        "Re: Din kurv",
        "Vi holder lukket mellem jul og nytår, men vi vil gerne bestille lamperne i kurven "
        "allerede nu.",
    ),
]
# The eighty-ninth to ninety-first sets' family: closed for a season in one word, in nynorsk
# too ("vinterstengd", "sommarstengd") ...
EIGHTY_NINTH_TO_NINETY_FIRST_NOTICES = [
    (
        "Re: Handlekurven",
        "Kafeen er vinterstengd frå 1. november til påske. Bestillingar blir sende som vanleg.",
    ),
]
# ... and customers whose own cottage or school is so closed.
EIGHTY_NINTH_TO_NINETY_FIRST_CUSTOMERS = [
    ("Re: Handlekurven", "Hytta vår er vinterstengd, så send pakken hjem til meg i stedet."),
    (
        "Re: Handlekurven",
        "Skulen er sommarstengd til 10. august, kan de sende ballane etter det?",
    ),
]
# The ninety-second to ninety-sixth sets' families: this mail (the address) no longer
# checked, a course in the Nordic languages, a message handled only later, the address in
# brackets, neither read nor forwarded ...
NINETY_SECOND_TO_NINETY_SIXTH_NOTICES = [
    (
        "Re: Din kurv",
        "Efter sæsonen er jeg gået af som træner, og denne mail bliver ikke læst længere. "
        "Skriv til info@klub.example.",
    ),
    (
        "Re: Varukorgen",
        "Denna mejl kollas inte längre efter årsskiftet. Frågor om medlemskap skickas till "
        "kansliet@forening.example.",
    ),
    (
        "Re: Your basket",
        "This email isn't checked any more since the club changed treasurer. Please write to "
        "the secretary instead.",
    ),
    (
        "Re: Varukorgen",
        "Hej! Jag är på vidareutbildning i Göteborg och är tillbaka den 3 maj. Mejl läser jag "
        "bara sporadiskt fram till dess.",
    ),
    (
        "Re: Ihr Warenkorb",
        "Frau Berg ist bis 2. September nicht im Haus. Ihre Nachricht wird erst danach bearbeitet.",
    ),
    (
        "Re: Varukorgen",
        "Kansliet är obemannat under sportlovet, och ditt mejl besvaras först vecka 10.",
    ),
    (
        "Re: Handlekurven",
        "Kontoret er ubemannet i vinterferien. Meldingen din blir først lest etter 1. mars.",
    ),
    (
        "Re: Your basket",
        "The studio is closed until 3 June; your message will only be read after that.",
    ),
    (
        "Re: Handlekurven",
        "Denne adressa (styret@lag.example) blir ikkje lenger lesen. Skriv til leiar@lag.example.",
    ),
    ("Re: Handlekurven", "Innboksen vert verken lesen eller vidaresend fram til 1. august."),
    (
        "Re: Varukorgen",
        "Jag har semester till 9 augusti. Mejl hit kommer att varken läsas eller besvaras under "
        "tiden.",
    ),
    # and mail read only at times, with no article: the words' evidence, rebuilt with these
    # sets, no longer read a thatcher's "only get to emails on Sunday evenings" alone
    (
        "Re: Your basket",
        "I am out on site all week and only check emails at weekends, so please bear with me.",
    ),
]
# ... and customers away on a course or on holiday, reading mail seldom, who thank for the
# reminder, name the basket, ask whether an item is still in stock, or speak of their own
# order.
NINETY_SECOND_TO_NINETY_SIXTH_CUSTOMERS = [
    (
        "Re: Varukorgen",
        "Jag är på utbildning till den 14 april och läser mejl bara sporadiskt. Tack för "
        "påminnelsen, jag tittar på jackan sen!",
    ),
    (
        "Re: Ihr Warenkorb",
        "Ich bin auf einer Fortbildung bis 14.3. und lese Mails nur abends. Ist die Jacke dann "
        "noch da?",
    ),
    (
        "Re: Il tuo carrello",
        "Sono in ferie fino al 20 agosto e leggo la posta solo di rado. La lampada è ancora "
        "disponibile?",
    ),
    (
        "Re: Ostoskorisi",
        "Olen kurssilla 14.3. asti enkä lue sähköpostia. Onko takki vielä saatavilla silloin?",
    ),
    (
        "Re: Varukorgen",
        "Jag är på kurs i Umeå till fredag 14/3 och läser mejl bara på kvällarna. Finns den "
        "gröna jackan kvar i M då?",
    ),
    (
        "Re: Din kurv",
        "Jeg er på efteruddannelse i Aarhus til 3/4, og min mail bliver hverken læst eller "
        "besvaret før. Men jeg har set kurven, tak!",
    ),
    (
        "Re: Din kurv",
        "Den her mail bliver ikke tjekket mere efter 1. maj, så skriv til privat@x.example hvis "
        "der er noget med min ordre.",
    ),
    (
        "Re: Your basket",
        "I'm away on a course until Friday and only read email in the evenings. Is the lamp "
        "still in stock?",
    ),
]
# The ninety-seventh to ninety-ninth sets' families: the verb and its reader before the
# mailbox, no quick reply to count on, "dårleg dekning", a notice's question answered before
# it sends its reader elsewhere ...
NINETY_SEVENTH_TO_NINETY_NINTH_NOTICES = [
    (
        "Re: Varukorgen",
        "Under inventeringen läser vi funktionsbrevlådan bara på fredagar. Svar kan därför "
        "dröja upp till en vecka.",
    ),
    (
        "Re: Handlekurven",
        "Kafeen er stengd for sesongen. Fram til påske sjekkar vi e-posten berre ein gong i "
        "veka, så ikkje rekn med raskt svar. Har du gløymt noko hjå oss? Det ligg i "
        "resepsjonen. Ring 57 00 00 00.",
    ),
    (
        "Re: Handlekurven",
        "Eg les e-post berre på måndagskveldane. Elles er eg på fjellet, og der er det dårleg "
        "dekning.",
    ),
    (
        "Re: Your basket",
        "I'm on the boat until 3 March with little signal, so please don't expect a quick reply.",
    ),
    (
        "Re: Ihr Warenkorb",
        "Wir sind bis 3. März auf Montage, erwarten Sie also keine schnelle Antwort.",
    ),
    ("Re: Il tuo carrello", "Sono in viaggio fino al 3 marzo: non aspettarti una risposta rapida."),
    ("Re: Din kurv", "Jeg er på ferie til 3. marts, så regn ikke med et hurtigt svar."),
]
# ... and customers (heldout-people-6 and probes of our own): a closed business that names
# the basket or asks the shop in the plural, a question of price, shipping, size or colour
# in the singular, a customer's own line between a question and a number to ring, an away
# subject over words that thank for keeping the basket.
NINETY_SEVENTH_TO_NINETY_NINTH_CUSTOMERS = [
    (
        "Re: Ostoskorisi",
        "Toimistomme on suljettuna joulun ajan. Koriin jääneet kynät haluamme kuitenkin tilata.",
    ),
    (
        "Re: Il tuo carrello",
        "Il mio laboratorio resterà chiuso dal 10 al 25 agosto. Vi chiedo quindi di spedire "
        "l'ordine dopo il 26.",
    ),
    (
        "Re: Handlekurven",
        "Butikken vår er stengt for sesongen. Har du sekken i blått? Den skal være gave til "
        "mannen min. Ring 912 34 567.",
    ),
    (
        "Re: Your basket",
        "I'm at the cottage until 3 August with poor signal, so don't expect a quick reply. "
        "Does the blue one come in a larger size?",
    ),
    (
        "Re: Din varukorg",
        "Jag har semester till 9 augusti och läser mejlen bara ibland. Vad kostar frakten till "
        "Gotland?",
    ),
    (
        "Re: Handlekurven",
        "Eg er på hytta til og med veke 32 og har dårleg dekning. Sekken som ligg i korga vil "
        "eg ha, kan de sende han til Vågå?",
    ),
    (
        "Urlaub - Re: Ihr Warenkorb",
        "Bin bis Ende Mai im Urlaub. Danke fürs Aufheben des Warenkorbs!",
    ),
]
# The hundredth set's families: a return of ours, closed for a season in Finnish, mail read
# "harvakseltaan" ...
HUNDREDTH_NOTICES = [
    # (and the hundred-and-fifth's: a plural order denied, "wir" after the mailbox)
    (
        "Re: Handlekurven",
        "Sykkelverkstedet har stengt for sesongen. Vi kjøper ikke inn brukte sykler, men selger "
        "ut utleiesyklene i mai.",
    ),
    (
        "Re: Ihr Warenkorb",
        "Wir stehen von früh bis spät im Stall, dieses Postfach schauen wir deshalb nur montags "
        "an. Bestellungen im Hofladen laufen wie gewohnt.",
    ),
    (
        "Re: Ihr Warenkorb",
        "Vom 3. bis 7. März sind wir auf der Messe in Frankfurt. Ihre Anfrage beantworten wir "
        "nach unserer Rückkehr.",
    ),
    (
        "Re: Your basket",
        "We're at a craft fair until Sunday 7 March and will reply on our return.",
    ),
]
# ... and customers who say the same and order, ask of stock, or thank for the reminder.
HUNDRED_AND_SIXTH_NOTICES = [
    ("Re: Ostoskorisi", "Olemme lomalla 1.\u201321.7. Vastaamme viesteihin lomien jälkeen."),
    (
        "Re: Ostoskorisi",
        "Toimisto on kiinni joulun ajan. Vastaamme sähköposteihin juhlapyhien jälkeen. "
        "Rauhallista joulua!",
    ),
    ("Re: Ostoskorisi", "Olen messuilla koko viikon. Vastaan viesteihin messujen jälkeen."),
]
HUNDRED_AND_SIXTH_CUSTOMERS = [
    (
        "Re: Hai dimenticato qualcosa nel carrello",
        "Sono in ferie fino al 20 agosto, per urgenze scrivetemi. La borsa c'è anche nera?",
    ),
    (
        "Re: Varukorgen",
        "Jag är på semester till 3/8, nås på mobilen vid brådskande ärenden. Finns jackan i svart?",
    ),
    (
        "Re: Ihr Warenkorb",
        "Ich bin bis 14.3. im Urlaub, in dringenden Fällen bitte anrufen. Gibt es die Tasche "
        "auch in Grau?",
    ),
    (
        "Re: Ostoskorisi",
        "Olen lomalla 21.7. asti, kiireellisissä asioissa soita. Onko laukkua mustana?",
    ),
    (
        "Re: Your basket",
        "I'm away until Monday 3 March; for anything urgent call me. Does the lamp come in white?",
    ),
    (
        "Re: Il carrello",
        "Sono fuori ufficio fino a lunedì 3 marzo, per urgenze chiamatemi. Se la lampada è "
        "ancora disponibile la prendo.",
    ),
]
HUNDRED_AND_NINTH_NOTICES = [
    (
        "Re: Your basket",
        "Thanks for your note. I only get round to this mailbox on Mondays; if it is urgent, "
        "ring 0123 456.",
    ),
    ("Re: Varukorgen", "Den här adressen är inte längre aktiv. Skicka ditt ärende till oss."),
    ("Re: Kurven", "Denne mailadresse er ikke længere aktiv. Skriv venligst til kontoret."),
    ("Re: Your basket", "This email address is no longer in operation. Please call the office."),
    (
        "Re: Ihr Warenkorb",
        "Dieses Postfach ist seit Januar nicht mehr in Betrieb. Bitte wenden Sie sich an das "
        "Sekretariat.",
    ),
]
HUNDRED_AND_NINTH_CUSTOMERS = [
    (
        "Re: Your basket",
        "Sorry for the slow reply, I only look at this inbox once a week and I'm away until "
        "Monday. Thanks for the reminder!",
    ),
    (
        "Re: Your basket",
        "I'm travelling until the 20th and only check this inbox now and then. I'll order when "
        "I'm home.",
    ),
    (
        "Re: Ihr Warenkorb",
        "Meine E-Mail-Adresse ist ab Juni nicht mehr aktiv, bitte schicken Sie die Rechnung "
        "an meine neue. Ich bestelle die Jacke heute noch.",
    ),
    (
        "Re: Handlekurven",
        "Denne adressen er ikke lenger i bruk fra 1. mai, send ordrebekreftelsen til den nye. "
        "Jeg bestiller i kveld.",
    ),
]
HUNDRED_AND_ELEVENTH_NOTICES = [
    (
        "Re: Varukorgen",
        "Hej!Tack för ditt mejl. Jag är på mässa i Göteborg 11\u201314 mars och har begränsad "
        "möjlighet att läsa e-post. Jag är tillbaka på kontoret måndag 17 mars och svarar då så "
        "snart jag kan.Brådskande? Ring mig på 070-555 21 43.",
    ),
    (
        "Re: Handlekurven",
        "Jeg er på messe i Lillestrøm 11.\u201314. mars og har begrenset tilgang til e-post. "
        "Haster det? Ring meg på 912 34 567.",
    ),
    (
        "Re: Ostoskorisi",
        "Olen messuilla 14.3. asti ja luen sähköpostia rajoitetusti. Kiireellistä? Soita 040 "
        "123 4567.",
    ),
]
HUNDRED_AND_ELEVENTH_CUSTOMERS = [
    ("Re: Varukorgen", "Jag är på semester till 3/8 och läser sällan mejl.Finns jackan i svart?"),
    (
        "Re: Your basket",
        "I'm away until the 20th with limited access to email.Can you hold the lamp for me "
        "until then?",
    ),
    (
        "Re: Handlekurven",
        "Jeg er på hytta til søndag og har begrenset tilgang til e-post. Har dere jakken i M? "
        "Ring meg på 912 34 567.",
    ),
    (
        "Re: Ihr Warenkorb",
        "Ich bin bis Freitag im Urlaub. Dringend? Rufen Sie mich an unter 0171 2345678. Ich "
        "bestelle die Kanne danach.",
    ),
    (
        "Re: Kurven",
        "Er det akut? Jeg har ferie til 3/8 og har begrænset adgang til mails, men bestiller "
        "gerne bagefter.",
    ),
]
HUNDRED_AND_FIFTEENTH_NOTICES = [
    (
        "Re: Ostoskori",
        "Ateljee on suljettuna 3.\u201317.8. Tilauksia ei käsitellä lomien aikana.",
    ),
    ("Re: Muistutus", "Kesäloman aikana ei vastata sähköposteihin. Hyvää kesää!"),
    (
        "Re: Ostoskorisi",
        "Klinikka on kiinni 1.7.\u201331.7. Kiireellisissä asioissa soita päivystykseen.",
    ),
    (
        "Re: Ostoskorisi",
        "Olemme lomalla heinäkuun. Vastaamme kaikkiin viesteihin elokuun alussa.",
    ),
    (
        "Re: Ihr Warenkorb",
        "Bin auf Montage und sehe nur montags in dieses Postfach. Wenn es eilt: 0170 1112223.",
    ),
]
HUNDRED_AND_FIFTEENTH_CUSTOMERS = [
    (
        "Re: Ostoskorisi",
        "Lähin noutopiste on kiinni koko heinäkuun, joten odotan elokuuhun.",
    ),
    ("Re: Ostoskorisi", "Kauppanne on kiinni aina kun tulen! Ostin kengät muualta."),
    (
        "Re: Ostoskorisi",
        "Hei! Kampaamo on kiinni maanantaisin, joten tulen hakemaan kengät tiistaina.",
    ),
    (
        "Re: Ostoskorisi",
        "Kiitos muistutuksesta. Vastaan sinulle elokuun alussa, kun olen päättänyt.",
    ),
    (
        "Re: Ihr Warenkorb",
        "Ich schaue nur freitags in mein Postfach, deshalb die späte Antwort. Ist der Tisch "
        "noch da?",
    ),
]
HUNDRED_AND_TWELFTH_NOTICES = [
    (
        "Re: Varukorgen",
        "Jag är ute på sjön till 15 september och har varken täckning eller tid att läsa mejl "
        "mer än någon gång i veckan. Gäller det bokning, sms:a 070-312 44 59.",
    ),
    (
        "Re: Ostoskorisi",
        "Olen mökillä 20.7. asti enkä ehdi lukea sähköpostia kuin kerran viikossa.",
    ),
    (
        "Re: Kurven",
        "Jeg er på kursus til og med fredag, og derfor besvarer jeg mails kun om aftenen. Haster "
        "det, så ring 12 34 56 78.",
    ),
    (
        "Re: Ostoskorisi",
        "Olemme lomalla 8.\u201321.7. Sähköposteihin vastaamme vasta 22.7. alkaen.",
    ),
    (
        "Re: Your basket",
        "Off walking until 9 September with no signal, so I won't see your message until then. "
        "Commissions will be answered when I'm back.",
    ),
]
HUNDRED_AND_TWELFTH_CUSTOMERS = [
    # (found in review: "only" today is no habit)
    (
        "Re: Your basket",
        "I'm on holiday until the 20th and managed to check my email only today, sorry for the "
        "late reply.",
    ),
    (
        "Re: Your basket",
        "I'm at the cottage until the 20th and only have time to check email once a week. Is "
        "the lamp still available?",
    ),
    (
        "Re: Varukorgen",
        "Jag är på fjällen till 15 mars och hinner inte läsa mejl mer än någon gång i veckan. "
        "Tack för påminnelsen, jag köper jackan sen.",
    ),
    (
        "Re: Ihr Warenkorb",
        "Von Mai bis September bin ich viel unterwegs, deshalb beantworte ich Mails nur abends. "
        "Wie lange ist die Tasche noch reserviert?",
    ),
    (
        "Re: Your basket",
        "I'm hiking until Monday with no signal, so I won't see your message until then. Please "
        "hold the boots for me!",
    ),
    (
        "Re: Kurven",
        "Jeg er på ferie til 3/8 og ser ikke din mail før. Men jeg bestiller sofaen bagefter.",
    ),
]
HUNDREDTH_CUSTOMERS = [
    # (and the hundred-and-fifth's: a question of sending the parcel)
    (
        "Re: Ihr Warenkorb",
        "Bin in Elternzeit bis Ende Mai, mein Postfach lese ich nur sporadisch. Die Gießkanne "
        "nehme ich trotzdem! Können Sie sie an eine Abholstation schicken?",
    ),
    (
        "Re: Din kurv",
        "Jeg er på ferie til 3/8 og tjekker kun mail om aftenen. Kan du sende sofabordet til min "
        "søster i Aarhus?",
    ),
    (
        "Re: Ostoskorisi",
        "Mökkimme on suljettu talvikauden, joten lähettäkää paketti kotiosoitteeseeni.",
    ),
    (
        "Re: Ostoskorisi",
        "Kesämökki on suljettu talvikaudeksi. Onko takki vielä saatavilla keväällä?",
    ),
    (
        "Re: Ostoskorisi",
        "Luen sähköpostia harvakseltaan, olen lomalla 3.8. asti. Kiitos muistutuksesta!",
    ),
    (
        "Re: Ihr Warenkorb",
        "Wir sind im Urlaub und lesen E-Mails erst nach unserer Rückkehr, die Lampe bestellen wir "
        "dann.",
    ),
    (
        "Re: Your basket",
        "We're away until 3 August and will read emails on our return. Is the lamp still in stock?",
    ),
]
# ... and customers who say the same of themselves, or ask the shop and give their number.
TWENTY_SIXTH_CUSTOMERS = [
    (
        "Re: Varukorgen",
        "Mejlen läser jag bara på kvällarna, förlåt för sent svar. Finns jackan i M?",
    ),
    (
        "Re: Kurven",
        "Sæsonen er slut for min have, så jeg venter med at bestille til foråret. Kontoret er "
        "ubemandet i weekenden.",
    ),
    (
        "Re: Il carrello",
        "La posta la leggo solo la sera, scusate il ritardo. Ordino domani il vaso blu.",
    ),
    (
        "Re: Your basket",
        "Is the shop closed for Christmas? Call me on 07700 900123 if so, I'd like the lamp "
        "before the 24th.",
    ),
    (
        "Re: Your basket",
        "Do you deliver to Tromsø? Write to my work address anna@firm.example, I read it more "
        "often than this one.",
    ),
    (
        "Re: Handlekurven",
        "Har dere jakken i M? Ring 912 34 567, det er min mobil. Jeg er på ferie, men leser "
        "e-post bare om kvelden.",
    ),
    (
        "Re: Warenkorb",
        "Die Saison ist vorbei, ich brauche die Jacke nicht mehr. Mails lese ich nur selten, "
        "sorry.",
    ),
    (
        "Re: Ostoskori",
        "Sähköpostit luen vain iltaisin, anteeksi. Tilaan takin huomenna.",
    ),
]
TWENTY_THIRD_CUSTOMERS = [
    ("Re: Kurven", "Fakturaen skal bare sendes til min mail, så bestiller jeg i morgen."),
]
TWENTY_FIRST_CUSTOMERS = [
    ("Re: Kurven", "Mails læser jeg ikke så tit, undskyld det sene svar. Jeg bestiller i dag."),
]
TWENTIETH_CUSTOMERS = [
    ("Re: Kurven", "Regn med at det kan tage et par dage, før jeg bestiller. Vi har ferie."),
    ("Re: Your basket", "Our shop is closed for the summer holidays, so I'll order in August."),
]
NINETEENTH_CUSTOMERS = [
    ("Re: Handlekurven", "Takk! Jeg hører fra dere når jakken er på lager igjen, håper jeg."),
    ("Re: Your basket", "Please allow me a few days to think about it, I'll be back."),
]
FOURTEENTH_CUSTOMERS = [
    ("Re: Your basket", "Thanks for your patience with my questions! Does the lamp come in green?"),
    ("Re: Kurven", "Beklager, jeg har ikke fulgt opp handlekurven. Jeg bestiller i morgen."),
]
THIRTEENTH_CUSTOMERS = [
    ("Re: Kurven", "Min egen butik har travlt før sæsonen, så jeg bestiller først i næste uge."),
    ("Re: Your basket", "I'm on sabbatical this year, so I finally have time to knit. Ordering!"),
    ("Re: Varukorgen", "Jag har inte läst ert mejl ordentligt förrän nu. Finns tröjan i XL?"),
]
ELEVENTH_CUSTOMERS = [
    ("Re: Handlekurven", "Dere svarte ikke på spørsmålene mine i forrige uke, så jeg venter."),
    ("Re: Kurven", "Jeg har ikke fået svar på mine spørgsmål om størrelsen endnu."),
]


# ... and customers who name the basket in a compound, formally or with a phone number.
EIGHTH_CUSTOMERS = [
    (
        "AW: Warenkorb",
        "Sehr geehrte Damen und Herren, vielen Dank für Ihre Nachricht. Den Warenkorb habe "
        "ich bewusst offen gelassen, da wir für unser Hotel 20 Decken benötigen. Bitte "
        "senden Sie uns ein schriftliches Angebot inklusive Lieferkosten; unsere UID-Nummer "
        "lautet ATU12345678. Mit freundlichen Grüßen",
    ),
    (
        "Sv: Varukorgen",
        "Tack för mejlet! Jag lät varukorgen ligga kvar med flit, min sambo vill titta på "
        "färgerna först. Vi hör av oss inom ett par dagar. Hälsningar Eva och Jonas, tel "
        "070-123 45 67",
    ),
]
# ... customers whose parcel, not message, was not delivered, or who are prices inclusive.
NINTH_CUSTOMERS = [
    (
        "Re: Hai dimenticato qualcosa?",
        "L'ultimo pacco non è stato recapitato per due settimane, per questo esito. Saluti",
    ),
    (
        "Re: Your basket",
        "My last parcel could not be delivered because the courier lost it, so I'm wary.",
    ),
    (
        "Re: Der Warenkorb",
        "Das letzte Paket konnte nicht zugestellt werden, deshalb zögere ich noch.",
    ),
    (
        "Re: Il carrello",
        "Prezzi IVA e spedizione compresi? Grazie mille, Paola",
    ),
    ("Re: Your basket", "Sorry we didn't reply to your email sooner, we've been away."),
    ("Re: Kurven", "Vi har ikke nået at svare på jeres mail før nu, men vi vil gerne bestille."),
    ("Re: Ihr Warenkorb", "Wir haben nicht auf Ihre E-Mail geantwortet, wir waren verreist."),
]


@pytest.mark.parametrize(
    ("subject", "words"),
    FOURTH_NOTICES
    + FIFTH_NOTICES
    + SIXTH_NOTICES
    + SEVENTH_NOTICES
    + EIGHTH_NOTICES
    + NINTH_NOTICES
    + TENTH_NOTICES
    + ELEVENTH_NOTICES
    + TWELFTH_NOTICES
    + THIRTEENTH_NOTICES
    + FOURTEENTH_NOTICES
    + FIFTEENTH_NOTICES
    + SIXTEENTH_NOTICES
    + NINETEENTH_NOTICES
    + TWENTIETH_NOTICES
    + TWENTY_FIRST_NOTICES
    + TWENTY_SECOND_NOTICES
    + TWENTY_THIRD_NOTICES
    + TWENTY_FOURTH_NOTICES
    + TWENTY_SIXTH_NOTICES
    + TWENTY_EIGHTH_NOTICES
    + THIRTIETH_TO_THIRTY_SECOND_NOTICES
    + THIRTY_THIRD_AND_FOURTH_NOTICES
    + THIRTY_SIXTH_AND_SEVENTH_NOTICES
    + THIRTY_NINTH_TO_FORTY_SECOND_NOTICES
    + FORTY_THIRD_NOTICES
    + FORTY_EIGHTH_AND_NINTH_NOTICES
    + FIFTY_FIRST_AND_SECOND_NOTICES
    + FIFTY_SEVENTH_AND_EIGHTH_NOTICES
    + FIFTY_NINTH_TO_SIXTY_SECOND_NOTICES
    + SIXTY_THIRD_TO_SIXTY_SIXTH_NOTICES
    + SIXTY_NINTH_AND_SEVENTIETH_NOTICES
    + SEVENTY_FIRST_TO_SEVENTY_FOURTH_NOTICES
    + SEVENTY_FIFTH_TO_SEVENTY_EIGHTH_NOTICES
    + SEVENTY_NINTH_TO_EIGHTY_SECOND_NOTICES
    + EIGHTY_THIRD_TO_EIGHTY_FIFTH_NOTICES
    + EIGHTY_SIXTH_TO_EIGHTY_EIGHTH_NOTICES
    + EIGHTY_NINTH_TO_NINETY_FIRST_NOTICES
    + NINETY_SECOND_TO_NINETY_SIXTH_NOTICES
    + NINETY_SEVENTH_TO_NINETY_NINTH_NOTICES
    + HUNDREDTH_NOTICES
    + HUNDRED_AND_SIXTH_NOTICES
    + HUNDRED_AND_NINTH_NOTICES
    + HUNDRED_AND_ELEVENTH_NOTICES
    + HUNDRED_AND_TWELFTH_NOTICES
    + HUNDRED_AND_FIFTEENTH_NOTICES,
)
def test_the_later_sets_families_in_words_of_our_own(subject: str, words: str) -> None:
    reply = read_reply(reply_message(subject, words))

    assert (reply.auto_reply, reply.reason) == (True, "other"), subject


@pytest.mark.parametrize(
    ("subject", "words"),
    FOURTH_CUSTOMERS
    + FIFTH_CUSTOMERS
    + SIXTH_CUSTOMERS
    + SEVENTH_CUSTOMERS
    + EIGHTH_CUSTOMERS
    + NINTH_CUSTOMERS
    + ELEVENTH_CUSTOMERS
    + THIRTEENTH_CUSTOMERS
    + FOURTEENTH_CUSTOMERS
    + NINETEENTH_CUSTOMERS
    + TWENTIETH_CUSTOMERS
    + TWENTY_FIRST_CUSTOMERS
    + TWENTY_THIRD_CUSTOMERS
    + TWENTY_SIXTH_CUSTOMERS
    + TWENTY_EIGHTH_CUSTOMERS
    + THIRTIETH_TO_THIRTY_SECOND_CUSTOMERS
    + THIRTY_THIRD_AND_FOURTH_CUSTOMERS
    + THIRTY_SIXTH_AND_SEVENTH_CUSTOMERS
    + THIRTY_NINTH_TO_FORTY_SECOND_CUSTOMERS
    + FORTY_THIRD_CUSTOMERS
    + FORTY_EIGHTH_AND_NINTH_CUSTOMERS
    + FIFTY_FIRST_AND_SECOND_CUSTOMERS
    + FIFTY_SEVENTH_AND_EIGHTH_CUSTOMERS
    + FIFTY_NINTH_TO_SIXTY_SECOND_CUSTOMERS
    + SIXTY_THIRD_TO_SIXTY_SIXTH_CUSTOMERS
    + SIXTY_NINTH_AND_SEVENTIETH_CUSTOMERS
    + SEVENTY_FIRST_TO_SEVENTY_FOURTH_CUSTOMERS
    + SEVENTY_FIFTH_TO_SEVENTY_EIGHTH_CUSTOMERS
    + SEVENTY_NINTH_TO_EIGHTY_SECOND_CUSTOMERS
    + PEOPLE_FIRST_CUSTOMERS
    + PEOPLE_SECOND_CUSTOMERS
    + EIGHTY_NINTH_TO_NINETY_FIRST_CUSTOMERS
    + NINETY_SECOND_TO_NINETY_SIXTH_CUSTOMERS
    + NINETY_SEVENTH_TO_NINETY_NINTH_CUSTOMERS
    + HUNDREDTH_CUSTOMERS
    + HUNDRED_AND_SIXTH_CUSTOMERS
    + HUNDRED_AND_NINTH_CUSTOMERS
    + HUNDRED_AND_ELEVENTH_CUSTOMERS
    + HUNDRED_AND_TWELFTH_CUSTOMERS
    + HUNDRED_AND_FIFTEENTH_CUSTOMERS,
)
def test_the_later_sets_customers_in_words_of_our_own(subject: str, words: str) -> None:
    reply = read_reply(reply_message(subject, words))

    assert not reply.auto_reply, reply.auto_reply_rule
