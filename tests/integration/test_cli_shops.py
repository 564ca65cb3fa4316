"""The shop CLI's options, a deployed stack found in the right region, and a stale local
state file answered in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import SecretStr

from helpers import ADD
from kurv_tools import cli
from kurv_tools.local.stack import LocalStack
from kurv_tools.local.state import LocalState
from localserver import free_port


@pytest.mark.parametrize("option", ["--inactive", "--rotate-secret", "--active"])
def test_add_takes_no_update_only_options(
    local_state: Path, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as raised:
        cli.main([*ADD, option])

    assert raised.value.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err


def test_a_shop_can_be_switched_off_and_on_again(local_state: Path, stack: LocalStack) -> None:
    cli.main(ADD)

    assert cli.main(["shop", "update", "nordlys", "--inactive"]) == 0
    assert stack.shop_store.get("nordlys").active is False  # type: ignore[union-attr]
    assert cli.main(["shop", "update", "nordlys", "--active"]) == 0
    assert stack.shop_store.get("nordlys").active is True  # type: ignore[union-attr]


def test_coupons_survive_new_delays_and_can_be_cleared(
    local_state: Path, stack: LocalStack
) -> None:
    cli.main(ADD)
    cli.main(["shop", "update", "nordlys", "--coupon", "2=HEJ", "--coupon", "3=TAK10"])

    assert cli.main(["shop", "update", "nordlys", "--series", "1h,2d,4d"]) == 0
    shop = stack.shop_store.get("nordlys")
    assert shop is not None
    assert [step.coupon for step in shop.series] == [None, "HEJ", "TAK10"]
    assert [step.delay_seconds for step in shop.series] == [3600, 172800, 345600]

    assert cli.main(["shop", "update", "nordlys", "--coupon", "3="]) == 0
    shop = stack.shop_store.get("nordlys")
    assert shop is not None
    assert [step.coupon for step in shop.series] == [None, "HEJ", None]


def test_a_coupons_worth_goes_with_its_coupon(local_state: Path, stack: LocalStack) -> None:
    cli.main(ADD)
    argv = ["shop", "update", "nordlys", "--coupon", "3=TAK10", "--coupon-worth", "3=10%"]

    assert cli.main(argv) == 0
    assert cli.main(["shop", "update", "nordlys", "--series", "1h,2d,4d"]) == 0
    shop = stack.shop_store.get("nordlys")
    assert shop is not None
    assert (shop.series[2].coupon, shop.series[2].coupon_worth) == ("TAK10", "10%")
    # A worth needs a code; clearing the code clears its worth.
    assert cli.main(["shop", "update", "nordlys", "--coupon-worth", "2=10%"]) == 2
    assert cli.main(["shop", "update", "nordlys", "--coupon", "3="]) == 0
    shop = stack.shop_store.get("nordlys")
    assert shop is not None
    assert (shop.series[2].coupon, shop.series[2].coupon_worth) == (None, None)


def test_who_signs_and_who_sends_by_law(
    local_state: Path, stack: LocalStack, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(ADD)
    argv = ["shop", "update", "nordlys", "--signer-name", "Mette", "--signer-role", "kundeservice"]
    argv += ["--postal-address", "Nørregade 1, 1165 København K"]
    argv += ["--company-number", "CVR 12345678", "--formality", "informal"]
    argv += ["--logo-url", "https://nordlys.example/logo.png"]

    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "Mette, kundeservice" in out
    assert "Nørregade 1, 1165 København K · CVR 12345678" in out
    assert "informal (German: du)" in out
    assert cli.main(["shop", "update", "nordlys", "--signer-name", ""]) == 0  # '' clears
    shop = stack.shop_store.get("nordlys")
    assert shop is not None
    assert (shop.signer_name, shop.signer_role) == (None, "kundeservice")
    assert shop.logo_url == "https://nordlys.example/logo.png"
    # A logo elsewhere is refused with the hosts it may use.
    assert cli.main(["shop", "update", "nordlys", "--logo-url", "https://evil.example/x.png"]) == 2
    assert "the logo must be on the shop's own hosts" in capsys.readouterr().err


def test_storefront_safety_settings(
    local_state: Path, stack: LocalStack, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(ADD)
    argv = ["shop", "update", "nordlys", "--image-host", "cdn.nordlys.example"]
    argv += ["--image-host", "*.imgix.example", "--browser-contacts", "off"]
    argv += ["--image-host", "CDN.nordlys.example"]  # the same host again: kept once
    argv += ["--browser-contacts-per-hour", "40", "--series-window-days", "14"]

    assert cli.main(argv) == 0
    assert cli.main(["shop", "update", "nordlys", "--remove-image-host", "*.imgix.example"]) == 0

    shop = stack.shop_store.get("nordlys")
    assert shop is not None
    assert shop.image_hosts == ("cdn.nordlys.example",)
    assert (shop.browser_contacts, shop.browser_contacts_per_hour) == (False, 40)
    assert shop.series_window_days == 14
    out = capsys.readouterr().out
    assert "off (signed server calls only)" in out
    assert "in 14 days" in out
    assert cli.main(["shop", "update", "nordlys", "--image-host", "not a host"]) == 2


def test_shop_list_has_a_header_row(local_state: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli.main(ADD)
    capsys.readouterr()

    assert cli.main(["shop", "list"]) == 0

    header, row = capsys.readouterr().out.splitlines()
    assert header.split() == ["SHOP", "NAME", "LOCALE", "CURRENCY", "ACTIVE"]
    assert row.split()[0] == "nordlys"


def test_a_stale_state_file_gets_one_line_from_any_subfolder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # `make run` was stopped with Ctrl-C: its state file stayed, its emulator is gone.
    monkeypatch.delenv("KURV_SHOPS_TABLE", raising=False)
    monkeypatch.chdir(tmp_path)
    LocalState(f"http://127.0.0.1:{free_port()}", "kurv-ShopsTable", pid=2**22 + 7).write()
    deeper = tmp_path / "docs" / "notes"
    deeper.mkdir(parents=True)
    monkeypatch.chdir(deeper)

    assert cli.main(["shop", "list"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "kurv: no local stack running (start one with `make run`)"


def test_a_running_stack_is_found_from_a_subfolder(
    local_state: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(ADD)
    deeper = local_state.parent.parent / "layers" / "common"
    deeper.mkdir(parents=True)
    monkeypatch.chdir(deeper)

    assert cli.main(["shop", "show", "nordlys"]) == 0
    assert "Nordlys Te" in capsys.readouterr().out


def deploy_stack(stack: LocalStack, region: str) -> None:
    """A stack named kurv in `region`, with a shops table there that its outputs name."""
    dynamodb = stack.emulator.client("dynamodb", region_name=region)
    dynamodb.create_table(
        TableName="kurv-north-shops",
        AttributeDefinitions=[{"AttributeName": "shop_id", "AttributeType": "S"}],
        KeySchema=[{"AttributeName": "shop_id", "KeyType": "HASH"}],
        BillingMode="PAY_PER_REQUEST",
    )
    template = {
        "Resources": {"Queue": {"Type": "AWS::SQS::Queue"}},
        "Outputs": {"ShopsTableName": {"Value": "kurv-north-shops"}},
    }
    stack.emulator.client("cloudformation", region_name=region).create_stack(
        StackName="kurv", TemplateBody=json.dumps(template)
    )


def test_a_deployed_stack_is_found_in_the_region_sam_deploy_used(
    stack: LocalStack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    deploy_stack(stack, "eu-north-1")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "samconfig.toml").write_text(
        'version = 0.1\n[default.deploy.parameters]\nstack_name = "kurv"\nregion = "eu-north-1"\n'
    )
    # The user's own configuration says eu-west-1; the stack is where sam deploy put it.
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")

    assert cli.main(["shop", "list", "--stack", "kurv"]) == 0
    assert "No shops yet" in capsys.readouterr().out
    assert cli.main(["shop", "list", "--stack", "kurv", "--region", "eu-west-1"]) == 2
    assert "cannot read stack 'kurv' in eu-west-1" in capsys.readouterr().err

    # Without a saved region, AWS_REGION (which boto3 itself ignores) comes before the default.
    (tmp_path / "samconfig.toml").unlink()
    monkeypatch.setenv("AWS_REGION", "eu-north-1")
    assert cli.main(["shop", "list", "--stack", "kurv"]) == 0
    assert "No shops yet" in capsys.readouterr().out
    monkeypatch.delenv("AWS_REGION")
    assert cli.main(["shop", "list", "--stack", "kurv"]) == 2
    assert "cannot read stack 'kurv' in eu-west-1" in capsys.readouterr().err


def test_migrate_address_hashes_on_the_local_stack(
    stack: LocalStack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from helpers import make_shop, put_old_suppression

    monkeypatch.chdir(tmp_path)
    settings = stack.settings
    LocalState(
        stack.emulator.endpoint_url,
        settings.shops_table,
        carts_table=settings.carts_table,
        suppressions_table=settings.suppressions_table,
        address_key_secret=settings.address_key_secret,
    ).write()
    put_old_suppression(stack, make_shop(stack), "ada@example.com")

    assert cli.main(["migrate-address-hashes"]) == 0
    assert "Done: 1 suppressions and 0 carts re-keyed" in capsys.readouterr().out
    assert cli.main(["migrate-address-hashes"]) == 0
    assert "Done: 0 suppressions" in capsys.readouterr().out


def test_post_finds_the_running_stack_or_says_it_is_gone(
    stack: LocalStack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KURV_PORT", raising=False)
    recorded = f"http://127.0.0.1:{free_port()}"  # nothing listens: the error names it
    LocalState(stack.emulator.endpoint_url, "t", base_url=recorded).write()
    argv = ["post", "--shop", "demo", "--secret", "s", "--time", "1", "{}"]

    assert cli.main(argv) == 2
    assert f"cannot reach {recorded}" in capsys.readouterr().err

    LocalState(f"http://127.0.0.1:{free_port()}", "t", base_url=recorded).write()  # gone
    assert cli.main(argv) == 2
    assert "no local stack running" in capsys.readouterr().err


def test_region_goes_with_stack(local_state: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["shop", "list", "--region", "eu-north-1"]) == 2
    assert "--region goes with --stack" in capsys.readouterr().err


def test_rotate_secret_keeps_the_old_one_working_for_the_grace_period(
    local_state: Path,
    stack: LocalStack,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from helpers import Api, cart_updated

    monkeypatch.setattr("kurv_tools.cli.target.now", stack.clock.now)
    cli.main(ADD)
    old = stack.shop_store.get("nordlys")
    assert old is not None
    capsys.readouterr()

    assert cli.main(["shop", "rotate-secret", "nordlys", "--grace", "2h"]) == 0

    out = capsys.readouterr().out
    new = stack.shop_store.get("nordlys")
    assert new is not None
    fresh = new.signing_secret.get_secret_value()
    assert fresh in out
    assert "still accepted until" in out
    api = Api(stack, new)
    stale = old.signing_secret.get_secret_value()
    assert api.post(cart_updated(), secret=fresh).status == 202
    assert api.post(cart_updated(), secret=stale).status == 202  # the servers not yet switched
    stack.clock.advance(2 * 3600)
    assert api.post(cart_updated(), secret=fresh).status == 202
    late = api.post(cart_updated(), secret=stale)
    assert (late.status, late.error["code"]) == (401, "bad_signature")


def test_rotating_at_once_or_with_update_stops_the_old_secret(
    local_state: Path, stack: LocalStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    from helpers import Api, cart_updated

    monkeypatch.setattr("kurv_tools.cli.target.now", stack.clock.now)
    cli.main(ADD)
    first = stack.shop_store.get("nordlys")
    assert first is not None
    cli.main(["shop", "rotate-secret", "nordlys"])  # 24 h of grace by default
    graced = stack.shop_store.get("nordlys")
    assert graced is not None
    assert graced.previous_secret_until == stack.clock.now() + 24 * 3600

    # A leak: --rotate-secret (or --grace 0) drops the old one and the one before it.
    cli.main(["shop", "update", "nordlys", "--rotate-secret"])
    leaked = stack.shop_store.get("nordlys")
    assert leaked is not None
    assert leaked.previous_signing_secret is None
    api = Api(stack, leaked)
    for secret in (first, graced):
        assert (
            api.post(cart_updated(), secret=secret.signing_secret.get_secret_value()).status == 401
        )
    cli.main(["shop", "rotate-secret", "nordlys", "--grace", "0"])
    last = stack.shop_store.get("nordlys")
    assert last is not None
    assert api.post(cart_updated(), secret=leaked.signing_secret.get_secret_value()).status == 401


@pytest.mark.parametrize(
    "setting",
    [
        ("--name", "Nordlys\r\nBcc: victim@example.org", "name"),  # crash-looped every cart
        ("--sender-name", "Nordlys\u2028Te", "sender_name"),
        ("--restore-url", "https://{cart_id}", "restore_url"),  # the cart id picks the host
        ("--restore-url", "https://nordlys.example{cart_id}/c", "restore_url"),
        ("--restore-url", "https://{cart_id}@nordlys.example/c", "restore_url"),
        ("--restore-url", "http://nordlys.example/c/{cart_id}", "restore_url"),  # not https
        ("--origin", "http://nordlys.example", "allowed_origins"),
    ],
)
def test_a_setting_that_would_break_or_redirect_the_emails_is_refused(
    local_state: Path,
    stack: LocalStack,
    capsys: pytest.CaptureFixture[str],
    setting: tuple[str, str, str],
) -> None:
    option, value, field = setting
    assert cli.main([*ADD, option, value]) == 2
    assert field in capsys.readouterr().err
    assert stack.shop_store.get("nordlys") is None  # nothing stored

    cli.main(ADD)
    before = stack.shop_store.get("nordlys")
    assert cli.main(["shop", "update", "nordlys", option, value]) == 2
    assert field in capsys.readouterr().err
    assert stack.shop_store.get("nordlys") == before  # unchanged


SECRETS = {
    "signing_secret": "Zq9XvW2Jm8Lp4Rt7Hy6Kb3Nc",
    "previous_signing_secret": "Gh2Jk5Lz8Xc1Vb4Nm7Qe",
    "link_secret": "Qw5Er8Ty1Ui4Op7As0Df3",
}


def test_show_prints_no_character_of_a_secret(
    local_state: Path, stack: LocalStack, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(ADD)
    shop = stack.shop_store.get("nordlys")
    assert shop is not None
    secrets = {name: SecretStr(value) for name, value in SECRETS.items()}
    until = stack.clock.now() + 3600  # the previous secret still accepted: its row is shown
    stack.shop_store.put(shop.model_copy(update={**secrets, "previous_secret_until": until}))
    capsys.readouterr()

    assert cli.main(["shop", "show", "nordlys"]) == 0
    assert cli.main(["shop", "list"]) == 0
    assert cli.main(["shop", "update", "nordlys", "--name", "Nordlys"]) == 0
    shown = capsys.readouterr().out

    assert "signing secret" in shown
    for secret in SECRETS.values():
        runs = {secret[start : start + 3] for start in range(len(secret) - 2)}
        assert not [run for run in runs if run in shown], shown
    assert cli.main(["shop", "show", "nordlys", "--show-secrets"]) == 0
    assert SECRETS["signing_secret"] in capsys.readouterr().out


def stored_by_an_older_kurv(stack: LocalStack, **settings: str) -> None:
    """Settings written as Kurv did before it refused them (no CLI would write them now)."""
    names = {f"#{n}": name for n, name in enumerate(settings)}
    stack.dynamodb.update_item(
        TableName=stack.settings.shops_table,
        Key={"shop_id": {"S": "nordlys"}},
        UpdateExpression="SET " + ", ".join(f"#{n} = :{n}" for n in range(len(settings))),
        ExpressionAttributeNames=names,
        ExpressionAttributeValues={f":{n}": {"S": v} for n, v in enumerate(settings.values())},
    )


def test_a_shop_an_older_kurv_took_is_named_and_repaired_by_update(
    local_state: Path, stack: LocalStack, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(ADD)
    assert cli.main(["shop", "update", "nordlys", "--coupon", "2=HEJ"]) == 0
    stored_by_an_older_kurv(stack, name="Nordlys\r\nBcc: x", support_email="hjelp@nordlys")
    capsys.readouterr()

    # Every command says which setting is wrong and which option sets it; none crashes.
    assert cli.main(["shop", "show", "nordlys"]) == 2
    said = capsys.readouterr().err
    assert "name must be one line" in said
    assert "(set it with --name)" in said
    assert "support_email" in said
    assert "(set it with --support-email)" in said
    assert "kurv shop update nordlys" in said
    assert cli.main(["shop", "list"]) == 0
    assert "nordlys" in capsys.readouterr().out
    assert cli.main(["doctor"]) == 1
    assert "FAIL  shop nordlys" in capsys.readouterr().out

    # Fixing one setting is not enough, and says what is left.
    assert cli.main(["shop", "update", "nordlys", "--name", "Nordlys Te"]) == 2
    said = capsys.readouterr().err
    assert "support_email" in said
    assert "--name" not in said
    # Fixing both repairs the shop and keeps everything else, the coupon included.
    argv = ["shop", "update", "nordlys", "--name", "Nordlys Te", "--support-email", ""]
    assert cli.main(argv) == 0
    shop = stack.shop_store.get("nordlys")
    assert shop is not None
    assert shop.name == "Nordlys Te"
    assert shop.support_email is None
    assert [step.coupon for step in shop.series] == [None, "HEJ", None]
