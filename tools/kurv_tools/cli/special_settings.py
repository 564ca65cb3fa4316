"""The shop settings a field's type and description cannot say alone (shop_settings.py does
the rest): the email series with its coupons, image hosts kept across updates, switching a
shop off and on, and the rows of `kurv shop show` that read several settings or need words.

Keyed by the `Shop` field (OPTIONS, CHANGES) or the row (ROWS) they stand in for; a test
checks that every key names one.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kurv_tools.cli.console import CliError, parse_duration

if TYPE_CHECKING:
    from kurv.core.shops import Shop

# (parser, the setting's flag, its help, adding?) -> adds the options
AddOptions = Callable[[argparse.ArgumentParser, str, str, bool], None]
# (the parsed options, the shop before, None when adding) -> the fields they change
Changes = Callable[[argparse.Namespace, "Shop | None"], dict[str, Any]]
Rows = Callable[["Shop"], list[tuple[str, str]]]


def _series_options(
    parser: argparse.ArgumentParser, flag: str, help_text: str, adding: bool
) -> None:
    parser.add_argument(flag, dest="series", help=help_text)
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


def _series_changes(args: argparse.Namespace, current: Shop | None) -> dict[str, Any]:
    """--series replaces the delays; --coupon STEP=CODE and --coupon-worth STEP=WORTH set
    one step's coupon."""
    from kurv.core.shops import default_series

    if not (args.series or args.coupons or args.coupon_worths):
        return {}
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
    return {"series": steps}


def _series_rows(shop: Shop) -> list[tuple[str, str]]:
    delays = ", ".join(
        f"{step.delay_seconds // 60} min"
        if step.delay_seconds < 3600
        else f"{step.delay_seconds / 3600:g} h"
        for step in shop.series
    )
    coupons = ", ".join(
        f"step {number}: {step.coupon}" + (f" ({step.coupon_worth})" if step.coupon_worth else "")
        for number, step in enumerate(shop.series, 1)
        if step.coupon
    )
    return [("series", delays), ("coupons", coupons or "none")]


def _image_host_options(
    parser: argparse.ArgumentParser, flag: str, help_text: str, adding: bool
) -> None:
    parser.add_argument(flag, action="append", dest="image_hosts", metavar="HOST", help=help_text)
    if not adding:
        parser.add_argument(
            "--remove-image-host", action="append", metavar="HOST", help="stop allowing a host"
        )


def _image_host_changes(args: argparse.Namespace, current: Shop | None) -> dict[str, Any]:
    """Hosts given are added to the shop's (origins, by contrast, are replaced)."""
    removed = set(getattr(args, "remove_image_host", None) or ())
    if not (args.image_hosts or removed):
        return {}
    given = [host.strip().lower() for host in args.image_hosts or ()]
    hosts = dict.fromkeys([*(current.image_hosts if current is not None else ()), *given])
    return {"image_hosts": [host for host in hosts if host not in removed]}


def _active_options(
    parser: argparse.ArgumentParser, flag: str, help_text: str, adding: bool
) -> None:
    if adding:
        return  # a new shop is on
    state = parser.add_mutually_exclusive_group()
    state.add_argument("--inactive", action="store_true", help="switch the shop off")
    state.add_argument("--active", action="store_true", help="switch the shop on again")


def _active_changes(args: argparse.Namespace, current: Shop | None) -> dict[str, Any]:
    if getattr(args, "inactive", False):
        return {"active": False}
    if getattr(args, "active", False):
        return {"active": True}
    return {}


def _shopify_secret_options(
    parser: argparse.ArgumentParser, flag: str, help_text: str, adding: bool
) -> None:
    parser.add_argument(
        flag, dest="shopify_secret", metavar="SECRET", help=help_text + " ('' clears)"
    )


def _shopify_secret_changes(args: argparse.Namespace, current: Shop | None) -> dict[str, Any]:
    given = getattr(args, "shopify_secret", None)
    if given is None:
        return {}
    return {"shopify_secret": given.strip() or None}


def _shopify(shop: Shop) -> list[tuple[str, str]]:
    if shop.takes_shopify:
        return [("shopify", f"{shop.shopify_domain} (webhooks: kurv connect shopify)")]
    if shop.shopify_domain or shop.shopify_secret:
        missing = "--shopify-secret" if shop.shopify_domain else "--shopify-domain"
        return [("shopify", f"not connected: add {missing}")]
    return [("shopify", "-")]


def _footer(shop: Shop) -> list[tuple[str, str]]:
    identity = " · ".join(
        part
        for part in (shop.legal_name or shop.name, shop.postal_address, shop.company_number)
        if part
    )
    if shop.postal_address or shop.company_number:
        return [("footer", identity)]
    return [("footer", f"{identity} (add --postal-address and --company-number)")]


