"""What closes a block of the customer's words and is not theirs to say: the signature
(after "-- ", a sign-off and the lines under it, "-Roman"; under a sign-off and a name, a
business card of up to CARD_LINES lines), the line their device adds ("Sent from my
iPhone", "Enviado desde mi …"), the disclaimer their company adds, in any length, and the
banner a mail server puts above or under the words ("CAUTION: This email originated from
outside …"). Pure; every pattern here is matched against one line of bounded length, or
against the first characters of a paragraph.

A reply that is only a thank-you ("Tak", "Thanks Anna") keeps it: `quotes` asks again
with `keep_thanks` when nothing else is left.
"""

from __future__ import annotations

import re

MAX_SIGN_OFF_CHARS = 100
MAX_DEVICE_WORDS = 9
SIGNATURE_LINES = 6  # under a sign-off: a name, a title, a phone number …
SIGNATURE_LINE_CHARS = 70
SIGNATURE_LINE_WORDS = 5
# A business card under a sign-off and a name: title, company, address, phones, web.
CARD_LINES = 15
CARD_LINE_CHARS = 100
CARD_LINE_WORDS = 10
SIGNATURE_ABBREVIATION_WORDS = 3  # a line this short may end in "." ("Berg & Co.")
# A paragraph is a disclaimer when it says this many of the things disclaimers say.
DISCLAIMER_CUES = 2
DISCLAIMER_WORDS = 15  # and says them at a disclaimer's length

