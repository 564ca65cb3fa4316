"""The publishable key is public: whoever holds it must not be able to make the shop mail
what they like, to whom they like, as often as they like."""

from __future__ import annotations

from urllib.parse import urlsplit

from helpers import Api, advance, cart_updated, contact, make_shop, read_cart
from kurv.core.clock import HOUR
from kurv.core.shops import host_allowed
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.outbox import links_in
from kurv_tools.local.stack import LocalStack

VICTIM = "victim@example.org"
PRIZE = {
    "sku": "WIN",
    "name": "Claim your prize at https://evil.example/win",
    "quantity": 1,
    "unit_price": "0.00",
    "image_url": "https://evil.example/prize.png",
    "url": "https://evil.example/claim",
}


def test_a_storefront_cart_cannot_carry_foreign_links_or_text(
    api: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    assert api.browser_post(contact(email=VICTIM, first_name="www.evil.example")).status == 202
    assert api.browser_post(cart_updated(items=[PRIZE])).status == 202  # accepted, all the same

    (email,) = advance(loop, HOUR)

    assert "evil.example" not in email["html"]
    assert "evil.example" not in email["text"]
    assert "Claim your prize at" in email["text"]  # the name, as plain text
    for url in links_in(email["html"]):
        host = urlsplit(url).hostname or ""
        assert (
            url.startswith(("mailto:", "tel:"))
            or host in ("127.0.0.1", "localhost")
            or (host_allowed(host, api.shop.link_hosts))
        ), url


def test_one_series_per_address_whatever_the_cart(api: Api, loop: LocalLoop) -> None:
    for number in range(5):  # five carts, one address
        api.browser_post(contact(cart_id=f"bomb{number}", email=VICTIM))
        api.browser_post(cart_updated(cart_id=f"bomb{number}"))

    for hours in (1, 24, 72, 24 * 20):
        emails = advance(loop, hours * HOUR)

    assert len({email["cart_id"] for email in emails}) == 1
    assert [email["step"] for email in emails] == [1, 2, 3]


def test_after_the_window_another_cart_may_have_a_series(
    loop: LocalLoop, stack: LocalStack
) -> None:
    shop = make_shop(stack, series_window_days=3)
    api = Api(stack, shop)
    api.post(contact(cart_id="a"))
    api.post(cart_updated(cart_id="a"))
    advance(loop, HOUR)  # a's first email holds the address for three days
    api.post(contact(cart_id="b"))  # the same customer, another device
    api.post(cart_updated(cart_id="b"))
    advance(loop, 23 * HOUR)  # a's second email renews the hold
    advance(loop, 48 * HOUR)  # a's last email, at 72 h: held until 144 h

    before = [email["cart_id"] for email in advance(loop, 71 * HOUR)]
    after = [email["cart_id"] for email in advance(loop, 2 * HOUR)]

    assert before == ["a", "a", "a"]
    assert after == ["a", "a", "a", "b"]  # b's turn comes when a's hold ends, not lost


def test_past_the_hourly_cap_storefront_addresses_are_kept_not_emailed(
    api: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    shop = make_shop(stack, browser_contacts_per_hour=3)
    api = Api(stack, shop)
    for number in range(5):
        reply = api.browser_post(contact(cart_id=f"c{number}", email=f"p{number}@example.com"))
        assert reply.status == 202  # accepted: the storefront sees no difference
        api.browser_post(cart_updated(cart_id=f"c{number}"))
    api.browser_post(contact(cart_id="c0", email="p0@example.com"))  # the same, told again
    api.browser_post(contact(cart_id="c3", email="p3@example.com"))  # held stays held
    # A signed call from the shop's server vouches for one of the held ones.
    api.post(contact(cart_id="c4", email="p4@example.com"))

    emailed = sorted(email["cart_id"] for email in advance(loop, HOUR + 60))

    assert emailed == ["c0", "c1", "c2", "c4"]
    assert read_cart(stack, shop.shop_id, "c3")["email"] == "p3@example.com"  # kept
    # The next hour has a fresh allowance.
    api.browser_post(contact(cart_id="c5", email="p5@example.com"))
    api.browser_post(cart_updated(cart_id="c5"))
    assert "c5" in [email["cart_id"] for email in advance(loop, HOUR + 60)]


def test_a_shop_can_take_addresses_from_its_server_only(api: Api, stack: LocalStack) -> None:
    shop = make_shop(stack, browser_contacts=False)
    api = Api(stack, shop)

    refused = api.browser_post(contact())
    batch = api.browser_post({"events": [cart_updated(), contact()]})
    signed = api.post(contact())

    assert refused.status == 403
    assert refused.error["code"] == "browser_contacts_off"
    assert refused.error["field"] == "type"
    assert batch.status == 202  # the cart update is kept; the contact is listed as refused
    assert batch.body["rejected"][0]["index"] == 1
    assert batch.body["rejected"][0]["error"]["code"] == "browser_contacts_off"
    assert signed.status == 202


def test_the_storefront_speaks_for_its_own_cart_never_for_an_address(
    api: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    # A stranger's cart, told by the shop's server.
    api.post(contact(cart_id="real", email=VICTIM))
    api.post(cart_updated(cart_id="real"))
    # Someone with the public key tries to silence that address.
    api.browser_post({"type": "customer.opted_out", "cart_id": "x1", "email": VICTIM})
    api.browser_post(
        {"type": "order.completed", "cart_id": "x2", "order_id": "o-x", "email": VICTIM}
    )

    emails = advance(loop, HOUR)

    assert [email["cart_id"] for email in emails] == ["real"]
    assert read_cart(stack, api.shop.shop_id, "x1")["closed"] == "opted_out"  # its own cart
