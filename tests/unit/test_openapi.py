"""openapi.json: made from track's routes and models, valid OpenAPI 3.1, true to the code
(its codes, its schemas, docs/api.md's examples) and to the running server (every example
replayed against `make run`)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any, get_args

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from integration.test_api_docs import blocks, documented_codes, emitted_codes
from kurv.track import api_spec
from kurv.track.auth import sign
from kurv.track.tracking import MAX_BODY_BYTES
from kurv_tools import openapi
from localserver import DEMO_KEY, DEMO_SECRET, LocalServer, local_server

ROOT = Path(__file__).resolve().parents[2]
TRACK_MODULE = "kurv_function_track"


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(openapi.OPENAPI_PATH.read_text())
    return loaded


def operation() -> dict[str, Any]:
    post: dict[str, Any] = spec()["paths"]["/v1/events"]["post"]
    return post


def validator(schema: dict[str, Any]) -> Draft202012Validator:
    """A validator for one schema of the document, its $refs resolved within the document."""
    return Draft202012Validator({**schema, "components": spec()["components"]})


def request_schema() -> dict[str, Any]:
    schema: dict[str, Any] = operation()["requestBody"]["content"]["application/json"]["schema"]
    return schema


def response_examples() -> Iterator[tuple[int, str, Any]]:
    for status, answer in operation()["responses"].items():
        for name, example in answer["content"]["application/json"].get("examples", {}).items():
            yield int(status), name, example["value"]


# ---------------------------------------------------------------- the document and the code


def test_openapi_json_is_what_the_code_makes_now() -> None:
    assert openapi.render() == openapi.OPENAPI_PATH.read_text(), (
        "openapi.json is out of date: run `make openapi` and commit it"
    )


def test_the_drift_check_notices_a_change(monkeypatch: pytest.MonkeyPatch) -> None:
    examples = {**api_spec.REQUEST_EXAMPLES, "extra": {"value": {"events": []}}}
    monkeypatch.setattr(api_spec, "REQUEST_EXAMPLES", examples)
    loaded = sys.modules.pop(TRACK_MODULE, None)  # routes are declared when track loads
    try:
        assert '"extra"' in openapi.render()
        assert openapi.main(["--check"]) == 1
    finally:
        sys.modules.pop(TRACK_MODULE, None)
        if loaded is not None:
            sys.modules[TRACK_MODULE] = loaded


def test_it_is_valid_openapi_3_1() -> None:
    validate(spec())
    assert spec()["openapi"].startswith("3.1")


def test_it_documents_the_one_public_route_and_its_security() -> None:
    assert sorted(spec()["paths"]) == ["/v1/events"]
    assert sorted(spec()["paths"]["/v1/events"]) == ["options", "post"]
    assert operation()["requestBody"]["required"] is True
    schemes = spec()["components"]["securitySchemes"]
    assert {name: (s["in"], s["name"]) for name, s in schemes.items()} == {
        "KurvShop": ("header", "Kurv-Shop"),
        "KurvSignature": ("header", "Kurv-Signature"),
        "KurvKey": ("header", "Kurv-Key"),
    }
    assert operation()["security"] == [{"KurvShop": [], "KurvSignature": []}, {"KurvKey": []}]


def test_its_error_codes_are_the_ones_the_code_answers_with() -> None:
    listed = set(get_args(api_spec.ErrorCode))

    assert listed == set(emitted_codes())
    assert listed == set(documented_codes())
    assert spec()["components"]["schemas"]["ErrorDetail"]["properties"]["code"]["enum"] == list(
        get_args(api_spec.ErrorCode)
    )


def test_every_status_documented_on_the_page_is_in_the_document() -> None:
    statuses = set(documented_codes().values()) | {202}

    assert statuses <= {int(status) for status in operation()["responses"]}


# ---------------------------------------------------------------- its schemas


def test_every_request_example_fits_the_schema() -> None:
    checker = validator(request_schema())
    examples = operation()["requestBody"]["content"]["application/json"]["examples"]

    assert len(examples) >= 7
    for name, example in examples.items():
        errors = [error.message for error in checker.iter_errors(example["value"])]
        assert errors == [], name


def test_the_schema_takes_the_pages_valid_examples_and_refuses_its_invalid_one() -> None:
    checker = validator(request_schema())
    valid = {name: block for name, block in blocks("example").items() if name != "invalid-event"}

    for name, block in valid.items():
        body = json.loads(block.text)
        if name == "batch-partial":  # its second event is refused, on purpose
            body = {"events": body["events"][:1]}
        assert list(checker.iter_errors(body)) == [], name
    assert not checker.is_valid(json.loads(blocks("example")["invalid-event"].text))


@pytest.mark.parametrize(
    ("mistake", "body"),
    [
        ("price as a number", {"unit_price": 19.95}),
        ("a field the event lacks", {"colour": "blue"}),
        ("quantity as a string", {"quantity": "2"}),
        ("a relative image URL", {"image_url": "/img/lamp.jpg"}),
    ],
)
def test_the_schema_refuses_what_the_code_refuses(mistake: str, body: dict[str, Any]) -> None:
    item = {"sku": "LAMP-1", "name": "Desk lamp", "quantity": 1, "unit_price": "49.00", **body}
    event = {"type": "cart.updated", "cart_id": "c-1", "currency": "EUR", "items": [item]}

    assert not validator(request_schema()).is_valid(event), mistake


def test_every_response_example_fits_its_schema() -> None:
    for status, name, value in response_examples():
        model = operation()["responses"][str(status)]["content"]["application/json"]["schema"]
        assert list(validator(model).iter_errors(value)) == [], (status, name)


# ---------------------------------------------------------------- replayed on `make run`


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
