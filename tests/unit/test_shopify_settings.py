"""A shop's Shopify settings: the store's own myshopify domain only, the secret kept as a
secret (stored, never shown), and the domain a checkout's recovery URL may lead to."""

from __future__ import annotations

import pytest
from pydantic import SecretStr, ValidationError

from kurv.core.shops import Shop
from kurv_tools.cli.shops import print_shop

SHOP = Shop(
    shop_id="nordlys",
    name="Nordlys Te",
    sender_email="hei@nordlys.example",
    sender_name="Nordlys Te",
    restore_url="https://nordlys.example/c/{cart_id}",
    shopify_secret=SecretStr("shpss_do_not_print_me"),
    shopify_domain="nordlys-te.myshopify.com",
)


@pytest.mark.parametrize(
    "domain",
    [
        "nordlys.example",
        "https://nordlys-te.myshopify.com",
        "nordlys-te.myshopify.com/",
        "evil.example/.myshopify.com",
        "nordlys-te.myshopify.com.evil.example",
        "a.b.myshopify.com",
        "-nordlys.myshopify.com",
        ".myshopify.com",
        "nordlys te.myshopify.com",
    ],
)
def test_only_a_myshopify_domain_is_taken(domain: str) -> None:
    with pytest.raises(ValidationError, match=r"<name>\.myshopify\.com"):
        Shop.model_validate({**SHOP.to_item(), "shopify_domain": domain})


def test_the_secret_is_stored_and_never_shown(capsys: pytest.CaptureFixture[str]) -> None:
    assert SHOP.to_item()["shopify_secret"] == "shpss_do_not_print_me"
    assert Shop.model_validate(SHOP.to_item()) == SHOP

    print_shop(SHOP, show_secrets=False)
    shown = capsys.readouterr().out

    assert "shpss_do_not_print_me" not in shown
    assert "nordlys-te.myshopify.com" in shown
    assert "shpss_do_not_print_me" not in repr(SHOP)


def test_a_recovery_url_on_the_store_leads_home_and_nothing_else_changes() -> None:
    recover = "https://nordlys-te.myshopify.com/7123/checkouts/ac/abc/recover?key=1"
    without = SHOP.model_copy(update={"shopify_domain": None})

    assert SHOP.leads_home(recover)
    assert not without.leads_home(recover)
    assert not SHOP.leads_home("https://other.myshopify.com/7123/checkouts/ac/abc/recover")
    assert SHOP.link_hosts == without.link_hosts  # images and item links: as before
    assert SHOP.takes_shopify
    assert not without.takes_shopify
