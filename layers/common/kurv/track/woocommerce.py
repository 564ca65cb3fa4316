"""A WooCommerce order webhook read into Kurv's own events (docs/api.md's format). Pure.

WooCommerce has no cart webhook: its order webhooks (order.created, order.updated) carry
the order as its REST API (v3) shows it, whole, in its current state. Deliveries are
coalesced and never retried, so each one is read as a state, never as a change: the same
state read twice gives the same events with the same event ids (the cart ignores an id
it has seen), and each event carries the order's own modification time, so an older
state never overwrites a newer one. What each status means for the cart:

- pending, checkout-draft, failed, of an order the shop's checkout made (not the admin's
  invoice, nor a subscription's renewal), with a billing email: the cart (its lines, currency
  and, for an order that can still be paid, its payment page as the restore link) and
  its contact; failed adds a failed payment;
- one of the shop's `woocommerce_order_statuses` (processing, completed, on-hold): the
  purchase;
- cancelled: the cart emptied (no email, no revenue), unless the plugin marked the cancel
  as WooCommerce's own time limit for unpaid orders (the customer never chose it); and an
  order.cancelled, which calls off the check-in of an order Kurv knows of;
- refunded: an order.refunded, which does the same;
- any other status: nothing.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from kurv.core.errors import InvalidRequest
from kurv.core.locales import normalize_email
from kurv.core.shops import ConsentPolicy, Shop
from kurv.core.text import clean_line
from kurv.core.urls import web_url
from kurv.track.events import MAX_ITEMS_PER_CART

TOPICS = ("order.created", "order.updated")
# Written on the order by integrations/woocommerce/kurv.php.
CONSENT_META = "_kurv_consent"  # "yes" or "no": the checkout's marketing checkbox
CART_META = "_kurv_cart_id"  # the id kurv.js tracked this cart under, made by the plugin
UNPAID_CANCEL_META = "_kurv_unpaid_cancel"  # "yes": cancelled by WooCommerce's hold-stock limit
_PLUGIN_CART_ID = re.compile(r"kwc-[0-9a-f]{32}")
# Unpaid orders WooCommerce lets a customer pay from their payment page (needs_payment()).
_PAYABLE = ("pending", "failed")
_CART_STATUSES = ("pending", "checkout-draft", "failed")
# Orders a customer left in the shop's own checkout (classic, or blocks through the Store
# API). Not an order the shop made in its admin for a customer to pay, nor a subscription's
# renewal: those have their own reminders. An order of any origin is still a purchase.
_FROM_CHECKOUT = ("checkout", "store-api", "")
_CENT = Decimal("0.01")
_MAX_MONEY = Decimal(10) ** 12


class Reading(StrEnum):
    """What a delivery's order state was read as."""

    CART = "cart"
    PAYMENT_FAILED = "payment_failed"
    ORDER = "order"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"
    UNPAID_TIMEOUT = "unpaid_timeout"  # WooCommerce's own limit: the cart goes on as it was
    NO_CONTACT = "no_contact"  # a cart status without a billing email: nobody to write to
    NOT_A_CHECKOUT = "not_a_checkout"  # made in the admin, by the API, a subscription's renewal
    OTHER_STATUS = "other_status"  # trash, a custom status: nothing for Kurv


@dataclass(frozen=True)
class Delivery:
    reading: Reading
    cart_id: str = ""
    events: list[dict[str, Any]] = field(default_factory=list)


def cart_id_of(order: dict[str, Any]) -> str:
    """The plugin's cart id (one cart with what kurv.js told) or woo-<order id>."""
    tracked = _meta(order, CART_META)
    if isinstance(tracked, str) and _PLUGIN_CART_ID.fullmatch(tracked):
        return tracked
    return f"woo-{order['id']}"


