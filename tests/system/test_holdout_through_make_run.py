"""Issue 19's holdout through `make run` as a process: `kurv shop update --holdout 30`,
carts posted over HTTP, the clock moved. Held-out customers get no email at any step and
their later carts stay held out; orders in both groups (on the cart, and on another cart
by the same address) reach `kurv report --json` under `holdout` exactly as a direct count
of what was posted gives them."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from helpers import assert_holdout_counted
from kurv.core.clock import DAY, HOUR
from kurv.stats.uplift import Group
from kurv.track.auth import sign
from localserver import DEMO_SECRET, LocalServer, kurv, local_server, stack_now

pytestmark = pytest.mark.slow

CUSTOMERS = 24


def address(n: int) -> str:
    return f"shopper{n}@example.com"


def post(server: LocalServer, events: list[dict[str, Any]]) -> None:
    for start in range(0, len(events), 50):
        body = json.dumps({"events": events[start : start + 50]}).encode()
        headers = {
            "Kurv-Shop": "demo",
            "Kurv-Signature": sign(DEMO_SECRET, body, stack_now(server)),
        }
        status, _, reply = server.request("POST", "/v1/events", body, headers)
        assert status == 202, reply
        assert "rejected" not in json.loads(reply)


def carts(server: LocalServer, prefix: str) -> None:
    events: list[dict[str, Any]] = []
    for n in range(CUSTOMERS):
        cart_id = f"{prefix}{n}"
        events.append(
            {"type": "checkout.contact", "cart_id": cart_id, "email": address(n), "consent": True}
        )
        events.append(
            {
                "type": "cart.updated",
                "cart_id": cart_id,
                "currency": "EUR",
                "items": [{"sku": "T-1", "name": "Fjellte", "quantity": 1, "unit_price": "20.00"}],
            }
        )
    post(server, events)


def emailed(server: LocalServer, advance: int) -> Counter[str]:
    """Move the clock; then how many emails each address has had in all."""
    body = json.dumps({"advance": advance}).encode()
    assert server.request("POST", "/_local/clock", body)[0] == 200
    _, _, sent = server.request("GET", "/_local/outbox")
    return Counter(email["to"] for email in json.loads(sent))


def test_a_holdout_of_30_percent_through_make_run(tmp_path: Path) -> None:
    with local_server(tmp_path, KURV_SWEEP_SECONDS="3600", KURV_FRESH="1") as server:
        kurv(tmp_path, "shop", "update", "demo", "--holdout", "30", "--series-window-days", "1")
        assert "30 % of customers get no email" in kurv(tmp_path, "shop", "show", "demo")
        # And an experiment among the emailed: half of them get their first email at 2 h.
        kurv(
            tmp_path,
            "experiment",
            "start",
            "--shop",
            "demo",
            "--name",
            "later",
            "--series",
            "2h,24h,72h",
        )
        carts(server, "a")
        emailed(server, HOUR)
        emailed(server, HOUR)  # the experiment's variant: 2 h
        emailed(server, 22 * HOUR)
        first = emailed(server, 3 * DAY)  # the whole series: 1 h, 24 h, 72 h

        held_out = {n for n in range(CUSTOMERS) if first[address(n)] == 0}
        treated = set(range(CUSTOMERS)) - held_out
        # Bin(24, 0.3): 7.2 expected; 4 standard deviations (2.2 each) either side.
        assert 1 <= len(held_out) <= 16
        assert all(first[address(n)] == 3 for n in treated)

        # Their next carts, after the series window: the same customers held out.
        carts(server, "b")
        emailed(server, HOUR)
        emailed(server, HOUR)
        emailed(server, 22 * HOUR)
        second = emailed(server, 3 * DAY)
        assert {n for n in range(CUSTOMERS) if second[address(n)] == first[address(n)]} == held_out

        # Orders: held-out and emailed customers buy, on their cart or on another device.
        control, emails = sorted(held_out), sorted(treated)
        orders: list[dict[str, Any]] = []
        paid: dict[int, str] = {}
        for n in control[:2] + emails[:6]:  # on the cart that became due last
            orders.append(
                {
                    "type": "order.completed",
                    "cart_id": f"b{n}",
                    "order_id": f"o{n}",
                    "total": "30.00",
                }
            )
            paid[n] = "30.00"
        for n in control[2:3] + emails[6:8]:  # on a new cart, naming the buyer
            orders.append(
                {
                    "type": "order.completed",
                    "cart_id": f"phone{n}",
                    "order_id": f"p{n}",
                    "total": "45.50",
                    "email": address(n),
                }
            )
            paid[n] = "45.50"
        post(server, orders)
        emailed(server, 60)

        report = json.loads(kurv(tmp_path, "report", "--shop", "demo", "--days", "30", "--json"))
        found = report["holdout"]
        status = json.loads(kurv(tmp_path, "experiment", "status", "--shop", "demo", "--json"))

    def direct(numbers: list[int]) -> Group:
        revenue = sum((Decimal(paid[n]) for n in numbers if n in paid), Decimal(0))
        # Two carts each (a, b); an order counts once, for the cart that became due last.
        return Group(2 * len(numbers), sum(n in paid for n in numbers), {"EUR": revenue})

    truth = {"control": direct(control), "treated": direct(emails)}
    assert_holdout_counted(found, truth, 30)
    # The experiment splits the emailed carts and their orders between its two arms.
    arms = (status["current"], status["variant"])
    assert all(arm["carts"] > 0 for arm in arms)
    assert sum(arm["carts"] for arm in arms) == truth["treated"].carts
    assert sum(arm["orders"] for arm in arms) == truth["treated"].orders
    assert report["experiments"]["later"]["variant"] == status["variant"]
