"""Whatever arrives, the answer is a JSON 2xx or 4xx: never a 5xx, never a stack trace."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import SECRET, START, Api
from kurv.core.tokens import LinkToken, issue
from kurv.track.auth import sign

EVENT_TYPES = [
    "cart.updated",
    "checkout.contact",
    "checkout.step",
    "payment.failed",
    "order.completed",
    "order.refunded",
    "order.cancelled",
    "customer.opted_out",
]
FIELDS = [
    "cart_id",
    "event_id",
    "occurred_at",
    "items",
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
    "sku",
    "name",
    "quantity",
    "unit_price",
    "image_url",
    "url",
]

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40)
    | st.sampled_from(
        [
            "12.50",
            "EUR",
            "da",
            "ada@example.com",
            "2026-11-18T10:00:00Z",
            "https://shop.example/x",
            "c1",
            "payment",
            "card_declined",
            "<script>alert(1)</script>",
            "a\r\nBcc: x@evil.example",
        ]
    )
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=8), children, max_size=6)
    ),
    max_leaves=25,
)
events = st.fixed_dictionaries(
    {"type": st.sampled_from(EVENT_TYPES) | st.text(max_size=12), "cart_id": scalars},
    optional={name: json_values for name in FIELDS if name != "cart_id"},
)


def _valid(kind: str, cart_id: str, event_id: str | None, offset: int) -> dict[str, Any]:
    base: dict[str, Any] = {"type": kind, "cart_id": cart_id, "occurred_at": START - offset}
    if event_id:
        base["event_id"] = event_id
    extra: dict[str, dict[str, Any]] = {
        "cart.updated": {
            "currency": "DKK",
            "items": [{"sku": "S1", "name": "Mug <b>", "quantity": 2, "unit_price": "99.95"}],
        },
        "checkout.contact": {"email": "ada@example.com", "consent": True, "first_name": "Ada"},
        "checkout.step": {"step": "payment"},
        "payment.failed": {"reason": "card_declined"},
        "order.completed": {"order_id": "o1", "total": "199.90"},
        "order.refunded": {"order_id": "o1"},
        "order.cancelled": {},
        "customer.opted_out": {"email": "ada@example.com"},
    }
    return {**base, **extra[kind]}


# Mostly valid events (a few carts, repeated ids, any order), some with one field spoiled:
# these reach the cart store, where conditional writes and retries live.
valid_events = st.builds(
    _valid,
    st.sampled_from(EVENT_TYPES),
    st.sampled_from(["c1", "c2", "c3"]),
    st.none() | st.sampled_from(["e1", "e2"]),
    st.integers(min_value=0, max_value=7200),
)
spoiled_events = st.tuples(valid_events, st.sampled_from(FIELDS), json_values).map(
    lambda spoil: {**spoil[0], spoil[1]: spoil[2]}
)
bodies = st.one_of(
    st.binary(max_size=600),
    (valid_events | spoiled_events).map(lambda event: json.dumps(event).encode()),
    st.lists(valid_events | spoiled_events, min_size=1, max_size=8).map(
        lambda batch: json.dumps({"events": batch}).encode()
    ),
    json_values.map(lambda value: json.dumps(value).encode()),
    events.map(lambda event: json.dumps(event).encode()),
    st.lists(events | json_values, max_size=6).map(
        lambda batch: json.dumps({"events": batch}).encode()
    ),
)
header_values = st.text(max_size=120) | st.sampled_from(
    ["test-shop", "kpk_test_key_0123456789", "https://shop.example", "t=1,v1=00", "null"]
)
headers = st.dictionaries(
    st.sampled_from(
        [
            "Kurv-Shop",
            "Kurv-Signature",
            "Kurv-Key",
            "Origin",
            "Content-Type",
            "Content-Encoding",
            "X-Forwarded-For",
        ]
    ),
    header_values,
    max_size=5,
)
methods = st.sampled_from(["POST"] * 8 + ["OPTIONS", "GET", "PUT", "DELETE"])


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=bodies,
    extra_headers=headers,
    signed=st.sampled_from([True, True, True, False]),
    method=methods,
)
def test_no_input_gets_a_5xx(
    api: Api, body: bytes, extra_headers: dict[str, str], signed: bool, method: str
) -> None:
    request_headers = dict(extra_headers)
    if signed:  # get past authentication so parsing and storage are exercised too
        request_headers.update(
            {"Kurv-Shop": "test-shop", "Kurv-Signature": sign(SECRET, body, api.stack.clock.now())}
        )

    reply = api.request(method, "/v1/events", headers=request_headers, body=body)

    assert 200 <= reply.status < 500, reply.body
    if reply.status != 204:
        answer: Any = reply.body
        assert isinstance(answer, dict)
        assert "error" in answer or "accepted" in answer
        assert "Traceback" not in json.dumps(answer)


# Any code point (surrogates, controls, bidi overrides, full-width forms) where ASCII belongs.
odd_text = st.text(max_size=80)
hex_digits = st.text(alphabet="0123456789abcdefABCDEF", max_size=70)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    shop_id=st.sampled_from(["test-shop", "no-such-shop"]) | odd_text,
    signature=st.builds(
        lambda t, digest, tail: f"t={t},v1={digest}{tail}",
        st.sampled_from([str(START)]) | odd_text,
        hex_digits,
        odd_text,
    )
    | odd_text,
    key=st.none() | st.sampled_from(["kpk_test_key_0123456789"]) | odd_text,
    origin=st.none() | st.sampled_from(["https://shop.example"]) | odd_text,
)
def test_no_credentials_get_a_5xx(
    api: Api, shop_id: str, signature: str, key: str | None, origin: str | None
) -> None:
    body = json.dumps(_valid("checkout.step", "c1", None, 0)).encode()
    headers = {"Kurv-Shop": shop_id, "Kurv-Signature": signature}
    browser = {name: value for name, value in (("Kurv-Key", key), ("Origin", origin)) if value}

    for sent in (headers, browser, {**headers, **browser}):
        reply = api.request("POST", "/v1/events", headers=sent, body=body)

        assert 200 <= reply.status < 500, (sent, reply.body)
        assert "Traceback" not in json.dumps(reply.body)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), kind=st.sampled_from(["r", "u"]), method=st.sampled_from(["GET", "POST"]))
def test_no_link_gets_a_5xx(api: Api, data: st.DataObject, kind: str, method: str) -> None:
    secret = api.shop.link_secret.get_secret_value()
    genuine = issue(LinkToken("restore", "test-shop", "c1", 1, START + 3600), secret)
    payload, signature = genuine.split(".")
    token = data.draw(
        st.builds(
            lambda head, middle, tail: head + middle + tail,
            st.sampled_from([payload, payload + ".", genuine, ""]) | odd_text,
            st.sampled_from(["", ".", signature]) | odd_text,
            st.sampled_from(["", signature[:-1]]) | odd_text,
        )
    )

    reply = api.request(method, f"/{kind}/{token}")

    assert 200 <= reply.status < 500, (method, kind, token, reply.body)
    assert "Traceback" not in str(reply.body)
