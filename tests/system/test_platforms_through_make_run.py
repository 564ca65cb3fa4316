"""Issue 18's loop through `make run` as a process: a shop set up with the `kurv` command,
Shopify's and WooCommerce's deliveries posted as the platforms post them (their payloads,
their headers, signed as they sign), the clock moved, the outbox and the links read over
HTTP. A checkout becomes an email in the customer's language with its items, its link leads
to the platform's own recovery page, duplicates and late deliveries change nothing, a
purchase stops the series, and Shopify's redact erases."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from kurv.core.clock import DAY, HOUR
from kurv.core.links import campaign_url
from localserver import LocalServer, kurv, local_server, stack_now
from shopify_webhooks import SHOPIFY_DOMAIN, SHOPIFY_SECRET, dated, payload, shopify_headers
from woo import PAYMENT_URL, WOO_SECRET, gmt, order, woo_headers, wp_json

pytestmark = pytest.mark.slow

BROWSER = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"}


def outbox(server: LocalServer, seconds: int = 0) -> list[dict[str, Any]]:
    if seconds:
        body = json.dumps({"advance": seconds}).encode()
        assert server.request("POST", "/_local/clock", body)[0] == 200
    _, _, sent = server.request("GET", "/_local/outbox")
    emails: list[dict[str, Any]] = json.loads(sent)
    return emails


def shopify(server: LocalServer, topic: str, body: dict[str, Any], event_id: str) -> int:
    raw = json.dumps(body).encode()
    headers = shopify_headers(topic, raw, event_id=event_id)
    status, _, _ = server.request("POST", "/v1/shopify/nordlys", raw, headers)
    return status


def woocommerce(server: LocalServer, body: dict[str, Any]) -> int:
    raw = wp_json(body)
    status, _, _ = server.request("POST", "/v1/woocommerce/nordlys", raw, woo_headers(raw))
    return status


def follow(server: LocalServer, email: dict[str, Any]) -> str:
    """Where the email's restore link sends a person's browser (not followed further)."""
    match = re.search(r"https?://[^/\s]+(/r/[A-Za-z0-9_.-]+)", email["text"])
    assert match, "no restore link in the email"
    status, headers, _ = server.exchange("GET", match.group(1), headers=BROWSER)
    assert status == 302
    return headers["Location"]


def test_shopify_and_woocommerce_drive_the_whole_loop(tmp_path: Path) -> None:
    with local_server(tmp_path, KURV_SWEEP_SECONDS="3600") as server:
        kurv(
            tmp_path, "shop", "add", "nordlys", "--name", "Nordlys Te",
            "--sender-email", "hei@nordlys.example",
            "--restore-url", "https://shop.example/cart/{cart_id}",
            "--origin", "https://shop.example", "--locale", "en", "--currency", "EUR",
            "--consent", "notice",
            "--shopify-secret", SHOPIFY_SECRET, "--shopify-domain", SHOPIFY_DOMAIN,
            "--woocommerce-secret", WOO_SECRET,
        )  # fmt: skip
        start = stack_now(server)
        checkout = dated(payload("checkouts_create"), start - 60)

        # Shopify: a checkout, delivered twice (a retry), and an older update arriving late.
        assert shopify(server, "checkouts/create", checkout, "ev-1") == 200
        assert shopify(server, "checkouts/create", checkout, "ev-1") == 200
        older = dated(payload("checkouts_create", line_items=[]), start - 3600)
        assert shopify(server, "checkouts/update", older, "ev-0") == 200
        # WooCommerce: an order left unpaid, delivered as its state twice.
        pending = order(date_modified_gmt=gmt(start - 60))
        assert woocommerce(server, pending) == 200
        assert woocommerce(server, pending) == 200

        first = outbox(server, HOUR)
        by_address = {email["to"]: email for email in first}
        assert len(first) == 2, [email["to"] for email in first]
        norwegian = by_address["ingrid.hansen@example.com"]
        assert "Fjellte - 250\xa0g" in norwegian["text"]  # the measure unbroken
        assert "handlekurv" in norwegian["text"].lower()  # nb: the customer's language
        assert follow(server, norwegian) == campaign_url(checkout["abandoned_checkout_url"], 1)
        woo = by_address["ada@example.com"]
        assert follow(server, woo) == campaign_url(PAYMENT_URL, 1)

        # The Shopify customer buys; the WooCommerce order is paid (on-hold: a bank transfer).
        bought = dated(payload("orders_create"), stack_now(server))
        assert shopify(server, "orders/create", bought, "ev-2") == 200
        paid = order(status="on-hold", date_modified_gmt=gmt(stack_now(server)))
        assert woocommerce(server, paid) == 200
        assert len(outbox(server, 4 * DAY)) == 2  # nothing more, ever

        # Shopify asks for the customer's erasure: the privacy function does it.
        redact = payload("customers_redact")
        assert shopify(server, "customers/redact", redact, "ev-3") == 200
        outbox(server, 60)  # the loop delivers the privacy queue
        exported = json.loads(
            kurv(tmp_path, "export", "--shop", "nordlys", "--email", "ingrid.hansen@example.com")
        )
        assert exported["carts"] == []
        report = json.loads(kurv(tmp_path, "report", "--shop", "nordlys", "--days", "7", "--json"))
        # Both purchases came after the first email: recovered, each in its own currency.
        assert (report["orders"], report["orders_after_email"]) == (2, 2)
        assert sorted(report["recovered_revenue"]) == ["EUR", "NOK"]
