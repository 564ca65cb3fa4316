"""A shop's settings come from the `Shop` model: every field a merchant sets has an option in
`kurv shop add` and `kurv shop update` (its description the help) and a row in
`kurv shop show`. A new field without them fails here."""

from __future__ import annotations

import argparse
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import SecretStr, ValidationError
from pydantic_core import Url

from kurv.core.mailer import Envelope, build_message, wire_bytes
from kurv.core.promises import ShippingNote, TrustMark, VatNote
from kurv.core.render import RenderedEmail
from kurv.core.shops import ConsentPolicy, Formality, SeriesStep, Shop
from kurv.core.urls import web_url
from kurv_tools import cli
from kurv_tools.cli import shop_settings, special_settings
from kurv_tools.cli.shops import print_shop
from reminders import shop

# Made and kept by Kurv, never set by the merchant: no option, no row of their own.
KURV_MAKES = {
    "shop_id",
    "signing_secret",
    "previous_signing_secret",
    "previous_secret_until",
    "link_secret",
    "deliveries",
    "publishable_key",
    "experiment",  # kurv experiment start and stop
}
BASE = Shop(
    shop_id="nordlys",
    name="Nordlys Té",
    sender_email="hej@nordlys.example",
    sender_name="Nordlys Té",
    restore_url="https://nordlys.example/c/{cart_id}",
    support_phone="+45 70 20 30 40",
)
# Each setting: options of `kurv shop update` that change it from BASE, and the value they give.
GIVEN: dict[str, tuple[list[str], Any]] = {
    "name": (["--name", "Nordlys Te"], "Nordlys Te"),
    "sender_email": (["--sender-email", "hei@nordlys.example"], "hei@nordlys.example"),
    "sender_name": (["--sender-name", "Mette at Nordlys"], "Mette at Nordlys"),
    "locale": (["--locale", "nb-NO"], "nb_NO"),
    "currency": (["--currency", "nok"], "NOK"),
    "timezone": (["--timezone", "Europe/Oslo"], "Europe/Oslo"),
    "support_email": (["--support-email", "hjelp@nordlys.example"], "hjelp@nordlys.example"),
    "support_phone": (["--support-phone", "+47 22 33 44 55"], "+47 22 33 44 55"),
    "signer_name": (["--signer-name", "Mette"], "Mette"),
    "signer_role": (["--signer-role", "kundeservice"], "kundeservice"),
    "logo_url": (["--logo-url", "https://nordlys.example/l.png"], "https://nordlys.example/l.png"),
    "legal_name": (["--legal-name", "Nordlys Te AS"], "Nordlys Te AS"),
    "postal_address": (["--postal-address", "Storgata 1, 0155 Oslo"], "Storgata 1, 0155 Oslo"),
    "company_number": (["--company-number", "Org.nr. 912 345 678"], "Org.nr. 912 345 678"),
    "formality": (["--formality", "informal"], Formality.INFORMAL),
    "cart_lifetime_days": (["--cart-lifetime-days", "14"], 14),
    "vat": (["--vat", "included"], VatNote.INCLUDED),
    "shipping": (["--shipping", "at-checkout"], ShippingNote.AT_CHECKOUT),
    "free_shipping_over": (["--free-shipping-over", "499 dkk"], "499 DKK"),
    "returns_days": (["--returns-days", "30"], 30),
    "free_returns": (["--free-returns", "on"], True),
    "delivery_days": (["--delivery-days", "1 \u2013 3"], "1-3"),
    "trust_mark": (
        ["--trust-mark", "e-maerket", "--trust-mark-url", "https://www.e-maerket.dk/b/nordlys"],
        TrustMark.E_MAERKET,
    ),
    "trust_mark_url": (
        ["--trust-mark", "e-maerket", "--trust-mark-url", "https://www.e-maerket.dk/b/nordlys"],
        "https://www.e-maerket.dk/b/nordlys",
    ),
    "help_url": (
        ["--help-url", "https://nordlys.example/hjaelp"],
        "https://nordlys.example/hjaelp",
    ),
    "payment_methods": (
        ["--payment-method", "MobilePay", "--payment-method", "klarna"],
        ("mobilepay", "klarna"),
    ),
    "utm": (["--utm", "off"], False),
    "restore_url": (
        ["--restore-url", "https://nordlys.example/kurv/{cart_id}"],
        "https://nordlys.example/kurv/{cart_id}",
    ),
    "series": (
        ["--series", "30m,1d,3d"],
        tuple(SeriesStep(delay_seconds=delay) for delay in (1800, 86400, 259200)),
    ),
    "consent_policy": (["--consent", "notice"], ConsentPolicy.NOTICE),
    "retention_days": (["--retention-days", "45"], 45),
    "allowed_origins": (
        ["--origin", "https://nordlys.example", "--origin", "https://www.nordlys.example"],
        ("https://nordlys.example", "https://www.nordlys.example"),
    ),
    "image_hosts": (["--image-host", "CDN.nordlys.example"], ("cdn.nordlys.example",)),
    "never_email": (["--never-email", "Orders@Nordlys.example"], ("orders@nordlys.example",)),
    "browser_contacts": (["--browser-contacts", "off"], False),
    "browser_contacts_per_hour": (["--browser-contacts-per-hour", "40"], 40),
    "series_window_days": (["--series-window-days", "14"], 14),
    "check_in_seconds": (["--check-in", "5d"], 5 * 86400),
    "attribution_days": (["--attribution-days", "10"], 10),
    "holdout_percent": (["--holdout", "20"], 20),
    "product_subjects": (["--product-subjects", "off"], False),
    "first_name_greeting": (["--first-name-greeting", "on"], True),
    "payment_offer": (["--payment-offer", "off"], False),
    "woocommerce_secret": (
        ["--woocommerce-secret", "wc-hook-secret-0123456789"],
        SecretStr("wc-hook-secret-0123456789"),
    ),
    "woocommerce_order_statuses": (
        ["--woocommerce-order-status", "processing", "--woocommerce-order-status", "wc-shipped"],
        ("processing", "shipped"),
    ),
    "active": (["--inactive"], False),
    "shopify_secret": (["--shopify-secret", "shpss_0123456789"], SecretStr("shpss_0123456789")),
    "shopify_domain": (
        ["--shopify-domain", " Nordlys-Te.myshopify.com "],
        "nordlys-te.myshopify.com",
    ),
}
SETTINGS = [name for name in Shop.model_fields if name not in KURV_MAKES]


