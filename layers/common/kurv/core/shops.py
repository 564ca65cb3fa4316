"""A shop's configuration: who sends, in which language, when, and with which secrets."""

from __future__ import annotations

import re
import secrets
from enum import StrEnum
from typing import Annotated, Any
from urllib.parse import quote

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SecretStr,
    model_validator,
)

from kurv.core.clock import HOUR
from kurv.core.figures import ATTRIBUTION_DAYS
from kurv.core.locales import (
    deliverable_email,
    normalize_currency,
    normalize_locale,
)
from kurv.core.promises import (
    PaymentMethod,
    ShippingNote,
    TrustMark,
    VatNote,
    normalize_amount,
    normalize_delivery_days,
    normalize_payment_method,
    on_mark_host,
)
from kurv.core.text import on_one_line
from kurv.core.urls import WebUrl, web_url

DEFAULT_SERIES_HOURS = (1, 24, 72)
SHOP_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{1,39}$"


class ConsentPolicy(StrEnum):
    # Only carts whose checkout.contact said consent: true get emails.
    REQUIRED = "required"
    # Every known address may get the series; each email says why it was sent.
    NOTICE = "notice"


def normalize_origin(value: str) -> str:
    """'https://Shop.example:443/' -> 'https://shop.example', as a browser's Origin says it."""
    read = web_url(value.strip())
    if read.href != read.origin + "/":
        raise ValueError("must be an origin such as https://shop.example: no path, query or #")
    return read.origin


def _secure(read: WebUrl) -> WebUrl:
    """https, as every deployed shop's customers get; http only where no customer can be:
    a stack on this machine (`make run`'s localhost and 127.0.0.1)."""
    if read.scheme != "https" and not read.on_loopback:
        raise ValueError("must be https (http only for a stack on this machine: localhost)")
    return read


def _shop_origin(value: str) -> str:
    origin = normalize_origin(value)
    _secure(web_url(origin))
    return origin


def normalize_host(value: str) -> str:
    """'cdn.shop.example' or '*.shop.example' (any subdomain), lower case, no scheme or path."""
    host = value.strip().lower().rstrip(".")
    bare = host.removeprefix("*.")
    labels = bare.split(".")
    if (
        len(host) > 253
        or len(labels) < 2
        or not all(
            label
            and len(label) <= 63
            and label.replace("-", "").isalnum()
            and label.isascii()
            and not label.startswith("-")
            and not label.endswith("-")
            for label in labels
        )
    ):
        raise ValueError(f"{value!r} is not a host name such as cdn.shop.example or *.shop.example")
    return host


def host_allowed(host: str, allowed: tuple[str, ...]) -> bool:
    host = host.lower().rstrip(".")
    return any(
        host == pattern or (pattern.startswith("*.") and host.endswith(pattern[1:]))
        for pattern in allowed
    )


# An address or a pattern of them: what email addresses are made of, and * for any run.
_ADDRESS_PATTERN = re.compile(r"[a-z0-9.!#$%&'*+/=^_`{|}~-]+@[a-z0-9.*-]+")


def _address_pattern(value: str) -> str:
    value = value.strip().lower()
    if not _ADDRESS_PATTERN.fullmatch(value):
        raise ValueError(
            "must be an address, or a pattern with * for any characters, e.g. "
            "orders@shop.example or *@shop.example"
        )
    return value


# Everything up to the host's end comes before {cart_id}: a cart id never chooses the scheme,
# a user name, the host or the port, only a place in the path, query or fragment.
_FIXED_HOST = re.compile(r"https?://[^/?#{}]+[/?#]", re.IGNORECASE)


def _restore_url(value: str) -> str:
    value = value.strip()
    head, placeholder, _ = value.partition("{cart_id}")
    if not placeholder:
        raise ValueError("must contain {cart_id}, e.g. https://shop.example/cart/{cart_id}")
    if not _FIXED_HOST.match(head):
        raise ValueError(
            "must name its host before {cart_id}, which goes in the path or query, "
            "e.g. https://shop.example/cart/{cart_id}"
        )
    _secure(_restore_example(value))
    return value


def _restore_example(template: str) -> WebUrl:
    """The restore URL of a cart, as a browser reads it."""
    return web_url(template.replace("{cart_id}", "x"))


