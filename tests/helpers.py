"""Test helpers: a signing API client over the real handler, shop and cart shortcuts."""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field
from typing import Any

import pytest

from kurv.core.addresses import plain_address_hash
from kurv.core.clock import HOUR
from kurv.core.dynamo import from_item, to_item
from kurv.core.model import DUE_INDEX, DUE_SHARDS, cart_key
from kurv.core.shops import Shop
from kurv.recover.claims import Claim, ClaimStore
from kurv.stats.uplift import Group, uplift
from kurv.track.auth import sign
from kurv_tools.local.apigw import http_event
from kurv_tools.local.inbound import receive
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.outbox import outbox
from kurv_tools.local.stack import LocalStack

START = 1_795_000_000  # 2026-11-18T09:46:40Z: every test starts its clock here
SECRET = "ksk_test_secret_0123456789"
KEY = "kpk_test_key_0123456789"
ORIGIN = "https://shop.example"
# A person's browser: a restore link opened without one is a machine's visit, not a click.
BROWSER = {
    "User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
}
# `kurv shop add` for the Nordlys shop, as the CLI tests type it.
ADD = [
    "shop",
    "add",
    "nordlys",
    "--name",
    "Nordlys Te",
    "--sender-email",
    "hei@nordlys.example",
    "--restore-url",
    "https://nordlys.example/handlekurv/{cart_id}",
    "--locale",
    "nb-NO",
    "--currency",
    "nok",
    "--series",
    "30m,1d,3d",
    "--origin",
    "https://nordlys.example",
    "--support-phone",
    "+47 22 33 44 55",
]


def make_shop(stack: LocalStack, **overrides: Any) -> Shop:
    values: dict[str, Any] = {
        "shop_id": "test-shop",
        "name": "Test Shop",
        "sender_email": "hello@shop.example",
        "sender_name": "Test Shop",
        "support_email": "help@shop.example",
        "support_phone": "+45 70 20 30 40",
        "restore_url": "https://shop.example/cart/{cart_id}",
        "allowed_origins": [ORIGIN],
        "signing_secret": SECRET,
        "publishable_key": KEY,
    }
    values.update(overrides)
    shop = Shop.model_validate(values)
    stack.shop_store.put(shop)
    return shop


def put_old_suppression(stack: LocalStack, shop: Shop, email: str) -> None:
    item = {
        "pk": f"{shop.shop_id}#{plain_address_hash(email)}",
        "shop_id": shop.shop_id,
        "reason": "opted_out",
        "suppressed_at": 1_700_000_000,
    }
    stack.dynamodb.put_item(TableName=stack.settings.suppressions_table, Item=to_item(item))


@dataclass
class Reply:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def error(self) -> dict[str, Any]:
        return dict(self.body["error"])


