"""When a platform last delivered a webhook: recorded at most once an hour per shop, and
`kurv doctor` warns about a connected shop that has gone quiet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import ADD
from kurv.core.clock import HOUR
from kurv.core.shop_store import ShopDirectory
from kurv_tools import cli
from kurv_tools.cli.checks import Status, deliveries
from kurv_tools.local.stack import LocalStack

T = 1_796_000_000


class CountingStore:
    """The real store on moto, counting the writes the directory asks of it."""

    def __init__(self, stack: LocalStack) -> None:
        self.store = stack.shop_store
        self.writes = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    def note_delivery(self, shop_id: str, platform: str, *, now: int) -> None:
        self.writes += 1
        self.store.note_delivery(shop_id, platform, now=now)


def test_a_delivery_is_recorded_at_most_once_an_hour(stack: LocalStack, local_state: Path) -> None:
    assert cli.main(ADD) == 0
    store = stack.shop_store

    store.note_delivery("nordlys", "shopify", now=T)
    store.note_delivery("nordlys", "shopify", now=T + HOUR - 1)  # refused by its condition
    store.note_delivery("nordlys", "woocommerce", now=T + 10)
    assert store.get("nordlys").deliveries == {"shopify": T, "woocommerce": T + 10}  # type: ignore[union-attr]

    store.note_delivery("nordlys", "shopify", now=T + HOUR + 1)
    assert store.get("nordlys").deliveries["shopify"] == T + HOUR + 1  # type: ignore[union-attr]
    store.note_delivery("nobody", "shopify", now=T)  # no shop: nothing is made
    assert store.get("nobody") is None


def test_a_shop_stored_before_deliveries_were_recorded_gets_its_first(
    stack: LocalStack, local_state: Path
) -> None:
    assert cli.main(ADD) == 0
    stack.dynamodb.update_item(
        TableName=stack.settings.shops_table,
        Key={"shop_id": {"S": "nordlys"}},
        UpdateExpression="REMOVE deliveries",
    )

    stack.shop_store.note_delivery("nordlys", "shopify", now=T)

    assert stack.shop_store.get("nordlys").deliveries == {"shopify": T}  # type: ignore[union-attr]


def test_a_container_writes_once_an_hour_whatever_the_traffic(
    stack: LocalStack, local_state: Path
) -> None:
    assert cli.main(ADD) == 0
    counting = CountingStore(stack)
    directory = ShopDirectory(counting, stack.clock)  # type: ignore[arg-type]

    for _ in range(50):
        shop = directory.get("nordlys")
        assert shop is not None
        directory.note_delivery(shop, "shopify")
        stack.clock.advance(60)

    assert counting.writes == 1
    stack.clock.advance(HOUR)
    directory.note_delivery(directory.get("nordlys"), "shopify")  # type: ignore[arg-type]
    assert counting.writes == 2


@pytest.mark.parametrize(
    ("last", "status", "found"),
    [
        (None, None, ""),  # not connected: no check
        (0, Status.WARN, "none has arrived yet"),
        (T - 4 * 24 * HOUR, Status.WARN, "none since"),
        (T - 2 * HOUR, Status.OK, "arriving"),
    ],
)
def test_doctor_says_whether_a_connected_shops_webhooks_arrive(
    stack: LocalStack,
    local_state: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
    *,
    last: int | None,
    status: Status | None,
    found: str,
) -> None:
    assert cli.main(ADD) == 0
    if last is not None:
        stack.dynamodb.update_item(
            TableName=stack.settings.shops_table,
            Key={"shop_id": {"S": "nordlys"}},
            UpdateExpression="SET deliveries = :d",
            ExpressionAttributeValues={":d": {"M": {"shopify": {"N": str(last)}}}},
        )
    shop = stack.shop_store.get("nordlys")
    assert shop is not None

    checks = deliveries(shop, T)

    if status is None:
        assert checks == []
        return
    (check,) = checks
    assert (check.name, check.status) == ("shopify webhooks (nordlys)", status)
    assert found in check.found
    monkeypatch.setattr("kurv_tools.cli.doctor._answers", lambda url: True)
    monkeypatch.setattr("kurv_tools.cli.target.local_now", lambda state: T)
    capsys.readouterr()
    cli.main(["doctor"])
    assert "shopify webhooks (nordlys)" in capsys.readouterr().out
