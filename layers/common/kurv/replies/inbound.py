"""A customer's reply, read: who wrote it, in what language, their own words, whether a
machine wrote it, and why they left their cart. Pure: bytes in, a `Reply` out.

Mail arrives as whatever the customer's client made of it: charsets declared wrongly,
HTML only, broken MIME. `read_reply` reads as far as it can, says in `problems` what it
could not read, and never raises. Anyone can write to a reply address, so the work is
bounded: the structure by `mime`, the text by the character limits here, and a message
that still takes longer than `mime.READ_BUDGET_SECONDS` is set aside unread.
"""

from __future__ import annotations

import binascii
import re
import time
from dataclasses import dataclass
from email import policy
from email.headerregistry import AddressHeader
from email.message import Message
from email.utils import getaddresses

from kurv.core.locales import EMAIL_LANGUAGES
from kurv.core.text import clean_line, clean_text
from kurv.replies import html_quotes, mime, quotes, reasons, word_evidence
from kurv.replies.charsets import decoded, header_value, repaired

__all__ = [
    "MAX_TEXT_BYTES",
    "REASONS",
    "Reply",
    "decoded",
    "message_ids",
    "read_reply",
    "read_words",
    "repaired",
    "unflowed",
]

REASONS = tuple(reason.value for reason in reasons.Reason)
MAX_TEXT_BYTES = 4096
MAX_PART_BYTES = 128 * 2**10  # of one text part's payload, decoded
MAX_BODY_CHARS = 128 * 2**10  # of all text parts together: the words are near the top
MAX_HTML_PARTS = 3
# A plain part under POOR_PLAIN_WORDS words, beside HTML that says POOR_PLAIN_SHARE times as
# much (and a notice's worth), is a careless one: the HTML is read instead.
POOR_PLAIN_WORDS = 40
POOR_PLAIN_SHARE = 3
MAX_HEADER_VALUES = 4  # of one header name (To, Cc): the first ones
MAX_COMMENTS = 16  # "(comments)" in one address header
MAX_LINE_CHARS = 998  # a subject, a message id, a problem
MAX_RULE_CHARS = 200
ELLIPSIS = "…"


@dataclass(frozen=True)
class Reply:
    message_id: str  # the Message-ID header's value, "" if none
    from_address: str  # From's addr-spec, lower case, "" if unreadable
    recipients: tuple[str, ...]  # To and Cc addr-specs, lower case
    subject: str  # decoded, one line
    language: str  # one of EMAIL_LANGUAGES
    text: str  # the customer's own words, at most MAX_TEXT_BYTES of UTF-8, clean (core.text)
    auto_reply: bool
    auto_reply_rule: str  # what said so, e.g. "header:Auto-Submitted=auto-replied"; "" if not
    reason: str  # one of REASONS ("other" for auto-replies and empty text)
    rule: str  # the rule that decided the reason, e.g. "da:price:fragt for dyr"
    problems: tuple[str, ...]  # what could not be read; empty when all was fine
    set_aside: bool = False  # not read (past the time budget, or unreadable): kept, not acted on
    from_name: str = ""  # From's display name, one clean line ("" if none, or an address)
    signed_name: str = ""  # the name under their sign-off ("Thanks,\nAlex"), "" if none
    answered: tuple[str, ...] = ()  # the ids References and In-Reply-To name, the parent last
    runner_up: str = ""  # the next reason that fit, "" if none (reasons.Reading)
    confidence: float = 1.0  # how sure the reason is, 0 to 1 (reasons.SURE, DISAGREED, WEAK)


def read_reply(
    raw: bytes, *, language_hint: str | None = None, timer: mime.Timer | None = None
) -> Reply:
    """Never raises, for any bytes whatsoever. `timer` (monotonic seconds) measures the
    time budget; a message not read within it is set aside."""
    hint = language_hint if language_hint in EMAIL_LANGUAGES else None
    try:
        reasons.prepare()  # once per process: the rules compiled, no part of this budget
        deadline = mime.Deadline(timer or time.monotonic)
        return _read(bytes(raw), hint, deadline)
    except mime.OutOfTime as error:
        return _set_aside(hint, f"set aside: {error}")
    except Exception as error:  # the promise is "never raises": the last line of defence
        return _set_aside(hint, f"unreadable message: {type(error).__name__}")


def read_words(raw: bytes, *, language_hint: str | None = None) -> tuple[str, str]:
    """(subject, the customer's own words) as `read_reply` reads them, and nothing decided:
    what the words' evidence is built from (kurv_tools.measure.word_evidence). ("", "") for
    a message `read_reply` would set aside."""
    hint = language_hint if language_hint in EMAIL_LANGUAGES else None
    try:
        reasons.prepare()
        own = _own_words(bytes(raw), hint, [], mime.Deadline(time.monotonic))
    except Exception:
        return "", ""
    return own.subject, own.words


def _set_aside(hint: str | None, problem: str) -> Reply:
    return Reply(
        message_id="",
        from_address="",
        recipients=(),
        subject="",
        language=hint or "en",
        text="",
        auto_reply=False,
        auto_reply_rule="",
        reason=reasons.Reason.OTHER.value,
        rule=reasons.NO_TEXT_RULE,
        problems=(problem,),
        set_aside=True,
    )


@dataclass(frozen=True)
class _Own:
    """What every reading starts from: the headers, the subject, the body as text and the
    customer's own words in it, in the language they write."""

    headers: _Headers
    subject: str
    body: str
    words: str
    language: str
    from_name: str
    from_address: str


def _read(raw: bytes, hint: str | None, deadline: mime.Deadline) -> Reply:
    problems: list[str] = []
    own = _own_words(raw, hint, problems, deadline)
    headers, subject, words, language = own.headers, own.subject, own.words, own.language
    auto_rule = auto_reply_rule(headers, subject, words)
    if auto_rule:
        reading = reasons.Reading(reasons.Reason.OTHER.value, reasons.AUTO_REPLY_RULE, confidence=1)
    else:
        reading = reasons.read(words, language)
    deadline.check()
    return Reply(
        message_id=clean_line(headers.raw("Message-ID"), MAX_LINE_CHARS),
        from_address=own.from_address,
        from_name=own.from_name,
        signed_name=clean_line(quotes.signed_name(own.body, language), MAX_NAME_CHARS),
        answered=headers.message_ids("References", "In-Reply-To"),
        recipients=tuple(dict.fromkeys(headers.addresses("To") + headers.addresses("Cc"))),
        subject=subject,
        language=language,
        text=words,
        auto_reply=bool(auto_rule),
        auto_reply_rule=clean_line(auto_rule, MAX_RULE_CHARS),
        reason=reading.reason,
        rule=clean_line(reading.rule, MAX_RULE_CHARS),
        # They quote what the message declared (a charset, a content type).
        problems=tuple(dict.fromkeys(clean_line(problem, MAX_LINE_CHARS) for problem in problems)),
        runner_up=reading.runner_up,
        confidence=reading.confidence,
    )


def _own_words(raw: bytes, hint: str | None, problems: list[str], deadline: mime.Deadline) -> _Own:
    message = mime.parse(raw, problems, deadline)
    headers = _Headers(message)
    subject = clean_line(headers.text("Subject"), MAX_LINE_CHARS)
    # No control characters, escape sequences or bidi overrides: not stored, not forwarded.
    body = clean_text(_body_text(message, problems, deadline))
    deadline.check()
    from_name = headers.display_name("From")
    from_address = next(iter(headers.addresses("From")), "")
    sender = f"{from_name} <{from_address}>"
    words = bounded(quotes.own_words(body, hint or "en", sender), MAX_TEXT_BYTES)
    language = reasons.language_of(words, hint)
    if language != (hint or "en"):
        # The quote rules of the language the customer writes in come first.
        deadline.check()
        words = bounded(quotes.own_words(body, language, sender), MAX_TEXT_BYTES)
    return _Own(headers, subject, body, words, language, from_name, from_address)


def bounded(text: str, limit: int) -> str:
    """`text` in at most `limit` bytes of UTF-8, cut at a character boundary with "…"."""
    encoded = text.encode("utf-8", "replace")
    if len(encoded) <= limit:
        return text
    room = limit - len(ELLIPSIS.encode())
    return encoded[:room].decode("utf-8", "ignore").rstrip() + ELLIPSIS


# The headers -----------------------------------------------------------------------------


class _Headers:
    """The headers we read, from their raw values (cut by `mime` as they were parsed); a
    value that cannot be parsed reads as empty."""

    def __init__(self, message: Message) -> None:
        self._raw: dict[str, list[str]] = {}
        for name, value in message.raw_items():
            self._raw.setdefault(name.lower(), []).append(str(value))

    def raw(self, name: str) -> str:
        return next(iter(self._raw.get(name.lower(), [])), "")

    def __contains__(self, name: str) -> bool:
        return name.lower() in self._raw

    def text(self, name: str) -> str:
        value = header_value(self.raw(name))
        try:
            return str(policy.default.header_factory(name, value))
        except Exception:
            return _unfold(value)

    def addresses(self, name: str) -> list[str]:
        found: list[str] = []
        for written in self._raw.get(name.lower(), [])[:MAX_HEADER_VALUES]:
            value = header_value(written)
            if value.count("(") > MAX_COMMENTS:
                # Both address parsers recurse into nested comments: none are read then.
                value = value.replace("(", " ").replace(")", " ")
            try:
                header = policy.default.header_factory(name, value)
                assert isinstance(header, AddressHeader)
                specs = [address.addr_spec for address in header.addresses]
            except Exception:
                specs = [spec for _, spec in getaddresses([_unfold(value)])]
            found += [spec.lower() for spec in specs if "@" in spec and spec.isprintable()]
        return found

    def display_name(self, name: str) -> str:
        """The first address's display name, one clean line; "" when there is none."""
        value = header_value(self.raw(name))
        if value.count("(") > MAX_COMMENTS:
            return ""
        try:
            return _display_name(policy.default.header_factory(name, value))
        except Exception:
            return ""

    def message_ids(self, *names: str) -> tuple[str, ...]:
        """The message ids these headers name, each once where it is last named, the last
        MAX_ANSWERED_IDS of them: References then In-Reply-To ends with the message replied to."""
        found: list[str] = []
        for name in names:
            found += message_ids(self.raw(name))
        last_first = list(dict.fromkeys(reversed(found)))
        return tuple(reversed(last_first[:MAX_ANSWERED_IDS]))


MAX_NAME_CHARS = 80
MAX_ANSWERED_IDS = 8
# <left@right>, printable ASCII: no "<", ">" or spaces, no "@" on the left (never backtracks far).
_MESSAGE_ID = re.compile(r"<[!-;=?A-~]{1,250}@[!-;=?-~]{1,250}>")


def message_ids(value: str) -> list[str]:
    """The message ids (<left@right>) in a header's value, as written."""
    return _MESSAGE_ID.findall(value[: 4 * MAX_LINE_CHARS])


def _display_name(header: object) -> str:
    addresses = getattr(header, "addresses", ())
    name = str(addresses[0].display_name) if addresses else ""
    # A name that holds an address would pass for one in "<name> via <shop>".
    name = clean_line(name.replace('"', ""), MAX_NAME_CHARS).strip()
    return "" if "@" in name else name


def _unfold(value: str) -> str:
    return " ".join(value.split())


# The body --------------------------------------------------------------------------------


def _body_text(message: Message, problems: list[str], deadline: mime.Deadline) -> str:
    """The reply's text: the text/plain parts, or the HTML ones as text when there is no
    plain text; attachments and attached messages are left out. At most MAX_BODY_CHARS."""
    plain: list[str] = []
    html: list[str] = []
    room = MAX_BODY_CHARS
    for part in mime.text_leaves(message, problems, deadline):
        if room <= 0:
            problems.append(f"text past {MAX_BODY_CHARS} characters left unread")
            break
        deadline.check()
        text = part_text(part, problems)[:room]
        if not text.strip():
            continue
        room -= len(text)
        (html if part.get_content_type() == "text/html" else plain).append(text)
    if not plain:
        return _html_text(html, problems, deadline)
    text = "\n\n".join(plain)
    if not html:
        return text
    # A plain part with the HTML's entities left in it ("Takk!&nbsp;Sogelaget ...") was made
    # by stripping the tags, its paragraphs run together: the HTML is the mail.
    if _LEFT_ENTITY.search(text):
        rendered = _html_text(html, problems, deadline)
        if rendered.strip():
            problems.append("the plain text part holds the HTML's entities: the HTML read")
            return rendered
    said = len(text.split())
    if said >= POOR_PLAIN_WORDS:
        return text
    # A plain part that holds a fraction of what the HTML says ("Riikka Mäkelä\nDirektör
    # ...", "This message is best viewed in HTML") was made carelessly: the HTML is the mail.
    rendered = _html_text(html, problems, deadline)
    if len(rendered.split()) >= max(POOR_PLAIN_SHARE * said, NOTICE_WORDS):
        problems.append("the plain text part says a fraction of the HTML's: the HTML read")
        return rendered
    return text


_LEFT_ENTITY = re.compile(r"&(?:nbsp|amp|lt|gt|quot|#\d{2,5}|#x[0-9a-f]{2,4});", re.IGNORECASE)


def _html_text(html: list[str], problems: list[str], deadline: mime.Deadline) -> str:
    """The HTML parts' words, quotes left out, at most MAX_HTML_PARTS of them."""
    if len(html) > MAX_HTML_PARTS:
        problems.append(f"more than {MAX_HTML_PARTS} HTML parts: the rest left unread")
    pages = html[:MAX_HTML_PARTS]
    share = html_quotes.MAX_HTML_ELEMENTS // max(len(pages), 1)
    words = []
    for page in pages:
        deadline.check()
        words.append(html_quotes.html_words(page, problems, elements=share))
    return "\n\n".join(words)


# A part's text ---------------------------------------------------------------------------


def _declared_charset(part: Message) -> str:
    """The charset parameter as written: an RFC 2231 value is taken as it is, never decoded
    in the charset it names (any Python codec)."""
    value = part.get_param("charset")
    if isinstance(value, tuple):
        value = value[2]
    return value if isinstance(value, str) else ""


def part_text(part: Message, problems: list[str]) -> str:
    """A text part's words: transfer encoding undone, the charset found (not trusted),
    UTF-8 read as Latin-1 repaired, format=flowed lines joined."""
    try:
        payload = _not_base64(part, problems) or part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        raw_payload = part.get_payload()
        payload = (
            raw_payload.encode("ascii", "surrogateescape") if isinstance(raw_payload, str) else b""
        )
    payload = _undeclared_quoted_printable(part, payload, problems)
    if len(payload) > MAX_PART_BYTES:
        # Cut at a line's end, so no character is cut in two.
        problems.append(f"text part cut at {MAX_PART_BYTES} bytes")
        cut = payload.rfind(b"\n", 0, MAX_PART_BYTES)
        payload = payload[: cut if cut > 0 else MAX_PART_BYTES]
    declared = _declared_charset(part)
    text, doubt = decoded(payload, declared)
    if doubt:
        problems.append(
            f"undecodable part {part.get_content_type()} ({declared or 'no charset'}): {doubt}"
        )
    if part.get_content_type() == "text/plain" and str(part.get_param("format", "")).lower() == (
        "flowed"
    ):
        text = unflowed(text, delsp=str(part.get_param("delsp", "")).lower() == "yes")
    return text


_BASE64_LINE = re.compile(r"[A-Za-z0-9+/]+={0,2}")
TEXT_SHARE = 0.7  # of decoded bytes that are printable ASCII or whitespace, or it is UTF-8


def _not_base64(part: Message, problems: list[str]) -> bytes | None:
    """The payload as it is, when it is declared base64 but is plain text (its lines are
    not base64, or they decode to no text): decoding it would give garbage. Else None."""
    raw = part.get_payload()
    if str(part.get("Content-Transfer-Encoding", "")).strip().lower() != "base64":
        return None
    if not isinstance(raw, str) or _decodes_to_text(raw):
        return None
    problems.append("a part declared base64 is not: read as it is")
    return raw.encode("utf-8", "surrogateescape")  # the bytes as they came (surrogates)


# Quoted-printable: a soft line break ("w=" then "rote:") and an escaped byte ("=E2=80=AF"),
# and no "=" that is neither.
_SOFT_BREAK = re.compile(rb"=\r?\n")
_ESCAPE = re.compile(rb"=[0-9A-F]{2}")
_LONE_EQUALS = re.compile(rb"=(?![0-9A-F]{2}|\r?\n)")


def _undeclared_quoted_printable(part: Message, payload: bytes, problems: list[str]) -> bytes:
    """`payload` decoded, when it is plainly quoted-printable but declared as plain 7bit or
    8bit (or not declared): its soft breaks and "=C3=A6" would stand in the words. A text
    that has an "=" of its own ("a=b") stays as it is."""
    declared = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if declared not in ("", "7bit", "8bit", "binary"):
        return payload
    if not (_SOFT_BREAK.search(payload) and _ESCAPE.search(payload)):
        return payload
    if _LONE_EQUALS.search(payload):
        return payload
    problems.append("a part declared without encoding is quoted-printable: decoded")
    return binascii.a2b_qp(payload)


def _decodes_to_text(raw: str) -> bool:
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    if not all(_BASE64_LINE.fullmatch(line) for line in lines):
        return False
    compact = "".join(lines).rstrip("=")
    try:
        data = binascii.a2b_base64(compact + "=" * (-len(compact) % 4))
    except (binascii.Error, ValueError):
        return False
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        plain = sum(32 <= byte < 127 or byte in b"\t\r\n" for byte in data)
        return plain >= TEXT_SHARE * len(data)


def unflowed(text: str, *, delsp: bool) -> str:
    """RFC 3676: a line ending in a space goes on in the next line of the same quote depth."""
    lines: list[tuple[int, str]] = []
    joining = False
    for line in text.replace("\r\n", "\n").split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if content.startswith(" "):
            content = content[1:]  # space-stuffing
        flowed = content.endswith(" ") and content != "-- "
        if flowed and delsp:
            content = content[:-1]
        if joining and lines and lines[-1][0] == depth:
            lines[-1] = (depth, lines[-1][1] + content)
        else:
            lines.append((depth, content))
        joining = flowed
    return "\n".join(">" * depth + " " + content if depth else content for depth, content in lines)


