"""The reply address: made by one function, read by one, and they agree."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kurv.core.links import REPLY_CODE_LENGTH, ReplyAddress, read_reply_address, reply_address
from kurv.core.shops import Shop
from reminders import shop as nordlys


def shop(**overrides: str) -> Shop:
    """The sample shop with a fixed link secret (each shop is given a random one)."""
    return nordlys(**{"link_secret": "a-link-secret-for-tests-0123456789", **overrides})


shop_ids = st.from_regex(r"\A[a-z0-9][a-z0-9-]{1,39}\Z")


@given(shop_id=shop_ids, cart_key=st.text(min_size=1, max_size=200))
def test_what_is_made_reads_back_as_itself(shop_id: str, cart_key: str) -> None:
    made = reply_address(shop(shop_id=shop_id), cart_key, "Replies.Example")

    assert read_reply_address(str(made)) == made
    assert len(made.code) == REPLY_CODE_LENGTH
    assert len(str(made).partition("@")[0]) <= 64  # a mailbox name's limit


def test_the_code_depends_on_the_cart_and_the_shops_secret() -> None:
    first = reply_address(shop(), "nordlys-te#c1", "r.example").code

    assert reply_address(shop(), "nordlys-te#c2", "r.example").code != first
    assert (
        reply_address(
            shop(link_secret="another-secret-0123456789"), "nordlys-te#c1", "r.example"
        ).code
        != first
    )
    assert reply_address(shop(), "nordlys-te#c1", "r.example").code == first


def test_a_recipient_is_read_whatever_its_case_and_spacing() -> None:
    assert read_reply_address(" Reply+Nordlys-Te-ABCDEFGHIJKLMNOP@R.Example ") == ReplyAddress(
        "nordlys-te", "abcdefghijklmnop", "r.example"
    )


@pytest.mark.parametrize(
    "recipient",
    [
        "hej@nordlys.example",
        "reply+nordlys-abcdefghijklmno@r.example",  # a code one short
        "reply+nordlys-abcdefghijklmnopq@r.example",  # one long
        "reply+nordlys-abcdefghijklmn01@r.example",  # 0 and 1 are not base 32
        "reply+-nordlys-abcdefghijklmnop@r.example",  # not a shop id
        "reply+nordlys-abcdefghijklmnop@",
        "reply+nordlys-abcdefghijklmnop@a@b",
        "reply+nordlys-abcdefghijklmnop",
    ],
)
def test_anything_else_is_not_a_reply_address(recipient: str) -> None:
    assert read_reply_address(recipient) is None
