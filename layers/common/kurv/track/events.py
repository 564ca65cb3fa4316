"""The tracking contract (README.md, "The tracking API"): what a shop may tell us about a cart.

Every model is strict (no coercion of "1" into 1) and closed (an unknown field is refused,
with the fields there are, never its own name), so an integration mistake is reported at
once instead of silently ignored.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    TypeAdapter,
    ValidationError,
    WithJsonSchema,
)

from kurv.core.errors import InvalidRequest, problems
from kurv.core.locales import (
    deliverable_email,
    normalize_currency,
    normalize_email,
    normalize_locale,
)
from kurv.core.text import BIDI_OVERRIDES
from kurv.core.urls import web_url

MAX_EVENTS_PER_REQUEST = 50
MAX_ITEMS_PER_CART = 100
# Shops and browsers may run a little ahead of us; beyond this an event is from the future.
FUTURE_TOLERANCE_SECONDS = 300
_EARLIEST = 1_577_836_800  # 2020-01-01: anything older is a unit mistake, not a cart

_FORBIDDEN_CATEGORIES = {"Cc", "Zl", "Zp"}


def _plain_text(value: str) -> str:
    """Names reach email headers and HTML: no line breaks, control or bidi-override characters."""
    for char in value:
        if unicodedata.category(char) in _FORBIDDEN_CATEGORIES or char in BIDI_OVERRIDES:
            raise ValueError("must not contain line breaks or control characters")
    value = value.strip()
    if not value:
        raise ValueError("must not be blank")
    return value


def _identifier(value: str) -> str:
    if not value or any(not ("\x21" <= char <= "\x7e") for char in value):
        raise ValueError("must be printable ASCII without spaces")
    return value


def _money(value: Any) -> Decimal:
    if not isinstance(value, str) or len(value) > 20:
        raise ValueError('must be a decimal string such as "19.95" (at most 4 decimals)')
    integer, _, fraction = value.partition(".")
    if not (
        integer.isascii()
        and integer.isdigit()
        and len(integer) <= 12
        and (not fraction or (fraction.isascii() and fraction.isdigit() and len(fraction) <= 4))
        and ("." not in value or fraction)
    ):
        raise ValueError('must be a decimal string such as "19.95" (at most 4 decimals)')
    return Decimal(value)


def _web_url(value: str) -> str:
    web_url(value)  # raises UrlError (a ValueError) saying what a browser would read otherwise
    return value


def _timestamp(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError("must be an RFC 3339 date-time or Unix seconds")
    if isinstance(value, int):
        seconds = value
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(
                'must be an RFC 3339 date-time such as "2026-11-22T10:15:00Z"'
            ) from None
        if moment.tzinfo is None:
            raise ValueError("must include a time zone offset (or Z for UTC)")
        seconds = int(moment.timestamp())
    else:
        raise ValueError("must be an RFC 3339 date-time or Unix seconds")
    if seconds < _EARLIEST:
        raise ValueError("is before 2020; send Unix seconds, not milliseconds or days")
    if seconds > 10_000_000_000:
        raise ValueError("is too far in the future; send Unix seconds, not milliseconds")
    return seconds


def _phone(value: str) -> str:
    allowed = set("+0123456789 ()-./")
    if not value or any(char not in allowed for char in value):
        raise ValueError("may hold only digits, spaces and + ( ) - . /")
    return value


# Each type validates with the functions above and is described, for openapi.json, by the
# JSON Schema beside it (WithJsonSchema where the validator accepts what the schema cannot say).
Identifier = Annotated[
    StrictStr,
    Field(max_length=128, json_schema_extra={"pattern": "^[!-~]+$"}),
    AfterValidator(_identifier),
]
Text = Annotated[StrictStr, Field(max_length=200), AfterValidator(_plain_text)]
ShortText = Annotated[StrictStr, Field(max_length=100), AfterValidator(_plain_text)]
Money = Annotated[
    Decimal,
    BeforeValidator(_money),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": "^[0-9]{1,12}(\\.[0-9]{1,4})?$",
            "description": "a decimal string, at most 12 digits before the point and 4 after",
            "examples": ["19.95"],
        }
    ),
]
WebUrl = Annotated[
    StrictStr,
    Field(max_length=1024, json_schema_extra={"format": "uri", "pattern": "^https?://"}),
    AfterValidator(_web_url),
]
# An address that names a buyer or an opt-out: any address email-validator reads.
Email = Annotated[
    StrictStr,
    Field(max_length=254, json_schema_extra={"format": "email"}),
    AfterValidator(normalize_email),
]
# An address Kurv will mail: the part before the @ in ASCII (an international domain is
# fine: it goes out in punycode), or SES cannot take it.
DeliverableEmail = Annotated[
    StrictStr,
    Field(max_length=254, json_schema_extra={"format": "email", "pattern": "^[!-~]+@"}),
    AfterValidator(deliverable_email),
]
Phone = Annotated[
    StrictStr,
    Field(max_length=32, json_schema_extra={"pattern": "^[-+0-9 ()./]+$"}),
    AfterValidator(_phone),
]
Currency = Annotated[
    StrictStr,
    AfterValidator(normalize_currency),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": "^[A-Za-z]{3}$",
            "description": "an ISO 4217 currency code",
            "examples": ["EUR", "DKK"],
        }
    ),
]
Locale = Annotated[
    StrictStr,
    AfterValidator(normalize_locale),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": "^[A-Za-z0-9]{2,8}([-_][A-Za-z0-9]{1,8})*$",
            "description": "a language tag: emails are written in da, de, en, fi, it, nb or sv, "
            "and in English for any other",
            "examples": ["da", "sv-SE", "nb-NO"],
        }
    ),
]
Timestamp = Annotated[
    int,
    BeforeValidator(_timestamp),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "date-time"},
                {"type": "integer", "minimum": _EARLIEST, "maximum": 10_000_000_000},
            ],
            "description": "when it happened: an RFC 3339 date-time with an offset, or Unix "
            "seconds; at most 5 minutes ahead of Kurv's clock",
            "examples": ["2026-11-22T10:15:00Z"],
        }
    ),
]

CheckoutStepName = Literal["cart", "contact", "shipping", "payment", "review"]
PaymentFailureReason = Literal[
    "card_declined", "card_number_invalid", "authentication_failed", "insufficient_funds", "other"
]


def _about(text: str) -> Any:
    """A field's description in openapi.json; validation is the type's."""
    return Field(description=text)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CartItem(_Strict):
    """One line of the cart."""

    sku: Annotated[Identifier, Field(max_length=64), _about("your article number")]
    name: Annotated[Text, _about("shown in the email")]
    quantity: Annotated[StrictInt, Field(ge=1, le=9999)]
    unit_price: Money
    image_url: Annotated[
        WebUrl | None, _about("the picture in the email; on the shop's own hosts only")
    ] = None
    url: Annotated[WebUrl | None, _about("the item's name links there in the email")] = None


class _Event(_Strict):
    cart_id: Annotated[
        Identifier, _about("your id for the cart or checkout; one cart per shop and cart_id")
    ]
    event_id: Annotated[
        Identifier | None,
        _about(
            "your id for this event, the same when resent: an id the cart has seen changes nothing"
        ),
    ] = None
    occurred_at: Annotated[
        Timestamp | None, _about("when it happened; default: when Kurv receives it")
    ] = None


class CartUpdated(_Event):
    """The contents of the cart, whole: every line each time, not what changed."""

    type: Literal["cart.updated"]
    items: Annotated[
        list[CartItem],
        Field(max_length=MAX_ITEMS_PER_CART),
        _about("[] empties the cart (an empty cart gets no email)"),
    ]
    currency: Currency
    locale: Annotated[Locale | None, _about("the customer's language")] = None
    restore_url: Annotated[
        WebUrl | None,
        _about(
            "where the email's button leads for this cart instead of the shop's restore URL, "
            "e.g. a platform's checkout recovery link: signed calls only, https on the shop's "
            "own hosts"
        ),
    ] = None

    @property
    def subtotal(self) -> Decimal:
        return sum((item.unit_price * item.quantity for item in self.items), Decimal(0))


class CheckoutContact(_Event):
    """The customer's address and whether they agreed to be emailed."""

    type: Literal["checkout.contact"]
    email: Annotated[
        DeliverableEmail,
        _about("syntax checked, no DNS lookup; ASCII before the @; matched without case"),
    ]
    first_name: Annotated[
        ShortText | None, _about("the email greets the customer by it when it reads as a name")
    ] = None
    consent: Annotated[StrictBool, _about("false: this cart gets no email")]
    locale: Annotated[Locale | None, _about("the customer's language")] = None
    phone: Annotated[Phone | None, _about("kept on the cart, not used in emails")] = None


