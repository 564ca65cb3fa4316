"""Customers' replies on the local stack, through the same code as deployed: SES's receipt
event, the raw message in S3, the replies function. A reply lands on its cart, ends the
series, reaches the shop; an auto-reply changes nothing; a forged code goes nowhere."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime
from email import message_from_string, policy
from email.message import EmailMessage
from typing import Any

import pytest

from helpers import START, Api, advance, cart_updated, contact, read_cart, reply_to, sent
from kurv.core.clock import DAY, HOUR
from kurv.core.shops import Shop
from kurv.replies.reply_store import Inbox, ReplyStore, StoredReply, forward_counter
from kurv.replies.replying import FORWARDS_PER_CART_PER_DAY
from kurv.replies.verdicts import Verdicts
from kurv_tools import cli
from kurv_tools.local.inbound import receive, replies_json
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack
from kurv_tools.measure.reply_corpus import CORPUS, expectations, mismatches


@pytest.fixture
def reminded(api: Api, loop: LocalLoop) -> dict[str, Any]:
    """A customer who left a cart and got the first email: that email, from the outbox."""
    assert api.post(contact()).status == 202
    assert api.post(cart_updated()).status == 202
    emails = advance(loop, HOUR)
    assert len(emails) == 1
    return emails[0]


def forwards(stack: LocalStack) -> list[dict[str, Any]]:
    return [email for email in sent(stack) if email["to"] == "help@shop.example"]


def test_a_reply_lands_on_its_cart_ends_the_series_and_reaches_the_shop(
    reminded: dict[str, Any], stack: LocalStack, loop: LocalLoop, shop: Shop
) -> None:
    words = "The shipping was too expensive for me, 89 kr for a cup."

    answer = receive(stack, reply_to(reminded, words))

    assert answer["outcome"] == "forwarded"
    [reply] = replies_json(stack)
    assert reply["cart_id"] == "c1"
    assert reply["shop_id"] == shop.shop_id
    assert reply["text"] == words  # the quoted email and its header line are gone
    assert reply["reason"] == "price"
    assert reply["rule"]
    assert reply["forwarded"] is True
    assert reply["auto_reply"] is False
    cart = read_cart(stack, shop.shop_id, "c1")
    assert cart["closed"] == "replied"
    # The shop's customer service gets the words, the reason, the cart; answering goes
    # straight to the customer.
    [forward] = forwards(stack)
    assert forward["from"] == "Ada Lovelace via Test Shop <hello@shop.example>"
    assert forward["reply_to"] == "Ada Lovelace <ada@example.com>"
    assert forward["subject"] == "Re: " + reminded["subject"]
    assert words in forward["text"]
    assert "Likely reason: price or shipping costs" in forward["text"]
    sent_on = datetime.fromtimestamp(reminded["sent_at"], tz=UTC).strftime("%B %-d, %Y")
    assert f"In reply to email 1 of 3, sent on {sent_on}." in forward["text"]
    assert forward["headers"]["X-Kurv-Reason-Rule"] == reply["rule"]
    assert "https://shop.example/cart/c1" in forward["text"]
    # A helpdesk opens a ticket for it (Zendesk sets auto-submitted mail aside), and
    # Exchange sends no out-of-office to the customer.
    assert "Auto-Submitted" not in forward["headers"]
    assert forward["headers"]["X-Auto-Response-Suppress"] == "OOF, AutoReply"
    # No email after a reply.
    advance(loop, 5 * DAY)
    assert [email["step"] for email in sent(stack) if email["to"] == "ada@example.com"] == [1]


def test_a_second_reply_is_kept_and_forwarded_too(
    reminded: dict[str, Any], stack: LocalStack
) -> None:
    receive(stack, reply_to(reminded, "Is the blue cup dishwasher safe?"))
    stack.clock.advance(60)
    second = reply_to(
        reminded, "Sorry, one more: do you ship to Norway?", **{"Message-ID": "<reply-2@x>"}
    )

    assert receive(stack, second)["outcome"] == "forwarded"
    assert [reply["reason"] for reply in replies_json(stack)] == ["question", "delivery"]
    assert len(forwards(stack)) == 2


def answered_by_customer_service(forward: dict[str, Any], words: str) -> EmailMessage:
    """What a mail client makes when customer service presses reply on the forward: to its
    Reply-To, "Re: " added unless it is there, threaded under it, the forward quoted."""
    sent = message_from_string(forward["raw"], policy=policy.default)
    subject = forward["subject"]
    answer = EmailMessage(policy=policy.SMTP)
    answer["From"] = "Test Shop <help@shop.example>"
    answer["To"] = forward["reply_to"]
    answer["Subject"] = subject if subject.lower().startswith("re:") else "Re: " + subject
    answer["In-Reply-To"] = sent["Message-ID"]
    answer["References"] = f"{sent['References']} {sent['Message-ID']}"
    quoted = "\n".join(f"> {line}" if line else ">" for line in forward["text"].splitlines())
    answer.set_content(f"{words}\n\nOn Wed, 18 Nov 2026, {forward['from']} wrote:\n{quoted}\n")
    return answer


def test_a_forward_answered_by_customer_service_reaches_the_customer_clean(
    reminded: dict[str, Any], stack: LocalStack
) -> None:
    words = "The shipping was too expensive for me, 89 kr for a cup."
    received = receive(stack, reply_to(reminded, words))
    [forward] = forwards(stack)
    [reply] = replies_json(stack)

    answer = answered_by_customer_service(forward, "Hi Ada, shipping is free from 50 kr.")

    # The customer gets an answer to what they wrote, by name, in their own thread.
    assert str(answer["To"]) == "Ada Lovelace <ada@example.com>"
    assert str(answer["Subject"]) == "Re: " + reminded["subject"]
    assert "<reply-1@mail.example.com>" in str(answer["References"]).split()
    quoted = str(answer.get_content())
    assert "> Ada Lovelace <ada@example.com> wrote:" in quoted
    assert f"> {words}" in quoted
    # Nothing of Kurv's inner workings in what is quoted back to them.
    assert reply["rule"] not in quoted
    assert not [word for word in ("rule", "X-Kurv", received["message_id"]) if word in quoted]
    assert forward["headers"]["X-Kurv-Reason-Rule"] == reply["rule"]


def test_a_second_reply_threads_with_the_first_and_lists_it(
    reminded: dict[str, Any], stack: LocalStack
) -> None:
    receive(stack, reply_to(reminded, "Is the blue cup dishwasher safe?"))
    [first] = forwards(stack)
    answer = answered_by_customer_service(first, "Yes, it is.")
    stack.clock.advance(3600)
    second = reply_to(
        reminded,
        "Thanks! And do you ship to Norway?",
        **{
            "Message-ID": "<reply-2@mail.example.com>",
            "In-Reply-To": "<answer-1@shop.example>",
            "References": f"{answer['References']} <answer-1@shop.example>",
        },
    )

    receive(stack, second)

    [_, forward] = forwards(stack)
    references = forward["headers"]["References"].split()
    assert first["headers"]["Message-ID"] in references
    assert references[0] == first["headers"]["References"].split()[0]  # the cart's thread
    assert forward["headers"]["In-Reply-To"] == "<reply-2@mail.example.com>"
    assert forward["subject"] == first["subject"]
    notes = forward["text"].replace("\r\n", "\n").partition("\n-- \n")[2]
    assert "Their earlier replies about this cart:" in notes
    assert "Is the blue cup dishwasher safe?" in notes


def with_files(email: dict[str, Any], words: str, *files: tuple[str, str, bytes]) -> bytes:
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = "Ada Lovelace <ada@example.com>"
    message["To"] = email["reply_to"]
    message["Subject"] = "Re: " + email["subject"]
    message["Message-ID"] = "<reply-1@mail.example.com>"
    message.set_content(words)
    for name, kind, data in files:
        maintype, _, subtype = kind.partition("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes()


SCREENSHOT = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


@pytest.mark.parametrize(
    ("verdicts", "attached"),
    [({}, ["screenshot.png"]), ({"spf": "FAIL", "dkim": "FAIL", "dmarc": "FAIL"}, [])],
)
def test_the_customers_images_go_with_the_forward_and_the_rest_is_named(
    reminded: dict[str, Any], stack: LocalStack, verdicts: dict[str, str], attached: list[str]
) -> None:
    raw = with_files(
        reminded,
        "Vi allego lo screenshot: the payment page shows an error.",
        ("screenshot.png", "image/png", SCREENSHOT),
        ("setup.exe", "application/octet-stream", b"MZ" + bytes(5000)),
    )

    assert receive(stack, raw, **verdicts)["outcome"] == "forwarded"

    [forward] = forwards(stack)
    sent = message_from_string(forward["raw"], policy=policy.default)
    assert isinstance(sent, EmailMessage)
    files = {part.get_filename(): part.get_content() for part in sent.iter_attachments()}
    assert list(files) == attached
    assert all(files[name] == SCREENSHOT for name in attached)
    assert "Attachments not forwarded: " in forward["text"]
    assert "setup.exe (4 KB)" in forward["text"]


def test_a_file_past_the_words_first_two_megabytes_is_still_forwarded(
    reminded: dict[str, Any], stack: LocalStack
) -> None:
    raw = with_files(
        reminded,
        "Here are my old orders, and a screenshot of the error.",
        ("orders.zip", "application/zip", b"PK\x03\x04" + bytes(range(256)) * 10_000),
        ("screenshot.png", "image/png", SCREENSHOT),
    )
    assert len(raw) > Inbox.READ_BYTES

    assert receive(stack, raw)["outcome"] == "forwarded"

    [forward] = forwards(stack)
    sent = message_from_string(forward["raw"], policy=policy.default)
    assert isinstance(sent, EmailMessage)
    assert [part.get_filename() for part in sent.iter_attachments()] == ["screenshot.png"]
    assert "orders.zip (2.4 MB)" in forward["text"]


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto-Submitted": "auto-replied", "Subject": "Automatic reply: your cart"},
        {"Subject": "Abwesenheitsnotiz: Ihr Warenkorb"},
        {"X-Autoreply": "yes"},
    ],
)
def test_an_auto_reply_is_recorded_and_changes_nothing(
    reminded: dict[str, Any],
    stack: LocalStack,
    loop: LocalLoop,
    shop: Shop,
    headers: dict[str, str],
) -> None:
    answer = receive(stack, reply_to(reminded, "I am out of the office until Monday.", **headers))

    assert answer["outcome"] == "auto_reply"
    [reply] = replies_json(stack)
    assert reply["auto_reply"] is True
    assert reply["forwarded"] is False
    assert forwards(stack) == []
    assert "closed" not in read_cart(stack, shop.shop_id, "c1")
    advance(loop, DAY)
    assert [email["step"] for email in sent(stack)] == [1, 2]  # the series goes on


def test_a_forged_code_is_kept_for_the_shop_and_goes_nowhere(
    reminded: dict[str, Any], stack: LocalStack, shop: Shop
) -> None:
    forged = reminded["reply_to"].replace(reminded["reply_to"].split("-")[-1][:4], "aaaa")
    message = reply_to({**reminded, "reply_to": forged}, "Send me your secrets")

    assert receive(stack, message)["outcome"] == "unmatched"
    [reply] = replies_json(stack)
    assert reply["cart_id"] is None
    assert forwards(stack) == []
    assert "closed" not in read_cart(stack, shop.shop_id, "c1")


def test_mail_for_another_shop_or_address_is_not_ours(
    reminded: dict[str, Any], stack: LocalStack
) -> None:
    other = reminded["reply_to"].replace("reply+test-shop-", "reply+no-such-shop-")
    assert receive(stack, reply_to({**reminded, "reply_to": other}, "hi"))["outcome"] == (
        "not_for_us"
    )
    plain = reply_to({**reminded, "reply_to": "postmaster@replies.localhost"}, "hi")
    assert receive(stack, plain)["outcome"] == "not_for_us"
    assert replies_json(stack) == []


def test_ses_invoking_twice_files_the_reply_once(
    reminded: dict[str, Any], stack: LocalStack
) -> None:
    from kurv_tools.local.functions import load_function

    receive(stack, reply_to(reminded, "Too expensive, sorry."))
    [stored] = stack.emulator.client("s3").list_objects_v2(Bucket=stack.settings.reply_bucket)[
        "Contents"
    ]
    message_id = stored["Key"].removeprefix("replies/")
    desk = load_function("replies").desk.get()
    received = datetime.fromtimestamp(stack.clock.now(), tz=UTC).isoformat()

    # The same message, as SES hands it over again: the same id and timestamp.
    again = desk.file(
        message_id=message_id,
        timestamp=received.replace("+00:00", ".000Z"),
        recipients=(reminded["reply_to"],),
    )
    first_time = replies_json(stack)[0]

    assert len(replies_json(stack)) == 1
    assert first_time["forwarded"] is True
    assert again.value in ("duplicate",)
    assert len(forwards(stack)) == 1


def test_a_reply_racing_the_sweeps_claim_stops_the_email(
    reminded: dict[str, Any], stack: LocalStack, loop: LocalLoop, shop: Shop
) -> None:
    # Step 2 is due and claimed by the sweep; the reply lands before send marks the cart.
    stack.clock.advance(DAY)
    loop.sweep()
    receive(stack, reply_to(reminded, "I bought it in the shop downtown instead."))
    loop.deliver()

    assert [email["step"] for email in sent(stack) if email["to"] == "ada@example.com"] == [1]
    assert read_cart(stack, shop.shop_id, "c1")["closed"] == "replied"


def test_spam_and_viruses_are_refused_unread(reminded: dict[str, Any], stack: LocalStack) -> None:
    from kurv_tools.local.functions import load_function

    desk = load_function("replies").desk.get()
    outcome = desk.file(
        message_id="never-stored",
        timestamp="2026-11-18T10:46:40.000Z",
        recipients=(reminded["reply_to"],),
        verdicts=Verdicts(spam="FAIL", virus="PASS"),
    )

    assert outcome.value == "refused"
    assert replies_json(stack) == []


def test_kurv_replies_lists_them_newest_first(
    reminded: dict[str, Any],
    stack: LocalStack,
    local_state: Any,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("kurv_tools.cli.target.now", lambda: START + 2 * HOUR)
    receive(stack, reply_to(reminded, "The payment with my card failed twice."))
    stack.clock.advance(60)
    receive(stack, reply_to(reminded, "Found it cheaper elsewhere.", **{"Message-ID": "<r2@x>"}))
    capsys.readouterr()

    assert cli.main(["replies", "--shop", "test-shop", "--since", "1d"]) == 0
    table = capsys.readouterr().out
    assert table.index("cheaper elsewhere") < table.index("payment with my card")
    assert cli.main(["replies", "--shop", "test-shop", "--reason", "payment", "--json"]) == 0
    [only] = json.loads(capsys.readouterr().out)
    assert only["reason"] == "payment"
    assert only["cart_id"] == "c1"
    with pytest.raises(SystemExit) as refused:
        cli.main(["replies", "--shop", "test-shop", "--reason", "nonsense"])
    assert refused.value.code == 2
    assert "choose from 'payment'" in capsys.readouterr().err


@pytest.mark.parametrize("body", [b"", b"just some words, no headers at all", b'{"to": "x"}'])
def test_a_body_that_is_not_an_email_is_refused_with_a_reason(
    stack: LocalStack, body: bytes
) -> None:
    with pytest.raises(ValueError, match=r"email|empty"):
        receive(stack, body)


def test_concurrent_replies_to_one_cart_each_land(
    reminded: dict[str, Any], stack: LocalStack
) -> None:
    messages = [
        reply_to(reminded, f"Question {n}: does it come in green?", **{"Message-ID": f"<q{n}@x>"})
        for n in range(3)
    ]
    threads = [threading.Thread(target=receive, args=(stack, message)) for message in messages]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(replies_json(stack)) == 3


def deployed(stack: LocalStack, outputs: dict[str, str]) -> None:
    """A stack named kurv in the emulator's region with these outputs."""
    template = {
        "Resources": {"Queue": {"Type": "AWS::SQS::Queue"}},
        "Outputs": {name: {"Value": value} for name, value in outputs.items()},
    }
    stack.emulator.client("cloudformation").create_stack(
        StackName="kurv", TemplateBody=json.dumps(template)
    )


