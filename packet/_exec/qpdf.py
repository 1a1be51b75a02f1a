"""qpdf's page merging, run in this process through pikepdf: the only place that calls it.

qpdf's job interface (the `qpdf --empty --pages ...` command, here libqpdf through
``pikepdf.Job``) copies pages lazily: it keeps a reference to each source file and reads a page's
streams only while the merged file is written. pikepdf's own ``pages.append`` copies foreign pages
eagerly, holding every image of the packet in memory at once (1.8 GB for 1000 scanned pages,
bench/assembly.py). The merged document comes back unwritten, so assemble adds its stamps, labels
and bookmarks and writes the packet once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from packet.errors import BuildError

if TYPE_CHECKING:
    import pikepdf


@contextlib.contextmanager
def merged(runs: list[tuple[Path, int, int]]) -> Iterator[pikepdf.Pdf]:
    """The pages of ``runs`` (pdf, first, last; 1-based) in one document, streams unread."""
    import pikepdf

    pages: list[str] = []
    for pdf, first, last in runs:
        pages += [str(pdf), str(first) if first == last else f"{first}-{last}"]
    # The output named here is never written: the caller saves the document itself.
    job = pikepdf.Job(["qpdf", "--empty", "--pages", *pages, "--", "unwritten.pdf"])
    try:
        document = job.create_pdf()
    except pikepdf.PdfError as exc:
        raise BuildError(f"qpdf could not merge the packet's pages: {exc}") from None
    with document:
        yield document
