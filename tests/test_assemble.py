"""Assembly on made-up compositions: every variant's pages, numbers, labels, bookmarks and bytes."""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from packet import assemble as assemble_module
from packet import typeset
from packet.assemble import STAMP_BAND, assemble, layout, stale_outputs
from packet.atomic import Staging
from packet.config import Config, load_config
from packet.errors import BuildError
from packet.records import Composition, Output
from tests.exhibits import Planned, made_up_case, made_up_composition

PLANNED = [
    Planned("identity", (1, 1)),  # a document and its translation
    Planned("us_family", (1,)),
    Planned("us_family", (3,)),
    Planned("education", (2,)),
]
NUMBERED = 2 + 2 + 1 + 3 + 2  # front matter and exhibits


@pytest.fixture(scope="module")
def config() -> Config:
    """The duplex option (`packet.double_sided: true`): what the filing layout tests are about."""
    base = load_config()
    packet = base.settings.packet.model_copy(update={"double_sided": True})
    return base.model_copy(update={"settings": base.settings.model_copy(update={"packet": packet})})


def test_filing_copies_print_single_sided_by_default() -> None:
    assert load_config().settings.packet.double_sided is False


@dataclass
class Assembled:
    composition: Composition
    outputs: dict[str, Output]
    folder: Path


def write(
    composition: Composition,
    config: Config,
    out: Path,
    variants: tuple[str, ...],
    max_mb: float | None = None,
) -> list[Output]:
    out.mkdir(parents=True, exist_ok=True)
    with Staging(out) as staging:
        outputs = assemble(composition, made_up_case(), config, staging, variants, max_mb)
        staging.commit(stale=stale_outputs(out, variants))
    return outputs


@pytest.fixture(scope="module")
def assembled(tmp_path_factory: pytest.TempPathFactory, config: Config) -> Assembled:
    folder = tmp_path_factory.mktemp("assemble")
    composition = made_up_composition(folder / "work", PLANNED)
    outputs = write(composition, config, folder / "out", ("efile", "filing", "service"))
    return Assembled(composition, {o.variant: o for o in outputs}, folder)


