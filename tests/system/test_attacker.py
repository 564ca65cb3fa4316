"""A stranger's view, replayed through `make run`: holding only what anyone holds (the
storefront's public key, a cart of their own, the reply address in an email, the ability to
send mail, and the `kurv` command on a shop's machine), they can make Kurv mail nobody else,
count nothing false, carry no way to reach them, and learn no secret (issue 17)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kurv.core.clock import DAY, HOUR
from kurv.track.auth import sign
from kurv_tools.local.stack import DEMO_ORIGIN
from localserver import DEMO_KEY, DEMO_SECRET, LocalServer, kurv, local_server, stack_now

pytestmark = pytest.mark.slow

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
VICTIM, ATTACKER = "ada@example.com", "mallory@evil.example"
SUPPORT = "help@example.com"  # the demo shop's: where replies are forwarded
MUG = {"sku": "MUG", "name": "Mug", "quantity": 1, "unit_price": "9.50"}


def signed(server: LocalServer, event: dict[str, Any]) -> int:
    body = json.dumps(event).encode()
    headers = {"Kurv-Shop": "demo", "Kurv-Signature": sign(DEMO_SECRET, body, stack_now(server))}
    return server.request("POST", "/v1/events", body, headers)[0]


def storefront(server: LocalServer, event: dict[str, Any]) -> tuple[int, Any]:
    headers = {"Kurv-Key": DEMO_KEY, "Origin": DEMO_ORIGIN, "Content-Type": "application/json"}
    status, _, answer = server.request("POST", "/v1/events", json.dumps(event).encode(), headers)
    return status, json.loads(answer)


def advance(server: LocalServer, seconds: int) -> list[dict[str, Any]]:
    body = json.dumps({"advance": seconds}).encode()
    assert server.request("POST", "/_local/clock", body)[0] == 200
    _, _, outbox = server.request("GET", "/_local/outbox")
    emails: list[dict[str, Any]] = json.loads(outbox)
    return emails


def reply(server: LocalServer, email: dict[str, Any], words: str) -> int:
    raw = (
        f"From: Mallory <{ATTACKER}>\r\nTo: {email['reply_to']}\r\n"
        f"Subject: Re: {email['subject']}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{words}\r\n"
    ).encode()
    headers = {"Content-Type": "message/rfc822"}
    return server.request("POST", "/_local/inbound", raw, headers)[0]


def test_a_stranger_with_every_public_value_cannot_steer_kurv(tmp_path: Path) -> None:
    with local_server(tmp_path, KURV_SWEEP_SECONDS="3600") as server:
        # The shop's own server tells Kurv about Ada's cart.
        assert signed(server, {"type": "checkout.contact", "cart_id": "ada", "email": VICTIM,
                               "first_name": "Ada", "consent": True}) == 202  # fmt: skip
        assert (
            signed(
                server,
                {"type": "cart.updated", "cart_id": "ada", "currency": "EUR", "items": [MUG]},
            )
            == 202
        )

        # The stranger, with the storefront's key: Ada's cart under their own address, and a
        # cart of their own whose item name is an advertisement for a phishing page.
        status, answer = storefront(
            server,
            {"type": "checkout.contact", "cart_id": "ada", "email": ATTACKER, "consent": True},
        )
        assert (status, answer) == (202, {"accepted": 1})  # the storefront sees no difference
        wide = "\uff45\uff56\uff49\uff4c\uff0e\uff43\uff4f\uff4d"  # evil.com, full width
        lure = f"Pay at evil-pay[.]com/login or {wide}, call +1 800 555 0100"
        for event in (
            {"type": "checkout.contact", "cart_id": "own", "email": ATTACKER, "consent": True},
            {
                "type": "cart.updated",
                "cart_id": "own",
                "currency": "EUR",
                "items": [{**MUG, "name": lure}],
            },
        ):
            assert storefront(server, event)[0] == 202
        # A picture on the stranger's host, spelled so that urlsplit reads the shop's.
        status, answer = storefront(
            server,
            {
                "type": "cart.updated",
                "cart_id": "own",
                "currency": "EUR",
                "items": [{**MUG, "image_url": "https://evil.example\\.picsum.photos/x.png"}],
            },
        )
        assert status == 400
        assert answer["error"]["field"] == "items[0].image_url"

        emails = advance(server, HOUR + 60)

        # Ada's email went to Ada; the stranger got only their own cart's, without the lure.
        assert sorted((e["cart_id"], e["to"]) for e in emails) == [
            ("ada", VICTIM),
            ("own", ATTACKER),
        ]
        theirs = next(e for e in emails if e["cart_id"] == "own")
        for text in (theirs["text"], theirs["html"]):
            for trace in ("evil", "\uff45\uff56\uff49\uff4c", "800 555", "555 0100"):
                assert trace not in text

        # A link scanner's fetch is no click; the stranger's browser is. Then a storefront
        # order with a total no shop ever took.
        restore = theirs["text"][theirs["text"].index("/r/") :].split()[0]
        assert server.exchange("HEAD", restore)[0] == 302
        assert server.exchange("GET", restore, headers={"User-Agent": BROWSER})[0] == 302
        order = {"type": "order.completed", "cart_id": "own", "order_id": "x", "total": "9" * 12}
        assert storefront(server, order)[0] == 202

        # The reply address in their email: thirty answers make at most a few forwards.
        statuses = {reply(server, theirs, f"Buy at my shop instead, number {n}") for n in range(30)}
        assert statuses == {202}
        for _ in range(5):  # a day at a time, as the sweep sees them
            later = advance(server, DAY)
        forwards = [email for email in later if email["to"] == SUPPORT]
        assert 1 <= len(forwards) <= 3
        assert [e["step"] for e in later if e["cart_id"] == "ada"] == [1, 2, 3]  # Ada's series

        # Odd bytes and made-up shops get a 4xx, and the same answer as a wrong secret.
        body = json.dumps({"type": "cart.updated", "cart_id": "x"}).encode()
        answers = [
            server.exchange(
                "POST",
                "/v1/events",
                body,
                {"Kurv-Shop": shop_id, "Kurv-Signature": signature},
            )
            for shop_id, signature in (
                ("demo", f"t={stack_now(server)},v1={'0' * 64}"),
                ("no-such-shop", f"t={stack_now(server)},v1={'0' * 64}"),
                ("demo", f"t={stack_now(server)},v1=é"),
            )
        ]
        assert [status for status, _, _ in answers] == [401, 401, 401]
        assert answers[0][2] == answers[1][2]  # nothing tells which shops exist
        assert server.exchange("GET", "/r/%C3%A9.%C3%A9")[0] == 400

        # What the shop's owner sees: no revenue from the storefront's order, the scan not
        # counted as a click, and no character of the shop's secret.
        report = json.loads(kurv(tmp_path, "report", "--shop", "demo", "--json"))
        assert report["recovered_revenue"] == {}
        assert report["clicks"] == 1
        shown = kurv(tmp_path, "shop", "show", "demo")
        # Every run of the secret's characters, but those the public key and the row's own
        # label share with it.
        runs = {DEMO_SECRET[start : start + 5] for start in range(len(DEMO_SECRET) - 4)}
        runs -= {run for run in runs if run in DEMO_KEY or run in "signing secret"}
        assert not [run for run in runs if run in shown], shown
