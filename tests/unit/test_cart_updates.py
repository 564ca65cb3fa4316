"""What a tracked event does to a stored cart (cart_updates.plan_update and diagnose), without AWS.

An update is read back into a `Plan`: the attributes it SETs, REMOVEs and ADDs and the
conditions it needs, with every ``#name`` and ``:vN`` placeholder resolved, so a test can
say ``plan.sets["currency"] == "EUR"`` or name a condition as readable text.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

from kurv.core.addresses import AddressKey
from kurv.core.clock import DAY, HOUR, MINUTE
from kurv.core.expressions import Update
from kurv.core.model import DUE_SHARDS, Source
from kurv.core.shops import Shop
from kurv.track.cart_updates import MAX_EVENT_IDS, Assumptions, Verdict, diagnose, plan_update
from kurv.track.events import Event, parse_event

T = 1_795_000_000  # when the event happened
NOW = T + 2 * MINUTE  # when it reached us
SHOP_ID = "s1"
CART_ID = "c1"
ADA = "ada@example.com"
ADDRESSES = AddressKey(b"a test deployment's address key, 32+ bytes")
ADA_HASH = ADDRESSES.hash(ADA)
FIRST_DELAY = 2 * HOUR
RETENTION = 14 * DAY
IN_ORDER = Assumptions()  # the common case: newest event, open cart


def make_shop(**overrides: Any) -> Shop:
    # Not the default series or retention, so a hard-coded default would show.
    return Shop.model_validate(
        {
            "shop_id": SHOP_ID,
            "name": "S",
            "sender_email": "a@b.dk",
            "sender_name": "S",
            "restore_url": "https://b.dk/{cart_id}",
            "series": [{"delay_seconds": FIRST_DELAY}, {"delay_seconds": DAY}],
            "retention_days": RETENTION // DAY,
            **overrides,
        }
    )


SHOP = make_shop()
NOTICE_SHOP = make_shop(consent_policy="notice")

MUG = {
    "sku": "MUG",
    "name": "Mug",
    "quantity": 2,
    "unit_price": "12.50",
    "image_url": "https://b.dk/mug.png",
    "url": "https://b.dk/mug",
}
TEA = {"sku": "TEA", "name": "Tea", "quantity": 1, "unit_price": "4"}


def cart_updated(**fields: Any) -> dict[str, Any]:
    return {
        "type": "cart.updated",
        "cart_id": CART_ID,
        "occurred_at": T,
        "currency": "EUR",
        "items": [MUG, TEA],
        **fields,
    }


def contact(**fields: Any) -> dict[str, Any]:
    return {
        "type": "checkout.contact",
        "cart_id": CART_ID,
        "occurred_at": T,
        "email": ADA,
        "consent": True,
        **fields,
    }


def checkout_step(**fields: Any) -> dict[str, Any]:
    return {
        "type": "checkout.step",
        "cart_id": CART_ID,
        "occurred_at": T,
        "step": "payment",
        **fields,
    }


def payment_failed(**fields: Any) -> dict[str, Any]:
    return {"type": "payment.failed", "cart_id": CART_ID, "occurred_at": T, **fields}


def order_completed(**fields: Any) -> dict[str, Any]:
    return {
        "type": "order.completed",
        "cart_id": CART_ID,
        "occurred_at": T,
        "order_id": "o-1",
        **fields,
    }


def opted_out(**fields: Any) -> dict[str, Any]:
    return {
        "type": "customer.opted_out",
        "cart_id": CART_ID,
        "occurred_at": T,
        "email": ADA,
        **fields,
    }


def event(raw: dict[str, Any]) -> Event:
    return parse_event(raw, now=NOW)


def planned(
    raw: dict[str, Any],
    *,
    assumed: Assumptions = IN_ORDER,
    shop: Shop = SHOP,
    source: Source = Source.SIGNED,
) -> Update | None:
    """plan_update for `raw`, at the event's own time as CartStore.apply takes it."""
    the_event = event(raw)
    t = the_event.occurred_at if the_event.occurred_at is not None else NOW
    return plan_update(
        shop, the_event, t=t, now=NOW, assumed=assumed, addresses=ADDRESSES, source=source
    )


# --- Reading an Update back -----------------------------------------------------------


