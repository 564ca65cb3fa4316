"""`python -m kurv_tools.measure.samples DIR`: every sample email, written out to open and judge."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

from kurv.core.locales import EMAIL_LANGUAGES
from kurv_tools.measure.samples import SERIES_CASES, main


def test_every_sample_is_written_as_ses_gets_it_and_as_a_page(tmp_path: Path) -> None:
    assert main([str(tmp_path)]) == 0

    emails = sorted(tmp_path.glob("*.eml"))
    # Every language at every step and variant and the check-in after an order, German once
    # more with du, English once more as the British write it.
    assert len(emails) == (len(EMAIL_LANGUAGES) + 2) * (len(SERIES_CASES) + 1)
    assert (tmp_path / "sv-1-check_in.eml").exists()
    assert (tmp_path / "de.du-1-first.eml").exists()
    assert (tmp_path / "en-GB-1-first.eml").exists()
    for path in emails:
        message = message_from_bytes(path.read_bytes(), policy=policy.default)
        assert message.get_content_type() == "multipart/alternative"
        assert path.with_suffix(".html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_samples_says_how_to_use_it() -> None:
    assert main([]) == 2
