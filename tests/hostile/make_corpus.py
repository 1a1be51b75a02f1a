"""Generate the hostile corpus: a case folder full of files that try to break a build.

Everything is made here from code (no binary files in git), small and deterministic: the same
script writes the same bytes, so the OCR cache stays warm across runs. Usage:

    python tests/hostile/make_corpus.py DEST

writes DEST/case (the case folder) and DEST/outside (files a symlink in the case points at).
``EXPECTED`` says, for every file, whether a build must use it or reject it.
"""

from __future__ import annotations

import io
import os
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import reportlab
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

DPI = 150
FONT = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
MARKER = "HOSTILE CORPUS PAGE"  # text on every usable page, to find it again in the packet
TRUNCATE_AT = (0.05, 0.5, 0.9)  # fractions of a file kept when truncating it

CASE_YAML = """\
schema: 1
respondent:
  name: Tomasa Invented Ruiz
  a_number: "A111-222-333"
request:
  type: dismissal
"""

USED = "used"
REJECTED = "rejected"
REJECTED_UNLESS_ROOT = "rejected-unless-root"  # root reads a chmod 000 file anyway


# --- good files -----------------------------------------------------------------------------


def scan(title: str, fmt: str = "JPEG") -> bytes:
    """A small phone-photo-like scan: a few lines of text at 150 dpi."""
    image = Image.new("L", (4 * DPI, 5 * DPI), 255)  # portrait: no turn needed
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 26)
    for i, line in enumerate([title.upper(), MARKER, "Issued to Tomasa Invented Ruiz"]):
        draw.text((40, 60 + i * 70), line, fill=0, font=font)
    buf = io.BytesIO()
    options = {"JPEG": {"quality": 85}, "TIFF": {"compression": "tiff_lzw"}}.get(fmt, {})
    image.save(buf, fmt, **options)
    return buf.getvalue()


