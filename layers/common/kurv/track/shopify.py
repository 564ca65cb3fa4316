"""A Shopify webhook's payload read into Kurv's own events, in the public format. Pure.

Shopify has no "abandoned" event: a checkout with an address is a cart (its `token` is the
cart id) and Kurv's series decides when it went quiet. Each topic has its reader in
`READERS`; a topic without one is not Kurv's to read (`Topic.UNKNOWN`, or a GDPR topic,
answered elsewhere). The events go through the public contract (tracking.Tracker.apply)
like any signed call's: what they may say is checked there, not here. What is read here
is only what Shopify may send oddly (an empty sku, an unknown locale, a name too long), so
one odd field costs that field, not the cart.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

from kurv.core.locales import normalize_email, normalize_locale
from kurv.track.events import MAX_ITEMS_PER_CART


class Topic(StrEnum):
    """The topics Kurv subscribes to (`kurv connect shopify` lists them), and GDPR's."""

    CHECKOUTS_CREATE = "checkouts/create"
    CHECKOUTS_UPDATE = "checkouts/update"
    CHECKOUTS_DELETE = "checkouts/delete"
    ORDERS_CREATE = "orders/create"
    ORDERS_PAID = "orders/paid"
    ORDERS_CANCELLED = "orders/cancelled"
    CUSTOMERS_REDACT = "customers/redact"
    SHOP_REDACT = "shop/redact"
    CUSTOMERS_DATA_REQUEST = "customers/data_request"


# The webhook API version Kurv reads (its payloads name checkouts by `token` only).
API_VERSION = "2026-10"
SUBSCRIBED = (
    Topic.CHECKOUTS_CREATE,
    Topic.CHECKOUTS_UPDATE,
    Topic.CHECKOUTS_DELETE,
    Topic.ORDERS_CREATE,
    Topic.ORDERS_PAID,
    Topic.ORDERS_CANCELLED,
)
GDPR = (Topic.CUSTOMERS_REDACT, Topic.SHOP_REDACT, Topic.CUSTOMERS_DATA_REQUEST)

_DEFAULT_VARIANT = "Default Title"  # Shopify's name for a product's only variant
_SKU = re.compile(r"[!-~]{1,64}")  # what the contract takes: printable ASCII, no spaces
_EVENT_ID = re.compile(r"[A-Za-z0-9._:-]{1,80}")
_MAX_NAME = 200
_MAX_FIRST_NAME = 100


def event_ids(topic: Topic, delivery_id: str | None, count: int) -> list[str | None]:
    """One event_id per event a delivery makes: `shopify:<topic>:<id>:<n>`. A redelivery
    carries the same id, so each event is applied once (the cart keeps the ids it has seen);
    the topic keeps apart deliveries of one merchant action under several topics (a
    completed checkout and its order), should Shopify give them one id. An id that is not
    plain is hashed, never passed on as it came."""
    if not delivery_id:
        return [None] * count
    plain = delivery_id if _EVENT_ID.fullmatch(delivery_id) else _digest(delivery_id)
    return [f"shopify:{topic.value}:{plain}:{n}" for n in range(count)]


def read_checkout(checkout: Mapping[str, Any]) -> list[dict[str, Any]]:
    """checkouts/create and checkouts/update: a checkout with an address is a cart with its
    contents and contact; once completed, it is an order. Without an address it is nobody's
    cart yet (no email could reach it): nothing."""
    token = _text(checkout.get("token"))
    if token is None:
        return []
    if checkout.get("completed_at"):
        return [_completed_checkout(token, checkout)]
    email = _text(checkout.get("email"))
    if email is None:
        return []
    occurred_at = _text(checkout.get("updated_at")) or _text(checkout.get("created_at"))
    currency = _text(checkout.get("presentment_currency")) or _text(checkout.get("currency"))
    locale = _locale(checkout.get("customer_locale"))
    cart: dict[str, Any] = {
        "type": "cart.updated",
        "cart_id": token,
        "items": _items(checkout.get("line_items")),
        "currency": currency,
    }
    contact: dict[str, Any] = {
        "type": "checkout.contact",
        "cart_id": token,
        "email": email,
        "consent": checkout.get("buyer_accepts_marketing") is True,
    }
    restore_url = _text(checkout.get("abandoned_checkout_url"))
    if restore_url:
        cart["restore_url"] = restore_url
    first_name = _first_name(checkout)
    if first_name:
        contact["first_name"] = first_name
    for event in (cart, contact):
        if locale:
            event["locale"] = locale
        if occurred_at:
            event["occurred_at"] = occurred_at
    return [cart, contact]


def read_order(order: Mapping[str, Any]) -> list[dict[str, Any]]:
    """orders/create and orders/paid: the purchase closes the checkout it came from. An
    order without a checkout (a POS sale, a draft order) had no cart here: nothing."""
    token = _text(order.get("checkout_token"))
    order_id = _identifier(order.get("id"))
    if token is None or order_id is None:
        return []
    event: dict[str, Any] = {"type": "order.completed", "cart_id": token, "order_id": order_id}
    total = _order_total(order)
    if total is not None:
        event["total"] = total
    email = _email(order.get("email")) or _email(order.get("contact_email"))
    if email:
        event["email"] = email
    occurred_at = _text(order.get("processed_at")) or _text(order.get("created_at"))
    if occurred_at:
        event["occurred_at"] = occurred_at
    return [event]


