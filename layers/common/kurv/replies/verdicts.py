"""What SES's receipt says of a received message: its spam and virus scans, and whether the
sender is who the From address says (SPF, DKIM, DMARC). Pure.

Anyone can put any address in From. SES checks the sending server (SPF), the signature
(DKIM) and the From domain's own policy over both (DMARC); only DMARC speaks for the address
a person sees. So a sender counts as verified when no check failed and DMARC passed, or,
for a domain that publishes no DMARC policy, when SPF and DKIM both passed. Anything else
(a failure, a check that could not run, no verdict at all) is unverified, and the forward
says so at its top.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """SES's verdict statuses."""

    PASS = "PASS"  # noqa: S105 (a verdict, not a password)
    FAIL = "FAIL"
    GRAY = "GRAY"  # no verdict to give (for DMARC: the domain publishes no policy)
    PROCESSING_FAILED = "PROCESSING_FAILED"
    DISABLED = "DISABLED"


@dataclass(frozen=True)
class Verdicts:
    """The receipt's verdicts, each a Status value or "" when SES gave none."""

    spam: str = ""
    virus: str = ""
    spf: str = ""
    dkim: str = ""
    dmarc: str = ""

    @classmethod
    def from_receipt(cls, receipt: Mapping[str, Any]) -> Verdicts:
        """From the `receipt` object of SES's event (spamVerdict: {"status": "PASS"}, ...);
        a verdict that is missing or malformed reads as none."""

        def status(key: str) -> str:
            verdict = receipt.get(key)
            value = verdict.get("status") if isinstance(verdict, Mapping) else None
            return value.upper()[:32] if isinstance(value, str) else ""

        return cls(
            spam=status("spamVerdict"),
            virus=status("virusVerdict"),
            spf=status("spfVerdict"),
            dkim=status("dkimVerdict"),
            dmarc=status("dmarcVerdict"),
        )

    def refused(self) -> list[str]:
        """The scans that found spam or a virus: such a message is not read at all."""
        return [name for name in ("spam", "virus") if getattr(self, name) == Status.FAIL]

    @property
    def sender_verified(self) -> bool:
        checks = (self.spf, self.dkim, self.dmarc)
        if Status.FAIL in checks:
            return False
        return self.dmarc == Status.PASS or (
            self.dmarc == Status.GRAY and self.spf == Status.PASS and self.dkim == Status.PASS
        )

    def sender_checks(self) -> str:
        """The three checks as SES gave them, e.g. "SPF: PASS, DKIM: FAIL, DMARC: FAIL"."""
        return ", ".join(
            f"{name}: {value or 'NONE'}"
            for name, value in (("SPF", self.spf), ("DKIM", self.dkim), ("DMARC", self.dmarc))
        )
