"""The HTTP side of `make run`: each request becomes an API Gateway v2 event for `track`."""

from __future__ import annotations

import base64
import json
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from kurv_tools.local.apigw import http_event
from kurv_tools.local.stack import LocalStack


@dataclass(frozen=True)
class LocalPage:
    """A local route's answer that is a page (or a redirect), not JSON."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]")
# Every /_local/ answer: it holds customers' addresses and its buttons move the clock, so no
# other site may frame it (its clicks must be the developer's), keep it or sniff it.
LOCAL_HEADERS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    # Not no-referrer: the browser would then send Origin: null, and _refused the page's forms.
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
}
# A page: its own inline styles, the emails' pictures (an email's HTML, in a sandboxed
# srcdoc frame, lives under this policy too), forms posted to itself, and never a script.
PAGE_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src https: http: data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
MAX_BODY_BYTES = 10 * 1024 * 1024  # API Gateway's own limit; the handler enforces ours
# (path, body, request headers) -> (status, JSON answer)
LocalRoute = Callable[[str, bytes, Mapping[str, str]], tuple[int, Any]]


class DevServer(ThreadingHTTPServer):
    daemon_threads = True
    stack: LocalStack
    local_routes: dict[str, LocalRoute]

    def __init__(
        self,
        address: tuple[str, int],
        stack: LocalStack | None = None,
        local_routes: dict[str, LocalRoute] | None = None,
    ) -> None:
        """Listening at once; what it serves may be attached later (`make run` claims its
        port before it touches the last run's state), and is before serve_forever."""
        super().__init__(address, _Handler)
        if stack is not None:
            self.attach(stack, local_routes)

    def attach(self, stack: LocalStack, local_routes: dict[str, LocalRoute] | None = None) -> None:
        self.stack = stack
        self.local_routes = local_routes or {}


class _Handler(BaseHTTPRequestHandler):
    server: DevServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._dispatch()

    def do_HEAD(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_OPTIONS(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def do_PATCH(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        started = time.perf_counter()
        path, _, query = self.path.partition("?")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY_BYTES:
            self._send(
                413, {"Content-Type": "application/json"}, b'{"message":"Request Entity Too Large"}'
            )
        else:
            body = self.rfile.read(length) if length else b""
            if path.startswith("/_local/"):
                self._local(path, body, {k.lower(): v for k, v in self.headers.items()})
            else:
                self._lambda(path, query, body)
        elapsed = (time.perf_counter() - started) * 1000
        sys.stderr.write(f"{self.command} {path} -> {self._status} ({elapsed:.0f} ms)\n")

    def _lambda(self, path: str, query: str, body: bytes) -> None:
        stack = self.server.stack
        event = http_event(
            self.command,
            path,
            headers=dict(self.headers.items()),
            body=body,
            query=query,
            source_ip=self.client_address[0],
        )
        result = stack.invoke("track", event)
        payload = result.get("body") or ""
        raw = base64.b64decode(payload) if result.get("isBase64Encoded") else payload.encode()
        headers = dict(result.get("headers") or {})
        for name, values in (result.get("multiValueHeaders") or {}).items():
            headers[name] = ", ".join(values)
        self._send(
            int(result.get("statusCode", 200)), headers, raw, cookies=result.get("cookies") or []
        )

    def _local(self, path: str, body: bytes, headers: Mapping[str, str]) -> None:
        refused = self._refused(headers)
        if refused:
            self._send(
                403,
                {**LOCAL_HEADERS, "Content-Type": "application/json"},
                json.dumps({"error": {"code": "forbidden", "message": refused}}).encode(),
            )
            return
        route = self.server.local_routes.get(f"{self.command} {path}") or next(
            (
                found
                for key, found in self.server.local_routes.items()
                if key.endswith("/*") and f"{self.command} {path}".startswith(key[:-1])
            ),
            None,
        )
        if route is None:
            status, answer = (
                404,
                {
                    "error": {
                        "code": "not_found",
                        "message": f"no local route {self.command} {path}",
                    }
                },
            )
        else:
            try:
                status, answer = route(path, body, headers)
            except ValueError as error:
                status, answer = 400, {"error": {"code": "invalid_request", "message": str(error)}}
        if isinstance(answer, LocalPage):
            page = {"Content-Security-Policy": PAGE_POLICY, "Content-Type": answer.content_type}
            self._send(status, {**LOCAL_HEADERS, **page, **answer.headers}, answer.body)
            return
        self._send(
            status,
            {**LOCAL_HEADERS, "Content-Type": "application/json"},
            json.dumps(answer, ensure_ascii=False, indent=2).encode(),
        )

    def _refused(self, headers: Mapping[str, str]) -> str:
        """Why a /_local/ request is refused, or "" if it is not.

        The outbox holds addresses and the page moves the clock, so only this machine's own
        pages may use them: another site open in the same browser could otherwise post its
        forms here (a cross-site request) or read the outbox through a DNS name it points
        at 127.0.0.1 (rebinding). The API routes stay open to any origin, as deployed.
        """
        port = self.server.server_address[1]
        origins = {f"http://{host}:{port}" for host in LOCAL_HOSTS}
        host = headers.get("host", "")
        if f"http://{host}" not in origins:
            return f"Host {host!r}: the local pages answer only to 127.0.0.1:{port}"
        origin = headers.get("origin")
        if self.command != "GET" and origin is not None and origin not in origins:
            return f"Origin {origin!r}: only the local page may post here"
        if headers.get("sec-fetch-site") == "cross-site":
            return "a cross-site request: only the local page may use these routes"
        return ""

    def _send(
        self, status: int, headers: dict[str, str], body: bytes, cookies: list[str] | None = None
    ) -> None:
        self._status = status
        self.send_response_only(status)
        for name, value in headers.items():
            self.send_header(name, value)
        for cookie in cookies or []:
            self.send_header("Set-Cookie", cookie)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":  # a HEAD answer has the headers of a GET, and no body
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """One line per request is written by _dispatch; silence the default access log."""
