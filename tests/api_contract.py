"""The public contract read as data, for the tests that hold it and the code to each other:
docs/api.md, openapi.json, and the error codes the product's own source answers with.

The page marks what is checked with an HTML comment right before a fenced block:
``<!-- example: NAME -->`` (a request body, posted signed), ``<!-- response: NAME STATUS -->``
(the answer Kurv gives to example NAME, or to a request a test provokes) and
``<!-- code: NAME -->`` (a program run against `make run`'s server). Its table of error codes
is read too, and so is the product's own source, for every code it can answer with.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel

from kurv.core import errors
from kurv.track.events import Event
from kurv_tools.building import openapi

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "api.md"
README = ROOT / "README.md"
# Where answers to shops are made: the layer and the handlers (not the local-only tools).
PRODUCT_CODE = (ROOT / "layers" / "common" / "kurv", ROOT / "functions")
MARKED_BLOCK = re.compile(r"<!-- (example|response|code): ([^>]*?) -->\n```(\w+)\n(.*?)\n```", re.S)


@dataclass(frozen=True)
class Block:
    kind: str  # example, response or code
    name: str
    status: int | None  # responses only
    language: str
    text: str


@cache
def marked_blocks() -> tuple[Block, ...]:
    found = []
    for kind, label, language, text in MARKED_BLOCK.findall(DOC.read_text()):
        name, _, status = label.strip().partition(" ")
        found.append(Block(kind, name, int(status) if status else None, language, text))
    return tuple(found)


def blocks(kind: str) -> dict[str, Block]:
    return {block.name: block for block in marked_blocks() if block.kind == kind}


def example(name: str) -> Any:
    return json.loads(blocks("example")[name].text)


def event_models() -> dict[str, type[BaseModel]]:
    """Each event type the code knows, by its `type` value."""
    models: tuple[type[BaseModel], ...] = get_args(Event)
    return {get_args(model.model_fields["type"].annotation)[0]: model for model in models}


def emitted_codes() -> dict[str, int | None]:
    """Every error code the product code can answer with, and its status where it is fixed:
    our error classes (with `code=`, or their default code) and {"code": ...} literals."""
    classes = {cls.__name__: cls for cls in _subclasses(errors.KurvError)}
    codes: dict[str, int | None] = {}
    for path in (file for where in PRODUCT_CODE for file in sorted(where.rglob("*.py"))):
        tree = ast.parse(path.read_text())
        calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
        for call in calls:
            name = getattr(call.func, "id", None) or getattr(call.func, "attr", "")
            if name in classes:
                error = classes[name]
                named = [_string(kw.value) for kw in call.keywords if kw.arg == "code"]
                assert all(named), f"{path.name}:{call.lineno}: code= must be a literal"
                codes[named[0] if named and named[0] else error.code] = error.status
            elif name == "json_response" and len(call.args) == 2:
                status, body = call.args
                if isinstance(status, ast.Constant) and isinstance(status.value, int):
                    for code in filter(None, map(_code_literal, ast.walk(body))):
                        codes[code] = status.value
        for code in filter(None, map(_code_literal, ast.walk(tree))):
            codes.setdefault(code, None)  # e.g. no_valid_events: its status depends on the batch
    return codes


def _subclasses(cls: type[errors.KurvError]) -> Iterator[type[errors.KurvError]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _string(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _code_literal(node: ast.AST) -> str | None:
    """The code of a dict literal such as {"code": "not_found", ...}."""
    if not isinstance(node, ast.Dict):
        return None
    pairs = zip(node.keys, node.values, strict=True)
    return next((_string(value) for key, value in pairs if _string(key) == "code"), None)


def documented_codes() -> dict[str, int]:
    """The page's table of codes: | `code` | status | when |."""
    table = DOC.read_text().split("Every code Kurv answers with:\n\n", 1)[1].split("\n\n", 1)[0]
    rows = re.findall(r"^\| `([a-z_]+)` \| (\d{3})", table, re.M)
    return {code: int(status) for code, status in rows}


# ---------------------------------------------------------------- openapi.json


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(openapi.OPENAPI_PATH.read_text())
    return loaded


def operation() -> dict[str, Any]:
    post: dict[str, Any] = spec()["paths"]["/v1/events"]["post"]
    return post


def response_examples() -> Iterator[tuple[int, str, Any]]:
    for status, answer in operation()["responses"].items():
        for name, example in answer["content"]["application/json"].get("examples", {}).items():
            yield int(status), name, example["value"]
