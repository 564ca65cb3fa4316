"""The composition root: how each handler gets its collaborators.

A handler holds each collaborator in a ``Lazy``: built on the first invocation from
``load_settings()`` and the container's shared AWS clients, or set beforehand by tests and
the local stack with their own clock and moto-backed clients. The ``build_*`` functions
import what they build inside, so a handler's cold start loads only its own modules.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from kurv.core.settings import Settings, SettingsError

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_s3 import S3Client
    from mypy_boto3_secretsmanager import SecretsManagerClient
    from mypy_boto3_sesv2 import SESV2Client

    from kurv.core.addresses import AddressKey
    from kurv.core.clock import Clock
    from kurv.core.privacy import PrivacyQueue
    from kurv.core.shop_store import ShopDirectory
    from kurv.feedback.desk import FeedbackDesk
    from kurv.privacy.desk import PrivacyDesk
    from kurv.privacy.stores import PrivacyStores
    from kurv.recover.claims import ClaimStore
    from kurv.recover.sending import Sender
    from kurv.replies.replying import ReplyDesk
    from kurv.stats.keeper import StatsKeeper
    from kurv.track.customer_links import LinkDesk
    from kurv.track.shopify_desk import ShopifyDesk
    from kurv.track.tracking import Tracker
    from kurv.track.woocommerce_desk import WooCommerceDesk

T = TypeVar("T")


class Lazy(Generic[T]):
    """A value built on first use (not at import), or set explicitly."""

    def __init__(self, factory: Callable[[], T]) -> None:
        self._factory = factory
        self._value: T | None = None

    def get(self) -> T:
        if self._value is None:
            self._value = self._factory()
        return self._value

    def set(self, value: T) -> None:
        self._value = value


@cache
def load_settings() -> Settings:
    """The function's environment, read once per container."""
    return Settings.from_environment()


def build_shop_directory(
    settings: Settings, clock: Clock, dynamodb: DynamoDBClient
) -> ShopDirectory:
    from kurv.core.shop_store import ShopDirectory, ShopStore

    return ShopDirectory(
        ShopStore(dynamodb, settings.shops_table), clock, ttl=settings.shop_cache_seconds
    )


def load_address_key(secrets: SecretsManagerClient, secret_id: str) -> AddressKey:
    """The deployment's address key, read once per container from Secrets Manager."""
    from kurv.core.addresses import AddressKey

    if not secret_id:
        raise SettingsError("KURV_ADDRESS_KEY_SECRET is required to hash addresses")
    value = secrets.get_secret_value(SecretId=secret_id).get("SecretString")
    try:
        return AddressKey((value or "").encode())
    except ValueError as error:
        raise SettingsError(f"the secret {secret_id}: {error}") from None


def build_tracker(
    settings: Settings,
    clock: Clock,
    dynamodb: DynamoDBClient,
    secrets: SecretsManagerClient,
    *,
    signature_clocks: tuple[Clock, ...] = (),
) -> Tracker:
    """POST /v1/events: the track function's main collaborator. `signature_clocks`: other
    clocks a signature may be made with (only `make run`'s real time; none deployed)."""
    from kurv.core.suppressions import SuppressionStore
    from kurv.track.cart_store import CartStore
    from kurv.track.tracking import Tracker

    return Tracker(
        shops=build_shop_directory(settings, clock, dynamodb),
        carts=CartStore(
            dynamodb, settings.carts_table, load_address_key(secrets, settings.address_key_secret)
        ),
        suppressions=SuppressionStore(dynamodb, settings.suppressions_table),
        clock=clock,
        signature_clocks=signature_clocks,
    )


def build_link_desk(clock: Clock, tracker: Tracker) -> LinkDesk:
    """The customer links (/r/, /u/), sharing the track function's stores and shop cache."""
    from kurv.track.customer_links import LinkDesk

    return LinkDesk(
        shops=tracker.shops, carts=tracker.carts, suppressions=tracker.suppressions, clock=clock
    )


def build_shopify_desk(tracker: Tracker, privacy_queue: Callable[[], PrivacyQueue]) -> ShopifyDesk:
    """POST /v1/shopify/<shop>: Shopify's webhooks, applied through the tracker; GDPR's
    requests queued for the privacy function."""
    from kurv.track.shopify_desk import ShopifyDesk

    return ShopifyDesk(tracker, privacy_queue)


def build_woocommerce_desk(tracker: Tracker) -> WooCommerceDesk:
    """WooCommerce's order webhooks, applied through the track function's tracker."""
    from kurv.track.woocommerce_desk import WooCommerceDesk

    return WooCommerceDesk(tracker)


def build_claim_store(settings: Settings, dynamodb: DynamoDBClient) -> ClaimStore:
    from kurv.recover.claims import ClaimStore

    return ClaimStore(dynamodb, settings.carts_table)


def build_sender(
    settings: Settings, clock: Clock, dynamodb: DynamoDBClient, ses: SESV2Client
) -> Sender:
    from kurv.core.links import LinkMaker
    from kurv.core.mailer import Mailer
    from kurv.core.suppressions import SuppressionStore
    from kurv.recover.sending import Sender

    if not settings.public_base_url:
        raise SettingsError("KURV_PUBLIC_BASE_URL is required to build links in emails")
    return Sender(
        claims=build_claim_store(settings, dynamodb),
        suppressions=SuppressionStore(dynamodb, settings.suppressions_table),
        shops=build_shop_directory(settings, clock, dynamodb),
        mailer=Mailer(ses, settings.ses_configuration_set),
        links=LinkMaker(settings.public_base_url),
        clock=clock,
        reply_domain=settings.reply_domain,
    )


