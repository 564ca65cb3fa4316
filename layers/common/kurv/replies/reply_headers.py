"""Where the quoted history begins in a reply's lines: attribution lines ("On … wrote:",
"Den … skreiv:", wrapped, dashed, sharing a line with the reply; a date and an address
right above quoted lines), Outlook's header blocks ("Fra:", "Van:", "Von:" …, also
flattened onto one line) and separators ("-----Original Message-----", a titled or bare
rule over a header block). Pure; each
pattern is matched against one line of at most MAX_HEADER_LINE characters (or a wrapped
attribution joined and cut to that), among the first MAX_HEADER_LINES lines with words.

mail-parser-reply's header patterns find reply headers in da/de/en/it/sv; ours add
Norwegian (nynorsk too), Finnish, Dutch, Polish and the lines the suites of four reply parsers show.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, islice

# Lines longer than this are read as words, never as headers (and never reach the
# mail-parser-reply patterns, which are not linear in a line's length: those see at most
# LIBRARY_LINE characters of at most MAX_HEADER_LINES lines).
MAX_HEADER_LINE = 300
LIBRARY_LINE = 160
# Reply headers are looked for in the first lines that are neither blank nor quoted: the
# customer's words above them are bounded anyway (inbound.MAX_TEXT_BYTES).
MAX_HEADER_LINES = 40
_QUOTED = re.compile(r"^\s*>")
_VERBS = (
    r"(?:wrote|writes|skrev|skreiv|schrieb|ha scritto|hat geschrieben|a écrit|schreef"
    r"|geschreven|escribió|escreveu|napisał[a]?|pisze|napsal[a]?|napísal[a]?|написал\u0430?"
    r"|пишет|kirjoitti|viết"
    r"|写道|작성(?:하였습니다)?)"
    r"(?:\([a\u0430]\))?"
)
# "… skreiv følgjande:", "… schrieb folgendes:", "… het volgende geschreven:"
_FOLLOWING = r"(?:\s+(?:følgende|følgjande|fylgjande|följande|folgendes|the following))?"
_OPENERS = r"on|den|am|il|le|el|op|på|em|w dniu|dnia|dne"
_DATE = r"\d{1,4}[-./年]\s?\d{1,2}[-./月]\s?\d{1,4}"
_ADDRESS_COLON = r"<\s?[^\s<>@]{1,80}@[^\s<>]{1,120}>\s*:"
# Webmail (Horde, SquirrelMail) names the quoted before the address: "Quoting Bob <…@…>:",
# "Zitat von Bob <…@…>:", "Citando Bob <…@…>:", "Citation de Bob <…@…> :".
_QUOTING = (
    r"quoting|zitat von|citando|citation de|citerar|citerer|citaat van|cytuję"
    r"|lainaus|sitat fra|sitat|citat fra|citat af|citat|citazione da|citazione di"
)
# "On 3 Dec 2026, Nordlys Té <…> wrote:", "Den 3. dec. 2026 kl. 10.12 skrev Nordlys Té <…>:",
# "Am 03.12.2026 um 10:12 schrieb …:", "Il giorno … ha scritto:", "… skreiv følgjande:",
# "W dniu … napisał:", "26.06.2014, 14:41, "Nordlys" <…@…>:" (a date and an address),
# "Вторник, 3 декабря 2026, 10:12 +01:00 от Nordlys <…@…>:" (a number and an address).
_ATTRIBUTION = re.compile(
    rf"(?i)^(?:(?:{_OPENERS})\b.{{0,250}}\b(?:{_VERBS}|sent)\b.{{0,150}}:"
    rf"|.{{0,250}}(?:\d|@|<|\]).{{0,150}}\b{_VERBS}\b.{{0,150}}:"
    rf"|.{{0,120}}\b{_VERBS}{_FOLLOWING}\s*:"
    # Thunderbird's verb before the date: "Lumo kirjoitti 4.3.2025 klo 11.15:", "Bob schrieb
    # am 04.03.25 um 11:15:"; at most two words between (not "I wrote to you on 3/4 about:").
    rf"|.{{0,120}}\b{_VERBS}\s+(?:[^\W\d_]+\.?\s+){{0,2}}{_DATE}[^:]{{0,40}}(?::\d\d)?\s*:"
    rf"|{_DATE}[^<>@]{{0,150}}<?\s?[^\s<>@]{{1,80}}@[^\s<>@]{{1,120}}>\s*:"
    # Tuta: "10 Mar 2025, 13:03 by kundeservice@tundra.example:", a time and a bare address
    rf"|[^<>@]{{0,80}}\d{{1,2}}:\d\d[^<>@]{{0,40}}\s(?:by|von|av|af|da|de|door|par|kirjoitti)"
    rf"\s+[^\s<>@]{{1,80}}@[^\s<>@]{{1,120}}\s*:"
    rf"|[^\d<>]{{0,100}}\d[^<>]{{0,150}}{_ADDRESS_COLON}"
    r"|\*\s.{0,120}\[\d{4}-\d\d-\d\d[^\]]*\]:"
    rf"|(?:{_QUOTING})\s[^<>@]{{0,150}}{_ADDRESS_COLON})\s*$"
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
    r"(?i)^[*\s]*(?:from|fra|frå|från|von|da|de|van|od|от|sent|sendt|skickat|gesendet|inviato|envoyé"
    r"|enviado|verzonden|verstuurd|wysłano|wysłane|отправлено|date|dato|datum|data|fecha"
    r"|дата|to|til|till|an|a|aan|à|para|do|кому|subject|emne|ämne|betreff|oggetto|objet"
    r"|asunto|onderwerp|temat|тема|cc|kopi|kopia|reply-to|svar til|antwort an"
    # fi: "Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Aihe:", "Kopio:", "Päivämäärä:"
    r"|lähettäjä|lähetetty|vastaanottaja|aihe|kopio|päivämäärä"
    # cs, ja, zh, ko: Outlook's labels there
    r"|odesláno|komu|předmět|kopie|差出人|送信日時|宛先|件名|日付|发件人|发送时间|收件人|主题"
    r"|抄送|日期|보낸\s?사람|보낸\s?날짜|받는\s?사람|제목|참조"
    # pt: Outlook's labels there
    r"|enviada em|enviado em|assunto"
    r")\s*\**\s*[:\uff1a]"
)
_MESSAGE_WORDS = (
    r"original message|original-nachricht|originalnachricht|ursprüngliche nachricht"
    r"|antwort nachricht|oprindelig (?:meddelelse|besked|mail|e-mail)"
    r"|opprinnelig (?:melding|e-post)|opphavleg melding"
    r"|ursprungligt (?:meddelande|e-postmeddelande)"
    r"|originalmeddelande|messaggio originale|messaggio inoltrato|forwarded message"
    r"|videresendt (?:meddelelse|besked|melding)|vidaresendt melding|weitergeleitete nachricht"
    r"|vidarebefordrat meddelande|message d'origine|message transféré|reply message"
    r"|oorspronkelijk bericht|origineel bericht|doorgestuurd bericht|wiadomość oryginalna"
    r"|oryginalna wiadomość|mensaje original|mensaje reenviado|исходное сообщение"
    r"|пересылаемое сообщение|alkuperäinen viesti|välitetty viesti"
)
_SEPARATOR = re.compile(
    rf"(?i)^\s*(?:[-_=]{{2,}}\s*(?:{_MESSAGE_WORDS})\s*[-_=]{{2,}}"
    r"|_{20,}|begin forwarded message:|start på videresendt (?:besked|meddelelse|melding):"
    r"|anfang der weitergeleiteten nachricht:|inizio messaggio inoltrato:"
    r"|vidarebefordrat brev:|videresendt melding:|vidaresendt melding:)\s*$"
)
# A title between dashes over a header block, whatever its language names the message:
# "---------- Původní e-mail ----------" above "Od: …".
_DASHED_TITLE = re.compile(r"^[-_=]{4,} ?[^\W\d_][^_=]{0,60}?[-_=]{4,}$")
# A rule drawn above a header block: "------------------------------" over "*From:* …".
_RULE_LINE = re.compile(r"^[-_=]{10,}$")
# What every attribution line has, before the full pattern is tried: a verb, or a date.
_ATTRIBUTION_HINT = re.compile(
    rf"(?i)\b{_VERBS}|\bsent\b|\[\d{{4}}-|^{_DATE}|>\s*:$|@[^\s<>@]{{1,120}}\s*:$"
    rf"|^(?:{_QUOTING})\s"
)


# A date and an address, with no verb and no colon, right above quoted lines:
# "2026/4/7 Nordlys <shop@example.com>" (some webmails' attribution).
_DATED_ADDRESS = re.compile(rf"^{_DATE}\D.{{0,150}}\S@\S")
# Outlook's header block flattened onto one line (an HTML part read as text, a client that
# joins it): "Fra: Nordlys <…> Sendt: 3. december 2026 Til: Ada Emne: Din kurv".
_FROM_LABEL = re.compile(
    r"(?i)^[*\s]*(?:from|fra|frå|från|von|da|de|van|od|от|lähettäjä)\s*\**\s*:"
)
_INNER_LABEL = re.compile(
    r"(?i)\s\**(?:sent|sendt|skickat|gesendet|inviato|envoyé|enviado|verzonden|wysłano|date"
    r"|dato|datum|data|to|til|till|an|a|aan|à|para|do|subject|emne|ämne|betreff|oggetto|objet"
    r"|asunto|onderwerp|temat|lähetetty|vastaanottaja|aihe|päivämäärä|enviada em|assunto)"
    r"\s*\**\s*:"
)
FLAT_LABELS = 2  # labels after "From:" on the same line


def header_starts(lines: list[str], quoted: list[bool], language: str) -> list[int]:
    """Where reply headers start, among the first MAX_HEADER_LINES candidate lines."""
    starts = []
    candidates: list[int] = []
    for index, line in enumerate(lines):
        if len(candidates) >= MAX_HEADER_LINES:
            break
        if quoted[index] or not line.strip() or len(line) > MAX_HEADER_LINE:
            continue
        candidates.append(index)
        bare = line.strip().replace("\uff1a", ":")  # a full-width colon (Chinese)
        if (
            _SEPARATOR.match(bare)
            or _is_flat_header_block(bare)
            or _is_attribution(bare)
            or _wrapped_attribution(lines, index, bare)
            or (_HEADER_LABEL.match(bare) and _labels_follow(lines, index))
            or (_DASHED_TITLE.match(bare) and _labels_follow(lines, index))
            or (_RULE_LINE.match(bare) and _labels_follow(lines, index))
            or (_DATED_ADDRESS.match(bare) and _quote_follows(lines, quoted, index))
        ):
            starts.append(index)
    return starts + _library_header_starts(lines, candidates, language)


def _quote_follows(lines: list[str], quoted: list[bool], index: int) -> bool:
    """The next line with words after `index` is quoted ("> …")."""
    for line, mark in islice(zip(lines[index + 1 :], quoted[index + 1 :], strict=True), 3):
        if line.strip():
            return mark
    return False


def _is_flat_header_block(bare: str) -> bool:
    if not _FROM_LABEL.match(bare):
        return False
    labels = {found.group(0).strip(" *:").casefold() for found in _INNER_LABEL.finditer(bare)}
    return len(labels) >= FLAT_LABELS


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


def split_shared_lines(lines: list[str]) -> list[str]:
    """Lines where the customer's words run into the attribution ("Fine, thanks On Mon,
    3 Dec 2026, Nordlys wrote:") as two lines; among the first MAX_HEADER_LINES lines with
    words, at most MAX_SPLIT_TRIES places in each."""
    split: list[str] = []
    looked = 0
    for line in lines:
        if looked < MAX_HEADER_LINES and line.strip() and not _QUOTED.match(line):
            looked += 1
            run_on = _attribution_run_on(line)
            if run_on:
                split += [line[:run_on].strip(), line[run_on:].strip()]
                continue
            if len(line) <= MAX_HEADER_LINE and line.rstrip(_DASHES).endswith((":", "wrote")):
                for found in islice(_MID_LINE_OPENER.finditer(line, 1), MAX_SPLIT_TRIES):
                    head, rest = line[: found.start()], line[found.start() :].strip()
                    # Clients write the attribution's first word capitalised ("On", "Den");
                    # "… 2026 på 02:23:18, … skrev:" is one attribution, not two halves.
                    opener = rest.lstrip(_DASHES)[:1]
                    if head.strip(_DASHES) and opener.isupper() and _is_attribution(rest):
                        split += [line[: found.start()].rstrip(), line[found.start() :].strip()]
                        break
                else:
                    split.append(line)
                continue
        split.append(line)
    return split


# "wrote:" and its kin, ending an attribution that the quote runs on from.
_VERB_COLON = re.compile(rf"(?i)\b{_VERBS}{_FOLLOWING}\s*:")
_TIME_OR_ADDRESS = re.compile(r"\b\d{1,2}[:.]\d\d\b|@")


def _attribution_run_on(line: str) -> int:
    """Where the quote begins in a line an attribution opens and the quote runs on in
    ("On Tue, 4 Mar 2025, Bob <…> wrote:   Your basket is waiting  Hi Jenny, …", as
    Yahoo's text puts it), or 0: the line is not one."""
    found = _VERB_COLON.search(line, 0, MAX_HEADER_LINE)
    if found is None or not line[found.end() :].strip():
        return 0
    head = line[: found.end()].strip()
    stamped = _TIME_OR_ADDRESS.search(head)  # not "On Monday I wrote: please cancel"
    return found.end() if stamped and _OPENER.match(head) and _is_attribution(head) else 0


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


def is_attribution(line: str) -> bool:
    """`line` (one line, at most MAX_HEADER_LINE long) is an attribution ("On … wrote:")."""
    return _is_attribution(line.strip()[:MAX_HEADER_LINE])


def is_header_label(line: str) -> bool:
    """`line` begins with a label of a header block ("From:", "Fra:", "*Von:*")."""
    return bool(_HEADER_LABEL.match(line))


def is_quoted(line: str) -> bool:
    """`line` is marked as quoted ("> …"), not framed by arrows (">>> the link <<<")."""
    if not _QUOTED.match(line):
        return False
    text = line.strip()
    return not (text.startswith(">>") and text.endswith("<<"))
