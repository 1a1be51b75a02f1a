"""A sender's PDF pages rebuilt as our pages: what prints, and nothing else.

A page of someone else's PDF can carry much that no one sees: scripts and launch actions under
any key, private application data (/PieceInfo), article beads, XMP naming a path on the
sender's computer, attachments, and photos whose EXIF holds a description and a GPS position.
Removing what is known to be dangerous (a deny-list) misses what hangs off an unusual key.
So each page is rebuilt into a new PDF from what draws it, by an allow-list: its content, and
the fonts, images, forms, colour spaces, patterns, shadings and graphics states it uses, each
with only the keys that change how it prints. Nothing else of the source is reachable from the
new file, because nothing of it is copied but bytes and plain values.

On the way every page is held to the intake limits, before anything decodes it: images
(XObjects and inline ones) against the pixel limit, drawing instructions against a size limit,
and forms that draw forms against a limit on the drawings a page makes, so that a few kilobytes
cannot ask a reader for gigabytes or for 2^40 drawings.

JPEG images keep their compressed data, with the metadata segments taken out (EXIF, XMP, IPTC,
comments); JPEG 2000 images keep only the boxes that make the picture.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream

from packet.config import IntakeSettings
from packet.ingest import Unusable, refuse_bomb

MAX_NESTING = 24  # forms inside forms (a sound PDF seldom goes past 5)
MEGABYTE = 2**20

SCALAR = "scalar"  # a number, name, string, boolean or null
PLAIN = "plain"  # a scalar, or an array of them (arrays nested: /W of a CID font)

# For each kind of object, the keys that change how a page prints, and the kind of each value.
# Anything else (/Metadata, /PieceInfo, /AA, /OC, /OPI, /Alternates, /StructParents, ...) is
# left behind.
ALLOWED: dict[str, dict[str, str]] = {
    "image": {
        "/Type": SCALAR,
        "/Subtype": SCALAR,
        "/Width": SCALAR,
        "/Height": SCALAR,
        "/ColorSpace": "colorspace",
        "/BitsPerComponent": SCALAR,
        "/Intent": SCALAR,
        "/ImageMask": SCALAR,
        "/Mask": "mask",
        "/Decode": PLAIN,
        "/Interpolate": SCALAR,
        "/SMask": "image",
        "/SMaskInData": SCALAR,
        "/Matte": PLAIN,
    },
    "form": {
        "/Type": SCALAR,
        "/Subtype": SCALAR,
        "/FormType": SCALAR,
        "/BBox": PLAIN,
        "/Matrix": PLAIN,
        "/Resources": "resources",
        "/Group": "group",
    },
    "group": {"/Type": SCALAR, "/S": SCALAR, "/CS": "colorspace", "/I": SCALAR, "/K": SCALAR},
    "font": {
        "/Type": SCALAR,
        "/Subtype": SCALAR,
        "/BaseFont": SCALAR,
        "/Name": SCALAR,
        "/FirstChar": SCALAR,
        "/LastChar": SCALAR,
        "/Widths": PLAIN,
        "/FontDescriptor": "descriptor",
        "/Encoding": "encoding",
        "/ToUnicode": "data",
        "/DescendantFonts": "fonts",
        "/CIDSystemInfo": "plain dictionary",
        "/DW": SCALAR,
        "/W": PLAIN,
        "/DW2": PLAIN,
        "/W2": PLAIN,
        "/CIDToGIDMap": "name or data",
        "/FontBBox": PLAIN,
        "/FontMatrix": PLAIN,
        "/CharProcs": "glyphs",
        "/Resources": "glyph resources",
    },
    "descriptor": {
        **dict.fromkeys(
            (
                "/Type",
                "/FontName",
                "/FontFamily",
                "/FontStretch",
                "/FontWeight",
                "/Flags",
                "/ItalicAngle",
                "/Ascent",
                "/Descent",
                "/Leading",
                "/CapHeight",
                "/XHeight",
                "/StemV",
                "/StemH",
                "/AvgWidth",
                "/MaxWidth",
                "/MissingWidth",
                "/CharSet",
                "/Lang",
            ),
            SCALAR,
        ),
        "/FontBBox": PLAIN,
        "/FontFile": "data",
        "/FontFile2": "data",
        "/FontFile3": "data",
        "/CIDSet": "data",
    },
    "encoding dictionary": {"/Type": SCALAR, "/BaseEncoding": SCALAR, "/Differences": PLAIN},
    "cmap": {"/Type": SCALAR, "/CMapName": SCALAR, "/CIDSystemInfo": "plain dictionary"},
    "extgstate": {
        **dict.fromkeys(
            (
                "/Type",
                "/LW",
                "/LC",
                "/LJ",
                "/ML",
                "/RI",
                "/OP",
                "/op",
                "/OPM",
                "/FL",
                "/SM",
                "/SA",
                "/CA",
                "/ca",
                "/AIS",
                "/TK",
                "/HT",
            ),
            SCALAR,
        ),
        "/D": PLAIN,
        "/BM": PLAIN,
        "/Font": "font in state",
        "/SMask": "soft mask",
        "/TR": "function",
        "/TR2": "function",
        "/BG": "function",
        "/BG2": "function",
        "/UCR": "function",
        "/UCR2": "function",
    },
    "soft mask": {"/Type": SCALAR, "/S": SCALAR, "/G": "form", "/BC": PLAIN, "/TR": "function"},
    "pattern": {
        **dict.fromkeys(
            ("/Type", "/PatternType", "/PaintType", "/TilingType", "/XStep", "/YStep"), SCALAR
        ),
        "/BBox": PLAIN,
        "/Matrix": PLAIN,
        "/Resources": "resources",
        "/Shading": "shading",
        "/ExtGState": "extgstate",
    },
    "shading": {
        **dict.fromkeys(
            (
                "/ShadingType",
                "/AntiAlias",
                "/BitsPerCoordinate",
                "/BitsPerComponent",
                "/BitsPerFlag",
                "/VerticesPerRow",
            ),
            SCALAR,
        ),
        "/ColorSpace": "colorspace",
        "/Background": PLAIN,
        "/BBox": PLAIN,
        "/Coords": PLAIN,
        "/Domain": PLAIN,
        "/Extend": PLAIN,
        "/Matrix": PLAIN,
        "/Decode": PLAIN,
        "/Function": "function",
    },
    "function": {
        **dict.fromkeys(("/FunctionType", "/BitsPerSample", "/Order", "/N"), SCALAR),
        **dict.fromkeys(
            ("/Domain", "/Range", "/Size", "/Encode", "/Decode", "/C0", "/C1", "/Bounds"), PLAIN
        ),
        "/Functions": "functions",
    },
    "icc": {"/N": SCALAR, "/Alternate": "colorspace", "/Range": PLAIN},
    "colour dictionary": dict.fromkeys(
        ("/WhitePoint", "/BlackPoint", "/Gamma", "/Matrix", "/Range"), PLAIN
    ),
    "decode parameters": {
        **dict.fromkeys(
            (
                "/Predictor",
                "/Colors",
                "/BitsPerComponent",
                "/Columns",
                "/EarlyChange",
                "/K",
                "/EndOfLine",
                "/EncodedByteAlign",
                "/Rows",
                "/EndOfBlock",
                "/BlackIs1",
                "/DamagedRowsBeforeError",
                "/ColorTransform",
            ),
            SCALAR,
        ),
        "/JBIG2Globals": "data",
    },
}
RESOURCE_KINDS = {
    "/Font": "font",
    "/XObject": "xobject",
    "/ExtGState": "extgstate",
    "/ColorSpace": "colorspace",
    "/Pattern": "pattern",
    "/Shading": "shading",
}
IMAGE_FILTERS = {
    "/FlateDecode",
    "/LZWDecode",
    "/RunLengthDecode",
    "/CCITTFaxDecode",
    "/DCTDecode",
    "/JBIG2Decode",
    "/JPXDecode",
    "/ASCIIHexDecode",
    "/ASCII85Decode",
}
# JPEG markers kept: the frame, tables and scans; APP0 (JFIF) and APP14 (Adobe: how the colour
# channels are transformed). APP1-APP13 and APP15 (EXIF, XMP, IPTC, ICC, vendors') and COM go.
JPEG_KEPT_APPS = {0xE0, 0xEE}
JP2_KEPT_BOXES = {b"jP  ", b"ftyp", b"jp2h", b"jp2c", b"rreq"}


@dataclass
class _Rebuild:
    """One source PDF's objects as rebuilt into ``target``, each once (sharing kept)."""

    target: pikepdf.Pdf
    limits: IntakeSettings
    done: dict[tuple[tuple[int, int], str], Any] = field(default_factory=dict)  # by kind too
    draws: dict[tuple[int, int], int] = field(default_factory=dict)  # forms: drawings made
    open_forms: set[tuple[int, int]] = field(default_factory=set)
    depth: int = 0

    # --- values ---

    def value(self, value: Any, kind: str) -> Any:
        """``value`` as ``kind``, rebuilt in the target; None when it is not of that kind."""
        if kind == SCALAR:
            return value if _is_scalar(value) else None
        if kind == PLAIN:
            return self.plain(value)
        if kind == "plain dictionary":
            return self.dictionary(value, None) if isinstance(value, Dictionary) else None
        return self.once(value, kind, getattr(self, "_" + kind.replace(" ", "_")))

    def once(self, value: Any, kind: str, make: Callable[[Any], Any]) -> Any:
        """Rebuild an indirect object the first time it is met; the same object after that."""
        if not getattr(value, "is_indirect", False):
            return make(value)
        key = (value.objgen, kind)
        if key not in self.done:
            self.done[key] = None  # a loop back to it while it is being built finds nothing
            made = make(value)
            if made is not None and not made.is_indirect:
                made = self.target.make_indirect(made)
            self.done[key] = made
        return self.done[key]

    def plain(self, value: Any, depth: int = 0) -> Any:
        if _is_scalar(value):
            return value
        if isinstance(value, Array) and depth < 4:
            items = [self.plain(v, depth + 1) for v in value]
            return Array([v for v in items if v is not None])
        return None

    def dictionary(self, source: Any, kind: str | None) -> Dictionary | None:
        """A new dictionary of the allowed keys (all scalar keys when ``kind`` is None)."""
        if not isinstance(source, Dictionary | Stream):
            return None
        allowed = ALLOWED[kind] if kind else None
        made = Dictionary()
        for key, value in source.items():
            value_kind = allowed.get(key) if allowed is not None else PLAIN
            if value_kind is None:
                continue
            rebuilt = self.value(value, value_kind)
            if rebuilt is not None:
                made[key] = rebuilt
        return made

    def mapping(self, source: Any, kind: str) -> Dictionary:
        """A resource dictionary (/Font, /XObject, ...): each named entry rebuilt as ``kind``."""
        if not isinstance(source, Dictionary):
            raise Unusable(_damaged("a page's resources are not a dictionary"))
        made = Dictionary()
        for name, value in source.items():
            rebuilt = self.value(value, kind)
            if rebuilt is not None:
                made[name] = rebuilt
        return made

    # --- the kinds of object a page uses ---

    def _resources(self, source: Any) -> Dictionary | None:
        if source is None:
            return None
        if not isinstance(source, Dictionary):
            raise Unusable(_damaged("a page's resources are not a dictionary"))
        made = Dictionary()
        for key, kind in RESOURCE_KINDS.items():
            if key in source:
                made[key] = self.mapping(source[key], kind)
        return made

    def _group(self, source: Any) -> Dictionary | None:
        return self.dictionary(source, "group")

    def _glyph_resources(self, source: Any) -> Dictionary | None:
        # A glyph drawn once per character must not draw forms: a text of many characters
        # would multiply them past any limit. Images (bitmap fonts) and the rest stay.
        made = self._resources(source)
        if made is not None and "/XObject" in made:
            xobjects = made.XObject
            for name in [n for n, x in xobjects.items() if x.get("/Subtype") == "/Form"]:
                del xobjects[name]
        return made

    def _xobject(self, source: Any) -> Stream | None:
        if not isinstance(source, Stream):
            raise Unusable(_damaged("a page refers to a picture that is not one"))
        subtype = source.get("/Subtype")
        if subtype == "/Image":
            return self._image(source)
        if subtype == "/Form":
            return self._form(source)
        return None  # PostScript XObjects: never printed by current readers

    def _image(self, source: Any) -> Stream | None:
        if not isinstance(source, Stream):
            return None
        width, height = _number(source.get("/Width")), _number(source.get("/Height"))
        refuse_bomb(width, height, self.limits.max_image_pixels, "an image on a page")
        filters = _filters(source)
        if not set(filters) <= IMAGE_FILTERS:
            return None  # a filter no reader decodes: the image would not print anyway
        data, filters = _image_data(source, filters)
        made = Stream(self.target, b"")
        made.write(data, filter=[Name(f) for f in filters] or None, decode_parms=None)
        if parms := self._decode_parameters(source, filters):
            made.DecodeParms = parms
        for key, value in (self.dictionary(source, "image") or {}).items():
            made[key] = value
        return made

    def _form(self, source: Any) -> Stream | None:
        key = source.objgen
        if key in self.open_forms:
            raise Unusable(_damaged("a drawing on a page draws itself"))
        if self.depth >= MAX_NESTING:
            raise Unusable(_damaged(f"drawings nested more than {MAX_NESTING} levels deep"))
        self.open_forms.add(key)
        self.depth += 1
        try:
            made = self.content_stream(source, "form")
        finally:
            self.depth -= 1
            self.open_forms.discard(key)
        return made

    def content_stream(self, source: Any, kind: str) -> Stream:
        """A form, a tiling pattern or a glyph: its drawing instructions (decoded, held to the
        size limit, its inline images checked) and its allowed keys."""
        made = Stream(self.target, self.drawing(source))
        for key, value in (self.dictionary(source, kind) or {}).items():
            made[key] = value
        self.draws[source.objgen] = self.count_draws(source.get("/Resources"), made)
        return made

    def drawing(self, source: Any) -> bytes:
        data = _decoded(source, self.limits.max_page_drawing_mb * MEGABYTE)
        self.check_inline_images(data)
        return data

    def check_inline_images(self, data: bytes) -> None:
        if b"BI" not in data:
            return
        scratch = Stream(self.target, data)
        for instruction in pikepdf.parse_content_stream(scratch, "BI ID EI"):
            if isinstance(instruction, pikepdf.ContentStreamInlineImage):
                image = instruction.iimage
                refuse_bomb(
                    _number(image.obj.get("/W", image.obj.get("/Width"))),
                    _number(image.obj.get("/H", image.obj.get("/Height"))),
                    self.limits.max_image_pixels,
                    "an image on a page",
                )

    def count_draws(self, resources: Any, made: Stream) -> int:
        """How many images and forms drawing ``made`` draws, nested ones counted (``resources``
        are the source's, whose forms were counted as they were rebuilt): a few kilobytes of
        forms that each draw the next twice ask a reader for 2^40 drawings."""
        xobjects = resources.get("/XObject") if isinstance(resources, Dictionary) else None
        if not isinstance(xobjects, Dictionary):
            return 0
        total = 0
        for instruction in pikepdf.parse_content_stream(made, "Do"):
            name = instruction.operands[0] if instruction.operands else None
            drawn = xobjects.get(name) if isinstance(name, Name) else None
            if not isinstance(drawn, Stream):
                continue
            total += 1 + self.draws.get(drawn.objgen, 0)
            if total > self.limits.max_page_draws:
                raise Unusable(
                    f"a page draws more than {self.limits.max_page_draws:,} pictures and forms "
                    "(a possible bomb: a few kilobytes can ask for billions); export or scan "
                    "it again"
                )
        return total

    def _font(self, source: Any) -> Dictionary | None:
        return self.dictionary(source, "font")

    def _fonts(self, source: Any) -> Array | None:
        if not isinstance(source, Array):
            return None
        return Array([f for f in (self.value(v, "font") for v in source) if f is not None])

    def _font_in_state(self, source: Any) -> Array | None:
        if isinstance(source, Array) and len(source) == 2 and _is_scalar(source[1]):
            font = self.value(source[0], "font")
            return Array([font, source[1]]) if font is not None else None
        return None

    def _descriptor(self, source: Any) -> Dictionary | None:
        return self.dictionary(source, "descriptor")

    def _encoding(self, source: Any) -> Any:
        if isinstance(source, Name):
            return source
        if isinstance(source, Stream):  # a CMap of a composite font
            return self._data(source, "cmap")
        return self.dictionary(source, "encoding dictionary")

    def _name_or_data(self, source: Any) -> Any:
        return source if isinstance(source, Name) else self._data(source)

    def _glyphs(self, source: Any) -> Dictionary | None:
        if not isinstance(source, Dictionary):
            return None
        made = Dictionary()
        for name, glyph in source.items():
            if isinstance(glyph, Stream):
                made[name] = self.once(glyph, "glyph", lambda g: self.content_stream(g, "form"))
        return made

    def _extgstate(self, source: Any) -> Dictionary | None:
        return self.dictionary(source, "extgstate")

    def _soft_mask(self, source: Any) -> Any:
        return source if isinstance(source, Name) else self.dictionary(source, "soft mask")

    def _pattern(self, source: Any) -> Any:
        if isinstance(source, Stream):  # a tiling pattern draws like a form
            return self.content_stream(source, "pattern")
        return self.dictionary(source, "pattern")

    def _shading(self, source: Any) -> Any:
        if isinstance(source, Stream):  # mesh shadings keep their vertex data
            return self._data(source, "shading")
        return self.dictionary(source, "shading")

    def _function(self, source: Any) -> Any:
        if isinstance(source, Name):
            return source  # /Identity, /Default
        if isinstance(source, Array):
            return self._functions(source)
        if isinstance(source, Stream):  # sampled and PostScript-calculator functions
            return self._data(source, "function")
        return self.dictionary(source, "function")

    def _functions(self, source: Any) -> Array | None:
        if not isinstance(source, Array):
            return None
        return Array([f for f in (self._function(v) for v in source) if f is not None])

    def _colorspace(self, source: Any) -> Any:
        if isinstance(source, Name):
            return source
        if not isinstance(source, Array) or not source or not isinstance(source[0], Name):
            return None
        family, rest = source[0], list(source[1:])
        if family == "/ICCBased" and rest:
            profile = self.once(rest[0], "icc", lambda s: self._data(s, "icc"))
            return Array([family, profile]) if profile is not None else None
        if family == "/Indexed" and len(rest) == 3:
            base, top, table = rest
            lookup = table if isinstance(table, pikepdf.String) else self._data(table)
            return Array([family, self._colorspace(base), top, lookup])
        if family in ("/Separation", "/DeviceN") and len(rest) >= 3:
            names, alternate, tint = rest[:3]  # DeviceN's attributes dictionary is left out
            tint = self._function(tint)
            return Array([family, self.plain(names), self._colorspace(alternate), tint])
        if family in ("/CalGray", "/CalRGB", "/Lab") and rest:
            return Array([family, self._colour_dictionary(rest[0])])
        if family == "/Pattern":
            return Array([family, *(self._colorspace(r) for r in rest[:1])])
        if family in ("/DeviceGray", "/DeviceRGB", "/DeviceCMYK") and not rest:
            return Array([family])
        return None

    def _colour_dictionary(self, source: Any) -> Dictionary | None:
        return self.dictionary(source, "colour dictionary")

    def _mask(self, source: Any) -> Any:
        return self.plain(source) if isinstance(source, Array) else self._image(source)

    def _data(self, source: Any, kind: str | None = None) -> Stream | None:
        """A stream kept as it is encoded (a font program, a CMap, an ICC profile, a function's
        samples), with the allowed keys of ``kind`` and nothing else."""
        if not isinstance(source, Stream):
            return None
        filters = _filters(source)
        made = Stream(self.target, b"")
        made.write(
            source.read_raw_bytes(), filter=[Name(f) for f in filters] or None, decode_parms=None
        )
        if parms := self._decode_parameters(source, filters):
            made.DecodeParms = parms
        for key in ("/Length1", "/Length2", "/Length3", "/Subtype"):  # font programs
            if _is_scalar(source.get(key)):
                made[key] = source[key]
        if kind:
            for key, value in (self.dictionary(source, kind) or {}).items():
                made[key] = value
        return made

    def _decode_parameters(self, source: Any, filters: list[str]) -> Any:
        parms = source.get("/DecodeParms")
        if parms is None:
            return None
        if isinstance(parms, Array):
            return Array([self.dictionary(p, "decode parameters") for p in parms])
        return self.dictionary(parms, "decode parameters")


