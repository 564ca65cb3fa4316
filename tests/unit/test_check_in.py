"""The check-in after an order (issue 21, point 9), without AWS: what decide says of an
ordered cart, what it passes at the send gate, what the email says in every catalogue,
and what the stats count."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kurv.core.clock import DAY, HOUR
from kurv.core.figures import Figure, Tally
from kurv.core.locales import EMAIL_LANGUAGES
from kurv.core.model import Cart, CartGroup, Closed, Line, Variant
from kurv.core.render import SUBJECT_LENGTH, catalogue, copy_name, render_reminder
from kurv.core.shops import ConsentPolicy, Shop
from kurv.recover.decisions import (
    SEND_GATE,
    AssumeSent,
    Defer,
    Elsewhere,
    Release,
    Send,
    Skip,
    decide,
)
from kurv.stats.counting import changes
from reminders import RESTORE, UNSUBSCRIBE, reminder
from reminders import shop as nordlys
from unit.test_decisions import shop as decisions_shop

T = 1_000_000  # the order
CHECK_IN = 5 * DAY


def shop(**overrides: Any) -> Shop:
    """The decisions' own shop (tests/unit/test_decisions.py), sending a check-in."""
    return decisions_shop(**{"check_in_seconds": CHECK_IN, **overrides})


ORDERED = Cart(
    key="s1#c1",
    shop_id="s1",
    cart_id="c1",
    last_activity_at=T - HOUR,
    expires_at=T + 30 * DAY,
    email="ada@example.com",
    email_hash="h",
    consent=True,
    currency="EUR",
    lines=(Line("Mug", 1, Decimal("5")),),
    closed=Closed.ORDERED,
    check_in_due=T + CHECK_IN,
    reminders_sent=1,
    claim_id="claim",
    claim_step=2,
    claimed_at=T + CHECK_IN,
)
DUE = T + CHECK_IN + 60
SHOP = shop()
SUPPRESSED = Elsewhere(suppressed=lambda: True, ordered_since_active=lambda: False)


@pytest.mark.parametrize(
    ("change", "now", "expected"),
    [
        ({}, DUE, Send(SHOP, 2, Variant.CHECK_IN, reason="check-in")),
        ({}, T + DAY, Defer("check-in not yet due", until=T + CHECK_IN)),
        ({"check_in_sent_at": DUE - DAY}, DUE, Skip("check-in sent already", unindex=True)),
        ({"order_undone": "refunded"}, DUE, Skip("order refunded", unindex=True)),
        ({"order_undone": "cancelled"}, DUE, Skip("order cancelled", unindex=True)),
        ({"opted_out_at": T + DAY}, DUE, Skip("opted out", unindex=True)),
        ({"consent": False}, DUE, Skip("no consent", unindex=True)),
        ({"email": ""}, DUE, Skip("no address", unindex=True)),
        ({"contact_held": True}, DUE, Skip("held", unindex=True)),
        ({"expires_at": DUE}, DUE, Skip("past retention", unindex=True)),
        (
            {"group": CartGroup.CONTROL},
            DUE,
            Skip("holdout: the control group gets no email", unindex=True),
        ),
        ({"last_activity_at": DUE}, DUE, Release("customer active since the claim")),
        ({"sending_step": 2}, DUE, AssumeSent(SHOP, 2, "check-in unconfirmed")),
        ({"uncertain_step": 2}, DUE, AssumeSent(SHOP, 2, "check-in unconfirmed")),
    ],
)
def test_decide_for_an_ordered_cart(change: dict[str, Any], now: int, expected: Any) -> None:
    decision = decide(replace(ORDERED, **change), SHOP, now=now)

    if isinstance(expected, Skip) and expected.reason in ("no consent", "no address", "held"):
        assert isinstance(decision, Skip)
        assert decision.unindex
        assert decision.close is None
    else:
        assert decision == expected


def test_the_shop_switched_off_or_without_it_and_a_suppressed_address_get_none() -> None:
    assert decide(ORDERED, shop(check_in_seconds=0), now=DUE) == Skip(
        "check-in switched off", unindex=True
    )
    assert decide(ORDERED, shop(active=False), now=DUE).unindex  # type: ignore[union-attr]
    # A suppressed address leaves the index; the cart stays closed as ordered (a sale).
    assert decide(ORDERED, shop(), now=DUE, elsewhere=SUPPRESSED) == Skip(
        "address suppressed", unindex=True
    )


