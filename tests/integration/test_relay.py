"""The publishable key is public: whoever holds it must not be able to make the shop mail
what they like, to whom they like, as often as they like."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

import pytest

from helpers import Api, Reply, advance, cart_updated, contact, link, make_shop, read_cart
from kurv.core.clock import DAY, HOUR
from kurv.core.shops import host_allowed
from kurv.track.cart_updates import MAX_EVENT_IDS
from kurv_tools import cli
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.outbox import links_in
from kurv_tools.local.stack import LocalStack

VICTIM = "victim@example.org"
PRIZE = {
    "sku": "WIN",
    "name": "Claim your prize at https://evil.example/win",
    "quantity": 1,
    "unit_price": "0.00",
    "image_url": "https://evil.example/prize.png",
    "url": "https://evil.example/claim",
}


def test_a_storefront_cart_cannot_carry_foreign_links_or_text(
    api: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    assert api.browser_post(contact(email=VICTIM, first_name="www.evil.example")).status == 202
    assert api.browser_post(cart_updated(items=[PRIZE])).status == 202  # accepted, all the same

    (email,) = advance(loop, HOUR)

    assert "evil.example" not in email["html"]
    assert "evil.example" not in email["text"]
    assert "Claim your prize at" in email["text"]  # the name, as plain text
    assert "prize" not in email["subject"]  # only a name the shop vouched for leads it
    for url in links_in(email["html"]):
        host = urlsplit(url).hostname or ""
        assert (
            url.startswith(("mailto:", "tel:"))
            or host in ("127.0.0.1", "localhost")
            or (host_allowed(host, api.shop.link_hosts))
        ), url


def test_one_series_per_address_whatever_the_cart(api: Api, loop: LocalLoop) -> None:
    for number in range(5):  # five carts, one address
        api.browser_post(contact(cart_id=f"bomb{number}", email=VICTIM))
        api.browser_post(cart_updated(cart_id=f"bomb{number}"))

    for hours in (1, 24, 72, 24 * 20):
        emails = advance(loop, hours * HOUR)

    assert len({email["cart_id"] for email in emails}) == 1
    assert [email["step"] for email in emails] == [1, 2, 3]


def test_after_the_window_another_cart_may_have_a_series(
    loop: LocalLoop, stack: LocalStack
) -> None:
    shop = make_shop(stack, series_window_days=3)
    api = Api(stack, shop)
    api.post(contact(cart_id="a"))
    api.post(cart_updated(cart_id="a"))
    advance(loop, HOUR)  # a's first email holds the address for three days
    api.post(contact(cart_id="b"))  # the same customer, another device
    api.post(cart_updated(cart_id="b"))
    advance(loop, 23 * HOUR)  # a's second email renews the hold
    advance(loop, 48 * HOUR)  # a's last email, at 72 h: held until 144 h

    before = [email["cart_id"] for email in advance(loop, 71 * HOUR)]
    after = [email["cart_id"] for email in advance(loop, 2 * HOUR)]

    assert before == ["a", "a", "a"]
    assert after == ["a", "a", "a", "b"]  # b's turn comes when a's hold ends, not lost


def test_past_the_hourly_cap_storefront_addresses_are_kept_not_emailed(
    api: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    shop = make_shop(stack, browser_contacts_per_hour=3)
    api = Api(stack, shop)
    for number in range(5):
        reply = api.browser_post(contact(cart_id=f"c{number}", email=f"p{number}@example.com"))
        assert reply.status == 202  # accepted: the storefront sees no difference
        api.browser_post(cart_updated(cart_id=f"c{number}"))
    api.browser_post(contact(cart_id="c0", email="p0@example.com"))  # the same, told again
    api.browser_post(contact(cart_id="c3", email="p3@example.com"))  # held stays held
    # A signed call from the shop's server vouches for one of the held ones.
    api.post(contact(cart_id="c4", email="p4@example.com"))

    emailed = sorted(email["cart_id"] for email in advance(loop, HOUR + 60))

    assert emailed == ["c0", "c1", "c2", "c4"]
    assert read_cart(stack, shop.shop_id, "c3")["email"] == "p3@example.com"  # kept
    # The next hour has a fresh allowance.
    api.browser_post(contact(cart_id="c5", email="p5@example.com"))
    api.browser_post(cart_updated(cart_id="c5"))
    assert "c5" in [email["cart_id"] for email in advance(loop, HOUR + 60)]


def test_a_shop_can_take_addresses_from_its_server_only(api: Api, stack: LocalStack) -> None:
    shop = make_shop(stack, browser_contacts=False)
    api = Api(stack, shop)

    refused = api.browser_post(contact())
    batch = api.browser_post({"events": [cart_updated(), contact()]})
    signed = api.post(contact())

    assert refused.status == 403
    assert refused.error["code"] == "browser_contacts_off"
    assert refused.error["field"] == "type"
    assert batch.status == 202  # the cart update is kept; the contact is listed as refused
    assert batch.body["rejected"][0]["index"] == 1
    assert batch.body["rejected"][0]["error"]["code"] == "browser_contacts_off"
    assert signed.status == 202


def test_the_storefront_speaks_for_its_own_cart_never_for_an_address(
    api: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    # A stranger's cart, told by the shop's server.
    api.post(contact(cart_id="real", email=VICTIM))
    api.post(cart_updated(cart_id="real"))
    # Someone with the public key tries to silence that address.
    api.browser_post({"type": "customer.opted_out", "cart_id": "x1", "email": VICTIM})
    api.browser_post(
        {"type": "order.completed", "cart_id": "x2", "order_id": "o-x", "email": VICTIM}
    )

    emails = advance(loop, HOUR)

    assert [email["cart_id"] for email in emails] == ["real"]
    assert read_cart(stack, api.shop.shop_id, "x1")["closed"] == "opted_out"  # its own cart


# --- What the public key can no longer do (issue 17) ------------------------------------

ATTACKER = "attacker@evil.example"


def test_a_storefront_contact_never_replaces_an_address(
    api: Api, loop: LocalLoop, stack: LocalStack
) -> None:
    # A customer's cart, its address told by the shop's server; another the storefront named.
    api.post(contact(cart_id="real", email=VICTIM))
    api.post(cart_updated(cart_id="real"))
    api.browser_post(contact(cart_id="theirs", email="grace@example.com"))
    api.browser_post(cart_updated(cart_id="theirs"))

    # Someone with the public key names their own address on both.
    for cart_id in ("real", "theirs"):
        reply = api.browser_post(contact(cart_id=cart_id, email=ATTACKER, first_name="Eve"))
        assert (reply.status, reply.body) == (202, {"accepted": 1})  # accepted, not applied

    emails = advance(loop, HOUR)

    assert sorted((email["cart_id"], email["to"]) for email in emails) == [
        ("real", VICTIM),
        ("theirs", "grace@example.com"),
    ]
    assert read_cart(stack, api.shop.shop_id, "real")["first_name"] == "Ada"


def test_the_storefront_may_tell_its_own_address_again(api: Api, loop: LocalLoop) -> None:
    # kurv.js tells the address as it is typed, then again when the box is ticked.
    api.browser_post(contact(cart_id="c1", email=VICTIM, consent=False))
    api.browser_post(cart_updated(cart_id="c1"))
    api.browser_post(contact(cart_id="c1", email=VICTIM, consent=True))

    assert [email["to"] for email in advance(loop, HOUR)] == [VICTIM]


def report(shop_id: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert cli.main(["report", "--shop", shop_id, "--days", "7", "--json"]) == 0
    return dict(json.loads(capsys.readouterr().out))


@pytest.mark.usefixtures("local_state")
def test_a_storefront_order_closes_its_cart_but_adds_no_revenue(
    api: Api,
    loop: LocalLoop,
    stack: LocalStack,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("kurv_tools.cli.target.now", stack.clock.now)
    api.browser_post(contact(cart_id="mine", email=ATTACKER))
    api.browser_post(cart_updated(cart_id="mine"))
    (email,) = advance(loop, HOUR)
    assert api.request("GET", link(email, "r")).status == 302
    order = {"type": "order.completed", "cart_id": "mine", "order_id": "o-1"}

    assert api.browser_post({**order, "total": "999999999999.9999"}).status == 202
    loop.deliver()
    told_by_the_storefront = report(api.shop.shop_id, capsys)
    # The shop's server confirms the order: its total is the revenue.
    assert api.post({**order, "total": "25.00"}).status == 202
    loop.deliver()
    told_by_the_shop = report(api.shop.shop_id, capsys)

    assert read_cart(stack, api.shop.shop_id, "mine")["closed"] == "ordered"
    assert told_by_the_storefront["orders"] == 1
    assert told_by_the_storefront["recovered_revenue"] == {}
    assert told_by_the_shop["orders"] == 1  # the same order, counted once
    assert told_by_the_shop["recovered_revenue"] == {"EUR": "25"}


# Every way of writing where to go or whom to call that the review and we could think of.
REACH = [
    "Log in at evil-pay.com/login",
    "Short link bit.ly/3abcd",
    "Call +1 800 555 0100",
    "Write to billing@evil-pay.com",
    "Login \uff45\uff56\uff49\uff4c\uff0d\uff50\uff41\uff59\uff0e\uff43\uff4f\uff4d",  # full width
    "Visit evil-pay[.]com",
    "Visit evil pay . com",
    "Visit evil-pay。com",
    "Visit evil-pay dot com",
    "Visit evil-pay.c0m today",
    "Visit bücher-evil.de",
    "Phone 1-8OO-555-O1OO",
]
# What may not be left of them ("evil" alone may: it reaches nobody).
REACHABLE = re.compile(r"(?i)pay|bit|3abcd|555|0100|o1oo|8oo|bücher|billing|\bc[o0]m\b|@(?!shop)")


def shown_words(email: dict[str, Any]) -> str:
    """The email's text without its own links (their tokens are random)."""
    return re.sub(r"https?://\S+|<[^>]*>", " ", email["text"])


