"""Who may post: signed servers and allowed browser origins, nobody else."""

from __future__ import annotations

import json
import time

import pytest

from helpers import KEY, ORIGIN, START, Api, cart_updated, make_shop
from kurv.core.shops import Shop
from kurv.track.auth import sign
from kurv_tools.local.stack import LocalStack

BODY = json.dumps(cart_updated()).encode()


def signed_headers(
    secret: str, *, t: int = START, shop: str = "test-shop", body: bytes = BODY
) -> dict[str, str]:
    return {"Kurv-Shop": shop, "Kurv-Signature": sign(secret, body, t)}


AUTH_CASES = [
    # (headers, status, code)
    ({}, 401, "missing_credentials"),
    ({"Kurv-Shop": "test-shop"}, 401, "missing_signature"),
    ({"Kurv-Signature": sign("ksk_test_secret_0123456789", BODY, START)}, 401, "missing_shop"),
    (signed_headers("the-wrong-secret"), 401, "bad_signature"),
    (signed_headers("ksk_test_secret_0123456789", body=b"{}"), 401, "bad_signature"),
    (signed_headers("ksk_test_secret_0123456789", t=START - 301), 401, "signature_expired"),
    (signed_headers("ksk_test_secret_0123456789", t=START + 301), 401, "signature_expired"),
    (signed_headers("ksk_test_secret_0123456789", shop="no-such-shop"), 401, "bad_signature"),
    (signed_headers("ksk_test_secret_0123456789", shop="Bad Shop!"), 401, "bad_signature"),
    ({"Kurv-Shop": "test-shop", "Kurv-Signature": "sha256=abc"}, 401, "malformed_signature"),
    ({"Kurv-Shop": "test-shop", "Kurv-Signature": f"t={START}"}, 401, "malformed_signature"),
    ({"Kurv-Shop": "test-shop", "Kurv-Signature": "t=soon,v1=ab"}, 401, "malformed_signature"),
    ({"Kurv-Key": "kpk_unknown_key_123"}, 401, "unknown_key"),
    ({"Kurv-Key": "short"}, 401, "unknown_key"),
    ({"Kurv-Key": KEY}, 403, "origin_not_allowed"),
    ({"Kurv-Key": KEY, "Origin": "https://evil.example"}, 403, "origin_not_allowed"),
    ({"Kurv-Key": KEY, "Origin": "null"}, 403, "origin_not_allowed"),
    ({"Kurv-Key": KEY, "Origin": "https://shop.example.evil.example"}, 403, "origin_not_allowed"),
]


@pytest.mark.parametrize(("headers", "status", "code"), AUTH_CASES)
def test_unauthenticated_requests_are_refused(
    api: Api, headers: dict[str, str], status: int, code: str
) -> None:
    reply = api.request("POST", "/v1/events", headers=headers, body=BODY)

    assert reply.status == status
    assert reply.error["code"] == code
    assert "Access-Control-Allow-Origin" not in reply.headers


@pytest.mark.parametrize("skew", [-299, 0, 299])
def test_signature_within_five_minutes_is_accepted(api: Api, skew: int) -> None:
    reply = api.request(
        "POST",
        "/v1/events",
        body=BODY,
        headers=signed_headers("ksk_test_secret_0123456789", t=START + skew),
    )

    assert reply.status == 202


def test_real_time_is_accepted_only_by_a_stack_that_accepts_it(api: Api) -> None:
    # Given a stack whose clock is not real time (as `make run`'s, once moved), and a shop
    # that signs with real time
    real = int(time.time())
    assert abs(real - api.stack.clock.now()) > 3600

    # When the shop posts: refused as deployed (one clock, 5 minutes either way)
    refused = api.post(cart_updated(), t=real)
    # ... and accepted by a stack that also accepts real time, as `make run`'s does
    api.stack.accept_real_time = True
    api.stack.wire()
    accepted = api.post(cart_updated(), t=real)
    # ... while a time near neither clock is still refused
    stale = api.post(cart_updated(), t=real - 3600)

    assert (refused.status, refused.error["code"]) == (401, "signature_expired")
    assert accepted.status == 202
    assert (stale.status, stale.error["code"]) == (401, "signature_expired")