def page_texts(pdf: Path) -> list[str]:
    """Each page's text as Poppler reads it, spaces folded."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
    return [re.sub(r"\s+", " ", page).strip() for page in text.stdout.split("\f")[:-1]]


def outline(pdf: Path) -> list[tuple[int, str, int]]:
    """(depth, title, 0-based target page) for every bookmark, in order."""
    reader = PdfReader(pdf)
    found: list[tuple[int, str, int]] = []

    def walk(items: list, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return found


def test_efile_holds_exactly_the_numbered_pages(assembled: Assembled) -> None:
    efile = assembled.outputs["efile"]
    assert efile.path.name == "packet-efile.pdf" and efile.pages == NUMBERED
    assert PdfReader(efile.path).page_labels == [str(n) for n in range(1, NUMBERED + 1)]
    texts = page_texts(efile.path)
    assert not any("TAB " in t or "COURT COVER" in t or "CERTIFICATE" in t for t in texts)


FILING_LABELS = [
    "Cover",
    "Cover (back)",
    "1",
    "2",
    "Tab A",
    "Tab A (back)",
    "3",
    "4",
    "Tab B",
    "Tab B (back)",
    "5",
    "5 (back)",
    "Tab C",
    "Tab C (back)",
    "6",
    "7",
    "8",
    "8 (back)",
    "Tab D",
    "Tab D (back)",
    "9",
    "10",
]


def test_filing_puts_each_tab_on_its_own_sheet_for_double_sided_printing(
    assembled: Assembled,
) -> None:
    filing = assembled.outputs["filing"]
    labels = PdfReader(filing.path).page_labels
    assert labels == FILING_LABELS and filing.pages == len(FILING_LABELS)
    texts = page_texts(filing.path)
    for i, label in enumerate(labels):
        if label.startswith(("Tab", "Cover")) and not label.endswith("(back)"):
            assert i % 2 == 0, f"{label} would print on the back of a sheet"
        if label.endswith("(back)"):
            assert texts[i] == "", f"the back of {label} is not blank"
    assert texts[labels.index("Tab C")] == "TAB C"


def test_service_adds_the_certificate_of_service_at_the_end(assembled: Assembled) -> None:
    service = assembled.outputs["service"]
    labels = PdfReader(service.path).page_labels
    assert labels == [*FILING_LABELS, "Certificate of service"]
    assert page_texts(service.path)[-1] == "CERTIFICATE OF SERVICE"


@pytest.mark.parametrize("variant", ["efile", "filing", "service"])
def test_numbered_pages_carry_the_same_stamp_in_every_variant(
    assembled: Assembled, variant: str
) -> None:
    path = assembled.outputs[variant].path
    labels = PdfReader(path).page_labels
    texts = page_texts(path)
    stamped = {}
    for label, text in zip(labels, texts, strict=True):
        if label.isdigit():
            assert f"A012-345-678 Page {label} of {NUMBERED}" in text, (label, text)
            stamped[label] = text
        else:
            assert "Page" not in text, f"unnumbered page {label} is stamped"
    assert "Cover letter" in stamped["1"]
    assert "Exhibit C document 0 page 1 of 3" in stamped["6"]
    assert "Exhibit D document 0 page 2 of 2" in stamped[str(NUMBERED)]


def test_efile_bookmarks_nest_exhibits_under_their_equity(assembled: Assembled) -> None:
    assert outline(assembled.outputs["efile"].path) == [
        (0, "Front matter", 0),
        (1, "Cover letter", 0),
        (1, "Exhibit index", 1),
        (0, "Identity", 2),
        (1, "Exhibit A: Document for tab A", 2),
        (0, "U.S. citizen and resident family", 4),
        (1, "Exhibit B: Document for tab B", 4),
        (1, "Exhibit C: Document for tab C", 5),
        (0, "Education", 8),
        (1, "Exhibit D: Document for tab D", 8),
    ]


def test_filing_bookmarks_land_on_the_tabs_and_the_cover(assembled: Assembled) -> None:
    path = assembled.outputs["service"].path
    texts = page_texts(path)
    marks = {title: page for _, title, page in outline(path)}
    assert texts[marks["Cover page"]] == "COURT COVER PAGE"
    assert marks["Front matter"] == marks["Cover page"] == 0
    assert "Cover letter" in texts[marks["Cover letter"]]
    for letter in "ABCD":
        assert texts[marks[f"Exhibit {letter}: Document for tab {letter}"]] == f"TAB {letter}"
    assert marks["U.S. citizen and resident family"] == marks["Exhibit B: Document for tab B"]
    assert texts[marks["Certificate of service"]] == "CERTIFICATE OF SERVICE"


@pytest.mark.parametrize("variant", ["efile", "filing", "service"])
def test_every_output_opens_in_qpdf_pypdf_and_poppler(assembled: Assembled, variant: str) -> None:
    path = assembled.outputs[variant].path
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert len(PdfReader(path).pages) == assembled.outputs[variant].pages
    poppler = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    assert poppler.returncode == 0 and not poppler.stderr


def test_metadata_says_what_the_packet_is_and_nothing_about_the_machine(
    assembled: Assembled,
) -> None:
    info = PdfReader(assembled.outputs["efile"].path).metadata
    assert info.title == assembled.composition.title
    assert info.subject == "Dismissal"
    assert info.author == "Pat Example"
    assert "/Producer" not in info
    for output in assembled.outputs.values():
        # uncompressed, so that a path hidden in a compressed stream shows too
        plain = subprocess.run(
            ["qpdf", "--qdf", "--object-streams=disable", str(output.path), "-"],
            capture_output=True,
        ).stdout
        for leak in (str(assembled.folder), assembled.folder.name, "/tmp", ".partial-"):
            assert leak.encode() not in plain, f"{output.path.name} names {leak}"


def test_the_same_composition_gives_byte_identical_packets(
    tmp_path: Path, assembled: Assembled, config: Config
) -> None:
    again = write(assembled.composition, config, tmp_path / "again", ("efile", "filing", "service"))
    for output in again:
        first = assembled.outputs[output.variant].path
        assert sha256(output.path) == sha256(first), output.variant


def test_the_id_is_the_hash_of_the_packet_it_names(assembled: Assembled) -> None:
    """Same packet, same ID; another packet, another ID: SHA-256 of the file as written,
    with the ID's place left blank."""
    ids = set()
    for output in assembled.outputs.values():
        data = output.path.read_bytes()
        with pikepdf.open(output.path) as pdf:
            first, second = (bytes(part) for part in pdf.trailer.ID)
        assert first == second
        blank = data.replace(
            f"<{first.hex()}><{first.hex()}>".encode(),
            b"<" + b"0" * 32 + b">" + b"<31415926535897932384626433832795>",
        )
        assert hashlib.sha256(blank).digest()[:16] == first
        ids.add(first)
    assert len(ids) == len(assembled.outputs)


