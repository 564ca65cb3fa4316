"""The X-Ray SDK is loaded only where tracing is on: it costs ~100 ms of a cold start."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kurv_tools.building.imports import LAYER

PROBE = """
import sys
from kurv.core.observability import traced

def handler(event, context):
    return event

wrapped = traced(handler)
print(wrapped is handler, "aws_xray_sdk" in sys.modules)
"""


def probe(disabled: str | None) -> str:
    environment = {"PYTHONPATH": str(LAYER.parent), "POWERTOOLS_SERVICE_NAME": "sweep"}
    if disabled is not None:
        environment["POWERTOOLS_TRACE_DISABLED"] = disabled
    environment["PATH"] = os.environ.get("PATH", "")
    result = subprocess.run(  # noqa: S603 (our own interpreter, our own probe)
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, env=environment
    )
    return result.stdout.strip()


@pytest.mark.parametrize("disabled", ["true", "1", "TRUE"])
def test_with_tracing_off_the_handler_is_itself_and_no_sdk_is_loaded(disabled: str) -> None:
    assert probe(disabled) == "True False"


@pytest.mark.parametrize("disabled", [None, "false"])
def test_with_tracing_on_the_handler_is_traced(disabled: str | None) -> None:
    assert probe(disabled) == "False True"
