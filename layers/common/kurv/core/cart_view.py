"""How a cart is laid out in an email: how many of its lines are shown, and which runs of a
product's name must not break over two lines. Pure: strings and numbers in, out.

A long cart is cut short so the button, the total and the opt-out stay in view: Gmail clips
a message past 102 KB and hides what comes after the clip (the opt-out link among it).
"""

from __future__ import annotations

import re

from kurv.core.model import Line

# At most this many lines in the list: item lines, or item lines and "and N more items".
MAX_LINES = 10

NBSP = "\xa0"
TIMES = "\u00d7"  # the multiplication sign

# A measure: a number, perhaps "times number" more times (the multiplication sign, or x),
# perhaps a unit ("120 x 80 cm", "350 ml", "2 x 1,5 m"). The chain is taken possessively
# and the unit is optional, so each run of digits is read once: linear however long a
# hostile name is.
_MEASURE = re.compile(
    r"\b\d+(?:[.,]\d+)?(?:[ \xa0]?[\u00d7x][ \xa0]?\d+(?:[.,]\d+)?)*+"
    r"(?P<unit>[ \xa0]?(?:mm|cm|dm|m|km|ml|cl|dl|l|g|kg|mg|W|kW|V|mAh|Ah|MB|GB|TB|in|oz|lb|°C|\"|%)"
    r"(?!\w))?"
)


def _kept(found: re.Match[str]) -> str:
    text = found.group(0)
    if found.group("unit") is None and TIMES not in text and "x" not in text:
        return text  # a number alone: nothing to keep together
    return text.replace(" ", NBSP)


def lines_shown(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], int]:
    """The lines to list, and how many are left out (never exactly one: a line saying
    "and 1 more item" takes the room of the item it hides)."""
    if len(lines) <= MAX_LINES:
        return lines, 0
    shown = lines[: MAX_LINES - 1]
    return shown, len(lines) - len(shown)


def unbroken_measures(text: str) -> str:
    """`text` with the spaces inside each measure made non-breaking: "120 x 80 cm" stays on
    one line in every client (Outlook ignores white-space:nowrap, not U+00A0)."""
    return _MEASURE.sub(_kept, text)


ELLIPSIS = "\u2026"
# Where a product's own name ends and its details begin: "Merino throw, oat, 130 x 170 cm".
_DETAILS = re.compile(r",\s| [-\u2013\u2014|/] | \(")
# A shortened name keeps at least this much of itself, or it is not named at all.
_SHORTEST = 4


def headline_product(lines: tuple[Line, ...]) -> str | None:
    """The product a subject names: the line worth most (the first of equals), by its own
    name without the details after a comma or a dash; None for a cart without a name."""
    if not lines:
        return None
    line = max(lines, key=lambda line: line.unit_price * line.quantity)
    name = " ".join(_DETAILS.split(line.name, maxsplit=1)[0].split())
    return name if name.strip(ELLIPSIS) else None


def shortened(name: str, room: int) -> str | None:
    """`name` in at most `room` characters, cut at a word with an ellipsis; None when too
    little of it would be left to recognise."""
    if len(name) <= room:
        return name
    cut = name[: room - 1].rsplit(" ", 1)[0].rstrip(" ,.;:-\u2013")
    return cut + ELLIPSIS if len(cut) >= _SHORTEST and " " in name[:room] else None
