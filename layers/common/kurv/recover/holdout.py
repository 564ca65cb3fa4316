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

from kurv.core.model import CartGroup

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
