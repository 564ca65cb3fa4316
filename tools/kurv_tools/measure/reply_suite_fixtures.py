"""The fixtures of four public reply parsers' test suites, with the reply each expects, read
from their git mirrors at measure time (never stored in this repository).

- github/email_reply_parser, zapier/email-reply-parser, alfonsrv/mail-parser-reply: plain
  text emails (test/emails/*.txt). Their tests assert on fragments, not on one reply text, so
  the reply expected is what the suite's own parser reads, which its tests check: zapier's
  (the Python port of github's, run from its mirror) for the github and zapier emails, its
  visible text; alfonsrv's (mail-parser-reply, pinned) for its own, the latest reply's body
  (without headers, signature and disclaimers). Where github's Ruby tests state the reply
  outright (assert_equal "…", parse_reply(body)), that is the reply expected, and a body
  they write inline (not in a file) is a fixture too.
- mailgun/talon: reply_suite_talon (its quotation and signature tests, its standard replies,
  its stripped signatures).
- A test that patches the parser's settings (@patch) expects what the patch makes: left out.
  So is a test that asserts no reply text (only that the HTML is valid, or a fragment count).

A fixture's body appears once: the first suite to hold it names it (zapier and alfonsrv
hold byte-identical copies of many of github's emails).
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kurv_tools.measure import reply_suite_talon

MIRROR = Path(os.environ.get("KURV_REPLY_SUITES", "/work/.mirror"))
SUITES = {
    "github": "github+email_reply_parser",
    "zapier": "zapier+email-reply-parser",
    "alfonsrv": "alfonsrv+mail-parser-reply",
    "talon": "mailgun+talon",
}
_LANGUAGES = {"danish": "da", "swedish": "sv", "_sv_": "sv", "_nl_": "nl", "_pl_": "pl"}
_LANGUAGES |= {"_ja_": "ja", "_de": "de"}


# Where a suite's reference parser reads a message against what the suite's own test and
# issue 20 ask, the reply expected is the message's, with the reason (printed by reply_suites).
CORRECTED = {
    "alfonsrv/email_danish_1": (
        "Hej Peter,\n\nTak for din mail. Det lyder godt.",
        "mail-parser-reply files 'Tak for din mail. Det lyder godt.' under the signature; its"
        " test asserts only that 'Hej Peter,' is in the body and the sign-off is not, and issue"
        " 20 asks that a thank-you be kept",
    ),
}


@dataclass(frozen=True)
class Fixture:
    name: str  # "suite/fixture"
    kind: str  # "text", "html" or "eml"
    body: bytes
    expected: str
    sender: str = ""  # the From the suite's test names, if it names one

    @property
    def held_out(self) -> bool:
        """A stable quarter of the fixtures, chosen by name before any rule was written:
        their misses are never shown."""
        return hashlib.sha256(self.name.encode()).digest()[0] % 4 == 0


class _Repo:
    def __init__(self, git_dir: Path) -> None:
        self.git_dir = git_dir

    def _git(self, *args: str) -> bytes:
        return subprocess.run(
            ["git", "--git-dir", str(self.git_dir), *args], check=True, capture_output=True
        ).stdout

    def files(self) -> list[str]:
        return self._git("ls-tree", "-r", "--name-only", "HEAD").decode().splitlines()

    def read(self, path: str) -> bytes:
        return self._git("show", f"HEAD:{path}")

    def text(self, path: str) -> str:
        return self.read(path).decode("utf-8", "replace")


def repo(git_dir: Path) -> _Repo:
    """A suite's mirror, read with git."""
    return _Repo(git_dir)


def available() -> dict[str, Path]:
    """The suites whose mirror is here."""
    found = {suite: MIRROR / folder / "repo" for suite, folder in SUITES.items()}
    return {suite: path for suite, path in found.items() if path.is_dir()}


