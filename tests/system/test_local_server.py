"""`make run` end to end: a real process, a real port, a signed request with urllib."""

from __future__ import annotations

import json
import signal
import socket
import time
from pathlib import Path
from typing import Any

import pytest

import localserver
from kurv.core.clock import DAY
from kurv.core.links import campaign_url
from kurv.track.auth import sign
from kurv_tools.local.emulator import Emulator
from kurv_tools.local.snapshot import SNAPSHOT_FILE
from localserver import DEMO_KEY, DEMO_SECRET, LocalServer, local_server

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

        state = json.loads((tmp_path / ".kurv" / "local.json").read_text())
        assert state["base_url"] == server.base_url  # where `kurv post` finds it
        server.process.send_signal(signal.SIGTERM)
        assert server.process.wait(timeout=20) == 0

    assert not (tmp_path / ".kurv" / "local.json").exists()  # nothing stale left behind
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


def test_a_free_port_taken_before_the_server_binds_it_is_chosen_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a port that was free when chosen, and is taken by the time the server binds it
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = int(taken.getsockname()[1])
        chosen = iter([busy, localserver.free_port()])
        monkeypatch.setattr(localserver, "free_port", lambda: next(chosen))

        # When a server is started on a free port
        with local_server(tmp_path) as server:
            status, _, _ = server.request("GET", "/_local/clock")

    # Then it runs, on the next port chosen
    assert status == 200
    assert not server.base_url.endswith(f":{busy}")
    assert "set KURV_PORT to a free port" in (tmp_path / f"run-{busy}.log").read_text()


def test_a_busy_port_leaves_the_last_runs_state_where_it_was(tmp_path: Path) -> None:
    # Given the last run's state, even one the next run could not use
    kept = tmp_path / SNAPSHOT_FILE
    kept.parent.mkdir()
    kept.write_text("{not json")

    # When a run cannot listen on its port
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        with (
            pytest.raises(RuntimeError, match="set KURV_PORT to a free port"),
            local_server(tmp_path, KURV_PORT=port),
        ):
            pass

    # Then it says so and leaves the state untouched for the run that can
    assert kept.read_text() == "{not json"
    assert not kept.with_name("local-snapshot.unusable.json").exists()


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


def _post_event(server: LocalServer, event: dict[str, Any]) -> int:
    _, _, clock = server.request("GET", "/_local/clock")
    body = json.dumps(event).encode()
    status, _, _ = server.request(
        "POST",
        "/v1/events",
        body,
        {"Kurv-Shop": "demo", "Kurv-Signature": sign(DEMO_SECRET, body, json.loads(clock)["now"])},
    )
    return status


def _advance(server: LocalServer, seconds: int) -> list[dict[str, Any]]:
    status, _, _ = server.request(
        "POST", "/_local/clock", json.dumps({"advance": seconds}).encode()
    )
    assert status == 200
    _, _, outbox = server.request("GET", "/_local/outbox")
    emails: list[dict[str, Any]] = json.loads(outbox)
    return emails


