"""Reads template.yaml, so the local stack and the tests use the deployed definitions."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import yaml

if TYPE_CHECKING:
    from moto.events.utils import EventMessageType

REPO_ROOT = Path(__file__).resolve().parents[3]
TEMPLATE_PATH = REPO_ROOT / "template.yaml"

# Logical id in template.yaml -> the environment variable the functions read its name from.
TABLE_SETTINGS = {
    "CartsTable": "KURV_CARTS_TABLE",
    "ShopsTable": "KURV_SHOPS_TABLE",
    "SuppressionsTable": "KURV_SUPPRESSIONS_TABLE",
    "RepliesTable": "KURV_REPLIES_TABLE",
    "StatsTable": "KURV_STATS_TABLE",
}


@lru_cache(maxsize=4)
def load_template(path: Path = TEMPLATE_PATH) -> dict[str, Any]:
    """template.yaml as plain data, short tags as their long form (``!Ref X`` is
    ``{"Ref": "X"}``, ``!GetAtt A.B`` is ``{"Fn::GetAtt": ["A", "B"]}``, ``!Sub s`` is
    ``{"Fn::Sub": "s"}``), as CloudFormation reads them. PyYAML's safe loader, not cfn-lint's
    decoder: the same data, without half a second of imports in every `make run`
    (tests/unit/test_template.py compares the two)."""
    with path.open(encoding="utf-8") as source:
        template: dict[str, Any] = yaml.load(source, Loader=_TemplateLoader)  # noqa: S506 (safe)
    return template


class _TemplateLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML's safe loader, with CloudFormation's short tags."""


def _short_tag(loader: yaml.SafeLoader, tag: str, node: yaml.Node) -> dict[str, Any]:
    name = tag if tag in ("Ref", "Condition") else f"Fn::{tag}"
    value: Any
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
        if tag == "GetAtt":  # "Resource.Attribute", the attribute may have dots of its own
            value = value.split(".", 1)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
    return {name: value}


_TemplateLoader.add_multi_constructor("!", _short_tag)


def resources(template: dict[str, Any], kind: str) -> dict[str, dict[str, Any]]:
    return {
        name: resource
        for name, resource in template["Resources"].items()
        if resource.get("Type") == kind
    }


# What the pseudo parameters stand for when a test resolves the template.
PSEUDO_PARAMETERS = {
    "AWS::Partition": "aws",
    "AWS::Region": "eu-west-1",
    "AWS::AccountId": "123456789012",
    "AWS::URLSuffix": "amazonaws.com",
    "AWS::StackName": "kurv",
}
_SUB_VARIABLE = re.compile(r"\$\{(!?)([^}]*)\}")


def resolve(value: Any, parameters: dict[str, Any]) -> Any:
    """`value` as CloudFormation makes it, for the intrinsics the policies use (Ref, Fn::Sub,
    Fn::Join, Fn::Split, Fn::Select, Fn::GetAtt), given the stack's `parameters`. A resource
    stands for itself: Ref X is "X", X's attribute A is "X.A"."""
    if isinstance(value, list):
        return [resolve(item, parameters) for item in value]
    if not isinstance(value, dict) or len(value) != 1:
        return value
    [(function, argument)] = value.items()
    if function not in _INTRINSICS:
        return {function: resolve(argument, parameters)}
    return _INTRINSICS[function](argument, parameters)


def _sub(argument: Any, parameters: dict[str, Any]) -> str:
    text, variables = (argument, {}) if isinstance(argument, str) else argument
    known = {name: resolve(given, parameters) for name, given in variables.items()}

    def substitute(found: re.Match[str]) -> str:
        literal, name = found.groups()
        if literal:
            return "${" + name + "}"
        return str(known[name] if name in known else resolve({"Ref": name}, parameters))

    return _SUB_VARIABLE.sub(substitute, text)


_INTRINSICS: dict[str, Callable[[Any, dict[str, Any]], Any]] = {
    "Ref": lambda name, parameters: parameters.get(name, PSEUDO_PARAMETERS.get(name, name)),
    "Fn::GetAtt": lambda names, _: ".".join(names),
    "Fn::Join": lambda argument, parameters: argument[0].join(
        str(item) for item in resolve(argument[1], parameters)
    ),
    "Fn::Split": lambda argument, parameters: str(resolve(argument[1], parameters)).split(
        argument[0]
    ),
    "Fn::Select": lambda argument, parameters: resolve(argument[1], parameters)[int(argument[0])],
    "Fn::Sub": _sub,
}


