"""The shop's promises through the whole loop (issue 21, points 3-4): the sent email says
how long the cart is kept only when the shop set its carts' lifetime, counted from the
cart's last change; its restore link and product links tell the shop's analytics where the
visit came from (UTM), unless the shop switched that off."""

from __future__ import annotations

import pytest

from helpers import BROWSER, Api, advance, cart_updated, contact, link, make_shop
from kurv.core.clock import DAY, HOUR
from kurv.core.links import campaign_url
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack

CART_PAGE = "https://shop.example/cart/c1"


def first_email(api: Api, loop: LocalLoop) -> dict[str, str]:
    assert api.post(contact()).status == 202
    assert api.post(cart_updated()).status == 202
    (email,) = advance(loop, HOUR)
    return email


def test_the_email_says_until_when_the_shop_keeps_the_cart_from_its_last_change(
    loop: LocalLoop, stack: LocalStack
) -> None:
    email = first_email(Api(stack, make_shop(stack, cart_lifetime_days=14)), loop)

    # START is 18 November 2026 (UTC); the cart last changed then, so it lives until 2 December.
    assert "Your cart is saved until December 2, 2026." in email["text"]


def test_a_shop_that_does_not_say_how_long_carts_live_gets_no_date(
    loop: LocalLoop, stack: LocalStack
) -> None:
    email = first_email(Api(stack, make_shop(stack)), loop)

    assert "saved until" not in email["text"]
    assert "December" not in email["text"]


@pytest.mark.parametrize("utm", [True, False])
def test_the_restore_and_product_links_carry_utm_unless_the_shop_says_no(
    utm: bool, loop: LocalLoop, stack: LocalStack
) -> None:
    api = Api(stack, make_shop(stack, utm=utm))
    email = first_email(api, loop)

    clicked = api.request("GET", link(email, "r"), headers=BROWSER)

    assert clicked.status == 302
    expected = campaign_url(CART_PAGE, 1) if utm else CART_PAGE
    assert clicked.headers["Location"] == expected
    product = campaign_url("https://shop.example/mug", 1) if utm else "https://shop.example/mug"
    assert f'href="{product}"'.replace("&", "&amp;") in email["html"]


def test_switching_utm_off_holds_for_links_already_sent(loop: LocalLoop, stack: LocalStack) -> None:
    shop = make_shop(stack)
    api = Api(stack, shop)
    email = first_email(api, loop)
    stack.shop_store.put(shop.model_copy(update={"utm": False}))
    stack.clock.advance(DAY)  # past the shop directory's cache

    clicked = api.request("GET", link(email, "r"), headers=BROWSER)

    assert clicked.headers["Location"] == CART_PAGE
