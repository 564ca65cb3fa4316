"""The dashboard and the alarms draw what the functions really publish.

CloudWatch names a metric by its namespace, name and every dimension with its value: a graph
of `Bounces` with no dimension stays empty when the code publishes `Bounces` with
`service=feedback`. So this test runs a whole day of the loop with Powertools' metrics on,
each function under the service name template.yaml gives it, reads the EMF records they print
(what CloudWatch turns into metrics), and checks each Kurv line of the dashboard and each
alarm on a Kurv metric against them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest

from helpers import Api, a_busy_day, advance, cart_updated, contact, make_shop, reply_to
from kurv.core import observability
from kurv.core.clock import DAY, HOUR
from kurv.core.model import CartGroup
from kurv.recover.holdout import group_for
from kurv.replies.replying import FORWARDS_PER_CART_PER_DAY
from kurv_tools.building.template import dashboard, load_template, resources
from kurv_tools.local.inbound import receive
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack
from kurv_tools.measure import costs

Published = set[tuple[str, frozenset[tuple[str, str]]]]  # (metric, {(dimension, value)})


def service_names(template: dict[str, Any]) -> dict[str, str]:
    """functions/<name>/ -> the POWERTOOLS_SERVICE_NAME it runs with, as deployed."""
    found = {}
    for function in resources(template, "AWS::Serverless::Function").values():
        props = function["Properties"]
        name = props["CodeUri"].strip("/").rsplit("/", 1)[-1]
        found[name] = props["Environment"]["Variables"]["POWERTOOLS_SERVICE_NAME"]
    return found


@pytest.fixture
def emf(
    stack: LocalStack, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[[], Published]:
    """Metrics on, each invocation under its function's service name; returns a reader of
    every metric printed so far."""
    services = service_names(load_template())
    monkeypatch.setattr(observability, "_DISABLED", False)
    monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", "false")
    invoke = stack.invoke

    def as_deployed(function: str, event: dict[str, Any]) -> Any:
        monkeypatch.setenv("POWERTOOLS_SERVICE_NAME", services[function])
        monkeypatch.setattr(observability.metrics, "service", services[function])
        return invoke(function, event)

    monkeypatch.setattr(stack, "invoke", as_deployed)
    printed: list[str] = []

    def published() -> Published:
        printed.extend(capsys.readouterr().out.splitlines())
        found: Published = set()
        for line in printed:
            record = json.loads(line) if line.startswith("{") else {}
            for directive in record.get("_aws", {}).get("CloudWatchMetrics", []):
                assert directive["Namespace"] == "Kurv"
                for dimensions in directive["Dimensions"]:
                    key = frozenset((name, str(record[name])) for name in dimensions)
                    found |= {(metric["Name"], key) for metric in directive["Metrics"]}
        return found

    return published


def dashboard_lines(template: dict[str, Any]) -> list[list[Any]]:
    parsed = dashboard(template, conditions=frozenset({"ReceivesReplies"}))
    return [line for widget in parsed["widgets"] for line in widget["properties"]["metrics"]]


@pytest.fixture
def a_day(emf: Callable[[], Published], api: Api, loop: LocalLoop, stack: LocalStack) -> Published:
    """Carts that buy after a click, opt out, answer, bounce, complain, or wait through the
    whole series; then what the functions published."""
    a_busy_day(
        api,
        loop,
        stack,
        ("complains", "complaint@simulator.amazonses.com"),
        ("waits", "mary@example.com"),
    )
    held_out_buyer(api, loop, stack)
    for _ in range(7):  # the rest of the series for the one who waits
        advance(loop, DAY)
    return emf()


def held_out_buyer(api: Api, loop: LocalLoop, stack: LocalStack) -> None:
    """A customer of the shop's holdout (now 50 %) who gets no email and buys all the same."""
    shop = make_shop(stack, holdout_percent=50)
    address = next(
        f"held{n}@example.com"
        for n in range(1000)
        if group_for(shop.shop_id, stack.address_key.hash(f"held{n}@example.com"), 50)
        is CartGroup.CONTROL
    )
    api.post(contact("held", email=address))
    api.post(cart_updated("held"))
    advance(loop, HOUR)
    order = {"type": "order.completed", "cart_id": "held", "order_id": "o-held", "total": "9.00"}
    assert api.post(order).status == 202


