"""`kurv migrate-address-hashes`: once, after upgrading from Kurv 0.1 (the work: rekeying.py)."""

from __future__ import annotations

import argparse

from kurv_tools.cli import target
from kurv_tools.cli.console import Commands
from kurv_tools.cli.target import target_options


def add_parser(commands: Commands) -> None:
    migrate = commands.add_parser(
        "migrate-address-hashes",
        help="re-key address hashes stored by Kurv 0.1 (once, after upgrading)",
        description=(
            "Kurv 0.1 stored a plain SHA-256 of each address; Kurv now keys it with the\n"
            "deployment's secret (AddressKeySecret). This re-keys the suppression list and\n"
            "the carts, so every opt-out keeps working. Safe to run while Kurv serves\n"
            "traffic, and to run again.\n\nexample:\n  kurv migrate-address-hashes --stack kurv"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    target_options(migrate)
    migrate.set_defaults(run=_migrate)


def _migrate(args: argparse.Namespace) -> int:
    from kurv.wiring import load_address_key
    from kurv_tools.cli.rekeying import migrate_address_hashes

    if args.stack:
        stack = target.deployed(args)
        dynamodb, secrets = stack.client("dynamodb"), stack.client("secretsmanager")
        tables = (stack["SuppressionsTableName"], stack["CartsTableName"])
        secret = stack["AddressKeySecretArn"]
    else:
        state = target.local_state()
        emulator = target.emulator(state)
        dynamodb, secrets = emulator.client("dynamodb"), emulator.client("secretsmanager")
        tables = (state.suppressions_table, state.carts_table)
        secret = state.address_key_secret
    key = load_address_key(secrets, secret)
    print(f"Re-keying address hashes in {tables[0]} and {tables[1]} ...", flush=True)
    done = migrate_address_hashes(
        dynamodb,
        suppressions_table=tables[0],
        carts_table=tables[1],
        key=key,
        progress=lambda read: print(f"  {read:,} items read", flush=True),
    )
    print(
        f"Done: {done.suppressions:,} suppressions and {done.carts:,} carts re-keyed "
        f"({done.read:,} items read). Running it again changes nothing."
    )
    return 0