# Auto-replies ----------------------------------------------------------------------------

# What a sentence goes on with: anything but its end. A dot before a word's next letter, a
# digit or a word in lower case is a date's, a number's or an abbreviation's ("bis 21.7.
# nicht", "den 21. juli", "1.7.\u201321.7.", "fr.o.m. 1 mars", "www.example.com"); one
# before a capital ends the sentence.
# Within a sentence: a full stop in a number, an address or an abbreviation ("2.5", "e.g.
# a", "14. März") is no end; one straight before a capitalised word is, a space lost where
# a client flattened the lines ("svarar så snart jag kan.Brådskande?").
_IN_SENTENCE = (
    r"(?:[^.!?\n]|\.(?!(?-i:[A-ZÄÖÜÅÆØ][a-zäöüåæøß]))"
    r"(?=\w|\s\d|\s?\u2013|\s(?-i:[a-zäöüåæøß])))"
)
_PRECEDENCE_AUTO = frozenset({"bulk", "auto_reply", "junk"})
# A reply's or a forward's prefix: "Re:", "SV:", "AW:", "Vs:", "Antw:", "[Fwd]:".
_PREFIX_WORD = r"\[?(?:re|sv|aw|r|vs|vl|ris|rif|antw|fw|fwd|wg|vb|tr)\]?\s*:\s*"
_SUBJECT_PREFIX = r"^(?:\s*" + _PREFIX_WORD + r")*"
# The phrase an auto-reply's subject starts with, after any "Re:" ("SV: Automatisk svar").
_AUTO_SUBJECT = re.compile(
    _SUBJECT_PREFIX + r"\s*(?P<phrase>automatic (?:reply|response)|auto[- ]?reply"
    r"|auto[- ]?respon\w*|autosvar\w*|autorisposta|ooo\b"
    r"|automatisk(?:t|e)? (?:svar|besked|beskjed|meddelelse|melding|meddelande|bekræftelse"
    r"|bekreftelse|bekräftelse|kvittering|e-?post|e-?mail)"
    r"|automatische (?:antwort|rückmeldung|abwesenheit\w*|benachrichtigung)"
    r"|risposta automatica|(?:messaggio|notifica|e-?mail) automatic[ao]"
    r"|automatische (?:nachricht|mitteilung|e-?mail)"
    r"|automaattinen (?:vastaus|viesti|ilmoitus)|automaattivastau\w*|lomavasta\w*"
    # a receipt's own name for itself
    r"|(?:request|ticket|enquiry|inquiry) received|eingangsbestätigung|empfangsbestätigung"
    r"|kvittering for (?:modtagelse|mottak)|mottakskvittering|mottagningsbekräftelse"
    r"|conferma di ricezione|vastaanottokuittaus|vastaanottovahvistus"
    r"|ricevuta di presa in carico|presa in carico|avviso di ricevimento"
    # a read receipt ("Read: ...", "Letto: ...")
    r"|(?:not read|read|ikke læst|læst|ikke lest|lest|inte läst|läst|nicht gelesen|gelesen"
    r"|non letto|letto|luettu|lukematta)(?=\s*:))\b",
    re.IGNORECASE,
)
# Away or on leave, opening the subject ("Fraværsmelding", "Urlaub bis 3.1.", "Fravær: Re:
# …"); never after a "Re:", for a customer's answer to a reminder that leads with a product
# ("Re: Barselsgave ligger stadig i din kurv") is a person's. The Nordic, German and
# Finnish words are stems, and a season or a cause may go before them: compounds such as
# "Sommerferie", "Betriebsurlaub", "Ferienabwesenheit", "Kesäloma", "Föräldraledig".
_AWAY_SUBJECT = re.compile(
    r"^\s*(?P<phrase>out of (?:the )?office|away from (?:the )?office"
    r"|away (?:until|till|from|on)|away(?=\s*(?:[-\u2013\u2014:|(]|$))"
    r"|\w*fravær\w*|\w*fråvær\w*|\w*frånvar\w*|ikke til stede"
    r"|(?:ikke|ikkje|inte|ej) på kontoret|\w*abwesen\w*|au(?:ß|ss)er haus"
    r"|fuori (?:ufficio|sede)|assen(?:te|za)|poissa\w*|lomailmoitu\w*"
    r"|on (?:holiday|vacation|leave)|vacation(?: reply)?|holiday (?:notice|reply|message)"
    r"|(?:annual|parental|maternity|paternity) leave"
    r"|\w*ferie(?:n|svar|besked|melding)?|\w*semester\w*|(?:tjänst|föräldra)?ledig"
    r"|barsel\w*|permisjon|\w*urlaub\w*|im urlaub|mutterschutz|elternzeit"
    r"|(?:sono )?in ferie|(?:olen )?lomalla"
    r"|(?:vuosi|kesä|talvi|hiihto|syys|joulu|isyys|äitiys|vanhempain)loma\w*)\b",
    re.IGNORECASE,
)
# A helpdesk's receipt: a ticket's number in the subject ("[#48213]", "(SUP-1432)",
# "Ticket 48213", "Ticket-Nr. 48213", "Sagsnr. 48213", "Ärendenummer 48213", "Richiesta n.
# 48213"; the word and its number word make compounds) ...
_TICKET_WORD = (
    r"(?:ticket|case|request|sag|henvendelse|ärende|sak|anfrage|vorgang|fall|richiesta"
    r"|pratica|caso|tiketti|tukipyyntö|palvelupyyntö|prot\.?|protocollo|protokoll|diarienummer"
    r"|dnr|journalnummer|diaarinumero)"
)
_TICKET_SUBJECT = re.compile(
    r"(?:[\[(]#?(?:[^\W\d_]+-?)?\d{3,}(?:-\d{2,}){0,3}[\])]|#(?:[^\W\d_]{1,5}-)?\d{3,}\b|\b"
    + _TICKET_WORD
    + r"s?(?:[\s-]*(?:id|nr|no|n|number|nummer|numero|numer)\b\.?)?\s*[:#]?\s*"
    r"(?:[^\W\d_]{1,5}-)?\d{3,}\b)",
    re.IGNORECASE,
)
_RECEIVED_NOUN = (
    r"(?:henvendelse|(?:e-?post|e-?mail)?(?:meddelande|melding|meddelelse|besked)|e-?mail|mail|mejl"
    r"|beskjed|forespørsel"
    r"|forespørgsel|førespurnad|förfrågan|meddelande|ärende|sak|sag|e-?post|fråga)"
)
# ... or its words, in the six languages and English: "we have received your request",
# "this is an automatic(ally generated) confirmation/message/reply".
_RECEIPT = re.compile(
    r"\b(?:we(?:'ve| have) (?:received|got) your (?:e-?mail|message|request|enquiry|inquiry)"
    r"|(?:this is|this message is) an? automatic(?:ally generated)? \w+"
    r"|vi har (?:modtaget|mottatt|mottagit|fått|tagit emot|taget imod|tatt imot|teke imot) "
    r"(?:din|dit|ditt|di|jeres|deres|er) "
    + _RECEIVED_NOUN
    + r"|(?:din|dit|ditt|di|jeres|deres|er) "
    + _RECEIVED_NOUN
    + r" (?:er (?:modtaget|mottatt|motteke)|har (?:tagits emot|mottagits|inkommit|kommit in))"
    + r"|(?:henvendelsen|forespørselen|førespurnaden|meldingen|meldinga|e-?posten) (?:din|di) "
    r"er (?:mottatt|motteke)"
    # the possessive after the noun: "Vi har mottatt henvendelsen din"
    r"|vi har (?:mottatt|motteke|fått|tatt imot|teke imot) (?:henvendelsen|forespørselen"
    r"|førespurnaden|meldingen|meldinga|e-?posten|saken|beskjeden) (?:din|di|deres)"
    r"|dette er en automatisk\w* \w+|detta är ett automatiskt\w* \w+"
    r"|wir haben ihre? (?:anfrage|nachricht|e-?mail|anliegen|schreiben) erhalten"
    r"|ihre? (?:anfrage|nachricht|e-?mail|anliegen|schreiben) ist (?:bei uns )?eingegangen"
    r"|your (?:request|message|e-?mail|enquiry|inquiry|ticket)(?: [\w-]+)? has been received"
    r"|dies ist eine automatisch(?:e|\s+erstellte|\s+generierte) \w+"
    r"|abbiamo ricevuto (?:la tua|la sua|il tuo|il suo) (?:richiesta|messaggio|e-?mail)"
    r"|(?:la tua|la sua) (?:richiesta|e-?mail) è stata ricevuta"
    r"|(?:la tua|la sua|la vostra) (?:comunicazione|richiesta|istanza|segnalazione) è"
    r" (?:pervenuta|stata registrata|stata presa in carico)"
    r"|(?:il tuo|il suo) messaggio è stato ricevuto"
    r"|questa è una (?:risposta|e-?mail|conferma) automatica"
    r"|olemme (?:vastaanottaneet|saaneet) (?:viestisi|yhteydenottosi|kyselysi|sähköpostisi"
    r"|tukipyyntösi|palautteesi)"
    r"|(?:viestisi|yhteydenottosi|kyselysi|sähköpostisi|tukipyyntösi|pyyntösi|palvelupyyntösi)"
    r" on (?:vastaanotettu|kirjattu|rekisteröity)"
    r"|tämä on automaattinen \w+)",
    re.IGNORECASE,
)
# The words say it outright, opening a sentence: an automatic message ("I know this is an
# automatic email, but ..." is a customer's, and stays one). Alone they make an auto-reply;
# a receipt's "we have received your request" needs a ticket number in the subject too.
_MACHINE_NOUN = (
    r"(?:reply|response|message|e-?mail|confirmation|notification|receipt|svar|besked"
    r"|bekræftelse|bekreftelse|melding|meddelelse|meddelande|bekräftelse|kvittering|e-?post"
    r"|antwort|nachricht|bestätigung|benachrichtigung|risposta|conferma|notifica|messaggio"
    r"|vastaus|viesti|ilmoitus|kuittaus|sähköposti)"
)
_AUTOMATIC = re.compile(
    r"(?:^|[.!?:]\s+|^\W*(?:hi|hello|dear|hej|hei|moi|hyvä|hallo|ciao|gentile|kære|kjære|bästa)\b[^,.!?\n]{0,30},\s+)"
    r"\W*(?P<phrase>(?:this is|this message is) an? automatic(?:ally generated)? "
    + _MACHINE_NOUN
    + r"|(?:dette|det) er (?:en|et|ein|eit) automatisk\w* "
    + _MACHINE_NOUN
    + r"|detta är (?:ett|en) automatisk\w* "
    + _MACHINE_NOUN
    + r"|dies ist eine? automatisch(?:e[rs]?|\s+erstellte[rs]?|\s+generierte[rs]?) "
    + _MACHINE_NOUN
    + r"|questa è una? (?:risposta|e-?mail|conferma|notifica|messaggio) automatic[ao]"
    + r"|tämä on (?:automaattinen|automaattisesti (?:lähetetty|luotu|muodostettu)) "
    + _MACHINE_NOUN
    + r")\b",
    re.IGNORECASE | re.MULTILINE,
)

# Spans of time, and their units: what a notice counts its days in.
_ONE_SPAN = (
    r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|en|et|ei|to|tre|fire|fem"
    r"|seks|syv|sju|otte|åtte|ti|ein|einer|ett|två|fyra|sex|åtta|nio|tio|zwei|drei|vier|fünf"
    r"|sechs|sieben|acht|neun|zehn|un|una|uno|due|quattro|cinque|sei|sette|otto|nove|dieci"
    r"|yhden|kahden|kolmen|neljän|viiden|kuuden|seitsemän|kahdeksan|yhdeksän|kymmenen)"
)
# ... or a range of them: "2-3" (or with an en dash), "to-tre", "two to three", "2 bis 3"
_SPAN = (
    _ONE_SPAN
    + r"(?:\s?[-\u2013\u2014]\s?"
    + _ONE_SPAN
    + r"|\s(?:to|til|till|bis|a|o|e|tai)\s"
    + _ONE_SPAN
    + r")?"
)
_UNITS = (
    r"(?:(?:working |business )?(?:days?|hours?|weeks?)|hverdage|arbejdsdage|virkedager"
    r"|arbeidsdager|arbeidsdagar|yrkedagar|arbetsdagar|vardagar|dage|dager|dagar|uger?|uker?"
    r"|veker?|vecka|veckor|timer|timar|timmar|werktag\w*|arbeitstag\w*|tag\w*|stunden?|wochen?"
    r"|giorni|ore|settiman[ae]|viikon|viikkoa|viikko|päivää|päivän|tuntia|tunnin)"
)
# Reading or answering mail, and being back, in the six languages and English.
_MAIL_VERB = (
    r"read|answer|reply|respond|see your (?:e-?mail|message)|get back to you|læs|besvar|svar"
    r"|les|läs|antwort|beantwort|lese|bearbeite|rispond|legger|leggo|leggerò|lett|vastaa|luen"
    r"|luke|work through|go through|gå igennem|gå gjennom|gå igenom|käydä läpi"
)
_ON_RETURN = (
    r"(?:on|upon|after) my return|(?:until|when|once) i(?:'m| am) back|(?:until|when) i return"
    r"|(?:når|så snart|efter|etter at) (?:jeg|eg) er tilbage|(?:når|så snart|etter at|etter)"
    r" (?:jeg|eg) er tilbake|(?:efter|ved|etter) min (?:hjemkomst|heimkomst)"
    r"|(?:när|så snart|efter att) jag (?:är|kommer) tillbaka|(?:efter|vid) min återkomst"
    r"|(?:nach|bei) meiner rückkehr|(?:sobald|wenn) ich (?:wieder )?zurück bin"
    r"|al mio (?:rientro|ritorno)|(?:quando|appena) (?:rientro|torno|sarò di ritorno)"
    r"|kun palaan|paluuni jälkeen|palattuani|kun (?:pääsen|tulen|olen) takaisin"
    # ... or well again: "I'll get back to you when I'm up and about again"
    r"|(?:when|once) i(?:'m| am) (?:up and about|better|well|recovered|on my feet)"
    # ... or ours: "vi besvarer den, når vi er tilbage", "rispondo alle mail al rientro"
    r"|(?:when|once|until) we(?:'re| are) back|(?:når|så snart|efter|etter at|etter) vi er"
    r" (?:tilbage|tilbake)|(?:när|så snart|efter att) vi (?:är|kommer) tillbaka"
    r"|(?:sobald|wenn) wir (?:wieder )?zurück sind|al (?:nostro )?(?:rientro|ritorno)"
    r"|kun palaamme|paluumme jälkeen|palattuamme|(?:on|upon|after) our return"
    r"|(?:nach|bei) unserer rückkehr|(?:efter|ved) vores (?:hjemkomst|tilbagekomst)"
    r"|(?:etter|ved) vår (?:hjemkomst|heimkomst)|(?:efter|vid) vår återkomst"
    r"|(?:sind wir|bin ich) (?:\w+ ){0,2}wieder (?:im|in der|in unserem|in meinem|zurück|da)\b"
    # ... or home: "när jag är hemma igen", "when I'm home", "wenn ich wieder zu Hause bin"
    r"|(?:when|once|until) (?:i|we)(?:'m|'re| am| are)(?: back)? home"
    r"|(?:når|så snart|til|till|när|tills) (?:jeg|eg|jag|vi) (?:er|är|kommer) (?:hjem|hem|heim)"
    r"|(?:når|så snart|til|när|tills) (?:jeg|eg|jag|vi) (?:er|är) (?:hjemme|heime|hemma)"
    r"|(?:wenn|sobald) (?:ich|wir) (?:wieder )?(?:zu hause|daheim) (?:bin|sind)"
    r"|kun (?:olen|olemme|pääsen|pääsemme|tulen|tulemme) (?:taas )?(?:kotona|kotiin)"
    r"|(?:quando|appena) (?:sono|sarò|siamo|saremo|torno|torniamo) (?:di nuovo )?a casa"
)

# How seldom mail is read: "bara", "två gånger", "di rado", "every other".
_SELDOM = (
    r"(?:gång|gang|gong|once|einmal|volta|kerran|only|bara|kun|bare|berre|nur|solo|soltanto"
    r"|vain|di rado|raramente|selten|harvoin|harvakseltaan|sjældent|sjelden|sällan|seldom"
    r"|rarely|sporadi\w*|gange|ganger|gånger|gonger|varannan|annenhver|annakvar|hver anden"
    r"|every other)"
)
# ... but "only today", "only now": a customer's late answer, no habit ("managed to check my
# email only today, sorry for the late reply")
_NOT_JUST_NOW = (
    r"(?! (?:now|today|yesterday|tonight|nu|idag|i dag|heute|jetzt|gerade|oggi|ora|adesso"
    r"|tänään|nyt)\b)"
)