def test_every_kurv_line_on_the_dashboard_is_a_metric_the_code_publishes(
    a_day: Published,
) -> None:
    template = load_template()
    drawn = 0
    for line in dashboard_lines(template):
        if line[0] == "Kurv":
            name, pairs = line[1], [part for part in line[2:] if isinstance(part, str)]
            key = frozenset(zip(pairs[::2], pairs[1::2], strict=True))
            assert (name, key) in a_day, f"{name} {dict(key)}: nothing publishes it"
            drawn += 1
        elif "expression" in line[0] and "SEARCH" not in line[0]["expression"]:
            # Math over the widget's own lines: every id it names is one of them.
            ids = {
                part.get("id")
                for other in dashboard_lines(template)
                for part in other
                if isinstance(part, dict)
            }
            assert set(re.findall(r"[a-z]\w*", line[0]["expression"])) <= ids, line[0]
        elif "expression" in line[0]:
            schema = re.search(r"\{Kurv,([^}]*)\} MetricName=\"(\w+)\"", line[0]["expression"])
            assert schema, line[0]["expression"]
            wanted = set(schema.group(1).split(","))
            assert any(
                name == schema.group(2) and {dimension for dimension, _ in key} == wanted
                for name, key in a_day
            ), f"{schema.group(0)}: nothing publishes it"
            drawn += 1
    assert drawn >= 12  # the business figures, per step and per currency included


def test_each_step_and_the_recovered_revenue_are_published_as_the_report_counts_them(
    a_day: Published,
) -> None:
    steps = {dict(key).get("step") for name, key in a_day if name == "EmailsSent"}
    assert steps == {"1", "2", "3"}
    revenue = {dict(key).get("currency") for name, key in a_day if name == "RecoveredRevenue"}
    assert revenue == {"EUR"}


def test_every_alarm_on_a_kurv_metric_watches_one_the_code_publishes(
    emf: Callable[[], Published], loop: LocalLoop, stack: LocalStack
) -> None:
    # A sweep reports its backlog; a storefront contact over the hourly cap is held; a
    # reply past its cart's daily allowance of forwards is kept, not forwarded.
    api = Api(stack, make_shop(stack, browser_contacts_per_hour=1))
    for n in range(2):
        api.browser_post(contact(f"c{n}", email=f"c{n}@example.com"))
    api.post(contact("signed", email="ada@example.com"))
    api.post(cart_updated("signed"))
    (email,) = [sent for sent in advance(loop, HOUR) if sent["to"] == "ada@example.com"]
    for n in range(FORWARDS_PER_CART_PER_DAY + 1):
        receive(stack, reply_to(email, f"Reply {n}", **{"Message-ID": f"<{n}@mail.example>"}))
    published = emf()

    alarms = [
        alarm["Properties"]
        for alarm in resources(load_template(), "AWS::CloudWatch::Alarm").values()
        if alarm["Properties"].get("Namespace") == "Kurv"
    ]
    assert alarms
    for alarm in alarms:
        key = frozenset((d["Name"], d["Value"]) for d in alarm.get("Dimensions", []))
        assert (alarm["MetricName"], key) in published, f"{alarm['MetricName']} {dict(key)}"


def test_an_idle_stack_publishes_only_the_sweeps_own_figures(
    emf: Callable[[], Published], loop: LocalLoop, stack: LocalStack
) -> None:
    """What the idle monthly cost in `make bench` and the guide counts: CloudWatch bills a
    metric for the hours it is published in, and with no traffic only the sweep publishes."""
    for _ in range(3):
        stack.clock.advance(60)
        loop.run_due()

    published = emf()

    assert {name for name, _ in published} == set(costs.IDLE_METRICS)
    assert {dict(key)["service"] for _, key in published} == {"sweep"}
