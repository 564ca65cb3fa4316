"""The whole recovery loop on moto: track -> sweep -> stream -> send -> SES, and the links."""

from __future__ import annotations

import base64
import json
from email import message_from_string, policy

import pytest

from helpers import (
    BROWSER,
    START,
    Api,
    advance,
    cart_updated,
    contact,
    link,
    make_shop,
    read_cart,
    sent,
)
from kurv.core.clock import DAY, HOUR
from kurv.core.links import campaign_url
from kurv.core.model import cart_key
from kurv.core.observability import Metric
from kurv.core.shops import Shop
from kurv.track import customer_links
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack


def order(cart_id: str = "c1", **fields: object) -> dict[str, object]:
    return {"type": "order.completed", "cart_id": cart_id, "order_id": "o-1", **fields}


@pytest.fixture
def started(api: Api) -> Api:
    """A customer who gave their address, filled the cart and went quiet."""
    assert api.post(contact()).status == 202
    assert api.post(cart_updated()).status == 202
    return api


def test_first_email_an_hour_after_the_last_activity(started: Api, loop: LocalLoop) -> None:
    assert advance(loop, HOUR - 1) == []

    emails = advance(loop, 100)

    assert len(emails) == 1
    email = emails[0]
    assert email["to"] == "ada@example.com"
    assert email["from"] == "Test Shop <hello@shop.example>"
    assert email["cart_id"] == "c1"
    assert email["step"] == 1
    assert email["sent_at"] == START + HOUR + 99


def test_the_series_runs_at_1h_24h_72h_then_stops(
    started: Api, loop: LocalLoop, stack: LocalStack, shop: Shop
) -> None:
    assert len(advance(loop, HOUR)) == 1
    assert len(advance(loop, 23 * HOUR - 60)) == 1  # not yet: 24 h after the activity
    assert len(advance(loop, 60)) == 2
    assert len(advance(loop, 48 * HOUR)) == 3
    assert len(advance(loop, 30 * DAY)) == 3

    emails = sent(stack)
    assert [email["step"] for email in emails] == [1, 2, 3]
    assert "Last reminder" in emails[2]["subject"]
    assert read_cart(stack, shop.shop_id, "c1")["closed"] == "series_complete"


def test_every_emails_reply_address_leads_back_to_its_cart(
    started: Api, loop: LocalLoop, stack: LocalStack, shop: Shop
) -> None:
    advance(loop, HOUR)
    emails = advance(loop, DAY)

    addresses = {email["reply_to"] for email in emails}
    assert len(addresses) == 1  # one code per cart, the same in every email
    local_part = addresses.pop().split("@")[0]
    assert local_part.startswith(f"reply+{shop.shop_id}-")
    code = local_part.removeprefix(f"reply+{shop.shop_id}-")
    pointer = read_cart(stack, shop.shop_id, "", key=f"~reply#{shop.shop_id}#{code}")
    assert (pointer["cart_id"], pointer["expires_at"]) == (
        "c1",
        read_cart(stack, shop.shop_id, "c1")["expires_at"],
    )


def test_a_purchase_stops_the_series(started: Api, loop: LocalLoop) -> None:
    advance(loop, HOUR)
    started.post(order())

    assert len(advance(loop, 10 * DAY)) == 1


def test_a_purchase_on_another_cart_with_the_same_address_stops_it(
    started: Api, loop: LocalLoop, stack: LocalStack, shop: Shop
) -> None:
    started.post(order(cart_id="phone-cart", email="ADA@example.com"))

    assert advance(loop, 2 * HOUR) == []
    assert read_cart(stack, shop.shop_id, "c1")["closed"] == "ordered"


def test_an_older_purchase_does_not_stop_a_new_cart(started: Api, loop: LocalLoop) -> None:
    started.post(order(cart_id="last-month", email="ada@example.com", occurred_at=START - 20 * DAY))

    assert len(advance(loop, HOUR)) == 1