def read_order(order: Any, *, shop: Shop, delivery: str) -> Delivery:
    """Kurv's events for one order state. `delivery` tells this state apart from others
    (a digest of the signed body): each event id is woo:<delivery>:<n>. Raises
    InvalidRequest when `order` is not an order as WooCommerce's REST API shows one."""
    if not isinstance(order, dict):
        raise InvalidRequest("a WooCommerce order webhook carries an order object")
    order_id, status = order.get("id"), order.get("status")
    if isinstance(order_id, bool) or not isinstance(order_id, int) or order_id < 1:
        raise InvalidRequest("the order has no id", field="id")
    if not isinstance(status, str):
        raise InvalidRequest("the order has no status", field="status")
    cart_id = cart_id_of(order)
    common: dict[str, Any] = {"cart_id": cart_id}
    modified = _gmt_seconds(order.get("date_modified_gmt"))
    if modified is not None:
        common["occurred_at"] = modified
    reading, events = _read_state(order, status, shop)
    numbered = [
        {**common, **event, "event_id": f"woo:{delivery}:{n}"} for n, event in enumerate(events)
    ]
    return Delivery(reading, cart_id, numbered)


def _read_state(  # noqa: PLR0911 (a table, read top to bottom)
    order: dict[str, Any], status: str, shop: Shop
) -> tuple[Reading, list[dict[str, Any]]]:
    if status in shop.woocommerce_order_statuses:
        return Reading.ORDER, [_order_completed(order)]
    if status == "refunded":
        return Reading.REFUNDED, [_order_undone(order, "order.refunded")]
    if status not in (*_CART_STATUSES, "cancelled"):
        return Reading.OTHER_STATUS, []
    if status == "cancelled" and _meta(order, UNPAID_CANCEL_META) == "yes":
        return Reading.UNPAID_TIMEOUT, []
    if status == "cancelled" and (order.get("created_via") or "") not in _FROM_CHECKOUT:
        return Reading.CANCELLED, [_order_undone(order, "order.cancelled")]
    if (order.get("created_via") or "") not in _FROM_CHECKOUT:
        return Reading.NOT_A_CHECKOUT, []
    if status == "cancelled":
        # Emptied, not closed: no event closes a cart without an order or an opt-out, and
        # an empty cart gets no email (a newer state with lines brings them back). A paid
        # order cancelled calls off its check-in (an unknown order: ignored).
        return Reading.CANCELLED, [
            _contents(order, lines=False),
            _order_undone(order, "order.cancelled"),
        ]
    if not _billing(order).get("email"):
        return Reading.NO_CONTACT, []
    events = [_contents(order, lines=True, restore=status in _PAYABLE, shop=shop)]
    contact = _contact(order, shop)
    if contact is not None:
        events.append(contact)
    if status == "failed":
        events.append({"type": "payment.failed", "reason": "other"})
        return Reading.PAYMENT_FAILED, events
    return Reading.CART, events


def _contents(
    order: dict[str, Any], *, lines: bool, restore: bool = False, shop: Shop | None = None
) -> dict[str, Any]:
    event: dict[str, Any] = {
        "type": "cart.updated",
        "items": _items(order.get("line_items")) if lines else [],
        "currency": order.get("currency"),
    }
    payment_url = order.get("payment_url")
    # The payment page restores exactly this order; only on the shop's own hosts, or the
    # whole event would be refused (the email then links to the shop's restore URL).
    if (
        restore
        and shop is not None
        and isinstance(payment_url, str)
        and len(payment_url) <= 1024
        and shop.leads_home(payment_url)
    ):
        event["restore_url"] = payment_url
    return event


def _contact(order: dict[str, Any], shop: Shop) -> dict[str, Any] | None:
    """The billing contact, with the consent the plugin's checkbox recorded. Without one
    under the `required` policy, nothing: a contact the storefront (kurv.js) told for the
    same cart keeps its consent, and a contact saying false would overwrite it."""
    billing = _billing(order)
    consent = {"yes": True, "no": False}.get(str(_meta(order, CONSENT_META)))
    if consent is None and shop.consent_policy is ConsentPolicy.REQUIRED:
        return None
    event: dict[str, Any] = {
        "type": "checkout.contact",
        "email": billing.get("email"),
        "consent": bool(consent),
    }
    first_name = billing.get("first_name")
    if isinstance(first_name, str) and clean_line(first_name, 100):
        event["first_name"] = clean_line(first_name, 100)
    return event


