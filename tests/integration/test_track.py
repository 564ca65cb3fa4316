"""POST /v1/events: what each event does to the cart, the due index and the suppression list."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from helpers import (
    START,
    Api,
    cart_updated,
    contact,
    due_keys,
    make_shop,
    read_cart,
)
from kurv.core.addresses import AddressKey, plain_address_hash
from kurv.core.clock import DAY, HOUR
from kurv.core.model import cart_key
from kurv.core.shops import Shop
from kurv.track.cart_store import CartStore
from kurv.track.cart_updates import MAX_EVENT_IDS
from kurv.track.events import parse_event
from kurv_tools.local.spy import Spy
from kurv_tools.local.stack import LocalStack


def test_contact_and_cart_make_a_due_cart(api: Api, stack: LocalStack, shop: Shop) -> None:
    # Given a customer who gives their address and fills the cart
    assert api.post(contact()).status == 202
    stack.clock.advance(60)
    reply = api.post(cart_updated())

    # Then the cart holds both, is due an hour after the last activity, and expires by TTL
    assert reply.status == 202
    assert reply.body == {"accepted": 1}
    cart = read_cart(stack, shop.shop_id, "c1")
    last_activity = START + 60
    assert cart["email"] == "ada@example.com"
    assert cart["first_name"] == "Ada"
    assert cart["items"][0]["unit_price"] == Decimal("12.5")
    assert cart["subtotal"] == Decimal("25")
    assert cart["last_activity_at"] == last_activity
    assert cart["due_at"] == last_activity + HOUR
    assert cart["expires_at"] == last_activity + 30 * DAY
    assert due_keys(stack, last_activity + HOUR) == [cart_key(shop.shop_id, "c1")]
    assert due_keys(stack, last_activity + HOUR - 1) == []


def test_cart_without_email_never_enters_the_due_index(api: Api, stack: LocalStack) -> None:
    api.post(cart_updated())
    api.post({"type": "checkout.step", "cart_id": "c1", "step": "shipping"})

    assert due_keys(stack, START + 365 * DAY) == []


def test_consent_required_keeps_carts_without_consent_out(api: Api, stack: LocalStack) -> None:
    api.post(cart_updated())
    api.post(contact(consent=False))

    assert due_keys(stack, START + 10 * DAY) == []

    api.post(contact(consent=True))
    assert len(due_keys(stack, START + 10 * DAY)) == 1

    api.post(contact(consent=False))  # consent withdrawn
    assert due_keys(stack, START + 10 * DAY) == []


def test_notice_policy_schedules_without_consent(stack: LocalStack) -> None:
    api = Api(
        stack,
        make_shop(
            stack,
            shop_id="notice-shop",
            consent_policy="notice",
            publishable_key="kpk_notice_0123456",
        ),
    )

    api.post(contact(consent=False))

    assert len(due_keys(stack, START + DAY)) == 1


def test_activity_moves_the_due_time(api: Api, stack: LocalStack, shop: Shop) -> None:
    api.post(contact())
    stack.clock.advance(50 * 60)
    api.post({"type": "checkout.step", "cart_id": "c1", "step": "payment"})

    cart = read_cart(stack, shop.shop_id, "c1")
    assert cart["due_at"] == START + 50 * 60 + HOUR
    assert cart["checkout_step"] == "payment"
    assert due_keys(stack, START + HOUR) == []


def test_same_event_id_twice_changes_nothing(api: Api, stack: LocalStack, shop: Shop) -> None:
    failure = {
        "type": "payment.failed",
        "cart_id": "c1",
        "event_id": "pf-1",
        "reason": "card_declined",
    }
    first = api.post(failure)
    stack.clock.advance(120)
    second = api.post(failure)

    assert first.status == second.status == 202
    cart = read_cart(stack, shop.shop_id, "c1")
    assert cart["payment_failures"] == 1
    assert cart["last_activity_at"] == START  # the replay did not count as activity


def test_older_contents_never_overwrite_newer(api: Api, stack: LocalStack, shop: Shop) -> None:
    newer = cart_updated(occurred_at=START - 10)
    older = cart_updated(
        occurred_at=START - 100,
        items=[{"sku": "OLD", "name": "Old", "quantity": 1, "unit_price": "1"}],
    )

    api.post(newer)
    reply = api.post(older)

    assert reply.status == 202  # valid, just superseded
    cart = read_cart(stack, shop.shop_id, "c1")
    assert [item["sku"] for item in cart["items"]] == ["MUG-1"]
    assert cart["contents_at"] == START - 10


def test_late_contact_is_kept_but_does_not_move_activity(
    api: Api, stack: LocalStack, shop: Shop
) -> None:
    # A contact event that was sent before the cart update but arrives after it
    api.post(cart_updated(occurred_at=START - 10))
    api.post(contact(occurred_at=START - 100))

    cart = read_cart(stack, shop.shop_id, "c1")
    assert cart["email"] == "ada@example.com"
    assert cart["last_activity_at"] == START - 10
    assert cart["due_at"] == START - 10 + HOUR
    assert due_keys(stack, START - 10 + HOUR) == [cart_key(shop.shop_id, "c1")]


def test_purchase_removes_the_cart_from_the_due_index_for_good(
    api: Api, stack: LocalStack, shop: Shop
) -> None:
    api.post(contact())
    api.post(cart_updated())
    reply = api.post(
        {"type": "order.completed", "cart_id": "c1", "order_id": "o-1", "total": "25.00"}
    )
    api.post(contact())  # a late contact must not reopen it

    assert reply.status == 202
    cart = read_cart(stack, shop.shop_id, "c1")
    assert cart["closed"] == "ordered"
    assert cart["order_total"] == Decimal("25")
    assert "due_shard" not in cart
    assert due_keys(stack, START + 10 * DAY) == []


def test_purchase_with_email_records_the_contact_for_other_carts(
    api: Api, stack: LocalStack, shop: Shop
) -> None:
    api.post(
        {
            "type": "order.completed",
            "cart_id": "other-device",
            "order_id": "o-9",
            "email": "ADA@example.com",
        }
    )

    cart = read_cart(stack, shop.shop_id, "other-device")
    assert cart["contact_key"] == f"{shop.shop_id}#{stack.address_key.hash('ada@example.com')}"
    assert cart["ordered_at"] == START


def test_opt_out_suppresses_the_address_and_closes_the_cart(
    api: Api, stack: LocalStack, shop: Shop
) -> None:
    api.post(contact())
    reply = api.post({"type": "customer.opted_out", "cart_id": "c1", "email": "Ada@Example.com"})

    assert reply.status == 202
    assert due_keys(stack, START + 10 * DAY) == []
    assert read_cart(stack, shop.shop_id, "c1")["closed"] == "opted_out"
    suppression = stack.dynamodb.get_item(
        TableName=stack.settings.suppressions_table,
        Key={"pk": {"S": f"{shop.shop_id}#{stack.address_key.hash('ada@example.com')}"}},
    )
    assert suppression["Item"]["reason"]["S"] == "opted_out"
    # Neither the address nor its plain SHA-256 (matchable against any list) is stored
    assert "ada@example.com" not in str(suppression["Item"]).lower()
    assert plain_address_hash("ada@example.com") not in str(suppression["Item"])


def test_addresses_are_known_only_by_a_keyed_hash(api: Api, stack: LocalStack, shop: Shop) -> None:
    api.post(contact())
    api.post({"type": "order.completed", "cart_id": "c1", "order_id": "o-1"})

    cart = read_cart(stack, shop.shop_id, "c1")
    plain = plain_address_hash("ada@example.com")
    assert plain not in cart["email_hash"]
    assert plain not in cart["contact_key"]
    # The deployment's key decides the hash: another key, another hash.
    assert cart["email_hash"] == stack.address_key.hash("ada@example.com")
    assert cart["email_hash"] != AddressKey(b"another deployment's key, 32 bytes+").hash(
        "ada@example.com"
    )


def test_email_is_normalised(api: Api, stack: LocalStack, shop: Shop) -> None:
    api.post(contact(email="Ada.Lovelace@EXAMPLE.COM"))

    cart = read_cart(stack, shop.shop_id, "c1")
    assert cart["email"] == "Ada.Lovelace@example.com"
    assert cart["email_hash"] == stack.address_key.hash("ada.lovelace@example.com")


def test_prices_are_kept_exactly(api: Api, stack: LocalStack, shop: Shop) -> None:
    items = [
        {"sku": "A", "name": "A", "quantity": 3, "unit_price": "0.10"},
        {"sku": "B", "name": "B", "quantity": 1, "unit_price": "1999.9999"},
    ]

    api.post(cart_updated(items=items, currency="dkk"))

    cart = read_cart(stack, shop.shop_id, "c1")
    assert cart["subtotal"] == Decimal("2000.2999")
    assert cart["currency"] == "DKK"
    assert isinstance(cart["items"][0]["unit_price"], Decimal)


def test_batch_keeps_valid_events_and_names_the_bad_one(
    api: Api, stack: LocalStack, shop: Shop
) -> None:
    bad = cart_updated(cart_id="c2", currency="EURO")

    reply = api.post({"events": [contact(), bad, cart_updated()]})

    assert reply.status == 202
    assert reply.body["accepted"] == 2
    assert reply.body["rejected"] == [
        {
            "index": 1,
            "error": {
                "code": "invalid_request",
                "field": "currency",
                "message": "currency must be an ISO 4217 currency code such as EUR or DKK",
            },
        }
    ]
    assert read_cart(stack, shop.shop_id, "c1")["items"]
    assert read_cart(stack, shop.shop_id, "c2") == {}


def test_batch_with_nothing_valid_is_a_400_listing_each(api: Api) -> None:
    reply = api.post({"events": [{"type": "nope", "cart_id": "c1"}, "not an event"]})

    assert reply.status == 400
    assert reply.error["code"] == "no_valid_events"
    assert [entry["index"] for entry in reply.body["rejected"]] == [0, 1]


def test_events_older_than_retention_are_refused(api: Api) -> None:
    reply = api.post(cart_updated(occurred_at=START - 31 * DAY))

    assert reply.status == 400
    assert reply.error["field"] == "occurred_at"


def test_a_cart_replaying_event_ids_is_rate_limited(
    api: Api, stack: LocalStack, shop: Shop
) -> None:
    stack.dynamodb.put_item(
        TableName=stack.settings.carts_table,
        Item={
            "pk": {"S": cart_key(shop.shop_id, "c1")},
            "event_ids": {"SS": [f"e{i}" for i in range(MAX_EVENT_IDS)]},
        },
    )

    reply = api.post(cart_updated(event_id="one-more"))

    assert reply.status == 429
    assert reply.error["field"] == "event_id"


def test_one_write_per_event_and_shop_config_cached(stack: LocalStack, shop: Shop) -> None:
    # Given a warm container (shop cached for a minute, as deployed)
    stack.wire(shop_cache_seconds=60)
    api = Api(stack, shop)
    api.post(cart_updated(cart_id="warm-up"))
    counter = Spy(stack.dynamodb)

    # When a batch of five events arrives
    events = [
        contact(),
        cart_updated(),
        {"type": "checkout.step", "cart_id": "c1", "step": "payment"},
        {"type": "payment.failed", "cart_id": "c1"},
        cart_updated(cart_id="c2"),
    ]
    reply = api.post({"events": events})

    # Then DynamoDB saw exactly five requests, all writes
    assert reply.body == {"accepted": 5}
    assert counter.calls == ["UpdateItem"] * 5


def test_unknown_route_is_a_json_404(api: Api) -> None:
    reply = api.request("GET", "/v2/nothing")

    assert reply.status == 404
    assert reply.error["code"] == "not_found"


def fail_writes_to(cart_id: str) -> Callable[[dict[str, Any]], bool]:
    return lambda request: bool(request["Key"]["pk"]["S"].endswith(f"#{cart_id}"))


@pytest.mark.parametrize(
    ("code", "status"),
    [("ProvisionedThroughputExceededException", 503), ("ThrottlingException", 503)],
)
def test_throttled_event_is_listed_for_retry_and_neighbours_kept(
    stack: LocalStack, shop: Shop, code: str, status: int
) -> None:
    Spy(stack.dynamodb).fail("UpdateItem", code, times=None, when=fail_writes_to("c2"))
    api = Api(stack, shop)

    batch = api.post({"events": [cart_updated(), cart_updated(cart_id="c2")]})
    single = api.post(cart_updated(cart_id="c2"))

    assert batch.status == 202
    assert batch.body["accepted"] == 1
    assert batch.body["rejected"][0]["index"] == 1
    assert batch.body["rejected"][0]["error"]["code"] == "temporarily_unavailable"
    assert single.status == status
    assert read_cart(stack, shop.shop_id, "c1")["items"]


def test_unexpected_failure_is_a_json_500_without_a_trace(stack: LocalStack, shop: Shop) -> None:
    Spy(stack.dynamodb).fail("UpdateItem", "AccessDeniedException", when=fail_writes_to("c1"))

    reply = Api(stack, shop).post(cart_updated())

    assert reply.status == 500
    assert reply.body == {
        "error": {
            "code": "internal_error",
            "message": "something went wrong on our side; retry later",
        }
    }


def test_retry_after_a_stale_guess_still_respects_a_concurrent_newer_write(
    stack: LocalStack, shop: Shop
) -> None:
    # Given a cart whose latest activity (contact) is newer than an arriving cart update
    api = Api(stack, shop)
    api.post(contact())
    late_update = cart_updated(occurred_at=START - 50)

    def newer_contents_land_meanwhile() -> None:
        # Another container applies newer contents through its own store.
        other = CartStore(
            stack.emulator.client("dynamodb"), stack.settings.carts_table, stack.address_key
        )
        newer = parse_event(
            cart_updated(
                occurred_at=START - 10,
                items=[{"sku": "NEW", "name": "New", "quantity": 1, "unit_price": "1"}],
            ),
            now=START,
        )
        other.apply(shop, newer, now=START)

    # When newer contents are written between the first (failed) and the second attempt
    Spy(stack.dynamodb).before("UpdateItem", call=2, run=newer_contents_land_meanwhile)
    reply = api.post(late_update)

    # Then the late update is accepted but the newer contents stay
    assert reply.status == 202
    assert [item["sku"] for item in read_cart(stack, shop.shop_id, "c1")["items"]] == ["NEW"]


def test_contact_after_purchase_keeps_who_bought(api: Api, stack: LocalStack, shop: Shop) -> None:
    api.post(contact())
    api.post({"type": "order.completed", "cart_id": "c1", "order_id": "o-1"})
    api.post(contact(email="someone.else@example.com"))

    cart = read_cart(stack, shop.shop_id, "c1")
    assert cart["contact_key"] == f"{shop.shop_id}#{stack.address_key.hash('ada@example.com')}"