def test_storefront_text_carries_no_way_to_reach_anyone(api: Api, loop: LocalLoop) -> None:
    items = [
        {"sku": f"S{n}", "name": name, "quantity": 1, "unit_price": "1.00"}
        for n, name in enumerate(REACH)
    ]
    api.browser_post(contact(email=VICTIM, first_name="evil-pay[.]com"))
    api.browser_post(cart_updated(items=items))

    (email,) = advance(loop, HOUR)

    words = shown_words(email)
    assert not REACHABLE.search(words), REACHABLE.findall(words)
    assert "Log in at" in words  # what is left of a name is shown
    assert "Hi evil" not in words  # the anonymous greeting


def test_the_shops_own_text_keeps_its_words(api: Api, loop: LocalLoop) -> None:
    name = "Gift card: redeem at shop.example, or call 800 555 0100"
    api.post(contact(email=VICTIM, first_name="Ada"))
    api.post(cart_updated(items=[{"sku": "G", "name": name, "quantity": 1, "unit_price": "9"}]))

    (email,) = advance(loop, HOUR)

    assert "redeem at shop.example, or call 800 555 0100" in shown_words(email)


def junk(request: int, *, consent: bool) -> dict[str, Any]:
    return {
        "events": [
            contact(
                cart_id=f"junk{request}-{n}", email=f"j{request}-{n}@example.net", consent=consent
            )
            for n in range(50)
        ]
    }


