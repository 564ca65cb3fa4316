"""What in a text would let its reader reach someone: web addresses and domains, email
addresses, phone numbers, however they are spelt. Pure.

Anyone holding a shop's publishable key can name a cart's items and its customer, and the
email that shows them comes from the shop. So the storefront's words are read as a reader
would read them (``_fold``: full-width and styled letters, Unicode digits and dots, look-alike
letters, "[.]" and "dot" for a dot) and every word that takes part in a way to reach someone
is left out. What is left is shown as it was written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from publicsuffixlist import PublicSuffixList

# A phone number has at least this many digits; product names rarely run so many together.
PHONE_DIGITS = 7

_DOT = "."  # a full stop as written, or a look-alike that NFKD makes one (full-width, small)
_SOFT_DOT = "\u00b7"  # a dot that may end a sentence: ・ 。 • and the word "dot"
_SURE_DOT = "\ue000"  # a dot nobody writes but for an address: "[.]", "(dot)"
_SOFT_DOTS = frozenset(
    "\u00b7\u0387\u05c5\u06d4\u0701\u0702\u16eb\u2022\u2027\u2219\u22c5\u2e31\u2e33\u30fb"
    "\u3002\u318d\uff61\uff65\u25cf\u2981\u2e30\u0589"
)
_DOT_WORDS = frozenset({"dot", "punkt", "punto", "prikk", "point", "period", "pkt"})
_AT_WORDS = frozenset({"at", "snabela", "chiocciola"})
_BRACKETED = re.compile(r"[\[({<]\s*(?P<word>[^\W\d_]+|[.\u00b7@])\s*[\])}>]", flags=re.IGNORECASE)

# Letters of other scripts (and Latin small capitals) that read as Latin ones.
_LOOK_ALIKES = str.maketrans(
    "аеорсухіјѕԁӏһԛԝүвкмнтьзꞮɡıɩοαιικνρτυχεωϲϳάέίόύᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢօսհոցզ",
    "aeopcyxijsdlhqwybkmhtbsigiioaiiknptuxewcjaeiouabcdefghijklmnoprstuvwyzouhngq",
)
_LEET = str.maketrans("0345789", "oeastbg")

_LABEL = re.compile(r"[^\W_]+")
_LABEL_AFTER = re.compile(r"[^\w\s]{0,2}(?P<label>[^\W_]+(?:-+[^\W_]+)*)")
_NEXT_PIECE = re.compile(r" ([^\W_]+)")
_DOT_BETWEEN = re.compile(rf"\s?[\[({{<]?\s?[.{_SOFT_DOT}{_SURE_DOT}]\s?[\])}}>]?\s?")
_SCHEME = re.compile(r"\S*:\s?[/\\]\s?[/\\]\S*")
_EMAIL = re.compile(r"\S*\s?@\s?\S*")
_IPV4 = re.compile(rf"\d{{1,3}}(?:\s?[.{_SOFT_DOT}{_SURE_DOT}]\s?\d{{1,3}}){{3}}")
# Digits, and the letters that stand in for them ("8OO"), in runs broken only by separators.
_NUMBER = r"(?<![^\W_])(?=[oli]*\d)[\doli]+(?![^\W_])"
_PHONE = re.compile(rf"{_NUMBER}(?:[\W_]{{1,3}}{_NUMBER})*")


def without_ways_to_reach(text: str) -> tuple[str, bool]:
    """`text` without the words that spell a way to reach someone, and whether any went.
    Words are split on whitespace and kept or left out whole."""
    words = text.split()
    skeleton = _Skeleton.of(words)
    dropped: set[int] = set()
    for pattern in (_SCHEME, _EMAIL, _IPV4):
        for match in pattern.finditer(skeleton.text):
            dropped |= skeleton.words_in(match.start(), match.end())
    for match in _PHONE.finditer(skeleton.text):
        if sum(len(digits) for digits in _LABEL.findall(match.group())) >= PHONE_DIGITS:
            dropped |= skeleton.words_in(match.start(), match.end())
    for match in _LABEL.finditer(skeleton.text):
        if _latin(match.group()) == "www":
            dropped |= skeleton.words_in(match.start(), match.end())
    for match in _DOT_BETWEEN.finditer(skeleton.text):
        span = _domain_around(skeleton.text, match)
        if span is not None:
            dropped |= skeleton.words_in(*span)
    kept = [word for index, word in enumerate(words) if index not in dropped]
    return " ".join(kept), bool(dropped)


def _domain_around(text: str, dot: re.Match[str]) -> tuple[int, int] | None:
    """The span of `label <dot> label` around a dot when it reads as a domain, else None."""
    start = _label_start(text, dot.start())
    after = _LABEL_AFTER.match(text, dot.end())
    if start is None or after is None:
        return None
    label = after.group("label")
    readings = [(label, after.end()), (label.split("-")[0], after.end())]
    # A top-level domain spelt out in pieces ("c o m", "c om") is read joined.
    end = after.end()
    if len(label) == 1 and label.isalpha():
        while len(label) < 24 and (more := _NEXT_PIECE.match(text, end)):
            label, end = label + more.group(1), more.end()
            readings.append((label, end))
    tlds = [last for reading, last in readings if _has_letter(reading) and _is_top_level(reading)]
    if tlds:
        return start, max(tlds)
    if _SURE_DOT in dot.group() or dot.group() == _DOT:  # "evil.com", "evil[.]com": any word
        sure = [last for reading, last in readings if len(reading) >= 2 and _has_letter(reading)]
        return (start, sure[0]) if sure else None
    return None


def _has_letter(label: str) -> bool:
    return any(char.isalpha() for char in label)


def _label_start(text: str, end: int) -> int | None:
    """Where the word that ends at `end` (or one space before it) starts, if it has a letter
    or digit; else None."""
    if end and text[end - 1] == " ":
        end -= 1
    start = end
    while start and not text[start - 1].isspace():
        start -= 1
    return start if any(char.isalnum() for char in text[start:end]) else None


def _is_top_level(label: str) -> bool:
    readings = {label, _latin(label)}
    readings |= {reading.translate(_LEET) for reading in set(readings)}
    readings |= {reading.replace("1", "l") for reading in set(readings)}
    readings |= {reading.replace("1", "i") for reading in set(readings)}
    psl = _public_suffixes()
    return any(
        (reading.isalpha() or reading.startswith("xn--")) and psl.is_public(reading)
        for reading in readings
    )


@cache
def _public_suffixes() -> PublicSuffixList:
    # Loaded on first need (a spaced dot in storefront text), not at cold start.
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList(accept_unknown=False, only_icann=True)


def _latin(label: str) -> str:
    return label.translate(_LOOK_ALIKES)


def _fold(word: str) -> str:
    """A word as a reader takes it in: compatibility forms, no accents, one case, ASCII
    digits, one kind of dot, one at sign."""
    chars = []
    for char in unicodedata.normalize("NFKD", word).casefold():
        if unicodedata.category(char) in ("Mn", "Me"):
            continue
        if char.isdecimal():
            chars.append(str(unicodedata.decimal(char)))
        elif char in _SOFT_DOTS:
            chars.append(_SOFT_DOT)
        else:
            chars.append(char)
    folded = "".join(chars)
    bare = _latin(folded.strip("[](){}<>"))
    if bare in _DOT_WORDS:
        return _SURE_DOT if bare != folded else _SOFT_DOT
    if bare in _AT_WORDS and bare != folded:
        return "@"
    return _BRACKETED.sub(_bracketed, folded)


def _bracketed(match: re.Match[str]) -> str:
    inside = _latin(match.group("word"))
    if inside in _DOT_WORDS or inside in (".", _SOFT_DOT):
        return _SURE_DOT
    if inside in _AT_WORDS or inside == "@":
        return "@"
    return match.group()


@dataclass(frozen=True)
class _Skeleton:
    """The words folded (``_fold``) and joined by spaces, knowing which word each character
    came from."""

    text: str
    owners: tuple[int, ...]  # per character: its word's index, -1 for the spaces between

    @classmethod
    def of(cls, words: list[str]) -> _Skeleton:
        text, owners = [], []
        for index, word in enumerate(words):
            if index:
                text.append(" ")
                owners.append(-1)
            folded = _fold(word)
            text.append(folded)
            owners += [index] * len(folded)
        return cls("".join(text), tuple(owners))

    def words_in(self, start: int, end: int) -> set[int]:
        return {owner for owner in self.owners[start:end] if owner >= 0}
