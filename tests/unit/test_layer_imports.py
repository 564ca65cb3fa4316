"""The common layer's shape: only the modules that talk to AWS import its SDK, the decisions
and the renderer load no SDK at all, and no two modules import each other round a cycle."""

from __future__ import annotations

import subprocess
import sys
from graphlib import CycleError, TopologicalSorter

import pytest

from kurv_tools.imports import LAYER, layer_imports

# Each of these makes AWS calls (or classifies their errors) and may import boto3/botocore.
TALKS_TO_AWS = {
    "aws",
    "dynamo",
    "cart_store",
    "claims",
    "suppressions",
    "shop_store",
    "reply_store",
    "mailer",
}
# Values and rules: importing any of these must not load an AWS SDK, directly or through others.
PURE = [
    "model",
    "expressions",
    "decisions",
    "cart_updates",
    "events",
    "shops",
    "render",
    "content",
    "tokens",
    "locales",
    "errors",
    "clock",
    "settings",
    "inbound",
    "quotes",
    "reasons",
]


def test_only_the_modules_that_talk_to_aws_import_its_sdk() -> None:
    importers = {module.name for module in layer_imports().values() if module.sdk}

    assert importers <= TALKS_TO_AWS
    assert "dynamo" in importers  # the check sees a real import when there is one


def sdk_loaded_by(module: str) -> list[str]:
    """The AWS SDK packages a fresh interpreter has loaded after importing kurv.<module>."""
    probe = (
        f"import sys; import kurv.{module}; "
        "print(','.join(sorted(m for m in ('boto3', 'botocore') if m in sys.modules)))"
    )
    result = subprocess.run(  # noqa: S603 (our own interpreter, our own probe)
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(LAYER.parent)},
    )
    return [name for name in result.stdout.strip().split(",") if name]


@pytest.mark.parametrize("name", PURE)
def test_importing_a_pure_module_loads_no_aws_sdk(name: str) -> None:
    assert sdk_loaded_by(name) == []


def test_the_probe_sees_an_sdk_when_one_is_loaded() -> None:
    assert sdk_loaded_by("dynamo") == ["boto3", "botocore"]


def test_module_level_imports_have_no_cycle() -> None:
    graph = {module.name: module.kurv for module in layer_imports().values()}
    try:
        order = list(TopologicalSorter(graph).static_order())
    except CycleError as error:
        pytest.fail(f"import cycle: {error.args[1]}")

    assert order.index("model") < order.index("decisions") < order.index("sending")
