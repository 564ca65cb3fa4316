"""Which carts get no email, so that what the emails add can be measured. Pure.

A shop's holdout (``Shop.holdout_percent``) keeps that share of its customers out of every
series: their carts live out their lives (orders, expiry) like any other, and ``kurv
report`` compares the two groups' order rates (kurv.stats.uplift). The group follows the
address, not the cart: it is read from the address's keyed hash (already an HMAC under
the stack's address key, core.addresses) salted with the shop's id, so the same customer
lands in the same group at a shop every time, and in independent groups at two shops.
A cart's group is decided once, when it first becomes due for an email, and stored on it
(recover.decisions); changing the percent later moves only carts not yet due.
"""

from __future__ import annotations

import hashlib

from kurv.core.model import Arm, Cart, CartGroup
from kurv.core.shops import Shop

_BUCKETS = 100  # one per percent


def bucket(shop_id: str, address_hash: str, *, salt: str = "holdout") -> int:
    """The address's place, 0 to 99, at this shop: uniform and fixed."""
    digest = hashlib.sha256(f"{salt}\0{shop_id}\0{address_hash}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % _BUCKETS


def group_for(shop_id: str, address_hash: str, control_percent: int) -> CartGroup:
    """The address's group at the shop: control for the lowest `control_percent` buckets."""
    if bucket(shop_id, address_hash) < control_percent:
        return CartGroup.CONTROL
    return CartGroup.TREATED


def arm_for(shop_id: str, address_hash: str, experiment: str, split: int) -> Arm:
    """The address's arm in an experiment: the variant for `split` percent of addresses,
    drawn apart from the holdout's buckets (salted with the experiment's name)."""
    if bucket(shop_id, address_hash, salt=f"experiment:{experiment}") < split:
        return Arm.VARIANT
    return Arm.CURRENT


def joining(cart: Cart, shop: Shop) -> tuple[str, Arm] | None:
    """The experiment and arm a cart joins at its first due email, if the shop runs one
    (the holdout's control carts join none: decisions.decide stores only a treated cart's)."""
    running = shop.experiment
    if running is None or not running.running or cart.group is not None or cart.reminders_sent:
        return None
    return running.name, arm_for(shop.shop_id, cart.email_hash, running.name, running.split)


def series_view(cart: Cart, shop: Shop) -> tuple[Shop, tuple[str, Arm] | None]:
    """The shop as this cart's emails see it (the variant's series for a cart in the
    experiment's variant), and the arm it joins now if this is its first due email."""
    joins = joining(cart, shop)
    name, arm = joins if joins else (cart.experiment, cart.arm)
    ours = shop.experiment is not None and shop.experiment.name == name
    if arm is Arm.VARIANT and ours:
        return shop.in_variant(), joins
    return shop, joins