def test_tab_dividers_and_stamps_share_one_copy_of_each_font(
    tmp_path: Path, config: Config
) -> None:
    """Every generated page embeds the same subset of each face: the packet keeps one copy."""
    composition = made_up_composition(tmp_path / "work", PLANNED)
    dividers = {
        e.letter: typeset.tab_divider(
            tmp_path / f"tab-{e.letter}.pdf", e.letter, f"Acta de José Núñez, {i}ª copia", i, 5
        )
        for i, e in enumerate(composition.exhibits)
    }
    [filing] = write(replace(composition, dividers=dividers), config, tmp_path / "out", ("filing",))
    with pikepdf.open(filing.path) as pdf:
        faces = [
            str(o.FontName)
            for o in pdf.objects
            if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/FontDescriptor"
        ]
    assert sorted(faces) == ["/AAAAAA+BitstreamVeraSans-Bold", "/AAAAAA+BitstreamVeraSans-Roman"]
    assert "Acta de José Núñez, 3ª copia" in " ".join(page_texts(filing.path))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def noise_jpeg(path: Path, seed: int, size: tuple[int, int] = (300, 390)) -> Path:
    """A grey photo-like JPEG that does not compress away (about 60 KB), new noise each time."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.effect_noise(size, 30 + seed).convert("L").save(path, "JPEG", quality=75)
    return path


def test_stamping_keeps_the_scanned_images_byte_for_byte(
    tmp_path: Path, assembled: Assembled, config: Config
) -> None:
    images = [noise_jpeg(tmp_path / f"scan{n}.jpg", n) for n in range(2)]
    composition = made_up_composition(tmp_path / "work", PLANNED[:2], images=images)
    [output] = write(composition, config, tmp_path / "out", ("efile",))
    sources = [d.pdf for e in composition.exhibits for d in e.documents]
    found = raw_images(output.path)
    assert len(found) == 3
    assert found == [image for pdf in sources for image in raw_images(pdf)]


def raw_images(pdf: Path) -> list[bytes]:
    """The image streams' bytes as stored (still encoded), in page order."""
    with pikepdf.open(pdf) as doc:
        return [
            image.read_raw_bytes() for page in doc.pages for image in page.get_images().values()
        ]


def test_the_stamp_band_stays_clear_of_page_content(tmp_path: Path, config: Config) -> None:
    black = tmp_path / "black.jpg"
    Image.new("L", (85, 110), 0).save(black, "JPEG")
    composition = made_up_composition(tmp_path / "work", [Planned("identity", (1,))])
    # a born-digital page drawn to its very edges
    page = composition.exhibits[0].documents[0].pdf
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(page), pagesize=(612, 792), invariant=True)
    canvas.drawImage(str(black), 0, 0, 612, 792)
    canvas.save()
    [output] = write(composition, config, tmp_path / "out", ("efile",))
    png = subprocess.run(
        ["pdftoppm", "-r", "72", "-gray", "-f", "3", "-l", "3", "-png", str(output.path)],
        capture_output=True,
    ).stdout
    image = Image.open(io.BytesIO(png)).convert("L")
    band_top = image.height - round(STAMP_BAND)

    def dark_share(top: int, bottom: int) -> float:
        pixels = image.crop((0, top, image.width, bottom)).tobytes()
        return sum(p < 128 for p in pixels) / len(pixels)

    assert dark_share(0, band_top - 1) > 0.9  # the page, shrunk a little, still fills the top
    assert dark_share(band_top + 1, image.height) < 0.1  # only the stamp's letters in the band
    assert "Page 3 of 3" in page_texts(output.path)[2]


def test_an_oversized_efile_splits_at_exhibit_boundaries(tmp_path: Path, config: Config) -> None:
    images = [noise_jpeg(tmp_path / f"scan{n}.jpg", n) for n in range(4)]
    planned = [Planned(e, (2,)) for e in ("identity", "us_family", "us_family", "education")] * 2
    composition = made_up_composition(tmp_path / "work", planned, images=images)
    limit = 0.3  # MB; each exhibit is about 0.12 MB
    out = tmp_path / "out"
    outputs = write(composition, config, out, ("efile",), max_mb=limit)
    total = 2 + 2 * len(planned)
    assert len(outputs) >= 3
    assert [o.path.name for o in outputs] == [
        f"packet-efile-part{n}.pdf" for n in range(1, len(outputs) + 1)
    ]
    assert not (out / "packet-efile.pdf").exists()
    numbers: list[int] = []
    for output in outputs:
        assert output.bytes == output.path.stat().st_size <= limit * 1_000_000
        reader = PdfReader(output.path)
        labels = [int(label) for label in reader.page_labels]
        assert labels == list(range(output.numbered[0], output.numbered[1] + 1))
        texts = page_texts(output.path)
        assert f"Page {labels[0]} of {total}" in texts[0]
        assert f"Page {labels[-1]} of {total}" in texts[-1]
        starts = {title: page for _, title, page in outline(output.path)}
        for title, page in starts.items():
            if exhibit := re.match(r"Exhibit ([A-Z]+):", title):
                letter = exhibit.group(1)
                assert f"Exhibit {letter} document 0 page 1 of 2" in texts[page]
        # exhibits are whole: a part ends on an exhibit's last page
        assert "page 2 of 2" in texts[-1] or output is outputs[-1]
        numbers += labels
    assert numbers == list(range(1, total + 1))