# What only an out-of-office notice says: no mail read or forwarded while away, and whom to
# ask in a hurry. A customer may say one ("I'm away with limited access to email, but ..."),
# a notice says OUT_OF_OFFICE_CUES.
_OUT_OF_OFFICE = re.compile(
    r"\b(?:(?:no|limited|without|restricted|(?:won't|will not|do not|don't) have) access to"
    r" (?:my )?e-?mails?"
    r"|will not be (?:read|forwarded)|(?:in|for) (?:urgent|pressing) (?:matters|cases|issues)"
    r"|(?:har )?ikke adgang til (?:min )?(?:e-?)?mail|læser ikke (?:mine? )?(?:e-?)?mails?"
    r"|(?:læser|leser|les) ikke (?:min |mi )?(?:indbakke|innboks)|läser inte (?:min )?inkorg"
    r"|begrenset tilgang til e-?post|begrænset adgang til (?:min )?(?:e-?)?mail"
    r"|begränsad tillgång till (?:e-?post|mejl)|rajoitetusti sähköposti\w*"
    r"|haster det|hastar det|brådskar det|eilt es|wenn(?:'s| es) eilt"
    r"|if (?:it is |it's )?(?:\w+ )?urgent"
    r"|in caso di urgenza"
    # reaching someone sooner: "Trenger du å få tak i meg raskere ... ring 915 44 321"
    r"|\b(?:trenger|treng|behøver|behöver|need) (?:du|you) (?:å |at |att |to )?(?:få tak i|få fat i"
    r"|nå|get hold of|reach|kontakte|kontakta|contact) (?:meg|mig|mej|me|oss|os|us)"
    r" (?:raskere|hurtigere|snabbare|sooner|faster|tidligere|tidigare|før det|innan dess)"
    # a few days to answer: "potremmo metterci qualche giorno a risponderti"
    r"|\b(?:potremmo|potrei|possiamo|posso) (?:metterci|impiegare) (?:\w+ ){0,2}?(?:qualche"
    r"|alcuni|un paio di|" + _SPAN + r") (?:giorn[oi]|settiman[ae]) (?:a|per) rispond\w*"
    r"|\b(?:potrebbero|possono|potranno) passare (?:alcuni|qualche|diversi|un paio di|"
    + _SPAN
    + r") (?:giorn[oi]|settiman[ae])\b"
    r"|\brispond\w* (?:alle|ai|a) (?:e-?mail|mail|messaggi|richieste) con (?:qualche|alcuni"
    r"|un paio di|" + _SPAN + r") (?:giorn[oi]|settiman[ae]) di ritardo"
    # matters that are not urgent, answered later: "Ärenden som inte är brådskande besvaras i
    # mars"; something that can't wait: "Er der noget, der ikke kan vente, så ring"
    r"|\b(?:ärenden|henvendelser|saker|sager|anfragen|matters|enquiries|requests|richieste"
    r"|asiat),? (?:som|der|that|die|che|jotka) (?:inte|ikke|ikkje|not|nicht|non|eivät) (?:är|er"
    r"|is|are|sind|sono|ole) (?:brådskande|hastende|akutte|urgent|dringend|urgenti|kiireellisiä)"
    r"|\b(?:noget|noe|något|noko|saker|sager|ärenden),? (?:der|som) (?:ikke|ikkje|inte) kan"
    r" (?:vente|vänta)\b|\b(?:anything|something|matters?|questions?) (?:that|which) (?:can't"
    r"|cannot) wait\b"
    r"|\b(?:may|might|could|can) take (?:us |me )?(?:a few|a couple of|several|some|"
    + _SPAN
    + r") "
    + _UNITS
    + r" to (?:reply|respond|answer|get back)"
    # "If something really can't wait", "Hvis det ikke kan vente"
    r"|\bif (?:something|anything|it|your (?:matter|question|enquiry)) (?:really |truly )?"
    r"(?:can't|cannot|can not) wait\b|\bhvis det (?:ikke|ikkje) kan vente\b"
    r"|\bom det inte kan vänta\b|\bwenn es nicht warten kann\b|\bse non può aspettare\b"
    # no quick reply to count on: "så ikkje rekn med raskt svar", "don't expect a quick reply"
    r"|\b(?:(?:ikke|ikkje|inte) (?:regn|rekn|räkna|regne)|(?:regn|rekn|räkna|regne) (?:ikke"
    r"|ikkje|inte)) med (?:et |eit |ett )?(?:raskt|rask|hurtigt|hurtig|snabbt|snabb|kjapt) svar\b"
    r"|\b(?:don't|do not) expect (?:a |an )?(?:quick|fast|prompt|immediate|speedy) (?:reply"
    r"|response|answer)\b|\berwarten sie (?:\w+ )?keine (?:schnelle|rasche|sofortige) antwort\b"
    r"|\bnon (?:aspettarti|aspettatevi|si aspetti) una risposta (?:rapida|immediata|veloce)\b"
    r"|\bälä odota nopeaa vastausta\b"
    # in my absence
    r"|i mitt? fravær|under min frånvaro|während meiner abwesenheit|durante la mia assenza"
    r"|in my absence|poissaoloni aikana"
    r"|(?:ved|i) (?:hastende|akutte|presserende) (?:sager|henvendelser)"
    r"|bliver ikke videresendt|(?:har )?ikke tilgang til e-?post|leser ikke e-?post"
    r"|les ikkje e-?post|(?:ved|i) (?:hastesaker|hastende saker)|blir ikke videresendt"
    r"|vert ikkje vidaresend(?:t|e)\b|läser inte (?:min |mina |den här |denna )?(?:e-?post|mejl)"
    r"|(?:vid|i) brådskande (?:ärenden|fall)|vidarebefordras inte"
    r"|ingen tillgång till (?:e-?post|mejl)"
    # "har begränsad möjlighet att läsa e-post", "begrenset tilgang til e-post"
    r"|begränsad (?:möjlighet att läsa|tillgång till) (?:min |mina )?(?:e-?post|mejl)"
    r"|begrænset (?:mulighed for at læse|adgang til) (?:mine |min )?(?:e-?mails?|mails?|e-?post)"
    r"|begrens(?:et|a) (?:mulighet til å lese|moglegheit til å lese|tilgang til) (?:e-?post"
    r"|e-?mail)|rajoitetusti (?:\w+ )?sähköpost\w*|sähköpost\w* (?:vain )?rajoitetusti"
    r"|en(?:kä)? lue sähköpost\w*|kiireellisissä asioissa"
    r"|ei välitetä eteenpäin|(?:in )?dringenden fällen|(?:wird|werden) (?:auch )?nicht"
    r" weitergeleitet"
    # the verb before its subject: "Under tiden läser jag inte min e-post"
    r"|(?:läser|leser|læser|les) (?:jag|jeg|eg) (?:ikke|ikkje|inte) (?:min |mi |mine )?(?:e-?post"
    r"|mejl|mails?|e-?mails?|innboks\w*|indbakke\w*|inkorg\w*)"
    # the object first: "Mails lese ich in dieser Zeit nicht", "Mails læser jeg ikke"
    r"|(?:e-?mails?|mails|nachrichten) lese ich (?:\w+ ){0,4}nicht"
    r"|(?:e-?mails?|mails|mejl|e-?post) (?:læser|leser|les|läser) (?:jeg|jag|eg) (?:\w+ ){0,4}"
    r"(?:ikke|ikkje|inte)"
    r"|(?:keinen|eingeschränkten) zugriff auf (?:meine )?e-?mails"
    r"|(?:per|in caso di) urgenze|accesso limitato alla posta|non (?:leggo|controllo|leggiamo"
    r"|controlliamo) la posta"
    # "In dieser Zeit lesen wir keine Mails", "und lese in dieser Zeit keine Mails"
    r"|\b(?:lese|lese ich|lesen wir|wir lesen) (?:\w+ ){0,3}keine (?:e-?mails|mails|nachrichten)\b"
    # access only now and then: "har bara sporadisk tillgång till mejlen"
    r"|\b(?:sporadisk|sporadic|occasional|sporadischen|sporadico) (?:tillgång|tilgang|adgang"
    r"|access|zugriff|accesso) (?:till?|to|auf|a|alla) (?:min |mina |my |meine )?(?:e-?post\w*"
    r"|mejl\w*|mail\w*|e-?mails?|posta|internet)"
    r"|non (?:sarà|verrà) inoltrat[ao]|non (?:vengono|verranno|saranno) inoltrat[ie]"
    r"|non ho accesso (?:a questa|alla|alle) (?:casella|posta|e-?mail)"
    # "I won't be reading this inbox myself", "kommer inte att läsa min mejl"
    r"|(?:won't be|will not be|shan't be|\bnot)\s(?:\w+\s)?(?:reading|checking|monitoring"
    r"|answering|keeping up with) (?:(?:this|my|the) )?(?:inbox|e-?mails?|mailbox|mail)\b"
    r"|kommer (?:inte|ikke|ikkje) (?:att |til å |til at )?(?:läsa|lese|læse|sjekke|tjekke"
    r"|kolla) (?:min |mine |mi |denne |den här )?(?:inkorg|innboks|indbakke|mejl|e-?post"
    r"|mails?|e-?mails?)"
    r"|werde (?:\w+ ){0,2}(?:meine |diese |keine )?(?:e-?mails|nachrichten) (?:\w+ )?nicht"
    r" (?:lesen|abrufen)|non leggerò (?:la posta|le e-?mail|i messaggi))"
    # the inbox read seldom, named first: in the passive ("Den här inkorgen läses ... oftast
    # en gång i veckan", "la posta viene controllata solo di rado"), or with its reader after
    # the verb ("Innboksen leser jeg bare på fredager", "questa casella la guardo solo il
    # venerdì", "Sähköpostit luen vain perjantaisin")
    r"|\b(?:innboks\w*|indbakke\w*|inkorg\w*|inbox|postkass\w*|brevlåda\w*|e-?post\w*"
    r"|mejl\w*|(?:e-?)?mail\w*|postfach|casella|posta|postilaatikko\w*"
    r"|sähköpost\w*|nachrichten|messaggi|meldinger|meddelanden|beskeder|viestit)\s(?:\w+\s){0,5}?"
    r"(?:läses|leses|læses"
    r"|lesast|is read|is checked|wird gelesen|viene (?:lett|controllat|guardat|apert)[ao]"
    r"|(?:gets|is|are|get) (?:only )?(?:looked at|checked|read|opened|seen to)"
    r"|luetaan|sjekkes|tjekkes|kontrolleres|kollas|kontrolleras|checkas|gås igenom"
    r"|(?<=\band )(?:checked|read|monitored)"
    r"|(?:vert|blir|bliver) (?:\w+ ){0,2}?(?:lesen|lest|læst|lesne|kigget|kikket|sjekket|tjekket"
    r"|checket|gennemgået|gjennomgått|gått gjennom)"
    r"|(?:leser|læser|les|läser|sjekker|tjekker|kollar|kikker|kigger|tittar|lese|schaue|prüfe"
    r"|checke|read|check) (?:jeg|jag|eg|ich|i)|(?:schauen|lesen|prüfen|checken|öffnen|leser"
    r"|læser|läser|sjekker|tjekker|kollar) (?:wir|vi)"
    r"|(?:la|le|lo|li) (?:leggo|guardo|controllo|apro)|luen|katson|tarkistan|käyn läpi)\b"
    + _IN_SENTENCE
    + r"{0,60}?\b"
    + _SELDOM
    + r"\b"
    # ... or the verb and its reader first: "läser vi funktionsbrevlådan två gånger i
    # veckan", "Fram til då sjekkar vi e-posten berre ein gong i veka", "beantworte ich Mails
    # gerade nur dienstags"
    r"|\b(?:läser|leser|læser|les|sjekker|sjekkar|tjekker|kollar|kikker|kigger|tittar|lese"
    r"|lesen|schaue|prüfe|checke|beantworte|beantworten|bearbeite|bearbeiten|besvarer"
    r"|besvarar|svarer|svarar)\s(?:jeg|jag|eg|vi|ich|wir)\s(?:på\s)?(?:\w*brevlåd\w*"
    r"|\w*postkass\w*|innboks\w*|indbakke\w*|inkorg\w*|e-?post\w*|mejl\w*|(?:e-?)?mails?"
    r"|postfach)\b" + _IN_SENTENCE + r"{0,60}?\b" + _SELDOM + r"\b"
    # ... or no one's, the verb in the infinitive: "har varken täckning eller tid att läsa
    # mejl mer än någon gång i veckan", "time to check email only once a week"
    # (not one's own, "my email", nor "only today": a customer's late answer)
    r"|\b(?:att|to|til å|å|at|di) (?:läsa|kolla|lese|sjekke|læse|tjekke|read|check|leggere"
    r"|controllare) (?:the |la |le )?(?:mejl\w*|e-?post\w*|(?:e-?)?mails?|posta|inbox"
    r"|innboks\w*|indbakke\w*|inkorg\w*)\b"
    + _IN_SENTENCE
    + r"{0,40}?\b"
    + _SELDOM
    + r"\b"
    + _NOT_JUST_NOW
    + r"|\b(?:lukea|lukemaan|tarkistaa|tarkistamaan) sähköpost\w*"
    + _IN_SENTENCE
    + r"{0,40}?\b"
    + _SELDOM
    + r"\b"
    # ... "only" before the participle: "e-posten vert berre lesen på fredagar", "mails bliver
    # kun læst om mandagen"
    r"|\b(?:innboks\w*|indbakke\w*|e-?post\w*|(?:e-?)?mail\w*|meldinga[nr]\w*|meldinger\w*"
    r"|beskeder\w*)\s(?:\w+\s){0,3}?(?:vert|blir|bliver) (?:\w+ )?(?:berre|bare|kun|sjeldan|sjelden"
    r"|sjældent|berre sjeldan) (?:lesen|lest|læst|lesne|sjekka|sjekket|tjekket)\b"
    # until further notice: "Off sick with my back until further notice"
    r"|\buntil further notice\b|\bindtil videre\b|\binntil videre\b|\btills vidare\b"
    r"|\bbis auf weiteres\b|\bfino a nuovo avviso\b|\bfino a data da destinarsi\b"
    # ... "only" before the mail, then a day: "Jeg læser derfor kun mails om søndagen"
    r"|\b(?:læser|leser|läser|les|tjekker|sjekker|kollar|checke?|read|lese|leggo|luen)\b"
    r" (?:\w+ ){0,2}?(?:kun|bare|bara|berre|only|nur|solo|vain) (?:\w+ )?(?:mails?|e-?mails?"
    r"|e-?post|mejl\w*|innboks\w*|indbakke\w*|inkorg\w*|inbox|posta|sähköpost\w*) (?:om|på|i"
    r"|on|am|il|la|at) (?:\w+dag\w*|\w+day\w*|weekend\w*|helg\w*|aften\w*|kveld\w*"
    r"|kväll\w*|morgen\w*|mornings?|evenings?|nights?|abend\w*|sera|mattina|\w+tag\w*)\b"
    # ... "only" before the verb: "I only go through this inbox on Friday afternoons"
    r"|\bonly (?:go through|check|read|look at|look in|open|get to) (?:(?:this|my|the) )?"
    r"(?:inbox|e-?mails?|mail|mailbox)\b"
    # ... in other words, with this mailbox (a notice's, not "my" or "our"): "only sit down
    # with this inbox on Friday afternoons"
    r"|\bonly (?:\w+ ){1,3}?this (?:inbox|mailbox)\b"
    r"|\byou (?:won't|will not) hear (?:back )?from (?:me|us) (?:before|until)\b"
    # "so I won't see your message until then", "Jeg ser ikke din mail før"
    r"|\b(?:won't|will not|shan't) (?:see|read|get to|be reading|be able to read) (?:your|this)"
    r" (?:e-?mail|message|note)\b"
    r"|\b(?:ser|læser|leser|läser) (?:jeg |jag |eg |vi )?(?:ikke|ikkje|inte) (?:din|ditt|jeres"
    r"|dykkar|deres|er) (?:mail|e-?mail|mejl|besked|melding|meddelande|e-?post)\w* (?:før|förrän"
    r"|innan|inden)\b"
    # not read in the period: "Din mail bliver ikke læst i perioden"
    r"|\b(?:e-?post\w*|e-?mail\w*|mail\w*|mejl\w*|nachrichten|messaggi|viestit)"
    r" (?:bliver|blir|vert|kommer) (?:ikke|ikkje|inte) (?:att )?(?:læst|lest|lesen|läst|läsas)"
    r" (?:i perioden|i denne periode|i denne perioden|under perioden|i den perioden)\b"
    # ... the verb first: "I den periode bliver mails og beskeder ikke besvaret"
    r"|\b(?:bliver|blir|vert|kommer) (?:e-?mails?|mails?|e-?post|mejl|beskeder|meldinger"
    r"|meldingar|meddelanden|henvendelser|förfrågningar) (?:[\w-]+ ){0,4}?(?:ikke|ikkje|inte)"
    r" (?:att )?(?:besvaret|besvart|besvara|besvaras|læst|lest|lesne|läst|läsas)\b"
    # "Har din hund fået filtre ... og kan det ikke vente, så prøv ..."; "Er det noko som
    # hastar, kan du ringje"
    r"|\bkan det (?:ikke|ikkje) vente,? så\b|\bkan det inte vänta,? så\b"
    r"|\b(?:noko|noe|noget|något) som (?:hastar|haster|brådskar)\b"
    # no one to read it: "det er ingen som tar telefonen eller leser e-post i mellomtiden"
    r"|\bingen (?:som )?(?:\w+ ){0,3}?(?:leser|les|læser|läser) (?:e-?post|mails?|e-?mails?|mejl)"
    # ... in German, the participle last: "Mails werden nur einmal pro Woche gelesen"
    r"|\b(?:e-?mails?|mails|nachrichten|(?:das )?postfach|(?:der )?posteingang) (?:\w+ ){0,2}?"
    r"(?:werden|wird) (?:\w+ ){0,2}?(?:nur|selten|einmal|unregelmäßig|sporadisch)\b"
    + _IN_SENTENCE
    + r"{0,40}?\b(?:gelesen|abgerufen|geprüft|gesichtet|bearbeitet|beantwortet)\b"
    # mail read seldom, or only so: "vi går gjennom innboksen én gang i uka", "käyn
    # sähköpostit läpi vain perjantaisin", "working through my inbox only occasionally",
    # "kann E-Mails nur eingeschränkt lesen", "har inte möjlighet att läsa min mejl"
    r"|\b(?:går gjennom|går igennem|går igenom|käyn|working through|going through|check\w*"
    r"|sjekke[rs]?|tjekke[rs]?|kollas|kollar|read\w*|læser|læses|leser|leses|les|läser|läses"
    r"|lese|leggo|controllo|guardo|apro|schaue|luen|katson|tarkistan|kigger|kikker|tittar"
    r"|rispondo|rispondiamo"
    r"|luemme|katsomme|tarkistamme|käymme)\b" + _IN_SENTENCE + r"{0,20}?"
    r"\b(?:innboks\w*|indbakke\w*"
    r"|inkorg\w*|inbox|e-?mails?|mails?|e-?post\w*|mejl\w*|sähköpost\w*|posta|casella)\b"
    + _IN_SENTENCE
    + r"{0,40}?"
    r"\b(?:gang|gong|gång|kerran|once|occasionally|sporadically|intermittently|vain|bara|kun"
    r"|solo|soltanto|ogni tanto|di rado|raramente|saltuariamente|occasionalmente|nur|selten"
    r"|harvoin|satunnaisesti|sjældent"
    r"|sjelden|sällan"
    r"|seldom|rarely|varannan|annenhver|hver anden|every other"
    r"|bare|berre|only|på hverdage|på hverdager|på vardagar|på kvällarna|på kvällen|om kvällen"
    r"|om aftenen|på kveldene|in the evenings?|abends|la sera|iltaisin)\b"
    + _NOT_JUST_NOW
    # no time to look before a day: "hinner jag inte titta närmare på förrän i mars"
    + r"|\b(?:hinner|rekker|rekk|når|ehdi) (?:\w+ ){0,2}(?:inte|ikke|ikkje|en) (?:\w+ ){0,2}"
    r"(?:titta"
    r"|läsa|svara|se på|lese|svare|læse|vastata|lukea)\w*\b"
    + _IN_SENTENCE
    + r"{0,40}?\b(?:förrän|før|innan"
    r"|ennen|until)\b"
    r"|\b(?:e-?mails?|nachrichten) (?:\w+ ){0,3}eingeschränkt (?:lesen|abrufen|bearbeiten)"
    # barely at the computer: "kommen kaum an den Rechner"; emergencies: "Notfälle: 0171 ..."
    r"|\b(?:kaum|nicht|selten) dazu,? (?:\w+ ){0,2}(?:e-?mails|nachrichten|post) zu (?:lesen"
    r"|beantworten|bearbeiten)\b"
    r"|\b(?:kommen|komme|schaffen es|schaffe es) (?:\w+ )?(?:kaum|nicht|selten) an (?:den"
    r"|unseren|meinen) (?:schreibtisch|rechner"
    r"|computer|pc|laptop)|\bnotfälle\b|\bim notfall\b|\bin an emergency\b"
    r"|\bin case of (?:an )?emergency\b|\bi nødstilfælde\b|\bi nødstilfeller?\b|\bi nödfall\b"
    r"|\bhätätapauksessa\b|\bin caso di emergenza\b"
    r"|\b(?:schau\w*|guck\w*|seh\w*|les\w*) (?:\w+ ){0,3}(?:nur|selten|einmal|unregelmäßig)"
    r" (?:\w+ ){0,3}(?:ins|in das|in unser\w*|in dieses|in diesem) (?:e-?mail-?)?postfach\b"
    r"|\b(?:inte|ikke|ikkje|not|nicht|non|en) (?:\w+ )?(?:möjlighet|mulighet|mulighed|høve|able"
    r"|in der lage|possibilità|pysty\w*) (?:\w+ ){0,2}(?:att |å |at |to |zu |di )?(?:läsa|lese"
    r"|læse|read|lesen|leggere|lukea) (?:\w+ )?(?:mejl|e-?post|mail|e-?mails?|posta|sähköpost)"
    # mail read only later: "E-post vert ikkje lesen før eg er tilbake"
    # ("Le e-mail ricevute in questo periodo saranno lette a partire dal 7 gennaio")
    r"|\b(?:e-?post\w*|e-?mails?|mails?|mailen|mejl\w*|nachrichten|messaggi|viestit|e-?mail \w+)"
    r" (?:\w+,? ){0,6}?(?:vert|blir|bliver|wird|werden|will|verranno|saranno|vil) (?:ikkje |ikke"
    r" |inte |nicht "
    r"|not )?(?:be )?(?:lesen|lest|læst|läst|lästa|gelesen|letti|lette|evase|evasi|gestite"
    r"|read) (?:\w+ ){0,2}?(?:før"
    r"|innan|inden|bevor|until|after|etter|efter|nach|al|dopo|on|from|a partire)\b"
    r"|\b(?:før|innan|inden|before|bevor) (?:du|you|sie) (?:får|gets?|receive|erhalten)"
    r" (?:et |a |an |eine )?(?:svar|reply|response|antwort)"
    # "der kan gå op til to uger, før du hører fra os"
    r"|\b(?:før|innan|inden|before|bevor) (?:du|you|sie) (?:hører fra (?:os|oss)|høyrer frå oss"
    r"|hör(?:s)? av (?:oss|os)|hear (?:back )?from (?:us|me)|(?:hörst|hören) (?:\w+ )?von uns"
    r"|von uns (?:hörst|hören))"
    # ... in the passive: "Sähköposteihin vastataan lomien jälkeen"
    # ... or the mail first in the active: "sähköposteihin vastaamme vasta 22.7. alkaen"
    r"|\b(?:sähköposteihin|viesteihin|sähköpostiin) (?:vastataan|vastaamme|vastaan) (?:\w+ )?"
    r"(?:jälkeen|kun|palattua\w*"
    r"|vasta)\b"
    # ... and in the active, mine or ours: "Vastaamme viesteihin lomien jälkeen"
    r"|\bvastaa(?:n|mme) (?:kaikkiin )?(?:viestiisi|viesteihin|sähköpostiisi|sähköposteihin|niihin"
    r"|sinulle)\b" + _IN_SENTENCE + r"{0,40}?"
    r"\b(?:viimeistään|seuraavana|kun|palattuani|palattuamme|heti|ensi viikolla|\w+kuun|maanantaina"
    r"|tiistaina|keskiviikkona|torstaina|perjantaina|lauantaina|sunnuntaina"
    r"|(?:loman|lomien|lomamme|lomani|tauon|messujen|juhlapyhien) jälkeen)"
    # neither read nor forwarded: "E-posten din vert verken lesen eller vidaresend"
    r"|\b(?:werden|wird|will be|are|is|vert|blir|bliver|kommer att) (?:\w+ ){0,3}?(?:weder"
    r"|neither|verken|hverken|varken) (?:att )?(?:zugestellt|delivered|gelesen|read|bearbeitet"
    r"|beantwortet|answered|lesen|lest|læst|läst|läsas|besvart|besvaret|besvarad|besvaras)"
    r" (?:noch|nor|eller) (?:weitergeleitet|forwarded|beantwortet|answered|bearbeitet|gelesen"
    r"|read|vidaresend\w*|videresend\w*|vidarebefordra\w*|besvart|besvaret|besvarad|besvaras"
    r"|lest|læst|läst)\b"
    # your message handled only afterwards: "Ihre Nachricht wird erst danach bearbeitet",
    # "ditt mejl besvaras först efter den 14:e", "your message will only be read after"
    r"|\b(?:ihre|deine|eure) (?:nachricht|anfrage|e-?mail|mail)\w* (?:wird|werden) (?:\w+ ){0,2}?"
    r"erst (?:\w+ ){0,3}?(?:bearbeitet|beantwortet|gelesen)\b"
    # (the possessive before the mail or, in Norwegian, after it: "meldingen din")
    r"|\b(?:(?:din|ditt|dit|di) (?:e-?post|e-?mail|mail|mejl|melding|besked|henvendelse"
    r"|meddelande|ärende)\w*|(?:e-?posten|meldingen|meldinga|mailen|mejlet|henvendelsen"
    r"|beskeden) (?:din|di|ditt)) (?:(?:blir|bliver|vert|vil bli|vil blive|kommer att bli)"
    r" (?:\w+ )?(?:først|fyrst|först) (?:lest|læst|läst|lesen|besvart|besvaret|besvarad"
    r"|behandlet|behandla|behandlad)|(?:besvaras|läses|behandlas) (?:\w+ )?först)\b"
    r"|\byour (?:message|e-?mail|enquiry|request) will (?:only )?be (?:read|answered|dealt with"
    r"|handled|processed) (?:only )?(?:after|afterwards|on my return|when)\b"
    r"|\bil (?:tuo|suo) messaggio (?:sarà|verrà) (?:lett|gestit|elaborat)o (?:solo )?(?:dopo|al"
    r"|a partire)\b"
    # matters sent on to another address: "Beställningar och frågor ... skickas till lab@..."
    r"|\b(?:skickas|sendes|sendas|sendast|bedes sendt|should be sent|please send|richten sie"
    r"|skickar du|sender du|sendar du"
    r"|inviate|lähetetään) (?:\w+ ){0,2}(?:till?|to|an|a|osoitteeseen) [\w.+-]+@[\w-]+\.\w"
    # whom to turn to in a hurry
    r"|\b(?:don't|do not|can't|cannot) get to (?:my )?e-?mails? until"
    r"|\b(?:reading|read|check\w*|answer\w*|reply to|replying to|respond\w* to) (?:my |all )?"
    r"e-?mails? (?:again )?(?:from|after|on|next) (?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|week|the \d|\d)"
    r"|riprender\w* a leggere la posta|\bresume reading (?:my )?e-?mails?"
    # booked appointments moved or cancelled: "Aftalte stemninger bliver flyttet", "bereits
    # vereinbarte Termine werden verschoben", "booked lessons will be rescheduled"
    # (not one's own: "mine aftalte behandlinger bliver flyttet hele tiden")
    r"|(?<!\bmine )(?<!\bmina )(?<!\bmy )(?<!\bmeine )(?<!\bminun )(?<!\bmiei )(?<!\bmie )"
    r"(?<!\bvåre )(?<!\bvores )(?<!\bour )"
    r"\b(?:aftalte|avtalte|avtalade|bokade|inbokade|bookede|booked|scheduled|vereinbarte"
    r"|gebuchte|sovitut|varatut) (?:\w+ ){1,2}?(?:(?:bliver|blir|vert|vil bli|vil blive|will be"
    r"|are being|werden) (?:\w+ )?(?:flyttet|flytta|aflyst|avlyst|avlyste|utsatt|rykket|moved"
    r"|rescheduled|cancell?ed|postponed|verschoben|abgesagt|verlegt)|flyttas|ställs in|bokas om"
    r"|siirretään|perutaan)\b"
    r"|\b(?:appuntamenti|lezioni|visite|sedute) (?:già )?(?:fissat|prenotat|programmat)[ie]"
    r" (?:saranno|verranno|vengono) (?:spostat|rinviat|annullat)[ie]"
    # the time to answer stated: "svarstiden är upp till 3 arbetsdagar" (a customer may
    # quote it back, so a cue, not enough alone)
    r"|\b(?:svarstid|svartid|response time|antwortzeit|bearbeitungszeit|tempi di risposta"
    r"|tempo di risposta|vastausaika)\w*\b"
    + _IN_SENTENCE
    + r"{0,30}?\b(?:\d{1,2}|one|two|three|four"
    r"|five|en|to|tre|fire|fem|två|fyra|zwei|drei|vier|fünf|due|tre|cinque) (?:working |business"
    r" )?(?:days|hours|hverdage|virkedager|arbetsdagar|vardagar|werktage|arbeitstage|giorni"
    r"|ore|arkipäivää|työpäivää)"
    r"|\b(?:replies|responses|answers)(?: to [\w ]{1,20}?)? (?:may|might|can|could|will) take"
    r" (?:until|till)\b"
    # the wait for an answer, the answer its subject: "så svar kan ta opptil en uke",
    # "replies may take up to ten days", "la risposta può richiedere fino a una settimana"
    r"|\b(?:svar|svaret|svare|replies|reply|responses?|answers?|antwort\w*|risposta|risposte"
    r"|vastaus|vastauksen|vastauksia) (?:kan|may|might|can|could|kann|können|può|possono|voi"
    r"|saattaa) (?:\w+ )?(?:ta|tage|dröja|take|dauern|richiedere|kestää|viedä|vare|vara)\b"
    + _IN_SENTENCE
    + r"{0,20}?(?:"
    + _SPAN
    + r")?\s?"
    + _UNITS
    + r"\b"
    # ... the verb last: "eine Antwort kann bis zu einer Woche dauern", "wenn unsere Antwort
    # ein paar Tage dauert"
    r"|\bantwort\w* (?:(?:kann|können|wird) )?(?:\w+ ){0,3}?(?:ein paar|einige|wenige|"
    + _SPAN
    + r")\s"
    + _UNITS
    + r" (?:\w+ )?dauer\w*"
    r"|\bbei dringende[mn]? (?:\w+ )?(?:behandlungsbedarf|bedarf|problemen|fällen|sachen)\b"
    # not handled meanwhile: "In dieser Zeit werden E-Mails nicht bearbeitet"
    r"|\b(?:in dieser zeit|während dieser zeit|währenddessen|in der zeit) werden (?:e-?mails"
    r"|nachrichten|anfragen) nicht (?:bearbeitet|gelesen|beantwortet|weitergeleitet)\b"
    # answered only from a day: "kommen erst ab dem 20. März wieder dazu, Ihre Nachricht zu
    # beantworten"
    r"|\berst (?:ab|nach|am) (?:dem |den )?(?:\d{1,2}\.\s?(?:\d{1,2}\.|\w+)|\w+)"
    + _IN_SENTENCE
    + r"{0,50}?"
    r"\b(?:beantwort|antwort|lesen|bearbeit)\w*"
    r"|\b(?:beantworte|lese|bearbeite|beantworten|lesen|bearbeiten) (?:ich|wir) (?:\w+ ){0,2}?erst"
    r" (?:ab|nach|am)\b"
    r"|\bfor anything urgent|\bbei dringenden (?:\w+ )?(?:anfragen|angelegenheiten|fragen"
    r"|anliegen)|\b(?:per|in) (?:\w+ ){1,2}urgenti\b"
    r"|\bi (?:akutte|hastende) (?:tilfælde|sager|tilfeller|saker)|\bjos asia ei voi odottaa"
    # mail read or answered on the return: "leggerò la posta al mio rientro", "I won't see
    # your message until I'm back", "Nach meiner Rückkehr beantworte ich", "vastaan
    # palattuani" (an away customer orders, reads or answers nothing on the return)
    r"|\b(?:" + _MAIL_VERB + r")\w*\b" + _IN_SENTENCE + r"{0,60}?\b(?:" + _ON_RETURN + r")"
    r"|\b(?:" + _ON_RETURN + r")\b" + _IN_SENTENCE + r"{0,60}?\b(?:" + _MAIL_VERB + r")",
    re.IGNORECASE,
)
# A month, named or cut short, in the six languages and English.
_MONTH = (
    r"(?:januar[iy]?|january|gennaio|februar[iy]?|february|febbraio|mars|marts|march|märz|marzo"
    r"|april|aprile|maj|mai|may|maggio|jun[ie]|giugno|jul[iy]|luglio|august[i]?|agosto"
    r"|september|settembre|oktober|october|ottobre|november|novembre|december|desember"
    r"|dezember|dicembre|(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras"
    r"|joulu)kuu\w*|(?:jan|feb|mar|apr|aug|sep|sept|okt|oct|nov|dec|des|dez)\.)(?!\w)"
)
# Saying one is away ("I am on holiday", "Jeg er på ferie", "Ich bin im Urlaub") is a cue
# too, but never enough alone: customers say it ("I'm away until Monday, will order then").
_AWAY_STATEMENT = re.compile(
    r"\b(?:(?:jeg|eg) er (?:syge?meldt|sykmeldt|sjukmeld)|jag är sjukskriven|olen sairauslomalla"
    r"|ich bin krankgeschrieben|sono in malattia|i am on sick leave"
    r"|i(?: am|'m) (?:currently |now )?off sick"
    r"|(?:jeg|eg) (?:er|sitter) på kurs|ich bin auf (?:einer )?(?:schulung|fortbildung|messe))"
    r"|\bwill be (?:out of (?:the )?office|away from (?:the )?office)"
    r"|\b(?:i am|i'm|i will be|we are|we're|we will be) (?:currently )?(?:out of (?:the )?office"
    r"|on (?:holiday|vacation"
    r"|leave)|away)|(?:jeg|eg) er (?:på (?:ferie|barsel)|fraværende|ute av kontoret"
    r"|ikke på kontoret|ikkje på kontoret)|jag (?:är (?:ledig|på semester|frånvarande"
    r"|inte på kontoret|tjänstledig|föräldraledig)|har semester)|ich bin (?:im urlaub"
    r"|nicht im büro|abwesend|au(?:ß|ss)er haus)|sono (?:fuori (?:ufficio|sede)|in ferie"
    r"|in vacanza|assente)|olen (?:lomalla|poissa)"
    r"|\b(?:on|ovat|olemme) (?:kesä|joulu|talvi)?lomalla"
    r"|\b(?:olen|on|ovat|olemme) (?:kesä|joulu|talvi|loma|syys|kevät)tauolla\b"
    # on a trip of work or study, or back on a day
    r"|\b(?:jeg|eg|jag|vi) (?:er|är) på (?:feltarbeid|feltarbejde|fältarbete|tjenestereise"
    r"|kurs|fortbildning|vidareutbildning|utbildning|efteruddannelse|videreuddannelse"
    r"|videreutdanning|etterutdanning|vidareutdanning"
    r"|tjenesterejse|tjänsteresa|konferanse|konference|konferens|\w*messen?|\w*mässan?"
    r"|\w*messa|lägerskola"
    r"|leirskule|leirskole|lejrskole|studietur|studieresa)"
    r"|\bi(?: am|'m) (?:on|at) (?:fieldwork|a conference|a trade fair|a school trip|a field"
    r" (?:course|trip)|a study trip|a course|assignment|tour|location|an expedition)"
    r"|\b(?:is|are|we're|i'm) (?:\w+ ){0,2}?at (?:the |a |an )?(?:[\w-]+ ){0,3}(?:fair|trade show"
    r"|expo|exhibition)\b"
    r"|\bout of (?:signal|range|coverage|mobile coverage)\b"
    r"|\b(?:inbox|e-?mails?|mail) (?:is going to|will|is bound to) pile up\b"
    # out of reach: "with very patchy signal", "nur eingeschränkt erreichbar", "dårlig dekning"
    r"|\b(?:patchy|limited|no|poor|little|intermittent|unreliable) (?:mobile |phone )?(?:signal"
    r"|reception|coverage|internet|wi-?fi)\b|\b(?:dårlig|dårleg|begrenset|begrænset|ingen|dålig"
    r"|begränsad|svag|ustabil) (?:mobil)?(?:dekning|täckning|dækning|internett?|nett|signal)\b"
    r"|\b(?:ei|eikä) (?:\w+ )?ole (?:kenttää|verkkoa|nettiä|yhteyttä)\b"
    r"|\b(?:verken|hverken|varken) (?:mobil)?(?:dekning|dækning|täckning|nett|internett?|signal)"
    # on leave, between seasons
    r"|\bsono in congedo\b|\bin congedo (?:di"
    r" )?(?:maternità|paternità|parentale)\b|\b(?:we're|we are) (?:\w+ )?between seasons\b"
    r"|\bmellom sesong(?:ene|ane)\b|\bmellan säsongerna\b|\bzwischen (?:den |zwei )?staffeln\b"
    r"|\b(?:eingeschränkt|kaum) erreichbar\b|\b(?:kein(?:en)?|schlechte[nm]?)"
    r" (?:handy)?(?:empfang|netz)\b|\b(?:copertura|connessione|campo) (?:limitata|scarsa"
    r"|assente)\b|\b(?:huono|heikko|ei) (?:kenttä|kenttää|verkkoyhteys|yhteys)\b"
    r"|\bon (?:research|study|sabbatical|parental|sick|annual|maternity|paternity) leave\b"
    r"|\b(?:i am|i'm) taking (?:a|my) (?:sabbatical|career break|leave of absence)"
    r"|\bon (?:a )?sabbatical\b|\bim sabbatical\b|\bin (?:anno )?sabbatico\b"
    r"|\b(?:har|holder|tar) (?:et |ett )?sabbatsår\b|\bsapattivapaalla\b"
    r"|\bich bin (?:\w+ ){0,4}auf (?:der |einer )?(?:dienstreise|\w*messe)"
    r"|\b(?:wir sind|ich bin|sind wir|bin ich) (?:\w+ ){0,3}auf montage\b"
    # "präsentieren wir unsere Weine auf der Fachmesse in Düsseldorf"
    r"|\b(?:wir|ich)\b" + _IN_SENTENCE + r"{0,60}?\bauf (?:der|einer) \w*messe\b"
    r"|\bbin ich (?:\w+ ){0,4}auf (?:der |einer )?(?:dienstreise|\w*messe)"
    r"|sono in trasferta|\b(?:sono|siamo|sarò|saremo) (?:\w+ )?(?:in|alla|a una|ad una) fiera\b"
    r"|olen (?:työmatkalla|messuilla|kenttätöissä|leirikoulussa|koulutuksessa|kurssilla"
    r"|konferenssissa|matkoilla|matkalla)"
    r"|\b(?:sono|siamo) in viaggio\b|\b(?:ich bin|wir sind) (?:\w+ )?(?:auf reisen|verreist)\b"
    r"|\b(?:jeg|eg) er (?:på reise|bortreist|på farten)\b|\bjag är (?:på resa|bortrest)\b"
    r"|\bjeg er (?:på rejse|bortrejst)\b|\bi(?: am|'m) (?:currently )?travell?ing\b"
    r"|\bi(?:'ll| will) be back (?:in|on|at|from)\b"
    r"|\b(?:jeg|eg|vi) er tilbake|\b(?:jeg|vi) er tilbage|\b(?:jag|vi) är tillbaka"
    r"|\bbin ich (?:\w+ ){0,3}wieder"
    r" (?:im büro|da|erreichbar)|\bi(?: am|'m|'ll be| will be) back (?:in the office|on)"
    r"|sarò di nuovo in ufficio|\bolen takaisin"
    # patience asked: "hab bitte ein bisschen Geduld", "thank you for your patience"
    r"|\bhab(?:t)? bitte (?:\w+ ){0,2}geduld|\bbitte haben sie (?:\w+ )?(?:geduld|verständnis)"
    r"|\b(?:thank you|thanks) for your patience|\bplease be patient|\bplease bear with (?:us|me)\b"
    r"|\b(?:ha|hav|har) (?:lite |litt |lidt )?(?:tålamod|tålmodighet|tålmodighed)"
    r"|\babbi(?:ate)? (?:un po' di )?pazienza|\bkiitos kärsivällisyyde\w*"
    r"|\b(?:holder|holdes|har) (?:sommer|jule|vinter|påske|efterårs|høst)ferie\b"
    r"|\b(?:fra|från|from|von|dal|da) "
    + _MONTH
    + r" (?:til|till|to|until|bis|al|a) "
    + _MONTH
    + r"|\buntil at least (?:\w+day )?\d"
    # ... or of days: "frå 1.7. til 21.7.", "vom 3.8. bis 17.8."
    r"|\b(?:fra|frå|från|from|von|vom|dal|dall'|da) \d{1,2}\.\d{1,2}\.?(?:\d{2,4})?\s?(?:[-\u2013]"
    r"|til|till|to|until|bis|zum|al|a)\s?\d{1,2}\.\d{1,2}\b"
    # ... or of days in a month: "Dal 6 al 10 novembre", "vom 6. bis 10. November"
    r"|\b(?:fra|frå|från|from|von|vom|dal|dall'|da) \d{1,2}\.? (?:til|till|to|until|bis|zum|al"
    r"|a) \d{1,2}\.? ?"
    + _MONTH
    # a time it lasts until: "... fram till mitten av september", "until 3 August", "15.7.
    # asti" (never enough with another of these: "I'm away until Monday" is a customer's too)
    + r"|\b(?:fram till|fram tills|till och med|tills|indtil|frem til|fram til|til og med|until"
    r"|till|bis"
    r"|fino al?|fino alla)\s(?:(?:mitten|midten|midt|slutet|slutten|utgangen|udgangen|ende|enden"
    r"|början|begyndelsen|starten|mitte|anfang|ende|metà|fine|inizio|mid|the end|the middle"
    r"|the start|av|af|of|i|di|zum|des|den|dem|the|il|le|voraussichtlich|etwa|ungefähr|ca\."
    r"|circa|cirka|omkring|ungefär|approximately|around|about|noin|einschließlich|einschl\."
    r"|inkl\.|inklusive|including|incluso"
    # ... a weekday before the date: "until Monday 4 November", "bis Montag, 4. November"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|(?:man|tirs|ons|tors|fre|lør|søn)dag(?:en)?"
    r"|(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|(?:mon|diens|donners|frei|sams|sonn)tag,?"
    r"|mittwoch,?|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\s){0,3}"
    r"(?:\d{1,2}[./]|\d{1,2}\.?\s?"
    + _MONTH
    + r"|"
    + _MONTH
    + r"|(?:uke|uge|vecka|woche|week|kw)\s?\d)"
    r"|\b\d{1,2}\.\d{1,2}\.(?:\d{2,4})?\s(?:asti|saakka)\b"
    # in the midst of the harvest: "Vi er midt i vinhøsten", "Siamo in piena vendemmia"
    r"|\b(?:midt i|mitt i|mitten av|mitten in der|in the middle of|in the midst of|in piena"
    r"|keskellä) (?:the )?(?:\w*høsten|\w*skörden|\w*lese|\w*ernte|harvest|vendemmia"
    r"|raccolta|sadonkorjuu\w*)\b"
    # busy from morning to night: "står i honningrummet fra morgen til aften"
    r"|\bfra morgen til (?:aften|kveld)\b|\bfrån morgon till kväll\b|\bfrom morning (?:till"
    r"|to|until) night\b|\bvon früh bis spät\b|\bdall'alba al tramonto\b|\baamusta iltaan\b"
    r"|\bfra solopgang til (?:solnedgang|mørkets frembrud)\b|\bfrom dawn (?:till|to) dusk\b"
    r"|^\W*off sick\b|^\W*(?:er |är )?(?:syge?meldt|sykmeldt|sjukmeldt?|sjukskriven)\b"
    # an office unstaffed: "Under vintern är kansliet obemannat"
    r"|\b(?:obemann\w+|ubemann\w+|ubemand\w+|unbesetzt|nicht besetzt|non presidiat[oa]"
    r"|unstaffed|unmanned|miehittämätön)\b"
    # an artist's residency: "sono in residenza d'artista", "I'm on a residency"
    r"|\b(?:i(?: am|'m) on (?:an? )?(?:artist(?:'s)? )?residency|sono in residenza"
    r"|(?:jeg|eg|jag) (?:er|är) på (?:kunstner|konstnärs)?residens"
    r"|ich bin (?:\w+ ){0,3}(?:in|auf) (?:einer )?(?:künstler)?residenz"
    r"|olen (?:taiteilija)?residenssissä)\b"
    # retired
    r"|in den ruhestand (?:getreten|gegangen)|\b(?:have|has) retired\b|gått i pension"
    r"|gått av med pensjon|gået på pension|jäänyt eläkkeelle|andat[oa] in pensione",
    re.IGNORECASE,
)
OUT_OF_OFFICE_CUES = 2  # one of them _OUT_OF_OFFICE's
# A notice in a line or two: away, and a day or a week ("Ferie t.o.m. uke 32.", "Holder
# ferie. Tilbage mandag d. 12/8.", "Away until 14.8."), with no question and nothing of an
# order: "På ferie til 12/8, bestiller bagefter" is a customer's.
TERSE_CHARS = 80
_TERSE_AWAY = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:\w*ferie\w*|semester\w*|\w*loma\w*|\w*urlaub\w*|vacation|holiday"
    r"|vacanz\w*|fravær\w*|frånvar\w*|poissa\w*|abwesend|away|out of (?:the )?office"
    r"|on leave)\b",
    re.IGNORECASE,
)
# ... and not when the line takes the item: "På ferie til 12/8, tar den da." Taking time off
# is a notice's: "Tar ferie til 12/8".
_TERSE_CUSTOMER = re.compile(
    r"\b(?:tar|tager|tek|take|nehme|prendo|otan)\b(?! (?:\w+ )?(?:\w*ferie\w*|fri|semester|ledigt"
    r"|permisjon|orlov|urlaub|\w*loma\w*|holiday|vacation|time off|a break|leave|off)\b)",
    re.IGNORECASE,
)
_A_DAY = re.compile(
    r"\d{1,2}[./]\d{1,2}|\b(?:uke|veke|uge|vecka|week|viikko|viikolla|kw|woche)\s*\d{1,2}\b"
    r"|\d{1,2}\.? ?(?:jan|feb|mar|apr|maj|mai|may|jun|jul|aug|sep|okt|oct|nov|dec|des)",
    re.IGNORECASE,
)
# A basket, in a compound too ("Warenkorb", "varukorgen", "indkøbskurven", "julkorgar").
_BASKET = r"korb\b|(?<!in)korg|kurv|basket|\bcarts?\b|carrell|ostoskor|\bkori(?:ssa|in|sta|a|n)?\b"
# The shopping basket and the reminder the customer answers, which an auto-reply knows
# nothing of ("Tack för påminnelsen", "Danke fürs Aufheben des Warenkorbs", "Koriin
# jääneet tuotteet"); not the gift baskets a farm shop sells ("julkorgar", "julekurve").
_THE_BASKET = re.compile(
    r"\b(?:\w*varukorg\w*|korg(?:en|a)|handlekurv\w*|handlekorg\w*|handlevogn\w*|indkøbskurv\w*"
    r"|kurv(?:en)?|\w*warenkorb\w*|einkaufs(?:korb|wagen)\w*|(?:my|your|the|our) (?:shopping )?"
    r"(?:basket|cart|bag)|carrello|ostoskor\w*|kori(?:ssa|in|sta|a|n|ni|ssani)?"
    r"|(?:the|your) reminder|påminnelsen|påmindelsen|påminninga|påminnelse(?:n)? om"
    r"|(?:die|ihre|deine|eure) erinnerung|(?:il|vostro|tuo) promemoria|muistutukse\w*)\b",
    re.IGNORECASE,
)
# Something of an order or the basket: an auto-reply does not know what it answers.
_AN_ORDER = re.compile(
    r"\b(?:bestil|beställ|bestell|order|ordre|ordin|tilaa|tilaan|tilas|køb|kjøp|köp|kauf|buy|bought"
    r"|compr(?!es|en)|ost[ai])(?<!\bordin(?=e di arrivo))|" + _BASKET,
    re.IGNORECASE,
)
# The shop's own site, shop or reminder, spoken of to the shop: a customer's words.
_ABOUT_THE_SHOP = re.compile(
    r"\b(?:your|ihre[rnm]?|eure[rnm]?|jeres|deres|dere|er|din|dit|ditt|teidän|vostr[oaie]|su[oa])"
    r" (?:\w+ )?(?:site|website|webshop|online ?shop|shop|store|seite|webseite|side|sida|hemsida"
    r"|hjemmeside|nettside|nettbutikk|nettbutik|webbutik|butik|butikk|sivu\w*|kauppa|verkkokauppa"
    r"|negozio|sito|reminder|erinnerung\w*|påmindelse|påminnelse|muistutu\w*|promemoria)\b",
    re.IGNORECASE,
)
# Of the words' evidence (kurv.replies.word_evidence), the share that makes an auto-reply
# where no rule does; and only of words that ask nothing and name nothing of an order.
AUTO_EVIDENT = 0.99
# What only a customer says of the shop (_by_the_words).
VERDICTS = frozenset(reason.value for reason in (reasons.Reason.PRICE, reasons.Reason.CHANGED_MIND))
# ... and only of a notice's shape: one that points somewhere (a number, an address, a link,
# hours) or says enough (NOTICE_WORDS). "Kiitos viestistä, palaan asiaan myöhemmin" is a
# customer's, however its words lean.
NOTICE_WORDS = 20
_POINTS_SOMEWHERE = re.compile(
    r"(?:\+\d{2}\s?)?(?:\d[\s-]?){7,}|[\w.+-]+@[\w-]+\.\w+|https?://|www\.|\b\d{1,2}[.:]\d{2}\b"
    r"|\bkl\.? ?\d|\b\d{1,2}\s?[-\u2013]\s?\d{1,2}\b",
    re.IGNORECASE,
)
# A phrase in quotation marks is quoted from elsewhere ("I got a mail saying 'do not reply'").
_NOT_QUOTED = r"(?<![\"'\u201c\u201d\u00ab\u00bb\u2018\u2019])"
# A business closed for a season ("Betriebsferien", "sommerlukket", "julstängt", "chiuso per
# ferie") or telling everyone their message matters: said to every sender, never a
# customer's own words about themselves. Alone enough.
_CLOSED_NOTICE = re.compile(
    _NOT_QUOTED + r"\b(?P<phrase>(?:unser )?betrieb(?:sferien| macht \w+ )|betriebsurlaub"
    r"|(?:har|holder|holdes|avvikler|avvikles) f(?:e|æ)llesferie"
    # "har lukket fanen", "har stengt kortet", "har stängt fliken": a season must name it
    r"|holder (?:sommer|jule|påske|vinter)?lukket|holder (?:sommer|jule|påske)?stengt"
    # ... a season in one word, in nynorsk too: "er sommerlukket", "Fjellstova er vinterstengd"
    r"|(?:har|er|held|holder) (?:sommar|sommer|jule|jul|påske|vinter|haust|høst)(?:lukket|lukka"
    r"|stengd|stengt)\b"
    r"|håller (?:sommar|jul|påsk)?stängt|har (?:sommar|jul|påsk)stängt"
    r"|(?:sommar|jul|påsk)stängt\w*"
    r"|(?:rimarrà|rimarranno|resterà|resteranno|saremo|siamo) chius[oiae] per (?:ferie|le feste"
    r"|le festività|festività|le vacanze)|chiusura (?:estiva|natalizia|per ferie)"
    # closed from a day: "restano chiusi dal 23 dicembre", "we are closed from 24 December"
    r"|(?:rest(?:a|ano|erà|eranno)|sarà|saranno|siamo|saremo) chius[oia] (?:al pubblico |per"
    r" (?:\w+ ){1,3})?(?:dal |dall'|da )(?:\w+ )?\d"
    r"|chius[oiae] per (?:la )?pausa (?:invernale|estiva|natalizia)"
    r"|(?:is|are) closed from \d|(?:is|are) (?:now )?closed for the (?:summer|christmas|easter"
    r"|winter|half[- ]term) (?:holidays?|break|season)"
    r"|(?:ist|sind|bleibt|bleiben) (?:vom \d\S*(?: \w+)? )?(?:bis (?:einschließlich |einschl\. "
    r"|inkl\. |zum )?\S+(?: \w+)? )?geschlossen"
    r"|(?:er|har) lukket (?:fra|fra og med) \d"
    r"|(?:er|holder) stengt (?:fra|fra og med|f\.o\.m\.) \d"
    r"|(?:er|holder) (?:\w+ )?(?:stengt|stengd|lukket|lukka) (?:til og med|t\.o\.m\.|frem til"
    r"|fram til|indtil|inntil|til) (?:\w+ )?\d"
    r"|(?:är|har) (?:\w+ )?stängt (?:till och med|t\.o\.m\.|fram till|till) (?:\w+ )?\d"
    r"|(?<!\bmio )(?<!\bmia )(?<!\bmiei )(?<!\bmie )\b(?:ufficio|uffici|negozio|negozi|bottega"
    r"|laboratorio|studio|showroom|atelier|agriturismo|ristorante|azienda)\b"
    + _IN_SENTENCE
    + r"{0,30}?\b(?:resta|restano|resterà|resteranno|rimane|rimangono|rimarrà|rimarranno)"
    r" chius[oiae]\b"
    r"|(?:är|har) stängt (?:från|fr\.o\.m\.) \d"
    r"|kesäsuljettu|olemme suljettuna"
    # closed for the season: "har lukket for sæsonen og åbner igen fredag den 4. april"
    r"|(?:har|er|holder|held) (?:lukket|stengt|stengd|stengde) for (?:sæsonen|sesongen"
    r"|vinteren|sommeren)"
    r"|(?:har|är|håller) stängt för (?:säsongen|vintern|sommaren)"
    r"|(?:für die|über die) (?:saison|wintersaison|wintermonate) geschlossen"
    r"|chius[oiae] per (?:la )?(?:fine )?stagione|(?:is|are) (?:now )?closed for the (?:season"
    r"|winter)|suljettu (?:(?:talvi|kesä|syys|kevät)?kau(?:deksi|den|della)|talveksi|kesäksi"
    r"|(?:talven|kesän|syksyn|kevään) aja(?:ksi|n))\b"
    r"|we are closed (?:for|until|from)"
    # closed over a holiday: "Kontoret er stengt i romjulen", "holder lukket mellem jul og
    # nytår", "is closed between Christmas and New Year", "bleibt über Weihnachten geschlossen"
    r"|(?:er|holder|har|held) (?:lukket|lukka|stengt|stengd) (?:mellem|mellom|i|over|hen over"
    r"|gjennom|i hele|under) (?:\w+ )?(?:jul\w*|romjul\w*|påske\w*|nytår\w*|nyttår\w*)"
    r"|(?:är|har|håller) stängt (?:mellan|under|över|i) (?:\w+ )?(?:jul\w*|påsk\w*|nyår\w*"
    r"|mellandagarna|helgerna)"
    r"|(?:is|are|will be) closed (?:between|over|during|for) (?:the )?(?:christmas|easter|new year"
    r"|festive)"
    r"|(?:ist|sind|bleibt|bleiben) (?:über|zwischen|an) (?:\w+ ){0,2}?(?:weihnachten|feiertage\w*"
    r"|ostern|jahren|neujahr|silvester) (?:\w+ ){0,2}?geschlossen"
    # not "your" shop ("kauppanne on kiinni": a customer's complaint); with its days, a
    # business of the writer's own: "Studio on kiinni 1.-28.7." (not "noutopiste": a pickup)
    r"|(?:studio|klinikka|salonki|korjaamo|ateljee|ravintola|leipomo|galleria)(?:mme)? on"
    r" (?:suljettu|suljettuna|kiinni) (?:ajalla |ajan |välillä )?\d{1,2}\."
    r"|(?:toimisto|kauppa|myymälä|liike|yritys|verstas|kahvila|puoti|vastaanotto)(?!\w*(?:nne"
    r"|si)\b)\w* on"
    r" (?:suljettu|kiinni)"
    # closed for the holiday: "Bageriet er lukket på grund af sommerferie"
    r"|(?:er|holder|har) (?:lukket|stengt|stengd) (?:på grund af|pga\.?|grundet|på grunn av"
    r"|grunnet|i|for|over|under) (?:\w+ )?(?:sommer|sommar|jule|påske|vinter|efterårs|høst)?ferie"
    r"n?\b|(?:är|har|håller) stängt (?:på grund av|pga\.?|under|för|över) (?:\w+ )?semester"
    r"|(?:wegen|aufgrund) (?:von )?(?:betriebs)?(?:urlaub|ferien)s? geschlossen|urlaubsbedingt"
    r" geschlossen|(?:is|are) closed (?:for|due to|over) (?:the )?(?:summer |christmas |easter )?"
    r"(?:holidays?|vacation)|chius[oiae] per (?:ferie|le ferie)|suljettu lomien ajan"
    r"|your (?:e-?mail|message|enquiry) is important to us|viestisi on (?:meille )?tärkeä"
    r"|ihre (?:nachricht|anfrage) ist uns wichtig"
    r"|la (?:tua|sua) (?:e-?mail|richiesta) è importante"
    r"|din (?:henvendelse|mail|besked) er vigtig for os"
    r"|ditt (?:meddelande|mejl) är viktigt för oss)",
    re.IGNORECASE,
)
# A promise, in the first person plural, to answer within so many (working) days or hours:
# what a helpdesk, a school or a shop's mailbox says to every sender ("we answer every
# email personally, usually within 2 working days", "återkommer så snart vi kan, normalt
# inom tre arbetsdagar"). A customer promises the shop no answer. Alone enough.
_REPLY_VERB = (
    r"(?:answer|reply|respond|get back to you|svarer|svarar|besvarer|besvarar|besvares|besvaras"
    r"|antworten"
    r"|beantworten|rispond|vastaamme"
    # handled in turn, by an office or in the passive: "Vi handlägger ärenden ..., normalt inom
    # två arbetsdagar", "Requests are processed in the order they arrive" (not "I handle")
    r"|(?<=\bvi )(?:handlägg|behandl)|handläggs|behandles|behandlas|(?:are|is) (?:handled"
    r"|processed)|werden bearbeitet|(?<=\bwir )bearbeit|käsitellään|käsittelemme|evadiamo"
    r"|gestiamo|vengono (?:evas[ei]|gestit[ei]))"
)
_HABIT = (
    r"(?:normalt|normally|usually|typically|generally|vanligvis|vanligtvis|som regel|i regel"
    r"|in der regel|normalerweise|di norma|solitamente|yleensä|tavallisesti)"
)
_WITHIN = r"(?:within|inden for|indenfor|innen|inom|innerhalb(?: von)?|entro|i løpet av)"
_ANSWER_PROMISE = re.compile(
    r"\bwe(?:'ll| will)?\b"
    + _IN_SENTENCE
    + r"{0,30}?\b(?:answer|reply|respond|get back to you)\w*"
    + _IN_SENTENCE
    + r"{0,60}?\bwithin "
    + _SPAN
    + r" "
    + _UNITS
    + r"|\bvi\b"
    + _IN_SENTENCE
    + r"{0,50}?\b(?:svarer|besvarer|svarar|besvarar|återkommer|vender tilbage"
    r"|kommer tilbake|kjem tilbake|kontakter dig|tar kontakt)"
    + _IN_SENTENCE
    + r"{0,60}?\b(?:inden for|indenfor|inden|innen|innan|inom|i løpet av) "
    + _SPAN
    + r" (?:hverdage|arbejdsdage|virkedager|virkedagar|arbeidsdager|arbeidsdagar|yrkedagar"
    r"|arbetsdagar|vardagar|dage|dager|dagar|timer|timar|timmar)"
    r"|\b(?:wir\b"
    + _IN_SENTENCE
    + r"{0,30}?\b(?:antworten|beantworten|melden uns|bearbeiten)|bearbeitung)"
    + _IN_SENTENCE
    + r"{0,60}?\b(?:innerhalb (?:von )?|bis zu )"
    + _SPAN
    + r" (?:werktag|arbeitstag|tag|stunde)\w*"
    r"|\b(?:ti |le |vi )?risponderemo"
    + _IN_SENTENCE
    + r"{0,60}?\bentro "
    + _SPAN
    + r" (?:giorni|ore)"
    r"|\bvastaamme"
    + _IN_SENTENCE
    + r"{0,60}?\b"
    + _SPAN
    + r" (?:arki|työ)?(?:päivän|tunnin) (?:kuluessa|sisällä)"
    # the habit said, not the one who answers: "svarer normalt innen tre virkedager"
    r"|\b"
    + _REPLY_VERB
    + r"\w*\b"
    + _IN_SENTENCE
    + r"{0,60}?\b"
    + _HABIT
    + r"\b"
    + _IN_SENTENCE
    + r"{0,40}?\b"
    + _WITHIN
    + r"\s+"
    + _SPAN
    + r"\s+"
    + _UNITS
    + r"\b"
    # the one who writes hears back: "Du hører fra oss innen to virkedager", "please allow
    # up to a week for a reply", "Sie erhalten innerhalb von zwei Werktagen eine Antwort"
    r"|\b(?:du hører fra (?:oss|os)|du høyrer frå oss|du hör(?:s)? av (?:oss)|you(?:'ll| will)"
    r" hear (?:back )?from us|sie hören von uns|du hörst von uns)\b"
    + _IN_SENTENCE
    + r"{0,40}?\b"
    + _WITHIN
    + r"\s+"
    + _SPAN
    + r"\s+"
    + _UNITS
    + r"\b|\ballow (?:up to |at least )?"
    + _SPAN
    + r"\s+"
    + _UNITS
    + r" for (?:a |our |your )?(?:reply|response|answer)\b"
    + r"|\b(?:sie erhalten|erhalten sie|du erhältst|erhältst du) "
    + _WITHIN
    + r"\s+"
    + _SPAN
    + r"\s+"
    + _UNITS
    + r" (?:eine )?antwort\b"
    # the wait to count on for a reply: "svarar vi så snart någon har möjlighet, men räkna
    # med att det kan dröja ett par veckor", "it may take up to two weeks for us to reply"
    r"|(?:\b(?:vi|we|wir)\b" + _IN_SENTENCE + r"{0,40}?\b(?:svar|besvar|answer|repl|respond|antwort"
    r"|beantwort)\w*|\b(?:svar|besvar|antwort|beantwort)\w* (?:vi|wir)\b)"
    + _IN_SENTENCE
    + r"{0,80}?"
    r"\b(?:(?:räkna med|regn med|regne med|beregn|expect|rechnen sie (?:bitte )?(?:damit|mit))"
    r" (?:att |at |å |that |dass ))?(?:det|it|es) (?:kan|may|might|could|can|will|kann|vil|kommer"
    r" att) (?:\w+ )?(?:dröja|ta|tage|gå|take|dauern)\b"
    + _IN_SENTENCE
    + r"{0,20}?\b(?:(?:ett|et|a) (?:par"
    r"|couple of|few)|några|noen|nogle|ein paar|einige|op til|opp til|upp till|up to|bis zu)?\s?"
    + r"(?:"
    + _SPAN
    + r")?\s?"
    + _UNITS
    + r"\b|\bit (?:may|can|might|could) take (?:us )?(?:up to )?"
    + _SPAN
    + r"\s+"
    + _UNITS
    + r" (?:for us )?to (?:reply|respond|answer|get back)"
    # the reply to expect: "du kan forvente svar inden for to hverdage", "please don't
    # expect a reply before late September"
    r"|\b(?:expect|forvente|förvänta dig|erwarten|aspettarti|aspettarsi|odottaa)\s+(?:\w+ ){0,2}"
    r"(?:svar|a reply|a response|an answer|(?:eine )?antwort|(?:una )?risposta|vastaus\w*)\s+"
    r"(?:\w+ ){0,3}?(?:inden for|innen|inom|within|innerhalb|entro|kuluessa|before|før|innan"
    r"|bevor|vor|prima)\b",
    re.IGNORECASE,
)
# That mail is seldom or never answered, said by the business of itself ("vi hinner tyvärr
# inte svara på mejl särskilt ofta", "we are unable to answer emails"): in the first
# person plural, of mail in general, to every sender. Not of one mail ("sorry we didn't
# reply to your email sooner", "these emails"): a customer's. Alone enough.
_MAIL_NOUN = (
    r"(?:mejl|e-?post|e-?mails?|mails?|messages?|enquiries|inquiries|meddelanden|beskeder"
    r"|henvendelser|meldinger|nachrichten|anfragen|messaggi|richieste|sähköpost\w*|viestei\w*"
    # questions: "vi kan dessverre ikke svare på spørsmål om ... på e-post"
    r"|spørsmål|spørgsmål|frågor|questions|fragen|domande|kysymyksiin"
    # or all of them: "we are not able to reply to them all"
    r"|them all|all of them|alle|tutte|tutti)"
)
_ONE_MAIL = (
    r"(?:your|yours|this|these|that|those|jeres|deres|dere|din|dit|ditt|dine|er|era|ert|denne"
    r"|disse|dette|denna|dessa|detta|ihre|ihren|eure|euren|deine|diese|diesen|dieser|tua|tue"
    r"|sua|sue|vostr\w*|quest\w*|tämä\w*|nämä\w*|teidän)"
)
_GENERAL_GAP = r"(?:(?!" + _ONE_MAIL + r"\b)\w+\W{1,2}){0,3}?"
_NO_ANSWERS = re.compile(
    _NOT_QUOTED
    + r"\b(?:vi|we|wir)\b"
    + _IN_SENTENCE
    + r"{0,60}?\b(?:inte|ej|ikke|ikkje|not|nicht|sällan"
    r"|sjældent|sjelden|rarely|seldom|selten|unable|aldrig|aldri|never|nie)\b"
    + _IN_SENTENCE
    + r"{0,30}?"
    r"(?:\b(?:svara|besvara|svare|besvare|answer|reply|respond|beantworten|antworten|læser"
    r"|leser|läser|read|lesen)\w*\W{1,2}"
    + _GENERAL_GAP
    + _MAIL_NOUN
    + r"\b|\b(?:auf )?"
    + _MAIL_NOUN
    + r"\W{1,2}(?:\w+ )?(?:zu )?(?:antworten|beantworten)\b)"
    r"|\bnon (?:riusciamo a |possiamo |sempre )?rispond\w*\W{1,2}"
    + _GENERAL_GAP
    + r"(?:e-?mail|messaggi|mail)\b"
    r"|\bemme (?:\w+ ){0,2}(?:vastaa|ehdi vastata|pysty vastaamaan|voi vastata)\W{1,2}"
    + _GENERAL_GAP
    + r"(?:sähköpost|viestei|viesteihin)\w*"
    # ... nor, in the passive, during the holiday: "Ajanvarauksia ei käsitellä loman aikana"
    r"|\bei (?:käsitellä|vastata|lueta) (?:\w+ ){0,3}?\w*(?:loman|lomien|lomakauden|poissaolo\w*)"
    r" aikana|\w*(?:loman|lomien|lomakauden) aikana ei (?:käsitellä|vastata|lueta)\b",
    re.IGNORECASE,
)
# A challenge-response filter holding the message until a person confirms.
_CHALLENGE = re.compile(
    r"\b(?:confirm (?:that )?you are (?:a )?(?:person|human)|approved senders list"
    r"|bekreft at du er et menneske|bekræft at du er et menneske|bekräfta att du är en människa"
    r"|vahvista,? että olet ihminen|bestätigen sie,? dass sie ein mensch sind"
    r"|conferma di essere una persona|godkjente (?:adresser|avsendere))",
    re.IGNORECASE,
)
# A mail address, or this one (not "Min gamle adresse": a customer's home).
_MAIL_ADDRESS = (
    r"(?:(?:e-?post|e-?mail|mail)adress\w*"
    r"|(?:denne|dette|den här|denna|this) adress\w*)"
)