_SIGNATURE_DELIMITER = re.compile(r"^(?:--|__)\s?$")  # "-- ", and "__" in some clients
# "Sent from my iPhone", "Sent wirelessly from my BlackBerry", "Von meinem iPhone gesendet",
# "Enviado desde mi Samsung", "Get Outlook for Android": a short line, never a sentence.
_FROM_DEVICE = re.compile(
    r"(?i)^\s*(?:(?:sent|sendt|skickat|skickades|gesendet|inviato|envoyé|enviado|verzonden"
    r"|verstuurd|wysłane|wysłano|odesláno|odeslano|отправлено)(?:\s+\w+)?\s+(?:from|with|via"
    r"|using|on|fra|med|från|von|mit|da|dal|dal mio|de|desde|do|depuis|vanaf|met|z"
    r"|\u0441|\u0441\u043e|из)\b"
    r"|von meinem\b|get outlook|hent outlook|hämta outlook|scarica outlook|download outlook"
    # fi: "Lähetetty iPhonesta", "Lähetetty Samsung Galaxy -älypuhelimesta", "Hanki Outlook"
    r"|lähetetty\s+(?:\S+\s+){0,3}?\S*(?:sta|stä|lla|llä)$|hanki outlook"
    r"|outlook für|outlook per|outlook för|outlook for"
    # ja, zh, ko: "iPhoneから送信", "发自我的iPhone", "내 iPhone에서 보냄"
    r"|\S{1,30}から送信$|发自我的|从我的\S{1,30}发送|내 \S{1,30}에서 보냄)"
)
MAX_CARRIER_DEVICE_WORDS = 14
_DEVICE_NOUN = re.compile(r"(?i),\s(?:an?\s)?[^,]{0,60}\b(?:smartphone|phone|device|tablet)\.?$")
# GMX's and WEB.DE's apps say it in a sentence of their own.
_DEVICE_SENTENCE = re.compile(
    r"(?i)^diese nachricht wurde (?:von|mit) meine[mr]? [^!?]{1,80} gesendet\.?$"
)
# A sign-off: regards, thanks, or both ("Tak og hilsen", "Mit freundlichen Grüßen / Best
# regards"), at times from a place ("Hilsen fra Ole", "Viele Grüße aus Hamburg").
_REGARDS = (
    # da, nb, nn, sv
    r"(?:(?:med )?(?:venn?lig(?:e|st)?|venleg|beste?|bedste|kærlig(?:e)?|mange|varme|de bedste)"
    r" )?(?:hilsen|hilsner|hilsener|helsing(?:ar)?)|mvh\.?|vh\.?|kh\.?|dbh|knus|kram"
    r"|ha (?:en|ei|en rigtig) (?:fin|god|dejlig|strålende|trevlig) (?:dag|helg|weekend)"
    r"|ha det (?:bra|godt|gott)|(?:med )?(?:vänlig(?:a)?|bästa|varma|många)? ?hälsning(?:ar)?"
    r"|vänligen|allt gott"
    # de
    r"|mit (?:freundlichen|besten|herzlichen|lieben) grü(?:ß|ss)en"
    r"|(?:freundliche|viele|liebe|beste|herzliche|schöne|sonnige)? ?grü(?:ß|ss)e|gru(?:ß|ss)"
    r"|lg|vg|mfg|bis bald|tschüss|servus"
    # it
    r"|(?:cordiali|distinti|tanti) saluti|saluti|un (?:caro |cordiale )?saluto|cordialmente"
    r"|buona (?:giornata|serata)|a presto|ciao"
    # en
    r"|(?:best|kind|warm|warmest|kindest)? ?regards|best(?: wishes)?|cheers|all the best"
    r"|(?:yours )?sincerely|br|take care|yours(?: truly)?|greetings|have a (?:nice|good|great) day"
    # nl, pl, es, fr: what the suites' clients sign with
    r"|met vriendelijke groet(?:en)?|groet(?:en|jes)?|m\.?v\.?g\.?|pozdrawiam|z poważaniem"
    r"|z powazaniem"
    r"|saludos|un saludo|atentamente|cordialement|bien à vous"
    # cs, pt, fr, nl: what mail clients' users there sign with
    r"|s pozdravem|s úctou|atenciosamente|cumprimentos|(?:um |un )?abra(?:ç|z)o(?:s)?"
    r"|(?:bien |très )?cordialement|(?:meilleures |sincères )?salutations"
    r"|(?:hartelijke|vriendelijke) groet(?:en)?"
    # fi: "Ystävällisin terveisin", "Terveisin", "t. Matti", "Hyvää päivänjatkoa"
    r"|(?:ystävällisin|parhain|lämpimin|aurinkoisin|kiittäen|kiitos ja) terveisin|terveisin"
    r"|yst\.? ?terv\.?|t\.|t:|tervehdyksin|kiittäen"
    r"|(?:hyvää|mukavaa) (?:päivänjatkoa|päivää|viikonloppua|joulua|kesää)"
)
_THANKING = (
    r"(?:(?:many|mange|tusind|tusen|vielen|besten|tante|a thousand|på forhånd|på förhand) )?"
    r"(?:thanks|thank you|thx|tak+|tack|danke?|grazie|kiitos|kiitoksia|kiitti)"
    r"(?: (?:again|in advance|so much|very much|a lot|på forhånd|på förhand|så meget|så mye"
    r"|så mycket|schön|sehr|mille|ancora|paljon|etukäteen|jo etukäteen|for (?:\w+ ){0,2}\w+))?"
)
_ONE_SIGN_OFF = rf"(?:{_THANKING}|{_REGARDS})"
_AND = r"\s*(?:,|/|-|&|\+|and|og|och|und|e|ja)\s*"
_FROM_PLACE = r"(?:\s+(?:from|fra|frå|från|aus|von|da|dal|dalla)\s+\w+)?"
_SIGN_OFFS = rf"{_ONE_SIGN_OFF}(?:{_AND}{_ONE_SIGN_OFF})?{_FROM_PLACE}"
_NAME = r"[A-ZÆØÅÄÖÜ][\w.'-]*"
_SIGN_OFF = re.compile(rf"^\s*(?i:{_SIGN_OFFS})[\s,.!]*(?:{_NAME}(?:\s+{_NAME}){{0,3}})?[\s,.!]*$")
_THANKS = re.compile(
    r"(?i)^\s*(?:(?:tusind |tusen |mange |many |vielen )?(?:tak+|tack|thanks|thank you|thx|danke"
    r"|dank|grazie|kiitos|kiitoksia|kiitti)\b)"
)
# "-Roman", "- Anna Berg", "/Ole": a name signed with a dash or a slash, on the last line.
_INITIALS = re.compile(rf"^\s*[/-]\s?{_NAME}(?:\s+{_NAME}){{0,2}}\s*$")
# What disclaimers say, in the six languages and English: a paragraph saying two of these
# (or opening with a heading such as "DISCLAIMER") is not the customer's.
_DISCLAIMER_CUE = re.compile(
    r"(?i)\b(?:confidential\w*|disclaimer|privileged"
    r"|intended (?:solely )?(?:only )?(?:for|recipient)"
    r"|addressee|unauthori[sz]ed|prohibited|received (?:this|it) in error|notify the sender"
    r"|legally|virus(?:es)?|liability"
    r"|fortrolig\w*|konfidentiel\w*|konfidensiell\w*|tiltænkte? modtager\w*|rette mottaker\w*"
    r"|modtaget (?:denne|den) ved en fejl|mottatt (?:denne|den) ved en feil|afsender\w*"
    r"|avsender\w*|adressat\w*|ansvarsfraskrivelse|uautoriseret|uautorisert|forbudt"
    r"|konfidentiell\w*|sekretess\w*|avsedd mottagare|avsedda mottagare|felaktigt|obehörig\w*"
    r"|vertraulich\w*|empfänger\w*|irrtümlich|haftungsausschluss|unbefugt\w*|untersagt"
    r"|rechtlich|weitergabe"
    r"|riservat\w*|destinatari\w*|per errore|mittente|divulgazione|vietat\w*|esclusivo uso"
    r"|strettamente"
    r"|luottamukselli\w*|tarkoitettu (?:ainoastaan|vain)|erehdyksessä|vastaanottajalle"
    r"|lähettäjälle|kielletty|vastuuvapau\w*|oikeudeton\w*"
    # a duty of secrecy, a sender by another spelling, a mistake's words
    r"|tavshedspligt\w*|taushets\w*|teieplikt\w*|tystnadsplikt\w*|schweigepflicht\w*"
    r"|avsendar\w*|avsändare\w*|ved ein feil|av misstag"
    # a privacy notice: the law's name, or how the company handles your data
    r"|dataskyddsförordning\w*|databeskyttelsesforordning\w*|personvernforordning\w*"
    r"|datenschutz-grundverordnung|tietosuoja-asetu\w*|general data protection regulation"
    r"|2016/679|behandl\w* (?:vi )?(?:dine|dina) person\w*|verarbeiten (?:wir )?ihre"
    r" (?:personenbezogenen )?daten|(?:i suoi|i tuoi) dati personali|käsittelemme"
    r" henkilötieto\w*|we process your personal data)"
)
# The banner a company's mail server puts on mail from outside ("CAUTION: This email
# originated from outside of the organization …"), above the words or under them.
_BANNER_CUE = re.compile(
    r"(?i)\b(?:originated from outside|outside (?:of )?(?:the|your|our) organi[sz]ation"
    r"|external (?:sender|e-?mail)|click(?:ing)? (?:on )?links|open(?:ing)? attachments"
    r"|recogni[sz]e the sender|außerhalb (?:ihrer|der|unserer) organisation"
    r"|externe[rnm]? (?:absender|e-mail)|ekstern afsender|ekstern avsender|extern avsändare"
    r"|mittente esterno|ekstern e-?mail|extern e-?post"
    # from outside the organisation, and don't click or open, in the six languages
    r"|uden for (?:organisationen|virksomheden)|utenfor (?:organisasjonen|virksomheten)"
    r"|utanfor organisasjonen|utanför (?:organisationen|din organisation|vår organisation)"
    r"|organisaation ulkopuolelta|ulkoinen (?:lähettäjä|sähköposti|viesti)"
    r"|(?:all'esterno|al di fuori) dell'organizzazione|vær forsigtig med links"
    r"|ikke klikk på lenker|ikkje klikk på lenker|klicka inte på länkar|öppna inte bilagor"
    r"|(?:öffnen|klicken) sie (?:keine|nicht auf) (?:links|anhänge)|links oder anhänge"
    r"|non (?:aprire|cliccare)|älä avaa|ellet tunnista"
    r"|(?:extern|external|ekstern|ulkoinen|esterno|externe)\])"
)
BANNER_WORDS = 80
_DISCLAIMER_HEADING = re.compile(
    r"(?i)^\s*[*_]*(?:disclaimer|confidentiality notice|legal notice|important notice"
    r"|ansvarsfraskrivelse|fortrolighed|fortrolighet|konfidentialitet|sekretessmeddelande"
    r"|haftungsausschluss|vertraulichkeitshinweis|rechtlicher hinweis|avvertenza|avviso"
    r"|riservatezza|clausola di riservatezza|vastuuvapauslauseke|luottamuksellisuus"
    # the plea not to print, which closes a disclaimer
    r"|(?:please )?consider the environment before printing|(?:overvej|tænk på) miljøet"
    r"|tenk (?:på )?miljø(?:et)? før|tänk på miljön|(?:bitte )?denken sie an die umwelt"
    r"|pensa all'ambiente|prima di stampare|ajattele ympäristöä"
    # the sentence a disclaimer opens with, however short: "This email is confidential"
    r"|this (?:e-?mail|message)(?: and any attachments)? (?:is|are|may contain|contains"
    r"|may be) (?:strictly )?(?:confidential|privileged)"
    r"|denne (?:e-?mail|mail|meddelelse|besked)(?: og eventuelle (?:vedhæftede filer|bilag))?"
    r" (?:er|kan indeholde|indeholder) fortrolig\w*"
    r"|denne e-?posten(?: og eventuelle vedlegg)? (?:er|kan inneholde|inneholder|kan innehalde"
    r"|inneheld) (?:konfidensiell|fortrolig|taushetsbelagt|teiepliktig)\w*"
    r"|detta (?:e-?postmeddelande|meddelande|mejl)(?: och eventuella bilagor)? (?:är|kan"
    r" innehålla|innehåller) (?:konfidentiell|sekretessbelagd)\w*"
    r"|tämä (?:sähköposti)?viesti(?: ja sen liitteet)? (?:on|ovat|voi|voivat|saattaa"
    r"|saattavat|sisältää) (?:sisältää )?luottamukselli\w*"
    r"|diese (?:e-?mail|nachricht)(?: und (?:ihre|alle) anhänge)? (?:ist|enthält|kann)"
    r" (?:vertrauliche )?vertraulich\w*"
    r"|(?:questo messaggio|questa e-?mail)(?: e i suoi allegati)? (?:è|contiene|può"
    r" contenere) (?:informazioni )?(?:riservat|confidenzial)\w*)\b"
)
# What a business card's lines hold: a phone number, an address, a link, a logo, "|".
_CONTACT = re.compile(
    r"(?i)\+?\d[\d ()./-]{6,}\d|@|https?://|www\.|\||\[cid:"
    r"|^\s*(?:tel|tlf|phone|mobil|mobile|mob|fax|cell|direct|[tmfewp])\.?\s*:"
)
# A company's legal form closing a card's line ("Example Corporation Ltd."): not a sentence.
_COMPANY_FORM = re.compile(
    r"(?i)\b(?:ltd|inc|co|corp|llc|plc|s\.r\.l|s\.p\.a|gmbh|ag|ab|aps|a/s|as|oy|b\.v|n\.v|kg|e\.k"
    r"|sp\. z o\.o|s\.r\.o|ltda|s\.a|s\.l|sarl|s\.a\.s)\.$"
)
# Words a signature never holds and a sentence often does: "I", "jeg", "ich", "io", "you",
# "is", "er", "ist", "è" … and "P.S.": a line of SENTENCE_WORDS words or more with one is the
# customer's. Shorter lines are names ("Mia Jensen", "Will", "Are Berg"), so not looked at.
_SENTENCE_WORD = re.compile(
    r"(?i)(?<![\w.])(?:i|you|we|my|your|me|is|was|jeg|eg|du|vi|mig|meg|min|mit|mine|din|dit"
    r"|er|var|har|jag|mitt|är|ich|wir|mich|mir|mein|meine|ist|habe|io|noi|è|sono"
    r"|p\.?s\.?)(?![\w.])"
)
SENTENCE_WORDS = 3
_PARTICLES = r"(?:van|von|der|den|de|da|di|del|af|la|le|zu)"
# The name under a sign-off: "Anders Andersen", "Dr. Max von Berg", "John Smith, CEO".
_NAME_LINE = re.compile(rf"^\s*{_NAME}(?:\s+(?:{_NAME}|{_PARTICLES})){{0,4}}\s*(?:[|,(].*)?$")
_ONE_WORD = re.compile(r"^\s*[^\W\d_]{2,20}\.?\s*$")  # a name written in lower case: "anna"
_DISCLAIMER_CUES_READ = 2000  # characters of one paragraph looked at for cues


