"""A sentence in pieces, for the HTML part's links and the text part's plain words. Pure."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    """A piece of a sentence: plain text, or a link (tel:, mailto:, a web page), or words
    kept on one line (a date, a price, a phone number). The text part shows the text, and a
    web page's address after it: there is nowhere else to click."""

    text: str
    href: str = ""
    nowrap: bool = False

    @property
    def shown(self) -> str:
        # Non-breaking spaces and hyphens as well as the nowrap style: Outlook ignores the
        # style on spans, and Word's layout breaks "030 123-456" after its hyphen.
        if not self.nowrap:
            return self.text
        return self.text.replace(" ", "\xa0").replace("-", "\u2011")

    def __str__(self) -> str:
        if self.href.startswith("https://"):
            return f"{self.text} ({self.href})"
        return self.text
