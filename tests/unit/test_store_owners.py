"""Stores own every write: only the store modules call a write API of DynamoDB or the reply
bucket. Commands, handlers and the flows ask a store (docs/architecture.md, "Who writes
what")."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kurv_tools.building.template import REPO_ROOT

WRITES = {
    "put_item",
    "update_item",
    "delete_item",
    "batch_write_item",
    "transact_write_items",
    "put_object",
    "delete_object",
    "delete_objects",
}
LAYER = REPO_ROOT / "layers" / "common" / "kurv"
STORES = {
    LAYER / "core" / "dynamo.py",  # conditional_update: the carts stores' one write
    LAYER / "core" / "shop_store.py",
    LAYER / "core" / "suppressions.py",
    LAYER / "core" / "stats_store.py",
    LAYER / "track" / "cart_store.py",
    LAYER / "recover" / "claims.py",
    LAYER / "replies" / "reply_store.py",
    LAYER / "privacy" / "request_log.py",  # data requests, beside the replies
}
# Not Kurv writing its data: the local stack playing AWS, and a benchmark's fixture.
PLAYING_AWS = {
    # SES's receipt rule stores each received message in the bucket before it invokes us.
    ("tools/kurv_tools/local/inbound.py", "put_object"),
    # make run puts back what the emulator held when the last run stopped: moto has no disk.
    ("tools/kurv_tools/local/snapshot.py", "put_item"),
    ("tools/kurv_tools/local/snapshot.py", "put_object"),
    # make bench seeds 20,000 carts as they would stand after weeks of traffic, in batches.
    ("tools/kurv_tools/measure/bench_stack.py", "batch_write_item"),
}


def writes_in(path: Path) -> list[str]:
    """Every write call: `client.put_item(...)`, and a write named to a call by its name
    (`self._call("put_item", ...)`, `getattr(client, "put_item")`)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Attribute) and node.func.attr in WRITES:
            found.append(node.func.attr)
        found += [
            argument.value
            for argument in node.args
            if isinstance(argument, ast.Constant) and argument.value in WRITES
        ]
    return found


def sources() -> list[Path]:
    roots = [LAYER, REPO_ROOT / "tools", REPO_ROOT / "functions"]
    return sorted(path for root in roots for path in root.rglob("*.py"))


@pytest.mark.parametrize("path", sources(), ids=lambda path: str(path.relative_to(REPO_ROOT)))
def test_only_a_store_writes_a_table_or_the_bucket(path: Path) -> None:
    if path in STORES:
        return
    found = {(str(path.relative_to(REPO_ROOT)), call) for call in writes_in(path)}

    assert found <= PLAYING_AWS, f"{path.relative_to(REPO_ROOT)} writes: {sorted(found)}"


def test_the_stores_are_where_the_writes_are() -> None:
    assert all(writes_in(store) for store in STORES)  # the scan sees a real write


def test_the_scan_sees_a_write_in_a_command(tmp_path: Path) -> None:
    command = tmp_path / "forget.py"
    command.write_text(
        "def go(c):\n"
        "    c.delete_item(TableName='t', Key={})\n"
        "    getattr(c, 'put_item')(TableName='t', Item={})\n"
    )

    assert sorted(writes_in(command)) == ["delete_item", "put_item"]
