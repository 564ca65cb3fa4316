"""Hashes stored by Kurv 0.1 (plain SHA-256) re-keyed with the deployment's address key:
opt-outs keep working across the upgrade, and a second run changes nothing."""

from __future__ import annotations

from typing import Any

from helpers import Api, advance, cart_updated, contact, put_old_suppression, read_cart
from kurv.core.addresses import plain_address_hash
from kurv.core.clock import HOUR
from kurv.core.dynamo import to_item
from kurv.core.model import cart_key
from kurv.core.shops import Shop
from kurv.core.suppressions import SuppressionReason, SuppressionStore
from kurv_tools.cli.rekeying import migrate_address_hashes
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack


def put_old_cart(stack: LocalStack, shop: Shop, cart_id: str, email: str) -> dict[str, Any]:
    plain = plain_address_hash(email)
    item = {
        "pk": cart_key(shop.shop_id, cart_id),
        "shop_id": shop.shop_id,
        "cart_id": cart_id,
        "email": email,
        "email_hash": plain,
        "contact_key": f"{shop.shop_id}#{plain}",
        "ordered_at": 1_700_000_000,
    }
    stack.dynamodb.put_item(TableName=stack.settings.carts_table, Item=to_item(item))
    return item


def migrate(stack: LocalStack) -> Any:
    return migrate_address_hashes(
        stack.dynamodb,
        suppressions_table=stack.settings.suppressions_table,
        carts_table=stack.settings.carts_table,
        key=stack.address_key,
    )


def suppressions(stack: LocalStack) -> list[dict[str, Any]]:
    return list(stack.dynamodb.scan(TableName=stack.settings.suppressions_table)["Items"])


def test_an_old_opt_out_is_honoured_after_the_migration(
    api: Api, stack: LocalStack, shop: Shop
) -> None:
    put_old_suppression(stack, shop, "ada@example.com")

    done = migrate(stack)

    assert done.suppressions == 1
    store = SuppressionStore(stack.dynamodb, stack.settings.suppressions_table)
    assert store.is_suppressed(shop.shop_id, stack.address_key.hash("ada@example.com"))
    (item,) = suppressions(stack)
    assert plain_address_hash("ada@example.com") not in str(item)
    assert item["suppressed_at"]["N"] == "1700000000"  # the first time is kept
    # And the series skips the address, as before the upgrade.
    api.post(contact())
    api.post(cart_updated())
    assert advance(LocalLoop(stack), 2 * HOUR) == []


def test_carts_get_keyed_hashes_and_a_second_run_changes_nothing(
    stack: LocalStack, shop: Shop
) -> None:
    put_old_cart(stack, shop, "c1", "ada@example.com")
    put_old_suppression(stack, shop, "grace@example.com")
    SuppressionStore(stack.dynamodb, stack.settings.suppressions_table).suppress(
        shop.shop_id,
        stack.address_key.hash("new@example.com"),
        reason=SuppressionReason.OPTED_OUT,
        now=1,
    )

    first = migrate(stack)
    second = migrate(stack)

    assert (first.suppressions, first.carts) == (1, 1)
    assert (second.suppressions, second.carts) == (0, 0)
    cart = read_cart(stack, shop.shop_id, "c1")
    assert cart["email_hash"] == stack.address_key.hash("ada@example.com")
    assert cart["contact_key"] == stack.address_key.contact_key(shop.shop_id, "ada@example.com")
    assert len(suppressions(stack)) == 2
