"""Email into the local stack, the way SES receiving delivers it when deployed.

`receive` does what the template's receipt rule does: the raw message goes into the reply
bucket under replies/<message id> (the S3 action), then the replies function is invoked
with SES's receipt event (the Lambda action), built in the shape
`sam local generate-event ses email-receiving` prints. `replies_json` answers
GET /_local/replies.
"""

from __future__ import annotations

import secrets
import time
from datetime import UTC, datetime
from email import policy
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses
from typing import TYPE_CHECKING, Any

from kurv_tools.local.emulator import ACCOUNT_ID, REGION

if TYPE_CHECKING:
    from kurv_tools.local.stack import LocalStack

REPLY_PREFIX = "replies/"


def receive(stack: LocalStack, raw: bytes, **verdicts: str) -> dict[str, Any]:
    """Stores `raw` and has the replies function file it: what SES does on receipt.
    `verdicts` are SES's (spam, virus, spf, dkim, dmarc: "PASS" unless given).
    Raises ValueError for a body that is not an email at all."""
    headers = _headers(raw)
    recipients = [
        address.lower()
        for _, address in getaddresses(
            [str(value) for name in ("To", "Cc") for value in headers.get_all(name, [])]
        )
        if "@" in address
    ]
    domain = stack.settings.reply_domain.lower()
    ours = [address for address in recipients if address.rpartition("@")[2] == domain]
    if not ours:
        raise ValueError(
            f"no recipient at the reply domain {domain}: address it like the Reply-To of an "
            "email in the outbox (reply+<shop>-<code>@" + domain + ")"
        )
    # 40 lower-case letters and digits like SES's; here in order of arrival, so that
    # /_local/replies lists two replies of the same second as they came.
    message_id = f"{time.time_ns():024x}{secrets.token_hex(8)}"
    stack.emulator.client("s3").put_object(
        Bucket=stack.settings.reply_bucket, Key=REPLY_PREFIX + message_id, Body=raw
    )
    event = ses_receipt_event(
        message_id=message_id,
        headers=headers,
        recipients=ours,
        at=stack.clock.now(),
        function_arn=f"arn:aws:lambda:{REGION}:{ACCOUNT_ID}:function:kurv-replies",
        **verdicts,
    )
    result = stack.invoke("replies", event)
    return {"message_id": message_id, "recipients": ours, "outcome": result["outcomes"][0]}


def ses_receipt_event(
    *,
    message_id: str,
    headers: Message,
    recipients: list[str],
    at: int,
    function_arn: str,
    spam: str = "PASS",
    virus: str = "PASS",
    spf: str = "PASS",
    dkim: str = "PASS",
    dmarc: str = "PASS",
) -> dict[str, Any]:
    """SES's Lambda action event for one received message."""
    timestamp = datetime.fromtimestamp(at, tz=UTC).isoformat(timespec="milliseconds")
    timestamp = timestamp.replace("+00:00", "Z")
    source = getaddresses([str(headers.get("From", ""))])
    return {
        "Records": [
            {
                "eventSource": "aws:ses",
                "eventVersion": "1.0",
                "ses": {
                    "mail": {
                        "timestamp": timestamp,
                        "source": source[0][1] if source else "",
                        "messageId": message_id,
                        "destination": recipients,
                        "headersTruncated": False,
                        "headers": [
                            {"name": name, "value": str(value)} for name, value in headers.items()
                        ],
                        "commonHeaders": {
                            "from": [str(value) for value in headers.get_all("From", [])],
                            "to": [str(value) for value in headers.get_all("To", [])],
                            "messageId": str(headers.get("Message-ID", "")),
                            "subject": str(headers.get("Subject", "")),
                        },
                    },
                    "receipt": {
                        "timestamp": timestamp,
                        "processingTimeMillis": 12,
                        "recipients": recipients,
                        "spamVerdict": {"status": spam},
                        "virusVerdict": {"status": virus},
                        "spfVerdict": {"status": spf},
                        "dkimVerdict": {"status": dkim},
                        "dmarcVerdict": {"status": dmarc},
                        "action": {
                            "type": "Lambda",
                            "functionArn": function_arn,
                            "invocationType": "Event",
                        },
                    },
                },
            }
        ]
    }


def replies_json(stack: LocalStack) -> list[dict[str, Any]]:
    """Every shop's replies, oldest first, as GET /_local/replies shows them."""
    from kurv.replies.reply_store import ReplyStore

    store = ReplyStore(stack.dynamodb, stack.settings.replies_table)
    replies = [reply for shop in stack.shop_store.all() for reply in store.since(shop.shop_id, 0)]
    replies.sort(key=lambda reply: (reply.received_at, reply.message_id))
    return [
        {
            "shop_id": reply.shop_id,
            "cart_id": reply.cart_id,
            "received_at": reply.received_at,
            "from": reply.from_address,
            "subject": reply.subject,
            "language": reply.language,
            "text": reply.text,
            "reason": reply.reason,
            "rule": reply.rule,
            "runner_up": reply.runner_up,
            "confidence": reply.confidence,
            "auto_reply": reply.auto_reply,
            "set_aside": reply.set_aside,
            "sender_verified": reply.sender_verified,
            "forwarded": reply.forwarded,
            "forward_held": reply.forward_held,
        }
        for reply in replies
    ]


def _headers(raw: bytes) -> Message:
    """The headers as written (compat32 never raises on a malformed one)."""
    if not raw.strip():
        raise ValueError("the body is empty: send a raw email (RFC 5322), headers first")
    headers = BytesParser(policy=policy.compat32).parsebytes(raw[:262144], headersonly=True)
    if not (headers["To"] or headers["Cc"]):
        raise ValueError(
            "the body is not an email: it needs headers such as From:, To: and Subject:, "
            "a blank line, then the text"
        )
    return headers
