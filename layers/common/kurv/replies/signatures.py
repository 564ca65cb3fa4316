"""What closes a block of the customer's words and is not theirs to say: the signature
(after "-- ", a sign-off and the lines under it, "-Roman", "--Roman"; under a sign-off and a
name, a business card of up to CARD_LINES lines; a name or a card under a rule of dashes,
"=" or "*"; a card no sign-off opens, which `signature_cards` tells by its lines and the
sender's name), the line their device adds ("Sent from my iPhone", "Enviado desde mi …"),
and the disclaimer and banner `disclaimers` finds. Pure; every pattern here is matched
against one line of bounded length.

A reply that is only a thank-you ("Tak", "Thanks Anna") keeps it: `quotes` asks again
with `keep_thanks` when nothing else is left. The signature's name is kept apart
(`signed_name`): the customer's words, as the suites mostly read them, have no sign-off.
"""

from __future__ import annotations

import re

from kurv.replies.disclaimers import undisclaimed
from kurv.replies.signature_cards import LEGAL_FORMS, card_start, is_sentence, sender_names

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

_SIGNATURE_DELIMITER = re.compile(r"^(?:--|__)\s?$")  # "-- ", and "__" in some clients
# A longer rule ("---", "________"): a signature's delimiter when a signature follows it.
# A lone dash ("-\nRoman"), and rules of "=" or "*" (a frame about a card), too.
_RULE = re.compile(r"^\s*(?:-|-{3,}|_{3,}|={3,}|\*{3,})\s*$")
# "Sent from my iPhone", "Sent wirelessly from my BlackBerry", "Von meinem iPhone gesendet",
# "Enviado desde mi Samsung", "Get Outlook for Android": a short line, never a sentence.
_FROM_DEVICE = re.compile(
    r"(?i)^\s*(?:(?:sent|sendt|skickat|skickades|gesendet|inviato|envoyé|enviado|verzonden"
    r"|verstuurd|wysłane|wysłano|odesláno|odeslano|отправлено)(?:\s+\w+)?\s+(?:from|with|via"
    r"|using|on|fra|med|från|von|mit|da|dal|dal mio|de|desde|do|depuis|vanaf|met|z"
    r"|\u0441|\u0441\u043e|из)\b"
    r"|von meinem\b|get outlook|hent outlook|hämta outlook|scarica outlook|download outlook"
    # fi: "Lähetetty iPhonesta", "Lähetetty Samsung Galaxy -älypuhelimesta", "Hanki Outlook"
    r"|lähetetty\s+(?:\S+\s+){0,3}?\S*(?:sta|stä|lla|llä)\.?$|hanki outlook"
    r"|outlook für|outlook per|outlook för|outlook for"
    # "Skaffa Outlook för iOS", "Ottieni Outlook per iOS": any verb the app's language uses
    r"|\S+\s+outlook\s+(?:for|för|per|für|til|pour|para|voor|dla|iOS|Android)\b"
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
    r"(?:med )?(?:(?:venn?lig(?:e|st)?|venleg|beste?|bedste|kærlig(?:e)?|mange|varme"
    r"|de bedste) )?(?:hilsen|hilsner|hilsener|helsing(?:ar)?)|mvh\.?|vh\.?|kh\.?|dbh|knus|kram"
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
    r"|bonne (?:journée|soirée|fin de journée|réception|continuation)"
    r"|(?:hartelijke|vriendelijke) groet(?:en)?"
    # fi: "Ystävällisin terveisin", "Terveisin", "t. Matti", "Hyvää päivänjatkoa"
    r"|(?:ystävällisin|parhain|lämpimin|aurinkoisin|kiittäen|kiitos ja) terveisin|terveisin"
    r"|yst\.? ?terv\.?|terv\.|terkuin|terkut|t\.|t:|tervehdyksin|kiittäen"
    r"|(?:hyvää|mukavaa) (?:päivänjatkoa|päivää|viikonloppua|joulua|kesää)"
)
# cs, es, fr, nl, pl, pt: what mail-parser-reply's languages thank with.
_THANKS_ELSEWHERE = (
    r"děkuji|děkujeme|díky|(?:muchas )?gracias|merci(?: beaucoup| bien)?|dank (?:u|je)(?: wel)?"
    r"|hartelijk dank|bedankt|dziękuję|dziękujemy|dzięki|obrigad[oa]|muito obrigad[oa]"
)
_THANKING = (
    r"(?:(?:many|mange|tusind|tusen|vielen|besten|tante|a thousand|på forhånd|på förhand) )?"
    rf"(?:thanks|thank you|thx|tak+|tack|danke?|grazie|kiitos|kiitoksia|kiitti|{_THANKS_ELSEWHERE})"
    r"(?: (?:again|in advance|so much|very much|a lot|på forhånd|på förhand|så meget|så mye"
    r"|så mycket|schön|sehr|mille|ancora|paljon|etukäteen|jo etukäteen|for (?:\w+ ){0,2}\w+))?"
)
_ONE_SIGN_OFF = rf"(?:{_THANKING}|{_REGARDS})"
_AND = r"\s*(?:,|/|-|&|\+|and|og|och|und|e|ja)\s*"
_FROM_PLACE = r"(?:\s+(?:from|fra|frå|från|aus|von|da|dal|dalla)\s+\w+)?"
_SIGN_OFFS = rf"{_ONE_SIGN_OFF}(?:{_AND}{_ONE_SIGN_OFF})?{_FROM_PLACE}"
_NAME = r"[A-ZÆØÅÄÖÜ][\w.'-]*"
_SIGN_OFF = re.compile(
    rf"^\s*(?i:{_SIGN_OFFS})[\s,.!]*(?P<name>{_NAME}(?:\s+{_NAME}){{0,3}})?[\s,.!]*$"
)
_THANKS = re.compile(
    r"(?i)^\s*(?:(?:tusind |tusen |mange |many |vielen )?(?:tak+|tack|thanks|thank you|thx|danke"
    rf"|dank|grazie|kiitos|kiitoksia|kiitti|{_THANKS_ELSEWHERE})\b)"
)
# "-Roman", "- Anna Berg", "/Ole", "-roman", "--Roman": a name signed with a dash (or two) or a
# slash, on the last line; a name in lower case is one word.
_INITIALS = re.compile(rf"^\s*(?:--?|/)\s?(?:{_NAME}(?:\s+{_NAME}){{0,2}}|[^\W\d_]{{2,20}}\.?)\s*$")
# Initials alone on the last line: "F.R.", "J. B.", "KB", "JW"; not a word in capitals.
_BARE_INITIALS = re.compile(r"^\s*(?:(?:[A-ZÆØÅÄÖÜ]\.\s?){1,3}|[A-ZÆØÅÄÖÜ]{2,3})\s*$")
_CAPITAL_WORDS = frozenset(
    [
        "OK",
        "NO",
        "JA",
        "JO",
        "EI",
        "SI",
        "NEJ",
        "NEI",
        "TAK",
        "THX",
        "TY",
        "PS",
        "BTW",
        "LOL",
        "FYI",
        "XO",
        "ASAP",
    ]
)
# What an antivirus adds under a message in the client ("Virus-free.www.avast.com", its
# links, Gmail's "<#DAB4FAD8-…>" anchor): its domain and at most two words, or the anchor.
_ANTIVIRUS_DOMAIN = re.compile(r"(?i)<?(?:https?://)?(?:www\.)?(?:avast|avg)\.com\S*")
_ANCHOR = re.compile(r"^\s*<#[0-9A-Fa-f-]{16,}>\s*$")
MAX_PROMOTION_WORDS = 2
# What a business card's lines hold: a phone number, an address, a link, a logo, "|".
_CONTACT = re.compile(
    r"(?i)\+?\d[\d ()./-]{6,}\d|@|https?://|www\.|\||\[cid:"
    r"|^\s*(?:tel|tlf|phone|mobil|mobile|mob|fax|cell|direct|[tmfewp])\.?\s*:"
)
# A company's legal form closing a card's line ("Example Corporation Ltd."): not a sentence.
_COMPANY_FORM = re.compile(rf"(?i)\b(?:{LEGAL_FORMS})\.$")
_PARTICLES = r"(?:van|von|der|den|de|da|di|del|af|la|le|zu)"
# The name under a sign-off: "Anders Andersen", "Dr. Max von Berg", "John Smith, CEO".
_NAME_LINE = re.compile(rf"^\s*{_NAME}(?:\s+(?:{_NAME}|{_PARTICLES})){{0,4}}\s*(?:[|,(].*)?$")
# "I agree,", "We hope,": a sentence begun, not a sign-off.
_SENTENCE_START = re.compile(r"(?i)^\s*(?:i|we|you|it|this|that|jeg|vi|ich|wir|io|noi)\b")
_ONE_WORD = re.compile(r"^\s*[^\W\d_]{2,20}\.?\s*$")  # a name written in lower case: "anna"
_ONE_NAME = re.compile(r"^\s*[A-ZÆØÅÄÖÜ][^\W\d_]{1,19}\s*$")  # "Kalle"


