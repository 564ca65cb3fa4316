"""`make run` stopped and started again: what one run made is there in the next (shops,
carts, emails, the clock), FRESH=1 starts empty, and a snapshot it cannot use is set aside
with one line. Also: signatures made with real time after the local clock was moved."""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from helpers import ADD, link
from kurv.core.clock import DAY, HOUR
from kurv.track.auth import sign
from kurv_tools import cli
from kurv_tools.local.emulator import Emulator
from kurv_tools.local.snapshot import SNAPSHOT_FILE, layouts
from kurv_tools.local.state import STATE_FILE
from localserver import DEMO_SECRET, LocalServer, local_server

pytestmark = pytest.mark.slow

QUIET = {"KURV_SWEEP_SECONDS": "3600"}  # the test moves the clock; no sweep of its own
ITEM = {"sku": "MUG", "name": "Mug", "quantity": 1, "unit_price": "9.50"}


def _now(server: LocalServer) -> int:
    return int(json.loads(server.request("GET", "/_local/clock")[2])["now"])


def _post(
    server: LocalServer, event: dict[str, Any], *, t: int | None = None, secret: str = DEMO_SECRET
) -> int:
    body = json.dumps(event).encode()
    timestamp = _now(server) if t is None else t
    headers = {"Kurv-Shop": "demo", "Kurv-Signature": sign(secret, body, timestamp)}
    return server.request("POST", "/v1/events", body, headers)[0]


def _cart(server: LocalServer, cart_id: str) -> None:
    contact = {"type": "checkout.contact", "cart_id": cart_id, "email": f"{cart_id}@example.com"}
    assert _post(server, {**contact, "consent": True}) == 202
    cart = {"type": "cart.updated", "cart_id": cart_id, "currency": "EUR", "items": [ITEM]}
    assert _post(server, cart) == 202


def _advance(server: LocalServer, seconds: int) -> list[dict[str, Any]]:
    status, _, _ = server.request(
        "POST", "/_local/clock", json.dumps({"advance": seconds}).encode()
    )
    assert status == 200
    emails: list[dict[str, Any]] = json.loads(server.request("GET", "/_local/outbox")[2])
    return emails


def _stop(server: LocalServer) -> None:
    server.process.send_signal(signal.SIGTERM)
    assert server.process.wait(timeout=30) == 0, server.output()


def _stack_item(folder: Path, table: str, key: str) -> dict[str, Any] | None:
    """An item of the running stack's table, read from its emulator."""
    state = json.loads((folder / STATE_FILE).read_text())
    found = (
        Emulator(state["endpoint_url"])
        .client("dynamodb")
        .get_item(TableName=state[table], Key={"pk": {"S": key}})
    )
    item: dict[str, Any] | None = found.get("Item")
    return item


