"""Our own errors. Each carries what an HTTP answer needs; botocore's never leak upward."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import ValidationError


class KurvError(Exception):
    """An error with a stable code, a human message and, where it applies, the field at fault."""

    status = 400
    code = "invalid_request"

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        if code is not None:
            self.code = code

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.field is not None:
            error["field"] = self.field
        return {"error": error}


class InvalidRequest(KurvError):
    status = 400
    code = "invalid_request"


class Unauthenticated(KurvError):
    status = 401
    code = "unauthenticated"


class Forbidden(KurvError):
    status = 403
    code = "forbidden"


class NotFound(KurvError):
    status = 404
    code = "not_found"


class PayloadTooLarge(KurvError):
    status = 413
    code = "payload_too_large"


class RateLimited(KurvError):
    status = 429
    code = "rate_limited"


class TemporarilyUnavailable(KurvError):
    """AWS throttled or failed us: not the caller's fault, and safe to retry."""

    status = 503
    code = "temporarily_unavailable"


class InternalError(KurvError):
    """Our fault, or AWS's: the caller may retry, and sees no detail."""

    status = 500
    code = "internal_error"


class ShopConfigError(Exception):
    """A shop's stored configuration cannot be used (a merchant fixes it with `kurv shop`)."""

    def __init__(self, shop_id: str, problems: list[Problem]) -> None:
        said = "; ".join(str(problem) for problem in problems)
        super().__init__(f"shop {shop_id!r} has an invalid configuration: {said}")
        self.shop_id = shop_id
        self.problems = problems


@dataclass(frozen=True)
class Problem:
    field: str  # e.g. "items[0].unit_price"; empty for a problem with the whole object
    message: str  # e.g. "must be a whole number"

    def __str__(self) -> str:
        return f"{self.field} {self.message}" if self.field else self.message


def problems(error: ValidationError) -> list[Problem]:
    """Every problem pydantic found, in our words. Never the input: not its values (they may
    be secrets or a customer's address), nor the names of fields we do not take (anyone can
    send any name): such a problem names the object that holds the field."""
    found = error.errors(include_input=False, include_url=False)
    return [
        Problem(
            _field_path(list(one["loc"])[: -1 if one["type"] == "extra_forbidden" else None]),
            _describe(one),
        )
        for one in found
    ]


def validation_problems(error: ValidationError) -> list[str]:
    """Each problem as one line, "<field> <what is wrong>"."""
    return [str(problem) for problem in problems(error)]


def _field_path(loc: list[int | str]) -> str:
    if loc and isinstance(loc[0], str) and "." in loc[0]:
        loc = loc[1:]  # a tagged union's branch name, e.g. "cart.updated": not a field
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _describe(error: Any) -> str:
    kind = error["type"]
    context = error.get("ctx") or {}
    messages = {
        "missing": "is required",
        "extra_forbidden": "has a field it does not take",
        "string_type": "must be a string",
        "int_type": "must be a whole number",
        "bool_type": "must be true or false",
        "list_type": "must be a list",
        "model_type": "must be a JSON object",
        "literal_error": f"must be one of {context.get('expected', '')}",
        "union_tag_invalid": f"must be one of {context.get('expected_tags', '')}",
        "string_too_long": f"must be at most {context.get('max_length')} characters",
        "string_too_short": "must not be empty",
        "too_long": f"must hold at most {context.get('max_length')} entries",
        "greater_than_equal": f"must be at least {context.get('ge')}",
        "less_than_equal": f"must be at most {context.get('le')}",
    }
    if kind in messages:
        return messages[kind]
    if kind == "value_error":
        return str(context.get("error", error["msg"]))
    return str(error["msg"]).lower()
