"""Debian's Chromium, headless, driven by Selenium with Debian's chromium-driver: never a
browser download. Missing outside CI: the tests that need it skip; under CI: they fail."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
Driver = webdriver.Chrome


def require_chromium() -> None:
    """Call at a test module's top."""
    if CHROMIUM is None or CHROMEDRIVER is None:
        if os.environ.get("CI"):
            raise RuntimeError(
                "Chromium or its driver is missing in CI: `make test` installs Debian's "
                "chromium and chromium-driver"
            )
        pytest.skip(
            "Chromium is not installed (apt-get install chromium chromium-driver)",
            allow_module_level=True,
        )


@contextmanager
def chromium(*, offline: bool) -> Iterator[Driver]:
    """A headless browser. `offline`: no host name resolves and no http(s) request leaves
    (for judging files); otherwise it may reach this machine's own servers."""
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--disable-dev-shm-usage",
        "--disable-extensions",
        "--no-first-run",
        "--force-color-profile=srgb",
    ):
        options.add_argument(argument)
    if offline:
        # No name resolves: nothing leaves this machine, even before a request is blocked.
        options.add_argument("--host-resolver-rules=MAP * ~NOTFOUND")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SE_OFFLINE", "true")  # should Selenium Manager ever run: no downloads
        browser = webdriver.Chrome(
            service=Service(executable_path=str(CHROMEDRIVER)), options=options
        )
    try:
        browser.set_page_load_timeout(30)
        if offline:
            browser.execute_cdp_cmd("Network.enable", {})
            browser.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["http://*", "https://*"]})
        yield browser
    finally:
        browser.quit()
