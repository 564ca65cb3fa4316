"""What a pattern cannot match without: a quick look before the search.

The reasons' rules are some 1,500 patterns, each searched over every reply. Most need a
word of their own to be present ("udsolgt", "(?:købe|bestille)"), and most replies have
none of them. `needed` reads a compiled pattern for pieces of text of which every match
must contain one, and `may_match` tells, with plain substring tests, whether the text has
any: if not, the pattern cannot match, and the search is skipped. Nothing is read
differently for it: it only ever says "may match" where the pattern could.

Case: the rules ignore case, so the pieces and the text are compared in lower case. Where
that would not say what the regular expression engine does (a letter that folds onto
another one, the long s onto "s", the Kelvin sign onto "k", or that lowers into two), the
text is searched as it is.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import Any

# The standard library's own parser of patterns, and its table of letters that fold onto
# others: not a public API. Should a later Python move them, no piece is ever needed and
# every pattern is searched, as without this module.
_parser: Any
_FOLDS_TOGETHER: frozenset[int] | None
try:
    _parser = importlib.import_module("re._parser")
    sre: Any = importlib.import_module("re._constants")
    _FOLDS_TOGETHER = frozenset(importlib.import_module("re._casefix")._EXTRA_CASES)
except (ImportError, AttributeError):  # pragma: no cover (a Python without them)
    _parser = None
    _FOLDS_TOGETHER = None

# A piece shorter than this says little ("e", "er"): such a pattern is always searched.
SHORTEST_PIECE = 3

Pieces = frozenset[str]


def needed(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Pieces of text (in lower case) of which every match of `pattern` contains one, or ()
    where no such short list is known."""
    if _parser is None:
        return ()
    try:
        pieces = _in_sequence(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unforeseen part: no quick look, the search decides
        return ()
    if not pieces or min(map(len, pieces)) < SHORTEST_PIECE:
        return ()
    if not all(map(_folds_plainly, "".join(pieces))):
        return ()
    return tuple(sorted({piece.lower() for piece in pieces}))


def may_match(text: str, pieces: tuple[str, ...]) -> bool:
    """False only where `text` has none of `pieces`, so a pattern needing one cannot match."""
    if not pieces:
        return True
    lowered = _lowered(text)
    return lowered is None or any(piece in lowered for piece in pieces)


@lru_cache(maxsize=2)  # the text being read, searched by every rule
def _lowered(text: str) -> str | None:
    """`text` in lower case, or None where lowering it is not how the engine folds case."""
    if not text.isascii() and not all(map(_folds_plainly, set(text))):
        return None
    return text.lower()


def _folds_plainly(char: str) -> bool:
    """Whether the engine, ignoring case, takes `char` for just the letters its lower case
    is: every ASCII character; not "İ" (two in lower case), nor the long s (also "s")."""
    if char.isascii():
        return True
    if _FOLDS_TOGETHER is None:
        return False
    lower = char.lower()
    return len(lower) == 1 and ord(lower) not in _FOLDS_TOGETHER


def _better(first: Pieces | None, second: Pieces | None) -> Pieces | None:
    """Of two lists of needed pieces, the one that rules out more: longer pieces, fewer."""
    if not first:
        return second
    if not second:
        return first

    def weight(pieces: Pieces) -> tuple[int, int]:
        return min(map(len, pieces)), -len(pieces)

    return first if weight(first) >= weight(second) else second


def _in_sequence(parts: Any) -> Pieces | None:
    """A sequence's needed pieces: a run of literal characters, or what one of its groups,
    alternations or repeats (at least once) needs, whichever rules out more. What may match
    nothing (an optional part, a lookaround, a word boundary) ends a run and needs nothing."""
    best: Pieces | None = None
    run: list[str] = []
    for kind, value in parts:
        if kind is sre.LITERAL:
            run.append(chr(value))
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        if kind is sre.SUBPATTERN:
            best = _better(best, _in_sequence(value[-1]))
        elif kind is sre.ATOMIC_GROUP:
            best = _better(best, _in_sequence(value))
        elif kind is sre.BRANCH:
            branches = [_in_sequence(branch) for branch in value[1]]
            if all(branches):
                best = _better(best, frozenset().union(*branches))  # type: ignore[arg-type]
        elif kind in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1:
            best = _better(best, _in_sequence(value[2]))
    if run:
        best = _better(best, frozenset(["".join(run)]))
    return best
