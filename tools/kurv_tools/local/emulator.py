"""AWS on this machine: moto's server on loopback, or whatever AWS_ENDPOINT_URL points at."""

from __future__ import annotations

import json
import logging
import urllib.request
from typing import TYPE_CHECKING, Any

import boto3

if TYPE_CHECKING:
    from moto.server import ThreadedMotoServer

REGION = "eu-west-1"
ACCOUNT_ID = "123456789012"
_CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


class Emulator:
    def __init__(self, endpoint_url: str, server: ThreadedMotoServer | None = None) -> None:
        self.endpoint_url = endpoint_url.rstrip("/")
        self._server = server
        # What earlier runs' SES sent (kept by local.snapshot): the outbox starts with them.
        self.kept_messages: list[dict[str, Any]] = []
        self._session = boto3.session.Session(
            region_name=REGION,
            aws_access_key_id=_CREDENTIALS["aws_access_key_id"],
            aws_secret_access_key=_CREDENTIALS["aws_secret_access_key"],
        )

    @classmethod
    def start(cls, endpoint_url: str | None = None) -> Emulator:
        """Use `endpoint_url` if given, else start moto's server on a free loopback port."""
        if endpoint_url:
            return cls(endpoint_url)
        from moto.server import ThreadedMotoServer

        logging.getLogger("werkzeug").setLevel(logging.ERROR)
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        host, port = server.get_host_and_port()
        return cls(f"http://{host}:{port}", server)

    @property
    def embedded(self) -> bool:
        return self._server is not None

    def environment(self) -> dict[str, str]:
        """What a process needs so boto3 talks to this emulator and never to AWS."""
        return {
            "AWS_ENDPOINT_URL": self.endpoint_url,
            "AWS_DEFAULT_REGION": REGION,
            "AWS_REGION": REGION,
            "AWS_ACCESS_KEY_ID": _CREDENTIALS["aws_access_key_id"],
            "AWS_SECRET_ACCESS_KEY": _CREDENTIALS["aws_secret_access_key"],
            "AWS_ACCOUNT_ID_ENDPOINT_MODE": "disabled",
        }

    def client(self, service: str, **config: Any) -> Any:
        from botocore.config import Config

        return self._session.client(  # type: ignore[call-overload]
            service,
            endpoint_url=self.endpoint_url,
            config=Config(retries={"mode": "standard", "max_attempts": 2}, **config),
        )

    def reset(self) -> None:
        self._post("/moto-api/reset")
        self.kept_messages = []

    def sent_messages(self) -> list[dict[str, Any]]:
        """Every raw message the emulated SES accepted, oldest first (moto's own record),
        after those earlier runs sent (kept_messages)."""
        return [*self.kept_messages, *self._sent_now()]

    def _sent_now(self) -> list[dict[str, Any]]:
        if self.embedded:  # data.json's own source, read in process: it serialises all moto holds
            from moto.core.model_instances import model_data

            tracked: Any = model_data["ses"].get("RawMessage")
            return [
                {
                    "id": m.id,
                    "source": m.source,
                    "destinations": list(m.destinations),
                    "raw_data": m.raw_data,
                }
                for m in (tracked.instances_tracked if tracked else [])
            ]
        url = f"{self.endpoint_url}/moto-api/data.json"
        with urllib.request.urlopen(url, timeout=10) as reply:  # noqa: S310 (loopback)
            data = json.load(reply)
        return list(data.get("ses", {}).get("RawMessage", []))

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def _post(self, path: str) -> None:
        request = urllib.request.Request(f"{self.endpoint_url}{path}", method="POST", data=b"")  # noqa: S310
        with urllib.request.urlopen(request, timeout=10):  # noqa: S310 (loopback)
            pass
