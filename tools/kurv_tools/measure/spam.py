"""Scores every sample email with Debian's SpamAssassin (offline rules), as a receiving
server would: `make spam-scores` prints one line per language, step and variant.

Our bar is 1.0 or less (SpamAssassin's own threshold for spam is 5.0).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Sequence

LIMIT = 1.0


def spamassassin() -> str | None:
    return shutil.which("spamassassin")


def score(raw: bytes) -> tuple[float, list[str]]:
    """The score and the rules that scored, from `spamassassin -t -L` (local tests only)."""
    return _verdict(_run([], raw, timeout=120))


def scores(raws: Sequence[bytes]) -> list[tuple[float, list[str]]]:
    """score() for many messages in one run, its rules loaded once: the messages as one
    mbox (--mbox), each report found by the From_ line that opens its message."""
    box = b"".join(
        b"From kurv-%d@localhost Thu Jan  1 00:00:00 1970\n" % index
        + re.sub(rb"(?m)^(>*From )", rb">\1", raw.replace(b"\r\n", b"\n")).rstrip(b"\n")
        + b"\n\n"
        for index, raw in enumerate(raws)
    )
    answer = _run(["--mbox"], box, timeout=120 + 10 * len(raws))
    parts = re.split(r"(?m)^From kurv-(\d+)@localhost .*$", answer)
    reports = {int(index): report for index, report in zip(parts[1::2], parts[2::2], strict=True)}
    if sorted(reports) != list(range(len(raws))):
        raise RuntimeError(f"SpamAssassin answered {len(reports)} of {len(raws)} messages")
    return [_verdict(reports[index]) for index in range(len(raws))]


def _run(options: list[str], message: bytes, *, timeout: int) -> str:
    program = spamassassin()
    if program is None:
        raise RuntimeError("SpamAssassin is not installed (apt-get install spamassassin)")
    return subprocess.run(  # our own messages into a local program
        [program, "-t", "-L", *options],
        input=message,
        capture_output=True,
        check=True,
        timeout=timeout,
    ).stdout.decode(errors="replace")


def _verdict(report: str) -> tuple[float, list[str]]:
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
