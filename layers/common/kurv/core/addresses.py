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

    def contact_key(self, shop_id: str, address: str) -> str:
        """The orders index's key: who bought, per shop."""
        return f"{shop_id}#{self.hash(address)}"
