"""One rule for who may be emailed: the due index (tracking's plan) and the decision at send
time (decide) ask core.consent, and agree for every contact a cart can hold."""

from __future__ import annotations

from decimal import Decimal

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
    return shop(consent_policy=policy)


def indexed_by_tracking(shop: Shop, *, consent: bool, held: bool) -> bool:
    event = parse_event(
        {
            "type": "checkout.contact",
            "cart_id": "c1",
            "occurred_at": T,
            "email": "ada@example.com",
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


def emailed_by_decide(shop: Shop, *, address: bool, consent: bool, held: bool) -> bool:
    """decide on a claimed cart that nothing else stops: Send, or a Skip that leaves the index."""
    cart = Cart(
        key="s1#c1",
        shop_id="s1",
        cart_id="c1",
        last_activity_at=T,
        expires_at=T + 30 * 24 * HOUR,
        email="ada@example.com" if address else "",
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


@given(policy=st.sampled_from(ConsentPolicy), consent=st.booleans(), held=st.booleans())
def test_tracking_indexes_exactly_the_contacts_decide_would_email(
    policy: ConsentPolicy, consent: bool, held: bool
) -> None:
    shop = make_shop(policy)

    indexed = indexed_by_tracking(shop, consent=consent, held=held)

    assert indexed == emailed_by_decide(shop, address=True, consent=consent, held=held)
    assert indexed == may_be_emailed(shop, address=True, consent=consent, held=held)


@given(
    policy=st.sampled_from(ConsentPolicy),
    address=st.booleans(),
    consent=st.booleans(),
    held=st.booleans(),
)
def test_decide_refuses_exactly_what_the_rule_refuses(
    policy: ConsentPolicy, address: bool, consent: bool, held: bool
) -> None:
    shop = make_shop(policy)

    assert emailed_by_decide(shop, address=address, consent=consent, held=held) == may_be_emailed(
        shop, address=address, consent=consent, held=held
    )


def test_the_rule_itself() -> None:
    required, notice = make_shop(ConsentPolicy.REQUIRED), make_shop(ConsentPolicy.NOTICE)

    assert may_be_emailed(required, address=True, consent=True, held=False)
    assert not may_be_emailed(required, address=True, consent=False, held=False)
    assert may_be_emailed(notice, address=True, consent=False, held=False)
    assert not may_be_emailed(notice, address=True, consent=True, held=True)
    assert not may_be_emailed(notice, address=False, consent=True, held=False)