def unsigned(block: list[str], *, keep_thanks: bool = False) -> list[str]:
    """A block of the customer's lines without the disclaimer, the device line and the
    signature that close it."""
    lines = [line for line in _undisclaimed(block) if not _is_device_line(line)]
    for index, line in enumerate(lines):
        if _SIGNATURE_DELIMITER.match(line):
            lines = lines[:index]
            break
    words = [i for i, line in enumerate(lines) if line.strip()]
    for index in reversed(words):
        after = [lines[i] for i in words if i > index]
        if len(after) > CARD_LINES or (after and not _card_line(after[0])):
            break  # a line no signature holds: no sign-off above it closes the words
        if len(lines[index]) > MAX_SIGN_OFF_CHARS:
            break
        if keep_thanks and _THANKS.match(lines[index]):
            continue
        if (_SIGN_OFF.match(lines[index]) and _signature(after)) or (
            not after and _signed_name(lines, index)
        ):
            return lines[:index]
    return lines


def _signature(after: list[str]) -> bool:
    """`after` (the lines with words under a sign-off) is a signature: a few short lines
    ("Anna", "Berg & Co."), or a name and a business card under it."""
    if not after:
        return True  # "Best, Roman": the name on the sign-off's line
    if not (_NAME_LINE.match(after[0]) or _ONE_WORD.match(after[0]) or _CONTACT.search(after[0])):
        return False  # "Tak\nFor dyrt": words under a thank-you, not a name
    if len(after) <= SIGNATURE_LINES and all(map(_signature_like, after)):
        return True
    return all(map(_card_line, after))


