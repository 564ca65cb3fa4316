"""SES's bounce and complaint events, read by typed models (as AWS documents them)."""

from __future__ import annotations

from typing import Any

import pytest

from kurv.feedback.ses_events import MailEvent

# AWS's own example (event publishing, "Bounce record"), trimmed to what Kurv reads and
# a little more, with the configuration set's tags.
BOUNCE: dict[str, Any] = {
    "eventType": "Bounce",
    "bounce": {
        "bounceType": "Permanent",
        "bounceSubType": "General",
        "bouncedRecipients": [
            {
                "emailAddress": "recipient@example.com",
                "action": "failed",
                "status": "5.1.1",
                "diagnosticCode": "smtp; 550 5.1.1 user unknown",
            }
        ],
        "timestamp": "2017-08-05T00:41:02.669Z",
        "feedbackId": "01000157c44f053b-61b59c11-9236-11e6-8f96-7be8aexample-000000",
        "reportingMTA": "dsn; mta.example.com",
    },
    "mail": {
        "timestamp": "2017-08-05T00:40:02.012Z",
        "source": "Sender Name <sender@example.com>",
        "messageId": "EXAMPLE7c191be45-e9aedb9a-02f9-4d12-a87d-dd0099a07f8a-000000",
        "destination": ["recipient@example.com"],
        "tags": {"ses:configuration-set": ["kurv"], "shop": ["nordlys"]},
    },
}


def test_a_bounce_reads_as_published() -> None:
    event = MailEvent.read(BOUNCE)

    assert event is not None
    assert (event.kind, event.shop_id) == ("Bounce", "nordlys")
    assert event.bounce is not None
    assert (event.bounce.kind, event.bounce.subtype) == ("Permanent", "General")
    assert [r.address for r in event.bounce.recipients] == ["recipient@example.com"]


def test_a_complaint_and_the_older_notification_type() -> None:
    event = MailEvent.read(
        {
            "notificationType": "Complaint",
            "complaint": {"complainedRecipients": [{"emailAddress": "a@example.com"}]},
            "mail": {"tags": {"shop": "nordlys"}},
        }
    )

    assert event is not None
    assert (event.kind, event.shop_id) == ("Complaint", "nordlys")
    assert event.complaint is not None
    assert [r.address for r in event.complaint.recipients] == ["a@example.com"]


def test_an_event_without_tags_belongs_to_no_shop() -> None:
    event = MailEvent.read({"eventType": "Delivery", "mail": {}})

    assert event is not None
    assert event.shop_id == ""


@pytest.mark.parametrize(
    "detail",
    [
        None,
        "Bounce",
        [],
        {"eventType": 3},
        {"eventType": "Bounce", "mail": {"tags": {"shop": [1]}}},
        {"eventType": "Bounce", "bounce": {"bouncedRecipients": "everyone"}},
    ],
)
def test_what_ses_would_never_publish_is_none(detail: Any) -> None:
    assert MailEvent.read(detail) is None