# What only a machine or a mailbox's keeper says of a mailbox: no reply is read here, it is
# not looked after, its owner has left (in the third person and naming the employer: "I
# quit my job" is a customer's). Alone enough.
_UNATTENDED = re.compile(
    _NOT_QUOTED + r"\b(?P<phrase>(?:please )?do not reply to this (?:e-?mail|message|address)"
    r"|(?:e-?mails?|messages) (?:will not|won't) be (?:monitored|read|checked)"
    r"|(?:this|the) (?:mailbox|inbox|e-?mail address) is (?:no longer|not) (?:monitored"
    r"|read|in use|checked|attended)|(?:has|have) left the (?:company|organi[sz]ation)"
    # the address no longer used, its mail not read: "Adressen används inte längre och ingen
    # läser det som kommer hit", "Mails til denne adresse bliver ikke længere læst"
    r"|" + _MAIL_ADDRESS + r" (?:används|brukas|bruges|anvendes|brukes"
    r"|vert brukt) (?:inte|ej|ikke|ikkje) (?:længere|lenger|lengre|längre)"
    r"|" + _MAIL_ADDRESS + r" (?:vert|blir|bliver|kommer) (?:ikkje|ikke|inte)"
    r" (?:lenger|længere|lengre|längre) (?:att )?(?:nytta|nytte|brukt|brukast|brugt|anvendt"
    r"|användas|i bruk|i brug)\b"
    r"|(?:e-?mail|this|my e-?mail) address is no longer (?:used|active|in operation|in service)"
    r"|(?:e-?mail-?adresse|diese adresse|meine e-?mail-?adresse) wird nicht mehr (?:genutzt"
    r"|verwendet|benutzt)"
    # ... no longer in operation: "diese E-Mail-Adresse ist seit dem 1. April 2024 nicht mehr
    # in Betrieb", "Adressen er ikke lenger i bruk", "this address is no longer in operation"
    r"|(?:e-?mail-?adresse|diese adresse|dieses postfach) (?:ist|wird) (?:\S+ ){0,5}?nicht mehr"
    r" (?:in betrieb|aktiv|in benutzung|in gebrauch|erreichbar)\b"
    r"|" + _MAIL_ADDRESS + r" (?:er|är|is) (?:\S+ ){0,4}?(?:ikke|ikkje|inte|no) (?:længere"
    r"|lenger|lengre|längre|longer) (?:i brug|i bruk|aktiv|active|in use|i drift|in operation"
    r"|in service)\b"
    r"|(?:quest[oa] |quest'|l'|il presente )indirizzo (?:e-?mail "
    r"|di posta(?: elettronica)? )?non è più (?:in uso|utilizzat[oa]|attiv[oa])"
    r"|osoite ei ole enää käytössä"
    # the mailbox's own timetable, in the passive and no one's: "E-posten vert difor berre
    # lesen på fredagar", "Inkorgen läses bara på måndagar" (not "innboksen min blir ...")
    r"|(?<!\bmin )(?<!\bmi )(?<!\bmy )\b(?:e-?posten|e-?postkassen|innboksen|indbakken"
    r"|inkorgen|mejlen|postkassen|postkassa|brevlådan|this inbox|the inbox|this mailbox"
    r"|e-?post|e-?mails?|mails?|mejl)"
    r"(?! (?:min|mi|mitt|mina|mine)\b) (?:\w+ ){0,2}?(?:(?:vert|blir|bliver|is) (?:\w+ )?(?:berre"
    r"|bare|bara|kun|only) (?:lesen|lest|læst|sjekka|sjekket|tjekket|read|checked)"
    r"|(?:läses|leses|læses|lesast|sjekkes|tjekkes|kollas) (?:\w+ )?(?:berre|bare|bara|kun))"
    r" (?:på|om|i|on) \w+(?:dag|day)\w*"
    r"|ingen (?:läser|leser|læser) (?:det som|de mejl som|mejlen som|mails som) (?:kommer"
    r"|skickas|sendes) hit"
    r"|(?:mails?|e-?mails?|e-?post|mejl) til (?:denne|den her) (?:e-?mail|mail|e-?post)?adresse"
    r" (?:bliver|blir|vert) (?:ikke|ikkje) (?:længere |lenger |lengre )?(?:læst|lest|lesne)"
    r"|(?:svar|besvar) venligst ikke på denne (?:e-?mail|mail|besked)"
    r"|denne (?:e-?mail|mail|besked|meddelelse) kan ikke besvares"
    r"|(?:(?:denne )?postkassen?|(?:denne )?(?:e-?)?mailadressen?|mailboksen|indbakken)"
    r" (?:bliver|overvåges|læses)"
    r" (?:ikke|ikke længere)"
    # messages sent here are not read: "meldingar hit vert ikkje lesne"
    r"|(?:meldingar|meldinger|beskeder|meddelelser|meddelanden|e-?poster|e-?postar|e-?mails"
    r"|mails|mejl) (?:sendt |sende |skickade )?(?:hit|hertil|til denne adressen?|til denne adressa"
    r"|till (?:denna|den här) adress(?:en)?) (?:vert|blir|bliver|blir|kommer)"
    r" (?:ikkje|ikke|inte) (?:att )?(?:lesne|lest|lese|læst|læses|läsas|läses|lästa)"
    # ... the verb first: "Indtil da bliver mails til denne adresse ikke læst løbende"
    r"|(?:vert|blir|bliver|kommer) (?:meldingar|meldinger|beskeder|meddelelser|meddelanden"
    r"|e-?poster|e-?postar|e-?mails|mails|mejl) (?:sendt |sende |skickade )?(?:hit|hertil"
    r"|til denne adressen?|til denne adressa|till (?:denna|den här) adress(?:en)?)"
    r" (?:ikkje|ikke|inte) (?:att )?(?:lesne|lest|lese|læst|læses|läsas|läses|lästa)"
    # this mail (the address) no longer checked: "den her mail bliver ikke tjekket mere",
    # "denna mejl kollas inte längre", "this email isn't checked any more"
    r"|(?:den her|denne|dette|den här|denna|detta|this) (?:e-?mail|mail|mejl|e-?post)\w{0,2}"
    r" (?:(?:bliver|blir|vert|is) (?:ikke|ikkje|not) (?:tjekket|sjekket|læst|lest|lesen|checked"
    r"|read|monitored)|isn't (?:checked|read|monitored)|(?:tjekkes|sjekkes|læses|leses|läses"
    r"|kollas|checkas) (?:ikke|ikkje|inte)) (?:mere|længere|lenger|lengre|längre|anymore"
    r"|any more|any longer)\b"
    # your message not passed on: "Observera att ditt meddelande inte har vidarebefordrats"
    r"|(?:ditt|dit|din|your|ihre|la (?:tua|sua)|il (?:tuo|suo)) (?:meddelande|besked|melding"
    r"|henvendelse|message|e-?mail|mail|nachricht|messaggio)(?: din)? (?:har inte|inte har"
    r"|har ikke|ikke har|er ikke|ikke er|har ikkje|er ikkje|ist nicht|wurde nicht|has not"
    r"|hasn't|was not|wasn't|non è|non e') (?:blevet |blitt |vorte |been |stat[oa] )?"
    r"(?:vidarebefordrats|vidarebefordrat|videresendt|vidaresendt|weitergeleitet|forwarded"
    r"|inoltrat[oa])"
    r"|viesti(?:äsi|si) ei ole välitetty"
    r"|(?:meldingen|meldinga|beskeden|henvendelsen|førespurnaden) (?:din|di) (?:er|har|ble|blei"
    r"|vart|blev) (?:ikke|ikkje) (?:blitt |vorte |blevet )?(?:videresendt|vidaresendt)"
    r"|(?:ikke|ikkje) svar på denne e-?posten|(?:e-?postadressen|postkassen|e-?postadressa)"
    r" (?:blir|er|vert) (?:ikke|ikkje) (?:lenger |lenger )?(?:lest|overvåket|i bruk|lesen)"
    # the address not answered or followed up, in the passive: "Denne e-postadressen
    # besvares ikke", "følges ikke opp", "denna adress besvaras inte"
    r"|(?:e-?post|e-?mail|mail)?adress(?:en|e|a)? (?:besvares|besvarast|følges|følgjast"
    r"|besvaras|följs|læses|leses|lesast|läses) (?:ikke|ikkje|inte|ej)\b"
    r"|(?:this|the) (?:e-?mail )?address is not (?:answered|followed up|read|monitored)"
    # "denne adressen blir ikke lenger fulgt opp", "adressen bevakas inte längre"
    r"|(?:(?:e-?post|e-?mail|mail)(?:adressen|adressa)|denne (?:e-?post|e-?mail|mail)?(?:adressen"
    r"|adressa|adresse)|postkassen|innboksen|indbakken|inkorgen)(?: \([^()\n]{1,80}\))?"
    r" (?:blir|bliver|er|vert|kommer) (?:ikke|ikkje|inte) (?:lenger |længere |längre |lengre )?"
    r"(?:att )?(?:fulgt opp|fulgt op|besvart|besvaret|besvaras|lest|læst|läst|läsas|overvåket"
    r"|overvåget|bevakad|bevakas|i bruk|i brug|lesen|fulgt (?:længere|lenger))"
    r"|(?:diese|die) (?:e-?mail-?)?adresse wird nicht (?:beantwortet|bearbeitet)"
    r"|(?:questo|quest') ?indirizzo (?:e-?mail )?non (?:riceve risposta|è presidiato)"
    r"|(?:tähän|tämä) (?:sähköposti)?osoittee(?:seen|n) (?:ei vastata|ei seurata)"
    r"|svara inte på (?:detta|det här) (?:mejl|e-?postmeddelande|meddelande)"
    r"|(?:detta|det här) (?:mejl|meddelande|e-?postmeddelande) går inte att svara på"
    r"|(?:brevlådan|e-?postadressen) (?:bevakas|läses|övervakas)"
    r" inte|älä vastaa tähän (?:viestiin|sähköpostiin)"
    r"|(?:postilaatikkoa|sähköpostiosoitetta) ei (?:enää )?"
    r"(?:lueta|seurata)|bitte antworten sie nicht auf diese (?:e-?mail|nachricht)"
    r"|auf diese (?:e-?mail|nachricht) kann nicht geantwortet werden|(?:dieses |diese )?(?:postfach"
    r"|(?:e-?mail-?|mail)?adresse) wird nicht (?:mehr )?(?:betreut|gelesen|überwacht|abgerufen)"
    r"|hat das unternehmen verlassen"
    r"|har satts i karantän|(?:placed|held|put) in quarantine|has been quarantined"
    r"|held for (?:manual )?review|er sat i karantæne|er satt i karantene"
    r"|in (?:die )?quarantäne (?:verschoben|gestellt)|(?:messo|trattenuto) in quarantena"
    r"|asetettu karanteeniin"
    r"|(?:this|my) (?:e-?mail )?(?:address|mailbox|inbox) will (?:be closed|close"
    r"|be deactivated|stop working|be shut down)"
    # "Nothing sent here is being read or passed on"
    r"|(?:nothing|no (?:e-?mail|mail|message)) sent (?:here|to this (?:address|mailbox|inbox))"
    r" (?:is|will be) (?:being )?(?:read|forwarded|passed on)"
    r"|(?:diese|meine) (?:e-?mail-?)?adresse wird (?:\w+ ){0,5}(?:aufgehoben|gelöscht"
    r"|deaktiviert|geschlossen)"
    r"|(?:(?:denne|min) (?:e-?mail|e-?post|mail)adresse|innboksen|indbakken|postkass(?:a|en)"
    r"|denne adressa) (?:vil blive|vil bli|blir|bliver|vert) (?:\w+ ){0,4}(?:lukket|lukka|nedlagt"
    r"|stengt|stengd|deaktivert|slettet|sletta)\b"
    r"|(?:denna|min) e-?postadress (?:kommer att )?(?:\w+ ){0,4}(?:stängas|avslutas)"
    # to be shut down: "Denne e-postadressen skal snart legges ned"
    r"|(?:denne|min|mi) (?:e-?mail|e-?post|mail)?adress\w* (?:skal|vil|kommer til å|kommer til at)"
    r" (?:\w+ ){0,2}(?:legges ned|nedlegges|nedlægges|lukkes|stenges|avvikles|fases ut|udfases"
    r"|slettes|deaktiveres|lægges ned)\b"
    # present passive, the address perhaps in brackets: "Den här adressen (lab@...) stängs"
    r"|(?:den här|denna|min|denne|this|my) (?:e-?post|e-?mail|mail)?(?:adress\w*|address)\s"
    r"(?:\([^()\n]{1,80}\)\s)?(?:stängs|avslutas|lukkes|nedlægges|stenges|nedlegges"
    r"|closes|is closing|is being closed|slutar (?:att )?(?:gälla|fungera)|upphör|ophører"
    r"|opphører|stops working|expires|fases ut|udfases|avvikles|avvecklas|fasas ut"
    r"|is being phased out|is being retired)\b"
    # what is sent here no longer read: "Det som skickas hit läser jag inte längre"
    r"|(?:det som|allt som|alt som|alt det som|what(?:ever)? is) (?:skickas|sendes|blir sendt"
    r"|bliver sendt|sent) (?:hit|hertil|here) (?:\w+ ){0,2}(?:läser|læser|leser|les|read)"
    r" (?:jag|jeg|eg|i) (?:inte|ikke|ikkje|not)"
    r"|(?:questo|il mio) indirizzo (?:\w+ ){0,4}(?:verrà|sarà) (?:chiuso|disattivato)"
    r"|sähköpostiosoite (?:\w+ ){0,4}(?:suljetaan|poistuu käytöstä|lakkautetaan)"
    r"|dear (?:correspondent|sender)|gentile mittente|kære afsender|kjære avsendar|kjære avsender"
    r"|bästa avsändare|hyvä lähettäjä|sehr geehrte[r]? (?:absender\w*|einsender\w*)"
    r"|non rispondere a quest[oa] (?:e-?mail|mail|messaggio)|(?:questa )?casella (?:di posta"
    r"(?: elettronica)? |e-?mail |pec )?(?:non è più|non viene|non è) (?:monitorata|letta"
    r"|controllata|attiva|presidiata|in uso)"
    # "i messaggi inviati a questo indirizzo non vengono letti"
    r"|(?:i )?messaggi (?:inviati|che arrivano|ricevuti) (?:a|su|in) quest[oa] (?:indirizzo"
    r"|casella) non (?:vengono|saranno|verranno) (?:più )?(?:letti|inoltrati))"
    r"|" + _NOT_QUOTED + r"\b(?P<left>har (?:sluttet|slutta|slutat) (?:i|hos|på) (?-i:[A-ZÆØÅÄÖ])"
    r"|er (?:stoppet|holdt op|fratrådt) (?:som \w+ )?(?:i|hos|på) (?-i:[A-ZÆØÅ])"
    r"|har forladt (?-i:[A-ZÆØÅ])"
    r"|no longer (?:works|working) (?:at|for|with) (?-i:[A-Z])"
    r"|(?:ist|sind) nicht mehr (?:bei uns|im unternehmen|für (?:uns|das unternehmen) tätig)"
    r"|ist (?:seit (?:dem )?\S+ )?nicht mehr (?:für|bei) (?:die |der |das |den )?(?-i:[A-ZÄÖÜ])"
    r"[^!?\n]{0,60}?\b(?:tätig|beschäftigt)\b"
    r"|non lavora più (?:presso|per|con)"
    r"|ei (?:enää )?työskentele (?-i:[A-ZÄÖ]))",
    re.IGNORECASE,
)

