"""Scores every sample email with Debian's SpamAssassin (offline rules), as a receiving
server would: `make spam-scores` prints one line per language, step and variant.

Our bar is 1.0 or less (SpamAssassin's own threshold for spam is 5.0).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

LIMIT = 1.0


def spamassassin() -> str | None:
    return shutil.which("spamassassin")


def score(raw: bytes) -> tuple[float, list[str]]:
    """The score and the rules that scored, from `spamassassin -t -L` (local tests only)."""
    program = spamassassin()
    if program is None:
        raise RuntimeError("SpamAssassin is not installed (apt-get install spamassassin)")
    report = subprocess.run(  # our own message into a local program
        [program, "-t", "-L"], input=raw, capture_output=True, check=True, timeout=120
    ).stdout.decode(errors="replace")
    status = re.search(r"^X-Spam-Status: \w+, score=(-?[\d.]+)", report, re.M)
    if status is None:
        raise RuntimeError(f"SpamAssassin gave no score:\n{report[:2000]}")
    details = report.split("Content analysis details", 1)[-1]
    rules = [
        f"{name} {points}"
        for points, name in re.findall(r"^\s*(-?\d+\.\d+)\s+([A-Z0-9_]+)", details, re.M)
        if float(points) != 0
    ]
    return float(status.group(1)) + 0.0, rules  # + 0.0: "-0.0" reads as 0.0


def main() -> int:
    from kurv_tools.measure.samples import every_sample

    if spamassassin() is None:
        print("SpamAssassin is not installed: apt-get install spamassassin", file=sys.stderr)
        return 1
    print(f"SpamAssassin scores (bar: {LIMIT} or less; spam from 5.0)", flush=True)
    print(f"{'copy':<9} {'step':<5} {'variant':<18} {'score':>5}  rules")
    worst = -99.0
    for item in every_sample():
        points, rules = score(item.raw)
        worst = max(worst, points)
        print(
            f"{item.catalogue:<9} {item.step:<5} {item.variant.value:<18} {points:>5.1f}  "
            + (", ".join(rules) or "-"),
            flush=True,
        )
    verdict = "within" if worst <= LIMIT else "ABOVE"
    print(f"highest score {worst:.1f}: {verdict} the bar of {LIMIT}")
    return 0 if worst <= LIMIT else 1


if __name__ == "__main__":
    raise SystemExit(main())
