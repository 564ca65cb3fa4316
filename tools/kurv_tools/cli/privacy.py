"""`kurv export` and `kurv data-requests`: a person's copy of what the shop's Kurv holds
(GDPR art. 15) and the data requests platforms sent, waiting for the merchant's answer.
What is read and erased is kurv.privacy's, shared with the privacy function and `kurv
forget`; this module only finds the stack's stores."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from kurv_tools.cli import target
from kurv_tools.cli.console import CliError, Commands
from kurv_tools.cli.target import target_options

if TYPE_CHECKING:
    from kurv.privacy.stores import PrivacyStores


def add_parser(commands: Commands) -> None:
    export = commands.add_parser(
        "export",
        help="print everything a shop's Kurv holds about one person, as JSON (GDPR access)",
        description=(
            "Prints, as JSON, everything the shop's Kurv holds about one address: its carts\n"
            "(items, prices, contact, consent, steps, orders), the emails sent and the clicks\n"
            "on them, the replies with their words and every raw message naming it, the\n"
            "suppression (why, since when) and the data requests it made. Changes nothing.\n"
            "Read it before sending: a raw message naming the person may name others too.\n"
            "Reads the whole carts table and the reply bucket once.\n\n"
            "example:\n  kurv export --shop nordlys --email ada@example.com --stack kurv > ada.json"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export.add_argument("--shop", required=True, help="the shop's id")
    export.add_argument("--email", required=True, help="the person's address")
    target_options(export)
    export.set_defaults(run=_export)

    requests = commands.add_parser(
        "data-requests",
        help="list the data requests platforms sent (answer each with kurv export)",
        description=(
            "Lists the data requests a platform sent (Shopify's customers/data_request), per\n"
            "shop, oldest first, with the day the answer is due (30 days). Answer each with\n"
            "`kurv export --shop <shop> --email <address>`. Each is kept 60 days.\n\n"
            "example:\n  kurv data-requests --shop nordlys --stack kurv"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    requests.add_argument("--shop", help="only this shop's (default: every shop's)")
    target_options(requests)
    requests.set_defaults(run=_data_requests)


def privacy_stores(args: argparse.Namespace) -> tuple[PrivacyStores, set[str]]:
    """The stack's stores for a privacy request, and every shop's id (raw messages that
    name another shop's reply address are that shop's)."""
    from kurv.core.settings import Settings
    from kurv.wiring import build_privacy_stores

    if args.stack:
        stack = target.deployed(args)
        dynamodb, secrets, s3 = (
            stack.client(name) for name in ("dynamodb", "secretsmanager", "s3")
        )
        names = {
            "KURV_CARTS_TABLE": stack["CartsTableName"],
            "KURV_SHOPS_TABLE": stack["ShopsTableName"],
            "KURV_SUPPRESSIONS_TABLE": stack["SuppressionsTableName"],
            "KURV_REPLIES_TABLE": stack["RepliesTableName"],
            "KURV_STATS_TABLE": stack.outputs.get("StatsTableName", ""),
            "KURV_REPLY_BUCKET": stack.outputs.get("ReplyBucketName", ""),
            "KURV_ADDRESS_KEY_SECRET": stack["AddressKeySecretArn"],
        }
    else:
        state = target.local_state()
        emulator = target.emulator(state)
        dynamodb, secrets, s3 = (
            emulator.client(name) for name in ("dynamodb", "secretsmanager", "s3")
        )
        names = {
            "KURV_CARTS_TABLE": state.carts_table,
            "KURV_SHOPS_TABLE": state.shops_table,
            "KURV_SUPPRESSIONS_TABLE": state.suppressions_table,
            "KURV_REPLIES_TABLE": state.replies_table,
            "KURV_STATS_TABLE": state.stats_table,
            "KURV_REPLY_BUCKET": state.reply_bucket,
            "KURV_ADDRESS_KEY_SECRET": state.address_key_secret,
        }
    settings = Settings.from_environment(names)
    stores = build_privacy_stores(settings, dynamodb=dynamodb, s3=s3, secrets=secrets)
    usable, unusable = target.shop_store(args).survey()
    return stores, {shop.shop_id for shop in usable} | unusable.keys()


def person(args: argparse.Namespace) -> str:
    """--email, normalised as Kurv stores addresses; a one-line error when it is none."""
    from kurv.core.locales import normalize_email

    try:
        return normalize_email(args.email)
    except ValueError as error:
        raise CliError(f"--email {args.email}: {error}") from None


def _export(args: argparse.Namespace) -> int:
    from kurv.privacy.export import export

    email = person(args)
    stores, shops = privacy_stores(args)
    if args.shop not in shops:
        raise CliError(f"no shop {args.shop!r}")
    held = export(
        stores,
        shop_id=args.shop,
        email=email,
        other_shops=shops - {args.shop},
        now=target.now(),
    )
    print(json.dumps(held, indent=2, ensure_ascii=False, sort_keys=False))
    return 0


def _data_requests(args: argparse.Namespace) -> int:
    stores, shops = privacy_stores(args)
    if args.shop and args.shop not in shops:
        raise CliError(f"no shop {args.shop!r}")
    found = [
        request
        for shop_id in sorted([args.shop] if args.shop else shops)
        for request in stores.requests.of_shop(shop_id)
    ]
    if not found:
        print("No data requests.")
        return 0
    print(f"{'requested (UTC)':<17}  {'answer by':<10}  {'shop':<16}  {'customer':<14}  email")
    for request in found:
        print(
            f"{_moment(request.requested_at):<17}  {_moment(request.answer_by)[:10]:<10}  "
            f"{request.shop_id:<16}  {request.customer_id or '-':<14}  {request.email}"
        )
    print("\nAnswer each with: kurv export --shop <shop> --email <address>")
    return 0


def _moment(at: int) -> str:
    return datetime.fromtimestamp(at, tz=UTC).strftime("%Y-%m-%d %H:%M")
