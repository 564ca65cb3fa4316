"""The local page (/_local/, make run) holds customers' addresses and moves the clock: no
other site may frame it (a click there must be the developer's own), and its pages run no
script, load nothing but the emails' pictures and post forms only to themselves. The
customer pages the track function answers are never framed either."""

from __future__ import annotations

import http.client
import threading
from collections.abc import Iterator

import pytest

from helpers import Api, advance, cart_updated, contact, link
from kurv.core.clock import HOUR
from kurv_tools.local.devserver import DevServer
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.routes import local_routes


@pytest.fixture
def server(loop: LocalLoop) -> Iterator[DevServer]:
    running = DevServer(("127.0.0.1", 0), loop.stack, local_routes(loop))
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    try:
        yield running
    finally:
        running.shutdown()
        running.server_close()


def fetch(server: DevServer, path: str, **headers: str) -> tuple[int, dict[str, str]]:
    port = server.server_address[1]
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path, headers={"Host": f"127.0.0.1:{port}", **headers})
        reply = connection.getresponse()
        reply.read()
        return reply.status, {name.lower(): value for name, value in reply.getheaders()}
    finally:
        connection.close()


def directives(policy: str) -> dict[str, str]:
    found = (part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    return {name: value[0] if value else "" for name, *value in found}


def test_no_local_answer_may_be_framed(api: Api, loop: LocalLoop, server: DevServer) -> None:
    api.post(contact())
    api.post(cart_updated())
    advance(loop, HOUR)

    answers = {
        path: fetch(server, path)
        for path in ("/_local/", "/_local/emails/0", "/_local/emails/9", "/_local/outbox")
    }
    answers["refused"] = fetch(server, "/_local/outbox", **{"Sec-Fetch-Site": "cross-site"})

    assert [status for status, _ in answers.values()] == [200, 200, 404, 200, 403]
    for status, headers in answers.values():
        assert headers["x-frame-options"] == "DENY", (status, headers)
        policy = directives(headers["content-security-policy"])
        assert policy["frame-ancestors"] == "'none'"
        assert policy["default-src"] == "'none'"
        assert "script-src" not in policy  # no script runs, the email's own included
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["cache-control"] == "no-store"


def test_a_page_loads_only_pictures_and_posts_only_to_itself(
    api: Api, loop: LocalLoop, server: DevServer
) -> None:
    api.post(contact())
    api.post(cart_updated())
    advance(loop, HOUR)

    _, headers = fetch(server, "/_local/emails/0")
    policy = directives(headers["content-security-policy"])

    assert policy["form-action"] == "'self'"
    assert policy["base-uri"] == "'none'"
    assert set(policy) <= {
        "default-src",
        "style-src",
        "img-src",
        "form-action",
        "frame-ancestors",
        "base-uri",
    }


def test_the_customer_pages_cannot_be_framed(api: Api, loop: LocalLoop) -> None:
    api.post(contact())
    api.post(cart_updated())
    email = advance(loop, HOUR)[0]

    for method, path in (("GET", link(email, "u")), ("GET", "/u/not-a-token")):
        page = api.request(method, path)

        assert page.headers["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