# A mail system telling the sender their message did not reach the mailbox: it is full, or
# the message "could not be delivered" (of a message, not a parcel: "il pacco non è stato
# recapitato" is a customer's complaint). Alone enough, wherever the subject begins.
_NOT_DELIVERED = re.compile(
    _NOT_QUOTED + r"\b(?:(?:mailbox|inbox|postkasse|postkassen|innboksen|indbakken|brevlådan"
    r"|inkorgen|postilaatikko|postfach|casella(?: di posta)?(?: del destinatario)?) (?:is |er "
    r"|är |on |ist )?(?:full|fuld|täynnä|voll|piena)"
    r"|(?:exceeded|over) (?:its |the |their )?(?:storage|quota|mailbox size)|over quota"
    r"|(?:esaurito|superato) (?:lo spazio|la quota)|speicherplatz (?:\w+ ){0,3}(?:erschöpft"
    r"|überschritten|aufgebraucht)"
    r"|(?:message|e-?mail|nachricht|messaggio|meddelelse\w*|melding\w*|meddelande\w*|viesti\w*)"
    r" (?:\w+ ){0,6}?(?:could not|couldn't|was not|wasn't|cannot) be delivered"
    r"|(?:messaggio|e-?mail) (?:\w+ ){0,6}?non (?:è|e') stat[oa] (?:recapitat|consegnat)[oa]"
    r"|(?:nachricht|e-?mail) (?:\w+ ){0,6}?(?:konnte|kann) nicht zugestellt werden"
    r"|(?:meddelelse\w*|besked\w*|melding\w*|e-?mail\w*|e-?post\w*|meddelande\w*|mejl\w*)"
    r" (?:\w+ ){0,6}?(?:kunne|kunde) (?:ikke|inte) (?:leveres|levereras|afleveres)"
    r"|viesti\w* (?:\w+ ){0,6}?ei (?:voitu|pystytty) toimittaa)",
    re.IGNORECASE,
)