@dataclass(frozen=True)
class Expr:
    """A computed right-hand side, placeholders resolved: ``if_not_exists(created_at, 5)``."""

    text: str


@dataclass(frozen=True)
class Plan:
    sets: dict[str, Any]  # attribute -> its Python value, or Expr when computed
    removes: set[str]
    adds: dict[str, Any]
    conditions: set[str]  # each as given to Update.when, resolved

    def writes(self, attribute: str) -> bool:
        return attribute in self.sets or attribute in self.removes or attribute in self.adds


_PLACEHOLDER = re.compile(r"#\w+|:v\d+")
_VALUE = re.compile(r":v\d+")


def resolve(text: str, update: Update) -> str:
    """`text` with each name placeholder replaced by the name, each value by its repr."""

    def one(match: re.Match[str]) -> str:
        token = match.group()
        if token.startswith("#"):
            return update.names[token]
        value = update.values[token]
        return repr(str(value)) if isinstance(value, str) else repr(value)  # StrEnum as str

    return _PLACEHOLDER.sub(one, text)


def split_top_level(text: str, separator: str) -> list[str]:
    """Split on `separator` outside parentheses."""
    parts: list[str] = []
    depth = start = 0
    for index, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and text.startswith(separator, index):
            parts.append(text[start:index])
            start = index + len(separator)
    parts.append(text[start:])
    return [part for part in parts if part]


def clauses(update: Update) -> list[tuple[str, str]]:
    """(action, item) for each SET, REMOVE and ADD item of the update expression."""
    pieces = re.split(r"(?:^| )(SET|REMOVE|ADD) ", update.update_expression)
    assert pieces[0] == "", update.update_expression
    return [
        (action, item)
        for action, body in zip(pieces[1::2], pieces[2::2], strict=True)
        for item in split_top_level(body, ", ")
    ]


def targets(update: Update) -> list[str]:
    """The attribute each clause writes, in order, repeats kept."""
    return [update.names[item.split(" ", 1)[0]] for _, item in clauses(update)]


def read(update: Update | None) -> Plan:
    assert update is not None, "expected an update, got None"
    plan = Plan(sets={}, removes=set(), adds={}, conditions=set())
    for action, item in clauses(update):
        if action == "SET":
            target, rhs = item.split(" = ", 1)
            plain = _VALUE.fullmatch(rhs)
            value = update.values[rhs] if plain else Expr(resolve(rhs, update))
            plan.sets[update.names[target]] = value
        elif action == "REMOVE":
            plan.removes.add(update.names[item])
        else:
            target, placeholder = item.split(" ")
            plan.adds[update.names[target]] = update.values[placeholder]
    for condition in split_top_level(update.condition_expression, " AND "):
        plan.conditions.add(resolve(condition, update))
    return plan


def plan(
    raw: dict[str, Any],
    *,
    assumed: Assumptions = IN_ORDER,
    shop: Shop = SHOP,
    source: Source = Source.SIGNED,
) -> Plan:
    return read(planned(raw, assumed=assumed, shop=shop, source=source))


def newest(attribute: str, t: int = T) -> str:
    """The condition that nothing newer than `t` is stored in `attribute`."""
    return f"(attribute_not_exists({attribute}) OR {attribute} <= {t})"


def new_event_id(event_id: str) -> str:
    return (
        f"(attribute_not_exists(event_ids) OR (NOT contains(event_ids, {event_id!r})"
        f" AND size(event_ids) < {MAX_EVENT_IDS}))"
    )


OPEN = "(attribute_not_exists(closed))"
ACTIVITY = {"last_activity_at", "due_at", "expires_at"}
CONTACT_FIELDS = {"email", "email_hash", "contact_key", "consent", "first_name", "phone"}


_AT_MOST = re.compile(r"\(attribute_not_exists\((#\w+)\) OR \1 <= (:v\d+)\)")
_MISSING = re.compile(r"\(attribute_not_exists\((#\w+)\)\)")
_NEW_ID = re.compile(
    r"\(attribute_not_exists\((#\w+)\) OR \(NOT contains\(\1, (:v\d+)\)"
    r" AND size\(\1\) < (:v\d+)\)\)"
)


