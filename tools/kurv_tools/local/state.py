"""How a running `make run` tells other commands (the `kurv` CLI) where to find it."""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path

STATE_FILE = Path(".kurv") / "local.json"  # relative to where `make run` was started


@dataclass(frozen=True)
class LocalState:
    endpoint_url: str  # the AWS emulator
    shops_table: str
    carts_table: str = ""
    suppressions_table: str = ""
    replies_table: str = ""
    reply_bucket: str = ""
    stats_table: str = ""
    address_key_secret: str = ""
    base_url: str = ""  # Kurv's own endpoint, http://127.0.0.1:<KURV_PORT>
    pid: int = 0

    def write(self) -> Path:
        STATE_FILE.parent.mkdir(exist_ok=True)
        STATE_FILE.write_text(json.dumps(asdict(self), indent=2))
        return STATE_FILE.resolve()

    @staticmethod
    def remove(path: Path) -> None:
        """When `make run` stops: no file left to mislead the next command."""
        path.unlink(missing_ok=True)

    @classmethod
    def read(cls) -> LocalState | None:
        """The state `make run` left here or in a folder above (the checkout's root, when
        the command runs in a subfolder), or None if it never ran."""
        for folder in (Path.cwd(), *Path.cwd().parents):
            path = folder / STATE_FILE
            if path.is_file():
                try:
                    values = json.loads(path.read_text())
                    return cls(
                        **{
                            name: values[name]
                            for name in cls.__dataclass_fields__
                            if name in values
                        }
                    )
                except (OSError, ValueError, TypeError):
                    return None  # unreadable: as good as none
        return None

    def is_running(self) -> bool:
        """Whether the stack that wrote this still answers: after Ctrl-C the file may stay."""
        if self.pid and not _alive(self.pid):
            return False
        try:
            with urllib.request.urlopen(self.endpoint_url, timeout=2):  # noqa: S310 (local)
                return True
        except urllib.error.HTTPError:
            return True  # it answered, if not with 200
        except (urllib.error.URLError, OSError, ValueError):
            return False

    @classmethod
    def of_this_process(
        cls, endpoint_url: str, base_url: str, tables: dict[str, str]
    ) -> LocalState:
        return cls(endpoint_url=endpoint_url, base_url=base_url, pid=os.getpid(), **tables)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: it exists
    return True
