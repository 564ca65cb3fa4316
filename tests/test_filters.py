"""Lambda event filtering, as the local runner applies it to DynamoDB stream records."""

from __future__ import annotations

from typing import Any

import pytest

from kurv_tools.filters import matches, passes

MISSING = object()

CLAIMS: dict[str, Any] = {
    "eventName": ["MODIFY"],
    "dynamodb": {
        "NewImage": {"claim_id": {"S": [{"exists": True}]}},
        "OldImage": {"claim_id": {"S": [{"exists": False}]}},
    },
}


def stream_record(
    event: str, new: dict[str, Any] | None = None, old: dict[str, Any] | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "Keys": {"cart_id": {"S": "c1"}},
        "SequenceNumber": "111",
        "StreamViewType": "NEW_AND_OLD_IMAGES",
    }
    if new is not None:
        body["NewImage"] = new
    if old is not None:
        body["OldImage"] = old
    return {"eventID": "1", "eventName": event, "eventSource": "aws:dynamodb", "dynamodb": body}


CART = {"cart_id": {"S": "c1"}, "total": {"N": "42.5"}}
CLAIMED = {**CART, "claim_id": {"S": "k1"}}


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (stream_record("MODIFY", new=CLAIMED, old=CART), True),
        (stream_record("INSERT", new=CLAIMED), False),
        (stream_record("MODIFY", new=CLAIMED, old=CLAIMED), False),
        (stream_record("MODIFY", new=CART, old=CLAIMED), False),
        (stream_record("MODIFY", new=CART, old=CART), False),
        (stream_record("REMOVE", old=CLAIMED), False),
        (stream_record("REMOVE", old=CART), False),
    ],
    ids=[
        "claimed",
        "insert",
        "both-images",
        "only-old-image",
        "neither",
        "remove-claimed",
        "remove-unclaimed",
    ],
)
def test_claims_pattern(record: dict[str, Any], expected: bool) -> None:
    assert matches(CLAIMS, record) is expected
    assert passes([CLAIMS], record) is expected


LEAVES: list[tuple[list[Any], Any, bool]] = [
    # (leaf matchers, record value or MISSING, matches)
    (["x"], "x", True),
    (["x"], "y", False),
    (["x"], MISSING, False),
    (["X"], "x", False),
    (["a", "b"], "b", True),
    ([5], 5, True),
    ([5], 5.0, True),
    ([5], "5", False),
    (["5"], "5", True),
    (["5"], 5, False),
    ([True], True, True),
    ([True], 1, False),
    ([1], True, False),
    ([False], False, True),
    ([None], None, True),
    ([None], MISSING, False),
    ([""], "", True),
    ([""], None, False),
    ([{"exists": True}], "x", True),
    ([{"exists": True}], MISSING, False),
    ([{"exists": False}], MISSING, True),
    ([{"exists": False}], "x", False),
    ([{"exists": False}], "", False),
    # exists looks at leaves only: an object there counts as no value.
    ([{"exists": True}], {"S": "x"}, False),
    ([{"exists": False}], {"S": "x"}, True),
    ([{"exists": True}], [], False),
    ([{"exists": False}], [], True),
    ([{"prefix": "cart#"}], "cart#1", True),
    ([{"prefix": "cart#"}], "shop#1", False),
    ([{"prefix": "cart#"}], MISSING, False),
    ([{"prefix": "5"}], 50, False),
    ([{"suffix": ".png"}], "a.png", True),
    ([{"suffix": ".png"}], "a.jpg", False),
    ([{"equals-ignore-case": "claimed"}], "CLAIMED", True),
    ([{"equals-ignore-case": "claimed"}], "claim", False),
    ([{"equals-ignore-case": "5"}], 5, False),
    ([{"anything-but": "x"}], "y", True),
    ([{"anything-but": "x"}], "x", False),
    ([{"anything-but": "x"}], MISSING, False),
    ([{"anything-but": "x"}], 5, True),
    ([{"anything-but": ["a", "b"]}], "c", True),
    ([{"anything-but": ["a", "b"]}], "b", False),
    ([{"anything-but": [1, 2]}], 3, True),
    ([{"anything-but": [1, 2]}], 2.0, False),
    ([{"anything-but": {"prefix": "tmp-"}}], "tmp-1", False),
    ([{"anything-but": {"prefix": "tmp-"}}], "real", True),
    ([{"anything-but": {"prefix": "tmp-"}}], MISSING, False),
    ([{"anything-but": {"suffix": ".png"}}], "a.png", False),
    ([{"anything-but": {"suffix": ".png"}}], "a.jpg", True),
    ([{"anything-but": {"equals-ignore-case": "x"}}], "X", False),
    ([{"anything-but": {"equals-ignore-case": "x"}}], "y", True),
    ([{"numeric": [">", 0, "<=", 5]}], 5, True),
    ([{"numeric": [">", 0, "<=", 5]}], 3.5, True),
    ([{"numeric": [">", 0, "<=", 5]}], 0, False),
    ([{"numeric": [">", 0, "<=", 5]}], 6, False),
    # Lambda compares JSON numbers only: DynamoDB's "N" strings never match numerically.
    ([{"numeric": [">", 0, "<=", 5]}], "5", False),
    ([{"numeric": [">", 0, "<=", 5]}], "-1", False),
    ([{"numeric": [">", 0, "<=", 5]}], "abc", False),
    ([{"numeric": [">", 0, "<=", 5]}], True, False),
    ([{"numeric": [">", 0, "<=", 5]}], MISSING, False),
    ([{"numeric": ["=", 3.018e2]}], 301.8, True),
    ([{"numeric": ["=", 3.018e2]}], "301.8", False),
    ([{"numeric": ["<", 10]}], "1e3", False),
    ([{"numeric": ["<", 10]}], "1_0", False),
    ([{"numeric": [">=", 10]}], 10, True),
    ([{"numeric": ["<", 10, ">", 0]}], 7, True),
    (["x", {"prefix": "y"}, {"exists": False}], MISSING, True),
    (["x", {"prefix": "y"}], "yes", True),
    # An array in the record matches when any of its elements does.
    (["b"], ["a", "b"], True),
    (["c"], ["a", "b"], False),
    (["x"], [["x"]], True),
    ([{"anything-but": "a"}], ["a"], False),
    ([{"anything-but": "a"}], ["a", "b"], True),
    ([{"numeric": [">", 10]}], [1, 20], True),
    ([{"exists": True}], ["x"], True),
    ([{"exists": False}], ["x"], False),
]


