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
import unicodedata
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


# --- round two: hand-written PDFs, polyglots, bombs ------------------------------------------


def raw_pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF from object bodies (object 1 is the catalog), with a correct cross-reference table:
    what no PDF library would write on purpose is written here byte by byte."""
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer,
        xref,
    )
    return out


def stream(dictionary: bytes, data: bytes, compress: bool = False) -> bytes:
    if compress:
        data, dictionary = zlib.compress(data, 9), dictionary + b" /Filter /FlateDecode"
    return b"<< %s /Length %d >>\nstream\n%s\nendstream" % (dictionary, len(data), data)


TEXT_FONT = b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"


def text_content(title: str, extra: bytes = b"") -> bytes:
    """A page's content: the title and the corpus marker as real text, then ``extra``."""
    lines = (title, MARKER, "Letter of support for Tomasa Invented Ruiz.")
    text = b" ".join(
        b"BT /F1 %d Tf 72 %d Td (%s) Tj ET" % (16 if i == 0 else 12, 700 - 30 * i, line.encode())
        for i, line in enumerate(lines)
    )
    return text + b"\n" + extra


def one_page_pdf(resources: bytes, content: bytes, page_extra: bytes = b"") -> bytes:
    """Catalog, page tree, one letter page with these resources and content; objects 5 on are
    free for what the page refers to."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources %s "
            b"/Contents 4 0 R %s>>" % (resources, page_extra),
            stream(b"", content),
        ]
    )


def malformed_xobjects_pdf(xobjects: bytes) -> bytes:
    """Resources whose /XObject is not a dictionary of streams (an array, a number inside)."""
    return one_page_pdf(b"<< /XObject %s >>" % xobjects, b"q 100 0 0 100 72 72 cm /Im0 Do Q")


def page_tree_dag_pdf(fan_out: int = 10, levels: int = 8) -> bytes:
    """A page tree in which every node lists the same child ``fan_out`` times: a few hundred
    bytes that claim fan_out ** levels pages (10^8)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(levels):
        kids = b" ".join([b"%d 0 R" % (level + 3)] * fan_out)
        count = fan_out ** (levels - level)
        objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count))
    page = len(objects) + 1
    objects.append(
        b"<< /Type /Page /MediaBox [0 0 612 792] /Contents %d 0 R /Resources %s >>"
        % (page + 1, TEXT_FONT)
    )
    objects.append(stream(b"", text_content("DAG")))
    return raw_pdf(objects)


def unknown_encryption_pdf() -> bytes:
    """Encrypted with a security handler version no reader implements (/V 9)."""
    body = one_page_pdf(TEXT_FONT, text_content("V9"))
    return body.replace(
        b"/Root 1 0 R ",
        b"/Root 1 0 R /Encrypt << /Filter /Standard /V 9 /R 9 /Length 256 /P -4 "
        b"/O <00> /U <00> >> /ID [<0123456789abcdef0123456789abcdef> "
        b"<0123456789abcdef0123456789abcdef>] ",
    )


def certificate_encrypted_pdf() -> bytes:
    """Encrypted for the holder of a certificate (public-key security), not with a password."""
    body = one_page_pdf(TEXT_FONT, text_content("PUBSEC"))
    return body.replace(
        b"/Root 1 0 R ",
        b"/Root 1 0 R /Encrypt << /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s5 /V 4 "
        b"/Length 128 /Recipients [<3082010a>] /CF << /DefaultCryptFilter << /CFM /AESV2 "
        b"/Recipients [<3082010a>] >> >> /StmF /DefaultCryptFilter /StrF /DefaultCryptFilter >> "
        b"/ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ",
    )


def nested_arrays_pdf(depth: int = 100_000) -> bytes:
    """A page holding 100,000 arrays nested in each other (200 KB)."""
    nested = b"[" * depth + b"]" * depth
    return one_page_pdf(TEXT_FONT, text_content("NESTED"), page_extra=b"/Nested " + nested + b" ")


