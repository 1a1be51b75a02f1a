"""The letter templates of config/templates/ and the filters they use, in one Jinja environment.

`.j2` templates write the block markup packet/typeset.py lays out (values escaped); `.txt.j2`
templates write plain text. A template someone edited by hand fails with its file and line.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from jinja2 import (
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateError,
    TemplateNotFound,
    pass_context,
)
from jinja2.bccache import Bucket
from jinja2.filters import do_join
from jinja2.runtime import Context
from markupsafe import Markup, escape

from packet import atomic
from packet.case import Case
from packet.config import Config
from packet.dates import long_date
from packet.errors import ConfigError
from packet.records import Exhibit


def _literal(text: str) -> str:
    """typeset.literal, imported when a template first uses it: the review page's never do, and
    typeset loads reportlab, which `packet check` has no other use for."""
    from packet import typeset

    return typeset.literal(text)


def _writes_markup(context: Context) -> bool:
    """Whether the template writes typeset's block markup (not plain text, not the HTML page)."""
    name = context.name or ""
    return context.eval_ctx.autoescape and not name.endswith(".html.j2")


@pass_context
def _as_text(context: Context, value: Any) -> Any:
    """Every value a markup template writes is text (typeset.literal): a name, an address or
    an organization holding a blank line and "!! DETAINED" prints as it is, never a banner."""
    if _writes_markup(context) and isinstance(value, str) and not isinstance(value, Markup):
        return Markup(_literal(value))
    return value


@pass_context
def _join_as_text(context: Context, items: Iterable[Any], separator: str = "") -> str:
    """Jinja's join, with each item of a markup template written as ``_as_text`` writes it."""
    if not _writes_markup(context):
        return str(do_join(context.eval_ctx, items, separator))
    return Markup(escape(separator)).join(_as_text(context, item) for item in items)


COMPILED_FOLDER = "templates"  # in the cache folder: Jinja2's compiled templates
# Compiled code depends on the environment's options (finalize, say), which Jinja2's bytecode
# cache does not check: bump this when ``_environment`` changes, so old code is not reused.
COMPILED_FORMAT = 2


@functools.cache
def _environment(folder: Path) -> Environment:
    """One environment per templates folder and process: it keeps each template compiled for
    every letter and review page after the first (a docket's cases, all variants), and
    recompiles one whose file changed."""
    env = Environment(
        loader=FileSystemLoader(folder),
        autoescape=lambda name: not (name or "").endswith(".txt.j2"),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_as_text,
    )
    env.filters["join"] = _join_as_text
    env.filters["long_date"] = long_date
    env.filters["cite"] = cite
    env.filters["lower_first"] = lower_first
    env.filters["literal"] = _literal
    return env


def keep_compiled(config: Config, cache_dir: Path) -> None:
    """Keep the compiled templates in ``cache_dir`` too, for the next build: compiling them
    costs more than rendering the letter or the review page."""
    env = _environment(config.templates)
    compiled = cache_dir / COMPILED_FOLDER
    kept = env.bytecode_cache
    if isinstance(kept, _KeptIfThereIsRoom) and kept.directory == str(compiled):
        return  # compiled templates are kept in memory as well: only this build's cache
    env.bytecode_cache = None
    with contextlib.suppress(OSError):  # without it each build compiles them again
        atomic.private_dir(compiled)
        env.bytecode_cache = _KeptIfThereIsRoom(
            str(compiled), pattern=f"packet-{COMPILED_FORMAT}-%s.cache"
        )


class _KeptIfThereIsRoom(FileSystemBytecodeCache):
    """A compiled template kept in the cache folder; a full (or read-only) cache costs the next
    build a compile, never this build its letter or review page."""

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


class Templates:
    """config/templates/: `.j2` templates write block markup (escaped), `.txt.j2` plain text."""

    def __init__(self, config: Config) -> None:
        self.env = _environment(config.templates)
        self.folder = config.templates

    def render(self, name: str, context: dict[str, Any]) -> str:
        with self._explained(name):
            return self.env.get_template(name).render(context)

    def request(self, case: Case) -> Template:
        name = f"requests/{case.request.type}.j2"
        with self._explained(name):
            return self.env.get_template(name)

    def render_letter(self, case: Case, context: dict[str, Any]) -> str:
        template = self.request(case)
        with self._explained(template.name or ""):
            return template.render(context)

    def enclosures(self, case: Case, context: dict[str, Any]) -> list[tuple[str, str]]:
        """The papers a request type encloses after its letter (``enclosures/<type>.j2``, e.g.
        a draft joint motion with its proposed order), each as (its titles, its markup)."""
        name = f"enclosures/{case.request.type}.j2"
        if not (self.folder / name).is_file():
            return []
        markup = self.render(name, context)
        titles = [line[2:].strip().lower() for line in markup.splitlines() if line.startswith("# ")]
        title = " and ".join(titles) or name
        return [(title[:1].upper() + title[1:], markup)]

    def block(self, template: Template, block: str, context: dict[str, Any]) -> str:
        """One block of a template on its own: the filing title a request template defines."""
        with self._explained(template.name or ""):
            return "".join(template.blocks[block](template.new_context(context))).strip()

    @contextlib.contextmanager
    def _explained(self, name: str) -> Iterator[None]:
        """A template someone edited by hand fails with its file and line, not a traceback."""
        try:
            yield
        except TemplateNotFound as exc:
            missing = self.folder / (exc.name if isinstance(exc.name, str) else name)
            raise ConfigError(
                f"{missing}: missing; each request type in taxonomy.yaml needs "
                "its letter template in config/templates/requests/."
            ) from None
        except TemplateError as exc:
            where = getattr(exc, "filename", None) or str(self.folder / name)
            line = getattr(exc, "lineno", None)
            raise ConfigError(
                f"{where}{f', line {line}' if line else ''}: {exc.message}; fix the template."
            ) from None


def cite(exhibits: Iterable[Exhibit]) -> Markup:
    """'see Exhibit C, pp. 14–15; Exhibit D, p. 16', or '' when nothing is enclosed; each
    reference a link to the exhibit's first page (typeset.page_link)."""
    from packet import typeset  # only letters cite: see _literal

    # no line break inside "Exhibit C" or "p. 14": a reader scans for them
    refs = [
        typeset.page_link(
            e.first_page, escape(e.citation.replace(" ", "\u00a0").replace(",\u00a0", ", "))
        )
        for e in exhibits
    ]
    return Markup(f"see {'; '.join(refs)}") if refs else Markup("")


def lower_first(text: str) -> str:
    """'Birth certificate of Ana' -> 'birth certificate of Ana'; 'U visa' stays as it is."""
    first = text.split(" ", 1)[0]
    return text if len(first) < 2 or not first[1:].islower() else text[0].lower() + text[1:]
