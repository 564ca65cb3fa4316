"""An outside judge: Debian's SpamAssassin (offline rules) scores every email at 1.0 or
less, in every language, at every step, in every variant. Skipped where SpamAssassin is
not installed, never in CI (`make test` installs it there). `make spam-scores` prints
the same scores."""

from __future__ import annotations

import os

import pytest

from kurv.core.locales import EMAIL_LANGUAGES
from kurv.core.model import Variant
from kurv_tools.samples import Sample, every_sample, sample, sample_shop
from kurv_tools.spam import LIMIT, score, spamassassin

pytestmark = pytest.mark.slow

if spamassassin() is None:
    if os.environ.get("CI"):
        raise RuntimeError("SpamAssassin is missing in CI: `make test` installs Debian's package")
    pytest.skip(
        "SpamAssassin is not installed (apt-get install spamassassin)", allow_module_level=True
    )


@pytest.mark.parametrize("email", list(every_sample()), ids=lambda email: email.name)
def test_every_email_scores_low_with_spamassassin(email: Sample) -> None:
    points, rules = score(email.raw)

    assert points <= LIMIT, rules


@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_a_shop_that_sets_nothing_optional_scores_low_too(language: str) -> None:
    bare = sample_shop(
        logo_url=None,
        signer_name=None,
        legal_name=None,
        postal_address=None,
        company_number=None,
        support_phone=None,
        image_hosts=[],
    )
    points, rules = score(sample(language, 1, Variant.FIRST, shop=bare).raw)

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
