"""The stack is made once per session; each test still starts from it as made.

The first test leaves something in every place a test can (every table, the stream, the
reply bucket, SES's outbox and identities, another region, a queue, a secret, a moved clock,
a faulty client); the next one, run after it, finds none of it; a test without the stack
finds the handlers unwired. `restore()` itself is checked on its own as well, with the
stack's own table deleted."""

from __future__ import annotations

from typing import Any

import pytest

from helpers import START, Api, advance, cart_updated, contact, link, make_shop, reply_to, sent
from kurv.core.clock import DAY, HOUR
from kurv.core.privacy import PrivacyKind, PrivacyRequest
from kurv_tools.local.functions import load_function
from kurv_tools.local.inbound import receive
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.spy import Spy
from kurv_tools.local.stack import LocalStack, privacy_queue_names, table_names
from session_stack import PREFIX, SessionStack

ELSEWHERE = "eu-north-1"
LEFT_BEHIND: dict[str, Any] = {}  # what the first test left, for the ones after it


def items(stack: LocalStack) -> dict[str, int]:
    """How many items each of the stack's tables holds."""
    return {
        name: stack.dynamodb.scan(TableName=name, Select="COUNT", ConsistentRead=True)["Count"]
        for name in table_names(PREFIX).values()
    }


def leftovers(stack: LocalStack) -> dict[str, Any]:
    """Everything a test can leave in the emulator, as the next test would see it."""
    emulator = stack.emulator
    bucket = emulator.client("s3").list_objects_v2(Bucket=stack.settings.reply_bucket)
    secrets = emulator.client("secretsmanager").list_secrets()["SecretList"]
    return {
        "items": {name: count for name, count in items(stack).items() if count},
        "stream": LocalLoop(stack).stream.read(),
        "objects": [entry["Key"] for entry in bucket.get("Contents", [])],
        "emails": sent(stack),
        "identities": stack.sesv2.list_email_identities()["EmailIdentities"],
        "tables elsewhere": emulator.client("dynamodb", region_name=ELSEWHERE).list_tables()[
            "TableNames"
        ],
        "queues": [
            url
            for url in emulator.client("sqs").list_queues().get("QueueUrls", [])
            if url.rsplit("/", 1)[1] not in privacy_queue_names(PREFIX)
        ],
        "privacy requests": [
            count
            for url in (stack.settings.privacy_queue_url,)
            if (
                count := int(
                    emulator.client("sqs").get_queue_attributes(
                        QueueUrl=url, AttributeNames=["ApproximateNumberOfMessages"]
                    )["Attributes"]["ApproximateNumberOfMessages"]
                )
            )
        ],
        "other secrets": [
            secret["Name"]
            for secret in secrets
            if secret["Name"] != stack.settings.address_key_secret
        ],
    }


NOTHING: dict[str, Any] = {
    "items": {},
    "stream": [],
    "objects": [],
    "emails": [],
    "identities": [],
    "tables elsewhere": [],
    "queues": [],
    "privacy requests": [],
    "other secrets": [],
}


def leave_everything_behind(api: Api, loop: LocalLoop, stack: LocalStack) -> None:
    """A day of a shop's life and then some: every table, the bucket, SES and more used."""
    for cart_id, address in (("c1", "ada@example.com"), ("c2", "grace@example.com")):
        assert api.post(contact(cart_id, email=address)).status == 202
        assert api.post(cart_updated(cart_id)).status == 202
    emails = {email["cart_id"]: email for email in advance(loop, HOUR)}
    receive(stack, reply_to(emails["c1"], "Is it dishwasher safe?"))  # replies, the bucket
    assert api.request("POST", link(emails["c2"], "u")).status == 200  # suppressions
    loop.deliver()  # the stats of it all
    stack.emulator.client("dynamodb", region_name=ELSEWHERE).create_table(
        TableName="elsewhere",
        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
        BillingMode="PAY_PER_REQUEST",
    )
    stack.emulator.client("sqs").create_queue(QueueName="left-behind")
    request = PrivacyRequest(
        kind=PrivacyKind.DATA_REQUEST,
        shop_id="test-shop",
        email="ada@example.com",
        requested_at=stack.clock.now(),
        request_id="left-behind",
    )
    stack.privacy_queue.send(request)  # a privacy request nobody took
    stack.emulator.client("secretsmanager").create_secret(Name="left-behind", SecretString="x")
    stack.dynamodb.put_item(
        TableName=stack.settings.carts_table, Item={"pk": {"S": "written-last"}}
    )  # a stream record nobody read


def test_a_test_leaves_everything_behind(api: Api, loop: LocalLoop, stack: LocalStack) -> None:
    leave_everything_behind(api, loop, stack)
    stack.clock.advance(DAY)
    Spy(stack.dynamodb).fail("PutItem", "ThrottlingException", times=None)  # and breaks a client

    left = leftovers(stack)

    # Given: every place the next test is checked for holds something now
    assert sorted(left["items"]) == sorted(table_names(PREFIX).values())
    assert [name for name, found in left.items() if not found] == []
    LEFT_BEHIND.update(left)


def test_the_next_test_finds_none_of_it(stack: LocalStack) -> None:
    if not LEFT_BEHIND:
        pytest.skip("proves something only after test_a_test_leaves_everything_behind")

    assert leftovers(stack) == NOTHING
    assert stack.clock.now() == START
    assert load_function("sweep").clock.get().now() == START  # wired to this test's clock
    make_shop(stack)  # its client is its own: PutItem works
    assert LocalLoop(stack).run_due() == 0


def test_after_a_stack_test_no_handler_is_wired() -> None:
    if not LEFT_BEHIND:
        pytest.skip("proves something only after a test with the stack")

    for function, collaborator in (("sweep", "clock"), ("send", "delivery"), ("track", "links")):
        with pytest.raises(RuntimeError, match="not wired"):
            getattr(load_function(function), collaborator).get().anything  # noqa: B018


def test_restore_takes_the_stack_back_to_as_made(
    api: Api, loop: LocalLoop, stack: LocalStack, session_stack: SessionStack
) -> None:
    # Given everything left behind, and the stack's own carts table deleted
    leave_everything_behind(api, loop, stack)
    stack.dynamodb.delete_table(TableName=stack.settings.carts_table)

    # When
    session_stack.restore()

    # Then the stack is as made: its tables (the carts table made again, with its stream)
    assert leftovers(stack) == NOTHING
    carts = stack.dynamodb.describe_table(TableName=stack.settings.carts_table)["Table"]
    assert carts["StreamSpecification"]["StreamEnabled"] is True
    assert Api(stack, make_shop(stack)).post(contact()).status == 202
    records = LocalLoop(stack).stream.read()
    assert {record["dynamodb"]["Keys"]["pk"]["S"] for record in records} == {"test-shop#c1"}