@pytest.mark.parametrize(("leaf", "value", "expected"), LEAVES)
def test_leaf_matchers(leaf: list[Any], value: Any, expected: bool) -> None:
    record: dict[str, Any] = {"other": "z"} if value is MISSING else {"other": "z", "f": value}
    assert matches({"f": leaf}, record) is expected


def test_every_key_must_match() -> None:
    pattern = {
        "eventName": ["INSERT", "MODIFY"],
        "dynamodb": {
            "Keys": {"cart_id": {"S": [{"prefix": "c"}]}},
            "NewImage": {"total": {"N": ["42.5", "50"]}},
        },
    }
    assert matches(pattern, stream_record("INSERT", new=CART))
    assert not matches(pattern, stream_record("REMOVE", old=CART))
    assert not matches(pattern, stream_record("INSERT", new={**CART, "total": {"N": "3"}}))
    assert not matches(pattern, stream_record("INSERT", new={"cart_id": {"S": "c1"}}))


def test_a_scalar_where_the_pattern_expects_an_object_has_no_fields() -> None:
    record = {"dynamodb": "oops"}
    assert not matches({"dynamodb": {"NewImage": {"S": ["x"]}}}, record)
    assert matches({"dynamodb": {"NewImage": {"S": [{"exists": False}]}}}, record)


def test_arrays_of_objects_match_element_by_element() -> None:
    record = {"items": [{"sku": "A", "qty": 1}, {"sku": "B", "qty": 2}]}
    assert matches({"items": {"sku": ["B"]}}, record)
    assert matches({"items": {"sku": ["A"], "qty": [1]}}, record)
    assert not matches({"items": {"sku": ["A"], "qty": [2]}}, record)


def test_dynamodb_list_attribute() -> None:
    record = stream_record("MODIFY", new={"tags": {"L": [{"S": "new"}, {"S": "vip"}]}})
    assert matches({"dynamodb": {"NewImage": {"tags": {"L": {"S": ["vip"]}}}}}, record)
    assert not matches({"dynamodb": {"NewImage": {"tags": {"L": {"S": ["old"]}}}}}, record)


def test_or_at_the_top_level() -> None:
    pattern = {
        "$or": [
            {"eventName": ["INSERT"]},
            {"dynamodb": {"NewImage": {"claim_id": {"S": [{"exists": True}]}}}},
        ]
    }
    assert matches(pattern, stream_record("INSERT", new=CART))
    assert matches(pattern, stream_record("MODIFY", new=CLAIMED, old=CART))
    assert not matches(pattern, stream_record("MODIFY", new=CART, old=CART))


