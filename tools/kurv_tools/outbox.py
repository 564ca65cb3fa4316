"""GET /_local/outbox: what the emulated SES sent, parsed back into parts."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from typing import Any


def outbox(raw_messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [_entry(raw) for raw in raw_messages]


def _entry(raw: dict[str, Any]) -> dict[str, Any]:
    data: str = raw["raw_data"]
    message = message_from_bytes(data.encode(), EmailMessage, policy=policy.default)
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    date = message.get("Date")
    return {
        "id": raw.get("id"),
        "to": str(message.get("To", "")),
        "from": str(message.get("From", "")),
        "reply_to": str(message.get("Reply-To", "")),
        "subject": str(message.get("Subject", "")),
        "text": text.get_content() if text is not None else "",
        "html": html.get_content() if html is not None else "",
        "headers": {name: str(value) for name, value in message.items()},
        "raw": data,
        "cart_id": str(message.get("X-Kurv-Cart", "")),
        "step": int(message.get("X-Kurv-Step", 0) or 0),
        "sent_at": int(parsedate_to_datetime(str(date)).timestamp()) if date else None,
    }
