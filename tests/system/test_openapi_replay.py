"""openapi.json replayed against `make run`: every request example answered as the document
says, and every error example what the server answers to the request that provokes it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from api_contract import operation, response_examples
from kurv.track import api_spec
from kurv.track.auth import sign
from kurv.track.tracking import MAX_BODY_BYTES
from localserver import DEMO_KEY, DEMO_SECRET, LocalServer, local_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalServer]:
    with local_server(tmp_path_factory.mktemp("openapi"), KURV_SWEEP_SECONDS="3600") as running:
        yield running


def _now(server: LocalServer) -> int:
    _, _, clock = server.request("GET", "/_local/clock")
    return int(json.loads(clock)["now"])


def signed(
    server: LocalServer, body: bytes, *, secret: str = DEMO_SECRET, age: int = 0
) -> tuple[int, Any]:
    signature = sign(secret, body, _now(server) - age)
    status, _, answer = server.request(
        "POST",
        "/v1/events",
        body,
        {"Content-Type": "application/json", "Kurv-Shop": "demo", "Kurv-Signature": signature},
    )
    return status, json.loads(answer)


def _json(value: Any) -> bytes:
    return json.dumps(value).encode()


_ITEM = {"sku": "LAMP-1", "name": "Desk lamp", "quantity": 1}

# The request behind each response example that no request example makes.
MISTAKES: dict[str, Callable[[LocalServer], tuple[int, Any]]] = {
    "batch-partial": lambda server: signed(
        server,
        _json(
            {
                "events": [
                    {"type": "checkout.step", "cart_id": "c-1004", "step": "payment"},
                    {
                        "type": "cart.updated",
                        "cart_id": "c-1004",
                        "currency": "EUR",
                        "items": [{**_ITEM, "unit_price": 49.0}],
                    },
                ]
            }
        ),
    ),
    "invalid-event": lambda server: signed(
        server,
        _json({"type": "cart.updated", "cart_id": "c-1005", "currency": "EURO", "items": []}),
    ),
    "no-valid-events": lambda server: signed(
        server,
        _json(
            {
                "events": [
                    {"type": "checkout.step", "cart_id": "c-1006", "step": "dancing"},
                    {"type": "cart.abandoned", "cart_id": "c-1006"},
                ]
            }
        ),
    ),
    "invalid-json": lambda server: signed(server, b'{"type": "checkout.step",'),
    "bad-signature": lambda server: signed(
        server, _json(api_spec.REQUEST_EXAMPLES["checkout.step"]["value"]), secret="ksk_wrong"
    ),
    "signature-expired": lambda server: signed(
        server, _json(api_spec.REQUEST_EXAMPLES["checkout.step"]["value"]), age=301
    ),
    "origin-not-allowed": lambda server: _from_a_page(server, "https://elsewhere.example"),
    "payload-too-large": lambda server: signed(server, b" " * (MAX_BODY_BYTES + 1)),
}


def _from_a_page(server: LocalServer, origin: str) -> tuple[int, Any]:
    status, _, answer = server.request(
        "POST",
        "/v1/events",
        _json(api_spec.REQUEST_EXAMPLES["checkout.step"]["value"]),
        {"Content-Type": "application/json", "Kurv-Key": DEMO_KEY, "Origin": origin},
    )
    return status, json.loads(answer)


def test_every_response_example_is_replayed() -> None:
    requested = set(operation()["requestBody"]["content"]["application/json"]["examples"])
    answered = {name for _, name, _ in response_examples()}

    assert sorted(answered - requested - set(MISTAKES)) == []
    assert sorted(set(MISTAKES) - answered) == []


@pytest.mark.slow
def test_request_examples_are_answered_as_documented(server: LocalServer) -> None:
    answers = {name: (status, value) for status, name, value in response_examples()}
    examples = operation()["requestBody"]["content"]["application/json"]["examples"]

    for name, example in examples.items():
        body = example["value"]
        expected = answers.get(name, (202, {"accepted": len(body.get("events", [body]))}))
        assert signed(server, _json(body)) == expected, name


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(MISTAKES))
def test_error_examples_are_what_the_server_answers(name: str, server: LocalServer) -> None:
    expected = next((status, value) for status, n, value in response_examples() if n == name)

    assert MISTAKES[name](server) == expected
