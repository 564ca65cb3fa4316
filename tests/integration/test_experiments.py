"""An experiment on moto, through `kurv experiment`, track, sweep, send and stats: the
variant's customers get the variant's series (another first delay), the shop's series
stays with the rest, the holdout's customers join no arm, and `kurv experiment status`
and `kurv report` give each arm's carts and orders as a direct count does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from helpers import Api, advance, cart_updated, contact, make_shop, read_cart
from kurv.core.clock import HOUR
from kurv.core.model import Arm, CartGroup
from kurv.core.shops import Shop
from kurv.recover.holdout import arm_for, group_for
from kurv_tools import cli
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack


def address(n: int) -> str:
    return f"buyer{n}@example.com"


def side(stack: LocalStack, shop: Shop, n: int, experiment: str = "four-hours") -> str:
    """'control', or the arm the address draws at the shop."""
    hashed = stack.address_key.hash(address(n))
    if group_for(shop.shop_id, hashed, shop.holdout_percent) is CartGroup.CONTROL:
        return "control"
    return arm_for(shop.shop_id, hashed, experiment, 50).value


def customers(stack: LocalStack, shop: Shop, **wanted: int) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {name: [] for name in wanted}
    for n in range(10_000):
        where = side(stack, shop, n)
        if len(found[where]) < wanted[where]:
            found[where].append(n)
        if all(len(found[name]) == wanted[name] for name in wanted):
            return found
    raise AssertionError("not enough addresses")


def post_all(api: Api, events: list[dict[str, Any]]) -> None:
    for start in range(0, len(events), 50):
        reply = api.post({"events": events[start : start + 50]})
        assert reply.status == 202, reply.body


def kurv_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    capsys.readouterr()
    assert cli.main([*args, "--json"]) == 0
    found: dict[str, Any] = json.loads(capsys.readouterr().out)
    return found


def test_an_experiment_runs_its_variant_beside_the_shops_series_and_reports_both_arms(
    stack: LocalStack,
    local_state: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("kurv_tools.cli.target.now", stack.clock.now)
    shop = make_shop(stack, holdout_percent=20)
    api = Api(stack, shop)
    loop = LocalLoop(stack)
    start = ["experiment", "start", "--shop", shop.shop_id, "--name", "four-hours"]
    assert cli.main([*start, "--series", "4h,24h,72h"]) == 0
    assert cli.main([*start, "--series", "2h,24h,72h"]) == 2  # one at a time
    people = customers(stack, shop, control=1, current=4, variant=4)

    events: list[dict[str, Any]] = []
    for where, numbers in people.items():
        for n in numbers:
            events += [contact(f"{where}{n}", email=address(n)), cart_updated(f"{where}{n}")]
    post_all(api, events)

    after_an_hour = {email["cart_id"] for email in advance(loop, HOUR)}
    assert after_an_hour == {f"current{n}" for n in people["current"]}
    after_four = {email["cart_id"] for email in advance(loop, 3 * HOUR)}
    assert after_four == after_an_hour | {f"variant{n}" for n in people["variant"]}
    for where, numbers in people.items():
        for n in numbers:
            cart = read_cart(stack, shop.shop_id, f"{where}{n}")
            assert cart.get("arm") == (None if where == "control" else where)
            assert cart.get("experiment") == (None if where == "control" else "four-hours")

    # Orders: one in the shop's series, three in the variant.
    bought = [*people["current"][:1], *people["variant"][:3]]
    post_all(
        api,
        [
            {
                "type": "order.completed",
                "cart_id": f"{side(stack, shop, n)}{n}",
                "order_id": f"o{n}",
                "total": "25.00",
            }
            for n in bought
        ],
    )
    loop.deliver()

    status = kurv_json(capsys, "experiment", "status", "--shop", shop.shop_id)
    assert (status["state"], status["split"]) == ("running", 50)
    assert status["current"] == {"carts": 4, "orders": 1, "revenue": {"EUR": "25.00"}}
    assert status["variant"] == {"carts": 4, "orders": 3, "revenue": {"EUR": "75.00"}}
    assert status["difference"]["absolute"] == pytest.approx(3 / 4 - 1 / 4)
    assert status["winner"] is None  # 4 carts a side prove nothing yet
    report = kurv_json(capsys, "report", "--shop", shop.shop_id, "--days", "7")
    assert report["experiments"]["four-hours"]["variant"] == status["variant"]
    assert report["holdout"]["control"]["carts"] == 1
    assert report["holdout"]["treated"]["carts"] == 8

    # Stopped: new customers join no arm; those in the variant keep its series.
    assert cli.main(["experiment", "stop", "--shop", shop.shop_id]) == 0
    newcomer = next(
        n
        for n in range(100, 10_000)
        if side(stack, shop, n) == "variant" and n not in people["variant"]
    )
    post_all(api, [contact("late", email=address(newcomer)), cart_updated("late")])
    assert "late" in {email["cart_id"] for email in advance(loop, HOUR)}  # the shop's 1 h
    assert "arm" not in read_cart(stack, shop.shop_id, "late")
    still = people["variant"][3]  # bought nothing: it stays in the variant
    assert read_cart(stack, shop.shop_id, f"variant{still}")["arm"] == Arm.VARIANT
