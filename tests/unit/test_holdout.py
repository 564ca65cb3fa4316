"""The holdout without AWS: who is held out (recover.holdout, decisions.decide), what the
stats count for each group (stats.counting), and the report's holdout key (cli.figures)."""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from math import sqrt
from typing import Any

import pytest

from kurv.core.clock import DAY, HOUR
from kurv.core.figures import Figure, Tally
from kurv.core.model import Arm, CartField, CartGroup, Closed
from kurv.core.shops import Experiment
from kurv.recover.decisions import Defer, Send, Skip, decide
from kurv.recover.holdout import arm_for, bucket, group_for, series_view
from kurv.stats.counting import changes
from kurv_tools.cli import figures
from kurv_tools.measure import holdout_simulation
from unit.test_decisions import CART, T, shop

a_shop = shop  # the decisions' own shop and claimed cart (tests/unit/test_decisions.py)


def address_in(group: CartGroup, percent: int, shop_id: str = "s1") -> str:
    return next(
        f"hash-{n}" for n in range(1000) if group_for(shop_id, f"hash-{n}", percent) is group
    )


def binomial_range(n: int, p: float) -> tuple[float, float]:
    """Four standard deviations either side of n draws' mean: a fair draw lands outside
    about once in 16,000 times."""
    spread = 4 * sqrt(n * p * (1 - p))
    return n * p - spread, n * p + spread


# -- who is held out


def test_the_control_share_is_the_percent_set_and_follows_the_address() -> None:
    addresses = [f"address-hash-{n}" for n in range(4000)]
    for percent in (0, 10, 30, 50):
        control = sum(group_for("s1", a, percent) is CartGroup.CONTROL for a in addresses)
        low, high = binomial_range(len(addresses), percent / 100)
        assert low <= control <= high, (percent, control)
    # The same address, the same group at a shop, every time; shops draw independently.
    assert [group_for("s1", a, 30) for a in addresses] == [
        group_for("s1", a, 30) for a in addresses
    ]
    same = sum(bucket("s1", a) == bucket("s2", a) for a in addresses)
    assert same < len(addresses) * 0.05


def test_raising_the_percent_only_moves_treated_addresses_to_control() -> None:
    addresses = [f"address-hash-{n}" for n in range(500)]
    at_10 = {a for a in addresses if group_for("s1", a, 10) is CartGroup.CONTROL}
    at_30 = {a for a in addresses if group_for("s1", a, 30) is CartGroup.CONTROL}
    assert at_10 < at_30


def test_a_first_due_cart_in_the_control_group_gets_no_email_and_stays_open() -> None:
    cart = replace(CART, email_hash=address_in(CartGroup.CONTROL, 30))

    decision = decide(cart, a_shop(holdout_percent=30), now=T + HOUR)

    assert isinstance(decision, Skip)
    assert decision.assign is CartGroup.CONTROL
    assert (decision.unindex, decision.close) == (True, None)  # no email, orders still count


def test_a_first_due_cart_in_the_treated_group_is_sent_and_marked_treated() -> None:
    cart = replace(CART, email_hash=address_in(CartGroup.TREATED, 30))

    decision = decide(cart, a_shop(holdout_percent=30), now=T + HOUR)

    assert isinstance(decision, Send)
    assert (decision.step, decision.assign) == (1, CartGroup.TREATED)


def test_without_a_holdout_every_cart_is_treated() -> None:
    decision = decide(CART, a_shop(), now=T + HOUR)
    assert isinstance(decision, Send)
    assert decision.assign is CartGroup.TREATED


def test_a_cart_keeps_the_group_it_was_given_whatever_the_percent_now() -> None:
    control = replace(CART, group=CartGroup.CONTROL, email_hash=address_in(CartGroup.TREATED, 50))
    treated = replace(
        CART,
        group=CartGroup.TREATED,
        reminders_sent=1,
        claim_step=2,
        claimed_at=T + 25 * HOUR,
        email_hash=address_in(CartGroup.CONTROL, 50),
    )

    held = decide(control, a_shop(holdout_percent=0), now=T + HOUR)
    sent = decide(treated, a_shop(holdout_percent=50), now=T + 25 * HOUR)

    assert isinstance(held, Skip)
    assert (held.assign, held.unindex) == (None, True)
    assert isinstance(sent, Send)
    assert (sent.step, sent.assign) == (2, None)  # no group assigned again


def test_a_cart_emailed_before_the_holdout_existed_is_not_assigned() -> None:
    old = replace(CART, reminders_sent=1, claim_step=2, claimed_at=T + 25 * HOUR)
    decision = decide(old, a_shop(holdout_percent=50), now=T + 25 * HOUR)
    assert isinstance(decision, Send)
    assert decision.assign is None


