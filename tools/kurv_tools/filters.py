"""Lambda event filtering: decides which DynamoDB stream records an event source mapping delivers.

The local runner hands `passes` a function's FilterCriteria patterns (parsed JSON, as
`template.stream_filter_patterns` returns them) and one stream record in the shape Lambda gives
the function. Patterns use Lambda's event-pattern syntax, the same as EventBridge's: the keys of
an object must all match, a leaf is a list of matchers of which one must match, `$or` offers
alternative sub-patterns, and the filters of one mapping are ORed. As in EventBridge, matchers see
only leaf values (an object is never a value), an array in the record matches if one of its
elements does, and a pattern is checked whole before any record is, so a malformed one raises
ValueError however the record looks.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]
LeafCheck = Callable[[list[Any]], bool]

_ABSENT = object()
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_COMPARE: dict[str, Callable[[float, float], bool]] = {
    "=": operator.eq,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def matches(pattern: dict[str, Any], record: dict[str, Any]) -> bool:
    """True if the record satisfies one filter pattern."""
    return _compile(pattern)(record)


def passes(patterns: list[dict[str, Any]], record: dict[str, Any]) -> bool:
    """True if the record matches any pattern (Lambda ORs the filters); an empty list passes all."""
    checks = [_compile(pattern) for pattern in patterns]
    return not checks or any(check(record) for check in checks)


def _compile(pattern: Any) -> Check:
    if not isinstance(pattern, dict):
        raise ValueError(f"a filter pattern must be a JSON object, got {type(pattern).__name__}")
    return _object(pattern, "pattern")


def _object(pattern: dict[str, Any], path: str) -> Check:
    if not pattern:
        raise ValueError(f"{path}: an empty object is not a valid pattern")
    fields: list[tuple[str, Check]] = []
    choices: list[list[Check]] = []
    for key, value in pattern.items():
        where = f"{path}.{key}"
        if key == "$or":
            options = value if isinstance(value, list) else []
            if len(options) < 2 or not all(isinstance(option, dict) for option in options):
                raise ValueError(f"{where}: needs a list of at least two pattern objects")
            choices.append([_object(option, f"{where}[{i}]") for i, option in enumerate(value)])
        elif isinstance(value, dict):
            fields.append((key, _object(value, where)))
        elif isinstance(value, list):
            fields.append((key, _leaf(value, where)))
        else:
            raise ValueError(f"{where}: needs a list of matchers or an object, not {value!r}")

    def check(node: Any) -> bool:
        if isinstance(node, list):
            elements = _flatten(node)
            # Each element is tried whole, so fields matched in an array come from one element.
            return any(check(element) for element in elements) if elements else check(_ABSENT)
        found = node if isinstance(node, dict) else {}
        return all(test(found.get(key, _ABSENT)) for key, test in fields) and all(
            any(option(node) for option in options) for options in choices
        )

    return check


def _leaf(specs: list[Any], path: str) -> Check:
    if not specs:
        raise ValueError(f"{path}: a leaf needs at least one matcher")
    tests = [_matcher(spec, path) for spec in specs]
    return lambda node: any(test(_values(node)) for test in tests)


def _matcher(spec: Any, path: str) -> LeafCheck:
    if isinstance(spec, list):
        raise ValueError(f"{path}: matchers cannot be nested lists")
    if not isinstance(spec, dict):
        if not (spec is None or isinstance(spec, str | int | float)):
            raise ValueError(f"{path}: {spec!r} is not a JSON scalar")
        return _any(lambda value: _equal(spec, value))
    if len(spec) != 1:
        raise ValueError(f"{path}: a matcher object takes exactly one operator, got {sorted(spec)}")
    ((name, arg),) = spec.items()
    if name == "exists":
        if not isinstance(arg, bool):
            raise ValueError(f"{path}: exists must be true or false, got {arg!r}")
        present: bool = arg
        return lambda values: bool(values) == present
    if name == "anything-but":
        excluded = _excluded(arg, path)
        return _any(lambda value: not excluded(value))
    if name == "numeric":
        return _any(_numeric(arg, path))
    return _any(_text(name, arg, path))


def _text(name: str, arg: Any, path: str) -> Check:
    if name not in ("prefix", "suffix", "equals-ignore-case"):
        raise ValueError(f"{path}: unknown operator {name!r}")
    if not isinstance(arg, str):
        raise ValueError(f"{path}: {name} needs a string, got {arg!r}")
    text: str = arg
    if name == "prefix":
        return lambda value: isinstance(value, str) and value.startswith(text)
    if name == "suffix":
        return lambda value: isinstance(value, str) and value.endswith(text)
    folded = text.casefold()
    return lambda value: isinstance(value, str) and value.casefold() == folded


def _excluded(arg: Any, path: str) -> Check:
    """What an anything-but matcher rules out; any other present value passes it."""
    where = f"{path} anything-but"
    if isinstance(arg, dict):
        if len(arg) != 1:
            raise ValueError(f"{where}: takes exactly one of prefix, suffix, equals-ignore-case")
        ((name, inner),) = arg.items()
        return _text(name, inner, where)
    options: list[Any] = arg if isinstance(arg, list) else [arg]
    if not options or not (
        all(isinstance(option, str) for option in options)
        or all(_is_number(option) for option in options)
    ):
        raise ValueError(f"{where}: needs a string, a number, or a list of only strings or numbers")
    return lambda value: any(_equal(option, value) for option in options)


def _numeric(arg: Any, path: str) -> Check:
    if not isinstance(arg, list) or not arg or len(arg) % 2:
        raise ValueError(f"{path}: numeric takes operator/number pairs, e.g. ['>', 0, '<=', 5]")
    bounds: list[tuple[Callable[[float, float], bool], float]] = []
    for op, limit in zip(arg[::2], arg[1::2], strict=True):
        if not isinstance(op, str) or op not in _COMPARE:
            raise ValueError(f"{path}: unknown numeric operator {op!r}")
        if not _is_number(limit):
            raise ValueError(f"{path}: numeric {op} needs a number, got {limit!r}")
        bounds.append((_COMPARE[op], limit))
    if len(bounds) > 1 and sorted(op[0] for op in arg[::2]) != ["<", ">"]:
        raise ValueError(
            f"{path}: numeric takes '=' alone or at most one lower and one upper bound"
        )

    def check(value: Any) -> bool:
        number = _as_number(value)
        return number is not None and all(compare(number, limit) for compare, limit in bounds)

    return check


def _any(test: Check) -> LeafCheck:
    return lambda values: any(test(value) for value in values)


def _equal(expected: Any, value: Any) -> bool:
    if _is_number(expected) and _is_number(value):
        return bool(expected == value)
    # Type first: in JSON "5" is not 5 and true is not 1.
    return type(expected) is type(value) and bool(expected == value)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _as_number(value: Any) -> float | None:
    # Like Lambda: numeric matching sees JSON numbers only, not DynamoDB's "N" strings,
    # so a pattern that would silently drop records in AWS does so here too.
    return float(value) if _is_number(value) else None


def _flatten(items: list[Any]) -> list[Any]:
    return [
        leaf for item in items for leaf in (_flatten(item) if isinstance(item, list) else [item])
    ]


def _values(node: Any) -> list[Any]:
    """The leaf values at a record position: none if it is absent or an object."""
    if isinstance(node, list):
        return [item for item in _flatten(node) if not isinstance(item, dict)]
    return [] if node is _ABSENT or isinstance(node, dict) else [node]
