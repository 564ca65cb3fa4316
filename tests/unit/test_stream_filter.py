"""template.yaml's FilterCriteria for send, run through moto's EventBridge matcher (the
syntax Lambda's event filtering uses): send is woken for a new claim, and for nothing else."""

from __future__ import annotations

from typing import Any

import pytest

from kurv_tools.building.template import stream_filter, stream_filter_patterns

CLAIMED = {"pk": {"S": "s#c1"}, "claim_id": {"S": "k1"}, "due_at": {"N": "1"}}
UNCLAIMED = {"pk": {"S": "s#c1"}, "due_at": {"N": "1"}}
MARKED = {**CLAIMED, "sending_step": {"N": "1"}}


def record(name: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> dict[str, Any]:
    """A DynamoDB stream record as Lambda hands it to a function."""
    dynamodb: dict[str, Any] = {"Keys": {"pk": {"S": "s#c1"}}, "SequenceNumber": "1"}
    if old is not None:
        dynamodb["OldImage"] = old
    if new is not None:
        dynamodb["NewImage"] = new
    return {"eventName": name, "eventSource": "aws:dynamodb", "dynamodb": dynamodb}


def test_send_has_exactly_one_filter() -> None:
    assert len(stream_filter_patterns("SendFunction")) == 1


@pytest.mark.parametrize(
    ("name", "old", "new", "delivered"),
    [
        pytest.param("MODIFY", UNCLAIMED, CLAIMED, True, id="a claim"),
        pytest.param("MODIFY", {"pk": {"S": "s#c1"}}, CLAIMED, True, id="a claim of a bare cart"),
        pytest.param("MODIFY", CLAIMED, MARKED, False, id="marked as sending"),
        pytest.param("MODIFY", MARKED, UNCLAIMED, False, id="finished"),
        pytest.param("MODIFY", CLAIMED, UNCLAIMED, False, id="a stale claim released"),
        pytest.param("MODIFY", UNCLAIMED, UNCLAIMED, False, id="tracked activity"),
        # The filter lets this through, but it cannot happen: a claim is a conditional
        # update of an existing, due cart (tests/integration/test_sweep.py: a claim never
        # creates one).
        pytest.param("INSERT", None, CLAIMED, True, id="a new item with a claim"),
        pytest.param("INSERT", None, UNCLAIMED, False, id="a new cart"),
        pytest.param("REMOVE", CLAIMED, None, False, id="expired by TTL"),
        pytest.param(
            "MODIFY",
            UNCLAIMED,
            {**UNCLAIMED, "claim_id": {"N": "1"}},
            False,
            id="claim_id of another type",
        ),
    ],
)
def test_only_a_new_claim_reaches_send(
    name: str, old: dict[str, Any] | None, new: dict[str, Any] | None, delivered: bool
) -> None:
    assert stream_filter("SendFunction")(record(name, old, new)) is delivered


def test_a_function_without_a_stream_event_is_an_error() -> None:
    with pytest.raises(LookupError):
        stream_filter("TrackFunction")
