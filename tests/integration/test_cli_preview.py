"""`kurv preview`: a shop's own emails, rendered by the code that sends, before a customer
gets one."""

from __future__ import annotations

import json
import sys
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from helpers import ADD, Terminal, sent
from kurv.core.links import campaign_url
from kurv.core.locales import EMAIL_LANGUAGES
from kurv.core.shops import Shop
from kurv_tools import cli
from kurv_tools.local.stack import LocalStack


@pytest.fixture
def nordlys(local_state: Path) -> Path:
    assert cli.main(ADD) == 0
    argv = ["shop", "update", "nordlys", "--signer-name", "Mette", "--locale", "da"]
    argv += ["--company-number", "CVR 12345678", "--coupon", "3=TAK10", "--coupon-worth", "3=10%"]
    assert cli.main(argv) == 0
    return local_state.parent.parent


def test_one_email_as_html_and_text(nordlys: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    out = nordlys / "out" / "last.html"

    assert cli.main(["preview", "--shop", "nordlys", "--step", "3", "--out", str(out)]) == 0

    page = out.read_text()
    text = out.with_suffix(".txt").read_text()
    # the shop's language, Danish; step 3's coupon leads its subject
    assert "10\xa0% rabat på varerne i din kurv" in capsys.readouterr().out
    assert "Mette" in page
    assert "CVR 12345678" in text
    assert "TAK10" in text  # step 3's coupon
    assert "10\xa0% rabat" in text  # and its worth


def test_as_ses_gets_it_in_another_language_after_a_failed_payment(nordlys: Path) -> None:
    out = nordlys / "payment.eml"
    argv = ["preview", "--shop", "nordlys", "--locale", "de-AT", "--payment-trouble"]

    assert cli.main([*argv, "--out", str(out)]) == 0

    message = message_from_bytes(out.read_bytes(), policy=policy.default)
    assert "bei der Bestellung helfen" in str(message["Subject"])
    assert str(message["Content-Language"]) == "de"
    assert str(message["List-Unsubscribe"]).startswith("<https://")


def test_every_email_into_a_folder_with_an_index(
    nordlys: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = nordlys / "all"

    assert cli.main(["preview", "--shop", "nordlys", "--all", "--out", str(folder)]) == 0

    pages = sorted(folder.glob("*.html"))
    # Each language, each step plain and right after a failed payment; steps 2 and 3 later
    # in the series after one too.
    expected = len(EMAIL_LANGUAGES) * (3 * 2 + 2)
    assert len(pages) == expected + 1  # and the index
    index = (folder / "index.html").read_text()
    assert index.count("<tr><td>") == expected
    assert all((folder / page.name).exists() for page in pages)
    out, err = capsys.readouterr()
    assert f"Wrote {expected} emails" in out
    assert "\r" not in out + err  # not a terminal: no bar redrawn into a log or a pipe


def test_on_a_terminal_the_bar_moves_once_per_email_and_ends_its_line(
    nordlys: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)

    assert cli.main(["preview", "--shop", "nordlys", "--all", "--out", str(nordlys / "all")]) == 0

    expected = len(EMAIL_LANGUAGES) * (3 * 2 + 2)
    drawn = terminal.getvalue()
    assert drawn.count("\r  rendering [") == expected  # one step for each email
    assert drawn.endswith(f"\r  rendering [{'#' * 30}] {expected} of {expected}\n")
    assert capsys.readouterr().out.startswith(f"Wrote {expected} emails")  # on its own line


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        (["--shop", "nowhere"], "no shop 'nowhere'"),
        (["--shop", "nordlys", "--step", "4"], "series has 3 steps"),
        (["--shop", "nordlys", "--locale", "klingon!"], "--locale klingon!: must be a known"),
    ],
)
def test_mistakes_get_one_line(
    nordlys: Path, argv: list[str], problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["preview", *argv]) == 2
    assert problem in capsys.readouterr().err


