"""The common layer's shape: a flow imports core and itself, never another flow; only the
modules that talk to AWS import its SDK, the decisions and the renderer load no SDK at all,
and no two modules import each other round a cycle."""

from __future__ import annotations

import copy
import subprocess
import sys
from functools import cache
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

from kurv_tools.building.imports import FLOWS, LAYER, ModuleImports, crossings
from kurv_tools.building.imports import layer_imports as scan


@cache
def scanned() -> dict[str, ModuleImports]:
    return scan()


def layer_imports() -> dict[str, ModuleImports]:
    """The layer's imports, scanned once per run; a copy each caller may change."""
    return copy.deepcopy(scanned())


# Each of these makes AWS calls (or classifies their errors) and may import boto3/botocore.
TALKS_TO_AWS = {
    "core.aws",
    "core.dynamo",
    "core.shop_store",
    "core.suppressions",
    "core.stats_store",
    "core.mailer",
    "track.cart_store",
    "recover.claims",
    "replies.reply_store",
    "privacy.request_log",
}
# Values and rules: importing any of these must not load an AWS SDK, directly or through others.
PURE = [
    "core.model",
    "core.expressions",
    "core.shops",
    "core.render",
    "core.links",
    "core.consent",
    "core.addresses",
    "core.figures",
    "feedback.ses_events",
    "core.tokens",
    "core.locales",
    "core.errors",
    "core.clock",
    "core.settings",
    "core.text",
    "core.people",
    "core.privacy",
    "recover.decisions",
    "recover.content",
    "track.cart_updates",
    "track.events",
    "track.shopify",
    "track.woocommerce",
    "replies.inbound",
    "replies.forward",
    "replies.attachments",
    "replies.mime",
    "replies.charsets",
    "replies.verdicts",
    "replies.quotes",
    "replies.reasons",
    "replies.why_left",
    "stats.counting",
]


def test_only_the_modules_that_talk_to_aws_import_its_sdk() -> None:
    importers = {module.name for module in layer_imports().values() if module.sdk}

    assert importers <= TALKS_TO_AWS
    assert "core.dynamo" in importers  # the check sees a real import when there is one


# A fresh interpreter imports kurv.<name> for each name in turn, and says after each which
# SDK packages are loaded; it stops at the first that loaded one (anything after it would
# be blamed for what that one loaded).
PROBE = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module("kurv." + name)
    loaded = [sdk for sdk in ("boto3", "botocore") if sdk in sys.modules]
    print(name, ",".join(loaded))
    if loaded:
        break
