"""The /_local/ routes of `make run` (never deployed): the outbox, the clock, and replies."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from kurv_tools.local.inbound import receive, replies_json
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.outbox import outbox

MAX_ADVANCE_SECONDS = 400 * 24 * 3600


def local_routes(loop: LocalLoop) -> dict[str, Any]:
    stack = loop.stack

    def get_outbox(path: str, body: bytes, headers: Mapping[str, str]) -> tuple[int, Any]:
        return 200, outbox(stack.emulator.sent_messages())

    def get_clock(path: str, body: bytes, headers: Mapping[str, str]) -> tuple[int, Any]:
        return 200, {"now": stack.clock.now()}

    def advance_clock(path: str, body: bytes, headers: Mapping[str, str]) -> tuple[int, Any]:
        try:
            seconds = json.loads(body or b"{}").get("advance")
        except (ValueError, AttributeError):
            raise ValueError('send {"advance": <seconds>}') from None
        if (
            not isinstance(seconds, int)
            or isinstance(seconds, bool)
            or not (0 <= seconds <= MAX_ADVANCE_SECONDS)
        ):
            raise ValueError('advance must be whole seconds, 0 to 400 days: {"advance": 3700}')
        stack.clock.advance(seconds)
        loop.run_due()  # answer once the emails that became due are in the outbox
        return 200, {"now": stack.clock.now()}

    def post_inbound(path: str, body: bytes, headers: Mapping[str, str]) -> tuple[int, Any]:
        """A reply as a customer's mail client would send it to the reply domain."""
        kind = headers.get("content-type", "message/rfc822").split(";")[0].strip().lower()
        if kind not in ("message/rfc822", "text/plain", "application/octet-stream"):
            raise ValueError(f"send the raw email as Content-Type: message/rfc822, not {kind}")
        return 202, receive(stack, body)

    def get_replies(path: str, body: bytes, headers: Mapping[str, str]) -> tuple[int, Any]:
        return 200, replies_json(stack)

    from kurv_tools.local.page import page_routes

    return {
        **page_routes(loop),
        "POST /_local/inbound": post_inbound,
        "GET /_local/replies": get_replies,
        "GET /_local/outbox": get_outbox,
        "GET /_local/clock": get_clock,
        "POST /_local/clock": advance_clock,
    }
