"""Data requests waiting for the merchant's answer: one small item each, in the replies table.

The only module that writes these items. They sit in the shop's partition of the replies
table (keyed by shop, like the replies beside them), under ``#privacy#<platform>#<id>``
(the platform's id for the request: the same request sent again finds the first): "#"
sorts before every reply's key, so no query of replies by time meets them, and they carry
no ``message_id``, so no search of replies takes one for a reply. Each holds what
answering needs and no more (when, which platform ids, the address to export for) and
expires KEEP_DAYS after the request: the merchant has 30 days to answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from botocore.exceptions import ClientError

from kurv.core.aws import is_conditional_failure
from kurv.core.clock import DAY
from kurv.core.dynamo import from_item, to_item
from kurv.core.people import Person
from kurv.core.privacy import PrivacyKind, PrivacyRequest

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

KEEP_DAYS = 60
ANSWER_DAYS = 30  # what the platform (and the GDPR's art. 12(3)) gives the merchant
PREFIX = "#privacy#"


@dataclass(frozen=True)
class DataRequest:
    shop_id: str
    email: str
    requested_at: int
    request_id: str
    customer_id: str
    platform: str

    @property
    def sort_key(self) -> str:
        return f"{PREFIX}{self.platform}#{self.request_id}"

    @property
    def answer_by(self) -> int:
        return self.requested_at + ANSWER_DAYS * DAY

    @classmethod
    def of(cls, request: PrivacyRequest) -> DataRequest:
        if request.kind is not PrivacyKind.DATA_REQUEST or request.email is None:
            raise ValueError("not a data request")
        return cls(
            shop_id=request.shop_id,
            email=request.email,
            requested_at=request.requested_at,
            request_id=request.request_id,
            customer_id=request.customer_id,
            platform=request.platform.value,
        )


class DataRequestLog:
    def __init__(self, client: DynamoDBClient, table: str) -> None:
        self._client = client
        self.table = table

    def record(self, request: DataRequest) -> bool:
        """Keeps the request; False when it was kept before (the platform sent it again)."""
        try:
            self._client.put_item(
                TableName=self.table,
                Item=to_item(
                    {
                        "shop_id": request.shop_id,
                        "sk": request.sort_key,
                        "email": request.email,
                        "requested_at": request.requested_at,
                        "request_id": request.request_id,
                        "customer_id": request.customer_id,
                        "platform": request.platform,
                        "expires_at": request.requested_at + KEEP_DAYS * DAY,
                    }
                ),
                ConditionExpression="attribute_not_exists(sk)",
            )
        except ClientError as error:
            if not is_conditional_failure(error):
                raise
            return False
        return True

    def of_shop(self, shop_id: str) -> list[DataRequest]:
        """The shop's data requests, oldest first."""
        request: dict[str, Any] = {
            "TableName": self.table,
            "KeyConditionExpression": "shop_id = :shop AND begins_with(sk, :prefix)",
            "ExpressionAttributeValues": {":shop": {"S": shop_id}, ":prefix": {"S": PREFIX}},
        }
        found: list[DataRequest] = []
        while True:
            page = self._client.query(**request)
            found += [_request(from_item(item)) for item in page["Items"]]
            if "LastEvaluatedKey" not in page:
                return sorted(found, key=lambda kept: (kept.requested_at, kept.request_id))
            request["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def of_person(self, shop_id: str, person: Person) -> list[DataRequest]:
        return [found for found in self.of_shop(shop_id) if person.named_in(found.email)]

    def erase(self, request: DataRequest) -> None:
        self._client.delete_item(
            TableName=self.table,
            Key={"shop_id": {"S": request.shop_id}, "sk": {"S": request.sort_key}},
        )


def _request(item: dict[str, Any]) -> DataRequest:
    return DataRequest(
        shop_id=str(item["shop_id"]),
        email=str(item.get("email", "")),
        requested_at=int(item["requested_at"]),
        request_id=str(item.get("request_id", "")),
        customer_id=str(item.get("customer_id", "")),
        platform=str(item.get("platform", "")),
    )
