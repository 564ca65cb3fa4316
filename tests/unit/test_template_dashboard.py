"""The dashboard and the per-function alarms, read from the template: every function is
watched for errors and throttles, and every figure the dashboard draws is one the code
publishes (a misspelt metric is an empty graph nobody notices)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from kurv.core.observability import Metric
from kurv_tools.building.template import dashboard as template_dashboard
from kurv_tools.building.template import load_template, resources


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return load_template()


def alarm_on(template: dict[str, Any], metric: str, function: str) -> dict[str, Any] | None:
    for resource in resources(template, "AWS::CloudWatch::Alarm").values():
        props = resource["Properties"]
        dims = props.get("Dimensions", [])
        if (
            props.get("Namespace") == "AWS/Lambda"
            and props.get("MetricName") == metric
            and any(dim["Value"] == {"Ref": function} for dim in dims)
        ):
            return resource
    return None


@pytest.mark.parametrize("metric", ["Errors", "Throttles"])
def test_every_function_is_watched(template: dict[str, Any], metric: str) -> None:
    for name, function in resources(template, "AWS::Serverless::Function").items():
        alarm = alarm_on(template, metric, name)
        assert alarm is not None, f"{name} has no {metric} alarm"
        # A function that exists only with a condition has its alarm under the same one.
        assert alarm.get("Condition") == function.get("Condition"), name
        assert alarm["Properties"]["AlarmActions"] == [{"Ref": "AlarmTopic"}]


def dashboard(template: dict[str, Any], *, replies: bool = False) -> dict[str, Any]:
    return template_dashboard(
        template, conditions=frozenset({"ReceivesReplies"} if replies else ())
    )


@pytest.mark.parametrize("replies", [False, True], ids=["without-replies", "with-replies"])
def test_the_dashboard_is_valid_json_naming_only_what_exists(
    template: dict[str, Any], replies: bool
) -> None:
    widgets = dashboard(template, replies=replies)["widgets"]
    references = set(re.findall(r"SUB:([A-Za-z]+)", json.dumps(widgets))) - {"AWS"}

    assert references <= set(template["Resources"])  # no reference to a missing resource
    for name in references:
        # A conditional resource is named only where its condition holds.
        condition = template["Resources"][name].get("Condition")
        assert condition is None or (replies and condition == "ReceivesReplies"), name


def test_with_replies_the_page_watches_the_replies_function_too(
    template: dict[str, Any],
) -> None:
    def watched(page: dict[str, Any]) -> set[str]:
        return {
            str(part)
            for widget in page["widgets"]
            for line in widget["properties"]["metrics"]
            for part in line
            if str(part).startswith("SUB:")
        }

    added = watched(dashboard(template, replies=True)) - watched(dashboard(template))
    assert added == {"SUB:RepliesFunction", "SUB:ReplyFailureQueue.QueueName"}
    functions = resources(template, "AWS::Serverless::Function")
    every = {f"SUB:{name}" for name in functions}
    assert every <= watched(dashboard(template, replies=True))  # each function, errors included


def test_every_kurv_figure_on_the_dashboard_is_published(template: dict[str, Any]) -> None:
    published = {metric.value for metric in Metric}
    drawn = [
        line[1]
        for widget in dashboard(template)["widgets"]
        for line in widget["properties"]["metrics"]
        if line[0] == "Kurv"
    ]

    assert drawn
    assert set(drawn) <= published


def test_the_dashboard_shows_business_and_operations(template: dict[str, Any]) -> None:
    titles = [widget["properties"]["title"] for widget in dashboard(template)["widgets"]]

    assert any("Business" in title for title in titles)
    assert {"Errors per function", "Throttles per function"} <= set(titles)
    assert any("Failure queues" in title for title in titles)
