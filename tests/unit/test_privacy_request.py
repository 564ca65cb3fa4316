"""The privacy request format: what Shopify's compliance webhooks become, what a request
must and must not carry, and what goes on the queue."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from kurv.core.privacy import Platform, PrivacyKind, PrivacyQueue, PrivacyRequest

NOW = 1_795_000_000
CUSTOMER = {"id": 191167, "email": "ada@example.com", "phone": "555-625-1199"}
# As Shopify sends them (shopify.dev, "Privacy law compliance": the mandatory webhooks).
PAYLOADS: dict[str, dict[str, Any]] = {
    "customers/data_request": {
        "shop_id": 954889,
        "shop_domain": "snowdevil.myshopify.com",
        "orders_requested": [299938, 280263, 220458],
        "customer": CUSTOMER,
        "data_request": {"id": 9999},
    },
    "customers/redact": {
        "shop_id": 954889,
        "shop_domain": "snowdevil.myshopify.com",
        "customer": CUSTOMER,
        "orders_to_redact": [299938, 280263, 220458],
    },
    "shop/redact": {"shop_id": 954889, "shop_domain": "snowdevil.myshopify.com"},
}


def from_shopify(topic: str, payload: dict[str, Any] | None = None) -> PrivacyRequest | None:
    return PrivacyRequest.from_shopify(
        topic,
        "nordlys",
        PAYLOADS[topic] if payload is None else payload,
        event_id="b54557e4-event",
        now=NOW,
    )


def test_a_data_request_names_the_person_and_shopifys_ids() -> None:
    request = from_shopify("customers/data_request")

    assert request == PrivacyRequest(
        kind=PrivacyKind.DATA_REQUEST,
        shop_id="nordlys",  # Kurv's shop, not Shopify's number
        email="ada@example.com",
        requested_at=NOW,
        request_id="9999",  # the data request's own id
        customer_id="191167",
        platform=Platform.SHOPIFY,
    )


def test_a_customers_redact_names_the_person_and_the_webhooks_id() -> None:
    request = from_shopify("customers/redact")

    assert request is not None
    assert (request.kind, request.email, request.request_id, request.customer_id) == (
        PrivacyKind.CUSTOMER_REDACT,
        "ada@example.com",
        "b54557e4-event",
        "191167",
    )


def test_a_shop_redact_names_nobody() -> None:
    request = from_shopify("shop/redact")

    assert request is not None
    assert (request.kind, request.shop_id, request.email, request.customer_id) == (
        PrivacyKind.SHOP_REDACT,
        "nordlys",
        None,
        "",
    )


@pytest.mark.parametrize("topic", sorted(PAYLOADS))
def test_the_message_carries_no_phone_and_no_orders(topic: str) -> None:
    request = from_shopify(topic)
    assert request is not None

    message = request.to_message()

    assert "555-625-1199" not in message
    assert "299938" not in message
    assert "snowdevil" not in message
    assert PrivacyRequest.from_message(message) == request


def test_a_topic_that_is_not_a_compliance_topic_makes_no_request() -> None:
    assert (
        PrivacyRequest.from_shopify("orders/create", "nordlys", {}, event_id="e", now=NOW) is None
    )


@pytest.mark.parametrize("email", [None, "", "not an address"])
@pytest.mark.parametrize("topic", ["customers/data_request", "customers/redact"])
def test_a_customer_without_an_address_makes_no_request(topic: str, email: str | None) -> None:
    # Kurv files people by address only: it holds nothing it could find for them.
    payload = {**PAYLOADS[topic], "customer": {"id": 191167, "email": email, "phone": "555"}}

    assert from_shopify(topic, payload) is None


def test_a_payload_that_is_not_shopifys_is_refused() -> None:
    with pytest.raises(ValueError, match="customer"):
        from_shopify("customers/redact", {"customer": "ada@example.com"})


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"kind": "shop_redact"}, "names no person"),
        ({"email": None}, "needs the person's email"),
        ({"email": "not an address"}, "needs the person's email"),
        ({"email": "a@b@example.com"}, "needs the person's email"),
        ({"shop_id": "No Shop"}, "shop_id"),
        ({"request_id": ""}, "request_id"),
        ({"requested_at": -1}, "requested_at"),
        ({"phone": "555-625-1199"}, "phone"),  # nothing more than the work needs
    ],
)
def test_a_request_that_makes_no_sense_is_refused(changes: dict[str, Any], problem: str) -> None:
    values = {
        "kind": "customer_redact",
        "shop_id": "nordlys",
        "email": "ada@example.com",
        "requested_at": NOW,
        "request_id": "e1",
        **changes,
    }

    with pytest.raises(ValidationError, match=problem):
        PrivacyRequest.from_message(json.dumps(values))


class FakeSqs:
    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    def send_message(self, **request: Any) -> dict[str, Any]:
        self.sent.append(request)
        return {"MessageId": f"m{len(self.sent)}"}


def test_the_queue_sends_the_request_as_its_message() -> None:
    sqs = FakeSqs()
    request = from_shopify("customers/redact")
    assert request is not None

    assert PrivacyQueue(sqs, "https://sqs.example/123/kurv-privacy").send(request) == "m1"

    [sent] = sqs.sent
    assert sent["QueueUrl"] == "https://sqs.example/123/kurv-privacy"
    assert PrivacyRequest.from_message(sent["MessageBody"]) == request
