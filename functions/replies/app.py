"""replies: SES received a message for the ReplyDomain and stored it in S3.

SES receipt event -> kurv.replies.replying.ReplyDesk.file (the raw message from S3, by id)
-> kurv.replies.inbound (the customer's words, the reason, auto-replies)
-> kurv.replies.reply_store, the cart closed (the series ends) and kurv.core.mailer (forwarded
to the shop).
Filing is idempotent on the message id: SES may invoke twice for one message.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.utilities.data_classes import SESEvent, event_source
from aws_lambda_powertools.utilities.typing import LambdaContext

from kurv.core.aws import dynamodb_client, s3_client, secretsmanager_client, sesv2_client
from kurv.core.clock import SystemClock
from kurv.core.observability import logger, metrics
from kurv.replies.replying import ReplyDesk
from kurv.replies.verdicts import Verdicts
from kurv.wiring import Lazy, build_reply_desk, load_settings

desk: Lazy[ReplyDesk] = Lazy(
    lambda: build_reply_desk(
        load_settings(),
        SystemClock(),
        dynamodb=dynamodb_client(),
        ses=sesv2_client(),
        secrets=secretsmanager_client(),
        s3=s3_client(),
    )
)


@logger.inject_lambda_context(clear_state=True)
@metrics.log_metrics
@event_source(data_class=SESEvent)
def handler(event: SESEvent, context: LambdaContext) -> dict[str, Any]:
    outcomes = [
        desk.get()
        .file(
            message_id=record.ses.mail.message_id,
            timestamp=record.ses.mail.timestamp,
            recipients=tuple(record.ses.receipt.recipients),
            verdicts=Verdicts.from_receipt(record.ses.receipt.raw_event),
        )
        .value
        for record in event.records
    ]
    return {"outcomes": outcomes}
