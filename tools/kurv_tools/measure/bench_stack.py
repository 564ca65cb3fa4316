"""What one tracked event and one email ask of AWS, measured on the local stack (moto):
requests, DynamoDB units sized as billed (costs.Meter), invocations and their duration."""

from __future__ import annotations

import math
import time
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kurv_tools.measure import costs
from kurv_tools.measure.bench_code import bench_shop
from kurv_tools.measure.targets import Figure, Target

LIVE_CARTS = 10_000
DUE_CARTS = 100
TRACKED_EVENTS = 300
# One conditional write per event; the sparse index reads only due carts; one SES call per
# email (README, "How it works").
PER_EVENT = Target(1)
PER_DUE_CART = Target(1)
PER_EMAIL = Target(1)
# Moto is slower than DynamoDB: a guard against regressions, not a promise about AWS.
TRACK_ON_MOTO = Target(20, " ms")


@dataclass
class Usage:
    """What the measuring steps leave for the costs."""

    event: costs.Usage | None = None  # one tracked event (tracking)
    email: costs.Usage | None = None  # one email (sweep_and_send)
    idle_sweep_seconds: float = math.nan  # a sweep that finds nothing due


class _Invocations:
    """How often, and for how long, the local stack ran each function's handler."""

    def __init__(self, stack: Any, meter: costs.Meter | None = None) -> None:
        self.runs: list[tuple[str, float]] = []
        original = stack.invoke

        def metered() -> float:
            return meter.seconds if meter is not None else 0.0

        def timed(function: str, event: dict[str, Any]) -> Any:
            started, sizing = time.perf_counter(), metered()
            try:
                return original(function, event)
            finally:
                # The meter's own reads (sizing each write) are not the function's time.
                spent = time.perf_counter() - started - (metered() - sizing)
                self.runs.append((function, spent))

        stack.invoke = timed

    def reset(self) -> None:
        self.runs.clear()

    def count(self) -> int:
        return len(self.runs)

    def seconds(self) -> float:
        """Billed duration: each run rounded up to the millisecond."""
        return sum(math.ceil(seconds * 1000) / 1000 for _, seconds in self.runs)


def _stack(emulator: Any, prefix: str) -> Any:
    from kurv.core.clock import ManualClock
    from kurv_tools.local.stack import LocalStack

    stack = LocalStack(emulator, ManualClock(1_795_000_000), prefix=prefix)
    stack.create_tables()
    stack.wire()
    return stack


def _shop(stack: Any) -> Any:
    shop = bench_shop()
    stack.shop_store.put(shop)
    return shop


def tracking(emulator: Any, usage: Usage) -> list[Figure]:
    import json

    from kurv.track.auth import sign
    from kurv_tools.local.apigw import http_event
    from kurv_tools.local.loop import LocalLoop
    from kurv_tools.local.spy import Spy

    print(f"Tracking {TRACKED_EVENTS} events through the track handler ...", flush=True)
    stack = _stack(emulator, "bench-track")
    shop = _shop(stack)
    stack.wire(shop_cache_seconds=60)  # a warm container, as deployed
    secret = shop.signing_secret.get_secret_value()
    calls = Spy(stack.dynamodb)
    meter = costs.Meter(stack.dynamodb, emulator.client("dynamodb"))
    invocations = _Invocations(stack, meter)

    def post(event: dict[str, Any]) -> None:
        body = json.dumps(event).encode()
        headers = {
            "Kurv-Shop": shop.shop_id,
            "Kurv-Signature": sign(secret, body, stack.clock.now()),
        }
        result = stack.invoke("track", http_event("POST", "/v1/events", headers=headers, body=body))
        if result["statusCode"] != 202:
            raise RuntimeError(f"the track handler refused a benchmark event: {result}")

    post({"type": "checkout.step", "cart_id": "warm-up", "step": "cart"})
    LocalLoop(stack).deliver()
    calls.reset()
    meter.reset()
    invocations.reset()
    started = time.perf_counter()
    for number in range(TRACKED_EVENTS):
        cart_id = f"c{number % 60}"
        events: list[dict[str, Any]] = [
            {
                "type": "checkout.contact",
                "cart_id": cart_id,
                "email": "a@b.example",
                "consent": True,
            },
            {
                "type": "cart.updated",
                "cart_id": cart_id,
                "currency": "EUR",
                "items": [{"sku": "S", "name": "Mug", "quantity": 1, "unit_price": "9.50"}],
            },
            {"type": "checkout.step", "cart_id": cart_id, "step": "payment"},
        ]
        post(events[number % 3])
    elapsed = time.perf_counter() - started - meter.seconds  # not the meter's own reads
    total = len(calls.calls)
    LocalLoop(stack).deliver()  # the stats function adds the events to the daily figures
    usage.event = costs.Usage(
        api_requests=1,
        lambda_invocations=invocations.count() / TRACKED_EVENTS,
        lambda_seconds=invocations.seconds() / TRACKED_EVENTS,
        write_units=meter.write / TRACKED_EVENTS,
        read_units=meter.read / TRACKED_EVENTS,
    )
    writes = calls.count("UpdateItem") + calls.count("PutItem")
    per_event = total / TRACKED_EVENTS
    handler_ms = elapsed / TRACKED_EVENTS * 1000
    return [
        Figure(
            "DynamoDB requests per tracked event",
            per_event,
            f"{per_event:.2f}",
            PER_EVENT,
            f"{writes / TRACKED_EVENTS:.2f} writes; {dict(Counter(calls.calls))}",
        ),
        Figure(
            "track handler time per event (on moto)",
            handler_ms,
            f"{handler_ms:.1f} ms",
            TRACK_ON_MOTO,
        ),
    ]


