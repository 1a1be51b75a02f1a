"""Small generated input files of every kind intake must handle (invented text only).

Each maker returns the file's bytes. Text pages are drawn at 150 dpi with a marker block in
their top-left corner, so a test can tell whether a page came out upright without OCR.
"""

from __future__ import annotations

import io
import struct
import wave
import zipfile
import zlib
from pathlib import Path

import pillow_heif
import reportlab
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from reportlab.lib.pagesizes import A4, LEGAL, LETTER
from reportlab.pdfgen.canvas import Canvas

pillow_heif.register_heif_opener()

DPI = 150
FONT = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
LINES = (
    "RESIDENTIAL LEASE AGREEMENT",
    "Tenant: Lucia Fernanda Ortega Ruiz",
    "Landlord: Northside Rentals LLC",
    "Premises: 4410 North Kedzie Avenue, Chicago",
    "Term: June 1, 2016 to May 31, 2017",
    "Monthly rent: 1,150 dollars due on the first",
)


def text_page(
    inches: tuple[float, float] = (8.5, 11), lines: tuple[str, ...] = LINES, mode: str = "L"
) -> Image.Image:
    """A clean page of text; a black marker square sits in its top-left corner."""
    size = (round(inches[0] * DPI), round(inches[1] * DPI))
    page = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), round(DPI * 0.17))
    draw.rectangle((20, 20, 20 + DPI // 3, 20 + DPI // 3), fill="black")
    for i, line in enumerate(lines):
        draw.text((DPI, DPI + i * round(DPI * 0.35)), line, fill="black", font=font)
    return page.convert(mode)


def save(image: Image.Image, fmt: str, **options) -> bytes:
    buf = io.BytesIO()
    image.save(buf, fmt, **options)
    return buf.getvalue()


def jpeg_with_orientation(orientation: int) -> bytes:
    """A JPEG whose pixels are turned so that only its EXIF orientation makes it upright."""
    undo = {
        3: Image.Transpose.ROTATE_180,
        6: Image.Transpose.ROTATE_90,
        8: Image.Transpose.ROTATE_270,
    }
    exif = Image.Exif()
    exif[0x0112] = orientation
    stored = text_page().transpose(undo[orientation])
    return save(stored, "JPEG", quality=85, exif=exif.tobytes(), dpi=(DPI, DPI))


def png_with_alpha() -> bytes:
    """Black text on a fully transparent background: naive conversion makes it black on black."""
    ink = text_page()
    rgba = Image.new("RGBA", ink.size, (0, 0, 0, 0))
    rgba.putalpha(Image.eval(ink, lambda v: 255 - v))
    return save(rgba, "PNG", dpi=(DPI, DPI))


def png_palette() -> bytes:
    return save(text_page(mode="RGB").convert("P", palette=Image.Palette.ADAPTIVE), "PNG")


def tiff_pages(compression: str = "group4", pages: int = 3) -> bytes:
    frames = [
        text_page(lines=(f"Page {n} of {pages}", *LINES), mode="1") for n in range(1, pages + 1)
    ]
    return save(
        frames[0],
        "TIFF",
        compression=compression,
        save_all=True,
        append_images=frames[1:],
        dpi=(DPI, DPI),
    )


def heic() -> bytes:
    return save(text_page(mode="RGB"), "HEIF", quality=80)


def colour_photo() -> bytes:
    """A colourful image (no text): it must keep its colour."""
    photo = Image.new("RGB", (600, 800), (30, 110, 200))
    ImageDraw.Draw(photo).ellipse((100, 150, 500, 650), fill=(220, 60, 40))
    return save(photo, "JPEG", quality=85)


def phone_photo(dpi: int | None = 72) -> bytes:
    """A 4000-pixel-tall photo of a page whose metadata claims 72 dpi (or no dpi at all)."""
    page = text_page().resize((3000, 3882), Image.Resampling.BILINEAR)
    return save(page, "JPEG", quality=80, **({"dpi": (dpi, dpi)} if dpi else {}))


def landscape() -> bytes:
    return save(text_page(inches=(11, 8.5)), "PNG", dpi=(DPI, DPI))


def upside_down() -> bytes:
    """A page photographed upside down, with no EXIF to say so: only OSD can tell."""
    return save(
        text_page().transpose(Image.Transpose.ROTATE_180), "JPEG", quality=85, dpi=(DPI, DPI)
    )


def sideways() -> bytes:
    """A page photographed sideways, with no EXIF to say so."""
    return save(
        text_page().transpose(Image.Transpose.ROTATE_270), "JPEG", quality=85, dpi=(DPI, DPI)
    )


def truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def bomb_png(width: int = 40000, height: int = 40000) -> bytes:
    """A tiny PNG whose header claims a huge picture (a decompression bomb)."""
    data = bytearray(save(Image.new("L", (1, 1)), "PNG"))
    ihdr = data.index(b"IHDR")
    data[ihdr + 4 : ihdr + 12] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[ihdr : ihdr + 17]))
    data[ihdr + 17 : ihdr + 21] = struct.pack(">I", crc)
    return bytes(data)


