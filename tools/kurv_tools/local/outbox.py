"""GET /_local/outbox: what the emulated SES sent, parsed back into parts."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
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
        # A step of the series, or 0 for the check-in after an order (X-Kurv-Step: check-in).
        "step": int(step) if (step := str(message.get("X-Kurv-Step", ""))).isdigit() else 0,
        "sent_at": int(parsedate_to_datetime(str(date)).timestamp()) if date else None,
    }


def links_in(html: str) -> list[str]:
    """Every href and src in an email's HTML, in order."""
    parser = _Links()
    parser.feed(html)
    return parser.urls


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.urls += [value for name, value in attrs if name in ("href", "src") and value]
