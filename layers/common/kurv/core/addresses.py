"""How Kurv knows an address without keeping it: one identity, one keyed hash. Pure.

An address is known by HMAC-SHA256(key, SHA-256(identity)), where the identity is the
address as email-validator normalises it (Unicode, the domain's case and IDNA), lower-cased
whole. ``AddressKey.hash`` takes any spelling of an address and does all of it, so callers
never have to normalise first: in suppressions, the orders index and opt-out links the
same person is the same hash. Keyed over the plain hash, so hashes stored before the key
existed can be re-keyed without the addresses (``kurv migrate-address-hashes``).
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from kurv.core.locales import normalize_email
from kurv.core.model import Source


def identity(address: str) -> str:
    """The one spelling of an address that Kurv hashes. ValueError if it is not one."""
    return normalize_email(address.strip()).lower()


def plain_address_hash(address: str) -> str:
    """SHA-256 of the address's identity: anyone can compute it from a list of addresses, so
    it is never stored or sent as such; it is the input of the keyed hash (and what Kurv 0.1
    stored)."""
    return hashlib.sha256(identity(address).encode()).hexdigest()


@dataclass(frozen=True)
class AddressKey:
    """The deployment's secret key for addresses (AddressKeySecret in template.yaml).
    Without it nobody can tell whose a hash is."""

    secret: bytes

    def __post_init__(self) -> None:
        if len(self.secret) < 32:
            raise ValueError("the address key must be at least 32 bytes")

    def hash(self, address: str) -> str:
        """The keyed hash of any spelling of an address (ValueError if it is not one)."""
        return self.rekey(plain_address_hash(address))

    def rekey(self, plain_hash: str) -> str:
        return hmac.new(self.secret, plain_hash.encode(), hashlib.sha256).hexdigest()

    def contact_key(self, shop_id: str, address: str, source: Source = Source.SIGNED) -> str:
        """The orders index's key: who bought, per shop (see contact_key below)."""
        return contact_key(shop_id, self.hash(address), source)


# The orders index files an order under who bought it. An address only the storefront named
# (anyone can name any address there) is filed apart, so that a stranger's storefront order
# under someone's address stops only carts the storefront named too, never the carts a
# shop's server vouched for. A cart looks for orders under the keys orders_to_check gives.
_STOREFRONT = "storefront#"


def contact_key(shop_id: str, address_hash: str, source: Source = Source.SIGNED) -> str:
    mark = _STOREFRONT if source is Source.STOREFRONT else ""
    return f"{shop_id}#{mark}{address_hash}"


def vouched(key: str) -> str:
    """The signed form of a contact key (the key itself when it is one)."""
    shop_id, _, rest = key.partition("#")
    return f"{shop_id}#{rest.removeprefix(_STOREFRONT)}" if rest else key


def orders_to_check(key: str) -> tuple[str, ...]:
    """Where a cart with this contact key looks for its address's orders: a vouched address
    only under vouched orders; one the storefront named under both."""
    if not key:
        return ()
    return (key,) if vouched(key) == key else (vouched(key), key)