def holds(update: Update, item: dict[str, Any]) -> bool:
    """Whether DynamoDB would accept `update`'s condition on the stored `item`.

    Knows only the condition shapes cart_updates writes; any other fails the test.
    """
    for condition in split_top_level(update.condition_expression, " AND "):
        if match := _AT_MOST.fullmatch(condition):
            stored = item.get(update.names[match[1]])
            ok = stored is None or stored <= update.values[match[2]]
        elif match := _MISSING.fullmatch(condition):
            ok = update.names[match[1]] not in item
        elif match := _NEW_ID.fullmatch(condition):
            ids = item.get(update.names[match[1]])
            new_id, limit = update.values[match[2]], update.values[match[3]]
            ok = ids is None or (new_id not in ids and len(ids) < limit)
        else:
            raise AssertionError(f"a condition this test cannot read: {condition}")
        if not ok:
            return False
    return True


# --- Every update is one DynamoDB can take ---------------------------------------------

EVERY_KIND_OF_UPDATE = [
    (cart_updated(locale="da", event_id="e-1"), IN_ORDER, SHOP),
    (order_completed(event_id="e-1"), Assumptions(ids_full=True), SHOP),
    (opted_out(event_id="e-1"), Assumptions(ids_full=True, closed=True), SHOP),
    (cart_updated(), Assumptions(activity_fresh=False), SHOP),
    (contact(first_name="Ada", phone="+45 12 34 56 78", locale="da"), IN_ORDER, SHOP),
    (contact(consent=False, event_id="e-1"), IN_ORDER, SHOP),
    (contact(consent=False), IN_ORDER, NOTICE_SHOP),
    (contact(), Assumptions(closed=True), SHOP),
    (contact(), Assumptions(activity_fresh=False, closed=True), SHOP),
    (checkout_step(event_id="e-1"), IN_ORDER, SHOP),
    (payment_failed(reason="card_declined", event_id="e-1"), IN_ORDER, SHOP),
    (payment_failed(), Assumptions(activity_fresh=False), SHOP),
    (order_completed(total="29.00", email=ADA, event_id="e-1"), IN_ORDER, SHOP),
    (order_completed(), Assumptions(activity_fresh=False, closed=True), SHOP),
    (opted_out(event_id="e-1"), IN_ORDER, SHOP),
]


@pytest.mark.parametrize(("raw", "assumed", "shop"), EVERY_KIND_OF_UPDATE)
def test_no_attribute_is_written_twice_in_one_update(
    raw: dict[str, Any], assumed: Assumptions, shop: Shop
) -> None:
    # DynamoDB rejects an update whose clauses overlap on one attribute.
    update = planned(raw, assumed=assumed, shop=shop)
    assert update is not None

    written = targets(update)

    assert len(written) == len(set(written)), update.update_expression


@pytest.mark.parametrize(("raw", "assumed", "shop"), EVERY_KIND_OF_UPDATE)
def test_every_placeholder_is_defined_and_used(
    raw: dict[str, Any], assumed: Assumptions, shop: Shop
) -> None:
    # DynamoDB rejects unused ExpressionAttributeNames/Values as firmly as undefined ones.
    update = planned(raw, assumed=assumed, shop=shop)
    assert update is not None

    used = set(_PLACEHOLDER.findall(f"{update.update_expression} {update.condition_expression}"))

    assert used == set(update.names) | set(update.values)


# --- cart.updated ----------------------------------------------------------------------


def test_cart_update_stores_the_lines_with_only_the_fields_given() -> None:
    p = plan(cart_updated())

    assert p.sets["items"] == [
        {
            "sku": "MUG",
            "name": "Mug",
            "quantity": 2,
            "unit_price": Decimal("12.50"),
            "image_url": "https://b.dk/mug.png",
            "url": "https://b.dk/mug",
        },
        {"sku": "TEA", "name": "Tea", "quantity": 1, "unit_price": Decimal("4")},
    ]
    assert p.sets["currency"] == "EUR"
    assert p.sets["subtotal"] == Decimal("29.00")
    assert p.sets["item_count"] == 3  # quantities, not lines
    assert p.sets["contents_at"] == T


def test_cart_update_identifies_the_cart_and_stamps_creation_once() -> None:
    p = plan(cart_updated())

    assert p.sets["shop_id"] == SHOP_ID
    assert p.sets["cart_id"] == CART_ID
    assert p.sets["created_at"] == Expr(f"if_not_exists(created_at, {NOW})")


