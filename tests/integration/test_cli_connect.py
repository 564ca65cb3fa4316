"""`kurv connect shopify`: the webhooks to create, the URL that reaches this shop's
connector, and the line that gives Kurv the secret; what it prints works as printed."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from helpers import ADD, Api
from kurv.track.shopify import API_VERSION
from kurv_tools import cli
from kurv_tools.local.stack import LocalStack
from shopify_webhooks import SHOPIFY_DOMAIN, SHOPIFY_SECRET, deliver, payload


def test_it_prints_the_webhooks_and_the_line_that_sets_the_secret(
    local_state: Path, stack: LocalStack, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(ADD)
    capsys.readouterr()

    assert (
        cli.main(["connect", "shopify", "--shop", "nordlys", "--url", "https://kurv.example"]) == 0
    )
    said = capsys.readouterr().out

    assert "URL:                  https://kurv.example/v1/shopify/nordlys" in said
    for topic in (
        "checkouts/create",
        "checkouts/update",
        "checkouts/delete",
        "orders/create",
        "orders/paid",
        "orders/cancelled",
    ):
        assert f"({topic})" in said
    assert "JSON" in said
    assert "Shopify posts only to https" not in said
    assert API_VERSION in said
    (line,) = [text.strip() for text in said.splitlines() if "kurv shop update" in text]
    argv = shlex.split(
        line.replace("<that secret>", SHOPIFY_SECRET).replace(
            "<your-store>.myshopify.com", SHOPIFY_DOMAIN
        )
    )[1:]

    assert cli.main(argv) == 0
    shop = stack.shop_store.get("nordlys")
    assert shop is not None
    assert shop.takes_shopify
    reply = deliver(Api(stack, shop), "checkouts/create", payload("checkouts_create"))
    assert reply.status == 200, reply.body


def test_the_local_stack_is_named_as_unreachable_for_shopify(
    local_state: Path, stack: LocalStack, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(ADD)
    capsys.readouterr()

    assert cli.main(["connect", "shopify", "--shop", "nordlys"]) == 0

    said = capsys.readouterr().out
    assert "/v1/shopify/nordlys" in said
    assert "Shopify posts only to https" in said


def test_an_unknown_shop_is_said_in_one_line(
    local_state: Path, stack: LocalStack, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["connect", "shopify", "--shop", "no-such-shop"]) == 2
    assert "no shop 'no-such-shop'" in capsys.readouterr().err
