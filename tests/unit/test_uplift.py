"""The holdout's statistics (issue 19, point 5): Newcombe's interval as his paper gives it,
its coverage on simulated shops whose true effect is known, and the sample ratio test."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from kurv.stats.uplift import Group, newcombe, sample_ratio_p, uplift, wilson


@pytest.mark.parametrize(
    ("treated", "control", "interval"),
    [
        # Newcombe (1998), "Interval estimation for the difference between independent
        # proportions", Statistics in Medicine 17, Table II, method 10, examples (a)-(e).
        ((56, 70), (48, 80), (0.0524, 0.3339)),
        ((9, 10), (3, 10), (0.1705, 0.8090)),
        ((6, 7), (2, 7), (0.0582, 0.8062)),
        ((5, 56), (0, 29), (-0.0381, 0.1926)),
        ((0, 10), (0, 20), (-0.1611, 0.2775)),
    ],
)
def test_the_interval_is_newcombes(
    treated: tuple[int, int], control: tuple[int, int], interval: tuple[float, float]
) -> None:
    low, high = newcombe(treated, control)

    assert (round(low, 4), round(high, 4)) == interval


def test_the_wilson_interval_of_one_rate() -> None:
    # Newcombe (1998), "Two-sided confidence intervals for the single proportion": 81/263.
    low, high = wilson(81, 263)
    assert (round(low, 4), round(high, 4)) == (0.2553, 0.3662)
    assert wilson(0, 0) == (0.0, 1.0)


def simulated_run(
    rng: random.Random, carts: int, control_share: float, base: float, effect: float
) -> tuple[Group, Group]:
    treated = control = treated_orders = control_orders = 0
    for _ in range(carts):
        if rng.random() < control_share:
            control += 1
            control_orders += rng.random() < base
        else:
            treated += 1
            treated_orders += rng.random() < base + effect
    return Group(treated, treated_orders, {}), Group(control, control_orders, {})


@pytest.mark.parametrize(
    ("carts", "share", "base", "effect"),
    [
        (1000, 0.10, 0.05, 0.03),  # a small shop's month, a 10 % holdout
        (400, 0.30, 0.08, 0.00),  # no effect at all
        (3000, 0.50, 0.02, 0.01),  # rare orders
    ],
)
def test_the_interval_holds_the_true_uplift_about_95_times_in_100(
    carts: int, share: float, base: float, effect: float
) -> None:
    rng = random.Random(f"{carts}-{share}-{base}-{effect}")
    runs = 2000
    held = 0
    for _ in range(runs):
        treated, control = simulated_run(rng, carts, share, base, effect)
        low, high = uplift(treated, control, round(share * 100)).ci95
        held += low <= effect <= high
    coverage = held / runs
    # Newcombe's method is slightly conservative; 2000 runs put the sampling error near 0.5 %.
    assert 0.93 <= coverage <= 0.975, coverage


def test_the_split_test_is_uniform_under_an_honest_split_and_tiny_under_a_broken_one() -> None:
    rng = random.Random(7)
    p_values = []
    for _ in range(2000):
        control = sum(rng.random() < 0.2 for _ in range(500))
        p_values.append(sample_ratio_p(500 - control, control, 20))
    # Uniform-ish: about a twentieth below 0.05, about half below 0.5.
    assert 0.03 <= sum(p < 0.05 for p in p_values) / len(p_values) <= 0.07
    assert 0.45 <= sum(p < 0.5 for p in p_values) / len(p_values) <= 0.55
    # Control carts lost on the way: 10 % seen where 20 % was configured.
    assert sample_ratio_p(1800, 200, 20) < 1e-6
    assert sample_ratio_p(0, 0, 20) == 1.0
    assert sample_ratio_p(100, 0, 0) == 1.0


def test_the_figures_of_a_known_shop() -> None:
    treated = Group(900, 45, {"DKK": Decimal("22500.00")})
    control = Group(100, 2, {"DKK": Decimal("1000.00")})

    found = uplift(treated, control, 10)

    assert found.absolute == pytest.approx(0.05 - 0.02)
    assert found.relative == pytest.approx(1.5)
    assert found.incremental_orders == pytest.approx(27.0)
    # (22500 / 900 - 1000 / 100) per cart, over the 900 treated carts.
    assert found.incremental_revenue == {"DKK": Decimal("13500.00")}
    low, high = found.ci95
    assert low < found.absolute < high
    assert found.conclusive is (low > 0)


def test_no_holdout_measures_nothing() -> None:
    found = uplift(Group(50, 5, {"EUR": Decimal("500")}), Group(0, 0, {}), 0)

    assert (found.absolute, found.ci95, found.conclusive) == (0.0, (0.0, 0.0), False)
    assert found.relative is None
    assert found.incremental_revenue == {"EUR": Decimal("0.00")}
    assert found.carts_needed is None


def test_carts_needed_shrinks_as_carts_come_in_at_the_same_rates() -> None:
    early = uplift(Group(180, 9, {}), Group(20, 0, {}), 10)
    later = uplift(Group(900, 45, {}), Group(100, 2, {}), 10)
    sure = uplift(Group(9000, 450, {}), Group(1000, 20, {}), 10)

    assert later.carts_needed is not None
    assert (later.conclusive, later.carts_needed > 0) == (False, True)
    assert (sure.conclusive, sure.carts_needed) == (True, 0)
    assert early.carts_needed is not None  # a difference seen, however small the sample
