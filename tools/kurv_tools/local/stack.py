"""The local stack: tables from template.yaml, a demo shop, and the real handlers wired to it."""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from secrets import token_urlsafe
from typing import Any

from kurv.core.addresses import AddressKey
from kurv.core.clock import Clock, MovableClock, SystemClock
from kurv.core.privacy import PrivacyQueue
from kurv.core.settings import Settings
from kurv.core.shop_store import ShopStore
from kurv.core.shops import Shop
from kurv_tools.building.template import (
    TABLE_SETTINGS,
    create_table_requests,
    load_template,
    resources,
)
from kurv_tools.local.emulator import ACCOUNT_ID, REGION, Emulator
from kurv_tools.local.functions import LocalContext, load_function

DEMO_SHOP_ID = "demo"
DEMO_ORIGIN = "http://localhost:8080"


class LocalClock:
    """Real time plus an offset the developer moves with POST /_local/clock."""

    def __init__(self) -> None:
        self._offset = 0
        self._lock = threading.Lock()

    def now(self) -> int:
        with self._lock:
            return int(time.time()) + self._offset

    @property
    def offset(self) -> int:
        """How far it was moved ahead of real time (what a restart keeps)."""
        with self._lock:
            return self._offset

    def advance(self, seconds: int) -> int:
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            self._offset += seconds
        return self.now()


def table_names(prefix: str) -> dict[str, str]:
    return {logical_id: f"{prefix}-{logical_id}" for logical_id in TABLE_SETTINGS}


def address_key_secret(prefix: str) -> str:
    return f"{prefix}-address-key"


@cache
def function_timeout(function: str) -> int:
    """The function's Timeout in template.yaml (or the Globals'), in seconds."""
    template = load_template()
    for properties in (
        resource["Properties"]
        for resource in resources(template, "AWS::Serverless::Function").values()
        if resource["Properties"]["CodeUri"].rstrip("/").endswith(f"functions/{function}")
    ):
        return int(properties.get("Timeout", template["Globals"]["Function"]["Timeout"]))
    return int(template["Globals"]["Function"]["Timeout"])


def privacy_queue_names(prefix: str) -> tuple[str, str]:
    """The privacy queue's name and its dead-letter queue's (PrivacyQueue,
    PrivacyDeadLetterQueue)."""
    return f"{prefix}-privacy", f"{prefix}-privacy-dead-letters"


def queue_arn(name: str) -> str:
    return f"arn:aws:sqs:{REGION}:{ACCOUNT_ID}:{name}"


def local_settings(prefix: str, public_base_url: str) -> Settings:
    values = {TABLE_SETTINGS[logical]: name for logical, name in table_names(prefix).items()}
    values.update(
        {
            "KURV_PUBLIC_BASE_URL": public_base_url,
            "KURV_SHOP_CACHE_SECONDS": "0",
            "KURV_REPLY_DOMAIN": "replies.localhost",
            "KURV_REPLY_BUCKET": f"{prefix}-replies",
            "KURV_ADDRESS_KEY_SECRET": address_key_secret(prefix),
        }
    )
    return Settings.from_environment(values)