def test_one_click_opt_out_from_the_email_header_stops_it(
    started: Api, loop: LocalLoop, stack: LocalStack, shop: Shop
) -> None:
    email = advance(loop, HOUR)[0]
    target = email["headers"]["List-Unsubscribe"].strip("<>")
    path = target[target.index("/u/") :]

    reply = started.request(
        "POST",
        path,
        body=b"List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    again = started.request("POST", path, body=b"List-Unsubscribe=One-Click")

    assert reply.status == again.status == 200
    assert "unsubscribed" in reply.body
    assert len(advance(loop, 10 * DAY)) == 1
    # ... and for good: a new cart with the same address gets nothing either
    started.post(contact(cart_id="c2"))
    started.post(cart_updated(cart_id="c2"))
    assert len(advance(loop, 2 * HOUR)) == 1
    assert read_cart(stack, shop.shop_id, "c2")["closed"] == "suppressed"


def test_opt_out_page_asks_first_and_changes_nothing(started: Api, loop: LocalLoop) -> None:
    email = advance(loop, HOUR)[0]

    page = started.request("GET", link(email, "u"))

    assert page.status == 200
    assert '<form method="post"' in page.body
    assert len(advance(loop, DAY)) == 2  # merely looking did not opt out


def test_restore_link_records_the_click_and_redirects_to_the_shop(
    started: Api, loop: LocalLoop, stack: LocalStack, shop: Shop
) -> None:
    email = advance(loop, HOUR)[0]
    path = link(email, "r")

    first = started.request("GET", path, headers=BROWSER)
    started.request("GET", path, headers=BROWSER)

    assert first.status == 302
    assert first.headers["Location"] == campaign_url("https://shop.example/cart/c1", 1)
    cart = read_cart(stack, shop.shop_id, "c1")
    assert cart["clicks"] == 2
    assert cart["first_click_at"] == START + HOUR


@pytest.mark.parametrize(
    "visit",
    [
        ("HEAD", BROWSER),
        ("GET", {"User-Agent": "Mozilla/5.0 (compatible; Barracuda Sentinel)"}),
        ("GET", {"User-Agent": "Mimecast URL Protect"}),
        ("GET", {"User-Agent": BROWSER["User-Agent"] + " Proofpoint"}),
        ("GET", {"User-Agent": "Microsoft Office Existence Discovery"}),
        ("GET", {"User-Agent": "Mozilla/5.0 (compatible; Google-Safety)"}),
        ("GET", {}),
        ("GET", {**BROWSER, "Sec-Purpose": "prefetch"}),
    ],
)
def test_a_link_scanners_visit_is_sent_on_but_is_not_a_click(
    started: Api,
    loop: LocalLoop,
    stack: LocalStack,
    monkeypatch: pytest.MonkeyPatch,
    visit: tuple[str, dict[str, str]],
) -> None:
    method, headers = visit
    counted: list[str] = []
    monkeypatch.setattr(customer_links, "count", lambda metric, value=1: counted.append(metric))
    path = link(advance(loop, HOUR)[0], "r")

    scanned = started.request(method, path, headers=headers)

    assert scanned.status == 302  # the redirect works for everyone
    assert scanned.headers["Location"] == campaign_url("https://shop.example/cart/c1", 1)
    cart = read_cart(stack, started.shop.shop_id, "c1")
    assert {"clicks", "first_click_at", "last_click_at"}.isdisjoint(cart)
    assert counted == [Metric.RESTORE_SCANS]
    # The person's own click, later, is the first click.
    stack.clock.advance(60)
    started.request("GET", path, headers=BROWSER)
    cart = read_cart(stack, started.shop.shop_id, "c1")
    assert (cart["clicks"], cart["first_click_at"]) == (1, START + HOUR + 60)
    assert counted == [Metric.RESTORE_SCANS, Metric.RESTORE_CLICKS]


@pytest.mark.parametrize(
    "mangle",
    [
        lambda path: path[:-1] + ("A" if path[-1] != "A" else "B"),  # signature tampered
        lambda path: path.replace("/r/", "/r/x"),  # payload tampered
        lambda path: "/r/" + "A" * 800,  # oversized
        lambda path: "/r/not-a-token",
        lambda path: path.replace("/r/", "/u/"),  # a restore token used to opt out
    ],
)
def test_bad_tokens_get_a_plain_4xx_page(started: Api, loop: LocalLoop, mangle: object) -> None:
    email = advance(loop, HOUR)[0]
    path = mangle(link(email, "r"))  # type: ignore[operator]

    reply = started.request("GET", path)

    assert 400 <= reply.status < 500
    assert reply.headers.get("Content-Type", "").startswith("text/html")
    assert "Location" not in reply.headers


def test_an_expired_restore_link_still_leads_to_the_shop(
    started: Api, loop: LocalLoop, stack: LocalStack, shop: Shop
) -> None:
    email = advance(loop, HOUR)[0]

    loop.stack.clock.advance(31 * DAY)  # past the cart's retention
    reply = started.request("GET", link(email, "r"), headers=BROWSER)

    assert reply.status == 302
    assert reply.headers["Location"] == campaign_url("https://shop.example/cart/c1", 1)
    assert "clicks" not in read_cart(stack, shop.shop_id, "c1")  # nothing recorded


def token_payload(path: str) -> list[object]:
    payload = path.rsplit("/", 1)[1].split(".", maxsplit=1)[0]
    return list(json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))))