def sweep_and_send(emulator: Any, usage: Usage) -> list[Figure]:
    from kurv.core.clock import DAY, HOUR
    from kurv.core.dynamo import to_item
    from kurv.core.model import cart_key, due_shard
    from kurv.recover.claims import ClaimStore
    from kurv.recover.sweep import sweep
    from kurv_tools.local.loop import LocalLoop
    from kurv_tools.local.spy import Spy

    print(f"Seeding {LIVE_CARTS:,} live carts, {DUE_CARTS} of them due ...", flush=True)
    stack = _stack(emulator, "bench-sweep")
    shop = _shop(stack)
    now = stack.clock.now()
    addresses = stack.address_key
    items = []
    for number in range(LIVE_CARTS):
        key = cart_key(shop.shop_id, f"cart-{number}")
        email = f"customer{number}@example.com"
        item: dict[str, Any] = {
            "pk": key,
            "shop_id": shop.shop_id,
            "cart_id": f"cart-{number}",
            "last_activity_at": now - 2 * HOUR,
            "expires_at": now + 30 * DAY,
            "currency": "EUR",
            "items": [{"sku": "S", "name": "Mug", "quantity": 1, "unit_price": Decimal("9.50")}],
        }
        if number % 2 == 0 or number < DUE_CARTS:  # half the live carts have an address
            item.update(
                email=email,
                email_hash=addresses.hash(email),
                consent=True,
                contact_key=addresses.contact_key(shop.shop_id, email),
                due_shard=due_shard(key),
                due_at=now - 60 if number < DUE_CARTS else now + HOUR + number,
            )
        items.append(item)
    for start in range(0, len(items), 25):
        batch = [{"PutRequest": {"Item": to_item(item)}} for item in items[start : start + 25]]
        stack.dynamodb.batch_write_item(RequestItems={stack.settings.carts_table: batch})

    loop = LocalLoop(stack)
    loop.stream.read()  # the seeding writes are not claims; start after them
    calls = Spy(stack.dynamodb)
    meter = costs.Meter(stack.dynamodb, emulator.client("dynamodb"))
    invocations = _Invocations(stack, meter)
    report = sweep(
        ClaimStore(stack.dynamodb, stack.settings.carts_table),
        now=now,
        seconds_left=lambda: 60.0,
    )
    index_read = calls.items_read
    started = time.perf_counter()
    sweep(ClaimStore(stack.dynamodb, stack.settings.carts_table), now=now, seconds_left=lambda: 60)
    usage.idle_sweep_seconds = time.perf_counter() - started  # nothing left due
    claim_units = (meter.write, meter.read)
    scan = stack.dynamodb.scan(TableName=stack.settings.carts_table, Select="COUNT")
    scanned = int(scan["ScannedCount"])
    while "LastEvaluatedKey" in scan:
        scan = stack.dynamodb.scan(
            TableName=stack.settings.carts_table,
            Select="COUNT",
            ExclusiveStartKey=scan["LastEvaluatedKey"],
        )
        scanned += int(scan["ScannedCount"])

    print(f"Sending the {report.claimed} claimed reminders ...", flush=True)
    ses = Spy(stack.sesv2)
    stack.verify_senders()
    ses.reset()
    meter.reset()
    loop.deliver()
    emails = len(stack.emulator.sent_messages())
    usage.email = costs.Usage(
        lambda_invocations=invocations.count() / max(emails, 1),
        lambda_seconds=invocations.seconds() / max(emails, 1),
        write_units=(meter.write + claim_units[0]) / max(emails, 1),
        read_units=(meter.read + claim_units[1]) / max(emails, 1),
        emails=1,
    )
    per_due_cart = index_read / max(report.claimed, 1)
    per_email = ses.count("SendEmail") / max(emails, 1)
    return [
        Figure(
            "sweep: due carts claimed",
            report.claimed,
            f"{report.claimed} of {DUE_CARTS}",
            Target(DUE_CARTS, at_least=True),
            f"{LIVE_CARTS:,} live carts, {LIVE_CARTS // 2:,} of them with an address",
        ),
        Figure(
            "sweep: items read per due cart",
            per_due_cart,
            f"{per_due_cart:.2f}",
            PER_DUE_CART,
            f"index entries read: {index_read}; a full scan reads {scanned:,} items",
        ),
        Figure(
            "SES requests per email",
            per_email,
            f"{per_email:.2f}",
            PER_EMAIL,
            f"{emails} emails, {dict(Counter(ses.calls))}",
        ),
    ]
