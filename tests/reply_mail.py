"""A customer's (or a machine's) plain-text answer to a reminder, as the reply address
receives it: for the tests that read only a subject and some words."""

from __future__ import annotations

from email.message import EmailMessage


def reply_message(subject: str, words: str) -> bytes:
    message = EmailMessage()
    message["From"] = "someone@example.net"
    message["To"] = "reply+shop-8f3k2q9x@replies.kurv.example"
    message["Subject"] = subject
    message.set_content(words)
    return bytes(message)
