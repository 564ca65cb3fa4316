"""Reads template.yaml, so the local stack and the tests use the deployed definitions."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_PATH = REPO_ROOT / "template.yaml"

# Logical id in template.yaml -> the environment variable the functions read its name from.
TABLE_SETTINGS = {
    "CartsTable": "KURV_CARTS_TABLE",
    "ShopsTable": "KURV_SHOPS_TABLE",
    "SuppressionsTable": "KURV_SUPPRESSIONS_TABLE",
}


class _CloudFormationLoader(yaml.SafeLoader):
    """YAML with CloudFormation's short tags (!Ref, !Sub, !GetAtt ...) read as plain data."""


def _tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> dict[str, Any]:
    name = "Ref" if suffix == "Ref" else f"Fn::{suffix}"
    value: Any
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
        if suffix == "GetAtt":
            value = value.split(".", 1)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
    return {name: value}


_CloudFormationLoader.add_multi_constructor("!", _tag)  # type: ignore[no-untyped-call]


@lru_cache(maxsize=4)
def load_template(path: Path = TEMPLATE_PATH) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        template: dict[str, Any] = yaml.load(handle, Loader=_CloudFormationLoader)  # noqa: S506
        return template


def resources(template: dict[str, Any], kind: str) -> dict[str, dict[str, Any]]:
    return {
        name: resource
        for name, resource in template["Resources"].items()
        if resource.get("Type") == kind
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


def stream_filter_patterns(function: str) -> list[dict[str, Any]]:
    """The FilterCriteria patterns of a function's DynamoDB event, as parsed JSON."""
    events = load_template()["Resources"][function]["Properties"]["Events"]
    for event in events.values():
        if event["Type"] == "DynamoDB":
            filters = event["Properties"].get("FilterCriteria", {}).get("Filters", [])
            return [json.loads(item["Pattern"]) for item in filters]
    raise LookupError(f"{function} has no DynamoDB event in template.yaml")
