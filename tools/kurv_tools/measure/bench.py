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

The measurements: bench_stack.py (what AWS is asked, on the local stack) and bench_code.py
(rendering, reading replies, cold imports, the layer); each figure with its target
(targets.py); then what the measured units cost (costs.py).
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kurv_tools.measure import bench_stack
    from kurv_tools.measure.targets import Figure


def main() -> int:
    # Before anything imports Kurv's observability, which reads them once: the handlers'
    # logs and metrics would bury the figures.
    os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
    os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")
    os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "ERROR")
    from kurv_tools.local.emulator import Emulator
    from kurv_tools.measure import bench_code, bench_stack
    from kurv_tools.measure.targets import print_table

    print("Kurv benchmarks (local stack on moto; moto's own speed is not AWS's)\n", flush=True)
    emulator = Emulator.start()
    os.environ.update(emulator.environment())
    usage = bench_stack.Usage()
    try:
        figures = [
            *bench_stack.tracking(emulator, usage),
            *bench_stack.sweep_and_send(emulator, usage),
            *bench_code.rendering(),
            *bench_code.replies(),
            *bench_code.holdout(),
            *bench_code.imports(),
        ]
    finally:
        emulator.stop()
    figures += bench_code.layer_size()
    figures += _costs(usage)
    print_table(figures)
    return 0


def _costs(measured: bench_stack.Usage) -> list[Figure]:
    """The measured units, at AWS's list prices (kurv_tools.measure.costs)."""
    from kurv_tools.building.template import load_template
    from kurv_tools.measure import costs
    from kurv_tools.measure.targets import Figure

    if measured.event is None or measured.email is None:
        return []
    figures = []
    for label, usage, count in (
        ("cost per million tracked events", measured.event, 1_000_000),
        ("cost per thousand emails", measured.email, 1000),
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
    fixed = costs.fixed_month(load_template(), sweep_seconds=measured.idle_sweep_seconds)
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
    """How many custom metrics a busy stack publishes: each name once (its service
    dimension), except those published only per step or per currency, and bounces,
    complaints and held forwards per shop besides their totals
    (kurv.core.observability.count_by, count_for_shop)."""
    from kurv.core.observability import Metric
    from kurv.core.shops import default_series

    only_by_dimension = {
        Metric.EMAILS_SENT: len(default_series()),
        Metric.RECOVERED_REVENUE: currencies,
        Metric.HOLDOUT_CARTS: 2,  # treated, control
        Metric.HOLDOUT_ORDERS: 2,
        Metric.HOLDOUT_REVENUE: 2 * currencies,
    }
    per_shop_too = (Metric.BOUNCES, Metric.COMPLAINTS, Metric.FORWARDS_HELD)
    return (
        len(Metric)
        - len(only_by_dimension)
        + sum(only_by_dimension.values())
        + len(per_shop_too) * shops
    )


if __name__ == "__main__":
    sys.exit(main())
