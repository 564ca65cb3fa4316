"""What the emails truly add, measured against a holdout group that gets none. Pure.

A shop's carts are split when they first become due: treated carts get the series, control
carts get nothing. Both live out their lives the same way, and one rule counts an order for
either (core.figures). The uplift is the treated order rate minus the control rate, with a
95 % interval by Newcombe's hybrid score method (his "method 10": a Wilson score interval for
each rate, combined by the square-and-add rule). It behaves well at the small counts and
rates near zero a small shop has, where the textbook Wald interval is too narrow.

The split itself is checked: a chi-square test of the observed counts against the
configured share (`sample_ratio_p`). A tiny p-value means assignment is broken (a bug, or
control carts lost on the way), and no uplift from that split can be trusted.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

Z95 = 1.959963984540054  # the standard normal's 97.5th percentile
Z80_POWER = 0.8416212335729143  # its 80th percentile: 80 % power for the carts-needed estimate


@dataclass(frozen=True)
class Group:
    """One group's carts, the orders among them, and their revenue per currency."""

    carts: int
    orders: int
    revenue: dict[str, Decimal]

    @property
    def rate(self) -> float:
        return self.orders / self.carts if self.carts else 0.0


@dataclass(frozen=True)
class Uplift:
    absolute: float  # treated rate - control rate, as fractions
    ci95: tuple[float, float]
    relative: float | None  # absolute / control rate; None when the control rate is 0
    conclusive: bool  # the interval excludes 0
    incremental_orders: float  # orders the emails added among the treated carts
    incremental_revenue: dict[str, Decimal]  # per currency, the same for revenue
    carts_needed: int | None  # more carts for a conclusive answer at this difference


def wilson(successes: int, trials: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval for a proportion; (0, 1) when there are no trials."""
    if trials == 0:
        return 0.0, 1.0
    p = successes / trials
    z2 = z * z
    centre = (p + z2 / (2 * trials)) / (1 + z2 / trials)
    half = z / (1 + z2 / trials) * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials))
    return max(0.0, centre - half), min(1.0, centre + half)


def newcombe(
    treated: tuple[int, int], control: tuple[int, int], z: float = Z95
) -> tuple[float, float]:
    """Newcombe's hybrid score interval for p1 - p2, from (successes, trials) of each."""
    (x1, n1), (x2, n2) = treated, control
    p1 = x1 / n1 if n1 else 0.0
    p2 = x2 / n2 if n2 else 0.0
    l1, u1 = wilson(x1, n1, z)
    l2, u2 = wilson(x2, n2, z)
    difference = p1 - p2
    lower = difference - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    upper = difference + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    return max(-1.0, lower), min(1.0, upper)


def sample_ratio_p(treated: int, control: int, control_percent: int) -> float:
    """The chi-square test (one degree of freedom) of the observed split against the
    configured one: the chance of a split at least this uneven if assignment works."""
    total = treated + control
    if total == 0 or control_percent <= 0 or control_percent >= 100:
        return 1.0
    expected_control = total * control_percent / 100
    expected_treated = total - expected_control
    statistic = (control - expected_control) ** 2 / expected_control + (
        treated - expected_treated
    ) ** 2 / expected_treated
    return math.erfc(math.sqrt(statistic / 2))


def carts_needed(treated: Group, control: Group, control_percent: int) -> int | None:
    """About how many more carts (both groups, split as configured) before a difference as
    large as the one seen would be told apart from none (a two-sided test at 95 %
    confidence with 80 % power, the usual sample size for two proportions: pooled variance
    under no difference, each group's own under the difference seen); None when no
    difference is seen yet, or there is no control group."""
    if control_percent <= 0 or not treated.carts or not control.carts:
        return None
    p1, p2 = treated.rate, control.rate
    difference = abs(p1 - p2)
    if difference == 0:
        return None
    share = control_percent / 100
    pooled = (treated.orders + control.orders) / (treated.carts + control.carts)
    under_none = math.sqrt(pooled * (1 - pooled) * (1 / (1 - share) + 1 / share))
    under_seen = math.sqrt(p1 * (1 - p1) / (1 - share) + p2 * (1 - p2) / share)
    total = (Z95 * under_none + Z80_POWER * under_seen) ** 2 / difference**2
    return max(0, math.ceil(total) - (treated.carts + control.carts))


def uplift(treated: Group, control: Group, control_percent: int) -> Uplift:
    absolute = treated.rate - control.rate
    low, high = newcombe((treated.orders, treated.carts), (control.orders, control.carts))
    if not control.carts:
        low, high = 0.0, 0.0  # no control group: nothing measured
    conclusive = bool(control.carts) and (low > 0 or high < 0)
    revenue = {}
    for currency in sorted(treated.revenue.keys() | control.revenue.keys()):
        if not treated.carts or not control.carts:
            revenue[currency] = Decimal("0.00")
            continue
        per_treated = treated.revenue.get(currency, Decimal(0)) / treated.carts
        per_control = control.revenue.get(currency, Decimal(0)) / control.carts
        added = (per_treated - per_control) * treated.carts
        revenue[currency] = added.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    return Uplift(
        absolute=absolute if control.carts else 0.0,
        ci95=(low, high),
        relative=absolute / control.rate if control.carts and control.rate else None,
        conclusive=conclusive,
        incremental_orders=absolute * treated.carts if control.carts else 0.0,
        incremental_revenue=revenue,
        carts_needed=carts_needed(treated, control, control_percent),
    )
