"""What comes from outside is stored, forwarded and printed clean: no ESC sequences, no
control characters but line breaks and tabs, no bidi overrides or isolates."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kurv.core.text import clean_line, clean_text


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("red \x1b[31mwarning\x1b[0m done", "red warning done"),
        ("clear \x1b[2J\x1b[H screen", "clear  screen"),
        ("title \x1b]0;pwned\x07 set", "title  set"),
        ("link \x1b]8;;https://evil.example\x1b\\here\x1b]8;;\x1b\\", "link here"),
        ("reset \x1bc now", "reset  now"),
        ("bell\x07 backspace\x08 nul\x00 del\x7f", "bell backspace nul del"),
        ("c1 \x9b31m csi", "c1 31m csi"),
        ("pay \u202eevil.exe\u202c now", "pay evil.exe now"),
        ("iso \u2066late\u2069 \u200fmark\u200e", "iso late mark"),
        ("tag\U000e0041\U000e0042s", "tags"),
        ("lone \udcc3 surrogate", "lone  surrogate"),
        ("lines\r\nand\rbreaks\u2028kept\ttab", "lines\nand\nbreaks\nkept\ttab"),
        ("Søren skrev: ærø 🎉 日本", "Søren skrev: ærø 🎉 日本"),
    ],
)
def test_what_could_act_on_a_terminal_is_taken_out(dirty: str, clean: str) -> None:
    assert clean_text(dirty) == clean


def test_one_line_has_single_spaces_and_a_limit() -> None:
    assert clean_line("a\n\tb \x1b[1m c\u202e", 4) == "a b "


@given(st.text())
def test_nothing_that_acts_survives(text: str) -> None:
    cleaned = clean_text(text)

    assert not [char for char in cleaned if char < " " and char not in "\t\n"]
    assert not [char for char in cleaned if "\x7f" <= char <= "\x9f"]
    assert not set(cleaned) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    cleaned.encode("utf-8")  # no lone surrogates: DynamoDB and terminals take it
