"""`kurv send-test` against `make run` as a process: the email's links are real and work
through the server, on a clock the developer moved, and its sample cart is gone after."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import link
from kurv.core.clock import DAY
from kurv.core.links import campaign_url
from kurv_tools import cli
from kurv_tools.local.emulator import Emulator
from kurv_tools.local.state import STATE_FILE
from localserver import local_server

pytestmark = pytest.mark.slow


def test_send_tests_links_lead_to_the_shop_and_the_opt_out_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("KURV_SHOPS_TABLE", raising=False)
    with local_server(tmp_path, KURV_SWEEP_SECONDS="3600") as server:
        status, _, moved = server.request(
            "POST", "/_local/clock", json.dumps({"advance": DAY}).encode()
        )
        assert status == 200
        monkeypatch.chdir(tmp_path)

        assert cli.main(["send-test", "--shop", "demo", "--to", "me@example.com"]) == 0

        [email] = json.loads(server.request("GET", "/_local/outbox")[2])
        restore = server.exchange("GET", link(email, "r"))
        opt_out = server.exchange("GET", link(email, "u"))
        state = json.loads((tmp_path / STATE_FILE).read_text())
        cart = (
            Emulator(state["endpoint_url"])
            .client("dynamodb")
            .get_item(TableName=state["carts_table"], Key={"pk": {"S": f"demo#{email['cart_id']}"}})
        )

    assert email["cart_id"].startswith("kurv-test-")
    assert abs(email["sent_at"] - json.loads(moved)["now"]) < 60  # dated by the stack's clock
    assert restore[0] == 302
    assert restore[1]["Location"] == campaign_url(
        f"http://localhost:8080/cart/{email['cart_id']}", 1
    )
    assert opt_out[0] == 200
    assert b'<form method="post"' in opt_out[2]
    assert "Item" not in cart  # the sample cart is gone
    assert "sample cart" not in capsys.readouterr().err
