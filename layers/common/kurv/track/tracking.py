"""POST /v1/events: authenticate, validate each event, apply the valid ones, list the rest."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kurv.core.clock import Clock
from kurv.core.consent import may_be_emailed, read_by_nobody
from kurv.core.errors import Forbidden, InvalidRequest, KurvError, PayloadTooLarge
from kurv.core.model import CartField, Source
from kurv.core.observability import Metric, count, logger
from kurv.core.shop_store import ShopDirectory
from kurv.core.shops import Shop
from kurv.core.suppressions import SuppressionReason, SuppressionStore
from kurv.track.auth import Caller, authenticate
from kurv.track.cart_store import CartStore, Outcome
from kurv.track.cart_updates import storefront_may_name
from kurv.track.events import (
    CartUpdated,
    CheckoutContact,
    CustomerOptedOut,
    OrderCompleted,
    parse_event,
    read_body,
)

MAX_BODY_BYTES = 256 * 1024
# New addresses one storefront request may spend of the shop's hourly allowance: a browser
# speaks for one customer, so a batch of many addresses cannot use up the hour.
NEW_ADDRESSES_PER_STOREFRONT_REQUEST = 1


@dataclass(frozen=True)
class Answer:
    status: int
    body: dict[str, Any]
    # Set once the caller is known to be a browser on one of the shop's allowed origins.
    cors_origin: str | None = None


@dataclass
class _Request:
    """What one request has spent of the storefront's hourly allowance."""

    admitted: set[str] = field(default_factory=set)  # keyed hashes


@dataclass(frozen=True)
class Tracker:
    shops: ShopDirectory
    carts: CartStore
    suppressions: SuppressionStore
    clock: Clock

    def handle(self, headers: Mapping[str, str], body: bytes) -> Answer:
        if len(body) > MAX_BODY_BYTES:
            raise PayloadTooLarge(f"the body is larger than {MAX_BODY_BYTES // 1024} KB")
        now = self.clock.now()
        caller = authenticate(headers, body, self.shops, now)
        try:
            raw_events, is_batch = read_body(body)
        except KurvError as error:
            return Answer(error.status, error.body(), caller.origin)
        accepted, rejected = self.apply(caller, raw_events, now=now)
        return Answer(*_answer(accepted, rejected, is_batch), caller.origin)

    def apply(
        self, caller: Caller, raw_events: list[Any], *, now: int
    ) -> tuple[int, list[tuple[int, KurvError]]]:
        """Each event (in the public format, as JSON decoded) validated and applied for the
        caller, one by one: a bad one is listed with its index and never stops the others.
        The platform connectors call it with their deliveries read into Kurv's events, as
        the shop (`Caller(shop, origin=None)`: signed)."""
        accepted, rejected, request = 0, [], _Request()
        for index, raw in enumerate(raw_events):
            try:
                self._accept(caller, raw, now, request)
                accepted += 1
            except KurvError as error:
                rejected.append((index, error))
        count(Metric.EVENTS_ACCEPTED, accepted)
        count(Metric.EVENTS_REJECTED, len(rejected))
        return accepted, rejected

    def _accept(self, caller: Caller, raw: Any, now: int, request: _Request) -> None:
        shop, from_storefront = caller.shop, caller.origin is not None
        source = Source.STOREFRONT if from_storefront else Source.SIGNED
        event = parse_event(raw, now=now)
        if isinstance(event, CartUpdated) and event.restore_url:
            _check_restore_url(shop, event.restore_url, from_storefront=from_storefront)
        if from_storefront and isinstance(event, CheckoutContact) and not shop.browser_contacts:
            raise Forbidden(
                "this shop takes addresses and consent only from its server: send "
                "checkout.contact signed with Kurv-Shop and Kurv-Signature",
                field="type",
                code="browser_contacts_off",
            )
        if event.occurred_at is not None and event.occurred_at < now - shop.retention_seconds:
            raise InvalidRequest(
                f"occurred_at is older than the shop's {shop.retention_days}-day retention",
                field="occurred_at",
            )
        if isinstance(event, CheckoutContact) and read_by_nobody(shop, event.email):
            # Kept like any contact (its cart may still be bought), never emailed.
            count(Metric.CONTACTS_NEVER_MAILED)
        if from_storefront and isinstance(event, OrderCompleted) and event.email:
            # The public key speaks for its own cart only: an order it reports is not filed
            # under an address, or anyone could stop a stranger's emails.
            event = event.model_copy(update={CartField.EMAIL: None})
        if isinstance(event, CustomerOptedOut) and not from_storefront:
            # The suppression first: it is what must hold even if the cart write fails.
            # (From the storefront an opt-out closes its cart only: anyone holds the key.)
            self.suppressions.suppress(
                shop.shop_id,
                self.carts.addresses.hash(event.email),
                reason=SuppressionReason.OPTED_OUT,
                now=now,
            )
            count(Metric.OPT_OUTS)
        hold = (
            self._hold(shop, event, now, request)
            if from_storefront and isinstance(event, CheckoutContact)
            else False  # a signed call vouches for its address
        )
        applied = self.carts.apply(shop, event, now=now, hold=hold, source=source)
        if applied.outcome is Outcome.IGNORED:
            count(Metric.STOREFRONT_CONTACTS_IGNORED)
            logger.warning(
                "storefront contact ignored: the cart has another address",
                extra={"shop_id": shop.shop_id, "cart_id": event.cart_id},
            )
        if isinstance(event, OrderCompleted) and applied.outcome is Outcome.APPLIED:
            _record_order(shop, event, applied.before)

    def _hold(self, shop: Shop, event: CheckoutContact, now: int, request: _Request) -> bool:
        """Anyone with the publishable key can name an address: only an address that could
        be emailed spends the shop's hourly allowance of new ones (at most
        NEW_ADDRESSES_PER_STOREFRONT_REQUEST of it per request); past it, or before it is
        needed, the address is kept but held (not emailed)."""
        stored = self.carts.stored_contact(shop.shop_id, event.cart_id)
        address = self.carts.addresses.hash(event.email)
        applies = storefront_may_name(stored.address_hash, stored.by_storefront, address)
        if stored.closed or not applies:
            return False  # nothing of it will be applied: nothing to spend
        if stored.address_hash == address and not stored.held:
            return False  # told again: admitted already
        if address in request.admitted:
            return False  # the same address on another cart of this request
        if not may_be_emailed(shop, address=event.email, consent=event.consent, held=False):
            return True  # never emailed as it stands (no consent): held, and costs nothing
        if len(request.admitted) < NEW_ADDRESSES_PER_STOREFRONT_REQUEST and (
            self.carts.admit_storefront_address(shop, now=now)
        ):
            request.admitted.add(address)
            return False
        count(Metric.BROWSER_CONTACTS_HELD)
        logger.warning(
            "storefront contact held: over the shop's allowance of new addresses",
            extra={"shop_id": shop.shop_id, "cart_id": event.cart_id},
        )
        return True


