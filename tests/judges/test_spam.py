"""An outside judge: Debian's SpamAssassin (offline rules) scores every email at 1.0 or
less, in every language, at every step, in every variant. Skipped where SpamAssassin is
not installed, never in CI (`make test` installs it there). `make spam-scores` prints
the same scores."""

from __future__ import annotations

import os
from functools import cache

import pytest

from kurv.core.locales import EMAIL_LANGUAGES
from kurv.core.model import Variant
from kurv_tools.measure.samples import Sample, every_sample, sample, sample_shop
from kurv_tools.measure.spam import LIMIT, score, scores, spamassassin

pytestmark = pytest.mark.slow

if spamassassin() is None:
    if os.environ.get("CI"):
        raise RuntimeError("SpamAssassin is missing in CI: `make test` installs Debian's package")
    pytest.skip(
        "SpamAssassin is not installed (apt-get install spamassassin)", allow_module_level=True
    )


SPAM = (
    b"From: winner@example.com\r\nTo: you@example.org\r\nSubject: FREE MONEY!!! "
    b"CLAIM YOUR PRIZE NOW\r\nMIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n"
    b'<html><body><font color="#ffffff" size="1">hidden text hidden text</font>'
    b"<p>100% FREE! Click here to claim your prize! Act now! Viagra cheap meds!!!</p>"
    b"</body></html>\r\n"
)


def bare(language: str) -> Sample:
    """The first email of a shop that sets nothing optional."""
    shop = sample_shop(
        logo_url=None,
        signer_name=None,
        legal_name=None,
        postal_address=None,
        company_number=None,
        support_phone=None,
        image_hosts=[],
        cart_lifetime_days=0,
        vat="unsaid",
        shipping="unsaid",
        free_shipping_over=None,
        returns_days=0,
        free_returns=False,
        delivery_days=None,
        trust_mark="none",
        trust_mark_url=None,
        help_url=None,
        payment_methods=[],
    )
    return sample(language, 1, Variant.FIRST, shop=shop)


@cache
def verdicts() -> dict[str, tuple[float, list[str]]]:
    """Every email below, judged in one run of SpamAssassin (its rules load once, not 55
    times); test_one_run_judges_as_a_run_per_email holds that run to the plain one."""
    emails = {email.name: email.raw for email in every_sample()}
    emails.update({f"bare-{language}": bare(language).raw for language in EMAIL_LANGUAGES})
    return dict(zip(emails, scores(list(emails.values())), strict=True))


@pytest.mark.parametrize("email", list(every_sample()), ids=lambda email: email.name)
def test_every_email_scores_low_with_spamassassin(email: Sample) -> None:
    points, rules = verdicts()[email.name]

    assert points <= LIMIT, rules


@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_a_shop_that_sets_nothing_optional_scores_low_too(language: str) -> None:
    points, rules = verdicts()[f"bare-{language}"]

    assert points <= LIMIT, rules


def test_the_judge_can_say_spam() -> None:
    # The check itself: a message built to look like spam scores far above the limit.
    assert score(SPAM)[0] > LIMIT


def test_one_run_judges_as_a_run_per_email() -> None:
    # The batch is the same judge: the same score and rules as SpamAssassin run on each one
    # alone, for a spammy email, one of ours and one of ours with lines opening "From ".
    ours = next(every_sample()).raw
    from_lines = ours.replace(b"\r\n\r\n", b"\r\n\r\nFrom the shop:\r\n>From us\r\n", 1)
    emails = [SPAM, ours, from_lines]  # in an order a mix-up of reports would show

    judged = scores(emails)

    # (Perl lists a report's rules in no fixed order.)
    assert [unordered(verdict) for verdict in judged] == [
        unordered(score(email)) for email in emails
    ]
    assert judged[0][0] > LIMIT


def unordered(verdict: tuple[float, list[str]]) -> tuple[float, list[str]]:
    points, rules = verdict
    return points, sorted(rules)
