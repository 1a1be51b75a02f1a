"""The demo case's review page, opened in a real browser (headless Chromium from Debian).

One browser for the module, on the page the shared demo build wrote. Where Chromium or its
driver cannot be found these tests skip, saying what to install.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.browser import Unavailable, chromium
from tests.conftest import DemoBuild

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def page(demo_build: DemoBuild) -> Iterator[Any]:
    try:
        with chromium() as driver:
            driver.get((demo_build.out_dir / "review.html").as_uri())
            yield driver
    except Unavailable as exc:
        pytest.skip(str(exc))


def texts(page: Any, selector: str) -> list[str]:
    return page.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent)",
        selector,
    )


def squashed(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_document_has_its_card(page: Any, demo_build: DemoBuild) -> None:
    headings = [squashed(t) for t in texts(page, "#documents article h3")]
    assert headings == [d["file"] for d in demo_build.report["documents"]]


def test_every_finding_is_listed_with_what_to_do(page: Any, demo_build: DemoBuild) -> None:
    shown = [squashed(t) for t in texts(page, "#findings li.finding p")]
    assert shown == [squashed(f["message"]) for f in demo_build.report["findings"]]
    verdict = squashed(texts(page, ".verdict")[0])
    assert verdict.startswith("Not ready to file") and "1 error, 3 warnings" in verdict


def test_findings_link_to_the_claim_they_are_about(page: Any) -> None:
    [href] = page.execute_script(
        "return Array.from(document.querySelectorAll('#findings li.error a'), a => a.hash)"
    )
    assert href == "#claim-children-1"
    row = squashed(texts(page, href)[0])
    assert "Mateo Hernández Márquez" in row and "missing-evidence" in row


def test_every_exhibit_is_listed_with_its_tab_and_pages(page: Any, demo_build: DemoBuild) -> None:
    rows = page.execute_script(
        "return Array.from(document.querySelectorAll('#exhibits tbody tr'),"
        " r => Array.from(r.cells, c => c.textContent.trim()))"
    )
    by_tab = {tab: (pages, files) for tab, _, pages, files in rows}
    exhibits: dict[str, list[dict]] = {}
    for d in demo_build.report["documents"]:
        if d["exhibit"]:
            exhibits.setdefault(d["exhibit"], []).append(d)
    assert [tab for tab, *_ in rows if tab != "—"] == sorted(exhibits)
    for letter, docs in exhibits.items():
        first = min(d["packet_pages"][0] for d in docs)
        last = max(d["packet_pages"][1] for d in docs)
        expected = f"p. {first}" if first == last else f"pp. {first}\u2013{last}"
        assert by_tab[letter][0] == expected, letter
        assert all(d["file"] in by_tab[letter][1] for d in docs)


def test_every_thumbnail_decodes(page: Any, demo_build: DemoBuild) -> None:
    images = page.execute_script(
        "return Array.from(document.querySelectorAll('#documents img'),"
        " i => [i.complete, i.naturalWidth, i.naturalHeight, i.alt])"
    )
    assert len(images) == sum(d["source_pages"] for d in demo_build.report["documents"])
    for complete, width, height, alt in images:
        assert complete and width > 0 and height > width, alt  # a portrait letter page
        assert re.fullmatch(r"Page \d+ of \d+ of scans/\S+", alt)


def test_no_request_leaves_the_page(page: Any, demo_build: DemoBuild) -> None:
    addresses = page.execute_script(
        "return Array.from(document.querySelectorAll('[src], [href]'),"
        " e => e.getAttribute('src') || e.getAttribute('href'))"
    )
    assert addresses
    assert not [a for a in addresses if re.match(r"\s*(https?:)?//", a, re.I)]
    # what the page itself asked for (the browser's own start page, loaded before, is not it)
    review = (demo_build.out_dir / "review.html").as_uri()
    requested = []
    for entry in page.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message["params"]
        if message["method"] == "Network.requestWillBeSent" and params.get("documentURL") == review:
            requested.append(params["request"]["url"])
    assert requested[0] == review
    assert all(url.startswith("data:image/jpeg;base64,") for url in requested[1:]), requested
    assert not page.execute_script("return document.scripts.length")  # complete without JS


def test_the_keyboard_reaches_the_findings_first(page: Any) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    page.execute_script("window.scrollTo(0, 0); document.activeElement.blur()")
    ActionChains(page).send_keys(Keys.TAB).perform()
    assert page.execute_script("return document.activeElement.textContent") == (
        "Skip to what to fix"
    )
    ActionChains(page).send_keys(Keys.ENTER).perform()
    assert page.execute_script("return location.hash") == "#findings"


def test_the_print_stylesheet_leaves_out_the_navigation(page: Any) -> None:
    shown = "return getComputedStyle(document.querySelector('nav')).display"
    assert page.execute_script(shown) != "none"
    page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert page.execute_script(shown) == "none"
    finally:
        page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_a_screenshot_shows_the_whole_page(page: Any, tmp_path: Path) -> None:
    height = page.execute_script("return document.documentElement.scrollHeight")
    page.set_window_size(1280, height)
    try:
        shot = tmp_path / "review.png"
        assert page.save_screenshot(str(shot))
    finally:
        page.set_window_size(1280, 2000)
    with Image.open(shot) as image:
        assert image.width == 1280 and image.height >= 3000  # twelve document cards
        grey = image.convert("L")
        darkest, lightest = grey.getextrema()
        assert darkest < 64 and lightest > 192  # ink on paper
        assert len(grey.getcolors(256) or []) > 32  # text, pictures and lines, not a flat page
