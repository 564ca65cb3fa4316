"""Least privilege to the end: the functions send email only as the shops' own SES
identities, and a dead-letter queue takes messages only from its own rule in this account.
(tests/integration/test_least_privilege.py checks every other grant against the calls.)"""

from __future__ import annotations

from typing import Any

import pytest

from kurv_tools.building.template import (
    PSEUDO_PARAMETERS,
    load_template,
    resolve,
    resources,
    transformed,
)

ARN = f"arn:aws:ses:{PSEUDO_PARAMETERS['AWS::Region']}:{PSEUDO_PARAMETERS['AWS::AccountId']}:"
MAILING_FUNCTIONS = ("SendFunction", "RepliesFunction")


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return load_template()


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def resource_policy(template: dict[str, Any], name: str) -> dict[str, Any]:
    return dict(template["Resources"][name]["Properties"]["PolicyDocument"])


def ses_grants(template: dict[str, Any], function: str, identities: list[str]) -> set[str]:
    """Every ARN `function` may call an SES action on, with SenderIdentities = `identities`."""
    props = template["Resources"][function]["Properties"]
    parameters = {"SenderIdentities": identities}
    found: set[str] = set()
    for given in props["Policies"]:
        # A managed policy of the template's own, or statements of the function's own.
        policy = resource_policy(template, given["Ref"]) if "Ref" in given else given
        for statement in policy["Statement"]:
            actions = statement["Action"]
            if not any(action.startswith("ses:") for action in as_list(actions)):
                continue
            found.update(as_list(resolve(statement["Resource"], parameters)))
    return found


@pytest.mark.parametrize(
    "identities",
    [
        ["myshop.dk"],
        ["myshop.dk", "hello@other.example"],
        [f"shop{number}.example" for number in range(10)],
    ],
)
@pytest.mark.parametrize("function", MAILING_FUNCTIONS)
def test_mail_goes_only_as_the_identities_the_stack_names(
    template: dict[str, Any], function: str, identities: list[str]
) -> None:
    granted = ses_grants(template, function, identities)

    assert granted == {
        *(f"{ARN}identity/{identity}" for identity in identities),
        f"{ARN}configuration-set/SesConfigurationSet",
    }
    assert not [arn for arn in granted if "*" in arn]


def test_the_identities_parameter_is_required(template: dict[str, Any]) -> None:
    parameter = template["Parameters"]["SenderIdentities"]

    assert parameter["Type"] == "CommaDelimitedList"
    assert "Default" not in parameter  # no identity is assumed: the merchant names theirs
    assert template["Outputs"]["SenderIdentities"]["Value"] == {
        "Fn::Join": [",", {"Ref": "SenderIdentities"}]
    }


def dead_letter_rules(cloudformation: dict[str, Any]) -> dict[str, set[str]]:
    """Each queue an EventBridge rule parks undeliverable events in -> those rules."""
    rules: dict[str, set[str]] = {}
    for name, rule in resources(cloudformation, "AWS::Events::Rule").items():
        for target in rule["Properties"]["Targets"]:
            queue = target.get("DeadLetterConfig", {}).get("Arn", {}).get("Fn::GetAtt", [None])[0]
            if queue:
                rules.setdefault(queue, set()).add(name)
    return rules


def test_a_dead_letter_queue_takes_only_its_own_rules_events(template: dict[str, Any]) -> None:
    cloudformation = transformed(template)
    rules = dead_letter_rules(cloudformation)
    policies = resources(cloudformation, "AWS::SQS::QueuePolicy")

    assert set(rules) == {"SweepDeadLetterQueue", "FeedbackFailureQueue"}
    for queue, senders in rules.items():
        [policy] = [p for p in policies.values() if p["Properties"]["Queues"] == [{"Ref": queue}]]
        [statement] = policy["Properties"]["PolicyDocument"]["Statement"]
        condition = statement["Condition"]
        assert statement["Principal"] == {"Service": "events.amazonaws.com"}
        assert condition["StringEquals"]["aws:SourceAccount"] == {"Ref": "AWS::AccountId"}
        [rule] = senders
        assert condition["ArnEquals"]["aws:SourceArn"] == {"Fn::GetAtt": [rule, "Arn"]}


def test_every_service_that_may_use_a_resource_is_bound_to_this_account(
    template: dict[str, Any],
) -> None:
    for kind in ("AWS::SQS::QueuePolicy", "AWS::S3::BucketPolicy"):
        for policy in resources(template, kind).values():
            for statement in policy["Properties"]["PolicyDocument"]["Statement"]:
                if statement["Effect"] != "Allow" or "Service" not in statement["Principal"]:
                    continue
                keys = {key.lower() for test in statement["Condition"].values() for key in test}
                assert {"aws:sourceaccount", "aws:sourcearn"} <= keys, statement
