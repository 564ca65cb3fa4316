"""The sweep: reads what is due and nothing else, claims within its budget, counts the rest."""

from __future__ import annotations

import io
import json
import logging
from itertools import count

from helpers import Api, advance, cart_updated, contact
from kurv.core.clock import HOUR
from kurv.core.model import DUE_SHARDS
from kurv.core.observability import logger
from kurv.recover.claims import Claim, ClaimStore
from kurv.recover.sweep import RESERVE_SECONDS, sweep
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.spy import Spy
from kurv_tools.local.stack import LocalStack


def fill(api: Api, carts: int, *, with_email: bool = True) -> None:
    for number in range(carts):
        if with_email:
            api.post(contact(cart_id=f"c{number}"))
        api.post(cart_updated(cart_id=f"c{number}"))


def store(stack: LocalStack) -> ClaimStore:
    return ClaimStore(stack.dynamodb, stack.settings.carts_table)


def test_sweep_reads_only_due_carts(api: Api, stack: LocalStack) -> None:
    fill(api, 6)
    fill(api, 6, with_email=False)  # carts without an address: not in the index at all
    stack.clock.advance(30 * 60)
    api.post(cart_updated(cart_id="c0"))  # active again: due later than the rest
    stack.clock.advance(40 * 60)
    counter = Spy(stack.dynamodb)

    report = sweep(store(stack), now=stack.clock.now(), seconds_left=lambda: 60.0)

    assert (report.read, report.claimed, report.lost, report.backlog) == (5, 5, 0, 0)
    assert "Scan" not in counter.calls
    assert counter.count("Query") == DUE_SHARDS  # one per shard of the due index
    assert counter.count("UpdateItem") == 5  # one conditional claim per due cart


def test_sweep_stops_within_its_budget_and_counts_the_backlog(api: Api, stack: LocalStack) -> None:
    fill(api, 6)
    stack.clock.advance(HOUR)
    ticks = count()
    # Each look at the clock costs a second; the budget allows a few claims only.
    budget = 12.0

    report = sweep(store(stack), now=stack.clock.now(), seconds_left=lambda: budget - next(ticks))

    assert report.claimed >= 1
    assert report.claimed + report.backlog == 6
    assert report.backlog >= 1
    later = sweep(store(stack), now=stack.clock.now(), seconds_left=lambda: 60.0)
    assert later.claimed == report.backlog  # the next run takes what was left


def test_no_budget_claims_nothing_and_reports_everything_due(api: Api, stack: LocalStack) -> None:
    fill(api, 3)
    stack.clock.advance(HOUR)

    report = sweep(store(stack), now=stack.clock.now(), seconds_left=lambda: RESERVE_SECONDS - 1)

    assert (report.claimed, report.backlog) == (0, 3)


def test_overlapping_sweeps_split_the_work(api: Api, stack: LocalStack) -> None:
    fill(api, 4)
    stack.clock.advance(HOUR)
    first, second = store(stack), store(stack)

    a = sweep(first, now=stack.clock.now(), seconds_left=lambda: 60.0)
    b = sweep(second, now=stack.clock.now(), seconds_left=lambda: 60.0)

    assert (a.claimed, b.claimed, b.read) == (4, 0, 0)


def test_sweep_handler_reports_what_it_did(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    fill(api, 2)
    stack.clock.advance(HOUR)

    result = loop.sweep()

    assert result == {"read": 2, "claimed": 2, "recovered": 0, "lost": 0, "backlog": 0}


def test_logs_carry_ids_never_addresses_or_names(api: Api, loop: LocalLoop) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logger.registered_formatter)
    previous = logger.log_level
    underlying = logging.getLogger(logger.name)
    underlying.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        api.post(contact(email="grace.hopper@example.org", first_name="Grace"))
        api.post(cart_updated())
        advance(loop, HOUR)
        api.post({"type": "order.completed", "cart_id": "c1", "order_id": "o1"})
    finally:
        logger.setLevel(previous)
        underlying.removeHandler(handler)
    logged = stream.getvalue()

    lines = [json.loads(line) for line in logged.splitlines()]
    assert any(line.get("cart_id") == "c1" and line.get("outcome") == "sent" for line in lines)
    assert "grace.hopper" not in logged
    assert "Grace" not in logged


def test_a_claim_never_creates_a_cart(stack: LocalStack) -> None:
    # Why send's stream filter need not say MODIFY: no INSERT can carry a claim_id.
    outcome = store(stack).claim("test-shop#gone", now=stack.clock.now(), claim_id="k1")

    assert outcome is Claim.LOST
    assert store(stack).get("test-shop#gone") is None