def build_reply_desk(
    settings: Settings,
    clock: Clock,
    *,
    dynamodb: DynamoDBClient,
    ses: SESV2Client,
    secrets: SecretsManagerClient,
    s3: S3Client,
) -> ReplyDesk:
    """The replies function's collaborator: SES's received messages, filed."""
    from kurv.core.mailer import Mailer
    from kurv.replies.reply_store import Inbox, ReplyStore
    from kurv.replies.replying import ReplyDesk
    from kurv.track.cart_store import CartStore

    for name, value in (
        ("KURV_REPLIES_TABLE", settings.replies_table),
        ("KURV_REPLY_BUCKET", settings.reply_bucket),
        ("KURV_REPLY_DOMAIN", settings.reply_domain),
    ):
        if not value:
            raise SettingsError(f"{name} is required to receive replies")
    return ReplyDesk(
        shops=build_shop_directory(settings, clock, dynamodb),
        claims=build_claim_store(settings, dynamodb),
        carts=CartStore(
            dynamodb, settings.carts_table, load_address_key(secrets, settings.address_key_secret)
        ),
        replies=ReplyStore(dynamodb, settings.replies_table),
        mailer=Mailer(ses, settings.ses_configuration_set),
        inbox=Inbox(s3, settings.reply_bucket),
        clock=clock,
        reply_domain=settings.reply_domain,
    )


def build_feedback_desk(
    settings: Settings, clock: Clock, dynamodb: DynamoDBClient, secrets: SecretsManagerClient
) -> FeedbackDesk:
    """The feedback function's collaborator: bounces and complaints onto the suppressions."""
    from kurv.core.stats_store import StatsStore
    from kurv.core.suppressions import SuppressionStore
    from kurv.feedback.desk import FeedbackDesk

    return FeedbackDesk(
        suppressions=SuppressionStore(dynamodb, settings.suppressions_table),
        addresses=load_address_key(secrets, settings.address_key_secret),
        clock=clock,
        stats=StatsStore(dynamodb, settings.stats_table) if settings.stats_table else None,
    )


def build_stats_keeper(settings: Settings, clock: Clock, dynamodb: DynamoDBClient) -> StatsKeeper:
    """The stats function's collaborator: cart changes into daily figures per shop."""
    from kurv.core.stats_store import StatsStore
    from kurv.stats.keeper import StatsKeeper

    if not settings.stats_table:
        raise SettingsError("KURV_STATS_TABLE is required to keep the daily figures")
    return StatsKeeper(
        StatsStore(dynamodb, settings.stats_table), build_shop_directory(settings, clock, dynamodb)
    )


def build_privacy_queue(settings: Settings, sqs: Any) -> PrivacyQueue:
    """Where the track function queues a platform's privacy request for the privacy function."""
    from kurv.core.privacy import PrivacyQueue

    if not settings.privacy_queue_url:
        raise SettingsError("KURV_PRIVACY_QUEUE_URL is required to queue privacy requests")
    return PrivacyQueue(sqs, settings.privacy_queue_url)


def build_privacy_stores(
    settings: Settings,
    *,
    dynamodb: DynamoDBClient,
    s3: S3Client | None,
    secrets: SecretsManagerClient,
) -> PrivacyStores:
    """Every store a privacy request reads or erases: the privacy function's, and the
    `kurv forget` and `kurv export` commands'."""
    from kurv.core.shop_store import ShopStore
    from kurv.core.stats_store import StatsStore
    from kurv.core.suppressions import SuppressionStore
    from kurv.privacy.request_log import DataRequestLog
    from kurv.privacy.stores import PrivacyStores
    from kurv.recover.claims import ClaimStore
    from kurv.replies.reply_store import Inbox, ReplyStore
    from kurv.track.cart_store import CartStore

    if not settings.replies_table:
        raise SettingsError("KURV_REPLIES_TABLE is required for privacy requests")
    key = load_address_key(secrets, settings.address_key_secret)
    return PrivacyStores(
        carts=CartStore(dynamodb, settings.carts_table, key),
        claims=ClaimStore(dynamodb, settings.carts_table),
        replies=ReplyStore(dynamodb, settings.replies_table),
        inbox=Inbox(s3, settings.reply_bucket)
        if s3 is not None and settings.reply_bucket
        else None,
        suppressions=SuppressionStore(dynamodb, settings.suppressions_table),
        shops=ShopStore(dynamodb, settings.shops_table),
        figures=StatsStore(dynamodb, settings.stats_table) if settings.stats_table else None,
        requests=DataRequestLog(dynamodb, settings.replies_table),
        addresses=key,
    )


def build_privacy_desk(
    settings: Settings,
    *,
    dynamodb: DynamoDBClient,
    s3: S3Client | None,
    secrets: SecretsManagerClient,
) -> PrivacyDesk:
    """The privacy function's collaborator: queued privacy requests, done."""
    from kurv.privacy.desk import PrivacyDesk

    return PrivacyDesk(build_privacy_stores(settings, dynamodb=dynamodb, s3=s3, secrets=secrets))
