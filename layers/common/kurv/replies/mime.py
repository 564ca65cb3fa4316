"""A raw message's MIME structure, read within fixed bounds. Pure: bytes in, parts out.

Anyone can write to a reply address, so the message may be built to make a parser work for
minutes. Python's email parser is right but unbounded: it makes a Message for every part
(55,000 tiny parts take over a minute) and the default policy's header parser is
quadratic in a value's length (40,000 parameters: minutes). So here:

- the parser is fed the bytes a slice at a time and stopped once it has made
  ``MAX_PARSED_PARTS`` parts (nested messages count, so depth is bounded too), read
  ``MAX_PARSED_HEADERS`` header lines or ``MAX_PARSED_LINES`` lines;
- every header value is cut at ``MAX_HEADER_VALUE`` as the parser reads it, a part keeps
  its first ``MAX_HEADERS_PER_PART`` headers, and values stay compat32 strings whose
  parameters are split simply, never run through the default policy's header registry;
- the walk visits at most ``MAX_PARTS`` parts and recovers a lost boundary once;
- a ``Deadline`` is the last line: structure bounds the work, the clock only catches what
  they did not foresee.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from email.feedparser import BytesFeedParser
from email.message import Message
from email.policy import Compat32
from typing import Any

# What is parsed of a message: a customer's reply is a few KB; the rest is attachments.
MAX_RAW_BYTES = 2 * 2**20
MAX_HEADER_BYTES = 256 * 2**10  # the message's own header block
MAX_HEADER_VALUE = 2048  # one header's value, continuation lines included
MAX_HEADERS_PER_PART = 200
# What the parser may go through before it is stopped: messages it makes (nested ones
# included), header lines, lines.
MAX_PARSED_PARTS = 256
MAX_PARSED_HEADERS = 2000
MAX_PARSED_LINES = 50_000
MAX_PARTS = 64  # parts the walk visits
FEED_SLICE = 1024  # bytes fed at a time: the parts made past the limit are a slice's worth
READ_BUDGET_SECONDS = 1.5

Timer = Callable[[], float]


class OutOfTime(Exception):
    """Reading took longer than its budget: the message is set aside, unread."""


@dataclass
class Deadline:
    """The time budget of one reading, on a monotonic `timer` (seconds)."""

    timer: Timer
    budget: float = READ_BUDGET_SECONDS
    started: float = field(init=False)

    def __post_init__(self) -> None:
        self.started = self.timer()

    def check(self) -> None:
        if self.timer() - self.started > self.budget:
            raise OutOfTime(f"reading took longer than {self.budget:g} s")


class _BoundedPolicy(Compat32):
    """compat32 (values stay strings), with each header's value cut as it is read."""

    def header_source_parse(self, sourcelines: list[str]) -> tuple[str, str]:
        name, value = super().header_source_parse(sourcelines)
        return name, value[:MAX_HEADER_VALUE]


POLICY = _BoundedPolicy()


@dataclass
class _Tally:
    """What the parser has gone through so far."""

    parts: int = 0
    headers: int = 0
    lines: int = 0

    def over(self) -> str:
        for seen, limit, what in (
            (self.parts, MAX_PARSED_PARTS, "parts"),
            (self.headers, MAX_PARSED_HEADERS, "header lines"),
            (self.lines, MAX_PARSED_LINES, "lines"),
        ):
            if seen > limit:
                return f"more than {limit} {what}: the rest left unread"
        return ""


class Part(Message):
    """A message or part that keeps its first MAX_HEADERS_PER_PART headers."""

    tally: _Tally | None = None

    def set_raw(self, name: str, value: Any) -> None:
        if self.tally is not None:
            self.tally.headers += 1
        if len(self) < MAX_HEADERS_PER_PART:
            super().set_raw(name, value)


