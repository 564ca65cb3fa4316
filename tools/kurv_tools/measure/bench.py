"""`make bench`: what Kurv costs, measured on the local stack, each figure beside its target.

- DynamoDB requests per tracked event (a warm container, as deployed);
- items read per due cart by a sweep over 10,000 live carts (100 due), beside a full scan;
- SES requests per email;
- render time per email (p50, p99);
- cold import time of each function's app module beside a bare `import boto3`;
- the common layer's size, unzipped and zipped: `.aws-sam/build/CommonLayer` when
  `make build` made one, else a layer built now by the same code (kurv_tools.building.layer).

A figure over its target is marked OVER (UNDER for one that should reach a number); the
exit status stays 0, since timings on a shared machine are not verdicts on the code.
"""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from kurv_tools.building import layer
from kurv_tools.measure import costs

LIVE_CARTS = 10_000
DUE_CARTS = 100
TRACKED_EVENTS = 300
RENDERS = 600
IMPORT_RUNS = 5


@dataclass(frozen=True)
class Target:
    """What a figure should be: at most `limit` (or at least, for counts that must be reached)."""

    limit: float
    unit: str = ""
    at_least: bool = False

    def met(self, value: float) -> bool:
        return value >= self.limit if self.at_least else value <= self.limit

    def __str__(self) -> str:
        return f"target {'≥' if self.at_least else '≤'} {self.limit:g}{self.unit}"


@dataclass(frozen=True)
class Figure:
    label: str
    value: float  # nan: not measured
    shown: str
    target: Target | None  # None: a reference point, not ours to meet
    note: str = ""

    @property
    def mark(self) -> str:
        if self.target is None:
            return "ref"
        if math.isnan(self.value):
            return "?"
        if self.target.met(self.value):
            return "ok"
        return "UNDER" if self.target.at_least else "OVER"


# One conditional write per event; the sparse index reads only due carts; one SES call per
# email (README, "How it works").
PER_EVENT = Target(1)
PER_DUE_CART = Target(1)
PER_EMAIL = Target(1)
# Moto is slower than DynamoDB: a guard against regressions, not a promise about AWS.
TRACK_ON_MOTO = Target(20, " ms")
# A Lambda with 512 MB has a fraction of this machine's core: keep rendering a small share
# of the SES call it precedes.
RENDER_P50 = Target(5, " ms")
RENDER_P99 = Target(20, " ms")
READ_REPLY_P99 = Target(50, " ms")  # MIME, charsets, quotes and reason for one reply
COLD_IMPORT = Target(300, " ms")  # each function's cold start, on top of Lambda's own
MIB = layer.MIB
# Our budget; Lambda allows 250 MiB for function + layers. 60, not 50, since reading HTML
# replies brought lxml (11 MiB for arm64): only the replies function imports it.
LAYER_UNZIPPED = Target(60, " MiB")
LAYER_ZIPPED = Target(50, " MiB")  # Lambda's limit for a direct upload


@dataclass
class _Measured:
    """What the measuring steps leave for the costs."""

    event: costs.Usage | None = None  # one tracked event (_tracking)
    email: costs.Usage | None = None  # one email (_sweep_and_send)
    idle_sweep_seconds: float = math.nan  # a sweep that finds nothing due


_MEASURED = _Measured()


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


def main() -> int:
    os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
    os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")
    os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "ERROR")
    from kurv_tools.local.emulator import Emulator

    print("Kurv benchmarks (local stack on moto; moto's own speed is not AWS's)\n", flush=True)
    emulator = Emulator.start()
    os.environ.update(emulator.environment())
    try:
        figures = [
            *_tracking(emulator),
            *_sweep_and_send(emulator),
            *_rendering(),
            *_replies(),
            *_imports(),
        ]
    finally:
        emulator.stop()
    figures += _layer()
    figures += _costs()
    _report(figures)
    return 0


def _report(figures: list[Figure]) -> None:
    label_width = max(len(figure.label) for figure in figures)
    shown_width = max(len(figure.shown) for figure in figures)
    targets = [f"({figure.target})" if figure.target else "(reference)" for figure in figures]
    target_width = max(len(target) for target in targets)
    print()
    for figure, target in zip(figures, targets, strict=True):
        print(
            f"  {figure.label:<{label_width}}  {figure.shown:>{shown_width}}  "
            f"{target:<{target_width}}  {figure.mark:<5}  {figure.note}".rstrip()
        )
    missed = [figure.label for figure in figures if figure.mark in ("OVER", "UNDER", "?")]
    judged = sum(figure.target is not None for figure in figures)
    print()
    if missed:
        print(f"{len(missed)} of {judged} figures miss their target: {', '.join(missed)}")
    else:
        print(f"All {judged} figures with a target are within it.")