def _browser_contacts(shop: Shop) -> list[tuple[str, str]]:
    if shop.browser_contacts:
        return [("browser contacts", f"on, {shop.browser_contacts_per_hour} new addresses an hour")]
    return [("browser contacts", "off (signed server calls only)")]


def _prices(shop: Shop) -> list[tuple[str, str]]:
    said = {
        "included": "incl. VAT",
        "excluded": "excl. VAT",
        "at-checkout": "shipping calculated at checkout",
        "free": "free shipping",
    }
    notes = [said[value] for value in (shop.vat.value, shop.shipping.value) if value in said]
    return [("prices", ", ".join(notes) or "nothing said of VAT or shipping")]


def _promises(shop: Shop) -> list[tuple[str, str]]:
    promised = []
    if shop.free_shipping_over:
        promised.append(f"free shipping over {shop.free_shipping_over}")
    if shop.returns_days or shop.free_returns:
        days = f" within {shop.returns_days} days" if shop.returns_days else ""
        promised.append(("free returns" if shop.free_returns else "returns") + days)
    if shop.delivery_days:
        promised.append(f"delivery in {shop.delivery_days} working days")
    return [("promises", "; ".join(promised) or "none")]


def _trust_mark(shop: Shop) -> list[tuple[str, str]]:
    if shop.trust_mark_url is None:
        return [("trust mark", "-")]
    return [("trust mark", f"{shop.trust_mark.value}: {shop.trust_mark_url}")]


def _check_in_options(
    parser: argparse.ArgumentParser, flag: str, help_text: str, adding: bool
) -> None:
    parser.add_argument(flag, dest="check_in_seconds", metavar="DURATION", help=help_text)


def _check_in_changes(args: argparse.Namespace, current: Shop | None) -> dict[str, Any]:
    """--check-in 5d (any duration) or off."""
    given = getattr(args, "check_in_seconds", None)
    if given is None:
        return {}
    if given.strip().lower() in ("off", "0"):
        return {"check_in_seconds": 0}
    return {"check_in_seconds": parse_duration(given)}


def _check_in_rows(shop: Shop) -> list[tuple[str, str]]:
    seconds = shop.check_in_seconds
    if not seconds:
        return [("check-in", "off (no email after an order)")]
    after = f"{seconds / 86400:g} days" if seconds >= 86400 else f"{seconds / 3600:g} h"
    return [("check-in", f"one email {after} after an order, unless refunded or cancelled")]


OPTIONS: dict[str, AddOptions] = {
    "check_in_seconds": _check_in_options,
    "series": _series_options,
    "image_hosts": _image_host_options,
    "active": _active_options,
    "shopify_secret": _shopify_secret_options,
}
CHANGES: dict[str, Changes] = {
    "check_in_seconds": _check_in_changes,
    "series": _series_changes,
    "image_hosts": _image_host_changes,
    "active": _active_changes,
    "shopify_secret": _shopify_secret_changes,
}
ROWS: dict[str, Rows] = {
    "check-in": _check_in_rows,
    "sender": lambda shop: [("sender", f"{shop.sender_name} <{shop.sender_email}>")],
    "support": lambda shop: [
        ("support", f"{shop.support_email or '-'} / {shop.support_phone or '-'}")
    ],
    "signed by": lambda shop: [
        (
            "signed by",
            ", ".join(part for part in (shop.signer_name, shop.signer_role) if part)
            or "customer service (no --signer-name)",
        )
    ],
    "footer": _footer,
    "formality": lambda shop: [
        (
            "formality",
            f"{shop.formality.value} (German: {'du' if shop.formality == 'informal' else 'Sie'})",
        )
    ],
    "series": _series_rows,
    "cart lifetime": lambda shop: [
        (
            "cart lifetime",
            f"{shop.cart_lifetime_days} days (the emails say until when)"
            if shop.cart_lifetime_days
            else "unsaid (the emails say nothing of how long a cart is kept)",
        )
    ],
    "prices": _prices,
    "promises": _promises,
    "trust mark": _trust_mark,
    "retention": lambda shop: [("retention", f"{shop.retention_days} days")],
    "browser contacts": _browser_contacts,
    "shopify": _shopify,
    "series window": lambda shop: [
        ("series window", f"one series per address in {shop.series_window_days} days")
    ],
    "attribution": lambda shop: [
        (
            "attribution",
            f"recovered: an order up to {shop.attribution_days} days after the last email",
        )
    ],
    "holdout": lambda shop: [
        (
            "holdout",
            f"{shop.holdout_percent} % of customers get no email (kurv report compares)"
            if shop.holdout_percent
            else "off (every customer gets the series)",
        )
    ],
}