def shop_command(name: str) -> argparse.ArgumentParser:
    """`kurv shop <name>`'s own parser, as `kurv` builds it."""
    return subcommands(subcommands(cli._parser())["shop"])[name]


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def updated(argv: list[str], shop: Shop = BASE) -> Shop:
    """`kurv shop update nordlys <argv>` on `shop`, without a stack."""
    args = shop_command("update").parse_args(["nordlys", *argv])
    return Shop.model_validate({**shop.to_item(), **shop_settings.changes(args, shop)})


def shown(shop: Shop, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """`kurv shop show`'s rows, by label."""
    print_shop(shop, show_secrets=False)
    lines = capsys.readouterr().out.splitlines()
    return {line[2:18].strip(): line[19:] for line in lines}


def test_every_setting_has_a_description_and_an_option_in_add_and_update() -> None:
    options = {
        command: {action.dest: action for action in shop_command(command)._actions}
        for command in ("add", "update")
    }
    problems = []
    for name in SETTINGS:
        description = Shop.model_fields[name].description
        if not description:
            problems.append(f"{name}: no description")
        for command, actions in options.items():
            if name == "active" and command == "add":
                continue  # a new shop is on; --inactive and --active are for update
            action = actions.get(name)
            if action is None or not action.option_strings:
                problems.append(f"{name}: no option in kurv shop {command}")
            elif description and name != "active" and description not in str(action.help):
                problems.append(f"{name}: kurv shop {command}'s help is not its description")

    assert problems == []
    assert [setting.field for setting in shop_settings.settings()] == SETTINGS


def test_every_setting_has_a_way_to_be_given_here() -> None:
    # A new setting needs a line in GIVEN, so the tests below try its option and its row.
    assert sorted(GIVEN) == sorted(SETTINGS)


def test_the_special_cases_name_real_settings_and_rows() -> None:
    rows = {setting.row for setting in shop_settings.settings()}

    assert set(special_settings.OPTIONS) <= set(SETTINGS)
    assert set(special_settings.CHANGES) <= set(SETTINGS)
    assert set(special_settings.ROWS) <= rows


@pytest.mark.parametrize("name", sorted(GIVEN))
def test_each_option_sets_its_setting(name: str) -> None:
    argv, expected = GIVEN[name]
    assert getattr(BASE, name) != expected

    assert getattr(updated(argv), name) == expected


@pytest.mark.parametrize("name", sorted(GIVEN))
def test_shop_show_prints_every_setting_on_its_row(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (row,) = [setting.row for setting in shop_settings.settings() if setting.field == name]
    before = shown(BASE, capsys)

    after = shown(updated(GIVEN[name][0]), capsys)

    changed = {
        label for label in before.keys() | after.keys() if before.get(label) != after.get(label)
    }
    # Its own row changes (the name shows in the footer too, unless a legal name is set).
    assert row in changed, f"{name} changed {changed or 'nothing'}, not its row {row!r}"


def test_help_is_the_description_with_what_applies_when_not_given() -> None:
    helps = {
        action.option_strings[0]: action.help
        for action in shop_command("update")._actions
        if action.option_strings
    }

    assert helps["--locale"] == "default language of emails (default en)"
    assert helps["--signer-name"] == (
        "who signs the emails, e.g. Mette (default: the shop's customer service; '' clears)"
    )
    assert helps["--origin"] == (
        "a browser origin allowed to post with the publishable key, e.g. https://shop.example "
        "(https; http only on localhost) (repeat for more)"
    )
    assert str(helps["--browser-contacts"]).endswith("(default on)")


def test_add_requires_what_the_model_requires() -> None:
    add = shop_command("add")
    required = {action.dest for action in add._actions if action.required}

    # sender_name is required too, but `kurv shop add` makes it the shop's name.
    assert required == {"shop_id", "name", "sender_email", "restore_url"}


def test_an_empty_value_clears_optional_words() -> None:
    signed = updated(["--signer-name", "Mette", "--support-email", "hjelp@nordlys.example"])

    cleared = updated(["--signer-name", "", "--support-phone", " ", "--support-email", ""], signed)

    assert (cleared.signer_name, cleared.support_phone, cleared.support_email) == (None,) * 3


def test_image_hosts_are_added_to_and_origins_replaced() -> None:
    before = updated(["--image-host", "cdn.nordlys.example", "--origin", "https://a.example"])

    after = updated(
        ["--image-host", "img.nordlys.example", "--origin", "https://b.example"], before
    )

    assert after.image_hosts == ("cdn.nordlys.example", "img.nordlys.example")
    assert after.allowed_origins == ("https://b.example",)


# Settings are validated: nothing a merchant (or whoever holds the CLI) types can break
# every email of the shop, or send its customers to a host of someone else's choosing.


# Neither a line break nor a control or invisible character: each of these is refused.
HIDDEN = [
    "Nordlys\tTe",
    "Nordlys\x00",
    "Nordlys\x1b[31m",
    "\u202eeT syldroN",  # a right-to-left override
    "Nord\u200blys",  # zero-width space
    "   ",
]
LINE_BREAKS = [
    "Nordlys\r\nBcc: victim@example.org",
    "Nordlys\n",
    "Nordlys\rTe",
    "Nordlys\x85Te",  # NEL
    "Nordlys\u2028Te",  # line separator
]


@pytest.mark.parametrize(
    ("field", "name"),
    [
        *((field, name) for field in ("name", "sender_name") for name in LINE_BREAKS + HIDDEN),
        # The footer's words join the lines they are given ("a, b"), but hide nothing.
        *(
            (field, name)
            for field in ("signer_name", "legal_name", "postal_address")
            for name in HIDDEN
        ),
        ("support_phone", "+45 70\n20 30 40"),
    ],
)
def test_a_name_is_one_line_of_visible_text(field: str, name: str) -> None:
    with pytest.raises(ValidationError) as refused:
        BASE.model_validate({**BASE.to_item(), field: name})
    assert field in str(refused.value)


@pytest.mark.parametrize("field", ["sender_email", "support_email"])
def test_a_shop_address_is_one_ses_can_send_from_and_to(field: str) -> None:
    # No SMTPUTF8 at SES: a non-ASCII part before the @ made every email fail at build.
    with pytest.raises(ValidationError) as refused:
        BASE.model_validate({**BASE.to_item(), field: "kundeservice@bøger.dk".replace("k", "ø", 1)})
    assert field in str(refused.value)
    shop = BASE.model_validate({**BASE.to_item(), field: "hej@bøger.dk"})  # IDN domains go
    assert getattr(shop, field) == "hej@bøger.dk"


def test_a_coupon_is_one_line_too() -> None:
    with pytest.raises(ValidationError):
        SeriesStep(delay_seconds=3600, coupon="TAK10\r\nBcc: x@example.org")


@given(st.text(max_size=120))
def test_any_name_the_shop_takes_makes_a_sendable_email(name: str) -> None:
    try:
        shop = BASE.model_validate({**BASE.to_item(), "name": name, "sender_name": name})
    except ValidationError:
        return
    assert shop.name.isprintable()
    email = RenderedEmail(f"{shop.name}: your cart", "", "text", "<p>html</p>", "en")
    envelope = Envelope(
        shop.sender_name,
        shop.sender_email,
        "ada@example.com",
        "r@example.com",
        "https://k/u",
        0,
        {},
    )
    raw = wire_bytes(build_message(email, envelope))  # raised before on a line break
    assert raw.count(b"\nFrom:") + raw.startswith(b"From:") == 1


@pytest.mark.parametrize(
    "template",
    [
        "https://{cart_id}",  # the cart id is the host
        "https://{cart_id}/",
        "https://{cart_id}.nordlys.example/c",
        "https://nordlys.example{cart_id}/c",  # ...or the end of it: nordlys.example.evil.example
        "https://nordlys.example:{cart_id}/c",  # the port
        "https://{cart_id}@nordlys.example/c",  # a user name
        "https://nordlys.example@{cart_id}/c",
        "{cart_id}://nordlys.example/c",  # the scheme
        "https:{cart_id}",
        "https:/{cart_id}",
        "https:///{cart_id}",
        "//nordlys.example/{cart_id}",
        "https://nordlys.example\\{cart_id}",  # a browser's path starts at a backslash
        "https://nordlys.example/c/{cart}/{cart_id}",
        "https://nordlys.example/c/ {cart_id}",
        "http://nordlys.example/c/{cart_id}",  # http for a deployed shop
        "javascript:alert({cart_id})",
        "https://nordlys.example/c",  # no cart id at all
    ],
)
def test_the_restore_url_has_a_fixed_https_host(template: str) -> None:
    with pytest.raises(ValidationError) as refused:
        BASE.model_validate({**BASE.to_item(), "restore_url": template})
    assert "restore_url" in str(refused.value)


@pytest.mark.parametrize(
    "template",
    [
        "https://nordlys.example/c/{cart_id}",
        "https://nordlys.example/?cart={cart_id}",
        "https://nordlys.example#/cart/{cart_id}",
        "https://nordlys.example:8443/c/{cart_id}/view",
        "HTTPS://Nordlys.example/c/{cart_id}",
        "http://localhost:8080/cart/{cart_id}",  # make run's demo shop
        "http://127.0.0.1:3000/c/{cart_id}",
    ],
)
def test_a_restore_url_with_its_host_before_the_cart_id_is_kept(template: str) -> None:
    shop = BASE.model_validate({**BASE.to_item(), "restore_url": template})
    assert shop.restore_url == template


@given(
    template=st.sampled_from(
        [
            "https://nordlys.example/c/{cart_id}",
            "https://nordlys.example/?c={cart_id}&again={cart_id}",
            "https://nordlys.example#{cart_id}",
        ]
    ),
    cart_id=st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1),
)
def test_no_cart_id_moves_the_restore_link_off_the_shops_host(template: str, cart_id: str) -> None:
    shop = BASE.model_validate({**BASE.to_item(), "restore_url": template})
    opened = Url(shop.restore_url_for(cart_id))  # as the customer's browser follows it
    assert (opened.scheme, opened.host, opened.username) == ("https", "nordlys.example", None)
    assert web_url(shop.restore_url_for(cart_id)).host == "nordlys.example"


@pytest.mark.parametrize(
    ("origins", "kept"),
    [
        (["https://nordlys.example"], ("https://nordlys.example",)),
        (["HTTPS://Nordlys.example:443/"], ("https://nordlys.example",)),
        (["http://localhost:8080", "http://127.0.0.1:3000"], None),
        (["http://nordlys.example"], ()),  # http for a deployed shop
        (["https://user@nordlys.example"], ()),
        (["https://nordlys.example/shop"], ()),
        (["https://nordlys.example\\.evil.example"], ()),
    ],
)
def test_origins_are_https_origins(origins: list[str], kept: tuple[str, ...] | None) -> None:
    if kept == ():
        with pytest.raises(ValidationError):
            BASE.model_validate({**BASE.to_item(), "allowed_origins": origins})
        return
    shop = BASE.model_validate({**BASE.to_item(), "allowed_origins": origins})
    assert shop.allowed_origins == (kept or tuple(origins))


def test_the_woocommerce_secret_is_hidden_in_shop_show_and_cleared_by_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    secret = "wc-hook-secret-0123456789"
    shop = updated(["--woocommerce-secret", secret])

    assert shown(shop, capsys)["woocommerce"] == shop_settings.HIDDEN
    print_shop(shop, show_secrets=True)
    assert secret in capsys.readouterr().out
    assert Shop.model_validate(shop.to_item()).woocommerce_secret == SecretStr(secret)
    assert updated(["--woocommerce-secret", ""], shop).woocommerce_secret is None


@pytest.mark.parametrize("status", ["pending", "checkout-draft", "failed", "cancelled", "a b"])
def test_a_cart_status_is_never_a_purchase(status: str) -> None:
    with pytest.raises(ValidationError) as refused:
        updated(["--woocommerce-order-status", status])
    assert "woocommerce_order_statuses" in str(refused.value)


@pytest.mark.parametrize(
    "pattern", ["orders", "@shop.example", "orders@", "a b@shop.example", "x@[127.0.0.1]", "?@x"]
)
def test_a_never_email_entry_is_an_address_or_a_pattern_of_them(pattern: str) -> None:
    with pytest.raises(ValidationError, match="never_email"):
        shop(never_email=(pattern,))


def test_check_in_is_off_by_default_set_in_days_and_switched_off() -> None:
    assert BASE.check_in_seconds == 0
    on = updated(["--check-in", "5d"])
    assert on.check_in_seconds == 5 * 86400
    assert updated(["--check-in", "off"], on).check_in_seconds == 0
    with pytest.raises(ValidationError, match="check-in"):
        updated(["--check-in", "30d"])  # the order's data is kept 30 days