def test_replies_status_says_whether_mail_reaches_kurv(
    stack: LocalStack, tmp_path: Any, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.chdir(tmp_path)
    deployed(stack, {"ReplyRuleSetName": "kurv-replies"})
    ses = stack.emulator.client("ses")
    ses.create_receipt_rule_set(RuleSetName="kurv-replies")
    ses.create_receipt_rule_set(RuleSetName="theirs")
    ses.set_active_receipt_rule_set(RuleSetName="theirs")

    assert cli.main(["replies-status", "--stack", "kurv", "--region", "eu-west-1"]) == 1
    out = capsys.readouterr().out
    assert "the active rule set in eu-west-1 is theirs, not kurv-replies" in out
    assert "aws ses set-active-receipt-rule-set --rule-set-name kurv-replies" in out

    ses.set_active_receipt_rule_set(RuleSetName="kurv-replies")
    assert cli.main(["replies-status", "--stack", "kurv", "--region", "eu-west-1"]) == 0
    assert "ok: the rule set kurv-replies is active" in capsys.readouterr().out


def test_replies_status_without_a_reply_domain_says_how_to_turn_them_on(
    stack: LocalStack, tmp_path: Any, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.chdir(tmp_path)
    deployed(stack, {"ShopsTableName": "x"})

    assert cli.main(["replies-status", "--stack", "kurv", "--region", "eu-west-1"]) == 1
    assert "ReplyDomain=" in capsys.readouterr().out


CORPUS_ADDRESS = b"reply+nordlys-8f3k2q9x@replies.nordlys.example"


@pytest.mark.parametrize("name", sorted(expectations()))
def test_every_corpus_reply_read_right_through_the_replies_function(
    api: Api, loop: LocalLoop, stack: LocalStack, shop: Shop, name: str
) -> None:
    # The corpus (tests/replies/corpus/), addressed to a real cart's reply address, through
    # SES's event, S3 and the handler: what lands in the replies table reads as expected.
    expect = expectations()[name]
    api.post(contact(locale=expect["language"]))
    api.post(cart_updated())
    [email] = advance(loop, HOUR)
    raw = (CORPUS / f"{name}.eml").read_bytes()
    assert CORPUS_ADDRESS in raw

    answer = receive(stack, raw.replace(CORPUS_ADDRESS, email["reply_to"].encode()))

    assert answer["outcome"] == ("auto_reply" if expect["auto_reply"] else "forwarded")
    [stored] = ReplyStore(stack.dynamodb, stack.settings.replies_table).since(shop.shop_id, 0)
    assert mismatches(stored, expect) == []


def test_a_message_built_to_stall_the_reader_is_filed_at_once(
    reminded: dict[str, Any], stack: LocalStack
) -> None:
    # 55,000 tiny parts after the customer's words: minutes of parsing for an unbounded
    # reader, past the function's timeout, then retries and the failure queue.
    head = reply_to(reminded, "", **{"Content-Type": "multipart/mixed; boundary=b"})
    words = b"--b\r\nContent-Type: text/plain\r\n\r\nToo expensive.\r\n"
    raw = head + words + b"--b\r\nContent-Type: image/png\r\n\r\nx\r\n" * 55_000
    started = time.process_time()

    answer = receive(stack, raw)

    assert time.process_time() - started < 2.0
    assert answer["outcome"] == "forwarded"
    [reply] = replies_json(stack)
    assert reply["reason"] == "price"
    assert reply["set_aside"] is False


def test_a_message_not_read_in_time_is_set_aside_kept_and_acted_on_by_nobody(
    reminded: dict[str, Any], stack: LocalStack, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kurv_tools.local.functions import load_function

    # A machine so slow that every look at the clock finds two more seconds gone.
    ticks = iter(range(0, 10_000, 2))
    desk = load_function("replies").desk.get()
    monkeypatch.setattr(desk, "timer", lambda: float(next(ticks)))

    answer = receive(stack, reply_to(reminded, "Too expensive."))

    assert answer["outcome"] == "set_aside"
    [reply] = replies_json(stack)
    assert reply["set_aside"] is True
    assert reply["forwarded"] is False
    assert forwards(stack) == []
    assert "closed" not in read_cart(stack, shop.shop_id, "c1")


def test_kurv_replies_prints_nothing_that_acts_on_the_terminal(
    stack: LocalStack,
    shop: Shop,
    local_state: Any,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A reply stored by an older release, as its sender wrote it.
    dirty = "Pay \x1b[2J\x1b]0;pwned\x07here\u202eexe.pdf\x9b31m\x07"
    ReplyStore(stack.dynamodb, stack.settings.replies_table).save(
        StoredReply(
            shop_id=shop.shop_id,
            message_id="m1",
            received_at=START,
            expires_at=START + DAY,
            cart_id=None,
            from_address="x\u202e@example.com",
            subject=dirty,
            language="en",
            text=dirty + "\nsecond line",
            reason="other",
            rule="rule" + dirty,
            auto_reply=False,
        )
    )
    monkeypatch.setattr("kurv_tools.cli.target.now", lambda: START + HOUR)

    assert cli.main(["replies", "--shop", shop.shop_id]) == 0
    assert cli.main(["replies", "--shop", shop.shop_id, "--json"]) == 0
    out = capsys.readouterr().out

    assert "Pay here" in out
    assert not [char for char in out if (char < " " and char != "\n") or "\x7f" <= char <= "\x9f"]
    assert "\u202e" not in out


def test_a_reply_is_stored_and_forwarded_clean_with_the_senders_address(
    reminded: dict[str, Any], stack: LocalStack
) -> None:
    message = reply_to(
        reminded,
        "Too expensive \x1b[2J\x1b]0;pwned\x07\u202efdp.exe\u202c for me.",
        **{
            "From": "=?utf-8?q?Jos=C3=A9?= <jose@bücher.de>",
            "Subject": "=?unicode_escape?q?Re=3A_=5Cx1b[2J?=",
            "Content-Type": "text/plain; charset=unicode_escape",
        },
    )

    assert receive(stack, message)["outcome"] == "forwarded"

    [reply] = replies_json(stack)
    assert reply["text"] == "Too expensive fdp.exe for me."
    assert reply["subject"] == "Re: \\x1b[2J"
    assert reply["from"] == "jose@bücher.de"
    [forward] = forwards(stack)
    assert forward["reply_to"] == "José <jose@xn--bcher-kva.de>"
    assert "\x1b" not in forward["text"]
    assert "\u202e" not in forward["text"]
    assert "jose@bücher.de" in forward["text"]


@pytest.mark.parametrize(
    "verdicts",
    [
        {"spf": "FAIL", "dkim": "PASS", "dmarc": "FAIL"},
        {"spf": "PASS", "dkim": "FAIL", "dmarc": "PASS"},
        {"spf": "GRAY", "dkim": "GRAY", "dmarc": "GRAY"},
    ],
)
def test_a_sender_ses_could_not_verify_is_forwarded_with_a_warning_on_top(
    reminded: dict[str, Any], stack: LocalStack, verdicts: dict[str, str]
) -> None:
    words = "Please send my refund to my new bank account, details below."

    assert receive(stack, reply_to(reminded, words), **verdicts)["outcome"] == "forwarded"

    [forward] = forwards(stack)
    checks = f"SPF: {verdicts['spf']}, DKIM: {verdicts['dkim']}, DMARC: {verdicts['dmarc']}"
    assert forward["text"].startswith(f"Caution: Kurv could not verify the sender ({checks}).")
    assert words in forward["text"]
    [reply] = replies_json(stack)
    assert reply["sender_verified"] is False


def test_a_verified_sender_is_forwarded_without_a_warning(
    reminded: dict[str, Any], stack: LocalStack
) -> None:
    receive(stack, reply_to(reminded, "Too expensive."), spf="PASS", dkim="PASS", dmarc="PASS")

    [forward] = forwards(stack)
    assert "could not verify" not in forward["text"]
    assert replies_json(stack)[0]["sender_verified"] is True


def test_a_receipt_without_verdicts_is_filed_and_its_sender_marked(
    reminded: dict[str, Any], stack: LocalStack
) -> None:
    from email import message_from_bytes

    from kurv_tools.local.inbound import REPLY_PREFIX, ses_receipt_event

    raw = reply_to(reminded, "Too expensive.")
    stack.emulator.client("s3").put_object(
        Bucket=stack.settings.reply_bucket, Key=REPLY_PREFIX + "m-bare", Body=raw
    )
    event = ses_receipt_event(
        message_id="m-bare",
        headers=message_from_bytes(raw),
        recipients=[reminded["reply_to"]],
        at=stack.clock.now(),
        function_arn="arn:aws:lambda:eu-west-1:123456789012:function:kurv-replies",
    )
    receipt = event["Records"][0]["ses"]["receipt"]
    for name in ("spamVerdict", "virusVerdict", "spfVerdict", "dkimVerdict", "dmarcVerdict"):
        del receipt[name]

    result = stack.invoke("replies", event)

    assert result["outcomes"] == ["forwarded"]
    assert forwards(stack)[0]["text"].startswith("Caution")


def test_thirty_replies_to_one_code_make_a_few_forwards_and_are_all_kept(
    reminded: dict[str, Any],
    stack: LocalStack,
    local_state: Any,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Someone who holds the reply address writes to it thirty times in a day.
    outcomes = [
        receive(stack, reply_to(reminded, f"Message {n}: call me.", **{"Message-ID": f"<{n}@x>"}))[
            "outcome"
        ]
        for n in range(30)
    ]

    assert outcomes == ["forwarded"] * FORWARDS_PER_CART_PER_DAY + ["held"] * (
        30 - FORWARDS_PER_CART_PER_DAY
    )
    assert len(forwards(stack)) == FORWARDS_PER_CART_PER_DAY
    kept = replies_json(stack)
    assert len(kept) == 30
    assert {reply["forward_held"] for reply in kept[FORWARDS_PER_CART_PER_DAY:]} == {
        "cart_daily_limit"
    }
    # They are listed, each saying why it went no further.
    monkeypatch.setattr("kurv_tools.cli.target.now", stack.clock.now)
    capsys.readouterr()
    assert cli.main(["replies", "--shop", "test-shop", "--since", "1d"]) == 0
    assert capsys.readouterr().out.count("not forwarded (cart_daily_limit)") == 27
    # The next day the cart's customer reaches the shop again.
    stack.clock.advance(DAY)
    assert receive(stack, reply_to(reminded, "Still there?"))["outcome"] == "forwarded"


def test_a_shop_gets_at_most_its_hourly_ceiling_of_forwards(
    api: Api, loop: LocalLoop, stack: LocalStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kurv.replies.replying.FORWARDS_PER_SHOP_PER_HOUR", 2)
    held: list[str] = []
    monkeypatch.setattr(
        "kurv.replies.replying.count_for_shop", lambda metric, shop_id: held.append(metric.value)
    )
    for cart_id in ("c1", "c2", "c3"):
        api.post(contact(cart_id, email=f"{cart_id}@example.com"))
        api.post(cart_updated(cart_id))
    emails = {email["cart_id"]: email for email in advance(loop, HOUR)}

    outcomes = [receive(stack, reply_to(emails[c], "Too expensive."))["outcome"] for c in emails]

    assert sorted(outcomes) == ["forwarded", "forwarded", "held"]
    assert len(forwards(stack)) == 2
    assert held == ["ForwardsHeld"]
    [kept] = [reply for reply in replies_json(stack) if reply["forward_held"]]
    assert kept["forward_held"] == "shop_hourly_limit"
    # The next hour the shop hears from that customer: their cart's count was given back.
    stack.clock.advance(HOUR)
    late = emails[str(kept["cart_id"])]
    assert receive(stack, reply_to(late, "Hello again?"))["outcome"] == "forwarded"


def test_a_forward_retried_after_ses_said_later_is_counted_once(
    reminded: dict[str, Any], stack: LocalStack, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kurv.core.errors import TemporarilyUnavailable
    from kurv.core.mailer import SendOutcome, SendResult
    from kurv_tools.local.functions import load_function

    desk = load_function("replies").desk.get()
    send = desk.mailer.send
    answers = iter([SendResult(SendOutcome.RETRY, detail="Throttling")])
    monkeypatch.setattr(
        desk.mailer, "send", lambda message, tags: next(answers, None) or send(message, tags=tags)
    )
    with pytest.raises(TemporarilyUnavailable):
        receive(stack, reply_to(reminded, "Too expensive."))
    [stored] = stack.emulator.client("s3").list_objects_v2(Bucket=stack.settings.reply_bucket)[
        "Contents"
    ]
    received = datetime.fromtimestamp(stack.clock.now(), tz=UTC).isoformat()

    again = desk.file(
        message_id=stored["Key"].removeprefix("replies/"),
        timestamp=received.replace("+00:00", ".000Z"),
        recipients=(reminded["reply_to"],),
    )

    assert again.value == "forwarded"
    counter = forward_counter("day", stack.clock.now() // DAY, "c1")
    item = stack.dynamodb.get_item(
        TableName=stack.settings.replies_table,
        Key={"shop_id": {"S": shop.shop_id}, "sk": {"S": counter}},
    )["Item"]
    assert item["n"]["N"] == "1"


def test_a_carts_earlier_replies_are_its_own_the_latest_oldest_first(
    stack: LocalStack, shop: Shop
) -> None:
    store = ReplyStore(stack.dynamodb, stack.settings.replies_table)
    for minute, cart_id in enumerate(["c1", "c2", "c1", "c1", "c2", "c1"]):
        store.save(
            StoredReply(
                shop_id=shop.shop_id,
                message_id=f"m{minute}",
                received_at=START + 60 * minute,
                expires_at=START + DAY,
                cart_id=cart_id,
                from_address="ada@example.com",
                subject="Re: your cart",
                language="en",
                text=f"reply {minute}",
                reason="other",
                rule="",
                auto_reply=False,
            )
        )
    assert store.count_forward(shop.shop_id, forward_counter("hour", 1), limit=9, expires_at=1)

    found = store.of_cart(shop.shop_id, "c1", START + 60, limit=2)

    assert [reply.text for reply in found] == ["reply 3", "reply 5"]
    every = store.of_cart(shop.shop_id, "c1", START)
    assert [reply.text for reply in every] == ["reply 0", "reply 2", "reply 3", "reply 5"]


def test_a_reply_two_reasons_fit_keeps_the_runner_up_and_how_sure_it_is(
    reminded: dict[str, Any], stack: LocalStack
) -> None:
    words = "The shipping was too expensive and my card payment failed twice."

    receive(stack, reply_to(reminded, words))

    [reply] = replies_json(stack)
    assert (reply["reason"], reply["runner_up"], reply["confidence"]) == ("payment", "price", 60)
    [forward] = forwards(stack)
    assert forward["headers"]["X-Kurv-Reason-Runner-Up"] == "price"
    assert forward["headers"]["X-Kurv-Reason-Confidence"] == "60 %"
    assert "60 %" not in forward["text"]  # nothing of it where a quoting reply would carry it
