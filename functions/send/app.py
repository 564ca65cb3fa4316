"""send: the carts table's stream, filtered to claims, becomes at most one email per claim.

Stream batch -> Powertools BatchProcessor -> kurv.recover.sending.Sender.deliver (per record)
-> kurv.recover.decisions.decide -> kurv.recover.claims (conditional marks)
-> kurv.core.mailer (SES v2).
A record that raises is reported back as failed; the others in the batch are kept.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.utilities.batch import (
    BatchProcessor,
    EventType,
    process_partial_response,
)
from aws_lambda_powertools.utilities.batch.types import PartialItemFailureResponse
from aws_lambda_powertools.utilities.data_classes.dynamo_db_stream_event import DynamoDBRecord
from aws_lambda_powertools.utilities.typing import LambdaContext

from kurv.core.aws import dynamodb_client, sesv2_client
from kurv.core.clock import SystemClock
from kurv.core.observability import logger, metrics, traced
from kurv.recover.sending import Delivery, Sender
from kurv.wiring import Lazy, build_sender, load_settings

processor = BatchProcessor(event_type=EventType.DynamoDBStreams)
delivery: Lazy[Sender] = Lazy(
    lambda: build_sender(load_settings(), SystemClock(), dynamodb_client(), sesv2_client())
)


def deliver(record: DynamoDBRecord) -> Delivery:
    image = record.dynamodb.new_image if record.dynamodb else {}
    return delivery.get().deliver(str(image["pk"]), str(image["claim_id"]))


@logger.inject_lambda_context(clear_state=True)
@metrics.log_metrics
@traced
def handler(event: dict[str, Any], context: LambdaContext) -> PartialItemFailureResponse:
    return process_partial_response(
        event=event, record_handler=deliver, processor=processor, context=context
    )
