"""What Kurv costs on AWS: the units `make bench` measures on the local stack, priced.

DynamoDB's request units are not what moto reports (it does not size items), so a `Meter`
watches a client's writes and reads and sizes each item the way DynamoDB bills it: a write
costs one unit per KB of the larger of the item before and after, plus one unit per index
entry written (two when a write moves an entry within an index); a read costs one unit per
4 KB, half for an eventually consistent one. The prices are list prices; PRICES_AS_OF says
when they were taken and where.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kurv.core.observability import Metric

PRICES_AS_OF = (
    "US East (N. Virginia) list prices as AWS's pricing pages gave them in 2025 (DynamoDB "
    "on-demand after its cut of 2024-11-01); read on 2026-12-05; other regions differ by a "
    "few per cent"
)


@dataclass(frozen=True)
class Prices:
    """US dollars."""

    api_request: float = 1.00 / 1e6  # HTTP API, first 300 million a month
    lambda_request: float = 0.20 / 1e6
    lambda_gb_second: float = 0.0000133334  # arm64
    write_unit: float = 0.625 / 1e6  # DynamoDB on-demand, standard table class
    read_unit: float = 0.125 / 1e6
    email: float = 0.10 / 1000  # SES, outbound
    # A month, whatever the traffic:
    alarm_month: float = 0.10  # a standard-resolution metric alarm
    dashboard_month: float = 3.00  # beyond the account's first three
    secret_month: float = 0.40  # Secrets Manager
    metric_month: float = 0.30  # a custom metric (first 10,000)


PRICES = Prices()
LAMBDA_MEMORY_GB = 0.5  # template.yaml's Globals
MONTH_SECONDS = 30 * 24 * 3600


# ---------------------------------------------------------------- DynamoDB, sized


def item_size(item: dict[str, Any]) -> int:
    """An item's size as DynamoDB bills it: each attribute's name and value, in bytes."""
    return sum(len(name.encode()) + _value_size(value) for name, value in item.items())


def _number_size(text: str) -> int:
    digits = text.lstrip("-").replace(".", "").lstrip("0") or "0"
    return math.ceil(len(digits) / 2) + 1 + text.startswith("-")


_SCALARS: dict[str, Callable[[Any], int]] = {
    "S": lambda text: len(text.encode()),
    "B": len,
    "N": _number_size,
    "BOOL": lambda _: 1,
    "NULL": lambda _: 1,
}


def _value_size(value: dict[str, Any]) -> int:
    (kind, data), *_ = value.items()
    if kind in _SCALARS:
        return _SCALARS[kind](data)
    if kind in ("SS", "NS", "BS"):
        return sum(_SCALARS[kind[0]](member) for member in data)
    if kind == "L":
        return 3 + sum(1 + _value_size(member) for member in data)
    if kind == "M":
        return 3 + sum(1 + len(name.encode()) + _value_size(v) for name, v in data.items())
    raise ValueError(f"unknown DynamoDB type {kind}")


def write_units(before: dict[str, Any] | None, after: dict[str, Any] | None) -> int:
    """The table's own units for one write: 1 KB steps of the larger version, at least 1."""
    larger = max(item_size(before or {}), item_size(after or {}))
    return max(1, math.ceil(larger / 1024))


def index_writes(
    before: dict[str, Any] | None, after: dict[str, Any] | None, keys: tuple[str, ...]
) -> int:
    """Writes to one index (keys-only): none if its key did not change, two if it moved."""

    def key(item: dict[str, Any] | None) -> tuple[Any, ...] | None:
        if not item or any(name not in item for name in keys):
            return None
        return tuple(str(item[name]) for name in keys)

    old, new = key(before), key(after)
    if old == new:
        return 0
    return 2 if old is not None and new is not None else 1


def read_units(size: int, *, consistent: bool) -> float:
    units = max(1, math.ceil(size / 4096))
    return float(units) if consistent else units / 2