def test_without_out_it_opens_the_browser(
    nordlys: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    opened: list[str] = []

    def browser(url: str) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr("webbrowser.open", browser)

    assert cli.main(["preview", "--shop", "nordlys"]) == 0

    [url] = opened
    assert url.startswith("file://")
    assert url.endswith(".html")
    assert Path(url.removeprefix("file://")).read_text().startswith("<!DOCTYPE html>")


def test_send_test_sends_the_real_email_to_you(
    nordlys: Path, stack: LocalStack, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["send-test", "--shop", "nordlys", "--to", "Me@Nordlys.example", "--step", "2"]

    assert cli.main(argv) == 0

    [email] = sent(stack)
    assert email["to"] == "Me@nordlys.example"  # the domain normalised, the mailbox as given
    assert email["subject"].startswith("[Test] ")
    assert "venter stadig på dig i kurven" in email["subject"]  # step 2, in Danish
    assert email["headers"]["X-Kurv-Test"] == "yes"
    assert 'Sent "[Test]' in capsys.readouterr().out


def test_send_tests_links_work_for_a_sample_cart_that_is_gone_after(
    nordlys: Path, stack: LocalStack, capsys: pytest.CaptureFixture[str]
) -> None:
    from helpers import Api, link
    from kurv_tools.local.loop import LocalLoop

    loop = LocalLoop(stack)  # the stream from the start: the sample cart's life in it
    argv = ["send-test", "--shop", "nordlys", "--to", "me@nordlys.example"]

    assert cli.main(argv) == 0

    [email] = sent(stack)
    shop = stack.shop_store.get("nordlys")
    assert shop is not None
    cart_id = email["cart_id"]
    assert cart_id.startswith("kurv-test-")  # a sample cart, named as one
    api = Api(stack, shop)
    restore = api.request("GET", link(email, "r"))
    page = api.request("GET", link(email, "u"))
    confirmed = api.request("POST", link(email, "u"))
    loop.deliver()  # the stream's records (the sample cart made and removed) to stats

    # The restore link leads to the shop's cart page, the opt-out link to the real page
    assert restore.status == 302
    assert restore.headers["Location"] == campaign_url(
        f"https://nordlys.example/handlekurv/{cart_id}", 1
    )
    assert page.status == 200
    assert '<form method="post"' in page.body
    assert confirmed.status == 200  # and confirming it ...
    assert stack.dynamodb.scan(TableName=stack.settings.suppressions_table)["Items"] == []
    # ... suppresses nobody; the sample cart is gone, and nothing of it was counted
    carts = stack.dynamodb.scan(TableName=stack.settings.carts_table)["Items"]
    assert carts == []
    assert stack.dynamodb.scan(TableName=stack.settings.stats_table)["Items"] == []
    assert "me@nordlys.example" not in json.dumps(carts)
    assert f"/handlekurv/{cart_id}" in capsys.readouterr().out


def test_send_test_on_a_deployed_stack_links_to_its_public_base_url(
    stack: LocalStack,
    shop: Shop,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from helpers import link

    # Given a deployed stack (in the emulator) whose links use a domain of the merchant's
    template = {
        "Parameters": {"PublicBaseUrl": {"Type": "String", "Default": ""}},
        "Resources": {"Queue": {"Type": "AWS::SQS::Queue"}},
        "Outputs": {
            name: {"Value": value}
            for name, value in {
                "ShopsTableName": stack.settings.shops_table,
                "CartsTableName": stack.settings.carts_table,
                "SesConfigurationSetName": "kurv-emails",
                "ApiUrl": "https://abc123.execute-api.eu-west-1.amazonaws.com",
            }.items()
        },
    }
    stack.emulator.client("cloudformation").create_stack(
        StackName="kurv",
        TemplateBody=json.dumps(template),
        Parameters=[
            {"ParameterKey": "PublicBaseUrl", "ParameterValue": "https://kurv.shop.example"}
        ],
    )
    stack.sesv2.create_configuration_set(ConfigurationSetName="kurv-emails")
    stack.sesv2.create_email_identity(EmailIdentity=shop.sender_email.rpartition("@")[2])
    monkeypatch.chdir(tmp_path)
    argv = ["send-test", "--shop", shop.shop_id, "--to", "me@shop.example", "--stack", "kurv"]

    # When a test email is sent there
    assert cli.main([*argv, "--region", "eu-west-1"]) == 0, capsys.readouterr().err

    # Then its links are the stack's, and the sample cart is gone
    [email] = sent(stack)
    assert f"https://kurv.shop.example{link(email, 'r')}" in email["text"]
    assert email["headers"]["List-Unsubscribe"] == f"<https://kurv.shop.example{link(email, 'u')}>"
    assert stack.dynamodb.scan(TableName=stack.settings.carts_table)["Items"] == []


def test_send_test_refuses_an_address_that_is_not_one(
    nordlys: Path, stack: LocalStack, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["send-test", "--shop", "nordlys", "--to", "me at nordlys"]) == 2
    assert "--to me at nordlys" in capsys.readouterr().err
    assert sent(stack) == []


def test_the_preview_is_the_email_a_customer_of_the_shop_gets(nordlys: Path) -> None:
    """The shop's region, its own Reply-To, items in the email's language with a place for
    their pictures, and the payment follow-up."""
    assert (
        cli.main(
            [
                "shop",
                "update",
                "nordlys",
                "--locale",
                "en-GB",
                "--support-email",
                "help@nordlys.example",
            ]
        )
        == 0
    )
    out = nordlys / "gb" / "first.eml"

    assert cli.main(["preview", "--shop", "nordlys", "--step", "1", "--out", str(out)]) == 0

    message = message_from_bytes(out.read_bytes(), policy=policy.default)
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert message["Reply-To"] == "help@nordlys.example"
    assert "basket" in text  # en-GB's word, not en-US's "cart"
    assert "Stoneware coffee mug" in text
    assert html.count("data:image/svg+xml") == 2  # where each item's picture goes

    danish = nordlys / "gb" / "da.txt"
    argv = ["preview", "--shop", "nordlys", "--locale", "da", "--step", "2"]
    assert cli.main([*argv, "--payment-follow-up", "--out", str(danish.with_suffix(".html"))]) == 0
    follow_up = danish.read_text()
    assert "Kaffekop i stentøj" in follow_up
    assert cli.main([*argv, "--payment-trouble", "--out", str(nordlys / "gb" / "t.html")]) == 0
    trouble = (nordlys / "gb" / "t.txt").read_text()
    assert follow_up.splitlines()[0] != trouble.splitlines()[0]  # its own subject

    # The check-in after an order: asked for, and in --all once the shop sends it.
    check_in = nordlys / "gb" / "c.html"
    assert cli.main(["preview", "--shop", "nordlys", "--check-in", "--out", str(check_in)]) == 0
    assert "Did everything arrive as it should?" in check_in.with_suffix(".txt").read_text()
    assert cli.main(["shop", "update", "nordlys", "--check-in", "5d"]) == 0
    every = nordlys / "every"
    assert cli.main(["preview", "--shop", "nordlys", "--all", "--out", str(every)]) == 0
    assert len(list(every.glob("*-check-in.html"))) == len(EMAIL_LANGUAGES)
