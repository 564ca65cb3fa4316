"""`kurv shop add|update|rotate-secret|show|list`: a shop's settings, secrets and keys."""

from __future__ import annotations

import argparse
import re
from typing import Any

from pydantic import ValidationError

from kurv.core.errors import Problem, ShopConfigError, problems
from kurv.core.shops import Shop
from kurv_tools.cli import shop_settings, target
from kurv_tools.cli.console import CliError, Commands, parse_duration, utc
from kurv_tools.cli.target import target_options

_ADD_EXAMPLE = (
    'kurv shop add nordlys --name "Nordlys Te" --sender-email hei@nordlys.example \\\n'
    "      --restore-url 'https://nordlys.example/kurv/{cart_id}' --locale nb-NO "
    "--currency NOK --origin https://nordlys.example"
)
_UPDATE_EXAMPLE = "kurv shop update nordlys --image-host cdn.nordlys.example --coupon 3=TAK10"


def add_parser(commands: Commands) -> None:
    shop = commands.add_parser("shop", help="create, change and show shops")
    shop_commands = shop.add_subparsers(required=True, metavar="action")
    for name, run, help_text, example in (
        ("add", _add, "create a shop", _ADD_EXAMPLE),
        ("update", _update, "change a shop's settings", _UPDATE_EXAMPLE),
    ):
        sub = shop_commands.add_parser(
            name,
            help=help_text,
            description=f"{help_text}.\n\nexample:\n  {example}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.add_argument("shop_id", help=Shop.model_fields["shop_id"].description)
        shop_settings.add_options(sub, adding=name == "add")
        if name == "update":
            sub.add_argument(
                "--rotate-secret",
                action="store_true",
                help="issue a new signing secret; the old one stops working at once (for a leaked "
                "secret; `kurv shop rotate-secret` keeps it working for a while)",
            )
        target_options(sub)
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
    target_options(rotate)
    rotate.set_defaults(run=_rotate_secret)
    show = shop_commands.add_parser("show", help="show a shop (secrets hidden)")
    show.add_argument("shop_id", help="the shop's id")
    show.add_argument("--show-secrets", action="store_true", help="print secrets in full")
    target_options(show)
    show.set_defaults(run=_show)
    listing = shop_commands.add_parser("list", help="list shops")
    target_options(listing)
    listing.set_defaults(run=_list)


def _add(args: argparse.Namespace) -> int:
    store = target.shop_store(args)
    if store.get(args.shop_id) is not None:
        raise CliError(f"shop {args.shop_id!r} exists; change it with `kurv shop update`")
    values = {"shop_id": args.shop_id, **shop_settings.changes(args, None)}
    values.setdefault("sender_name", args.name)
    shop = _validated(values)
    store.put(shop)
    print(
        f"Created shop {shop.shop_id}. Keep the signing secret safe; it is shown in full "
        "only now and with --show-secrets."
    )
    print_shop(shop, show_secrets=True, now=target.stack_now(args))
    return 0


def _update(args: argparse.Namespace) -> int:
    from kurv.core.shops import new_signing_secret

    store = target.shop_store(args)
    stored = store.stored(args.shop_id)
    if stored is None:
        raise CliError(f"no shop {args.shop_id!r}; create it with `kurv shop add`")
    # What is stored may be a shop an older Kurv took and this one refuses: the update is
    # how the merchant repairs it, so it starts from what is stored, not from a valid Shop.
    current = _salvaged(stored)
    values = {**stored, **shop_settings.changes(args, current)}
    if args.rotate_secret:  # at once: a leaked secret must not keep working
        values["signing_secret"] = new_signing_secret()
        values.pop("previous_signing_secret", None)
        values["previous_secret_until"] = 0
    shop = _validated(values)
    store.put(shop)
    print(f"Updated shop {shop.shop_id}.")
    print_shop(shop, show_secrets=args.rotate_secret, now=target.stack_now(args))
    return 0


def _rotate_secret(args: argparse.Namespace) -> int:
    store = target.shop_store(args)
    current = store.get(args.shop_id)
    if current is None:
        raise CliError(f"no shop {args.shop_id!r}")
    grace = 0 if args.grace.strip() == "0" else parse_duration(args.grace)
    now = target.stack_now(args)  # the grace counts on the stack's clock, moved or not
    shop = current.rotated(now=now, grace_seconds=grace)
    store.put(shop)
    print(f"New signing secret for {shop.shop_id}: {shop.signing_secret.get_secret_value()}")
    if grace:
        print(
            f"The old one is still accepted until {utc(now + grace)} UTC: switch your "
            "servers to the new one before then."
        )
    else:
        print("The old one no longer works.")
    return 0


def _show(args: argparse.Namespace) -> int:
    shop = target.shop_store(args).get(args.shop_id)
    if shop is None:
        raise CliError(f"no shop {args.shop_id!r}")
    print_shop(shop, show_secrets=args.show_secrets, now=target.stack_now(args))
    return 0


def _list(args: argparse.Namespace) -> int:
    shops, unusable = target.shop_store(args).survey()
    if not shops and not unusable:
        print("No shops yet; create one with `kurv shop add`.")
        return 0
    print(f"{'SHOP':<20} {'NAME':<30} {'LOCALE':<6} {'CURRENCY':<8} ACTIVE")
    for shop in shops:
        active = "yes" if shop.active else "no"
        print(f"{shop.shop_id:<20} {shop.name:<30} {shop.locale:<6} {shop.currency:<8} {active}")
    for shop_id in unusable:
        print(f"{shop_id:<20} (settings not usable: `kurv shop show {shop_id}` says why)")
    return 0


def _validated(values: dict[str, Any]) -> Shop:
    try:
        return Shop.model_validate(values)
    except ValidationError as error:
        raise CliError(f"the shop is not valid:\n{with_options(problems(error))}") from None


def _salvaged(stored: dict[str, Any]) -> Shop | None:
    """The stored shop with the settings it no longer accepts left at their defaults (what
    the update's options build on, e.g. coupons on the stored series); None when a setting
    without a default is among them."""
    values = dict(stored)
    for _ in range(len(values) + 1):
        try:
            return Shop.model_validate(values)
        except ValidationError as error:
            wrong = {_setting_of(problem) for problem in problems(error)}
            if not wrong & values.keys() or wrong & _REQUIRED:
                return None
            for name in wrong:
                values.pop(name, None)
    return None


_REQUIRED = frozenset(name for name, info in Shop.model_fields.items() if info.is_required())


def _setting_of(problem: Problem) -> str:
    return re.split(r"[.\[]", problem.field, maxsplit=1)[0]


def with_options(found: list[Problem]) -> str:
    """Each problem on its line, with the option that sets what it names."""
    flags = {setting.field: setting.flag for setting in shop_settings.settings()}
    lines = []
    for problem in found:
        flag = flags.get(_setting_of(problem))
        lines.append(f"  {problem}" + (f" (set it with {flag})" if flag else ""))
    return "\n".join(lines)


def unusable(error: ShopConfigError) -> str:
    """Why a stored shop cannot be used, and how the merchant repairs it."""
    return (
        f"shop {error.shop_id!r} has settings this version of Kurv refuses (its emails and "
        f"events stop until they are fixed):\n{with_options(error.problems)}\n"
        f"Fix them with `kurv shop update {error.shop_id} ...`."
    )


def print_shop(shop: Shop, *, show_secrets: bool, now: int | None = None) -> None:
    """`now`: the stack's time, which tells whether a previous secret still works."""

    def secret(value: str) -> str:
        # Not even a prefix: any character shown is one fewer to guess.
        return value if show_secrets else shop_settings.HIDDEN

    now = target.now() if now is None else now
    graced = shop.previous_signing_secret is not None and shop.previous_secret_until > now
    rows = [
        ("shop", shop.shop_id),
        *shop_settings.rows(shop, show_secrets=show_secrets),
        ("signing secret", secret(shop.signing_secret.get_secret_value())),
        *(
            [("previous secret", f"accepted until {utc(shop.previous_secret_until)} UTC")]
            if graced
            else []
        ),
        ("publishable key", shop.publishable_key),
        *(
            [("shopify secret", secret(shop.shopify_secret.get_secret_value()))]
            if shop.shopify_secret is not None
            else []
        ),
    ]
    for label, value in rows:
        print(f"  {label:<16} {value}")