def _check_restore_url(shop: Shop, url: str, *, from_storefront: bool) -> None:
    if from_storefront:
        raise InvalidRequest(
            "is taken only from signed calls: anyone holds the storefront's key",
            field="restore_url",
        )
    if not shop.leads_home(url):
        raise InvalidRequest(
            "must be an https URL on one of the shop's own hosts: " + ", ".join(shop.restore_hosts),
            field="restore_url",
        )


def _record_order(shop: Shop, event: OrderCompleted, before: dict[str, Any]) -> None:
    if CartField.ORDERED_AT in before:
        return  # the same order told twice
    # Whether it was recovered is the stats function's to count (core.figures.recovered),
    # from the cart's stream, as `kurv report` and the dashboard count it.
    count(Metric.ORDERS)
    logger.info("order", extra={"shop_id": shop.shop_id, "cart_id": event.cart_id})


def _answer(
    accepted: int, rejected: list[tuple[int, KurvError]], is_batch: bool
) -> tuple[int, dict[str, Any]]:
    if not is_batch:
        if rejected:
            error = rejected[0][1]
            return error.status, error.body()
        return 202, {"accepted": accepted}
    listed = [{"index": index, **error.body()} for index, error in rejected]
    if accepted == 0:
        statuses = {error.status for _, error in rejected}
        status = statuses.pop() if len(statuses) == 1 else 400
        none = InvalidRequest(
            f"none of the {len(rejected)} events could be accepted",
            field="events",
            code="no_valid_events",
        )
        return status, {**none.body(), "rejected": listed}
    body: dict[str, Any] = {"accepted": accepted}
    if listed:
        body["rejected"] = listed
    return 202, body