def _stack(emulator: Any, prefix: str) -> Any:
    from kurv.core.clock import ManualClock
    from kurv_tools.local.stack import LocalStack

    stack = LocalStack(emulator, ManualClock(1_795_000_000), prefix=prefix)
    stack.create_tables()
    stack.wire()
    return stack


def _bench_shop() -> Any:
    from kurv.core.shops import Shop

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


def _tracking(emulator: Any) -> list[Figure]:
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
    _MEASURED.event = costs.Usage(
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


def _sweep_and_send(emulator: Any) -> list[Figure]:
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
    _MEASURED.idle_sweep_seconds = time.perf_counter() - started  # nothing left due
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
    _MEASURED.email = costs.Usage(
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


def _rendering() -> list[Figure]:
    from kurv.core.locales import EMAIL_LANGUAGES
    from kurv.core.mailer import Envelope, build_message, wire_bytes
    from kurv.core.model import Line, Variant
    from kurv.core.render import Reminder, render_reminder

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
                variant=list(Variant)[number % len(Variant)],
                lines=lines,
                currency="EUR",
                restore_url="https://k.example/r/t",
                unsubscribe_url="https://k.example/u/t",
                expires_at=1_797_000_000,
                first_name="Ada",
            )
        )
        message = build_message(
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
        )
        wire_bytes(message)
        timings.append((time.perf_counter() - started) * 1000)
    cuts = statistics.quantiles(timings, n=100)
    return [
        Figure("render + MIME per email, p50", cuts[49], f"{cuts[49]:.2f} ms", RENDER_P50),
        Figure(
            "render + MIME per email, p99",
            cuts[98],
            f"{cuts[98]:.2f} ms",
            RENDER_P99,
            f"the first, compiling the templates: {timings[0]:.1f} ms",
        ),
    ]


def _replies() -> list[Figure]:
    """How many replies of our corpus are read right (words, reason, auto-reply, language),
    and how long reading one takes. A held-out set judges the rules; this guards them."""
    from kurv.replies.inbound import read_reply
    from kurv_tools.measure.reply_corpus import CORPUS, evaluate

    print("Reading the reply corpus ...", flush=True)
    outcomes = evaluate()
    right = sum(outcome.ok for outcome in outcomes)
    for outcome in outcomes:
        if not outcome.ok:
            print(f"  {outcome.name}: " + "; ".join(outcome.problems), flush=True)
    messages = [path.read_bytes() for path in sorted(CORPUS.glob("*.eml"))]
    timings = []
    for _ in range(5):
        for raw in messages:
            started = time.perf_counter()
            read_reply(raw)
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p99 = timings[int(len(timings) * 0.99) - 1]
    return [
        Figure(
            "reply corpus read right",
            right,
            f"{right} of {len(outcomes)}",
            Target(len(outcomes), at_least=True),
            "words kept and quotes gone, reason, auto-reply, language",
        ),
        Figure("reading a reply p99", p99, f"{p99:.1f} ms", READ_REPLY_P99),
    ]


def _imports() -> list[Figure]:
    from kurv_tools.building.template import REPO_ROOT

    print(f"Timing cold imports in fresh processes ({IMPORT_RUNS} each) ...", flush=True)
    layer = REPO_ROOT / "layers" / "common"
    probes = {"import boto3 (bare)": "import boto3"}
    for function in ("track", "sweep", "send", "replies", "feedback"):
        path = REPO_ROOT / "functions" / function / "app.py"
        probes[f"{function}/app.py"] = (
            "import importlib.util; "
            f"spec = importlib.util.spec_from_file_location('app', {str(path)!r}); "
            "module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module)"
        )
    figures = []
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
        median = statistics.median(runs)
        figures.append(
            Figure(
                f"cold import: {label}",
                median,
                f"{median:.0f} ms",
                None if label.startswith("import boto3") else COLD_IMPORT,
                f"median of {IMPORT_RUNS} fresh processes",
            )
        )
    return figures


