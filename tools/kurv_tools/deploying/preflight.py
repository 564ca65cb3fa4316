"""What `make deploy` checks before the build (about 45 s) and `sam deploy`: PARAMS are the
template's parameters, there is a region and it is one, the credentials work in it, a first
deploy names its SenderIdentities, and a custom domain's certificate is in that region.

Each problem is one line with its fix, and nothing is built. When all is well it prints the
region (and nothing else) on stdout, for the Makefile to hand to `sam deploy --region`, and
saves it in samconfig.toml on the first deploy (kurv_tools.deploying.region).

    python -m kurv_tools.deploying.preflight [--guided] [--stack kurv] -- Key=Value ...
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kurv_tools.deploying import region as regions

# What every missing or refused credential or region comes down to.
CONFIGURE = "run `aws configure`, or set AWS_PROFILE / AWS_REGION"
REQUIRED_ON_FIRST_DEPLOY = "SenderIdentities"


class PreflightError(Exception):
    """One line: what is wrong, and the fix."""


@dataclass(frozen=True)
class Checked:
    region: regions.Region
    account: str
    first_deploy: bool
    notes: list[str]


def parse_params(words: Sequence[str], known: set[str]) -> dict[str, str]:
    """PARAMS as `sam deploy --parameter-overrides` will read them: Key=Value words, each
    Key a parameter of template.yaml."""
    params: dict[str, str] = {}
    for word in words:
        if word.startswith("-"):
            raise PreflightError(
                f"PARAMS holds the template's parameters (Key=Value), not options ({word}): "
                "give the region as `AWS_REGION=eu-west-1 make deploy`"
            )
        key, equals, value = word.partition("=")
        if key == "ParameterKey":  # the AWS CLI's form, which SAM takes too
            fields = dict(part.partition("=")[::2] for part in word.split(","))
            key, value = fields["ParameterKey"], fields.get("ParameterValue", "")
        if not equals:
            raise PreflightError(
                f'PARAMS: {word!r} is not Key=Value (e.g. PARAMS="AlarmEmail=ops@myshop.dk")'
            )
        if key not in known:
            raise PreflightError(
                f"PARAMS: {key} is not a parameter of template.yaml "
                f"(it has {', '.join(sorted(known))})"
            )
        params[key] = value
    return params


def known_region(name: str, source: str) -> None:
    """A region some AWS partition has, or names as its own (a region newer than this
    botocore): botocore's endpoint data, no network."""
    import re

    import botocore.session

    partitions = botocore.session.Session().get_data("endpoints")["partitions"]
    if any(
        name in partition.get("regions", {}) or re.fullmatch(partition["regionRegex"], name)
        for partition in partitions
    ):
        return
    fix = {
        regions.SAMCONFIG: "correct `region` in samconfig.toml",
        "your AWS profile": "run `aws configure`",
    }.get(source, f"set {source} to one, e.g. eu-west-1")
    raise PreflightError(f"{name!r} ({source}) is not an AWS region: {fix}")


def check(
    *,
    stack: str,
    params: Mapping[str, str],
    config: Path | None,
    environ: Mapping[str, str],
    profile_region: Callable[[], str | None],
    client: Callable[[str, str], Any],  # a boto3 client for (service, region)
    guided: bool = False,
) -> Checked:
    """Every check, offline ones first; raises PreflightError at the first problem."""
    from botocore.exceptions import (
        BotoCoreError,
        ClientError,
        NoCredentialsError,
        PartialCredentialsError,
        ProfileNotFound,
    )

    try:
        found = regions.resolve(None, config, environ, profile_region)
    except ProfileNotFound as error:
        raise PreflightError(f"{error}: {CONFIGURE}") from None
    if found is None:
        raise PreflightError(f"no AWS region: {CONFIGURE}")
    known_region(found.name, found.source)
    notes = []
    shell = regions.shell_region(environ)
    if found.source == regions.SAMCONFIG and shell and shell.name != found.name:
        notes.append(
            f"note: deploying to {found.name}, where samconfig.toml says stack {stack} is "
            f"({shell.source} says {shell.name}; to deploy there, change region in samconfig.toml)"
        )

    try:
        identity = client("sts", found.name).get_caller_identity()
    except (NoCredentialsError, PartialCredentialsError):
        raise PreflightError(f"no AWS credentials: {CONFIGURE}") from None
    except ProfileNotFound as error:
        raise PreflightError(f"{error}: {CONFIGURE}") from None
    except ClientError as error:
        code = error.response.get("Error", {}).get("Code", "refused")
        raise PreflightError(
            f"AWS refused your credentials in {found.name} ({code}): {CONFIGURE} "
            "(or `aws sso login` when your profile uses SSO)"
        ) from None
    except BotoCoreError as error:
        raise PreflightError(f"cannot reach AWS in {found.name} ({error}): {CONFIGURE}") from None

    existing = _stack_parameters(client("cloudformation", found.name), stack, found.name)
    first_deploy = existing is None
    if first_deploy and not guided and not params.get(REQUIRED_ON_FIRST_DEPLOY):
        raise PreflightError(
            f"the first deploy of stack {stack} (in {found.name}) needs "
            f"{REQUIRED_ON_FIRST_DEPLOY}: "
            'make deploy PARAMS="SenderIdentities=myshop.dk" (the domains your shops send from)'
        )
    _custom_domain(params, existing or {}, found.name)
    return Checked(found, str(identity.get("Account", "")), first_deploy, notes)


