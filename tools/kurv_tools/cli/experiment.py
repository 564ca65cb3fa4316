"""`kurv experiment start|status|stop`: one variant of the email series run against the
shop's own, on a share of its emailed customers (never the holdout's), with each arm's
carts, orders and revenue and the difference with its 95 % interval.

A customer's arm is drawn from their address (recover.holdout.arm_for), so all their carts
at the shop land in the same arm while the experiment runs. The variant is the shop's
series with other delays and coupons. One experiment per shop at a time.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from typing import TYPE_CHECKING, Any

from kurv_tools.cli import special_settings, target
from kurv_tools.cli.console import CliError, Commands
from kurv_tools.cli.target import target_options

if TYPE_CHECKING:
    from kurv.core.figures import Tally
    from kurv.core.shop_store import ShopStore
    from kurv.core.shops import Shop

_EXAMPLE = """examples:
  kurv experiment start --shop nordlys --name four-hours --series 4h,24h,72h
  kurv experiment start --shop nordlys --name no-coupon --coupon 3= --split 30
  kurv experiment status --shop nordlys
  kurv experiment stop --shop nordlys"""


def add_parser(commands: Commands) -> None:
    experiment = commands.add_parser(
        "experiment",
        help="test another timing or coupon of the series against the shop's own",
        description=__doc__ + "\n" + _EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    verbs = experiment.add_subparsers(required=True, metavar="action")
    start = verbs.add_parser(
        "start",
        help="start an experiment: the variant is the shop's series with these changes",
        description="Starts an experiment. The variant is the shop's own series changed by\n"
        "the options given (--series, --coupon, --coupon-worth, --no-coupons); the\n"
        "emailed customers in --split percent get it, the rest the shop's series.\n\n" + _EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    start.add_argument("--shop", required=True, help="the shop's id")
    start.add_argument(
        "--name", required=True, help="a short name: lowercase letters, digits and dashes"
    )
    start.add_argument(
        "--split",
        type=int,
        default=50,
        help="the percent of emailed customers who get the variant, 1 to 99 (default 50)",
    )
    special_settings.OPTIONS["series"](
        start, "--series", "the variant's delays after the last activity, e.g. 4h,24h,72h", False
    )
    start.add_argument(
        "--no-coupons", action="store_true", help="the variant shows no coupon at any step"
    )
    start.add_argument(
        "--subjects",
        choices=("product", "plain"),
        help="the variant's subjects: led by the cart's product, or each email's own",
    )
    start.add_argument(
        "--payment-offer",
        choices=("on", "off"),
        help="whether the variant's emails after a failed payment offer to take the order",
    )
    target_options(start)
    start.set_defaults(run=_start)
    for verb, text, run in (
        ("status", "the experiment's arms so far, and whether one wins yet", _status),
        ("stop", "stop it: no new customers join; those in it finish their series", _stop),
    ):
        command = verbs.add_parser(verb, help=text, description=text)
        command.add_argument("--shop", required=True, help="the shop's id")
        if verb == "status":
            command.add_argument("--json", action="store_true", help="print JSON, for machines")
        target_options(command)
        command.set_defaults(run=run)


def _start(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from kurv.core.shops import Experiment
    from kurv.core.shops import Shop as Validated

    store = target.shop_store(args)
    shop = _shop(store, args.shop)
    if shop.experiment is not None and shop.experiment.running:
        raise CliError(
            f"{shop.shop_id} runs the experiment {shop.experiment.name!r}: one at a time "
            f"(kurv experiment stop --shop {shop.shop_id} first)"
        )
    steps = special_settings.CHANGES["series"](args, shop).get("series")
    series = (
        [dict(step) for step in steps]
        if steps
        else [step.model_dump(exclude_none=True) for step in shop.series]
    )
    if args.no_coupons:
        for step in series:
            step.pop("coupon", None)
            step.pop("coupon_worth", None)
    try:
        experiment = Experiment(
            name=args.name,
            split=args.split,
            series=series,
            product_subjects=None if args.subjects is None else args.subjects == "product",
            payment_offer=None if args.payment_offer is None else args.payment_offer == "on",
            started_at=target.stack_now(args),
        )
        started = Validated.model_validate({**shop.model_dump(), "experiment": experiment})
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(part) for part in problem["loc"])
        raise CliError(f"{where}: {problem['msg']}") from None
    if experiment.series == shop.series:
        raise CliError(
            "the variant is the shop's own series: give --series, --coupon or --no-coupons"
        )
    store.put(started)
    print(
        f"Started {experiment.name} at {shop.shop_id}: {experiment.split} % of emailed customers "
        "get the variant from their next cart that becomes due."
    )
    print(f"  the shop's series: {_series(shop.series)}")
    print(f"  the variant:       {_series(experiment.series)}{_extras(experiment)}")
    print(f"Follow it with: kurv experiment status --shop {shop.shop_id}")
    return 0


def _status(args: argparse.Namespace) -> int:
    from kurv_tools.cli import figures
    from kurv_tools.cli.report import stats_source

    shop = _shop(target.shop_store(args), args.shop)
    experiment = shop.experiment
    if experiment is None:
        raise CliError(f"{shop.shop_id} has no experiment (kurv experiment start)")
    store, now = stats_source(args)
    first, last = figures.window(now, 400)
    first = max(first, figures.window(experiment.started_at, 1)[0])
    total: Counter[Tally] = sum(store.days(shop.shop_id, first, last), Counter())
    found = figures.experiments(
        total, splits={experiment.name: experiment.split}, currency=shop.currency
    )[experiment.name]
    stopped = figures.window(experiment.stopped_at, 1)[0]
    state = "running" if experiment.running else f"stopped on {stopped}"
    if args.json:
        print(
            json.dumps({"name": experiment.name, "state": state, "since": first, **found}, indent=2)
        )
        return 0
    print(f"{shop.shop_id}: experiment {experiment.name}, {state}, since {first}")
    print(f"  the shop's series: {_series(shop.series)}")
    print(f"  the variant:       {_series(experiment.series)}{_extras(experiment)}")
    for label, value in figures.experiment_rows(experiment.name, found)[1:]:
        print(f"  {label.strip():<18} {value}")
    return 0


def _stop(args: argparse.Namespace) -> int:
    store = target.shop_store(args)
    shop = _shop(store, args.shop)
    if shop.experiment is None or not shop.experiment.running:
        raise CliError(f"{shop.shop_id} runs no experiment")
    stopped = shop.experiment.model_copy(update={"stopped_at": target.stack_now(args)})
    store.put(shop.model_copy(update={"experiment": stopped}))
    print(
        f"Stopped {stopped.name} at {shop.shop_id}: no new customers join it; those in it "
        "finish their series. Its figures stay in kurv experiment status and kurv report."
    )
    return 0


def _shop(store: ShopStore, shop_id: str) -> Shop:
    shop = store.get(shop_id)
    if shop is None:
        raise CliError(f"no shop {shop_id!r}")
    return shop


def _series(series: Any) -> str:
    """A series in a line: each step's delay, and its coupon if it has one."""
    parts = []
    for number, step in enumerate(series, 1):
        hours = step.delay_seconds / 3600
        when = f"{step.delay_seconds // 60} min" if step.delay_seconds < 3600 else f"{hours:g} h"
        coupon = f" with {step.coupon}" if step.coupon else ""
        parts.append(f"{number}: {when}{coupon}")
    return ", ".join(parts)


def _extras(experiment: Any) -> str:
    said = []
    if experiment.product_subjects is not None:
        said.append("product-led subjects" if experiment.product_subjects else "plain subjects")
    if experiment.payment_offer is not None:
        said.append("payment offer " + ("on" if experiment.payment_offer else "off"))
    return "; " + ", ".join(said) if said else ""