def _layer() -> list[Figure]:
    """The layer `make build` made, if any (what `make deploy` ships), else one built now."""
    from kurv_tools.building.template import REPO_ROOT

    built = REPO_ROOT / ".aws-sam" / "build" / "CommonLayer"
    if (built / "python").is_dir():
        print(f"Measuring the common layer in {built} ...", flush=True)
        made = datetime.fromtimestamp((built / "python").stat().st_mtime)
        where = f"measured {built.relative_to(REPO_ROOT)}, made {made:%Y-%m-%d %H:%M}"
        return _layer_figures(layer.measure(built), where)
    print("Building the common layer (pip needs PyPI or its cache) ...", flush=True)
    with tempfile.TemporaryDirectory() as scratch:
        try:
            layer.build(REPO_ROOT / "layers" / "common", Path(scratch))
        except (layer.LayerBuildError, subprocess.CalledProcessError) as error:
            return _layer_figures(None, f"not measured: the build failed ({error})")
        return _layer_figures(layer.measure(Path(scratch)), "built now (no .aws-sam/build)")


def _costs() -> list[Figure]:
    """The measured units, at AWS's list prices (kurv_tools.measure.costs)."""
    from kurv_tools.building.template import load_template

    if _MEASURED.event is None or _MEASURED.email is None:
        return []
    figures = []
    for label, usage, count in (
        ("cost per million tracked events", _MEASURED.event, 1_000_000),
        ("cost per thousand emails", _MEASURED.email, 1000),
    ):
        dollars = costs.per(usage, count)
        parts = ", ".join(
            f"{service} {value * count:.2f}" for service, value in usage.dollars().items() if value
        )
        note = (
            f"{parts}; per unit: {usage.lambda_invocations:.2f} invocations, "
            f"{usage.lambda_seconds * 1000:.0f} ms, {usage.write_units:.2f} write and "
            f"{usage.read_units:.2f} read units"
        )
        figures.append(Figure(label, float(dollars), f"${dollars}", None, note))
    fixed = costs.fixed_month(load_template(), sweep_seconds=_MEASURED.idle_sweep_seconds)
    total = sum(fixed.values())
    note = ", ".join(f"{name} {value:.2f}" for name, value in fixed.items())
    figures.append(Figure("cost per month, before any traffic", total, f"${total:.2f}", None, note))
    busy = _metrics_published()
    ceiling = costs.metrics_month(busy)
    figures.append(
        Figure(
            "custom metrics a month, at most",
            ceiling,
            f"${ceiling:.2f}",
            None,
            f"{busy} metrics (one shop, one currency), each published in every hour; "
            "quiet hours cost nothing",
        )
    )
    print(f"\nPrices: {costs.PRICES_AS_OF}.")
    return figures


def _metrics_published(shops: int = 1, currencies: int = 1) -> int:
    """How many custom metrics a busy stack publishes: each name once (its service dimension),
    except those published only per step or per currency, and bounces and complaints per
    shop besides their totals (kurv.core.observability.count_by, count_for_shop)."""
    from kurv.core.observability import Metric
    from kurv.core.shops import default_series

    only_by_dimension = {
        Metric.EMAILS_SENT: len(default_series()),
        Metric.RECOVERED_REVENUE: currencies,
    }
    per_shop_too = (Metric.BOUNCES, Metric.COMPLAINTS)
    return (
        len(Metric)
        - len(only_by_dimension)
        + sum(only_by_dimension.values())
        + len(per_shop_too) * shops
    )


def _layer_figures(size: layer.LayerSize | None, where: str) -> list[Figure]:
    if size is None:
        return [
            Figure("common layer, unzipped", math.nan, "-", LAYER_UNZIPPED, where),
            Figure("common layer, zipped", math.nan, "-", LAYER_ZIPPED, where),
        ]
    unzipped, zipped = size.unzipped / MIB, size.zipped / MIB
    return [
        Figure(
            "common layer, unzipped",
            unzipped,
            f"{unzipped:.1f} MiB",
            LAYER_UNZIPPED,
            f"{size.files:,} files; {where}",
        ),
        Figure("common layer, zipped", zipped, f"{zipped:.1f} MiB", LAYER_ZIPPED, where),
    ]


if __name__ == "__main__":
    sys.exit(main())