def parse(raw: bytes, problems: list[str], deadline: Deadline) -> Message:
    """The message's structure, as far as the bounds allow (what is past them is left out
    and said so in `problems`)."""
    if len(raw) > MAX_RAW_BYTES:
        problems.append(f"message cut at {MAX_RAW_BYTES} bytes (it had {len(raw)})")
        raw = raw[:MAX_RAW_BYTES]
    if b"\x00" in raw:
        problems.append("malformed MIME: NUL bytes removed")
        raw = raw.replace(b"\x00", b"")
    head_end = _header_end(raw)
    if head_end > MAX_HEADER_BYTES:
        problems.append(f"malformed MIME: headers longer than {MAX_HEADER_BYTES} bytes, cut")
        raw = raw[:MAX_HEADER_BYTES] + b"\r\n\r\n" + raw[head_end:]
    return parse_bounded(raw, problems, deadline)


def parse_bounded(raw: bytes, problems: list[str], deadline: Deadline) -> Message:
    tally = _Tally()

    def part(policy: Compat32 = POLICY) -> Part:
        tally.parts += 1
        made = Part(policy)
        made.tally = tally
        return made

    parser = BytesFeedParser(part, policy=POLICY)
    for start in range(0, len(raw), FEED_SLICE):
        piece = raw[start : start + FEED_SLICE]
        # The parser ends a line at CR, LF or CRLF.
        tally.lines += piece.count(b"\n") + piece.count(b"\r") - piece.count(b"\r\n")
        parser.feed(piece)
        over = tally.over()
        if over:
            problems.append(over)
            break
        deadline.check()
    message = parser.close()
    assert isinstance(message, Message)
    return message


def _header_end(raw: bytes) -> int:
    ends = [i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0]
    return min(ends) if ends else len(raw)


def text_leaves(message: Message, problems: list[str], deadline: Deadline) -> list[Message]:
    """The text/plain and text/html parts that are not attachments, in order: at most
    MAX_PARTS parts visited, attached messages left out."""
    for defect in message.defects[:MAX_PARTS]:
        problems.append(f"malformed MIME: {type(defect).__name__}")
    leaves: list[Message] = []
    pending: deque[tuple[Message, bool]] = deque([(message, False)])
    visited = 0
    while pending and visited < MAX_PARTS:
        deadline.check()
        part, recovered = pending.popleft()
        visited += 1
        kind = part.get_content_type()
        if part.is_multipart():
            payload = part.get_payload()
            children = (
                [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []
            )
            pending.extendleft((child, recovered) for child in reversed(children))
            continue
        if kind.startswith("multipart/") and not recovered:
            # Its boundary was missing or wrong: look for the one the parts really use (once).
            found = _recovered_parts(part, problems, deadline)
            pending.extendleft((child, True) for child in reversed(found))
            continue
        if part.get_content_disposition() == "attachment" or part.get_content_maintype() != "text":
            continue
        if kind in ("text/plain", "text/html"):
            leaves.append(part)
    if pending:
        problems.append(f"more than {MAX_PARTS} parts: the rest left unread")
    return leaves


_BOUNDARY_LINE = re.compile(rb"^--([^\s]{1,200}?)(?:--)?[ \t]*\r?$", re.MULTILINE)


def _recovered_parts(part: Message, problems: list[str], deadline: Deadline) -> list[Message]:
    payload = part.get_payload()
    body = payload.encode("utf-8", "surrogateescape") if isinstance(payload, str) else b""
    found = _BOUNDARY_LINE.search(body)
    if not found:
        problems.append("malformed MIME: multipart without parts, read as text")
        text_part = Part(POLICY)
        text_part.set_payload(payload if isinstance(payload, str) else "")
        return [text_part]
    problems.append("malformed MIME: parts found by a boundary the header did not declare")
    boundary = re.escape(found.group(1))
    chunks = re.split(rb"(?m)^--" + boundary + rb"(?:--)?[ \t]*\r?$", body)
    return [
        parse_bounded(chunk.lstrip(b"\r\n"), problems, deadline)
        for chunk in chunks[1 : MAX_PARTS + 1]
        if chunk.strip()
    ]
