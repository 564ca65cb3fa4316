"""openapi.json: made from track's routes and models, valid OpenAPI 3.1, true to the code
(its codes, its schemas, docs/api.md's examples). Replayed against `make run`:
tests/system/test_openapi_replay.py."""

from __future__ import annotations

import json
import sys
from typing import Any, get_args

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from api_contract import blocks, documented_codes, emitted_codes, operation, response_examples, spec
from kurv.track import api_spec
from kurv_tools.building import openapi

TRACK_MODULE = "kurv_function_track"


def validator(schema: dict[str, Any]) -> Draft202012Validator:
    """A validator for one schema of the document, its $refs resolved within the document."""
    return Draft202012Validator({**schema, "components": spec()["components"]})


def request_schema() -> dict[str, Any]:
    schema: dict[str, Any] = operation()["requestBody"]["content"]["application/json"]["schema"]
    return schema


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
