"""The local stack is the deployed one: its tables and its stream filter come from template.yaml."""

from __future__ import annotations

from helpers import Api, advance, cart_updated, contact
from kurv.core.clock import HOUR
from kurv.core.model import DUE_INDEX, ORDERS_INDEX
from kurv.core.shop_store import PUBLISHABLE_KEY_INDEX
from kurv_tools.local.emulator import Emulator
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack


def test_local_tables_are_the_templates_tables(stack: LocalStack) -> None:
    carts = stack.dynamodb.describe_table(TableName=stack.settings.carts_table)["Table"]
    shops = stack.dynamodb.describe_table(TableName=stack.settings.shops_table)["Table"]
    ttl = stack.dynamodb.describe_time_to_live(TableName=stack.settings.carts_table)

    assert {index["IndexName"] for index in carts["GlobalSecondaryIndexes"]} == {
        DUE_INDEX,
        ORDERS_INDEX,
    }
    assert carts["StreamSpecification"]["StreamViewType"] == "NEW_AND_OLD_IMAGES"
    assert ttl["TimeToLiveDescription"]["AttributeName"] == "expires_at"
    assert [i["IndexName"] for i in shops["GlobalSecondaryIndexes"]] == [PUBLISHABLE_KEY_INDEX]


def test_of_a_carts_real_stream_records_send_is_handed_the_claim_only(
    api: Api, stack: LocalStack, loop: LocalLoop
) -> None:
    # Given a cart's whole life on moto's stream: created, updated, claimed, sent, bought
    api.post(contact())
    api.post(cart_updated())
    stack.clock.advance(HOUR)
    loop.sweep()
    records = loop.stream.read()
    stack.invoke("send", {"Records": records})  # marks, sends and records the email
    api.post({"type": "order.completed", "cart_id": "c1", "order_id": "o-1"})
    records += loop.stream.read()

    # When the template's own FilterCriteria judge them
    delivered = [record for record in records if loop.stream_filter(record)]

    # Then only the claim passes: not the creation, the updates, the mark, the record or the order
    assert len(records) >= 6
    assert len(delivered) == 1
    claim = delivered[0]["dynamodb"]
    assert "claim_id" in claim["NewImage"]
    assert "claim_id" not in claim["OldImage"]


def test_the_outbox_reads_the_same_in_process_as_over_http(
    api: Api, stack: LocalStack, loop: LocalLoop
) -> None:
    # Given two emails sent through the embedded emulator
    api.post(contact())
    api.post(cart_updated())
    api.post(contact("c2", email="grace@example.com"))
    api.post(cart_updated("c2"))
    advance(loop, HOUR)

    # When read in this process, and as an emulator elsewhere is read (/moto-api/data.json)
    in_process = stack.emulator.sent_messages()
    over_http = Emulator(stack.emulator.endpoint_url).sent_messages()

    # Then they are the same record
    assert len(in_process) == 2
    assert in_process == over_http
