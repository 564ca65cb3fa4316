"""`kurv report`'s why customers left: the week's replies, received as SES delivers them,
counted by reason with one sentence each in the customer's own words."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from helpers import Api, advance, cart_updated, contact, reply_to
from kurv.core.clock import DAY, HOUR, day_of
from kurv.core.shops import Shop
from kurv_tools import cli
from kurv_tools.local.inbound import receive
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack

CUSTOMERS = {
    "early": "kim@example.com",
    "pricey": "ada.lovelace@example.com",
    "costly": "grace@example.com",
    "norway": "lin@example.com",
    "away": "tom@example.com",
}


@pytest.fixture
def week_of_replies(api: Api, loop: LocalLoop, stack: LocalStack) -> None:
    """A reply nine days ago; a day ago one about the price; today another, a question
    and an auto-reply."""
    for cart_id, address in CUSTOMERS.items():
        assert api.post(contact(cart_id, email=address)).status == 202
        assert api.post(cart_updated(cart_id)).status == 202
    emails = {email["cart_id"]: email for email in advance(loop, HOUR)}

    def answer(cart_id: str, words: str, **headers: str) -> None:
        sender = f"Customer <{CUSTOMERS[cart_id]}>"
        message = reply_to(emails[cart_id], words, From=sender, **headers)
        assert receive(stack, message)["outcome"] in ("forwarded", "auto_reply")

    answer("early", "I bought it in the store instead, I changed my mind.")
    advance(loop, 9 * DAY)
    answer(
        "pricey",
        "Hello! Nice mugs. But the shipping was too expensive for two mugs, write to me at "
        "ada.lovelace@example.com or call +45 12 34 56 78.\n\nAda",
        **{"Message-ID": "<pricey@x>"},
    )
    stack.clock.advance(DAY)
    answer("costly", "Way too expensive for me, sorry.", **{"Message-ID": "<costly@x>"})
    answer("norway", "Thanks. Do you ship to Norway?", **{"Message-ID": "<norway@x>"})
    answer(
        "away",
        "I am out of the office until Monday. The shipping was too expensive.",
        **{"Message-ID": "<away@x>", "Auto-Submitted": "auto-replied"},
    )


def report(shop: Shop, capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    capsys.readouterr()
    assert cli.main(["report", "--shop", shop.shop_id, *args]) == 0
    out = capsys.readouterr().out
    return json.loads(out) if "--json" in args else out


@pytest.mark.usefixtures("week_of_replies", "local_state")
def test_the_report_says_why_customers_left_this_week_in_their_words(
    stack: LocalStack,
    shop: Shop,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("kurv_tools.cli.target.now", stack.clock.now)

    found = report(shop, capsys, "--days", "30", "--json")["why_customers_left"]

    # The last seven days of the thirty: the reply nine days ago is not among them.
    assert (found["from"], found["to"]) == (
        day_of(stack.clock.now() - 6 * DAY),
        day_of(stack.clock.now()),
    )
    assert found["replies"] == 3  # the auto-reply is not one
    assert found["complete"] is True
    assert found["reasons"] == [
        {"reason": "price", "count": 2, "example": "Way too expensive for me, sorry."},
        {"reason": "delivery", "count": 1, "example": "Do you ship to Norway?"},
    ]

    table = report(shop, capsys, "--days", "30")
    lines = table.splitlines()
    start = lines.index(f"why customers left, {found['from']} to {found['to']}, in their own words")
    assert lines[start + 1 :] == [
        '  price     2  "Way too expensive for me, sorry."',
        '  delivery  1  "Do you ship to Norway?"',
    ]


@pytest.mark.usefixtures("week_of_replies", "local_state")
def test_a_shorter_report_reads_its_own_days_and_keeps_no_ones_particulars(
    stack: LocalStack,
    shop: Shop,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The day before: one reply, with the customer's address, phone and name in it.
    yesterday = stack.clock.now() - DAY
    monkeypatch.setattr("kurv_tools.cli.target.now", lambda: yesterday)

    found = report(shop, capsys, "--days", "1", "--json")["why_customers_left"]
    table = report(shop, capsys, "--days", "1").partition("why customers left")[2]

    assert found["from"] == found["to"] == day_of(yesterday)
    assert found["reasons"] == [
        {
            "reason": "price",
            "count": 1,
            "example": "But the shipping was too expensive for two mugs, write to me at … "
            "or call ….",
        }
    ]
    assert "write to me at … or call …." in table
    for particular in ("ada", "lovelace", "@", "12 34"):
        assert particular not in json.dumps(found, ensure_ascii=False).lower()
        assert particular not in table.lower()


@pytest.mark.usefixtures("local_state")
def test_a_week_without_replies_says_so(
    stack: LocalStack,
    shop: Shop,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("kurv_tools.cli.target.now", stack.clock.now)

    found = report(shop, capsys, "--json")["why_customers_left"]

    assert (found["replies"], found["reasons"]) == (0, [])
    assert report(shop, capsys).splitlines()[-1].endswith(": no replies")


def test_a_local_stack_started_before_replies_reports_the_rest(
    stack: LocalStack,
    shop: Shop,
    local_state: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    state = json.loads(local_state.read_text())
    local_state.write_text(json.dumps({**state, "replies_table": ""}))
    monkeypatch.setattr("kurv_tools.cli.target.now", stack.clock.now)

    assert report(shop, capsys, "--json")["why_customers_left"] is None
    assert "restart `make run` to read replies" in report(shop, capsys)


@pytest.mark.usefixtures("week_of_replies")
def test_a_deployed_stacks_report_says_the_same(
    stack: LocalStack,
    shop: Shop,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A stack named kurv with the outputs `kurv report --stack` reads, in the emulator.
    outputs = {
        "ShopsTableName": stack.settings.shops_table,
        "StatsTableName": stack.settings.stats_table,
        "RepliesTableName": stack.settings.replies_table,
    }
    template = {
        "Resources": {"Queue": {"Type": "AWS::SQS::Queue"}},
        "Outputs": {name: {"Value": value} for name, value in outputs.items()},
    }
    stack.emulator.client("cloudformation").create_stack(
        StackName="kurv", TemplateBody=json.dumps(template)
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("kurv_tools.cli.target.now", stack.clock.now)

    found = report(shop, capsys, "--stack", "kurv", "--region", "eu-west-1", "--json")

    assert [(seen["reason"], seen["count"]) for seen in found["why_customers_left"]["reasons"]] == [
        ("price", 2),
        ("delivery", 1),
    ]
