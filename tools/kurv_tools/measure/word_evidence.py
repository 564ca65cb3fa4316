"""Build the word-evidence models (kurv.replies.word_evidence) from the test corpora.

    python -m kurv_tools.measure.word_evidence           # whether the shipped models are current
    python -m kurv_tools.measure.word_evidence --write   # rebuild them

- word_evidence.json, the reasons: the reason corpus's three quarters not set aside, so the
  set-aside quarter still judges it.
- auto_evidence.json, auto-reply or person: the messages of tests/replies/heldout*/ (each
  labelled in its expected.json), the mail-client sets of tests/replies/clients/ (people)
  and the reason corpus's visible three quarters (people). A message is weighed by its
  subject and its own words, as kurv.replies.inbound reads them.

Run --write after replies join a corpus; a unit test fails until the shipped models are the
ones the corpora build.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from kurv.replies.inbound import read_words
from kurv.replies.reasons import Reason
from kurv.replies.word_evidence import AUTO_MODEL, AUTOMATIC, MODEL, Model
from kurv_tools.measure.reason_corpus import Sample, samples

REASONS = tuple(reason.value for reason in Reason)
REPLIES = Path(__file__).resolve().parents[3] / "tests" / "replies"


def built(corpus: list[Sample] | None = None) -> Model:
    """The reason model the corpus's visible three quarters make."""
    listed = samples() if corpus is None else corpus
    return Model.trained(
        ((sample.text, sample.reason) for sample in listed if not sample.held_out), REASONS
    )


def weighed_text(raw: bytes, language: str | None = None) -> str:
    """What the auto-reply model weighs of a message: its subject and its own words."""
    subject, words = read_words(raw, language_hint=language)
    return f"{subject}\n{words}"


def labelled_messages() -> Iterator[tuple[str, str]]:
    """(text, "auto" or "person") of every labelled message under tests/replies."""
    yield from _labelled()


@lru_cache(maxsize=1)
def _labelled() -> tuple[tuple[str, str], ...]:
    """Read once a process: each message's reading takes its time, and a build and a test of
    the build both ask for all of them."""
    return tuple(_read_labelled())


def _read_labelled() -> Iterator[tuple[str, str]]:
    for folder in sorted(REPLIES.glob("heldout*")):
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        for name, expect in sorted(expected.items()):
            raw = (folder / f"{name}.eml").read_bytes()
            label = "auto" if expect["auto"] else "person"
            yield weighed_text(raw, str(expect.get("language") or "") or None), label
    for path in sorted((REPLIES / "clients").rglob("*.eml")):
        yield weighed_text(path.read_bytes()), "person"


def built_auto(corpus: list[Sample] | None = None) -> Model:
    """The auto-reply model: the labelled messages, and the corpus's visible replies."""
    listed = samples() if corpus is None else corpus
    people = ((sample.text, "person") for sample in listed if not sample.held_out)
    return Model.trained([*labelled_messages(), *people], AUTOMATIC)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    corpus = samples()
    models = ((MODEL, built(corpus)), (AUTO_MODEL, built_auto(corpus)))
    stale = []
    for path, model in models:
        text = model.as_json()
        if "--write" in args:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.name}: {len(model.counts)} features from {sum(model.replies)}")
        elif not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(path.name)
    if stale:
        print(
            f"{', '.join(stale)} not built from the corpora as they are: run"
            " python -m kurv_tools.measure.word_evidence --write",
            file=sys.stderr,
        )
        return 1
    if "--write" not in args:
        print("the word-evidence models are built from the corpora as they are")
    return 0


if __name__ == "__main__":
    sys.exit(main())