def rebuild(
    source: pikepdf.Pdf,
    out: Path,
    place: Callable[[pikepdf.Page], tuple[float, ...]],
    page_size: tuple[float, float],
    limits: IntakeSettings,
) -> int:
    """Write each page of ``source`` into ``out`` as a new page of ``page_size``: its content
    (rebuilt by the allow-list), clipped to its visible box, at the matrix ``place`` gives."""
    target = pikepdf.new()
    rebuild = _Rebuild(target, limits)
    for page in source.pages:
        new = target.add_blank_page(page_size=page_size)
        resources = rebuild.value(inherited(page.obj, "/Resources"), "resources")
        if resources is not None:
            new.Resources = resources
        if group := rebuild.value(page.obj.get("/Group"), "group"):
            new.Group = group
        new.Contents = target.make_stream(_page_content(rebuild, page, place(page)))
        rebuild.count_draws(inherited(page.obj, "/Resources"), new.Contents)
    target.save(out, compress_streams=True, deterministic_id=True)
    return len(source.pages)


def _page_content(rebuild: _Rebuild, page: pikepdf.Page, matrix: tuple[float, ...]) -> bytes:
    """The page's drawing instructions inside our placement and its visible box: balanced, so
    that a restore too many in the sender's content cannot undo the placement."""
    contents = page.obj.get("/Contents")
    parts = [contents] if isinstance(contents, Stream) else list(contents or [])
    limit = rebuild.limits.max_page_drawing_mb * MEGABYTE
    data = b"\n".join(_decoded(part, limit) for part in parts if isinstance(part, Stream))
    if len(data) > limit:
        raise Unusable(_too_much_drawing_bytes(limit))
    rebuild.check_inline_images(data)
    missing, open_ = _unbalanced(rebuild.target, data)
    box = inherited(page.obj, "/CropBox") or inherited(page.obj, "/MediaBox")
    x0, y0, x1, y1 = (float(v) for v in box) if box is not None else (0, 0, 612, 792)
    placement = " ".join(f"{v:.6f}" for v in matrix)
    clip = f"{min(x0, x1):.4f} {min(y0, y1):.4f} {abs(x1 - x0):.4f} {abs(y1 - y0):.4f} re W n"
    return b"q %s cm %s\n%s%s\n%sQ\n" % (
        placement.encode(),
        clip.encode(),
        b"q " * missing,
        data,
        b"Q " * open_,
    )


