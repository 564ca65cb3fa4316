"""What the code itself costs, apart from AWS: rendering an email, reading a reply, each
function's cold import, and the common layer's size."""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from kurv_tools.building import layer
from kurv_tools.measure.targets import Figure, Target

RENDERS = 600
IMPORT_RUNS = 5
# A Lambda with 512 MB has a fraction of this machine's core: keep rendering a small share
# of the SES call it precedes.
RENDER_P50 = Target(5, " ms")
RENDER_P99 = Target(20, " ms")
READ_REPLY_P99 = Target(50, " ms")  # MIME, charsets, quotes and reason for one reply
REASONS_RIGHT = Target(90, " %", at_least=True)  # issue 20's goal, on replies never seen
COLD_IMPORT = Target(300, " ms")  # each function's cold start, on top of Lambda's own
MIB = layer.MIB
# Our budget; Lambda allows 250 MiB for function + layers. 60, not 50, since reading HTML
# replies brought lxml (11 MiB for arm64): only the replies function imports it.
LAYER_UNZIPPED = Target(60, " MiB")
LAYER_ZIPPED = Target(50, " MiB")  # Lambda's limit for a direct upload


def bench_shop() -> Any:
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


def rendering() -> list[Figure]:
    from kurv.core.locales import EMAIL_LANGUAGES
    from kurv.core.mailer import Envelope, build_message, wire_bytes
    from kurv.core.model import Line, Variant
    from kurv.core.render import Reminder, render_reminder

    print(f"Rendering {RENDERS} emails across {len(EMAIL_LANGUAGES)} languages ...", flush=True)
    shop = bench_shop()
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
                kept_until=1_797_000_000,
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


def replies() -> list[Figure]:
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
        *reasons(),
    ]


def holdout(runs: int = 500) -> list[Figure]:
    """How often the report's 95 % interval holds the true uplift of simulated shops, run
    through Kurv's own assignment and counting (measure.holdout_simulation)."""
    from kurv_tools.measure import holdout_simulation

    print(f"Simulating holdouts ({runs} runs a shop) ...", flush=True)
    figures = []
    for scenario in holdout_simulation.SCENARIOS:
        found = holdout_simulation.coverage(scenario, runs)
        figures.append(
            Figure(
                f"holdout interval coverage: {scenario.label}",
                found.share,
                f"{found.share:.1%}",
                Target(0.93, at_least=True),
                f"true uplift {scenario.effect:.0%} over {scenario.carts} carts; split test "
                f"p < 0.05 in {found.split_p_below_05 / runs:.1%} of runs (about 5 % if honest)",
            )
        )
    return figures


def reasons() -> list[Figure]:
    """The reason rules on their own corpus (tests/replies/reasons): all its replies, the
    quarter set aside while the rules were written (and of it, the replies written after
    the rules: the fairest figure), and by language, reason and batch."""
    from kurv_tools.measure import reason_corpus

    print("Reading the reasons corpus ...", flush=True)
    readings = [reason_corpus.read(sample) for sample in reason_corpus.samples()]
    lines = reason_corpus.report(readings)
    print("\n".join(f"  {line}" for line in lines), flush=True)
    figures = []
    for label, group in (
        ("reasons right, all", readings),
        ("reasons right, set-aside quarter", [r for r in readings if r.sample.held_out]),
        (
            "reasons right, set aside, batches after the rules",
            [r for r in readings if r.sample.held_out and r.sample.batch != "first"],
        ),
    ):
        right, total = reason_corpus.share(group)
        percent = 100 * right / total
        figures.append(
            Figure(label, percent, f"{right} of {total} ({percent:.0f} %)", REASONS_RIGHT)
        )
    return figures


def imports() -> list[Figure]:
    from kurv_tools.building.template import REPO_ROOT

    print(f"Timing cold imports in fresh processes ({IMPORT_RUNS} each) ...", flush=True)
    layer = REPO_ROOT / "layers" / "common"
    # (label, statement, tracing on): as deployed by default (Tracing=Active), and the two
    # functions that load the X-Ray SDK once more with Tracing=PassThrough.
    probes: list[tuple[str, str, bool]] = [("import boto3 (bare)", "import boto3", False)]
    # Every function the stack deploys, the busiest first.
    first = ("track", "sweep", "send")
    found = sorted(path.parent.name for path in (REPO_ROOT / "functions").glob("*/app.py"))
    for function in (*first, *(name for name in found if name not in first)):
        path = REPO_ROOT / "functions" / function / "app.py"
        statement = (
            "import importlib.util; "
            f"spec = importlib.util.spec_from_file_location('app', {str(path)!r}); "
            "module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module)"
        )
        probes.append((f"{function}/app.py", statement, True))
        if function in ("sweep", "send"):
            probes.append((f"{function}/app.py, tracing off", statement, False))
    figures = []
    for label, statement, traced in probes:
        environment = {
            **os.environ,
            "PYTHONPATH": str(layer),
            "POWERTOOLS_SERVICE_NAME": label.partition("/")[0],
            "POWERTOOLS_TRACE_DISABLED": "false" if traced else "true",
        }
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


def layer_size() -> list[Figure]:
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