def unsigned(block: list[str], *, keep_thanks: bool = False, sender: str = "") -> list[str]:
    """A block of the customer's lines without the disclaimer, the device line and the
    signature that close it; `sender` (the From header) helps tell their card."""
    return _unsigned(_closed(block), keep_thanks=keep_thanks, names=sender_names(sender))


def signed_name(block: list[str]) -> str:
    """The name the customer signed `block` with, from the signature `unsigned` cuts: on the
    sign-off's line ("Regards, Roman") or under it ("Thanks,\nAlex"), after a dash
    ("-Roman"), or first under "-- "; "" when there is none (or it is not a name)."""
    lines = _closed(block)
    cut = [line.strip() for line in lines[len(_unsigned(lines)) :] if line.strip()]
    if not cut:
        return ""
    first, under = cut[0], cut[1] if len(cut) > 1 else ""
    sign_off = _SIGN_OFF.match(first) if len(first) <= MAX_SIGN_OFF_CHARS else None
    if sign_off:
        # "Regards, Roman" is signed by Roman; "Thanks Anna" thanks Anna.
        on_the_line = "" if _THANKS.match(first) else sign_off.group("name") or ""
        return _name_of(on_the_line) or _name_of(under)
    if _INITIALS.match(first):
        return first.lstrip("-/ ").rstrip(". ")
    if _BARE_INITIALS.match(first):
        return first  # "F.R."
    return _name_of(under) if is_delimiter(first) else ""


