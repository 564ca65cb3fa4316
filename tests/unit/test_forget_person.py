"""Whom kurv forget looks for: an address in any case and form, as a whole address."""

from __future__ import annotations

import pytest

from kurv.core.people import Person

ADA = Person.of("Ada@Bücher.de")


@pytest.mark.parametrize(
    "text",
    [
        "ada@bücher.de",
        "Cc: Ada <ADA@BÜCHER.DE>",
        "reply to ada@xn--bcher-kva.de please",
        "(ada@bücher.de)",
        "end of sentence ada@bücher.de.",
    ],
)
def test_the_person_is_named(text: str) -> None:
    assert ADA.named_in(text)
    assert ADA.named_in_raw(text.encode())


@pytest.mark.parametrize(
    "text",
    ["bada@bücher.de", "ada@bücher.dev", "ada@bücher.de.uk", "ada.b@bücher.de", "éada@bücher.de"],
)
def test_a_longer_address_is_someone_else(text: str) -> None:
    assert not ADA.named_in(text)
    assert not ADA.named_in_raw(text.encode())


def test_not_an_address_is_refused() -> None:
    with pytest.raises(ValueError, match="@"):
        Person.of("not an address")
