"""`kurv replies` and `kurv replies-status`: what customers answered, and whether their
answers reach Kurv at all."""

from __future__ import annotations

import argparse
import json
from typing import Any

from kurv.core.text import clean_line, clean_text
from kurv.replies.inbound import REASONS as REPLY_REASONS
from kurv_tools.cli import target
from kurv_tools.cli.console import CliError, Commands, parse_duration, utc
from kurv_tools.cli.target import target_options


def add_parser(commands: Commands) -> None:
    """kurv replies and kurv replies-status."""
    replies = commands.add_parser(
        "replies",
        help="what customers answered, and why they left",
        description=(
            "The replies to a shop's emails, newest first: when, the reason Kurv read (and\n"
            "the rule that decided it), the cart, and the customer's own words.\n\n"
            "example:\n  kurv replies --shop nordlys --since 7d --reason price"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    replies.add_argument("--shop", required=True, help="the shop's id")
    replies.add_argument("--since", default="30d", help="how far back, e.g. 24h, 7d (default 30d)")
    replies.add_argument(
        "--reason",
        choices=list(REPLY_REASONS),
        help="only replies with this reason",
    )
    replies.add_argument(
        "--auto-replies", action="store_true", help="include out-of-office and other auto-replies"
    )
    replies.add_argument("--json", action="store_true", help="print JSON, for machines")
    target_options(replies)
    replies.set_defaults(run=_replies)

    status = commands.add_parser(
        "replies-status",
        help="does mail to the ReplyDomain reach Kurv? (a deployed stack)",
        description=(
            "Checks that the stack's receipt rule set is the region's active one: SES\n"
            "receives replies only through the active set, and CloudFormation cannot make\n"
            "it active.\n\nexample:\n  kurv replies-status --stack kurv"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    status.add_argument("--stack", required=True, help="the deployed Kurv stack")
    status.add_argument(
        "--region",
        help="the stack's region (default: samconfig.toml's, else AWS_REGION, AWS_DEFAULT_REGION "
        "or your AWS profile's)",
    )
    status.set_defaults(run=_replies_status, local=False)


def _replies(args: argparse.Namespace) -> int:
    from kurv.replies.reply_store import ReplyStore

    now = target.now()
    if args.stack:
        stack = target.deployed(args)
        store = ReplyStore(stack.client("dynamodb"), stack["RepliesTableName"])
    else:
        state = target.local_state()
        if not state.replies_table:
            raise CliError("the running local stack predates replies: restart `make run`")
        store = ReplyStore(target.emulator(state).client("dynamodb"), state.replies_table)
        now = target.local_now(state)
    since = now - parse_duration(args.since)
    found = [
        reply
        for reply in reversed(store.since(args.shop, since))
        if (args.auto_replies or not reply.auto_reply)
        and (args.reason is None or reply.reason == args.reason)
    ]
    if args.json:
        print(json.dumps([_reply_json(reply) for reply in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(f"No replies to {args.shop} in the last {args.since}.")
        return 0
    print(f"{'RECEIVED (UTC)':<17} {'REASON':<13} {'CART':<20} WORDS")
    # What a stranger wrote reaches this terminal: nothing in it may act on the terminal.
    for reply in found:
        words = clean_line(reply.text)
        print(
            f"{utc(reply.received_at):<17} "
            f"{_kind(reply):<13} "
            f"{clean_line(reply.cart_id or '(no cart)'):<20.20} "
            f"{words[:70] + ('…' if len(words) > 70 else '')}"
        )
        if reply.rule:
            print(f"{'':<17} {'':<13} {'':<20} rule: {clean_line(reply.rule)}")
        if reply.forward_held:
            print(f"{'':<17} {'':<13} {'':<20} not forwarded ({clean_line(reply.forward_held)})")
        if not reply.sender_verified:
            checks = clean_line(reply.sender_checks)
            print(f"{'':<17} {'':<13} {'':<20} sender not verified ({checks})")
    print(f"{len(found)} repl{'y' if len(found) == 1 else 'ies'}; --json for the full text.")
    return 0


def _replies_status(args: argparse.Namespace) -> int:
    stack = target.deployed(args)
    expected = stack.outputs.get("ReplyRuleSetName")
    if not expected:
        print(
            f"Replies are off for {args.stack}: it has no ReplyDomain, so replies go to each "
            "shop's support address. To receive them: make deploy "
            'PARAMS="ReplyDomain=replies.yourshop.example" (README, Replies).'
        )
        return 1
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        active = stack.client("ses").describe_active_receipt_rule_set()
    except (BotoCoreError, ClientError) as error:
        raise CliError(f"cannot read SES's active rule set: {error}") from None
    name = active.get("Metadata", {}).get("Name")
    region = stack.session.region_name
    if name == expected:
        print(f"ok: the rule set {expected} is active in {region}; replies reach Kurv.")
        return 0
    print(
        f"Replies do not reach Kurv: the active rule set in {region} is "
        f"{name or 'none'}, not {expected}.\n"
        f"  fix: aws ses set-active-receipt-rule-set --rule-set-name {expected} "
        f"--region {region}"
        + (f"\n  (or, to keep {name} active, copy the stack's rule into it)" if name else "")
    )
    return 1


def _kind(reply: Any) -> str:
    if reply.set_aside:
        return "set aside"
    return "auto-reply" if reply.auto_reply else clean_line(str(reply.reason))


def _reply_json(reply: Any) -> dict[str, Any]:
    return {
        "received_at": reply.received_at,
        "cart_id": clean_line(reply.cart_id) if reply.cart_id else None,
        "from": clean_line(reply.from_address),
        "subject": clean_line(reply.subject),
        "language": clean_line(reply.language),
        "reason": clean_line(reply.reason),
        "rule": clean_line(reply.rule),
        "auto_reply": reply.auto_reply,
        "set_aside": reply.set_aside,
        "sender_verified": reply.sender_verified,
        "sender_checks": clean_line(reply.sender_checks),
        "forwarded": reply.forwarded,
        "forward_held": clean_line(reply.forward_held),
        "text": clean_text(reply.text),
    }
