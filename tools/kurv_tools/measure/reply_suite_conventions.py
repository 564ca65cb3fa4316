"""Which convention each of the four suites expects for what closes a reply: for every
fixture, each suite's own copy with its own expectation (copies not removed), the closing
lines Kurv's `signatures` cut (a sign-off and a name, a name signed with a dash, a device
line, a signature under "-- " or a rule, a card with no sign-off, a disclaimer), and
whether the suite's expected reply keeps them.

    python -m kurv_tools.measure.reply_suite_conventions

Counts only: held-out fixtures are counted with the rest and never shown.
"""

from __future__ import annotations

import sys
from collections import Counter
from unittest import mock

from kurv_tools.measure import reply_suite_fixtures, reply_suites
from kurv_tools.measure.reply_suite_fixtures import Fixture

SIGN_OFF = "sign-off and name"
DASHED = "name signed with a dash"
DEVICE = "device line"
DELIMITED = "signature under -- or a rule"
OTHER = "card, disclaimer or banner"  # a card: signature_cards


def _kind(removed: list[str]) -> str:
    from kurv.replies import signatures

    lines = [line for line in removed if line.strip()]
    if any(signatures.is_delimiter(line) for line in lines):
        return DELIMITED
    rest = [line for line in lines if not signatures.is_device_line(line)]
    if not rest:
        return DEVICE
    if signatures.is_sign_off(rest[0]):
        return SIGN_OFF
    return DASHED if signatures.is_signed_name(rest[0]) else OTHER


def closings(fixture: Fixture) -> set[tuple[str, bool]]:
    """What Kurv cut from the end of the fixture's words, by kind, and whether the suite's
    expected reply keeps it."""
    from kurv.replies import signatures

    cut: list[list[str]] = []
    unsigned = signatures.unsigned

    def spy(block: list[str], *, keep_thanks: bool = False, sender: str = "") -> list[str]:
        kept = unsigned(block, keep_thanks=keep_thanks, sender=sender)
        if not keep_thanks:
            cut.append([line for line in block if line not in kept])
        return kept

    with mock.patch.object(signatures, "unsigned", spy):
        ours = reply_suites.squeezed(reply_suites.read(fixture)[0])
    expected = reply_suites.squeezed(reply_suites.expected_text(fixture))
    found = set()
    for removed in cut:
        words = [line for line in removed if line.strip() and not signatures.is_delimiter(line)]
        # A reply that is only a thank-you keeps it (`quotes` asks again): nothing was cut.
        if words and not all(reply_suites.squeezed(line) in ours for line in words):
            kept = all(reply_suites.squeezed(line) in expected for line in words)
            found.add((_kind(removed), kept))
    return found


def main() -> int:
    if not reply_suite_fixtures.available():
        print("reply suite conventions: skipped, no mirrors (see reply_suites)")
        return 0
    counts: Counter[tuple[str, str, bool]] = Counter()
    for fixture in reply_suite_fixtures.load(copies=True):
        for kind, kept in closings(fixture):
            counts[(kind, reply_suites.part(fixture), kept)] += 1
    print("what closes the reply: kept / dropped by each suite's expected reply (fixtures)")
    for kind in (SIGN_OFF, DASHED, DEVICE, DELIMITED, OTHER):
        parts = sorted({part for k, part, _ in counts if k == kind})
        for part in parts:
            keeps, drops = counts[(kind, part, True)], counts[(kind, part, False)]
            print(f"  {kind:<30} {part:<18} kept {keeps:>3}  dropped {drops:>3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
