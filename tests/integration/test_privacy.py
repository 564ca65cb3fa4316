"""Privacy requests from a platform, queued as the track function queues them and done by
the privacy function through the local loop: a person's erasure touches that person at
that shop only, a shop's erasure leaves nothing of the shop but its suppressions, a data
request is kept for `kurv data-requests` and answered by `kurv export`, and a bad message
fails alone."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pytest

from helpers import BROWSER, Api, advance, cart_updated, contact, link, make_shop, reply_to
from kurv.core.clock import HOUR
from kurv.core.privacy import PrivacyKind, PrivacyRequest
from kurv.core.shops import Shop
from kurv.privacy.request_log import DataRequestLog
from kurv_tools import cli
from kurv_tools.local.functions import LocalContext, load_function
from kurv_tools.local.inbound import receive
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.spy import Spy
from kurv_tools.local.stack import LocalStack, privacy_queue_names, table_names

OTHER = "other-shop"
# Shopify's payloads, as its compliance webhooks send them (shopify.dev, "Privacy law
# compliance"); the numbers are Shopify's own ids.
SHOPIFY_CUSTOMER = {"id": 191167, "email": "ada@example.com", "phone": "555-625-1199"}


def shopify(topic: str, stack: LocalStack, shop_id: str = "test-shop", **more: Any) -> None:
    """What the Shopify route does with a compliance webhook: one call, queued."""
    payload: dict[str, Any] = {"shop_id": 954889, "shop_domain": "snowdevil.myshopify.com"}
    if topic != "shop/redact":
        payload["customer"] = {**SHOPIFY_CUSTOMER, **more}
    if topic == "customers/data_request":
        payload |= {"orders_requested": [299938, 280263], "data_request": {"id": 9999}}
    if topic == "customers/redact":
        payload["orders_to_redact"] = [299938]
    request = PrivacyRequest.from_shopify(
        topic, shop_id, payload, event_id=f"event-{topic}", now=stack.clock.now()
    )
    assert request is not None
    stack.privacy_queue.send(request)


@pytest.fixture
def other(stack: LocalStack) -> Api:
    shop = make_shop(stack, shop_id=OTHER, publishable_key="kpk_other_0123456789abcdef")
    return Api(stack, shop)


@pytest.fixture
def traces(api: Api, other: Api, loop: LocalLoop, stack: LocalStack) -> dict[str, Any]:
    """Every kind of trace, at two shops: Ada and Grace at the test shop, Ada at the other.
    Ada's carts get emails (series, reply pointers), a click, a reply and her opt-out; she
    also buys on a cart that never had her address, and names herself on the storefront."""
    for shop_api, cart_id, address in (
        (api, "a1", "ada@example.com"),
        (api, "g1", "grace@example.com"),
        (other, "x1", "ada@example.com"),
    ):
        assert shop_api.post(contact(cart_id, email=address)).status == 202
        assert shop_api.post(cart_updated(cart_id)).status == 202
    emails = {email["cart_id"]: email for email in advance(loop, HOUR)}
    assert {"a1", "g1", "x1"} <= set(emails)
    assert api.browser_post(contact("b1", email="ada@example.com")).status == 202
    assert api.post(cart_updated("o1")).status == 202
    order = {"type": "order.completed", "cart_id": "o1", "order_id": "o-9"}
    assert api.post({**order, "email": "Ada@Example.com"}).status == 202
    assert api.request("GET", link(emails["a1"], "r"), headers=BROWSER).status == 302
    receive(stack, reply_to(emails["a1"], "Too expensive, sorry."))
    receive(stack, reply_to(emails["g1"], "Is it dishwasher safe?", From="grace@example.com"))
    receive(stack, reply_to(emails["x1"], "Words for the other shop."))
    assert api.request("POST", link(emails["a1"], "u")).status == 200
    loop.deliver()  # the stats of it all
    return emails


def items_of(stack: LocalStack, shop_id: str) -> dict[str, list[str]]:
    """Every item of the shop's in every table, as sorted JSON text, by table."""
    found: dict[str, list[str]] = {}
    for logical, name in table_names(stack.prefix).items():
        pages = stack.dynamodb.get_paginator("scan").paginate(TableName=name)
        found[logical] = sorted(
            json.dumps(item, sort_keys=True)
            for page in pages
            for item in page["Items"]
            if item.get("shop_id", {}).get("S") == shop_id
            or item.get("pk", {}).get("S", "").startswith(f"{shop_id}#")
            or f"#{shop_id}#" in item.get("pk", {}).get("S", "")
        )
    return found


def raw_messages(stack: LocalStack) -> dict[str, bytes]:
    s3 = stack.emulator.client("s3")
    listed = s3.list_objects_v2(Bucket=stack.settings.reply_bucket).get("Contents", [])
    return {
        item["Key"]: s3.get_object(Bucket=stack.settings.reply_bucket, Key=item["Key"])[
            "Body"
        ].read()
        for item in listed
    }


