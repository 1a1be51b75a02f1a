"""Drawing paper documents as offices print them: boxed forms, letterheads, monospace printouts,
tables, ID cards, seals, stamps and signatures, on a page image at a given resolution.

Coordinates are inches from the top-left corner of the sheet, type sizes are points, so a
template reads like the document it imitates and renders at any dpi. Fonts are the URW base-35
clones of Helvetica, Times, Courier and Zapf Chancery that ship with Ghostscript (Debian's
fonts-urw-base35), so every machine that can build a packet can draw these pages.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

DPI = 200  # pages are drawn at this resolution; a scan at 150 dpi is resampled from it
CARD_DPI = 300  # cards are small: drawn finer, as a phone close up sees them
INK = (24, 24, 28)
BLUE_INK = (24, 40, 120)
GREY = (110, 110, 115)

FONT_DIR = Path("/usr/share/fonts/opentype/urw-base35")
FONTS = {
    "sans": "NimbusSans-Regular.otf",
    "sans-bold": "NimbusSans-Bold.otf",
    "sans-italic": "NimbusSans-Italic.otf",
    "narrow": "NimbusSansNarrow-Regular.otf",
    "narrow-bold": "NimbusSansNarrow-Bold.otf",
    "serif": "NimbusRoman-Regular.otf",
    "serif-bold": "NimbusRoman-Bold.otf",
    "serif-italic": "NimbusRoman-Italic.otf",
    "mono": "NimbusMonoPS-Regular.otf",
    "mono-bold": "NimbusMonoPS-Bold.otf",
    "script": "Z003-MediumItalic.otf",
    "gothic": "URWGothic-Book.otf",
    "gothic-bold": "URWGothic-Demi.otf",
    "bookman": "URWBookman-Light.otf",
    "bookman-bold": "URWBookman-Demi.otf",
    "schoolbook": "C059-Roman.otf",
    "schoolbook-bold": "C059-Bold.otf",
}


@cache
def font(name: str, px: int) -> ImageFont.FreeTypeFont:
    path = FONT_DIR / FONTS[name]
    if not path.exists():
        raise FileNotFoundError(
            f"{path}: the URW base-35 fonts are missing; install Debian's fonts-urw-base35 "
            "(Ghostscript depends on it)."
        )
    return ImageFont.truetype(str(path), px)


@dataclass
class Sheet:
    """One page being drawn. ``width`` and ``height`` in inches."""

    width: float = 8.5
    height: float = 11.0
    dpi: int = DPI
    paper: tuple[int, int, int] = (255, 255, 255)
    image: Image.Image = field(init=False)

    def __post_init__(self) -> None:
        self.image = Image.new("RGB", (self.px(self.width), self.px(self.height)), self.paper)
        self.draw = ImageDraw.Draw(self.image)

    def px(self, inches: float) -> int:
        return round(inches * self.dpi)

    def font(self, name: str, pt: float) -> ImageFont.FreeTypeFont:
        return font(name, max(6, round(pt * self.dpi / 72)))

    def length(self, text: str, pt: float, face: str = "sans") -> float:
        """The width of ``text`` in inches."""
        return self.font(face, pt).getlength(text) / self.dpi

    # --- text ---

    def text(
        self,
        x: float,
        y: float,
        text: str,
        pt: float = 10,
        face: str = "sans",
        fill: tuple[int, int, int] = INK,
        align: str = "left",
    ) -> float:
        """Write one line with its top at ``y``; returns the y below it."""
        f = self.font(face, pt)
        width = f.getlength(text) / self.dpi
        left = {"left": x, "center": x - width / 2, "right": x - width}[align]
        self.draw.text((self.px(left), self.px(y)), text, font=f, fill=fill)
        return y + pt * 1.25 / 72

    def center(self, y: float, text: str, pt: float = 10, face: str = "sans", **kw) -> float:
        return self.text(self.width / 2, y, text, pt, face, align="center", **kw)

    def lines(
        self, x: float, y: float, lines: list[str], pt: float = 10, face: str = "sans", **kw
    ) -> float:
        for line in lines:
            y = self.text(x, y, line, pt, face, **kw)
        return y

    def wrap(self, text: str, width: float, pt: float, face: str) -> list[str]:
        out: list[str] = []
        for para in text.split("\n"):
            line = ""
            for word in para.split():
                trial = f"{line} {word}".strip()
                if line and self.length(trial, pt, face) > width:
                    out.append(line)
                    line = word
                else:
                    line = trial
            out.append(line)
        return out

    def para(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        pt: float = 11,
        face: str = "serif",
        leading: float = 1.3,
        fill: tuple[int, int, int] = INK,
    ) -> float:
        """A wrapped paragraph; returns the y below it (no space after)."""
        step = pt * leading / 72
        for line in self.wrap(text, width, pt, face):
            self.text(x, y, line, pt, face, fill)
            y += step
        return y

    def paras(
        self, x: float, y: float, width: float, texts: list[str], gap: float = 0.14, **kw
    ) -> float:
        for t in texts:
            y = self.para(x, y, width, t, **kw) + gap
        return y

    # --- lines and boxes ---

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        weight: float = 0.8,
        fill: tuple[int, int, int] = INK,
    ) -> None:
        w = max(1, round(weight * self.dpi / 72))
        self.draw.line((self.px(x1), self.px(y1), self.px(x2), self.px(y2)), fill=fill, width=w)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        weight: float = 0.8,
        outline: tuple[int, int, int] | None = INK,
        fill: tuple[int, int, int] | None = None,
    ) -> None:
        width = max(1, round(weight * self.dpi / 72))
        box = (self.px(x), self.px(y), self.px(x + w), self.px(y + h))
        self.draw.rectangle(box, outline=outline, fill=fill, width=width if outline else 0)

    def field(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        label: str,
        value: str = "",
        label_pt: float = 5.5,
        value_pt: float = 9.5,
        value_face: str = "mono-bold",
        label_face: str = "sans",
    ) -> None:
        """A labelled box of a printed form: the label small at its top, the typed value below."""
        self.rect(x, y, w, h, weight=0.6)
        ly = y + 0.025
        labels = [
            part
            for line in label.split("\n")
            for part in self.wrap(line, w - 0.08, label_pt, label_face)
        ]
        for label_line in labels:
            ly = self.text(x + 0.04, ly, label_line, label_pt, label_face)
        if value:
            values = [
                part
                for line in value.split("\n")
                for part in self.wrap(line, w - 0.1, value_pt, value_face)
            ]
            step = value_pt * 1.2 / 72
            # typed on the box's last lines, as a typewriter or printer fills a form
            vy = max(ly + 0.01, y + h - value_pt * 1.3 / 72 - 0.03 - step * (len(values) - 1))
            for value_line in values:
                self.text(x + 0.06, vy, value_line, value_pt, value_face)
                vy += step

    def grid(
        self,
        x: float,
        y: float,
        width: float,
        rows: list[tuple[float, list[tuple[float, str, str]]]],
        **kw,
    ) -> float:
        """Rows of labelled boxes: each row is (height, [(share of width, label, value), ...])."""
        for height, cells in rows:
            total = sum(c[0] for c in cells)
            cx = x
            for share, label, value in cells:
                w = width * share / total
                self.field(cx, y, w, height, label, value, **kw)
                cx += w
            y += height
        return y

    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        pt: float = 9,
        face: str = "sans",
        header_face: str = "sans-bold",
        row_height: float | None = None,
        rules: str = "all",  # all | header | none
        align: list[str] | None = None,
        header_fill: tuple[int, int, int] | None = (225, 225, 225),
    ) -> float:
        """A table with a header row; ``align`` per column (``left`` or ``right``)."""
        rh = row_height or pt * 1.7 / 72
        align = align or ["left"] * len(widths)
        total = sum(widths)
        for r, row in enumerate(rows):
            if r == 0 and header_fill:
                self.rect(x, y, total, rh, outline=None, fill=header_fill)
            cx = x
            for c, (w, cell) in enumerate(zip(widths, row, strict=False)):
                face_here = header_face if r == 0 else face
                if align[c] == "right" and r > 0:
                    self.text(cx + w - 0.05, y + rh * 0.18, cell, pt, face_here, align="right")
                else:
                    self.text(cx + 0.05, y + rh * 0.18, cell, pt, face_here)
                if rules == "all":
                    self.rect(cx, y, w, rh, weight=0.5)
                cx += w
            if rules == "header" and r == 0:
                self.line(x, y + rh, x + total, y + rh, 0.8)
            y += rh
        if rules == "header":
            self.line(x, y, x + total, y, 0.5)
        return y

    def vertical(
        self, x: float, y: float, h: float, text: str, pt: float = 6, face: str = "sans-bold"
    ) -> None:
        """A form's section name written up the side of its band of boxes."""
        f = self.font(face, pt)
        width = int(f.getlength(text)) + 4
        layer = Image.new("L", (width, f.size + 4), 0)
        ImageDraw.Draw(layer).text((2, 1), text, font=f, fill=255)
        layer = layer.rotate(90, expand=True)
        top = self.px(y) + max(0, (self.px(h) - layer.height) // 2)
        self.image.paste(Image.new("RGB", layer.size, INK), (self.px(x), top), layer)

    def checkbox(self, x: float, y: float, checked: bool, label: str, pt: float = 8) -> float:
        size = pt / 72
        self.rect(x, y, size, size, weight=0.6)
        if checked:
            self.line(x + size * 0.15, y + size * 0.55, x + size * 0.4, y + size * 0.85, 1.2)
            self.line(x + size * 0.4, y + size * 0.85, x + size * 0.9, y + size * 0.1, 1.2)
        return self.text(x + size + 0.06, y - 0.01, label, pt)

    # --- marks of real paper ---

    def signature(
        self, x: float, y: float, name: str, pt: float = 20, fill: tuple[int, int, int] = BLUE_INK
    ) -> None:
        """A signature: the name in a flowing script, slanted, in pen ink, with a flourish."""
        layer = Image.new("L", self.image.size, 0)
        draw = ImageDraw.Draw(layer)
        f = self.font("script", pt)
        draw.text((self.px(x), self.px(y)), name, font=f, fill=255)
        end = self.px(x) + f.getlength(name)
        base = self.px(y) + f.size * 0.95
        draw.line(
            (self.px(x) - 10, base + 4, end * 0.6 + self.px(x) * 0.4, base + 12, end + 20, base),
            fill=255,
            width=max(1, self.dpi // 100),
        )
        self.image.paste(Image.new("RGB", self.image.size, fill), (0, 0), layer)

    def seal(self, x: float, y: float, radius: float, ring: str, middle: str = "") -> None:
        """An embossed or printed seal: two rings with words around, a word in the middle."""
        cx, cy, r = self.px(x), self.px(y), self.px(radius)
        colour = (150, 150, 160)
        self.draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=colour, width=3)
        inner = int(r * 0.72)
        self.draw.ellipse((cx - inner, cy - inner, cx + inner, cy + inner), outline=colour, width=2)
        f = font(FONTS_FOR_SEAL, max(6, int(r * 0.16)))
        n = len(ring)
        for i, char in enumerate(ring):
            angle = -math.pi / 2 + 2 * math.pi * i / n
            px = cx + r * 0.86 * math.cos(angle)
            py = cy + r * 0.86 * math.sin(angle)
            glyph = Image.new("L", (f.size * 2, f.size * 2), 0)
            ImageDraw.Draw(glyph).text((f.size // 2, f.size // 2), char, font=f, fill=255)
            glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BILINEAR)
            self.image.paste(
                Image.new("RGB", glyph.size, colour),
                (int(px - glyph.width / 2), int(py - glyph.height / 2)),
                glyph,
            )
        if middle:
            mf = font(FONTS_FOR_SEAL, max(6, int(r * 0.2)))
            self.draw.text((cx, cy), middle, font=mf, fill=colour, anchor="mm")

    def stamp(
        self,
        x: float,
        y: float,
        lines: list[str],
        pt: float = 12,
        colour: tuple[int, int, int] = (170, 40, 50),
        angle: float = 8.0,
    ) -> None:
        """A rubber stamp: boxed words in coloured ink, a few degrees off square."""
        f = self.font("sans-bold", pt)
        w = max(f.getlength(line) for line in lines) + 30
        h = f.size * 1.25 * len(lines) + 20
        layer = Image.new("L", (int(w), int(h)), 0)
        d = ImageDraw.Draw(layer)
        d.rectangle((2, 2, w - 3, h - 3), outline=200, width=4)
        for i, line in enumerate(lines):
            d.text((w / 2, 10 + f.size * 1.25 * (i + 0.5)), line, font=f, fill=200, anchor="mm")
        layer = layer.rotate(angle, expand=True, resample=Image.Resampling.BILINEAR)
        self.image.paste(Image.new("RGB", layer.size, colour), (self.px(x), self.px(y)), layer)

    def security_background(self, seed: int, tint: tuple[int, int, int]) -> None:
        """The faint wavy lines of security paper (vital records, checks, certificates)."""
        rng = random.Random(seed)
        w, h = self.image.size
        step = max(6, self.dpi // 12)
        phase, amp, period = rng.uniform(0, 6.28), rng.uniform(4, 10), rng.uniform(80, 160)
        for y0 in range(-step, h + step, step):
            points = [
                (xx, y0 + amp * math.sin(xx / period * self.dpi / 100 + phase + y0 / 90))
                for xx in range(0, w + 20, 20)
            ]
            self.draw.line(points, fill=tint, width=1)

    def border(self, inset: float = 0.3, weight: float = 2.0, double: bool = True) -> None:
        self.rect(inset, inset, self.width - 2 * inset, self.height - 2 * inset, weight)
        if double:
            i2 = inset + 0.06
            self.rect(i2, i2, self.width - 2 * i2, self.height - 2 * i2, weight / 3)

    def logo(
        self, x: float, y: float, size: float, kind: str, colour: tuple[int, int, int]
    ) -> None:
        """A simple printed mark for a letterhead: a cross, a leaf, a shield, a house, a star."""
        s = self.px(size)
        x0, y0 = self.px(x), self.px(y)
        d = self.draw
        if kind == "cross":
            t = s // 4
            d.rectangle((x0 + (s - t) // 2, y0, x0 + (s + t) // 2, y0 + s), fill=colour)
            d.rectangle((x0, y0 + s // 3 - t // 2, x0 + s, y0 + s // 3 + t // 2), fill=colour)
        elif kind == "leaf":
            d.ellipse((x0, y0 + s // 4, x0 + s, y0 + s * 3 // 4), fill=colour)
            d.line((x0, y0 + s, x0 + s, y0), fill=(255, 255, 255), width=max(2, s // 12))
        elif kind == "shield":
            d.polygon(
                [
                    (x0, y0),
                    (x0 + s, y0),
                    (x0 + s, y0 + s * 0.55),
                    (x0 + s / 2, y0 + s),
                    (x0, y0 + s * 0.55),
                ],
                fill=colour,
            )
        elif kind == "house":
            d.polygon([(x0, y0 + s // 2), (x0 + s // 2, y0), (x0 + s, y0 + s // 2)], fill=colour)
            d.rectangle((x0 + s // 6, y0 + s // 2, x0 + s * 5 // 6, y0 + s), fill=colour)
        else:  # star
            pts = []
            for i in range(10):
                r = s / 2 if i % 2 == 0 else s / 5
                a = -math.pi / 2 + i * math.pi / 5
                pts.append((x0 + s / 2 + r * math.cos(a), y0 + s / 2 + r * math.sin(a)))
            d.polygon(pts, fill=colour)


FONTS_FOR_SEAL = "sans-bold"


def card(width_mm: float = 85.6, height_mm: float = 54.0, dpi: int = CARD_DPI, **kw) -> Sheet:
    """An ID-1 card (green card, ID) or, with 125 x 88 mm, a passport data page."""
    return Sheet(width_mm / 25.4, height_mm / 25.4, dpi, **kw)


def tinted(sheet: Sheet, top: tuple[int, int, int], bottom: tuple[int, int, int]) -> None:
    """A card's printed background: a soft vertical gradient between two colours."""
    w, h = sheet.image.size
    gradient = Image.linear_gradient("L").resize((w, h))
    a = Image.new("RGB", (w, h), top)
    b = Image.new("RGB", (w, h), bottom)
    sheet.image.paste(Image.composite(b, a, gradient))
    sheet.draw = ImageDraw.Draw(sheet.image)


def portrait(sheet: Sheet, x: float, y: float, w: float, h: float, seed: int) -> None:
    """The holder's photo on a card: a head-and-shoulders silhouette on a pale ground."""
    rng = random.Random(seed)
    cw, ch = sheet.px(w), sheet.px(h)
    photo = Image.new("RGB", (cw, ch), (205, 210, 215))
    draw = ImageDraw.Draw(photo)
    tone = rng.choice([(120, 95, 80), (90, 70, 60), (150, 120, 100)])
    draw.ellipse((cw * 0.3, ch * 0.12, cw * 0.7, ch * 0.58), fill=tone)
    draw.ellipse((cw * 0.08, ch * 0.62, cw * 0.92, ch * 1.3), fill=tone)
    sheet.image.paste(photo, (sheet.px(x), sheet.px(y)))


def mrz_lines(sheet: Sheet, y: float, lines: tuple[str, ...], pt: float = 12) -> None:
    """The machine-readable zone, ten characters an inch (as 9303 sets it), in a monospace."""
    for line in lines:
        sheet.text(0.18, y, line, pt, "mono-bold")
        y += pt * 1.45 / 72


def letterhead(
    sheet: Sheet,
    name: str,
    lines: list[str],
    colour: tuple[int, int, int],
    mark: str = "cross",
    face: str = "serif-bold",
    align: str = "left",
) -> float:
    """An organisation's printed letterhead: a mark, its name, its address lines, a rule.
    Returns the y below it."""
    if align == "center":
        sheet.logo(sheet.width / 2 - 0.25, 0.45, 0.5, mark, colour)
        y = sheet.center(1.02, name, 15, face, fill=colour)
        for line in lines:
            y = sheet.center(y, line, 8.5, "sans", fill=GREY)
    else:
        sheet.logo(0.8, 0.55, 0.62, mark, colour)
        y = sheet.text(1.58, 0.58, name, 15, face, fill=colour)
        for line in lines:
            y = sheet.text(1.58, y, line, 8.5, "sans", fill=GREY)
    y = max(y, 1.25) + 0.08
    sheet.line(0.8, y, sheet.width - 0.8, y, 1.2, colour)
    return y + 0.3


def monospace_page(lines: list[str], pt: float = 9.5, top: float = 0.6) -> Sheet:
    """A page printed from a terminal: one monospace font, fixed columns, wide margins."""
    s = Sheet()
    s.lines(0.75, top, lines, pt, "mono")
    return s


def write_letter(
    head: tuple[str, list[str], tuple[int, int, int], str],
    date_line: str,
    recipient: list[str],
    re_line: str | None,
    salutation: str,
    body: list[str],
    closing: str,
    signer: str,
    signer_lines: list[str],
    *,
    face: str = "serif",
    pt: float = 11,
    align: str = "left",
) -> Sheet:
    """A letter on letterhead: date, recipient, re line, salutation, body, signature."""
    s = Sheet()
    name, lines, colour, mark = head
    y = letterhead(s, name, lines, colour, mark, align=align)
    y = s.text(0.9, y, date_line, pt, face) + 0.15
    if recipient:
        y = s.lines(0.9, y, recipient, pt, face) + 0.15
    if re_line:
        y = s.text(0.9, y, re_line, pt, face.split("-")[0] + "-bold") + 0.15
    y = s.text(0.9, y, salutation, pt, face) + 0.1
    y = s.paras(0.9, y, 6.7, body, gap=0.12, pt=pt, face=face)
    y = s.text(0.9, y + 0.05, closing, pt, face)
    s.signature(1.0, y + 0.05, signer, 20)
    y = s.lines(0.9, y + 0.6, [signer, *signer_lines], pt - 1, face)
    return s
