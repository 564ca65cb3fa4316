"""The holdout on moto, through track, sweep, send and stats: held-out customers get no
email at any step and keep their group; orders in both groups, on the cart or another cart
of the same address, reach `kurv report --json` exactly as a direct count of the carts
table gives them."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from helpers import (
    Api,
    advance,
    assert_holdout_counted,
    cart_updated,
    contact,
    make_shop,
    read_cart,
)
from kurv.core.clock import DAY, HOUR
from kurv.core.dynamo import from_item
from kurv.core.figures import attributed
from kurv.core.model import CartGroup
from kurv.core.shops import Shop
from kurv.recover.holdout import group_for
from kurv.stats.uplift import Group
from kurv_tools import cli
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack


def address(n: int) -> str:
    return f"customer{n}@example.com"


def post_all(api: Api, events: list[dict[str, Any]]) -> None:
    for start in range(0, len(events), 50):
        reply = api.post({"events": events[start : start + 50]})
        assert reply.status == 202, reply.body
        assert "rejected" not in reply.body


def carts_for(api: Api, prefix: str, numbers: list[int]) -> None:
    events: list[dict[str, Any]] = []
    for n in numbers:
        events += [contact(f"{prefix}{n}", email=address(n)), cart_updated(f"{prefix}{n}")]
    post_all(api, events)


def whole_series(loop: LocalLoop) -> list[dict[str, Any]]:
    """Run the clock through the series (1 h, 2 h) and a little past it."""
    advance(loop, HOUR)
    return advance(loop, 2 * HOUR)


def predicted(stack: LocalStack, shop: Shop, n: int) -> CartGroup:
    """The group the address's keyed hash puts customer n in (the stack's key is random)."""
    return group_for(shop.shop_id, stack.address_key.hash(address(n)), shop.holdout_percent)


def customers(stack: LocalStack, shop: Shop, *, control: int, treated: int) -> list[int]:
    """Numbers of customers, `control` of them held out and `treated` not."""
    wanted = {CartGroup.CONTROL: control, CartGroup.TREATED: treated}
    found: list[int] = []
    for n in range(10_000):
        group = predicted(stack, shop, n)
        if wanted[group]:
            wanted[group] -= 1
            found.append(n)
        if not any(wanted.values()):
            return found
    raise AssertionError("not enough addresses")


def every_cart(stack: LocalStack) -> list[dict[str, Any]]:
    pages = stack.dynamodb.get_paginator("scan").paginate(TableName=stack.settings.carts_table)
    return [
        from_item(item)
        for page in pages
        for item in page["Items"]
        if not item["pk"]["S"].startswith("~")
    ]


@pytest.fixture
def held(stack: LocalStack) -> tuple[Shop, Api]:
    """A shop holding out 30 % of its customers, with a short series of two emails."""
    shop = make_shop(
        stack,
        holdout_percent=30,
        series=[{"delay_seconds": HOUR}, {"delay_seconds": 2 * HOUR}],
        series_window_days=1,
    )
    return shop, Api(stack, shop)


def test_held_out_customers_get_no_email_at_any_step_and_stay_in_their_group(
    held: tuple[Shop, Api], stack: LocalStack
) -> None:
    shop, api = held
    loop = LocalLoop(stack)
    numbers = customers(stack, shop, control=4, treated=8)
    carts_for(api, "a", numbers)

    emails = whole_series(loop)

    groups = {n: read_cart(stack, shop.shop_id, f"a{n}").get("group") for n in numbers}
    assert groups == {n: predicted(stack, shop, n) for n in numbers}
    control = {n for n, group in groups.items() if group == CartGroup.CONTROL}
    assert len(control) == 4
    per_cart = Counter(email["cart_id"] for email in emails)
    assert not any(f"a{n}" in per_cart for n in control)
    assert all(per_cart[f"a{n}"] == 2 for n in groups if n not in control)
    for n in control:  # not closed: it lives on, and its orders count
        cart = read_cart(stack, shop.shop_id, f"a{n}")
        assert "closed" not in cart
        assert "due_shard" not in cart
        assert cart["assigned_at"] > 0

    # Later carts of the same customers, once their series window is over, keep the group.
    advance(loop, shop.series_window_days * DAY)
    carts_for(api, "b", numbers)
    later = whole_series(loop)
    assert {
        n for n in numbers if read_cart(stack, shop.shop_id, f"b{n}")["group"] == "control"
    } == control
    assert not any(email["cart_id"] == f"b{n}" for email in later for n in control)


def test_a_control_cart_that_gets_a_new_address_event_still_gets_no_email(
    held: tuple[Shop, Api], stack: LocalStack
) -> None:
    shop, api = held
    loop = LocalLoop(stack)
    numbers = customers(stack, shop, control=1, treated=1)
    carts_for(api, "a", numbers)
    advance(loop, HOUR)
    control = next(n for n in numbers if predicted(stack, shop, n) is CartGroup.CONTROL)
    assert read_cart(stack, shop.shop_id, f"a{control}")["group"] == "control"

    post_all(api, [contact(f"a{control}", email=address(control), first_name="Bo")])
    emails = whole_series(loop)

    assert not any(email["cart_id"] == f"a{control}" for email in emails)
    assert read_cart(stack, shop.shop_id, f"a{control}")["group"] == "control"


def direct_count(carts: list[dict[str, Any]], days: int) -> dict[str, Group]:
    """Each group's carts, and those whose address bought within the window after the
    cart became due, on the cart itself or credited from another, with that order's total."""
    found: dict[str, Group] = {}
    for name in ("treated", "control"):
        mine = [cart for cart in carts if cart.get("group") == name]
        orders, revenue = 0, Decimal(0)
        for cart in mine:
            if "converted_at" in cart:
                moment, total = cart["converted_at"], cart.get("converted_total")
            else:
                moment, total = cart.get("ordered_at", 0), cart.get("order_total")
            if attributed(
                ordered_at=int(moment), touched_at=int(cart["assigned_at"]), window_days=days
            ):
                orders += 1
                revenue += Decimal(str(total or 0))
        found[name] = Group(len(mine), orders, {"EUR": revenue})
    return found


