"""Re-key address hashes stored by Kurv 0.1 (a plain SHA-256 of the address) with the
deployment's address key: `kurv migrate-address-hashes [--stack NAME]`.

Safe to run while Kurv serves traffic, and to run again: each step is conditional, and
an item already re-keyed is left alone.

- Suppressions: a suppression without ``keyed`` is re-written under the keyed hash of its
  plain hash (which is all it holds), then the old item is deleted. Opt-outs keep their
  first reason and time.
- Carts: a cart with an address gets ``email_hash`` and ``contact_key`` recomputed from
  it. Carts without an address keep theirs and expire with the shop's retention.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kurv.core.addresses import AddressKey
from kurv.core.suppressions import SuppressionStore
from kurv.track.cart_store import CartStore

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

Progress = Callable[[int], None]  # called with the number of items read so far


@dataclass
class Migrated:
    suppressions: int = 0
    carts: int = 0
    read: int = 0


def migrate_address_hashes(
    dynamodb: DynamoDBClient,
    *,
    suppressions_table: str,
    carts_table: str,
    key: AddressKey,
    progress: Progress = lambda read: None,
) -> Migrated:
    """Each table re-keyed by the store that owns it."""
    done = Migrated()
    read_before = 0

    def counted(read: int) -> None:
        done.read = read_before + read
        progress(done.read)

    done.suppressions = SuppressionStore(dynamodb, suppressions_table).rekey_legacy(
        key, progress=counted
    )
    read_before = done.read
    done.carts = CartStore(dynamodb, carts_table, key).rekey_addresses(key, progress=counted)
    return done