def create_table_requests(names: dict[str, str]) -> list[tuple[dict[str, Any], str | None]]:
    """CreateTable requests for the template's tables, named locally, with each TTL attribute."""
    requests = []
    for logical_id, table in resources(load_template(), "AWS::DynamoDB::Table").items():
        props = table["Properties"]
        request: dict[str, Any] = {
            "TableName": names[logical_id],
            "AttributeDefinitions": props["AttributeDefinitions"],
            "KeySchema": props["KeySchema"],
            "BillingMode": props.get("BillingMode", "PAY_PER_REQUEST"),
        }
        if "GlobalSecondaryIndexes" in props:
            request["GlobalSecondaryIndexes"] = props["GlobalSecondaryIndexes"]
        if "StreamSpecification" in props:
            request["StreamSpecification"] = {"StreamEnabled": True, **props["StreamSpecification"]}
        ttl = props.get("TimeToLiveSpecification", {})
        requests.append((request, ttl.get("AttributeName") if ttl.get("Enabled") else None))
    return requests


def stream_filter_patterns(function: str) -> list[str]:
    """The FilterCriteria patterns of a function's DynamoDB event, as written (JSON text)."""
    events = load_template()["Resources"][function]["Properties"]["Events"]
    for event in events.values():
        if event["Type"] == "DynamoDB":
            filters = event["Properties"].get("FilterCriteria", {}).get("Filters", [])
            return [str(item["Pattern"]) for item in filters]
    raise LookupError(f"{function} has no DynamoDB event in template.yaml")


def stream_filter(function: str) -> Callable[[dict[str, Any]], bool]:
    """Which stream records Lambda hands `function`: any of its filters matches (none: all).

    Lambda's filter syntax is EventBridge's event-pattern syntax; moto's EventBridge matcher
    applies it to the record as Lambda shapes it.
    """
    from moto.events.models import EventPattern

    patterns = [EventPattern.load(pattern) for pattern in stream_filter_patterns(function)]

    def delivered(record: dict[str, Any]) -> bool:
        # The matcher is typed for EventBridge events; a stream record is matched the same way.
        event = cast("EventMessageType", record)
        return not patterns or any(pattern.matches_event(event) for pattern in patterns)

    return delivered


class _NoManagedPolicies:
    """samtranslator asks IAM for managed policy ARNs; our template uses none."""

    def load(self) -> dict[str, str]:
        return {}


def transformed(template: dict[str, Any]) -> dict[str, Any]:
    """The template as CloudFormation receives it from SAM (code URIs made up)."""
    import copy
    import os

    from samtranslator.translator.transform import transform

    template = copy.deepcopy(template)
    for resource in template["Resources"].values():
        props = resource.get("Properties", {})
        for key in ("CodeUri", "ContentUri"):
            if isinstance(props.get(key), str):
                props[key] = f"s3://kurv-artifacts/{props[key].strip('/')}.zip"
    # samtranslator wants some region; one is lent for the call, never left behind.
    lent = "AWS_DEFAULT_REGION" not in os.environ
    if lent:
        os.environ["AWS_DEFAULT_REGION"] = "eu-west-1"
    try:
        result: dict[str, Any] = transform(template, {}, _NoManagedPolicies())
    finally:
        if lent:
            os.environ.pop("AWS_DEFAULT_REGION", None)
    return result


def dashboard(template: dict[str, Any], *, conditions: frozenset[str]) -> dict[str, Any]:
    """The Dashboard's body as CloudFormation renders it when `conditions` hold (the others do
    not): its Fn::Sub variables chosen by their Fn::If, and each ${Resource} or
    ${Resource.Attribute} left as the string "SUB:Resource", to see what it names."""
    sub = template["Resources"]["Dashboard"]["Properties"]["DashboardBody"]["Fn::Sub"]
    body, variables = (sub, {}) if isinstance(sub, str) else (sub[0], sub[1])
    for name, given in variables.items():
        chosen = given
        if isinstance(given, dict) and "Fn::If" in given:
            condition, when_true, when_false = given["Fn::If"]
            chosen = when_true if condition in conditions else when_false
        text = chosen["Fn::Sub"] if isinstance(chosen, dict) else chosen
        body = body.replace("${" + name + "}", text)
    parsed: dict[str, Any] = json.loads(re.sub(r"\$\{([^}]+)\}", r"SUB:\1", body))
    return parsed
