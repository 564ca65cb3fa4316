"""docs/api.md is the public contract: every example in it is posted to Kurv and checked.

The page marks what is checked with an HTML comment right before a fenced block:
``<!-- example: NAME -->`` (a request body, posted signed), ``<!-- response: NAME STATUS -->``
(the answer Kurv gives to example NAME, or to the request PROVOKED[NAME] makes) and
``<!-- code: NAME -->`` (a program run against `make run`'s server). Every ```json block
must be marked, every example needs an entry in EFFECTS, and every event type and error
code the code knows must be on the page.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, get_args

import pytest
from pydantic import BaseModel

from helpers import Api, Reply, advance, due_keys, make_shop, read_cart
from kurv.core import errors
from kurv.core.clock import DAY, HOUR
from kurv.core.model import cart_key
from kurv.core.render import catalogue
from kurv.core.shops import Shop
from kurv.core.suppressions import SuppressionStore
from kurv.track.auth import sign
from kurv.track.events import CartItem, Event
from kurv.track.tracking import MAX_BODY_BYTES
from kurv_tools.loop import LocalLoop
from kurv_tools.stack import LocalStack
from localserver import LocalServer, local_server

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "api.md"
README = ROOT / "README.md"
# Where answers to shops are made: the layer and the handlers (not the local-only tools).
PRODUCT_CODE = (ROOT / "layers" / "common" / "kurv", ROOT / "functions")
MARKED_BLOCK = re.compile(r"<!-- (example|response|code): ([^>]*?) -->\n```(\w+)\n(.*?)\n```", re.S)


@dataclass(frozen=True)
class Block:
    kind: str  # example, response or code
    name: str
    status: int | None  # responses only
    language: str
    text: str


@cache
def marked_blocks() -> tuple[Block, ...]:
    found = []
    for kind, label, language, text in MARKED_BLOCK.findall(DOC.read_text()):
        name, _, status = label.strip().partition(" ")
        found.append(Block(kind, name, int(status) if status else None, language, text))
    return tuple(found)


def blocks(kind: str) -> dict[str, Block]:
    return {block.name: block for block in marked_blocks() if block.kind == kind}


def example(name: str) -> Any:
    return json.loads(blocks("example")[name].text)


def event_models() -> dict[str, type[BaseModel]]:
    """Each event type the code knows, by its `type` value."""
    models: tuple[type[BaseModel], ...] = get_args(Event)
    return {get_args(model.model_fields["type"].annotation)[0]: model for model in models}


def post(api: Api, name: str) -> Reply:
    """Post example NAME, signed; check the answer the page gives (else 202, all accepted)."""
    body = example(name)
    reply = api.post(body)
    expected = blocks("response").get(name)
    if expected is not None:
        assert (reply.status, reply.body) == (expected.status, json.loads(expected.text)), name
    else:
        accepted = len(body["events"]) if "events" in body else 1
        assert (reply.status, reply.body) == (202, {"accepted": accepted}), name
    return reply


# ---------------------------------------------------------------- the page's own shape


def test_every_json_block_is_a_marked_example_or_response() -> None:
    text = DOC.read_text()
    marked_json = [block for block in marked_blocks() if block.language == "json"]

    assert len(marked_json) == text.count("```json")
    names = [(block.kind, block.name) for block in marked_blocks()]
    assert len(names) == len(set(names)), "two blocks share a name"
    for block in marked_json:
        json.loads(block.text)  # each is valid JSON as printed


def test_every_response_belongs_to_an_example_or_a_provoked_request() -> None:
    assert set(blocks("response")) <= set(blocks("example")) | set(PROVOKED)
    assert set(PROVOKED) <= set(blocks("response"))


def test_every_event_type_has_a_complete_example_and_documented_fields() -> None:
    text = DOC.read_text()
    for event_type, model in event_models().items():
        body = example(event_type)
        assert body["type"] == event_type
        # Complete: every field but occurred_at (dated examples would age out of retention).
        assert set(body) == set(model.model_fields) - {"occurred_at"}, event_type
        section = text.split(f"### `{event_type}`\n", 1)[1].split("\n## ", 1)[0].split("\n### ")[0]
        for field in set(model.model_fields) - {"type", "cart_id", "event_id", "occurred_at"}:
            assert f"`{field}`" in section, f"{event_type}: {field} is not documented"
    items = example("cart.updated")["items"]
    assert set[str]().union(*items) == set(CartItem.model_fields)
    for field in CartItem.model_fields:
        assert f"`items[].{field}`" in text
    assert any("occurred_at" in example(name) for name in blocks("example"))


# ---------------------------------------------------------------- error codes


def emitted_codes() -> dict[str, int | None]:
    """Every error code the product code can answer with, and its status where it is fixed:
    our error classes (with `code=`, or their default code) and {"code": ...} literals."""
    classes = {cls.__name__: cls for cls in _subclasses(errors.KurvError)}
    codes: dict[str, int | None] = {}
    for path in (file for where in PRODUCT_CODE for file in sorted(where.rglob("*.py"))):
        tree = ast.parse(path.read_text())
        calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
        for call in calls:
            name = getattr(call.func, "id", None) or getattr(call.func, "attr", "")
            if name in classes:
                error = classes[name]
                named = [_string(kw.value) for kw in call.keywords if kw.arg == "code"]
                assert all(named), f"{path.name}:{call.lineno}: code= must be a literal"
                codes[named[0] if named and named[0] else error.code] = error.status
            elif name == "json_response" and len(call.args) == 2:
                status, body = call.args
                if isinstance(status, ast.Constant) and isinstance(status.value, int):
                    for code in filter(None, map(_code_literal, ast.walk(body))):
                        codes[code] = status.value
        for code in filter(None, map(_code_literal, ast.walk(tree))):
            codes.setdefault(code, None)  # e.g. no_valid_events: its status depends on the batch
    return codes


def _subclasses(cls: type[errors.KurvError]) -> Iterator[type[errors.KurvError]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _string(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _code_literal(node: ast.AST) -> str | None:
    """The code of a dict literal such as {"code": "not_found", ...}."""
    if not isinstance(node, ast.Dict):
        return None
    pairs = zip(node.keys, node.values, strict=True)
    return next((_string(value) for key, value in pairs if _string(key) == "code"), None)


def documented_codes() -> dict[str, int]:
    """The page's table of codes: | `code` | status | when |."""
    table = DOC.read_text().split("Every code Kurv answers with:\n\n", 1)[1].split("\n\n", 1)[0]
    rows = re.findall(r"^\| `([a-z_]+)` \| (\d{3})", table, re.M)
    return {code: int(status) for code, status in rows}


