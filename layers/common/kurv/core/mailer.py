"""Email on the wire: a multipart MIME message built with `email`, sent through SES v2."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from enum import StrEnum
from typing import TYPE_CHECKING

from botocore.exceptions import (
    BotoCoreError,
    ClientError,
    ConnectTimeoutError,
    EndpointConnectionError,
)

from kurv.core.aws import error_code
from kurv.core.links import reminder_id_tag
from kurv.core.locales import ascii_email
from kurv.core.render import RenderedEmail

if TYPE_CHECKING:
    from mypy_boto3_sesv2 import SESV2Client

# SES said no, for this message or address: record it and never retry.
_REJECTED = frozenset(
    {
        "MessageRejected",
        "MailFromDomainNotVerifiedException",
        "BadRequestException",
        "NotFoundException",
    }
)


# How a message goes on the wire. Headers may run to RFC 5322's 998 characters before
# they are folded: a long URL (List-Unsubscribe) then goes out as written, never split
# into RFC 2047 encoded-words, which mail clients do not read as a URL. Bodies are
# encoded when the message is built, under SMTP's 78-character lines.
WIRE = SMTP.clone(max_line_length=998)


def wire_bytes(message: EmailMessage) -> bytes:
    """The message exactly as SES receives it."""
    return message.as_bytes(policy=WIRE)


@dataclass(frozen=True)
class Envelope:
    sender_name: str
    sender_email: str
    to: str
    reply_to: str
    unsubscribe_url: str
    sent_at: int
    reference: dict[str, str]  # X-Kurv-* headers: shop, cart and step, never personal data


class UndeliverableAddress(ValueError):
    """The customer's address cannot go on the wire (the part before the @ is not ASCII)."""


def build_message(email: RenderedEmail, envelope: Envelope) -> EmailMessage:
    """multipart/alternative: plain text first, HTML last (clients show the last they can)."""
    # Every address in ASCII, an international domain in punycode: never an encoded-word.
    try:
        to = ascii_email(envelope.to)
    except ValueError:
        raise UndeliverableAddress("the customer's address cannot be delivered to") from None
    sender = ascii_email(envelope.sender_email)
    message = EmailMessage(policy=SMTP)
    # Header values are set through the email package, which refuses line breaks: no
    # customer-supplied text can add a header.
    message["From"] = Address(display_name=envelope.sender_name, addr_spec=sender)
    message["To"] = Address(addr_spec=to)
    message["Reply-To"] = Address(addr_spec=ascii_email(envelope.reply_to))
    message["Subject"] = email.subject
    message["Date"] = format_datetime(datetime.fromtimestamp(envelope.sent_at, tz=UTC))
    # Its step and time, so the shop's forward of a reply can say which email it answers.
    step = envelope.reference.get("Step", "")
    tag = reminder_id_tag(int(step), envelope.sent_at) if step.isdigit() else None
    message["Message-ID"] = make_msgid(idstring=tag, domain=sender.rpartition("@")[2])
    # RFC 8058: one click in the mail client unsubscribes, with a POST to this URL.
    message["List-Unsubscribe"] = f"<{envelope.unsubscribe_url}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    for name, value in envelope.reference.items():
        message[f"X-Kurv-{name}"] = value
    message.set_content(email.text, subtype="plain", charset="utf-8")
    message.add_alternative(email.html, subtype="html", charset="utf-8")
    message["Content-Language"] = email.language  # after the body: set_content clears Content-*
    return message


class SendOutcome(StrEnum):
    SENT = "sent"
    RETRY = "retry"  # SES did not take it (throttled, paused): safe to send again later
    REJECTED = "rejected"  # SES refused this message: do not try again
    UNKNOWN = "unknown"  # the call failed midway: it may have been sent


@dataclass(frozen=True)
class SendResult:
    outcome: SendOutcome
    message_id: str = ""
    detail: str = ""


class Mailer:
    def __init__(self, client: SESV2Client, configuration_set: str = "") -> None:
        self._client = client
        self._configuration_set = configuration_set

    def send(self, message: EmailMessage, *, tags: dict[str, str]) -> SendResult:
        request: dict[str, object] = {
            "Content": {"Raw": {"Data": wire_bytes(message)}},
            "Destination": {"ToAddresses": [str(message["To"])]},
            "EmailTags": [{"Name": name, "Value": value} for name, value in tags.items()],
        }
        if self._configuration_set:
            request["ConfigurationSetName"] = self._configuration_set
        try:
            response = self._client.send_email(**request)  # type: ignore[arg-type]
        except ClientError as error:
            code = error_code(error)
            if code in _REJECTED:
                return SendResult(SendOutcome.REJECTED, detail=code)
            # Throttling, daily quota, paused sending, SES's own 5xx: the message was not taken.
            return SendResult(SendOutcome.RETRY, detail=code)
        except (EndpointConnectionError, ConnectTimeoutError) as error:
            return SendResult(SendOutcome.RETRY, detail=type(error).__name__)  # never connected
        except BotoCoreError as error:
            # A read timeout or a dropped connection: SES may have accepted it.
            return SendResult(SendOutcome.UNKNOWN, detail=type(error).__name__)
        return SendResult(SendOutcome.SENT, message_id=str(response.get("MessageId", "")))