def _front_matter_citing(path: Path, pages: list[int]) -> Path:
    """A two-page front matter whose letter cites ``pages`` and whose index links each too, the
    way typeset.page_link writes them (URI links that assemble resolves)."""
    canvas = Canvas(str(path), pagesize=LETTER, invariant=True)
    for title in ("Cover letter", "Index of Exhibits"):
        canvas.setFont("Helvetica", 11)
        canvas.drawString(72, LETTER[1] - 100, title)
        for row, page in enumerate(pages):
            y = LETTER[1] - 130 - 18 * row
            canvas.drawString(72, y, f"see p. {page}")
            canvas.linkURL(f"{typeset.PAGE_LINK}{page}", (72, y - 2, 140, y + 10), relative=0)
        canvas.showPage()
    canvas.save()
    return path


@pytest.mark.parametrize("short", [False, True])
def test_citations_into_another_efile_part_open_that_part_and_name_it(
    tmp_path: Path, config: Config, monkeypatch: pytest.MonkeyPatch, short: bool
) -> None:
    # short: the size guess for the later pages falls short, so they are packed again after the
    # first part is written, and the parts it cites are not those it was written with
    guess = assemble_module._page_costs
    written: list[int] = []  # the part number of each part written, in order
    write_part = assemble_module._write_part

    def counted(part, n, stamping, staging, places, cited):  # type: ignore[no-untyped-def]
        written.append(n)
        return write_part(part, n, stamping, staging, places, cited)

    def costs(segments):  # type: ignore[no-untyped-def]
        found = guess(segments)
        return {
            leaf: c * (0.3 if short and (leaf.number or 0) > 8 else 1) for leaf, c in found.items()
        }

    monkeypatch.setattr(assemble_module, "_page_costs", costs)
    monkeypatch.setattr(assemble_module, "_write_part", counted)
    images = [noise_jpeg(tmp_path / f"scan{n}.jpg", n) for n in range(4)]
    planned = [Planned(e, (2,)) for e in ("identity", "us_family", "us_family", "education")]
    composition = made_up_composition(tmp_path / "work", planned * 2, images=images)
    firsts = [e.first_page for e in composition.exhibits]
    front = replace(
        composition.front_matter,
        pdf=_front_matter_citing(tmp_path / "work" / "cited.pdf", firsts),
    )
    composition = replace(composition, front_matter=front)
    outputs = write(composition, config, tmp_path / "out", ("efile",), max_mb=0.3)
    assert len(outputs) >= 3
    holder = {
        number: (o.part, number - o.numbered[0])
        for o in outputs
        if o.numbered
        for number in range(o.numbered[0], o.numbered[1] + 1)
    }
    first = outputs[0]
    with pikepdf.open(first.path) as pdf:
        for page in pdf.pages[:2]:
            links = list(page.obj.Annots)
            assert len(links) == len(firsts)  # none dropped
            for annot, cited in zip(links, firsts, strict=True):
                part, index = holder[cited]
                if part == 1:
                    assert annot.Dest[0] == pdf.pages[index].obj
                    continue
                action = annot.A
                assert action.S == "/GoToR"
                assert str(action.F) == f"packet-efile-part{part}.pdf"
                assert int(action.D[0]) == index
                assert f"Part {part}" in str(annot.Contents)
    # the part's page at that index is the cited page, in the part the link names
    for cited in firsts:
        part, index = holder[cited]
        assert PdfReader(outputs[part - 1].path).page_labels[index] == str(cited)
    if short:  # part 1 was written again once the later parts were known
        assert max(i for i, n in enumerate(written) if n == 1) > written.index(2)
    # each line citing another part says which part, where a printed copy shows it
    letter = page_texts(first.path)[0]
    for cited in firsts:
        part = holder[cited][0]
        assert (f"p. {cited} Part {part}" in letter) == (part != 1), cited


