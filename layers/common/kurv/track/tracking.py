"""POST /v1/events: authenticate, validate each event, apply the valid ones, list the rest."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kurv.core.clock import Clock
from kurv.core.errors import Forbidden, InvalidRequest, KurvError, PayloadTooLarge
from kurv.core.model import CartField
from kurv.core.observability import Metric, count, logger
from kurv.core.shop_store import ShopDirectory
from kurv.core.shops import Shop
from kurv.core.suppressions import SuppressionReason, SuppressionStore
from kurv.track.auth import Caller, authenticate
from kurv.track.cart_store import CartStore, Outcome
from kurv.track.events import (
    CheckoutContact,
    CustomerOptedOut,
    OrderCompleted,
    parse_event,
    read_body,
)

MAX_BODY_BYTES = 256 * 1024


@dataclass(frozen=True)
class Answer:
    status: int
    body: dict[str, Any]
    # Set once the caller is known to be a browser on one of the shop's allowed origins.
    cors_origin: str | None = None


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
        accepted, rejected = 0, []
        for index, raw in enumerate(raw_events):
            try:
                self._accept(caller, raw, now)
                accepted += 1
            except KurvError as error:
                rejected.append((index, error))
        count(Metric.EVENTS_ACCEPTED, accepted)
        count(Metric.EVENTS_REJECTED, len(rejected))
        return Answer(*_answer(accepted, rejected, is_batch), caller.origin)

    def _accept(self, caller: Caller, raw: Any, now: int) -> None:
        shop, from_storefront = caller.shop, caller.origin is not None
        event = parse_event(raw, now=now)
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
            self._hold(shop, event, now)
            if from_storefront and isinstance(event, CheckoutContact)
            else False  # a signed call vouches for its address
        )
        applied = self.carts.apply(shop, event, now=now, hold=hold)
        if isinstance(event, OrderCompleted) and applied.outcome is Outcome.APPLIED:
            _record_order(shop, event, applied.before)

    def _hold(self, shop: Shop, event: CheckoutContact, now: int) -> bool:
        """Anyone with the publishable key can name an address: past the shop's hourly cap
        of new ones, the address is kept but held (not emailed). The same address told
        again keeps whatever it had."""
        stored = self.carts.stored_contact(shop.shop_id, event.cart_id)
        if stored.address_hash == self.carts.addresses.hash(event.email):
            return stored.held
        if self.carts.admit_storefront_address(shop, now=now):
            return False
        count(Metric.BROWSER_CONTACTS_HELD)
        logger.warning(
            "storefront contact held: over the shop's hourly cap",
            extra={"shop_id": shop.shop_id, "cart_id": event.cart_id},
        )
        return True


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
