"""The dashboard and the per-function alarms, read from the template: every function is
watched for errors and throttles, and every figure the dashboard draws is one the code
publishes (a misspelt metric is an empty graph nobody notices)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from kurv.observability import Metric
from kurv_tools.template import load_template, resources


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


def dashboard(template: dict[str, Any]) -> dict[str, Any]:
    body = template["Resources"]["Dashboard"]["Properties"]["DashboardBody"]["Fn::Sub"]
    # ${Name} and ${Name.Attribute} become strings, as CloudFormation will substitute them.
    parsed: dict[str, Any] = json.loads(re.sub(r"\$\{([^}]+)\}", r"SUB:\1", body))
    return parsed


def test_the_dashboard_is_valid_json_naming_only_what_exists(template: dict[str, Any]) -> None:
    widgets = dashboard(template)["widgets"]
    references = set(re.findall(r"SUB:([A-Za-z]+)", json.dumps(widgets))) - {"AWS"}

    assert references <= set(template["Resources"])  # no reference to a missing resource
    for name in references:
        # Conditional resources (the replies function) cannot be on an unconditional page.
        assert "Condition" not in template["Resources"][name], name


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
