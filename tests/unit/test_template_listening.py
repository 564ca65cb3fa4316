"""Receiving replies and hearing bounces, read as AWS will run them: SES may write the
bucket and invoke the function for this account's rule only, the rule waits for both
grants, the bucket is private and forgets, and the bounce events the configuration set
publishes are the ones the feedback rule matches."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kurv_tools.building.template import load_template, transformed
from kurv_tools.local.simulator import feedback_event


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return load_template()


def props(template: dict[str, Any], name: str) -> dict[str, Any]:
    return dict(template["Resources"][name]["Properties"])


RULE_ARN = (
    "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:receipt-rule-set/"
    "${AWS::StackName}-replies:receipt-rule/${AWS::StackName}-replies"
)


def test_receiving_is_there_only_with_a_reply_domain(template: dict[str, Any]) -> None:
    receiving = [
        "RepliesFunction",
        "RepliesLogGroup",
        "ReplyFailureQueue",
        "RepliesFunctionSesPermission",
        "ReplyBucket",
        "ReplyBucketPolicy",
        "ReplyRuleSet",
        "ReplyRule",
    ]
    for name in receiving:
        assert template["Resources"][name].get("Condition") == "ReceivesReplies", name
    assert template["Conditions"]["ReceivesReplies"] == {
        "Fn::Not": [{"Fn::Equals": [{"Ref": "ReplyDomain"}, ""]}]
    }


def test_the_rule_stores_then_invokes_and_waits_for_both_grants(template: dict[str, Any]) -> None:
    rule = template["Resources"]["ReplyRule"]
    spec = rule["Properties"]["Rule"]

    assert set(rule["DependsOn"]) == {"ReplyBucketPolicy", "RepliesFunctionSesPermission"}
    assert spec["Recipients"] == [{"Ref": "ReplyDomain"}]
    assert spec["Enabled"] is True
    assert spec["ScanEnabled"] is True  # spam and virus verdicts for the function
    store, invoke = spec["Actions"]
    assert store["S3Action"] == {
        "BucketName": {"Ref": "ReplyBucket"},
        "ObjectKeyPrefix": "replies/",
    }
    assert invoke["LambdaAction"]["InvocationType"] == "Event"
    assert invoke["LambdaAction"]["FunctionArn"] == {"Fn::GetAtt": ["RepliesFunction", "Arn"]}
    # The names the grants are scoped to are the rule's own.
    assert spec["Name"] == {"Fn::Sub": "${AWS::StackName}-replies"}
    assert props(template, "ReplyRuleSet")["RuleSetName"] == {
        "Fn::Sub": "${AWS::StackName}-replies"
    }


def test_only_this_accounts_rule_may_invoke_the_function(template: dict[str, Any]) -> None:
    permission = props(template, "RepliesFunctionSesPermission")

    assert permission["Principal"] == "ses.amazonaws.com"
    assert permission["Action"] == "lambda:InvokeFunction"
    assert permission["SourceAccount"] == {"Ref": "AWS::AccountId"}
    assert permission["SourceArn"] == {"Fn::Sub": RULE_ARN}


def test_the_bucket_is_private_encrypted_and_forgets(template: dict[str, Any]) -> None:
    bucket = props(template, "ReplyBucket")

    assert all(bucket["PublicAccessBlockConfiguration"].values())
    assert len(bucket["PublicAccessBlockConfiguration"]) == 4
    encryption = bucket["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]
    # SSE-S3: SES writes to it without a KMS grant of its own.
    assert encryption["ServerSideEncryptionByDefault"]["SSEAlgorithm"] == "AES256"
    [rule] = bucket["LifecycleConfiguration"]["Rules"]
    assert rule["Status"] == "Enabled"
    assert rule["ExpirationInDays"] == {"Ref": "ReplyRetentionDays"}
    assert "Prefix" not in rule  # everything in it expires
    assert bucket["OwnershipControls"]["Rules"] == [{"ObjectOwnership": "BucketOwnerEnforced"}]


def test_ses_may_only_put_replies_for_this_accounts_rule(template: dict[str, Any]) -> None:
    statements = {
        statement["Sid"]: statement
        for statement in props(template, "ReplyBucketPolicy")["PolicyDocument"]["Statement"]
    }
    put = statements["SesStoresReplies"]

    assert put["Effect"] == "Allow"
    assert put["Principal"] == {"Service": "ses.amazonaws.com"}
    assert put["Action"] == "s3:PutObject"
    assert put["Resource"] == {"Fn::Sub": "${ReplyBucket.Arn}/replies/*"}
    assert put["Condition"]["StringEquals"] == {
        "AWS:SourceAccount": {"Ref": "AWS::AccountId"},
        "AWS:SourceArn": {"Fn::Sub": RULE_ARN},
    }
    tls = statements["TlsOnly"]
    assert tls["Effect"] == "Deny"
    assert tls["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}


def test_the_function_reads_only_what_ses_stored(template: dict[str, Any]) -> None:
    statements = props(template, "RepliesFunction")["Policies"][0]["Statement"]
    reads = [statement for statement in statements if statement["Action"] == "s3:GetObject"]

    assert [statement["Resource"] for statement in reads] == [
        {"Fn::Sub": "${ReplyBucket.Arn}/replies/*"}
    ]


def test_ses_retries_are_bounded_and_failures_kept(template: dict[str, Any]) -> None:
    config = props(template, "RepliesFunction")["EventInvokeConfig"]

    assert config["MaximumRetryAttempts"] == 2
    assert config["DestinationConfig"]["OnFailure"]["Destination"] == {
        "Fn::GetAtt": ["ReplyFailureQueue", "Arn"]
    }


def test_the_configuration_set_publishes_bounces_and_complaints(
    template: dict[str, Any],
) -> None:
    destination = props(template, "SesFeedbackDestination")

    assert destination["ConfigurationSetName"] == {"Ref": "SesConfigurationSet"}
    events = destination["EventDestination"]
    assert events["Enabled"] is True
    assert sorted(events["MatchingEventTypes"]) == ["BOUNCE", "COMPLAINT"]
    assert events["EventBridgeDestination"]["EventBusArn"]["Fn::Sub"].endswith(":event-bus/default")


@pytest.mark.parametrize("kind", ["bounce", "complaint"])
def test_the_feedback_rule_matches_what_ses_publishes(template: dict[str, Any], kind: str) -> None:
    # The local mailbox simulator's events (shaped as SES's) against the deployed pattern.
    from moto.events.models import EventPattern

    pattern = props(template, "FeedbackFunction")["Events"]["BouncesAndComplaints"]["Properties"][
        "Pattern"
    ]
    raw = {
        "id": "m-1",
        "raw_data": f"From: shop@example.com\r\nTo: {kind}@simulator.amazonses.com\r\n"
        "X-Kurv-Shop: nordlys\r\nX-Kurv-Step: 1\r\nSubject: x\r\n\r\nhi\r\n",
    }
    event = feedback_event(raw, 1_795_000_000)

    assert event is not None
    assert EventPattern.load(json.dumps(pattern)).matches_event(event)  # type: ignore[arg-type]
    delivered = {**event, "detail-type": "Email Delivered"}
    assert not EventPattern.load(json.dumps(pattern)).matches_event(delivered)  # type: ignore[arg-type]


def test_eventbridge_may_park_what_it_cannot_deliver(template: dict[str, Any]) -> None:
    event = props(template, "FeedbackFunction")["Events"]["BouncesAndComplaints"]["Properties"]
    [statement] = props(template, "FeedbackFailureQueuePolicy")["PolicyDocument"]["Statement"]

    assert event["DeadLetterConfig"]["Arn"] == {"Fn::GetAtt": ["FeedbackFailureQueue", "Arn"]}
    assert statement["Principal"] == {"Service": "events.amazonaws.com"}
    assert statement["Action"] == "sqs:SendMessage"
    assert statement["Condition"]["StringEquals"] == {
        "aws:SourceAccount": {"Ref": "AWS::AccountId"}
    }


@pytest.mark.parametrize(
    ("metric", "threshold"),
    [("Reputation.BounceRate", 0.05), ("Reputation.ComplaintRate", 0.001)],
)
def test_the_accounts_reputation_is_watched(
    template: dict[str, Any], metric: str, threshold: float
) -> None:
    [alarm] = [
        resource["Properties"]
        for resource in template["Resources"].values()
        if resource["Type"] == "AWS::CloudWatch::Alarm"
        and resource["Properties"].get("MetricName") == metric
    ]

    assert alarm["Namespace"] == "AWS/SES"
    assert alarm["Threshold"] == threshold
    assert alarm["ComparisonOperator"] == "GreaterThanThreshold"
    assert alarm["AlarmActions"] == [{"Ref": "AlarmTopic"}]


def test_sam_turns_the_feedback_rule_into_eventbridge_with_a_dead_letter_queue(
    template: dict[str, Any],
) -> None:
    rules = [
        resource["Properties"]
        for resource in transformed(template)["Resources"].values()
        if resource["Type"] == "AWS::Events::Rule"
        and resource["Properties"].get("EventPattern", {}).get("source") == ["aws.ses"]
    ]

    [rule] = rules
    [target] = rule["Targets"]
    assert target["DeadLetterConfig"]["Arn"] == {"Fn::GetAtt": ["FeedbackFailureQueue", "Arn"]}
    assert target["RetryPolicy"]["MaximumRetryAttempts"] == 10
