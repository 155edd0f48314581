"""Word (.docx) to clean text with python-docx: paragraphs, headings, list items and tables in body order."""
from __future__ import annotations

import io
import re
import zipfile

from chatbot.errors import BadInput

from .html import table_lines
from .structure import Built, TextBuilder, clean_line

# A .docx is a zip: refuse before inflating what would not fit in memory (a zip bomb).
MAX_UNZIPPED_BYTES = 200_000_000
MAX_RATIO = 200  # a real document's XML compresses far less than this
RATIO_CHECKED_ABOVE = 20_000_000  # a small file inflating a lot is harmless
MAX_XML_BYTES = 50_000_000  # XML is parsed whole into a tree several times its size; images are not parsed
MAX_MEMBERS = 10_000
_NUMBERED = re.compile(r"^(\d+(?:\.\d+)+)\s")  # "2.1 Product Vision": an outline number
_HEADING_STYLE = re.compile(r"^heading\s*(\d)", re.IGNORECASE)
MAX_HEADING_CHARS = 120


def check_zip(data: bytes, name: str) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise BadInput(f"{name}: is not a Word .docx file (not a zip archive); save it as .docx and try again") \
            from None
    members = archive.infolist()
    total = sum(member.file_size for member in members)
    if len(members) > MAX_MEMBERS or total > MAX_UNZIPPED_BYTES:
        raise BadInput(f"{name}: unzips to {total / 1e6:.0f} MB in {len(members)} parts, over the "
                       f"{MAX_UNZIPPED_BYTES / 1e6:.0f} MB limit for a Word file")
    xml = sum(member.file_size for member in members if member.filename.lower().endswith((".xml", ".rels")))
    if xml > MAX_XML_BYTES:
        raise BadInput(f"{name}: its text parts unzip to {xml / 1e6:.0f} MB, over the "
                       f"{MAX_XML_BYTES / 1e6:.0f} MB limit for a Word file")
    if total > RATIO_CHECKED_ABOVE and total > MAX_RATIO * max(len(data), 1):
        raise BadInput(f"{name}: unzips to {total / 1e6:.0f} MB from {len(data) / 1e6:.1f} MB, more than "
                       f"{MAX_RATIO} times its size (a zip bomb?); refused")
    if "word/document.xml" not in archive.namelist():
        raise BadInput(f"{name}: is a zip archive but not a Word document (no word/document.xml)")


def _heading_level(paragraph, text: str) -> int:
    """The paragraph's heading level, or 0 for body text.

    Templates often make headings with bold Normal paragraphs rather than Heading styles: a short,
    all-bold paragraph without a closing full stop counts as one too."""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style.lower() == "title":
        return 1  # the document's title is above its Heading 1 sections, as an HTML page's h1 is
    styled = int(_HEADING_STYLE.match(style).group(1)) + 1 if _HEADING_STYLE.match(style) else 0
    runs = [run for run in paragraph.runs if run.text.strip()]
    bold = bool(runs) and all(run.bold for run in runs)
    if not styled and (not bold or len(text) > MAX_HEADING_CHARS or text[-1] in ".:;,?!"):
        return 0
    numbered = _NUMBERED.match(text)
    if numbered:  # "2.1 ..." is under "2", whatever style the author picked for it
        return numbered.group(1).count(".") + 2
    return styled or (2 if _list_level(paragraph) is not None else 4)


def _list_level(paragraph):
    ppr = paragraph._p.pPr
    if ppr is None or ppr.numPr is None:
        return None
    ilvl = ppr.numPr.ilvl
    return int(ilvl.val) if ilvl is not None else 0


def _paragraph(builder: TextBuilder, paragraph) -> None:
    text = clean_line(paragraph.text)
    if not text:
        return
    level = _heading_level(paragraph, text)
    if level:
        builder.heading(text, level)
    else:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        builder.line(text, item=_list_level(paragraph) is not None or style.lower().startswith("list"))


def _cells(row) -> list[str]:
    """A row's cell texts, a merged cell once (python-docx repeats it for each grid column)."""
    cells, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) in seen:
            cells.append("")
            continue
        seen.add(id(cell._tc))
        cells.append(clean_line(" ".join(p.text for p in cell.paragraphs)))
    return cells


def _table(builder: TextBuilder, table, document) -> None:
    from docx.text.paragraph import Paragraph

    rows = [_cells(row) for row in table.rows]
    rows = [row for row in rows if any(row)]
    if not rows:
        return
    if max(len(row) for row in rows) == 1 or len(rows) == 1:
        # A one-column table is a boxed note: its paragraphs are text, not records.
        seen = set()
        for row in table.rows:
            for cell in row.cells:
                if id(cell._tc) not in seen:
                    seen.add(id(cell._tc))
                    for paragraph in cell.paragraphs:
                        _paragraph(builder, Paragraph(paragraph._p, document))
        return
    for line, label in table_lines(rows[0], rows[1:]):
        builder.scoped(line, label)


def docx_structure(data: bytes, name: str) -> Built:
    check_zip(data, name)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
        builder = TextBuilder()
        for element in document.element.body.iterchildren():
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "p":
                _paragraph(builder, Paragraph(element, document))
            elif tag == "tbl":
                _table(builder, Table(element, document), document)
        builder.title = clean_line(document.core_properties.title or "") or None
    except BadInput:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds on a damaged file
        raise BadInput(f"{name}: cannot be read as a Word document ({type(exc).__name__}); "
                       "open and save it again in Word") from None
    return builder.build()