_DELIVERY_FAILURE = re.compile(
    r"^(?:undeliverable|undelivered mail|delivery status notification|mail delivery failed"
    r"|returned mail|unzustellbar|non recapitabile|kunne ikke leveres|ej levererat"
    r"|toimittamaton|viestiä ei voitu toimittaa)",
    re.IGNORECASE,
)


def auto_reply_rule(headers: _Headers, subject: str, words: str = "") -> str:
    """What marks the message as written by a machine, or "" when nothing does. `words`:
    the message's own text (without the quote), where a helpdesk's receipt says so."""
    failure = _DELIVERY_FAILURE.match(subject)
    # An away subject a person may write, over words that name the basket or the reminder
    # ("Elternzeit - Re: ...", "Danke fürs Aufheben des Warenkorbs!"): a machine's names
    # neither.
    away = _AWAY_SUBJECT.match(subject)
    if away and _names_the_basket(subject, words[:_WORDS_READ]):
        away = None
    found = _AUTO_SUBJECT.match(subject) or away
    return (
        _auto_header(headers)
        or (f"subject:{failure.group(0)}" if failure else "")
        or (f"subject:{found.group('phrase')}" if found else "")
        or _auto_words(subject, words[:_WORDS_READ])
    )


_WORDS_READ = 2000  # a receipt says what it is at its top