def test_cart_update_is_activity_that_moves_due_time_and_expiry() -> None:
    p = plan(cart_updated())

    assert p.sets["last_activity_at"] == T
    assert p.sets["expires_at"] == T + RETENTION
    # The series continues where it stood (next_delay), or starts at the shop's first delay.
    assert p.sets["due_at"] == Expr(f"if_not_exists(next_delay, {FIRST_DELAY}) + {T}")


def test_cart_update_applies_only_if_nothing_newer_is_stored() -> None:
    p = plan(cart_updated())

    assert p.conditions == {newest("contents_at"), newest("last_activity_at")}


def test_cart_update_writes_locale_only_when_given() -> None:
    assert plan(cart_updated(locale="da-DK")).sets["locale"] == "da_DK"
    assert not plan(cart_updated()).writes("locale")


def test_cart_update_touches_neither_contact_nor_due_index() -> None:
    p = plan(cart_updated())

    assert not any(p.writes(attribute) for attribute in CONTACT_FIELDS | {"due_shard", "closed"})


# --- Out of order ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "own", "field", "value"),
    [
        (cart_updated(), "contents_at", "currency", "EUR"),
        (contact(), "contact_at", "email", ADA),
        (checkout_step(), "step_at", "checkout_step", "payment"),
    ],
)
def test_event_older_than_the_activity_still_updates_its_own_fields(
    raw: dict[str, Any], own: str, field: str, value: str
) -> None:
    # Given a cart with activity newer than this event
    p = plan(raw, assumed=Assumptions(activity_fresh=False))

    # Then the event's own fields are written, guarded by their own timestamp
    assert p.sets[field] == value
    assert p.sets[own] == T
    assert newest(own) in p.conditions
    # But activity, the due time and the expiry stay as the newer activity set them
    assert not any(p.writes(attribute) for attribute in ACTIVITY)
    assert newest("last_activity_at") not in p.conditions


@pytest.mark.parametrize("raw", [cart_updated(), contact(), checkout_step()])
def test_event_older_than_its_own_field_and_the_activity_changes_nothing(
    raw: dict[str, Any],
) -> None:
    assumed = Assumptions(activity_fresh=False, own_fresh=False)

    assert planned(raw, assumed=assumed) is None


def test_checkout_step_records_the_step_as_activity() -> None:
    p = plan(checkout_step())

    assert p.sets["checkout_step"] == "payment"
    assert p.sets["step_at"] == T
    assert p.sets["last_activity_at"] == T
    assert p.conditions == {newest("step_at"), newest("last_activity_at")}


# --- checkout.contact ------------------------------------------------------------------


def test_contact_records_the_address_its_hash_and_consent() -> None:
    p = plan(contact())

    assert p.sets["email"] == ADA
    assert p.sets["email_hash"] == ADA_HASH
    assert p.sets["contact_key"] == f"{SHOP_ID}#{ADA_HASH}"
    assert p.sets["consent"] is True
    assert p.sets["contact_at"] == T
    assert p.sets["last_activity_at"] == T


def test_contact_applies_only_to_an_open_cart_with_nothing_newer() -> None:
    p = plan(contact())

    assert p.conditions == {OPEN, newest("contact_at"), newest("last_activity_at")}


def test_contact_writes_optional_fields_only_when_given() -> None:
    full = plan(contact(first_name="Ada", phone="+45 12 34 56 78", locale="sv-SE"))
    bare = plan(contact())

    assert (full.sets["first_name"], full.sets["phone"], full.sets["locale"]) == (
        "Ada",
        "+45 12 34 56 78",
        "sv_SE",
    )
    # A contact without them keeps what an earlier one stored: nothing is removed.
    assert not any(bare.writes(attribute) for attribute in ("first_name", "phone", "locale"))


@pytest.mark.parametrize(
    ("consent", "shop"),
    [(True, SHOP), (True, NOTICE_SHOP), (False, NOTICE_SHOP)],
    ids=["consent", "consent-notice-policy", "no-consent-notice-policy"],
)
def test_contact_that_may_be_emailed_enters_the_due_index(consent: bool, shop: Shop) -> None:
    p = plan(contact(consent=consent), shop=shop)

    assert p.sets["due_shard"] == zlib.crc32(f"{SHOP_ID}#{CART_ID}".encode()) % DUE_SHARDS
    assert "due_shard" not in p.removes


