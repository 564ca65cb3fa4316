"""mailgun/talon's fixtures, with the reply each of its tests expects, read by a small
evaluator of the test modules' own code (string constants, format, helpers called with
constants, files opened), never by running them.

- Quotations (tests/*quotations_test.py): the texts and HTML handed to extract_from_plain /
  extract_from_html, with the answer each expects; and the standard replies (.eml, with a
  *_reply_text file or "Hello"). This stage cuts the quote only: a signature stays.
- Signatures (tests/signature/): the texts handed to extract_signature / extract, with the
  text each expects without its signature (the sender, when the test names one, is the
  message's From); and the stripped messages (*_body, *_sender, *_signature files), whose
  text is the body without the signature.

A test that patches the parser's settings (@patch) expects what the patch makes: left out.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

QUOTATION_MODULES = (
    "tests/text_quotations_test.py",
    "tests/html_quotations_test.py",
    "tests/quotations_test.py",
)
SIGNATURE_MODULES = ("tests/signature/bruteforce_test.py", "tests/signature/extraction_test.py")
_STRIPPED = "tests/fixtures/signature/emails/stripped/"
_STANDARD = "tests/fixtures/standard_replies/"
_EXTRACTORS = {"extract_from_plain": "text", "extract_from_html": "html"}
_SIGNATURE_EXTRACTORS = ("extract_signature", "extract")
_STRING_METHODS = ("format", "strip", "rstrip", "lstrip", "replace", "splitlines", "join")


class Repo(Protocol):
    def files(self) -> list[str]: ...
    def read(self, path: str) -> bytes: ...
    def text(self, path: str) -> str: ...


@dataclass(frozen=True)
class Case:
    """One text a test hands to talon and the reply it expects back."""

    name: str
    kind: str  # "text", "html" or "eml"
    body: str | bytes
    expected: str
    sender: str = ""


@dataclass(frozen=True)
class _Extract:
    kind: str
    body: str
    sender: str = ""
    signature: bool = False  # extract_signature's answer: (text, signature)


@dataclass(frozen=True)
class _File:
    path: str


def cases(repo: Repo) -> list[Case]:
    globals_: dict[str, Any] = {}
    _Evaluator(repo, {}, []).run(ast.parse(repo.text("tests/fixtures/__init__.py")).body, globals_)
    found: list[tuple[str, _Extract, str]] = []
    files = set(repo.files())
    for module in (*QUOTATION_MODULES, *SIGNATURE_MODULES):
        if module not in files:
            continue
        tree = ast.parse(repo.text(module))
        helpers = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
        prefix = "sig_" if module in SIGNATURE_MODULES else ""
        for name, function in helpers.items():
            if name.startswith("test_") and not function.decorator_list:
                evaluator = _Evaluator(repo, helpers, found, prefix + name)
                evaluator.run(function.body, dict(globals_))
    named: list[Case] = []
    counts: dict[str, int] = {}
    for test, extract, expected in found:
        counts[test] = counts.get(test, 0) + 1
        suffix = f"#{counts[test]}" if counts[test] > 1 else ""
        named.append(Case(test + suffix, extract.kind, extract.body, expected, extract.sender))
    return named + _standard_replies(repo, files) + _stripped_signatures(repo, files)


def _standard_replies(repo: Repo, files: set[str]) -> list[Case]:
    found = []
    for path in sorted(files):
        if path.startswith(_STANDARD) and path.endswith(".eml"):
            answer = path[:-4] + "_reply_text"
            expected = repo.text(answer).strip() if answer in files else "Hello"
            name = "standard_" + path[len(_STANDARD) : -4]
            found.append(Case(name, "eml", repo.read(path), expected))
    return found


def _stripped_signatures(repo: Repo, files: set[str]) -> list[Case]:
    """extraction_test's test_messages_longer_SIGNATURE_MAX_LINES: each body's text is the
    body without its signature file's text."""
    found = []
    for path in sorted(files):
        if not (path.startswith(_STRIPPED) and path.endswith("_body")):
            continue
        stem = path[: -len("body")]
        if stem + "signature" not in files:
            continue
        body = repo.text(path)
        signature = repo.text(stem + "signature")
        sender = repo.text(stem + "sender").strip() if stem + "sender" in files else ""
        text = body.strip()[: len(body.strip()) - len(signature)].strip()
        name = "sig_stripped_" + path[len(_STRIPPED) : -len("_body")]
        found.append(Case(name, "text", body, text, sender))
    return found


