"""The folder's own rule (tests/unit/conftest.py): no emulator and no network here."""

from __future__ import annotations

import socket

import pytest


def test_the_emulator_is_not_to_be_had(request: pytest.FixtureRequest) -> None:
    with pytest.raises(pytest.fail.Exception, match="tests/unit is pure"):
        request.getfixturevalue("stack")


def test_no_connection_leaves() -> None:
    with pytest.raises(RuntimeError, match="tests/unit is pure"):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
