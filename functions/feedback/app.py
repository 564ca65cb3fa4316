"""feedback: SES's bounce and complaint events, through EventBridge.

EventBridge event (source aws.ses) -> kurv.feedback.desk.FeedbackDesk.handle
-> kurv.core.suppressions (a permanent bounce or a complaint: never email that address again).
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.utilities.data_classes import EventBridgeEvent, event_source
from aws_lambda_powertools.utilities.typing import LambdaContext

from kurv.core.aws import dynamodb_client, secretsmanager_client
from kurv.core.clock import SystemClock
from kurv.core.observability import logger, metrics
from kurv.feedback.desk import FeedbackDesk
from kurv.wiring import Lazy, build_feedback_desk, load_settings

desk: Lazy[FeedbackDesk] = Lazy(
    lambda: build_feedback_desk(
        load_settings(), SystemClock(), dynamodb_client(), secretsmanager_client()
    )
)


@logger.inject_lambda_context(clear_state=True)
@metrics.log_metrics
@event_source(data_class=EventBridgeEvent)
def handler(event: EventBridgeEvent, context: LambdaContext) -> dict[str, Any]:
    return {"outcome": desk.get().handle(dict(event.detail)).value}
