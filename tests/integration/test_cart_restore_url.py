"""A cart's own way back (cart.updated's restore_url): told only by a signed call, only to
the shop's own hosts, and followed by the email's restore link, a scan's included."""

from __future__ import annotations

import pytest

from helpers import BROWSER, Api, advance, cart_updated, contact, link, make_shop, read_cart
from kurv.core.clock import HOUR
from kurv.core.links import campaign_url
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack

RECOVER = "https://shop.example/checkouts/7f3a/recover?key=abc%2Fdef"


@pytest.fixture
def api(stack: LocalStack) -> Api:
    return Api(stack, make_shop(stack))


def test_the_restore_link_leads_to_the_carts_own_url(
    api: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    assert api.post(contact()).status == 202
    assert api.post(cart_updated(restore_url=RECOVER)).status == 202
    path = link(advance(loop, HOUR)[0], "r")

    scanned = api.request("HEAD", path)
    clicked = api.request("GET", path, headers=BROWSER)

    assert scanned.status == clicked.status == 302
    assert scanned.headers["Location"] == clicked.headers["Location"] == campaign_url(RECOVER, 1)
    assert read_cart(stack, "test-shop", "c1")["clicks"] == 1
    # A later cart.updated without one keeps the way back it was given.
    assert api.post(cart_updated(event_id="later")).status == 202
    assert api.request("GET", path, headers=BROWSER).headers["Location"] == campaign_url(RECOVER, 1)


def test_a_shop_that_no_longer_owns_the_host_gets_its_template_again(
    loop: LocalLoop, stack: LocalStack
) -> None:
    api = Api(stack, make_shop(stack, allowed_origins=["https://www.shop.example"]))
    api.post(contact())
    assert api.post(cart_updated(restore_url="https://www.shop.example/checkout/1")).status == 202
    path = link(advance(loop, HOUR)[0], "r")
    stack.shop_store.put(api.shop.model_copy(update={"allowed_origins": ()}))
    stack.clock.advance(600)  # the shop directory's cache

    answer = api.request("GET", path, headers=BROWSER)
    assert answer.status == 302, answer.body
    assert answer.headers["Location"] == campaign_url("https://shop.example/cart/c1", 1)


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/recover",
        "http://shop.example/cart/c1",  # not https
        "https://shop.example.evil.example/x",
        "https://user@shop.example/x",
        "https://evil.example\\.shop.example/x",
    ],
)
def test_a_restore_url_off_the_shops_hosts_is_refused_and_named(api: Api, url: str) -> None:
    reply = api.post(cart_updated(restore_url=url))

    assert reply.status == 400
    assert reply.error["field"] == "restore_url"
    assert url not in str(reply.body)


def test_the_storefront_cannot_give_a_cart_a_way_back(api: Api, stack: LocalStack) -> None:
    reply = api.browser_post(cart_updated(restore_url=RECOVER))

    assert reply.status == 400
    assert reply.error["field"] == "restore_url"
    assert "restore_url" not in read_cart(stack, "test-shop", "c1")
