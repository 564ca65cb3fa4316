"""`kurv connect woocommerce`: what it prints is what works. Its secret, set as it says,
signs a delivery the printed URL's route accepts; nothing is changed by the command itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import Api
from kurv.core.shops import Shop
from kurv_tools import cli
from kurv_tools.local.stack import LocalStack
from woo import deliver, gmt, order


def connect(capsys: pytest.CaptureFixture[str]) -> str:
    assert cli.main(["connect", "woocommerce", "--shop", "test-shop"]) == 0
    return capsys.readouterr().out


def test_a_shop_without_a_secret_is_told_how_to_set_one_and_then_it_works(
    local_state: Path, stack: LocalStack, shop: Shop, capsys: pytest.CaptureFixture[str]
) -> None:
    printed = connect(capsys)

    assert stack.shop_store.get("test-shop") == shop  # the command itself changes nothing
    (command,) = re.findall(
        r"kurv shop update test-shop --woocommerce-secret ([0-9a-f]{48})", printed
    )
    assert printed.count(f"Secret:       {command}") == 2
    for label in ("Topic:        Order created", "Topic:        Order updated"):
        assert label in printed
    url = "http://127.0.0.1:3000/v1/woocommerce/test-shop"
    assert printed.count(f"Delivery URL: {url}") == 2
    assert "API Version:  WP REST API Integration v3" in printed
    assert f"Publishable key: {shop.publishable_key}" in printed
    assert "integrations/woocommerce/kurv.php" in printed

    assert cli.main(["shop", "update", "test-shop", "--woocommerce-secret", command]) == 0
    capsys.readouterr()
    configured = stack.shop_store.get("test-shop")
    assert configured is not None
    reply = deliver(
        Api(stack, configured), order(date_modified_gmt=gmt(stack.clock.now())), secret=command
    )
    assert (reply.status, reply.body) == (200, {"accepted": 1})
    again = connect(capsys)
    assert "--woocommerce-secret" not in again  # set now: printed as it is
    assert again.count(f"Secret:       {command}") == 2


def test_an_unknown_shop_is_named(local_state: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["connect", "woocommerce", "--shop", "nope"]) == 2
    assert "no shop 'nope'" in capsys.readouterr().err
