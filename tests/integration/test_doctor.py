"""`kurv doctor`: what it finds in a deployed stack, and the fix it names. AWS is moto
where moto has the API (CloudFormation, SQS, SES receipt rules, CloudWatch) and botocore's
Stubber, with SES v2's own response shapes, where it has not (account, DKIM status, event
destinations)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber

from helpers import ADD
from kurv_tools import cli
from kurv_tools.cli.checks import REQUIRED_OUTPUTS, Doctor, Status, report
from kurv_tools.local.stack import LocalStack
from reminders import shop

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def ses_v2(*, sandbox: bool, dkim: str, bounces: bool) -> tuple[Any, Stubber]:
    client = boto3.client(
        "sesv2",
        region_name="eu-west-1",
        aws_access_key_id="x",
        aws_secret_access_key="x",
        endpoint_url="https://ses.invalid",
    )
    stub = Stubber(client)
    stub.add_response(
        "get_account",
        {
            "SendingEnabled": True,
            "ProductionAccessEnabled": not sandbox,
            "DedicatedIpAutoWarmupEnabled": False,
        },
    )
    stub.add_response(
        "get_email_identity",
        {"VerifiedForSendingStatus": dkim == "SUCCESS", "DkimAttributes": {"Status": dkim}},
        {"EmailIdentity": "nordlys.example"},
    )
    kinds = ["BOUNCE", "COMPLAINT"] if bounces else ["DELIVERY"]
    stub.add_response(
        "get_configuration_set_event_destinations",
        {
            "EventDestinations": [
                {
                    "Name": "bounces-and-complaints",
                    "Enabled": True,
                    "MatchingEventTypes": kinds,
                    "EventBridgeDestination": {
                        "EventBusArn": "arn:aws:events:eu-west-1:1:event-bus/default"
                    },
                }
            ]
        },
        {"ConfigurationSetName": "kurv-set"},
    )
    stub.activate()
    return client, stub


def deployed(stack: LocalStack, *, healthy: bool) -> tuple[dict[str, str], Any]:
    """A stack `kurv` with its outputs, queues, rule sets and a sweep function's metrics."""
    emulator = stack.emulator
    sqs = emulator.client("sqs")
    queues = {
        "SendFailureQueueUrl": sqs.create_queue(QueueName="send-failures")["QueueUrl"],
        "FeedbackFailureQueueUrl": sqs.create_queue(QueueName="feedback-failures")["QueueUrl"],
    }
    if not healthy:
        sqs.send_message(QueueUrl=queues["SendFailureQueueUrl"], MessageBody="{}")
    outputs = dict.fromkeys(REQUIRED_OUTPUTS, "x")
    outputs.update(queues, SesConfigurationSetName="kurv-set", ReplyRuleSetName="kurv-replies")
    template = {
        "Resources": {"SweepFunction": {"Type": "AWS::SQS::Queue"}},
        "Outputs": {name: {"Value": value} for name, value in outputs.items()},
    }
    emulator.client("cloudformation").create_stack(
        StackName="kurv", TemplateBody=json.dumps(template)
    )
    ses = emulator.client("ses")
    ses.create_receipt_rule_set(RuleSetName="kurv-replies")
    ses.create_receipt_rule_set(RuleSetName="other")
    ses.set_active_receipt_rule_set(RuleSetName="kurv-replies" if healthy else "other")
    physical = emulator.client("cloudformation").describe_stack_resource(
        StackName="kurv", LogicalResourceId="SweepFunction"
    )["StackResourceDetail"]["PhysicalResourceId"]
    if healthy:
        emulator.client("cloudwatch").put_metric_data(
            Namespace="AWS/Lambda",
            MetricData=[
                {
                    "MetricName": "Invocations",
                    "Dimensions": [{"Name": "FunctionName", "Value": physical}],
                    "Timestamp": NOW - timedelta(minutes=2),
                    "Value": 2,
                }
            ],
        )
    return outputs, physical


def doctor(stack: LocalStack, outputs: dict[str, str], sesv2: Any) -> Doctor:
    def client(service: str) -> Any:
        return sesv2 if service == "sesv2" else stack.emulator.client(service)

    return Doctor("kurv", "eu-west-1", outputs, client, [shop()], NOW)


def test_a_healthy_stack_passes_every_check(stack: LocalStack) -> None:
    outputs, _ = deployed(stack, healthy=True)
    sesv2, stub = ses_v2(sandbox=False, dkim="SUCCESS", bounces=True)

    checks = doctor(stack, outputs, sesv2).checks()

    stub.assert_no_pending_responses()
    assert [(check.name, check.status) for check in checks if check.status is not Status.OK] == []
    assert "All 8 checks passed." in report(checks)


