"""The page behind `make run`: http://127.0.0.1:3000/_local/ (never deployed).

The emails the emulated SES sent, newest first; each opens as it was sent (its HTML in a
sandboxed iframe, its text part, its headers), with its cart's timeline (started, emails,
clicks, payment trouble, order, opt-out, replies) and two buttons: move the clock, and
answer as the customer would. Server-rendered with the Jinja2 Kurv already ships.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from kurv.core.model import cart_key
from kurv_tools.local.devserver import LocalPage
from kurv_tools.local.outbox import links_in, outbox

if TYPE_CHECKING:
    from jinja2 import Environment

    from kurv_tools.local.loop import LocalLoop

_TEMPLATES = Path(__file__).parent / "page_templates"
MAX_ADVANCE = 400 * 24 * 3600


def page_routes(loop: LocalLoop) -> dict[str, Any]:
    stack = loop.stack

    def emails() -> list[dict[str, Any]]:
        return outbox(stack.emulator.sent_messages())

    def index(path: str, body: bytes, headers: Mapping[str, str]) -> tuple[int, LocalPage]:
        found = emails()
        listed = [{"number": number, **email} for number, email in enumerate(found)][::-1]
        return 200, _page("index.html", emails=listed, now=_when(stack.clock.now()))

    def one(path: str, body: bytes, headers: Mapping[str, str]) -> tuple[int, Any]:
        found = emails()
        number = path.rsplit("/", 1)[-1]
        if not number.isdigit() or int(number) >= len(found):
            return 404, _page("missing.html", number=number, now=_when(stack.clock.now()))
        email = found[int(number)]
        shop_id = email["headers"].get("X-Kurv-Shop", "")
        links = [
            {"href": href, "kind": _kind(href)}
            for href in dict.fromkeys(links_in(email["html"]))
            if href.startswith(("http://", "https://"))
        ]
        return 200, _page(
            "email.html",
            number=int(number),
            email=email,
            links=links,
            timeline=_timeline(stack, shop_id, email["cart_id"]) if email["cart_id"] else [],
            now=_when(stack.clock.now()),
        )

    def clock(path: str, body: bytes, headers: Mapping[str, str]) -> tuple[int, LocalPage]:
        form = _form(body)
        try:
            seconds = int(form.get("advance", "0"))
        except ValueError:
            raise ValueError("advance: whole seconds, e.g. 3700") from None
        if not 0 <= seconds <= MAX_ADVANCE:
            raise ValueError("advance: 0 to 400 days in seconds")
        stack.clock.advance(seconds)
        loop.run_due()
        back = form.get("back", "")
        # Back to a page of ours only: never a redirect to another site.
        local = back.startswith("/_local/") and "//" not in back and "\\" not in back
        return 303, LocalPage(headers={"Location": back if local else "/_local/"})

    def reply(path: str, body: bytes, headers: Mapping[str, str]) -> tuple[int, LocalPage]:
        from kurv_tools.local.inbound import receive

        form = _form(body)
        found = emails()
        number = int(form.get("email", "-1")) if form.get("email", "").isdigit() else -1
        if not 0 <= number < len(found) or not form.get("text", "").strip():
            raise ValueError("reply: the email's number and some words")
        email = found[number]
        raw = (
            f"From: {email['to']}\r\nTo: {email['reply_to']}\r\n"
            f"Subject: Re: {email['subject']}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            f"{form['text'].strip()}\r\n"
        )
        receive(stack, raw.encode())
        return 303, LocalPage(headers={"Location": f"/_local/emails/{number}"})

    return {
        "GET /_local/": index,
        "GET /_local/emails/*": one,
        "POST /_local/page/clock": clock,
        "POST /_local/page/reply": reply,
    }


def _timeline(stack: Any, shop_id: str, cart_id: str) -> list[dict[str, str]]:
    from kurv.core.dynamo import from_item
    from kurv.replies.reply_store import ReplyStore

    item = from_item(
        stack.dynamodb.get_item(
            TableName=stack.settings.carts_table,
            Key={"pk": {"S": cart_key(shop_id, cart_id)}},
            ConsistentRead=True,
        ).get("Item")
    )
    moments: list[tuple[int, str]] = []
    for attribute, what in (
        ("created_at", "cart started"),
        ("last_activity_at", "last activity (an event from the shop)"),
        ("payment_failed_at", "payment failed"),
        ("first_click_at", "first click on a link in an email"),
        ("last_click_at", "latest click"),
        ("ordered_at", "order completed"),
        ("opted_out_at", "opted out"),
        ("replied_at", "first reply"),
    ):
        if item.get(attribute):
            moments.append((int(item[attribute]), what))
    for entry in item.get("sent_log") or []:
        moments.append((int(entry["at"]), f"email, step {entry['step']}, sent"))
    if item.get("claimed_at") and item.get("claim_id"):
        moments.append((int(item["claimed_at"]), f"claimed for step {item.get('claim_step')}"))
    replies = ReplyStore(stack.dynamodb, stack.settings.replies_table).since(shop_id, 0)
    for stored in replies:
        if stored.cart_id == cart_id:
            kind = "auto-reply" if stored.auto_reply else f"reply ({stored.reason})"
            moments.append((stored.received_at, f"{kind}: {stored.text[:80]}"))
    closed = item.get("closed")
    timeline = [{"at": _when(at), "what": what} for at, what in sorted(moments)]
    if closed:
        timeline.append({"at": "", "what": f"closed: {closed}"})
    elif not item:
        timeline.append({"at": "", "what": "the cart is gone (expired or erased)"})
    return timeline


def _kind(href: str) -> str:
    if "/r/" in href:
        return "restore (back to the cart)"
    if "/u/" in href:
        return "opt-out"
    return "link"


def _when(moment: int) -> str:
    return datetime.fromtimestamp(moment, tz=UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _form(body: bytes) -> dict[str, str]:
    return {key: values[-1] for key, values in parse_qs(body.decode("utf-8", "replace")).items()}


def _page(name: str, **context: Any) -> LocalPage:
    return LocalPage(_environment().get_template(name).render(**context).encode())


@lru_cache(maxsize=1)
def _environment() -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    return Environment(
        loader=FileSystemLoader(_TEMPLATES),
        autoescape=select_autoescape(enabled_extensions=("html",)),
        undefined=StrictUndefined,
    )