def test_a_rotated_secret_may_be_sent_beside_the_old(api: Api) -> None:
    old = sign("ksk_test_secret_0123456789", BODY, START).split(",")[1]
    header = f"t={START},v1={'0' * 64},{old}"

    reply = api.request(
        "POST",
        "/v1/events",
        body=BODY,
        headers={"Kurv-Shop": "test-shop", "Kurv-Signature": header},
    )

    assert reply.status == 202


def test_browser_call_from_allowed_origin_gets_cors_answer(api: Api) -> None:
    reply = api.browser_post(cart_updated())

    assert reply.status == 202
    assert reply.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert reply.headers["Vary"] == "Origin"


def test_browser_call_with_a_bad_event_still_gets_cors_so_the_page_can_read_it(
    api: Api,
) -> None:
    reply = api.browser_post(cart_updated(currency="nope"))

    assert reply.status == 400
    assert reply.headers["Access-Control-Allow-Origin"] == ORIGIN


def test_preflight_is_answered_for_allowed_origins_only(api: Api) -> None:
    allowed = api.request(
        "OPTIONS",
        "/v1/events",
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type, kurv-key",
        },
    )
    refused = api.request("OPTIONS", "/v1/events", headers={"Origin": "https://evil.example"})

    assert allowed.status == 204
    assert allowed.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert "kurv-key" in allowed.headers["Access-Control-Allow-Headers"]
    assert refused.status == 403
    assert "Access-Control-Allow-Origin" not in refused.headers


def test_origin_of_another_shop_is_refused_for_this_key(stack: LocalStack, api: Api) -> None:
    make_shop(
        stack,
        shop_id="other-shop",
        publishable_key="kpk_other_0123456",
        allowed_origins=["https://other.example"],
    )

    reply = api.browser_post(cart_updated(), origin="https://other.example")

    assert reply.status == 403


def test_inactive_shop_is_forbidden(stack: LocalStack, shop: Shop) -> None:
    inactive = make_shop(stack, active=False)

    reply = Api(stack, inactive).post(cart_updated())

    assert reply.status == 403
    assert reply.error["code"] == "shop_inactive"


def test_an_unknown_shop_gets_the_same_answer_as_a_wrong_secret(api: Api) -> None:
    # Anyone may try ids in Kurv-Shop: the answer must not say which shops exist.
    wrong_secret = api.request(
        "POST", "/v1/events", body=BODY, headers=signed_headers("ksk_guessed_secret")
    )
    no_such_shop = api.request(
        "POST", "/v1/events", body=BODY, headers=signed_headers("ksk_guessed_secret", shop="nope")
    )

    assert wrong_secret.status == no_such_shop.status == 401
    assert wrong_secret.body == no_such_shop.body
    assert wrong_secret.headers == no_such_shop.headers
    assert wrong_secret.error["code"] == "bad_signature"


ODD = ["é", "\u00ff" * 64, "\U0001f600", "\ud800", "\x00", "\x7f", "\u202e", "\uff41\uff42"]


@pytest.mark.parametrize("odd", ODD)
def test_odd_characters_in_credentials_get_a_4xx(api: Api, odd: str) -> None:
    digest = sign("ksk_test_secret_0123456789", BODY, START).split("v1=")[1]
    for headers in (
        {"Kurv-Shop": "test-shop", "Kurv-Signature": f"t={START},v1={odd}"},
        {"Kurv-Shop": "test-shop", "Kurv-Signature": f"t={START},v1={digest[:-1]}{odd}"},
        {"Kurv-Shop": "test-shop", "Kurv-Signature": f"t={START},v1={digest},v1={odd}"},
        {"Kurv-Shop": "test-shop", "Kurv-Signature": f"t={odd},v1={digest}"},
        {"Kurv-Shop": f"test-shop{odd}", "Kurv-Signature": f"t={START},v1={digest}"},
        {"Kurv-Key": f"kpk_test_key_{odd}", "Origin": ORIGIN},
        {"Kurv-Key": KEY, "Origin": f"https://shop.example{odd}"},
    ):
        reply = api.request("POST", "/v1/events", headers=headers, body=BODY)

        assert reply.status in (401, 403), (headers, reply)
        assert odd not in json.dumps(reply.body, ensure_ascii=False)
