"""integrations/woocommerce/kurv.php under php-cli, against stubs of the WordPress and
WooCommerce functions it calls: it parses, stops WooCommerce's own recovery email, loads
kurv.js where a cart is, writes what Kurv's connector reads on the order, and its privacy
eraser says plainly what it does not do. And PHP's own HMAC signs as Kurv checks."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from kurv.track.woocommerce import CART_META, CONSENT_META, UNPAID_CANCEL_META
from kurv.track.woocommerce_auth import sign
from woo import order, wp_json

PLUGIN = Path(__file__).resolve().parents[2] / "integrations" / "woocommerce" / "kurv.php"
PHP = shutil.which("php")
pytestmark = pytest.mark.skipif(
    PHP is None, reason="php is not installed (make pytest installs Debian's php-cli)"
)

STUBS = Path(__file__).resolve().parents[1] / "fixtures" / "woocommerce" / "wordpress-stubs.php"


def run_php(script: str, **env: str) -> Any:
    """The stubs, the plugin, then `script`, which echoes JSON."""
    completed = subprocess.run(  # noqa: S603 (php, our own script)
        [str(PHP), "-d", "display_errors=stderr", "-d", "error_reporting=E_ALL"],
        input="<?php require getenv('KURV_STUBS');\n" + script,
        capture_output=True,
        text=True,
        env={"KURV_STUBS": str(STUBS), "KURV_PLUGIN": str(PLUGIN), "PATH": "/usr/bin:/bin", **env},
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == "", completed.stderr  # no notice or warning either
    return json.loads(completed.stdout)


def test_the_plugin_parses() -> None:
    checked = subprocess.run(  # noqa: S603
        [str(PHP), "-l", str(PLUGIN)], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_it_stops_woocommerces_own_recovery_email() -> None:
    assert run_php(
        "echo json_encode(apply_filters('woocommerce_checkout_recovery_suppress', false));"
    )


SETTINGS = (
    "$OPTIONS = ['kurv_url' => 'https://kurv.example/',"
    " 'kurv_publishable_key' => 'kpk_test_key_0123456789'];"
)


def test_kurv_js_goes_on_the_cart_page_with_the_cart_and_the_key() -> None:
    found = run_php(
        SETTINGS + "do_action('wp_enqueue_scripts');"
        "echo json_encode(['src' => $ENQUEUED['kurv'] ?? null, 'inline' => $INLINE['kurv'] ?? '',"
        " 'cart' => $SESSION['kurv_cart_id'] ?? '']);"
    )

    assert found["src"] == "https://shop.example/wp-content/plugins/kurv/kurv.js"
    config = json.loads(found["inline"].split("var kurvConfig = ", 1)[1].split(";", 1)[0])
    assert config["endpoint"] == "https://kurv.example/v1/events"
    assert config["key"] == "kpk_test_key_0123456789"
    assert config["cartId"] == found["cart"]
    assert config["cartId"].startswith("kwc-")
    assert len(config["cartId"]) == 36
    assert config["items"] == [
        {
            "sku": "MUG-1",
            "name": "Blue mug",
            "quantity": 2,
            "unit_price": "12.50",
            "image_url": "https://shop.example/img/412.jpg",
        },
        {"sku": "woo-95", "name": "Tea towel & cloth", "quantity": 1, "unit_price": "9.50"},
    ]
    assert "</script" not in found["inline"]


@pytest.mark.parametrize(
    "setup",
    [
        "$PAGE = 'product';",  # no cart on the page
        "$OPTIONS = ['kurv_url' => 'https://kurv.example'];",  # no key yet
    ],
)
def test_kurv_js_stays_away_from_other_pages_and_an_unset_plugin(setup: str) -> None:
    found = run_php(
        SETTINGS + setup + "do_action('wp_enqueue_scripts'); echo json_encode(count($ENQUEUED));"
    )
    assert found == 0


def checkout(options: str, posted: str) -> dict[str, Any]:
    """The meta a classic checkout's order gets."""
    meta: dict[str, Any] = run_php(
        f"$OPTIONS = {options}; $_POST = {posted}; $order = new Order();"
        "do_action('woocommerce_checkout_create_order', $order, []);"
        "echo json_encode((object) $order->meta);"
    )
    return meta


