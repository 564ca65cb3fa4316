"""Our own errors. Each carries what an HTTP answer needs; botocore's never leak upward."""

from __future__ import annotations

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


class ShopConfigError(Exception):
    """A shop's stored configuration cannot be used (a merchant fixes it with `kurv shop`)."""


def validation_problems(error: ValidationError) -> list[str]:
    """Each problem as "field: message"; never the input values, which may be secrets."""
    return [
        f"{'.'.join(str(part) for part in problem['loc']) or 'value'}: {problem['msg']}"
        for problem in error.errors(include_input=False, include_url=False)
    ]
