"""How Kurv reads the four public reply parsers' suites (reply_suite_fixtures): for each
fixture, whether the quote is gone and the customer's words kept, whether the reply is
exactly the one expected, and how long reading took; for all fixtures and for the held-out
quarter, and per suite (talon's signature tests apart). Every fixture is read through
inbound.read_reply, as a message (From: the sender the suite's test names, if any).

    python -m kurv_tools.measure.reply_suites [--misses]

Exact compares Kurv, which cuts the quote and the signature in one pass, with each suite's
parser as a whole. talon's quotation tests state the reply of its quotation stage, which
never cuts a signature; talon then runs its signature stage (its README's usage), so those
fixtures' whole reply is the stated one after talon's own bruteforce signature stage, run
from the mirror. "As stated" compares with each test's own answer instead; "signature
aside" also counts a reply that is the expected one without a signature block by shape.
Kurv drops the sign-off and name, the device line and the signature, as most of the suites'
fixtures do (reply_suite_conventions counts them). Where a suite's reference parser reads a
message against its own test and issue 20 (reply_suite_fixtures.CORRECTED), the reply
expected is corrected, and the correction printed.

--misses prints the misses of the three quarters rules may be written against, never the
held-out quarter's. Without the mirrors (tools' `fetch`) it says so and measures nothing.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from kurv_tools.measure import reply_suite_fixtures, reply_suite_talon
from kurv_tools.measure.reply_suite_fixtures import Fixture

_HEADERS = {
    "text": b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n",
    "html": b"Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n",
}
_MESSAGE = b"To: reply@example.org\nSubject: Re: cart\n"
_CUSTOMER = "customer@example.com"


@dataclass(frozen=True)
class Result:
    fixture: Fixture
    words: str
    seconds: float
    kept: bool  # the quote gone and the customer's words kept
    exact: bool  # the reply the suite's parser returns as a whole
    exact_stated: bool  # the reply the suite's test states (talon: its quotation stage's)
    exact_unsigned: bool  # exact, or exact but for a signature block the suite keeps


def read(fixture: Fixture) -> tuple[str, float]:
    from kurv.replies.inbound import read_reply

    raw = fixture.body
    if fixture.kind != "eml":
        raw = _from(fixture.sender) + _MESSAGE + _HEADERS[fixture.kind] + b"\n" + raw
    start = time.perf_counter()
    reply = read_reply(raw)
    return reply.text, time.perf_counter() - start


def _from(sender: str) -> bytes:
    """The From header: the sender the suite's test names (an address, or a name), else ours."""
    if "@" in sender:
        return f"From: {sender}\n".encode()
    return f"From: {sender} <{_CUSTOMER}>\n".encode() if sender else f"From: {_CUSTOMER}\n".encode()


def expected_text(fixture: Fixture) -> str:
    expected = fixture.expected
    if fixture.kind == "html":
        import lxml.html  # type: ignore[import-untyped]

        expected = lxml.html.document_fromstring(expected or "<p></p>").text_content()
    return expected


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def judge(fixture: Fixture, words: str, seconds: float, whole: str | None = None) -> Result:
    """Kept: nothing outside the expected reply is read (no quote, no header), and its first
    paragraph (the customer's words; a signature below may go) is. Exact: the same text as
    `whole` (the suite's parser's reply as a whole, when its test states one stage's),
    whitespace aside; stated: the same text as the test states."""
    expected = expected_text(fixture)
    ours, theirs = squeezed(words), squeezed(expected)
    first = squeezed(re.split(r"\n\s*\n", expected.strip(), maxsplit=1)[0])
    nothing_else = all(squeezed(line) in theirs for line in words.splitlines())
    kept = nothing_else and (first in ours if first else not ours)
    stated = ours == theirs
    exact = stated or (whole is not None and ours == squeezed(whole))
    unsigned = exact or ours == squeezed(_without_signature(expected))
    return Result(fixture, words, seconds, kept, exact, stated, unsigned)


SIGNATURE_LINES = 4
SIGNATURE_WORDS = 6


