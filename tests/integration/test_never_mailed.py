"""Addresses no customer reads (issue 18, point 3): a shopping crawler's, and the shop's own
that it lists, are never emailed, whoever names them, and are counted."""

from __future__ import annotations

from typing import Any

import pytest

from helpers import Api, advance, cart_updated, contact, make_shop, read_cart
from kurv.core.clock import DAY, HOUR
from kurv.core.observability import Metric
from kurv.track import tracking
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack

CRAWLER = "merchant-center-8231@storebotmail.joonix.net"


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(tracking, "count", lambda metric, value=1: seen.append(metric.value))
    return seen


@pytest.mark.parametrize("signed", [True, False], ids=["signed", "storefront"])
@pytest.mark.parametrize("address", [CRAWLER, "Orders@Shop.example", "qa+run7@shop.example"])
def test_an_address_no_customer_reads_is_kept_but_never_emailed(
    stack: LocalStack, loop: LocalLoop, counted: list[str], signed: bool, address: str
) -> None:
    api = Api(stack, make_shop(stack, never_email=["orders@shop.example", "qa+*@shop.example"]))
    post: Any = api.post if signed else api.browser_post

    assert post(contact(email=address)).status == 202
    assert post(cart_updated()).status == 202
    # A customer beside it is emailed as ever.
    post(contact("c2", email="ada@example.com"))
    post(cart_updated("c2"))

    for _ in range(7):
        outbox = advance(loop, DAY)
    assert outbox
    assert {email["cart_id"] for email in outbox} == {"c2"}
    assert read_cart(stack, "test-shop", "c1")["email"].lower() == address.lower()  # kept
    assert counted.count(Metric.CONTACTS_NEVER_MAILED.value) == 1


def test_an_address_the_shop_lists_later_gets_no_more_email(
    stack: LocalStack, loop: LocalLoop
) -> None:
    shop = make_shop(stack)
    api = Api(stack, shop)
    api.post(contact(email="orders@shop.example"))
    api.post(cart_updated())
    assert len(advance(loop, HOUR)) == 1

    stack.shop_store.put(shop.model_copy(update={"never_email": ("orders@shop.example",)}))
    stack.clock.advance(600)  # the shop directory's cache

    for _ in range(7):
        outbox = advance(loop, DAY)
    assert len(outbox) == 1
