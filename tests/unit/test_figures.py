"""The daily figures' one format, and the one rule for 'recovered'."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kurv.core.clock import DAY
from kurv.core.figures import KEYED, Figure, Tally, attributed, recovered
from kurv.core.model import ReplyReason

keys = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_", min_size=1
)


@given(figure=st.sampled_from(Figure), key=keys)
def test_every_tally_reads_back_from_its_attribute(figure: Figure, key: str) -> None:
    tally = Tally(figure, key) if figure in KEYED else Tally(figure)

    assert Tally.read(tally.attribute) == tally


@pytest.mark.parametrize(
    ("attribute", "tally"),
    [
        ("carts", Tally(Figure.CARTS)),
        ("carts_with_address", Tally(Figure.CARTS_WITH_ADDRESS)),
        ("emails_step_2", Tally(Figure.EMAILS, "2")),
        ("orders_after_email", Tally(Figure.RECOVERED_ORDERS)),
        ("revenue_cents_DKK", Tally(Figure.RECOVERED_REVENUE_CENTS, "DKK")),
        ("replies_changed_mind", Tally(Figure.REPLIES, "changed_mind")),
        ("bounces", Tally(Figure.BOUNCES)),
    ],
)
def test_the_stored_names_are_the_ones_deployed_tables_already_hold(
    attribute: str, tally: Tally
) -> None:
    assert Tally.read(attribute) == tally
    assert tally.attribute == attribute


@pytest.mark.parametrize(
    "attribute", ["shop_id", "day", "expires_at", "emails_step_", "replies", "later_figure"]
)
def test_what_is_no_tally_is_read_as_none(attribute: str) -> None:
    assert Tally.read(attribute) is None


def test_a_keyed_figure_needs_its_key_and_a_plain_one_refuses_one() -> None:
    with pytest.raises(ValueError, match="keyed"):
        Tally(Figure.EMAILS)
    with pytest.raises(ValueError, match="not keyed"):
        Tally(Figure.ORDERS, "1")


def test_every_reply_reason_is_a_key_the_report_can_read() -> None:
    for reason in ReplyReason:
        assert Tally.read(Tally(Figure.REPLIES, reason).attribute) == Tally(Figure.REPLIES, reason)


def test_recovered_means_ordered_within_the_window_after_the_last_email() -> None:
    emailed = 1_000_000

    assert recovered(ordered_at=emailed, emailed_at=emailed, window_days=7)
    assert recovered(ordered_at=emailed + 7 * DAY, emailed_at=emailed, window_days=7)
    assert not recovered(ordered_at=emailed + 7 * DAY + 1, emailed_at=emailed, window_days=7)
    assert not recovered(ordered_at=emailed - 1, emailed_at=emailed, window_days=7)
    assert not recovered(ordered_at=emailed, emailed_at=0, window_days=7)  # never emailed


def test_a_click_is_attributed_by_the_same_window() -> None:
    assert attributed(ordered_at=10 * DAY, touched_at=3 * DAY, window_days=7)
    assert not attributed(ordered_at=11 * DAY, touched_at=3 * DAY, window_days=7)
