"""`kurv`: manage shops and post signed events, against the local stack or a deployed one.

kurv shop add myshop --name "My Shop" --sender-email shop@myshop.dk ...   (local stack)
kurv shop show myshop --stack kurv                                      (deployed stack)
kurv connect shopify --shop myshop --stack kurv                         (Shopify's webhooks)
kurv post --shop demo --secret ksk_... '{"type": "cart.updated", ...}'
"""

from __future__ import annotations

import argparse
import sys

from kurv.core.errors import ShopConfigError
from kurv_tools.cli import (
    connect,
    doctor,
    emails,
    experiment,
    forget,
    migrate,
    post,
    privacy,
    replies,
    report,
    shops,
)
from kurv_tools.cli.console import CliError

# Each command group adds its commands, in the order `kurv --help` lists them.
_GROUPS = (
    shops,
    connect,
    migrate,
    emails,
    replies,
    report,
    experiment,
    doctor,
    forget,
    privacy,
    post,
)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if getattr(args, "region", None) and not getattr(args, "stack", None):
            raise CliError("--region goes with --stack (a deployed stack's region)")
        return int(args.run(args) or 0)
    except CliError as error:
        print(f"kurv: {error}", file=sys.stderr)
        return 2
    except ShopConfigError as error:
        print(f"kurv: {shops.unusable(error)}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kurv", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(required=True, metavar="command")
    for group in _GROUPS:
        group.add_parser(commands)
    return parser