def read_cancelled_order(order: Mapping[str, Any]) -> list[dict[str, Any]]:
    """orders/cancelled: calls off the check-in of the checkout's order (Shopify cancels an
    order with its refund; refunds/create names no checkout, so Kurv reads this one)."""
    token = _text(order.get("checkout_token"))
    order_id = _identifier(order.get("id"))
    if token is None or order_id is None:
        return []
    event: dict[str, Any] = {"type": "order.cancelled", "cart_id": token, "order_id": order_id}
    cancelled_at = _text(order.get("cancelled_at"))
    if cancelled_at:
        event["occurred_at"] = cancelled_at
    return [event]


def deleted_checkout(checkout: Mapping[str, Any]) -> str | None:
    """checkouts/delete: the cart id of the checkout Shopify no longer keeps."""
    return _text(checkout.get("token"))


READERS: dict[Topic, Callable[[Mapping[str, Any]], list[dict[str, Any]]]] = {
    Topic.CHECKOUTS_CREATE: read_checkout,
    Topic.CHECKOUTS_UPDATE: read_checkout,
    Topic.ORDERS_CREATE: read_order,
    Topic.ORDERS_PAID: read_order,
    Topic.ORDERS_CANCELLED: read_cancelled_order,
}


def _completed_checkout(token: str, checkout: Mapping[str, Any]) -> dict[str, Any]:
    # The order's own id comes with orders/create; until then the checkout names it.
    order_id = _identifier(checkout.get("order_id")) or f"checkout-{_digest(token)[:32]}"
    event: dict[str, Any] = {"type": "order.completed", "cart_id": token, "order_id": order_id}
    total = _money(checkout.get("total_price"))
    if total is not None:
        event["total"] = total
    email = _email(checkout.get("email"))
    if email:
        event["email"] = email
    completed_at = _text(checkout.get("completed_at"))
    if completed_at:
        event["occurred_at"] = completed_at
    return event


def _items(lines: Any) -> list[dict[str, Any]]:
    if not isinstance(lines, list):
        return []
    items = [item for line in lines if (item := _item(line)) is not None]
    return items[:MAX_ITEMS_PER_CART]


def _item(line: Any) -> dict[str, Any] | None:
    if not isinstance(line, dict):
        return None
    title = _text(line.get("title"))
    quantity = line.get("quantity")
    price = line.get("price")
    if title is None or not isinstance(quantity, int) or isinstance(quantity, bool):
        return None
    if not isinstance(price, str):
        return None
    variant = _text(line.get("variant_title"))
    name = f"{title} - {variant}" if variant and variant != _DEFAULT_VARIANT else title
    return {
        "sku": _sku(line),
        "name": name[:_MAX_NAME].strip(),
        "quantity": quantity,
        "unit_price": price,
    }


def _sku(line: Mapping[str, Any]) -> str:
    """The merchant's sku when the contract can take it; else one made from the variant or
    product id, the same on every update of the checkout."""
    sku = _text(line.get("sku"))
    if sku and _SKU.fullmatch(sku):
        return sku
    for field, prefix in (("variant_id", "variant"), ("product_id", "product")):
        made = _identifier(line.get(field))
        if made:
            return f"{prefix}-{made}"[:64]
    key = _text(line.get("key")) or _text(line.get("title")) or ""
    return "line-" + _digest(key)[:32]


def _first_name(checkout: Mapping[str, Any]) -> str | None:
    for holder in ("customer", "billing_address", "shipping_address"):
        found = checkout.get(holder)
        name = _text(found.get("first_name")) if isinstance(found, dict) else None
        if name and len(name) <= _MAX_FIRST_NAME and name.isprintable():
            return name
    return None


def _locale(value: Any) -> str | None:
    """Shopify's customer_locale (en, da, nb, pt-BR) as Kurv reads it; one Kurv does not
    know is left out, and the shop's language applies."""
    text = _text(value)
    if text is None:
        return None
    try:
        return normalize_locale(text)
    except ValueError:
        return None


def _email(value: Any) -> str | None:
    """An order's address, only when it reads as one: a bad address must not cost the
    order (an order closes its cart with or without it)."""
    text = _text(value)
    if text is None or len(text) > 254:
        return None
    try:
        return normalize_email(text)
    except ValueError:
        return None


def _order_total(order: Mapping[str, Any]) -> str | None:
    """What the customer paid, in the currency they saw (the cart's): presentment money
    when Shopify gives it, else the plain total when it is in that currency."""
    for field in ("current_total_price_set", "total_price_set"):
        money = order.get(field)
        presented = money.get("presentment_money") if isinstance(money, dict) else None
        if isinstance(presented, dict):
            amount = _money(presented.get("amount"))
            if amount is not None:
                return amount
    shop_currency = _text(order.get("currency"))
    presentment = _text(order.get("presentment_currency"))
    if presentment and shop_currency and presentment != shop_currency:
        return None  # only the shop's currency: a wrong figure is worse than none
    return _money(order.get("current_total_price")) or _money(order.get("total_price"))


def _money(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _identifier(value: Any) -> str | None:
    """Shopify's numeric ids, and its string ones, when the contract can take them."""
    if isinstance(value, bool):
        return None
    text = str(value) if isinstance(value, int) else _text(value)
    return text if text and _SKU.fullmatch(text) else None


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    stripped = value.strip()
    return stripped or None


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", errors="surrogatepass")).hexdigest()