def load(*, copies: bool = False) -> list[Fixture]:
    """Every suite's fixtures; a body a suite holds a copy of appears once, unless `copies`
    (then each suite's copy, with its own expected reply)."""
    fixtures: list[Fixture] = []
    mirrors = available()
    zapier = _zapier_parser(_Repo(mirrors["zapier"])) if "zapier" in mirrors else None
    for suite in ("github", "zapier", "alfonsrv"):
        if suite in mirrors:
            fixtures += _text_suite(suite, _Repo(mirrors[suite]), zapier)
    if "talon" in mirrors:
        fixtures += _talon(_Repo(mirrors["talon"]))
    if copies:
        return fixtures
    seen: set[bytes] = set()
    unique = []
    for fixture in fixtures:
        if fixture.body not in seen:
            seen.add(fixture.body)
            unique.append(fixture)
    return unique


def _zapier_parser(repo: _Repo) -> Any:
    """zapier's parser, from its mirror's source (one module, the standard library only)."""
    namespace: dict[str, Any] = {"__name__": "zapier_email_reply_parser"}
    # The reference the suite's tests check, run as they run it (a measure-time tool only).
    source = repo.text("email_reply_parser/__init__.py")
    exec(compile(source, "zapier", "exec"), namespace)  # noqa: S102
    return namespace["EmailReplyParser"]


def _expected(suite: str, stem: str, text: str, zapier: Any) -> str:
    if suite != "alfonsrv" and zapier is not None:
        return str(zapier.parse_reply(text)).strip()
    from mailparser_reply import EmailReplyParser  # type: ignore[import-untyped]

    language = next((code for key, code in _LANGUAGES.items() if key in stem), "en")
    message = EmailReplyParser(languages=[language, "en"]).read(text)
    return str(message.replies[0].body) if message.replies else ""


_RUBY_STATED = re.compile(
    r'join\("([\w.]+)\.txt"\)[^\n]*\n\s*assert_equal "((?:[^"\\]|\\.)*)",\s*'
    r"EmailReplyParser\.parse_reply\(body\)"
)


# body = "…"  then  assert_equal body, EmailReplyParser.parse_reply(body): the reply is the body.
_RUBY_INLINE = re.compile(
    r'def (test_\w+)\s*\n\s*(\w+) = "((?:[^"\\]|\\.)*)"\s*\n'
    r"\s*assert_equal \2, EmailReplyParser\.parse_reply\(\2\)"
)


def _ruby_tests(repo: _Repo) -> str:
    try:
        return repo.text("test/email_reply_parser_test.rb")
    except subprocess.CalledProcessError:
        return ""


def _stated_in_ruby(repo: _Repo) -> dict[str, str]:
    """The replies github's tests state outright, by fixture."""
    return {stem: _unescaped(reply) for stem, reply in _RUBY_STATED.findall(_ruby_tests(repo))}


def _inline_in_ruby(repo: _Repo) -> list[Fixture]:
    """The bodies github's tests write inline and expect back whole."""
    return [
        Fixture(f"github/{test}", "text", _unescaped(body).encode(), _unescaped(body))
        for test, _, body in _RUBY_INLINE.findall(_ruby_tests(repo))
    ]


def _unescaped(ruby: str) -> str:
    """A Ruby string literal's text: its escapes read, its other characters as they are."""
    return re.sub(r"\\(.)", lambda found: {"n": "\n", "t": "\t"}.get(found[1], found[1]), ruby)


def _text_suite(suite: str, repo: _Repo, zapier: Any) -> list[Fixture]:
    stated = _stated_in_ruby(repo) if suite == "github" else {}
    fixtures = []
    for path in sorted(repo.files()):
        if not (path.startswith("test/emails/") and path.endswith(".txt")):
            continue
        stem = path.rsplit("/", 1)[1][:-4]
        body = repo.read(path)
        text = body.decode("utf-8", "replace")
        expected = stated.get(stem) or _expected(suite, stem, text, zapier)
        expected = CORRECTED.get(f"{suite}/{stem}", (expected, ""))[0]
        fixtures.append(Fixture(f"{suite}/{stem}", "text", body, expected))
    return fixtures + (_inline_in_ruby(repo) if suite == "github" else [])


def _talon(repo: _Repo) -> list[Fixture]:
    return [
        Fixture(
            f"talon/{case.name}",
            case.kind,
            case.body if isinstance(case.body, bytes) else case.body.encode(),
            case.expected,
            case.sender,
        )
        for case in reply_suite_talon.cases(repo)
    ]
