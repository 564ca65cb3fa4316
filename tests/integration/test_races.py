"""Never twice, never after the purchase, never lost: races and AWS failures on purpose."""

from __future__ import annotations

import pytest

from helpers import Api, SlowSweep, advance, cart_updated, contact, read_cart, sent
from kurv.core.clock import HOUR
from kurv.core.model import Cart
from kurv.core.shops import Shop
from kurv.recover.claims import CLAIM_LEASE_SECONDS, Claim, ClaimStore
from kurv_tools.local.loop import MAX_RETRIES, LocalLoop
from kurv_tools.local.spy import ANSWER_LOST, Spy
from kurv_tools.local.stack import LocalStack


@pytest.fixture
def quiet_cart(api: Api) -> Api:
    api.post(contact())
    api.post(cart_updated())
    return api


def test_purchase_between_claim_and_send(
    quiet_cart: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    stack.clock.advance(HOUR)
    loop.sweep()  # claimed: the claim is on the stream
    quiet_cart.post({"type": "order.completed", "cart_id": "c1", "order_id": "o-1"})
    loop.deliver()

    assert sent(stack) == []


def test_activity_between_claim_and_send_defers_the_email(
    quiet_cart: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    stack.clock.advance(HOUR)
    loop.sweep()
    stack.clock.advance(30)
    quiet_cart.post({"type": "checkout.step", "cart_id": "c1", "step": "payment"})
    loop.deliver()

    assert sent(stack) == []
    assert len(advance(loop, HOUR)) == 1  # an hour after the new activity


def test_overlapping_sweeps_claim_each_cart_once(
    quiet_cart: Api, loop: LocalLoop, stack: LocalStack, shop: Shop
) -> None:
    for cart_id in ("c2", "c3"):  # other customers: one series per address
        quiet_cart.post(contact(cart_id=cart_id, email=f"{cart_id}@example.com"))
        quiet_cart.post(cart_updated(cart_id=cart_id))
    stack.clock.advance(HOUR)
    # A slow sweep reads the index, then a second sweep runs entirely, then the slow one claims
    slow = SlowSweep(stack)
    loop.sweep()
    late = slow.claim_late()
    loop.deliver()

    assert len(slow.seen) == 3
    assert late == [Claim.LOST] * 3
    assert sorted(email["cart_id"] for email in sent(stack)) == ["c1", "c2", "c3"]


def test_the_same_stream_record_twice_sends_once(
    quiet_cart: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    stack.clock.advance(HOUR)
    loop.sweep()
    records = [
        r
        for r in loop.stream.read()
        if r["eventName"] == "MODIFY"
        and "claim_id" in r["dynamodb"]["NewImage"]
        and "claim_id" not in r["dynamodb"].get("OldImage", {})
    ]

    for _ in range(2):
        assert stack.invoke("send", {"Records": records}) == {"batchItemFailures": []}

    assert len(records) == 1
    assert len(sent(stack)) == 1


def test_ses_throttled_then_recovering_sends_once(
    quiet_cart: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    ses = Spy(stack.sesv2)
    ses.fail("SendEmail", "TooManyRequestsException", times=3)

    emails = advance(loop, HOUR)

    assert len(emails) == 1
    assert ses.count("SendEmail") == 4
    assert loop.parked == []


def test_ses_throttled_past_the_streams_retries_is_not_lost(
    quiet_cart: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    # Throttled on the first delivery and every one of the stream's retries
    Spy(stack.sesv2).fail("SendEmail", "TooManyRequestsException", times=MAX_RETRIES + 1)
    assert advance(loop, HOUR) == []
    assert len(loop.parked) == 1  # what the on-failure queue would hold

    # The claim's lease runs out and the sweep claims the cart again
    emails = advance(loop, CLAIM_LEASE_SECONDS)

    assert len(emails) == 1


def test_rejected_message_is_recorded_and_not_retried(
    quiet_cart: Api, loop: LocalLoop, stack: LocalStack, shop: Shop
) -> None:
    ses = Spy(stack.sesv2)
    ses.fail("SendEmail", "MessageRejected")

    assert advance(loop, HOUR) == []
    cart = read_cart(stack, shop.shop_id, "c1")
    advance(loop, 23 * HOUR)
    emails = advance(loop, 48 * HOUR)

    assert cart["last_send_problem"] == "MessageRejected"
    assert cart["reminders_sent"] == 1  # step 1 is used up: tried once, never again
    assert ses.count("SendEmail") == 3  # one attempt per step, the later two accepted
    assert [email["step"] for email in emails] == [2, 3]


def test_unknown_outcome_is_never_sent_twice_and_the_series_goes_on(
    quiet_cart: Api, loop: LocalLoop, stack: LocalStack, shop: Shop
) -> None:
    ses = Spy(stack.sesv2)
    ses.fail("SendEmail", ANSWER_LOST)

    assert len(advance(loop, HOUR)) == 1
    assert ses.count("SendEmail") == 1  # the redelivery recorded it as sent instead of resending
    assert read_cart(stack, shop.shop_id, "c1")["reminders_sent"] == 1
    assert [email["step"] for email in advance(loop, 23 * HOUR)] == [1, 2]


def test_a_claim_whose_stream_record_never_arrives_is_recovered(
    quiet_cart: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    stack.clock.advance(HOUR)
    loop.sweep()
    loop.stream.read()  # the record is lost: never delivered

    assert advance(loop, CLAIM_LEASE_SECONDS - 60) == []
    assert len(advance(loop, 60)) == 1


def test_a_worker_dying_mid_send_is_not_retried_into_a_second_email(
    quiet_cart: Api, loop: LocalLoop, stack: LocalStack, shop: Shop
) -> None:
    Spy(stack.sesv2).fail("SendEmail", ANSWER_LOST)
    stack.clock.advance(HOUR)
    loop.sweep()
    loop.stream.read()  # the send function is killed mid-send and never retried ...
    cart_key = read_cart(stack, shop.shop_id, "c1")["pk"]
    ClaimStore(stack.dynamodb, stack.settings.carts_table).mark_sending(_cart(stack, cart_key), 1)

    emails = advance(loop, CLAIM_LEASE_SECONDS)  # ... the lease runs out

    assert emails == []  # step 1 may have gone out: it is recorded, never repeated
    assert read_cart(stack, shop.shop_id, "c1")["reminders_sent"] == 1


def _cart(stack: LocalStack, key: str) -> Cart:
    cart = ClaimStore(stack.dynamodb, stack.settings.carts_table).get(key)
    assert cart is not None
    return cart
