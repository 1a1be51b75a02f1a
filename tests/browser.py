"""Headless Chromium (Debian's `chromium` and `chromium-driver`) driven by Selenium.

Used by the review page's browser tests and by samples/make_review_screenshot.py. Chromium
starts with a fresh profile and every background service off, so that the only requests it
makes are the ones the page makes; the driver is Debian's, so Selenium never fetches one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",  # as root (CI), Chromium refuses to start sandboxed
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",  # small /dev/shm in containers
    "--hide-scrollbars",
)
BROWSERS = ("chromium", "chromium-browser", "google-chrome")


class Unavailable(Exception):
    """No browser to test in; the message says what is missing and how to install it."""


def programs() -> tuple[str, str]:
    """The Chromium binary and its WebDriver, or Unavailable naming what is missing."""
    browser = next((path for name in BROWSERS if (path := shutil.which(name))), None)
    driver = shutil.which("chromedriver")
    if browser is None or driver is None:
        missing = "chromium" if browser is None else "chromium-driver"
        raise Unavailable(
            f"{missing} is not installed (make setup installs it: apt-get install "
            "chromium chromium-driver)"
        )
    return browser, driver


@contextlib.contextmanager
def chromium(width: int = 1280, height: int = 2000) -> Iterator[Any]:
    """A Selenium driver of headless Chromium with a fresh profile, quit afterwards."""
    try:
        from selenium import webdriver
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        raise Unavailable("selenium is not installed (pip install -e '.[dev]')") from None
    browser, driver_path = programs()
    with tempfile.TemporaryDirectory(prefix="packet-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = browser
        for flag in (
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
        ):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
        # Chromium keeps crash reports under XDG_CONFIG_HOME whatever --user-data-dir says:
        # into the profile with them, not into the settings folder the tests point to.
        private = {**os.environ, "XDG_CONFIG_HOME": profile, "XDG_CACHE_HOME": profile}
        try:
            driver = webdriver.Chrome(service=Service(driver_path, env=private), options=options)
        except WebDriverException as exc:
            raise Unavailable(f"Chromium did not start: {exc.msg}") from None
        try:
            driver.get_log("performance")  # the start page's own requests: not the page's
            yield driver
        finally:
            driver.quit()
