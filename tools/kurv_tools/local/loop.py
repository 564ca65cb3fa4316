"""The recovery loop on this machine: sweeps on a timer, the carts stream delivered to
`send` the way Lambda's event source mapping would (in order, filtered by the template's
own FilterCriteria, failed records retried, then parked like the on-failure queue), and the
privacy queue's messages delivered to `privacy` as Lambda's SQS mapping would (in batches,
each failed message back to the queue, the queue's redrive moving it to the dead-letter
queue after the template's maxReceiveCount)."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from kurv_tools.building.template import load_template, stream_filter
from kurv_tools.local.emulator import ACCOUNT_ID, REGION
from kurv_tools.local.stack import LocalStack, privacy_queue_names, queue_arn

BATCH_SIZE = 10  # as template.yaml's SendFunction event
STATS_BATCH_SIZE = 100  # as its StatsFunction event
MAX_RETRIES = 5
# As template.yaml's PrivacyFunction event.
PRIVACY_BATCH_SIZE = int(
    load_template()["Resources"]["PrivacyFunction"]["Properties"]["Events"]["Requests"][
        "Properties"
    ]["BatchSize"]
)


# Deliveries after a sweep's, at most, until the stream has nothing new: `send` writes, and
# what it wrote reaches `stats` in the next.
MAX_SETTLE_PASSES = 4


class StreamReader:
    """Reads every shard of a DynamoDB stream from where it left off."""

    def __init__(self, client: Any, stream_arn: str) -> None:
        self._client = client
        self.stream_arn = stream_arn
        self._iterators: dict[str, str | None] = {}

    def read(self) -> list[dict[str, Any]]:
        records: list[dict[str, Any]] = []
        shards = self._client.describe_stream(StreamArn=self.stream_arn)["StreamDescription"]
        for shard in shards["Shards"]:
            shard_id = shard["ShardId"]
            if shard_id not in self._iterators:
                self._iterators[shard_id] = self._client.get_shard_iterator(
                    StreamArn=self.stream_arn, ShardId=shard_id, ShardIteratorType="TRIM_HORIZON"
                )["ShardIterator"]
            records.extend(self._drain(shard_id))
        return records

    def _drain(self, shard_id: str) -> Iterator[dict[str, Any]]:
        while (iterator := self._iterators[shard_id]) is not None:
            response = self._client.get_records(ShardIterator=iterator, Limit=1000)
            self._iterators[shard_id] = response.get("NextShardIterator")
            if not response["Records"]:
                return
            for record in response["Records"]:
                yield _as_lambda_record(record, self.stream_arn)


class LocalLoop:
    def __init__(self, stack: LocalStack) -> None:
        self.stack = stack
        self.stream_filter = stream_filter("SendFunction")
        carts = stack.dynamodb.describe_table(TableName=stack.settings.carts_table)["Table"]
        self.stream = StreamReader(
            stack.emulator.client("dynamodbstreams"), carts["LatestStreamArn"]
        )
        self._sqs = stack.emulator.client("sqs")  # the privacy queue, polled as Lambda polls it
        self.parked: list[dict[str, Any]] = []  # what the on-failure queue would hold
        self._seen_sent = 0  # outbox messages already looked at for the mailbox simulator
        self.delivered: list[dict[str, Any]] = []  # records `send` took, oldest first
        self.deliveries = 0
        self._read_last = 0  # stream records the last delivery read
        self._lock = threading.RLock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    @property
    def lock(self) -> threading.RLock:
        """Held while a sweep or a delivery runs: what it writes is seen whole or not at all."""
        return self._lock

    def skip_backlog(self) -> None:
        """What is in the stream and the outbox now was restored from the last run
        (local.snapshot): delivered then, so neither `send` nor `stats` nor the mailbox
        simulator gets it again."""
        with self._lock:
            self.stream.read()
            self._seen_sent = len(self.stack.emulator.sent_messages())

    def run_due(self) -> int:
        """One sweep at the local clock's now, then every claim delivered: emails sent. What
        `send` wrote is delivered too (to `stats`) before it returns, so a report read next
        counts the emails it sent, as it does a moment later on AWS."""
        with self._lock:
            self.sweep()
            sent = self.deliver()
            for _ in range(MAX_SETTLE_PASSES):
                if not self._read_last:
                    break
                sent += self.deliver()
            return sent

    def sweep(self) -> dict[str, Any]:
        self.stack.verify_senders()
        now = self.stack.clock.now()
        result: dict[str, Any] = self.stack.invoke(
            "sweep",
            {
                "version": "0",
                "id": str(uuid.uuid4()),
                "detail-type": "Scheduled Event",
                "source": "aws.events",
                "account": ACCOUNT_ID,
                "region": REGION,
                "time": datetime.fromtimestamp(now, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "resources": [f"arn:aws:events:{REGION}:{ACCOUNT_ID}:rule/kurv-sweep"],
                "detail": {},
            },
        )
        return result

    def deliver(self) -> int:
        """Deliver new stream records to `send`; returns how many reached it. Emails to
        SES's mailbox simulator then come back as bounce or complaint events."""
        with self._lock:
            everything = self.stream.read()
            self._read_last = len(everything)
            records = [record for record in everything if self.stream_filter(record)]
            for start in range(0, len(records), BATCH_SIZE):
                self._deliver_batch(records[start : start + BATCH_SIZE])
            # The stats function's own mapping: every record, in batches of 100.
            for start in range(0, len(everything), STATS_BATCH_SIZE):
                self.stack.invoke(
                    "stats", {"Records": everything[start : start + STATS_BATCH_SIZE]}
                )
            if records:
                self.simulate_feedback()
            self.deliver_privacy()
            return len(records)

    def deliver_privacy(self) -> int:
        """Deliver the privacy queue's messages to `privacy`, a batch at a time, until the
        queue is empty; returns how many were done. A failed message goes back to the
        queue at once (Lambda waits out its visibility timeout) and after the template's
        maxReceiveCount receives the queue moves it to the dead-letter queue."""
        with self._lock:
            sqs = self._sqs
            queue, _ = privacy_queue_names(self.stack.prefix)
            url = self.stack.settings.privacy_queue_url
            done = 0
            while True:
                messages = sqs.receive_message(
                    QueueUrl=url,
                    MaxNumberOfMessages=PRIVACY_BATCH_SIZE,
                    AttributeNames=["All"],
                    VisibilityTimeout=60,
                ).get("Messages", [])
                if not messages:
                    return done
                records = [_as_sqs_record(message, queue_arn(queue)) for message in messages]
                try:
                    result = self.stack.invoke("privacy", {"Records": records})
                    failed = {
                        item["itemIdentifier"]
                        for item in (result or {}).get("batchItemFailures", [])
                    }
                except Exception:
                    failed = {message["MessageId"] for message in messages}
                for message in messages:
                    if message["MessageId"] in failed:
                        sqs.change_message_visibility(
                            QueueUrl=url,
                            ReceiptHandle=message["ReceiptHandle"],
                            VisibilityTimeout=0,
                        )
                    else:
                        sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
                        done += 1

    def simulate_feedback(self) -> int:
        """What SES's mailbox simulator answers, delivered to `feedback` as EventBridge
        would; returns how many events."""
        from kurv_tools.local.simulator import feedback_event

        with self._lock:
            messages = self.stack.emulator.sent_messages()
            fresh, self._seen_sent = messages[self._seen_sent :], len(messages)
            events = [
                event
                for message in fresh
                if (event := feedback_event(message, self.stack.clock.now())) is not None
            ]
            for event in events:
                self.stack.invoke("feedback", event)
            return len(events)

    def _deliver_batch(self, batch: list[dict[str, Any]]) -> None:
        attempts = 0
        while batch:
            self.deliveries += 1
            try:
                result = self.stack.invoke("send", {"Records": batch})
                failed = {
                    item["itemIdentifier"] for item in (result or {}).get("batchItemFailures", [])
                }
            except Exception:
                failed = {record["dynamodb"]["SequenceNumber"] for record in batch}
            self.delivered.extend(r for r in batch if r["dynamodb"]["SequenceNumber"] not in failed)
            if not failed:
                return
            attempts += 1
            # Lambda resumes from the first failed record, in order.
            first = next(
                i
                for i, record in enumerate(batch)
                if record["dynamodb"]["SequenceNumber"] in failed
            )
            batch = batch[first:]
            if attempts > MAX_RETRIES:
                self.parked.extend(batch)
                return

    def start(self, *, sweep_every: float = 5.0, poll_every: float = 0.5) -> None:
        """Sweep every few seconds and poll the stream often, until stop()."""
        for target, interval in ((self.run_due, sweep_every), (self.deliver, poll_every)):
            thread = threading.Thread(target=self._repeat, args=(target, interval), daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=10)

    def _repeat(self, target: Any, interval: float) -> None:
        while not self._stop.wait(interval):
            try:
                target()
            except Exception as error:
                print(f"local loop: {type(error).__name__}: {error}", flush=True)


def _as_lambda_record(record: dict[str, Any], stream_arn: str) -> dict[str, Any]:
    dynamodb = dict(record["dynamodb"])
    created = dynamodb.get("ApproximateCreationDateTime")
    if isinstance(created, datetime):
        dynamodb["ApproximateCreationDateTime"] = created.timestamp()
    return {**record, "dynamodb": dynamodb, "eventSourceARN": stream_arn}


def _as_sqs_record(message: dict[str, Any], queue_arn: str) -> dict[str, Any]:
    """An SQS message as Lambda's SQS event source hands it to a function."""
    return {
        "messageId": message["MessageId"],
        "receiptHandle": message["ReceiptHandle"],
        "body": message["Body"],
        "attributes": message.get("Attributes", {}),
        "messageAttributes": message.get("MessageAttributes", {}),
        "md5OfBody": message.get("MD5OfBody", ""),
        "eventSource": "aws:sqs",
        "eventSourceARN": queue_arn,
        "awsRegion": REGION,
    }