def test_an_unhealthy_stack_gets_a_fix_for_each_problem(stack: LocalStack) -> None:
    outputs, _ = deployed(stack, healthy=False)
    sesv2, _ = ses_v2(sandbox=True, dkim="PENDING", bounces=False)

    checks = {check.name: check for check in doctor(stack, outputs, sesv2).checks()}
    text = report(list(checks.values()))

    assert checks["SES account"].status is Status.WARN
    assert "request production access" in checks["SES account"].fix
    sender = checks["sender of nordlys"]
    assert (sender.status, sender.found) == (
        Status.FAIL,
        "nordlys.example: verified False, DKIM PENDING",
    )
    assert checks["bounce events"].status is Status.FAIL
    assert "set-active-receipt-rule-set --rule-set-name kurv-replies" in checks["replies"].fix
    assert checks["sweep"].found == "no run in the last 5 minutes"
    assert checks["SendFailureQueue"].found == "1 message(s): claims the send function gave up on"
    assert checks["FeedbackFailureQueue"].status is Status.OK
    assert "8 checks: 5 failed, 1 to look at." in text


@pytest.mark.parametrize(
    "links",
    [
        "https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com",
        "https://d-abc123.execute-api.eu-west-1.amazonaws.com/",
        "https://kurv.s3.eu-west-1.amazonaws.com",
    ],
)
def test_links_on_an_aws_host_are_warned_of_with_the_fix(stack: LocalStack, links: str) -> None:
    outputs, _ = deployed(stack, healthy=True)
    sesv2, _ = ses_v2(sandbox=False, dkim="SUCCESS", bounces=True)

    checks = {
        check.name: check
        for check in doctor(stack, {**outputs, "LinksBaseUrl": links}, sesv2).checks()
    }

    assert checks["links"].status is Status.WARN
    assert "amazonaws.com" in checks["links"].found
    assert checks["links"].fix.startswith(
        'make deploy PARAMS="ApiDomainName=kurv.yourshop.example ApiCertificateArn='
    )
    assert "in eu-west-1" in checks["links"].fix
    assert "PublicBaseUrl" in checks["links"].fix


def test_links_on_the_shops_own_domain_pass(stack: LocalStack) -> None:
    outputs, _ = deployed(stack, healthy=True)
    sesv2, _ = ses_v2(sandbox=False, dkim="SUCCESS", bounces=True)
    outputs["LinksBaseUrl"] = "https://kurv.nordlys.example"

    checks = doctor(stack, outputs, sesv2).checks()

    assert ("links", Status.OK) in [(check.name, check.status) for check in checks]
    assert "All 9 checks passed." in report(checks)


def test_a_stack_that_is_not_kurv_says_so(
    stack: LocalStack,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:

    monkeypatch.chdir(tmp_path)
    template = {
        "Resources": {"Queue": {"Type": "AWS::SQS::Queue"}},
        "Outputs": {"ApiUrl": {"Value": "x"}},
    }
    stack.emulator.client("cloudformation").create_stack(
        StackName="kurv", TemplateBody=json.dumps(template)
    )

    assert cli.main(["doctor", "--stack", "kurv", "--region", "eu-west-1"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  stack outputs" in out
    assert "missing CartsTableName" in out


# ---------------------------------------------------------------- the local stack


def test_the_local_stack_is_checked_without_a_stack_name(
    stack: LocalStack, local_state: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    asked: list[str] = []

    def answers(url: str) -> bool:
        asked.append(url)
        return True

    monkeypatch.setattr("kurv_tools.cli.doctor._answers", answers)
    assert cli.main(ADD) == 0
    stack.verify_senders()
    capsys.readouterr()

    assert cli.main(["doctor"]) == 0

    out = capsys.readouterr().out
    assert asked == ["/_local/clock"]  # the state file's base URL (none in this test's)
    assert "ok    local stack" in out
    assert "ok    carts table" in out
    assert "ok    sender of nordlys" in out
    assert "warn  footer of nordlys" in out
    assert "kurv shop update nordlys --postal-address ... --company-number ..." in out


def test_the_local_doctor_says_json_and_fails_when_make_run_is_gone(
    stack: LocalStack, local_state: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setattr("kurv_tools.cli.doctor._answers", lambda url: False)
    stack.dynamodb.delete_table(TableName=stack.settings.replies_table)
    capsys.readouterr()

    assert cli.main(["doctor", "--json"]) == 1

    checks = {check["name"]: check for check in json.loads(capsys.readouterr().out)}
    assert checks["local stack"]["status"] == "FAIL"
    assert checks["local stack"]["fix"] == "start it with `make run`"
    assert checks["replies table"]["status"] == "FAIL"
    assert checks["carts table"]["status"] == "ok"
    assert checks["shops"]["status"] == "warn"  # none added yet


@pytest.mark.parametrize(
    ("identities", "status", "fix"),
    [
        ("nordlys.example", Status.OK, ""),
        ("other.example,hej@nordlys.example", Status.OK, ""),
        ("other.example", Status.FAIL, 'SenderIdentities=other.example,nordlys.example"'),
        (",".join(f"s{n}.example" for n in range(10)) + ",nordlys.example", Status.FAIL, "ten"),
    ],
)
def test_the_stack_must_be_allowed_to_send_as_each_shop(
    stack: LocalStack, identities: str, status: Status, fix: str
) -> None:
    outputs, _ = deployed(stack, healthy=True)
    sesv2, _ = ses_v2(sandbox=False, dkim="SUCCESS", bounces=True)

    checks = {
        check.name: check
        for check in doctor(stack, {**outputs, "SenderIdentities": identities}, sesv2).checks()
    }

    rights = checks["sending rights of nordlys"]
    assert rights.status is status
    assert fix in rights.fix
