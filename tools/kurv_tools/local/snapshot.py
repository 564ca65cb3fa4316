"""What `make run` keeps from one run to the next: .kurv/local-snapshot.json.

moto holds everything in memory, so a stopped `make run` would forget every shop. The
snapshot is the stack as data: each table's items (by the template's logical id, with the
table's layout), the address key the carts' hashes are made with, the reply bucket's
objects, the emails the emulated SES sent (the outbox), and how far the clock was moved.
It is written every few seconds while something changed, and once more on a clean stop, so
a killed process loses little. The next run makes the template's tables as always, then
puts the items back. A snapshot this Kurv cannot use (unreadable, or from an older layout
of the tables) is moved aside with one line saying why, and the run starts empty.

It holds customers' addresses (carts, outbox), so it is written for this user only (0600).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kurv.core.addresses import AddressKey
from kurv_tools.building.template import create_table_requests
from kurv_tools.local.stack import table_names
from kurv_tools.local.state import STATE_FILE

if TYPE_CHECKING:
    from kurv_tools.local.loop import LocalLoop
    from kurv_tools.local.stack import LocalClock, LocalStack

SNAPSHOT_FILE = STATE_FILE.parent / "local-snapshot.json"  # beside the state file
FORMAT = 1  # the snapshot's own shape; the tables' layouts are compared one by one


class UnusableSnapshot(Exception):
    """Why a snapshot cannot be restored (one line, for the developer)."""


@dataclass(frozen=True)
class Kept:
    """What a restore brought back, for the banner."""

    shops: int
    carts: int
    emails: int
    clock_offset: int

    def __str__(self) -> str:
        ahead = f", the clock {_duration(self.clock_offset)} ahead" if self.clock_offset else ""
        counted = (_count(self.shops, "shop"), _count(self.carts, "cart"))
        return f"{', '.join(counted)}, {_count(self.emails, 'email')}{ahead}"


def layouts(prefix: str) -> dict[str, dict[str, Any]]:
    """Each table's layout as template.yaml makes it (without its local name): a snapshot
    whose tables were made otherwise is from another Kurv."""
    logical = {name: logical_id for logical_id, name in table_names(prefix).items()}
    found = {}
    for request, ttl_attribute in create_table_requests(table_names(prefix)):
        layout = {key: value for key, value in request.items() if key != "TableName"}
        found[logical[request["TableName"]]] = {**layout, "TimeToLive": ttl_attribute}
    return json.loads(json.dumps(found, sort_keys=True))  # type: ignore[no-any-return]


def take(stack: LocalStack, clock: LocalClock) -> dict[str, Any]:
    """The stack as data (JSON-ready)."""
    names = table_names(stack.prefix)
    tables = {
        logical_id: {"layout": layout, "items": _scan(stack, names[logical_id])}
        for logical_id, layout in layouts(stack.prefix).items()
    }
    return {
        "format": FORMAT,
        "clock_offset": clock.offset,
        "address_key": stack.emulator.client("secretsmanager").get_secret_value(
            SecretId=stack.settings.address_key_secret
        )["SecretString"],
        "tables": tables,
        "reply_bucket": _objects(stack),
        "outbox": stack.emulator.sent_messages(),
    }


def restore(stack: LocalStack, clock: LocalClock, data: Any) -> Kept:
    """Make the stack (as LocalStack.create_tables does) and put `data` back into it. Raises
    UnusableSnapshot, before anything is written, for data this Kurv cannot use."""
    _check(data, layouts(stack.prefix))
    stack.emulator.client("secretsmanager").create_secret(
        Name=stack.settings.address_key_secret, SecretString=data["address_key"]
    )
    stack.create_tables()  # the template's tables and bucket; the key exists now
    names = table_names(stack.prefix)
    for logical_id, table in data["tables"].items():
        for item in table["items"]:
            stack.dynamodb.put_item(TableName=names[logical_id], Item=_decoded(item))
    s3 = stack.emulator.client("s3")
    for kept in data["reply_bucket"]:
        s3.put_object(
            Bucket=stack.settings.reply_bucket,
            Key=kept["key"],
            Body=base64.b64decode(kept["body"]),
            ContentType=kept.get("content_type") or "application/octet-stream",
        )
    stack.emulator.kept_messages = list(data["outbox"])
    clock.advance(int(data["clock_offset"]))
    return Kept(
        shops=len(data["tables"]["ShopsTable"]["items"]),
        carts=sum(
            1 for item in data["tables"]["CartsTable"]["items"] if not _key(item).startswith("~")
        ),
        emails=len(data["outbox"]),
        clock_offset=int(data["clock_offset"]),
    )


def read(path: Path) -> Any:
    """The snapshot's data, or UnusableSnapshot saying why it cannot be read."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise UnusableSnapshot(f"cannot be read ({error})") from None
    except ValueError as error:
        raise UnusableSnapshot(f"is not JSON ({error})") from None