class CheckoutStep(_Event):
    """The customer reached a step of the checkout (activity: the next email moves later)."""

    type: Literal["checkout.step"]
    step: CheckoutStepName


class PaymentFailed(_Event):
    """A payment was refused: the next email offers help with paying."""

    type: Literal["payment.failed"]
    reason: Annotated[PaymentFailureReason | None, _about("default: other")] = None


class OrderCompleted(_Event):
    """The purchase: the cart is closed for good and gets no more email."""

    type: Literal["order.completed"]
    order_id: Identifier
    total: Annotated[
        Money | None,
        _about("the order's total, in the cart's currency (signed requests: recovered revenue)"),
    ] = None
    email: Annotated[
        Email | None, _about("the buyer's address (signed requests: closes its other carts)")
    ] = None


class OrderRefunded(_Event):
    """The cart's order was refunded: no check-in email asks how it arrived."""

    type: Literal["order.refunded"]
    order_id: Annotated[Identifier | None, _about("the order refunded, for your own records")] = (
        None
    )


class OrderCancelled(_Event):
    """The cart's order was cancelled: no check-in email asks how it arrived."""

    type: Literal["order.cancelled"]
    order_id: Annotated[Identifier | None, _about("the order cancelled, for your own records")] = (
        None
    )


class CustomerOptedOut(_Event):
    """The customer asked for no more email (signed requests: the address, for good)."""

    type: Literal["customer.opted_out"]
    email: Email


