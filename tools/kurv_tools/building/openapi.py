"""openapi.json, the tracking API as OpenAPI 3.1, made from track's own routes and models.

`make openapi` writes it; `python -m kurv_tools.building.openapi --check` (and
tests/unit/test_openapi.py) fail when the checked-in file differs from what the code makes now.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

from aws_lambda_powertools.event_handler.openapi.models import APIKey, APIKeyIn, Server

from kurv_tools.building.template import REPO_ROOT
from kurv_tools.local.functions import load_function

OPENAPI_PATH = REPO_ROOT / "openapi.json"

DESCRIPTION = """\
Shops tell Kurv about checkouts here; Kurv emails customers who leave a cart with their \
address and stops when they buy or opt out. The whole contract, with examples that the \
tests run, is docs/api.md in the repository."""


def _version() -> str:
    with (REPO_ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def document() -> dict[str, Any]:
    """The OpenAPI document, as Powertools makes it from functions/track/app.py's routes."""
    track = load_function("track")
    made = track.app.get_openapi_json_schema(
        title="Kurv tracking API",
        version=_version(),
        description=DESCRIPTION,
        servers=[
            Server(
                url="https://{api}.execute-api.{region}.amazonaws.com",
                description="a deployment: its ApiUrl output",
                variables={"api": {"default": "abc123"}, "region": {"default": "eu-west-1"}},
            ),
            Server(url="http://127.0.0.1:3000", description="make run"),
        ],
        security_schemes={
            "KurvShop": APIKey(
                in_=APIKeyIn.header, name="Kurv-Shop", description="the shop's id (signed calls)"
            ),
            "KurvSignature": APIKey(
                in_=APIKeyIn.header,
                name="Kurv-Signature",
                description='t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed '
                "with the shop's signing secret>",
            ),
            "KurvKey": APIKey(
                in_=APIKeyIn.header,
                name="Kurv-Key",
                description="the shop's publishable key, from a page whose Origin it allows",
            ),
        },
    )
    return _as_served(json.loads(made))


def _as_served(spec: dict[str, Any]) -> dict[str, Any]:
    """Two things Powertools cannot know, since track validates the body itself (its
    parameter exists only to describe it): the body is required and is never null, and
    Powertools' own validation-error schemas are never answered, so they are left out."""
    body = spec["paths"]["/v1/events"]["post"]["requestBody"]
    body["required"] = True
    schema = body["content"]["application/json"]["schema"]
    schema["anyOf"] = [choice for choice in schema["anyOf"] if choice != {"type": "null"}]
    schema["title"] = "One event, or a batch"
    schemas = spec["components"]["schemas"]
    for name in ("HTTPValidationError", "ResponseValidationError", "ValidationError"):
        schemas.pop(name, None)
    return spec


def render() -> str:
    return json.dumps(document(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kurv_tools.building.openapi",
        description="Write openapi.json from functions/track/app.py's routes and models.",
    )
    parser.add_argument(
        "--check", action="store_true", help="only say whether openapi.json is up to date"
    )
    args = parser.parse_args(argv)
    made = render()
    current = OPENAPI_PATH.read_text() if OPENAPI_PATH.exists() else ""
    if args.check:
        if made != current:
            print("openapi.json is out of date with the code: run `make openapi`", file=sys.stderr)
            return 1
        print("openapi.json matches the code")
        return 0
    OPENAPI_PATH.write_text(made)
    print(f"wrote {Path(OPENAPI_PATH).name} ({len(made.encode()) // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