def _shops(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> str:
    monkeypatch.chdir(folder)
    capsys.readouterr()
    assert cli.main(["shop", "list"]) == 0
    return capsys.readouterr().out


def _reply(server: LocalServer, email: dict[str, Any], words: str) -> str:
    raw = (
        f"From: Customer <{email['to']}>\r\nTo: {email['reply_to']}\r\n"
        f"Subject: Re: {email['subject']}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{words}\r\n"
    )
    status, _, answer = server.request(
        "POST", "/_local/inbound", raw.encode(), {"Content-Type": "message/rfc822"}
    )
    assert status == 202
    return str(json.loads(answer)["outcome"])


def test_a_restart_keeps_shops_carts_replies_suppressions_emails_and_the_clock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("KURV_SHOPS_TABLE", raising=False)
    # Given a run with a shop of its own, three carts emailed once, one answered, one opted
    # out, and a clock moved an hour (snapshots only when it stops: the clean stop alone
    # must keep everything)
    with local_server(tmp_path, KURV_SNAPSHOT_SECONDS="3600", **QUIET) as first:
        monkeypatch.chdir(tmp_path)
        assert cli.main(ADD) == 0
        for cart_id in ("c1", "c2", "c3"):
            _cart(first, cart_id)
        emails = {email["cart_id"]: email for email in _advance(first, 3700)}
        assert _reply(first, emails["c2"], "Shipping was too expensive for me.") == "forwarded"
        assert first.request("POST", link(emails["c3"], "u"))[0] == 200
        before = json.loads(first.request("GET", "/_local/outbox")[2])
        moved_to = _now(first)
        _stop(first)

    # When it starts again in the same folder, and c3's customer starts another cart
    with local_server(tmp_path, **QUIET) as second:
        banner = second.output()
        started_at = _now(second)
        shops = _shops(tmp_path, monkeypatch, capsys)
        kept_outbox = json.loads(second.request("GET", "/_local/outbox")[2])
        replies = json.loads(second.request("GET", "/_local/replies")[2])
        contact = {"type": "checkout.contact", "cart_id": "c4", "email": "c3@example.com"}
        assert _post(second, {**contact, "consent": True}) == 202
        cart = {"type": "cart.updated", "cart_id": "c4", "currency": "EUR", "items": [ITEM]}
        assert _post(second, cart) == 202
        later = _advance(second, DAY)[len(before) :]
        capsys.readouterr()
        assert cli.main(["report", "--shop", "demo", "--json"]) == 0
        report = json.loads(capsys.readouterr().out)

    # Then the shops, carts, replies, emails and the clock are as they were
    assert "kept from the last run: 2 shops, 3 carts, 4 emails, the clock 1 h ahead" in banner
    assert "FRESH=1 starts empty" in banner
    assert "nordlys" in shops
    assert started_at >= moved_to
    assert [e["raw"] for e in kept_outbox] == [e["raw"] for e in before]
    assert [(r["cart_id"], r["reason"]) for r in replies] == [("c2", "price")]
    # ... and the series goes on from there: c1's second email only (c2 was answered, c3's
    # address opted out: the suppression still matches, the address key was kept too)
    assert [(e["cart_id"], e["step"]) for e in later] == [("c1", 2)]
    # ... and the figures count each once: what was restored is not delivered to stats again
    assert (report["carts"], report["emails_per_step"]) == (4, {"1": 3, "2": 1})
    assert (report["opt_outs"], report["replies"]) == (1, {"price": 1})
    for cart_id in ("c1", "c2", "c3"):  # customers' addresses never reach the output
        assert f"{cart_id}@example.com" not in banner


def test_fresh_starts_empty_and_keeps_the_last_runs_state_aside(tmp_path: Path) -> None:
    with local_server(tmp_path, **QUIET) as first:
        _cart(first, "c1")
        assert len(_advance(first, 3700)) == 1
        _stop(first)

    with local_server(tmp_path, KURV_FRESH="1", **QUIET) as fresh:
        banner = fresh.output()
        outbox = json.loads(fresh.request("GET", "/_local/outbox")[2])
        offset = _now(fresh) - int(time.time())
        cart = _stack_item(tmp_path, "carts_table", "demo#c1")

    assert "Starting empty (FRESH=1)" in banner
    assert "State         empty" in banner
    assert (outbox, cart) == ([], None)
    assert offset < HOUR  # the clock is real time again
    assert (tmp_path / SNAPSHOT_FILE.with_name("local-snapshot.previous.json")).is_file()


def test_a_killed_run_loses_little(tmp_path: Path) -> None:
    # Given a run that snapshots often, and a cart it was told of
    with local_server(tmp_path, KURV_SNAPSHOT_SECONDS="0.2", **QUIET) as first:
        _cart(first, "c-killed")
        snapshot = tmp_path / SNAPSHOT_FILE
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # until the snapshot holds the cart, not a fixed wait
            if snapshot.is_file() and "demo#c-killed" in snapshot.read_text():
                break
            time.sleep(0.05)
        # When it is killed, with no chance to write anything more
        first.process.send_signal(signal.SIGKILL)
        first.process.wait(timeout=30)

    # Then the next run has the cart
    with local_server(tmp_path, **QUIET) as second:
        cart = _stack_item(tmp_path, "carts_table", "demo#c-killed")
        banner = second.output()

    assert cart is not None, banner
    assert "kept from the last run: 1 shop, 1 cart, 0 emails" in banner


def _snapshot(**changes: Any) -> dict[str, Any]:
    """A snapshot as this Kurv writes one, empty, with `changes` made to it."""
    data: dict[str, Any] = {
        "format": 1,
        "clock_offset": 0,
        "address_key": "an-address-key-of-the-last-run-at-least-32-bytes-long",
        "tables": {
            logical_id: {"layout": layout, "items": []}
            for logical_id, layout in layouts("kurv").items()
        },
        "reply_bucket": [],
        "outbox": [],
    }
    for change in changes.values():
        change(data)
    return data


def _older_carts_table(data: dict[str, Any]) -> None:
    data["tables"]["CartsTable"]["layout"]["KeySchema"][0]["AttributeName"] = "id"


def _cart_without_key(data: dict[str, Any]) -> None:
    data["tables"]["CartsTable"]["items"].append({"cart_id": {"S": "c1"}})


def _short_address_key(data: dict[str, Any]) -> None:
    data["address_key"] = "short"


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("{not json", "is not JSON"),
        (
            json.dumps(_snapshot(change=_older_carts_table)),
            "is from an older Kurv (table CartsTable changed)",
        ),
        (json.dumps(_snapshot(change=_cart_without_key)), "does not fit the tables"),
        (json.dumps(_snapshot(change=_short_address_key)), "is incomplete (the address key"),
    ],
    ids=["corrupted", "older-layout", "item-without-key", "short-address-key"],
)
def test_a_snapshot_it_cannot_use_starts_empty_with_one_line(
    tmp_path: Path, written: str, why: str
) -> None:
    (tmp_path / SNAPSHOT_FILE).parent.mkdir()
    (tmp_path / SNAPSHOT_FILE).write_text(written)

    with local_server(tmp_path, **QUIET) as server:
        status = server.request("GET", "/_local/clock")[0]
        cart = _stack_item(tmp_path, "carts_table", "demo#c1")
        output = server.output()

    said = [line for line in output.splitlines() if "Starting empty:" in line]
    assert len(said) == 1, output
    assert why in said[0]
    assert "local-snapshot.unusable.json" in said[0]
    assert "Traceback" not in output
    assert "State         empty" in output
    assert (status, cart) == (200, None)
    assert (
        tmp_path / SNAPSHOT_FILE.with_name("local-snapshot.unusable.json")
    ).read_text() == written


