"""Whom an erasure or an export looks for: one person's address, in every form it may be
written, found as a whole address in stored text and raw messages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Person:
    """Whom kurv forget looks for: an address in each form it may be written (as typed, its
    normalised identity, with the domain in punycode), in any case, as a whole address (not
    inside a longer one)."""

    forms: tuple[str, ...]

    @classmethod
    def of(cls, address: str) -> Person:
        """ValueError if `address` is not an address."""
        from email_validator import EmailNotValidError, validate_email

        try:
            valid = validate_email(address.strip(), check_deliverability=False)
        except EmailNotValidError as error:
            raise ValueError(str(error)) from None
        written = (address.strip(), valid.normalized, valid.ascii_email or "")
        return cls(tuple(sorted({form.lower() for form in written if form})))

    def named_in(self, text: str) -> bool:
        return bool(_text_pattern(self.forms).search(text))

    def named_in_raw(self, raw: bytes) -> bool:
        """In a raw message, read as UTF-8 (any case of any letter: not bytes' ASCII-only)."""
        return self.named_in(raw.decode("utf-8", "replace"))


# Around an address: not more of a local part before it, not more of a domain after it.
_BEFORE = r"(?<![\w.!#$%&'*+/=?^`{|}~-])"
_AFTER = r"(?![\w-]|\.[\w-])"


@lru_cache(maxsize=8)
def _text_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    either = "|".join(re.escape(form) for form in forms)
    return re.compile(f"{_BEFORE}(?:{either}){_AFTER}", re.IGNORECASE)
