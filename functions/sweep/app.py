"""sweep: every minute (EventBridge), claim the carts whose next email is due.

Schedule -> kurv.recover.sweep.sweep -> kurv.recover.claims.ClaimStore (due index query,
conditional claims).
Each claim is a stream record that the send function picks up.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.utilities.typing import LambdaContext

from kurv.core.aws import dynamodb_client
from kurv.core.clock import Clock, SystemClock
from kurv.core.observability import Metric, count, logger, metrics, traced
from kurv.recover.claims import ClaimStore
from kurv.recover.sweep import sweep
from kurv.wiring import Lazy, build_claim_store, load_settings

claims: Lazy[ClaimStore] = Lazy(lambda: build_claim_store(load_settings(), dynamodb_client()))
clock: Lazy[Clock] = Lazy(SystemClock)


@logger.inject_lambda_context(clear_state=True)
@metrics.log_metrics
@traced
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, int]:
    report = sweep(
        claims.get(),
        now=clock.get().now(),
        seconds_left=lambda: context.get_remaining_time_in_millis() / 1000,
    )
    count(Metric.CARTS_CLAIMED, report.claimed + report.recovered)
    # Published every run, zero included, so an alarm can tell "no backlog" from "no sweep".
    count(Metric.SWEEP_BACKLOG, report.backlog)
    logger.info("sweep", extra=vars(report))
    return vars(report)