def text_pdf(pagesize=LETTER, lines: tuple[str, ...] = LINES, pages: int = 1) -> bytes:
    """A born-digital PDF: real text, no images."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=pagesize, invariant=True)
    for _ in range(pages):
        for i, line in enumerate(lines):
            canvas.drawString(40, pagesize[1] - 60 - 18 * i, line)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def scanned_pdf(pages: int = 1) -> bytes:
    frames = [text_page(mode="L") for _ in range(pages)]
    return save(frames[0], "PDF", resolution=DPI, save_all=True, append_images=frames[1:])


def rotated_scan_pdf(degrees: int) -> bytes:
    """A scanner's PDF: the page image stored turned, /Rotate set to show it upright."""
    stored = text_page().rotate(degrees, expand=True)  # counter-clockwise; /Rotate is clockwise
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(save(stored, "PDF", resolution=DPI))))
    writer.pages[0].rotate(degrees)
    return _written(writer)


def rotated_pdf(degrees: int = 90) -> bytes:
    """A page stored turned, with /Rotate set so that viewers show it upright (as scanners do)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
    page = writer.pages[0]
    page.rotate(360 - degrees)
    page.transfer_rotation_to_content()
    page.rotate(degrees)
    return _written(writer)


def mixed_pdf() -> bytes:
    """A born-digital page followed by a scanned one."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
    writer.append(PdfReader(io.BytesIO(scanned_pdf())))
    return _written(writer)


def encrypted_pdf(user_password: str = "s3cret") -> bytes:
    """Locked by a password, or (with an empty one) only restricted, as banks send statements."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-128")
    return _written(writer)


def form_pdf(value: str = "Lucia Fernanda Ortega Ruiz") -> bytes:
    """A fillable form whose field holds a value that must stay visible once flattened."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=LETTER, invariant=True)
    canvas.drawString(40, 700, "Applicant name:")
    canvas.acroForm.textfield(name="applicant", value=value, x=150, y=690, width=300, height=20)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def active_pdf() -> bytes:
    """A PDF carrying JavaScript, an open action, a launch link and an attachment."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
    script = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert(1)"),
        }
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(script)
    writer.add_attachment("payload.txt", b"not evidence")
    writer._root_object["/Names"][NameObject("/JavaScript")] = DictionaryObject(
        {NameObject("/Names"): ArrayObject([TextStringObject("hello"), writer._add_object(script)])}
    )
    launch = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([NumberObject(n) for n in (0, 0, 100, 100)]),
            NameObject("/A"): DictionaryObject(
                {
                    NameObject("/S"): NameObject("/Launch"),
                    NameObject("/F"): TextStringObject("calc.exe"),
                }
            ),
        }
    )
    page = writer.pages[0]
    page[NameObject("/Annots")] = ArrayObject([writer._add_object(launch)])
    page[NameObject("/AA")] = DictionaryObject({NameObject("/O"): writer._add_object(script)})
    return _written(writer)


def _written(writer: PdfWriter) -> bytes:
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def zip_file() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("notes.txt", "not a document")
    return buf.getvalue()


def wav_audio() -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\0\0" * 800)
    return buf.getvalue()


ELF_EXECUTABLE = b"\x7fELF\x02\x01\x01" + b"\0" * 57
PAGE_SIZES = {"a4": A4, "legal": LEGAL, "receipt": (3 * 72, 8 * 72)}
