"""Fixtures: one moto server per session, reset for every test; tables from template.yaml."""

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


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def stack(emulator: Emulator, clock: ManualClock) -> LocalStack:
    emulator.reset()
    stack = LocalStack(emulator, clock, prefix="test")
    stack.create_tables()
    stack.wire()
    return stack


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