def set_aside(path: Path, label: str) -> Path:
    """Moves a snapshot out of the way (kept, not deleted: it may be worth a look)."""
    aside = path.with_name(f"{path.stem}.{label}{path.suffix}")
    path.replace(aside)
    return aside


def _check(data: Any, expected: dict[str, dict[str, Any]]) -> None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UnusableSnapshot("was written by another version of Kurv (its format differs)")
    tables = data.get("tables")
    if not isinstance(tables, dict) or set(tables) != set(expected):
        have = set(tables) if isinstance(tables, dict) else set()
        changed = sorted(have ^ set(expected)) or ["?"]
        raise UnusableSnapshot(f"is from an older Kurv (its tables differ: {', '.join(changed)})")
    for logical_id, layout in expected.items():
        table = tables[logical_id]
        if not isinstance(table, dict) or table.get("layout") != layout:
            raise UnusableSnapshot(f"is from an older Kurv (table {logical_id} changed)")
        if not isinstance(table.get("items"), list) or not all(
            isinstance(item, dict) and item for item in table["items"]
        ):
            raise UnusableSnapshot(f"is damaged (its {logical_id} items are not items)")
    try:
        int(data["clock_offset"])
        AddressKey(data["address_key"].encode())  # as the functions read it
        if not all(isinstance(message.get("raw_data"), str) for message in data["outbox"]):
            raise TypeError("an email without its raw data")
        for kept in data["reply_bucket"]:
            base64.b64decode(kept["body"], validate=True)
            str(kept["key"])
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise UnusableSnapshot(f"is incomplete ({error})") from None


def _scan(stack: LocalStack, table: str) -> list[dict[str, Any]]:
    pages = stack.dynamodb.get_paginator("scan").paginate(TableName=table, ConsistentRead=True)
    return [_encoded(item) for page in pages for item in page.get("Items", [])]


def _objects(stack: LocalStack) -> list[dict[str, str]]:
    s3, bucket = stack.emulator.client("s3"), stack.settings.reply_bucket
    kept = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        for listed in page.get("Contents", []):
            found = s3.get_object(Bucket=bucket, Key=listed["Key"])
            kept.append(
                {
                    "key": listed["Key"],
                    "content_type": found.get("ContentType", ""),
                    "body": base64.b64encode(found["Body"].read()).decode("ascii"),
                }
            )
    return kept


def _key(item: dict[str, Any]) -> str:
    return str(item.get("pk", {}).get("S", ""))


def _encoded(value: Any) -> Any:
    """A DynamoDB attribute value (or item) made JSON-ready: binary as base64."""
    return _walk(value, lambda raw: base64.b64encode(raw).decode("ascii"))


def _decoded(value: Any) -> Any:
    return _walk(value, base64.b64decode)


def _walk(value: Any, convert: Any) -> Any:
    if isinstance(value, dict):
        out = {}
        for name, inner in value.items():
            if name == "B" and len(value) == 1:
                out[name] = convert(inner)
            elif name == "BS" and len(value) == 1:
                out[name] = [convert(each) for each in inner]
            else:
                out[name] = _walk(inner, convert)
        return out
    if isinstance(value, list):
        return [_walk(each, convert) for each in value]
    return value


def _count(n: int, thing: str) -> str:
    return f"{n} {thing}{'' if n == 1 else 's'}"


def _duration(seconds: int) -> str:
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    parts = [f"{days} d" if days else "", f"{hours} h" if hours else ""]
    return " ".join(part for part in parts if part) or f"{rest // 60} min"


class Keeper:
    """Writes the snapshot every `every` seconds while something changed, and on stop()."""

    def __init__(self, loop: LocalLoop, clock: LocalClock, path: Path) -> None:
        self.stack = loop.stack
        self.loop = loop
        self.clock = clock
        self.path = path
        self._written = ""
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def save(self) -> bool:
        """Writes the snapshot if it changed since the last write; True if it wrote."""
        with self.loop.lock:  # a sweep's writes whole, and what was written delivered:
            self.loop.deliver()  # the next run skips the restored stream (skip_backlog)
            data = take(self.stack, self.clock)
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        digest = hashlib.sha256(text.encode()).hexdigest()
        if digest == self._written:
            return False
        self.path.parent.mkdir(exist_ok=True)
        partial = self.path.with_name(f".{self.path.name}.partial")
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as sink:
            sink.write(text)
        partial.replace(self.path)  # whole or not at all, even if killed while writing
        self._written = digest
        return True

    def start(self, every: float) -> None:
        self._thread = threading.Thread(target=self._repeat, args=(every,), daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stops the periodic writes and writes once more: a clean stop loses nothing."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
        self.save()

    def _repeat(self, every: float) -> None:
        while not self._stop.wait(every):
            try:
                self.save()
            except Exception as error:  # the next try may work; the stop's save reports
                print(f"local snapshot: {type(error).__name__}: {error}", flush=True)
