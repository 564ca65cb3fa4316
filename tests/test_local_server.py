"""`make run` end to end: a real process, a real port, a signed request with urllib."""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path

import pytest

from kurv.auth import sign
from kurv_tools.emulator import Emulator
from localserver import DEMO_KEY, DEMO_SECRET, local_server

pytestmark = pytest.mark.slow


def test_signed_contact_and_cart_are_accepted_and_the_server_stops_cleanly(
    tmp_path: Path,
) -> None:
    with local_server(tmp_path) as server:
        # The banner names the demo shop's credentials
        assert DEMO_SECRET in server.output()
        assert DEMO_KEY in server.output()

        for event in (
            {
                "type": "checkout.contact",
                "cart_id": "c1",
                "email": "grace.hopper@example.org",
                "consent": True,
            },
            {
                "type": "cart.updated",
                "cart_id": "c1",
                "currency": "EUR",
                "items": [{"sku": "MUG", "name": "Mug", "quantity": 1, "unit_price": "9.50"}],
            },
        ):
            body = json.dumps(event).encode()
            status, _, answer = server.request(
                "POST",
                "/v1/events",
                body,
                {
                    "Content-Type": "application/json",
                    "Kurv-Shop": "demo",
                    "Kurv-Signature": sign(DEMO_SECRET, body, int(time.time())),
                },
            )
            assert (status, json.loads(answer)) == (202, {"accepted": 1})

        status, headers, _ = server.request(
            "POST", "/v1/events", b"{}", {"Kurv-Key": DEMO_KEY, "Origin": "http://localhost:8080"}
        )
        assert status == 400
        assert headers["Access-Control-Allow-Origin"] == "http://localhost:8080"

        server.process.send_signal(signal.SIGTERM)
        assert server.process.wait(timeout=20) == 0

    log = server.output()
    assert "POST /v1/events -> 202" in log  # one line per request
    assert "Kurv stopped." in log
    assert "grace.hopper" not in log  # customers' addresses never reach logs


def test_a_busy_port_gets_a_clear_message(tmp_path: Path) -> None:
    with local_server(tmp_path) as first:
        port = first.base_url.rsplit(":", 1)[1]
        with (
            pytest.raises(RuntimeError, match="set KURV_PORT to a free port"),
            local_server(tmp_path / "..", KURV_PORT=port),
        ):
            pass


def test_an_endpoint_given_in_aws_endpoint_url_is_used_instead_of_embedding_one(
    tmp_path: Path,
) -> None:
    outside = Emulator.start()  # stands in for an emulator the developer already runs
    try:
        with local_server(tmp_path, AWS_ENDPOINT_URL=outside.endpoint_url) as server:
            assert f"{outside.endpoint_url} (AWS_ENDPOINT_URL)" in server.output()
            tables = outside.client("dynamodb").list_tables()["TableNames"]
            assert {"kurv-CartsTable", "kurv-ShopsTable", "kurv-SuppressionsTable"} <= set(tables)
    finally:
        outside.stop()