def waiting(stack: LocalStack) -> dict[str, list[str]]:
    """The bodies in the privacy queue and in its dead-letter queue."""
    sqs = stack.emulator.client("sqs")
    found = {}
    for name in privacy_queue_names(stack.prefix):
        url = sqs.get_queue_url(QueueName=name)["QueueUrl"]
        messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, VisibilityTimeout=0)
        found[name] = [message["Body"] for message in messages.get("Messages", [])]
    return found


def test_a_queued_customer_redact_erases_that_person_at_that_shop_only(
    traces: dict[str, Any], stack: LocalStack, loop: LocalLoop, shop: Shop
) -> None:
    shopify("customers/data_request", stack)  # she asked first, then asked to be forgotten
    shopify("customers/data_request", stack, shop_id=OTHER)
    assert loop.deliver_privacy() == 2
    others_before = items_of(stack, OTHER)
    graces = [text for text in items_of(stack, shop.shop_id)["CartsTable"] if "g1" in text]
    hashed = stack.address_key.hash("ada@example.com")

    shopify("customers/redact", stack)
    assert loop.deliver_privacy() == 1

    ours = items_of(stack, shop.shop_id)
    for logical, texts in ours.items():
        for text in texts:
            assert "ada@example.com" not in text.lower(), logical
            if logical != "SuppressionsTable":
                assert hashed not in text, logical
    assert any(hashed in text for text in ours["SuppressionsTable"])  # the opt-out stays
    assert [text for text in ours["CartsTable"] if "g1" in text] == graces
    assert any("dishwasher" in text for text in ours["RepliesTable"])
    assert items_of(stack, OTHER) == others_before  # her other shop's data is theirs
    left = raw_messages(stack)
    assert not [raw for raw in left.values() if b"Too expensive" in raw]
    assert [raw for raw in left.values() if b"Words for the other shop" in raw]
    assert [raw for raw in left.values() if b"dishwasher" in raw]
    assert waiting(stack) == {name: [] for name in privacy_queue_names(stack.prefix)}


def test_a_queued_shop_redact_erases_the_shop_everywhere_but_its_suppressions(
    traces: dict[str, Any], stack: LocalStack, loop: LocalLoop, shop: Shop
) -> None:
    shopify("customers/data_request", stack)
    assert loop.deliver_privacy() == 1
    before = items_of(stack, shop.shop_id)
    # Given every kind of item of the shop's, in every table
    assert [logical for logical, texts in before.items() if not texts] == []
    assert any("~series#" in text for text in before["CartsTable"])
    assert any("~reply#" in text for text in before["CartsTable"])
    assert any("~storefront-addresses#" in text for text in before["CartsTable"])
    assert any("#forwards#" in text for text in before["RepliesTable"])
    assert any("#privacy#" in text for text in before["RepliesTable"])
    others_before = items_of(stack, OTHER)

    shopify("shop/redact", stack)
    assert loop.deliver_privacy() == 1
    loop.deliver()  # the erasure's stream records reach the stats function, and count nothing

    after = items_of(stack, shop.shop_id)
    assert {logical: texts for logical, texts in after.items() if texts} == {
        "SuppressionsTable": before["SuppressionsTable"]
    }
    assert stack.shop_store.get(shop.shop_id) is None
    assert items_of(stack, OTHER) == others_before
    left = raw_messages(stack)
    assert [raw for raw in left.values() if f"reply+{shop.shop_id}-".encode() in raw] == []
    assert [raw for raw in left.values() if b"Words for the other shop" in raw]


