"""Starts `python -m kurv_tools.local.run` (what `make run` runs) on a free port, for e2e tests."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

DEMO_SECRET = "ksk_e2e_secret_0123456789"
DEMO_KEY = "kpk_e2e_key_0123456789"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class LocalServer:
    process: subprocess.Popen[str]
    base_url: str
    log: Path

    def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        request = urllib.request.Request(  # noqa: S310 (loopback)
            f"{self.base_url}{path}", data=body or None, method=method, headers=headers or {}
        )
        try:
            # Generous: moving the clock runs every sweep and email it brings, on a busy machine.
            with urllib.request.urlopen(request, timeout=120) as reply:  # noqa: S310
                return reply.status, dict(reply.headers.items()), reply.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers.items()), error.read()

    def exchange(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        """One request as sent, redirects not followed, any Host header kept as given."""
        host, port = self.base_url.removeprefix("http://").split(":")
        connection = http.client.HTTPConnection(host, int(port), timeout=30)
        try:
            connection.request(method, path, body=body or None, headers=headers or {})
            reply = connection.getresponse()
            return reply.status, dict(reply.getheaders()), reply.read()
        finally:
            connection.close()

    def output(self) -> str:
        return self.log.read_text()


@contextmanager
def local_server(tmp_path: Path, **env: str) -> Iterator[LocalServer]:
    """`make run` as a process, ready; on a free port unless env's KURV_PORT names one."""
    given = env.pop("KURV_PORT", "")
    server = _started(tmp_path, env, given)
    try:
        yield server
    finally:
        _stop(server)


def _started(tmp_path: Path, env: dict[str, str], given: str) -> LocalServer:
    """A free port can be taken by another process's socket before the server binds it:
    then another is chosen, twice at most (never when the caller named the port)."""
    for _ in range(3):
        server = _spawn(tmp_path, int(given) if given else free_port(), env)
        try:
            _wait_until_ready(server)
        except RuntimeError:
            _stop(server)
            if given or "set KURV_PORT to a free port" not in server.output():
                raise
            continue
        return server
    raise RuntimeError(f"no free port in three tries:\n{server.output()}")


def _spawn(tmp_path: Path, port: int, env: dict[str, str]) -> LocalServer:
    log = tmp_path / f"run-{port}.log"
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("AWS_")
    }  # the server starts its own emulator
    environment.update(
        {
            "KURV_PORT": str(port),
            "KURV_DEMO_SECRET": DEMO_SECRET,
            "KURV_DEMO_KEY": DEMO_KEY,
            "PYTHONUNBUFFERED": "1",
            **env,
        }
    )
    with log.open("w") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "kurv_tools.local.run"],
            cwd=tmp_path,
            env=environment,
            stdout=sink,
            stderr=subprocess.STDOUT,
            text=True,
        )
    return LocalServer(process, f"http://127.0.0.1:{port}", log)


def _stop(server: LocalServer) -> None:
    process = server.process
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_ready(server: LocalServer, limit: float = 60.0) -> None:
    """Polls the server's log until it says it is ready (or it exits, or `limit` passes)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"kurv_tools.local.run exited early:\n{server.output()}")
        if "Ctrl-C stops everything" in server.output():
            return
        time.sleep(0.1)
    raise RuntimeError(f"kurv_tools.local.run did not start within {limit} s:\n{server.output()}")


def kurv(tmp_path: Path, *args: str) -> str:
    """The `kurv` command, as a shop's owner runs it beside `make run` (from `tmp_path`,
    where the local server keeps its state)."""
    result = subprocess.run(  # noqa: S603 (our own interpreter, our own command)
        [sys.executable, "-m", "kurv_tools.cli", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def stack_now(server: LocalServer) -> int:
    """The local stack's clock, which may have been moved forward."""
    _, _, clock = server.request("GET", "/_local/clock")
    return int(json.loads(clock)["now"])
