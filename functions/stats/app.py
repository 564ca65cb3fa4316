"""stats: the carts table's stream, every change, becomes each shop's daily figures.

Stream batch -> kurv.stats.counting.changes (per record: what the change adds to its shop's day)
-> kurv.stats.keeper.StatsKeeper (one UpdateItem per shop and day in the batch, through
kurv.core.stats_store; and the dashboard's figures counted as the report counts them).
`kurv report` reads those days, never the carts.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.utilities.data_classes import DynamoDBStreamEvent, event_source
from aws_lambda_powertools.utilities.typing import LambdaContext

from kurv.core.aws import dynamodb_client
from kurv.core.clock import SystemClock
from kurv.core.observability import logger, metrics
from kurv.stats.keeper import StatsKeeper
from kurv.wiring import Lazy, build_stats_keeper, load_settings

keeper: Lazy[StatsKeeper] = Lazy(
    lambda: build_stats_keeper(load_settings(), SystemClock(), dynamodb_client())
)


@logger.inject_lambda_context(clear_state=True)
@metrics.log_metrics
@event_source(data_class=DynamoDBStreamEvent)
def handler(event: DynamoDBStreamEvent, context: LambdaContext) -> dict[str, Any]:
    changed = [
        (
            dict(record.dynamodb.old_image or {}) if record.dynamodb else {},
            dict(record.dynamodb.new_image or {}) if record.dynamodb else {},
            (record.dynamodb.approximate_creation_date_time or 0) if record.dynamodb else 0,
        )
        for record in event.records
    ]
    return {"days": keeper.get().record(changed)}