_MYSHOPIFY = re.compile(r"[a-z0-9][a-z0-9-]{0,59}\.myshopify\.com")


def _myshopify_domain(value: str) -> str:
    """The store's own Shopify domain, as X-Shopify-Shop-Domain names it."""
    domain = value.strip().lower()
    if not _MYSHOPIFY.fullmatch(domain):
        raise ValueError(
            "must be the store's <name>.myshopify.com domain, e.g. nordlys.myshopify.com"
        )
    return domain


def _timezone(value: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{value!r} is not a time zone such as Europe/Copenhagen") from None
    return value


class Formality(StrEnum):
    """How the emails address a customer where the language has two ways (German: Sie, du)."""

    FORMAL = "formal"
    INFORMAL = "informal"


FREE_SHIPPING = "free-shipping"
_PERCENT = re.compile(r"^(100|[1-9][0-9]?)%$")
_AMOUNT = re.compile(r"^([0-9]{1,7}(?:\.[0-9]{1,2})?) ([A-Z]{3})$")


def normalize_coupon_worth(value: str) -> str:
    """What a coupon is worth, in words every language can say: '10%', '50 DKK' (an amount
    off, in a currency) or 'free-shipping'."""
    value = " ".join(value.split())
    if value.lower() == FREE_SHIPPING:
        return FREE_SHIPPING
    amount = _AMOUNT.match(value.upper())
    if amount:
        return f"{amount.group(1)} {normalize_currency(amount.group(2))}"
    if _PERCENT.match(value.replace(" ", "")):
        return value.replace(" ", "")
    raise ValueError(
        f"{value!r} is not a coupon's worth: use a percentage (10%), an amount with its "
        f"currency (50 DKK) or {FREE_SHIPPING}"
    )


def tel_url(phone: str) -> str | None:
    """'+45 70 20 30 40' -> 'tel:+4570203040'; None when it is not a number one can dial."""
    digits = "".join(ch for ch in phone if ch.isdigit() and ch.isascii())
    if len(digits) < 3 or any(ch not in "+0123456789 -().\u00a0/" for ch in phone.strip()):
        return None
    return "tel:" + ("+" if phone.strip().startswith("+") else "") + digits


def _plain_line(value: str) -> str:
    """A name as the From header and the subjects carry it: one line of visible text."""
    if not on_one_line(value):
        raise ValueError(
            "must be one line of text, without line breaks, control or invisible characters"
        )
    text = " ".join(value.split())
    if not text:
        raise ValueError("must not be empty")
    return text


def _one_line(value: str) -> str:
    """Lines given (an address on three lines) joined with commas, then one plain line."""
    return _plain_line(", ".join(part.strip() for part in value.splitlines() if part.strip()))


def _https_url(value: str) -> str:
    read = web_url(value.strip())
    if read.scheme != "https":
        raise ValueError("must be an https URL")
    return read.href


def _given_ones(values: Any) -> Any:
    """A list as given, without its empty entries: `--payment-method ''` clears the list."""
    if isinstance(values, list | tuple):
        return tuple(value for value in values if not isinstance(value, str) or value.strip())
    return values


Line100 = Annotated[str, AfterValidator(_one_line), Field(min_length=1, max_length=100)]
Line200 = Annotated[str, AfterValidator(_one_line), Field(min_length=1, max_length=200)]


class SeriesStep(BaseModel):
    """One email of the series: sent `delay_seconds` after the cart's last activity."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    delay_seconds: Annotated[int, Field(ge=60, le=30 * 24 * HOUR)]
    # A static coupon code shown in this step only. No discount is the default, and the better one.
    coupon: (
        Annotated[str, AfterValidator(_plain_line), Field(min_length=1, max_length=40)] | None
    ) = None
    # What the code is worth ("10%", "50 DKK", "free-shipping"): the email says it in words.
    coupon_worth: Annotated[str, AfterValidator(normalize_coupon_worth)] | None = None

    @model_validator(mode="after")
    def _worth_needs_a_code(self) -> SeriesStep:
        if self.coupon_worth and not self.coupon:
            raise ValueError("a coupon's worth needs its coupon code")
        return self


class Experiment(BaseModel):
    """One variant of the series run against the shop's own (`kurv experiment start`): a
    share of the emailed customers (never the holdout's) get `series` instead, decided per
    address when a cart first becomes due (recover.holdout.arm_for), stored on the cart."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,39}$")]
    split: Annotated[int, Field(ge=1, le=99)] = 50  # percent of emailed customers in the variant
    series: Annotated[tuple[SeriesStep, ...], Field(min_length=1, max_length=5)]
    # What else the variant changes, where it differs from the shop's setting (None: the same).
    product_subjects: bool | None = None
    payment_offer: bool | None = None
    started_at: Annotated[int, Field(ge=0)] = 0
    stopped_at: Annotated[int, Field(ge=0)] = 0  # 0: running; after it, no new carts join

    @property
    def running(self) -> bool:
        return not self.stopped_at


