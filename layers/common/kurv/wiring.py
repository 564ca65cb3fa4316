"""How each handler gets its collaborators: built lazily once per container, replaceable.

Tests and the local stack call ``configure(...)`` on a handler with their own clock and
moto-backed clients; on Lambda the first invocation builds the real ones from Settings.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from kurv.settings import Settings

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_sesv2 import SESV2Client

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


def _config(**overrides: Any) -> Any:
    from botocore.config import Config

    # Standard retries back off on throttling; short timeouts keep a stuck call from
    # eating the whole Lambda budget.
    return Config(
        retries={"mode": "standard", "max_attempts": overrides.pop("max_attempts", 4)},
        connect_timeout=overrides.pop("connect_timeout", 3),
        read_timeout=overrides.pop("read_timeout", 10),
        **overrides,
    )


@cache  # one client per container, shared by everything in it
def dynamodb_client() -> DynamoDBClient:
    import boto3

    return boto3.client("dynamodb", config=_config())


@cache
def sesv2_client() -> SESV2Client:
    import boto3

    return boto3.client("sesv2", config=_config(max_attempts=6))


@cache
def settings() -> Settings:
    return Settings.from_environment()


def track_dependencies(settings: Settings, clock: Any, dynamodb: DynamoDBClient) -> Any:
    """Everything the track function needs, from one set of clients and one clock."""
    from kurv.cart_store import CartStore, SuppressionStore
    from kurv.shop_store import ShopDirectory, ShopStore
    from kurv.tracking import Tracker

    shops = ShopDirectory(
        ShopStore(dynamodb, settings.shops_table), clock, ttl=settings.shop_cache_seconds
    )
    return Tracker(
        shops=shops,
        carts=CartStore(dynamodb, settings.carts_table),
        suppressions=SuppressionStore(dynamodb, settings.suppressions_table),
        clock=clock,
    )


def link_desk(settings: Settings, clock: Any, dynamodb: DynamoDBClient, shops: Any) -> Any:
    """The customer links' desk, sharing the track function's shop cache."""
    from kurv.cart_store import SuppressionStore
    from kurv.links import LinkDesk

    return LinkDesk(
        shops=shops,
        dynamodb=dynamodb,
        carts_table=settings.carts_table,
        suppressions=SuppressionStore(dynamodb, settings.suppressions_table),
        clock=clock,
    )


def reminder_store(settings: Settings, dynamodb: DynamoDBClient) -> Any:
    from kurv.reminder_store import ReminderStore

    return ReminderStore(dynamodb, settings.carts_table)


def sender(settings: Settings, clock: Any, dynamodb: DynamoDBClient, ses: SESV2Client) -> Any:
    from kurv.cart_store import SuppressionStore
    from kurv.links import LinkMaker
    from kurv.mailer import Mailer
    from kurv.sending import Sender
    from kurv.shop_store import ShopDirectory, ShopStore

    if not settings.public_base_url:
        from kurv.settings import SettingsError

        raise SettingsError("KURV_PUBLIC_BASE_URL is required to build links in emails")
    return Sender(
        reminders=reminder_store(settings, dynamodb),
        suppressions=SuppressionStore(dynamodb, settings.suppressions_table),
        shops=ShopDirectory(
            ShopStore(dynamodb, settings.shops_table), clock, ttl=settings.shop_cache_seconds
        ),
        mailer=Mailer(ses, settings.ses_configuration_set),
        links=LinkMaker(settings.public_base_url),
        clock=clock,
        reply_domain=settings.reply_domain,
    )