# A passage in double quotation marks or guillemets, within a paragraph: what a customer
# quotes from elsewhere ("I only got back: ”Olen lomalla 20.1. asti enkä lue
# sähköpostia.”"), not the message's own notice.
_QUOTED_PASSAGE = re.compile(
    r"[\"\u201c\u201d\u201e\u00ab\u00bb](?:[^\"\u201c\u201d\u201e\u00ab\u00bb\n]|\n(?!\s*\n)){1,600}"
    r"[\"\u201c\u201d\u201e\u00ab\u00bb]"
)


# What a notice asks only to sort its senders ("Gäller det en ny skada? ...", "Is it about
# an order? ..."), and the "?" of a link: no question a customer asks.
_NOTICE_QUESTION = re.compile(
    r"(?:^|(?<=[.!:\n]))\s*(?:gäller det|gjelder det|gjeld det|drejer det sig om|handler det om"
    r"|geht es um|handelt es sich um|si tratta di|riguarda|is it about|is this about|is your"
    r" (?:question|enquiry|message) about|koskeeko|onko kyseessä"
    # "Gäller ditt ärende dödsfall eller begravning?", "Betrifft Ihr Anliegen ...?"
    r"|gäller ditt ärende|gjelder (?:saken|henvendelsen) din|drejer din henvendelse sig om"
    r"|betrifft ihr anliegen|does your (?:question|enquiry|message) concern"
    r"|riguarda la (?:tua|sua) richiesta|koskeeko asiasi"
    r"|undrar du (?:över|på|om)|lurer du på|lurar du på|undrer du dig over|spekulerer du på"
    r"|wondering about|fragen (?:zu[mr]?|rund um)|hai domande su|mietitkö|questions about"
    r"|spørsmål om|spørgsmål om|frågor om|kysyttävää|thinking of|interested in)\b[^?\n]{0,120}\?"
    # ... or only whether it is urgent: "Brådskande? Ring mig på ...", "Urgent? Call ..."
    r"|(?:^|(?<=[.!:\n]))\s*(?:(?:is it |ist es |è |er det |är det )?(?:urgent|dringend|eilig"
    r"|urgente|akut|brådskande)|brådskar det|haster det|hastar det|kiireellistä|kiireellinen"
    r"|kiire)\s*\?",
    re.IGNORECASE,
)
# Where a sentence may begin: the text's start, or after its end or a colon.
_SENTENCE_START = r"(?:^|(?<=[.!?:\n]))"
# A notice also asks only to send its reader elsewhere, with a number or an address: "Har
# du gløymt att noko hos oss? Ring vaktmeisteren på 57 00 00 00", "Need help before then?
# Call 0123 456 789". (Not "... ? Ring meg på ...": a customer's own number.)
_SENT_ELSEWHERE = re.compile(
    _SENTENCE_START
    + _IN_SENTENCE
    + r"{0,160}\?\s*"
    # ... perhaps after a line of its own answer, of no one in the first person: "Har du
    # gløymt noko hjå oss i vinter? Det ligg i ei kasse i resepsjonen. Ring 57 63 11 20 så
    # sender dei det." (Not "... ? Den skal være gave til mannen min. Ring ...")
    + r"(?:(?:(?!\b(?:jeg|eg|jag|ich|io|minä|meg|mig|mej|min|mitt|mine|mi|mich|mir|my|me"
    + r"|mein\w*|mio|mia|miei|mie)\b)(?-i:(?!\bI\b))"
    + _IN_SENTENCE
    + r"){1,120}[.!]\s+)?"
    r"(?:please |bitte |gerne |gjerne |gärna |pure |gern )?"
    r"(?:ring|call|phone|kontakt(?:a|e|er|ieren sie)?|contact|ta kontakt|tag kontakt"
    r"|ota yhteyttä|soita|rufen sie|wenden sie sich|chiama(?:te)?|contatta(?:te)?"
    r"|telefona(?:te)?|skriv|write|scrivi|scrivete|schreiben sie|kirjoita|schicken sie"
    r"|senden sie|text|sms|skicka|send|sende|lähetä|invia(?:te)?|manda(?:te)?)\b"
    r"(?!\s+(?:me|mig|meg|mej|mich|mir|mi|minulle|minua)\b)"
    + _IN_SENTENCE
    + r"{0,80}?(?:\d[\d ]{5,}\d|[\w.+-]+@[\w-]+\.\w)",
    re.IGNORECASE,
)
_LINK = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)