def test_or_combines_with_its_siblings() -> None:
    pattern = {
        "eventName": ["MODIFY"],
        "dynamodb": {
            "NewImage": {
                "$or": [
                    {"claim_id": {"S": [{"exists": True}]}},
                    {"total": {"N": ["100"]}},
                ]
            }
        },
    }
    assert matches(pattern, stream_record("MODIFY", new=CLAIMED, old=CART))
    assert matches(pattern, stream_record("MODIFY", new={**CART, "total": {"N": "100"}}))
    assert not matches(pattern, stream_record("MODIFY", new=CART, old=CART))
    assert not matches(pattern, stream_record("INSERT", new=CLAIMED))


def test_or_nests() -> None:
    pattern = {"$or": [{"a": ["1"]}, {"$or": [{"b": ["2"]}, {"c": ["3"]}]}]}
    assert matches(pattern, {"c": "3"})
    assert not matches(pattern, {"c": "4"})


def test_patterns_are_ored() -> None:
    inserts = {"eventName": ["INSERT"]}
    removes = {"eventName": ["REMOVE"]}
    assert passes([inserts, removes], stream_record("REMOVE", old=CART))
    assert passes([inserts, removes], stream_record("INSERT", new=CART))
    assert not passes([inserts, removes], stream_record("MODIFY", new=CART, old=CART))


@pytest.mark.parametrize("event", ["INSERT", "MODIFY", "REMOVE"])
def test_no_patterns_pass_everything(event: str) -> None:
    assert passes([], stream_record(event, new=CART, old=CART))


MALFORMED: list[tuple[Any, str]] = [
    ({"eventName": "INSERT"}, "list of matchers"),
    ({"eventName": 5}, "list of matchers"),
    ({"eventName": []}, "at least one matcher"),
    ({}, "empty object"),
    ({"dynamodb": {}}, "empty object"),
    ({"a": [["x"]]}, "nested lists"),
    ({"a": [{"regex": "x"}]}, "unknown operator 'regex'"),
    ({"a": [{"prefix": "x", "suffix": "y"}]}, "exactly one operator"),
    ({"a": [{}]}, "exactly one operator"),
    ({"a": [{"exists": "true"}]}, "true or false"),
    ({"a": [{"prefix": 5}]}, "needs a string"),
    ({"a": [{"equals-ignore-case": ["x"]}]}, "needs a string"),
    ({"a": [{"numeric": [">", "5"]}]}, "needs a number"),
    ({"a": [{"numeric": [">", True]}]}, "needs a number"),
    ({"a": [{"numeric": ["!=", 5]}]}, "unknown numeric operator"),
    ({"a": [{"numeric": [">", 1, "<"]}]}, "pairs"),
    ({"a": [{"numeric": []}]}, "pairs"),
    ({"a": [{"numeric": 5}]}, "pairs"),
    ({"a": [{"numeric": [">", 1, ">=", 2]}]}, "upper bound"),
    ({"a": [{"numeric": ["=", 1, "<", 2]}]}, "upper bound"),
    ({"a": [{"anything-but": []}]}, "anything-but"),
    ({"a": [{"anything-but": ["x", 1]}]}, "anything-but"),
    ({"a": [{"anything-but": None}]}, "anything-but"),
    ({"a": [{"anything-but": {"numeric": [">", 1]}}]}, "unknown operator 'numeric'"),
    ({"a": [{"anything-but": {"prefix": "x", "suffix": "y"}}]}, "exactly one"),
    ({"$or": [{"a": ["x"]}]}, "at least two"),
    ({"$or": {"a": ["x"]}}, "at least two"),
    ({"$or": [{"a": ["x"]}, "b"]}, "two pattern objects"),
    ({"$or": [{"a": ["x"]}, {"b": "y"}]}, "list of matchers"),
]


@pytest.mark.parametrize(("pattern", "message"), MALFORMED)
def test_malformed_patterns_are_refused(pattern: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        matches(pattern, {"a": "x", "eventName": "INSERT"})


def test_errors_name_the_path() -> None:
    with pytest.raises(ValueError, match=r"^pattern\.dynamodb\.NewImage\.claim_id\.S: "):
        matches({"dynamodb": {"NewImage": {"claim_id": {"S": "x"}}}}, {})


def test_a_pattern_is_checked_whole_before_any_record() -> None:
    bad = {"eventName": ["INSERT"], "dynamodb": {"Keys": {"id": {"S": "x"}}}}
    with pytest.raises(ValueError, match="list of matchers"):
        matches(bad, stream_record("REMOVE", old=CART))
    with pytest.raises(ValueError, match="list of matchers"):
        passes([{"eventName": ["REMOVE"]}, bad], stream_record("REMOVE", old=CART))
