"""`make soak`: the seeded simulation (tests/integration/test_simulation.py) over many seeds.

One pytest run with KURV_SIM_SEEDS=<first>..<first + count - 1> prints its progress seed by
seed; each run appends what it did to a report (KURV_SIM_REPORT), printed at the end as one
line per seed and the totals. Exits 1, naming the seeds that failed, if any did.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

SIMULATION = "tests/integration/test_simulation.py"
# (report field, column heading), in the order printed
COLUMNS = (
    ("emails", "emails"),
    ("carts_emailed", "carts"),
    ("steps", "steps"),
    ("orders", "orders"),
    ("opt_outs", "opt-outs"),
    ("unsubscribes", "unsubs"),
    ("throttles", "throttles"),
    ("redelivered", "dups"),
    ("overlaps", "overlaps"),
    ("ses_calls", "SES calls"),
    ("ticks", "sweeps"),
    ("hours", "hours"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kurv-soak", description=__doc__)
    parser.add_argument("--seeds", type=int, default=50, help="how many seeds (default 50)")
    parser.add_argument("--first", type=int, default=1, help="the first seed (default 1)")
    args = parser.parse_args(argv)
    if args.seeds < 1:
        parser.error("--seeds must be at least 1")
    if not Path(SIMULATION).is_file():
        parser.error(f"run from the repository's root: no {SIMULATION} here")
    seeds = list(range(args.first, args.first + args.seeds))

    print(f"==> Simulating seeds {seeds[0]}..{seeds[-1]}", flush=True)
    with tempfile.TemporaryDirectory(prefix="kurv-soak-") as directory:
        report = Path(directory) / "report.jsonl"
        environment = {
            **os.environ,
            "KURV_SIM_SEEDS": ",".join(map(str, seeds)),
            "KURV_SIM_REPORT": str(report),
            "PYTHONUNBUFFERED": "1",
        }
        command = [sys.executable, "-m", "pytest", SIMULATION, "-v", "--tb=short"]
        command += ["--show-capture=no", "-p", "no:cacheprovider"]
        status = subprocess.run(command, env=environment, check=False).returncode
        rows = _read(report)

    print()
    print(_table(seeds, rows))
    failed = [seed for seed in seeds if not rows.get(seed, {}).get("passed")]
    passed = len(seeds) - len(failed)
    print(f"\n{passed} of {len(seeds)} seeds passed")
    if failed:
        print(f"FAILED seeds: {','.join(map(str, failed))}")
        for seed in failed:
            print(f"  {seed}: {rows.get(seed, {}).get('failure') or 'no report (see above)'}")
        print(f"Rerun one: KURV_SIM_SEEDS={failed[0]} .venv/bin/pytest {SIMULATION}")
        return 1
    if status != 0:
        print(f"pytest exited with {status} (see above)")
        return 1
    return 0


def _read(report: Path) -> dict[int, dict[str, Any]]:
    rows: dict[int, dict[str, Any]] = {}
    if report.exists():
        for line in report.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            rows[int(row["seed"])] = row
    return rows


def _table(seeds: list[int], rows: dict[int, dict[str, Any]]) -> str:
    """Counts right-aligned under their headings; the result, last, as it comes."""
    headings = ["seed", *(heading for _, heading in COLUMNS)]
    body: list[tuple[list[str], str]] = []
    for seed in seeds:
        row = rows.get(seed)
        if row is None:
            body.append(([str(seed), *("-" for _ in COLUMNS)], "FAILED (no report)"))
        else:
            cells = [str(seed), *(_cell(row.get(field)) for field, _ in COLUMNS)]
            body.append((cells, "passed" if row["passed"] else "FAILED"))
    reported = list(rows.values())
    passed = sum(bool(row["passed"]) for row in reported)
    totals = ["total", *(_total([row.get(field) for row in reported]) for field, _ in COLUMNS)]
    widths = [
        max(map(len, column))
        for column in zip(headings, *(c for c, _ in body), totals, strict=True)
    ]
    rule = ["-" * width for width in widths]
    lines = [(headings, "result"), (rule, "------"), *body, (rule, "------")]
    lines.append((totals, f"{passed} passed"))
    return "\n".join(
        "  ".join([*(cell.rjust(width) for cell, width in zip(cells, widths, strict=True)), end])
        for cells, end in lines
    )


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(map(str, value)) or "-"
    return "-" if value is None else str(value)


def _total(values: list[Any]) -> str:
    """The sum of a count; for the steps, every step seen in any run."""
    if any(isinstance(value, list) for value in values):
        seen = sorted({step for value in values if isinstance(value, list) for step in value})
        return ",".join(map(str, seen)) or "-"
    return str(sum(value for value in values if isinstance(value, int)))


if __name__ == "__main__":
    sys.exit(main())