def test_carts_that_would_not_be_emailed_anyway_are_in_no_group() -> None:
    shop = a_shop(holdout_percent=50)
    for change in ({"consent": False}, {"closed": Closed.ORDERED}, {"lines": ()}):
        decision = decide(replace(CART, **change), shop, now=T + HOUR)
        assert getattr(decision, "assign", None) is None, change


# -- what the stats count


def cart_item(**fields: Any) -> dict[str, Any]:
    return {
        CartField.PK: "s1#c1",
        CartField.SHOP_ID: "s1",
        CartField.CREATED_AT: T,
        CartField.CURRENCY: "EUR",
        **fields,
    }


def holdout_tallies(old: dict[str, Any], new: dict[str, Any]) -> Counter[tuple[int, Tally]]:
    found: Counter[tuple[int, Tally]] = Counter()
    for moment, tally, n in changes(old, new, at=T + 50 * DAY):
        if tally.figure.value.startswith("holdout"):
            found[(moment, tally)] += n
    return found


DUE = T + HOUR
GROUPED = cart_item(group="control", assigned_at=DUE)


def test_a_cart_counts_in_its_group_on_the_day_it_became_due() -> None:
    assert holdout_tallies(cart_item(), GROUPED) == {
        (DUE, Tally(Figure.HOLDOUT_CARTS, "control")): 1
    }
    assert holdout_tallies(GROUPED, {**GROUPED, CartField.CLICKS: 1}) == {}


def test_its_own_order_in_the_window_counts_once_with_its_revenue_dated_by_the_cohort() -> None:
    ordered = {**GROUPED, CartField.ORDERED_AT: DUE + 6 * DAY}
    with_total = {**ordered, CartField.ORDER_TOTAL: Decimal("49.90")}

    assert holdout_tallies(GROUPED, ordered) == {(DUE, Tally(Figure.HOLDOUT_ORDERS, "control")): 1}
    assert holdout_tallies(ordered, with_total) == {
        (DUE, Tally(Figure.HOLDOUT_REVENUE_CENTS, "control_EUR")): 4990
    }
    assert holdout_tallies(with_total, {**with_total, CartField.CLICKS: 2}) == {}


def test_an_order_after_the_window_counts_for_no_group() -> None:
    late = {**GROUPED, CartField.ORDERED_AT: DUE + 7 * DAY + 1, CartField.ORDER_TOTAL: 10}
    assert holdout_tallies(GROUPED, late) == {}


def test_an_order_on_another_cart_counts_once_and_the_carts_own_later_order_not_again() -> None:
    credited = {**GROUPED, CartField.CONVERTED_AT: DUE + DAY, CartField.CONVERTED_ORDER: "o1"}
    with_total = {
        **credited,
        CartField.CONVERTED_TOTAL: Decimal("20"),
        CartField.CONVERTED_CURRENCY: "DKK",
    }
    own_later = {**with_total, CartField.ORDERED_AT: DUE + 2 * DAY, CartField.ORDER_TOTAL: 99}

    assert holdout_tallies(GROUPED, credited) == {(DUE, Tally(Figure.HOLDOUT_ORDERS, "control")): 1}
    assert holdout_tallies(credited, with_total) == {
        (DUE, Tally(Figure.HOLDOUT_REVENUE_CENTS, "control_DKK")): 2000
    }
    assert holdout_tallies(with_total, own_later) == {}


def test_a_cart_in_no_group_counts_nothing_for_the_holdout() -> None:
    ordered = cart_item(ordered_at=DUE, order_total=10)
    assert holdout_tallies(cart_item(), ordered) == {}


# -- the report


def day(**tallies: int) -> Counter[Tally]:
    found: Counter[Tally] = Counter()
    for name, n in tallies.items():
        figure, _, key = name.partition("__")
        found[Tally(Figure(figure), key)] = n
    return found


def test_the_report_has_the_holdout_key_for_a_shop_without_one() -> None:
    report = figures.summary(
        [Counter()], first="2026-11-01", last="2026-11-30", attribution_days=7, currency="EUR"
    )

    assert report["holdout"] == {
        "percent": 0,
        "treated": {"carts": 0, "orders": 0, "revenue": {"EUR": "0.00"}},
        "control": {"carts": 0, "orders": 0, "revenue": {"EUR": "0.00"}},
        "uplift": {
            "absolute": 0.0,
            "ci95": [0.0, 0.0],
            "relative": None,
            "conclusive": False,
            "incremental_orders": 0.0,
            "incremental_orders_ci95": [0.0, 0.0],
            "incremental_revenue": {"EUR": "0.00"},
            "carts_needed": None,
        },
        "sample_ratio_p": 1.0,
    }
    assert re.search(r"holdout +off \(kurv shop update s1 --holdout", figures.table("s1", report))


