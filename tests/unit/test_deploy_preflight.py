"""What `make deploy` checks before it builds: the region by one rule (the one samconfig.toml
saved, else AWS_REGION, AWS_DEFAULT_REGION, the profile's), PARAMS as the template's own
parameters, credentials that work, a first deploy's SenderIdentities and a custom domain's
certificate in the API's region. AWS is botocore's Stubber: no network."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.exceptions import NoCredentialsError
from botocore.stub import Stubber

from kurv_tools.building.template import REPO_ROOT, load_template
from kurv_tools.deploying import region as regions
from kurv_tools.deploying.preflight import (
    CONFIGURE,
    PreflightError,
    check,
    parse_params,
    saved_params,
)

ACCOUNT = "123456789012"
CERTIFICATE = f"arn:aws:acm:eu-west-1:{ACCOUNT}:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789"
PARAMETERS = set(load_template()["Parameters"])


def no_profile() -> str | None:
    return None


def aws(stack: dict[str, Any] | None = None, *, refuse: str = "") -> Callable[[str, str], Any]:
    """Clients for (service, region): STS answers (or refuses with `refuse`), CloudFormation
    describes `stack` (None: there is none yet)."""
    made: dict[str, Any] = {}

    def client(service: str, region: str) -> Any:
        made[service] = boto3.client(  # type: ignore[call-overload]
            service,
            region_name=region,
            aws_access_key_id="x",
            aws_secret_access_key="x",
            endpoint_url=f"https://{service}.invalid",
        )
        stub = Stubber(made[service])
        if service == "sts":
            if refuse:
                stub.add_client_error("get_caller_identity", refuse, "refused", 403)
            else:
                stub.add_response(
                    "get_caller_identity",
                    {"Account": ACCOUNT, "Arn": f"arn:aws:iam::{ACCOUNT}:user/ada", "UserId": "A"},
                )
        elif stack is None:
            stub.add_client_error(
                "describe_stacks", "ValidationError", "Stack with id kurv does not exist"
            )
        else:
            stub.add_response("describe_stacks", {"Stacks": [stack]})
        stub.activate()
        return made[service]

    return client


def deployed(**parameters: str) -> dict[str, Any]:
    return {
        "StackName": "kurv",
        "CreationTime": "2026-12-01T00:00:00Z",
        "StackStatus": "UPDATE_COMPLETE",
        "Parameters": [
            {"ParameterKey": key, "ParameterValue": value} for key, value in parameters.items()
        ],
    }


def samconfig(tmp_path: Path, region: str | None = None) -> Path:
    config = tmp_path / "samconfig.toml"
    config.write_text((REPO_ROOT / "samconfig.toml").read_text())
    if region:
        regions.save_region(config, region)
    return config


def test_the_region_samconfig_saved_wins_then_aws_region_then_the_default_then_the_profile(
    tmp_path: Path,
) -> None:
    config = samconfig(tmp_path)
    both = {"AWS_REGION": "eu-north-1", "AWS_DEFAULT_REGION": "us-east-1"}

    def resolve(environ: dict[str, str], profile: str | None = None) -> regions.Region | None:
        return regions.resolve(None, config, environ, lambda: profile)

    assert resolve({}) is None
    assert resolve({}, "eu-central-1") == regions.Region("eu-central-1", "your AWS profile")
    assert resolve({"AWS_DEFAULT_REGION": "us-east-1"}, "eu-central-1") == regions.Region(
        "us-east-1", "AWS_DEFAULT_REGION"
    )
    assert resolve(both) == regions.Region("eu-north-1", "AWS_REGION")
    regions.save_region(config, "eu-west-1")
    assert resolve(both) == regions.Region("eu-west-1", "samconfig.toml")
    assert regions.resolve("ap-south-1", config, both, no_profile) == regions.Region(
        "ap-south-1", "--region"
    )


def test_saving_the_region_keeps_the_rest_of_samconfig(tmp_path: Path) -> None:
    config = samconfig(tmp_path)
    before = config.read_text()

    regions.save_region(config, "eu-west-1")

    values = tomllib.loads(config.read_text())
    assert values["default"]["deploy"]["parameters"]["region"] == "eu-west-1"
    assert values["default"]["deploy"]["parameters"]["capabilities"] == "CAPABILITY_IAM"
    assert set(before.splitlines()) <= set(config.read_text().splitlines())  # comments too
    assert regions.saved_region(config) == "eu-west-1"


def test_params_are_the_templates_parameters() -> None:
    assert parse_params(
        ["SenderIdentities=shop.dk,other.se", "AlarmEmail=ops@shop.dk"], PARAMETERS
    ) == {
        "SenderIdentities": "shop.dk,other.se",
        "AlarmEmail": "ops@shop.dk",
    }
    assert parse_params(["ParameterKey=Tracing,ParameterValue=PassThrough"], PARAMETERS) == {
        "Tracing": "PassThrough"
    }
    with pytest.raises(
        PreflightError, match=r"not options \(--region\).*AWS_REGION=eu-west-1 make deploy"
    ):
        parse_params(["--region", "eu-west-1"], PARAMETERS)
    with pytest.raises(
        PreflightError, match=r"SenderIdentity is not a parameter of template\.yaml"
    ):
        parse_params(["SenderIdentity=shop.dk"], PARAMETERS)
    with pytest.raises(PreflightError, match="is not Key=Value"):
        parse_params(["eu-west-1"], PARAMETERS)


def test_without_params_the_ones_deploy_guided_saved_count(tmp_path: Path) -> None:
    config = samconfig(tmp_path)
    assert saved_params(config, PARAMETERS) == {}

    # As sam deploy --guided writes them: one string, each value quoted.
    saved = r'parameter_overrides = "SenderIdentities=\"shop.dk\" Tracing=\"Active\""'
    config.write_text(config.read_text() + saved + "\n")

    assert saved_params(config, PARAMETERS) == {"SenderIdentities": "shop.dk", "Tracing": "Active"}


def run(
    tmp_path: Path,
    environ: dict[str, str],
    *,
    stack: dict[str, Any] | None = None,
    params: dict[str, str] | None = None,
    saved: str | None = None,
    refuse: str = "",
) -> Any:
    return check(
        stack="kurv",
        params=params if params is not None else {"SenderIdentities": "shop.dk"},
        config=samconfig(tmp_path, saved),
        environ=environ,
        profile_region=no_profile,
        client=aws(stack, refuse=refuse),
    )


def test_aws_region_is_honoured_on_the_first_deploy(tmp_path: Path) -> None:
    checked = run(tmp_path, {"AWS_REGION": "eu-west-1"})

    assert (checked.region, checked.account, checked.first_deploy) == (
        regions.Region("eu-west-1", "AWS_REGION"),
        ACCOUNT,
        True,
    )
    assert checked.notes == []


def test_no_region_and_no_credentials_each_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(PreflightError, match=f"^no AWS region: {CONFIGURE}$"):
        run(tmp_path, {})
    with pytest.raises(PreflightError, match="'Ireland' \\(AWS_REGION\\) is not an AWS region"):
        run(tmp_path, {"AWS_REGION": "Ireland"})
    with pytest.raises(PreflightError, match=r"correct `region` in samconfig\.toml"):
        run(tmp_path, {}, saved="euwest1")

    def no_credentials(service: str, region: str) -> Any:
        class Client:
            def get_caller_identity(self) -> Any:
                raise NoCredentialsError

        return Client()

    with pytest.raises(PreflightError, match=f"^no AWS credentials: {CONFIGURE}$"):
        check(
            stack="kurv",
            params={},
            config=None,
            environ={"AWS_REGION": "eu-west-1"},
            profile_region=no_profile,
            client=no_credentials,
        )
    with pytest.raises(
        PreflightError, match="AWS refused your credentials in eu-west-1 \\(ExpiredToken\\)"
    ):
        run(tmp_path, {"AWS_REGION": "eu-west-1"}, refuse="ExpiredToken")


def test_a_saved_region_wins_over_the_shell_with_a_note(tmp_path: Path) -> None:
    checked = run(
        tmp_path, {"AWS_DEFAULT_REGION": "us-east-1"}, stack=deployed(), saved="eu-west-1"
    )

    assert checked.region == regions.Region("eu-west-1", "samconfig.toml")
    assert not checked.first_deploy
    [note] = checked.notes
    assert "deploying to eu-west-1" in note
    assert "AWS_DEFAULT_REGION says us-east-1" in note


def test_the_first_deploy_needs_sender_identities_later_ones_do_not(tmp_path: Path) -> None:
    with pytest.raises(PreflightError, match=re.escape('PARAMS="SenderIdentities=myshop.dk"')):
        run(tmp_path, {"AWS_REGION": "eu-west-1"}, params={})

    later = run(tmp_path, {"AWS_REGION": "eu-west-1"}, stack=deployed(), params={})
    assert not later.first_deploy

    failed = {**deployed(), "StackStatus": "ROLLBACK_COMPLETE"}
    with pytest.raises(PreflightError, match="delete-stack --stack-name kurv --region eu-west-1"):
        run(tmp_path, {"AWS_REGION": "eu-west-1"}, stack=failed)


def test_a_custom_domain_needs_a_certificate_in_the_apis_region(tmp_path: Path) -> None:
    environ = {"AWS_REGION": "eu-west-1"}
    domain = {"SenderIdentities": "shop.dk", "ApiDomainName": "kurv.shop.dk"}

    with pytest.raises(
        PreflightError, match=r"ApiDomainName=kurv\.shop\.dk needs ApiCertificateArn"
    ):
        run(tmp_path, environ, params=domain)
    elsewhere = CERTIFICATE.replace("eu-west-1", "us-east-1")
    with pytest.raises(PreflightError, match="ApiCertificateArn is in us-east-1, but the API"):
        run(tmp_path, environ, params={**domain, "ApiCertificateArn": elsewhere})

    assert run(tmp_path, environ, params={**domain, "ApiCertificateArn": CERTIFICATE})
    # A later deploy keeps the certificate the stack has.
    kept = deployed(ApiDomainName="kurv.shop.dk", ApiCertificateArn=CERTIFICATE)
    assert run(tmp_path, environ, stack=kept, params={"AlarmEmail": "ops@shop.dk"})