def test_orders_in_both_groups_reach_the_report_as_a_direct_count_gives_them(
    held: tuple[Shop, Api],
    stack: LocalStack,
    local_state: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shop, api = held
    loop = LocalLoop(stack)
    numbers = customers(stack, shop, control=7, treated=14)
    carts_for(api, "a", numbers)
    advance(loop, HOUR)
    control = [n for n in numbers if predicted(stack, shop, n) is CartGroup.CONTROL]
    treated = [n for n in numbers if predicted(stack, shop, n) is CartGroup.TREATED]

    def order(cart_id: str, n: int, total: str, **more: Any) -> dict[str, Any]:
        return {
            "type": "order.completed",
            "cart_id": cart_id,
            "order_id": f"o-{cart_id}",
            "total": total,
            **more,
        }

    advance(loop, DAY)
    post_all(
        api,
        [
            # on their own carts
            *(order(f"a{n}", n, "40.00") for n in control[:3]),
            *(order(f"a{n}", n, "50.00") for n in treated[:10]),
            # on a new cart (another device): the buyer's address names them
            *(
                order(f"phone{n}", n, "30.00", email=address(n))
                for n in control[3:5] + treated[10:13]
            ),
        ],
    )
    # Too late: past the 7-day window after the cart became due.
    advance(loop, 7 * DAY)
    post_all(api, [order(f"late{n}", n, "99.00", email=address(n)) for n in control[5:7]])
    loop.deliver()

    monkeypatch.setattr("kurv_tools.cli.target.now", stack.clock.now)
    capsys.readouterr()
    assert cli.main(["report", "--shop", shop.shop_id, "--days", "30", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["holdout"]

    expected = direct_count(every_cart(stack), shop.attribution_days)
    assert (expected["control"].orders, expected["treated"].orders) == (5, 13)
    # As posted: 3 x 40 + 2 x 30 for the held-out, 10 x 50 + 3 x 30 for the emailed.
    assert expected["control"].revenue == {"EUR": Decimal("180.00")}
    assert expected["treated"].revenue == {"EUR": Decimal("590.00")}
    assert_holdout_counted(report, expected, 30)


def test_a_storefront_order_credits_no_other_cart(
    held: tuple[Shop, Api], stack: LocalStack
) -> None:
    shop, api = held
    loop = LocalLoop(stack)
    numbers = customers(stack, shop, control=0, treated=2)
    carts_for(api, "a", numbers)
    advance(loop, HOUR)

    # Anyone with the public key may report an order for a cart of its own, naming anyone.
    reply = api.browser_post(
        {
            "type": "order.completed",
            "cart_id": "x1",
            "order_id": "o-x",
            "email": address(numbers[0]),
        }
    )
    assert reply.status == 202
    signed = api.post(
        {
            "type": "order.completed",
            "cart_id": "y1",
            "order_id": "o-y",
            "email": address(numbers[1]),
        }
    )
    assert signed.status == 202

    assert "converted_at" not in read_cart(stack, shop.shop_id, f"a{numbers[0]}")
    assert read_cart(stack, shop.shop_id, f"a{numbers[1]}")["converted_order"] == "o-y"
