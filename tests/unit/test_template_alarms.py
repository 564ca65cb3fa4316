"""The alarms as AWS runs them: they reach someone, they fire on what breaks, and they fire
again on the next failure. Read from the template SAM deploys, transformed where SAM
generates the resource (the sweep's EventInvokeConfig)."""

from __future__ import annotations

from typing import Any

import pytest

from kurv.core.observability import Metric
from kurv_tools.building.template import load_template, resources, transformed

ALARM = "AWS::CloudWatch::Alarm"


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return load_template()


@pytest.fixture(scope="module")
def alarms(template: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {name: alarm["Properties"] for name, alarm in resources(template, ALARM).items()}


def alarms_on(alarms: dict[str, dict[str, Any]], metric: str, **dimension: str) -> list[str]:
    """The alarms on `metric` whose dimensions include `dimension` (a !Ref or !GetAtt name)."""
    found = []
    for name, alarm in alarms.items():
        if alarm.get("MetricName") != metric:
            continue
        targets = {
            dim["Name"]: dim["Value"].get("Ref") or dim["Value"].get("Fn::GetAtt", [None])[0]
            for dim in alarm.get("Dimensions", [])
            if isinstance(dim["Value"], dict)
        }
        if all(targets.get(key) == value for key, value in dimension.items()):
            found.append(name)
    return found


def test_the_alarm_topic_can_be_published_to_by_cloudwatch(template: dict[str, Any]) -> None:
    # CloudWatch cannot use the AWS-managed SNS key: such a topic silently drops every alarm.
    topic = template["Resources"]["AlarmTopic"]["Properties"]
    key = topic.get("KmsMasterKeyId")
    if key is None:
        return
    assert "alias/aws/" not in str(key), "the AWS-managed key locks CloudWatch out"
    key_id = key.get("Ref") or key.get("Fn::GetAtt", [None])[0]
    policy = template["Resources"][key_id]["Properties"]["KeyPolicy"]
    principals = [statement.get("Principal", {}) for statement in policy["Statement"]]
    assert {"Service": "cloudwatch.amazonaws.com"} in principals


def test_every_alarm_notifies_the_topic(alarms: dict[str, dict[str, Any]]) -> None:
    assert alarms
    for name, alarm in alarms.items():
        assert {"Ref": "AlarmTopic"} in alarm.get("AlarmActions", []), name


def test_sweep_errors_raise_an_alarm(alarms: dict[str, dict[str, Any]]) -> None:
    # Invocations counts failed runs too, so "the sweep ran" is not "the sweep worked".
    (name,) = alarms_on(alarms, "Errors", FunctionName="SweepFunction")
    alarm = alarms[name]
    assert alarm["Namespace"] == "AWS/Lambda"
    assert alarm["ComparisonOperator"] == "GreaterThanThreshold"
    assert alarm["Threshold"] == 0
    assert alarm["Period"] * alarm["EvaluationPeriods"] <= 10 * 60


def test_a_missing_backlog_figure_breaches(alarms: dict[str, dict[str, Any]]) -> None:
    # The backlog is published only when a sweep finishes: no figure, no working sweep.
    (name,) = alarms_on(alarms, "SweepBacklog")
    assert alarms[name]["TreatMissingData"] == "breaching"


def test_the_scheduled_sweep_is_not_retried_by_lambda(template: dict[str, Any]) -> None:
    configs = [
        config["Properties"]
        for config in resources(transformed(template), "AWS::Lambda::EventInvokeConfig").values()
        if config["Properties"]["FunctionName"] == {"Ref": "SweepFunction"}
    ]
    assert len(configs) == 1
    assert configs[0]["MaximumRetryAttempts"] == 0
    # The next minute's sweep is the retry: an old event is worth nothing.
    assert configs[0]["MaximumEventAgeInSeconds"] <= 120


def work_queues(template: dict[str, Any]) -> set[str]:
    """The queues a function takes its work from (an SQS event), not failures."""
    return {
        event["Properties"]["Queue"]["Fn::GetAtt"][0]
        for function in resources(template, "AWS::Serverless::Function").values()
        for event in function["Properties"].get("Events", {}).values()
        if event["Type"] == "SQS"
    }


def test_dead_letter_alarms_fire_again_on_the_next_failure(
    template: dict[str, Any], alarms: dict[str, dict[str, Any]]
) -> None:
    queues = set(resources(template, "AWS::SQS::Queue")) - work_queues(template)
    assert queues
    for queue in queues:
        on_queue = alarms_on(alarms, "NumberOfMessagesSent", QueueName=queue)
        assert len(on_queue) == 1, f"{queue} needs one alarm on messages arriving"
        alarm = alarms[on_queue[0]]
        assert alarm["Statistic"] == "Sum"
        assert alarm["Threshold"] == 0
        assert alarm["TreatMissingData"] == "notBreaching"
        # "Visible" stays above zero until someone empties the queue: one alarm, forever.
        assert not alarms_on(alarms, "ApproximateNumberOfMessagesVisible", QueueName=queue)


def test_every_stream_consumer_has_an_iterator_age_alarm(
    template: dict[str, Any], alarms: dict[str, dict[str, Any]]
) -> None:
    consumers = {
        name: event["Properties"]
        for name, function in resources(template, "AWS::Serverless::Function").items()
        for event in function["Properties"].get("Events", {}).values()
        if event["Type"] == "DynamoDB"
    }
    assert consumers
    for function, stream in consumers.items():
        (name,) = alarms_on(alarms, "IteratorAge", FunctionName=function)
        # It must warn before records are old enough to be given up on.
        assert alarms[name]["Threshold"] < stream["MaximumRecordAgeInSeconds"] * 1000
        assert alarms[name]["Statistic"] == "Maximum"


def test_held_storefront_contacts_raise_an_alarm(alarms: dict[str, dict[str, Any]]) -> None:
    (name,) = alarms_on(alarms, Metric.BROWSER_CONTACTS_HELD.value)
    assert alarms[name]["Namespace"] == "Kurv"
    assert {"Name": "service", "Value": "track"} in alarms[name]["Dimensions"]


def test_a_work_queue_has_a_dead_letter_queue_and_an_alarm_on_waiting(
    template: dict[str, Any], alarms: dict[str, dict[str, Any]]
) -> None:
    queues = work_queues(template)
    assert queues == {"PrivacyQueue"}
    for queue in queues:
        properties = template["Resources"][queue]["Properties"]
        dead_letters = properties["RedrivePolicy"]["deadLetterTargetArn"]["Fn::GetAtt"][0]
        assert alarms_on(alarms, "NumberOfMessagesSent", QueueName=dead_letters)
        # Work arrives all the time: an alarm on arrivals would ring for every request.
        assert not alarms_on(alarms, "NumberOfMessagesSent", QueueName=queue)
        (name,) = alarms_on(alarms, "ApproximateAgeOfOldestMessage", QueueName=queue)
        assert alarms[name]["Threshold"] < properties["MessageRetentionPeriod"]


def test_the_privacy_function_reports_each_failed_message(template: dict[str, Any]) -> None:
    function = template["Resources"]["PrivacyFunction"]["Properties"]
    [event] = function["Events"].values()
    queue = template["Resources"]["PrivacyQueue"]["Properties"]

    assert event["Properties"]["FunctionResponseTypes"] == ["ReportBatchItemFailures"]
    # A message must stay hidden while the function may still work on it.
    assert queue["VisibilityTimeout"] >= 6 * function["Timeout"]
    assert function["Environment"]["Variables"]["POWERTOOLS_SERVICE_NAME"] == "privacy"
