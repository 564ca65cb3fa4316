"""The X-Ray SDK is loaded only where tracing is on: it costs ~100 ms of a cold start."""

from __future__ import annotations

import os
import subprocess
import sys
from functools import cache

import pytest

from kurv_tools.building.imports import LAYER

# One interpreter: the handler wrapped under each setting of POWERTOOLS_TRACE_DISABLED in
# turn, the ones that switch tracing off first, and after each whether the SDK is loaded.
PROBE = """
import os, sys
from kurv.core.observability import traced

def handler(event, context):
    return event

for setting in sys.argv[1:]:
    if setting == "unset":
        os.environ.pop("POWERTOOLS_TRACE_DISABLED", None)
    else:
        os.environ["POWERTOOLS_TRACE_DISABLED"] = setting
    wrapped = traced(handler)
    print(setting, wrapped is handler, "aws_xray_sdk" in sys.modules)
"""
OFF = ["true", "1", "TRUE"]
ON = ["unset", "false"]


@cache
def probed() -> dict[str, str]:
    environment = {
        "PYTHONPATH": str(LAYER.parent),
        "POWERTOOLS_SERVICE_NAME": "sweep",
        "PATH": os.environ.get("PATH", ""),
    }
    result = subprocess.run(  # noqa: S603 (our own interpreter, our own probe)
        [sys.executable, "-c", PROBE, *OFF, *ON],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    )
    return dict(line.split(" ", 1) for line in result.stdout.splitlines())


@pytest.mark.parametrize("disabled", OFF)
def test_with_tracing_off_the_handler_is_itself_and_no_sdk_is_loaded(disabled: str) -> None:
    assert probed()[disabled] == "True False"


@pytest.mark.parametrize("disabled", ON)
def test_with_tracing_on_the_handler_is_traced(disabled: str) -> None:
    assert probed()[disabled] == "False True"
