"""The replies table: what customers wrote back, per shop, newest last. Expires by TTL.

The only module that writes it, and the reply bucket (``Inbox``). One item per received
message, keyed by the shop and ``<received_at>#<SES message id>``: SES may invoke the
replies function twice for one message, and the second write finds the first. The
customer's words are kept bounded (inbound.MAX_TEXT_BYTES) and expire with their cart;
the raw message stays in S3 under the same retention.

Beside the replies, each shop's partition holds the forward counters (``count_forward``):
keyed ``#forwards#...``, so they sort before every reply and no query by time meets them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from botocore.exceptions import ClientError

from kurv.core.aws import is_conditional_failure
from kurv.core.dynamo import from_item, to_item
from kurv.core.people import Person

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_s3 import S3Client

# Where the receipt rule stores each message (template.yaml: ObjectKeyPrefix).
REPLY_PREFIX = "replies/"
# The forward counters' keys start so: "#" sorts before every reply's key (digits).
FORWARDS = "#forwards#"


@dataclass(frozen=True)
class StoredReply:
    shop_id: str
    message_id: str  # SES's id for the received message (its S3 object's name)
    received_at: int
    expires_at: int
    cart_id: str | None  # None: the address's code matched no cart (unknown or forged)
    from_address: str
    subject: str
    language: str
    text: str
    reason: str
    rule: str
    auto_reply: bool
    problems: tuple[str, ...] = ()
    runner_up: str = ""  # the next reason that fit (reasons.Reading), "" if none
    confidence: int = 100  # how sure the reason is, in percent
    set_aside: bool = False  # not read (inbound.Reply.set_aside): kept, not acted on
    forward_admitted: bool = False  # counted against the forward limits (replying.Held)
    forward_held: str = ""  # the limit that kept it from the shop (replying.Held), if one
    sender_verified: bool = True  # verdicts.Verdicts.sender_verified
    sender_checks: str = ""  # SES's SPF, DKIM and DMARC verdicts, e.g. "SPF: PASS, ..."
    forwarded: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def sort_key(self) -> str:
        return _sort_key(self.received_at, self.message_id)

    def to_item(self) -> dict[str, Any]:
        values = asdict(self)
        values.pop("extra")
        values["problems"] = list(self.problems)
        item = {key: value for key, value in values.items() if value is not None}
        return {"shop_id": self.shop_id, "sk": self.sort_key, **item}

    @classmethod
    def from_item(cls, item: dict[str, Any]) -> StoredReply:
        return cls(
            shop_id=item["shop_id"],
            message_id=item["message_id"],
            received_at=int(item["received_at"]),
            expires_at=int(item["expires_at"]),
            cart_id=item.get("cart_id"),
            from_address=item.get("from_address", ""),
            subject=item.get("subject", ""),
            language=item.get("language", ""),
            text=item.get("text", ""),
            reason=item.get("reason", "other"),
            rule=item.get("rule", ""),
            runner_up=item.get("runner_up", ""),
            confidence=int(item.get("confidence", 100)),
            auto_reply=bool(item.get("auto_reply", False)),
            problems=tuple(item.get("problems") or ()),
            set_aside=bool(item.get("set_aside", False)),
            forward_admitted=bool(item.get("forward_admitted", False)),
            forward_held=item.get("forward_held", ""),
            sender_verified=bool(item.get("sender_verified", True)),
            sender_checks=item.get("sender_checks", ""),
            forwarded=bool(item.get("forwarded", False)),
        )


class ReplyStore:
    def __init__(self, client: DynamoDBClient, table: str) -> None:
        self._client = client
        self.table = table

    def save(self, reply: StoredReply) -> StoredReply | None:
        """Stores a new reply and answers None; for a message already stored (SES invoked
        twice), changes nothing and answers the stored one."""
        try:
            self._client.put_item(
                TableName=self.table,
                Item=to_item(reply.to_item()),
                ConditionExpression="attribute_not_exists(sk)",
                ReturnValuesOnConditionCheckFailure="ALL_OLD",
            )
        except ClientError as error:
            if not is_conditional_failure(error):
                raise
            stood: Any = error.response.get("Item")
            return StoredReply.from_item(from_item(stood)) if stood else reply
        return None

    def mark_forwarded(self, reply: StoredReply) -> None:
        self._client.update_item(
            TableName=self.table,
            Key={"shop_id": {"S": reply.shop_id}, "sk": {"S": reply.sort_key}},
            UpdateExpression="SET forwarded = :yes",
            ExpressionAttributeValues={":yes": {"BOOL": True}},
        )

    def admit_forward(self, reply: StoredReply) -> bool:
        """Marks the reply as counted against the forward limits, once: False when it was
        already (a concurrent invocation for the same message got there first)."""
        try:
            self._client.update_item(
                TableName=self.table,
                Key={"shop_id": {"S": reply.shop_id}, "sk": {"S": reply.sort_key}},
                UpdateExpression="SET forward_admitted = :yes",
                ConditionExpression="attribute_exists(sk) AND "
                "(attribute_not_exists(forward_admitted) OR forward_admitted = :no)",
                ExpressionAttributeValues={":yes": {"BOOL": True}, ":no": {"BOOL": False}},
            )
        except ClientError as error:
            if not is_conditional_failure(error):
                raise
            return False
        return True

    def mark_held(self, reply: StoredReply, limit: str) -> None:
        """The reply stays with the shop's replies and is not forwarded: `limit` held it."""
        self._client.update_item(
            TableName=self.table,
            Key={"shop_id": {"S": reply.shop_id}, "sk": {"S": reply.sort_key}},
            UpdateExpression="SET forward_held = :limit",
            ExpressionAttributeValues={":limit": {"S": limit}},
        )

    def count_forward(self, shop_id: str, counter: str, *, limit: int, expires_at: int) -> bool:
        """One more forward on `counter` (forward_counter's key) if it has had fewer than
        `limit`; False, and nothing counted, when it has had them all."""
        try:
            self._client.update_item(
                TableName=self.table,
                Key={"shop_id": {"S": shop_id}, "sk": {"S": counter}},
                UpdateExpression="ADD n :one SET expires_at = :expires",
                ConditionExpression="attribute_not_exists(n) OR n < :limit",
                ExpressionAttributeValues={
                    ":one": {"N": "1"},
                    ":limit": {"N": str(limit)},
                    ":expires": {"N": str(expires_at)},
                },
            )
        except ClientError as error:
            if not is_conditional_failure(error):
                raise
            return False
        return True

    def uncount_forward(self, shop_id: str, counter: str) -> None:
        """Gives back a count that no forward used (another limit held it)."""
        try:
            self._client.update_item(
                TableName=self.table,
                Key={"shop_id": {"S": shop_id}, "sk": {"S": counter}},
                UpdateExpression="ADD n :less",
                ConditionExpression="n > :zero",
                ExpressionAttributeValues={":less": {"N": "-1"}, ":zero": {"N": "0"}},
            )
        except ClientError as error:
            if not is_conditional_failure(error):
                raise

    def since(self, shop_id: str, since: int, *, limit: int = 1000) -> list[StoredReply]:
        """The shop's replies received at or after `since`, oldest first."""
        replies: list[StoredReply] = []
        request: dict[str, Any] = {
            "TableName": self.table,
            "KeyConditionExpression": "shop_id = :shop AND sk >= :since",
            "ExpressionAttributeValues": {
                ":shop": {"S": shop_id},
                ":since": {"S": _sort_key(max(since, 0), "")},
            },
        }
        while len(replies) < limit:
            response = self._client.query(**request)
            replies += [StoredReply.from_item(from_item(item)) for item in response["Items"]]
            if "LastEvaluatedKey" not in response:
                break
            request["ExclusiveStartKey"] = response["LastEvaluatedKey"]
        return replies[:limit]

    def of_cart(
        self, shop_id: str, cart_id: str, since: int, *, limit: int = 20, pages: int = 4
    ) -> list[StoredReply]:
        """The replies to one cart received at or after `since`, oldest first, at most
        `limit` (the latest ones). The shop's replies are read newest first, a page (1 MB)
        at a time, and filtered: at most `pages`, so a shop with very many costs no more."""
        replies: list[StoredReply] = []
        request: dict[str, Any] = {
            "TableName": self.table,
            "KeyConditionExpression": "shop_id = :shop AND sk >= :since",
            "FilterExpression": "cart_id = :cart",
            "ExpressionAttributeValues": {
                ":shop": {"S": shop_id},
                ":since": {"S": _sort_key(max(since, 0), "")},
                ":cart": {"S": cart_id},
            },
            "ScanIndexForward": False,
        }
        for _ in range(pages):
            response = self._client.query(**request)
            replies += [StoredReply.from_item(from_item(item)) for item in response["Items"]]
            if "LastEvaluatedKey" not in response or len(replies) >= limit:
                break
            request["ExclusiveStartKey"] = response["LastEvaluatedKey"]
        return replies[:limit][::-1]

    def of_person(
        self, shop_id: str, person: Person, cart_ids: set[str], message_ids: set[str]
    ) -> list[StoredReply]:
        """Every reply of the shop's that holds `person` (from them, or naming them in its
        subject or words), is to one of `cart_ids`, or came in one of `message_ids` (raw
        messages that name them): one query over the shop's replies, filtered here."""
        request: dict[str, Any] = {
            "TableName": self.table,
            "KeyConditionExpression": "shop_id = :shop",
            "ExpressionAttributeValues": {":shop": {"S": shop_id}},
        }
        found: list[StoredReply] = []
        while True:
            page = self._client.query(**request)
            for item in page["Items"]:
                if "message_id" not in item:
                    continue  # a forward counter
                reply = StoredReply.from_item(from_item(item))
                if (
                    reply.cart_id in cart_ids
                    or reply.message_id in message_ids
                    or any(
                        person.named_in(text)
                        for text in (reply.from_address, reply.subject, reply.text)
                    )
                ):
                    found.append(reply)
            if "LastEvaluatedKey" not in page:
                return found
            request["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def erase(self, reply: StoredReply) -> None:
        self._client.delete_item(
            TableName=self.table,
            Key={"shop_id": {"S": reply.shop_id}, "sk": {"S": reply.sort_key}},
        )

    def erase_shop(self, shop_id: str) -> set[str]:
        """Deletes every reply of the shop and its forward counters (a shop's erasure);
        answers the replies' message ids, whose raw messages go with them. Other items in
        the shop's partition are their own store's."""
        request: dict[str, Any] = {
            "TableName": self.table,
            "KeyConditionExpression": "shop_id = :shop",
            "ExpressionAttributeValues": {":shop": {"S": shop_id}},
            "ProjectionExpression": "sk, message_id",
        }
        message_ids: set[str] = set()
        while True:
            page = self._client.query(**request)
            for item in page["Items"]:
                sort_key = item["sk"]["S"]
                if "message_id" in item:
                    message_ids.add(item["message_id"]["S"])
                elif not sort_key.startswith(FORWARDS):
                    continue
                self._client.delete_item(
                    TableName=self.table,
                    Key={"shop_id": {"S": shop_id}, "sk": {"S": sort_key}},
                )
            if "LastEvaluatedKey" not in page:
                return message_ids
            request["ExclusiveStartKey"] = page["LastEvaluatedKey"]


class Inbox:
    """The raw messages SES stored in the reply bucket, by message id."""

    # Enough for any reply a person writes; attachments beyond it are not read anyway.
    READ_BYTES = 2 * 1024 * 1024

    def __init__(self, s3: S3Client, bucket: str, prefix: str = REPLY_PREFIX) -> None:
        self._s3 = s3
        self.bucket = bucket
        self.prefix = prefix

    def read(self, message_id: str, max_bytes: int = READ_BYTES) -> bytes:
        """The message's first `max_bytes` (more for its attachments: replying)."""
        response = self._s3.get_object(
            Bucket=self.bucket,
            Key=self.prefix + message_id,
            Range=f"bytes=0-{max_bytes - 1}",
        )
        return response["Body"].read()

    def message_ids(self) -> list[str]:
        """Every raw message in the bucket, by SES's id (kurv forget)."""
        paginator = self._s3.get_paginator("list_objects_v2")
        return [
            item["Key"].removeprefix(self.prefix)
            for page in paginator.paginate(Bucket=self.bucket, Prefix=self.prefix)
            for item in page.get("Contents", [])
        ]

    def read_whole(self, message_id: str) -> bytes:
        """A raw message as SES stored it, attachments and all (kurv forget)."""
        return self._s3.get_object(Bucket=self.bucket, Key=self.prefix + message_id)["Body"].read()

    def erase(self, message_id: str) -> None:
        """Deletes a raw message (kurv forget); one that is gone already is no error."""
        self._s3.delete_object(Bucket=self.bucket, Key=self.prefix + message_id)


def forward_counter(kind: str, period: int, cart_id: str = "") -> str:
    """A forward counter's key: per shop and period (`kind` "hour"), or per cart too
    (`kind` "day"). "#" sorts before every reply's key (digits)."""
    return f"{FORWARDS}{kind}#{period}" + (f"#{cart_id}" if cart_id else "")


def _sort_key(received_at: int, message_id: str) -> str:
    # Ten digits sort as numbers until the year 2286.
    return f"{received_at:010d}#{message_id}"