# ... or asks what it answers at once, its answer starting with the question's last word, as
# a FAQ does: "Har du ett presentkort? Presentkort gäller i tolv månader".
_ANSWERED_AT_ONCE = re.compile(
    _SENTENCE_START + _IN_SENTENCE + r"{0,160}?\b(\w{5})\w*\s?\?\s+\1", re.IGNORECASE
)


# A question asked in the first person, with no question mark: "Haluaisin tietää, saako
# ...", "I'd like to know whether ...", "jeg lurer på om ...", "vorrei sapere se ...".
_INDIRECT_QUESTION = re.compile(
    r"\b(?:(?-i:I)(?:'d| would) like to know|(?-i:I) (?:was )?wonder(?:ing)?|(?:jeg|eg) lurer på"
    r"|jeg (?:vil|ville) gerne vide|(?:jeg|eg) (?:vil|ville) gjerne vite|jag (?:undrar|skulle"
    r" vilja veta|vill gärna veta)|ich (?:möchte|würde gern\w*) wissen|ich wüsste gern\w*"
    r"|ich frage mich|vorrei sapere|mi chiedo|mi domando|haluaisin tietää|haluan tietää"
    r"|kysyisin"
    # or asked of the shop: "Vi chiedo quindi di non spedire l'ordine", "jeg ber dere om å"
    r"|vi chiedo|vi chiederei|vi prego|(?:jeg|eg) (?:ber|beder) (?:dere|jer|dykk)|jag ber er"
    r"|ich bitte euch|pyydän teitä)\b",
    re.IGNORECASE,
)


def _asks(words: str) -> bool:
    """Whether the words ask something, as a customer does."""
    unasked = _SENT_ELSEWHERE.sub(_unless_to_the_shop, _LINK.sub(" ", words))
    unasked = _ANSWERED_AT_ONCE.sub(_unless_to_the_shop, unasked)
    return "?" in _NOTICE_QUESTION.sub(" ", unasked) or bool(_INDIRECT_QUESTION.search(words))


def _unless_to_the_shop(sent: re.Match[str]) -> str:
    """A question that sends its reader elsewhere is no question, unless put to the shop
    ("Har dere jakken i M? Ring 912 34 567, det er min mobil")."""
    return sent.group(0) if _ASKS_THE_SHOP.search(sent.group(0)) else " "


# A question put to the shop, its people addressed in the plural ("Har dere ...?", "Kan I
# ...?", "Habt ihr ...?", "Avete ...?", "Onko teillä ...?"), asked for oneself ("Can I
# ...?"), or of its stock, prices, sizes and colours ("Ist die Jacke dann noch da?", "Vad
# kostar frakten till Gotland?", "Does the blue one come in a larger size?"): a notice asks
# its sender, one person, if anything, and knows nothing of what is sold.
# An item's colour, asked about: "c'è anche bianca?", "Finns den i svart?"
_COLOURS = (
    r"black|white|red|blue|green|gr[ae]y|brown|beige|pink|yellow|navy|sort|sorte|hvid|hvide"
    r"|hvit|hvite|kvit|kvite|rød|røde|blå|blåt|blått|blåa|grøn|grønne|grønn|grønt|grå|gråt"
    r"|grått|gråa|brun|brune|bruna|rosa|gul|gule|gula|gult|svart|svarta|vit|vita|vitt|röd"
    r"|röda|rött|grön|gröna|grönt|schwarz\w*|wei(?:ß|ss)\w*|rot|rote\w?|blau\w*|grün\w*"
    r"|grau\w*|braun\w*|gelb\w*|ner[oaie]|bianc[oaie]|bianchi|ross[oaie]|blu|verd[ei]"
    r"|grigi[oae]?|marrone|marroni|giall[oaie]|must(?:a|ana|ia|ina)|valkoi\w+|puna(?:inen"
    r"|isena|isia)|sini(?:nen|senä|siä)|vihre(?:ä|änä|itä)|harmaa\w*|ruske(?:a|ana|ita)"
    r"|keltai\w+"
)
_ASKS_THE_SHOP = re.compile(
    _SENTENCE_START + _IN_SENTENCE + r"{0,160}?\b(?:dere|deres|jer|jeres|ni|ihr|euch|eure\w*|avete"
    r"|potete|vostr\w+|teillä|teiltä|teidän|voitteko|\w{3,}t(?:te|teko|tekö)|(?-i:I)"
    r"|noch (?:da|vorrätig|verfügbar|lieferbar|zu haben)|auf lager|still (?:there|available"
    r"|for sale)|in stock|(?:på|i) lager|finns (?:\w+ ){0,4}?kvar|(?:stadig|fortsatt|framleis"
    r"|fortfarande|endnu|stadigvæk) (?:\w+ )?(?:tilgjengelig|tilgængelig|tillgänglig|ledig"
    r"|der|igjen|tilbage|kvar)|ancora disponibil[ei]|(?:vielä|yhä) (?:\w+ )?(?:saatavilla"
    r"|jäljellä|varastossa|myynnissä)"
    # ... or of sending the parcel: "Können Sie sie an eine Abholstation schicken?"
    r"|schicken|versenden|liefern|sende|skicka|send|ship|deliver|levere|leverera|spedire"
    r"|spedirla|spedirlo|inviare|lähettää|toimittaa"
    r"|kostar|koster|kostet|kosten|costa|costs?|maksaa|frakt(?:en)?|fragt(?:en)?|porto(?:en)?"
    r"|shipping|postage|versand\w*|spedizione|toimitus\w*|size|sizes|størrelse\w*|storlek\w*"
    r"|größe\w*|taglia|taglie|koko\w*|farge\w*|farve\w*|färg\w*|colou?rs?|farbe\w*|colore"
    r"|väri\w*|c'è (?:anche|ancora)|ce l'avete"
    # ... or of the item held: "Wie lange ist die Tasche noch reserviert?"
    r"|reserviert|reserved|reserveret|reservert|reserverad|reserverade|riservat[oaie]"
    r"|varattu(?:na)?|" + _COLOURS + r")\b" + _IN_SENTENCE + r"{0,160}\?",
    re.IGNORECASE,
)
_ONES_OWN_ORDER = re.compile(
    r"\b(?:(?-i:I)(?:'ll| will| shall)?|jeg|jag|eg|ich|io)\b"
    + _IN_SENTENCE
    + r"{0,20}?\b(?:order|bestil\w*"
    r"|beställ\w*|bestill\w*|bestell\w*|ordin\w*|tilaan|køb\w*|kjøp\w*|köp\w*|kauf\w*|buy)\b"
    # the verb first: "deshalb bestelle ich erst danach", "så bestiller jeg"; or in its own
    # person: "ordino a gennaio"
    r"|\b(?:bestil\w*|beställ\w*|bestill\w*|bestell\w*|køb\w*|kjøp\w*|köp\w*|kauf\w*)"
    r" (?:jeg|jag|eg|ich)\b|\b(?:ordino|ordinerò|compro|comprerò|ostan|tilaan|tilaisin)\b"
    # taking it: "Se sì la prendo", "allora lo prendo"
    r"|\b(?:la|lo|li|le) (?:prendo|prenderò|prendiamo|prenderemo)\b"
    # Finnish, the person in the first verb: "Voinko tehdä tilauksen nyt", "en uskalla tilata"
    r"|\b(?:voinko|voisinko|aion|haluaisin|haluan|haluamme|haluaisimme|uskallan|uskalla)"
    r" (?:\w+ ){0,2}?(?:tilata"
    r"|tehdä tilauksen|ostaa)\b"
    # ... or in the plural, the verb at once: "Vi bestiller gjerne ...", "We'd still like to go
    # ahead with the order", "wir bestellen" (not "we process orders": a notice's)
    r"|\bvi (?:gerne |gjerne |gärna |nok |da |då |så |snart |derfor |därför |også |ändå |likevel"
    r" |alligevel )?(?:bestil(?:ler|te)?|bestill(?:er|te)?|beställ(?:er|de)?|køb(?:er|te)?"
    r"|kjøp(?:er|te)?|köp(?:er|te)?)\b(?! (?:ikke|ikkje|inte|ej)\b)"
    r"|\bwe(?:'ll|'d| will| would| shall)? (?:still )?(?:(?:like|love|want|wish) to )?(?:order"
    r"|buy|go ahead with the order|place (?:an|the|our) order)\b"
    r"|\bwir (?:\w+ ){0,2}(?:bestellen|kaufen)\b|\b(?:bestellen|kaufen) wir\b"
    r"|\bvi (?:vil|vill|skal|ska|tänker|tenker|tænker) (?:\w+ )?(?:bestille|beställa|købe|kjøpe"
    r"|köpa)\b|\b(?:tilaamme|tilaisimme|ostamme|ostaisimme|ordiniamo|ordineremo|compriamo"
    r"|compreremo|acquistiamo)\b|\bvorre(?:i|mmo) (?:\w+ )?(?:ordinare|comprare|acquistare)\b"
    # ... or of one's own parcel, sent to one's own address or kept for one: "Deliver to my
    # home address", "send pakken til min privatadresse", "skicka paketet hem till mig",
    # "Could you hold the blue jug for me?" (a notice sends nothing anywhere)
    r"|\b(?:to|til|till|an|a|al|all'|at|på) (?:our|vår|vores|unsere?) (?:home|private"
    r"|privat) ?(?:address|adresse|adress|anschrift)\b"
    r"|\b(?:to|til|till|an|a|al|all'|at|på) (?:my|min|mi|mitt|mine|meine?|mia|mio) (?:\w+ )?"
    r"(?:(?:home|private|work|old|new) )?(?:address|adresse|adress|adressa|indirizzo"
    r"|privatadresse|privatadress|hjemmeadresse|heimeadresse|hemadress|privatanschrift"
    r"|anschrift|arbeitsplatz|work|job|jobb|jobben|arbeid|arbejde|kontor|office)\b"
    r"|\b(?:hjem|heim|hem) (?:til|till) (?:meg|mig|mej)\b|\ba casa mia\b|\b(?:koti)?osoitteeseeni\b"
    r"|\b(?:hold|keep|reserve|save|put aside)\b" + _IN_SENTENCE + r"{0,30}?\bfor me\b"
    r"|\b(?:holde av|holde|reservere|hålla|reservera|spara|gemme|lægge)\b"
    + _IN_SENTENCE
    + r"{0,30}?\b(?:til meg|til mig|åt mig|for meg|for mig|til side)\b"
    r"|\bzurück(?:legen|zulegen)\b|\btenermi\b|\bmettermi da parte\b|\bvarata minulle\b"
    # ... or of one order of one's own: "hvis der er noget med min ordre" (a notice may hand
    # on "my orders", a buyer's, never the one)
    r"|\b(?:my|min|mi|mitt|meine|mein|il mio|la mia) (?:\w+ )?(?:order|ordre|ordin[ea]"
    r"|bestilling|beställning|bestillinga|bestellung|auftrag|purchase|køb|kjøp|köp)\b"
    r"|\btilauk(?:seni|sestani|sesta(?:ni)?)\b",
    re.IGNORECASE,
)


# What a notice says that is alone enough, in the order their rules are reported.
_ALONE_ENOUGH = (
    _UNATTENDED,
    _NOT_DELIVERED,
    _CLOSED_NOTICE,
    _NO_ANSWERS,
    _CHALLENGE,
    _ANSWER_PROMISE,
)


def _auto_words(subject: str, words: str) -> str:
    words = reasons.unwrapped(_QUOTED_PASSAGE.sub(" ", words))
    automatic = _AUTOMATIC.search(words)
    if automatic:
        return f"text:{automatic.group('phrase').lower()}"
    asks = _asks(words)
    # A closed business asks nothing, nor tells of an order of its own to come; a customer
    # whose own shop is closed may ("Our shop is closed for the summer holidays, so I'll
    # order in August"). Nor does a mailbox's keeper order, or ask the shop about an order:
    # "Tämä sähköpostiosoite poistuu käytöstä 30.6. ... Haluan silti ostaa ostoskorin
    # verhot! Voitteko ...?" is a customer whose own address is closing. Nor does either
    # name the basket or the reminder it answers: "toimistomme on suljettuna 22.12.-6.1.
    # Koriin jääneet tuotteet ... haluamme kuitenkin tilata."
    basket = _names_the_basket(subject, words)
    ordering = (
        basket
        or bool(_ONES_OWN_ORDER.search(words))
        or (asks and bool(_AN_ORDER.search(words)) and bool(_ASKS_THE_SHOP.search(words)))
    )
    unsaid = {_CLOSED_NOTICE, _UNATTENDED} if ordering else {_CLOSED_NOTICE} if asks else set()
    for pattern in _ALONE_ENOUGH:
        if pattern in unsaid:
            continue
        said = pattern.search(words) or pattern.search(subject)
        if said:
            return f"text:{said.group(0).lower()}"
    away = _away_notice(words, asks=asks, ordering=ordering)
    if away:
        return away
    receipt = _RECEIPT.search(words)
    if receipt and _TICKET_SUBJECT.search(subject):
        return f"text:{receipt.group(0).lower()} (a ticket in the subject)"
    if receipt and _RECEIPT.search(subject):
        return f"text:{receipt.group(0).lower()} (a receipt's subject)"
    return "" if asks else _by_the_words(subject, words)


def _by_the_words(subject: str, words: str) -> str:
    """An auto-reply by its words' evidence: words no rule names that lean, by far, to a
    machine's notice ("vakttelefon", "Innendienst", "Ruhestand"). Not of words that name
    an order or speak of the shop's site ("Ich habe auf Ihrer Seite ... geprüft")."""
    if not words.strip() or _AN_ORDER.search(words) or _ABOUT_THE_SHOP.search(words):
        return ""
    if len(words.split()) < NOTICE_WORDS and not _POINTS_SOMEWHERE.search(words):
        return ""
    share = word_evidence.automatic_share(f"{subject}\n{words}")
    if share < AUTO_EVIDENT:
        return ""
    # A verdict on the shop's offer ("the shipping was too expensive", "I changed my mind")
    # is a customer's, however notice-like the rest (an address, a phone number) makes its
    # words: no notice judges what the shop sells. (Not distrust: "company details" are
    # what a notice's signature is made of.)
    reading = reasons.read(words, reasons.language_of(words, None))
    if reading.reason in VERDICTS and reasons.WORD_EVIDENCE not in reading.rule:
        return ""
    return f"words:evidence {share:.3f}"


_ANY_PREFIX = re.compile(r"\b" + _PREFIX_WORD, re.IGNORECASE)


def _names_the_basket(subject: str, words: str) -> bool:
    """Whether the words name the shopping basket or the reminder, other than in an echo of
    the reminder's subject ("Oggetto: Re: Hai dimenticato qualcosa nel carrello", a
    receipt's)."""
    echoed = _ANY_PREFIX.split(subject)[-1].strip()
    own = words.replace(echoed, " ") if len(echoed) > 3 else words
    return bool(_THE_BASKET.search(own))


def _away_notice(words: str, *, asks: bool, ordering: bool) -> str:
    """An out-of-office notice: OUT_OF_OFFICE_CUES cues, one of them a notice's, or a terse
    line with an away word and a day. Not when the words ask about an order ("kan ni hålla
    regnjackan ...? ... beställer då") or ask the shop ("Har dere jakken i M?"): a customer,
    who may be away too, or paste their own notice above."""
    if asks and (_AN_ORDER.search(words) or _ASKS_THE_SHOP.search(words)):
        return ""
    # Nor when they tell of an order of their own to come ("Jeg er på ferie og læser ikke
    # mails så ofte, men jeg bestiller lampen når jeg er hjemme"), or name the basket or the
    # reminder ("Jag är på utbildning till den 14 april ... Tack för påminnelsen!"): a notice
    # orders nothing, and knows nothing of what it answers.
    if ordering:
        return ""
    notice = {cue.group(0).lower() for cue in _OUT_OF_OFFICE.finditer(words)}
    away = notice | {cue.group(0).lower() for cue in _AWAY_STATEMENT.finditer(words)}
    if notice and len(away) >= OUT_OF_OFFICE_CUES:
        return "text:" + " + ".join(sorted(away))
    terse = words.strip()
    if (
        len(terse) <= TERSE_CHARS
        and not asks
        and _TERSE_AWAY.search(terse)
        and _A_DAY.search(terse)
        and not _AN_ORDER.search(terse)
        and not _TERSE_CUSTOMER.search(terse)
    ):
        return f"text:{terse.lower()}"
    return ""


def _auto_header(headers: _Headers) -> str:
    submitted = headers.raw("Auto-Submitted").split(";")[0].strip().lower()
    if submitted and submitted != "no":
        return f"header:Auto-Submitted={submitted}"
    for name in ("X-Autoreply", "X-Autorespond", "X-Autogenerated", "X-Auto-Reply"):
        value = headers.raw(name).strip().lower()
        if name in headers and value not in ("no", "false", "0"):
            return f"header:{name}={value or 'present'}"
    precedence = headers.raw("Precedence").strip().lower()
    if precedence in _PRECEDENCE_AUTO:
        return f"header:Precedence={precedence}"
    # X-Auto-Response-Suppress asks others not to auto-reply; Outlook sets it on ordinary
    # mail too, so alone it says nothing (Discourse and sisimai learned the same). Exchange
    # marks what its rules send, out-of-office replies among them, with the pair.
    suppress = headers.raw("X-Auto-Response-Suppress").strip()
    if suppress and "X-MS-Exchange-Inbox-Rules-Loop" in headers:
        return f"header:X-Auto-Response-Suppress={suppress}"
    if headers.raw("Content-Type").strip().lower().startswith("multipart/report"):
        return "header:Content-Type=multipart/report"
    # A list server's distribution (RFC 2919): what reached the reply address through a list
    # is the list's, not the customer's answer. "Precedence: list" alone says less: a
    # person's client may set it (test_reply_reading).
    return "header:List-Id" if "List-Id" in headers else ""