def test_an_order_closed_otherwise_is_no_check_in() -> None:
    for closed in (Closed.OPTED_OUT, Closed.REPLIED, Closed.SUPPRESSED):
        decision = decide(replace(ORDERED, closed=closed), shop(), now=DUE)
        assert isinstance(decision, Skip)
        assert decision.unindex


@given(
    undone=st.sampled_from(["", "", "refunded"]),
    opted_out=st.sampled_from([0, 0, T]),
    sent=st.sampled_from([0, 0, T]),
    sending=st.sampled_from([0, 0, 2]),
    consent=st.sampled_from([True, True, False]),
    now=st.integers(T, T + 10 * DAY),
)
def test_whatever_decide_sends_after_an_order_passes_the_send_gate(
    *, undone: str, opted_out: int, sent: int, sending: int, consent: bool, now: int
) -> None:
    cart = replace(
        ORDERED,
        order_undone=undone,
        opted_out_at=opted_out,
        check_in_sent_at=sent,
        sending_step=sending,
        consent=consent,
    )

    decision = decide(cart, shop(), now=now)

    if isinstance(decision, Send):
        assert decision.variant is Variant.CHECK_IN
        assert [guard.name for guard in SEND_GATE if not guard.holds(cart, decision.step)] == []
    gate = [guard.holds(cart, cart.claim_step) for guard in SEND_GATE]
    if undone or opted_out or sent or sending:
        assert not all(gate)  # the gate says no by itself, whatever decide said


# Every catalogue, as the renderer is asked for it: (name, language, babel locale, settings)
WAYS = [
    *[(language, language, language, {}) for language in EMAIL_LANGUAGES],
    ("de.du", "de", "de", {"formality": "informal"}),
    ("en-GB", "en", "en_GB", {}),
]


def check_in(way: tuple[str, str, str, dict[str, Any]], **settings: Any) -> Any:
    _, language, locale, own = way
    return render_reminder(
        reminder(
            language,
            Variant.CHECK_IN,
            shop=nordlys(signer_name="Mette", **own, **settings),
            babel_locale=locale,
            lines=(),
            restore_url="",
        )
    )


@pytest.mark.parametrize("way", WAYS, ids=lambda way: way[0])
def test_the_check_in_says_its_few_things_in_every_catalogue(
    way: tuple[str, str, str, dict[str, Any]],
) -> None:
    name = way[0]
    words = catalogue(copy_name(way[1], nordlys(**way[3]), way[2]))["check_in"]
    email = check_in(way)

    assert copy_name(way[1], nordlys(**way[3]), way[2]) == name
    assert email.subject == words["subject"]
    assert len(email.subject) in SUBJECT_LENGTH
    assert "Nordlys" not in email.subject
    for part in (email.text, email.html.replace("&#39;", "'")):
        assert words["ask"] in part
        assert words["intro"].format(shop="Nordlys Té") in part
        assert "Mette" in part
        assert words["unsubscribe"] in part
        assert UNSUBSCRIBE in part
    assert "70\xa020\xa030\xa040" in email.html  # the phone, kept on one line
    assert words["phone"].format(phone="+45 70 20 30 40") in email.text
    assert email.preheader == words["preheader"]
    # A service email: no cart, no button, no coupon, no date the cart is kept until
    assert "Blå kop" not in email.text
    assert RESTORE not in email.html
    assert "<h2" not in email.html
    assert "TAK10" not in email.text


def test_the_check_in_without_a_phone_and_under_notice_says_why_it_came() -> None:
    way = WAYS[EMAIL_LANGUAGES.index("en")]
    email = check_in(way, support_phone=None, consent_policy=ConsentPolicy.NOTICE)

    assert "call us" not in email.text
    assert catalogue("en")["check_in"]["why_notice"].format(shop="Nordlys Té") in email.text


def test_british_english_calls_on_american_calls_at() -> None:
    british = check_in(("en-GB", "en", "en_GB", {})).text
    american = check_in(("en", "en", "en_US", {})).text

    assert "You can also call us on +45" in british
    assert "You can also call us at +45" in american


def test_the_stats_count_a_check_in_apart_from_the_steps() -> None:
    ordered = {"pk": "s#c1", "shop_id": "s", "ordered_at": T, "reminders_sent": 1}
    checked = {**ordered, "check_in_sent_at": T + CHECK_IN}

    assert changes(ordered, checked, at=T) == [(T + CHECK_IN, Tally(Figure.EMAILS, "check_in"), 1)]
    assert changes(checked, {**checked, "replies": 0}, at=T) == []  # once
