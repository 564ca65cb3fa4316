"""The customer's own words in a reply: without the history their client quoted (our own
email, most of the time), the reply headers above it, and their signature. Pure.

Clients quote in three ways: with "> " before each line (Apple Mail, Thunderbird, mutt,
Gmail's plain text), under a header block or a separator line without marking the lines
(Outlook, GMX, Yahoo), or in HTML containers (blockquote, gmail_quote, divRplyFwdMsg),
which `html_quotes.html_words` drops before the HTML becomes text. Most people write above
the quote; some write below a quote marked with ">" or between its lines, and those words
are kept too.

Where the history begins is `reply_headers`' to say (attributions, header blocks,
separators); our own email's sentences (copy/*.toml) mark quoted history however the client
quoted it; what closes the customer's words (signature, device line, disclaimer) is
`signatures`'.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import lru_cache

from kurv import COPY
from kurv.replies import signatures
from kurv.replies.reply_headers import (
    header_starts,
    is_header_label,
    is_quoted,
    split_shared_lines,
)
from kurv.replies.signature_cards import senders_name_alone

MAX_TEXT_CHARS = 64_000
WRAP_WIDTH = 60  # a quoted line this long, cut mid-sentence, was wrapped by the client
MAX_OUR_LINES = 2000
MAX_OUR_LINE_CHARS = 1000  # a longer line is never a sentence of ours
# A line shorter than this is never taken for ours; one that is, is ours when it is part of
# a sentence of ours, or when this share of it is made of pieces of them.
OUR_LINE = 30
OUR_SHARE = 0.6
OUR_PIECE = 12


_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")  # faster than translate
_GREETING = re.compile(
    r"(?i)^\s*(?:hej|hei|hi|hello|hallo|ciao|guten tag|liebe|lieber|salve|buongiorno)\b"
    r".{0,40}[,!]?\s*$"
)
# An address starts where its word starts: no retrying from every character of a long word.
_LINK_OR_ADDRESS = re.compile(r"<?(?:https?://|www\.)\S+|(?<!\S)\S+@\S+")
_URL_ONLY = re.compile(r"^\s*<?https?://\S+>?\s*$")


def own_words(text: str, language: str, sender: str = "") -> str:
    """What the customer wrote in `text` (a reply's body as text), without quoted history,
    reply headers or signature; line breaks normalised, trailing whitespace trimmed.
    `sender`, the From header, helps tell their signature."""
    segments = _segments(text, language)
    unsigned = [signatures.unsigned(list(segment), sender=sender) for segment in segments]
    if len([block for block in unsigned if "".join(block).strip()]) > 1:
        # Their name alone under the quote, their words above it or between its lines.
        unsigned = [block for block in unsigned if not _name_alone(block, sender)]
    words = _joined(unsigned)
    if not words:
        # A reply that is only a thank-you ("Tak", "Thanks Anna") says just that.
        words = _joined(
            signatures.unsigned(list(segment), keep_thanks=True, sender=sender)
            for segment in segments
        )
    return words


def _name_alone(block: list[str], sender: str) -> bool:
    lines = [line for line in block if line.strip()]
    return len(lines) == 1 and (
        senders_name_alone(lines[0], sender) or signatures.is_initials(lines[0])
    )


def signed_name(text: str, language: str) -> str:
    """The name the customer signed their words in `text` with ("Thanks,\nAlex": Alex), from
    the last of their blocks that is signed; "" if none is."""
    names = [signatures.signed_name(list(segment)) for segment in _segments(text, language)]
    return next((name for name in reversed(names) if name), "")


@lru_cache(maxsize=4)
def _segments(text: str, language: str) -> tuple[tuple[str, ...], ...]:
    """The blocks of `text`'s lines the customer wrote, in order: what is around the quoted
    history, the attributions and the header blocks. Kept for the last few texts: a reply's
    own words and its signed name are read from the same."""
    lines = split_shared_lines(_lines(text[:MAX_TEXT_CHARS]))
    keep = [True] * len(lines)
    for start, end in _history(lines, language):
        keep[start:end] = [False] * (end - start)
    segments: list[list[str]] = [[]]
    for line, kept in zip(lines, keep, strict=True):
        if kept:
            segments[-1].append(line)
        elif segments[-1]:
            segments.append([])
    return tuple(tuple(segment) for segment in segments)


def _joined(segments: Iterable[list[str]]) -> str:
    words = "\n\n".join("\n".join(segment).strip("\n") for segment in segments)
    return re.sub(r"\n{3,}", "\n\n", words).strip()


def _lines(text: str) -> list[str]:
    text = _INVISIBLE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    return [line.replace("\u00a0", " ").rstrip() for line in text.split("\n")]


def _history(lines: list[str], language: str) -> list[tuple[int, int]]:
    """The spans (start, end) of lines that are quoted history, attribution or headers."""
    quoted = [bool(is_quoted(line)) for line in lines]
    # Lines marked ">" go anyway; our sentences matter where the quote is unmarked.
    ours = [
        index < MAX_OUR_LINES and not quoted[index] and _is_ours(line)
        for index, line in enumerate(lines)
    ]
    spans = [(index, index + 1) for index, flag in enumerate(quoted) if flag]
    spans += [(index, index + 1) for index in _lost_marks(lines, quoted)]
    # Unmarked history under a header block or an attribution runs to the end: its last
    # sentence we know is not where it ends (the basket's lines, a shop's own footer, a
    # sentence the shop rewrote follow it), and those clients put the reply above it.
    heading_end = 0  # past the header block above everything, if there is one
    for start in sorted(set(header_starts(lines, quoted, language))):
        if quoted[start] or start < heading_end:
            continue
        end = start + 1
        while end < min(start + 3, len(lines)) and not lines[end - 1].rstrip().endswith(":"):
            end += 1
        following = next((i for i in range(end, len(lines)) if lines[i].strip()), len(lines))
        if not any(line.strip() for line in lines[:start]) and is_header_label(lines[start]):
            # A header block above everything heads the customer's own message.
            while end < len(lines) and is_header_label(lines[end]):
                end += 1
            spans.append((start, end))
            heading_end = end
            continue
        if following < len(lines) and quoted[following]:
            spans.append((start, end))  # an attribution line: the quote's lines go one by one
            continue
        spans.append((start, len(lines)))
    return spans + _our_runs(lines, ours)


def _lost_marks(lines: list[str], quoted: list[bool]) -> list[int]:
    """Quoted lines that lost their ">" when the client wrapped them: between two quoted
    lines, and a piece of a line, not a sentence: starting with no letter or digit
    (" (http://…) >", "_nonce=3dd518)"), or going on from a quoted line cut mid-sentence.
    A customer's inline answer ("yes, the card was declined") under a question stays."""
    return [
        index
        for index in range(1, len(lines) - 1)
        if quoted[index - 1]
        and quoted[index + 1]
        and not quoted[index]
        and lines[index].strip()
        and (not lines[index].lstrip()[:1].isalnum() or _goes_on(lines[index - 1], lines[index]))
    ]


def _goes_on(quoted: str, line: str) -> bool:
    """`line` goes on from `quoted`, cut mid-sentence: in lower case, or under a long line."""
    text = quoted.rstrip()
    return not text.endswith((".", "?", "!", ":")) and (
        line[:1].islower() or len(text) >= WRAP_WIDTH
    )


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


@lru_cache(maxsize=1)
def _our_index() -> tuple[str, dict[str, tuple[str, ...]]]:
    """Our sentences joined by line breaks (a normal text has none: a line found in the
    whole lies within one), and by their first OUR_PIECE characters."""
    by_start: dict[str, list[str]] = {}
    for piece in _our_sentences():
        by_start.setdefault(piece[:OUR_PIECE], []).append(piece)
    joined = "\n".join(_our_sentences())
    return joined, {start: tuple(pieces) for start, pieces in by_start.items()}


def _is_ours(line: str) -> bool:
    """Whether `line` is (a wrapped piece of) our email: a long enough piece of one of its
    sentences, or mostly made of them (with a name, a date or an address filled in)."""
    if len(line) > MAX_OUR_LINE_CHARS:
        return False
    normal = _normal(line)
    if len(normal) < OUR_LINE:
        return False  # a short sentence of ours may as well be the customer's own
    joined, by_start = _our_index()
    if normal in joined:
        return True
    # Each of our sentences within the line counts once, found where it starts.
    found: set[str] = set()
    for start in range(len(normal) - OUR_PIECE + 1):
        for piece in by_start.get(normal[start : start + OUR_PIECE], ()):
            if piece not in found and normal.startswith(piece, start):
                found.add(piece)
    return sum(map(len, found)) >= OUR_SHARE * len(normal)
