"""Time as an input: every handler takes its 'now' from a Clock, never from time.time()."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from typing import Protocol

MINUTE = 60
HOUR = 60 * MINUTE
DAY = 24 * HOUR


def day_of(moment: int) -> str:
    """The UTC day (YYYY-MM-DD) a moment falls on: how the daily figures are dated."""
    return datetime.fromtimestamp(moment, tz=UTC).strftime("%Y-%m-%d")


class Clock(Protocol):
    def now(self) -> int:
        """Current time in whole Unix seconds."""
        ...


class MovableClock(Clock, Protocol):
    """A clock tests and the local stack can move forward."""

    def advance(self, seconds: int) -> int: ...


class SystemClock:
    def now(self) -> int:
        return int(time.time())


class ManualClock:
    """A clock that only moves when told to; for tests, simulations and the local stack."""

    def __init__(self, start: int) -> None:
        self._now = start
        self._lock = threading.Lock()

    def now(self) -> int:
        with self._lock:
            return self._now

    def advance(self, seconds: int) -> int:
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            self._now += seconds
            return self._now