def test_links_speak_the_emails_language_even_when_broken(api: Api, loop: LocalLoop) -> None:
    api.post(contact(locale="da-DK"))
    api.post(cart_updated())
    email = advance(loop, HOUR)[0]
    restore, opt_out = link(email, "r"), link(email, "u")

    assert token_payload(restore)[-1] == "da"  # the restore token records the language
    broken = api.request("GET", restore[:-2] + ("AA" if not restore.endswith("AA") else "BB"))
    assert broken.status == 400
    assert 'lang="da"' in broken.body
    page = api.request("GET", opt_out)
    assert 'lang="da"' in page.body


def forged(path: str, **claims: object) -> str:
    """The link at `path` claiming other values (its signature kept, so no longer genuine)."""
    fields = token_payload(path)
    names = ["purpose", "shop_id", "cart_id", "step", "expires_at", "email_hash", "language"]
    fields = [claims.get(name, value) for name, value in zip(names, fields, strict=True)]
    payload = base64.urlsafe_b64encode(json.dumps(fields).encode()).decode().rstrip("=")
    prefix, token = path.rsplit("/", 1)
    return f"{prefix}/{payload}.{token.split('.')[1]}"


@pytest.mark.parametrize("kind", ["r", "u"])
def test_a_forged_link_cannot_tell_which_shops_exist(
    api: Api, loop: LocalLoop, stack: LocalStack, kind: str
) -> None:
    api.post(contact(locale="da-DK"))
    api.post(cart_updated())
    path = link(advance(loop, HOUR)[0], kind)
    make_shop(stack, shop_id="other-shop", name="Other Shop", signing_secret="ksk_other_0123")

    pages = {
        shop_id: [api.request(method, forged(path, shop_id=shop_id)) for method in ("GET", "POST")]
        for shop_id in ("test-shop", "other-shop", "no-such-shop")
    }

    for method in (0, 1):
        if kind == "r" and method == 1:
            continue  # /r/ answers GET only
        answers = {(page[method].status, page[method].body) for page in pages.values()}
        assert len(answers) == 1, answers  # one page, whichever shop the link names
        [(status, body)] = answers
        assert status == 400
        assert 'lang="da"' in body
        assert "Shop" not in body


ODD = ["é", "\u00ff" * 30, "\U0001f600", "\ud800", "\x00", "\u202e", "%C3%A9", "\uff0e"]


@pytest.mark.parametrize("odd", ODD)
def test_odd_characters_in_a_link_get_a_4xx_page(
    started: Api, loop: LocalLoop, stack: LocalStack, shop: Shop, odd: str
) -> None:
    email = advance(loop, HOUR)[0]
    paths = [
        mangled
        for kind in ("r", "u")
        for path in [link(email, kind)]
        for mangled in (
            path[:-1] + odd,  # the signature
            path + odd,
            path.replace(".", odd),
            path.replace(f"/{kind}/", f"/{kind}/{odd}"),  # the payload
        )
    ]

    for path in paths:
        for method in ("GET", "POST"):
            reply = started.request(method, path)
            assert 400 <= reply.status < 500, (method, path, reply.status)
            assert "Location" not in reply.headers
    assert "clicks" not in read_cart(stack, shop.shop_id, "c1")