def _order_completed(order: dict[str, Any]) -> dict[str, Any]:
    number = order.get("number")
    event: dict[str, Any] = {
        "type": "order.completed",
        "order_id": number if _is_identifier(number) else str(order["id"]),
    }
    total = _money(order.get("total"))
    if total is not None:
        event["total"] = total
    email = _billing(order).get("email")
    try:
        # The buyer's address closes their other carts; one Kurv cannot read is left out
        # rather than refusing the purchase itself.
        event["email"] = normalize_email(email) if isinstance(email, str) else None
    except ValueError:
        event["email"] = None
    if event["email"] is None:
        del event["email"]
    return event


def _order_undone(order: dict[str, Any], kind: str) -> dict[str, Any]:
    number = order.get("number")
    return {"type": kind, "order_id": number if _is_identifier(number) else str(order["id"])}


def _items(lines: Any) -> list[dict[str, Any]]:
    if not isinstance(lines, list):
        return []
    items = [_item(line) for line in lines if isinstance(line, dict)]
    return [item for item in items if item is not None][:MAX_ITEMS_PER_CART]


def _item(line: dict[str, Any]) -> dict[str, Any] | None:
    quantity = line.get("quantity")
    if isinstance(quantity, bool) or not isinstance(quantity, int) or not 1 <= quantity <= 9999:
        return None  # a line Kurv cannot show (a refunded line counts negative)
    sku = _sku(line)
    # WordPress keeps titles with HTML entities ("Tea &amp; mugs"); Kurv's emails escape.
    raw_name = line.get("name")
    name = clean_line(html.unescape(raw_name), 200) if isinstance(raw_name, str) else ""
    item: dict[str, Any] = {
        "sku": sku,
        "name": name or sku,
        "quantity": quantity,
        "unit_price": _unit_price(line, quantity),
    }
    image = line.get("image")
    source = image.get("src") if isinstance(image, dict) else None
    if isinstance(source, str) and source and len(source) <= 1024:
        try:
            web_url(source)
            item["image_url"] = source
        except ValueError:
            pass  # no picture rather than no cart
    return item


def _sku(line: dict[str, Any]) -> str:
    """The article number; without one (WooCommerce leaves it empty by default), the
    variation's or product's id, as the shop's admin names them."""
    sku = line.get("sku")
    if isinstance(sku, str) and _is_identifier(sku) and len(sku) <= 64:
        return sku
    for key in ("variation_id", "product_id", "id"):
        value = line.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return f"woo-{value}"
    return "woo-item"


def _unit_price(line: dict[str, Any], quantity: int) -> str:
    """What one costs as the customer saw it in the cart: the line's subtotal (before
    coupons) with its tax, over the quantity, in cents; the REST API's `price` (without
    tax) if those are missing."""
    subtotal, tax = _decimal(line.get("subtotal")), _decimal(line.get("subtotal_tax"))
    if subtotal is not None:
        each = (subtotal + (tax or Decimal(0))) / quantity
    else:
        each = _decimal(line.get("price")) or Decimal(0)
    each = max(each, Decimal(0)).quantize(_CENT, rounding=ROUND_HALF_UP)
    return str(min(each, _MAX_MONEY - _CENT))


def _money(value: Any) -> str | None:
    amount = _decimal(value)
    if amount is None or amount < 0 or amount >= _MAX_MONEY:
        return None
    return str(amount.quantize(_CENT, rounding=ROUND_HALF_UP))


def _decimal(value: Any) -> Decimal | None:
    """WooCommerce writes amounts as strings ("18.00"), `price` as a number."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return None
    return amount if amount.is_finite() else None


def _gmt_seconds(value: Any) -> int | None:
    """'2026-12-06T11:58:10' (the REST API's *_gmt fields: UTC, without an offset)."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


def _billing(order: dict[str, Any]) -> dict[str, Any]:
    billing = order.get("billing")
    return billing if isinstance(billing, dict) else {}


def _meta(order: dict[str, Any], key: str) -> Any:
    """The value of a meta_data entry ({"id", "key", "value"}), or None."""
    entries = order.get("meta_data")
    if not isinstance(entries, list):
        return None
    for entry in entries:
        if isinstance(entry, dict) and entry.get("key") == key:
            return entry.get("value")
    return None


def _is_identifier(value: Any) -> bool:
    return (
        isinstance(value, str)
        and 0 < len(value) <= 128
        and all("\x21" <= char <= "\x7e" for char in value)
    )
