"""The fixtures of four public reply parsers' test suites, with the reply each expects, read
from their git mirrors at measure time (never stored in this repository).

- github/email_reply_parser, zapier/email-reply-parser, alfonsrv/mail-parser-reply: plain
  text emails (test/emails/*.txt). Their tests assert on fragments, not on one reply text, so
  the reply expected is what the suite's own parser reads, which its tests check: zapier's
  (the Python port of github's, run from its mirror) for the github and zapier emails, its
  visible text; alfonsrv's (mail-parser-reply, pinned) for its own, the latest reply's body
  (without headers, signature and disclaimers). Where github's Ruby tests state the reply
  outright (assert_equal "…", parse_reply(body)), that is the reply expected.
- A test that patches the parser's settings (@patch) expects what the patch makes: left out.
- mailgun/talon: the texts and HTML its tests hand to extract_from_plain/extract_from_html
  with the answer each expects, read by a small evaluator of the test modules' own code
  (string constants, format, helpers called with constants, files opened), and its
  standard replies (.eml, with a *_reply_text file or "Hello").

A fixture's body appears once: the first suite to hold it names it.
"""

from __future__ import annotations

import ast
import hashlib
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MIRROR = Path(os.environ.get("KURV_REPLY_SUITES", "/work/.mirror"))
SUITES = {
    "github": "github+email_reply_parser",
    "zapier": "zapier+email-reply-parser",
    "alfonsrv": "alfonsrv+mail-parser-reply",
    "talon": "mailgun+talon",
}
_LANGUAGES = {"danish": "da", "swedish": "sv", "_sv_": "sv", "_nl_": "nl", "_pl_": "pl"}
_LANGUAGES |= {"_ja_": "ja", "_de": "de"}


@dataclass(frozen=True)
class Fixture:
    name: str  # "suite/fixture"
    kind: str  # "text", "html" or "eml"
    body: bytes
    expected: str

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


def available() -> dict[str, Path]:
    """The suites whose mirror is here."""
    found = {suite: MIRROR / folder / "repo" for suite, folder in SUITES.items()}
    return {suite: path for suite, path in found.items() if path.is_dir()}


def load() -> list[Fixture]:
    fixtures: list[Fixture] = []
    mirrors = available()
    zapier = _zapier_parser(_Repo(mirrors["zapier"])) if "zapier" in mirrors else None
    for suite in ("github", "zapier", "alfonsrv"):
        if suite in mirrors:
            fixtures += _text_suite(suite, _Repo(mirrors[suite]), zapier)
    if "talon" in mirrors:
        fixtures += _talon(_Repo(mirrors["talon"]))
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


def _stated_in_ruby(repo: _Repo) -> dict[str, str]:
    """The replies github's tests state outright, by fixture."""
    try:
        source = repo.text("test/email_reply_parser_test.rb")
    except subprocess.CalledProcessError:
        return {}
    return {
        stem: reply.encode().decode("unicode_escape")
        for stem, reply in _RUBY_STATED.findall(source)
    }


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
        fixtures.append(Fixture(f"{suite}/{stem}", "text", body, expected))
    return fixtures


# mailgun/talon ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Extract:
    kind: str
    body: str


@dataclass(frozen=True)
class _File:
    path: str


def _talon(repo: _Repo) -> list[Fixture]:
    globals_: dict[str, Any] = {}
    _Evaluator(repo, {}, []).run(ast.parse(repo.text("tests/fixtures/__init__.py")).body, globals_)
    found: list[tuple[str, _Extract, str]] = []
    for module in ("tests/text_quotations_test.py", "tests/html_quotations_test.py"):
        tree = ast.parse(repo.text(module))
        helpers = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
        for name, function in helpers.items():
            if name.startswith("test_") and not function.decorator_list:
                _Evaluator(repo, helpers, found, name).run(function.body, dict(globals_))
    fixtures = []
    counts: dict[str, int] = {}
    for test, extract, expected in found:
        counts[test] = counts.get(test, 0) + 1
        suffix = f"#{counts[test]}" if counts[test] > 1 else ""
        fixtures.append(
            Fixture(f"talon/{test}{suffix}", extract.kind, extract.body.encode(), expected)
        )
    folder = "tests/fixtures/standard_replies/"
    files = set(repo.files())
    for path in sorted(files):
        if path.startswith(folder) and path.endswith(".eml"):
            answer = path[:-4] + "_reply_text"
            expected = repo.text(answer).strip() if answer in files else "Hello"
            name = path[len(folder) : -4]
            fixtures.append(Fixture(f"talon/standard_{name}", "eml", repo.read(path), expected))
    return fixtures