def test_the_whole_loop_through_the_local_server(tmp_path: Path) -> None:
    with local_server(tmp_path, KURV_SWEEP_SECONDS="3600") as server:
        for cart_id in ("bought", "opted-out"):
            assert (
                _post_event(
                    server,
                    {
                        "type": "checkout.contact",
                        "cart_id": cart_id,
                        "email": f"{cart_id}@example.com",
                        "first_name": "Ada",
                        "consent": True,
                    },
                )
                == 202
            )
            assert (
                _post_event(
                    server,
                    {
                        "type": "cart.updated",
                        "cart_id": cart_id,
                        "currency": "EUR",
                        "items": [
                            {"sku": "MUG", "name": "Mug", "quantity": 2, "unit_price": "9.50"}
                        ],
                    },
                )
                == 202
            )

        emails = _advance(server, 3700)

        assert sorted(email["cart_id"] for email in emails) == ["bought", "opted-out"]
        email = next(e for e in emails if e["cart_id"] == "opted-out")
        assert set(email) >= {
            "to",
            "from",
            "reply_to",
            "subject",
            "text",
            "html",
            "headers",
            "raw",
            "cart_id",
            "step",
            "sent_at",
        }
        assert email["to"] == "opted-out@example.com"
        assert email["step"] == 1
        assert "Hi Ada," in email["text"]
        assert "€19.00" in email["text"]
        assert email["headers"]["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

        # One customer buys; the other opts out with the email's own one-click header
        assert (
            _post_event(server, {"type": "order.completed", "cart_id": "bought", "order_id": "o-1"})
            == 202
        )
        target = email["headers"]["List-Unsubscribe"].strip("<>")
        status, _, _ = server.request(
            "POST", target[target.index("/u/") :], b"List-Unsubscribe=One-Click"
        )
        assert status == 200

        assert len(_advance(server, 5 * DAY)) == 2  # no further emails for either


def _reply(server: LocalServer, email: dict[str, Any], words: str, **headers: str) -> Any:
    lines = {
        "From": "Ada <ada@example.com>",
        "To": email["reply_to"],
        "Subject": "Re: " + email["subject"],
        "Content-Type": "text/plain; charset=utf-8",
        **headers,
    }
    raw = "".join(f"{name}: {value}\r\n" for name, value in lines.items()) + "\r\n"
    raw += words + "\r\n\r\n> " + email["text"].splitlines()[0] + "\r\n"
    status, _, answer = server.request(
        "POST", "/_local/inbound", raw.encode(), {"Content-Type": "message/rfc822"}
    )
    return status, json.loads(answer)


def test_replies_and_bounces_through_the_local_server(tmp_path: Path) -> None:
    # As a new user would try it: an email goes out, the customer answers, an out-of-office
    # answers another, a third address bounces.
    with local_server(tmp_path, KURV_SWEEP_SECONDS="3600") as server:
        for cart_id, address in (
            ("answers", "ada@example.com"),
            ("away", "grace@example.com"),
            ("bounces", "bounce@simulator.amazonses.com"),
        ):
            contact = {"type": "checkout.contact", "cart_id": cart_id, "email": address}
            assert _post_event(server, {**contact, "consent": True}) == 202
            cart = {"type": "cart.updated", "cart_id": cart_id, "currency": "EUR"}
            item = {"sku": "MUG", "name": "Mug", "quantity": 1, "unit_price": "9.50"}
            assert _post_event(server, {**cart, "items": [item]}) == 202
        emails = {email["cart_id"]: email for email in _advance(server, 3700)}

        status, answer = _reply(server, emails["answers"], "Shipping was too expensive for me.")
        assert (status, answer["outcome"]) == (202, "forwarded")
        status, answer = _reply(
            server, emails["away"], "I am away until Monday.", **{"Auto-Submitted": "auto-replied"}
        )
        assert (status, answer["outcome"]) == (202, "auto_reply")
        status, _, body = server.request(
            "POST", "/_local/inbound", b"not an email", {"Content-Type": "message/rfc822"}
        )
        assert status == 400
        assert "not an email" in json.loads(body)["error"]["message"]

        _, _, listed = server.request("GET", "/_local/replies")
        replies = json.loads(listed)
        assert [(r["cart_id"], r["reason"], r["auto_reply"], r["forwarded"]) for r in replies] == [
            ("answers", "price", False, True),
            ("away", "other", True, False),
        ]
        assert replies[0]["text"] == "Shipping was too expensive for me."
        outbox = _advance(server, 5 * DAY)

    to_shop = [email for email in outbox if email["to"] == "help@example.com"]
    assert len(to_shop) == 1  # the forward, to the demo shop's support address
    assert "Shipping was too expensive for me." in to_shop[0]["text"]
    steps = {
        cart_id: [
            email["step"]
            for email in outbox
            if email["cart_id"] == cart_id and email["to"] != "help@example.com"
        ]
        for cart_id in ("answers", "away", "bounces")
    }
    # No email after a reply; the out-of-office changed nothing; the bounce suppressed.
    assert steps == {"answers": [1], "away": [1, 3], "bounces": [1]}


LOCAL_MISTAKES = [
    ("POST", "/_local/clock", b'{"advance": -5}', 400),
    ("POST", "/_local/clock", b'{"advance": "soon"}', 400),
    ("POST", "/_local/clock", b"not json", 400),
    ("GET", "/_local/nothing", b"", 404),
    ("POST", "/_local/inbound", b"", 400),
    ("POST", "/_local/inbound", b"To: nobody@example.com\r\n\r\nhi", 400),
]


def test_local_routes_answer_mistakes_clearly(tmp_path: Path) -> None:
    with local_server(tmp_path, KURV_SWEEP_SECONDS="3600") as server:
        answers = [server.request(method, path, body) for method, path, body, _ in LOCAL_MISTAKES]

    for (status, _, answer), (method, path, _, expected) in zip(
        answers, LOCAL_MISTAKES, strict=True
    ):
        assert status == expected, (method, path)
        assert "error" in json.loads(answer)


def test_only_this_machines_own_pages_may_use_the_local_routes(tmp_path: Path) -> None:
    """Another site open in the same browser must not read the outbox (DNS rebinding: its
    own name pointed at 127.0.0.1) nor post the page's forms (cross-site), nor use the page
    as a redirect to elsewhere."""
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    with local_server(tmp_path, KURV_SWEEP_SECONDS="3600") as server:
        origin = server.base_url

        def now() -> int:
            return int(json.loads(server.exchange("GET", "/_local/clock")[2])["now"])

        before = now()
        refused = [
            server.exchange("GET", "/_local/outbox", headers={"Host": "evil.example"}),
            server.exchange(
                "POST",
                "/_local/page/clock",
                b"advance=60",
                headers={**form, "Origin": "https://evil.example"},
            ),
            server.exchange(
                "POST",
                "/_local/clock",
                b'{"advance": 60}',
                headers={"Sec-Fetch-Site": "cross-site"},
            ),
        ]
        after_refusals = now()
        own = server.exchange(
            "POST", "/_local/page/clock", b"advance=60", headers={**form, "Origin": origin}
        )
        after_own = now()
        by_name = server.exchange(
            "GET",
            "/_local/outbox",
            headers={"Host": origin.replace("http://127.0.0.1", "localhost")},
        )
        elsewhere = [
            server.exchange("POST", "/_local/page/clock", f"advance=0&back={back}".encode(), form)
            for back in ("https://evil.example/", "//evil.example/", "/_local//evil.example")
        ]
        back_home = server.exchange(
            "POST", "/_local/page/clock", b"advance=0&back=/_local/emails/0", form
        )
        api = server.exchange(
            "POST",
            "/v1/events",
            b"{}",
            headers={"Host": "kurv.example", "Origin": "https://x.example"},
        )

    for status, _, answer in refused:
        assert status == 403
        assert json.loads(answer)["error"]["code"] == "forbidden"
    assert "evil.example" in json.loads(refused[0][2])["error"]["message"]
    # make run's clock also follows the wall clock: a minute's jump is told from its ticking.
    assert after_refusals - before < 30  # nothing refused moved the clock
    assert own[0] == 303  # the page's own form does
    assert 60 <= after_own - after_refusals < 90
    assert by_name[0] == 200
    assert [headers["Location"] for _, headers, _ in elsewhere] == ["/_local/"] * 3
    assert back_home[1]["Location"] == "/_local/emails/0"
    # The API itself is answered whatever the Host, as API Gateway does: by track, not the guard.
    assert json.loads(api[2])["error"]["code"] == "missing_credentials"


def test_a_link_scanner_gets_the_redirect_but_no_click_through_the_local_server(
    tmp_path: Path,
) -> None:
    with local_server(tmp_path, KURV_SWEEP_SECONDS="3600") as server:
        contact = {"type": "checkout.contact", "cart_id": "c1", "email": "ada@example.com"}
        assert _post_event(server, {**contact, "consent": True}) == 202
        item = {"sku": "MUG", "name": "Mug", "quantity": 1, "unit_price": "9.50"}
        cart = {"type": "cart.updated", "cart_id": "c1", "currency": "EUR", "items": [item]}
        assert _post_event(server, cart) == 202
        [email] = _advance(server, 3700)
        restore = email["text"][email["text"].index("/r/") :].split()[0]

        # A mail scanner checks the link with HEAD, then fetches it naming itself.
        head = server.exchange("HEAD", restore)
        scanner = server.exchange("GET", restore, headers={"User-Agent": "Mimecast URL Protect"})

        for status, headers, body in (head, scanner):
            assert status == 302
            assert headers["Location"] == campaign_url("http://localhost:8080/cart/c1", 1)
            assert body == b""
        _, _, page = server.exchange("GET", "/_local/emails/0")
        assert b"first click" not in page
        # The customer's own click, in a browser, is the click.
        browser = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
        assert server.exchange("GET", restore, headers={"User-Agent": browser})[0] == 302
        _, _, page = server.exchange("GET", "/_local/emails/0")
        assert b"first click" in page
