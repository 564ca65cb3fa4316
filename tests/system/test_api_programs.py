"""docs/api.md's programs (signing in Python, shell, Node.js and PHP) and the README's "Try
it" recipes, run as a shop's developer runs them, against `make run` on a free port."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api_contract import README, ROOT, blocks
from kurv.track.auth import sign
from localserver import LocalServer, local_server


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LocalServer]:
    """`make run` on a free port (not 3000), running this checkout's code, its clock moved a
    day ahead: the examples sign with real time, as against AWS, and `make run` takes it."""
    for tool in ("openssl", "curl", "bash"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    code = f"{ROOT / 'layers' / 'common'}:{ROOT / 'tools'}"
    with local_server(
        tmp_path, KURV_DEMO_SECRET="ksk_try_me", KURV_SWEEP_SECONDS="3600", PYTHONPATH=code
    ) as running:
        status, _, _ = running.request("POST", "/_local/clock", b'{"advance": 86400}')
        assert status == 200
        yield running


def _bash(script: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run a script from our own pages, strictly, with a plain environment plus `env`."""
    return subprocess.run(  # noqa: S603 (our own documentation's script, against loopback)
        [shutil.which("bash") or "/bin/bash", "-euo", "pipefail", "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **env},
    )


def _assign(source: str, variable: str, value: str, pattern: str) -> str:
    changed, count = re.subn(pattern.format(variable), f"{variable}{value}", source, flags=re.M)
    assert count == 1, f"{variable} is not assigned once in the example"
    return changed


@pytest.mark.slow
def test_python_signing_example_posts_to_kurv(server: LocalServer) -> None:
    source = blocks("code")["python-signing"].text
    for variable, value in (
        ("KURV_URL", f"{server.base_url}/v1/events"),
        ("SHOP_ID", "demo"),
        ("SIGNING_SECRET", "ksk_try_me"),
    ):
        source = _assign(source, variable, f" = {value!r}", r"^{} = .*$")
    namespace: dict[str, Any] = {}

    exec(compile(source, "docs/api.md python-signing", "exec"), namespace)  # noqa: S102

    assert (namespace["status"], namespace["answer"]) == (202, {"accepted": 1})
    body = b'{"type": "checkout.step"}'
    assert namespace["kurv_signature"]("ksk_x", body, 1_800_000_000) == sign(
        "ksk_x", body, 1_800_000_000
    )


@pytest.mark.slow
def test_shell_signing_example_posts_to_kurv(server: LocalServer) -> None:
    script = blocks("code")["shell-signing"].text
    for variable, value in (
        ("KURV_URL", f"{server.base_url}/v1/events"),
        ("SHOP_ID", "demo"),
        ("SIGNING_SECRET", "ksk_try_me"),
    ):
        script = _assign(script, variable, f"={value}", r"^{}=.*$")

    done = _bash(script)

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"accepted": 1}


def _runtime(program: str) -> str:
    """A language's interpreter for the page's examples: skipped where missing, except under
    CI, where `make test` installs it."""
    found = shutil.which(program)
    if found is None:
        if os.environ.get("CI"):
            raise RuntimeError(f"{program} is missing in CI: `make runtimes` installs it")
        pytest.skip(f"{program} is not installed")
    return found


@pytest.mark.slow
@pytest.mark.parametrize(("name", "program"), [("node-signing", "node"), ("php-signing", "php")])
def test_signing_examples_in_other_languages_post_to_kurv(
    name: str, program: str, server: LocalServer, tmp_path: Path
) -> None:
    interpreter = _runtime(program)
    source = blocks("code")[name].text
    for variable, value in (
        ("KURV_URL", f"{server.base_url}/v1/events"),
        ("SHOP_ID", "demo"),
        ("SIGNING_SECRET", "ksk_try_me"),
    ):
        source = _assign(source, variable, f" = {json.dumps(value)};", r"(?<=^const ){} = .*$")
    script = tmp_path / f"example.{'js' if program == 'node' else program}"
    script.write_text(source)

    done = subprocess.run(  # noqa: S603 (our own documentation's program, against loopback)
        [interpreter, str(script)], capture_output=True, text=True, timeout=60, check=False
    )

    assert done.returncode == 0, done.stderr
    status, answer = done.stdout.strip().split(" ", 1)
    assert (int(status), json.loads(answer)) == (202, {"accepted": 1})


@pytest.mark.slow
def test_readme_recipes_work_on_another_port(server: LocalServer) -> None:
    # The README's "Try it": its shell blocks, in order, in one shell, with KURV_PORT set.
    section = README.read_text().split("## Try it\n", 1)[1].split("\n## ", 1)[0]
    script = "\n".join(re.findall(r"```sh\n(.*?)\n```", section, re.S))
    port = server.base_url.rsplit(":", 1)[1]
    assert port != "3000"

    done = _bash(script, KURV_PORT=port)  # as if the user exported it

    assert done.returncode == 0, done.stderr
    assert done.stdout.count('{"accepted": 1}') == 2, done.stdout
    assert '"to": "ada@example.com"' in done.stdout, done.stdout
