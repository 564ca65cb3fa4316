"""Fixtures: one moto server and one stack per session (tables from template.yaml, made once);
each test starts from that stack emptied (tests/session_stack.py), with a clock of its own,
the handlers wired to it, and the environment as it found it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Before Powertools is imported anywhere: no EMF or X-Ray output in tests.
os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")
os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "WARNING")

from helpers import START, Api, make_shop
from kurv.core.clock import ManualClock
from kurv.core.shops import Shop
from kurv_tools.local.emulator import Emulator
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack
from kurv_tools.local.state import STATE_FILE, LocalState
from session_stack import PREFIX, SessionStack, unwire

settings.register_profile(
    "ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(scope="session")
def emulator() -> Iterator[Emulator]:
    emulator = Emulator.start()
    saved = {name: os.environ.get(name) for name in emulator.environment()}
    os.environ.update(emulator.environment())  # nothing a test runs may reach real AWS
    yield emulator
    emulator.stop()
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="session")
def session_stack(emulator: Emulator) -> SessionStack:
    return SessionStack.create(emulator)


@pytest.fixture(autouse=True)
def _environment_kept() -> Iterator[None]:
    """A test may change the environment through monkeypatch (undone after it), never leave
    it changed for the next test."""
    before = dict(os.environ)
    yield
    after = dict(os.environ)
    after.pop("PYTEST_CURRENT_TEST", None)  # pytest's own, set around each phase
    before.pop("PYTEST_CURRENT_TEST", None)
    if after != before:
        changed = sorted({name for name, _ in {*before.items()} ^ {*after.items()}})
        for name in changed:
            os.environ.pop(name, None)
        os.environ.update({name: before[name] for name in changed if name in before})
        pytest.fail(f"the test left the environment changed: {changed}")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def stack(session_stack: SessionStack, clock: ManualClock) -> Iterator[LocalStack]:
    session_stack.restore()
    stack = LocalStack(session_stack.emulator, clock, prefix=PREFIX)  # clients of its own
    stack.wire()
    yield stack
    unwire()


@pytest.fixture
def shop(stack: LocalStack) -> Shop:
    return make_shop(stack)


@pytest.fixture
def api(stack: LocalStack, shop: Shop) -> Api:
    return Api(stack, shop)


@pytest.fixture
def local_state(stack: LocalStack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A `make run` state file (.kurv/local.json) for this test's stack, in a fresh folder."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KURV_SHOPS_TABLE", raising=False)
    LocalState(
        stack.emulator.endpoint_url,
        stack.settings.shops_table,
        carts_table=stack.settings.carts_table,
        suppressions_table=stack.settings.suppressions_table,
        replies_table=stack.settings.replies_table,
        reply_bucket=stack.settings.reply_bucket,
        stats_table=stack.settings.stats_table,
        address_key_secret=stack.settings.address_key_secret,
    ).write()
    return tmp_path / STATE_FILE


@pytest.fixture
def loop(stack: LocalStack, shop: Shop) -> LocalLoop:
    return LocalLoop(stack)