def _without_signature(text: str) -> str:
    """`text` without the signature block that closes it, by shape alone (Kurv drops the
    signature on purpose; talon's quotation tests keep it): after "-- ", or a last paragraph
    of at most SIGNATURE_LINES short lines that are not sentences ("Thanks,\nAlex",
    "-Roman", "Sent from my iPhone")."""
    lines = text.strip().splitlines()
    for index, line in enumerate(lines):
        if line.strip() == "--":
            return "\n".join(lines[:index])
    paragraphs = re.split(r"\n\s*\n", text.strip())
    last = paragraphs[-1].splitlines()
    short = all(
        len(line.split()) <= SIGNATURE_WORDS and not line.rstrip().endswith((".", "?", "!"))
        for line in last
    )
    if len(paragraphs) > 1 and len(last) <= SIGNATURE_LINES and short:
        return "\n\n".join(paragraphs[:-1])
    return text


def measure(
    fixtures: list[Fixture], talon_signature_stage: Callable[[str], str] | None = None
) -> list[Result]:
    read(Fixture("warm-up", "text", b"Hi", ""))  # imports and compiled patterns: not timed
    results = []
    for fixture in fixtures:
        words, seconds = read(fixture)
        whole = None
        if talon_signature_stage is not None and part(fixture) == "talon":
            whole = talon_signature_stage(expected_text(fixture))
        results.append(judge(fixture, words, seconds, whole))
    return results


def _line(label: str, results: list[Result]) -> str:
    judged = results
    kept = sum(result.kept for result in judged)
    exact = sum(result.exact for result in judged)
    stated = sum(result.exact_stated for result in judged)
    unsigned = sum(result.exact_unsigned for result in judged)
    slowest = max(results, key=lambda result: result.seconds)
    share = max(len(judged), 1)
    return (
        f"  {label:<22} {len(judged):>4} fixtures  words kept, quote gone {kept / share:6.1%}"
        f"  exact {exact / share:6.1%} (as stated {stated / share:6.1%},"
        f" signature aside {unsigned / share:6.1%})"
        f"  slowest {slowest.seconds:.2f} s"
        f" ({slowest.fixture.name})"
    )


def part(fixture: Fixture) -> str:
    """The suite a fixture comes from; talon's signature tests apart from its quotation ones."""
    suite, name = fixture.name.split("/", 1)
    return f"{suite} signatures" if suite == "talon" and name.startswith("sig_") else suite


def main(argv: list[str]) -> int:
    found = reply_suite_fixtures.available()
    if not found:
        print(
            f"reply suites: skipped, no mirror under {reply_suite_fixtures.MIRROR}"
            " (fetch github/email_reply_parser, zapier/email-reply-parser,"
            " alfonsrv/mail-parser-reply, mailgun/talon)"
        )
        return 0
    stage = None
    if "talon" in found:
        stage = reply_suite_talon.signature_stage(reply_suite_fixtures.repo(found["talon"]))
    results = measure(reply_suite_fixtures.load(), stage)
    print(f"reply suites ({', '.join(sorted(found))}):")
    print(_line("all", results))
    print(_line("held-out quarter", [r for r in results if r.fixture.held_out]))
    for name in dict.fromkeys(part(result.fixture) for result in results):
        print(_line(name, [r for r in results if part(r.fixture) == name]))
    largest = max(results, key=lambda result: len(result.fixture.body))
    size = len(largest.fixture.body) // 1000
    print(f"  the largest, {largest.fixture.name} ({size} KB): {largest.seconds:.2f} s")
    for name, (_, why) in reply_suite_fixtures.CORRECTED.items():
        print(f"  expected reply corrected: {name}: {why}")
    if "--misses" in argv:
        for result in results:
            if result.fixture.held_out or result.exact:
                continue
            print(f"\n--- {result.fixture.name} ({'kept' if result.kept else 'MISS'})")
            print(f"expected: {expected_text(result.fixture).strip()!r}")
            print(f"ours:     {result.words!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
