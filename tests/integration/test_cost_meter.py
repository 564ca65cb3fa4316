"""kurv_tools.measure.costs.Meter: what a real boto3 client writes and reads, sized as AWS bills it
(on moto's in-process mock, with the template's due index)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from moto import mock_aws

from kurv_tools.measure import costs


@pytest.fixture
def dynamodb() -> Iterator[Any]:
    with mock_aws():
        client = boto3.client("dynamodb", region_name="eu-west-1")
        client.create_table(
            TableName="carts",
            KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
            AttributeDefinitions=[
                {"AttributeName": "pk", "AttributeType": "S"},
                {"AttributeName": "due_at", "AttributeType": "N"},
            ],
            BillingMode="PAY_PER_REQUEST",
            GlobalSecondaryIndexes=[
                {
                    "IndexName": "due",
                    "KeySchema": [{"AttributeName": "due_at", "KeyType": "HASH"}],
                    "Projection": {"ProjectionType": "KEYS_ONLY"},
                }
            ],
        )
        yield client


def test_the_meter_sizes_what_a_real_client_writes_and_reads(dynamodb: Any) -> None:
    meter = costs.Meter(dynamodb, boto3.client("dynamodb", region_name="eu-west-1"))
    key = {"pk": {"S": "c1"}}

    dynamodb.update_item(
        TableName="carts",
        Key=key,
        UpdateExpression="SET body = :b, due_at = :d",
        ExpressionAttributeValues={":b": {"S": "x" * 1500}, ":d": {"N": "100"}},
    )
    assert meter.write == 2 + 1  # two kilobytes started, and the entry in the due index

    dynamodb.update_item(
        TableName="carts",
        Key=key,
        UpdateExpression="SET due_at = :d",
        ExpressionAttributeValues={":d": {"N": "200"}},
    )
    assert meter.write == 3 + 2 + 2  # the item again, and its index entry moved

    dynamodb.get_item(TableName="carts", Key=key)
    assert meter.read == 0.5
    assert meter.requests == {"UpdateItem": 2, "GetItem": 1}
    # Its own reads take time that is not the code's: kept apart, for timings to leave out.
    assert meter.seconds > 0
    meter.reset()
    assert (meter.write, meter.read, meter.seconds) == (0, 0.0, 0.0)
