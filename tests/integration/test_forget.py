"""`kurv forget`: one person's carts, replies and raw messages erased for a shop; their
opt-out kept as the hash it is; nobody else's data touched."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from helpers import (
    Api,
    Terminal,
    advance,
    cart_updated,
    contact,
    link,
    make_shop,
    read_cart,
    reply_to,
)
from kurv.core.clock import HOUR
from kurv.core.shops import Shop
from kurv_tools import cli
from kurv_tools.local.inbound import receive, replies_json
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack, table_names


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


def all_items(stack: LocalStack) -> dict[str, str]:
    """Every item of every table, as text, by table."""
    dumped = {}
    for logical, name in table_names(stack.prefix).items():
        pages = stack.dynamodb.get_paginator("scan").paginate(TableName=name)
        dumped[logical] = json.dumps([item for page in pages for item in page["Items"]])
    return dumped


def all_raw(stack: LocalStack) -> dict[str, bytes]:
    s3 = stack.emulator.client("s3")
    return {
        key: s3.get_object(Bucket=stack.settings.reply_bucket, Key=key)["Body"].read()
        for key in raw_messages(stack)
    }


def mail(sender: str, to: str, text: str, **headers: str) -> bytes:
    lines = {"From": sender, "To": to, "Subject": "Re: your cart", **headers}
    head = "".join(f"{name}: {value}\r\n" for name, value in lines.items())
    return f"{head}\r\n{text}\r\n".encode()


def ses_stored(stack: LocalStack, message_id: str, raw: bytes) -> None:
    """A message SES put in the bucket whose filing never happened (the function failed)."""
    stack.emulator.client("s3").put_object(
        Bucket=stack.settings.reply_bucket, Key=f"replies/{message_id}", Body=raw
    )


@pytest.mark.usefixtures("local_state")
def test_forget_finds_every_kind_of_trace_in_every_table_and_the_bucket(
    two_customers: dict[str, Any],
    api: Api,
    stack: LocalStack,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kurv_tools.local.functions import load_function

    ada, grace = two_customers["a1"], two_customers["g1"]
    make_shop(stack, shop_id="other-shop", publishable_key="pk_other_0123456789abcdef")
    domain = stack.settings.reply_domain
    # An order of Ada's on a cart that never had her address: only its contact key says so.
    assert api.post(cart_updated("o1")).status == 202
    order = {"type": "order.completed", "cart_id": "o1", "order_id": "o-9"}
    assert api.post({**order, "email": "Ada@Example.com"}).status == 202
    # Grace's reply with Ada in Cc; one with Ada as Reply-To only; Grace's own, untouched.
    receive(stack, reply_to(grace, "Ask my sister too.", **{"Cc": "Ada <ada@example.com>"}))
    receive(
        stack,
        reply_to(
            grace, "From my phone.", **{"From": "x@phone.example", "Reply-To": "ADA@example.com"}
        ),
    )
    receive(
        stack, reply_to(grace, "Is it dishwasher safe, really?", **{"From": "grace@example.com"})
    )
    # Ada's reply to a code no cart carries; one set aside unread; one refused as spam; one
    # for no reply address of ours; one SES stored but never filed.
    forged = ada["reply_to"].replace(ada["reply_to"].split("-")[-1][:4], "aaaa")
    assert receive(stack, reply_to({**ada, "reply_to": forged}, "Hello?"))["outcome"] == "unmatched"
    desk = load_function("replies").desk.get()
    ticks = iter(range(0, 10_000, 2))
    monkeypatch.setattr(desk, "timer", lambda: float(next(ticks)))
    assert receive(stack, reply_to(ada, "Slowly."))["outcome"] == "set_aside"
    monkeypatch.setattr(desk, "timer", time.monotonic)
    assert receive(stack, reply_to(ada, "Buy now!!!"), spam="FAIL")["outcome"] == "refused"
    stray = mail("Ada <ada@example.com>", f"postmaster@{domain}", "Hi")
    assert receive(stack, stray)["outcome"] == "not_for_us"
    ses_stored(stack, "never-filed", mail("ada@example.com", ada["reply_to"], "Lost?"))
    ses_stored(
        stack, "gone-shop", mail("ada@example.com", f"reply+gone-shop-{'a' * 16}@{domain}", "?")
    )
    # Another shop's: theirs to erase, not this shop's.
    theirs = mail("ada@example.com", f"reply+other-shop-{'a' * 16}@{domain}", "Other shop")
    ses_stored(stack, "other-shop", theirs)
    before = all_raw(stack)

    argv = ["forget", "--shop", "test-shop", "--email", "ada@EXAMPLE.com", "--yes"]
    assert cli.main(argv) == 0

    # Nothing of Ada's in any table but the opt-out's keyed hash, which keeps her unwritten.
    tables = all_items(stack)
    hashed = stack.address_key.hash("ada@example.com")
    for logical, text in tables.items():
        assert "ada@example.com" not in text.lower(), logical
        if logical != "SuppressionsTable":
            assert hashed not in text, logical
    assert hashed in tables["SuppressionsTable"]
    # Nothing of hers in the bucket but the other shop's message; Grace's own stays.
    left = all_raw(stack)
    assert [key for key, raw in left.items() if b"ada@example.com" in raw.lower()] == [
        "replies/other-shop"
    ]
    assert [key for key, raw in before.items() if b"dishwasher safe, really" in raw] == [
        key for key, raw in left.items() if b"dishwasher safe, really" in raw
    ]
    assert [reply["text"] for reply in replies_json(stack)] == [
        "Is it dishwasher safe?",
        "Is it dishwasher safe, really?",
    ]
    assert read_cart(stack, "test-shop", "g1")["cart_id"] == "g1"
    assert read_cart(stack, "test-shop", "o1") == {}
    out = capsys.readouterr().out
    assert "Erased for test-shop: 3 cart(s)" in out