class _Evaluator:
    """Runs just enough of a test function to see what it hands to the extractor and what it
    expects back; whatever it cannot read is left unknown (None)."""

    def __init__(
        self,
        repo: _Repo,
        helpers: dict[str, ast.FunctionDef],
        found: list[tuple[str, _Extract, str]],
        test: str = "",
        depth: int = 0,
    ) -> None:
        self.repo, self.helpers, self.found, self.test, self.depth = (
            repo,
            helpers,
            found,
            test,
            depth,
        )

    def run(self, body: list[ast.stmt], env: dict[str, Any]) -> None:
        for statement in body:
            if isinstance(statement, ast.Assign) and isinstance(statement.targets[0], ast.Name):
                env[statement.targets[0].id] = self.value(statement.value, env)
            elif isinstance(statement, ast.Expr):
                self.value(statement.value, env)
            elif isinstance(statement, ast.With):
                for item in statement.items:
                    if isinstance(item.optional_vars, ast.Name):
                        env[item.optional_vars.id] = self.value(item.context_expr, env)
                self.run(statement.body, env)
            elif isinstance(statement, ast.For) and isinstance(statement.target, ast.Name):
                values = self.value(statement.iter, env)
                for value in values if isinstance(values, list) else []:
                    env[statement.target.id] = value
                    self.run(statement.body, env)

    def value(self, node: ast.expr, env: dict[str, Any]) -> Any:
        try:
            return self._value(node, env)
        except Exception:
            return None

    def _value(self, node: ast.expr, env: dict[str, Any]) -> Any:
        if isinstance(node, ast.Constant | ast.Name):
            return node.value if isinstance(node, ast.Constant) else env.get(node.id)
        if isinstance(node, ast.List | ast.Tuple):
            return [self.value(element, env) for element in node.elts]
        if isinstance(node, ast.BinOp):
            return self._operation(node, env)
        return self._call(node, env) if isinstance(node, ast.Call) else None

    def _operation(self, node: ast.BinOp, env: dict[str, Any]) -> Any:
        left, right = self.value(node.left, env), self.value(node.right, env)
        if isinstance(node.op, ast.Add) and isinstance(left, str) and isinstance(right, str):
            return left + right
        if isinstance(node.op, ast.Mod) and isinstance(left, str):
            return left % (tuple(right) if isinstance(right, list) else right)
        return None

    def _call(self, node: ast.Call, env: dict[str, Any]) -> Any:
        args = [self.value(arg, env) for arg in node.args]
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        owner = self.value(function.value, env) if isinstance(function, ast.Attribute) else None
        if name == "eq_" and len(args) >= 2:
            self._compare(args[0], args[1])
        elif name in self.helpers and self.depth < 2 and not name.startswith("test_"):
            helper = self.helpers[name]
            params = [arg.arg for arg in helper.args.args]
            inner = _Evaluator(self.repo, self.helpers, self.found, self.test, self.depth + 1)
            inner.run(helper.body, dict(env) | dict(zip(params, args, strict=False)))
        else:
            return self._result(name, owner, args)
        return None

    def _result(self, name: str, owner: Any, args: list[Any]) -> Any:
        """What a call the tests make returns: the extractors' input, files, string methods."""
        first = args[0] if args else None
        if name in ("extract_from_plain", "extract_from_html") and isinstance(first, str):
            return _Extract("html" if name.endswith("html") else "text", first)
        if name == "read" and isinstance(owner, _File):
            return self.repo.text(owner.path)
        if isinstance(owner, str) and name in ("format", "strip", "rstrip", "lstrip"):
            return getattr(owner, name)(*args)
        passes = {"text_type": first, "str": first, "html_to_text": first}
        passes |= {"sub": args[1] if len(args) == 2 else None}
        passes |= {"open": _File(first) if isinstance(first, str) else None}
        return passes.get(name)

    def _compare(self, first: Any, second: Any) -> None:
        for extract, expected in ((first, second), (second, first)):
            if isinstance(extract, _Extract) and isinstance(expected, str):
                self.found.append((self.test, extract, expected))