def test_the_code_collector_finds_what_it_should() -> None:
    codes = emitted_codes()

    assert codes["bad_signature"] == 401  # a class with code=
    assert codes["invalid_request"] == 400  # a class's default
    assert codes["internal_error"] == 500  # a literal answer in the handler
    assert "no_valid_events" in codes  # a literal inside a batch answer
    assert "rate_limited" not in codes  # the class exists, but every raise names its own code


def test_every_error_code_is_documented_with_its_status() -> None:
    codes, documented = emitted_codes(), documented_codes()

    assert sorted(set(codes) - set(documented)) == [], "codes the page does not list"
    assert sorted(set(documented) - set(codes)) == [], "codes the page lists but nothing answers"
    for code, status in codes.items():
        if status is not None:
            assert documented[code] == status, code


# ---------------------------------------------------------------- examples, posted


def _cart(stack: LocalStack, shop: Shop, cart_id: str = "c-1001") -> dict[str, Any]:
    return read_cart(stack, shop.shop_id, cart_id)


def _emails_to(loop: LocalLoop, seconds: int, address: str) -> list[dict[str, Any]]:
    return [email for email in advance(loop, seconds) if email["to"] == address]


def cart_updated_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    post(api, "cart.updated")

    cart = _cart(stack, api.shop)
    sent = example("cart.updated")["items"]
    assert [item["sku"] for item in cart["items"]] == [item["sku"] for item in sent]
    for stored, given in zip(cart["items"], sent, strict=True):
        assert stored == {**given, "unit_price": Decimal(given["unit_price"])}
    assert cart["currency"] == "DKK"
    assert cart["subtotal"] == Decimal("223.50")
    assert cart["locale"] == "da_DK"
    assert cart["last_activity_at"] == stack.clock.now()


