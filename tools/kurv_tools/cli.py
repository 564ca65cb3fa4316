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
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from pydantic import ValidationError

from kurv.errors import validation_problems

if TYPE_CHECKING:
    from kurv.shop_store import ShopStore

_DURATION_UNITS = {"m": 60, "h": 3600, "d": 86400}


class CliError(Exception):
    """A problem the user can fix; printed without a traceback."""


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
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
    for name, run, help_text in (
        ("add", _shop_add, "create a shop"),
        ("update", _shop_update, "change a shop's settings"),
    ):
        sub = shop_commands.add_parser(name, help=help_text)
        sub.add_argument("shop_id")
        _shop_options(sub, required=name == "add")
        _target_options(sub)
        sub.set_defaults(run=run)
    show = shop_commands.add_parser("show", help="show a shop (secrets masked)")
    show.add_argument("shop_id")
    show.add_argument("--show-secrets", action="store_true", help="print secrets in full")
    _target_options(show)
    show.set_defaults(run=_shop_show)
    listing = shop_commands.add_parser("list", help="list shops")
    _target_options(listing)
    listing.set_defaults(run=_shop_list)

    post = commands.add_parser("post", help="sign an event body and post it")
    post.add_argument("body", help="the JSON body, or @file.json, or - for standard input")
    post.add_argument("--shop", required=True)
    post.add_argument("--secret", required=True, help="the shop's signing secret")
    post.add_argument(
        "--url",
        default=f"http://127.0.0.1:{os.environ.get('KURV_PORT', '3000')}",
        help="Kurv's base URL (default: the local stack)",
    )
    post.add_argument("--time", type=int, help="sign as of these Unix seconds")
    post.set_defaults(run=_post)
    return parser


def _shop_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
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
    parser.add_argument("--support-email")
    parser.add_argument("--support-phone")
    parser.add_argument("--series", help="delays after last activity, e.g. 1h,24h,72h (default)")
    parser.add_argument(
        "--coupon",
        action="append",
        dest="coupons",
        metavar="STEP=CODE",
        help="a static coupon shown in one email of the series, e.g. 3=TAK10 "
        "(none by default: service mails do better than discount mails)",
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
    parser.add_argument("--inactive", action="store_true", help="switch the shop off")
    parser.add_argument(
        "--rotate-secret",
        action="store_true",
        help="issue a new signing secret (the old one stops working)",
    )


def _target_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--stack", help="a deployed Kurv stack (uses your AWS credentials)")
    group.add_argument(
        "--local",
        action="store_true",
        help="the stack `make run` started (default when it is running)",
    )


def _shop_add(args: argparse.Namespace) -> int:
    from kurv.shops import Shop

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
    from kurv.shops import Shop, new_signing_secret

    store = _shop_store(args)
    current = store.get(args.shop_id)
    if current is None:
        raise CliError(f"no shop {args.shop_id!r}; create it with `kurv shop add`")
    values = {**current.to_item(), **_changes(args, current)}
    if args.rotate_secret:
        values["signing_secret"] = new_signing_secret()
    shop = _validated(Shop, values)
    store.put(shop)
    print(f"Updated shop {shop.shop_id}.")
    _print_shop(shop, show_secrets=args.rotate_secret)
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
    for shop in shops:
        state = "" if shop.active else "  (inactive)"
        print(f"{shop.shop_id:<20} {shop.name:<30} {shop.locale:<6} {shop.currency}{state}")
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
    ):
        value = getattr(args, option, None)
        if value is not None:
            changes[key] = value
    if args.series or args.coupons:
        changes["series"] = _series(args, current)
    if args.inactive:
        changes["active"] = False
    return changes


def _series(args: argparse.Namespace, current: Any) -> list[dict[str, Any]]:
    """--series replaces the delays; --coupon STEP=CODE sets one step's coupon."""
    from kurv.shops import default_series

    series = current.series if current is not None else default_series()
    steps = [step.model_dump(exclude_none=True) for step in series]
    if args.series:
        steps = [{"delay_seconds": parse_duration(part)} for part in args.series.split(",")]
    for coupon in args.coupons or []:
        step, _, code = coupon.partition("=")
        if not step.isdigit() or not code or not 1 <= int(step) <= len(steps):
            raise CliError(f"--coupon {coupon!r}: use STEP=CODE with a step from 1 to {len(steps)}")
        steps[int(step) - 1]["coupon"] = code
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
            for number, step in enumerate(shop.series, 1)
            if step.coupon
        )
        or "none"
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
        ("restore url", shop.restore_url),
        ("series", series),
        ("coupons", coupons),
        ("consent", shop.consent_policy.value),
        ("retention", f"{shop.retention_days} days"),
        ("origins", ", ".join(shop.allowed_origins) or "-"),
        ("active", "yes" if shop.active else "no"),
        ("signing secret", secret(shop.signing_secret.get_secret_value())),
        ("publishable key", shop.publishable_key),
    ]
    for label, value in rows:
        print(f"  {label:<16} {value}")


def _shop_store(args: argparse.Namespace) -> ShopStore:
    import boto3

    from kurv.shop_store import ShopStore
    from kurv_tools.emulator import Emulator
    from kurv_tools.state import LocalState

    if args.stack:
        table = _stack_output(args.stack, "ShopsTableName")
        return ShopStore(boto3.client("dynamodb"), table)
    if not args.local and os.environ.get("KURV_SHOPS_TABLE"):
        return ShopStore(boto3.client("dynamodb"), os.environ["KURV_SHOPS_TABLE"])
    state = LocalState.read()
    if state is None:
        raise CliError(
            "no stack to talk to: start one with `make run`, or pass --stack <name> "
            "for a deployed one"
        )
    return ShopStore(Emulator(state.endpoint_url).client("dynamodb"), state.shops_table)


def _stack_output(stack: str, output: str) -> str:
    import boto3
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        described = boto3.client("cloudformation").describe_stacks(StackName=stack)
    except (ClientError, BotoCoreError) as error:
        raise CliError(f"cannot read stack {stack!r}: {error}") from None
    for item in described["Stacks"][0].get("Outputs", []):
        if item["OutputKey"] == output:
            return str(item["OutputValue"])
    raise CliError(f"stack {stack!r} has no output {output}; is it a Kurv stack?")


def _post(args: argparse.Namespace) -> int:
    from kurv.auth import sign

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


def _server_time(url: str) -> int:
    """The local stack's clock may have been moved forward; sign with its time."""
    if urlsplit(url).hostname in ("127.0.0.1", "localhost"):
        try:
            with urllib.request.urlopen(f"{url.rstrip('/')}/_local/clock", timeout=5) as reply:  # noqa: S310
                return int(json.load(reply)["now"])
        except (urllib.error.URLError, KeyError, ValueError, TimeoutError):
            pass
    return int(time.time())


if __name__ == "__main__":
    sys.exit(main())