def test_contact_without_consent_under_required_policy_leaves_the_due_index() -> None:
    p = plan(contact(consent=False))

    assert p.sets["consent"] is False
    assert "due_shard" in p.removes
    assert "due_shard" not in p.sets


@pytest.mark.parametrize(
    ("hold", "held", "cleared", "indexed"),
    [
        (True, True, False, False),  # a storefront address past the hourly cap
        (False, False, True, True),  # a signed call, or a storefront address under the cap
    ],
)
def test_a_held_contact_is_kept_but_not_indexed(
    hold: bool, held: bool, cleared: bool, indexed: bool
) -> None:
    the_event = event(contact())
    p = read(
        plan_update(
            SHOP, the_event, t=NOW, now=NOW, assumed=IN_ORDER, addresses=ADDRESSES, hold=hold
        )
    )

    assert p.sets["email"] == ADA
    assert (p.sets.get("contact_held") is True) is held
    assert ("contact_held" in p.removes) is cleared
    assert ("due_shard" in p.sets) is indexed


def test_contact_on_a_closed_cart_keeps_who_bought() -> None:
    # Given a cart already closed (say by an order)
    p = plan(contact(email="someone.else@example.com"), assumed=Assumptions(closed=True))

    # Then no contact field is written and the due index is left alone
    kept = CONTACT_FIELDS - {"contact_key"} | {"locale", "due_shard"}
    assert not any(p.writes(attribute) for attribute in kept)
    # but an order told before its contact learns who bought, never replacing who it knows
    key = ADDRESSES.contact_key(SHOP_ID, "someone.else@example.com")
    assert p.sets["contact_key"] == Expr(f"if_not_exists(contact_key, {key!r})")
    # and the update no longer needs the cart to be open
    assert OPEN not in p.conditions
    # It still counts as the customer's latest contact and activity.
    assert p.sets["contact_at"] == T
    assert p.sets["last_activity_at"] == T


# --- order.completed and customer.opted_out --------------------------------------------


def test_order_records_the_purchase_and_who_bought() -> None:
    p = plan(order_completed(total="29.00", email=ADA))

    assert p.sets["ordered_at"] == T
    assert p.sets["order_id"] == "o-1"
    assert p.sets["order_total"] == Decimal("29.00")
    assert p.sets["contact_key"] == f"{SHOP_ID}#{ADA_HASH}"


def test_order_without_total_or_email_writes_neither() -> None:
    p = plan(order_completed())

    assert not p.writes("order_total")
    assert not p.writes("contact_key")
    assert not p.writes("email")


def test_order_closes_the_cart_and_leaves_the_due_index() -> None:
    p = plan(order_completed())

    assert p.sets["closed"] == Expr("if_not_exists(closed, 'ordered')")
    assert "due_shard" in p.removes
    # Kept for the retention period from when we learnt of it, not from when it happened
    assert p.sets["expires_at"] == NOW + RETENTION


def test_order_is_not_activity() -> None:
    p = plan(order_completed())

    assert not p.writes("last_activity_at")
    assert not p.writes("due_at")
    assert p.conditions == set()  # nothing to be newer than, and no event id to check


def test_order_applies_the_same_whatever_the_stored_cart_holds() -> None:
    late = Assumptions(activity_fresh=False, own_fresh=False, closed=True)

    assert plan(order_completed(), assumed=late) == plan(order_completed())


def test_opt_out_closes_the_cart_and_leaves_the_due_index() -> None:
    p = plan(opted_out())

    assert p.sets["opted_out_at"] == T
    assert p.sets["closed"] == Expr("if_not_exists(closed, 'opted_out')")
    assert "due_shard" in p.removes
    assert p.sets["expires_at"] == NOW + RETENTION
    assert not p.writes("last_activity_at")
    assert not p.writes("email")


# --- payment.failed --------------------------------------------------------------------


def test_payment_failure_is_counted_with_its_time_and_reason() -> None:
    p = plan(payment_failed(reason="card_declined"))

    assert p.adds["payment_failures"] == 1
    assert p.sets["payment_failed_at"] == T
    assert p.sets["payment_failure_reason"] == "card_declined"


def test_payment_failure_without_reason_is_other() -> None:
    assert plan(payment_failed()).sets["payment_failure_reason"] == "other"