def _unbalanced(target: pikepdf.Pdf, data: bytes) -> tuple[int, int]:
    """Saves missing before the content's restores, and saves it leaves open."""
    depth = lowest = 0
    for instruction in pikepdf.parse_content_stream(Stream(target, data), "q Q"):
        depth += 1 if str(instruction.operator) == "q" else -1
        lowest = min(lowest, depth)
    return -lowest, depth - lowest


def inherited(page: Any, key: str) -> Any:
    """A page's own value for ``key``, or the nearest one in the page tree above it."""
    node = page
    for _ in range(64):  # a page tree deeper than this is a loop
        if not isinstance(node, Dictionary):
            return None
        if key in node:
            return node[key]
        node = node.get("/Parent")
    return None


# --- bytes ---


def _decoded(stream: Any, limit: int) -> bytes:
    """A content stream's instructions, decoded, never more than ``limit`` bytes: Flate (the
    bomb's filter: 1 MB inflates to 1 GB) is inflated here in bounded steps."""
    filters = _filters(stream)
    try:
        data: bytes
        if not filters:
            data = bytes(stream.read_raw_bytes())
        elif filters == ["/FlateDecode"] and not stream.get("/DecodeParms"):
            data = _inflate(stream.read_raw_bytes(), limit)
        else:
            if filters[0] == "/FlateDecode":
                _inflate(stream.read_raw_bytes(), limit)  # refuse a bomb before qpdf inflates it
            data = bytes(stream.read_bytes())
    except pikepdf.PdfError:
        raise Unusable(_damaged("a page's drawing instructions cannot be decoded")) from None
    if len(data) > limit:
        raise Unusable(_too_much_drawing_bytes(limit))
    return data


