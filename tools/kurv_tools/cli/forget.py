"""`kurv forget`: a person's erasure request (GDPR art. 17); what goes is
kurv.privacy.erasure's, shared with the privacy function (a platform's customers/redact)."""

from __future__ import annotations

import argparse
import sys

from kurv_tools.cli.console import CliError, Commands, Progress
from kurv_tools.cli.target import target_options


def add_parser(commands: Commands) -> None:
    forget = commands.add_parser(
        "forget",
        help="erase one person's carts and replies for a shop (GDPR erasure)",
        description=(
            "Erases everything the shop's Kurv holds about one address: its carts (as the\n"
            "contact, or named by an order; with their items, clicks and orders), the replies\n"
            "from it, to its carts or naming it (in Cc too), and every raw message in the\n"
            "reply bucket that names it, filed or not (unmatched, never filed, refused).\n"
            "An opt-out stays: the suppression list holds only a keyed hash, and it is what\n"
            "keeps Kurv from writing to the person again. Reads the whole carts table and\n"
            "the reply bucket once.\n\n"
            "example:\n  kurv forget --shop nordlys --email ada@example.com --stack kurv"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    forget.add_argument("--shop", required=True, help="the shop's id")
    forget.add_argument("--email", required=True, help="the person's address")
    forget.add_argument("--yes", action="store_true", help="do not ask before erasing")
    target_options(forget)
    forget.set_defaults(run=_forget)


def _forget(args: argparse.Namespace) -> int:
    from kurv.privacy.erasure import forget
    from kurv_tools.cli.privacy import person, privacy_stores

    email = person(args)
    stores, shops = privacy_stores(args)
    if args.shop not in shops:
        raise CliError(f"no shop {args.shop!r}")
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError("erasing cannot be undone: add --yes to confirm")
        answer = input(f"Erase everything {args.shop} holds about {email}? Type the address: ")
        if answer.strip().lower() != email.lower():
            print("Nothing erased.")
            return 1

    progress = Progress("reading carts", about=True)
    raw_progress = Progress("reading raw messages")
    erased = forget(
        stores,
        shop_id=args.shop,
        email=email,
        other_shops=shops - {args.shop},
        progress=progress,
        raw_progress=raw_progress,
    )
    progress.end()
    raw_progress.end()
    print(
        f"Erased for {args.shop}: {erased.carts} cart(s) with their items, clicks and orders; "
        f"{erased.replies} repl(y/ies) and {erased.raw_messages} raw message(s)."
    )
    if erased.data_requests:
        print(f"Erased too: {erased.data_requests} data request(s) of theirs.")
    if erased.suppressed:
        print(
            f"Kept: the suppression ({erased.suppressed}), as a keyed hash only, so Kurv never "
            "writes to this address again."
        )
    return 0
