"""privacy: the privacy queue's requests, each done through the stores that own the data.

SQS batch -> Powertools BatchProcessor -> kurv.core.privacy.PrivacyRequest (per message)
-> kurv.privacy.desk.PrivacyDesk.handle: a person's erasure (kurv.privacy.erasure.forget),
a shop's erasure (erase_shop) or a data request kept (kurv.privacy.request_log).
A message that raises, unreadable ones included, is reported back as failed and returns to
the queue; the others in the batch are done. So is one the invocation has too little time
left to start. After a few tries it waits in the
dead-letter queue (PrivacyDeadLetterQueue, alarmed).
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.utilities.batch import (
    BatchProcessor,
    EventType,
    process_partial_response,
)
from aws_lambda_powertools.utilities.batch.types import PartialItemFailureResponse
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from aws_lambda_powertools.utilities.typing import LambdaContext

from kurv.core.aws import dynamodb_client, s3_client, secretsmanager_client
from kurv.core.observability import logger, metrics
from kurv.core.privacy import PrivacyRequest
from kurv.privacy.desk import Done, PrivacyDesk
from kurv.wiring import Lazy, build_privacy_desk, load_settings

# A request starts only while this much of the invocation is left: an erasure that could not
# finish goes back to the queue alone instead of timing out the batch with it.
START_BUDGET_MS = 5 * 60 * 1000
processor = BatchProcessor(event_type=EventType.SQS)
desk: Lazy[PrivacyDesk] = Lazy(
    lambda: build_privacy_desk(
        load_settings(),
        dynamodb=dynamodb_client(),
        s3=s3_client(),
        secrets=secretsmanager_client(),
    )
)


class UnreadableRequest(ValueError):
    """A message that is not a privacy request. Said without its contents: they may hold
    an address, and this goes to the logs."""


class NoTimeLeft(RuntimeError):
    """Too little of the invocation is left to start this request: the next one will."""


def handle(record: SQSRecord, lambda_context: LambdaContext) -> Done:
    if lambda_context.get_remaining_time_in_millis() < START_BUDGET_MS:
        raise NoTimeLeft(f"message {record.message_id} left for the next invocation")
    try:
        request = PrivacyRequest.from_message(record.body)
    except ValueError:
        raise UnreadableRequest(f"message {record.message_id} is not a privacy request") from None
    return desk.get().handle(request)


@logger.inject_lambda_context(clear_state=True)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> PartialItemFailureResponse:
    return process_partial_response(
        event=event, record_handler=handle, processor=processor, context=context
    )
