"""How well the reason rules (kurv.replies.reasons) read the replies of
tests/replies/reasons/replies.toml: all of them, the quarter set aside while the rules were
written, and by language and by reason.

    python -m kurv_tools.measure.reason_corpus [--show-held-out]

The misses of the set-aside quarter are counted, not shown, unless asked: whoever improves
the rules looks only at the other three quarters'. The corpus came in batches (the origin
says which): the first was written with the rules, the later ones after them, each measured
before the rules changed again; their figures, by batch, are the fairer guess of how the
rules read replies nobody wrote them for (the same hand wrote rules and replies).
"""

from __future__ import annotations

import hashlib
import re
import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kurv.replies.reasons import classify, language_of

CORPUS = Path(__file__).resolve().parents[3] / "tests" / "replies" / "reasons" / "replies.toml"
HELD_OUT_SEED = "kurv-reasons-corpus-2026"


def held_out_by_hash(reply_id: str) -> bool:
    """Whether a reply belongs to the set-aside quarter: a seeded hash of its id decides."""
    digest = hashlib.sha256(f"{HELD_OUT_SEED}:{reply_id}".encode()).hexdigest()
    return int(digest, 16) % 4 == 0


@dataclass(frozen=True)
class Sample:
    reply_id: str
    language: str  # the language it is written in
    hint: str  # the shop's language, which the reader is given
    reason: str  # what a reader says
    text: str
    origin: str
    held_out: bool

    @property
    def batch(self) -> str:
        """Which batch of the corpus: "first", or the word the origin names ("second" ...)."""
        found = re.search(r"([\w-]+) batch", self.origin)
        return found.group(1) if found else "first"


@dataclass(frozen=True)
class Reading:
    sample: Sample
    reason: str
    rule: str

    @property
    def right(self) -> bool:
        return self.reason == self.sample.reason


def samples(path: Path | None = None) -> list[Sample]:
    with (path or CORPUS).open("rb") as handle:
        table = tomllib.load(handle)
    return [
        Sample(
            reply_id=entry["id"],
            language=entry["lang"],
            hint=entry.get("hint", entry["lang"]),
            reason=entry["reason"],
            text=entry["text"],
            origin=entry["origin"],
            held_out=bool(entry.get("held_out", False)),
        )
        for entry in table["reply"]
    ]


def read(sample: Sample) -> Reading:
    language = language_of(sample.text, sample.hint)
    reason, rule = classify(sample.text, language)
    return Reading(sample, reason, rule)


def share(readings: Iterable[Reading]) -> tuple[int, int]:
    """(right, of how many)."""
    listed = list(readings)
    return sum(reading.right for reading in listed), len(listed)


def shown(right: int, total: int) -> str:
    return f"{right} of {total} ({100 * right / total:.0f} %)" if total else "none"


def report(readings: list[Reading], *, show_held_out: bool = False) -> list[str]:
    held = [reading for reading in readings if reading.sample.held_out]
    rest = [reading for reading in readings if not reading.sample.held_out]
    lines = [
        f"reasons right, all: {shown(*share(readings))}",
        f"reasons right, set-aside quarter: {shown(*share(held))}",
        f"reasons right, the other three quarters: {shown(*share(rest))}",
    ]
    for field in ("language", "reason", "batch"):
        lines.append(f"by {field} (all; set-aside):")
        for value in sorted({getattr(reading.sample, field) for reading in readings}):
            group = [reading for reading in readings if getattr(reading.sample, field) == value]
            group_held = [reading for reading in group if reading.sample.held_out]
            lines.append(f"  {value:<13} {shown(*share(group))}; {shown(*share(group_held))}")
    for reading in rest + (held if show_held_out else []):
        if not reading.right:
            sample = reading.sample
            where = "set aside" if sample.held_out else "miss"
            lines.append(
                f"  {where} {sample.reply_id}: {reading.reason} ({reading.rule}), expected"
                f" {sample.reason}: {sample.text.splitlines()[0][:90]!r}"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    readings = [read(sample) for sample in samples()]
    print("\n".join(report(readings, show_held_out="--show-held-out" in args)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