MAX_SIGNED_NAME_WORDS = 4
_NOT_IN_A_NAME = re.compile(r"[\d_@]")


def _name_of(line: str) -> str:
    """A signature's line as a name ("Karen Holm, Indkøber" is Karen Holm), or ""."""
    if not _NAME_LINE.match(line):
        return ""
    name = re.split(r"[|,(]", line, maxsplit=1)[0].strip()
    if len(name.split()) > MAX_SIGNED_NAME_WORDS or _NOT_IN_A_NAME.search(name):
        return ""  # "AM_LOGO_CLR", "Berg 2000": a logo's or a company's, not a person's
    return name


def _closed(block: list[str]) -> list[str]:
    """`block` without the disclaimer, the device lines and an antivirus's lines."""
    return [
        line for line in undisclaimed(block) if not is_device_line(line) and not _promotion(line)
    ]


def _promotion(line: str) -> bool:
    """A line an antivirus adds to the message ("Virus-free.www.avast.com", its link), not
    a sentence about one ("avast.com blocks your site")."""
    if _ANCHOR.match(line):
        return True
    rest, found = _ANTIVIRUS_DOMAIN.subn(" ", line)
    return bool(found) and len(rest.split()) <= MAX_PROMOTION_WORDS


def _unsigned(
    lines: list[str], *, keep_thanks: bool = False, names: frozenset[str] = frozenset()
) -> list[str]:
    """`lines` (the block, closed) without the signature: a prefix of them."""
    for index, line in enumerate(lines):
        if _SIGNATURE_DELIMITER.match(line):
            lines = lines[:index]
            break
    lines = _without_ruled_signature(_without_ruled_signature(lines))  # a frame's two rules
    card = card_start(lines, names)
    if card is not None:
        lines = lines[:card]  # a card with no sign-off; one above it goes below
    words = [i for i, line in enumerate(lines) if line.strip()]
    for index in reversed(words):
        after = [lines[i] for i in words if i > index]
        if len(after) > CARD_LINES or (after and not _card_line(after[0])):
            break  # a line no signature holds: no sign-off above it closes the words
        if len(lines[index]) > MAX_SIGN_OFF_CHARS:
            break
        if keep_thanks and _THANKS.match(lines[index]):
            continue
        if not after and _name_under_thanks(lines, index):
            return lines[:index]  # "Tack för påminnelsen!\n\nKalle": the thanks, not the name
        if _THANKS_FOR_SENTENCE.match(lines[index]):
            # "Thanks for your help.\nRoman": the sentence is theirs, the name under it not.
            return lines[: index + 1] if _name_under(after) else lines
        if not after and _signed_name(lines, index):
            above = [i for i in words if i < index][-1:]
            signed_off = above and above[0] != words[0] and _SIGN_OFF.match(lines[above[0]])
            return lines[: above[0]] if signed_off else lines[:index]  # "Thx!\n-Bob"
        if _SIGN_OFF.match(lines[index]) and _signature(after):
            return lines[:index]
        if index != words[0] and _closing(lines[index]) and _name_under(after):
            return lines[:index]  # "Talk soon,\nRoman": a sign-off of any words, by its shape
    return lines