def _inflate(raw: bytes, limit: int) -> bytes:
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(raw, limit + 1)
    except zlib.error:  # damaged data: readers draw what inflates before the damage
        data = b""
        inflater = zlib.decompressobj()
        for i in range(0, len(raw), 4096):
            try:
                data += inflater.decompress(raw[i : i + 4096], limit + 1 - len(data))
            except zlib.error:
                break
    if len(data) > limit:
        raise Unusable(_too_much_drawing_bytes(limit))
    return data


def _image_data(stream: Any, filters: list[str]) -> tuple[bytes, list[str]]:
    """An image's encoded data, with JPEG and JPEG 2000 metadata taken out."""
    if filters and filters[-1] in ("/DCTDecode", "/JPXDecode"):
        if len(filters) > 1:  # e.g. Flate around the JPEG: unwrap to reach its segments
            data = stream.read_bytes(decode_level=pikepdf.StreamDecodeLevel.generalized)
        else:
            data = stream.read_raw_bytes()
        clean = _jpeg_without_metadata if filters[-1] == "/DCTDecode" else _jp2_without_metadata
        return clean(data), filters[-1:]
    return stream.read_raw_bytes(), filters


def _jpeg_without_metadata(data: bytes) -> bytes:
    """The JPEG with its EXIF, XMP, IPTC, ICC and vendor segments and comments left out, and
    nothing after its end: the picture's data itself is copied as it is."""
    if not data.startswith(b"\xff\xd8"):
        return data
    out, i = [b"\xff\xd8"], 2
    while i + 4 <= len(data) and data[i] == 0xFF:
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0xDA:  # start of scan: the rest is picture data, up to the end marker
            end = data.rfind(b"\xff\xd9")
            out.append(data[i : end + 2] if end > i else data[i:])
            return b"".join(out)
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        segment = data[i : i + 2 + length]
        if not (0xE0 <= marker <= 0xEF or marker == 0xFE) or marker in JPEG_KEPT_APPS:
            out.append(segment)
        i += 2 + length
    out.append(data[i:])
    return b"".join(out)