def born_digital_pdf(title: str, pages: int = 1) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=LETTER, invariant=True)
    for page in range(1, pages + 1):
        canvas.setFont("Helvetica-Bold", 16)
        canvas.drawString(72, 700, title)
        canvas.setFont("Helvetica", 12)
        canvas.drawString(72, 670, f"{MARKER} {page}")
        canvas.drawString(72, 650, "Letter of support for Tomasa Invented Ruiz.")
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _pdf_bytes(writer: PdfWriter) -> bytes:
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def active_content_pdf() -> bytes:
    """A letter that carries everything a reader could run or open, on top of its text."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(born_digital_pdf("ACTIVE CONTENT LETTER"))))
    js = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("1;")}
    )
    document_js = DictionaryObject(
        {NameObject("/Names"): ArrayObject([TextStringObject("hello"), writer._add_object(js)])}
    )
    writer._root_object[NameObject("/Names")] = DictionaryObject(
        {NameObject("/JavaScript"): writer._add_object(document_js)}
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(js)
    writer.add_attachment("payload.txt", b"an embedded file that must not reach the packet")
    xfa = DecodedStreamObject()
    xfa.set_data(b"<xdp:xdp xmlns:xdp='http://ns.adobe.com/xdp/'></xdp:xdp>")
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject(), NameObject("/XFA"): writer._add_object(xfa)}
    )
    page = writer.pages[0]
    annots = ArrayObject()
    for action in (
        {"/S": NameObject("/Launch"), "/F": TextStringObject("calc.exe")},
        {"/S": NameObject("/URI"), "/URI": TextStringObject("http://example.invalid/")},
    ):
        annots.append(
            writer._add_object(
                DictionaryObject(
                    {
                        NameObject("/Type"): NameObject("/Annot"),
                        NameObject("/Subtype"): NameObject("/Link"),
                        NameObject("/Rect"): ArrayObject(
                            [FloatObject(72), FloatObject(72), FloatObject(200), FloatObject(100)]
                        ),
                        NameObject("/A"): DictionaryObject(
                            {NameObject(k): v for k, v in action.items()}
                        ),
                    }
                )
            )
        )
    page[NameObject("/Annots")] = annots
    page[NameObject("/AA")] = DictionaryObject({NameObject("/O"): js})
    return _pdf_bytes(writer)


def encrypted_pdf(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(born_digital_pdf("PROTECTED LETTER"))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    return _pdf_bytes(writer)


def broken_xref_pdf() -> bytes:
    """A sound PDF whose cross-reference table points at the wrong offsets (repairable)."""
    data = born_digital_pdf("BROKEN XREF LETTER")
    start = data.rindex(b"xref")
    table = data[start:].split(b"\n")
    shifted = [
        (b"%010d" % (int(line[:10]) + 7) + line[10:]) if line.endswith(b" n") else line
        for line in table
    ]
    return data[:start] + b"\n".join(shifted)


def broken_beyond_repair_pdf() -> bytes:
    """A PDF header and trailer with the objects in between gone."""
    data = born_digital_pdf("GONE")
    return data[:15] + b"\n" + data[data.rindex(b"xref") :]


def too_many_pages_pdf(pages: int) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(612, 792)
    return _pdf_bytes(writer)


def huge_image_claim_pdf() -> bytes:
    """A page whose image says it is 60,000 pixels a side but holds a few bytes."""
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    image = DecodedStreamObject()
    image.set_data(b"\x00" * 64)
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(60000),
            NameObject("/Height"): NumberObject(60000),
            NameObject("/ColorSpace"): NameObject("/DeviceGray"),
            NameObject("/BitsPerComponent"): NumberObject(8),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): writer._add_object(image)})}
    )
    content = DecodedStreamObject()
    content.set_data(b"q 612 0 0 792 0 0 cm /Im0 Do Q")
    page[NameObject("/Contents")] = writer._add_object(content)
    return _pdf_bytes(writer)


def decompression_bomb_png(side: int = 30000) -> bytes:
    """A 1-bit PNG of side x side pixels: about 100 KB on disk, gigabytes once decoded."""
    row = b"\x00" + b"\x00" * ((side + 7) // 8)
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


# --- not documents at all ---------------------------------------------------------------------


def zip_archive() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("scan.pdf", "not really")
    return buf.getvalue()


def html_page() -> bytes:
    return b"<!DOCTYPE html><html><body><h1>Download your %PDF-1.7 here</h1></body></html>\n"


def mp3_audio() -> bytes:
    frame = b"\xff\xfb\x90\x64" + b"\x00" * 413
    return b"ID3\x03\x00\x00\x00\x00\x00\x00" + frame * 8


def elf_binary() -> bytes:
    header = b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + struct.pack("<HHI", 2, 0x3E, 1)
    return header + b"\x00" * 200


# --- the corpus -------------------------------------------------------------------------------


def corpus() -> dict[str, tuple[Callable[[], bytes], str]]:
    """Every file of the case folder: its maker and whether a build must use or reject it."""
    files: dict[str, tuple[Callable[[], bytes], str]] = {
        "scans/good letter.jpg": (lambda: scan("Letter of support"), USED),
        "scans/-leading dash.jpg": (lambda: scan("School record"), USED),
        'scans/María\'s "acta" ñ.png': (lambda: scan("Acta de nacimiento", "PNG"), USED),
        "scans/line\nbreak.jpg": (lambda: scan("Pay stub"), USED),
        "scans/IMG_0001.jpg/inside a folder named like a scan.jpg": (
            lambda: scan("Lease agreement"),
            USED,
        ),
        "scans/active content.pdf": (active_content_pdf, USED),
        "scans/owner password only.pdf": (lambda: encrypted_pdf(""), USED),
        "scans/broken xref.pdf": (broken_xref_pdf, USED),
        "scans/user password.pdf": (lambda: encrypted_pdf("client-secret"), REJECTED),
        "scans/broken beyond repair.pdf": (broken_beyond_repair_pdf, REJECTED),
        "scans/empty.jpg": (lambda: b"", REJECTED),
        "scans/empty.pdf": (lambda: b"", REJECTED),
        "scans/bomb.png": (decompression_bomb_png, REJECTED),
        "scans/huge image claim.pdf": (huge_image_claim_pdf, REJECTED),
        "scans/too many pages.pdf": (lambda: too_many_pages_pdf(301), REJECTED),
        "scans/[/] notes [bold].pdf": (lambda: b"just text, with the wrong name\n", REJECTED),
        "scans/archive.pdf": (zip_archive, REJECTED),
        "scans/web page.jpg": (html_page, REJECTED),
        "scans/voicemail.jpg": (mp3_audio, REJECTED),
        "scans/program.pdf": (elf_binary, REJECTED),
        "scans/unreadable.jpg": (lambda: scan("Unreadable"), REJECTED_UNLESS_ROOT),
    }
    for fmt, ext in (("JPEG", "jpg"), ("PNG", "png"), ("TIFF", "tif")):
        for fraction in TRUNCATE_AT:
            files[f"scans/truncated-{int(fraction * 100)}.{ext}"] = (
                _truncated(lambda fmt=fmt: scan("Truncated", fmt), fraction),
                REJECTED,
            )
    for fraction in TRUNCATE_AT:
        files[f"scans/truncated-{int(fraction * 100)}.pdf"] = (
            _truncated(lambda: born_digital_pdf("TRUNCATED", pages=3), fraction),
            REJECTED,
        )
    return files


# Links: name in the case folder -> where it points (relative to the link) and the expectation.
LINKS = {
    "scans/link to outside.jpg": ("../../outside/secret.jpg", REJECTED),
    "scans/link to outside folder": ("../../outside", REJECTED),
    "scans/loop.pdf": ("loop.pdf", REJECTED),
}


def _truncated(make: Callable[[], bytes], fraction: float) -> Callable[[], bytes]:
    def cut() -> bytes:
        data = make()
        return data[: int(len(data) * fraction)]

    return cut


def expected() -> dict[str, str]:
    return {name: outcome for name, (_, outcome) in corpus().items()} | {
        name: outcome for name, (_, outcome) in LINKS.items()
    }


def make_corpus(dest: Path) -> Path:
    """Write the case folder under ``dest`` and return its path."""
    case = dest / "case"
    outside = dest / "outside"
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.jpg").write_bytes(scan("Another client's document"))
    (case / "scans").mkdir(parents=True, exist_ok=True)
    (case / "case.yaml").write_text(CASE_YAML, encoding="utf-8")
    for name, (make, _) in corpus().items():
        path = case / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(make())
    (case / "scans" / "unreadable.jpg").chmod(0)
    for name, (target, _) in LINKS.items():
        link = case / name
        if not link.is_symlink():
            os.symlink(target, link)
    return case


if __name__ == "__main__":
    print(make_corpus(Path(sys.argv[1])))
