"""PDF to clean text with pypdfium2 (PDFium, the engine in Chrome): one page at a time, so memory
stays bounded on long files; a page without a text layer becomes a warning, not an error."""
from __future__ import annotations

import re
import threading
import unicodedata
from typing import Callable, Optional

from chatbot.errors import BadInput

from .structure import Built, TextBuilder

# PDFium is not thread-safe, and the page and the API may load files from several threads.
_PDFIUM = threading.Lock()
_BULLET = re.compile(r"^[\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u2043\uf0b7\uf0a7\u2219]\s*")
_NUMBERED = re.compile(r"^(\d{1,3}|[a-zA-Z])[.)]\s")
# A line that ends a sentence or leads in to a list is not continued on the next line, so a
# heading printed after it stays a line of its own.
_ENDS_BLOCK = re.compile(r"[.!?:][\"'\u201d\u2019)\]]*$")
_LIGATURES = re.compile("[\ufb00-\ufb06]")
FULL_LINE = 0.7  # a line at least this share of the page's longest runs on into the next one

Progress = Optional[Callable[[int, int], None]]


def _check_header(data: bytes, name: str) -> None:
    if b"%PDF-" not in data[:1024]:
        raise BadInput(f"{name}: is not a PDF (no %PDF header); is it another kind of file renamed .pdf?")
    if b"%%EOF" not in data[-2048:]:
        raise BadInput(f"{name}: the PDF is truncated or damaged (no end-of-file marker); "
                       "download or export it again")


def _open(data: bytes, name: str):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            raise BadInput(f"{name}: the PDF is encrypted (password protected); "
                           "save a copy without the password and try again") from None
        raise BadInput(f"{name}: cannot be read as a PDF (damaged or truncated?); export it again") from None


def unwrap(page_text: str) -> list[str]:
    """A PDF's text has a line break at the end of every printed line: join the lines of a
    paragraph (a full-width line runs on into the next), so that a sentence is one line."""
    rows = []
    for raw in re.split(r"\r\n|\r|\n", page_text):
        raw = raw.strip()
        bullet = _BULLET.match(raw)
        rows.append((raw[bullet.end():] if bullet else raw, bullet is not None or bool(_NUMBERED.match(raw))))
    width = max((len(line) for line, _ in rows), default=0)
    paragraphs: list[str] = []
    joinable, in_item = False, False
    for line, item in rows:
        if not line:
            joinable = False
            continue
        # A wrapped list item goes on in lower case; a capital after a full item line is new text.
        if joinable and not item and (not in_item or line[0].islower()):
            glue = "" if paragraphs[-1].endswith(("-", "\u00ad", "\x02")) else " "
            paragraphs[-1] = paragraphs[-1].rstrip("\u00ad\x02") + glue + line
        else:
            paragraphs.append(line)
            in_item = item
        joinable = len(line) >= FULL_LINE * width and not _ENDS_BLOCK.search(line)
    return paragraphs


def _page_text(document, index: int) -> str:
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            return textpage.get_text_range()
        finally:
            textpage.close()
    finally:
        page.close()


def pdf_structure(data: bytes, name: str, on_page: Progress = None) -> Built:
    _check_header(data, name)
    builder = TextBuilder()
    with _PDFIUM:
        document = _open(data, name)
        try:
            total = len(document)
            for index in range(total):
                text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), _page_text(document, index))
                lines = unwrap(text)
                builder.page(index + 1)
                if not lines:
                    builder.warnings.append(f"page {index + 1} has no text layer (scanned?)")
                for line in lines:
                    builder.line(line)
                if on_page:
                    on_page(index + 1, total)
            builder.title = (document.get_metadata_value("Title") or "").strip() or None
        finally:
            document.close()
    built = builder.build()
    if not built.text.strip():
        raise BadInput(f"{name}: no text layer (scanned?) on any of its {len(built.pages)} page(s); "
                       "run OCR on it and add the result")
    return built