@pytest.mark.parametrize("consent", [False, True], ids=["without-consent", "with-consent"])
def test_junk_contacts_cannot_spend_the_storefronts_hourly_allowance(
    api: Api, loop: LocalLoop, consent: bool
) -> None:
    # The default allowance is 100 new storefront addresses an hour.
    for request in range(2):
        assert api.browser_post(junk(request, consent=consent)).status == 202

    api.browser_post(contact(cart_id="real", email=VICTIM))
    api.browser_post(cart_updated(cart_id="real"))

    assert "real" in [email["cart_id"] for email in advance(loop, HOUR)]


def test_a_signed_contact_takes_the_series_from_a_storefront_one(api: Api, loop: LocalLoop) -> None:
    # Someone gives a storefront cart the victim's address, and it gets the first email.
    api.browser_post(contact(cart_id="junk", email=VICTIM))
    api.browser_post(cart_updated(cart_id="junk"))
    assert [email["cart_id"] for email in advance(loop, HOUR)] == ["junk"]

    # The victim's real cart, told by the shop's server, follows its normal timing.
    api.post(contact(cart_id="real", email=VICTIM))
    api.post(cart_updated(cart_id="real"))
    first = [email["cart_id"] for email in advance(loop, HOUR)]
    advance(loop, 23 * HOUR)
    later = [email["cart_id"] for email in advance(loop, 2 * DAY)]

    assert first == ["junk", "real"]
    assert later == ["junk", "real", "real", "real"]  # the storefront's series stopped


def steps(cart_id: str, count: int) -> list[dict[str, Any]]:
    return [
        {"type": "checkout.step", "cart_id": cart_id, "event_id": f"s{n}", "step": "payment"}
        for n in range(count)
    ]


