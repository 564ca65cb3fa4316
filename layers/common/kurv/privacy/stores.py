"""What the privacy flow needs of the stores that own Kurv's data, as Protocols: the
composition root (wiring) passes the carts, claims, replies, suppression, shop and stats
stores, each the one owner of what it is asked to read or erase."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from kurv.core.addresses import AddressKey
from kurv.core.people import Person
from kurv.privacy.request_log import DataRequest

Progress = Callable[[int, int], None]  # (read so far, about how many there are)


class FoundCart(Protocol):
    @property
    def cart_id(self) -> str: ...

    @property
    def reply_code(self) -> str: ...


class PeoplesCarts(Protocol):
    """The carts table's tracking side (track.cart_store.CartStore)."""

    def carts_of_person(
        self,
        shop_id: str,
        *,
        address_hashes: tuple[str, ...],
        contact_keys: tuple[str, ...],
        progress: Progress = ...,
    ) -> tuple[Sequence[FoundCart], int]: ...

    def whole(self, shop_id: str, cart_id: str) -> dict[str, Any]: ...

    def erase(self, shop_id: str, cart_id: str) -> None: ...

    def keys_of_shop(self, shop_id: str, *, progress: Progress = ...) -> tuple[list[str], int]: ...

    def erase_key(self, key: str) -> None: ...


class ClaimItems(Protocol):
    """The carts table's claim side (recover.claims.ClaimStore): series and reply pointers."""

    def erase_series(self, shop_id: str, address_hash: str) -> None: ...

    def erase_reply_pointer(self, shop_id: str, reply_code: str) -> None: ...


class FiledReply(Protocol):
    @property
    def message_id(self) -> str: ...

    @property
    def cart_id(self) -> str | None: ...


class FiledReplies(Protocol):
    """The replies table's replies (replies.reply_store.ReplyStore)."""

    def of_person(
        self, shop_id: str, person: Person, cart_ids: set[str], message_ids: set[str]
    ) -> Sequence[FiledReply]: ...

    # Typed loosely: it takes back what of_person gave (the store's own StoredReply).
    def erase(self, reply: Any) -> None: ...

    def erase_shop(self, shop_id: str) -> set[str]: ...


class RawMessages(Protocol):
    """The reply bucket (replies.reply_store.Inbox)."""

    def message_ids(self) -> list[str]: ...

    def read(self, message_id: str) -> bytes: ...

    def read_whole(self, message_id: str) -> bytes: ...

    def erase(self, message_id: str) -> None: ...


class Suppressions(Protocol):
    def details(self, shop_id: str, address_hash: str) -> dict[str, Any]: ...


class ShopSettings(Protocol):
    def delete(self, shop_id: str) -> None: ...

    def shop_ids(self) -> Collection[str]: ...


class DailyFigures(Protocol):
    def erase_shop(self, shop_id: str) -> int: ...


class DataRequests(Protocol):
    """The privacy flow's own data requests (request_log.DataRequestLog)."""

    def record(self, request: DataRequest) -> bool: ...

    def of_shop(self, shop_id: str) -> list[DataRequest]: ...

    def of_person(self, shop_id: str, person: Person) -> list[DataRequest]: ...

    def erase(self, request: DataRequest) -> None: ...


@dataclass(frozen=True)
class PrivacyStores:
    """Everything a privacy request reads or erases, each through the store that owns it."""

    carts: PeoplesCarts
    claims: ClaimItems
    replies: FiledReplies
    inbox: RawMessages | None  # None where no reply bucket is deployed
    suppressions: Suppressions
    shops: ShopSettings
    figures: DailyFigures | None  # None where no stats table is deployed
    requests: DataRequests  # the privacy flow's own: data requests to answer
    addresses: AddressKey