@pytest.mark.usefixtures("local_state")
def test_a_data_request_is_kept_and_kurv_export_answers_it(
    traces: dict[str, Any],
    stack: LocalStack,
    loop: LocalLoop,
    shop: Shop,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shopify("customers/data_request", stack)
    stack.clock.advance(HOUR)
    shopify("customers/data_request", stack)  # Shopify sends it again later: kept once
    assert loop.deliver_privacy() == 2

    assert cli.main(["data-requests"]) == 0
    listed = capsys.readouterr().out
    assert "test-shop" in listed
    assert "ada@example.com" in listed
    assert "191167" in listed  # Shopify's customer id, to answer in Shopify
    assert listed.count("ada@example.com") == 1
    kept = items_of(stack, shop.shop_id)["RepliesTable"]
    assert not [text for text in kept if "555-625-1199" in text or "299938" in text]

    assert cli.main(["export", "--shop", shop.shop_id, "--email", "ADA@example.com"]) == 0
    held = json.loads(capsys.readouterr().out)

    assert sorted(cart["cart_id"] for cart in held["carts"]) == ["a1", "b1", "o1"]
    assert [(sent["cart_id"], sent["step"]) for sent in held["emails_sent"]] == [("a1", 1)]
    assert [(click["cart_id"], click["clicks"]) for click in held["clicks"]] == [("a1", 1)]
    assert [reply["text"] for reply in held["replies"]] == ["Too expensive, sorry."]
    assert [b"Too expensive" in raw["raw"].encode() for raw in held["raw_messages"]] == [True]
    assert held["suppression"]["reason"] == "opted_out"
    assert [request["customer_id"] for request in held["data_requests"]] == ["191167"]
    everything = json.dumps(held).lower()
    assert "grace" not in everything
    assert "other shop" not in everything
    # Nothing changed
    assert len(DataRequestLog(stack.dynamodb, stack.settings.replies_table).of_shop("test-shop"))


def test_a_bad_message_fails_alone_and_waits_in_the_dead_letter_queue(
    traces: dict[str, Any],
    stack: LocalStack,
    loop: LocalLoop,
    shop: Shop,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sqs = stack.emulator.client("sqs")
    garbage = '{"kind": "customer_redact", "email": "mallory@example.com", "shop_id": "No Shop"}'
    shopify("customers/data_request", stack)
    sqs.send_message(QueueUrl=stack.settings.privacy_queue_url, MessageBody=garbage)
    shopify("customers/redact", stack, email="grace@example.com")

    assert loop.deliver_privacy() == 2

    log = DataRequestLog(stack.dynamodb, stack.settings.replies_table)
    assert [request.email for request in log.of_shop(shop.shop_id)] == ["ada@example.com"]
    assert not [text for text in items_of(stack, shop.shop_id)["CartsTable"] if "g1" in text]
    queue, dead_letters = privacy_queue_names(stack.prefix)
    assert waiting(stack) == {queue: [], dead_letters: [garbage]}
    assert "mallory" not in capsys.readouterr().out  # nor in the logs


def test_the_function_reports_exactly_the_failed_messages(stack: LocalStack, shop: Shop) -> None:
    good = PrivacyRequest(
        kind=PrivacyKind.DATA_REQUEST,
        shop_id=shop.shop_id,
        email="ada@example.com",
        requested_at=stack.clock.now(),
        request_id="9999",
    )
    records = [
        {"messageId": "m1", "receiptHandle": "h1", "body": good.to_message(), "attributes": {}},
        {"messageId": "m2", "receiptHandle": "h2", "body": "not a request", "attributes": {}},
    ]
    for record in records:
        record |= {"messageAttributes": {}, "md5OfBody": "", "eventSource": "aws:sqs"}

    result = stack.invoke("privacy", {"Records": records})

    assert result == {"batchItemFailures": [{"itemIdentifier": "m2"}]}


@dataclass
class Hurried(LocalContext):
    """An invocation whose time runs out after its first request."""

    left: list[int] = field(default_factory=lambda: [900_000, 60_000])

    def get_remaining_time_in_millis(self) -> int:
        return self.left.pop(0) if len(self.left) > 1 else self.left[0]


def test_a_request_the_invocation_has_no_time_left_for_goes_back_alone(
    stack: LocalStack, shop: Shop
) -> None:
    records = [
        {
            "messageId": f"m{n}",
            "receiptHandle": f"h{n}",
            "body": PrivacyRequest(
                kind=PrivacyKind.DATA_REQUEST,
                shop_id=shop.shop_id,
                email=f"person{n}@example.com",
                requested_at=stack.clock.now(),
                request_id=f"r{n}",
            ).to_message(),
            "attributes": {},
            "messageAttributes": {},
            "md5OfBody": "",
            "eventSource": "aws:sqs",
        }
        for n in (1, 2)
    ]

    result = load_function("privacy").handler({"Records": records}, Hurried("kurv-privacy"))

    assert result == {"batchItemFailures": [{"itemIdentifier": "m2"}]}
    log = DataRequestLog(stack.dynamodb, stack.settings.replies_table)
    assert [request.request_id for request in log.of_shop(shop.shop_id)] == ["r1"]


def test_an_erasure_that_fails_half_way_is_finished_by_the_retry(
    traces: dict[str, Any], stack: LocalStack, loop: LocalLoop, shop: Shop
) -> None:
    spy = Spy(stack.dynamodb)
    spy.fail("DeleteItem", "AccessDeniedException", times=1, when=lambda p: True)
    shopify("customers/redact", stack)

    assert loop.deliver_privacy() == 1

    assert spy.calls.count("DeleteItem") > 1  # tried, failed, tried again
    carts = items_of(stack, shop.shop_id)["CartsTable"]
    assert not [text for text in carts if "ada@example.com" in text.lower()]
    assert waiting(stack) == {name: [] for name in privacy_queue_names(stack.prefix)}