# The cap's own value is tested with its 500 ids in test_track; here a smaller one keeps the
# filling quick (each event is a request through the local stack).
SMALL_CAP = 60


@pytest.fixture
def small_cap(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("kurv.track.cart_updates.MAX_EVENT_IDS", SMALL_CAP)
    monkeypatch.setattr("kurv.track.cart_store.MAX_EVENT_IDS", SMALL_CAP)
    return SMALL_CAP


def fill_event_ids(api: Api, cart_id: str, cap: int = MAX_EVENT_IDS) -> None:
    events = steps(cart_id, cap)
    for start in range(0, len(events), 50):
        assert api.browser_post({"events": events[start : start + 50]}).status == 202
    refused = api.browser_post({**steps(cart_id, cap + 1)[-1], "event_id": "more"})
    assert refused.error["code"] == "cart_event_limit"


@pytest.mark.parametrize(
    "terminal",
    [
        {"type": "order.completed", "order_id": "o-1", "total": "25.00"},
        {"type": "customer.opted_out", "email": VICTIM},
    ],
    ids=["order", "opt-out"],
)
def test_terminal_events_apply_past_the_cap_on_event_ids(
    api: Api, loop: LocalLoop, stack: LocalStack, terminal: dict[str, Any], small_cap: int
) -> None:
    api.post(contact(cart_id="real", email=VICTIM))
    api.post(cart_updated(cart_id="real"))
    fill_event_ids(api, "real", small_cap)  # the browser key can

    replies: list[Reply] = [
        api.post({**terminal, "cart_id": "real", "event_id": "final"}) for _ in range(2)
    ]

    assert [reply.status for reply in replies] == [202, 202]  # a replay too
    assert read_cart(stack, api.shop.shop_id, "real")["closed"] in ("ordered", "opted_out")
    assert advance(loop, HOUR) == []


@pytest.mark.parametrize("post", ["post", "browser_post"], ids=["signed", "storefront"])
def test_a_contact_after_the_order_still_identifies_the_buyer(
    api: Api, loop: LocalLoop, post: str
) -> None:
    tell = getattr(api, post)
    tell(contact(cart_id="a", email=VICTIM))
    tell(cart_updated(cart_id="a"))
    api.stack.clock.advance(60)
    # The customer buys on another device; the order is told before its contact.
    tell({"type": "order.completed", "cart_id": "b", "order_id": "o-1"})
    tell(contact(cart_id="b", email=VICTIM))

    assert advance(loop, HOUR) == []


def test_a_storefront_order_under_someones_address_stops_no_cart_the_shop_vouched_for(
    api: Api, loop: LocalLoop
) -> None:
    # The shop's server tells Kurv about the victim's cart.
    api.post(contact(cart_id="real", email=VICTIM))
    api.post(cart_updated(cart_id="real"))
    api.stack.clock.advance(60)
    # A stranger names the victim's address on a storefront cart of their own and "buys".
    api.browser_post(contact(cart_id="mine", email=VICTIM))
    api.browser_post(cart_updated(cart_id="mine"))
    api.browser_post({"type": "order.completed", "cart_id": "mine", "order_id": "o-x"})

    assert [email["cart_id"] for email in advance(loop, HOUR)] == ["real"]


def test_a_storefront_buyer_gets_no_email_on_another_storefront_cart(
    api: Api, loop: LocalLoop
) -> None:
    # A shop that tells Kurv everything from its pages: one customer, two devices.
    for cart_id in ("phone", "laptop"):
        api.browser_post(contact(cart_id=cart_id, email=VICTIM))
        api.browser_post(cart_updated(cart_id=cart_id))
    api.stack.clock.advance(60)
    api.browser_post({"type": "order.completed", "cart_id": "laptop", "order_id": "o-1"})

    assert advance(loop, HOUR) == []


def test_a_signed_order_vouches_for_a_buyer_the_storefront_named(api: Api, loop: LocalLoop) -> None:
    # The address came from the storefront on one cart and from the server on another.
    api.browser_post(contact(cart_id="web", email=VICTIM))
    api.browser_post(cart_updated(cart_id="web"))
    api.post(contact(cart_id="store", email=VICTIM))
    api.post(cart_updated(cart_id="store"))
    api.stack.clock.advance(60)
    # The shop's server confirms the order of the storefront's cart, without an address.
    api.post({"type": "order.completed", "cart_id": "web", "order_id": "o-1"})

    assert advance(loop, HOUR) == []