def _jp2_without_metadata(data: bytes) -> bytes:
    """A JPEG 2000 file's boxes that make the picture; XML, UUID (XMP, EXIF) and rights boxes
    go. A bare code stream has no boxes and is kept as it is."""
    if data[4:8] != b"jP  ":
        return data
    out, i = [], 0
    while i + 8 <= len(data):
        (size,) = struct.unpack(">I", data[i : i + 4])
        box = data[i + 4 : i + 8]
        if size == 1 and i + 16 <= len(data):
            (size,) = struct.unpack(">Q", data[i + 8 : i + 16])
        elif size == 0:
            size = len(data) - i
        if size < 8:
            break
        if box in JP2_KEPT_BOXES:
            out.append(data[i : i + size])
        i += size
    return b"".join(out)


def _filters(stream: Any) -> list[str]:
    found = stream.get("/Filter")
    if found is None:
        return []
    items = found if isinstance(found, Array) else [found]
    names = [str(f) for f in items if isinstance(f, Name)]
    if len(names) != len(items):
        raise Unusable(_damaged("a stream names its filters wrongly"))
    return names


def _is_scalar(value: Any) -> bool:
    if isinstance(value, bool | int | float | Decimal):
        return True
    return isinstance(value, pikepdf.Object) and value._type_code in _SCALAR_TYPES


