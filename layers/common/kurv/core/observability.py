"""Logger, Metrics and Tracer, set up once. Business metrics are named here and only here.

Logs carry shop and cart ids, never email addresses or names; events are never logged whole.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar, cast

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit

# The service name (track, sweep, send) comes from POWERTOOLS_SERVICE_NAME in template.yaml.
# Not every invocation records a business metric (a CORS preflight, a 404): no warning for that.
warnings.filterwarnings("ignore", message="No application metrics to publish")

logger = Logger(log_uncaught_exceptions=True)
metrics = Metrics(namespace="Kurv")


Handler = TypeVar("Handler", bound=Callable[..., Any])


def traced(handler: Handler) -> Handler:
    """The handler, with X-Ray subsegments for every AWS call when tracing is on. Loading
    the X-Ray SDK costs ~100 ms of cold start, so with tracing off (template.yaml's Tracing
    parameter sets POWERTOOLS_TRACE_DISABLED) it is never imported. Only the background
    functions (sweep, send) use it: track answers shops and customers, and Lambda's own
    tracing already records its invocations."""
    if os.environ.get("POWERTOOLS_TRACE_DISABLED", "").lower() in ("1", "true", "yes"):
        return handler
    from aws_lambda_powertools import Tracer

    return cast(Handler, Tracer().capture_lambda_handler(handler, capture_response=False))


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
    LINKS_DROPPED = "LinksDropped"  # item links or images to hosts the shop does not allow
    BROWSER_CONTACTS_HELD = "BrowserContactsHeld"  # over the shop's hourly cap: not emailed
    # A contact whose address no customer reads (a crawler's, or the shop's never-email list)
    CONTACTS_NEVER_MAILED = "ContactsNeverMailed"
    # A storefront contact naming another address than its cart's: accepted, not applied.
    STOREFRONT_CONTACTS_IGNORED = "StorefrontContactsIgnored"
    SERIES_LIMITED = "SeriesLimited"  # the address had a series from another cart lately
    RESTORE_CLICKS = "RestoreClicks"
    RESTORE_CLICKS_EXPIRED = "RestoreClicksExpired"  # sent on to the shop, cart data gone
    RESTORE_SCANS = "RestoreScans"  # a mail scanner's or a preview's visit: sent on, no click
    OPT_OUTS = "OptOuts"
    # A WooCommerce delivery (signed) Kurv could not apply whole: answered 200 all the same,
    # or WooCommerce would switch the webhook off.
    WOOCOMMERCE_DELIVERIES_REFUSED = "WooCommerceDeliveriesRefused"
    ORDERS = "Orders"
    REPLIES = "Replies"  # a person answered; one of the Replies<Reason> below counts why
    REPLIES_PAYMENT = "RepliesPayment"
    REPLIES_PRICE = "RepliesPrice"
    REPLIES_DELIVERY = "RepliesDelivery"
    REPLIES_TRUST = "RepliesTrust"
    REPLIES_TECHNICAL = "RepliesTechnical"
    REPLIES_QUESTION = "RepliesQuestion"
    REPLIES_CHANGED_MIND = "RepliesChangedMind"
    REPLIES_OTHER = "RepliesOther"
    REPLIES_UNMATCHED = "RepliesUnmatched"  # a code no cart carries: kept, not forwarded
    AUTO_REPLIES = "AutoReplies"
    REPLIES_SET_ASIDE = "RepliesSetAside"  # not read within its bounds or budget: kept only
    FORWARDS_HELD = "ForwardsHeld"  # replies kept, not forwarded: over a cart's daily or the
    # shop's hourly forward limit (per shop too)
    REPLIES_REFUSED = "RepliesRefused"  # SES's spam or virus verdict failed
    BOUNCES = "Bounces"  # permanent: the address is suppressed for the shop (per shop too)
    BOUNCES_TRANSIENT = "BouncesTransient"
    COMPLAINTS = "Complaints"  # marked as spam: suppressed for the shop (per shop too)
    # The Shopify connector (POST /v1/shopify/<shop>); each delivery is answered 200:
    SHOPIFY_TOPICS_IGNORED = "ShopifyTopicsIgnored"  # a topic Kurv does not read, or a
    # delivery for a switched-off shop
    SHOPIFY_GDPR_REQUESTS = "ShopifyGdprRequests"  # customers/redact, shop/redact,
    # customers/data_request: received, not acted on by the connector
    SHOPIFY_EVENTS_REFUSED = "ShopifyEventsRefused"  # read from a delivery, refused by the
    # contract (a bad address, say); logged with its code, without personal data
    SHOPIFY_RESTORE_URLS_REFUSED = "ShopifyRestoreUrlsRefused"  # a checkout's recovery URL
    # off the shop's hosts: its cart's link leads to the shop's restore URL instead
    # From the stats function, as `kurv report` counts them (all shops together):
    EMAILS_SENT = "EmailsSent"  # per step (a dimension)
    RECOVERED_ORDERS = "RecoveredOrders"  # ordered within the attribution window after an
    # email (core.figures.recovered)
    RECOVERED_REVENUE = "RecoveredRevenue"  # orders within the attribution window after an
    # email, in the currency's own units (a dimension: sums of mixed currencies mean nothing)
    # The holdout, per group (a dimension), as kurv report counts it (stats.counting):
    HOLDOUT_CARTS = "HoldoutCarts"
    HOLDOUT_ORDERS = "HoldoutOrders"
    HOLDOUT_REVENUE = "HoldoutRevenue"  # per group and currency, in the currency's units


# Powertools keeps (and at 100 values prints) metrics even when told not to publish them.
_DISABLED = os.environ.get("POWERTOOLS_METRICS_DISABLED", "").lower() in ("1", "true", "yes")


def count(metric: Metric, value: float = 1) -> None:
    if not _DISABLED:
        metrics.add_metric(name=metric.value, unit=MetricUnit.Count, value=value)


def count_for_shop(metric: Metric, shop_id: str, value: float = 1) -> None:
    """`metric` in total and per shop (a dimension): for the few figures a merchant must
    watch per shop, such as bounces and complaints."""
    count(metric, value)
    count_by(metric, "shop", shop_id, value)


def count_by(
    metric: Metric,
    dimension: str,
    key: str,
    value: float,
    unit: MetricUnit = MetricUnit.Count,
    *,
    also: tuple[str, str] | None = None,
) -> None:
    """`metric` for one value of a dimension (a step, a currency, a shop; `also`, a second
    one), published at once as its own EMF record; like every metric here it also carries
    the `service` dimension (the function's POWERTOOLS_SERVICE_NAME), which the dashboard
    and alarms name."""
    if not _DISABLED:
        from aws_lambda_powertools.metrics import single_metric

        with single_metric(name=metric.value, unit=unit, value=value, namespace="Kurv") as one:
            one.add_dimension(name=dimension, value=key)
            if also is not None:
                one.add_dimension(name=also[0], value=also[1])
