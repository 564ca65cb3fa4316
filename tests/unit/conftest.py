"""tests/unit is pure: no emulator and no network. A test that needs either belongs in
tests/integration (moto) or tests/system (processes, ports)."""

from __future__ import annotations

import socket
from typing import Any, NoReturn

import pytest

PURE = "tests/unit is pure: a test that needs {} belongs in tests/integration or tests/system"


@pytest.fixture(scope="session")
def emulator() -> NoReturn:
    pytest.fail(PURE.format("the AWS emulator"))


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: socket.socket, *args: Any) -> NoReturn:
        raise RuntimeError(PURE.format("the network"))

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
