"""Every reply of tests/replies/corpus/ reads as expected.toml says: the customer's words
kept, the quote, reply header and signature gone, and the reason, auto-reply and language
right. And the corpus covers what it must."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from kurv.core.locales import EMAIL_LANGUAGES
from kurv.replies.inbound import REASONS, read_reply
from kurv_tools.measure.reply_corpus import CORPUS, evaluate, expectations, mismatches

EXPECTED = expectations()
MESSAGES = sorted(CORPUS.glob("*.eml"))


@pytest.mark.parametrize("path", MESSAGES, ids=lambda path: path.stem)
def test_the_reply_reads_as_expected(path: Path) -> None:
    reply = read_reply(path.read_bytes())

    assert mismatches(reply, EXPECTED[path.stem]) == []


def test_every_message_has_expectations_and_every_expectation_a_message() -> None:
    assert {path.stem for path in MESSAGES} == set(EXPECTED)
    assert len(MESSAGES) >= 34


def test_the_corpus_has_every_reason_twice_and_every_language_four_times() -> None:
    reasons = Counter(expect["reason"] for expect in EXPECTED.values())
    languages = Counter(expect["language"] for expect in EXPECTED.values())

    assert {reason: reasons[reason] for reason in REASONS if reasons[reason] < 2} == {}
    assert {lang: languages[lang] for lang in EMAIL_LANGUAGES if languages[lang] < 4} == {}
    assert sum(expect["auto_reply"] for expect in EXPECTED.values()) >= 4


def test_every_message_is_written_with_crlf_line_endings() -> None:
    bare = [path.name for path in MESSAGES if b"\n" in path.read_bytes().replace(b"\r\n", b"")]

    assert bare == []


def test_the_evaluation_says_what_went_wrong(tmp_path: Path) -> None:
    (tmp_path / "expected.toml").write_text(
        '[one]\nkeep = ["kurven"]\nreason = "price"\n[two]\nreason = "other"\n'
    )
    (tmp_path / "one.eml").write_bytes(b"Subject: hi\r\n\r\nMy card was declined.\r\n")

    outcomes = {outcome.name: outcome for outcome in evaluate(tmp_path)}

    assert not outcomes["one"].ok
    assert outcomes["one"].problems == [
        "lost 'kurven'",
        "reason 'payment' (en:payment:card declined), expected 'price'",
    ]
    assert outcomes["two"].problems == ["two.eml is missing"]
