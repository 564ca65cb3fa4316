"""A shop's daily figures, typed, and the one rule for what Kurv calls recovered. Pure.

The stats table keeps one item per shop and day; each figure is a counter in it. A few are
kept per step, currency or reason, in an attribute named ``<figure>_<key>``
(``emails_step_1``, ``revenue_cents_EUR``, ``replies_price``). That naming is made
(``Tally.attribute``) and read (``Tally.read``) here and nowhere else: the stats and
feedback functions count ``Tally`` values, ``kurv report`` and the dashboard's metrics read
them back the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kurv.core.clock import DAY

ATTRIBUTION_DAYS = 7  # a shop's default window (Shop.attribution_days)


def recovered(*, ordered_at: int, emailed_at: int, window_days: int) -> bool:
    """An order is recovered when it came within the shop's attribution window after the
    cart's last email (both ends included). Clicks play no part: a customer who was emailed
    and came back by typing the shop's address is recovered as much as one who clicked.
    ``kurv report``, the stats table and the RecoveredOrders/RecoveredRevenue metrics all
    count with this rule, and the dashboard's label says it."""
    return attributed(ordered_at=ordered_at, touched_at=emailed_at, window_days=window_days)


def attributed(*, ordered_at: int, touched_at: int, window_days: int) -> bool:
    """Did an order come within `window_days` after a touch (an email, a click)?"""
    return bool(touched_at) and 0 <= ordered_at - touched_at <= window_days * DAY


class Figure(StrEnum):
    """What a shop's day counts. The values are the stats table's attribute names."""

    CARTS = "carts"
    CARTS_WITH_ADDRESS = "carts_with_address"
    EMAILS = "emails_step"  # per step
    CLICKS = "clicks"
    ORDERS = "orders"
    RECOVERED_ORDERS = "orders_after_email"  # recovered(): the report's "after an email"
    ORDERS_AFTER_CLICK = "orders_after_click"
    RECOVERED_REVENUE_CENTS = "revenue_cents"  # per currency, in hundredths
    OPT_OUTS = "opt_outs"
    REPLIES = "replies"  # per reason (core.model.ReplyReason)
    BOUNCES = "bounces"
    COMPLAINTS = "complaints"
    # The holdout (recover.holdout), per group (core.model.CartGroup), each dated by the day
    # its cart became due (its cohort), so a day's carts and their orders stay together:
    HOLDOUT_CARTS = "holdout_carts"
    HOLDOUT_ORDERS = "holdout_orders"  # carts whose address bought within the window
    HOLDOUT_REVENUE_CENTS = "holdout_revenue_cents"  # per group and currency: <group>_<EUR>
    # The shop's experiment, by the same rule, per <experiment>.<arm> (core.model.Arm):
    EXPERIMENT_CARTS = "experiment_carts"
    EXPERIMENT_ORDERS = "experiment_orders"
    EXPERIMENT_REVENUE_CENTS = "experiment_revenue_cents"  # <experiment>.<arm>_<EUR>


# Figures kept per step, currency, reason or group: one attribute per key.
KEYED = frozenset(
    {
        Figure.EMAILS,
        Figure.RECOVERED_REVENUE_CENTS,
        Figure.REPLIES,
        Figure.HOLDOUT_CARTS,
        Figure.HOLDOUT_ORDERS,
        Figure.HOLDOUT_REVENUE_CENTS,
        Figure.EXPERIMENT_CARTS,
        Figure.EXPERIMENT_ORDERS,
        Figure.EXPERIMENT_REVENUE_CENTS,
    }
)
# Longest first, so that no figure's name is read as another's with a key.
_BY_LENGTH = sorted(Figure, key=lambda figure: len(figure.value), reverse=True)


@dataclass(frozen=True, order=True)
class Tally:
    """One counter of a shop's day: a figure, and its step, currency or reason if keyed."""

    figure: Figure
    key: str = ""

    def __post_init__(self) -> None:
        if (self.figure in KEYED) != bool(self.key):
            raise ValueError(f"{self.figure} is {'' if self.figure in KEYED else 'not '}keyed")

    @property
    def attribute(self) -> str:
        return f"{self.figure.value}_{self.key}" if self.key else self.figure.value

    @classmethod
    def read(cls, attribute: str) -> Tally | None:
        """The tally an attribute of the stats table holds; None for the item's own keys
        (shop_id, day, expires_at) and for anything this version does not know."""
        for figure in _BY_LENGTH:
            if figure in KEYED:
                key = attribute.removeprefix(f"{figure.value}_")
                if key != attribute and key:
                    return cls(figure, key)
            elif attribute == figure.value:
                return cls(figure)
        return None
