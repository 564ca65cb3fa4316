"""`kurv report`'s "why customers left": the week's reasons from the shop's replies, with a
count and one example sentence each (kurv.replies.why_left chooses it).

Apart from the daily figures (figures.py): it reads the replies table, one query over the
shop's replies of the days shown (at most `DAYS`), never the carts.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from kurv.core.clock import DAY
from kurv.core.text import clean_line
from kurv_tools.cli import target

if TYPE_CHECKING:
    from kurv.replies.reply_store import ReplyStore

# The days whose replies the report reads: a week, or the report's days if fewer.
DAYS = 7
HELP = (
    "Then why customers left: for the last 7 days (or --days, if fewer), each reason read\n"
    "from their replies, how many gave it, and one sentence of one reply in the customer's\n"
    "own words (addresses, links and phone numbers left out). --json: why_customers_left."
)
# Replies read at most; past it the counts say "at least".
MOST = 10_000


def reply_source(args: argparse.Namespace) -> ReplyStore | None:
    """The replies table of the stack the command talks to (as report.py finds its stats
    table); None for a local stack started before replies were kept."""
    from kurv.replies.reply_store import ReplyStore

    if args.stack:
        stack = target.deployed(args)
        return ReplyStore(stack.client("dynamodb"), stack["RepliesTableName"])
    state = target.local_state()
    if not state.replies_table:
        return None
    return ReplyStore(target.emulator(state).client("dynamodb"), state.replies_table)


def section(store: ReplyStore | None, shop_id: str, now: int, days: int) -> dict[str, Any] | None:
    """The section's JSON: its first and last UTC day, the replies counted, and each
    reason with its count and example. None without a replies table (an old `make run`)."""
    from kurv.replies.why_left import counted, why_left

    if store is None:
        return None
    last = datetime.fromtimestamp(now, tz=UTC).date()
    first = last - timedelta(days=min(days, DAYS) - 1)
    start = int(datetime(first.year, first.month, first.day, tzinfo=UTC).timestamp())
    end = start + min(days, DAYS) * DAY
    read = store.since(shop_id, start, limit=MOST)
    replies = [reply for reply in read if reply.received_at < end]  # not past the last day
    found = why_left(replies)
    return {
        "from": first.isoformat(),
        "to": last.isoformat(),
        "replies": sum(1 for reply in replies if counted(reply)),
        "complete": len(read) < MOST,
        "reasons": [
            {"reason": clean_line(seen.reason), "count": seen.count, "example": seen.example}
            for seen in found
        ],
    }


def text(found: dict[str, Any] | None) -> str:
    """The section for a merchant: each reason, its count and the customer's sentence."""
    if found is None:
        return "why customers left: restart `make run` to read replies"
    days = f"{found['from']} to {found['to']}"
    if not found["reasons"]:
        return f"why customers left, {days}: no replies"
    more = "" if found["complete"] else " (at least: the first replies only)"
    lines = [f"why customers left, {days}, in their own words{more}"]
    width = max(len(seen["reason"]) for seen in found["reasons"])
    digits = max(len(str(seen["count"])) for seen in found["reasons"])
    for seen in found["reasons"]:
        example = f'"{seen["example"]}"' if seen["example"] else "(no words to show)"
        lines.append(f"  {seen['reason']:<{width}}  {seen['count']:>{digits}}  {example}")
    return "\n".join(lines)
