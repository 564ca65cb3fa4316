"""`kurv`: manage shops and post signed events, against the local stack or a deployed one.

kurv shop add myshop --name "My Shop" --sender-email shop@myshop.dk ...   (local stack)
kurv shop show myshop --stack kurv                                      (deployed stack)
kurv post --shop demo --secret ksk_... '{"type": "cart.updated", ...}'
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import urlsplit

from pydantic import ValidationError

from kurv.core.errors import validation_problems
from kurv.replies.inbound import REASONS as REPLY_REASONS

if TYPE_CHECKING:
    from kurv.core.shop_store import ShopStore
    from kurv_tools.local.emulator import Emulator
    from kurv_tools.local.state import LocalState

_DURATION_UNITS = {"m": 60, "h": 3600, "d": 86400}
_ADD_EXAMPLE = (
    'kurv shop add nordlys --name "Nordlys Te" --sender-email hei@nordlys.example \\\n'
    "      --restore-url 'https://nordlys.example/kurv/{cart_id}' --locale nb-NO "
    "--currency NOK --origin https://nordlys.example"
)
_UPDATE_EXAMPLE = "kurv shop update nordlys --image-host cdn.nordlys.example --coupon 3=TAK10"


class CliError(Exception):
    """A problem the user can fix; printed without a traceback."""


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if getattr(args, "region", None) and not getattr(args, "stack", None):
            raise CliError("--region goes with --stack (a deployed stack's region)")
        return int(args.run(args) or 0)
    except CliError as error:
        print(f"kurv: {error}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kurv", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(required=True, metavar="command")

    shop = commands.add_parser("shop", help="create, change and show shops")
    shop_commands = shop.add_subparsers(required=True, metavar="action")
    for name, run, help_text, example in (
        ("add", _shop_add, "create a shop", _ADD_EXAMPLE),
        ("update", _shop_update, "change a shop's settings", _UPDATE_EXAMPLE),
    ):
        sub = shop_commands.add_parser(
            name,
            help=help_text,
            description=f"{help_text}.\n\nexample:\n  {example}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.add_argument("shop_id", help="the shop's id: a-z, 0-9 and -, e.g. nordlys")
        _shop_options(sub, adding=name == "add")
        _target_options(sub)
        sub.set_defaults(run=run)
    rotate = shop_commands.add_parser(
        "rotate-secret",
        help="a new signing secret; the old one keeps working for a grace period",
        description=(
            "Issues a new signing secret and prints it. The old one is still accepted for\n"
            "--grace (default 24h), so the shop's servers can switch without losing an\n"
            "event. For a leaked secret, --grace 0 stops it at once.\n\n"
            "example:\n  kurv shop rotate-secret nordlys --grace 2h --stack kurv"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    rotate.add_argument("shop_id", help="the shop's id")
    rotate.add_argument(
        "--grace",
        default="24h",
        help="how long the old secret still works, e.g. 2h, 0 (default 24h)",
    )
    _target_options(rotate)
    rotate.set_defaults(run=_shop_rotate_secret)
    show = shop_commands.add_parser("show", help="show a shop (secrets masked)")
    show.add_argument("shop_id", help="the shop's id")
    show.add_argument("--show-secrets", action="store_true", help="print secrets in full")
    _target_options(show)
    show.set_defaults(run=_shop_show)
    listing = shop_commands.add_parser("list", help="list shops")
    _target_options(listing)
    listing.set_defaults(run=_shop_list)

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
    _target_options(migrate)
    migrate.set_defaults(run=_migrate)

    _email_commands(commands)
    _reply_commands(commands)
    report = commands.add_parser(
        "report",
        help="what Kurv did for a shop: emails, clicks, orders and revenue recovered, replies",
        description=(
            "Adds up the shop's daily figures (kept as things happen; the report reads one\n"
            "small item per day, never the carts): carts, emails per step, clicks, orders\n"
            "after an email or a click within the shop's attribution window, recovered\n"
            "revenue per currency, opt-outs, bounces, replies by reason, the recovery rate.\n\n"
            "example:\n  kurv report --shop nordlys --days 30 --stack kurv"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    report.add_argument("--shop", required=True, help="the shop's id")
    report.add_argument("--days", type=int, default=30, help="how many days back (default 30)")
    report.add_argument("--json", action="store_true", help="print JSON, for machines")
    _target_options(report)
    report.set_defaults(run=_report)
    _doctor_parser(commands)
    forget = commands.add_parser(
        "forget",
        help="erase one person's carts and replies for a shop (GDPR erasure)",
        description=(
            "Erases everything the shop's Kurv holds about one address: its carts (with\n"
            "their items, clicks and orders) and its replies, stored words and raw messages.\n"
            "An opt-out stays: the suppression list holds only a keyed hash, and it is what\n"
            "keeps Kurv from writing to the person again. Reads the whole carts table once.\n\n"
            "example:\n  kurv forget --shop nordlys --email ada@example.com --stack kurv"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    forget.add_argument("--shop", required=True, help="the shop's id")
    forget.add_argument("--email", required=True, help="the person's address")
    forget.add_argument("--yes", action="store_true", help="do not ask before erasing")
    _target_options(forget)
    forget.set_defaults(run=_forget)

    post = commands.add_parser("post", help="sign an event body and post it")
    post.add_argument("body", help="the JSON body, or @file.json, or - for standard input")
    post.add_argument("--shop", required=True, help="the shop's id")
    post.add_argument("--secret", required=True, help="the shop's signing secret")
    post.add_argument(
        "--url",
        help="Kurv's base URL (default: the running local stack's, or KURV_PORT's)",
    )
    post.add_argument("--time", type=int, help="sign as of these Unix seconds")
    post.set_defaults(run=_post)
    return parser


def _email_commands(commands: Any) -> None:
    """kurv preview and kurv send-test: a shop's emails before customers get them."""
    preview = commands.add_parser(
        "preview",
        help="the shop's real emails for a sample cart, before customers get them",
        description=(
            "Renders the email a customer would get, with the code that sends it and the\n"
            "shop's own settings, for a sample cart: written to --out (.html with a .txt\n"
            "beside it, or .eml as SES gets it), else opened in your browser. --all writes\n"
            "every language, step and variant into a folder with an index page.\n\n"
            "examples:\n  kurv preview --shop nordlys --locale da --step 3\n"
            "  kurv preview --shop nordlys --all --out preview/"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    preview.add_argument("--shop", required=True, help="the shop's id")
    preview.add_argument(
        "--locale", help="the customer's language, e.g. da, de-AT (default: the shop's)"
    )
    preview.add_argument(
        "--step", type=int, default=1, help="which email of the series (default 1)"
    )
    preview.add_argument("--payment-trouble", action="store_true", help="as after a failed payment")
    preview.add_argument("--all", action="store_true", help="every language, step and variant")
    preview.add_argument(
        "--out", help="a file (.html or .eml), or with --all a folder (default: kurv-preview-SHOP)"
    )
    _target_options(preview)
    preview.set_defaults(run=_preview)

    test = commands.add_parser(
        "send-test",
        help="send one real email of a shop to an address of yours, through SES",
        description=(
            "Sends the email `kurv preview` shows, through SES as Kurv sends (locally: into\n"
            "the outbox), to an address of yours. Its subject starts with [Test]; its links\n"
            "lead to the shop, and its opt-out suppresses nobody.\n\n"
            "example:\n  kurv send-test --shop nordlys --to me@nordlys.dk --step 3 --stack kurv"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    test.add_argument("--shop", required=True, help="the shop's id")
    test.add_argument("--to", required=True, help="where to send it (your own address)")
    test.add_argument("--locale", help="the language (default: the shop's)")
    test.add_argument("--step", type=int, default=1, help="which email of the series (default 1)")
    test.add_argument("--payment-trouble", action="store_true", help="as after a failed payment")
    _target_options(test)
    test.set_defaults(run=_send_test)


def _reply_commands(commands: Any) -> None:
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
    _target_options(replies)
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
        "--region", help="the stack's region (default: samconfig.toml's, else your AWS config's)"
    )
    status.set_defaults(run=_replies_status, local=False)


def _shop_options(parser: argparse.ArgumentParser, *, adding: bool) -> None:
    required = adding
    parser.add_argument("--name", required=required, help="the shop's name, as customers know it")
    parser.add_argument(
        "--sender-email", required=required, help="From address (an SES-verified identity)"
    )
    parser.add_argument("--sender-name", help="From name (default: the shop's name)")
    parser.add_argument(
        "--restore-url", required=required, help="where a customer's cart lives, with {cart_id}"
    )
    parser.add_argument("--locale", help="default language of emails (default en)")
    parser.add_argument("--currency", help="default ISO 4217 currency (default EUR)")
    parser.add_argument("--support-email", help="where customers' questions go (shown in emails)")
    parser.add_argument(
        "--support-phone", help="a phone number shown at the top of emails, e.g. '+45 70 20 30 40'"
    )
    parser.add_argument(
        "--signer-name",
        metavar="NAME",
        help="who signs the emails, e.g. Mette (default: the shop's customer service; '' clears)",
    )
    parser.add_argument(
        "--signer-role",
        metavar="ROLE",
        help="the signer's role, in the shop's language, e.g. kundeservice ('' clears)",
    )
    parser.add_argument(
        "--logo-url",
        metavar="URL",
        help="an https logo above the email, on the shop's hosts or an --image-host "
        "(the shop's name shows when images are off; '' clears)",
    )
    parser.add_argument(
        "--legal-name", help="the company's legal name in the footer (default: --name)"
    )
    parser.add_argument(
        "--postal-address",
        metavar="ADDRESS",
        help="the postal address in the footer, as marketing law asks, "
        "e.g. 'Nørregade 1, 1165 København K'",
    )
    parser.add_argument(
        "--company-number",
        metavar="NUMBER",
        help="the company number with its label, e.g. 'CVR 12345678' or 'Org.nr. 912 345 678'",
    )
    parser.add_argument(
        "--formality",
        choices=["formal", "informal"],
        help="German emails say Sie (formal, the default) or du (informal)",
    )
    parser.add_argument(
        "--series",
        help="delays after last activity, e.g. 1h,24h,72h (default); coupons stay on their steps",
    )
    parser.add_argument(
        "--coupon",
        action="append",
        dest="coupons",
        metavar="STEP=CODE",
        help="a static coupon shown in one email of the series, e.g. 3=TAK10; 3= clears it "
        "(none by default: service mails do better than discount mails)",
    )
    parser.add_argument(
        "--coupon-worth",
        action="append",
        dest="coupon_worths",
        metavar="STEP=WORTH",
        help="what that step's coupon is worth, said in the email: 3=10%%, 3='50 DKK' or "
        "3=free-shipping; 3= says nothing",
    )
    parser.add_argument(
        "--consent",
        choices=["required", "notice"],
        help="required (default): only carts whose contact said consent: true",
    )
    parser.add_argument("--retention-days", type=int, help="keep cart data this long (default 30)")
    parser.add_argument(
        "--origin",
        action="append",
        dest="origins",
        help="a browser origin allowed to post with the publishable key (repeat for more)",
    )
    parser.add_argument(
        "--image-host",
        action="append",
        dest="image_hosts",
        metavar="HOST",
        help="a host emails may load item pictures or links from, besides the origins and "
        "the restore URL's, e.g. cdn.shop.example or *.cdn.example (repeat for more)",
    )
    parser.add_argument(
        "--browser-contacts",
        choices=["on", "off"],
        help="on (default): the storefront may send checkout.contact with the publishable key; "
        "off: only signed server calls may introduce an address or consent",
    )
    parser.add_argument(
        "--browser-contacts-per-hour",
        type=int,
        metavar="N",
        help="new addresses the storefront may introduce an hour (default 100); "
        "past that they are kept but not emailed",
    )
    parser.add_argument(
        "--series-window-days",
        type=int,
        metavar="DAYS",
        help="one series per address in this many days, whatever the cart (default 30)",
    )
    if adding:
        return
    parser.add_argument(
        "--remove-image-host", action="append", metavar="HOST", help="stop allowing a host"
    )
    state = parser.add_mutually_exclusive_group()
    state.add_argument("--inactive", action="store_true", help="switch the shop off")
    state.add_argument("--active", action="store_true", help="switch the shop on again")
    parser.add_argument(
        "--rotate-secret",
        action="store_true",
        help="issue a new signing secret; the old one stops working at once (for a leaked "
        "secret; `kurv shop rotate-secret` keeps it working for a while)",
    )


def _doctor_parser(commands: Any) -> None:
    doctor = commands.add_parser(
        "doctor",
        help="check that Kurv can do its work, with a fix for what cannot",
        description=(
            "Reads (never changes), for a deployed stack: its outputs; the SES account\n"
            "(sandbox, sending); each shop's sender domain (verified, DKIM); the configuration\n"
            "set's bounce and complaint events; the active receipt rule set (when replies are\n"
            "on); whether the sweep ran in the last five minutes; the failure queues.\n"
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


def _target_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--stack", help="a deployed Kurv stack (uses your AWS credentials)")
    group.add_argument(
        "--local",
        action="store_true",
        help="the stack `make run` started (default when it is running)",
    )
    parser.add_argument(
        "--region",
        help="the deployed stack's region (default: samconfig.toml's, as `make deploy` used, "
        "else your AWS configuration's)",
    )


def _shop_add(args: argparse.Namespace) -> int:
    from kurv.core.shops import Shop

    store = _shop_store(args)
    if store.get(args.shop_id) is not None:
        raise CliError(f"shop {args.shop_id!r} exists; change it with `kurv shop update`")
    values = {"shop_id": args.shop_id, **_changes(args)}
    values.setdefault("sender_name", args.name)
    shop = _validated(Shop, values)
    store.put(shop)
    print(
        f"Created shop {shop.shop_id}. Keep the signing secret safe; it is shown in full "
        "only now and with --show-secrets."
    )
    _print_shop(shop, show_secrets=True)
    return 0


def _shop_update(args: argparse.Namespace) -> int:
    from kurv.core.shops import Shop, new_signing_secret

    store = _shop_store(args)
    current = store.get(args.shop_id)
    if current is None:
        raise CliError(f"no shop {args.shop_id!r}; create it with `kurv shop add`")
    values = {**current.to_item(), **_changes(args, current)}
    if args.rotate_secret:  # at once: a leaked secret must not keep working
        values["signing_secret"] = new_signing_secret()
        values.pop("previous_signing_secret", None)
        values["previous_secret_until"] = 0
    shop = _validated(Shop, values)
    store.put(shop)
    print(f"Updated shop {shop.shop_id}.")
    _print_shop(shop, show_secrets=args.rotate_secret)
    return 0


def _shop_rotate_secret(args: argparse.Namespace) -> int:
    store = _shop_store(args)
    current = store.get(args.shop_id)
    if current is None:
        raise CliError(f"no shop {args.shop_id!r}")
    grace = 0 if args.grace.strip() == "0" else parse_duration(args.grace)
    now = _now()
    shop = current.rotated(now=now, grace_seconds=grace)
    store.put(shop)
    print(f"New signing secret for {shop.shop_id}: {shop.signing_secret.get_secret_value()}")
    if grace:
        print(
            f"The old one is still accepted until {_utc(now + grace)} UTC: switch your "
            "servers to the new one before then."
        )
    else:
        print("The old one no longer works.")
    return 0


def _shop_show(args: argparse.Namespace) -> int:
    shop = _shop_store(args).get(args.shop_id)
    if shop is None:
        raise CliError(f"no shop {args.shop_id!r}")
    _print_shop(shop, show_secrets=args.show_secrets)
    return 0


def _shop_list(args: argparse.Namespace) -> int:
    shops = _shop_store(args).all()
    if not shops:
        print("No shops yet; create one with `kurv shop add`.")
        return 0
    print(f"{'SHOP':<20} {'NAME':<30} {'LOCALE':<6} {'CURRENCY':<8} ACTIVE")
    for shop in shops:
        active = "yes" if shop.active else "no"
        print(f"{shop.shop_id:<20} {shop.name:<30} {shop.locale:<6} {shop.currency:<8} {active}")
    return 0


def _changes(args: argparse.Namespace, current: Any = None) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for option, key in (
        ("name", "name"),
        ("sender_email", "sender_email"),
        ("sender_name", "sender_name"),
        ("restore_url", "restore_url"),
        ("locale", "locale"),
        ("currency", "currency"),
        ("support_email", "support_email"),
        ("support_phone", "support_phone"),
        ("consent", "consent_policy"),
        ("retention_days", "retention_days"),
        ("origins", "allowed_origins"),
        ("browser_contacts_per_hour", "browser_contacts_per_hour"),
        ("series_window_days", "series_window_days"),
        ("formality", "formality"),
    ):
        value = getattr(args, option, None)
        if value is not None:
            changes[key] = value
    # Optional words: '' clears them.
    for key in (
        "signer_name",
        "signer_role",
        "logo_url",
        "legal_name",
        "postal_address",
        "company_number",
    ):
        value = getattr(args, key, None)
        if value is not None:
            changes[key] = value.strip() or None
    if args.series or args.coupons or args.coupon_worths:
        changes["series"] = _series(args, current)
    if args.browser_contacts is not None:
        changes["browser_contacts"] = args.browser_contacts == "on"
    removed = set(getattr(args, "remove_image_host", None) or ())
    if args.image_hosts or removed:
        given = [host.strip().lower() for host in args.image_hosts or ()]
        hosts = dict.fromkeys([*(current.image_hosts if current is not None else ()), *given])
        changes["image_hosts"] = [host for host in hosts if host not in removed]
    if getattr(args, "inactive", False):
        changes["active"] = False
    if getattr(args, "active", False):
        changes["active"] = True
    return changes


def _series(args: argparse.Namespace, current: Any) -> list[dict[str, Any]]:
    """--series replaces the delays; --coupon STEP=CODE and --coupon-worth STEP=WORTH set
    one step's coupon."""
    from kurv.core.shops import default_series

    series = current.series if current is not None else default_series()
    steps = [step.model_dump(exclude_none=True) for step in series]
    if args.series:
        delays = [parse_duration(part) for part in args.series.split(",")]
        # New delays, same coupons: step N keeps its coupon if the series still has one.
        steps = [
            {**(steps[n] if n < len(steps) else {}), "delay_seconds": delay}
            for n, delay in enumerate(delays)
        ]
    for option, given, keys in (
        ("--coupon", args.coupons, ("coupon", "coupon_worth")),
        ("--coupon-worth", args.coupon_worths, ("coupon_worth",)),
    ):
        for setting in given or []:
            step, separator, value = setting.partition("=")
            if not step.isdigit() or not separator or not 1 <= int(step) <= len(steps):
                raise CliError(
                    f"{option} {setting!r}: use STEP=VALUE (or STEP= to clear) with a step "
                    f"from 1 to {len(steps)}"
                )
            if value:
                steps[int(step) - 1][keys[0]] = value
            else:
                for key in keys:
                    steps[int(step) - 1].pop(key, None)
    return steps


def parse_duration(text: str) -> int:
    """'90m', '1h', '3d' -> seconds."""
    text = text.strip().lower()
    unit = _DURATION_UNITS.get(text[-1:])
    if unit is None or not text[:-1].isdigit():
        raise CliError(f"{text!r} is not a duration such as 30m, 1h or 3d")
    return int(text[:-1]) * unit


def _validated(model: Any, values: dict[str, Any]) -> Any:
    try:
        return model.model_validate(values)
    except ValidationError as error:
        problems = "\n".join(f"  {problem}" for problem in validation_problems(error))
        raise CliError(f"the shop is not valid:\n{problems}") from None


def _print_shop(shop: Any, *, show_secrets: bool) -> None:
    def secret(value: str) -> str:
        return value if show_secrets else f"{value[:8]}… (use --show-secrets)"

    coupons = (
        ", ".join(
            f"step {number}: {step.coupon}"
            + (f" ({step.coupon_worth})" if step.coupon_worth else "")
            for number, step in enumerate(shop.series, 1)
            if step.coupon
        )
        or "none"
    )
    identity = " · ".join(
        part
        for part in (shop.legal_name or shop.name, shop.postal_address, shop.company_number)
        if part
    )
    series = ", ".join(
        f"{step.delay_seconds // 60} min"
        if step.delay_seconds < 3600
        else f"{step.delay_seconds / 3600:g} h"
        for step in shop.series
    )
    rows = [
        ("shop", shop.shop_id),
        ("name", shop.name),
        ("sender", f"{shop.sender_name} <{shop.sender_email}>"),
        ("locale", shop.locale),
        ("currency", shop.currency),
        ("support", f"{shop.support_email or '-'} / {shop.support_phone or '-'}"),
        (
            "signed by",
            ", ".join(part for part in (shop.signer_name, shop.signer_role) if part)
            or "customer service (no --signer-name)",
        ),
        ("logo", shop.logo_url or "-"),
        (
            "footer",
            identity
            if shop.postal_address or shop.company_number
            else f"{identity} (add --postal-address and --company-number)",
        ),
        (
            "formality",
            f"{shop.formality.value} (German: {'du' if shop.formality == 'informal' else 'Sie'})",
        ),
        ("restore url", shop.restore_url),
        ("series", series),
        ("coupons", coupons),
        ("consent", shop.consent_policy.value),
        ("retention", f"{shop.retention_days} days"),
        ("origins", ", ".join(shop.allowed_origins) or "-"),
        ("image hosts", ", ".join(shop.image_hosts) or "-"),
        (
            "browser contacts",
            f"on, {shop.browser_contacts_per_hour} new addresses an hour"
            if shop.browser_contacts
            else "off (signed server calls only)",
        ),
        ("series window", f"one series per address in {shop.series_window_days} days"),
        ("active", "yes" if shop.active else "no"),
        ("signing secret", secret(shop.signing_secret.get_secret_value())),
        *(
            [("previous secret", f"accepted until {_utc(shop.previous_secret_until)} UTC")]
            if shop.previous_signing_secret is not None and shop.previous_secret_until > _now()
            else []
        ),
        ("publishable key", shop.publishable_key),
    ]
    for label, value in rows:
        print(f"  {label:<16} {value}")


def _shop_store(args: argparse.Namespace) -> ShopStore:
    from kurv.core.shop_store import ShopStore

    if args.stack:
        outputs = _Stack(args.stack, _region(args))
        return ShopStore(outputs.client("dynamodb"), outputs["ShopsTableName"])
    if not args.local and os.environ.get("KURV_SHOPS_TABLE"):
        import boto3

        return ShopStore(boto3.client("dynamodb"), os.environ["KURV_SHOPS_TABLE"])
    state = _local_state()
    return ShopStore(_emulator(state).client("dynamodb"), state.shops_table)


def _local_state() -> LocalState:
    from kurv_tools.local.state import LocalState

    state = LocalState.read()
    if state is None:
        raise CliError(
            "no stack to talk to: start one with `make run`, or pass --stack <name> "
            "for a deployed one"
        )
    if not state.is_running():
        raise CliError("no local stack running (start one with `make run`)")
    return state


def _emulator(state: LocalState) -> Emulator:
    from kurv_tools.local.emulator import Emulator

    return Emulator(state.endpoint_url)


def _local_url() -> str:
    """KURV_PORT's local URL when set, else the URL the running `make run` recorded."""
    from kurv_tools.local.state import LocalState

    if os.environ.get("KURV_PORT"):
        return f"http://127.0.0.1:{os.environ['KURV_PORT']}"
    state = LocalState.read()
    if state is not None and state.base_url:
        if not state.is_running():
            raise CliError("no local stack running (start one with `make run`)")
        return state.base_url
    return "http://127.0.0.1:3000"


def _region(args: argparse.Namespace) -> str | None:
    """--region, else the region `sam deploy` saved in this checkout's samconfig.toml, else
    None (the user's AWS configuration decides)."""
    if args.region:
        return str(args.region)
    import tomllib

    for folder in (Path.cwd(), *Path.cwd().parents):
        config = folder / "samconfig.toml"
        if config.is_file():
            try:
                values = tomllib.loads(config.read_text())
            except (tomllib.TOMLDecodeError, OSError):
                return None
            default = values.get("default", {})
            for section in ("deploy", "global"):
                region = default.get(section, {}).get("parameters", {}).get("region")
                if region:
                    return str(region)
            return None
    return None


class _Stack:
    """A deployed Kurv stack's outputs, read once, and clients in its region."""

    def __init__(self, name: str, region: str | None) -> None:
        import boto3
        from botocore.exceptions import BotoCoreError, ClientError, NoRegionError

        self.name = name
        try:
            self.session = boto3.session.Session(region_name=region)
            described = self.session.client("cloudformation").describe_stacks(StackName=name)
        except NoRegionError:
            raise CliError("no AWS region: pass --region, or set one in your AWS config") from None
        except ClientError as error:
            raise CliError(f"cannot read stack {name!r}: {_aws_message(error)}") from None
        except BotoCoreError as error:
            raise CliError(f"cannot read stack {name!r}: {error}") from None
        self.outputs = {
            item["OutputKey"]: str(item["OutputValue"])
            for item in described["Stacks"][0].get("Outputs", [])
        }

    def __getitem__(self, output: str) -> str:
        if output not in self.outputs:
            raise CliError(f"stack {self.name!r} has no output {output}; is it a Kurv stack?")
        return self.outputs[output]

    def client(self, service: str) -> Any:
        return self.session.client(service)  # type: ignore[call-overload]


def _aws_message(error: Any) -> str:
    return str(error.response.get("Error", {}).get("Message") or error)


def _report(args: argparse.Namespace) -> int:
    from kurv.core.stats_store import StatsStore
    from kurv_tools.cli import report

    if not 1 <= args.days <= 400:
        raise CliError("--days: 1 to 400")
    now = _now()
    if args.stack:
        stack = _Stack(args.stack, _region(args))
        store = StatsStore(stack.client("dynamodb"), stack["StatsTableName"])
    else:
        state = _local_state()
        if not state.stats_table:
            raise CliError("the running local stack predates reports: restart `make run`")
        store = StatsStore(_emulator(state).client("dynamodb"), state.stats_table)
        now = _local_now(state)
    shop = _shop_store(args).get(args.shop)
    if shop is None:
        raise CliError(f"no shop {args.shop!r}")
    first, last = report.window(now, args.days)
    figures = report.summary(
        store.days(shop.shop_id, first, last),
        first=first,
        last=last,
        attribution_days=shop.attribution_days,
    )
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(report.table(shop.shop_id, figures))
    return 0


def _doctor(args: argparse.Namespace) -> int:
    from kurv.core.shop_store import ShopStore
    from kurv_tools.cli.checks import Doctor, LocalDoctor, Status, as_json, report, utc_now

    if args.stack is None:
        state = _local_state()
        emulator = _emulator(state)
        tables = {
            "shops": state.shops_table,
            "carts": state.carts_table,
            "suppressions": state.suppressions_table,
            "replies": state.replies_table,
            "stats": state.stats_table,
        }
        local = LocalDoctor(
            base_url=state.base_url,
            tables={what: name for what, name in tables.items() if name},
            client=emulator.client,
            shops=ShopStore(emulator.client("dynamodb"), state.shops_table).all(),
            answers=_answers,
        )
        checks = local.checks()
        title = f"The local stack ({state.base_url}); SES, DKIM and the schedule are emulated:"
    else:
        stack = _Stack(args.stack, _region(args))
        shops = (
            ShopStore(stack.client("dynamodb"), stack.outputs["ShopsTableName"]).all()
            if "ShopsTableName" in stack.outputs
            else []
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
    if args.json:
        print(json.dumps(as_json(checks), indent=2))
    else:
        print(f"{title}\n")
        print(report(checks))
    return 1 if any(check.status is Status.FAIL for check in checks) else 0


class _Progress:
    """A bar redrawn in place on stderr when it is a terminal: `what [#####     ] done of total`.

    Piped or redirected, it draws nothing: the command's own summary line says what was done,
    and a log file is not filled with carriage returns.
    """

    def __init__(self, what: str, *, about: bool = False, stream: TextIO | None = None) -> None:
        self.what, self.about = what, about
        self.stream = stream if stream is not None else sys.stderr
        self.live = self.stream.isatty()
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.live:
            return
        share = min(done / total, 1.0) if total else 1.0
        bar = "#" * int(share * 30)
        shown = f"{'~' if self.about else ''}{total:,}"
        self.stream.write(f"\r  {self.what} [{bar:<30}] {done:,} of {shown}")
        self.stream.flush()
        self.drawn = True

    def end(self) -> None:
        """Ends the bar's line, if one was drawn."""
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5):  # noqa: S310 (make run's own URL)
            return True
    except (OSError, ValueError):
        return False


def _forget(args: argparse.Namespace) -> int:
    from kurv.core.locales import normalize_email
    from kurv.wiring import load_address_key
    from kurv_tools.cli.forget import forget

    try:
        email = normalize_email(args.email)
    except ValueError as error:
        raise CliError(f"--email {args.email}: {error}") from None
    if args.stack:
        stack = _Stack(args.stack, _region(args))
        dynamodb, secrets = stack.client("dynamodb"), stack.client("secretsmanager")
        s3 = stack.client("s3")
        tables = (
            stack["CartsTableName"],
            stack["RepliesTableName"],
            stack["SuppressionsTableName"],
        )
        bucket, secret = stack.outputs.get("ReplyBucketName", ""), stack["AddressKeySecretArn"]
    else:
        state = _local_state()
        emulator = _emulator(state)
        dynamodb, secrets, s3 = (
            emulator.client(name) for name in ("dynamodb", "secretsmanager", "s3")
        )
        tables = (state.carts_table, state.replies_table, state.suppressions_table)
        bucket, secret = state.reply_bucket, state.address_key_secret
    if _shop_store(args).get(args.shop) is None:
        raise CliError(f"no shop {args.shop!r}")
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError("erasing cannot be undone: add --yes to confirm")
        answer = input(f"Erase everything {args.shop} holds about {email}? Type the address: ")
        if answer.strip().lower() != email.lower():
            print("Nothing erased.")
            return 1

    progress = _Progress("reading carts", about=True)
    erased = forget(
        dynamodb=dynamodb,
        s3=s3,
        carts_table=tables[0],
        replies_table=tables[1],
        suppressions_table=tables[2],
        reply_bucket=bucket,
        key=load_address_key(secrets, secret),
        shop_id=args.shop,
        email=email,
        progress=progress,
    )
    progress.end()
    print(
        f"Erased for {args.shop}: {erased.carts} cart(s) with their items, clicks and orders; "
        f"{erased.replies} repl(y/ies) and {erased.raw_messages} raw message(s)."
    )
    if erased.suppressed:
        print(
            f"Kept: the suppression ({erased.suppressed}), as a keyed hash only, so Kurv never "
            "writes to this address again."
        )
    return 0


def _migrate(args: argparse.Namespace) -> int:
    from kurv.wiring import load_address_key
    from kurv_tools.cli.migrate import migrate_address_hashes

    if args.stack:
        stack = _Stack(args.stack, _region(args))
        dynamodb, secrets = stack.client("dynamodb"), stack.client("secretsmanager")
        tables = (stack["SuppressionsTableName"], stack["CartsTableName"])
        secret = stack["AddressKeySecretArn"]
    else:
        state = _local_state()
        emulator = _emulator(state)
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


def _preview(args: argparse.Namespace) -> int:
    from kurv_tools.cli import preview

    shop = _shop_store(args).get(args.shop)
    if shop is None:
        raise CliError(f"no shop {args.shop!r}")
    if args.all:
        folder = Path(args.out or f"kurv-preview-{shop.shop_id}")
        progress = _Progress("rendering")
        index = preview.write_all(shop, folder, progress=progress)
        progress.end()
        count = len(preview.every_choice(shop))
        print(f"Wrote {count} emails of {shop.shop_id} to {folder}/; open {index}")
        return 0
    try:
        item = preview.render(
            shop,
            preview.Choice(args.locale or shop.locale, args.step, args.payment_trouble),
        )
    except ValueError as error:
        raise CliError(str(error)) from None
    if args.out:
        written = preview.write_one(item, Path(args.out))
        print(f"{item.email.subject}\n  " + "\n  ".join(str(path) for path in written))
        return 0
    import tempfile
    import webbrowser

    folder = Path(tempfile.mkdtemp(prefix=f"kurv-preview-{shop.shop_id}-"))
    page, text = preview.write_one(item, folder / f"{item.name}.html")
    opened = webbrowser.open(page.resolve().as_uri())
    print(
        f"{item.email.subject}\n  {page}\n  {text}"
        + ("" if opened else "\n  (open it in a browser)")
    )
    return 0


def _send_test(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from kurv.core.locales import normalize_email
    from kurv.core.mailer import Envelope, Mailer, SendOutcome, build_message
    from kurv_tools.cli import preview

    try:
        to = normalize_email(args.to)
    except ValueError as error:
        raise CliError(f"--to {args.to}: {error}") from None
    shop = _shop_store(args).get(args.shop)
    if shop is None:
        raise CliError(f"no shop {args.shop!r}")
    choice = preview.Choice(args.locale or shop.locale, args.step, args.payment_trouble)
    try:
        item = preview.render(shop, choice)
    except ValueError as error:
        raise CliError(str(error)) from None
    if args.stack:
        stack = _Stack(args.stack, _region(args))
        ses, configuration_set = stack.client("sesv2"), stack["SesConfigurationSetName"]
    else:
        ses, configuration_set = _emulator(_local_state()).client("sesv2"), ""
        # The emulated SES, like the real one, sends only from verified identities.
        ses.create_email_identity(EmailIdentity=shop.sender_email.rpartition("@")[2])
    email = replace(item.email, subject=f"[Test] {item.email.subject}")
    message = build_message(
        email,
        Envelope(
            sender_name=shop.sender_name,
            sender_email=shop.sender_email,
            to=to,
            reply_to=shop.support_email or shop.sender_email,
            unsubscribe_url=shop.home_url,
            sent_at=_now(),
            reference={"Shop": shop.shop_id, "Step": str(args.step), "Test": "yes"},
        ),
    )
    result = Mailer(ses, configuration_set).send(
        message, tags={"shop": shop.shop_id, "kind": "test"}
    )
    if result.outcome is not SendOutcome.SENT:
        raise CliError(
            f"SES did not send it ({result.detail}): is {shop.sender_email}'s domain verified "
            "in SES, and, while the account is in the SES sandbox, the recipient too?"
        )
    print(f'Sent "{email.subject}" to {to} (SES message id {result.message_id}).')
    return 0


def _replies(args: argparse.Namespace) -> int:
    from kurv.replies.reply_store import ReplyStore

    now = _now()
    if args.stack:
        stack = _Stack(args.stack, _region(args))
        store = ReplyStore(stack.client("dynamodb"), stack["RepliesTableName"])
    else:
        state = _local_state()
        if not state.replies_table:
            raise CliError("the running local stack predates replies: restart `make run`")
        store = ReplyStore(_emulator(state).client("dynamodb"), state.replies_table)
        now = _local_now(state)
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
    for reply in found:
        words = " ".join(reply.text.split())
        print(
            f"{_utc(reply.received_at):<17} "
            f"{('auto-reply' if reply.auto_reply else reply.reason):<13} "
            f"{(reply.cart_id or '(no cart)'):<20.20} "
            f"{words[:70] + ('…' if len(words) > 70 else '')}"
        )
        if reply.rule:
            print(f"{'':<17} {'':<13} {'':<20} rule: {reply.rule}")
    print(f"{len(found)} repl{'y' if len(found) == 1 else 'ies'}; --json for the full text.")
    return 0


def _replies_status(args: argparse.Namespace) -> int:
    stack = _Stack(args.stack, _region(args))
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


def _now() -> int:
    return int(time.time())


def _reply_json(reply: Any) -> dict[str, Any]:
    return {
        "received_at": reply.received_at,
        "cart_id": reply.cart_id,
        "from": reply.from_address,
        "subject": reply.subject,
        "language": reply.language,
        "reason": reply.reason,
        "rule": reply.rule,
        "auto_reply": reply.auto_reply,
        "forwarded": reply.forwarded,
        "text": reply.text,
    }


def _utc(moment: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(moment, tz=UTC).strftime("%Y-%m-%d %H:%M")


def _post(args: argparse.Namespace) -> int:
    from kurv.track.auth import sign

    if not args.url:
        args.url = _local_url()
    body = _read_body(args.body)
    timestamp = args.time if args.time is not None else _server_time(args.url)
    request = urllib.request.Request(  # noqa: S310 (the user's own Kurv URL)
        f"{args.url.rstrip('/')}/v1/events",
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "Kurv-Shop": args.shop,
            "Kurv-Signature": sign(args.secret, body, timestamp),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:  # noqa: S310 (the user's URL)
            status, answer = reply.status, reply.read()
    except urllib.error.HTTPError as error:
        status, answer = error.code, error.read()
    except urllib.error.URLError as error:
        raise CliError(f"cannot reach {args.url}: {error.reason}; is `make run` running?") from None
    print(f"{status} {answer.decode(errors='replace')}")
    return 0 if status < 400 else 1


def _read_body(source: str) -> bytes:
    if source == "-":
        return sys.stdin.buffer.read()
    if source.startswith("@"):
        return Path(source[1:]).read_bytes()
    return source.encode()


def _local_now(state: LocalState) -> int:
    """The local stack's time: its clock may have been moved forward."""
    return _server_time(state.base_url) if state.base_url else _now()


def _server_time(url: str) -> int:
    """The local stack's clock may have been moved forward; sign with its time."""
    if urlsplit(url).hostname in ("127.0.0.1", "localhost"):
        try:
            with urllib.request.urlopen(f"{url.rstrip('/')}/_local/clock", timeout=5) as reply:  # noqa: S310
                return int(json.load(reply)["now"])
        except (urllib.error.URLError, KeyError, ValueError, TimeoutError):
            pass
    return int(time.time())
