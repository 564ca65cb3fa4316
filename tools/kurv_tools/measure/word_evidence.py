"""Build the word-evidence model (kurv.replies.word_evidence) from the reason corpus: only
the three quarters not set aside, so the set-aside quarter still judges it.

    python -m kurv_tools.measure.word_evidence           # say whether the shipped model is current
    python -m kurv_tools.measure.word_evidence --write   # rebuild word_evidence.json

Run --write after replies join tests/replies/reasons/replies.toml; a unit test fails until
the shipped model is the one the corpus builds.
"""

from __future__ import annotations

import sys

from kurv.replies.reasons import Reason
from kurv.replies.word_evidence import MODEL, Model
from kurv_tools.measure.reason_corpus import Sample, samples

REASONS = tuple(reason.value for reason in Reason)


def built(corpus: list[Sample] | None = None) -> Model:
    """The model the corpus's visible three quarters make."""
    listed = samples() if corpus is None else corpus
    return Model.trained(
        ((sample.text, sample.reason) for sample in listed if not sample.held_out), REASONS
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    model = built()
    text = model.as_json()
    if "--write" in args:
        MODEL.write_text(text, encoding="utf-8")
        print(
            f"wrote {MODEL.name}: {len(model.counts)} features from {sum(model.replies)}"
            " replies (the set-aside quarter left out)"
        )
        return 0
    if MODEL.exists() and MODEL.read_text(encoding="utf-8") == text:
        print(f"{MODEL.name} is built from the corpus as it is ({len(model.counts)} features)")
        return 0
    print(
        f"{MODEL.name} is not the corpus's: run python -m kurv_tools.measure.word_evidence --write",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