@dataclass
class Api:
    stack: LocalStack
    shop: Shop

    def post(
        self,
        payload: Any,
        *,
        t: int | None = None,
        secret: str | None = None,
        shop_id: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        timestamp = self.stack.clock.now() if t is None else t
        signed = {
            "Content-Type": "application/json",
            "Kurv-Shop": shop_id or self.shop.shop_id,
            "Kurv-Signature": sign(
                secret or self.shop.signing_secret.get_secret_value(), body, timestamp
            ),
        }
        return self.request("POST", "/v1/events", headers={**signed, **(headers or {})}, body=body)

    def browser_post(
        self, payload: Any, *, key: str | None = None, origin: str | None = ORIGIN
    ) -> Reply:
        headers = {"Content-Type": "application/json", "Kurv-Key": key or self.shop.publishable_key}
        if origin is not None:
            headers["Origin"] = origin
        return self.request(
            "POST", "/v1/events", headers=headers, body=json.dumps(payload).encode()
        )

    def request(
        self, method: str, path: str, *, headers: dict[str, str] | None = None, body: bytes = b""
    ) -> Reply:
        result = self.stack.invoke("track", http_event(method, path, headers=headers, body=body))
        text = result.get("body") or ""
        content_type = (result.get("headers") or {}).get("Content-Type", "")
        parsed = json.loads(text) if "json" in content_type and text else text
        return Reply(result["statusCode"], parsed, dict(result.get("headers") or {}))


def contact(cart_id: str = "c1", **fields: Any) -> dict[str, Any]:
    return {
        "type": "checkout.contact",
        "cart_id": cart_id,
        "email": "ada@example.com",
        "first_name": "Ada",
        "consent": True,
        **fields,
    }


def cart_updated(cart_id: Any = "c1", **fields: Any) -> dict[str, Any]:
    items = [
        {
            "sku": "MUG-1",
            "name": "Blue mug",
            "quantity": 2,
            "unit_price": "12.50",
            "image_url": "https://shop.example/mug.jpg",
            "url": "https://shop.example/mug",
        }
    ]
    return {"type": "cart.updated", "cart_id": cart_id, "items": items, "currency": "EUR", **fields}


def read_cart(
    stack: LocalStack, shop_id: str, cart_id: str, *, key: str | None = None
) -> dict[str, Any]:
    """A cart's item as stored (or, given `key`, any item of the carts table)."""
    response = stack.dynamodb.get_item(
        TableName=stack.settings.carts_table,
        Key={"pk": {"S": key or cart_key(shop_id, cart_id)}},
        ConsistentRead=True,
    )
    return from_item(response.get("Item"))


def due_keys(stack: LocalStack, now: int) -> list[str]:
    """Every cart key in the due index with due_at <= now, across all shards."""
    keys: list[str] = []
    for shard in range(DUE_SHARDS):
        response = stack.dynamodb.query(
            TableName=stack.settings.carts_table,
            IndexName=DUE_INDEX,
            KeyConditionExpression="due_shard = :s AND due_at <= :now",
            ExpressionAttributeValues={":s": {"N": str(shard)}, ":now": {"N": str(now)}},
        )
        keys.extend(item["pk"]["S"] for item in response.get("Items", []))
    return sorted(keys)


def advance(loop: LocalLoop, seconds: int) -> list[dict[str, Any]]:
    """Move the clock, run what became due, and return the whole outbox."""
    loop.stack.clock.advance(seconds)
    loop.run_due()
    return sent(loop.stack)


def sent(stack: LocalStack) -> list[dict[str, Any]]:
    return outbox(stack.emulator.sent_messages())


def link(email: dict[str, Any], kind: str) -> str:
    """The path of the email's restore ("r") or opt-out ("u") link."""
    match = re.search(rf"https?://[^/\s]+(/{kind}/[A-Za-z0-9_.-]+)", email["text"])
    assert match, f"no /{kind}/ link in the email"
    return match.group(1)


def reply_to(email: dict[str, Any], text: str, **headers: str) -> bytes:
    """A plain reply as a mail client sends it, quoting the email it answers."""
    lines = {
        "From": "Ada Lovelace <ada@example.com>",
        "To": email["reply_to"],
        "Subject": "Re: " + email["subject"],
        "Message-ID": "<reply-1@mail.example.com>",
        "In-Reply-To": email["headers"].get("Message-ID", ""),
        "Date": "Wed, 18 Nov 2026 11:00:00 +0000",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=utf-8",
        **headers,
    }
    quoted = "\n".join("> " + line for line in email["text"].splitlines()[:6])
    body = (
        f"{text}\n\nOn Wed, 18 Nov 2026 at 10:46, Test Shop <hello@shop.example> wrote:\n{quoted}\n"
    )
    head = "".join(f"{name}: {value}\r\n" for name, value in lines.items())
    return (head + "\r\n" + body.replace("\n", "\r\n")).encode()


def a_busy_day(api: Api, loop: LocalLoop, stack: LocalStack, *more: tuple[str, str]) -> None:
    """Four carts emailed: one bought after a click, one opted out, one replied, one
    bounced; an anonymous cart; and `more` (cart id, address) emailed beside them."""
    for cart_id, address in (
        ("buys", "ada@example.com"),
        ("leaves", "grace@example.com"),
        ("answers", "lin@example.com"),
        ("bounces", "bounce@simulator.amazonses.com"),
        *more,
    ):
        api.post(contact(cart_id, email=address))
        api.post(cart_updated(cart_id))
    api.post(cart_updated("anonymous"))
    emails = {email["cart_id"]: email for email in advance(loop, HOUR)}
    assert api.request("HEAD", link(emails["buys"], "r")).status == 302  # a mail scanner's
    assert api.request("GET", link(emails["buys"], "r"), headers=BROWSER).status == 302
    assert api.request("POST", link(emails["leaves"], "u")).status == 200
    receive(stack, reply_to(emails["answers"], "Shipping was too expensive."))
    order = {"type": "order.completed", "cart_id": "buys", "order_id": "o-1", "total": "25.00"}
    assert api.post(order).status == 202
    loop.deliver()


class SlowSweep:
    """A sweep that read the due index, then stalled while another sweep ran whole."""

    def __init__(self, stack: LocalStack) -> None:
        self.now = stack.clock.now()
        self.store = ClaimStore(stack.dynamodb, stack.settings.carts_table)
        self.seen = [
            key
            for shard in range(DUE_SHARDS)
            for key in self.store.due(shard, self.now, limit=100)[0]
        ]

    def claim_late(self, tag: str = "slow") -> list[Claim]:
        """Claim everything it saw, after the fact."""
        return [self.store.claim(key, now=self.now, claim_id=f"{tag}-{key}") for key in self.seen]


class Terminal(io.StringIO):
    """A stream that says it is a terminal, to see what a person at one sees."""

    def isatty(self) -> bool:
        return True


def assert_holdout_counted(found: dict[str, Any], truth: dict[str, Group], percent: int) -> None:
    """`kurv report --json`'s holdout key says what a direct count (`truth`, by group) gives:
    each group's carts, orders and revenue (EUR), and the uplift computed from them."""
    assert found["percent"] == percent
    for name, group in truth.items():
        assert found[name] == {
            "carts": group.carts,
            "orders": group.orders,
            "revenue": {"EUR": f"{group.revenue['EUR']:.2f}"},
        }
    expected = uplift(truth["treated"], truth["control"], percent)
    assert found["uplift"]["absolute"] == pytest.approx(expected.absolute)
    assert found["uplift"]["ci95"] == pytest.approx(list(expected.ci95))
    assert found["uplift"]["conclusive"] is expected.conclusive
    assert found["uplift"]["incremental_revenue"] == {
        "EUR": f"{expected.incremental_revenue['EUR']:.2f}"
    }
    assert 0 < found["sample_ratio_p"] <= 1
