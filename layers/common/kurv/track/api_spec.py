"""What `POST /v1/events` takes and answers, as models and examples for openapi.json.

functions/track/app.py declares its routes with these; `make openapi` asks Powertools for
the document those routes make (tools/kurv_tools/building/openapi.py). Validation stays where it
was: the body is read raw (a signature covers its exact bytes) and each event is checked
on its own by kurv.track.events, so one bad event never costs the batch its good ones.
tests/unit/test_openapi.py fails when openapi.json drifts from this, and
tests/system/test_openapi_replay.py replays every example against the local stack.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from kurv.track.events import MAX_EVENTS_PER_REQUEST, Event

OneEvent = Annotated[Event, Field(discriminator="type")]

ErrorCode = Literal[
    "invalid_request",
    "invalid_json",
    "no_valid_events",
    "missing_credentials",
    "missing_shop",
    "missing_signature",
    "malformed_signature",
    "signature_expired",
    "bad_signature",
    "unknown_key",
    "origin_not_allowed",
    "shop_inactive",
    "browser_contacts_off",
    "not_found",
    "payload_too_large",
    "cart_event_limit",
    "shop_misconfigured",
    "internal_error",
    "temporarily_unavailable",
]


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EventBatch(_Closed):
    """Up to 50 events, applied one by one, in order, each on its own."""

    events: Annotated[list[OneEvent], Field(min_length=1, max_length=MAX_EVENTS_PER_REQUEST)]


class ErrorDetail(_Closed):
    code: Annotated[ErrorCode, Field(description="stable: program against it")]
    message: Annotated[str, Field(description="for people: what to fix; it may change")]
    field: Annotated[
        str | None,
        Field(description="the field or header at fault, e.g. items[0].unit_price or Origin"),
    ] = None


class Rejection(_Closed):
    index: Annotated[int, Field(ge=0, description="the event's place in events, from 0")]
    error: ErrorDetail


class Accepted(_Closed):
    """Some or all events were applied."""

    accepted: Annotated[int, Field(ge=0, description="how many events were applied")]
    rejected: Annotated[
        list[Rejection] | None,
        Field(
            description="a batch's refused events (only when there are some); resend "
            "only these, once fixed"
        ),
    ] = None


class ErrorAnswer(_Closed):
    """Nothing was applied."""

    error: ErrorDetail
    rejected: Annotated[
        list[Rejection] | None,
        Field(description="with no_valid_events: why each event of the batch was refused"),
    ] = None


# Requests, each valid: tests/unit/test_openapi.py checks each against the schema;
# tests/system/test_openapi_replay.py posts it signed for the demo shop (as the shop's
# server would) and checks the answer: the response example of the same name where there
# is one, else 202 with every event accepted.
REQUEST_EXAMPLES: dict[str, dict[str, Any]] = {
    "checkout.step": {
        "summary": "one event",
        "value": {
            "type": "checkout.step",
            "cart_id": "c-1001",
            "event_id": "c-1001-step-shipping",
            "step": "shipping",
        },
    },
    "cart.updated": {
        "summary": "the cart's contents, whole",
        "value": {
            "type": "cart.updated",
            "cart_id": "c-1001",
            "event_id": "c-1001-cart-3",
            "currency": "DKK",
            "locale": "da-DK",
            "items": [
                {
                    "sku": "MUG-BLUE",
                    "name": "Blå krus",
                    "quantity": 2,
                    "unit_price": "89.00",
                    "url": "https://myshop.dk/products/mug-blue",
                }
            ],
        },
    },
    "checkout.contact": {
        "summary": "the customer's address, with consent",
        "value": {
            "type": "checkout.contact",
            "cart_id": "c-1001",
            "event_id": "c-1001-contact-1",
            "email": "ada@example.com",
            "first_name": "Ada",
            "consent": True,
            "locale": "da",
        },
    },
    "payment.failed": {
        "summary": "a refused payment",
        "value": {
            "type": "payment.failed",
            "cart_id": "c-1001",
            "event_id": "c-1001-payment-1",
            "reason": "card_declined",
        },
    },
    "order.completed": {
        "summary": "the purchase: no more email for this cart",
        "value": {
            "type": "order.completed",
            "cart_id": "c-1001",
            "event_id": "c-1001-order",
            "order_id": "100045",
            "total": "178.00",
            "email": "ada@example.com",
        },
    },
    "order.refunded": {
        "summary": "the order refunded: no check-in email after it",
        "value": {
            "type": "order.refunded",
            "cart_id": "c-1001",
            "event_id": "c-1001-refund",
            "order_id": "100045",
        },
    },
    "order.cancelled": {
        "summary": "the order cancelled: no check-in email after it",
        "value": {
            "type": "order.cancelled",
            "cart_id": "c-1001",
            "event_id": "c-1001-cancel",
            "order_id": "100045",
        },
    },
    "customer.opted_out": {
        "summary": "an opt-out",
        "value": {
            "type": "customer.opted_out",
            "cart_id": "c-1002",
            "event_id": "c-1002-opt-out",
            "email": "grace@example.com",
        },
    },
    "batch": {
        "summary": "a batch",
        "value": {
            "events": [
                {
                    "type": "checkout.contact",
                    "cart_id": "c-1003",
                    "email": "linus@example.com",
                    "consent": True,
                },
                {
                    "type": "cart.updated",
                    "cart_id": "c-1003",
                    "currency": "EUR",
                    "items": [
                        {"sku": "LAMP-1", "name": "Desk lamp", "quantity": 1, "unit_price": "49.00"}
                    ],
                },
            ]
        },
    },
}


def _error(code: str, message: str, field: str | None = None) -> dict[str, Any]:
    detail = {"code": code, "message": message}
    if field is not None:
        detail["field"] = field
    return {"error": detail}


# Answers: tests/system/test_openapi_replay.py gets each from the local stack, by the
# request of the same name or by making the mistake its description names.
RESPONSE_EXAMPLES: dict[int, dict[str, dict[str, Any]]] = {
    202: {
        "checkout.step": {"summary": "one event accepted", "value": {"accepted": 1}},
        "batch": {"summary": "a batch accepted", "value": {"accepted": 2}},
        "batch-partial": {
            "summary": "one accepted, one refused",
            "description": "A batch of a checkout.step and a cart.updated whose item's "
            'unit_price is the number 49.0, not the string "49.00".',
            "value": {
                "accepted": 1,
                "rejected": [
                    {
                        "index": 1,
                        **_error(
                            "invalid_request",
                            'items[0].unit_price must be a decimal string such as "19.95" '
                            "(at most 4 decimals)",
                            "items[0].unit_price",
                        ),
                    }
                ],
            },
        },
    },
    400: {
        "invalid-event": {
            "summary": "an invalid event",
            "description": 'A cart.updated with "currency": "EURO".',
            "value": _error(
                "invalid_request",
                "currency must be an ISO 4217 currency code such as EUR or DKK",
                "currency",
            ),
        },
        "no-valid-events": {
            "summary": "no event of a batch valid",
            "description": 'A batch of a checkout.step with "step": "dancing" and an event '
            'of "type": "cart.abandoned".',
            "value": {
                **_error("no_valid_events", "none of the 2 events could be accepted", "events"),
                "rejected": [
                    {
                        "index": 0,
                        **_error(
                            "invalid_request",
                            "step must be one of 'cart', 'contact', 'shipping', 'payment' "
                            "or 'review'",
                            "step",
                        ),
                    },
                    {
                        "index": 1,
                        **_error(
                            "invalid_request",
                            "unknown event type; expected one of cart.updated, "
                            "checkout.contact, checkout.step, payment.failed, "
                            "order.completed, order.refunded, order.cancelled, "
                            "customer.opted_out",
                            "type",
                        ),
                    },
                ],
            },
        },
        "invalid-json": {
            "summary": "a body that is not JSON",
            "value": _error("invalid_json", "the body is not valid JSON"),
        },
    },
    401: {
        "bad-signature": {
            "summary": "a signature that does not match",
            "value": _error(
                "bad_signature",
                'the signature does not match: HMAC-SHA256 of "<t>.<raw body>" with the '
                "shop's signing secret, hex-encoded",
                "Kurv-Signature",
            ),
        },
        "signature-expired": {
            "summary": "a signature made more than 5 minutes ago",
            "value": _error(
                "signature_expired",
                "the signature's timestamp t is more than 5 minutes from our clock (check "
                "the server's clock, and sign each request anew)",
                "Kurv-Signature",
            ),
        },
    },
    403: {
        "origin-not-allowed": {
            "summary": "a publishable key from a page the shop does not allow",
            "value": _error(
                "origin_not_allowed",
                "this Origin is not allowed for the shop's publishable key",
                "Origin",
            ),
        },
    },
    413: {
        "payload-too-large": {
            "summary": "a body over 256 KB",
            "value": _error("payload_too_large", "the body is larger than 256 KB"),
        },
    },
}

_ANSWERS: dict[int, tuple[str, type[BaseModel]]] = {
    202: ("Accepted: all events, or in a batch some (see rejected).", Accepted),
    400: ("The body or its only event is invalid; fix it before resending.", ErrorAnswer),
    401: ("Not authenticated: the headers, the signature or the clock.", ErrorAnswer),
    403: (
        "Authenticated but not allowed: the origin, the shop, or addresses from the storefront.",
        ErrorAnswer,
    ),
    404: ("No such route.", ErrorAnswer),
    413: ("Too large: the body (256 KB), or the cart it would make (400 KB).", ErrorAnswer),
    429: (
        "The cart's 500 event ids are used up (cart_event_limit); the API gateway's own "
        "rate limit answers 429 with its own body.",
        ErrorAnswer,
    ),
    500: ("Our side failed: retry later with the same event_ids.", ErrorAnswer),
    503: ("AWS was busy and the event was not (wholly) applied: retry shortly.", ErrorAnswer),
}


def responses() -> dict[int, Any]:
    """The route's answers for Powertools' OpenAPI, with their models and examples."""
    answers: dict[int, Any] = {}
    for status, (description, model) in _ANSWERS.items():
        content: dict[str, Any] = {"model": model}
        if status in RESPONSE_EXAMPLES:
            content["examples"] = RESPONSE_EXAMPLES[status]
        answers[status] = {"description": description, "content": {"application/json": content}}
    return answers


POST_EVENTS_DESCRIPTION = """\
Tell Kurv about a checkout: one event, or a batch of up to 50 under `events`.

Authenticate as the shop's server (`Kurv-Shop` and `Kurv-Signature: t=<unix seconds>,v1=<hex \
HMAC-SHA256 of "<t>.<raw body>" with the signing secret>`) or from the storefront \
(`Kurv-Key: <publishable key>` with an `Origin` the shop allows). Every error is JSON with a \
stable `code`; bad input never gets a 5xx. docs/api.md has the whole contract."""

SECURITY: list[dict[str, list[str]]] = [{"KurvShop": [], "KurvSignature": []}, {"KurvKey": []}]
