"""`kurv report`: what Kurv did for a shop over the last days (the sums: figures.py)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from kurv_tools.cli import target, why_left
from kurv_tools.cli.console import CliError, Commands
from kurv_tools.cli.target import target_options

if TYPE_CHECKING:
    from kurv.core.stats_store import StatsStore


def add_parser(commands: Commands) -> None:
    report = commands.add_parser(
        "report",
        help="what Kurv did for a shop: emails, clicks, orders and revenue recovered, replies",
        description=(
            "Adds up the shop's daily figures (kept as things happen; the report reads one\n"
            "small item per day, never the carts): carts, emails per step, clicks, orders,\n"
            "recovered orders and their revenue per currency (ordered within the shop's\n"
            "attribution window after the cart's last email: the dashboard counts the same),\n"
            "orders after a click, opt-outs, bounces, replies by reason, the recovery rate;\n"
            "and with a holdout (kurv shop update --holdout), what the emails truly added:\n"
            "the emailed and held-out carts' orders compared, with a 95 % interval.\n\n"
            "example:\n  kurv report --shop nordlys --days 30 --stack kurv"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=why_left.HELP,
    )
    report.add_argument("--shop", required=True, help="the shop's id")
    report.add_argument("--days", type=int, default=30, help="how many days back (default 30)")
    report.add_argument("--json", action="store_true", help="print JSON, for machines")
    target_options(report)
    report.set_defaults(run=_report)


def stats_source(args: argparse.Namespace) -> tuple[StatsStore, int]:
    """The stats table of the stack the command talks to, and that stack's time now."""
    from kurv.core.stats_store import StatsStore

    if args.stack:
        stack = target.deployed(args)
        return StatsStore(stack.client("dynamodb"), stack["StatsTableName"]), target.now()
    state = target.local_state()
    if not state.stats_table:
        raise CliError("the running local stack predates reports: restart `make run`")
    store = StatsStore(target.emulator(state).client("dynamodb"), state.stats_table)
    return store, target.local_now(state)


def _report(args: argparse.Namespace) -> int:
    from kurv_tools.cli import figures

    if not 1 <= args.days <= 400:
        raise CliError("--days: 1 to 400")
    store, now = stats_source(args)
    shop = target.shop_store(args).get(args.shop)
    if shop is None:
        raise CliError(f"no shop {args.shop!r}")
    left = why_left.section(why_left.reply_source(args), shop.shop_id, now, args.days)
    first, last = figures.window(now, args.days)
    summary = figures.summary(
        store.days(shop.shop_id, first, last),
        first=first,
        last=last,
        attribution_days=shop.attribution_days,
        holdout_percent=shop.holdout_percent,
        currency=shop.currency,
        splits={shop.experiment.name: shop.experiment.split} if shop.experiment else {},
    )
    if args.json:
        print(json.dumps({**summary, "why_customers_left": left}, indent=2))
    else:
        print(figures.table(shop.shop_id, summary))
        print(why_left.text(left))
    return 0
