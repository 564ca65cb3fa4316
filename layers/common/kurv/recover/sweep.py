"""The sweep: every minute, claim each cart whose next email is due, within a time budget.

Reads the sparse due index only (never the whole table). Claims are conditional, so two
sweeps running at once split the work instead of doubling it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from kurv.core.model import DUE_SHARDS
from kurv.recover.claims import Claim, ClaimStore

PAGE_SIZE = 100
RESERVE_SECONDS = 5.0  # stop claiming this long before the function's deadline


@dataclass
class SweepReport:
    read: int = 0  # index entries read
    claimed: int = 0
    recovered: int = 0  # dead workers' claims taken over
    lost: int = 0  # changed under us, or claimed by an overlapping sweep
    backlog: int = 0  # still due when the time budget ran out: the next run takes them


def sweep(
    claims: ClaimStore,
    *,
    now: int,
    seconds_left: Callable[[], float],
    new_claim_id: Callable[[], str] = lambda: uuid.uuid4().hex,
) -> SweepReport:
    report = SweepReport()
    # Start at a different shard each minute so a backlog never starves the same shards.
    first = (now // 60) % DUE_SHARDS
    for shard in [(first + offset) % DUE_SHARDS for offset in range(DUE_SHARDS)]:
        if seconds_left() < RESERVE_SECONDS:
            report.backlog += claims.count_due(shard, now)
            continue
        _sweep_shard(
            claims,
            shard,
            now,
            seconds_left=seconds_left,
            new_claim_id=new_claim_id,
            report=report,
        )
    return report


def _sweep_shard(
    claims: ClaimStore,
    shard: int,
    now: int,
    *,
    seconds_left: Callable[[], float],
    new_claim_id: Callable[[], str],
    report: SweepReport,
) -> None:
    start = None
    while True:
        keys, start = claims.due(shard, now, limit=PAGE_SIZE, start=start)
        report.read += len(keys)
        for key in keys:
            if seconds_left() < RESERVE_SECONDS:
                report.backlog += claims.count_due(shard, now)
                return
            outcome = claims.claim(key, now=now, claim_id=new_claim_id())
            if outcome is Claim.CLAIMED:
                report.claimed += 1
            elif outcome is Claim.RECOVERED:
                report.recovered += 1
            else:
                report.lost += 1
        if start is None:
            return
