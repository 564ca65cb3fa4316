"""SES's verdicts on a received message: which scans refuse it, and when its sender counts
as verified (only what SES's checks say of the From address)."""

from __future__ import annotations

from typing import Any

import pytest

from kurv.replies.verdicts import Verdicts


def receipt(**statuses: str) -> dict[str, Any]:
    return {f"{name}Verdict": {"status": status} for name, status in statuses.items()}


@pytest.mark.parametrize(
    ("spf", "dkim", "dmarc"),
    [
        ("PASS", "PASS", "PASS"),
        ("GRAY", "GRAY", "PASS"),  # DMARC speaks for the From address
        ("PASS", "PASS", "GRAY"),  # no DMARC policy to check against: both others passed
    ],
)
def test_a_verified_sender(spf: str, dkim: str, dmarc: str) -> None:
    assert Verdicts.from_receipt(receipt(spf=spf, dkim=dkim, dmarc=dmarc)).sender_verified


@pytest.mark.parametrize(
    ("spf", "dkim", "dmarc"),
    [
        ("FAIL", "PASS", "PASS"),
        ("PASS", "FAIL", "PASS"),
        ("PASS", "PASS", "FAIL"),
        ("FAIL", "FAIL", "FAIL"),
        ("GRAY", "GRAY", "GRAY"),  # nobody vouches for the address
        ("PASS", "GRAY", "GRAY"),  # the sending server's domain, not the From address
        ("PASS", "PASS", "PROCESSING_FAILED"),
        ("PROCESSING_FAILED", "PROCESSING_FAILED", "PROCESSING_FAILED"),
        ("DISABLED", "DISABLED", "DISABLED"),
    ],
)
def test_an_unverified_sender(spf: str, dkim: str, dmarc: str) -> None:
    verdicts = Verdicts.from_receipt(receipt(spf=spf, dkim=dkim, dmarc=dmarc))

    assert not verdicts.sender_verified
    assert verdicts.sender_checks() == f"SPF: {spf}, DKIM: {dkim}, DMARC: {dmarc}"


@pytest.mark.parametrize(
    "receipt_object",
    [{}, {"spfVerdict": "PASS"}, {"dmarcVerdict": {"status": 7}}, {"dkimVerdict": None}],
)
def test_missing_or_malformed_verdicts_verify_nobody_and_refuse_nothing(
    receipt_object: dict[str, Any],
) -> None:
    verdicts = Verdicts.from_receipt(receipt_object)

    assert not verdicts.sender_verified
    assert verdicts.refused() == []


def test_spam_or_a_virus_is_refused() -> None:
    assert Verdicts.from_receipt(receipt(spam="FAIL", virus="PASS")).refused() == ["spam"]
    assert Verdicts.from_receipt(receipt(spam="PASS", virus="FAIL")).refused() == ["virus"]
