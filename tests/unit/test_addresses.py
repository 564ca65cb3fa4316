"""An address is known by one keyed hash, whatever spelling it arrives in."""

from __future__ import annotations

import hashlib

import pytest

from kurv.core.addresses import AddressKey, identity, plain_address_hash
from kurv.core.locales import normalize_email

KEY = AddressKey(b"a test deployment's address key, 32+ bytes")


@pytest.mark.parametrize(
    "spelling",
    [
        "Ada.Lovelace@Example.COM",
        "  ada.lovelace@example.com\n",
        "ADA.LOVELACE@EXAMPLE.COM",
    ],
)
def test_every_spelling_of_an_address_is_one_hash(spelling: str) -> None:
    assert KEY.hash(spelling) == KEY.hash("ada.lovelace@example.com")


def test_an_internationalised_domain_is_one_address_in_either_form() -> None:
    assert KEY.hash("ole@BØGER.dk") == KEY.hash("ole@xn--bger-gra.dk")
    assert identity("Ole@xn--bger-gra.dk") == "ole@bøger.dk" == normalize_email("ole@bøger.dk")


def test_the_hash_is_the_keyed_plain_hash_of_the_identity() -> None:
    plain = hashlib.sha256(b"ada.lovelace@example.com").hexdigest()

    assert plain_address_hash("Ada.Lovelace@Example.com") == plain
    assert KEY.hash("Ada.Lovelace@Example.com") == KEY.rekey(plain)
    assert KEY.contact_key("shop", "ADA.lovelace@example.com") == f"shop#{KEY.rekey(plain)}"


def test_another_deployments_key_gives_another_hash() -> None:
    other = AddressKey(b"another deployment's key, 32 bytes+")

    assert other.hash("ada@example.com") != KEY.hash("ada@example.com")


@pytest.mark.parametrize("text", ["", "ada", "ada@", "@example.com", "ada@@example.com"])
def test_what_is_not_an_address_is_refused_not_hashed(text: str) -> None:
    with pytest.raises(ValueError, match="not a valid email address"):
        KEY.hash(text)


def test_a_short_key_is_refused() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        AddressKey(b"short")