def _stack_parameters(cloudformation: Any, stack: str, region: str) -> dict[str, str] | None:
    """The deployed stack's parameters, or None when there is no such stack yet."""
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        described = cloudformation.describe_stacks(StackName=stack)["Stacks"][0]
    except ClientError as error:
        message = str(error.response.get("Error", {}).get("Message", ""))
        if "does not exist" in message:
            return None
        raise PreflightError(
            f"cannot read stack {stack} in {region} ({message or error}): your credentials "
            "need CloudFormation access; " + CONFIGURE
        ) from None
    except BotoCoreError as error:
        raise PreflightError(f"cannot read stack {stack} in {region} ({error})") from None
    if described.get("StackStatus") == "ROLLBACK_COMPLETE":
        raise PreflightError(
            f"stack {stack} in {region} failed to create and cannot be updated: delete it "
            f"(aws cloudformation delete-stack --stack-name {stack} --region {region}), then "
            "make deploy again"
        )
    return {
        item["ParameterKey"]: str(item.get("ParameterValue", ""))
        for item in described.get("Parameters", [])
    }


def _custom_domain(params: Mapping[str, str], deployed: Mapping[str, str], region: str) -> None:
    """ApiDomainName comes with a certificate, and a regional custom domain's certificate is
    in the API's own region (API Gateway refuses any other)."""
    domain = params.get("ApiDomainName", deployed.get("ApiDomainName", ""))
    certificate = params.get("ApiCertificateArn", deployed.get("ApiCertificateArn", ""))
    if domain and not certificate:
        raise PreflightError(
            f"ApiDomainName={domain} needs ApiCertificateArn: an ACM certificate for {domain} "
            f'in {region} (make deploy PARAMS="ApiDomainName={domain} ApiCertificateArn=arn:...")'
        )
    if "ApiCertificateArn" in params and certificate:
        parts = certificate.split(":")
        if len(parts) < 6 or parts[2] != "acm":
            raise PreflightError(
                f"ApiCertificateArn {certificate!r} is not an ACM certificate ARN "
                f"(arn:aws:acm:{region}:<account>:certificate/<id>)"
            )
        if parts[3] != region:
            raise PreflightError(
                f"ApiCertificateArn is in {parts[3]}, but the API is deployed in {region}: "
                f"request (or import) the certificate for {domain or 'your domain'} in {region} "
                "in ACM, and give that one"
            )


def saved_params(config: Path | None, known: set[str]) -> dict[str, str]:
    """The parameter_overrides `sam deploy --guided` saved in samconfig.toml, which sam deploy
    uses when PARAMS gives none."""
    import shlex
    import tomllib

    if config is None:
        return {}
    try:
        values = tomllib.loads(config.read_text())
    except (tomllib.TOMLDecodeError, OSError):
        return {}
    saved = values.get("default", {}).get("deploy", {}).get("parameters", {})
    overrides = saved.get("parameter_overrides", [])
    words = shlex.split(overrides) if isinstance(overrides, str) else [str(w) for w in overrides]
    try:
        return parse_params(words, known)
    except PreflightError:
        return {}  # sam deploy says what it makes of them


def _template_parameters(template: Path) -> set[str]:
    from kurv_tools.building.template import load_template

    return set(load_template(template).get("Parameters", {}))


def _client(service: str, region: str) -> Any:
    import boto3

    return boto3.session.Session(region_name=region).client(service)  # type: ignore[call-overload]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kurv_tools.deploying.preflight",
        description="Check what `make deploy` needs before building; print the region.",
    )
    parser.add_argument("--stack", default="kurv", help="the stack's name (default: kurv)")
    parser.add_argument("--guided", action="store_true", help="for `sam deploy --guided`")
    parser.add_argument("params", nargs="*", help="PARAMS: Key=Value ...")
    args = parser.parse_args(argv)
    root = Path.cwd()
    config = regions.find_samconfig(root)
    try:
        known = _template_parameters(root / "template.yaml")
        params = parse_params(args.params, known) or saved_params(config, known)
        checked = check(
            stack=args.stack,
            params=params,
            config=config,
            environ=os.environ,
            profile_region=regions.profile_region,
            client=_client,
            guided=args.guided,
        )
    except PreflightError as error:
        print(f"make deploy: {error}", file=sys.stderr)
        return 1
    for note in checked.notes:
        print(note, file=sys.stderr)
    region = checked.region
    if config is not None and not args.guided and regions.saved_region(config) is None:
        regions.save_region(config, region.name)
        print(
            f"samconfig.toml: region {region.name} saved; this checkout deploys there",
            file=sys.stderr,
        )
    print(
        f"==> Deploying stack {args.stack} to {region.name} ({region.source}), account "
        f"{checked.account}" + (" (first deploy)" if checked.first_deploy else ""),
        file=sys.stderr,
    )
    print(region.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