def _card_line(line: str) -> bool:
    """A line of a business card: a title, a company, an address, a phone number; not a
    sentence (a question, or a long line ending in a full stop)."""
    text = line.strip()
    if len(text) > CARD_LINE_CHARS or text.endswith(("?", "!")) or _is_sentence(text):
        return False
    if _CONTACT.search(text):
        return True
    words = len(text.split())
    sentence = text.endswith((".", ":")) and not _COMPANY_FORM.search(text)
    return words <= CARD_LINE_WORDS and not (sentence and words > SIGNATURE_ABBREVIATION_WORDS)


def _signed_name(lines: list[str], index: int) -> bool:
    """A name signed with a dash ("-Roman") closing the block, not a list's last item."""
    above = next((line for line in reversed(lines[:index]) if line.strip()), "")
    return bool(_INITIALS.match(lines[index])) and not above.lstrip().startswith(("-", "/", "*"))


def _is_device_line(line: str) -> bool:
    """A device's line ("Sent from my iPhone"), not a sentence ("Sent from my desk, …")."""
    text = line.strip()
    if _DEVICE_SENTENCE.match(text):
        return True
    if not _FROM_DEVICE.match(text) or text.endswith(("?", "!")):
        return False
    if "," not in text:
        return len(text.split()) <= MAX_DEVICE_WORDS
    # A carrier's apposition ("Sent from my Galaxy S III, an AT&T 4G LTE smartphone"), not
    # a sentence going on ("Sent from my desk, which is easier than from my phone.").
    return (
        len(text.split()) <= MAX_CARRIER_DEVICE_WORDS
        and bool(_DEVICE_NOUN.search(text))
        and not _is_sentence(text.split(",", 1)[1])
    )


