"""What each change of a cart item counts, on which day (kurv.stats.counting): the figures
`kurv report` adds up."""

from __future__ import annotations

from typing import Any

from helpers import START
from kurv.core.clock import DAY, HOUR
from kurv.core.figures import Figure, Tally
from kurv.stats.counting import changes

T = START


def figures(found: list[tuple[int, Tally, int]]) -> dict[str, int]:
    """The counts by the stats table's attribute names."""
    return {tally.attribute: count for _, tally, count in found}


def test_each_change_counts_once_on_its_own_day() -> None:
    empty: dict[str, Any] = {}
    cart = {"pk": "s#c1", "shop_id": "s", "created_at": T}
    contacted = {**cart, "email_hash": "h"}
    emailed = {**contacted, "reminders_sent": 1, "last_reminder_at": T + HOUR}
    clicked = {**emailed, "clicks": 1, "last_click_at": T + 2 * HOUR}
    ordered = {**clicked, "ordered_at": T + DAY, "order_total": "25.50", "currency": "EUR"}

    assert figures(changes(empty, cart, at=T)) == {"carts": 1}
    assert figures(changes(cart, contacted, at=T)) == {"carts_with_address": 1}
    assert changes(contacted, emailed, at=T) == [(T + HOUR, Tally(Figure.EMAILS, "1"), 1)]
    assert figures(changes(emailed, clicked, at=T)) == {"clicks": 1}
    assert figures(changes(clicked, ordered, at=T)) == {
        "orders": 1,
        "orders_after_email": 1,
        "orders_after_click": 1,
        "revenue_cents_EUR": 2550,
    }
    assert changes(ordered, ordered, at=T) == []  # nothing changed, nothing counted
    assert changes(ordered, {}, at=T) == []  # expired by TTL
    assert changes(empty, {"pk": "~series#s#h", "shop_id": "s"}, at=T) == []  # not a cart


def test_a_sample_cart_of_kurv_send_test_counts_nothing() -> None:
    sample = {"pk": "s#kurv-test-1", "shop_id": "s", "created_at": T, "sample": True}
    clicked = {**sample, "clicks": 1, "last_click_at": T + HOUR}

    assert changes({}, sample, at=T) == []
    assert changes(sample, clicked, at=T) == []


def test_an_order_outside_the_window_is_not_counted_as_recovered() -> None:
    emailed = {"pk": "s#c1", "reminders_sent": 1, "last_reminder_at": T}
    late = {**emailed, "ordered_at": T + 8 * DAY, "order_total": "10", "currency": "DKK"}

    assert figures(changes(emailed, late, at=T)) == {"orders": 1}
    assert figures(changes(emailed, late, at=T, attribution_days=10))["orders_after_email"] == 1


def test_opt_outs_and_replies_by_reason() -> None:
    cart = {"pk": "s#c1", "replies": 0}

    assert figures(changes(cart, {**cart, "closed": "opted_out"}, at=T)) == {"opt_outs": 1}
    replied = {**cart, "replies": 2, "last_reply_reason": "price", "last_reply_at": T}
    assert changes(cart, replied, at=T + 5) == [(T, Tally(Figure.REPLIES, "price"), 2)]


def test_revenue_counts_once_when_a_signed_total_arrives() -> None:
    # A storefront order.completed stores no total (track.cart_updates); the shop's own
    # confirmation of the same order may bring it later.
    emailed = {"pk": "s#c1", "reminders_sent": 1, "last_reminder_at": T, "currency": "EUR"}
    ordered = {**emailed, "ordered_at": T + HOUR, "order_id": "o-1"}
    confirmed = {**ordered, "ordered_at": T + 2 * HOUR, "order_total": "25.00"}

    assert figures(changes(emailed, ordered, at=T)) == {"orders": 1, "orders_after_email": 1}
    assert figures(changes(ordered, confirmed, at=T)) == {"revenue_cents_EUR": 2500}
    assert changes(confirmed, {**confirmed, "order_total": "30.00"}, at=T) == []  # told again
