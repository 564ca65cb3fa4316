"""Storefront text keeps no way to reach anyone, however it is spelt (recover.reachable);
the words around it, and names that only look a little like one, are kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kurv.core.model import Source
from kurv.recover.content import MAX_ITEM_NAME, shown_first_name, shown_text
from kurv.recover.reachable import without_ways_to_reach


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Log in at evil-pay.com/login", "Log in at"),
        ("Short link bit.ly/3abcd", "Short link"),
        ("Claim at https://evil.example/win now", "Claim at now"),
        ("Visit www.evil.example today", "Visit today"),
        ("hxxps://evil today", "today"),
        ("Write to billing@evil-pay.com", "Write to"),
        ("Write to billing @ evil-pay", "Write to"),
        ("billing [at] evil-pay [dot] com", ""),
        ("billing\uff20evil", ""),  # a full-width at sign
        ("\uff45\uff56\uff49\uff4c\uff0d\uff50\uff41\uff59\uff0e\uff43\uff4f\uff4d now", "now"),
        ("evil-pay\u3002com now", "now"),  # an ideographic full stop
        ("evil-pay\u00b7com now", "now"),  # a middle dot
        ("evil-pay\ufe52com now", "now"),  # a small full stop
        ("evil-pay[.]com now", "now"),
        ("evil-pay(dot)com now", "now"),
        ("evil-pay dot com now", "now"),
        ("evil-pay punkt dk now", "now"),
        ("evil pay . com now", "evil now"),  # "evil" alone reaches nobody
        ("evil-pay . c o m now", "now"),
        ("evil-pay.c om now", "now"),
        ("evil-pay.c0m now", "now"),  # a zero for an o
        ("evil-pay.c\u043em now", "now"),  # a Cyrillic o
        ("evil-pay . \u0441\u043e\u043c now", "now"),  # all Cyrillic, reading "com"
        ("b\u00fccher-evil.de now", "now"),
        ("xn--bcher-kva.de now", "now"),
        ("\u043f\u0440\u0438\u043c\u0435\u0440 . \u0440\u0444 now", "now"),  # an IDN top level
        ("\U0001d41e\U0001d42f\U0001d422\U0001d425.\U0001d41c\U0001d428\U0001d426 now", "now"),
        ("\u24d4\u24e5\u24d8\u24db.\u24d2\u24de\u24dc now", "now"),  # circled letters
        ("Call +1 800 555 0100 now", "Call now"),
        ("Call 1-8OO-555-O1OO now", "Call now"),
        ("Call (800) 555.0100 now", "Call now"),
        ("Call \u0665\u0665\u0665\u0660\u0661\u0660\u0660 now", "Call now"),  # Arabic-Indic
        ("Call \uff15\uff15\uff15 \uff10\uff11\uff10\uff10 now", "Call now"),  # full-width
        ("Call 555 0100 now", "Call now"),
        ("Server 192.168.0.1 now", "Server now"),
        ("Server 1.2.3.4 now", "Server now"),
    ],
)
def test_every_spelling_of_a_way_to_reach_someone_goes(text: str, left: str) -> None:
    assert without_ways_to_reach(text) == (left, True)


@pytest.mark.parametrize(
    "name",
    [
        "Blue mug",
        "Earl Grey, 50 g",
        "Dr. Martens 1460 boots",
        "J.R.R. Tolkien: The Hobbit",
        "Lego 10497, 2 in 1",
        "Soft cotton. Machine washable.",
        "Kaffe & te <3",
        "T-shirt (XL) \u00b7 cotton",
        "0.5 l bottle, 2.5 kg",
        "Polka dot dress",
        "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e",
        "\u7d05\u8336 50g",
        "iPhone 15 Pro 256 GB",
    ],
)
def test_names_that_reach_nobody_are_kept_as_written(name: str) -> None:
    assert without_ways_to_reach(name) == (name, False)


def test_the_known_cost_a_top_level_word_after_a_spaced_dot() -> None:
    # "in" is India's top-level domain: the storefront's sentence loses two words, the
    # shop's own text (signed) would keep them.
    assert without_ways_to_reach("Blue mug. In stock") == ("Blue stock", True)


TOP_LEVELS = ["com", "net", "ly", "io", "de", "dk", "shop", "app", "xyz", "co"]
DOTS = [".", " . ", "[.]", "(.)", " dot ", "\u3002", "\uff0e", " [dot] ", "\u00b7", ". "]


@given(
    label=st.from_regex(r"zq[a-z0-9]{2,8}(-[a-z0-9]{1,5})?", fullmatch=True),
    dot=st.sampled_from(DOTS),
    top=st.sampled_from(TOP_LEVELS),
    path=st.sampled_from(["", "/login", "/x?a=1"]),
)
def test_no_domain_survives_whatever_its_dot(label: str, dot: str, top: str, path: str) -> None:
    shown, cut = without_ways_to_reach(f"Pay at {label}{dot}{top}{path} today")

    assert cut
    assert "zq" not in shown
    assert top not in shown.split()


@given(
    digits=st.lists(st.integers(0, 9), min_size=7, max_size=13),
    separators=st.lists(st.sampled_from(["", " ", "-", ".", "/", " - ", ") ", "\u2009"])),
    plus=st.booleans(),
)
def test_no_phone_number_survives_whatever_its_separators(
    digits: list[int], separators: list[str], plus: bool
) -> None:
    number = "".join(
        f"{digit}{separators[index] if index < len(separators) else ''}"
        for index, digit in enumerate(digits)
    )
    shown, _ = without_ways_to_reach(f"Call {'+' if plus else ''}{number} today")

    assert not any(char.isdigit() for char in shown)


def test_the_shops_own_text_keeps_its_words() -> None:
    name = "Gift card: redeem at shop.example or call 800 555 0100"

    assert shown_text(name, MAX_ITEM_NAME, source=Source.SIGNED) == name
    assert shown_text(name, MAX_ITEM_NAME) == "Gift card: redeem at or call"  # the storefront's
    # The shop's own text loses a written-out web address as before.
    assert shown_text("See https://x.example/a now", 80, source=Source.SIGNED) == "See now"


@pytest.mark.parametrize("name", ["evil-pay[.]com", "Ada 555 0100 99", "Ada evil . com"])
def test_a_storefront_first_name_with_a_way_to_reach_gets_the_anonymous_greeting(
    name: str,
) -> None:
    assert shown_first_name(name) is None
    assert shown_first_name("Ada") == "Ada"
