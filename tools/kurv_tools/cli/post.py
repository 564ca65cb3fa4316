"""`kurv post`: sign an event body with a shop's secret and post it, as a shop's server does."""

from __future__ import annotations

import argparse
import sys
import urllib.error
import urllib.request
from pathlib import Path

from kurv_tools.cli import target
from kurv_tools.cli.console import CliError, Commands


def add_parser(commands: Commands) -> None:
    post = commands.add_parser("post", help="sign an event body and post it")
    post.add_argument("body", help="the JSON body, or @file.json, or - for standard input")
    post.add_argument("--shop", required=True, help="the shop's id")
    post.add_argument("--secret", required=True, help="the shop's signing secret")
    post.add_argument(
        "--url",
        help="Kurv's base URL (default: the running local stack's, or KURV_PORT's)",
    )
    post.add_argument("--time", type=int, help="sign as of these Unix seconds")
    post.set_defaults(run=_post)


def _post(args: argparse.Namespace) -> int:
    from kurv.track.auth import sign

    if not args.url:
        args.url = target.local_url()
    body = _read_body(args.body)
    timestamp = args.time if args.time is not None else target.server_time(args.url)
    request = urllib.request.Request(  # noqa: S310 (the user's own Kurv URL)
        f"{args.url.rstrip('/')}/v1/events",
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "Kurv-Shop": args.shop,
            "Kurv-Signature": sign(args.secret, body, timestamp),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:  # noqa: S310 (the user's URL)
            status, answer = reply.status, reply.read()
    except urllib.error.HTTPError as error:
        status, answer = error.code, error.read()
    except urllib.error.URLError as error:
        raise CliError(f"cannot reach {args.url}: {error.reason}; is `make run` running?") from None
    print(f"{status} {answer.decode(errors='replace')}")
    return 0 if status < 400 else 1


def _read_body(source: str) -> bytes:
    if source == "-":
        return sys.stdin.buffer.read()
    if source.startswith("@"):
        return Path(source[1:]).read_bytes()
    return source.encode()
