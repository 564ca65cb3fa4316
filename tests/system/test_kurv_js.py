"""docs/examples/kurv.js, the snippet merchants copy into their storefront, run as is in
Debian's headless Chromium: from a page on its own origin to a real `make run` (the page's
origin allowed with `kurv shop update --origin`, as a merchant would), and to a stand-in
Kurv on loopback that answers what the test tells it to (503, 400, a batch answered in
part, no answer at all), to see that it retries with the same event_id, gives up quietly,
keeps unsent events over a navigation, and never throws or holds up the checkout."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Literal, cast
from urllib.parse import urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.wait import WebDriverWait

from browser import Driver, chromium, require_chromium
from kurv.core.dynamo import from_item
from kurv.core.model import cart_key
from kurv_tools.local.emulator import Emulator
from kurv_tools.local.stack import DEMO_ORIGIN
from kurv_tools.local.state import STATE_FILE
from localserver import DEMO_KEY, LocalServer, local_server

require_chromium()
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "docs" / "examples" / "kurv.js"
CODE = f"{ROOT / 'layers' / 'common'}{os.pathsep}{ROOT / 'tools'}"  # this checkout's code
KEY = "kpk_test_key"
WAIT = 15  # seconds: a bound for what should take well under one

# A storefront page: it collects every uncaught error and unhandled rejection, and its
# checkout tells Kurv and goes on without waiting (window.kurvOptions set by the test).
PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Test shop</title>
<script>
  window.problems = [];
  window.results = [];
  addEventListener("error", (e) => problems.push("error: " + e.message));
  addEventListener("unhandledrejection", (e) => problems.push("unhandled: " + e.reason));
  window.record = (name, promise) => promise.then(
    (value) => results.push([name, value]), (error) => problems.push(name + ": " + error));
</script>
<script src="/kurv.js"></script>
</head><body>
<form id="checkout" action="/thanks.html"><button id="pay" type="submit">Pay</button></form>
<p id="status">not paid</p>
<script>
  document.getElementById("checkout").addEventListener("submit", (event) => {
    if (!window.navigateOnPay) event.preventDefault();
    const kurv = Kurv.init(window.kurvOptions);
    record("contact", kurv.contact("c-pay", "ada@example.com", { consent: true }));
    record("cart", kurv.cart("c-pay", [{ sku: "MUG", name: "Mug", quantity: 1,
                                         unit_price: "9.50" }], "EUR"));
    record("step", kurv.step("c-pay", "review"));
    document.getElementById("status").textContent = "paid";
  });
</script>
</body></html>"""
THANKS = "<!doctype html><title>Thanks</title><p id='thanks'>Thank you for your order</p>"


# ---------------------------------------------------------------- servers on loopback


@contextmanager
def serve(handler: type[BaseHTTPRequestHandler], **state: Any) -> Iterator[ThreadingHTTPServer]:
    """`handler` on a free loopback port (the OS picks it), in a thread, for one test."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    for name, value in state.items():
        setattr(server, name, value)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def origin(server: ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host!s}:{port}"


class Quiet(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def answer(self, status: int, body: bytes, kind: str, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in {"Content-Type": kind, "Cache-Control": "no-store", **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Shop(Quiet):
    """The merchant's storefront: the page, the thanks page, and kurv.js copied as is."""

    def do_GET(self) -> None:
        files = {
            "/shop.html": (PAGE.encode(), "text/html; charset=utf-8"),
            "/thanks.html": (THANKS.encode(), "text/html; charset=utf-8"),
            "/kurv.js": (SCRIPT.read_bytes(), "text/javascript; charset=utf-8"),
        }
        path = urlsplit(self.path).path
        body, kind = files.get(path, (b"not found", "text/plain"))
        self.answer(200 if path in files else 404, body, kind, {})


HANG = -1  # an "answer": none at all, until the test ends


@dataclass
class Post:
    events: list[dict[str, Any]]
    headers: dict[str, str]


@dataclass
class Script:
    """What the stand-in Kurv answers, POST by POST, and what it was sent."""

    answers: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    otherwise: int = 202  # once `answers` is used up
    posts: list[Post] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    released: threading.Event = field(default_factory=threading.Event)

    def next(self, events: list[dict[str, Any]], headers: dict[str, str]) -> tuple[int, Any]:
        with self.lock:
            self.posts.append(Post(events, headers))
            if self.answers:
                return self.answers.pop(0)
            status = self.otherwise
        if status == 202:
            return 202, {"accepted": len(events)}
        return status, {"error": {"code": "temporarily_unavailable", "message": "busy"}}

    def count(self) -> int:
        with self.lock:
            return len(self.posts)


