"""Files to documents: .txt (any encoding), .md, .html, .pdf, .docx, .csv and .xlsx become clean text with
their structure (headings above each span, PDF pages) and metadata such as the story URL.

Each format's reading lives in ingest/formats/; this module picks one by the file's suffix."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from chatbot.errors import BadInput

from .formats.structure import Built, Section

TEXT_SUFFIXES = {".txt"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
PDF_SUFFIXES = {".pdf"}
WORD_SUFFIXES = {".docx"}
CSV_SUFFIXES = {".csv"}
EXCEL_SUFFIXES = {".xlsx"}
SUFFIXES = (TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | WORD_SUFFIXES | CSV_SUFFIXES
            | EXCEL_SUFFIXES)
SUPPORTED = ".txt, .md, .html, .pdf, .docx, .csv or .xlsx"
DEFAULT_DOCUMENT = Path(__file__).resolve().parent / "data" / "article.txt"

_URL = re.compile(r"https?://[^\s|<>\"')]+")
_FOOTER = re.compile(r"(copyright|©|\(c\)|all rights reserved)", re.IGNORECASE)

Progress = Optional[Callable[[int, int], None]]


@dataclass
class Document:
    source: str  # the document's name in the store (file name)
    text: str  # the text that passage offsets index into
    url: Optional[str] = None
    title: Optional[str] = None
    body_end: int = field(default=-1)  # passages stop here: a footer is metadata, not content
    sections: list[Section] = field(default_factory=list)  # (start, end, headings above the span)
    pages: list[tuple[int, int]] = field(default_factory=list)  # (start offset, page number), PDF only
    warnings: list[str] = field(default_factory=list)  # what was read only in part (a page without text)
    items: list[int] = field(default_factory=list)  # where each line that is a list's item starts

    def __post_init__(self) -> None:
        if self.body_end < 0:
            self.body_end = len(self.text)

    def page_at(self, offset: int) -> Optional[int]:
        """The page number that the character at `offset` is on (None without pages)."""
        index = bisect.bisect_right([start for start, _ in self.pages], offset) - 1
        return self.pages[index][1] if index >= 0 else None

    def headings_at(self, offset: int) -> tuple[str, ...]:
        """The headings above the character at `offset`, outermost first."""
        for start, end, path in self.sections:
            if start <= offset < end:
                return path
        return ()


def html_to_text(markup: str) -> tuple[str, Optional[str]]:
    from .formats.html import html_structure

    built = html_structure(markup)
    return built.text, built.title


def _split_footer(text: str) -> tuple[int, Optional[str]]:
    """A last line like 'Copyright © ... | https://...' is metadata: return (body_end, url)."""
    stripped = text.rstrip()
    last_start = stripped.rfind("\n") + 1
    last_line = stripped[last_start:]
    url_match = _URL.search(last_line)
    if last_start > 0 and _FOOTER.search(last_line) and len(last_line) < 400:
        return last_start, (url_match.group(0) if url_match else None)
    return len(text), None


def _document(source: str, built: Built) -> Document:
    if not built.text.strip():
        raise BadInput(f"{source}: the file is empty")
    body_end, url = _split_footer(built.text)
    if not built.text[:body_end].strip():
        raise BadInput(f"{source}: the file has no text besides its footer")
    return Document(source=source, text=built.text, url=url, title=built.title, body_end=body_end,
                    sections=built.sections, pages=built.pages, warnings=built.warnings, items=built.items)


def document_from_text(source: str, text: str, *, is_html: bool = False) -> Document:
    if is_html:
        from .formats.html import html_structure

        return _document(source, html_structure(text))
    return _document(source, Built(text=text))


def _parse(name: str, suffix: str, data: bytes, on_page: Progress) -> Built:
    from .formats.text import decode

    if suffix in PDF_SUFFIXES:
        from .formats.pdf import pdf_structure

        return pdf_structure(data, name, on_page)
    if suffix in WORD_SUFFIXES:
        from .formats.docx import docx_structure

        return docx_structure(data, name)
    if suffix in EXCEL_SUFFIXES:
        from .formats.sheet import xlsx_structure

        return xlsx_structure(data, name)
    text = decode(data, name)
    if suffix in CSV_SUFFIXES:
        from .formats.sheet import csv_structure

        return csv_structure(text, name)
    if suffix in MARKDOWN_SUFFIXES:
        from .formats.markdown import markdown_structure

        return markdown_structure(text)
    if suffix in HTML_SUFFIXES:
        from .formats.html import html_structure

        return html_structure(text)
    from .formats.text import text_structure

    return text_structure(text) or Built(text=text)


def parse_bytes(name: str, data: bytes, on_page: Progress = None) -> Document:
    """The document in a file's bytes, read by its suffix; any failure is one BadInput line."""
    suffix = Path(name).suffix.lower()
    try:
        built = _parse(name, suffix, data, on_page)
    except BadInput:
        raise
    except (MemoryError, RecursionError) as exc:
        raise BadInput(f"{name}: too large or too deeply nested to read ({type(exc).__name__})") from None
    except Exception as exc:  # a library's own error on a damaged file must not become a traceback
        raise BadInput(f"{name}: cannot be read as a {suffix.lstrip('.').upper()} file "
                       f"({type(exc).__name__}); is it damaged?") from None
    return _document(name, built)


def _unsupported(name: object, suffix: str) -> BadInput:
    return BadInput(f"{name}: unsupported file type {suffix or '(none)'}; use {SUPPORTED}")


def load_file(path: Path | str, max_bytes: int = 20_000_000, on_page: Progress = None) -> Document:
    """`on_page(done, total)` is called after each page of a PDF (long files take a while)."""
    path = Path(path)
    if not path.exists():
        raise BadInput(f"{path}: no such file")
    if path.is_dir():
        raise BadInput(f"{path}: is a directory, not a file")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise _unsupported(path, suffix)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise BadInput(f"{path}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit")
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(f"{path}: cannot read ({exc.strerror})") from None
    return parse_bytes(path.name, data, on_page)


MAX_NAME_CHARS = 200


def upload_name(name: str) -> str:
    """The document name for an uploaded file: its last path part, printable and not too long."""
    name = Path(str(name).replace("\\", "/")).name or "upload.txt"
    if len(name) > MAX_NAME_CHARS or name in {".", ".."} or not all(ch.isprintable() for ch in name):
        raise BadInput("this file name cannot be used (it has control characters or is over "
                       f"{MAX_NAME_CHARS} characters); rename the file and try again")
    return name


def load_bytes(name: str, data: bytes, max_bytes: int = 20_000_000, on_page: Progress = None) -> Document:
    """Same checks as load_file, for uploads that never touch the disk (binary formats too)."""
    name = upload_name(name)
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise _unsupported(name, suffix)
    if len(data) > max_bytes:
        raise BadInput(f"{name}: {len(data) / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit")
    return parse_bytes(name, data, on_page)
