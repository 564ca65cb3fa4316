"""SES's mailbox simulator, locally: an email sent to bounce@simulator.amazonses.com or
complaint@simulator.amazonses.com comes back as the bounce or complaint event SES would
publish through the configuration set to EventBridge, for the feedback function."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from email import message_from_string, policy
from typing import Any

from kurv_tools.local.emulator import ACCOUNT_ID, REGION

SIMULATOR = {
    "bounce@simulator.amazonses.com": "Bounce",
    "complaint@simulator.amazonses.com": "Complaint",
}


def feedback_event(raw: dict[str, Any], now: int) -> dict[str, Any] | None:
    """The EventBridge event SES would publish for one sent message, or None when it did
    not go to a simulator address."""
    message = message_from_string(raw["raw_data"], policy=policy.compat32)
    recipient = str(message.get("To", "")).strip().lower()
    kind = SIMULATOR.get(recipient)
    if kind is None:
        return None
    at = datetime.fromtimestamp(now, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    mail = {
        "timestamp": at,
        "source": str(message.get("From", "")),
        "sourceArn": f"arn:aws:ses:{REGION}:{ACCOUNT_ID}:identity/shop",
        "sendingAccountId": ACCOUNT_ID,
        "messageId": str(raw.get("id") or uuid.uuid4()),
        "destination": [recipient],
        # Sender tags every email with its shop and step (mailer.Mailer.send's EmailTags).
        "tags": {
            "shop": [str(message.get("X-Kurv-Shop", ""))],
            "step": [str(message.get("X-Kurv-Step", ""))],
        },
    }
    detail: dict[str, Any] = {"eventType": kind, "mail": mail}
    if kind == "Bounce":
        detail["bounce"] = {
            "bounceType": "Permanent",
            "bounceSubType": "General",
            "bouncedRecipients": [
                {"emailAddress": recipient, "action": "failed", "status": "5.1.1"}
            ],
            "timestamp": at,
        }
    else:
        detail["complaint"] = {
            "complainedRecipients": [{"emailAddress": recipient}],
            "complaintFeedbackType": "abuse",
            "timestamp": at,
        }
    return {
        "version": "0",
        "id": str(uuid.uuid4()),
        "detail-type": "Email Bounced" if kind == "Bounce" else "Email Complaint Received",
        "source": "aws.ses",
        "account": ACCOUNT_ID,
        "time": at.replace(".000Z", "Z"),
        "region": REGION,
        "resources": [f"arn:aws:ses:{REGION}:{ACCOUNT_ID}:configuration-set/kurv"],
        "detail": detail,
    }
