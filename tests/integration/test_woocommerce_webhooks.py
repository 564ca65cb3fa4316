"""WooCommerce's order webhooks on the local stack, signed as WooCommerce signs them: a
pending order becomes an email that leads back to its payment page; a purchase stops the
series; a delivery read twice, or an older state after a newer one, changes nothing; the
creation ping gets its 200; nobody else's delivery gets past one and the same 401."""

from __future__ import annotations

from typing import Any

import pytest

from helpers import (
    BROWSER,
    KEY,
    ORIGIN,
    Api,
    advance,
    contact,
    link,
    make_shop,
    read_cart,
    sent,
)
from kurv.core.clock import DAY, HOUR
from kurv.core.links import campaign_url
from kurv.core.shops import ConsentPolicy, Shop
from kurv.track.woocommerce import CART_META, CONSENT_META, UNPAID_CANCEL_META
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack
from woo import PAYMENT_URL, WOO_SECRET, deliver, gmt, order, with_meta, woo_signature

CART = "woo-4127"


@pytest.fixture
def api(stack: LocalStack, shop: Shop) -> Api:
    # After the `shop` fixture (which `loop` asks for too): the same shop, with WooCommerce.
    return Api(stack, make_shop(stack, woocommerce_secret=WOO_SECRET))


def pending(stack: LocalStack, *, ago: int = 60, **changes: Any) -> dict[str, Any]:
    """The fixture's pending order, modified `ago` seconds before the stack's clock, with
    the plugin's consent checkbox ticked."""
    payload = order(date_modified_gmt=gmt(stack.clock.now() - ago), **changes)
    return with_meta(payload, CONSENT_META, "yes")


