"""template.yaml deploys: it transforms, lints clean, and its resources match the code."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from kurv.core.settings import Settings
from kurv_tools.building.layer import LAMBDA_PYTHON
from kurv_tools.building.template import (
    REPO_ROOT,
    TABLE_SETTINGS,
    TEMPLATE_PATH,
    load_template,
    resources,
    transformed,
)
from kurv_tools.local.functions import load_function


def lint(template: dict[str, Any]) -> list[str]:
    from cfnlint.api import lint as cfn_lint

    matches = cfn_lint(json.dumps(template), regions=["eu-west-1", "us-east-1"])
    return [f"{match.rule.id} {match.message}" for match in matches]


@pytest.fixture(scope="module")
def cloudformation() -> dict[str, Any]:
    return transformed(load_template())


def test_the_template_reads_as_cfn_lints_own_decoder_reads_it(tmp_path: Path) -> None:
    from cfnlint.decode import cfn_yaml

    def decoded(path: Path) -> Any:
        return json.loads(json.dumps(cfn_yaml.load(str(path))))

    assert load_template() == decoded(TEMPLATE_PATH)
    # Every short tag, in each form YAML gives it: a scalar, a list, a mapping.
    sample = tmp_path / "sample.yaml"
    sample.write_text(
        "Conditions:\n"
        "  Both: !And [!Condition One, !Not [!Equals [!Ref Name, '']]]\n"
        "Outputs:\n"
        "  A: {Value: !GetAtt Api.RootResourceId}\n"
        "  B: {Value: !GetAtt Key.Arn.Deeper}\n"
        "  C: {Value: !GetAtt [Key, Arn]}\n"
        "  D: {Value: !Sub ['${A}-x', {A: !Ref B}]}\n"
        "  E: {Value: !Select [0, !Split [',', !ImportValue Shared]]}\n"
        "  F: {Value: !Join ['', [!Sub 'arn:${AWS::Partition}:s3:::b', '/*']]}\n"
        "  G: {Value: !FindInMap [Map, !Ref AWS::Region, Key]}\n"
        "  H: {Value: !If [Both, !Base64 text, !GetAZs '']}\n"
        "  I: {Value: !Transform {Name: X, Parameters: {A: 1}}}\n",
        encoding="utf-8",
    )
    load_template.cache_clear()
    try:
        assert load_template(sample) == decoded(sample)
    finally:
        load_template.cache_clear()


def test_transformed_template_lints_clean(cloudformation: dict[str, Any]) -> None:
    assert lint(cloudformation) == []


def test_lint_on_the_transformed_template_catches_a_bad_runtime() -> None:
    # The reason this test transforms first: cfn-lint on SAM source misses this.
    broken = copy.deepcopy(load_template())
    broken["Globals"]["Function"]["Runtime"] = "python2.7"

    whole = transformed(broken)
    # Only the function is linted: enough to see the runtime, in a tenth of the time.
    track = {"TrackFunction": whole["Resources"]["TrackFunction"]}
    problems = lint({**whole, "Resources": track, "Outputs": {}})

    assert any("python2.7" in problem for problem in problems), problems


def test_functions_are_current_python_on_arm64(cloudformation: dict[str, Any]) -> None:
    functions = resources(cloudformation, "AWS::Lambda::Function")

    assert functions
    for function in functions.values():
        assert function["Properties"]["Runtime"] == "python3.13"
        assert function["Properties"]["Architectures"] == ["arm64"]
        assert function["Properties"]["TracingConfig"] == {"Mode": {"Ref": "Tracing"}}
        variables = function["Properties"]["Environment"]["Variables"]
        assert variables["POWERTOOLS_TRACE_DISABLED"] == {"Fn::If": ["Traced", "false", "true"]}
    tracing = load_template()["Parameters"]["Tracing"]
    assert tracing["Default"] == "Active"
    assert load_template()["Conditions"]["Traced"] == {"Fn::Equals": [{"Ref": "Tracing"}, "Active"]}


def test_every_function_has_a_log_group_with_retention() -> None:
    template = load_template()
    for name, function in resources(template, "AWS::Serverless::Function").items():
        group = function["Properties"]["LoggingConfig"]["LogGroup"]["Ref"]
        assert template["Resources"][group]["Type"] == "AWS::Logs::LogGroup", name
        assert "RetentionInDays" in template["Resources"][group]["Properties"], name


def test_every_function_has_an_app_handler() -> None:
    for function in resources(load_template(), "AWS::Serverless::Function").values():
        code = REPO_ROOT / function["Properties"]["CodeUri"]
        module_name, attribute = function["Properties"]["Handler"].split(".")
        assert (code / f"{module_name}.py").exists()
        assert callable(getattr(load_function(code.name), attribute))


def test_functions_get_every_table_setting() -> None:
    variables = load_template()["Globals"]["Function"]["Environment"]["Variables"]
    for logical_id, setting in TABLE_SETTINGS.items():
        assert variables[setting] == {"Ref": logical_id}
    required = {field.alias for field in Settings.model_fields.values() if field.is_required()}
    assert required <= set(variables)


def test_layer_is_built_by_sam_for_the_runtime() -> None:
    layer = load_template()["Resources"]["CommonLayer"]
    content = REPO_ROOT / layer["Properties"]["ContentUri"]

    assert layer["Metadata"]["BuildMethod"] == "makefile"  # layers/common/Makefile
    assert "build-CommonLayer:" in (content / "Makefile").read_text()
    assert layer["Properties"]["CompatibleRuntimes"] == [f"python{LAMBDA_PYTHON}"]
    assert (content / "requirements.txt").exists()
    assert (REPO_ROOT / layer["Properties"]["ContentUri"] / "kurv" / "__init__.py").exists()
