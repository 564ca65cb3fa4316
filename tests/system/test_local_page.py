"""The page behind `make run` (/_local/), in Debian's headless Chromium against a real
`make run` process: the emails listed, one opened as sent, its restore link clicked, the
clock moved with the page's own button, and the customer's reply sent from it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.wait import WebDriverWait

from browser import Driver, chromium, require_chromium
from kurv.track.auth import sign
from localserver import DEMO_SECRET, LocalServer, local_server

require_chromium()
pytestmark = pytest.mark.slow


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LocalServer]:
    with local_server(tmp_path, KURV_SWEEP_SECONDS="3600") as running:
        yield running


@pytest.fixture
def browser() -> Iterator[Driver]:
    with chromium(offline=False) as driver:
        yield driver


def post(server: LocalServer, event: dict[str, object]) -> None:
    _, _, clock = server.request("GET", "/_local/clock")
    body = json.dumps(event).encode()
    signature = sign(DEMO_SECRET, body, json.loads(clock)["now"])
    status, _, _ = server.request(
        "POST", "/v1/events", body, {"Kurv-Shop": "demo", "Kurv-Signature": signature}
    )
    assert status == 202


def click_and_wait(browser: Driver, selector: str) -> None:
    """Click what leads to another page, and wait until that page has replaced this one:
    a minute at most, for a machine busy with every other test (it takes a second alone)."""
    page = browser.find_element(By.TAG_NAME, "html")
    before = browser.current_url
    browser.find_element(By.CSS_SELECTOR, selector).click()
    try:
        WebDriverWait(browser, 60).until(expected_conditions.staleness_of(page))
    except TimeoutException:
        pytest.fail(
            f"clicking {selector} on {before} left the page in place a minute later: now at "
            f"{browser.current_url}, titled {browser.title!r}"
        )


def texts(browser: Driver, selector: str) -> list[str]:
    return [element.text for element in browser.find_elements(By.CSS_SELECTOR, selector)]


def test_watch_a_cart_on_the_local_page(server: LocalServer, browser: Driver) -> None:
    post(
        server,
        {"type": "checkout.contact", "cart_id": "c1", "email": "ada@example.com", "consent": True},
    )
    item = {"sku": "MUG", "name": "Blue mug", "quantity": 2, "unit_price": "12.50"}
    post(server, {"type": "cart.updated", "cart_id": "c1", "currency": "EUR", "items": [item]})

    browser.get(server.base_url + "/_local/")
    assert browser.find_element(By.ID, "empty").is_displayed()  # nothing sent yet
    click_and_wait(browser, "#advance")  # +1 hour: the first email goes out

    [subject] = texts(browser, "a.email")
    assert subject == "Still thinking about your Blue mug?"  # led by the product
    click_and_wait(browser, "a.email")
    assert browser.find_element(By.ID, "subject").text == subject
    frame = browser.find_element(By.CSS_SELECTOR, "iframe[sandbox]")
    browser.switch_to.frame(frame)
    assert "Blue mug" in browser.find_element(By.TAG_NAME, "body").text  # the HTML as sent
    browser.switch_to.default_content()
    assert "Blue mug" in browser.find_element(By.ID, "text").text
    email_page = browser.current_url

    # The customer clicks the email's restore link: Kurv records it and sends them on to
    # the shop's cart (the demo shop's storefront is not running; the click is what counts).
    click_and_wait(browser, "a.restore")
    assert "/r/" not in browser.current_url
    browser.get(email_page)
    assert any("first click" in line for line in texts(browser, "#timeline li"))

    # A day later: the second email.
    browser.find_element(By.CSS_SELECTOR, "select[name=advance] option[value='86400']").click()
    click_and_wait(browser, "#advance")
    browser.get(server.base_url + "/_local/")
    page = browser.find_element(By.TAG_NAME, "body").text
    assert len(texts(browser, "a.email")) == 2, page

    # The customer answers the first email from its page: it lands on the cart's timeline.
    browser.get(email_page)
    click_and_wait(browser, "#reply")
    timeline = texts(browser, "#timeline li")
    assert any("reply (price): Shipping was too expensive" in line for line in timeline)
    assert timeline[-1] == "closed: replied"
