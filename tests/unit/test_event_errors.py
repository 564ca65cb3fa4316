"""An error names what is wrong in our words and never repeats what was sent (docs/api.md,
"Answers and errors"): not an unknown field's name, not an odd character of a value."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kurv.core.errors import InvalidRequest
from kurv.track.events import parse_event, read_body

NOW = 1_795_000_000
MARK = "ZQXJ"  # a run no message of ours holds
ODD = "¤§µé\u202e\u0000<>'\"\\"
canaries = st.text(alphabet=ODD, max_size=6).map(lambda tail: MARK + tail)

ITEM = {"sku": "S1", "name": "Mug", "quantity": 1, "unit_price": "9.95"}
EVENTS: dict[str, dict[str, Any]] = {
    "cart.updated": {"items": [ITEM], "currency": "EUR", "locale": "da"},
    "checkout.contact": {"email": "ada@example.com", "consent": True, "first_name": "Ada"},
    "checkout.step": {"step": "payment"},
    "payment.failed": {"reason": "card_declined"},
    "order.completed": {"order_id": "o1", "total": "9.95", "email": "ada@example.com"},
    "customer.opted_out": {"email": "ada@example.com"},
}
VALUE_FIELDS = [
    "cart_id",
    "event_id",
    "occurred_at",
    "currency",
    "locale",
    "email",
    "first_name",
    "consent",
    "phone",
    "step",
    "reason",
    "order_id",
    "total",
    "items",
]


def event(kind: str, **changes: Any) -> dict[str, Any]:
    return {"type": kind, "cart_id": "c1", **EVENTS[kind], **changes}


SPOILS: dict[str, Any] = {
    "unknown field": lambda kind, canary: event(kind, **{canary: 1}),
    "unknown item field": lambda _, canary: event("cart.updated", items=[{**ITEM, canary: "x"}]),
    "item value": lambda _, canary: event("cart.updated", items=[{**ITEM, "sku": canary}]),
    "item price": lambda _, canary: event("cart.updated", items=[{**ITEM, "unit_price": canary}]),
    "type": lambda _, canary: {"type": canary, "cart_id": "c1"},
    "email local part": lambda kind, canary: event(kind, email=f"{canary}@example.com"),
    "email domain": lambda kind, canary: event(kind, email=f"ada@{canary}.example"),
}


def spoiled(kind: str, where: str, canary: str) -> Any:
    """An event of `kind` carrying `canary` in the place `where` names."""
    if where in SPOILS:
        return SPOILS[where](kind, canary)
    return event(kind, **{where: canary})


def answer(raw: Any) -> str:
    try:
        parse_event(raw, now=NOW)
    except InvalidRequest as error:
        return json.dumps(error.body()) + json.dumps(error.body(), ensure_ascii=False)
    return ""


def assert_not_echoed(text: str, canary: str) -> None:
    assert MARK not in text, text
    for char in set(canary) - set(MARK) - set("'\"\\"):  # JSON quotes these itself
        assert char not in text, (char, text)


@given(
    canary=canaries,
    kind=st.sampled_from(sorted(EVENTS)),
    where=st.sampled_from(
        [
            "unknown field",
            "unknown item field",
            "item value",
            "item price",
            "type",
            "email local part",
            "email domain",
            *VALUE_FIELDS,
        ]
    ),
)
def test_an_invalid_event_is_not_echoed(canary: str, kind: str, where: str) -> None:
    assert_not_echoed(answer(spoiled(kind, where, canary)), canary)


@given(canary=canaries)
def test_a_key_beside_events_is_not_echoed(canary: str) -> None:
    body = json.dumps({"events": [event("checkout.step")], canary: 1}).encode()

    with pytest.raises(InvalidRequest) as refused:
        read_body(body)

    assert_not_echoed(json.dumps(refused.value.body(), ensure_ascii=False), canary)


def test_an_unknown_field_is_refused_with_the_fields_there_are() -> None:
    top = answer(event("checkout.step", colour="blue"))
    nested = answer(event("cart.updated", items=[{**ITEM, "colour": "blue"}]))

    assert "colour" not in top + nested
    assert "cart_id, event_id, occurred_at, type, step" in top
    assert '"field": "items[0]"' in nested
    assert "sku, name, quantity" in nested
