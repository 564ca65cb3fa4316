"""What a customer attached to their reply: the images and PDFs to forward to the shop, and
the names of the rest. Pure: bytes in, `Attachments` out; never raises.

A screenshot of an error or a photo of a damaged parcel is half of what the customer says,
so it goes on with their words. Only what its own bytes show to be an image or a PDF is
forwarded (never what a header merely claims), up to MAX_FORWARDED_BYTES together, so the
forward stays well under SES's 10 MB for a raw message; anything else is named, not sent.
The walk is bounded like the reading (``mime``): at most ``mime.MAX_PARSED_PARTS`` parts
made, ``mime.MAX_PARTS`` visited, and a time budget.
"""

from __future__ import annotations

import contextlib
import time
from collections import deque
from dataclasses import dataclass
from email.feedparser import BytesFeedParser
from email.header import decode_header, make_header
from email.message import Message
from email.policy import Compat32

from kurv.core.text import clean_line
from kurv.replies import mime
from kurv.replies.charsets import header_value

MAX_FORWARDED_BYTES = 5 * 2**20  # decoded; base64 makes it about 6.7 MB on the wire
# Of the raw message, read for its attachments: the forwarded ones and more fit in it.
MAX_MESSAGE_BYTES = 10 * 2**20
MAX_NAME_CHARS = 100

# What a file's first bytes say it is: (content type, the file name's ending).
_SIGNATURES: tuple[tuple[bytes, int, str, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png", ".png"),
    (b"GIF87a", 0, "image/gif", ".gif"),
    (b"GIF89a", 0, "image/gif", ".gif"),
    (b"WEBP", 8, "image/webp", ".webp"),  # after "RIFF" and a length
    (b"ftypheic", 4, "image/heic", ".heic"),  # an iPhone's photos
    (b"ftypmif1", 4, "image/heic", ".heic"),
    (b"%PDF-", 0, "application/pdf", ".pdf"),
)
_ENDINGS = {
    "image/jpeg": (".jpg", ".jpeg"),
    "image/png": (".png",),
    "image/gif": (".gif",),
    "image/webp": (".webp",),
    "image/heic": (".heic", ".heif"),
    "application/pdf": (".pdf",),
}


@dataclass(frozen=True)
class Attachment:
    filename: str  # clean, one line, ending as its content type does
    content_type: str  # what its bytes are (_SIGNATURES), never what the message said
    data: bytes


@dataclass(frozen=True)
class LeftOut:
    filename: str  # clean, one line
    size: int  # bytes, decoded; 0 when not known (the message was cut in it)


@dataclass(frozen=True)
class Attachments:
    forwarded: tuple[Attachment, ...] = ()
    left_out: tuple[LeftOut, ...] = ()
    complete: bool = True  # False: reading stopped (time, malformed MIME) before the end


def attachments(
    raw: bytes,
    *,
    cut: bool = False,
    budget: int = MAX_FORWARDED_BYTES,
    forward: bool = True,
    timer: mime.Timer | None = None,
) -> Attachments:
    """The message's attachments: images and PDFs to forward, in order, while they fit in
    `budget`; the rest by name. `cut`: `raw` is the message's beginning only (its last part
    may be incomplete, so it is named, not forwarded). `forward` False: all are named."""
    deadline = mime.Deadline(timer or time.monotonic)
    cut = cut or len(raw) > MAX_MESSAGE_BYTES
    forwarded: list[Attachment] = []
    left_out: list[LeftOut] = []
    try:
        files, seen_all = _files(_parse(raw[:MAX_MESSAGE_BYTES], deadline), deadline)
        for number, part in enumerate(files, start=1):
            deadline.check()
            data = _data(part)
            last = number == len(files)
            kind = _kind(data) if forward and not (cut and last) else None
            name = _filename(part, number, kind)
            room = budget - sum(len(file.data) for file in forwarded)
            if kind and len(data) <= room:
                forwarded.append(Attachment(name, kind, data))
            else:
                left_out.append(LeftOut(name, 0 if cut and last else len(data)))
    except Exception:  # mime.OutOfTime too: what was found so far goes on
        return Attachments(tuple(forwarded), tuple(left_out), complete=False)
    return Attachments(tuple(forwarded), tuple(left_out), complete=seen_all)


def _parse(raw: bytes, deadline: mime.Deadline) -> Message:
    """The structure, as `mime.parse_bounded` makes it but with no limit on lines (an
    attachment is many of them): the parts made are what is bounded."""
    made = 0

    def part(policy: Compat32 = mime.POLICY) -> mime.Part:
        nonlocal made
        made += 1
        return mime.Part(policy)

    parser = BytesFeedParser(part, policy=mime.POLICY)
    for start in range(0, len(raw), 16 * mime.FEED_SLICE):
        parser.feed(raw[start : start + 16 * mime.FEED_SLICE])
        if made > mime.MAX_PARSED_PARTS:
            break
        deadline.check()
    message = parser.close()
    assert isinstance(message, Message)
    return message


def _files(message: Message, deadline: mime.Deadline) -> tuple[list[Message], bool]:
    """The parts that are files, in order (not the text of the message itself), and whether
    that is all of them: at most mime.MAX_PARTS parts are visited; an attached message is
    one file, not looked into."""
    files: list[Message] = []
    pending: deque[Message] = deque([message])
    visited = 0
    while pending and visited < mime.MAX_PARTS:
        deadline.check()
        part = pending.popleft()
        visited += 1
        kind = part.get_content_type()
        if part.is_multipart() and kind != "message/rfc822":
            payload = part.get_payload()
            if isinstance(payload, list):
                pending.extendleft(reversed([p for p in payload if isinstance(p, Message)]))
        elif not _is_body(part, kind):
            files.append(part)
    return files, not pending


def _is_body(part: Message, kind: str) -> bool:
    return (
        kind in ("text/plain", "text/html")
        and part.get_content_disposition() != "attachment"
        and not part.get_filename()
    ) or kind.startswith("multipart/")


def _data(part: Message) -> bytes:
    if part.get_content_type() == "message/rfc822":
        payload = part.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else None
        return inner.as_bytes() if isinstance(inner, Message) else b""
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def _kind(data: bytes) -> str | None:
    for signature, offset, kind, _ending in _SIGNATURES:
        if data[offset : offset + len(signature)] == signature:
            return kind
    return None


def _filename(part: Message, number: int, kind: str | None) -> str:
    """The name the customer's client gave the file, clean and without a folder; one made
    from its number when there is none. A forwarded file ends as its content does, so no
    name can make the shop's computer open it as something else."""
    written = part.get_filename() or ""
    with contextlib.suppress(Exception):  # an encoded word that does not decode stays as written
        written = str(make_header(decode_header(header_value(written))))
    name = clean_line(written.replace("\\", "/").rpartition("/")[2], MAX_NAME_CHARS).strip(". ")
    if part.get_content_type() == "message/rfc822" and not name:
        name = f"message-{number}.eml"
    if not name:
        name = f"attachment-{number}"
    if kind and not name.lower().endswith(_ENDINGS[kind]):
        name += _ENDINGS[kind][0]
    return name
