"""Which charsets a reply is read in, and how: only real mail charsets, never a Python codec
a sender names (`unicode_escape`, `utf-7`, `rot13`...), and never trusted blindly. Pure.

A part's declared charset and an encoded word's (RFC 2047) are looked up in MAIL_CHARSETS;
any other reads as undeclared. Then the declared one, UTF-8, cp1252, Latin-9 and Latin-1 are
tried in turn, and UTF-8 that was read as Latin-1 on its way ("Ã¥" for "å") is put right.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

# The charsets mail is written in (IANA names, and the names mail software uses for them).
_MAIL_CHARSET_NAMES = (
    "utf-8",
    "us-ascii",
    *(f"iso-8859-{n}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16)),
    *(f"windows-{n}" for n in range(1250, 1259)),
    "cp874",
    "koi8-r",
    "koi8-u",
    "ibm850",
    "ibm866",
    "macintosh",
    "tis-620",
    "shift_jis",
    "euc-jp",
    "iso-2022-jp",
    "gb2312",
    "gbk",
    "gb18030",
    "big5",
    "big5-hkscs",
    "euc-kr",
    "ks_c_5601-1987",
    "utf-16",
    "utf-16le",
    "utf-16be",
)
MAIL_CHARSETS = frozenset(codecs.lookup(name).name for name in _MAIL_CHARSET_NAMES)
# Names mail software writes that Python knows by another.
_ALIASES = {"windows-874": "cp874", "iso-8859-8-i": "iso-8859-8", "x-mac-roman": "macintosh"}


def mail_charset(name: str) -> str:
    """The Python codec of a mail charset by any of its names, or "" when `name` is none."""
    name = name.strip().strip('"').lower()
    try:
        codec = codecs.lookup(_ALIASES.get(name, name)).name
    except (LookupError, ValueError, TypeError):
        return ""
    return codec if codec in MAIL_CHARSETS else ""


_FALLBACK_CHARSETS = ("utf-8", "cp1252", "iso-8859-15", "latin-1")
# UTF-8 read as a single-byte charset: a lead byte's letter (Ã, Â, Ä, â...) then one or
# more continuation bytes' letters (cp1252's or latin-1's reading of 0x80-0xBF).
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122"
)
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}"
    f"|[\u00f0-\u00f4][{_CONTINUATION}]{{3}}"
)
_C1_CONTROLS = re.compile("[\u0080-\u009f]")
# What a repaired pair may mean: a Latin letter or a sign of punctuation, never anything else.
_LATIN_OR_PUNCTUATION = re.compile("[\u00a0-\u024f\u2010-\u203a\u20ac\u2122]")


def decoded(payload: bytes, declared: str) -> tuple[str, str]:
    """`payload` as text: of the declared charset (if it is a mail charset), UTF-8, cp1252,
    Latin-9 and Latin-1, the first that reads without control characters or
    UTF-8-read-as-Latin-1 ("Ã¥" for "å"), else the one that reads best, with such pairs put
    right; and a doubt ("" if none)."""
    readings: list[tuple[int, int, str, str]] = []
    declared = mail_charset(declared)
    for order, charset in enumerate(dict.fromkeys((declared, *_FALLBACK_CHARSETS))):
        try:
            text = payload.decode(charset) if charset else None
        except (LookupError, UnicodeDecodeError, ValueError):
            continue
        if text is None:
            continue
        flaws = _flaws(text)
        if not flaws:
            return text, ""
        readings.append((flaws, order, charset, text))
    if not readings:  # latin-1 reads anything: only a declared codec that fails gets here
        return payload.decode("utf-8", "replace"), "read as UTF-8 with characters replaced"
    flaws, _, charset, text = min(readings)
    text = repaired(text)
    left = _flaws(text)
    more = "+" if left >= MAX_FLAWS else ""
    return text, f"read as {charset}, {left}{more} characters doubtful" if left else ""


# Counting stops here: past it, a reading is bad enough to compare as it is.
MAX_FLAWS = 1000


def _flaws(text: str) -> int:
    """C1 control characters, and UTF-8-read-as-Latin-1 pairs up to MAX_FLAWS, in `text`."""
    pairs = 0
    for match in _MOJIBAKE.finditer(text):
        if _meant(match.group(0)):
            pairs += 1
            if pairs >= MAX_FLAWS:
                break
    return len(_C1_CONTROLS.findall(text)) + pairs


@lru_cache(maxsize=4096)
def _meant(pair: str) -> str:
    """What a UTF-8-read-as-cp1252-or-Latin-1 pair meant, or "" when it is no such pair."""
    for charset in ("cp1252", "latin-1"):
        try:
            meant = pair.encode(charset).decode("utf-8")
        except UnicodeError:
            continue
        if _LATIN_OR_PUNCTUATION.fullmatch(meant):
            return meant
    return ""


def repaired(text: str) -> str:
    """UTF-8 that was read as cp1252 or Latin-1 on its way ("Ã¥" for "å"), read again."""
    return _MOJIBAKE.sub(lambda match: _meant(match.group(0)) or match.group(0), text)


# An encoded word's charset (=?charset*language?Q?...?=): checked before the parser decodes.
_ENCODED_WORD_CHARSET = re.compile(r"=\?([^?*\s]{1,64})(?=(?:\*[^?\s]{0,32})?\?[bBqQ]\?)")


def header_value(value: str) -> str:
    """A header's value as the parser left it, made safe to decode: 8-bit bytes (kept as
    surrogates) read as UTF-8 (RFC 6532) or the best fallback, and an encoded word in a
    charset that is not a mail charset marked as UTF-8 instead."""
    if not value.isascii():
        value, _ = decoded(value.encode("utf-8", "surrogateescape"), "utf-8")
    return _ENCODED_WORD_CHARSET.sub(
        lambda found: found.group(0) if mail_charset(found.group(1)) else "=?utf-8", value
    )
