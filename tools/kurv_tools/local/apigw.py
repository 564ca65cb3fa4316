"""Turns an HTTP request into the API Gateway HTTP API (payload 2.0) event Lambda receives."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

# The routes template.yaml gives the track function; anything else reaches $default.
_ROUTES = (
    ("POST", "/v1/events"),
    ("POST", "/v1/woocommerce/"),
    ("OPTIONS", "/v1/events"),
    ("GET", "/r/"),
    ("HEAD", "/r/"),
    ("GET", "/u/"),
    ("POST", "/u/"),
    ("POST", "/v1/shopify/"),
)
# The path parameter a prefix route takes (template.yaml's {name}); {token} unless named.
_PARAMETERS = {"/v1/shopify/": "shop_id", "/v1/woocommerce/": "shop_id"}


def http_event(
    method: str,
    path: str,
    *,
    headers: Mapping[str, str] | None = None,
    body: bytes = b"",
    query: str = "",
    source_ip: str = "127.0.0.1",
    now: float = 0.0,
) -> dict[str, Any]:
    lowered: dict[str, str] = {}
    for name, value in (headers or {}).items():
        key = name.lower()
        lowered[key] = f"{lowered[key]},{value}" if key in lowered else value
    try:
        text: str = body.decode("utf-8")
        is_base64 = False
    except UnicodeDecodeError:
        text = base64.b64encode(body).decode("ascii")
        is_base64 = True
    route_key, path_parameters = _route(method, path)
    moment = datetime.fromtimestamp(now, tz=UTC) if now else datetime.now(tz=UTC)
    event: dict[str, Any] = {
        "version": "2.0",
        "routeKey": route_key,
        "rawPath": path,
        "rawQueryString": query,
        "headers": lowered,
        "requestContext": {
            "accountId": "123456789012",
            "apiId": "local",
            "domainName": lowered.get("host", "127.0.0.1"),
            "domainPrefix": "local",
            "http": {
                "method": method,
                "path": path,
                "protocol": "HTTP/1.1",
                "sourceIp": source_ip,
                "userAgent": lowered.get("user-agent", ""),
            },
            "requestId": str(uuid.uuid4()),
            "routeKey": route_key,
            "stage": "$default",
            "time": moment.strftime("%d/%b/%Y:%H:%M:%S +0000"),
            "timeEpoch": int(moment.timestamp() * 1000),
        },
        "body": text,
        "isBase64Encoded": is_base64,
    }
    if query:
        event["queryStringParameters"] = dict(parse_qsl(query, keep_blank_values=True))
    if path_parameters:
        event["pathParameters"] = path_parameters
    if "cookie" in lowered:
        event["cookies"] = [part.strip() for part in lowered["cookie"].split(";")]
    return event


def _route(method: str, path: str) -> tuple[str, dict[str, str]]:
    for route_method, prefix in _ROUTES:
        if method != route_method:
            continue
        if prefix.endswith("/") and path.startswith(prefix) and "/" not in path[len(prefix) :]:
            name = _PARAMETERS.get(prefix, "token")
            return f"{method} {prefix}{{{name}}}", {name: path[len(prefix) :]}
        if path == prefix:
            return f"{method} {prefix}", {}
    return "$default", {}