class FakeKurv(Quiet):
    """Answers like Kurv: the CORS preflight for any origin, then POSTs as scripted."""

    def cors(self) -> dict[str, str]:
        return {"Access-Control-Allow-Origin": self.headers.get("Origin", "")}

    def do_OPTIONS(self) -> None:
        headers = {
            **self.cors(),
            "Access-Control-Allow-Methods": "POST, OPTIONS",
            "Access-Control-Allow-Headers": "content-type, kurv-key",
            "Access-Control-Max-Age": "600",
        }
        self.answer(204, b"", "text/plain", headers)

    def do_POST(self) -> None:
        script = cast(Any, self.server).script
        assert isinstance(script, Script)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        status, answer = script.next(
            body["events"], {k.lower(): v for k, v in self.headers.items()}
        )
        if status == HANG:
            script.released.wait(timeout=WAIT)
            return
        self.answer(status, json.dumps(answer).encode(), "application/json", self.cors())


@dataclass
class Stand:
    """A storefront page and a stand-in Kurv, each on its own loopback origin."""

    shop: ThreadingHTTPServer
    kurv: ThreadingHTTPServer
    script: Script

    @property
    def page(self) -> str:
        return f"{origin(self.shop)}/shop.html"

    @property
    def endpoint(self) -> str:
        return f"{origin(self.kurv)}/v1/events"


@pytest.fixture
def stand() -> Iterator[Stand]:
    script = Script()
    with serve(Shop) as shop, serve(FakeKurv, script=script) as kurv:
        yield Stand(shop, kurv, script)
        script.released.set()  # frees a request left hanging, so the server stops at once


@pytest.fixture(scope="module")
def browser() -> Iterator[Driver]:
    with chromium(offline=False) as driver:
        yield driver


@pytest.fixture
def page(browser: Driver) -> Driver:
    console(browser)  # the log of earlier tests: read, and so emptied
    return browser


# ---------------------------------------------------------------- helpers


def open_shop(browser: Driver, url: str, **options: Any) -> None:
    """Opens the storefront page and sets the options its checkout passes to Kurv.init."""
    browser.get(url)
    browser.execute_script("window.kurvOptions = arguments[0];", options)


def results(browser: Driver, count: int) -> dict[str, Any]:
    """What the page's recorded Kurv promises resolved to, once `count` of them have."""

    def settled(driver: Driver) -> list[tuple[str, Any]] | Literal[False]:
        done: list[list[Any]] = driver.execute_script("return results")
        return [(str(name), value) for name, value in done] if len(done) >= count else False

    return dict(WebDriverWait(browser, WAIT, poll_frequency=0.02).until(settled))


def until(browser: Driver, condition: Callable[[], bool]) -> None:
    WebDriverWait(browser, WAIT, poll_frequency=0.02).until(lambda _: condition())


def console(browser: Driver) -> list[str]:
    """What the page logged at warning and above (Uncaught errors included) since the last
    look: reading the browser's log empties it."""
    read = cast(Callable[[str], list[dict[str, Any]]], browser.get_log)
    return [str(entry["message"]) for entry in read("browser")]


def problems(browser: Driver) -> list[str]:
    """Uncaught errors and unhandled rejections the page saw, and errors in the log."""
    seen: list[str] = browser.execute_script("return problems")
    return seen + [line for line in console(browser) if line.startswith("javascript")]


# ---------------------------------------------------------------- the tests


def test_kurv_js_is_valid_javascript() -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    done = subprocess.run(  # noqa: S603 (our own file, checked only)
        [node, "--check", str(SCRIPT)], capture_output=True, text=True, timeout=30, check=False
    )
    assert done.returncode == 0, done.stderr


# ---------------------------------------------------------------- against `make run`


