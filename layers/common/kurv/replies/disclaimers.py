"""The disclaimer a customer's company adds under their words, in any length, and the banner
a mail server puts above or under them ("CAUTION: This email originated from outside …"):
not theirs to say. Pure; a paragraph is read for cues in its first characters only.
"""

from __future__ import annotations

import re

# A paragraph is a disclaimer when it says this many of the things disclaimers say.
DISCLAIMER_CUES = 2
DISCLAIMER_WORDS = 15  # and says them at a disclaimer's length
_DISCLAIMER_CUES_READ = 2000  # characters of one paragraph looked at for cues
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
# A company's statutory footer ("GmbH · Sitz: … · Amtsgericht München HRB 123456 ·
# Geschäftsführer: …"): a register's own word, another of its words, and a registry number,
# at most this long.
_REGISTER = (
    r"amtsgericht|registergericht|handelsregister|hr[ab]|ust-?id\w*|firmenbuch\w*|cvr"
    r"|org\.? ?nr|organisasjonsnummer|organisationsnummer|foretaksregisteret|y-tunnus"
    r"|p\.? ?iva|partita iva|registro (?:delle )?imprese|registered in (?:england|scotland"
    r"|wales|ireland)|company (?:no|number|registration)"
)
_REGISTER_CUE = re.compile(rf"(?i)\b(?:{_REGISTER})\b")
_REGISTRY_CUE = re.compile(
    rf"(?i)\b(?:{_REGISTER}|geschäftsführer\w*|sitz|steuernummer|styrets sete|säte"
    r"|kotipaikka|capitale sociale|registered office|vat (?:no|number|reg\w*)|mva|moms)\b"
)
_REGISTRY_NUMBER = re.compile(r"\d(?:[ .-]?\d){4,}")
REGISTRY_WORDS = 60
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


def undisclaimed(block: list[str]) -> list[str]:
    """`block` without the disclaimer paragraphs at its end (never its first paragraph)."""
    starts = [
        i for i, line in enumerate(block) if line.strip() and (i == 0 or not block[i - 1].strip())
    ]
    end = len(block)
    for start in reversed(starts[1:]):
        paragraph = " ".join(block[start:end])[:_DISCLAIMER_CUES_READ]
        heading = _DISCLAIMER_HEADING.match(paragraph)
        said = _cues(paragraph) >= DISCLAIMER_CUES and len(paragraph.split()) >= DISCLAIMER_WORDS
        said = said or _is_registry_footer(paragraph)
        if not heading and (not said or "?" in paragraph):
            break  # a customer's question about confidentiality is theirs
        end = start
    if len(starts) > 1 and starts[1] < end and _is_banner(" ".join(block[: starts[1]])):
        return block[starts[1] : end]  # the banner above the words
    return block[:end]


def _is_registry_footer(paragraph: str) -> bool:
    """The company's registration under the words: two of its words, a registry number, a
    footer's length ("Ihr habt keine HRB-Nummer und keinen Geschäftsführer" has no number)."""
    cues = {cue.group(0).casefold() for cue in _REGISTRY_CUE.finditer(paragraph)}
    return (
        len(cues) >= DISCLAIMER_CUES
        and bool(_REGISTER_CUE.search(paragraph))
        and bool(_REGISTRY_NUMBER.search(paragraph))
        and len(paragraph.split()) <= REGISTRY_WORDS
    )


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
