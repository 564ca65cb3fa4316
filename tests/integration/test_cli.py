"""`kurv shop ...` against a running local stack, found through .kurv/local.json."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import ADD
from kurv_tools import cli
from kurv_tools.local.stack import LocalStack


def test_add_then_show_a_shop(
    local_state: Path, stack: LocalStack, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(ADD) == 0
    created = capsys.readouterr().out

    assert cli.main(["shop", "show", "nordlys"]) == 0
    shown = capsys.readouterr().out

    shop = stack.shop_store.get("nordlys")
    assert shop is not None
    assert shop.locale == "nb_NO"
    assert shop.currency == "NOK"
    assert [step.delay_seconds for step in shop.series] == [1800, 86400, 259200]
    assert shop.sender_name == "Nordlys Te"
    secret = shop.signing_secret.get_secret_value()
    assert secret in created  # shown once, at creation
    assert secret not in shown  # masked afterwards
    assert "30 min, 24 h, 72 h" in shown


def test_update_keeps_secrets_unless_rotated(
    local_state: Path, stack: LocalStack, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(ADD)
    before = stack.shop_store.get("nordlys")
    assert before is not None

    assert cli.main(["shop", "update", "nordlys", "--consent", "notice"]) == 0
    kept = stack.shop_store.get("nordlys")
    assert cli.main(["shop", "update", "nordlys", "--rotate-secret"]) == 0
    rotated = stack.shop_store.get("nordlys")

    assert kept is not None
    assert rotated is not None
    assert kept.consent_policy == "notice"
    assert kept.signing_secret == before.signing_secret
    assert rotated.signing_secret != before.signing_secret
    assert rotated.publishable_key == before.publishable_key


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["shop", "show", "nope"], "no shop 'nope'"),
        (["shop", "update", "nope", "--name", "x"], "create it with `kurv shop add`"),
        ([*ADD[:-2], "--restore-url", "https://nordlys.example/cart"], "{cart_id}"),
        ([*ADD, "--series", "1h,soon"], "not a duration"),
        ([*ADD[:6], "not-an-email", *ADD[7:]], "sender_email"),
    ],
)
def test_mistakes_get_a_clear_message_and_exit_2(
    local_state: Path, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(argv) == 2
    assert message in capsys.readouterr().err


def test_adding_an_existing_shop_points_to_update(
    local_state: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(ADD)
    assert cli.main(ADD) == 2
    assert "kurv shop update" in capsys.readouterr().err


def test_without_a_stack_the_cli_says_how_to_get_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KURV_SHOPS_TABLE", raising=False)

    assert cli.main(["shop", "list"]) == 2
    assert "make run" in capsys.readouterr().err


def test_a_coupon_can_be_set_on_one_step(
    local_state: Path, stack: LocalStack, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(ADD)

    assert cli.main(["shop", "update", "nordlys", "--coupon", "3=TAK10"]) == 0
    assert cli.main(["shop", "update", "nordlys", "--coupon", "4=NOPE"]) == 2

    shop = stack.shop_store.get("nordlys")
    assert shop is not None
    assert [step.coupon for step in shop.series] == [None, None, "TAK10"]
    assert [step.delay_seconds for step in shop.series] == [1800, 86400, 259200]  # kept
    assert "step 3: TAK10" in capsys.readouterr().out
