"""`make deploy` as a merchant runs it, in a copy of the checkout: the preflight talks to the
emulator (STS, CloudFormation) and `sam` is a recorder on the command line (SAM=...), so the
test sees exactly what make would run, and that a refused deploy builds nothing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from kurv_tools.building.template import REPO_ROOT
from kurv_tools.local.emulator import Emulator

pytestmark = pytest.mark.slow

RECORDER = """#!{python}
import json, os, sys
with open(os.environ["SAM_CALLS"], "a") as calls:
    calls.write(json.dumps(sys.argv[1:]) + "\\n")
"""


@dataclass
class Deploy:
    returncode: int
    stderr: str
    sam_calls: list[list[str]]
    samconfig: dict[str, object]


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """What make deploy reads: the Makefile, samconfig.toml, template.yaml, and .venv (its
    stamp newer than the files it is made from, as in a checkout after `make lint`)."""
    for name in (
        "Makefile",
        "samconfig.toml",
        "template.yaml",
        "pyproject.toml",
        "requirements-dev.txt",
        "layers/common/requirements.txt",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO_ROOT / name, tmp_path / name)
    (tmp_path / ".venv").symlink_to(REPO_ROOT / ".venv")
    recorder = tmp_path / "bin" / "sam"
    recorder.parent.mkdir()
    recorder.write_text(RECORDER.format(python=sys.executable))
    recorder.chmod(0o755)
    return tmp_path


def make_deploy(
    checkout: Path,
    emulator: Emulator,
    environ: dict[str, str],
    *args: str,
    stack: str = "",
    target: str = "deploy",
) -> Deploy:
    """make deploy (or `target`) of `stack` (default: a new name, so a first deploy)."""
    calls = checkout / "sam-calls.jsonl"
    calls.unlink(missing_ok=True)
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("AWS_", "MAKE", "MFLAGS"))
    }
    env.update(
        AWS_ENDPOINT_URL=emulator.endpoint_url,
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
        AWS_CONFIG_FILE=str(checkout / "no-aws-config"),
        AWS_SHARED_CREDENTIALS_FILE=str(checkout / "no-aws-credentials"),
        SAM_CALLS=str(calls),
        **environ,
    )
    done = subprocess.run(  # noqa: S603
        [  # noqa: S607 (make from PATH, as a merchant runs it)
            "make",
            "--no-print-directory",
            target,
            f"SAM={checkout / 'bin' / 'sam'}",
            f"PYTHON_LAMBDA={sys.executable}",
            f"STACK={stack or 'deploy-' + uuid.uuid4().hex[:8]}",
            *args,
        ],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    recorded = calls.read_text().splitlines() if calls.exists() else []
    return Deploy(
        done.returncode,
        done.stderr,
        [json.loads(line) for line in recorded],
        tomllib.loads((checkout / "samconfig.toml").read_text()),
    )


def deploy_region(deploy: Deploy) -> object:
    parameters = deploy.samconfig["default"]
    assert isinstance(parameters, dict)
    return parameters["deploy"]["parameters"].get("region")


def test_aws_region_is_deployed_to_and_saved(checkout: Path, emulator: Emulator) -> None:
    stack = f"deploy-{uuid.uuid4().hex[:8]}"
    deploy = make_deploy(
        checkout,
        emulator,
        {"AWS_REGION": "eu-north-1"},
        "PARAMS=SenderIdentities=shop.example",
        stack=stack,
    )

    assert deploy.returncode == 0, deploy.stderr
    assert deploy.sam_calls == [
        ["build", "--no-cached"],
        [
            "deploy",
            "--region",
            "eu-north-1",
            "--parameter-overrides",
            "SenderIdentities=shop.example",
        ],
    ]
    assert deploy_region(deploy) == "eu-north-1"
    assert "# `make deploy`" in (checkout / "samconfig.toml").read_text()  # comments kept

    # Later, the stack is there, and the shell's default region is another: it stays there.
    template = {"Resources": {"Queue": {"Type": "AWS::SQS::Queue"}}}
    emulator.client("cloudformation", region_name="eu-north-1").create_stack(
        StackName=stack, TemplateBody=json.dumps(template)
    )
    later = make_deploy(checkout, emulator, {"AWS_DEFAULT_REGION": "us-east-1"}, stack=stack)
    assert later.returncode == 0, later.stderr
    assert later.sam_calls[-1] == ["deploy", "--region", "eu-north-1"]
    assert "AWS_DEFAULT_REGION says us-east-1" in later.stderr


def test_deploy_guided_gets_the_region_as_its_default_and_saves_its_own(
    checkout: Path, emulator: Emulator
) -> None:
    deploy = make_deploy(
        checkout, emulator, {"AWS_DEFAULT_REGION": "eu-west-1"}, target="deploy-guided"
    )

    assert deploy.returncode == 0, deploy.stderr
    assert deploy.sam_calls == [
        ["build", "--no-cached"],
        ["deploy", "--guided", "--region", "eu-west-1"],
    ]
    assert deploy_region(deploy) is None  # --guided saves the region you answer, maybe another


@pytest.mark.parametrize(
    ("environ", "params", "said"),
    [
        (
            {},
            "SenderIdentities=shop.example",
            "no AWS region: run `aws configure`, or set AWS_PROFILE / AWS_REGION",
        ),
        (
            {"AWS_REGION": "eu-west-1"},
            "--region eu-west-1",
            "give the region as `AWS_REGION=eu-west-1 make deploy`",
        ),
        (
            {"AWS_REGION": "eu-west-1"},
            "",
            'needs SenderIdentities: make deploy PARAMS="SenderIdentities=myshop.dk"',
        ),
        (
            {"AWS_PROFILE": "shop"},
            "SenderIdentities=shop.example",
            "run `aws configure`, or set AWS_PROFILE / AWS_REGION",
        ),
    ],
)
def test_a_deploy_that_cannot_work_stops_before_the_build_with_the_fix(
    checkout: Path, emulator: Emulator, environ: dict[str, str], params: str, said: str
) -> None:
    deploy = make_deploy(checkout, emulator, environ, f"PARAMS={params}")

    assert deploy.returncode != 0
    assert said in deploy.stderr
    assert deploy.sam_calls == []  # not even the build
    assert deploy_region(deploy) is None
