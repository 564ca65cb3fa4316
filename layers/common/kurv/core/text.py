"""Text from outside, made safe to store, show and print. Pure.

Anyone can write to a reply address, and what they write reaches the replies table, the
forward to the shop and a merchant's terminal (`kurv replies`). What could act on a
terminal or change how the rest reads is taken out: ESC sequences whole, C0 and C1 control
characters (line breaks and tabs stay), bidirectional overrides, embeddings, isolates and
marks, Unicode tag characters, noncharacters and lone surrogates.
"""

from __future__ import annotations

import re
import unicodedata

# ESC and what it starts: a CSI sequence (ESC [ ... final byte), a string (OSC, DCS, SOS,
# PM, APC) up to BEL or ST, or a short escape (ESC, intermediates, a final byte).
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|[ -/]*[0-~]?)"
)
# Embeddings, overrides and isolates reorder what follows them; marks only nudge it.
BIDI_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_BIDI = "\u061c\u200e\u200f" + "".join(sorted(BIDI_OVERRIDES))
# What shows nothing: controls, formats (bidi marks, zero-width, soft hyphen), surrogates,
# private use and unassigned code points; and the two line separators.
HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
LINE_SEPARATORS = frozenset({"Zl", "Zp"})


def is_hidden(char: str) -> bool:
    return unicodedata.category(char) in HIDDEN_CATEGORIES


def visible(text: str) -> str:
    """`text` without what shows nothing (an email shows names through this)."""
    return "".join(char for char in text if not is_hidden(char))


def on_one_line(text: str) -> bool:
    """Whether `text` is one line of visible characters (a name in a header, a subject)."""
    return not any(
        is_hidden(char) or unicodedata.category(char) in LINE_SEPARATORS for char in text
    )


_DROPPED = [
    *(chr(code) for code in range(0x00, 0x20) if chr(code) not in "\t\n"),
    *(chr(code) for code in range(0x7F, 0xA0)),
    *_BIDI,
    *(chr(code) for code in range(0x206A, 0x2070)),  # deprecated format characters
    *(chr(code) for code in range(0xD800, 0xE000)),  # lone surrogates (undecodable bytes)
    *(chr(code) for code in range(0xE0000, 0xE0080)),  # tag characters: invisible text
    "\ufffe",
    "\uffff",
]
_TABLE: dict[int, str | None] = {
    **dict.fromkeys(map(ord, _DROPPED)),
    0x2028: "\n",  # line and paragraph separators: line breaks like any other
    0x2029: "\n",
}


def clean_text(text: str) -> str:
    """`text` without what could act on a terminal or reorder what is shown; line breaks
    (as \\n) and tabs kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ESCAPE_SEQUENCE.sub("", text).translate(_TABLE)


def clean_line(text: str, limit: int = 0) -> str:
    """`text` cleaned, on one line with single spaces; at most `limit` characters if given."""
    line = " ".join(clean_text(text).split())
    return line[:limit] if limit else line
