"""`make run FRESH=1` reaches the local stack as KURV_FRESH, and `make help` says so."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from kurv_tools.building.template import REPO_ROOT


def _make(*args: str) -> str:
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    done = subprocess.run(  # noqa: S603 (our own Makefile, printing only: -n)
        [make, "--no-print-directory", "-C", str(REPO_ROOT), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout


@pytest.mark.parametrize(
    ("given", "passed"), [(["FRESH=1"], "KURV_FRESH=1 "), ([], "KURV_FRESH= ")]
)
def test_fresh_is_passed_to_the_local_stack(given: list[str], passed: str) -> None:
    [command] = [line for line in _make("-n", "run", *given).splitlines() if "local.run" in line]

    assert command.startswith(passed)


def test_make_help_says_what_a_run_keeps() -> None:
    assert "kept from the last run (FRESH=1 starts empty)" in _make("help")