def test_a_pending_order_becomes_an_email_that_leads_to_its_payment_page(
    api: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    reply = deliver(api, pending(stack), topic="order.created")
    assert (reply.status, reply.body) == (200, {"accepted": 2})

    (email,) = advance(loop, HOUR)

    assert email["to"] == "ada@example.com"
    assert email["cart_id"] == CART
    assert "Blue mug" in email["text"]
    assert "Tea towel \u2013 Linen, Grey" in email["text"]
    clicked = api.request("GET", link(email, "r"), headers=BROWSER)
    assert clicked.status == 302
    assert clicked.headers["Location"] == campaign_url(PAYMENT_URL, 1)


@pytest.mark.parametrize("status", ["processing", "on-hold", "completed"])
def test_a_purchase_stops_the_series(
    api: Api, loop: LocalLoop, stack: LocalStack, status: str
) -> None:
    deliver(api, pending(stack), topic="order.created")
    assert len(advance(loop, HOUR)) == 1

    bought = deliver(api, pending(stack, ago=0, status=status))

    assert (bought.status, bought.body) == (200, {"accepted": 1})
    cart = read_cart(stack, "test-shop", CART)
    assert (cart["closed"], cart["order_id"], str(cart["order_total"])) == (
        "ordered",
        "4127",
        "39.50",
    )
    assert len(advance(loop, 3 * DAY)) == 1  # no second email


def test_a_delivery_read_twice_changes_nothing(api: Api, stack: LocalStack) -> None:
    failed = pending(stack, status="failed")
    assert deliver(api, failed).body == {"accepted": 3}
    before = read_cart(stack, "test-shop", CART)

    again = deliver(api, failed, headers={"X-WC-Webhook-Delivery-ID": "0" * 32})

    assert (again.status, again.body) == (200, {"accepted": 3})  # accepted: nothing to redo
    assert read_cart(stack, "test-shop", CART) == before
    assert before["payment_failures"] == 1


def test_an_older_state_after_a_newer_one_changes_nothing(api: Api, stack: LocalStack) -> None:
    newer = pending(stack, ago=60)
    newer["line_items"] = newer["line_items"][:1]
    older = pending(stack, ago=600)  # two lines, coalesced and delivered late
    assert deliver(api, newer).status == 200

    assert deliver(api, older).status == 200

    cart = read_cart(stack, "test-shop", CART)
    assert [item["sku"] for item in cart["items"]] == ["MUG-1"]


def test_a_cancelled_order_gets_no_email_and_counts_no_revenue(
    api: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    deliver(api, pending(stack, ago=120))

    # The emptied cart, and an order.cancelled with no order to call off (accepted all the same)
    assert deliver(api, pending(stack, ago=60, status="cancelled")).body == {"accepted": 2}

    assert advance(loop, 3 * DAY) == []
    cart = read_cart(stack, "test-shop", CART)
    assert (cart["items"], cart.get("closed"), cart.get("ordered_at")) == ([], None, None)


def test_woocommerces_own_limit_for_unpaid_orders_does_not_stop_the_email(
    api: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    deliver(api, pending(stack, ago=120))
    timed_out = with_meta(pending(stack, ago=60, status="cancelled"), UNPAID_CANCEL_META, "yes")

    assert deliver(api, timed_out).body == {"accepted": 0}

    assert len(advance(loop, HOUR)) == 1


def test_under_required_consent_the_storefronts_consent_for_the_same_cart_counts(
    api: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    tracked = "kwc-" + "5e" * 16
    assert api.browser_post(contact(tracked, consent=True)).status == 202
    without_checkbox = with_meta(
        order(date_modified_gmt=gmt(stack.clock.now())), CART_META, tracked
    )

    assert deliver(api, without_checkbox).body == {"accepted": 1}  # the cart, no contact

    (email,) = advance(loop, HOUR)
    assert email["cart_id"] == tracked
    assert "Blue mug" in email["text"]


def test_under_required_consent_an_order_without_any_gets_no_email(
    api: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    deliver(api, order(date_modified_gmt=gmt(stack.clock.now())))

    assert advance(loop, HOUR) == []


def test_under_the_notice_policy_every_pending_order_is_emailed(
    api: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    shop = make_shop(stack, woocommerce_secret=WOO_SECRET, consent_policy=ConsentPolicy.NOTICE)
    deliver(Api(stack, shop), order(date_modified_gmt=gmt(stack.clock.now())))

    assert [email["cart_id"] for email in advance(loop, HOUR)] == [CART]


def test_the_creation_ping_gets_200_and_changes_nothing(api: Api, stack: LocalStack) -> None:
    ping = {
        "User-Agent": "WooCommerce/9.4.2 Hookshot (WordPress/6.7.1)",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    for shop_id in ("test-shop", "no-such-shop"):  # a ping tells nobody which shops exist
        reply = api.request(
            "POST", f"/v1/woocommerce/{shop_id}", headers=ping, body=b"webhook_id=12"
        )
        assert (reply.status, reply.body) == (200, {"accepted": 0})
    assert read_cart(stack, "test-shop", CART) == {}


def refusals(api: Api, stack: LocalStack) -> dict[str, Any]:
    make_shop(stack, shop_id="no-woo", signing_secret="ksk_other_secret_0123456789")
    body = b'{"id":4127,"status":"pending"}'
    signed = woo_signature(WOO_SECRET, body)
    return {
        "wrong secret": (api.shop.shop_id, woo_signature("a-guessed-secret", body)),
        "unknown shop": ("no-such-shop", signed),
        "no WooCommerce": ("no-woo", signed),
        "bad shop id": ("Bad Shop!", signed),
        "not base64": (api.shop.shop_id, "%%%not*base64%%%"),
        "too short": (api.shop.shop_id, signed[:20]),
        "not ascii": (api.shop.shop_id, "sïgnätür€"),
        "none": (api.shop.shop_id, None),
        "the ping's body signed wrong": (api.shop.shop_id, "x"),
    }


def test_nobody_but_the_shop_gets_past_one_and_the_same_401(api: Api, stack: LocalStack) -> None:
    answers = []
    for name, (shop_id, signature) in refusals(api, stack).items():
        headers = {"Content-Type": "application/json", "X-WC-Webhook-Topic": "order.updated"}
        if signature is not None:
            headers["X-WC-Webhook-Signature"] = signature
        body = (
            b"webhook_id=12" if name.startswith("the ping") else b'{"id":4127,"status":"pending"}'
        )
        reply = api.request("POST", f"/v1/woocommerce/{shop_id}", headers=headers, body=body)
        assert reply.status == 401, (name, reply)
        answers.append((name, reply.body, reply.headers))

    first = answers[0]
    for name, body, headers in answers[1:]:
        assert (body, headers) == (first[1], first[2]), name
    assert first[1]["error"]["code"] == "bad_signature"
    assert read_cart(stack, "test-shop", CART) == {}


@pytest.mark.parametrize(
    ("payload", "headers"),
    [
        (b"{not json", {}),
        (b"[]", {}),
        (b'{"id": 4127}', {}),
        (None, {"X-WC-Webhook-Topic": "product.updated"}),
        (None, {"X-WC-Webhook-Topic": ""}),
    ],
)
def test_a_delivery_kurv_cannot_read_still_gets_200(
    api: Api, stack: LocalStack, payload: bytes | None, headers: dict[str, str]
) -> None:
    reply = deliver(api, payload if payload is not None else pending(stack), headers=headers)

    assert reply.status == 200
    assert reply.body["accepted"] == 0
    assert reply.body["rejected"][0]["error"]["code"] in ("invalid_request", "invalid_json")
    assert read_cart(stack, "test-shop", CART) == {}


def test_an_event_kurv_refuses_is_listed_and_the_rest_applied(api: Api, stack: LocalStack) -> None:
    bad_address = pending(stack)
    bad_address["billing"]["email"] = "ada at example"
    bad_address["currency"] = "EURO"

    reply = deliver(api, bad_address)

    assert reply.status == 200
    assert reply.body["accepted"] == 0
    assert [entry["error"]["field"] for entry in reply.body["rejected"]] == ["currency", "email"]
    assert "ada at example" not in str(reply.body)


def test_a_switched_off_shop_hears_nothing_and_woocommerce_is_not_told_to_stop(
    api: Api, stack: LocalStack
) -> None:
    shop = make_shop(stack, woocommerce_secret=WOO_SECRET, active=False)

    reply = deliver(Api(stack, shop), pending(stack))

    assert (reply.status, reply.body) == (200, {"accepted": 0})
    assert read_cart(stack, "test-shop", CART) == {}


def test_the_storefront_key_and_kurvs_own_signature_do_not_open_this_route(api: Api) -> None:
    reply = api.request(
        "POST",
        "/v1/woocommerce/test-shop",
        headers={"Kurv-Key": KEY, "Origin": ORIGIN, "X-WC-Webhook-Topic": "order.updated"},
        body=b'{"id":4127,"status":"pending"}',
    )

    assert reply.status == 401
    assert sent(api.stack) == []


def test_a_delivery_is_noted_on_the_shop_for_kurv_doctor(api: Api, stack: LocalStack) -> None:
    assert api.shop.connected_platforms == ("woocommerce",)  # the secret is set
    assert stack.shop_store.get("test-shop").deliveries == {}  # type: ignore[union-attr]

    assert deliver(api, pending(stack)).status == 200

    shop = stack.shop_store.get("test-shop")
    assert shop is not None
    assert shop.deliveries == {"woocommerce": stack.clock.now()}


@pytest.mark.parametrize("status", ["refunded", "cancelled"])
def test_a_refunded_or_cancelled_order_gets_no_check_in(
    api: Api, loop: LocalLoop, stack: LocalStack, status: str
) -> None:
    make_shop(stack, woocommerce_secret=WOO_SECRET, check_in_seconds=5 * DAY)
    deliver(api, pending(stack, ago=120))
    deliver(api, pending(stack, ago=90, status="processing"))
    deliver(api, pending(stack, ago=60, status=status))

    assert advance(loop, 10 * DAY) == []
    assert read_cart(stack, "test-shop", CART)["order_undone"] == status


def test_a_paid_order_gets_its_check_in(api: Api, loop: LocalLoop, stack: LocalStack) -> None:
    make_shop(stack, woocommerce_secret=WOO_SECRET, check_in_seconds=5 * DAY)
    deliver(api, pending(stack, ago=120))
    deliver(api, pending(stack, ago=60, status="processing"))

    (email,) = advance(loop, 5 * DAY)

    assert email["headers"]["X-Kurv-Step"] == "check-in"
