"""How Kurv reads the four public reply parsers' suites (reply_suite_fixtures): for each
fixture, whether the quote is gone and the customer's words kept, whether the reply is
exactly the one expected, and how long reading took; for all fixtures and for the held-out
quarter, and per suite (talon's signature tests apart). Every fixture is read through
inbound.read_reply, as a message (From: the sender the suite's test names, if any).

    python -m kurv_tools.measure.reply_suites [--misses]

"Signature aside" counts as exact a reply that is the expected one without the signature
block the suite keeps. Kurv drops the sign-off and name, the device line and the signature,
as most of the suites' fixtures do (reply_suite_conventions counts them); talon's quotation
tests keep them, for that stage of talon never cuts a signature (its signature stage does).

--misses prints the misses of the three quarters rules may be written against, never the
held-out quarter's. Without the mirrors (tools' `fetch`) it says so and measures nothing.
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass

from kurv_tools.measure import reply_suite_fixtures
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
    exact: bool
    exact_unsigned: bool  # exact, or exact but for the signature the suite keeps


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


def judge(fixture: Fixture, words: str, seconds: float) -> Result:
    """Kept: nothing outside the expected reply is read (no quote, no header), and its first
    paragraph (the customer's words; a signature below may go) is. Exact: the same text,
    whitespace aside."""
    expected = expected_text(fixture)
    ours, theirs = squeezed(words), squeezed(expected)
    first = squeezed(re.split(r"\n\s*\n", expected.strip(), maxsplit=1)[0])
    nothing_else = all(squeezed(line) in theirs for line in words.splitlines())
    kept = nothing_else and (first in ours if first else not ours)
    exact = ours == theirs
    unsigned = exact or ours == squeezed(_without_signature(expected))
    return Result(fixture, words, seconds, kept, exact, unsigned)


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


def measure(fixtures: list[Fixture]) -> list[Result]:
    read(Fixture("warm-up", "text", b"Hi", ""))  # imports and compiled patterns: not timed
    results = []
    for fixture in fixtures:
        words, seconds = read(fixture)
        results.append(judge(fixture, words, seconds))
    return results


def _line(label: str, results: list[Result]) -> str:
    judged = results
    kept = sum(result.kept for result in judged)
    exact = sum(result.exact for result in judged)
    unsigned = sum(result.exact_unsigned for result in judged)
    slowest = max(results, key=lambda result: result.seconds)
    share = max(len(judged), 1)
    return (
        f"  {label:<22} {len(judged):>4} fixtures  words kept, quote gone {kept / share:6.1%}"
        f"  exact {exact / share:6.1%} ({unsigned / share:6.1%} signature aside)"
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
    results = measure(reply_suite_fixtures.load())
    print(f"reply suites ({', '.join(sorted(found))}):")
    print(_line("all", results))
    print(_line("held-out quarter", [r for r in results if r.fixture.held_out]))
    for name in dict.fromkeys(part(result.fixture) for result in results):
        print(_line(name, [r for r in results if part(r.fixture) == name]))
    largest = max(results, key=lambda result: len(result.fixture.body))
    size = len(largest.fixture.body) // 1000
    print(f"  the largest, {largest.fixture.name} ({size} KB): {largest.seconds:.2f} s")
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
