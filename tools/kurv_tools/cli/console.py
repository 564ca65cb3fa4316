"""What every `kurv` command says and reads at the terminal: errors the user can fix,
durations as people type them, times in UTC, and a progress bar for long walks."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import TextIO, TypeAlias

_DURATION_UNITS = {"m": 60, "h": 3600, "d": 86400}
# What each command group's add_parser(commands) adds its commands to.
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


class CliError(Exception):
    """A problem the user can fix; printed without a traceback."""


def parse_duration(text: str) -> int:
    """'90m', '1h', '3d' -> seconds."""
    text = text.strip().lower()
    unit = _DURATION_UNITS.get(text[-1:])
    if unit is None or not text[:-1].isdigit():
        raise CliError(f"{text!r} is not a duration such as 30m, 1h or 3d")
    return int(text[:-1]) * unit


def utc(moment: int) -> str:
    return datetime.fromtimestamp(moment, tz=UTC).strftime("%Y-%m-%d %H:%M")


class Progress:
    """A bar redrawn in place on stderr when it is a terminal: `what [#####     ] done of total`.

    Piped or redirected, it draws nothing: the command's own summary line says what was done,
    and a log file is not filled with carriage returns.
    """

    def __init__(self, what: str, *, about: bool = False, stream: TextIO | None = None) -> None:
        self.what, self.about = what, about
        self.stream = stream if stream is not None else sys.stderr
        self.live = self.stream.isatty()
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.live:
            return
        share = min(done / total, 1.0) if total else 1.0
        bar = "#" * int(share * 30)
        shown = f"{'~' if self.about else ''}{total:,}"
        self.stream.write(f"\r  {self.what} [{bar:<30}] {done:,} of {shown}")
        self.stream.flush()
        self.drawn = True

    def end(self) -> None:
        """Ends the bar's line, if one was drawn."""
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False