_SCALAR_TYPES = {
    pikepdf.ObjectType.null,
    pikepdf.ObjectType.boolean,
    pikepdf.ObjectType.integer,
    pikepdf.ObjectType.real,
    pikepdf.ObjectType.name_,
    pikepdf.ObjectType.string,
}


def _number(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _damaged(what: str) -> str:
    return f"the PDF is damaged: {what}; export or scan it again"


def _too_much_drawing(limits: IntakeSettings) -> str:
    return _too_much_drawing_bytes(limits.max_page_drawing_mb * MEGABYTE)


def _too_much_drawing_bytes(limit: int) -> str:
    return (
        f"a page's drawing instructions expand to more than {limit // MEGABYTE} MB (a possible "
        "decompression bomb); export or scan it again"
    )


def drawn_pages(pdf: Path) -> tuple[bool, ...]:
    """Whether each page holds an image or an ink, stamp or form annotation: a signature
    pasted or drawn on a typed page, which its text does not show."""

    def drawn(page: pikepdf.Page) -> bool:
        resources = page.obj.get(Name.Resources)
        xobjects = resources.get(Name.XObject) if resources is not None else None
        kinds = [x.get(Name.Subtype) for _, x in xobjects.items()] if xobjects is not None else []
        notes = [a.get(Name.Subtype) for a in page.obj.get(Name.Annots) or ()]
        return any(k in (Name.Image, Name.Form) for k in kinds) or any(
            n in (Name.Ink, Name.Stamp, Name.Widget) for n in notes
        )

    with pikepdf.open(pdf) as document:
        return tuple(drawn(page) for page in document.pages)
