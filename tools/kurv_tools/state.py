"""How a running `make run` tells other commands (the `kurv` CLI) where to find it."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

STATE_FILE = Path(".kurv") / "local.json"  # relative to where `make run` was started


@dataclass(frozen=True)
class LocalState:
    endpoint_url: str  # the AWS emulator
    shops_table: str
    carts_table: str = ""
    suppressions_table: str = ""
    pid: int = 0

    def write(self) -> None:
        STATE_FILE.parent.mkdir(exist_ok=True)
        STATE_FILE.write_text(json.dumps(asdict(self), indent=2))

    @classmethod
    def read(cls) -> LocalState | None:
        """The running local stack's state, or None if none was started here."""
        if not STATE_FILE.exists():
            return None
        values = json.loads(STATE_FILE.read_text())
        return cls(**{name: values[name] for name in cls.__dataclass_fields__ if name in values})

    @classmethod
    def of_this_process(cls, endpoint_url: str, tables: dict[str, str]) -> LocalState:
        return cls(endpoint_url=endpoint_url, pid=os.getpid(), **tables)
