"""Where shops live: the shops table, and a per-container cache in front of it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, cast

from botocore.exceptions import ClientError
from pydantic import ValidationError

from kurv.core.aws import error_code, is_throttling
from kurv.core.clock import HOUR, Clock
from kurv.core.dynamo import from_item, to_item
from kurv.core.errors import ShopConfigError, TemporarilyUnavailable, problems
from kurv.core.shops import SHOP_ID_PATTERN, Shop

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

PUBLISHABLE_KEY_INDEX = "by_publishable_key"
_T = TypeVar("_T", Shop | None, frozenset[str])
_SHOP_ID = re.compile(SHOP_ID_PATTERN)


class ShopStore:
    def __init__(self, client: DynamoDBClient, table: str) -> None:
        self._client = client
        self._table = table

    def get(self, shop_id: str) -> Shop | None:
        """The shop, or None; ShopConfigError when what is stored is not a usable shop."""
        return _shop(self._item(shop_id))

    def stored(self, shop_id: str) -> dict[str, Any] | None:
        """What is stored for the shop, unvalidated: for `kurv shop update` to repair a shop
        whose stored settings an older Kurv accepted and this one refuses."""
        item = self._item(shop_id)
        return from_item(item) if item else None

    def _item(self, shop_id: str) -> dict[str, Any] | None:
        if not _SHOP_ID.match(shop_id):
            return None
        response = self._call("get_item", TableName=self._table, Key={"shop_id": {"S": shop_id}})
        item: dict[str, Any] | None = response.get("Item")
        return item

    def by_publishable_key(self, key: str) -> Shop | None:
        response = self._call(
            "query",
            TableName=self._table,
            IndexName=PUBLISHABLE_KEY_INDEX,
            KeyConditionExpression="publishable_key = :key",
            ExpressionAttributeValues={":key": {"S": key}},
            Limit=1,
        )
        items = response.get("Items") or []
        return _shop(items[0]) if items else None

    def put(self, shop: Shop) -> None:
        self._call("put_item", TableName=self._table, Item=to_item(shop.to_item()))

    def delete(self, shop_id: str) -> None:
        """Forgets the shop's configuration (a shop's erasure, after it left the platform)."""
        self._call("delete_item", TableName=self._table, Key={"shop_id": {"S": shop_id}})

    def shop_ids(self) -> set[str]:
        """Every stored shop's id, usable or not (a privacy request tells shops apart)."""
        pages = self._client.get_paginator("scan").paginate(
            TableName=self._table, ProjectionExpression="shop_id"
        )
        return {item["shop_id"]["S"] for page in pages for item in page.get("Items", [])}

    def all(self) -> list[Shop]:
        """Every shop; ShopConfigError when one of them is not usable (see survey)."""
        shops, unusable = self.survey()
        if unusable:
            raise next(iter(unusable.values()))
        return shops

    def survey(self) -> tuple[list[Shop], dict[str, ShopConfigError]]:
        """Every usable shop, and by id why each other one is not: commands list them all,
        whatever one shop's stored settings say."""
        shops: list[Shop] = []
        unusable: dict[str, ShopConfigError] = {}
        for page in self._client.get_paginator("scan").paginate(TableName=self._table):
            for item in page.get("Items", []):
                try:
                    shop = _shop(item)
                except ShopConfigError as error:
                    unusable[str(from_item(item).get("shop_id"))] = error
                    continue
                if shop is not None:
                    shops.append(shop)
        return sorted(shops, key=lambda shop: shop.shop_id), dict(sorted(unusable.items()))

    def allowed_origins(self) -> frozenset[str]:
        origins: set[str] = set()
        pages = self._client.get_paginator("scan").paginate(
            TableName=self._table, ProjectionExpression="allowed_origins"
        )
        for page in pages:
            for item in page.get("Items", []):
                origins.update(from_item(item).get("allowed_origins") or ())
        return frozenset(origins)

    def note_delivery(self, shop_id: str, platform: str, *, now: int) -> None:
        """Record that `platform` delivered a webhook for the shop, at most once an hour:
        the write is conditional on the stored time being an hour old (or missing)."""
        try:
            self._client.update_item(
                TableName=self._table,
                Key={"shop_id": {"S": shop_id}},
                UpdateExpression="SET #deliveries.#platform = :now",
                ConditionExpression=(
                    "attribute_exists(shop_id) AND attribute_exists(#deliveries) AND "
                    "(attribute_not_exists(#deliveries.#platform)"
                    " OR #deliveries.#platform < :hour_ago)"
                ),
                ExpressionAttributeNames={"#deliveries": "deliveries", "#platform": platform},
                ExpressionAttributeValues={
                    ":now": {"N": str(now)},
                    ":hour_ago": {"N": str(now - HOUR)},
                },
            )
        except ClientError as error:
            if error_code(error) != "ConditionalCheckFailedException":
                raise
            self._first_delivery(shop_id, platform, now=now)

    def _first_delivery(self, shop_id: str, platform: str, *, now: int) -> None:
        """A shop stored before deliveries were recorded has no map to set a key in."""
        try:
            self._client.update_item(
                TableName=self._table,
                Key={"shop_id": {"S": shop_id}},
                UpdateExpression="SET #deliveries = :first",
                ConditionExpression=(
                    "attribute_exists(shop_id) AND attribute_not_exists(#deliveries)"
                ),
                ExpressionAttributeNames={"#deliveries": "deliveries"},
                ExpressionAttributeValues={":first": {"M": {platform: {"N": str(now)}}}},
            )
        except ClientError as error:
            if error_code(error) != "ConditionalCheckFailedException":
                raise

    def _call(self, operation: str, **request: Any) -> Any:
        try:
            return getattr(self._client, operation)(**request)
        except ClientError as error:
            if is_throttling(error):
                raise TemporarilyUnavailable("shop lookup throttled; retry shortly") from error
            raise


