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
_TYPED_MARKER = re.compile(r"^(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|\d{1,2})\))\s+\S")
_INLINE_MARKER = re.compile(r"\s\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s")


def _typed_item(text: str) -> bool:
    """Whether the paragraph is an item of a list numbered by hand, not a sentence that enumerates in its
    run ("(1) technical approach, (2) staffing approach…")."""
    return bool(_TYPED_MARKER.match(text)) and not _INLINE_MARKER.search(text)


_HEADING_STYLE = re.compile(r"^heading\s*(\d)", re.IGNORECASE)
MAX_HEADING_CHARS = 120


def check_zip(data: bytes, name: str, kind: str = "a Word", suffix: str = ".docx",
              part: str = "word/document.xml") -> None:
    """A zip-based office file, refused with one line when it is not a zip, lacks its main `part`, or
    unzips past the limits (a zip bomb)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise BadInput(f"{name}: is not {kind} {suffix} file (not a zip archive); save it as {suffix} and try again") \
            from None
    members = archive.infolist()
    total = sum(member.file_size for member in members)
    if len(members) > MAX_MEMBERS or total > MAX_UNZIPPED_BYTES:
        raise BadInput(f"{name}: unzips to {total / 1e6:.0f} MB in {len(members)} parts, over the "
                       f"{MAX_UNZIPPED_BYTES / 1e6:.0f} MB limit for {kind} file")
    xml = sum(member.file_size for member in members if member.filename.lower().endswith((".xml", ".rels")))
    if xml > MAX_XML_BYTES:
        raise BadInput(f"{name}: its text parts unzip to {xml / 1e6:.0f} MB, over the "
                       f"{MAX_XML_BYTES / 1e6:.0f} MB limit for {kind} file")
    if total > RATIO_CHECKED_ABOVE and total > MAX_RATIO * max(len(data), 1):
        raise BadInput(f"{name}: unzips to {total / 1e6:.0f} MB from {len(data) / 1e6:.1f} MB, more than "
                       f"{MAX_RATIO} times its size (a zip bomb?); refused")
    if part not in archive.namelist():
        raise BadInput(f"{name}: is a zip archive but not {kind} document (no {part})")


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


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_LEVELS = 9


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                           (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _formatted(n: int, kind: str) -> str:
    if kind in ("lowerLetter", "upperLetter"):
        letters = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] * ((n - 1) // 26 + 1)
        return letters.upper() if kind == "upperLetter" else letters
    if kind in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if kind == "upperRoman" else _roman(n)
    return str(n)


class Numbering:
    """The numbers Word shows before list paragraphs ("3.", "b)", "2.1"): Word stores none in the text,
    only which list and level a paragraph is on (its own or its style's numPr) and each level's format."""

    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId → level → (format, text, start)
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(f"{_W}abstractNumId"): self._read_levels(a) for a in root.iter(f"{_W}abstractNum")}
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            levels = dict(abstract.get(ref.get(f"{_W}val"), {})) if ref is not None else {}
            for override in num.iter(f"{_W}lvlOverride"):
                start = override.find(f"{_W}startOverride")
                level = int(override.get(f"{_W}ilvl", "0"))
                if start is not None and level in levels:
                    kind, text, _ = levels[level]
                    levels[level] = (kind, text, int(start.get(f"{_W}val", "1")))
            self.levels[num.get(f"{_W}numId")] = levels

    @staticmethod
    def _read_levels(abstract) -> dict[int, tuple[str, str, int]]:
        out = {}
        for lvl in abstract.iter(f"{_W}lvl"):
            kind, text, start = (lvl.find(f"{_W}{tag}") for tag in ("numFmt", "lvlText", "start"))
            out[int(lvl.get(f"{_W}ilvl", "0"))] = (kind.get(f"{_W}val") if kind is not None else "decimal",
                                                   text.get(f"{_W}val") if text is not None else "",
                                                   int(start.get(f"{_W}val", "1")) if start is not None else 1)
        return out

    def restart(self) -> None:
        """A heading starts a new part: lists under it count from their start (Word would go on counting a
        list style used again, which nobody means across sections)."""
        self.counters.clear()

    def label(self, paragraph) -> str:
        """The number Word shows before the paragraph ("" for a bullet or no list), counted on."""
        found = _num_pr(paragraph)
        if found is None:
            return ""
        num_id, level = found
        levels = self.levels.get(num_id, {})
        if level not in levels or levels[level][0] in ("bullet", "none"):
            return ""
        counters = self.counters.setdefault(num_id, [0] * MAX_LEVELS)
        if not 0 <= level < MAX_LEVELS:
            return ""
        counters[level] = counters[level] + 1 if counters[level] else levels[level][2]
        counters[level + 1:] = [0] * (MAX_LEVELS - level - 1)
        text = levels[level][1]
        for k in range(level + 1):
            kind, _, start = levels.get(k, ("decimal", "", 1))
            text = text.replace(f"%{k + 1}", _formatted(counters[k] or start, kind))
        return text.strip()


def _num_pr(paragraph) -> tuple[str, int] | None:
    """(numId, level) of the list the paragraph is on, from its own properties or its style's."""
    for ppr in (paragraph._p.pPr, getattr(paragraph.style.element, "pPr", None) if paragraph.style else None):
        num_pr = ppr.numPr if ppr is not None else None
        if num_pr is not None and num_pr.numId is not None:
            level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
            return str(num_pr.numId.val), int(level)
    return None


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _notes(document) -> dict[str, str]:
    """The text of each footnote and endnote by its id (Word keeps them in parts of their own)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    notes: dict[str, str] = {}
    for rel in document.part.rels.values():
        if rel.reltype not in (RT.FOOTNOTES, RT.ENDNOTES) or rel.is_external:
            continue
        root = etree.fromstring(rel.target_part.blob)
        for note in root:
            if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = clean_line(" ".join("".join(t.text or "" for t in p.iter(f"{_W}t")) for p in note.iter(f"{_W}p")))
            if text:
                kind = "footnote" if note.tag == f"{_W}footnote" else "endnote"
                notes[f"{kind}:{note.get(f'{_W}id')}"] = text
    return notes


class _Asides:
    """The lines Word shows beside a paragraph's text: its text boxes and the notes it refers to."""

    def __init__(self, document) -> None:
        self.notes = _notes(document)
        self.shown: dict[str, int] = {}  # note → its number, in the order notes are first referred to
        self.pending: list[str] = []  # a list's asides, held back until the list ends

    def of(self, paragraph) -> list[str]:
        """The paragraphs of text boxes anchored in it (once: a box's older copy for other readers,
        mc:Fallback, is skipped), then its footnotes and endnotes ("Footnote 1: recalibrated every 90 days")."""
        lines = []
        for box in paragraph._p.iter(f"{_W}txbxContent"):
            if any(ancestor.tag == _MC_FALLBACK for ancestor in box.iterancestors()):
                continue
            lines += [clean_line("".join(t.text or "" for t in p.iter(f"{_W}t"))) for p in box.iter(f"{_W}p")]
        for tag, kind in (("footnoteReference", "footnote"), ("endnoteReference", "endnote")):
            for ref in paragraph._p.iter(f"{_W}{tag}"):
                key = f"{kind}:{ref.get(f'{_W}id')}"
                if key in self.notes and key not in self.shown:
                    self.shown[key] = sum(k.startswith(kind) for k in self.shown) + 1
                    lines.append(f"{kind.capitalize()} {self.shown[key]}: {self.notes[key]}")
        return [line for line in lines if line]

    def flush(self, builder: TextBuilder) -> None:
        for line in self.pending:
            builder.line(line)
        self.pending.clear()


def _paragraph(builder: TextBuilder, paragraph, numbering: Numbering | None = None,
               asides: _Asides | None = None) -> None:
    """The paragraph, then its text boxes' and notes' lines; a list item's wait for the list's end (a note
    between its items would cut the list in two)."""
    extra = asides.of(paragraph) if asides else []
    if _paragraph_text(builder, paragraph, numbering, asides):
        if asides:
            asides.pending.extend(extra)
        return
    for line in extra:
        builder.line(line)


_CONTENTS_STYLE = re.compile(r"^toc\b", re.IGNORECASE)  # "TOC 1", "toc 2", "TOC Heading"
_CONTENTS_ENTRY = re.compile(r"^(?:\s*|.*\t\s*\d{1,3}\s*)$")  # "3.1 Parcel deliveries<tab>2", or blank
_CONTENTS_TITLE = re.compile(r"^(?:table of )?contents$", re.IGNORECASE)


def _opens_contents(paragraph) -> bool:
    """A table of contents' title ("TOC Heading" style, or "Contents" over an entry "1 Scope<tab>1")."""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if _CONTENTS_STYLE.match(style):
        return True
    if not _CONTENTS_TITLE.match(clean_line(paragraph.text)):
        return False
    following = paragraph._p.getnext()
    while following is not None and following.tag.endswith("}p") and not _typed(following).strip():
        following = following.getnext()
    text = _typed(following) if following is not None and following.tag.endswith("}p") else ""
    return bool(text.strip()) and _CONTENTS_ENTRY.match(text) is not None


def _typed(element) -> str:
    """A paragraph element's text with its tabs, as python-docx's Paragraph.text reads it."""
    return "".join("\t" if node.tag.endswith("}tab") else node.text or "" for node in element.iter()
                   if node.tag.endswith(("}t", "}tab")))


def _paragraph_text(builder: TextBuilder, paragraph, numbering: Numbering | None, asides: _Asides | None) -> bool:
    """Writes the paragraph (after the notes a list before it held back); whether it is a list's item."""
    text = clean_line(paragraph.text)
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if not text or _CONTENTS_STYLE.match(style):  # a table of contents' entry is navigation, not text
        return False
    level = _heading_level(paragraph, text)
    # A list numbered by hand ("(b) the Quality Lead…", "2) Lock off the press") is a list too.
    item = not level and (_list_level(paragraph) is not None or style.lower().startswith("list")
                          or _typed_item(text))
    if not item and asides:
        asides.flush(builder)
    if level:
        if numbering:
            numbering.restart()
        builder.heading(text, level)
        return False
    number = numbering.label(paragraph) if numbering else ""
    builder.line(f"{number} {text}" if number and not text.startswith(number) else text, item=item)
    return item


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
    header, body = _header(table, rows)
    for line, label in table_lines(header, body):
        builder.scoped(line, label)


def _header(table, rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """The table's column names and its rows under them. A header of two rows, its first with cells
    merged across the second's ("Standard delivery" over "Under £150" and "£150 and over"), names each
    column by both: "Standard delivery, £150 and over"."""
    first = table.rows[0].cells
    merged = [k for k in range(1, len(first)) if first[k]._tc is first[k - 1]._tc]
    if not merged or len(rows) < 3 or len(rows[1]) != len(rows[0]) or not all(rows[1][k] for k in merged):
        return rows[0], rows[1:]
    names, top = [], ""
    for above, below in zip(rows[0], rows[1]):
        top = above or top  # a merged cell's name goes on over the columns it spans
        names.append(below if not top or below == top else top if not below else f"{top}, {below}")
    return names, rows[2:]


def docx_structure(data: bytes, name: str) -> Built:
    check_zip(data, name)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
        builder = TextBuilder()
        numbering = Numbering(document)
        asides = _Asides(document)
        contents = False  # inside a table of contents typed as paragraphs ("1 Scope<tab>1")
        for element in document.element.body.iterchildren():
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "p":
                paragraph = Paragraph(element, document)
                contents = _opens_contents(paragraph) or contents and _CONTENTS_ENTRY.match(paragraph.text) is not None
                if not contents:
                    _paragraph(builder, paragraph, numbering, asides)
            elif tag == "tbl":
                asides.flush(builder)
                _table(builder, Table(element, document), document)
        asides.flush(builder)
        builder.title = clean_line(document.core_properties.title or "") or None
    except BadInput:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds on a damaged file
        raise BadInput(f"{name}: cannot be read as a Word document ({type(exc).__name__}); "
                       "open and save it again in Word") from None
    return builder.build()