def checkout_contact_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    post(api, "checkout.contact")
    post(api, "cart.updated")

    cart = _cart(stack, api.shop)
    assert (cart["email"], cart["first_name"], cart["phone"]) == (
        "ada@example.com",
        "Ada",
        "+45 12 34 56 78",
    )
    assert cart["consent"] is True
    # Due the first step's delay (1 h) after the last activity; an email in Danish, by name.
    assert due_keys(stack, stack.clock.now() + HOUR) == [cart_key(api.shop.shop_id, "c-1001")]
    assert _emails_to(loop, HOUR - 1, "ada@example.com") == []
    [email] = _emails_to(loop, 1, "ada@example.com")
    assert email["headers"]["Content-Language"] == "da"
    assert "Ada" in email["text"]
    assert "Blue mug" in email["text"]
    assert "https://shop.example/img/mug-blue.jpg" in email["html"]


def checkout_step_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    post(api, "checkout.contact")
    stack.clock.advance(30 * 60)
    post(api, "checkout.step")

    cart = _cart(stack, api.shop)
    assert cart["checkout_step"] == "shipping"
    assert cart["due_at"] == stack.clock.now() + HOUR  # the next email moved later


def payment_failed_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    post(api, "checkout.contact")
    post(api, "cart.updated")
    post(api, "payment.failed")
    post(api, "payment.failed")  # the same event_id again: counted once

    cart = _cart(stack, api.shop)
    assert cart["payment_failures"] == 1
    assert cart["payment_failure_reason"] == "card_declined"
    [email] = _emails_to(loop, HOUR, "ada@example.com")
    subject = catalogue("da")["subject"]["payment_trouble"]  # the helping email, in Danish
    assert email["subject"] == subject.format(shop=api.shop.name)


def _customer_with_two_carts(api: Api) -> None:
    """The examples' customer, with the examples' cart and another one, on a phone."""
    post(api, "checkout.contact")
    post(api, "cart.updated")
    for name in ("checkout.contact", "cart.updated"):
        assert (
            api.post({**example(name), "cart_id": "c-1001-phone", "event_id": name}).status == 202
        )


def order_completed_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    _customer_with_two_carts(api)
    stack.clock.advance(60)

    post(api, "order.completed")
    post(api, "order.completed")  # told twice: changes nothing

    cart = _cart(stack, api.shop)
    assert cart["closed"] == "ordered"
    assert (cart["order_id"], cart["order_total"]) == ("100231", Decimal("223.50"))
    assert due_keys(stack, stack.clock.now() + 10 * DAY) == [
        cart_key(api.shop.shop_id, "c-1001-phone")  # still due, but will not be sent
    ]
    assert _emails_to(loop, 10 * DAY, "ada@example.com") == []


def customer_opted_out_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    _customer_with_two_carts(api)

    post(api, "customer.opted_out")

    assert _cart(stack, api.shop)["closed"] == "opted_out"
    suppressions = SuppressionStore(stack.dynamodb, stack.settings.suppressions_table)
    assert suppressions.is_suppressed(api.shop.shop_id, stack.address_key.hash("ada@example.com"))
    assert _emails_to(loop, 10 * DAY, "ada@example.com") == []  # no cart of that address


