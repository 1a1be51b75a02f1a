"""Generate docs/review.png, the README's picture of the review page, from the demo case.

Builds the demo case (its scans made first if missing) into a temporary folder, opens the
review page in headless Chromium (tests/browser.py: Debian's chromium and chromium-driver) and
saves the top of the page (verdict, findings, residence timeline) above the first document's
card, reduced to a small palette so that the file stays small.

    .venv/bin/python samples/make_review_screenshot.py [docs/review.png]   # or: make screenshot
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # tests.browser, when run as a script

from tests.browser import chromium  # noqa: E402

DEMO = REPO / "samples" / "demo-case"
WIDTH = 1100  # CSS pixels
COLOURS = 64
GAP = 24  # pixels of white between the top of the page and the card
DATE = "1793491200"  # 2026-11-01: the same picture whatever the day it is made


def build_demo(out: Path) -> Path:
    if not (DEMO / "scans").is_dir():
        subprocess.run(
            [sys.executable, str(DEMO.parent / "make_demo_scans.py"), str(DEMO)], check=True
        )
    result = subprocess.run(
        [sys.executable, "-m", "packet", "build", str(DEMO), "-o", str(out)],
        env={**os.environ, "SOURCE_DATE_EPOCH": DATE, "OMP_THREAD_LIMIT": "1"},
        capture_output=True,
        text=True,
    )
    if result.returncode > 1:  # 1: the demo's deliberate gap
        raise SystemExit(f"the demo case did not build:\n{result.stderr}")
    return out / "review.html"


def screenshot(page: Path) -> Image.Image:
    with chromium(WIDTH, 1000) as driver:
        driver.get(page.as_uri())
        bottom = driver.execute_script(
            "return document.querySelector('#timeline').getBoundingClientRect().bottom"
            " + window.scrollY"
        )
        height = driver.execute_script("return document.documentElement.scrollHeight")
        metrics = {"width": WIDTH, "height": height, "deviceScaleFactor": 1, "mobile": False}
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
        whole = Image.open(io.BytesIO(driver.get_screenshot_as_png())).convert("RGB")
        card = driver.execute_script(
            "const r = document.querySelector('#documents article').getBoundingClientRect();"
            " return [r.left, r.top + window.scrollY, r.right, r.bottom + window.scrollY]"
        )
    top = whole.crop((0, 0, WIDTH, round(bottom) + 8))
    first_card = whole.crop((0, round(card[1]) - 8, WIDTH, round(card[3]) + 8))
    picture = Image.new("RGB", (WIDTH, top.height + GAP + first_card.height), "white")
    picture.paste(top, (0, 0))
    picture.paste(first_card, (0, top.height + GAP))
    return picture


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "review.png"
    with tempfile.TemporaryDirectory(prefix="packet-screenshot-") as tmp:
        shot = screenshot(build_demo(Path(tmp) / "out"))
    small = shot.quantize(COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(target, optimize=True)
    print(f"{target}: {small.width}x{small.height}, {target.stat().st_size / 1000:.0f} KB")


if __name__ == "__main__":
    main()
