"""Why a shop's customers left, in their own words: each reason read from their replies,
how many gave it, and one sentence that shows it (`kurv report`). Pure.

The example is the most telling sentence of one reply with that reason: a sentence that
by itself is read as the reply was (the cue that decided the reason stands in it), else
the reply's first sentence of a few words. It is one clean line of at most
`EXAMPLE_LENGTH` characters, cut at a word, and it keeps no one's particulars: addresses,
links and phone numbers become "…", and so do the words of the customer's own address
(its local part is most often their name). Auto-replies, replies set aside unread,
replies no cart was found for (a forged or unknown code) and replies without words of
their own are never an example; only the first three are left out of the counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kurv.core.model import ReplyReason
from kurv.core.text import clean_line
from kurv.replies import reasons

if TYPE_CHECKING:
    from kurv.replies.reply_store import StoredReply

ELLIPSIS = "…"
EXAMPLE_LENGTH = 160
# Bounds on the work for one reason: the replies tried for an example (the surest and
# newest first), the sentences read of one reply and of them all. Only what an example
# shows is read (EXAMPLE_LENGTH characters), so no sentence costs more than a short one.
REPLIES_TRIED = 10
SENTENCES_READ = 12
READS_PER_REASON = 16
# A fallback sentence has at least this many words ("Hi Anna," is not an example).
FEW_WORDS = 3
# Rules that name no cue in the text: any sentence would read the same.
NO_CUE = (reasons.NO_RULE, reasons.NO_TEXT_RULE)

# A sentence ends at . ! ? or … before a space; a line ends one too.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_TOKEN = re.compile(r"\S+")
# Around a token: punctuation that is the sentence's, not the address's or the link's.
_OUTER = "\"'()[]<>{},;:.!?«»\u201c\u201d\u2018\u2019"
# A phone number: 8 to 15 digits with spaces, dots, dashes, brackets or a leading +.
# Bounded, so a long run of digits costs no more than a short one.
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d ().-]{6,22}\d(?!\w)")
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_NAME_PART = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class ReasonSeen:
    """One reason the shop's customers gave: how many replies, and an example ("" if no
    reply with it had words to show)."""

    reason: str
    count: int
    example: str


def why_left(replies: Iterable[StoredReply]) -> list[ReasonSeen]:
    """The reasons in `replies`, the most given first (then in ReplyReason's order)."""
    by_reason: dict[str, list[StoredReply]] = {}
    for reply in replies:
        if counted(reply):
            by_reason.setdefault(reply.reason, []).append(reply)
    order = [reason.value for reason in ReplyReason]
    seen = [
        ReasonSeen(reason, len(found), example_of(found)) for reason, found in by_reason.items()
    ]
    return sorted(
        seen,
        key=lambda one: (-one.count, order.index(one.reason) if one.reason in order else 99),
    )


def counted(reply: StoredReply) -> bool:
    """A customer's reply to a cart: not an auto-reply, not set aside, not to no cart."""
    return not (reply.auto_reply or reply.set_aside or reply.cart_id is None)


def example_of(replies: list[StoredReply]) -> str:
    """The example for replies of one reason: a sentence holding the deciding cue from the
    surest and newest reply that has one, else the fallback of the surest and newest."""
    fallback = ""
    reads = READS_PER_REASON
    surest = sorted(replies, key=lambda reply: (-reply.confidence, -reply.received_at))
    for reply in surest[:REPLIES_TRIED]:
        told = telling_sentence(
            reply.text, reply.reason, reply.rule, reply.language, min(reads, SENTENCES_READ)
        )
        reads -= told.reads
        shown = shareable(told.sentence, reply.from_address)
        if not _has_words(shown):
            continue
        if told.decided:
            return shown
        fallback = fallback or shown
    return fallback


@dataclass(frozen=True)
class Told:
    """The sentence that tells a reply's reason, whether it holds the cue, and how many
    sentences were read to find it."""

    sentence: str
    decided: bool
    reads: int = 0


def telling_sentence(
    text: str, reason: str, rule: str, language: str, reads: int = SENTENCES_READ
) -> Told:
    """The sentence of `text` that tells `reason`, and whether it holds the cue: the first
    that read alone (as far as an example shows it) gives `rule`, else the first that gives
    `reason` (not other: a sentence without a cue gives other), of the first `reads`
    sentences; else (not decided) the first of a few words, else the first with any. An
    empty sentence for a text without words."""
    found = [one for one in sentences(text) if _has_words(one)]
    if not found or rule == reasons.NO_TEXT_RULE:
        return Told("", decided=False)
    same_reason = ""
    read = 0
    for sentence in found[:reads] if rule not in NO_CUE else ():
        reading = reasons.read(shortened(clean_line(sentence)), language)
        read += 1
        if reading.rule == rule:
            return Told(sentence, decided=True, reads=read)
        # Any sentence without a cue reads as other: only the rule tells that reason.
        if not same_reason and reading.reason == reason != ReplyReason.OTHER:
            same_reason = sentence
    if same_reason:
        return Told(same_reason, decided=True, reads=read)
    wordy = [one for one in found if len(one.split()) >= FEW_WORDS]
    return Told((wordy or found)[0], decided=False, reads=read)


def sentences(text: str) -> list[str]:
    """`text`'s sentences, each on one line: split at line ends and at . ! ? … before a
    space."""
    return [
        one.strip()
        for line in text.splitlines()
        for one in _SENTENCE_END.split(line)
        if one.strip()
    ]


def shareable(sentence: str, from_address: str = "") -> str:
    """`sentence` on one clean line with no one's particulars ("…" instead), at most
    EXAMPLE_LENGTH characters, cut at a word."""
    line = clean_line(sentence)
    line = _TOKEN.sub(_without_address_or_link, line)
    line = _PHONE.sub(_without_phone, line)
    names = _name_parts(from_address)
    if names:
        pattern = r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)"
        line = re.sub(pattern, ELLIPSIS, line, flags=re.IGNORECASE)
    return shortened(line)


def shortened(line: str, limit: int = EXAMPLE_LENGTH) -> str:
    """`line` at most `limit` characters: cut at the last word that fits, with "…"."""
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-\u2013") + ELLIPSIS


def _without_address_or_link(found: re.Match[str]) -> str:
    token = found.group()
    core = token.strip(_OUTER)
    if not core:
        return token
    local, at, domain = core.partition("@")
    link = "://" in core or core.lower().startswith("www.")
    if not (link or (at and local and "." in domain.strip("."))):
        return token
    start = token.index(core)
    return token[:start] + ELLIPSIS + token[start + len(core) :]


def _without_phone(found: re.Match[str]) -> str:
    number = found.group()
    digits = sum(char.isdigit() for char in number)
    if digits < 8 or digits > 15 or _DATE.fullmatch(number.strip("()")):
        return number
    return ELLIPSIS


def _name_parts(address: str) -> list[str]:
    """The words of an address's local part ("anna.berg" -> anna, berg): most often the
    customer's name."""
    local = address.rpartition("@")[0]
    return sorted(set(_NAME_PART.findall(local.lower())), key=len, reverse=True)


def _has_words(text: str) -> bool:
    return any(char.isalpha() for char in text)