def batch_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    post(api, "batch")

    cart = _cart(stack, api.shop, "c-1002")
    assert cart["email"] == "grace@example.com"
    assert [item["sku"] for item in cart["items"]] == ["LAMP-1"]


def batch_partial_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    post(api, "batch-partial")

    cart = _cart(stack, api.shop, "c-1003")
    assert cart["checkout_step"] == "payment"  # the valid event was kept
    assert "items" not in cart


def late_newer_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    post(api, "late-newer")

    cart = _cart(stack, api.shop, "c-1004")
    assert cart["items"][0]["quantity"] == 2


def late_older_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    post(api, "late-newer")
    post(api, "late-older")  # valid, answered 202, and superseded

    cart = _cart(stack, api.shop, "c-1004")
    assert cart["items"][0]["quantity"] == 2
    assert cart["last_activity_at"] == int(
        datetime.fromisoformat(example("late-newer")["occurred_at"]).timestamp()
    )


def invalid_event_effect(api: Api, stack: LocalStack, loop: LocalLoop) -> None:
    post(api, "invalid-event")

    assert _cart(stack, api.shop) == {}


EFFECTS: dict[str, Callable[[Api, LocalStack, LocalLoop], None]] = {
    "cart.updated": cart_updated_effect,
    "checkout.contact": checkout_contact_effect,
    "checkout.step": checkout_step_effect,
    "payment.failed": payment_failed_effect,
    "order.completed": order_completed_effect,
    "customer.opted_out": customer_opted_out_effect,
    "batch": batch_effect,
    "batch-partial": batch_partial_effect,
    "late-newer": late_newer_effect,
    "late-older": late_older_effect,
    "invalid-event": invalid_event_effect,
}


def test_every_example_has_its_effect_checked() -> None:
    assert set(EFFECTS) == set(blocks("example"))


@pytest.mark.parametrize("name", sorted(EFFECTS))
def test_example_is_answered_and_does_what_the_page_says(
    name: str, api: Api, stack: LocalStack, loop: LocalLoop
) -> None:
    EFFECTS[name](api, stack, loop)


# Requests that make the answers the page shows without an example of their own.
PROVOKED: dict[str, Callable[[Api], Reply]] = {
    "bad-signature": lambda api: api.post(example("checkout.step"), secret="ksk_not_the_shops"),
    "signature-expired": lambda api: api.post(
        example("checkout.step"), t=api.stack.clock.now() - 301
    ),
    "origin-not-allowed": lambda api: api.browser_post(
        example("checkout.step"), origin="https://elsewhere.example"
    ),
    "payload-too-large": lambda api: api.post(b" " * (MAX_BODY_BYTES + 1)),
    "browser-contacts-off": lambda api: Api(
        api.stack, make_shop(api.stack, browser_contacts=False)
    ).browser_post(example("checkout.contact")),
}


@pytest.mark.parametrize("name", sorted(PROVOKED))
def test_error_answers_on_the_page_are_real(name: str, api: Api) -> None:
    expected = blocks("response")[name]

    reply = PROVOKED[name](api)

    assert (reply.status, reply.body) == (expected.status, json.loads(expected.text))