def _shop(item: dict[str, Any] | None) -> Shop | None:
    if not item:
        return None
    values = from_item(item)
    try:
        return Shop.model_validate(values)
    except ValidationError as error:
        raise ShopConfigError(str(values.get("shop_id")), problems(error)) from None


@dataclass
class _Cached:
    value: Shop | frozenset[str] | None
    until: int


class ShopDirectory:
    """Shops by id and by publishable key, each trusted for `ttl` seconds per container.

    Unknown ids are cached too, so a flood of requests for a shop that does not exist
    costs one read per minute, not one per request.
    """

    def __init__(self, store: ShopStore, clock: Clock, ttl: int = 60) -> None:
        self._store = store
        self._clock = clock
        self._ttl = ttl
        self._entries: dict[tuple[str, str], _Cached] = {}
        self._noted: dict[tuple[str, str], int] = {}  # deliveries recorded by this container

    def get(self, shop_id: str) -> Shop | None:
        return self._remember(("id", shop_id), lambda: self._store.get(shop_id))

    def by_publishable_key(self, key: str) -> Shop | None:
        return self._remember(("key", key), lambda: self._store.by_publishable_key(key))

    def note_delivery(self, shop: Shop, platform: str) -> None:
        """A platform's webhook arrived for the shop: recorded at most once an hour, and not
        even tried while the shop as cached says it was recorded within the hour."""
        now = self._clock.now()
        if now - shop.deliveries.get(platform, 0) < HOUR:
            return
        noted = self._noted.get((shop.shop_id, platform), 0)
        if now - noted < HOUR:
            return
        self._noted[(shop.shop_id, platform)] = now
        self._store.note_delivery(shop.shop_id, platform, now=now)

    def allowed_origins(self) -> frozenset[str]:
        return self._remember(("origins", ""), self._store.allowed_origins)

    def _remember(self, key: tuple[str, str], load: Callable[[], _T]) -> _T:
        now = self._clock.now()
        cached = self._entries.get(key)
        if cached is not None and cached.until > now:
            return cast("_T", cached.value)  # each key is only ever filled by one loader
        value = load()
        if len(self._entries) > 1000:  # bounded memory under a flood of made-up ids
            self._entries.clear()
        self._entries[key] = _Cached(value, now + self._ttl)
        return value