@dataclass
class LocalStack:
    emulator: Emulator
    clock: MovableClock
    prefix: str = "kurv"
    public_base_url: str = "http://127.0.0.1:3000"
    # `make run`: a signature made with real time is accepted too, after the clock was moved,
    # so the docs' examples run unchanged (deployed, only the stack's own clock counts).
    accept_real_time: bool = False
    settings: Settings = field(init=False)
    # Lambda runs one request per container at a time; so do we, per function.
    _locks: dict[str, threading.Lock] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.settings = local_settings(self.prefix, self.public_base_url)
        queue, _ = privacy_queue_names(self.prefix)
        self.settings = self.settings.model_copy(
            update={"privacy_queue_url": f"{self.emulator.endpoint_url}/{ACCOUNT_ID}/{queue}"}
        )
        self.dynamodb = self.emulator.client("dynamodb")
        self.sesv2 = self.emulator.client("sesv2")
        self._verified: set[str] = set()

    def create_tables(self) -> None:
        """The template's tables, the address key (AddressKeySecret) and the reply bucket
        (ReplyBucket), made locally."""
        self._create_address_key()
        s3 = self.emulator.client("s3")
        buckets = {bucket["Name"] for bucket in s3.list_buckets().get("Buckets", [])}
        if self.settings.reply_bucket not in buckets:
            s3.create_bucket(
                Bucket=self.settings.reply_bucket,
                CreateBucketConfiguration={"LocationConstraint": REGION},
            )
        self._create_privacy_queues()
        existing = set(self.dynamodb.list_tables().get("TableNames", []))
        for request, ttl_attribute in create_table_requests(table_names(self.prefix)):
            if request["TableName"] in existing:
                continue
            self.dynamodb.create_table(**request)
            if ttl_attribute:
                self.dynamodb.update_time_to_live(
                    TableName=request["TableName"],
                    TimeToLiveSpecification={"AttributeName": ttl_attribute, "Enabled": True},
                )

    def _create_privacy_queues(self) -> None:
        """PrivacyQueue and its dead-letter queue, redriven as template.yaml says."""
        sqs = self.emulator.client("sqs")
        queue, dead_letters = privacy_queue_names(self.prefix)
        template = resources(load_template(), "AWS::SQS::Queue")
        redrive = template["PrivacyQueue"]["Properties"]["RedrivePolicy"]
        sqs.create_queue(QueueName=dead_letters)
        policy = {
            "deadLetterTargetArn": queue_arn(dead_letters),
            **{name: value for name, value in redrive.items() if name != "deadLetterTargetArn"},
        }
        sqs.create_queue(QueueName=queue, Attributes={"RedrivePolicy": json.dumps(policy)})

    @property
    def privacy_queue(self) -> PrivacyQueue:
        """Where the track function queues a platform's privacy request, as deployed."""
        from kurv.wiring import build_privacy_queue

        return build_privacy_queue(self.settings, self.emulator.client("sqs"))

    def _create_address_key(self) -> None:
        secrets = self.emulator.client("secretsmanager")
        name = self.settings.address_key_secret
        if not secrets.list_secrets(Filters=[{"Key": "name", "Values": [name]}])["SecretList"]:
            secrets.create_secret(Name=name, SecretString=token_urlsafe(48))

    @property
    def address_key(self) -> AddressKey:
        """The key the functions hash addresses with, read as they read it."""
        from kurv.wiring import load_address_key

        return load_address_key(
            self.emulator.client("secretsmanager"), self.settings.address_key_secret
        )

    @property
    def shop_store(self) -> ShopStore:
        return ShopStore(self.dynamodb, self.settings.shops_table)

    def demo_shop(self, *, anew: bool = False) -> Shop:
        """The demo shop, created once (`anew`: made again over what is stored); its
        credentials come from KURV_DEMO_* when set."""
        existing = None if anew else self.shop_store.get(DEMO_SHOP_ID)
        overrides: dict[str, Any] = {}
        if os.environ.get("KURV_DEMO_SECRET"):
            overrides["signing_secret"] = os.environ["KURV_DEMO_SECRET"]
        if os.environ.get("KURV_DEMO_KEY"):
            overrides["publishable_key"] = os.environ["KURV_DEMO_KEY"]
        if existing is not None and not overrides:
            return existing
        base = (
            existing.to_item()
            if existing
            else {
                "shop_id": DEMO_SHOP_ID,
                "name": "Demo Shop",
                "sender_email": "shop@example.com",
                "sender_name": "Demo Shop",
                "locale": "en",
                "currency": "EUR",
                "support_email": "help@example.com",
                "support_phone": "+45 70 20 30 40",
                "restore_url": f"{DEMO_ORIGIN}/cart/{{cart_id}}",
                "allowed_origins": [DEMO_ORIGIN],
                # The README's demo pictures; any other host's are left out of emails.
                "image_hosts": ["picsum.photos", "*.picsum.photos"],
            }
        )
        shop = Shop.model_validate({**base, **overrides})
        self.shop_store.put(shop)
        return shop

    def invoke(self, function: str, event: dict[str, Any]) -> Any:
        """Call a function's real handler, one invocation at a time, like one warm container."""
        module = load_function(function)
        lock = self._locks.setdefault(function, threading.Lock())
        context = LocalContext(
            function_name=f"kurv-{function}", timeout_seconds=function_timeout(function)
        )
        with lock:
            return module.handler(event, context)

    def verify_senders(self) -> None:
        """The emulated SES, like the real one, only sends from verified identities."""
        for shop in self.shop_store.all():
            domain = shop.sender_email.rpartition("@")[2]
            if domain not in self._verified:
                self.sesv2.create_email_identity(EmailIdentity=domain)
                self._verified.add(domain)

    def wire(
        self, *, shop_cache_seconds: int = 0, clients: Callable[[str, str], Any] | None = None
    ) -> None:
        """Point every handler at this stack's clients and clock instead of real AWS.

        Locally a shop's configuration is read afresh on every request, so `kurv shop update`
        shows at once; `shop_cache_seconds=60` is a warm container as deployed. `clients`
        gives a function its own client per service, e.g. clients("send", "sesv2"), to see
        which calls each function makes; by default all share the stack's.
        """
        from kurv.wiring import (
            build_claim_store,
            build_feedback_desk,
            build_link_desk,
            build_privacy_desk,
            build_privacy_queue,
            build_reply_desk,
            build_sender,
            build_shopify_desk,
            build_stats_keeper,
            build_tracker,
        )

        def client(function: str, service: str) -> Any:
            if clients is not None:
                return clients(function, service)
            if service == "dynamodb":
                return self.dynamodb
            return self.sesv2 if service == "sesv2" else self.emulator.client(service)

        settings = self.settings.model_copy(update={"shop_cache_seconds": shop_cache_seconds})
        track = load_function("track")
        real_time: tuple[Clock, ...] = (SystemClock(),) if self.accept_real_time else ()
        tracker = build_tracker(
            settings,
            self.clock,
            client("track", "dynamodb"),
            client("track", "secretsmanager"),
            signature_clocks=real_time,
        )
        track.tracker.set(tracker)
        track.links.set(build_link_desk(self.clock, tracker))
        privacy = build_privacy_queue(settings, client("track", "sqs"))
        track.shopify.set(build_shopify_desk(tracker, lambda: privacy))
        sweep = load_function("sweep")
        sweep.claims.set(build_claim_store(settings, client("sweep", "dynamodb")))
        sweep.clock.set(self.clock)
        load_function("send").delivery.set(
            build_sender(settings, self.clock, client("send", "dynamodb"), client("send", "sesv2"))
        )
        load_function("feedback").desk.set(
            build_feedback_desk(
                settings,
                self.clock,
                client("feedback", "dynamodb"),
                client("feedback", "secretsmanager"),
            )
        )
        load_function("stats").keeper.set(
            build_stats_keeper(settings, self.clock, client("stats", "dynamodb"))
        )
        load_function("privacy").desk.set(
            build_privacy_desk(
                settings,
                dynamodb=client("privacy", "dynamodb"),
                s3=client("privacy", "s3"),
                secrets=client("privacy", "secretsmanager"),
            )
        )
        load_function("replies").desk.set(
            build_reply_desk(
                settings,
                self.clock,
                dynamodb=client("replies", "dynamodb"),
                ses=client("replies", "sesv2"),
                secrets=client("replies", "secretsmanager"),
                s3=client("replies", "s3"),
            )
        )