def default_series() -> tuple[SeriesStep, ...]:
    return tuple(SeriesStep(delay_seconds=hours * HOUR) for hours in DEFAULT_SERIES_HOURS)


# WooCommerce's own statuses that mean a purchase; a shop's custom ones may be added.
WOOCOMMERCE_ORDER_STATUSES = ("processing", "completed", "on-hold")
# Statuses the connector reads otherwise: a cart (pending, checkout-draft), a failed
# payment (failed), a cart given up (cancelled). None of them is ever a purchase.
WOOCOMMERCE_CART_STATUSES = ("pending", "checkout-draft", "failed", "cancelled")


def _woocommerce_order_status(value: str) -> str:
    """'wc-processing' or 'Processing' -> 'processing': a status's slug, as orders carry it."""
    status = value.strip().lower().removeprefix("wc-")
    if not re.fullmatch(r"[a-z0-9_-]{1,20}", status):
        raise ValueError(f"{value!r} is not a WooCommerce order status such as processing")
    if status in WOOCOMMERCE_CART_STATUSES:
        raise ValueError(f"{status} is never a purchase: the connector reads it as a cart")
    return status


def new_signing_secret() -> str:
    return "ksk_" + secrets.token_urlsafe(32)


def new_publishable_key() -> str:
    return "kpk_" + secrets.token_urlsafe(18)