Event = (
    CartUpdated
    | CheckoutContact
    | CheckoutStep
    | PaymentFailed
    | OrderCompleted
    | OrderRefunded
    | OrderCancelled
    | CustomerOptedOut
)
_BY_TYPE: dict[str, type[_Event]] = {
    model.model_fields["type"].annotation.__args__[0]: model  # type: ignore[union-attr]
    for model in (
        CartUpdated,
        CheckoutContact,
        CheckoutStep,
        PaymentFailed,
        OrderCompleted,
        OrderRefunded,
        OrderCancelled,
        CustomerOptedOut,
    )
}
EVENT_TYPES = ", ".join(_BY_TYPE)
_EVENT = TypeAdapter[Event](Annotated[Event, Field(discriminator="type")])


def read_body(raw: bytes) -> tuple[list[Any], bool]:
    """The raw events of a request body, and whether it was a batch (``{"events": [...]}``)."""
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise InvalidRequest("the body is not valid JSON", code="invalid_json") from None
    if not isinstance(data, dict):
        raise InvalidRequest('the body must be a JSON object: one event or {"events": [...]}')
    if "type" in data or "events" not in data:
        return [data], False
    if set(data) != {"events"}:  # the other key is not named: errors never repeat input
        raise InvalidRequest('a batch is {"events": [...]} with nothing beside events')
    events = data["events"]
    if not isinstance(events, list) or not 1 <= len(events) <= MAX_EVENTS_PER_REQUEST:
        raise InvalidRequest(
            f"events must be a list of 1 to {MAX_EVENTS_PER_REQUEST} events", field="events"
        )
    return events, True


def parse_event(raw: Any, *, now: int) -> Event:
    """Validate one event, or raise InvalidRequest naming the first field at fault."""
    if not isinstance(raw, dict):
        raise InvalidRequest("an event must be a JSON object")
    if "type" not in raw:
        raise InvalidRequest(f"type is required: one of {EVENT_TYPES}", field="type")
    try:
        event = _EVENT.validate_python(raw)
    except ValidationError as error:
        raise _as_invalid_request(error) from None
    if event.occurred_at is not None and event.occurred_at > now + FUTURE_TOLERANCE_SECONDS:
        raise InvalidRequest(
            "occurred_at is in the future (more than 5 minutes ahead of our clock)",
            field="occurred_at",
        )
    return event


def _as_invalid_request(error: ValidationError) -> InvalidRequest:
    found = error.errors(include_url=False, include_input=False)[0]
    if found["type"] in ("union_tag_invalid", "union_tag_not_found"):
        return InvalidRequest(f"unknown event type; expected one of {EVENT_TYPES}", field="type")
    first = problems(error)[0]
    if found["type"] == "extra_forbidden":
        return _unknown_field(str(found["loc"][0]), first.field)
    field = first.field or "body"
    return InvalidRequest(f"{field} {first.message}", field=field)


def _unknown_field(kind: str, holder: str) -> InvalidRequest:
    """A field we do not take, told by the fields we do: its own name is never repeated."""
    model: type[BaseModel] = CartItem if holder else _BY_TYPE[kind]
    where = f"{holder} (an item)" if holder else f"this {kind} event"
    return InvalidRequest(
        f"{where} has a field it does not take; its fields are {', '.join(model.model_fields)}",
        field=holder or None,
    )