def test_an_exhibit_bigger_than_the_limit_is_cut_between_pages(
    tmp_path: Path, config: Config
) -> None:
    images = [noise_jpeg(tmp_path / f"scan{n}.jpg", n) for n in range(6)]
    composition = made_up_composition(
        tmp_path / "work", [Planned("identity", (1,)), Planned("education", (6,))], images=images
    )
    outputs = write(composition, config, tmp_path / "out", ("efile",), max_mb=0.2)
    titles = [title for o in outputs for _, title, _ in outline(o.path)]
    assert "Exhibit B: Document for tab B" in titles
    assert "Exhibit B: Document for tab B (continued)" in titles
    assert all(o.bytes <= 200_000 for o in outputs)


def test_a_page_alone_over_the_limit_is_named(tmp_path: Path, config: Config) -> None:
    images = [noise_jpeg(tmp_path / "scan.jpg", 0)]
    composition = made_up_composition(tmp_path / "work", [Planned("identity", (2,))], images=images)
    with pytest.raises(BuildError, match=r"page 3 \(scans/exhibit-A-0.jpg\) alone is larger"):
        # the front matter fits (its two pages and one copy of the stamps' font), a scan does not
        write(composition, config, tmp_path / "out", ("efile",), max_mb=0.045)
    assert not list((tmp_path / "out").iterdir())  # no stand-in left behind


def test_a_later_unsplit_build_removes_the_old_parts(tmp_path: Path, config: Config) -> None:
    images = [noise_jpeg(tmp_path / f"scan{n}.jpg", n) for n in range(2)]
    composition = made_up_composition(tmp_path / "work", PLANNED, images=images)
    out = tmp_path / "out"
    assert len(write(composition, config, out, ("efile",), max_mb=0.2)) > 1
    [whole] = write(composition, config, out, ("efile",))
    assert sorted(p.name for p in out.iterdir()) == [whole.path.name]


def test_filing_without_a_divider_from_compose_says_so(
    tmp_path: Path, assembled: Assembled, config: Config
) -> None:
    composition = replace(assembled.composition, dividers={})
    with pytest.raises(BuildError, match="no tab divider for Exhibit A"):
        write(composition, config, tmp_path / "out", ("filing",))


def test_page_numbers_that_disagree_with_the_index_are_refused(
    tmp_path: Path, assembled: Assembled, config: Config
) -> None:
    shifted = replace(assembled.composition.exhibits[1], first_page=99)
    exhibits = (assembled.composition.exhibits[0], shifted, *assembled.composition.exhibits[2:])
    composition = replace(assembled.composition, exhibits=exhibits)
    with pytest.raises(BuildError, match="Exhibit B is indexed from page 99"):
        write(composition, config, tmp_path / "out", ("efile",))


def test_assembly_needs_no_qpdf_program(
    tmp_path: Path, assembled: Assembled, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    """qpdf's merging runs in this process (through pikepdf): no program to install."""
    monkeypatch.setenv("PATH", str(tmp_path))
    [output] = write(assembled.composition, config, tmp_path / "out", ("efile",))
    assert sha256(output.path) == sha256(assembled.outputs["efile"].path)


def test_scans_named_differently_by_earlier_stages_give_the_same_bytes(
    tmp_path: Path, config: Config
) -> None:
    """reportlab names an image after its file's path, OCRmyPDF at random: neither may show."""
    scan = noise_jpeg(tmp_path / "scan.jpg", 0)
    hashes = []
    for build in ("one", "two"):
        image = tmp_path / build / "scan.jpg"  # the same bytes under another path
        image.parent.mkdir()
        shutil.copy(scan, image)
        composition = made_up_composition(tmp_path / build, PLANNED[:2], images=[image])
        [output] = write(composition, config, tmp_path / build / "out", ("efile",))
        hashes.append(sha256(output.path))
    assert hashes[0] == hashes[1]
    with pikepdf.open(output.path) as pdf:
        page = pdf.pages[2]
        assert sorted(page.Resources.XObject.keys()) == ["/PacketStamp", "/X1"]
        assert all(part.Filter == pikepdf.Name.FlateDecode for part in page.Contents)


def test_a_form_filed_in_the_front_matter_is_shrunk_above_the_stamp_like_a_scan(
    tmp_path: Path, config: Config
) -> None:
    composition = made_up_composition(tmp_path / "work", PLANNED[:1], front_pages=3)
    g28 = composition.exhibits[0].documents[0]  # a one-page scan, filed as page 3
    front = replace(composition.front_matter, documents=((g28, 3),))
    [front_segment, *_] = layout(replace(composition, front_matter=front), "efile", config)
    assert [leaf.fit for leaf in front_segment.leaves] == [False, False, True]
    assert front_segment.leaves[2].origin == g28.file
