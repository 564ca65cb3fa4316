"""A word after the sale (issue 21, point 9): one short service email some days after an
order, through the same sweep, claim and send as the series. On moto, end to end."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from helpers import Api, advance, cart_updated, contact, make_shop, read_cart, sent
from kurv.core.clock import DAY, HOUR
from kurv.core.shops import Shop
from kurv_tools import cli
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack

CHECK_IN = 5 * DAY
SUBJECT = "Did everything arrive as it should?"


@pytest.fixture
def shop(stack: LocalStack) -> Shop:
    return make_shop(stack, check_in_seconds=CHECK_IN, signer_name="Mette")


def order(cart_id: str = "c1", **fields: Any) -> dict[str, Any]:
    return {"type": "order.completed", "cart_id": cart_id, "order_id": "o-1", **fields}


@pytest.fixture
def ordered(api: Api) -> Api:
    """A customer who gave their address (with consent), filled the cart and bought at once."""
    assert api.post(contact()).status == 202
    assert api.post(cart_updated()).status == 202
    assert api.post(order()).status == 202
    return api


def check_ins(emails: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [email for email in emails if email["headers"].get("X-Kurv-Step") == "check-in"]


def test_sent_the_shops_days_after_the_order_once_with_the_phone_and_signer(
    ordered: Api, loop: LocalLoop, stack: LocalStack, shop: Shop
) -> None:
    assert advance(loop, CHECK_IN - 60) == []  # no reminder either: the cart was bought

    [email] = advance(loop, 120)

    assert email["subject"] == SUBJECT
    assert email["to"] == "ada@example.com"
    assert email["sent_at"] >= stack.clock.now() - 60
    text = email["text"]
    assert "Hi Ada," in text
    assert "Did everything arrive as it should?" in text
    assert "just reply to this email" in text
    assert "+45 70 20 30 40" in text
    assert "Mette" in text
    assert "Blue mug" not in text  # no cart, no button, no coupon
    assert "/r/" not in text
    assert email["headers"]["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert email["reply_to"].startswith(f"reply+{shop.shop_id}-")
    cart = read_cart(stack, shop.shop_id, "c1")
    assert cart["closed"] == "ordered"
    assert "due_shard" not in cart
    assert cart["check_in_sent_at"] == email["sent_at"]
    assert "reminders_sent" not in cart  # the series' own record untouched
    assert len(advance(loop, 20 * DAY)) == 1  # never again
    ordered.post(order(event_id="paid"))  # the order told again (Shopify: orders/paid)
    assert len(advance(loop, 6 * DAY)) == 1


def test_two_sweeps_and_a_redelivered_claim_send_it_once(
    ordered: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    stack.clock.advance(CHECK_IN + 60)
    loop.sweep()
    loop.sweep()  # a second sweep finds the cart claimed
    loop.deliver()
    claim = loop.delivered[-1]

    loop._deliver_batch([claim])  # the stream delivers the same claim again

    assert len(check_ins(sent(stack))) == 1
    assert len(check_ins(advance(loop, DAY))) == 1


def test_an_unconfirmed_check_in_is_recorded_never_resent(
    ordered: Api, loop: LocalLoop, stack: LocalStack, shop: Shop
) -> None:
    from kurv_tools.local.spy import ANSWER_LOST, Spy

    ses = Spy(stack.sesv2)
    ses.fail("SendEmail", ANSWER_LOST)

    assert len(advance(loop, CHECK_IN + 60)) == 1
    assert ses.count("SendEmail") == 1
    assert "check_in_sent_at" in read_cart(stack, shop.shop_id, "c1")
    assert len(advance(loop, DAY)) == 1


@pytest.mark.parametrize("kind", ["order.refunded", "order.cancelled"])
def test_a_refund_or_cancel_calls_it_off(
    ordered: Api, loop: LocalLoop, stack: LocalStack, shop: Shop, kind: str
) -> None:
    stack.clock.advance(2 * DAY)
    assert ordered.post({"type": kind, "cart_id": "c1", "order_id": "o-1"}).status == 202

    assert advance(loop, 10 * DAY) == []
    assert read_cart(stack, shop.shop_id, "c1")["order_undone"] == kind.removeprefix("order.")


def test_a_cancel_after_the_claim_stops_it_at_the_send_gate(
    ordered: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    stack.clock.advance(CHECK_IN + 60)
    loop.sweep()
    ordered.post({"type": "order.cancelled", "cart_id": "c1"})
    loop.deliver()

    assert sent(stack) == []


def test_a_refund_for_an_order_kurv_never_heard_of_changes_nothing(
    api: Api, stack: LocalStack, shop: Shop
) -> None:
    reply = api.post({"type": "order.refunded", "cart_id": "unknown", "order_id": "o-9"})

    assert reply.status == 202
    assert read_cart(stack, shop.shop_id, "unknown") == {}


def test_not_after_an_opt_out(ordered: Api, loop: LocalLoop, stack: LocalStack) -> None:
    stack.clock.advance(DAY)
    ordered.post({"type": "customer.opted_out", "cart_id": "c1", "email": "ada@example.com"})

    assert advance(loop, 10 * DAY) == []


def test_an_opt_out_between_claim_and_send_stops_it(
    ordered: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    stack.clock.advance(CHECK_IN + 60)
    loop.sweep()
    # From the storefront: it closes nothing more than this cart, and suppresses nothing.
    ordered.browser_post(
        {"type": "customer.opted_out", "cart_id": "c1", "email": "ada@example.com"}
    )
    loop.deliver()

    assert sent(stack) == []


def test_not_after_a_one_click_opt_out_from_an_earlier_email(
    api: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    api.post(contact())
    api.post(cart_updated())
    [reminder] = advance(loop, HOUR)
    target = reminder["headers"]["List-Unsubscribe"].strip("<>")
    assert api.request("POST", target[target.index("/u/") :]).status == 200
    api.post(contact(cart_id="c2"))  # the same address buys on another cart
    api.post(order(cart_id="c2", email="ada@example.com"))

    assert check_ins(advance(loop, 10 * DAY)) == []


def test_not_without_consent(api: Api, loop: LocalLoop) -> None:
    api.post(contact(consent=False))
    api.post(cart_updated())
    api.post(order())

    assert advance(loop, 10 * DAY) == []


def test_not_when_the_shop_has_it_off(
    api: Api, loop: LocalLoop, stack: LocalStack, shop: Shop
) -> None:
    make_shop(stack)  # the same shop, check-in off (the default)
    api.post(contact())
    api.post(cart_updated())
    api.post(order())

    assert "due_shard" not in read_cart(stack, shop.shop_id, "c1")  # out of the due index
    assert advance(loop, 10 * DAY) == []


def test_switched_off_after_the_order_it_is_not_sent(
    ordered: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    make_shop(stack, check_in_seconds=0)

    assert advance(loop, 10 * DAY) == []


def test_not_for_an_order_the_storefront_told(api: Api, loop: LocalLoop) -> None:
    # Anyone holds the public key: only an order the shop's server vouches for is one.
    api.post(contact())
    api.post(cart_updated())
    assert api.browser_post(order()).status == 202

    assert advance(loop, 10 * DAY) == []


def test_a_reminder_then_the_order_then_the_check_in(
    api: Api, loop: LocalLoop, stack: LocalStack, shop: Shop
) -> None:
    api.post(contact())
    api.post(cart_updated())
    assert len(advance(loop, HOUR)) == 1
    api.post(order())

    emails = advance(loop, 10 * DAY)

    assert [email["subject"] for email in check_ins(emails)] == [SUBJECT]
    assert len(emails) == 2
    cart = read_cart(stack, shop.shop_id, "c1")
    assert cart["reminders_sent"] == 1  # still recovered: timed from the reminder


def test_a_reply_to_the_check_in_reaches_the_shop_with_its_reason(
    ordered: Api, loop: LocalLoop, stack: LocalStack, shop: Shop
) -> None:
    from helpers import reply_to
    from kurv_tools.local.inbound import receive, replies_json

    [check_in] = advance(loop, CHECK_IN + 60)
    words = "The parcel came but the mug was broken, the delivery was rough."

    assert receive(stack, reply_to(check_in, words))["outcome"] == "forwarded"

    [reply] = replies_json(stack)
    assert (reply["cart_id"], reply["reason"]) == ("c1", "delivery")
    [forward] = [email for email in sent(stack) if email["to"] == "help@shop.example"]
    assert words in forward["text"]
    assert forward["reply_to"] == "Ada Lovelace <ada@example.com>"
    assert read_cart(stack, shop.shop_id, "c1")["closed"] == "ordered"  # still a sale


@pytest.mark.usefixtures("ordered", "local_state")
def test_counted_in_kurv_report(
    loop: LocalLoop,
    stack: LocalStack,
    shop: Shop,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    advance(loop, CHECK_IN + 60)
    loop.deliver()  # the stats function reads the record of the check-in sent
    monkeypatch.setattr("kurv_tools.cli.target.now", stack.clock.now)
    capsys.readouterr()

    assert cli.main(["report", "--shop", shop.shop_id, "--days", "10", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["check_ins"], report["emails_per_step"], report["orders"]) == (1, {}, 1)

    assert cli.main(["report", "--shop", shop.shop_id, "--days", "10"]) == 0
    assert re.search(r"check-ins after an order +1\n", capsys.readouterr().out)


def test_an_order_while_the_last_reminder_is_out_keeps_its_check_in(
    api: Api, loop: LocalLoop, stack: LocalStack, shop: Shop
) -> None:
    from kurv.recover.claims import ClaimStore, Sent

    claims = ClaimStore(stack.dynamodb, stack.settings.carts_table)
    api.post(contact())
    api.post(cart_updated())
    stack.clock.advance(HOUR)
    loop.sweep()
    key = f"{shop.shop_id}#c1"
    before = claims.get(key)
    assert before is not None
    assert claims.mark_sending(before, 3)  # send's mark, then SES takes the last email
    # The order lands while the email is out.
    api.post(order())
    now = stack.clock.now()
    sent_last = Sent(3, now, "m-1", next_due=None, seen_activity=before.last_activity_at)

    assert not claims.finish_sent(before, sent_last)  # the series' end would unindex it
    fresh = claims.get(key)
    assert fresh is not None
    assert fresh.awaits_check_in
    assert claims.finish_sent(fresh, sent_last)  # send's second try, on the cart read again

    cart = read_cart(stack, shop.shop_id, "c1")
    assert (cart["closed"], cart["reminders_sent"]) == ("ordered", 3)
    assert cart["due_shard"] is not None  # the check-in's, not taken away by the series' end
    assert [email["subject"] for email in check_ins(advance(loop, CHECK_IN))] == [SUBJECT]
