"""`make bench`: what Kurv costs, measured on the local stack. Figures only, no verdicts.

- DynamoDB requests per tracked event (a warm container, as deployed);
- items read per due cart by a sweep over 10,000 live carts (100 due), beside a full scan;
- SES requests per email;
- render time per email (p50, p99);
- cold import time of each function's app module beside a bare `import boto3`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from decimal import Decimal
from typing import Any

LIVE_CARTS = 10_000
DUE_CARTS = 100
TRACKED_EVENTS = 300
RENDERS = 600
IMPORT_RUNS = 5


def main() -> int:
    os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
    os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")
    os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "ERROR")
    from kurv_tools.emulator import Emulator

    print("Kurv benchmarks (local stack on moto; moto's own speed is not AWS's)\n", flush=True)
    emulator = Emulator.start()
    os.environ.update(emulator.environment())
    try:
        rows = [*_tracking(emulator), *_sweep_and_send(emulator), *_rendering(), *_imports()]
    finally:
        emulator.stop()
    width = max(len(label) for label, _ in rows)
    print()
    for label, figure in rows:
        print(f"  {label:<{width}}  {figure}")
    return 0


def _stack(emulator: Any, prefix: str) -> Any:
    from kurv.clock import ManualClock
    from kurv_tools.stack import LocalStack

    stack = LocalStack(emulator, ManualClock(1_795_000_000), prefix=prefix)
    stack.create_tables()
    stack.wire()
    return stack


def _bench_shop() -> Any:
    from kurv.shops import Shop

    return Shop(
        shop_id="bench",
        name="Bench Shop",
        sender_email="shop@bench.example",
        sender_name="Bench Shop",
        restore_url="https://bench.example/c/{cart_id}",
        support_email="help@bench.example",
        support_phone="+45 70 00 00 00",
    )


def _shop(stack: Any) -> Any:
    shop = _bench_shop()
    stack.shop_store.put(shop)
    return shop


def _tracking(emulator: Any) -> list[tuple[str, str]]:
    import json

    from kurv.auth import sign
    from kurv_tools.apigw import http_event
    from kurv_tools.spy import Spy

    print(f"Tracking {TRACKED_EVENTS} events through the track handler ...", flush=True)
    stack = _stack(emulator, "bench-track")
    shop = _shop(stack)
    stack.wire(shop_cache_seconds=60)  # a warm container, as deployed
    secret = shop.signing_secret.get_secret_value()
    calls = Spy(stack.dynamodb)

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
    calls.reset()
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
    elapsed = time.perf_counter() - started
    total = len(calls.calls)
    writes = calls.count("UpdateItem") + calls.count("PutItem")
    return [
        (
            "DynamoDB requests per tracked event",
            f"{total / TRACKED_EVENTS:.2f} "
            f"({writes / TRACKED_EVENTS:.2f} writes; {dict(Counter(calls.calls))})",
        ),
        ("track handler time per event (on moto)", f"{elapsed / TRACKED_EVENTS * 1000:.1f} ms"),
    ]


def _sweep_and_send(emulator: Any) -> list[tuple[str, str]]:
    from kurv.claims import ClaimStore
    from kurv.clock import DAY, HOUR
    from kurv.dynamo import to_item
    from kurv.model import cart_key, due_shard
    from kurv.sweep import sweep
    from kurv_tools.loop import LocalLoop
    from kurv_tools.spy import Spy

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
    report = sweep(
        ClaimStore(stack.dynamodb, stack.settings.carts_table),
        now=now,
        seconds_left=lambda: 60.0,
    )
    index_read = calls.items_read
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
    loop.deliver()
    emails = len(stack.emulator.sent_messages())
    return [
        (
            "sweep: due carts claimed",
            f"{report.claimed} of {DUE_CARTS} "
            f"({LIVE_CARTS:,} live carts, {LIVE_CARTS // 2:,} of them with an address)",
        ),
        (
            "sweep: items read per due cart",
            f"{index_read / max(report.claimed, 1):.2f} (index entries read: {index_read})",
        ),
        ("a full scan of the carts table reads", f"{scanned:,} items"),
        (
            "SES requests per email",
            f"{ses.count('SendEmail') / max(emails, 1):.2f} "
            f"({emails} emails, {dict(Counter(ses.calls))})",
        ),
    ]


def _rendering() -> list[tuple[str, str]]:
    from kurv.locales import EMAIL_LANGUAGES
    from kurv.mailer import Envelope, build_message
    from kurv.model import Line, Variant
    from kurv.render import Reminder, render_reminder

    print(f"Rendering {RENDERS} emails across {len(EMAIL_LANGUAGES)} languages ...", flush=True)
    shop = _bench_shop()
    lines = tuple(
        Line(f"Product {n}", n + 1, Decimal("19.95"), "https://img.example/p.jpg") for n in range(4)
    )
    timings = []
    for number in range(RENDERS):
        language = EMAIL_LANGUAGES[number % len(EMAIL_LANGUAGES)]
        started = time.perf_counter()
        email = render_reminder(
            Reminder(
                shop=shop,
                language=language,
                babel_locale=language,
                variant=list(Variant)[number % 4],
                lines=lines,
                currency="EUR",
                restore_url="https://k.example/r/t",
                unsubscribe_url="https://k.example/u/t",
                expires_at=1_797_000_000,
                first_name="Ada",
            )
        )
        build_message(
            email,
            Envelope(
                "Bench Shop",
                "shop@bench.example",
                "a@b.example",
                "help@bench.example",
                "https://k.example/u/t",
                1_795_000_000,
                {},
            ),
        ).as_bytes()
        timings.append((time.perf_counter() - started) * 1000)
    cuts = statistics.quantiles(timings, n=100)
    return [
        (
            "render + MIME per email",
            f"p50 {cuts[49]:.2f} ms, p99 {cuts[98]:.2f} ms "
            f"(first, with template compilation: {timings[0]:.1f} ms)",
        )
    ]


def _imports() -> list[tuple[str, str]]:
    from kurv_tools.template import REPO_ROOT

    print(f"Timing cold imports in fresh processes ({IMPORT_RUNS} each) ...", flush=True)
    layer = REPO_ROOT / "layers" / "common"
    probes = {"import boto3 (bare)": "import boto3"}
    for function in ("track", "sweep", "send"):
        path = REPO_ROOT / "functions" / function / "app.py"
        probes[f"{function}/app.py"] = (
            "import importlib.util; "
            f"spec = importlib.util.spec_from_file_location('app', {str(path)!r}); "
            "module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module)"
        )
    rows = []
    environment = {**os.environ, "PYTHONPATH": str(layer)}
    for label, statement in probes.items():
        runs = []
        for _ in range(IMPORT_RUNS):
            code = (
                f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
            )
            result = subprocess.run(
                [sys.executable, "-c", code],
                capture_output=True,
                text=True,
                check=True,
                env=environment,
            )
            runs.append(float(result.stdout.strip().splitlines()[-1]) * 1000)
        rows.append((f"cold import: {label}", f"{statistics.median(runs):.0f} ms (median)"))
    return rows


if __name__ == "__main__":
    sys.exit(main())