def test_an_old_opt_out_link_still_opts_out(
    started: Api, loop: LocalLoop, stack: LocalStack, shop: Shop
) -> None:
    email = advance(loop, HOUR)[0]
    loop.stack.clock.advance(500 * DAY)  # past the link's own 400 days

    reply = started.request("POST", link(email, "u"))

    assert reply.status == 200
    started.post(contact(cart_id="c2"))
    started.post(cart_updated(cart_id="c2"))
    assert len(advance(loop, 2 * HOUR)) == 1  # still only the first email: suppressed


def test_customer_who_comes_back_continues_the_series(started: Api, loop: LocalLoop) -> None:
    advance(loop, HOUR)  # step 1 sent
    advance(loop, 10 * HOUR)
    started.post(cart_updated())  # back on the site, leaves again

    assert len(advance(loop, 24 * HOUR - 60)) == 1
    emails = advance(loop, 60)  # 24 h after the new activity: step 2, not step 1 again

    assert [email["step"] for email in emails] == [1, 2]


def test_payment_trouble_gets_the_helping_variant(started: Api, loop: LocalLoop) -> None:
    started.post({"type": "payment.failed", "cart_id": "c1", "reason": "card_declined"})

    first = advance(loop, HOUR)[0]
    advance(loop, DAY)
    later = advance(loop, 2 * DAY)[1:]  # advance returns every email so far

    assert first["subject"] == "Need a hand finishing your order?"
    assert "The card was declined." in first["text"]  # the reason the shop sent
    assert "place the order for you" in first["text"]
    # The rest of the series keeps offering help instead of reminding of the cart; the last
    # one says it is the last.
    assert [email["step"] for email in later] == [2, 3]
    assert [email["subject"] for email in later] == [
        "We can help you finish your order",
        "One last note about your order",
    ]
    for email in later:
        assert "place the order for you" in email["text"]
        assert "Finish your order" in email["text"]


def test_after_an_outage_only_the_email_that_fits_now_is_sent(
    started: Api, loop: LocalLoop
) -> None:
    # The sweep did not run for three days: one email (the last call), not three at once.
    emails = advance(loop, 3 * DAY + 60)

    assert [email["step"] for email in emails] == [3]


def test_no_consent_no_email_when_the_shop_requires_it(api: Api, loop: LocalLoop) -> None:
    api.post(contact(consent=False))
    api.post(cart_updated())

    assert advance(loop, 5 * DAY) == []


def test_empty_cart_gets_no_email_until_it_is_filled(api: Api, loop: LocalLoop) -> None:
    api.post(contact())
    api.post(cart_updated(items=[]))
    assert advance(loop, 2 * HOUR) == []

    api.post(cart_updated())

    assert len(advance(loop, HOUR)) == 1


def test_email_is_a_parseable_multipart_message(started: Api, loop: LocalLoop) -> None:
    email = advance(loop, HOUR)[0]

    message = message_from_string(email["raw"], policy=policy.default)

    assert message.get_content_type() == "multipart/alternative"
    parts = [part.get_content_type() for part in message.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["Message-ID"].endswith("@shop.example>")


def test_an_international_domain_is_mailed_in_punycode(api: Api, loop: LocalLoop) -> None:
    api.post(contact(email="anna@bücher.de"))
    api.post(cart_updated())

    [email] = advance(loop, HOUR)

    assert email["to"] == "anna@xn--bcher-kva.de"
    assert "\nTo: anna@xn--bcher-kva.de\r\n" in email["raw"]


def test_a_kept_address_mail_cannot_reach_leaves_the_due_index(
    started: Api, loop: LocalLoop, stack: LocalStack, shop: Shop
) -> None:
    # An address kept before intake refused it (or written by anything else): no email can
    # be built for it, so the cart must not come back every 15 minutes for 30 days.
    stack.dynamodb.update_item(
        TableName=stack.settings.carts_table,
        Key={"pk": {"S": cart_key(shop.shop_id, "c1")}},
        UpdateExpression="SET email = :e",
        ExpressionAttributeValues={":e": {"S": "josé@example.com"}},
    )

    assert advance(loop, HOUR) == []
    cart = read_cart(stack, shop.shop_id, "c1")
    assert "due_shard" not in cart
    assert "claim_id" not in cart
    assert advance(loop, DAY) == []
    # New contact details bring it back.
    started.post(contact())
    assert len(advance(loop, HOUR)) == 1