def test_a_demo_shop_this_kurv_refuses_is_made_anew_and_the_rest_kept(tmp_path: Path) -> None:
    def refused_demo_shop(data: dict[str, Any]) -> None:
        data["tables"]["ShopsTable"]["items"].append(
            {"shop_id": {"S": "demo"}, "name": {"S": "Demo"}, "locale": {"S": "no such locale"}}
        )
        data["tables"]["CartsTable"]["items"].append(
            {"pk": {"S": "demo#c1"}, "shop_id": {"S": "demo"}, "cart_id": {"S": "c1"}}
        )

    (tmp_path / SNAPSHOT_FILE).parent.mkdir()
    (tmp_path / SNAPSHOT_FILE).write_text(json.dumps(_snapshot(change=refused_demo_shop)))

    with local_server(tmp_path, **QUIET) as server:
        event = {"type": "cart.updated", "cart_id": "c2", "currency": "EUR", "items": [ITEM]}
        status = _post(server, event)
        cart = _stack_item(tmp_path, "carts_table", "demo#c1")
        output = server.output()

    said = [line for line in output.splitlines() if "made anew" in line]
    assert len(said) == 1, output
    assert "Traceback" not in output
    assert "kept from the last run: 1 shop, 1 cart" in output
    assert cart is not None
    assert status == 202  # the demo shop made anew works


def test_a_signature_made_with_real_time_is_accepted_after_the_clock_moved_a_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("KURV_SHOPS_TABLE", raising=False)
    with local_server(tmp_path, **QUIET) as server:
        _advance(server, DAY)
        event = {"type": "cart.updated", "cart_id": "c1", "currency": "EUR", "items": [ITEM]}
        real = int(time.time())
        by_real_time = _post(server, event, t=real)
        by_its_clock = _post(server, event)
        by_neither = _post(server, event, t=real - HOUR)

        # The grace of a rotated secret counts on the stack's clock, as the stack checks it
        monkeypatch.chdir(tmp_path)
        assert cli.main(["shop", "rotate-secret", "demo", "--grace", "2h"]) == 0
        capsys.readouterr()
        _advance(server, HOUR)
        old_secret_in_grace = _post(server, event, secret=DEMO_SECRET)

    assert (by_real_time, by_its_clock, by_neither) == (202, 202, 401)
    assert old_secret_in_grace == 202
