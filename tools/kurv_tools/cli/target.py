"""Which Kurv a command talks to, and its time: the stack `make run` started (found through
the .kurv/local.json it left), or a deployed one (--stack, in the region `sam deploy` used).

Commands call `target.now()` and `target.server_time()` through this module, so a test
can move the clock for all of them in one place.
"""

from __future__ import annotations

import argparse
import json
import os
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from kurv_tools.cli.console import CliError

if TYPE_CHECKING:
    from kurv.core.shop_store import ShopStore
    from kurv_tools.local.emulator import Emulator
    from kurv_tools.local.state import LocalState


def target_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--stack", help="a deployed Kurv stack (uses your AWS credentials)")
    group.add_argument(
        "--local",
        action="store_true",
        help="the stack `make run` started (default when it is running)",
    )
    parser.add_argument(
        "--region",
        help="the deployed stack's region (default: samconfig.toml's, as `make deploy` saved "
        "it, else AWS_REGION, AWS_DEFAULT_REGION or your AWS profile's)",
    )


def now() -> int:
    return int(time.time())


def stack_now(args: argparse.Namespace) -> int:
    """The time of the stack the command talks to (the one shop_store(args) reads): real
    time for a deployed one, `make run`'s own clock, which may have been moved, locally."""
    if args.stack or (not args.local and os.environ.get("KURV_SHOPS_TABLE")):
        return now()
    return local_now(local_state())


def local_now(state: LocalState) -> int:
    """The local stack's time: its clock may have been moved forward."""
    return server_time(state.base_url) if state.base_url else now()


def server_time(url: str) -> int:
    """The local stack's clock may have been moved forward; sign with its time."""
    if urlsplit(url).hostname in ("127.0.0.1", "localhost"):
        try:
            with urllib.request.urlopen(f"{url.rstrip('/')}/_local/clock", timeout=5) as reply:  # noqa: S310
                return int(json.load(reply)["now"])
        except (urllib.error.URLError, KeyError, ValueError, TimeoutError):
            pass
    return int(time.time())


def shop_store(args: argparse.Namespace) -> ShopStore:
    from kurv.core.shop_store import ShopStore

    if args.stack:
        outputs = deployed(args)
        return ShopStore(outputs.client("dynamodb"), outputs["ShopsTableName"])
    if not args.local and os.environ.get("KURV_SHOPS_TABLE"):
        import boto3

        return ShopStore(boto3.client("dynamodb"), os.environ["KURV_SHOPS_TABLE"])
    state = local_state()
    return ShopStore(emulator(state).client("dynamodb"), state.shops_table)


def local_state() -> LocalState:
    from kurv_tools.local.state import LocalState

    state = LocalState.read()
    if state is None:
        raise CliError(
            "no stack to talk to: start one with `make run`, or pass --stack <name> "
            "for a deployed one"
        )
    if not state.is_running():
        raise CliError("no local stack running (start one with `make run`)")
    return state


def emulator(state: LocalState) -> Emulator:
    from kurv_tools.local.emulator import Emulator

    return Emulator(state.endpoint_url)


def local_url() -> str:
    """KURV_PORT's local URL when set, else the URL the running `make run` recorded."""
    from kurv_tools.local.state import LocalState

    if os.environ.get("KURV_PORT"):
        return f"http://127.0.0.1:{os.environ['KURV_PORT']}"
    state = LocalState.read()
    if state is not None and state.base_url:
        if not state.is_running():
            raise CliError("no local stack running (start one with `make run`)")
        return state.base_url
    return "http://127.0.0.1:3000"


def deployed(args: argparse.Namespace) -> Stack:
    """The stack --stack names, in its region (kurv_tools.deploying.region's rule)."""
    return Stack(args.stack, region(args))


def region(args: argparse.Namespace) -> str:
    """--region, else the region `make deploy` saved in this checkout's samconfig.toml, else
    AWS_REGION, AWS_DEFAULT_REGION or the AWS profile's."""
    from botocore.exceptions import ProfileNotFound

    from kurv_tools.deploying import region as regions

    try:
        found = regions.resolve(
            args.region, regions.find_samconfig(Path.cwd()), os.environ, regions.profile_region
        )
    except ProfileNotFound as error:
        raise CliError(
            f"{error}: run `aws configure --profile <name>`, or set AWS_PROFILE"
        ) from None
    if found is None:
        raise CliError(
            "no AWS region: pass --region, or run `aws configure`, or set AWS_PROFILE / AWS_REGION"
        )
    return found.name


class Stack:
    """A deployed Kurv stack's outputs, read once, and clients in its region."""

    def __init__(self, name: str, region: str) -> None:
        import boto3
        from botocore.exceptions import BotoCoreError, ClientError, NoRegionError

        self.name = name
        try:
            self.session = boto3.session.Session(region_name=region)
            described = self.session.client("cloudformation").describe_stacks(StackName=name)
        except NoRegionError:
            raise CliError("no AWS region: pass --region, or set AWS_REGION") from None
        except ClientError as error:
            raise CliError(
                f"cannot read stack {name!r} in {region}: {_aws_message(error)}"
            ) from None
        except BotoCoreError as error:
            raise CliError(f"cannot read stack {name!r} in {region}: {error}") from None
        self.outputs = {
            item["OutputKey"]: str(item["OutputValue"])
            for item in described["Stacks"][0].get("Outputs", [])
        }
        self.parameters = {
            item["ParameterKey"]: str(item.get("ParameterValue", ""))
            for item in described["Stacks"][0].get("Parameters", [])
        }

    @property
    def link_base_url(self) -> str:
        """Where the emails' links point: the PublicBaseUrl parameter if set, else ApiUrl
        (as template.yaml gives the send function)."""
        return self.parameters.get("PublicBaseUrl") or self["ApiUrl"]

    def __getitem__(self, output: str) -> str:
        if output not in self.outputs:
            raise CliError(f"stack {self.name!r} has no output {output}; is it a Kurv stack?")
        return self.outputs[output]

    def client(self, service: str) -> Any:
        return self.session.client(service)  # type: ignore[call-overload]


def _aws_message(error: Any) -> str:
    return str(error.response.get("Error", {}).get("Message") or error)