def test_the_checkout_writes_consent_and_the_cart_on_the_order() -> None:
    ticked = checkout("['kurv_ask_consent' => 'yes']", "['kurv_consent' => 'yes']")
    unticked = checkout("['kurv_ask_consent' => 'yes']", "[]")
    own_field = checkout("['kurv_consent_field' => 'newsletter']", "['newsletter' => '1']")
    no_checkbox = checkout("[]", "['kurv_consent' => 'yes']")

    assert (ticked[CONSENT_META], unticked[CONSENT_META], own_field[CONSENT_META]) == (
        "yes",
        "no",
        "yes",
    )
    assert CONSENT_META not in no_checkbox  # no checkbox shown: no consent claimed
    assert ticked[CART_META].startswith("kwc-")


def test_the_block_checkout_writes_the_cart_on_the_order() -> None:
    meta = run_php(
        "$order = new Order();"
        "do_action('woocommerce_store_api_checkout_update_order_meta', $order);"
        "echo json_encode($order->meta);"
    )
    assert meta[CART_META].startswith("kwc-")


def test_woocommerces_time_limit_is_marked_and_the_order_stays_payable() -> None:
    found = run_php(
        "$limit = new Order(); $kept = new Order();"
        "$payable = 'woocommerce_valid_order_statuses_for_payment';"
        "$cancel = apply_filters('woocommerce_cancel_unpaid_order', true, $limit);"
        "$other = apply_filters('woocommerce_cancel_unpaid_order', false, $kept);"
        "echo json_encode(['cancel' => $cancel, 'other' => $other, 'meta' => $limit->meta,"
        " 'kept' => (object) $kept->meta,"
        " 'payable' => apply_filters($payable, ['pending', 'failed'], $limit),"
        " 'unmarked' => apply_filters($payable, ['pending', 'failed'], $kept)]);"
    )

    assert (found["cancel"], found["other"]) == (True, False)  # WooCommerce decides, as before
    assert found["meta"] == {UNPAID_CANCEL_META: "yes"}
    assert found["kept"] == {}
    assert found["payable"] == ["pending", "failed", "cancelled"]
    assert found["unmarked"] == ["pending", "failed"]


def test_the_privacy_eraser_says_what_to_run_and_claims_nothing() -> None:
    found = run_php(
        "$OPTIONS = ['kurv_shop_id' => 'nordlys'];"
        "$erasers = apply_filters('wp_privacy_personal_data_erasers', []);"
        "echo json_encode(call_user_func($erasers['kurv']['callback'], 'ada@example.com', 1));"
    )

    assert found["items_removed"] is False
    assert found["items_retained"] is True
    assert found["done"] is True
    assert "kurv forget --shop nordlys --email ada@example.com" in found["messages"][0]


def test_phps_hmac_of_woocommerces_body_is_the_signature_kurv_checks(tmp_path: Path) -> None:
    secret = "wc-webhook-secret-4f9a1c7e2b"
    payload = order()
    (tmp_path / "order.json").write_text(json.dumps(payload))
    # As WC_Webhook::deliver and generate_signature make them.
    signed = run_php(
        "$order = json_decode(file_get_contents(getenv('ORDER')), true);"
        "$body = trim(json_encode($order));"
        "$signature = base64_encode(hash_hmac('sha256', $body, getenv('SECRET'), true));"
        "echo json_encode(['body' => $body, 'signature' => $signature]);",
        ORDER=str(tmp_path / "order.json"),
        SECRET=secret,
    )

    assert signed["body"].encode() == wp_json(payload)  # the tests' bodies are WooCommerce's
    assert sign(secret, signed["body"].encode()) == signed["signature"]


def test_the_order_is_the_cart_kurv_js_told_in_the_same_session() -> None:
    found = run_php(
        SETTINGS + "do_action('wp_enqueue_scripts'); $told = $SESSION['kurv_cart_id'];"
        "$order = new Order(); do_action('woocommerce_checkout_create_order', $order, []);"
        "echo json_encode(['told' => $told, 'order' => $order->meta['_kurv_cart_id']]);"
    )

    assert found["order"] == found["told"]