"""


def sdk_loaded_by(modules: list[str]) -> dict[str, list[str]]:
    """The AWS SDK packages importing each kurv.<module> loads, as in a fresh interpreter:
    one interpreter for the lot while none loads one, a fresh one after each that does."""
    loaded: dict[str, list[str]] = {}
    while rest := [module for module in modules if module not in loaded]:
        result = subprocess.run(  # noqa: S603 (our own interpreter, our own probe)
            [sys.executable, "-c", PROBE, *rest],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONPATH": str(LAYER.parent)},
        )
        for line in result.stdout.splitlines():
            name, _, sdks = line.partition(" ")
            loaded[name] = [sdk for sdk in sdks.split(",") if sdk]
    return loaded


@cache
def sdk_loaded_by_pure_modules() -> dict[str, list[str]]:
    return sdk_loaded_by(PURE)


@pytest.mark.parametrize("name", PURE)
def test_importing_a_pure_module_loads_no_aws_sdk(name: str) -> None:
    assert sdk_loaded_by_pure_modules()[name] == []


def test_the_probe_sees_an_sdk_when_one_is_loaded() -> None:
    assert sdk_loaded_by(["core.model", "core.dynamo", "core.clock"]) == {
        "core.model": [],
        "core.dynamo": ["boto3", "botocore"],
        "core.clock": [],  # judged in an interpreter of its own, after core.dynamo's
    }


def test_module_level_imports_have_no_cycle() -> None:
    graph = {module.name: module.kurv for module in layer_imports().values()}
    try:
        order = list(TopologicalSorter(graph).static_order())
    except CycleError as error:
        pytest.fail(f"import cycle: {error.args[1]}")

    assert order.index("core.model") < order.index("recover.decisions")
    assert order.index("recover.decisions") < order.index("recover.sending")


def test_the_layer_is_folders_of_flows_around_a_core() -> None:
    folders = {path.name for path in LAYER.iterdir() if (path / "__init__.py").is_file()}
    loose = {path.stem for path in LAYER.glob("*.py")} - {"__init__", "wiring"}

    assert folders == {"core", *FLOWS}
    assert loose == set()  # every module lives in core or a flow; wiring composes them


def test_no_flow_imports_another_flow_and_core_imports_none() -> None:
    assert crossings(layer_imports()) == []


@pytest.mark.parametrize(
    ("importer", "imported"),
    [("recover.sending", "track.cart_store"), ("core.model", "replies.inbound")],
)
def test_the_flow_rule_sees_a_crossing_of_any_kind(importer: str, imported: str) -> None:
    for kind in ("kurv", "kurv_lazy", "kurv_typing"):
        modules = layer_imports()
        getattr(modules[importer], kind).add(imported)

        assert crossings(modules) == [(importer, imported)], kind


def test_the_scanner_resolves_every_form_of_import(tmp_path: Path) -> None:
    package = tmp_path / "kurv"
    for folder in ("core", "track"):
        (package / folder).mkdir(parents=True)
        (package / folder / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "core" / "model.py").write_text("")
    (package / "track" / "links.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "from kurv.core import model\n"
        "from kurv import COPY\n"
        "if TYPE_CHECKING:\n"
        "    from kurv.core.model import Cart\n"
        "def f():\n"
        "    import kurv.core.model\n"
    )

    found: ModuleImports = scan(package)["track.links"]

    assert found.kurv == {"core.model", "kurv"}
    assert found.kurv_typing == {"core.model"}
    assert found.kurv_lazy == {"core.model"}


# What each function's cold start loads of the layer: its own flow and core, nothing more.
OWN_FLOW = {
    "track": "track",
    "sweep": "recover",
    "send": "recover",
    "replies": "replies",
    "feedback": "feedback",
    "stats": "stats",
    "privacy": "privacy",
}


# One interpreter loads each function's app.py in turn, as Lambda would, and says which
# flows of the layer are loaded; between functions it forgets every kurv module, so each
# is judged alone (the libraries stay loaded: they are not what is judged).
FUNCTION_PROBE = """
import importlib.util, sys
for function, path in zip(sys.argv[1::2], sys.argv[2::2]):
    for name in [name for name in sys.modules if name == "kurv" or name.startswith("kurv.")]:
        del sys.modules[name]
    spec = importlib.util.spec_from_file_location("app_" + function, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    flows = {name.split(".")[1] for name in sys.modules if name.startswith("kurv.")}
    print(function, ",".join(sorted(flows)))
"""


@cache
def flows_loaded_by_functions() -> dict[str, set[str]]:
    functions = LAYER.parents[2] / "functions"
    arguments = [
        part for name in sorted(OWN_FLOW) for part in (name, str(functions / name / "app.py"))
    ]
    result = subprocess.run(  # noqa: S603 (our own interpreter, our own probe)
        [sys.executable, "-c", FUNCTION_PROBE, *arguments],
        capture_output=True,
        text=True,
        check=True,
        env={
            "PYTHONPATH": str(LAYER.parent),
            "POWERTOOLS_SERVICE_NAME": "probe",
            "POWERTOOLS_TRACE_DISABLED": "true",
        },
    )
    loaded = {}
    for line in result.stdout.splitlines():
        function, _, flows = line.partition(" ")
        loaded[function] = {flow for flow in flows.split(",") if flow in FLOWS}
    return loaded


@pytest.mark.parametrize("function", sorted(OWN_FLOW))
def test_a_function_loads_only_its_own_flow(function: str) -> None:
    # send no longer loads the tracking write path (links -> cart_store -> events) it did.
    assert flows_loaded_by_functions()[function] == {OWN_FLOW[function]}
