"""Shaping HTTP answers: JSON for shops, small HTML pages for customers, CORS per shop."""

from __future__ import annotations

import base64
import json
from typing import Any

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEventV2

from kurv.core.errors import KurvError

_COMMON_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",  # the opt-out button must be the customer's own click
}
CORS_ALLOWED_HEADERS = "content-type, kurv-key"
CORS_MAX_AGE_SECONDS = 600


def lower_headers(event: APIGatewayProxyEventV2) -> dict[str, str]:
    return {name.lower(): value for name, value in (event.headers or {}).items()}


def raw_body(event: APIGatewayProxyEventV2) -> bytes:
    """The body exactly as the caller sent it: signatures are computed over these bytes."""
    body = event.body or ""
    if event.is_base64_encoded:
        try:
            return base64.b64decode(body, validate=True)
        except ValueError:
            return b""
    return body.encode("utf-8", errors="surrogatepass")


def json_response(
    status: int, body: dict[str, Any], *, cors_origin: str | None = None
) -> Response[str]:
    headers = dict(_COMMON_HEADERS)
    if cors_origin:
        headers.update({"Access-Control-Allow-Origin": cors_origin, "Vary": "Origin"})
    return Response(
        status_code=status,
        content_type="application/json",
        body=json.dumps(body, ensure_ascii=False),
        headers=headers,
    )


def error_response(error: KurvError, *, cors_origin: str | None = None) -> Response[str]:
    """Every error answer of the track function: the error's status and its JSON body."""
    return json_response(error.status, error.body(), cors_origin=cors_origin)


def preflight_response(origin: str) -> Response[str]:
    headers = dict(_COMMON_HEADERS)
    headers.update(
        {
            "Access-Control-Allow-Origin": origin,
            "Access-Control-Allow-Methods": "POST, OPTIONS",
            "Access-Control-Allow-Headers": CORS_ALLOWED_HEADERS,
            "Access-Control-Max-Age": str(CORS_MAX_AGE_SECONDS),
            "Vary": "Origin",
        }
    )
    return Response(status_code=204, headers=headers, body="")


def html_response(
    status: int, html: str, *, headers: dict[str, str] | None = None
) -> Response[str]:
    merged = dict(_COMMON_HEADERS)
    merged["Content-Security-Policy"] = (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; "
        "frame-ancestors 'none'"
    )
    merged.update(headers or {})
    return Response(
        status_code=status, content_type="text/html; charset=utf-8", body=html, headers=merged
    )


def redirect_response(location: str) -> Response[str]:
    headers = dict(_COMMON_HEADERS)
    headers["Location"] = location
    return Response(status_code=302, headers=headers, body="")