# A thank-you for something, written as a sentence ("Thanks for your attention."): their words.
_THANKS_FOR_SENTENCE = re.compile(r"(?i)^\s*(?:thanks|thank you) for \w+.*\w\.\s*$")
# A sign-off by its shape: a few words, capitalised, ending in a comma ("Warm wishes,").
_CLOSING = re.compile(r"^\s*[A-ZÆØÅÄÖÜ][^\W\d_]*(?:\s+[^\W\d_]+){0,3}\s*,\s*$")
MAX_NAME_UNDER = 2  # lines: a name, and a title or a phone number


def _closing(line: str) -> bool:
    return bool(_CLOSING.match(line)) and not _SENTENCE_START.match(line)


def _name_under(after: list[str]) -> bool:
    """`after` is a name, and a line more at most ("Roman", "-Roman", "Anna Berg\nBerg ApS")."""
    if not after or len(after) > MAX_NAME_UNDER or not all(map(_signature_like, after)):
        return False
    first = after[0].strip()
    return bool(_INITIALS.match(first) or (_NAME_LINE.match(first) and len(first.split()) <= 3))


def _without_ruled_signature(lines: list[str]) -> list[str]:
    """`lines` without a signature under a rule of dashes ("---\nRoman", a card under
    "----------------"), or a rule that closes them; words under a rule stay."""
    rules = [index for index, line in enumerate(lines) if _RULE.match(line)]
    if not rules or rules[-1] == 0:
        return lines
    after = [line for line in lines[rules[-1] + 1 :] if line.strip()]
    return lines[: rules[-1]] if not after or _ruled_signature(after) else lines


def _ruled_signature(after: list[str]) -> bool:
    """`after` (the lines under a rule) is a signature: a name, or a card that opens with a
    name or a contact and has one; under a rule a card's line may read like words ("12 rue
    du Bac", "Me Anna Berg"), so only its length and its end are looked at."""
    if _signature(after):
        return True
    first = after[0]
    if not (_NAME_LINE.match(first) or _ONE_WORD.match(first) or _CONTACT.search(first)):
        return False
    if len(after) > CARD_LINES or not all(map(_short_line, after)):
        return False
    return any(map(_CONTACT.search, after))


def _short_line(line: str) -> bool:
    """A line that may be a card's: short, and neither a question nor a long sentence."""
    text = line.strip()
    words = len(text.split())
    sentence = text.endswith(".") and not _COMPANY_FORM.search(text)
    return (
        len(text) <= CARD_LINE_CHARS
        and words <= CARD_LINE_WORDS
        and not text.endswith(("?", "!"))
        and not (sentence and words > SIGNATURE_ABBREVIATION_WORDS)
    )