def test_payment_failure_is_activity() -> None:
    p = plan(payment_failed())

    assert p.sets["last_activity_at"] == T
    assert p.sets["due_at"] == Expr(f"if_not_exists(next_delay, {FIRST_DELAY}) + {T}")
    assert p.conditions == {newest("last_activity_at")}


def test_late_payment_failure_is_still_counted_without_any_condition() -> None:
    # Payment failures own no timestamp: a late one is counted, and stamps its own (older) time.
    p = plan(payment_failed(), assumed=Assumptions(activity_fresh=False))

    assert p.adds["payment_failures"] == 1
    assert p.sets["payment_failed_at"] == T
    assert not p.writes("last_activity_at")
    assert p.conditions == set()


# --- event_id --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [cart_updated(), contact(), checkout_step(), payment_failed(), order_completed(), opted_out()],
    ids=lambda raw: str(raw["type"]),
)
def test_event_id_must_be_new_and_under_the_limit_and_is_recorded(raw: dict[str, Any]) -> None:
    p = plan({**raw, "event_id": "e-1"})

    assert new_event_id("e-1") in p.conditions
    assert p.adds["event_ids"] == {"e-1"}


@pytest.mark.parametrize(
    "raw",
    [cart_updated(), contact(), checkout_step(), payment_failed(), order_completed(), opted_out()],
    ids=lambda raw: str(raw["type"]),
)
def test_event_without_id_neither_checks_nor_records_ids(raw: dict[str, Any]) -> None:
    p = plan(raw)

    assert not p.writes("event_ids")
    assert not any("event_ids" in condition for condition in p.conditions)


# --- diagnose --------------------------------------------------------------------------


def ids(count: int) -> set[str]:
    return {f"old-{n}" for n in range(count)}


def test_diagnose_a_stored_event_id_is_a_duplicate() -> None:
    stored = {"event_ids": {"e-1", "e-2"}, "last_activity_at": Decimal(T - HOUR)}

    assert diagnose(stored, event(payment_failed(event_id="e-1")), T) is Verdict.DUPLICATE


def test_diagnose_a_replay_at_the_limit_is_still_a_duplicate() -> None:
    stored = {"event_ids": ids(MAX_EVENT_IDS - 1) | {"e-1"}}

    assert diagnose(stored, event(payment_failed(event_id="e-1")), T) is Verdict.DUPLICATE


def test_diagnose_a_new_id_on_a_full_cart_is_the_event_limit() -> None:
    stored = {"event_ids": ids(MAX_EVENT_IDS)}

    assert diagnose(stored, event(payment_failed(event_id="e-1")), T) is Verdict.EVENT_LIMIT


def test_diagnose_a_new_id_just_under_the_limit_is_accepted() -> None:
    stored = {"event_ids": ids(MAX_EVENT_IDS - 1)}

    assert diagnose(stored, event(payment_failed(event_id="e-1")), T) == IN_ORDER


def test_diagnose_an_event_without_id_ignores_the_stored_ids() -> None:
    stored = {"event_ids": ids(MAX_EVENT_IDS), "closed": "ordered"}

    assert diagnose(stored, event(contact()), T) == Assumptions(closed=True)


def test_diagnose_a_missing_cart_gives_the_in_order_assumptions() -> None:
    assert diagnose({}, event(cart_updated(event_id="e-1")), T) == IN_ORDER


def test_diagnose_newer_activity() -> None:
    stored = {"last_activity_at": Decimal(T + 1), "contents_at": Decimal(T - HOUR)}

    assert diagnose(stored, event(cart_updated()), T) == Assumptions(activity_fresh=False)


def test_diagnose_activity_at_the_same_second_is_not_newer() -> None:
    # The same rule as the condition: stored <= t lets the event through.
    stored = {"last_activity_at": Decimal(T), "contents_at": Decimal(T)}

    assert diagnose(stored, event(cart_updated()), T) == IN_ORDER


@pytest.mark.parametrize(
    ("raw", "own"),
    [(cart_updated(), "contents_at"), (contact(), "contact_at"), (checkout_step(), "step_at")],
)
def test_diagnose_a_newer_own_field(raw: dict[str, Any], own: str) -> None:
    stored = {"last_activity_at": Decimal(T + HOUR), own: Decimal(T + HOUR)}

    assert diagnose(stored, event(raw), T) == Assumptions(activity_fresh=False, own_fresh=False)