def _is_sentence(text: str) -> bool:
    return len(text.split()) >= SENTENCE_WORDS and bool(_SENTENCE_WORD.search(text))


def _signature_like(line: str) -> bool:
    """A name, a phone number, an address ("Berg & Co."): short, and not a sentence."""
    text = line.strip()
    words = len(text.split())
    return (
        len(text) <= SIGNATURE_LINE_CHARS
        and not _is_sentence(text)
        and words <= SIGNATURE_LINE_WORDS
        and not text.endswith(("?", "!", ":"))
        and not (text.endswith(".") and words > SIGNATURE_ABBREVIATION_WORDS)
    )


def _undisclaimed(block: list[str]) -> list[str]:
    """`block` without the disclaimer paragraphs at its end (never its first paragraph)."""
    starts = [
        i for i, line in enumerate(block) if line.strip() and (i == 0 or not block[i - 1].strip())
    ]
    end = len(block)
    for start in reversed(starts[1:]):
        paragraph = " ".join(block[start:end])[:_DISCLAIMER_CUES_READ]
        heading = _DISCLAIMER_HEADING.match(paragraph)
        said = _cues(paragraph) >= DISCLAIMER_CUES and len(paragraph.split()) >= DISCLAIMER_WORDS
        if not heading and (not said or "?" in paragraph):
            break  # a customer's question about confidentiality is theirs
        end = start
    if len(starts) > 1 and starts[1] < end and _is_banner(" ".join(block[: starts[1]])):
        return block[starts[1] : end]  # the banner above the words
    return block[:end]


def _cues(paragraph: str) -> int:
    found = {cue.group(0).casefold() for cue in _DISCLAIMER_CUE.finditer(paragraph)}
    found |= {cue.group(0).casefold() for cue in _BANNER_CUE.finditer(paragraph)}
    return len(found)


def _is_banner(paragraph: str) -> bool:
    """The first paragraph is a mail server's banner: two of its cues, at a banner's length."""
    words = len(paragraph.split())
    read = paragraph[:_DISCLAIMER_CUES_READ]
    cues = {cue.group(0).casefold() for cue in _BANNER_CUE.finditer(read)}
    return len(cues) >= DISCLAIMER_CUES and words <= BANNER_WORDS and "?" not in paragraph