def is_delimiter(line: str) -> bool:
    """A signature's delimiter: "-- ", "__", or a longer rule of dashes."""
    return bool(_SIGNATURE_DELIMITER.match(line) or _RULE.match(line))


def is_sign_off(line: str) -> bool:
    """A sign-off, with or without the name on its line: "Regards, Roman", "Med venlig hilsen"."""
    return len(line) <= MAX_SIGN_OFF_CHARS and bool(_SIGN_OFF.match(line))


def is_signed_name(line: str) -> bool:
    """A name signed with a dash or a slash: "-Roman", "- anna", "/Ole"."""
    return bool(_INITIALS.match(line))


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
    if len(text) > CARD_LINE_CHARS or text.endswith(("?", "!")) or is_sentence(text):
        return False
    if _CONTACT.search(text):
        return True
    words = len(text.split())
    sentence = text.endswith((".", ":")) and not _COMPANY_FORM.search(text)
    return words <= CARD_LINE_WORDS and not (sentence and words > SIGNATURE_ABBREVIATION_WORDS)


def _signed_name(lines: list[str], index: int) -> bool:
    """A name signed with a dash ("-Roman") closing the block, not a list's last item."""
    above = next((line for line in reversed(lines[:index]) if line.strip()), "").strip()
    listed = above.startswith(("-", "/", "*")) or above.endswith(":")
    line = lines[index].strip()
    return (bool(_INITIALS.match(line)) or _bare_initials(line)) and not listed


def _name_under_thanks(lines: list[str], index: int) -> bool:
    """The last line, one capitalised word in a paragraph of its own under a thank-you: the
    name it is signed with ("Danke\nAnna", right under it, may thank Anna)."""
    above = next((line for line in reversed(lines[:index]) if line.strip()), "")
    apart = index > 0 and not lines[index - 1].strip()
    thanked = bool(_THANKS.match(above)) and not _SIGN_OFF.match(above)  # "Thanks," signs off
    return apart and thanked and bool(_ONE_NAME.match(lines[index]))


def is_initials(line: str) -> bool:
    """`line` is initials alone ("F.R.", "JM", "/MH"), not a word in capitals ("OK")."""
    text = line.strip()
    if _INITIALS.match(text) and len(text.strip("-/ .")) <= 3:
        return True
    return _bare_initials(text)


def _bare_initials(text: str) -> bool:
    """Initials with no dash before them ("F.R.", "KB"), not a word in capitals ("OK")."""
    return bool(_BARE_INITIALS.match(text)) and text.strip().rstrip(".") not in _CAPITAL_WORDS


def is_device_line(line: str) -> bool:
    """A device's line ("Sent from my iPhone"), not a sentence ("Sent from my desk, …")."""
    text = line.strip()
    if _DEVICE_SENTENCE.match(text):
        return True
    if not _FROM_DEVICE.match(text) or text.endswith("?"):
        return False
    if "," not in text:
        return len(text.split()) <= MAX_DEVICE_WORDS  # "Sent from my iPhone!" too
    if text.endswith("!"):
        return False
    # A carrier's apposition ("Sent from my Galaxy S III, an AT&T 4G LTE smartphone"), not
    # a sentence going on ("Sent from my desk, which is easier than from my phone.").
    return (
        len(text.split()) <= MAX_CARRIER_DEVICE_WORDS
        and bool(_DEVICE_NOUN.search(text))
        and not is_sentence(text.split(",", 1)[1])
    )


def _signature_like(line: str) -> bool:
    """A name, a phone number, an address ("Berg & Co."): short, and not a sentence."""
    text = line.strip()
    words = len(text.split())
    return (
        len(text) <= SIGNATURE_LINE_CHARS
        and not is_sentence(text)
        and words <= SIGNATURE_LINE_WORDS
        and not text.endswith(("?", "!", ":"))
        and not (text.endswith(".") and words > SIGNATURE_ABBREVIATION_WORDS)
    )