def signature_stage(repo: Repo) -> Callable[[str], str]:
    """talon's signature stage, which its README runs after the quotation stage: its
    bruteforce extract_signature, run from the mirror's source as the suite's reference (a
    measure-time tool; `regex` comes with cfn-lint). Returns a text without the signature
    that stage finds."""
    module = ast.parse(repo.text("talon/signature/bruteforce.py"))
    module.body = [
        node
        for node in module.body
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("talon"))
    ]
    namespace: dict[str, Any] = {"__name__": "talon_signature_bruteforce"}
    exec(compile(repo.text("talon/signature/constants.py"), "talon", "exec"), namespace)  # noqa: S102
    namespace["get_delimiter"] = lambda text: "\r\n" if "\r\n" in text else "\n"
    exec(compile(module, "talon", "exec"), namespace)  # noqa: S102
    extract = namespace["extract_signature"]

    def without_signature(text: str) -> str:
        return str(extract(text)[0])

    return without_signature


class _Evaluator:
    """Runs just enough of a test function to see what it hands to the extractor and what it
    expects back; whatever it cannot read is left unknown (None)."""

    def __init__(
        self,
        repo: Repo,
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
            if isinstance(statement, ast.Assign):
                self._assign(statement.targets[0], self.value(statement.value, env), env)
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

    @staticmethod
    def _assign(target: ast.expr, value: Any, env: dict[str, Any]) -> None:
        if isinstance(target, ast.Name):
            env[target.id] = value
        elif isinstance(target, ast.Tuple) and target.elts:
            # "text, signature = extract(body, sender)": the text is the reply expected.
            names = [element.id for element in target.elts if isinstance(element, ast.Name)]
            for name in names:
                env[name] = None
            if isinstance(value, _Extract) and value.signature and names:
                env[names[0]] = value

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
        if isinstance(node, ast.Subscript):
            return self._subscript(node, env)
        return self._call(node, env) if isinstance(node, ast.Call) else None

    def _subscript(self, node: ast.Subscript, env: dict[str, Any]) -> Any:
        """A slice of a string or a list of strings ("body.splitlines()[:2]")."""
        owner = self.value(node.value, env)
        if not isinstance(owner, str | list) or not isinstance(node.slice, ast.Slice):
            return None
        bounds = [
            self.value(part, env) if part is not None else None
            for part in (node.slice.lower, node.slice.upper)
        ]
        if not all(bound is None or isinstance(bound, int) for bound in bounds):
            return None
        return owner[bounds[0] : bounds[1]]

    def _operation(self, node: ast.BinOp, env: dict[str, Any]) -> Any:
        left, right = self.value(node.left, env), self.value(node.right, env)
        if isinstance(node.op, ast.Add) and isinstance(left, str) and isinstance(right, str):
            return left + right
        if isinstance(node.op, ast.Mod) and isinstance(left, str):
            return left % (tuple(right) if isinstance(right, list) else right)
        if isinstance(node.op, ast.Sub) and isinstance(left, int) and isinstance(right, int):
            return left - right
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
        if name in _EXTRACTORS and isinstance(first, str):
            return _Extract(_EXTRACTORS[name], first)
        if name in _SIGNATURE_EXTRACTORS and isinstance(first, str):
            sender = args[1] if len(args) > 1 and isinstance(args[1], str) else ""
            return _Extract("text", first, sender, signature=True)
        if name == "read" and isinstance(owner, _File):
            return self.repo.text(owner.path)
        if isinstance(owner, str) and name in _STRING_METHODS:
            return getattr(owner, name)(*args)
        if name == "len" and isinstance(first, str | list):
            return len(first)
        passes = {"text_type": first, "str": first, "html_to_text": first}
        passes |= {"sub": args[1] if len(args) == 2 else None}
        passes |= {"open": _File(first) if isinstance(first, str) else None}
        return passes.get(name)

    def _compare(self, first: Any, second: Any) -> None:
        for extract, answer in ((first, second), (second, first)):
            if not isinstance(extract, _Extract):
                continue
            # extract_signature's answer is (text, signature): the text is the reply.
            pair = extract.signature and isinstance(answer, list) and bool(answer)
            text = answer[0] if pair else answer
            if isinstance(text, str):
                self.found.append((self.test, extract, text))