def allow_origin(folder: Path, page_origin: str) -> None:
    """`kurv shop update demo --origin ...`, run where `make run` was started, as a merchant
    would (the CLI finds the local stack through the .kurv/local.json it left there)."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("AWS_", "KURV_"))  # the local stack, not a table named here
    }
    done = subprocess.run(  # noqa: S603 (our own CLI, against the loopback stack)
        [
            sys.executable,
            "-m",
            "kurv_tools.cli",
            "shop",
            "update",
            "demo",
            "--origin",  # --origin names them all: the demo's own, and the page's
            DEMO_ORIGIN,
            "--origin",
            page_origin,
        ],
        cwd=folder,
        env={**environment, "PYTHONPATH": CODE},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert page_origin in done.stdout  # the shop as updated lists it


def stored_cart(folder: Path, cart_id: str) -> dict[str, Any]:
    """The cart as the local stack stored it, read from its emulated DynamoDB."""
    state = json.loads((folder / STATE_FILE).read_text())
    item = (
        Emulator(state["endpoint_url"])
        .client("dynamodb")
        .get_item(
            TableName=state["carts_table"],
            Key={"pk": {"S": cart_key("demo", cart_id)}},
            ConsistentRead=True,
        )
        .get("Item")
    )
    return from_item(item)


@pytest.fixture
def kurv_run(tmp_path: Path) -> Iterator[LocalServer]:
    with local_server(tmp_path, KURV_SWEEP_SECONDS="3600", PYTHONPATH=CODE) as running:
        yield running


def test_a_storefront_page_tells_the_local_stack(
    kurv_run: LocalServer, page: Driver, tmp_path: Path
) -> None:
    with serve(Shop) as shop:
        open_shop(page, f"{origin(shop)}/shop.html")
        options = {"endpoint": f"{kurv_run.base_url}/v1/events", "key": DEMO_KEY}
        # Before the shop allows this page's origin, Kurv refuses it (no CORS answer):
        # kurv.js retries, gives up, and says so in the console.
        page.execute_script(
            "const kurv = Kurv.init({...arguments[0], retryDelays: [10, 20]});"
            "record('refused', kurv.step('c-js', 'cart'));",
            options,
        )
        assert results(page, 1) == {"refused": False}
        warnings = console(page)
        assert any("gave up on 1 event(s)" in line for line in warnings), warnings

        allow_origin(tmp_path, origin(shop))
        page.execute_script(
            """const kurv = Kurv.init(arguments[0]);
            record("contact", kurv.contact("c-js", "ada.lovelace@example.com", {
              consent: true, firstName: "Ada", locale: "en-GB", phone: "+45 12 34 56 78" }));
            record("cart", kurv.cart("c-js", [
              { sku: "MUG-BLUE", name: "Blue mug", quantity: 2, unit_price: "19.95" },
              { sku: 4711, name: "Earl Grey, 50 g", quantity: 1, unitPrice: 4.5 },
            ], "EUR"));
            record("step", kurv.step("c-js", "payment"));""",
            options,
        )
        assert results(page, 4) == {"refused": False, "contact": True, "cart": True, "step": True}
        assert problems(page) == []

    cart = stored_cart(tmp_path, "c-js")
    assert (cart["email"], cart["consent"]) == ("ada.lovelace@example.com", True)
    assert (cart["first_name"], cart["phone"]) == ("Ada", "+45 12 34 56 78")
    assert cart["locale"] == "en_GB"  # as Kurv keeps a language tag
    assert cart["currency"] == "EUR"
    assert cart["items"] == [
        {"sku": "MUG-BLUE", "name": "Blue mug", "quantity": 2, "unit_price": Decimal("19.95")},
        {"sku": "4711", "name": "Earl Grey, 50 g", "quantity": 1, "unit_price": Decimal("4.5")},
    ]
    assert cart["checkout_step"] == "payment"
    assert len(cart["event_ids"]) == 3  # one each, made by kurv.js
    assert all(event_id.startswith("kjs-") for event_id in cart["event_ids"])

    # An hour on, the stack's sweep emails that address about that mug.
    status, _, _ = kurv_run.request("POST", "/_local/clock", b'{"advance": 3700}')
    assert status == 200
    _, _, outbox = kurv_run.request("GET", "/_local/outbox")
    [email] = json.loads(outbox)
    assert email["to"] == "ada.lovelace@example.com"
    assert email["cart_id"] == "c-js"
    assert "Blue mug" in email["text"]


# ---------------------------------------------------------------- against a stand-in Kurv


def test_the_checkout_goes_on_when_kurv_cannot_be_reached(page: Driver, stand: Stand) -> None:
    with socket.socket() as closed:  # bound, never listening: every connection is refused
        closed.bind(("127.0.0.1", 0))
        endpoint = f"http://127.0.0.1:{closed.getsockname()[1]}/v1/events"
        open_shop(page, stand.page, endpoint=endpoint, key=KEY, retryDelays=[10, 20])

        page.find_element(By.ID, "pay").click()

        # The click's handler ran to its end at once, whatever Kurv does.
        assert page.find_element(By.ID, "status").text == "paid"
        assert results(page, 3) == {"contact": False, "cart": False, "step": False}
        assert problems(page) == []

        # Paying for real: the page leaves while kurv.js is still trying.
        open_shop(page, stand.page, endpoint=endpoint, key=KEY, retryDelays=[5000])
        page.execute_script("window.navigateOnPay = true")
        page.find_element(By.ID, "pay").click()
        thanks = WebDriverWait(page, WAIT).until(
            expected_conditions.presence_of_element_located((By.ID, "thanks"))
        )
        assert thanks.text == "Thank you for your order"
        assert urlsplit(page.current_url).path == "/thanks.html"
        logged = console(page)
        assert not [line for line in logged if "Uncaught" in line], logged
        assert not [line for line in logged if "ada@example.com" in line], logged


def test_a_503_is_retried_with_the_same_event_id(page: Driver, stand: Stand) -> None:
    stand.script.answers = [(503, {"error": {"code": "temporarily_unavailable", "message": "x"}})]
    open_shop(page, stand.page)
    page.execute_script("document.cookie = 'session=s3cret; path=/'")  # kurv.js sends none

    page.execute_script(
        "const kurv = Kurv.init({...arguments[0], retryDelays: [50, 100]});"
        "record('step', kurv.step('c-1', 'shipping'));",
        {"endpoint": stand.endpoint, "key": KEY},
    )

    assert results(page, 1) == {"step": True}
    first, second = stand.script.posts
    assert first.events == second.events
    [event] = first.events
    assert event["event_id"].startswith("kjs-")
    assert {key: value for key, value in event.items() if key != "event_id"} == {
        "type": "checkout.step",
        "cart_id": "c-1",
        "step": "shipping",
    }
    for post in (first, second):
        assert post.headers["kurv-key"] == KEY
        assert post.headers["origin"] == origin(stand.shop)
        assert post.headers["content-type"] == "application/json"
        assert "cookie" not in post.headers
    assert problems(page) == []


def test_a_400_is_not_retried_and_is_named_in_the_console(page: Driver, stand: Stand) -> None:
    refusal = {"code": "invalid_request", "message": "step must be one of ...", "field": "step"}
    stand.script.answers = [(400, {"error": refusal})]
    open_shop(page, stand.page)

    page.execute_script(
        "const kurv = Kurv.init({...arguments[0], retryDelays: [10, 20]});"
        "record('bad', kurv.step('c-1', 'dancing'));",
        {"endpoint": stand.endpoint, "key": KEY},
    )

    assert results(page, 1) == {"bad": False}  # settled: nothing left to retry
    assert stand.script.count() == 1
    warnings = console(page)
    assert any("HTTP 400" in line and "invalid_request, step" in line for line in warnings)
    assert not [line for line in warnings if "dancing" in line]
    assert page.execute_script("return problems") == []


def test_a_batch_answered_in_part_resends_only_what_may_succeed(page: Driver, stand: Stand) -> None:
    stand.script.answers = [
        (
            202,
            {
                "accepted": 1,
                "rejected": [
                    {"index": 1, "error": {"code": "temporarily_unavailable", "message": "x"}},
                    {"index": 2, "error": {"code": "invalid_request", "field": "step"}},
                ],
            },
        )
    ]
    open_shop(page, stand.page)

    page.execute_script(
        """const kurv = Kurv.init({...arguments[0], retryDelays: [10, 20]});
        record("contact", kurv.contact("c-2", "grace@example.com", { consent: false }));
        const lines = [{ sku: "MUG", name: "Mug", quantity: 1, unit_price: "9.50" }];
        record("cart", kurv.cart("c-2", lines, "DKK", "da"));
        lines[0].quantity = 99;  // the page's own objects, changed after the call
        record("step", kurv.step("c-2", "nowhere"));""",
        {"endpoint": stand.endpoint, "key": KEY},
    )

    assert results(page, 3) == {"contact": True, "cart": True, "step": False}
    first, second = stand.script.posts  # the three calls of one moment share a request
    assert [event["type"] for event in first.events] == [
        "checkout.contact",
        "cart.updated",
        "checkout.step",
    ]
    assert first.events[0] | {"event_id": "-"} == {
        "type": "checkout.contact",
        "cart_id": "c-2",
        "event_id": "-",
        "email": "grace@example.com",
        "consent": False,
    }
    assert first.events[1]["items"][0]["quantity"] == 1  # the cart as it was when told
    assert second.events == [first.events[1]]  # the cart again, with its event_id
    assert problems(page) == []


def test_a_request_without_an_answer_times_out_and_is_retried(page: Driver, stand: Stand) -> None:
    stand.script.answers = [(HANG, {})]
    open_shop(page, stand.page)

    page.execute_script(
        "const kurv = Kurv.init({...arguments[0], timeout: 1000, retryDelays: [10]});"
        "record('step', kurv.step('c-3', 'payment'));",
        {"endpoint": stand.endpoint, "key": KEY},
    )

    assert results(page, 1) == {"step": True}
    first, second = stand.script.posts
    assert first.events == second.events


def test_kurv_down_for_good_is_given_up_after_the_retries(page: Driver, stand: Stand) -> None:
    stand.script.otherwise = 503
    open_shop(page, stand.page)

    page.execute_script(
        "const kurv = Kurv.init({...arguments[0], retryDelays: [10, 20]});"
        "record('step', kurv.step('c-4', 'cart'));",
        {"endpoint": stand.endpoint, "key": KEY},
    )

    assert results(page, 1) == {"step": False}
    assert stand.script.count() == 3  # the first try and two retries
    assert page.execute_script("return sessionStorage.length") == 0  # nothing left to send
    assert problems(page) == []


def test_unsent_events_are_sent_by_the_next_page(page: Driver, stand: Stand) -> None:
    stand.script.otherwise = 503
    options = {"endpoint": stand.endpoint, "key": KEY, "retryDelays": [60_000]}
    open_shop(page, stand.page)
    page.execute_script("record('step', Kurv.init(arguments[0]).step('c-5', 'review'))", options)
    until(page, lambda: stand.script.count() == 1)  # refused once; the retry is a minute off
    stored = json.loads(page.execute_script(f"return sessionStorage.getItem('kurv:{KEY}')"))
    assert stored == stand.script.posts[0].events

    stand.script.otherwise = 202
    page.get(stand.page)  # the customer goes on to the next page, which loads kurv.js
    page.execute_script("Kurv.init(arguments[0])", options)

    until(page, lambda: stand.script.count() == 2)
    assert stand.script.posts[1].events == stored  # the same event_id: a replay to Kurv
    until(page, lambda: page.execute_script(f"return sessionStorage.getItem('kurv:{KEY}')") is None)
    assert problems(page) == []


def test_bad_arguments_never_throw(page: Driver, stand: Stand) -> None:
    open_shop(page, stand.page)

    returned = page.execute_script(
        """const kurv = Kurv.init(arguments[0]);
        const calls = {
          "cart()": () => kurv.cart(),
          "cart(id, text)": () => kurv.cart("c", "mug", "EUR"),
          "cart(id, [a getter that throws])": () => kurv.cart("c",
            [{ get sku() { throw new Error("boom"); } }], "EUR"),
          "contact(id, email)": () => kurv.contact("c", "ada@example.com"),
          "contact(id, 42, consent)": () => kurv.contact("c", 42, { consent: true }),
          "step()": () => kurv.step(),
          "step('', step)": () => kurv.step("", "cart"),
          "send()": () => kurv.send(),
          "send(null)": () => kurv.send(null),
          "send(text)": () => kurv.send("cart.updated"),
          "send(circular)": () => {
            const event = { type: "checkout.step", cart_id: "c", step: "cart" };
            event.itself = event;
            return kurv.send(event);
          },
          "init()": () => Kurv.init().step("c", "cart"),
          "init(null)": () => Kurv.init(null).cart("c", [], "EUR"),
          "without fetch": () => {
            const saved = window.fetch;
            window.fetch = undefined;
            try { return Kurv.init({ ...arguments[0], key: "kpk_other" }).step("c", "cart"); }
            finally { window.fetch = saved; }
          },
        };
        const returned = {};
        for (const [name, call] of Object.entries(calls)) {
          try {
            const promise = call();
            returned[name] = promise instanceof Promise;
            record(name, promise);
          } catch (error) {
            returned[name] = "threw " + error;
          }
        }
        returned["init twice, one client"] = Kurv.init(arguments[0]) === kurv;
        return returned;""",
        {"endpoint": stand.endpoint, "key": KEY},
    )

    assert set(returned.values()) == {True}, returned
    settled = results(page, len(returned) - 1)
    assert set(settled.values()) == {False}, settled
    assert stand.script.count() == 0  # nothing was sent
    assert problems(page) == []
