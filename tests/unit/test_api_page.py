"""docs/api.md's own shape: every JSON block marked and valid, every event type with a
complete example and its fields documented, every error code the code answers with on the
page with its status. (Its examples, posted: tests/integration/test_api_docs.py; its
programs, run: tests/system/test_api_programs.py.)"""

from __future__ import annotations

import json

from api_contract import (
    DOC,
    blocks,
    documented_codes,
    emitted_codes,
    event_models,
    example,
    marked_blocks,
)
from kurv.track.events import CartItem


def test_every_json_block_is_a_marked_example_or_response() -> None:
    text = DOC.read_text()
    marked_json = [block for block in marked_blocks() if block.language == "json"]

    assert len(marked_json) == text.count("```json")
    names = [(block.kind, block.name) for block in marked_blocks()]
    assert len(names) == len(set(names)), "two blocks share a name"
    for block in marked_json:
        json.loads(block.text)  # each is valid JSON as printed


def test_every_event_type_has_a_complete_example_and_documented_fields() -> None:
    text = DOC.read_text()
    for event_type, model in event_models().items():
        body = example(event_type)
        assert body["type"] == event_type
        # Complete: every field but occurred_at (dated examples would age out of retention).
        assert set(body) == set(model.model_fields) - {"occurred_at"}, event_type
        section = text.split(f"### `{event_type}`\n", 1)[1].split("\n## ", 1)[0].split("\n### ")[0]
        for field in set(model.model_fields) - {"type", "cart_id", "event_id", "occurred_at"}:
            assert f"`{field}`" in section, f"{event_type}: {field} is not documented"
    items = example("cart.updated")["items"]
    assert set[str]().union(*items) == set(CartItem.model_fields)
    for field in CartItem.model_fields:
        assert f"`items[].{field}`" in text
    assert any("occurred_at" in example(name) for name in blocks("example"))


def test_the_code_collector_finds_what_it_should() -> None:
    codes = emitted_codes()

    assert codes["bad_signature"] == 401  # a class with code=
    assert codes["invalid_request"] == 400  # a class's default
    assert codes["internal_error"] == 500  # a literal answer in the handler
    assert "no_valid_events" in codes  # a literal inside a batch answer
    assert "rate_limited" not in codes  # the class exists, but every raise names its own code


def test_every_error_code_is_documented_with_its_status() -> None:
    codes, documented = emitted_codes(), documented_codes()

    assert sorted(set(codes) - set(documented)) == [], "codes the page does not list"
    assert sorted(set(documented) - set(codes)) == [], "codes the page lists but nothing answers"
    for code, status in codes.items():
        if status is not None:
            assert documented[code] == status, code
