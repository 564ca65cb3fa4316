"""Daily figures from the carts stream, and `kurv report` adding them up without reading
a single cart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import START, Api, a_busy_day, advance, cart_updated, contact, link
from kurv.core.clock import DAY, HOUR, day_of
from kurv.core.shops import Shop
from kurv_tools import cli
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack


@pytest.fixture
def busy_day(api: Api, loop: LocalLoop, stack: LocalStack) -> None:
    """Four carts: one bought after a click, one opted out, one replied, one bounced."""
    a_busy_day(api, loop, stack)


@pytest.mark.usefixtures("busy_day")
def test_kurv_report_adds_up_the_days(
    stack: LocalStack,
    shop: Shop,
    local_state: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("kurv_tools.cli.target.now", stack.clock.now)
    # The report reads the daily figures only: it works with the carts table gone.
    stack.dynamodb.delete_table(TableName=stack.settings.carts_table)
    capsys.readouterr()

    assert cli.main(["report", "--shop", shop.shop_id, "--days", "7", "--json"]) == 0

    report = json.loads(capsys.readouterr().out)
    assert report["to"] == day_of(stack.clock.now())
    assert (report["carts"], report["carts_with_address"]) == (5, 4)
    assert report["emails_per_step"] == {"1": 4}
    assert (report["clicks"], report["orders"], report["orders_after_email"]) == (1, 1, 1)
    assert report["orders_after_click"] == 1
    assert report["recovered_revenue"] == {"EUR": "25"}
    assert (report["opt_outs"], report["bounces"], report["replies"]) == (1, 1, {"price": 1})
    assert report["recovery_rate"] == 0.25

    assert cli.main(["report", "--shop", shop.shop_id]) == 0
    table = capsys.readouterr().out
    assert "recovered revenue, EUR" in table
    assert "25.0% of carts emailed" in table


def test_a_report_of_days_without_activity_is_zeros(
    shop: Shop,
    local_state: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("kurv_tools.cli.target.now", lambda: START + 90 * DAY)

    assert cli.main(["report", "--shop", shop.shop_id, "--days", "1", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["carts"], report["recovery_rate"]) == (0, None)


def test_the_local_report_ends_on_the_local_clocks_day(
    shop: Shop,
    local_state: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # make run's clock was moved 40 days ahead of the wall clock: its days are the ones asked.
    state = json.loads(local_state.read_text())
    local_state.write_text(json.dumps({**state, "base_url": "http://127.0.0.1:3999"}))
    monkeypatch.setattr("kurv_tools.cli.target.now", lambda: START)
    asked: list[str] = []

    def local_clock(url: str) -> int:
        asked.append(url)
        return START + 40 * DAY

    monkeypatch.setattr("kurv_tools.cli.target.server_time", local_clock)

    assert cli.main(["report", "--shop", shop.shop_id, "--days", "1", "--json"]) == 0

    report = json.loads(capsys.readouterr().out)
    assert report["to"] == day_of(START + 40 * DAY)
    assert asked == ["http://127.0.0.1:3999"]


@pytest.mark.usefixtures("local_state")
def test_a_link_scanners_visit_is_no_click_in_the_figures(
    api: Api,
    loop: LocalLoop,
    shop: Shop,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    api.post(contact(email="ada@example.com"))
    api.post(cart_updated())
    (email,) = advance(loop, HOUR)
    path = link(email, "r")
    # The customer's mail service checks the link; the customer comes back by typing.
    assert api.request("HEAD", path).status == 302
    assert api.request("GET", path, headers={"User-Agent": "Mimecast URL Protect"}).status == 302
    order = {"type": "order.completed", "cart_id": "c1", "order_id": "o-1", "total": "25.00"}
    assert api.post(order).status == 202
    loop.deliver()
    monkeypatch.setattr("kurv_tools.cli.target.now", api.stack.clock.now)
    capsys.readouterr()

    assert cli.main(["report", "--shop", shop.shop_id, "--days", "7", "--json"]) == 0

    report = json.loads(capsys.readouterr().out)
    assert (report["clicks"], report["orders_after_click"]) == (0, 0)
    assert (report["orders"], report["orders_after_email"]) == (1, 1)  # the email still counts


@pytest.mark.usefixtures("local_state")
def test_the_email_a_sweep_sent_is_counted_as_soon_as_the_sweep_returns(
    api: Api,
    loop: LocalLoop,
    shop: Shop,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # `make run`'s clock route answers after the sweep: a report read then counts its
    # emails, not only the next background delivery (what send wrote reaches stats first).
    monkeypatch.setattr("kurv_tools.cli.target.now", loop.stack.clock.now)
    assert api.post(contact()).status == 202
    assert api.post(cart_updated()).status == 202
    assert len(advance(loop, HOUR)) == 1
    capsys.readouterr()

    assert cli.main(["report", "--shop", shop.shop_id, "--json"]) == 0

    assert json.loads(capsys.readouterr().out)["emails_per_step"] == {"1": 1}
