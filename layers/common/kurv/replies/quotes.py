"""The customer's own words in a reply: without the history their client quoted (our own
email, most of the time), the reply headers above it, and their signature. Pure.

Clients quote in three ways: with "> " before each line (Apple Mail, Thunderbird, mutt,
Gmail's plain text), under a header block or a separator line without marking the lines
(Outlook, GMX, Yahoo), or in HTML containers (blockquote, gmail_quote, divRplyFwdMsg),
which `html_words` drops before the HTML becomes text. Most people write above the quote;
some write below it or between its lines, and those words are kept too.

mail-parser-reply's header patterns find reply headers in da/de/en/it/sv; ours add
Norwegian, the lines the issue names, attribution lines wrapped over two lines, and our own
email's sentences (copy/*.toml), which mark quoted history however the client quoted it.
Its signature patterns cut at any line starting "Tak" or "- ", so signatures are ours.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate, islice
from typing import Any

from kurv import COPY
from kurv.replies.signatures import unsigned

# Lines longer than this are read as words, never as headers (and never reach the
# mail-parser-reply patterns, which are not linear in a line's length: those see at most
# LIBRARY_LINE characters of at most MAX_HEADER_LINES lines).
MAX_HEADER_LINE = 300
LIBRARY_LINE = 160
# Reply headers are looked for in the first lines that are neither blank nor quoted: the
# customer's words above them are bounded anyway (inbound.MAX_TEXT_BYTES).
MAX_HEADER_LINES = 40
MAX_HTML_CHARS = 128_000
MAX_RULES = 20  # <hr> elements looked under for a header block
MAX_HTML_ELEMENTS = 2000  # rendered as text; the words are near the top
MAX_TEXT_CHARS = 64_000
MAX_OUR_LINES = 2000
MAX_OUR_LINE_CHARS = 1000  # a longer line is never a sentence of ours
# A line shorter than this is never taken for ours; one that is, is ours when it is part of
# a sentence of ours, or when this share of it is made of pieces of them.
OUR_LINE = 30
OUR_SHARE = 0.6
OUR_PIECE = 12


_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")  # faster than translate
_QUOTED = re.compile(r"^\s*>")
_VERBS = (
    r"(?:wrote|writes|skrev|skreiv|schrieb|ha scritto|hat geschrieben|a écrit|schreef"
    r"|geschreven|escribió|escreveu|napisał[a]?|написал\u0430?|пишет|kirjoitti|viết)"
    r"(?:\([a\u0430]\))?"
)
# "… skreiv følgjande:", "… schrieb folgendes:", "… het volgende geschreven:"
_FOLLOWING = r"(?:\s+(?:følgende|følgjande|fylgjande|följande|folgendes|the following))?"
_OPENERS = r"on|den|am|il|le|el|op|på|em|w dniu|dnia"
_DATE = r"\d{1,4}[-./年]\s?\d{1,2}[-./月]\s?\d{1,4}"
_ADDRESS_COLON = r"<\s?[^\s<>@]{1,80}@[^\s<>]{1,120}>\s*:"
# "On 3 Dec 2026, Nordlys Té <…> wrote:", "Den 3. dec. 2026 kl. 10.12 skrev Nordlys Té <…>:",
# "Am 03.12.2026 um 10:12 schrieb …:", "Il giorno … ha scritto:", "… skreiv følgjande:",
# "W dniu … napisał:", "26.06.2014, 14:41, "Nordlys" <…@…>:" (a date and an address),
# "Вторник, 3 декабря 2026, 10:12 +01:00 от Nordlys <…@…>:" (a number and an address).
_ATTRIBUTION = re.compile(
    rf"(?i)^(?:(?:{_OPENERS})\b.{{0,250}}\b(?:{_VERBS}|sent)\b.{{0,150}}:"
    rf"|.{{0,250}}(?:\d|@|<|\]).{{0,150}}\b{_VERBS}\b.{{0,150}}:"
    rf"|.{{0,120}}\b{_VERBS}{_FOLLOWING}\s*:"
    rf"|{_DATE}[^<>@]{{0,150}}<?\s?[^\s<>@]{{1,80}}@[^\s<>@]{{1,120}}>\s*:"
    rf"|[^\d<>]{{0,100}}\d[^<>]{{0,150}}{_ADDRESS_COLON}"
    r"|\*\s.{0,120}\[\d{4}-\d\d-\d\d[^\]]*\]:)\s*$"
)
# How attribution lines begin: "On", "Den", "Am", "Il", a weekday ("tirs. 3."), a date.
_OPENER = re.compile(rf"(?i)^(?:(?:{_OPENERS})\b|[^\W\d_]{{2,4}}\.?,? \d|\d)")
# The dashes some clients put around an attribution: "------On … wrote-----".
_DASHES = "-_=~ "
_WORD_OPENER = re.compile(rf"(?i)^(?:{_OPENERS})\s")
_DATE_OR_ADDRESS = re.compile(r"\d|@")
# Where an attribution may begin inside a line: a word that opens one, or dashes.
_MID_LINE_OPENER = re.compile(rf"(?i)(?:-{{2,}}\s*|(?<=[^\w-]))(?:{_OPENERS})\s")
WRAPPED_LINES = 6  # the attribution line and the lines it was wrapped over
MAX_SPLIT_TRIES = 3
# The labels of an Outlook header block, in the six languages, English and the suites' others
# (nl, pl, fr, es, ru): "Fra:", "Sendt:", "Van:", "Verzonden:", "Od:", "Wysłano:", "От:" …
_HEADER_LABEL = re.compile(
    r"(?i)^[*\s]*(?:from|fra|från|von|da|de|van|od|от|sent|sendt|skickat|gesendet|inviato|envoyé"
    r"|enviado|verzonden|verstuurd|wysłano|wysłane|отправлено|date|dato|datum|data|fecha"
    r"|дата|to|til|till|an|a|aan|à|para|do|кому|subject|emne|ämne|betreff|oggetto|objet"
    r"|asunto|onderwerp|temat|тема|cc|kopi|kopia|reply-to|svar til|antwort an)\s*\**\s*:"
)
_MESSAGE_WORDS = (
    r"original message|original-nachricht|originalnachricht|ursprüngliche nachricht"
    r"|antwort nachricht|oprindelig (?:meddelelse|besked|mail|e-mail)"
    r"|opprinnelig (?:melding|e-post)|opphavleg melding"
    r"|ursprungligt (?:meddelande|e-postmeddelande)"
    r"|originalmeddelande|messaggio originale|messaggio inoltrato|forwarded message"
    r"|videresendt (?:meddelelse|besked|melding)|weitergeleitete nachricht"
    r"|vidarebefordrat meddelande|message d'origine|message transféré|reply message"
    r"|oorspronkelijk bericht|origineel bericht|doorgestuurd bericht|wiadomość oryginalna"
    r"|oryginalna wiadomość|mensaje original|mensaje reenviado|исходное сообщение"
    r"|пересылаемое сообщение"
)
_SEPARATOR = re.compile(
    rf"(?i)^\s*(?:[-_=]{{2,}}\s*(?:{_MESSAGE_WORDS})\s*[-_=]{{2,}}"
    r"|_{20,}|begin forwarded message:|start på videresendt (?:besked|meddelelse|melding):"
    r"|anfang der weitergeleiteten nachricht:|inizio messaggio inoltrato:"
    r"|vidarebefordrat brev:|videresendt melding:)\s*$"
)
_GREETING = re.compile(
    r"(?i)^\s*(?:hej|hei|hi|hello|hallo|ciao|guten tag|liebe|lieber|salve|buongiorno)\b"
    r".{0,40}[,!]?\s*$"
)
# An address starts where its word starts: no retrying from every character of a long word.
_LINK_OR_ADDRESS = re.compile(r"<?(?:https?://|www\.)\S+|(?<!\S)\S+@\S+")
# What every attribution line has, before the full pattern is tried: a verb, or a date.
_ATTRIBUTION_HINT = re.compile(rf"(?i)\b{_VERBS}|\bsent\b|\[\d{{4}}-|^{_DATE}|>\s*:$")
_URL_ONLY = re.compile(r"^\s*<?https?://\S+>?\s*$")


def own_words(text: str, language: str) -> str:
    """What the customer wrote in `text` (a reply's body as text), without quoted history,
    reply headers or signature; line breaks normalised, trailing whitespace trimmed."""
    lines = _split_shared_lines(_lines(text[:MAX_TEXT_CHARS]))
    keep = [True] * len(lines)
    for start, end in _history(lines, language):
        keep[start:end] = [False] * (end - start)
    segments: list[list[str]] = [[]]
    for line, kept in zip(lines, keep, strict=True):
        if kept:
            segments[-1].append(line)
        elif segments[-1]:
            segments.append([])
    words = _joined(unsigned(segment) for segment in segments)
    if not words:
        # A reply that is only a thank-you ("Tak", "Thanks Anna") says just that.
        words = _joined(unsigned(segment, keep_thanks=True) for segment in segments)
    return words


def _joined(segments: Iterable[list[str]]) -> str:
    words = "\n\n".join("\n".join(segment).strip("\n") for segment in segments)
    return re.sub(r"\n{3,}", "\n\n", words).strip()


def _lines(text: str) -> list[str]:
    text = _INVISIBLE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    return [line.replace("\u00a0", " ").rstrip() for line in text.split("\n")]


def _history(lines: list[str], language: str) -> list[tuple[int, int]]:
    """The spans (start, end) of lines that are quoted history, attribution or headers."""
    quoted = [bool(_QUOTED.match(line)) for line in lines]
    # Lines marked ">" go anyway; our sentences matter where the quote is unmarked.
    ours = [
        index < MAX_OUR_LINES and not quoted[index] and _is_ours(line)
        for index, line in enumerate(lines)
    ]
    spans = [(index, index + 1) for index, flag in enumerate(quoted) if flag]
    spans += [(index, index + 1) for index in _lost_marks(lines, quoted)]
    # Unmarked history runs to the end of our email, when it is ours that is quoted (words
    # below it were written below the quote), else to the end.
    last_ours = max((index for index, flag in enumerate(ours) if flag), default=-1)
    end_of_ours = _past_footer(lines, last_ours) if last_ours >= 0 else len(lines)
    heading_end = 0  # past the header block above everything, if there is one
    for start in sorted(set(_header_starts(lines, quoted, language))):
        if quoted[start] or start < heading_end:
            continue
        end = start + 1
        while end < min(start + 3, len(lines)) and not lines[end - 1].rstrip().endswith(":"):
            end += 1
        following = next((i for i in range(end, len(lines)) if lines[i].strip()), len(lines))
        if not any(line.strip() for line in lines[:start]) and _HEADER_LABEL.match(lines[start]):
            # A header block above everything heads the customer's own message.
            while end < len(lines) and _HEADER_LABEL.match(lines[end]):
                end += 1
            spans.append((start, end))
            heading_end = end
            continue
        if following < len(lines) and quoted[following]:
            spans.append((start, end))  # an attribution line: the quote's lines go one by one
            continue
        spans.append((start, end_of_ours if last_ours >= start else len(lines)))
    return spans + _our_runs(lines, ours)


def _lost_marks(lines: list[str], quoted: list[bool]) -> list[int]:
    """Quoted lines that lost their ">" when the client wrapped them: between two quoted
    lines, and not starting a sentence (" (http://…) >", "_nonce=3dd518)")."""
    return [
        index
        for index in range(1, len(lines) - 1)
        if quoted[index - 1]
        and quoted[index + 1]
        and not quoted[index]
        and lines[index].strip()
        and not lines[index][:1].isupper()
        and not lines[index][:1].isdigit()
    ]


def _header_starts(lines: list[str], quoted: list[bool], language: str) -> list[int]:
    """Where reply headers start, among the first MAX_HEADER_LINES candidate lines."""
    starts = []
    candidates: list[int] = []
    for index, line in enumerate(lines):
        if len(candidates) >= MAX_HEADER_LINES:
            break
        if quoted[index] or not line.strip() or len(line) > MAX_HEADER_LINE:
            continue
        candidates.append(index)
        bare = line.strip()
        if (
            _SEPARATOR.match(bare)
            or _is_attribution(bare)
            or _wrapped_attribution(lines, index, bare)
            or (_HEADER_LABEL.match(bare) and _labels_follow(lines, index))
        ):
            starts.append(index)
    return starts + _library_header_starts(lines, candidates, language)


def _is_attribution(bare: str) -> bool:
    """`bare` (one line, stripped, at most MAX_HEADER_LINE long) is an attribution line,
    with or without the dashes around it ("---- John Smith wrote ----")."""
    if not _ATTRIBUTION_HINT.search(bare):
        return False
    core = bare.strip(_DASHES)
    if core != bare and not core.endswith(":"):
        core += ":"
    return bool(_ATTRIBUTION.match(core))


def _wrapped_attribution(lines: list[str], index: int, bare: str) -> bool:
    """An attribution line the client wrapped: "On Thu, 3 Dec 2026 at 10:12, Nordlys Té <"
    and "reply+…@…> wrote:" on the next lines (a blank line between them at times). A line
    ending in a comma ("Hi,") only begins one with a date or an address in it."""
    opens = bool(_OPENER.match(bare))
    strong = bool(_WORD_OPENER.match(bare) or bare[:1].isdigit())  # not just a short word
    if bare.endswith(":") or not (
        opens or bare.endswith("<") or (bare.endswith(",") and _DATE_OR_ADDRESS.search(bare))
    ):
        return False
    following: list[str] = []
    for line in lines[index + 1 : index + WRAPPED_LINES]:
        part = _QUOTED.sub("", line).strip()
        if not part:
            continue
        if (
            _WORD_OPENER.match(part)
            or (not following and not opens and _OPENER.match(part))
            or (not strong and _OPENER.match(part) and _is_attribution(part[:MAX_HEADER_LINE]))
        ):
            return False  # an attribution begins on that line, not on this one
        following.append(part)
        if part.endswith(":"):
            return bool(_ATTRIBUTION.match(" ".join([bare, *following])[:MAX_HEADER_LINE]))
    return False


def _split_shared_lines(lines: list[str]) -> list[str]:
    """Lines where the customer's words run into the attribution ("Fine, thanks On Mon,
    3 Dec 2026, Nordlys wrote:") as two lines; among the first MAX_HEADER_LINES lines with
    words, at most MAX_SPLIT_TRIES places in each."""
    split: list[str] = []
    looked = 0
    for line in lines:
        if looked < MAX_HEADER_LINES and line.strip() and not _QUOTED.match(line):
            looked += 1
            if len(line) <= MAX_HEADER_LINE and line.rstrip(_DASHES).endswith((":", "wrote")):
                for found in islice(_MID_LINE_OPENER.finditer(line, 1), MAX_SPLIT_TRIES):
                    head = line[: found.start()]
                    if head.strip(_DASHES) and _is_attribution(line[found.start() :].strip()):
                        split += [line[: found.start()].rstrip(), line[found.start() :].strip()]
                        break
                else:
                    split.append(line)
                continue
        split.append(line)
    return split


def _labels_follow(lines: list[str], index: int) -> bool:
    following = [_QUOTED.sub("", line) for line in lines[index + 1 : index + 4]]
    return any(_HEADER_LABEL.match(line) for line in following)


def _library_header_starts(lines: list[str], candidates: list[int], language: str) -> list[int]:
    """Where mail-parser-reply sees a reply header ("Von: … Gesendet: …", "Il … ha scritto:"),
    among the candidate lines with a colon or a dashed separator (all its patterns need one);
    the others are blank in what it reads, so line numbers stay."""
    shown = {index for index in candidates if ":" in lines[index] or "-----" in lines[index]}
    last = max(shown, default=-1)
    probe_lines = [
        lines[index][:LIBRARY_LINE] if index in shown else "" for index in range(last + 1)
    ]
    probe = "\n".join(probe_lines)
    line_starts = list(accumulate((len(line) + 1 for line in probe_lines), initial=0))
    starts = []
    for found in _library_header_pattern(language).finditer(probe):
        position = found.start() + (probe[found.start() : found.start() + 1] == "\n")
        starts.append(bisect_right(line_starts, position) - 1)
    return starts


@lru_cache(maxsize=8)
def _library_header_pattern(language: str) -> re.Pattern[str]:
    from mailparser_reply import EmailReplyParser  # type: ignore[import-untyped]
    from mailparser_reply.constants import MAIL_LANGUAGES  # type: ignore[import-untyped]

    known = [lang for lang in (language, "da", "sv", "de", "it", "en") if lang in MAIL_LANGUAGES]
    message = EmailReplyParser(languages=list(dict.fromkeys(known))).read("")
    pattern: re.Pattern[str] = message.HEADER_REGEX
    return pattern


def _past_footer(lines: list[str], index: int) -> int:
    """The line after `index`, past the links and blank lines that close our email."""
    end = index + 1
    while end < len(lines) and (not lines[end].strip() or _URL_ONLY.match(lines[end])):
        end += 1
    return end


def _our_runs(lines: list[str], ours: list[bool]) -> list[tuple[int, int]]:
    """Our email, quoted without marks: two or more of its sentences close together (one
    alone may be the customer quoting us), with the greeting just above them."""
    runs: list[tuple[int, int]] = []
    indexes = [i for i, flag in enumerate(ours) if flag]
    run: list[int] = []
    for index in [*indexes, len(lines) + 99]:
        if run and index - run[-1] > 6:
            if len(run) >= 2:
                start = run[0]
                above = start - 1
                while above >= 0 and not lines[above].strip():
                    above -= 1
                if above >= 0 and _GREETING.match(lines[above]):
                    start = above
                runs.append((start, _past_footer(lines, run[-1])))
            run = []
        run.append(index)
    return runs


# Our own email ---------------------------------------------------------------------------


def _normal(text: str) -> str:
    """Words only, in lower case: no punctuation, links or addresses."""
    text = _LINK_OR_ADDRESS.sub(" ", text.casefold())
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


@lru_cache(maxsize=1)
def _our_sentences() -> tuple[str, ...]:
    """Every piece of our emails' copy between placeholders, normalised, long enough."""
    pieces: set[str] = set()
    for path in sorted(COPY.glob("*.toml")):
        with path.open("rb") as handle:
            catalogue = tomllib.load(handle)
        for table in catalogue.values():
            if not isinstance(table, dict):
                continue
            for value in table.values():
                for piece in re.split(r"\{[^}]*\}|\n", str(value)):
                    normal = _normal(piece)
                    if len(normal) >= OUR_PIECE:
                        pieces.add(normal)
    return tuple(sorted(pieces, key=len, reverse=True))


def _is_ours(line: str) -> bool:
    """Whether `line` is (a wrapped piece of) our email: a long enough piece of one of its
    sentences, or mostly made of them (with a name, a date or an address filled in)."""
    if len(line) > MAX_OUR_LINE_CHARS:
        return False
    normal = _normal(line)
    if len(normal) < OUR_LINE:
        return False  # a short sentence of ours may as well be the customer's own
    covered = 0
    for piece in _our_sentences():
        if normal in piece:
            return True
        if piece in normal:
            covered += len(piece)
    return covered >= OUR_SHARE * len(normal)


# HTML ------------------------------------------------------------------------------------

# Containers of quoted history, as the clients write them: dropped, words around them kept.
_QUOTE_CONTAINERS = (
    "//blockquote",
    "//*[contains(@class,'gmail_quote')]",
    "//*[contains(@class,'gmail_signature')]",
    "//*[contains(@class,'moz-cite-prefix')]",
    "//*[contains(@class,'moz-signature')]",
    "//*[contains(@class,'yahoo_quoted')]",
    "//*[starts-with(@id,'yahoo_quoted')]",
    "//*[@name='quote']",
    "//*[@type='cite']",
    "//*[contains(@class,'protonmail_quote')]",
    "//*[contains(@class,'zmail_extra')]",
    "//*[@id='Signature' or @id='ms-outlook-mobile-signature']",
)
# Where history starts in Outlook's HTML: it and everything after it go.
_HISTORY_STARTS = (
    "//*[@id='appendonsend']",
    "//*[@id='divRplyFwdMsg' or @id='x_divRplyFwdMsg']",
    "//*[@id='mail-editor-reference-message-container']",
    "//*[contains(@class,'OutlookMessageHeader')]",
    "//hr[@id='stopSpelling']",
    "//div[contains(translate(@style,' ',''),'border-top:solid#E1E1E1')]",
    "//div[contains(translate(@style,' ',''),'border-top:solid#B5C4DF')]",
)


# A line drawn above a header block: <hr>, or a border on top (Windows Mail, Outlook.com).
_RULES = "//hr | //div[contains(translate(@style,' ',''),'border-top')]"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def html_words(html: str, problems: list[str], elements: int = MAX_HTML_ELEMENTS) -> str:
    """An HTML part as text, without the containers that hold quoted history; at most
    `elements` of its elements are rendered."""
    import lxml.html  # type: ignore[import-untyped]
    from inscriptis import Inscriptis  # type: ignore[import-untyped]
    from inscriptis.model.config import ParserConfig  # type: ignore[import-untyped]

    if len(html) > MAX_HTML_CHARS:
        problems.append(f"HTML part cut at {MAX_HTML_CHARS} characters")
        html = html[:MAX_HTML_CHARS]
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html)
    # lxml refuses text that XML cannot hold (control characters, lone surrogates) when a
    # quote is cut out of the tree; a browser shows nothing for them either.
    html = _NOT_XML.sub("", html)
    try:
        tree = lxml.html.document_fromstring(html)
    except Exception as error:
        problems.append(f"unreadable HTML part: {type(error).__name__}")
        return re.sub(r"<[^<>]*>", " ", html)
    for xpath in _HISTORY_STARTS:
        for element in tree.xpath(xpath)[:1]:
            _cut_from(element)
    for rule in tree.xpath(_RULES)[:MAX_RULES]:
        following = rule.xpath(
            "(descendant::text() | following::text())[normalize-space()][position() <= 3]"
        )
        if _HEADER_LABEL.match(" ".join(following)[:MAX_HEADER_LINE]):
            _cut_from(rule)  # a rule above "From: … Date: …": the history under it
            break
    for xpath in _QUOTE_CONTAINERS:
        for element in tree.xpath(xpath):
            if element.getparent() is not None:
                element.drop_tree()
    # Rendering is the slow part (Python, per element): the first ones are rendered.
    past = next(islice(tree.iter(), elements, None), None)
    if past is not None:
        problems.append(f"HTML past {elements} elements left unread")
        _cut_from(past)
    text: str = Inscriptis(tree, ParserConfig(display_links=False)).get_text()
    return text


def _cut_from(element: Any) -> None:
    """Removes `element`, everything after it in its parent, and so on up to <body>."""
    node = element
    while node.getparent() is not None and node.tag not in ("body", "html"):
        for sibling in list(node.itersiblings()):
            node.getparent().remove(sibling)
        node.tail = None
        node = node.getparent()
    if element.getparent() is not None:
        element.getparent().remove(element)