def test_diagnose_reads_only_the_field_this_event_owns() -> None:
    # Newer contact and step do not make a cart update's contents stale.
    stored = {"contact_at": Decimal(T + HOUR), "step_at": Decimal(T + HOUR)}

    assert diagnose(stored, event(cart_updated()), T) == IN_ORDER


@pytest.mark.parametrize("raw", [payment_failed(), order_completed(), opted_out()])
def test_diagnose_events_without_an_own_field_are_never_own_stale(raw: dict[str, Any]) -> None:
    stored = {"contents_at": Decimal(T + HOUR), "contact_at": Decimal(T + HOUR)}

    assert diagnose(stored, event(raw), T) == IN_ORDER


def test_diagnose_a_closed_cart() -> None:
    stored = {"closed": "opted_out", "last_activity_at": Decimal(T - HOUR)}

    assert diagnose(stored, event(contact()), T) == Assumptions(closed=True)


# --- diagnose, then plan again ---------------------------------------------------------


LATE_CART_UPDATE = (
    {"last_activity_at": Decimal(T + HOUR), "contents_at": Decimal(T - HOUR)},
    cart_updated(event_id="e-2"),
    Assumptions(activity_fresh=False),
)
LATE_CONTACT = (
    {"last_activity_at": Decimal(T + HOUR), "contact_at": Decimal(T - HOUR)},
    contact(),
    Assumptions(activity_fresh=False),
)
LATE_PAYMENT_FAILURE = (
    {"last_activity_at": Decimal(T + HOUR), "event_ids": {"e-1"}},
    payment_failed(event_id="e-2"),
    Assumptions(activity_fresh=False),
)
CONTACT_AFTER_ORDER = (
    {"closed": "ordered", "ordered_at": Decimal(T - 1), "last_activity_at": Decimal(T - HOUR)},
    contact(email="someone.else@example.com"),
    Assumptions(closed=True),
)
LATE_CONTACT_AFTER_ORDER = (
    {"closed": "ordered", "last_activity_at": Decimal(T + HOUR)},
    contact(),
    Assumptions(activity_fresh=False, closed=True),
)


@pytest.mark.parametrize(
    ("stored", "raw", "assumptions"),
    [
        LATE_CART_UPDATE,
        LATE_CONTACT,
        LATE_PAYMENT_FAILURE,
        CONTACT_AFTER_ORDER,
        LATE_CONTACT_AFTER_ORDER,
    ],
    ids=[
        "late-cart-update",
        "late-contact",
        "late-payment-failure",
        "contact-after-order",
        "late-contact-after-order",
    ],
)
def test_diagnose_then_plan_again_fits_the_stored_cart(
    stored: dict[str, Any], raw: dict[str, Any], assumptions: Assumptions
) -> None:
    # Given a stored cart on which the in-order plan fails
    first = planned(raw)
    assert first is not None
    assert not holds(first, stored)

    # When the stored cart is diagnosed and the update planned again
    diagnosed = diagnose(stored, event(raw), T)
    assert diagnosed == assumptions
    assert isinstance(diagnosed, Assumptions)
    second = planned(raw, assumed=diagnosed)

    # Then the second plan's condition holds: the loop ends after one retry
    assert second is not None
    assert holds(second, stored)


def test_late_cart_update_planned_again_drops_only_the_activity_assumption() -> None:
    stored, raw, _ = LATE_CART_UPDATE
    diagnosed = diagnose(stored, event(raw), T)
    assert isinstance(diagnosed, Assumptions)

    p = plan(raw, assumed=diagnosed)

    assert newest("last_activity_at") not in p.conditions
    assert not any(p.writes(attribute) for attribute in ACTIVITY)
    # A newer cart update landing meanwhile, or a replay, would still stop it.
    assert p.conditions == {newest("contents_at"), new_event_id("e-2")}
    assert p.sets["currency"] == "EUR"


def test_contact_after_order_planned_again_no_longer_writes_the_contact() -> None:
    stored, raw, _ = CONTACT_AFTER_ORDER
    diagnosed = diagnose(stored, event(raw), T)
    assert isinstance(diagnosed, Assumptions)

    p = plan(raw, assumed=diagnosed)

    assert OPEN not in p.conditions
    key = ADDRESSES.contact_key(SHOP_ID, "someone.else@example.com")
    assert p.sets["contact_key"] == Expr(f"if_not_exists(contact_key, {key!r})")
    assert not p.writes("email")


