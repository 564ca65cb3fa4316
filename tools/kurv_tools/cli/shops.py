"""`kurv shop add|update|rotate-secret|show|list`: a shop's settings, secrets and keys."""

from __future__ import annotations

import argparse
from typing import Any

from pydantic import ValidationError

from kurv.core.errors import validation_problems
from kurv_tools.cli import target
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
        sub.add_argument("shop_id", help="the shop's id: a-z, 0-9 and -, e.g. nordlys")
        _shop_options(sub, adding=name == "add")
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
    show = shop_commands.add_parser("show", help="show a shop (secrets masked)")
    show.add_argument("shop_id", help="the shop's id")
    show.add_argument("--show-secrets", action="store_true", help="print secrets in full")
    target_options(show)
    show.set_defaults(run=_show)
    listing = shop_commands.add_parser("list", help="list shops")
    target_options(listing)
    listing.set_defaults(run=_list)


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


def _add(args: argparse.Namespace) -> int:
    from kurv.core.shops import Shop

    store = target.shop_store(args)
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
    print_shop(shop, show_secrets=True)
    return 0


def _update(args: argparse.Namespace) -> int:
    from kurv.core.shops import Shop, new_signing_secret

    store = target.shop_store(args)
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
    print_shop(shop, show_secrets=args.rotate_secret)
    return 0


def _rotate_secret(args: argparse.Namespace) -> int:
    store = target.shop_store(args)
    current = store.get(args.shop_id)
    if current is None:
        raise CliError(f"no shop {args.shop_id!r}")
    grace = 0 if args.grace.strip() == "0" else parse_duration(args.grace)
    now = target.now()
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
    print_shop(shop, show_secrets=args.show_secrets)
    return 0


def _list(args: argparse.Namespace) -> int:
    shops = target.shop_store(args).all()
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


def _validated(model: Any, values: dict[str, Any]) -> Any:
    try:
        return model.model_validate(values)
    except ValidationError as error:
        problems = "\n".join(f"  {problem}" for problem in validation_problems(error))
        raise CliError(f"the shop is not valid:\n{problems}") from None


def print_shop(shop: Any, *, show_secrets: bool) -> None:
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
    graced = shop.previous_signing_secret is not None and shop.previous_secret_until > target.now()
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
            [("previous secret", f"accepted until {utc(shop.previous_secret_until)} UTC")]
            if graced
            else []
        ),
        ("publishable key", shop.publishable_key),
    ]
    for label, value in rows:
        print(f"  {label:<16} {value}")
