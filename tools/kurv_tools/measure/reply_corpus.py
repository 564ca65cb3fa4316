"""How well Kurv reads replies: every message of tests/replies/corpus/ through
`kurv.replies.inbound.read_reply`, compared with what tests/replies/corpus/expected.toml says it
must read as (words kept and gone, reason, auto-reply, language).

    python -m kurv_tools.measure.reply_corpus [corpus_dir]
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from kurv.replies.inbound import read_reply

CORPUS = Path(__file__).resolve().parents[3] / "tests" / "replies" / "corpus"
EXPECTED = "expected.toml"


@dataclass(frozen=True)
class CorpusOutcome:
    name: str
    ok: bool
    problems: list[str] = field(default_factory=list)


def expectations(corpus_dir: Path | None = None) -> dict[str, dict[str, Any]]:
    """expected.toml: one table per message, named as its file without ".eml"."""
    with ((corpus_dir or CORPUS) / EXPECTED).open("rb") as handle:
        return tomllib.load(handle)


def evaluate(corpus_dir: Path | None = None) -> list[CorpusOutcome]:
    folder = corpus_dir or CORPUS
    expected = expectations(folder)
    outcomes = []
    for path in sorted(folder.glob("*.eml")):
        expect = expected.get(path.stem)
        if expect is None:
            outcomes.append(CorpusOutcome(path.stem, False, [f"no [{path.stem}] in {EXPECTED}"]))
            continue
        hint = expect.get("hint")
        reply = read_reply(path.read_bytes(), language_hint=hint if isinstance(hint, str) else None)
        problems = mismatches(reply, expect)
        outcomes.append(CorpusOutcome(path.stem, not problems, problems))
    outcomes += [
        CorpusOutcome(name, False, [f"{name}.eml is missing"])
        for name in sorted(set(expected) - {path.stem for path in folder.glob("*.eml")})
    ]
    return outcomes


class ReadAs(Protocol):
    """What a reply was read as: a kurv.replies.inbound.Reply, or a reply as stored."""

    @property
    def text(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def rule(self) -> str: ...
    @property
    def auto_reply(self) -> bool: ...
    @property
    def language(self) -> str: ...


def mismatches(reply: ReadAs, expect: dict[str, Any]) -> list[str]:
    """What `reply` reads differently from `expect`, one sentence each."""
    problems = [
        f"lost {phrase!r}" for phrase in expect.get("keep", []) if phrase not in reply.text
    ] + [f"kept {phrase!r}" for phrase in expect.get("gone", []) if phrase in reply.text]
    for name in ("reason", "auto_reply", "language"):
        if name in expect and getattr(reply, name) != expect[name]:
            detail = f" ({reply.rule})" if name == "reason" else ""
            problems.append(f"{name} {getattr(reply, name)!r}{detail}, expected {expect[name]!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    outcomes = evaluate(Path(args[0]) if args else None)
    right = sum(outcome.ok for outcome in outcomes)
    print(f"{right} of {len(outcomes)} replies read right")
    for outcome in outcomes:
        if not outcome.ok:
            print(f"  {outcome.name}: " + "; ".join(outcome.problems))
    return 0 if right == len(outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