class Shop(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    # Each field is a setting `kurv shop add|update` takes as --<its name> and `kurv shop show`
    # prints: its description is the option's help; json_schema_extra may name its "flag",
    # its "row" in shop show, and what applies while it is "unset". {"setting": False}: Kurv
    # makes it, never the merchant (kurv_tools/cli/shop_settings.py reads all of this).
    shop_id: Annotated[
        str,
        Field(
            pattern=SHOP_ID_PATTERN,
            description="the shop's id: a-z, 0-9 and -, e.g. nordlys",
            json_schema_extra={"setting": False},
        ),
    ]
    # In the From header and the subjects: one line (a line break there stops every email).
    name: Annotated[
        str,
        AfterValidator(_plain_line),
        Field(min_length=1, max_length=100, description="the shop's name, as customers know it"),
    ]
    sender_email: Annotated[
        str,
        AfterValidator(deliverable_email),
        Field(
            description="From address (an SES-verified identity)",
            json_schema_extra={"row": "sender"},
        ),
    ]
    sender_name: Annotated[
        str,
        AfterValidator(_plain_line),
        Field(
            min_length=1,
            max_length=100,
            description="From name",
            json_schema_extra={"row": "sender", "unset": "the shop's name"},
        ),
    ]
    locale: Annotated[
        str, AfterValidator(normalize_locale), Field(description="default language of emails")
    ] = "en"
    currency: Annotated[
        str, AfterValidator(normalize_currency), Field(description="default ISO 4217 currency")
    ] = "EUR"
    # Dates in emails (when the cart expires) are the shop's local dates.
    timezone: Annotated[
        str,
        AfterValidator(_timezone),
        Field(
            description="the shop's time zone, for the dates in emails, e.g. Europe/Copenhagen",
            json_schema_extra={"row": "time zone"},
        ),
    ] = "UTC"
    support_email: Annotated[str, AfterValidator(deliverable_email)] | None = Field(
        None,
        description="where customers' questions go, shown in emails",
        json_schema_extra={"row": "support"},
    )
    support_phone: Annotated[str, AfterValidator(_plain_line), Field(max_length=32)] | None = Field(
        None,
        description="a phone number shown at the top of emails, e.g. '+45 70 20 30 40'",
        json_schema_extra={"row": "support"},
    )
    # Who signs the emails ("Mette", "customer service"): a person reads better than a
    # team. Without a name, the shop's customer service signs.
    signer_name: Line100 | None = Field(
        None,
        description="who signs the emails, e.g. Mette",
        json_schema_extra={"row": "signed by", "unset": "the shop's customer service"},
    )
    signer_role: Line100 | None = Field(
        None,
        description="the signer's role, in the shop's language, e.g. kundeservice",
        json_schema_extra={"row": "signed by"},
    )
    # A logo above the email (its alt text is the shop's name, so the email reads with
    # images off). https, on one of the hosts emails may load images from.
    logo_url: Annotated[str, AfterValidator(_https_url), Field(max_length=1000)] | None = Field(
        None,
        description="an https logo above the email, on the shop's hosts or an --image-host; "
        "with images off, the shop's name shows",
        json_schema_extra={"row": "logo"},
    )
    # The sender's identity, as marketing law in the EU and Norway expects in the footer:
    # the legal name (default: name), postal address, and company number with its label
    # ("CVR 12345678", "Org.nr. 912 345 678", "HRB 12345, Amtsgericht Hamburg").
    legal_name: Line100 | None = Field(
        None,
        description="the company's legal name in the footer",
        json_schema_extra={"row": "footer", "unset": "the shop's name"},
    )
    postal_address: Line200 | None = Field(
        None,
        description="the postal address in the footer, as marketing law asks, "
        "e.g. 'Nørregade 1, 1165 København K'",
        json_schema_extra={"row": "footer"},
    )
    company_number: Line100 | None = Field(
        None,
        description="the company number with its label, e.g. 'CVR 12345678' or "
        "'Org.nr. 912 345 678'",
        json_schema_extra={"row": "footer"},
    )
    # German emails say Sie (formal, the default) or du (informal), as the shop does.
    formality: Formality = Field(
        Formality.FORMAL,
        description="how German emails address a customer, formal with Sie or informal with du",
    )
    # What the shop promises (core.promises): each said in the emails only when set here.
    cart_lifetime_days: Annotated[int, Field(ge=0, le=400)] = Field(
        0,
        description="how many days the shop keeps a cart after its last change; the emails "
        "then say until when it is saved (0: they say nothing about how long it is kept)",
        json_schema_extra={"row": "cart lifetime"},
    )
    vat: VatNote = Field(
        VatNote.UNSAID,
        description="whether the emails say the prices include or exclude VAT",
        json_schema_extra={"row": "prices"},
    )
    shipping: ShippingNote = Field(
        ShippingNote.UNSAID,
        description="what the emails say of shipping: at-checkout (calculated at checkout), "
        "free (always), or unsaid",
        json_schema_extra={"row": "prices"},
    )
    free_shipping_over: Annotated[str, AfterValidator(normalize_amount)] | None = Field(
        None,
        description="free shipping on orders over this amount, said in carts of its "
        "currency, e.g. '499 DKK'",
        json_schema_extra={"row": "promises"},
    )
    returns_days: Annotated[int, Field(ge=0, le=365)] = Field(
        0,
        description="days a customer has to return an order, said in the emails (0: unsaid)",
        json_schema_extra={"row": "promises"},
    )
    free_returns: bool = Field(
        False,
        description="on: the emails say returns are free",
        json_schema_extra={"row": "promises"},
    )
    delivery_days: Annotated[str, AfterValidator(normalize_delivery_days)] | None = Field(
        None,
        description="working days from order to delivery, e.g. 2 or 1-3",
        json_schema_extra={"row": "promises"},
    )
    trust_mark: TrustMark = Field(
        TrustMark.NONE,
        description="a trust mark or review site the shop belongs to, named with its link",
        json_schema_extra={"row": "trust mark"},
    )
    trust_mark_url: Annotated[str, AfterValidator(_https_url), Field(max_length=500)] | None = (
        Field(
            None,
            description="the shop's page at its trust mark, https on the mark's own site, "
            "e.g. https://www.trustpilot.com/review/shop.example",
            json_schema_extra={"row": "trust mark"},
        )
    )
    help_url: Annotated[str, AfterValidator(_https_url), Field(max_length=500)] | None = Field(
        None,
        description="the shop's help or FAQ page, https on its own hosts or an --image-host",
        json_schema_extra={"row": "help page"},
    )
    payment_methods: Annotated[
        tuple[Annotated[str, AfterValidator(normalize_payment_method)], ...],
        BeforeValidator(_given_ones),
    ] = Field(
        (),
        description="a way to pay besides a card, named in the payment emails: "
        + ", ".join(method.value for method in PaymentMethod)
        + " ('' clears them)",
        json_schema_extra={"row": "payment methods"},
    )
    utm: bool = Field(
        True,
        description="on: the cart and product links carry utm_source=kurv, utm_medium=email, "
        "utm_campaign=cart-recovery and utm_content=reminder-<step> for the shop's analytics",
        json_schema_extra={"row": "utm"},
    )
    restore_url: Annotated[
        str,
        AfterValidator(_restore_url),
        Field(
            description="where a customer's cart lives, with {cart_id} after the host, "
            "e.g. https://shop.example/cart/{cart_id} (https; http only on localhost)"
        ),
    ]
    series: Annotated[tuple[SeriesStep, ...], Field(min_length=1, max_length=5)] = Field(
        default_factory=default_series,
        description="delays after last activity, e.g. 1h,24h,72h (default); coupons stay on "
        "their steps",
    )
    consent_policy: ConsentPolicy = Field(
        ConsentPolicy.REQUIRED,
        description="required: only carts whose contact said consent: true; notice: every "
        "known address, and the email says why it came",
        json_schema_extra={"flag": "--consent", "row": "consent"},
    )
    retention_days: Annotated[int, Field(ge=1, le=400)] = Field(
        30, description="keep cart data this long", json_schema_extra={"row": "retention"}
    )
    allowed_origins: tuple[Annotated[str, AfterValidator(_shop_origin)], ...] = Field(
        (),
        description="a browser origin allowed to post with the publishable key, e.g. "
        "https://shop.example (https; http only on localhost)",
        json_schema_extra={"flag": "--origin", "row": "origins"},
    )
    # Hosts (besides the origins and the restore URL's) that images and item links in an
    # email may point to, e.g. a CDN. Anything else an event names is left out of the email.
    image_hosts: tuple[Annotated[str, AfterValidator(normalize_host)], ...] = Field(
        (),
        description="a host emails may load item pictures or links from, besides the origins "
        "and the restore URL's, e.g. cdn.shop.example or *.cdn.example",
    )
    # Addresses no customer reads (the shop's own order desk, its test accounts): never
    # emailed, whoever names them (core.consent.read_by_nobody).
    never_email: tuple[Annotated[str, AfterValidator(_address_pattern)], ...] = Field(
        (),
        description="an address no customer reads, never emailed (the shop's own or test "
        "addresses), e.g. orders@shop.example; * matches any characters, e.g. *@shop.example",
    )
    # Whether the storefront (publishable key) may introduce an address or consent. Off:
    # only signed server calls may.
    browser_contacts: bool = Field(
        True,
        description="on: the storefront may send checkout.contact with the publishable key; "
        "off: only signed server calls may introduce an address or consent",
    )
    # New addresses the storefront may introduce per hour; past it, they are kept but not
    # emailed (a metric and an alarm say so).
    browser_contacts_per_hour: Annotated[int, Field(ge=1, le=100_000)] = Field(
        100,
        description="new addresses the storefront may introduce an hour; past that they are "
        "kept but not emailed",
        json_schema_extra={"row": "browser contacts"},
    )
    # One series per address and shop in this many days, whatever the cart.
    series_window_days: Annotated[int, Field(ge=1, le=400)] = Field(
        30,
        description="one series per address in this many days, whatever the cart",
        json_schema_extra={"row": "series window"},
    )
    # A word after the sale: one service email this long after an order Kurv knows of (a
    # signed order.completed), unless it was refunded or cancelled (recover.decisions).
    check_in_seconds: Annotated[int, Field(ge=0, le=60 * 24 * HOUR)] = Field(
        0,
        description="one short email this long after an order (e.g. 5d), asking whether "
        "everything arrived as it should; off: none",
        json_schema_extra={"flag": "--check-in", "row": "check-in"},
    )
    # `kurv report` counts an order as recovered when it came this many days or fewer after
    # an email (or a click on one).
    attribution_days: Annotated[int, Field(ge=1, le=90)] = Field(
        ATTRIBUTION_DAYS,
        description="an order is recovered when it came this many days or fewer after the "
        "cart's last email (kurv report, the dashboard and the metrics all count so)",
        json_schema_extra={"row": "attribution"},
    )
    # The share of carts (by address) that get no email at all, to measure what the emails
    # add against them (recover.holdout; kurv report's "holdout").
    holdout_percent: Annotated[int, Field(ge=0, le=50)] = Field(
        0,
        description="the percent of customers (0 to 50) whose carts get no email, to measure "
        "what the emails truly add (kurv report); 0: off",
        json_schema_extra={"flag": "--holdout", "row": "holdout"},
    )
    # German emails that say Sie greet with "Guten Tag,": on, "Hallo Anna," where the first
    # name is known (a common, friendly style; du emails always do).
    first_name_greeting: bool = Field(
        False,
        description="German emails that say Sie: greet by first name (Hallo Anna,) where it is "
        "known, instead of Guten Tag,",
        json_schema_extra={"row": "greeting"},
    )
    # Subjects led by the cart's product ("Your merino throw is still waiting"), else the
    # step's own; and the payment emails' offer to take the order by reply or phone.
    product_subjects: bool = Field(
        True,
        description="on: a subject names the cart's product where one fits; off: each email's "
        "own subject",
    )
    payment_offer: bool = Field(
        True,
        description="on: the emails after a failed payment offer to take the order by reply "
        "or phone; off: they only help with the payment",
    )
    # The shop's experiment, running or the last one stopped (kurv experiment).
    experiment: Experiment | None = Field(None, json_schema_extra={"setting": False})
    # WooCommerce (POST /v1/woocommerce/{shop_id}): the webhooks' secret, and which order
    # statuses are purchases (bank transfer and invoice orders wait on-hold: bought, not left).
    woocommerce_secret: Annotated[SecretStr, Field(min_length=16, max_length=200)] | None = Field(
        None,
        description="the Secret of the shop's WooCommerce webhooks, which sign each delivery "
        "(kurv connect woocommerce says where it goes)",
        json_schema_extra={"row": "woocommerce"},
    )
    woocommerce_order_statuses: Annotated[
        tuple[Annotated[str, AfterValidator(_woocommerce_order_status)], ...],
        Field(min_length=1, max_length=20),
    ] = Field(
        WOOCOMMERCE_ORDER_STATUSES,
        description="a WooCommerce order status that is a purchase, e.g. processing",
        json_schema_extra={"flag": "--woocommerce-order-status", "row": "order statuses"},
    )
    signing_secret: SecretStr = Field(
        default_factory=lambda: SecretStr(new_signing_secret()),
        json_schema_extra={"setting": False},
    )
    # After `kurv shop rotate-secret`: the old secret, still accepted until then (Unix
    # seconds), so a shop's servers can switch over without losing an event.
    previous_signing_secret: SecretStr | None = Field(None, json_schema_extra={"setting": False})
    previous_secret_until: Annotated[int, Field(ge=0)] = Field(
        0, json_schema_extra={"setting": False}
    )
    # When each platform (shopify, woocommerce) last delivered a webhook, in Unix seconds, to
    # the hour: `kurv doctor` warns when a connected shop has gone quiet.
    deliveries: dict[str, int] = Field(default_factory=dict, json_schema_extra={"setting": False})
    # Signs the links in emails; kept apart from signing_secret so rotating one spares the other.
    link_secret: SecretStr = Field(
        default_factory=lambda: SecretStr(new_signing_secret()),
        json_schema_extra={"setting": False},
    )
    publishable_key: Annotated[str, Field(min_length=8, max_length=100)] = Field(
        default_factory=new_publishable_key, json_schema_extra={"setting": False}
    )
    active: bool = Field(
        True, description="switched off, Kurv takes no events from the shop and sends no emails"
    )
    # The Shopify connector (POST /v1/shopify/<shop>): webhooks signed with this secret, from
    # this store only. Both set, or the connector answers every delivery 401.
    shopify_secret: SecretStr | None = Field(
        None,
        description="the secret Shopify signs the store's webhooks with (Settings > "
        "Notifications > Webhooks, or the app's client secret)",
        json_schema_extra={"row": "shopify"},
    )
    shopify_domain: Annotated[str, AfterValidator(_myshopify_domain)] | None = Field(
        None,
        description="the store's <name>.myshopify.com domain, as Shopify names it in its webhooks",
        json_schema_extra={"row": "shopify"},
    )

    @model_validator(mode="after")
    def _series_fits_retention(self) -> Shop:
        every = [self.series] + ([self.experiment.series] if self.experiment else [])
        for series in every:
            delays = [step.delay_seconds for step in series]
            if delays != sorted(set(delays)):
                raise ValueError("series delays must increase from step to step")
            if delays[-1] >= self.retention_days * 24 * HOUR:
                raise ValueError("the last email must be due before the cart's data expires")
        last = max(series[-1].delay_seconds for series in every)
        if self.cart_lifetime_days and last >= self.cart_lifetime_days * 24 * HOUR:
            raise ValueError(
                "the last email must be due before the shop empties the cart (--cart-lifetime-days)"
            )
        self._promises_hold()
        if self.check_in_seconds >= self.retention_days * 24 * HOUR:
            raise ValueError("the check-in must be due before the order's data expires")
        if self.logo_url and not host_allowed(web_url(self.logo_url).host, self.link_hosts):
            raise ValueError(
                "the logo must be on the shop's own hosts or an image host (--image-host): "
                + ", ".join(self.link_hosts)
            )
        return self

    def _promises_hold(self) -> None:
        if self.shipping is ShippingNote.FREE and self.free_shipping_over:
            raise ValueError("shipping is free: a free-shipping threshold says otherwise")
        if (self.trust_mark is TrustMark.NONE) != (self.trust_mark_url is None):
            raise ValueError("a trust mark needs its link (--trust-mark-url), and a link its mark")
        if self.trust_mark_url and not on_mark_host(self.trust_mark, self.trust_mark_url):
            raise ValueError(f"the trust mark's link must be on {self.trust_mark.value}'s own site")
        if self.help_url and not host_allowed(web_url(self.help_url).host, self.link_hosts):
            raise ValueError(
                "the help page must be on the shop's own hosts or an image host (--image-host): "
                + ", ".join(self.link_hosts)
            )

    def cart_kept_until(self, last_activity_at: int) -> int | None:
        """When the shop empties a cart last changed at `last_activity_at`, if it said."""
        if not self.cart_lifetime_days:
            return None
        return last_activity_at + self.cart_lifetime_days * 24 * HOUR

    @property
    def home_url(self) -> str:
        """The shop's front page: its first storefront origin, else its restore URL's."""
        if self.allowed_origins:
            return self.allowed_origins[0] + "/"
        return _restore_example(self.restore_url).origin + "/"

    @property
    def link_hosts(self) -> tuple[str, ...]:
        """Hosts an email may link to or load images from."""
        return tuple(dict.fromkeys((*self._own_hosts, *self.image_hosts)))

    @property
    def _own_hosts(self) -> tuple[str, ...]:
        """The hosts of the shop's storefront origins and of its restore URL."""
        hosts = [web_url(origin).host for origin in self.allowed_origins]
        hosts.append(_restore_example(self.restore_url).host)
        return tuple(dict.fromkeys(host for host in hosts if host))

    @property
    def restore_hosts(self) -> tuple[str, ...]:
        """Hosts a cart's own restore URL may lead to: the shop's storefront origins, its
        restore URL's host and its Shopify store's domain (a checkout's recovery URL)."""
        shopify = (self.shopify_domain,) if self.shopify_domain else ()
        return tuple(dict.fromkeys((*self._own_hosts, *shopify)))

    def leads_home(self, url: str) -> bool:
        """Whether a cart's own restore URL may be where its email's link sends a customer:
        https (or this machine's `make run`) on one of `restore_hosts`."""
        try:
            parsed = web_url(url)
        except ValueError:
            return False
        secure = parsed.scheme == "https" or parsed.on_loopback
        return secure and parsed.host in self.restore_hosts

    def restore_url_of(self, cart_id: str, stored: str | None) -> str:
        """Where a restore link for this cart leads: its own URL while the shop still
        counts its host as its own, else the shop's template."""
        if stored and self.leads_home(stored):
            return web_url(stored).href
        return self.restore_url_for(cart_id)

    @property
    def series_window_seconds(self) -> int:
        return self.series_window_days * 24 * HOUR

    @property
    def retention_seconds(self) -> int:
        return self.retention_days * 24 * HOUR

    def delay_before(self, step: int) -> int:
        """Seconds after the last activity that email `step` (1-based) is due."""
        return self.series[step - 1].delay_seconds

    @property
    def first_delay(self) -> int:
        """When a cart first becomes due: its first email's delay, the earlier of the two
        series' while an experiment runs (a later arm waits its own delay, decisions.decide)."""
        if self.experiment is not None and self.experiment.running:
            return min(self.delay_before(1), self.experiment.series[0].delay_seconds)
        return self.delay_before(1)

    def in_variant(self) -> Shop:
        """The shop as a cart in its experiment's variant sees it: the variant's series, and
        its subjects and payment offer where it changes them."""
        if self.experiment is None:
            return self
        changes: dict[str, object] = {"series": self.experiment.series}
        for name in ("product_subjects", "payment_offer"):
            value = getattr(self.experiment, name)
            if value is not None:
                changes[name] = value
        return self.model_copy(update=changes)

    @property
    def connected_platforms(self) -> tuple[str, ...]:
        """The platforms whose webhooks this shop takes (or has taken): one set up counts
        before any delivery, so `kurv doctor` says when none arrives."""
        platforms = set(self.deliveries)
        if self.takes_shopify:
            platforms.add("shopify")
        if self.woocommerce_secret is not None:
            platforms.add("woocommerce")
        return tuple(sorted(platforms))

    def restore_url_for(self, cart_id: str) -> str:
        # Built only from the shop's own template: a token can never choose where we redirect.
        return self.restore_url.replace("{cart_id}", quote(cart_id, safe=""))

    def signing_secrets(self, now: int) -> list[str]:
        """The secrets a server's signature may be made with at `now`: the current one,
        and the one before it during its grace period."""
        accepted = [self.signing_secret.get_secret_value()]
        if self.previous_signing_secret is not None and now < self.previous_secret_until:
            accepted.append(self.previous_signing_secret.get_secret_value())
        return accepted

    def rotated(self, *, now: int, grace_seconds: int) -> Shop:
        """A new signing secret; the current one keeps working for `grace_seconds`
        (0: it stops at once, as for a leaked secret)."""
        return self.model_copy(
            update={
                "signing_secret": SecretStr(new_signing_secret()),
                "previous_signing_secret": self.signing_secret if grace_seconds > 0 else None,
                "previous_secret_until": now + grace_seconds if grace_seconds > 0 else 0,
            }
        )

    @property
    def takes_shopify(self) -> bool:
        """Whether the Shopify connector is set up: a secret and the store's domain."""
        return self.shopify_secret is not None and self.shopify_domain is not None

    def to_item(self) -> dict[str, Any]:
        hidden = {
            "signing_secret",
            "link_secret",
            "previous_signing_secret",
            "shopify_secret",
            "woocommerce_secret",
        }
        item = self.model_dump(mode="json", exclude=hidden)
        item["signing_secret"] = self.signing_secret.get_secret_value()
        item["link_secret"] = self.link_secret.get_secret_value()
        if self.previous_signing_secret is not None:
            item["previous_signing_secret"] = self.previous_signing_secret.get_secret_value()
        if self.shopify_secret is not None:
            item["shopify_secret"] = self.shopify_secret.get_secret_value()
        if self.woocommerce_secret is not None:
            item["woocommerce_secret"] = self.woocommerce_secret.get_secret_value()
        return {key: value for key, value in item.items() if value is not None}
