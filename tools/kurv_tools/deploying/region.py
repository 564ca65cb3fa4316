"""Which AWS region a deployed Kurv lives in: one rule for `make deploy` and `kurv --stack`.

The region given on the command line (`kurv --region`), else the one samconfig.toml saved
at the first deploy (the stack is there, whatever the shell says today), else AWS_REGION,
else AWS_DEFAULT_REGION, else the AWS profile's (`aws configure`, AWS_PROFILE). The SAM CLI
and boto3 read AWS_DEFAULT_REGION but not AWS_REGION, so Kurv resolves the region itself
and hands it to both.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

SAMCONFIG = "samconfig.toml"
ENVIRONMENT_VARIABLES = ("AWS_REGION", "AWS_DEFAULT_REGION")
_DEPLOY_TABLE = "[default.deploy.parameters]"


@dataclass(frozen=True)
class Region:
    name: str
    source: str  # where it was found, for messages: "--region", "samconfig.toml", "AWS_REGION" ...


def find_samconfig(start: Path) -> Path | None:
    """This checkout's samconfig.toml: in `start` or the nearest folder above it."""
    for folder in (start, *start.parents):
        if (folder / SAMCONFIG).is_file():
            return folder / SAMCONFIG
    return None


def saved_region(config: Path | None) -> str | None:
    """The region `sam deploy` uses from samconfig.toml (deploy's table, else global's)."""
    if config is None:
        return None
    try:
        values = tomllib.loads(config.read_text())
    except (tomllib.TOMLDecodeError, OSError):
        return None
    default = values.get("default", {})
    for command in ("deploy", "global"):
        found = default.get(command, {}).get("parameters", {}).get("region")
        if found:
            return str(found)
    return None


def save_region(config: Path, region: str) -> None:
    """Write `region = "<region>"` into samconfig.toml's deploy table, keeping every other
    line (and comment) as it was."""
    if not re.fullmatch(r"[a-z0-9-]+", region):
        raise ValueError(f"not a region name: {region!r}")
    lines = config.read_text().splitlines()
    entry = f'region = "{region}"'
    if _DEPLOY_TABLE in (line.strip() for line in lines):
        at = next(i for i, line in enumerate(lines) if line.strip() == _DEPLOY_TABLE)
        lines.insert(at + 1, entry)
    else:
        lines += ["", _DEPLOY_TABLE, entry]
    config.write_text("\n".join(lines) + "\n")


def resolve(
    given: str | None,
    config: Path | None,
    environ: Mapping[str, str],
    profile_region: Callable[[], str | None],
) -> Region | None:
    """The region by the rule above, or None when nothing names one."""
    if given:
        return Region(given, "--region")
    saved = saved_region(config)
    if saved:
        return Region(saved, SAMCONFIG)
    shell = shell_region(environ)
    if shell:
        return shell
    configured = profile_region()
    if configured:
        return Region(configured, "your AWS profile")
    return None


def profile_region() -> str | None:
    """The region the AWS configuration (profile, config file) names, if any. Raises
    botocore's ProfileNotFound when AWS_PROFILE names a profile that is not there."""
    import botocore.session

    found = botocore.session.Session().get_config_variable("region")
    return str(found) if found else None


def shell_region(environ: Mapping[str, str]) -> Region | None:
    """The region this shell names (AWS_REGION, else AWS_DEFAULT_REGION), if any."""
    for variable in ENVIRONMENT_VARIABLES:
        if environ.get(variable):
            return Region(environ[variable], variable)
    return None