def test_the_report_adds_the_groups_over_the_days_and_says_what_the_emails_brought() -> None:
    days = [
        day(
            holdout_carts__treated=500,
            holdout_orders__treated=60,
            holdout_revenue_cents__treated_EUR=300_000,
            holdout_carts__control=60,
            holdout_orders__control=2,
            holdout_revenue_cents__control_EUR=10_000,
        ),
        day(holdout_carts__treated=200, holdout_orders__treated=24, holdout_carts__control=20),
    ]

    report = figures.summary(
        days,
        first="2026-11-01",
        last="2026-11-30",
        attribution_days=7,
        holdout_percent=10,
        currency="EUR",
    )["holdout"]

    assert report["treated"] == {"carts": 700, "orders": 84, "revenue": {"EUR": "3000.00"}}
    assert report["control"] == {"carts": 80, "orders": 2, "revenue": {"EUR": "100.00"}}
    uplift = report["uplift"]
    assert uplift["absolute"] == pytest.approx(84 / 700 - 2 / 80)
    assert uplift["incremental_orders"] == pytest.approx((84 / 700 - 2 / 80) * 700)
    # (3000/700 - 100/80) per emailed cart, times 700 carts
    assert uplift["incremental_revenue"] == {"EUR": "2125.00"}
    low, high = uplift["ci95"]
    assert 0 < low < uplift["absolute"] < high
    assert uplift["conclusive"] is True
    assert 0.05 < report["sample_ratio_p"] < 1


def test_the_text_report_speaks_plainly_either_way() -> None:
    conclusive = figures.summary(
        [day(holdout_carts__treated=700, holdout_orders__treated=84, holdout_carts__control=80)],
        first="2026-11-01",
        last="2026-11-30",
        attribution_days=7,
        holdout_percent=10,
        currency="EUR",
    )
    early = figures.summary(
        [day(holdout_carts__treated=70, holdout_orders__treated=8, holdout_carts__control=8)],
        first="2026-11-01",
        last="2026-11-30",
        attribution_days=7,
        holdout_percent=10,
        currency="EUR",
    )

    text = figures.table("s1", conclusive)
    assert "84 extra orders (between" in text
    assert "in 30 days" in text
    assert "10 % of customers get no email" in text
    assert "not yet conclusive, about" in figures.table("s1", early)
    assert "more carts needed" in figures.table("s1", early)


# -- the statistics, through Kurv's own counting (kurv_tools.measure.holdout_simulation)


def test_the_reports_interval_holds_the_true_uplift_about_95_times_in_100() -> None:
    scenario = holdout_simulation.Scenario("test", carts=300, percent=30, base=0.10, effect=0.05)

    found = holdout_simulation.coverage(scenario, runs=400)

    # 400 runs put the sampling error near 1.1 %; Newcombe's interval is a little wide.
    assert 0.92 <= found.share <= 0.99, found.share
    # The hash splits honestly: the split test is below 0.05 about one run in twenty.
    assert 0.01 <= found.split_p_below_05 / found.runs <= 0.10


def test_the_split_test_catches_control_carts_gone_missing() -> None:
    scenario = holdout_simulation.Scenario("test", carts=2000, percent=20, base=0.05, effect=0.0)
    rng = random.Random(11)

    p_values = [
        holdout_simulation.run(rng, scenario, lose_control=0.3)["sample_ratio_p"] for _ in range(10)
    ]

    assert max(p_values) < 0.001


# -- experiments: what a cart in the variant is sent with


def test_a_cart_in_the_variant_is_sent_with_the_variants_series_subjects_and_offer() -> None:
    experiment = Experiment(
        name="plain",
        split=50,
        series=[{"delay_seconds": 4 * HOUR}],
        product_subjects=False,
        payment_offer=False,
    )
    shop = a_shop(experiment=experiment)
    variant = next(
        f"h{n}" for n in range(1000) if arm_for("s1", f"h{n}", "plain", 50) is Arm.VARIANT
    )
    current = next(
        f"h{n}" for n in range(1000) if arm_for("s1", f"h{n}", "plain", 50) is Arm.CURRENT
    )

    seen, joins = series_view(replace(CART, email_hash=variant), shop)
    kept, stays = series_view(replace(CART, email_hash=current), shop)

    assert joins == ("plain", Arm.VARIANT)
    assert (seen.delay_before(1), seen.product_subjects, seen.payment_offer) == (
        4 * HOUR,
        False,
        False,
    )
    assert stays == ("plain", Arm.CURRENT)
    assert (kept.delay_before(1), kept.product_subjects, kept.payment_offer) == (HOUR, True, True)
    # Due by the earlier first delay; the variant's cart waits for its own.
    assert shop.first_delay == HOUR
    decision = decide(replace(CART, email_hash=variant), seen, now=T + HOUR)
    assert decision == Defer("not yet due in its series", until=T + 4 * HOUR)