def form_fan_out_pdf(levels: int = 40) -> bytes:
    """Form XObjects that each draw the next one twice: 7 KB, 2^40 draws."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> "
        b"/XObject << /X 5 0 R >> >> >>",
        stream(b"", text_content("FAN OUT", b"/X Do")),
    ]
    for level in range(levels):
        number = len(objects) + 1
        last = level == levels - 1
        content = b"0 0 1 1 re f" if last else b"/X Do /X Do"
        resources = b"" if last else b"/Resources << /XObject << /X %d 0 R >> >>" % (number + 1)
        objects.append(
            stream(b"/Type /XObject /Subtype /Form /BBox [0 0 1 1] " + resources, content)
        )
    return raw_pdf(objects)


def inline_image_bomb_pdf(side: int = 40_000) -> bytes:
    """A page whose inline image claims side x side grey pixels (1.6 GB) in a few kilobytes."""
    data = zlib.compress(b"\x00" * (side * 4), 9)  # four rows: the rest is missing
    image = b"BI /W %d /H %d /CS /G /BPC 8 /F /Fl /L %d ID " % (side, side, len(data))
    # No text on the page: OCR rasterizes it, at the resolution its image claims.
    return one_page_pdf(b"<< >>", b"q 500 0 0 500 50 50 cm " + image + data + b"\nEI Q")


def flate_bomb_pdf(megabytes: int = 300) -> bytes:
    """A page whose content stream inflates from under 1 MB to ``megabytes`` MB of spaces."""
    packer = zlib.compressobj(9)
    chunk = b" " * 1_000_000
    data = b"".join(packer.compress(chunk) for _ in range(megabytes)) + packer.flush()
    content = text_content("FLATE BOMB")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources %s "
        b"/Contents [4 0 R 5 0 R] >>" % TEXT_FONT,
        stream(b"", content),
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(data), data),
    ]
    return raw_pdf(objects)


def tiff_with_a_huge_second_frame(side: int = 12_500) -> bytes:
    """A two-page TIFF: a small first page, then a blank 1-bit page of side x side pixels
    (156 million), which the first page's header does not announce."""
    first = Image.open(io.BytesIO(scan("Two page TIFF", "TIFF"))).convert("1")
    second = Image.new("1", (side, side), 1)
    buf = io.BytesIO()
    first.save(buf, "TIFF", save_all=True, append_images=[second], compression="group4")
    return buf.getvalue()


EXIF_DESCRIPTION = "Family at 1420 W Cermak Rd, Chicago"  # in a JPEG's EXIF: must not be filed
EXIF_GPS = {1: "N", 2: (41.0, 51.0, 10.0), 3: "W", 4: (87.0, 39.0, 30.0)}
XMP_PATH = r"C:\Users\jdoe\Clients\Garcia\intake.docx"  # in XMP: must not be filed


def photo_with_exif() -> bytes:
    """A small JPEG carrying a description, a GPS position and a comment."""
    image = Image.new("RGB", (64, 48), (200, 170, 120))
    exif = Image.Exif()
    exif[0x010E] = EXIF_DESCRIPTION  # ImageDescription
    exif[0x8825] = EXIF_GPS  # GPSInfo
    buf = io.BytesIO()
    image.save(buf, "JPEG", exif=exif.tobytes(), comment=b"taken at the client's home")
    return buf.getvalue()


def xmp(text: str) -> bytes:
    return (
        b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:source>'
        + text.encode()
        + b'</dc:source></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )


def hidden_content_pdf() -> bytes:
    """A letter whose page also carries what no one sees: scripts under unusual keys, private
    application data, article beads, a form XObject with actions, XMP naming a path on the
    sender's computer, and a photo whose EXIF holds a description and a GPS position."""
    js = b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"
    launch = b"<< /S /Launch /F (calc.exe) >>"
    photo = photo_with_exif()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Threads [11 0 R] >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> "
        b"/XObject << /Fm0 5 0 R /Im0 7 0 R >> >> "
        b"/Foo << /A " + js + b" /Next " + launch + b" >> "
        b"/PieceInfo << /Private << /LastModified (D:20250101) /Private 8 0 R >> >> "
        b"/B [12 0 R] /Metadata 6 0 R >>",
        stream(
            b"",
            text_content(
                "HIDDEN CONTENT LETTER",
                b"q 1 0 0 1 72 400 cm /Fm0 Do Q q 128 0 0 96 300 400 cm /Im0 Do Q",
            ),
        ),
        stream(
            b"/Type /XObject /Subtype /Form /BBox [0 0 200 50] /AA << /O " + js + b" >> "
            b"/Metadata 6 0 R /PieceInfo << /App << /Private 9 0 R >> >> "
            b"/Resources " + TEXT_FONT,
            b"BT /F1 10 Tf 0 20 Td (Signed, Pastor Invented) Tj ET",
        ),
        stream(b"/Type /Metadata /Subtype /XML", xmp(XMP_PATH)),
        stream(
            b"/Type /XObject /Subtype /Image /Width 64 /Height 48 /ColorSpace /DeviceRGB "
            b"/BitsPerComponent 8 /Filter /DCTDecode /Metadata 6 0 R",
            photo,
        ),
        stream(b"", b"this.exportDataObject({cName: 'payload'})"),
        stream(b"", b"app.launchURL('http://example.invalid/')"),
        b"<< /Type /EmbeddedFile >>",
        b"<< /Type /Thread /F 12 0 R /I << /Title ("
        + XMP_PATH.replace("\\", "\\\\").encode()
        + b") >> >>",
        b"<< /Type /Bead /T 11 0 R /N 12 0 R /V 12 0 R /P 3 0 R /R [72 72 300 300] >>",
    ]
    return raw_pdf(objects)


