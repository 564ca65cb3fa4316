"""kurv_tools.measure.costs: DynamoDB's units sized as AWS bills them, and the prices applied."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kurv_tools.measure import costs


def test_an_item_is_sized_by_its_names_and_values() -> None:
    assert costs.item_size({"pk": {"S": "abc"}}) == 5
    assert costs.item_size({"n": {"N": "12345"}}) == 1 + 3 + 1  # 3 bytes for 5 digits, +1
    assert costs.item_size({"b": {"BOOL": True}, "z": {"NULL": True}}) == 4
    assert costs.item_size({"l": {"L": [{"S": "ab"}]}}) == 1 + 3 + 1 + 2
    assert costs.item_size({"m": {"M": {"k": {"S": "v"}}}}) == 1 + 3 + 1 + 1 + 1


def test_a_write_costs_a_unit_per_started_kilobyte_of_the_larger_version() -> None:
    small, large = {"a": {"S": "x" * 10}}, {"a": {"S": "x" * 1500}}

    assert costs.write_units(None, small) == 1
    assert costs.write_units(small, large) == 2
    assert costs.write_units(large, None) == 2  # a delete, of the larger one


def test_an_index_is_written_only_when_its_key_changes() -> None:
    keys = ("due_shard", "due_at")
    due = {"due_shard": {"N": "1"}, "due_at": {"N": "100"}}

    assert costs.index_writes(None, due, keys) == 1  # enters the index
    assert costs.index_writes(due, {**due, "due_at": {"N": "200"}}, keys) == 2  # moves
    assert costs.index_writes(due, {**due, "other": {"S": "x"}}, keys) == 0
    assert costs.index_writes(due, {"due_shard": {"N": "1"}}, keys) == 1  # leaves it


def test_reads_cost_half_when_eventually_consistent() -> None:
    assert costs.read_units(100, consistent=True) == 1.0
    assert costs.read_units(100, consistent=False) == 0.5
    assert costs.read_units(5000, consistent=False) == 1.0


def test_usage_is_priced_per_service() -> None:
    usage = costs.Usage(api_requests=1, lambda_invocations=1, write_units=2, emails=0)

    dollars = usage.dollars()

    assert dollars["API Gateway"] == pytest.approx(1e-6)
    assert dollars["DynamoDB"] == pytest.approx(2 * 0.625e-6)
    assert dollars["SES"] == 0
    assert costs.per(costs.Usage(emails=1), 1000) == Decimal("0.10")


def test_the_fixed_costs_count_the_templates_resources() -> None:
    template = {
        "Resources": {
            "A": {"Type": "AWS::CloudWatch::Alarm"},
            "B": {"Type": "AWS::CloudWatch::Alarm"},
            "D": {"Type": "AWS::CloudWatch::Dashboard"},
            "S": {"Type": "AWS::SecretsManager::Secret"},
        }
    }

    fixed = costs.fixed_month(template, sweep_seconds=0.1)

    assert fixed["alarms"] == pytest.approx(0.20)
    assert fixed["dashboard"] == pytest.approx(3.00)
    assert fixed["secrets"] == pytest.approx(0.40)
    assert fixed["the sweep's metrics"] == pytest.approx(0.60)  # two, every hour
    assert costs.metrics_month(38) == pytest.approx(11.40)
    assert 0 < fixed["sweep every minute"] < 1
