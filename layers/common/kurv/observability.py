"""Logger, Metrics and Tracer, set up once. Business metrics are named here and only here.

Logs carry shop and cart ids, never email addresses or names; events are never logged whole.
"""

from __future__ import annotations

from enum import StrEnum

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.metrics import MetricUnit

# The service name (track, sweep, send) comes from POWERTOOLS_SERVICE_NAME in template.yaml.
logger = Logger(log_uncaught_exceptions=True)
metrics = Metrics(namespace="Kurv")
tracer = Tracer()


class Metric(StrEnum):
    EVENTS_ACCEPTED = "EventsAccepted"
    EVENTS_REJECTED = "EventsRejected"
    REQUESTS_UNAUTHENTICATED = "RequestsUnauthenticated"
    CARTS_CLAIMED = "CartsClaimed"
    SWEEP_BACKLOG = "SweepBacklog"
    REMINDERS_SENT = "RemindersSent"
    REMINDERS_SKIPPED = "RemindersSkipped"
    REMINDERS_REJECTED = "RemindersRejected"
    SEND_THROTTLED = "SendThrottled"
    RESTORE_CLICKS = "RestoreClicks"
    OPT_OUTS = "OptOuts"
    ORDERS = "Orders"
    RECOVERED_ORDERS = "RecoveredOrders"


def count(metric: Metric, value: float = 1) -> None:
    metrics.add_metric(name=metric.value, unit=MetricUnit.Count, value=value)
