"""Seeded shops whose emails' true effect is known, run through Kurv's own holdout: the
group from recover.holdout, each cart's changes counted by stats.counting as the stats
function counts them, the days added up by `kurv report` (cli.figures.holdout). Over many
runs the report's 95 % interval should hold the true uplift about 95 times in 100, and the
split test should be uniform under the hash's honest split and tiny when control carts go
missing.

    python -m kurv_tools.measure.holdout_simulation [runs]
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kurv.core.clock import DAY
from kurv.core.figures import Tally
from kurv.core.model import CartField, CartGroup
from kurv.recover.holdout import group_for
from kurv.stats.counting import changes
from kurv_tools.cli.figures import holdout

START = 1_790_000_000


@dataclass(frozen=True)
class Scenario:
    label: str
    carts: int  # carts that became due in the report's days
    percent: int  # the holdout
    base: float  # the chance a cart's customer buys within the window without any email
    effect: float  # what the emails add to that chance: the true uplift


SCENARIOS = (
    Scenario("a small shop's month, 10 % held out", 800, 10, 0.05, 0.03),
    Scenario("emails that add nothing, 30 % held out", 400, 30, 0.08, 0.0),
    Scenario("rare orders, half held out", 2000, 50, 0.02, 0.01),
)


def run(rng: random.Random, scenario: Scenario, *, lose_control: float = 0.0) -> dict[str, Any]:
    """One simulated report. `lose_control`: the share of control carts whose records never
    reach the stats (a broken pipeline, for the split test to catch)."""
    total: Counter[Tally] = Counter()
    shop_id = f"sim-{rng.getrandbits(32):08x}"
    for n in range(scenario.carts):
        address_hash = f"{rng.getrandbits(128):032x}"
        group = group_for(shop_id, address_hash, scenario.percent)
        if group is CartGroup.CONTROL and rng.random() < lose_control:
            continue
        assigned = START + rng.randrange(28 * DAY)
        due: dict[str, Any] = {
            CartField.PK: f"{shop_id}#c{n}",
            CartField.SHOP_ID: shop_id,
            CartField.CURRENCY: "EUR",
            CartField.GROUP: group.value,
            CartField.ASSIGNED_AT: assigned,
        }
        chance = scenario.base + (scenario.effect if group is CartGroup.TREATED else 0.0)
        stream: list[tuple[dict[str, Any], dict[str, Any]]] = [({}, due)]
        if rng.random() < chance:
            total_paid = Decimal(rng.randrange(2000, 20000)) / 100
            ordered = {**due, CartField.ORDERED_AT: assigned + rng.randrange(7 * DAY)}
            stream.append((due, {**ordered, CartField.ORDER_TOTAL: total_paid}))
        for old, new in stream:
            for _, tally, count in changes(old, new, at=assigned):
                total[tally] += count
    return holdout(total, percent=scenario.percent, currency="EUR")


@dataclass(frozen=True)
class Coverage:
    scenario: Scenario
    runs: int
    held: int  # runs whose 95 % interval holds the true uplift
    split_p_below_05: int  # runs whose split test says p < 0.05 (about 5 % if honest)

    @property
    def share(self) -> float:
        return self.held / self.runs


def coverage(scenario: Scenario, runs: int, *, seed: int = 2026) -> Coverage:
    rng = random.Random(f"{seed}:{scenario.label}")
    held = low_p = 0
    for _ in range(runs):
        report = run(rng, scenario)
        low, high = report["uplift"]["ci95"]
        held += low <= scenario.effect <= high
        low_p += report["sample_ratio_p"] < 0.05
    return Coverage(scenario, runs, held, low_p)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    for scenario in SCENARIOS:
        found = coverage(scenario, runs)
        print(
            f"{scenario.label}: the interval held the true uplift in {found.share:.1%} of "
            f"{runs} runs; split test p < 0.05 in {found.split_p_below_05 / runs:.1%}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