def polyglot(image: bytes, hidden: bytes, fmt: str) -> bytes:
    """An image every viewer shows as it is, with "%PDF-1.7" early in it and a PDF after its
    end: a reader that looks for the PDF header anywhere in the first kilobyte reads the PDF."""
    if fmt == "JPEG":  # a comment segment right after the start-of-image marker
        comment = b"%PDF-1.7\n"
        body = image[:2] + b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment + image[2:]
    else:  # PNG: a text chunk after the header chunk
        chunk = b"tEXt" + b"Comment\x00%PDF-1.7\n"
        crc = struct.pack(">I", zlib.crc32(chunk))
        body = image[:33] + struct.pack(">I", len(chunk) - 4) + chunk + crc + image[33:]
    return body + hidden


BIRTH_CERTIFICATE_TEXT = (
    "CERTIFICATE OF LIVE BIRTH",
    "State of Illinois, Cook County",
    "Child: Mateo Invented Ruiz",
    "Date of birth: April 3, 2015",
    "Mother: Tomasa Invented Ruiz",
)


def hidden_birth_certificate() -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=LETTER, invariant=True)
    for i, line in enumerate(BIRTH_CERTIFICATE_TEXT):
        canvas.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 16 if i == 0 else 12)
        canvas.drawString(72, 700 - 28 * i, line)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def family_photo(fmt: str) -> bytes:
    return scan("Photo A: family picnic", fmt)


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


# --- round two: a second case, with a claimed child whose birth certificate is missing ---------

EITHER = "used-or-rejected"  # harmless either way; what matters is that the build ends
ANSI_NAME = "scans/\x1b[2J\x1b]0;owned\x07\x1b[32m0 errors: ready to file\x1b[0m.jpg"
NFC_NAME = unicodedata.normalize("NFC", "scans/carta_José.jpg")  # as case.yaml names it
NFD_NAME = unicodedata.normalize("NFD", NFC_NAME)  # as a Mac writes it to disk
FIFO_NAME = "scans/pipe.jpg"

ROUND_TWO_YAML = f"""\
schema: 1
respondent:
  name: Tomasa Invented Ruiz
  a_number: "A111-222-333"
request:
  type: dismissal
claims:
  children:
    - {{name: Mateo Invented Ruiz, date_of_birth: 2015-04-03, status: usc}}
documents:
  - {{file: "{NFC_NAME}", type: letter_of_support}}
"""


def round_two() -> dict[str, tuple[Callable[[], bytes], str]]:
    """The second case's files (names as the report gives them) and what a build must do."""
    return {
        "scans/photo-a.jpg": (
            lambda: polyglot(family_photo("JPEG"), hidden_birth_certificate(), "JPEG"),
            USED,
        ),
        "scans/photo-b.png": (
            lambda: polyglot(family_photo("PNG"), hidden_birth_certificate(), "PNG"),
            USED,
        ),
        "scans/hidden content.pdf": (hidden_content_pdf, USED),
        "scans/xobject array.pdf": (lambda: malformed_xobjects_pdf(b"[1 2 3]"), REJECTED),
        "scans/xobject number.pdf": (lambda: malformed_xobjects_pdf(b"<< /Im0 5 >>"), REJECTED),
        "scans/page tree dag.pdf": (page_tree_dag_pdf, REJECTED),
        "scans/unknown encryption.pdf": (unknown_encryption_pdf, REJECTED),
        "scans/certificate encrypted.pdf": (certificate_encrypted_pdf, REJECTED),
        "scans/nested arrays.pdf": (nested_arrays_pdf, EITHER),
        "scans/form fan-out.pdf": (form_fan_out_pdf, REJECTED),
        "scans/inline image bomb.pdf": (inline_image_bomb_pdf, REJECTED),
        "scans/flate bomb.pdf": (flate_bomb_pdf, REJECTED),
        "scans/two pages.tif": (tiff_with_a_huge_second_frame, REJECTED),
        ANSI_NAME: (lambda: b"", REJECTED),  # rejected, so that its name is printed
        NFC_NAME: (lambda: scan("Carta de apoyo"), USED),
    }


def make_round_two(dest: Path) -> Path:
    """Write the second case folder under ``dest`` and return its path."""
    case = dest / "case"
    (case / "scans").mkdir(parents=True, exist_ok=True)
    (case / "case.yaml").write_text(ROUND_TWO_YAML, encoding="utf-8")
    for name, (make, _) in round_two().items():
        on_disk = NFD_NAME if name == NFC_NAME else name
        (case / on_disk).write_bytes(make())
    fifo = case / FIFO_NAME
    if not fifo.exists():
        os.mkfifo(fifo)  # a named pipe: opening it for reading waits for a writer, forever
    return case


if __name__ == "__main__":
    print(make_corpus(Path(sys.argv[1])))
    print(make_round_two(Path(sys.argv[1]) / "round-two"))
