"""`kurv connect woocommerce --shop S`: what to paste where in WooCommerce, for this shop and
this stack (a deployed one with --stack, else the one `make run` started). It reads; it
changes nothing: a shop without a WooCommerce secret gets a fresh one to set first."""

from __future__ import annotations

import argparse
import secrets

from kurv.core.shops import Shop
from kurv_tools.cli import target
from kurv_tools.cli.console import CliError, Commands
from kurv_tools.cli.target import target_options

TOPICS = ("order.created", "order.updated")
API_VERSION = "WP REST API Integration v3"
PLUGIN = "integrations/woocommerce/kurv.php"
KURV_JS = "docs/examples/kurv.js"


def add_woocommerce(platforms: Commands) -> None:
    woo = platforms.add_parser(
        "woocommerce",
        help="what to paste where in WooCommerce",
        description="Prints the webhooks to add in WooCommerce (Settings > Advanced > "
        "Webhooks) and how to install Kurv's WordPress plugin, for this shop and stack.",
    )
    woo.add_argument("--shop", required=True, help="the shop's id")
    target_options(woo)
    woo.set_defaults(run=_connect)


def _connect(args: argparse.Namespace) -> int:
    shop = target.shop_store(args).get(args.shop)
    if shop is None:
        raise CliError(f"no shop {args.shop!r}; create it with `kurv shop add`")
    base_url = target.deployed(args)["ApiUrl"] if args.stack else target.local_url()
    print(instructions(shop, base_url, stack=args.stack), end="")
    return 0


def new_woocommerce_secret() -> str:
    # Letters and digits only: WooCommerce decodes HTML entities in the secret it signs with.
    return secrets.token_hex(24)


def delivery_url(base_url: str, shop_id: str) -> str:
    return f"{base_url.rstrip('/')}/v1/woocommerce/{shop_id}"


def instructions(shop: Shop, base_url: str, *, stack: str | None = None) -> str:
    """The steps, in order, with every value to paste."""
    where = f" --stack {stack}" if stack else ""
    lines: list[str] = []
    step = 0

    def say(title: str, *body: str) -> None:
        nonlocal step
        step += 1
        lines.extend([f"{step}. {title}", *(f"   {line}" for line in body), ""])

    if shop.woocommerce_secret is None:
        secret = new_woocommerce_secret()
        say(
            "Give the shop a WooCommerce secret (none is set yet):",
            f"kurv shop update {shop.shop_id} --woocommerce-secret {secret}{where}",
        )
    else:
        secret = shop.woocommerce_secret.get_secret_value()
    url = delivery_url(base_url, shop.shop_id)
    for topic in TOPICS:
        say(
            "In WordPress: WooCommerce > Settings > Advanced > Webhooks > Add webhook:",
            f"Name:         Kurv {topic}",
            "Status:       Active",
            f"Topic:        {_topic_label(topic)}",
            f"Delivery URL: {url}",
            f"Secret:       {secret}",
            f"API Version:  {API_VERSION}",
            "Save webhook. WooCommerce checks the URL with a ping; Kurv answers 200.",
        )
    say(
        "Install Kurv's WordPress plugin:",
        f"copy {PLUGIN} and {KURV_JS} into wp-content/plugins/kurv/ and activate",
        "it (Plugins > Installed Plugins). Under Settings > Kurv set:",
        f"Kurv URL:        {base_url.rstrip('/')}",
        f"Publishable key: {shop.publishable_key}",
        f"Shop id:         {shop.shop_id}",
        "It stops WooCommerce's own recovery email (Kurv sends the series), loads kurv.js",
        "on the cart and checkout pages, and records the checkout's marketing consent.",
    )
    origins = ", ".join(shop.allowed_origins) or "none yet"
    say(
        "Check that the shop's storefront origin is allowed (the restore link goes to the",
        f"order's payment page on it): origins now {origins};",
        f"kurv shop update {shop.shop_id} --origin https://<your shop>{where}",
    )
    if not base_url.startswith("https://"):
        lines.extend(
            [
                "Note: this is the local stack. WordPress delivers webhooks only to public",
                "hosts on ports 80, 443 or 8080 (wp_safe_remote_request): from a WordPress",
                "elsewhere, use a tunnel to it, or deploy Kurv (--stack).",
                "",
            ]
        )
    return "\n".join(lines)


def _topic_label(topic: str) -> str:
    """As WooCommerce's Topic menu names it: order.created -> Order created."""
    resource, _, event = topic.partition(".")
    return f"{resource.capitalize()} {event}"
