"""A shop's erasure and the privacy desk, on fakes of the stores they are given: which store
erases which item, which raw messages are the shop's, what stays, and a repeat."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kurv.core.addresses import AddressKey
from kurv.core.people import Person
from kurv.core.privacy import PrivacyKind, PrivacyRequest
from kurv.privacy.desk import Done, PrivacyDesk
from kurv.privacy.erasure import erase_shop
from kurv.privacy.request_log import DataRequest
from kurv.privacy.stores import PrivacyStores

SHOP = "test-shop"
CODE = "a" * 16


def mail(**headers: str) -> bytes:
    head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    return f"{head}\r\nHello\r\n".encode()


@dataclass
class Carts:
    keys: list[str]
    erased: list[str] = field(default_factory=list)

    def carts_of_person(self, shop_id: str, **_: Any) -> tuple[list[Any], int]:
        return [], 0

    def whole(self, shop_id: str, cart_id: str) -> dict[str, Any]:
        return {}

    def erase(self, shop_id: str, cart_id: str) -> None:
        self.erased.append(f"{shop_id}#{cart_id}")

    def keys_of_shop(
        self, shop_id: str, *, progress: Callable[[int, int], None] = lambda r, t: None
    ) -> tuple[list[str], int]:
        return [key for key in self.keys if shop_id in key], len(self.keys)

    def erase_key(self, key: str) -> None:
        self.erased.append(key)


@dataclass
class Claims:
    erased: list[tuple[str, str, str]] = field(default_factory=list)

    def erase_series(self, shop_id: str, address_hash: str) -> None:
        self.erased.append(("series", shop_id, address_hash))

    def erase_reply_pointer(self, shop_id: str, reply_code: str) -> None:
        self.erased.append(("pointer", shop_id, reply_code))


@dataclass
class Replies:
    filed: set[str]
    erased_shops: list[str] = field(default_factory=list)

    def of_person(self, *_: Any) -> list[Any]:
        return []

    def erase(self, reply: Any) -> None:
        raise AssertionError("a shop's erasure erases replies by the shop")

    def erase_shop(self, shop_id: str) -> set[str]:
        self.erased_shops.append(shop_id)
        return self.filed


@dataclass
class Inbox:
    messages: dict[str, bytes]

    def message_ids(self) -> list[str]:
        return sorted(self.messages)

    def read(self, message_id: str) -> bytes:
        return self.messages[message_id]

    def read_whole(self, message_id: str) -> bytes:
        return self.messages[message_id]

    def erase(self, message_id: str) -> None:
        self.messages.pop(message_id, None)


@dataclass
class Shops:
    ids: set[str]
    deleted: list[str] = field(default_factory=list)

    def delete(self, shop_id: str) -> None:
        self.deleted.append(shop_id)

    def shop_ids(self) -> set[str]:
        return self.ids


@dataclass
class Figures:
    erased: list[str] = field(default_factory=list)

    def erase_shop(self, shop_id: str) -> int:
        self.erased.append(shop_id)
        return 3


class Suppressions:
    """Read only: no erasure may touch the suppression list, and this fake has no way to."""

    def details(self, shop_id: str, address_hash: str) -> dict[str, Any]:
        return {"reason": "opted_out"}


@dataclass
class Requests:
    # Keyed as the replies table keys them: by shop and sort key.
    kept: dict[tuple[str, str], DataRequest] = field(default_factory=dict)

    def record(self, request: DataRequest) -> bool:
        if (request.shop_id, request.sort_key) in self.kept:
            return False
        self.kept[(request.shop_id, request.sort_key)] = request
        return True

    def of_shop(self, shop_id: str) -> list[DataRequest]:
        return [request for request in self.kept.values() if request.shop_id == shop_id]

    def of_person(self, shop_id: str, person: Person) -> list[DataRequest]:
        return [r for r in self.of_shop(shop_id) if person.named_in(r.email)]

    def erase(self, request: DataRequest) -> None:
        del self.kept[(request.shop_id, request.sort_key)]


def stores(**given: Any) -> PrivacyStores:
    values: dict[str, Any] = {
        "carts": Carts([]),
        "claims": Claims(),
        "replies": Replies(set()),
        "inbox": Inbox({}),
        "suppressions": Suppressions(),
        "shops": Shops({SHOP, "other-shop"}),
        "figures": Figures(),
        "requests": Requests(),
        "addresses": AddressKey(b"k" * 32),
        **given,
    }
    return PrivacyStores(**values)


def test_each_item_of_the_shop_is_erased_by_the_store_that_owns_it() -> None:
    carts = Carts(
        [
            f"{SHOP}#c1",
            f"~series#{SHOP}#h1",
            f"~reply#{SHOP}#{CODE}",
            f"~storefront-addresses#{SHOP}#1795000000",
            "other-shop#c9",
        ]
    )
    claims, shops, figures = Claims(), Shops({SHOP, "other-shop"}), Figures()
    given = stores(carts=carts, claims=claims, shops=shops, figures=figures)

    erased = erase_shop(given, shop_id=SHOP, other_shops={"other-shop"})

    assert carts.erased == [f"{SHOP}#c1", f"~storefront-addresses#{SHOP}#1795000000"]
    assert claims.erased == [("series", SHOP, "h1"), ("pointer", SHOP, CODE)]
    assert (erased.items, erased.days) == (4, 3)
    assert shops.deleted == [SHOP]
    assert figures.erased == [SHOP]


def test_the_shops_raw_messages_go_and_the_others_stay() -> None:
    ours, theirs = (
        f"reply+{SHOP}-{CODE}@replies.example",
        f"reply+other-shop-{CODE}@replies.example",
    )
    inbox = Inbox(
        {
            "filed": mail(To="someone@example.com"),  # filed as one of the shop's replies
            "to-us": mail(To=ours),
            "to-both": mail(To=ours, Cc=theirs),  # the other shop's too: theirs to erase
            "to-them": mail(To=theirs),
            "to-nobody": mail(To="postmaster@replies.example"),
        }
    )

    erased = erase_shop(
        stores(inbox=inbox, replies=Replies({"filed"})), shop_id=SHOP, other_shops={"other-shop"}
    )

    assert sorted(inbox.messages) == ["to-both", "to-nobody", "to-them"]
    assert (erased.replies, erased.raw_messages) == (1, 2)


def test_the_shops_data_requests_go_with_it() -> None:
    requests = Requests()
    for shop_id in (SHOP, "other-shop"):
        requests.record(DataRequest(shop_id, "ada@example.com", 1, "r1", "191167", "shopify"))

    erase_shop(stores(requests=requests), shop_id=SHOP)

    assert [request.shop_id for request in requests.kept.values()] == ["other-shop"]


def test_the_desk_keeps_a_data_request_once() -> None:
    requests = Requests()
    desk = PrivacyDesk(stores(requests=requests))
    request = PrivacyRequest(
        kind=PrivacyKind.DATA_REQUEST,
        shop_id=SHOP,
        email="ada@example.com",
        requested_at=1_795_000_000,
        request_id="9999",
    )

    assert desk.handle(request) is Done.RECORDED
    assert desk.handle(request.model_copy(update={"requested_at": 1_795_003_600})) is (
        Done.RECORDED_BEFORE
    )
    assert [kept.requested_at for kept in requests.kept.values()] == [1_795_000_000]


def test_the_desk_erases_the_shop_it_is_told() -> None:
    shops = Shops({SHOP, "other-shop"})
    desk = PrivacyDesk(stores(shops=shops))

    done = desk.handle(
        PrivacyRequest(kind=PrivacyKind.SHOP_REDACT, shop_id=SHOP, requested_at=1, request_id="e")
    )

    assert (done, shops.deleted) == (Done.SHOP_ERASED, [SHOP])