# ---------------------------------------------------------------- programs, against `make run`


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LocalServer]:
    """`make run` on a free port (not 3000), running this checkout's code, on real time."""
    for tool in ("openssl", "curl", "bash"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    code = f"{ROOT / 'layers' / 'common'}:{ROOT / 'tools'}"
    with local_server(
        tmp_path, KURV_DEMO_SECRET="ksk_try_me", KURV_SWEEP_SECONDS="3600", PYTHONPATH=code
    ) as running:
        yield running


def _bash(script: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run a script from our own pages, strictly, with a plain environment plus `env`."""
    return subprocess.run(  # noqa: S603 (our own documentation's script, against loopback)
        [shutil.which("bash") or "/bin/bash", "-euo", "pipefail", "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **env},
    )


def _assign(source: str, variable: str, value: str, pattern: str) -> str:
    changed, count = re.subn(pattern.format(variable), f"{variable}{value}", source, flags=re.M)
    assert count == 1, f"{variable} is not assigned once in the example"
    return changed


@pytest.mark.slow
def test_python_signing_example_posts_to_kurv(server: LocalServer) -> None:
    source = blocks("code")["python-signing"].text
    for variable, value in (
        ("KURV_URL", f"{server.base_url}/v1/events"),
        ("SHOP_ID", "demo"),
        ("SIGNING_SECRET", "ksk_try_me"),
    ):
        source = _assign(source, variable, f" = {value!r}", r"^{} = .*$")
    namespace: dict[str, Any] = {}

    exec(compile(source, "docs/api.md python-signing", "exec"), namespace)  # noqa: S102

    assert (namespace["status"], namespace["answer"]) == (202, {"accepted": 1})
    body = b'{"type": "checkout.step"}'
    assert namespace["kurv_signature"]("ksk_x", body, 1_800_000_000) == sign(
        "ksk_x", body, 1_800_000_000
    )


@pytest.mark.slow
def test_shell_signing_example_posts_to_kurv(server: LocalServer) -> None:
    script = blocks("code")["shell-signing"].text
    for variable, value in (
        ("KURV_URL", f"{server.base_url}/v1/events"),
        ("SHOP_ID", "demo"),
        ("SIGNING_SECRET", "ksk_try_me"),
    ):
        script = _assign(script, variable, f"={value}", r"^{}=.*$")

    done = _bash(script)

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"accepted": 1}


def _runtime(program: str) -> str:
    """A language's interpreter for the page's examples: skipped where missing, except under
    CI, where `make test` installs it."""
    found = shutil.which(program)
    if found is None:
        if os.environ.get("CI"):
            raise RuntimeError(f"{program} is missing in CI: `make runtimes` installs it")
        pytest.skip(f"{program} is not installed")
    return found


@pytest.mark.slow
@pytest.mark.parametrize(("name", "program"), [("node-signing", "node"), ("php-signing", "php")])
def test_signing_examples_in_other_languages_post_to_kurv(
    name: str, program: str, server: LocalServer, tmp_path: Path
) -> None:
    interpreter = _runtime(program)
    source = blocks("code")[name].text
    for variable, value in (
        ("KURV_URL", f"{server.base_url}/v1/events"),
        ("SHOP_ID", "demo"),
        ("SIGNING_SECRET", "ksk_try_me"),
    ):
        source = _assign(source, variable, f" = {json.dumps(value)};", r"(?<=^const ){} = .*$")
    script = tmp_path / f"example.{'js' if program == 'node' else program}"
    script.write_text(source)

    done = subprocess.run(  # noqa: S603 (our own documentation's program, against loopback)
        [interpreter, str(script)], capture_output=True, text=True, timeout=60, check=False
    )

    assert done.returncode == 0, done.stderr
    status, answer = done.stdout.strip().split(" ", 1)
    assert (int(status), json.loads(answer)) == (202, {"accepted": 1})


@pytest.mark.slow
def test_readme_recipes_work_on_another_port(server: LocalServer) -> None:
    # The README's "Try it": its shell blocks, in order, in one shell, with KURV_PORT set.
    section = README.read_text().split("## Try it\n", 1)[1].split("\n## ", 1)[0]
    script = "\n".join(re.findall(r"```sh\n(.*?)\n```", section, re.S))
    port = server.base_url.rsplit(":", 1)[1]
    assert port != "3000"

    done = _bash(script, KURV_PORT=port)  # as if the user exported it

    assert done.returncode == 0, done.stderr
    assert done.stdout.count('{"accepted": 1}') == 2, done.stdout
    assert '"to": "ada@example.com"' in done.stdout, done.stdout
