"""An outside judge: Debian's SpamAssassin (offline rules) scores every email at 1.0 or
less, in every language and variant. Skipped where SpamAssassin is not installed, never
in CI (`make test` installs it there)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from kurv.locales import EMAIL_LANGUAGES
from kurv.model import Variant
from unit.test_email_content import wire  # the same emails the unit tests read

LIMIT = 1.0

pytestmark = pytest.mark.slow

SPAMASSASSIN = shutil.which("spamassassin")
if SPAMASSASSIN is None:
    if os.environ.get("CI"):
        raise RuntimeError("SpamAssassin is missing in CI: `make test` installs Debian's package")
    pytest.skip(
        "SpamAssassin is not installed (apt-get install spamassassin)", allow_module_level=True
    )


def score(raw: bytes) -> tuple[float, list[str]]:
    """The score and the rules that scored, from `spamassassin -t -L` (local tests only)."""
    report = subprocess.run(  # noqa: S603 (our own message into a local program)
        [str(SPAMASSASSIN), "-t", "-L"], input=raw, capture_output=True, check=True, timeout=120
    ).stdout.decode(errors="replace")
    status = re.search(r"^X-Spam-Status: \w+, score=(-?[\d.]+)", report, re.M)
    assert status, report[:2000]
    details = report.split("Content analysis details", 1)[-1]
    rules = [
        f"{name} {points}"
        for points, name in re.findall(r"^\s*(-?\d+\.\d+)\s+([A-Z0-9_]+)", details, re.M)
        if float(points) != 0
    ]
    return float(status.group(1)), rules


@pytest.mark.parametrize("variant", list(Variant))
@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_every_email_scores_low_with_spamassassin(language: str, variant: Variant) -> None:
    points, rules = score(wire(language, variant))

    assert points <= LIMIT, rules


def test_the_judge_can_say_spam() -> None:
    # The check itself: a message built to look like spam scores far above the limit.
    spam = (
        b"From: winner@example.com\r\nTo: you@example.org\r\nSubject: FREE MONEY!!! "
        b"CLAIM YOUR PRIZE NOW\r\nMIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n"
        b'<html><body><font color="#ffffff" size="1">hidden text hidden text</font>'
        b"<p>100% FREE! Click here to claim your prize! Act now! Viagra cheap meds!!!</p>"
        b"</body></html>\r\n"
    )

    assert score(spam)[0] > LIMIT