def test_cart_update_older_than_the_stored_contents_is_planned_as_nothing() -> None:
    stored = {"last_activity_at": Decimal(T + HOUR), "contents_at": Decimal(T + MINUTE)}
    diagnosed = diagnose(stored, event(cart_updated()), T)
    assert isinstance(diagnosed, Assumptions)

    assert planned(cart_updated(), assumed=diagnosed) is None


# --- What the storefront may do (issue 17) ---------------------------------------------

STOREFRONT = Source.STOREFRONT
STOREFRONT_MAY_NAME = (
    f"(attribute_not_exists(email_hash) OR (email_hash = {ADA_HASH!r}"
    " AND contact_from = 'storefront'))"
)


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (cart_updated(), "items_from"),
        (contact(first_name="Ada"), "first_name_from"),
        (contact(), "contact_from"),
    ],
)
@pytest.mark.parametrize("source", list(Source))
def test_what_is_told_is_marked_with_who_told_it(
    raw: dict[str, Any], field: str, source: Source
) -> None:
    assert plan(raw, source=source).sets[field] == source


def test_a_contact_without_a_first_name_leaves_its_mark_alone() -> None:
    assert not plan(contact(), source=STOREFRONT).writes("first_name_from")


def test_a_storefront_contact_needs_a_cart_without_an_address_or_with_its_own() -> None:
    assert STOREFRONT_MAY_NAME in plan(contact(), source=STOREFRONT).conditions
    assert (
        STOREFRONT_MAY_NAME
        in plan(contact(), source=STOREFRONT, assumed=Assumptions(closed=True)).conditions
    )
    assert not any("email_hash" in condition for condition in plan(contact()).conditions)


@pytest.mark.parametrize(
    ("stored", "ignored"),
    [
        ({}, False),
        ({"email_hash": ADA_HASH, "contact_from": "storefront"}, False),  # its own, told again
        ({"email_hash": ADA_HASH, "contact_from": "signed"}, True),  # the shop's, even the same
        ({"email_hash": ADA_HASH}, True),  # a cart from before the mark
        ({"email_hash": "another", "contact_from": "storefront"}, True),
        ({"email_hash": "another", "contact_from": "signed", "closed": "ordered"}, True),
    ],
)
def test_diagnose_a_storefront_contact_on_a_cart_with_an_address(
    stored: dict[str, Any], ignored: bool
) -> None:
    verdict = diagnose(stored, event(contact()), T, storefront_address=ADA_HASH)

    assert (verdict is Verdict.ADDRESS_TAKEN) is ignored


def test_a_signed_contact_replaces_any_address() -> None:
    stored = {"email_hash": "another", "contact_from": "storefront"}

    assert diagnose(stored, event(contact()), T) == IN_ORDER


def test_a_storefront_order_closes_its_cart_but_records_no_total() -> None:
    p = plan(order_completed(total="999999999999.9999"), source=STOREFRONT)

    assert p.sets["closed"] == Expr("if_not_exists(closed, 'ordered')")
    assert not p.writes("order_total")


@pytest.mark.parametrize("raw", [order_completed(), opted_out()], ids=["order", "opt-out"])
def test_diagnose_a_terminal_event_past_the_cap_applies_it(raw: dict[str, Any]) -> None:
    stored = {"event_ids": ids(MAX_EVENT_IDS)}

    assert diagnose(stored, event({**raw, "event_id": "e-1"}), T) == Assumptions(ids_full=True)
    full = {**stored, "event_ids": ids(MAX_EVENT_IDS) | {"e-1"}}
    assert diagnose(full, event({**raw, "event_id": "e-1"}), T) is Verdict.DUPLICATE


def test_a_terminal_event_past_the_cap_checks_its_id_but_keeps_it_not() -> None:
    p = plan(order_completed(event_id="e-1"), assumed=Assumptions(ids_full=True))

    assert p.conditions == {"(NOT contains(event_ids, 'e-1'))"}
    assert not p.writes("event_ids")
    assert p.sets["closed"] == Expr("if_not_exists(closed, 'ordered')")
