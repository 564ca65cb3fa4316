"""`kurv forget`: one person's carts, replies and raw messages erased for a shop; their
opt-out kept as the hash it is; nobody else's data touched."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from helpers import Api, Terminal, advance, cart_updated, contact, link, read_cart, reply_to
from kurv.core.clock import HOUR
from kurv.core.shops import Shop
from kurv_tools import cli
from kurv_tools.local.inbound import receive, replies_json
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack


def raw_messages(stack: LocalStack) -> list[str]:
    listed = stack.emulator.client("s3").list_objects_v2(Bucket=stack.settings.reply_bucket)
    return [item["Key"] for item in listed.get("Contents", [])]


@pytest.fixture
def two_customers(api: Api, loop: LocalLoop, stack: LocalStack) -> dict[str, Any]:
    """Ada has two carts, answered an email and opted out; Grace has one cart."""
    for cart_id, address in (
        ("a1", "ada@example.com"),
        ("a2", "ADA@example.com"),
        ("g1", "grace@example.com"),
    ):
        assert api.post(contact(cart_id, email=address)).status == 202
        assert api.post(cart_updated(cart_id)).status == 202
    emails = {email["cart_id"]: email for email in advance(loop, HOUR)}
    receive(stack, reply_to(emails["a1"], "Too expensive, sorry."))
    receive(
        stack, reply_to(emails["g1"], "Is it dishwasher safe?", **{"From": "grace@example.com"})
    )
    assert api.request("POST", link(emails["a1"], "u")).status == 200
    return emails


@pytest.mark.usefixtures("local_state")
def test_forget_erases_one_persons_data_and_keeps_the_opt_out(
    two_customers: dict[str, Any],
    stack: LocalStack,
    shop: Shop,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert len(raw_messages(stack)) == 2
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)

    argv = ["forget", "--shop", shop.shop_id, "--email", "Ada@Example.com", "--yes"]
    assert cli.main(argv) == 0

    out = capsys.readouterr().out
    assert "\r  reading carts [" in terminal.getvalue()  # its one scan, shown as it goes
    assert "Erased for test-shop: 2 cart(s)" in out
    assert "1 repl(y/ies) and 1 raw message(s)" in out
    assert "Kept: the suppression (opted_out)" in out
    # Ada's carts, her reply and its raw message are gone; the pointers with them.
    assert read_cart(stack, shop.shop_id, "a1") == {}
    assert read_cart(stack, shop.shop_id, "a2") == {}
    code = two_customers["a1"]["reply_to"].split("@")[0].rsplit("-", 1)[1]
    assert read_cart(stack, shop.shop_id, "", key=f"~reply#{shop.shop_id}#{code}") == {}
    assert [reply["from"] for reply in replies_json(stack)] == ["grace@example.com"]
    assert len(raw_messages(stack)) == 1
    # Grace's are untouched, and Ada is still never written to again.
    assert read_cart(stack, shop.shop_id, "g1")["cart_id"] == "g1"
    key = f"{shop.shop_id}#{stack.address_key.hash('ada@example.com')}"
    item = stack.dynamodb.get_item(
        TableName=stack.settings.suppressions_table, Key={"pk": {"S": key}}
    )
    assert item["Item"]["reason"]["S"] == "opted_out"


def test_forget_asks_first_unless_told(
    two_customers: dict[str, Any],
    stack: LocalStack,
    shop: Shop,
    local_state: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Not a terminal and no --yes: nothing happens.
    assert cli.main(["forget", "--shop", shop.shop_id, "--email", "ada@example.com"]) == 2
    assert "add --yes" in capsys.readouterr().err
    assert read_cart(stack, shop.shop_id, "a1")["cart_id"] == "a1"


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        (["--shop", "test-shop", "--email", "not an address", "--yes"], "--email not an address"),
        (["--shop", "nowhere", "--email", "ada@example.com", "--yes"], "no shop 'nowhere'"),
    ],
)
def test_forget_mistakes_get_one_line(
    shop: Shop, local_state: Path, argv: list[str], problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["forget", *argv]) == 2
    assert problem in capsys.readouterr().err
