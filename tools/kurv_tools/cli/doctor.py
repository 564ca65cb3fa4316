"""`kurv doctor`: can Kurv do its work? The checks themselves are checks.py."""

from __future__ import annotations

import argparse
import json
import urllib.request

from kurv_tools.cli import target
from kurv_tools.cli.console import Commands


def add_parser(commands: Commands) -> None:
    doctor = commands.add_parser(
        "doctor",
        help="check that Kurv can do its work, with a fix for what cannot",
        description=(
            "Reads (never changes), for a deployed stack: its outputs; the SES account\n"
            "(sandbox, sending); each shop's sender domain (verified, DKIM, among the stack's\n"
            "SenderIdentities); the configuration set's bounce and complaint events; the active\n"
            "receipt rule set (when replies are on); whether the sweep ran in the last five\n"
            "minutes; the failure queues.\n"
            "Without --stack, the running local stack: it answers, its tables, and each\n"
            "shop's sender and footer. Exits 1 when a check fails.\n\n"
            "examples:\n  kurv doctor --stack kurv\n  kurv doctor            # make run's stack\n"
            "  kurv doctor --stack kurv --json"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    doctor.add_argument("--stack", help="the deployed Kurv stack (default: the local one)")
    doctor.add_argument(
        "--region", help="the stack's region (default: samconfig.toml's, else your AWS config's)"
    )
    doctor.add_argument("--json", action="store_true", help="print JSON, for machines")
    doctor.set_defaults(run=_doctor, local=False)


def _doctor(args: argparse.Namespace) -> int:
    from kurv.core.shop_store import ShopStore
    from kurv_tools.cli.checks import (
        Check,
        Doctor,
        LocalDoctor,
        Status,
        as_json,
        report,
        utc_now,
    )

    if args.stack is None:
        state = target.local_state()
        emulator = target.emulator(state)
        tables = {
            "shops": state.shops_table,
            "carts": state.carts_table,
            "suppressions": state.suppressions_table,
            "replies": state.replies_table,
            "stats": state.stats_table,
        }
        shops, unusable = ShopStore(emulator.client("dynamodb"), state.shops_table).survey()
        local = LocalDoctor(
            base_url=state.base_url,
            tables={what: name for what, name in tables.items() if name},
            client=emulator.client,
            shops=shops,
            answers=_answers,
            now=target.local_now(state),
        )
        checks = local.checks()
        title = f"The local stack ({state.base_url}); SES, DKIM and the schedule are emulated:"
    else:
        stack = target.deployed(args)
        shops, unusable = (
            ShopStore(stack.client("dynamodb"), stack.outputs["ShopsTableName"]).survey()
            if "ShopsTableName" in stack.outputs
            else ([], {})
        )
        doctor = Doctor(
            stack_name=args.stack,
            region=str(stack.session.region_name),
            outputs=stack.outputs,
            client=stack.client,
            shops=shops,
            now=utc_now(),
        )
        checks = doctor.checks()
        title = f"Kurv stack {args.stack} in {doctor.region}:"
    checks += [
        Check(
            f"shop {shop_id}",
            Status.FAIL,
            "settings not usable: " + "; ".join(str(problem) for problem in error.problems),
            f"kurv shop update {shop_id} ... (kurv shop show {shop_id} names the options)",
        )
        for shop_id, error in unusable.items()
    ]
    if args.json:
        print(json.dumps(as_json(checks), indent=2))
    else:
        print(f"{title}\n")
        print(report(checks))
    return 1 if any(check.status is Status.FAIL for check in checks) else 0


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5):  # noqa: S310 (make run's own URL)
            return True
    except (OSError, ValueError):
        return False
