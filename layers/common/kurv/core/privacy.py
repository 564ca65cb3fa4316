"""A platform's privacy request, as one small typed message, and the queue it waits in.

A platform (Shopify's mandatory compliance webhooks) asks for a person's erasure, a shop's
erasure or a copy of what Kurv holds about a person. The track function answers the
platform within its few seconds by queueing a `PrivacyRequest` (`PrivacyQueue.send`); the
privacy function takes it from there (kurv.privacy), however long the erasure takes.

What the message carries is what the work needs and nothing more: no phone, no order ids.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kurv.core.errors import TemporarilyUnavailable
from kurv.core.locales import normalize_email
from kurv.core.shops import SHOP_ID_PATTERN

# A platform's ids are short; anything longer is not one of them.
MAX_ID_LENGTH = 128


class PrivacyKind(StrEnum):
    CUSTOMER_REDACT = "customer_redact"  # erase one person's data for the shop (kurv forget)
    SHOP_REDACT = "shop_redact"  # erase everything of the shop (48 h after it uninstalled)
    DATA_REQUEST = "data_request"  # record it; the merchant answers with kurv export


class Platform(StrEnum):
    SHOPIFY = "shopify"
    KURV = "kurv"  # a request made with Kurv's own tools


# Shopify's compliance topics, as its webhooks name them.
SHOPIFY_TOPICS = {
    "customers/redact": PrivacyKind.CUSTOMER_REDACT,
    "shop/redact": PrivacyKind.SHOP_REDACT,
    "customers/data_request": PrivacyKind.DATA_REQUEST,
}


class PrivacyRequest(BaseModel):
    """One request: what to do, for which shop (Kurv's id), about whom (an address, for the
    customer kinds), when the platform asked, and the platform's own ids (to tell a repeat
    and to answer the platform): its event or data request id, and its customer id."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: PrivacyKind
    shop_id: str = Field(pattern=SHOP_ID_PATTERN)
    email: str | None = Field(default=None, max_length=320)
    requested_at: int = Field(ge=0)
    request_id: str = Field(min_length=1, max_length=MAX_ID_LENGTH)
    customer_id: str = Field(default="", max_length=MAX_ID_LENGTH)
    platform: Platform = Platform.SHOPIFY

    @model_validator(mode="after")
    def _whom(self) -> Self:
        if self.kind is PrivacyKind.SHOP_REDACT:
            if self.email is not None or self.customer_id:
                raise ValueError("a shop's erasure names no person")
        elif not self.email:
            raise ValueError(f"{self.kind.value} needs the person's email address")
        else:
            try:
                normalize_email(self.email)
            except ValueError:
                # Said without the address: this message may reach a log.
                raise ValueError(f"{self.kind.value} needs the person's email address") from None
        return self

    def to_message(self) -> str:
        return self.model_dump_json(exclude_defaults=False)

    @classmethod
    def from_message(cls, body: str) -> PrivacyRequest:
        """ValueError (pydantic's ValidationError) for anything but a request."""
        return cls.model_validate_json(body)

    @classmethod
    def from_shopify(
        cls, topic: str, shop_id: str, payload: Mapping[str, Any], *, event_id: str, now: int
    ) -> PrivacyRequest | None:
        """The request a Shopify compliance webhook makes, or None when there is nothing
        Kurv could act on: a topic that is not a compliance topic, or a customer known to
        Shopify without an email address, or with one that is none (Kurv files people by
        address only, and takes none it could not mail). ValueError when the payload is not
        what Shopify sends."""
        kind = SHOPIFY_TOPICS.get(topic)
        if kind is None:
            return None
        customer = payload.get("customer") or {}
        if not isinstance(customer, Mapping):
            raise ValueError("customer: not an object")
        email = customer.get("email") or None
        if kind is not PrivacyKind.SHOP_REDACT:
            try:
                normalize_email(str(email or ""))
            except ValueError:
                return None
        data_request = payload.get("data_request") or {}
        request_id = str(data_request.get("id") or "") if isinstance(data_request, Mapping) else ""
        return cls(
            kind=kind,
            shop_id=shop_id,
            email=None if kind is PrivacyKind.SHOP_REDACT else str(email),
            requested_at=now,
            request_id=request_id or event_id,
            customer_id="" if kind is PrivacyKind.SHOP_REDACT else str(customer.get("id") or ""),
            platform=Platform.SHOPIFY,
        )


class PrivacyQueue:
    """Where privacy requests wait for the privacy function (template.yaml's PrivacyQueue).
    `sqs` is a boto3 SQS client (typed loosely: the SQS stubs are not among our pins)."""

    def __init__(self, sqs: Any, queue_url: str) -> None:
        self._sqs = sqs
        self.queue_url = queue_url

    def send(self, request: PrivacyRequest) -> str:
        """Queues the request; answers SQS's message id. TemporarilyUnavailable when SQS
        fails: the caller answers the platform 503, and the platform sends it again."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            response = self._sqs.send_message(
                QueueUrl=self.queue_url, MessageBody=request.to_message()
            )
        except (BotoCoreError, ClientError) as error:
            raise TemporarilyUnavailable(
                "the privacy queue is unavailable; retry shortly"
            ) from error
        return str(response["MessageId"])
