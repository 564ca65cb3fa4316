"""`kurv connect <platform>`: what to paste where in a shop platform's admin so that it tells
Kurv about checkouts and orders. One subcommand per platform, each in `_PLATFORMS`."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable

from kurv_tools.cli import target
from kurv_tools.cli.connect_woocommerce import add_woocommerce
from kurv_tools.cli.console import CliError, Commands

# The admin's name for each topic Kurv reads (Settings > Notifications > Webhooks).
_SHOPIFY_EVENTS = {
    "checkouts/create": "Checkout creation",
    "checkouts/update": "Checkout update",
    "checkouts/delete": "Checkout deletion",
    "orders/create": "Order creation",
    "orders/paid": "Order payment",
    "orders/cancelled": "Order cancellation",
}


def add_parser(commands: Commands) -> None:
    connect = commands.add_parser(
        "connect",
        help="what to set up in a shop platform's admin to send Kurv its checkouts",
        description="Prints what to paste where in a shop platform's admin so that it tells "
        "Kurv about checkouts and orders.",
    )
    platforms = connect.add_subparsers(required=True, metavar="platform")
    for add_platform in _PLATFORMS:
        add_platform(platforms)


def _shopify_parser(platforms: Commands) -> None:
    shopify = platforms.add_parser(
        "shopify",
        help="Shopify's webhooks, and the secret Kurv checks them with",
        description="Prints the webhooks to create in the Shopify admin for one Kurv shop:\n"
        "their URL, topics, format and API version, where the signing secret comes\n"
        "from, and the `kurv shop update` line that gives it to Kurv.\n\n"
        "example:\n  kurv connect shopify --shop nordlys --stack kurv",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    shopify.add_argument("--shop", required=True, help="the Kurv shop's id")
    shopify.add_argument(
        "--url", help="Kurv's public base URL, when Shopify reaches it through another name"
    )
    target.target_options(shopify)
    shopify.set_defaults(run=_shopify)


def _shopify(args: argparse.Namespace) -> int:
    from kurv.core.shops import SHOP_ID_PATTERN
    from kurv.track.shopify import API_VERSION, SUBSCRIBED

    if not re.fullmatch(SHOP_ID_PATTERN, args.shop):
        raise CliError(f"{args.shop!r} is not a shop id (a-z, 0-9 and -)")
    shop = target.shop_store(args).get(args.shop)
    if shop is None:
        raise CliError(f"no shop {args.shop!r}; create it with `kurv shop add`")
    base = args.url or (target.deployed(args)["ApiUrl"] if args.stack else target.local_url())
    url = f"{base.rstrip('/')}/v1/shopify/{shop.shop_id}"
    where = f" --stack {args.stack}" if args.stack else ""
    events = "\n".join(f"     {_SHOPIFY_EVENTS[topic]:<20} ({topic})" for topic in SUBSCRIBED)
    domain = shop.shopify_domain or "<your-store>.myshopify.com"
    print(
        f"""Connect a Shopify store to the Kurv shop {shop.shop_id}.

1. In the Shopify admin: Settings > Notifications > Webhooks > Create webhook, once for
   each of these events:
{events}
   Format:               JSON
   URL:                  {url}
   Webhook API version:  {API_VERSION}
   (An app of your own instead: subscribe it to the same topics, with the same URL.)

2. The secret: below the list of webhooks Shopify shows the key it signs them with
   ("Your webhooks will be signed with ..."); for an app, it is the app's client secret.

3. Give Kurv that secret and the store's myshopify domain (Settings > Domains):
     kurv shop update {shop.shop_id} --shopify-secret <that secret> --shopify-domain {domain}{where}

Then check it: the admin's "Send test notification" is answered 200 once the secret and
domain are set, 401 until then (Shopify lists each delivery and its answer).
"""
    )
    if shop.takes_shopify:
        print(f"This shop is connected: {shop.shopify_domain}, secret set.")
    if url.startswith("http://"):
        print(
            "Shopify posts only to https: a stack on this machine needs a public https URL\n"
            "in front of it (pass it as --url)."
        )
    return 0


# Each platform adds its own subcommand.
_PLATFORMS: tuple[Callable[[Commands], None], ...] = (_shopify_parser, add_woocommerce)