@dataclass
class Meter:
    """DynamoDB request units of everything `client` does, sized with a second client
    (`peek`) that reads items before and after each write."""

    client: Any
    peek: Any
    write: int = 0
    read: float = 0.0
    seconds: float = 0.0  # spent sizing items, not by the code measured: for timings to leave out
    requests: Counter[str] = field(default_factory=Counter)
    _indexes: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    _pending: dict[int, tuple[dict[str, Any], dict[str, Any] | None]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.client.meta.events.register("before-parameter-build.dynamodb", self._before)
        self.client.meta.events.register("after-call.dynamodb", self._after)

    def reset(self) -> None:
        self.write, self.read, self.seconds = 0, 0.0, 0.0
        self.requests.clear()

    def _before(
        self, model: Any, params: dict[str, Any], context: dict[str, Any], **_: Any
    ) -> None:
        started = time.perf_counter()
        before = None
        if model.name in ("UpdateItem", "PutItem", "DeleteItem"):
            before = self._get(params["TableName"], self._key(params))
        self._pending[id(context)] = (params, before)
        self.seconds += time.perf_counter() - started

    def _after(self, model: Any, parsed: dict[str, Any], context: dict[str, Any], **_: Any) -> None:
        started = time.perf_counter()
        self.requests[model.name] += 1
        params, before = self._pending.pop(id(context), ({}, None))
        consistent = bool(params.get("ConsistentRead"))
        if model.name in ("UpdateItem", "PutItem", "DeleteItem"):
            table = params["TableName"]
            after = self._get(table, self._key(params))
            self.write += write_units(before, after)
            self.write += sum(index_writes(before, after, keys) for keys in self._index_keys(table))
        elif model.name == "GetItem":
            self.read += read_units(item_size(parsed.get("Item") or {}), consistent=consistent)
        elif model.name in ("Query", "Scan"):
            size = sum(item_size(item) for item in parsed.get("Items", []))
            self.read += read_units(size, consistent=consistent)
        self.seconds += time.perf_counter() - started

    def _key(self, params: dict[str, Any]) -> dict[str, Any]:
        if "Key" in params:
            key: dict[str, Any] = params["Key"]
            return key
        schema = self.peek.describe_table(TableName=params["TableName"])["Table"]["KeySchema"]
        return {part["AttributeName"]: params["Item"][part["AttributeName"]] for part in schema}

    def _get(self, table: str, key: dict[str, Any]) -> dict[str, Any] | None:
        found: dict[str, Any] | None = self.peek.get_item(
            TableName=table, Key=key, ConsistentRead=True
        ).get("Item")
        return found

    def _index_keys(self, table: str) -> list[tuple[str, ...]]:
        if table not in self._indexes:
            described = self.peek.describe_table(TableName=table)["Table"]
            self._indexes[table] = [
                tuple(part["AttributeName"] for part in index["KeySchema"])
                for index in described.get("GlobalSecondaryIndexes", [])
            ]
        return self._indexes[table]


# ---------------------------------------------------------------- priced


@dataclass(frozen=True)
class Usage:
    """What one unit of work (an event, an email) costs in AWS's billing units."""

    api_requests: float = 0.0
    lambda_invocations: float = 0.0
    lambda_seconds: float = 0.0  # billed duration, summed over the invocations
    write_units: float = 0.0
    read_units: float = 0.0
    emails: float = 0.0

    def dollars(self, prices: Prices = PRICES) -> dict[str, float]:
        return {
            "API Gateway": self.api_requests * prices.api_request,
            "Lambda": self.lambda_invocations * prices.lambda_request
            + self.lambda_seconds * LAMBDA_MEMORY_GB * prices.lambda_gb_second,
            "DynamoDB": self.write_units * prices.write_unit + self.read_units * prices.read_unit,
            "SES": self.emails * prices.email,
        }


def per(usage: Usage, count: int) -> Decimal:
    """The cost of `count` units of work, in dollars, to the cent."""
    return Decimal(str(sum(usage.dollars().values()) * count)).quantize(Decimal("0.01"))


# What an idle stack publishes: the sweep's two figures, every minute, zero included
# (functions/sweep/app.py). tests/integration/test_dashboard_metrics.py checks it is all an
# idle sweep sends.
IDLE_METRICS = (Metric.CARTS_CLAIMED.value, Metric.SWEEP_BACKLOG.value)


def fixed_month(template: dict[str, Any], *, sweep_seconds: float) -> dict[str, float]:
    """What a deployed stack costs a month with no traffic at all, from its template.
    CloudWatch bills a custom metric by the hours it is published in, so an idle stack pays
    for IDLE_METRICS, published every hour whatever happens, not for all it could publish."""
    kinds = Counter(resource["Type"] for resource in template["Resources"].values())
    sweeps = MONTH_SECONDS / 60  # every minute
    return {
        "alarms": kinds["AWS::CloudWatch::Alarm"] * PRICES.alarm_month,
        "dashboard": kinds["AWS::CloudWatch::Dashboard"] * PRICES.dashboard_month,
        "secrets": kinds["AWS::SecretsManager::Secret"] * PRICES.secret_month,
        "the sweep's metrics": len(IDLE_METRICS) * PRICES.metric_month,
        "sweep every minute": sweeps
        * (PRICES.lambda_request + sweep_seconds * LAMBDA_MEMORY_GB * PRICES.lambda_gb_second),
    }


def metrics_month(metrics: int) -> float:
    """Custom metrics a month when every one of `metrics` is published in every hour: the
    most a busy stack pays for them."""
    return metrics * PRICES.metric_month
