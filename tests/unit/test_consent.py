"""One rule for who may be emailed: the due index (tracking's plan) and the decision at send
time (decide) ask core.consent, and agree for every contact a cart can hold."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kurv.core.addresses import AddressKey
from kurv.core.clock import HOUR
from kurv.core.consent import contact_refusal, may_be_emailed
from kurv.core.expressions import Update
from kurv.core.model import Cart, Line
from kurv.core.shops import ConsentPolicy, Shop
from kurv.recover.decisions import Send, Skip, decide
from kurv.track.cart_updates import Assumptions, plan_update
from kurv.track.events import parse_event
from reminders import shop

T = 1_795_000_000
ADDRESSES = AddressKey(b"a test deployment's address key, 32+ bytes")


def make_shop(policy: ConsentPolicy) -> Shop:
    return shop(consent_policy=policy, never_email=("orders@shop.example", "test+*@*"))


# A customer's, a crawler's and the shop's own addresses (on its never-email list).
ADDRESS = st.sampled_from(
    [
        "ada@example.com",
        "Ada@Example.com",
        "merchant-centre-4711@storebotmail.joonix.net",
        "ORDERS@shop.example",
        "test+checkout@example.net",
        "orders@shop.example.net",  # not on the list: a customer
    ]
)


def indexed_by_tracking(shop: Shop, *, address: str, consent: bool, held: bool) -> bool:
    event = parse_event(
        {
            "type": "checkout.contact",
            "cart_id": "c1",
            "occurred_at": T,
            "email": address,
            "consent": consent,
        },
        now=T,
    )
    update = plan_update(
        shop, event, t=T, now=T, assumed=Assumptions(), addresses=ADDRESSES, hold=held
    )
    assert isinstance(update, Update)
    shard = next(name for name, attribute in update.names.items() if attribute == "due_shard")
    sets, _, removes = update.update_expression.partition(" REMOVE ")
    assert (shard in sets) != (shard in removes)  # the plan always says which
    return shard in sets


def emailed_by_decide(shop: Shop, *, address: str, consent: bool, held: bool) -> bool:
    """decide on a claimed cart that nothing else stops: Send, or a Skip that leaves the index."""
    cart = Cart(
        key="s1#c1",
        shop_id="s1",
        cart_id="c1",
        last_activity_at=T,
        expires_at=T + 30 * 24 * HOUR,
        email=address,
        email_hash="h" if address else "",
        consent=consent,
        contact_held=held,
        currency="EUR",
        lines=(Line("Mug", 1, Decimal("5")),),
        claim_id="claim",
        claim_step=1,
        claimed_at=T + HOUR,
    )
    decision = decide(cart, shop, now=T + HOUR)
    if isinstance(decision, Skip):
        assert decision.unindex
        assert decision.reason == contact_refusal(shop, address=address, consent=consent, held=held)
        return False
    assert isinstance(decision, Send)
    return True


@given(
    policy=st.sampled_from(ConsentPolicy),
    address=ADDRESS,
    consent=st.booleans(),
    held=st.booleans(),
)
def test_tracking_indexes_exactly_the_contacts_decide_would_email(
    policy: ConsentPolicy, address: str, consent: bool, held: bool
) -> None:
    shop = make_shop(policy)

    indexed = indexed_by_tracking(shop, address=address, consent=consent, held=held)

    assert indexed == emailed_by_decide(shop, address=address, consent=consent, held=held)
    assert indexed == may_be_emailed(shop, address=address, consent=consent, held=held)


@given(
    policy=st.sampled_from(ConsentPolicy),
    address=ADDRESS | st.just(""),
    consent=st.booleans(),
    held=st.booleans(),
)
def test_decide_refuses_exactly_what_the_rule_refuses(
    policy: ConsentPolicy, address: str, consent: bool, held: bool
) -> None:
    shop = make_shop(policy)

    assert emailed_by_decide(shop, address=address, consent=consent, held=held) == may_be_emailed(
        shop, address=address, consent=consent, held=held
    )


def test_the_rule_itself() -> None:
    required, notice = make_shop(ConsentPolicy.REQUIRED), make_shop(ConsentPolicy.NOTICE)

    ada = "ada@example.com"
    assert may_be_emailed(required, address=ada, consent=True, held=False)
    assert not may_be_emailed(required, address=ada, consent=False, held=False)
    assert may_be_emailed(notice, address=ada, consent=False, held=False)
    assert not may_be_emailed(notice, address=ada, consent=True, held=True)
    assert not may_be_emailed(notice, address="", consent=True, held=False)


@pytest.mark.parametrize(
    ("address", "read"),
    [
        ("x1-merchant@storebotmail.joonix.net", False),  # Google's shopping crawler
        ("X1@StoreBotMail.Joonix.Net", False),
        ("orders@shop.example", False),  # on the shop's list
        ("test+1@anywhere.example", False),  # a pattern on the list
        ("ada@storebotmail.joonix.net.example", True),  # not the crawler's domain
        ("ada@example.com", True),
        ("test1@anywhere.example", True),
    ],
)
def test_crawlers_and_the_shops_own_addresses_are_read_by_nobody(address: str, read: bool) -> None:
    notice = make_shop(ConsentPolicy.NOTICE)

    assert may_be_emailed(notice, address=address, consent=True, held=False) is read
