"""PDF to clean text with pypdfium2 (PDFium, the engine in Chrome): one page at a time, so memory
stays bounded on long files; a page without a text layer becomes a warning, not an error."""
from __future__ import annotations

import ctypes
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

from chatbot.errors import BadInput

from .html import table_lines
from .structure import Built, TextBuilder, add_row

# PDFium is not thread-safe, and the page and the API may load files from several threads.
_PDFIUM = threading.Lock()
_BULLET = re.compile(r"^[\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u2043\uf0b7\uf0a7\u2219]\s*")
_NUMBERED = re.compile(r"^(\d{1,3}|[a-zA-Z])[.)]\s")
# A line that ends a sentence or leads in to a list is not continued on the next line, so a
# heading printed after it stays a line of its own.
_ENDS_BLOCK = re.compile(r"[.!?:][\"'\u201d\u2019)\]]*$")
_LIGATURES = re.compile("[\ufb00-\ufb06]")
_GOES_ON = re.compile(r"(?:[,(–—]|\b(?:and|or|but|the|of|to|a|an|for|with|within|by|in|on|at|from|than|per|"
                      r"under|over|into|about|is|are|was|were|be|our|your|their|its))$", re.IGNORECASE)
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_NOT_HEADING_END = re.compile(r"[.,;:]$")  # a heading may end with "?", not like a sentence or lead-in
_LARGER = 1.12  # type this much larger than the body's is a heading's
_SAMPLE = 8  # characters read per line for its type
CELL_GAP = 1.2  # a gap between words wider than this many glyph heights separates a table's cells
DEFAULT_SIZE = 10.0  # points, for a line whose glyph height is unknown
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


@dataclass
class Line:
    """A printed line: its text, the height of its glyphs (points; 0 when unknown) and whether its
    font is bold."""
    text: str
    size: float = 0.0
    bold: bool = False
    left: float = 0.0  # where its first character starts on the page (points; 0 when unknown)
    heading: int = 0  # its heading level, 0 for body text (set by mark_headings)
    # Its runs of text set apart by a wide gap, with where each starts: a table's cells ("Adult single",
    # "£2.20", "£1.90" at 50, 300 and 400 points); one run for a line of prose.
    cells: tuple[tuple[float, float, str], ...] = ()  # (left, right, text)
    label: Optional[str] = None  # a table row's label (its first cell), set by read_tables


def unwrap(lines: Sequence[Line | str]) -> list[tuple[str, bool, int, Optional[str]]]:
    """A PDF's text has a line break at the end of every printed line: join the lines of a
    paragraph (a full-width line runs on into the next), so that a sentence is one line. Returns
    (text, is a list item, heading level or 0, a table row's label or None); a heading and a table's
    row are never joined to their neighbours."""
    rows = []
    for line in lines:
        line = line if isinstance(line, Line) else Line(line)
        raw = line.text.strip()
        bullet = _BULLET.match(raw) if line.label is None else None
        rows.append((raw[bullet.end():] if bullet else raw,
                     line.label is None and (bullet is not None or bool(_NUMBERED.match(raw))),
                     line.heading, line.left, line.label))
    width = max((len(text) for text, _, level, _, label in rows if not level and label is None), default=0)
    paragraphs: list[tuple[str, bool, int, Optional[str]]] = []
    joinable, in_item, item_left = False, False, 0.0
    for text, item, level, left, label in rows:
        if not text:
            joinable = False
            continue
        # A list item goes on where it is indented past its bullet (a second sentence too), or in
        # lower case after a full line; a capital at the bullet's edge is new text.
        indented = in_item and item_left and left > item_left + 1.0
        if item and joinable and not in_item and _wrapped_number(text):
            item = False  # "…Policy RP-02, version" then "5. Approved by the Board…": the line goes on
        goes_on = joinable and (not in_item or not text[0].isupper()) or indented
        if goes_on and not item and not level and label is None:
            previous, was_item, _, _ = paragraphs[-1]
            glue = "" if previous.endswith(("-", "\u00ad", "\x02")) else " "
            paragraphs[-1] = (previous.rstrip("\u00ad\x02") + glue + text, was_item, 0, None)
        else:
            paragraphs.append((text, item, level, label))
            in_item, item_left = item, left
        # A full line runs on; so does a shorter one that stops mid-phrase ("…are shipped within" over
        # "12 working days…": a line broken early, as justified or hand-broken text is).
        joinable = not level and label is None and (len(text) >= FULL_LINE * width or bool(_GOES_ON.search(text))) \
            and not _ENDS_BLOCK.search(text)
    return paragraphs


def _wrapped_number(text: str) -> bool:
    """Whether a numbered line can only be a number wrapped to the start of a line: it is no list's first
    item ("5." straight after prose), and no bullet marks it."""
    numbered = _NUMBERED.match(text)
    return bool(numbered) and not _BULLET.match(text) and numbered.group(1) not in ("1", "a", "A", "i", "I")


def _font(textpage, char: int, name: ctypes.Array) -> tuple[float, bool, float]:
    """(glyph height, bold, left edge) of one character."""
    import pypdfium2.raw as pdfium_c

    box = pdfium_c.FS_RECTF()
    found = pdfium_c.FPDFText_GetLooseCharBox(textpage, char, box)
    pdfium_c.FPDFText_GetFontInfo(textpage, char, name, len(name), None)
    bold = bool(_BOLD.search(name.value.decode("latin-1"))) or pdfium_c.FPDFText_GetFontWeight(textpage, char) >= 600
    return (box.top - box.bottom, bold, box.left) if found else (0.0, bold, 0.0)


def _page_lines(document, index: int) -> list[Line]:
    """The page's printed lines, each with the median glyph height and the bold majority of a few
    of its characters (a sample: reading every character's font would double the time)."""
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            import pypdfium2.raw as pdfium_c

            text = textpage.get_text_range()
            name = ctypes.create_string_buffer(128)
            lines, start = [], 0
            for raw in re.split(r"(\r\n|\r|\n)", text):
                if raw and raw not in "\r\n":
                    visible = [start + i for i, ch in enumerate(raw) if not ch.isspace()]
                    sample = visible[:: max(1, len(visible) // _SAMPLE)][:_SAMPLE]
                    fonts = [_font(textpage, pdfium_c.FPDFText_GetCharIndexFromTextIndex(textpage, i), name)
                             for i in sample]
                    sizes = sorted(size for size, _, _ in fonts)
                    size = sizes[len(sizes) // 2] if sizes else 0.0
                    lines.append(Line(_ligatures_joined(raw), size, 2 * sum(bold for _, bold, _ in fonts) > len(fonts),
                                      fonts[0][2] if fonts else 0.0,
                                      cells=_cells(textpage, raw, start, size or DEFAULT_SIZE)))
                start += len(raw)
            return lines
        finally:
            textpage.close()
    finally:
        page.close()


def _ligatures_joined(text: str) -> str:
    return _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


def _cells(textpage, raw: str, start: int, size: float) -> tuple[tuple[float, float, str], ...]:
    """The line's runs of text between gaps wider than CELL_GAP glyph heights (a table's columns),
    each with its left and right edges; only the characters either side of a space are measured."""
    import pypdfium2.raw as pdfium_c

    def box(i: int) -> Optional[tuple[float, float]]:
        rect = pdfium_c.FS_RECTF()
        found = pdfium_c.FPDFText_GetLooseCharBox(textpage, pdfium_c.FPDFText_GetCharIndexFromTextIndex(
            textpage, start + i), rect)
        return (rect.left, rect.right) if found else None

    first, last = len(raw) - len(raw.lstrip()), len(raw.rstrip()) - 1
    if first > last:
        return ()
    starts, cut, ends = [box(first)], [first], []
    for space in re.finditer(r"(?<=\S)\s+(?=\S)", raw):
        before, after = box(space.start() - 1), box(space.end())
        if before and after and after[0] - before[1] > CELL_GAP * size:
            ends.append(before)
            starts.append(after)
            cut.append(space.end())
    ends.append(box(last))
    if any(edge is None for edge in starts + ends):
        return ()
    return tuple((a[0], b[1], _ligatures_joined(raw[i:j].strip()))
                 for a, b, i, j in zip(starts, ends, cut, [*cut[1:], len(raw)]))


MIN_COLUMN_LINES = 4  # lines of two runs of prose at one gutter that make a page two columns
COLUMN_PROSE_WORDS = 3  # ...each run this many words or more, most of them: a table's cells are shorter


def in_reading_order(lines: list[Line]) -> list[Line]:
    """A page set in two columns read as people read it: the left column down, then the right, between
    lines that span both (a title, a footer). PDFium gives the page line by line across it, which ran the
    columns into each other ("…opens at 07:15 and closes reserved space in bays 20 to 25. To"). A page
    whose two-run lines are short cells (a table) or few is left as it is."""
    two = [line for line in lines if len(line.cells) == 2]
    if len(two) < MIN_COLUMN_LINES or len(two) < 0.5 * len(lines):
        return lines
    gutter = sorted(line.cells[1][0] for line in two)[len(two) // 2]
    at_gutter = [line for line in two if abs(line.cells[1][0] - gutter) <= 3 * COLUMN_SLACK]
    prose = sum(len(text.split()) >= COLUMN_PROSE_WORDS for line in at_gutter for _, _, text in line.cells)
    if len(at_gutter) < MIN_COLUMN_LINES or prose < 0.75 * 2 * len(at_gutter):
        return lines
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    split = {id(line) for line in at_gutter}
    for line in lines:
        if id(line) in split:
            for column, (start, end, text) in zip((left, right), line.cells):
                column.append(Line(text, line.size, line.bold, start, line.heading, cells=((start, end, text),)))
        elif line.cells and line.cells[0][0] >= gutter - 3 * COLUMN_SLACK:
            right.append(line)  # a line of the right column alone
        elif line.cells and line.cells[-1][1] < gutter:
            left.append(line)
        else:  # across both columns: what comes before it is read first
            out += left + right + [line]
            left, right = [], []
    return out + left + right


def read_tables(lines: list[Line]) -> list[Line]:
    """A page's tables, read as the other formats' are: a run of lines whose cells start under the
    columns of a bold first line (its header) is a table, each row one line, "Ticket: Adult single;
    Zone A: £2.20; …", under its first cell's label; a line that goes on with the row above (a cell
    wrapped in its column: `add_row`) is joined to it."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        header = lines[k]
        columns = [left for left, _, _ in header.cells]
        rows: list[list[str]] = []
        j = k + 1
        while len(columns) > 1 and header.bold and j < len(lines):
            row = _in_columns(lines[j], columns)
            if row is None:
                break
            add_row(rows, row)
            j += 1
        if not rows:
            out.append(header)
            k += 1
            continue
        names = [text for _, _, text in header.cells]
        for text, label in table_lines(names, rows):
            out.append(Line(text, header.size, False, columns[0], label=label or ""))
        k = j
    return out


COLUMN_SLACK = 3.0  # points a cell may start off its column's left edge


def _in_columns(line: Line, columns: list[float]) -> Optional[list[str]]:
    """The line's cells by column (empty where it has none), or None when they do not line up: a
    run starting off every column or running into the next one (prose), or a heading."""
    if not line.cells or line.heading and len(line.cells) == 1:
        return None
    row = [""] * len(columns)
    bounds = [*columns[1:], float("inf")]
    for left, right, text in (part for cell in line.cells for part in _split_at_columns(cell, columns)):
        at = next((i for i, column in enumerate(columns) if abs(left - column) <= COLUMN_SLACK), None)
        if at is None or row[at] or right > bounds[at] - COLUMN_SLACK:
            return None  # off the columns, or running across the next one: prose
        row[at] = text
    return row


def _split_at_columns(cell: tuple[float, float, str], columns: list[float]) -> list[tuple[float, float, str]]:
    """A run of text that two narrow cells left no gap between ("Cold room Bay 3" over the Zone and Aisles
    columns), cut at the space nearest the column it crosses (glyphs taken as of even width); a run of
    one word, or whose cut would not fall near a space, stays whole."""
    left, right, text = cell
    crossed = [c for c in columns if left + COLUMN_SLACK < c < right - COLUMN_SLACK]
    if len(crossed) != 1 or " " not in text or len(text.split()) > MAX_CUT_WORDS:
        return [cell]  # none to cut, or prose running across the columns
    width = (right - left) / max(len(text), 1)
    parts, start, begins = [], 0, left
    for column in crossed:  # each part starts at the column it was cut for, ends before the next
        at = round((column - left) / width)
        spaces = [k for k in range(start, len(text)) if text[k] == " "]
        space = min(spaces, key=lambda k: abs(k + 1 - at), default=None)
        if space is None or abs(space + 1 - at) > MAX_CUT_CHARS:
            return [cell]
        parts.append((begins, column - COLUMN_SLACK - 1, text[start:space]))
        start, begins = space + 1, column
    return parts + [(begins, right, text[start:])] if text[start:].strip() else [cell]


MAX_CUT_CHARS = 3  # characters between where a column starts in a run and the space it is cut at
MAX_CUT_WORDS = 6  # a longer run across a column is prose, not two cells


def _looks_like_heading(line: Line, body: float) -> bool:
    """Short, no sentence's end, no bullet; numbered ("2. Passwords") only in larger or bold type."""
    text = line.text.strip()
    return (0 < len(text) <= 120 and len(text.split()) <= 14 and any(ch.isalpha() for ch in text)
            and not _BULLET.match(text) and not _NOT_HEADING_END.search(text)
            and (not _NUMBERED.match(text) or line.bold or line.size >= _LARGER * body))


def mark_headings(pages: list[list[Line]]) -> None:
    """PDFs have no heading marks, only type: a short line printed larger than the body text (its
    most common glyph height, by characters), or bold at body size, is a heading. Larger type is
    a higher level; consecutive heading lines of one style are one heading (a title on two lines)."""
    weight: Counter = Counter()
    for line in (line for page in pages for line in page):
        if line.size:
            weight[round(line.size, 1)] += len(line.text)
    if not weight:
        return
    body = weight.most_common(1)[0][0]
    larger = sorted({round(line.size) for page in pages for line in page
                     if line.size >= _LARGER * body and _looks_like_heading(line, body)}, reverse=True)
    for page in pages:
        for line in page:
            if not _looks_like_heading(line, body):
                continue
            if line.size >= _LARGER * body:
                line.heading = larger.index(round(line.size)) + 1
            elif line.bold and line.size >= 0.95 * body:
                line.heading = len(larger) + 1


EDGE_LINES = 2  # a running header or footer may take two lines ("Acme Ltd – Price List", then "Page 2 of 3")


def drop_running_lines(pages: list[list[Line]]) -> None:
    """Running headers and footers ("Acme confidential", "Page 3 of 12") are not the document's
    text: a short line among the first or last EDGE_LINES of a page that recurs (numbers aside) on at
    least half the pages and on two or more (a title page often has none) is removed from every page's
    edges. A table's header repeated atop each page (bold, in columns, rows lined up under it) stays."""
    def key(page: list[Line], k: int) -> str:
        line = page[k]
        text = " ".join(line.text.split()).lower()
        columns = [left for left, _, _ in line.cells]
        under = _in_columns(page[k + 1], columns) if line.bold and len(columns) > 1 and k + 1 < len(page) else None
        if under is not None and sum(map(bool, under)) > 1:  # a row lined up under it: a table's header
            return ""
        return re.sub(r"\d+", "#", text) if len(text.split()) <= 24 else ""

    def edges(page: list[Line]) -> list[int]:
        return sorted({*range(min(EDGE_LINES, len(page))), *range(max(0, len(page) - EDGE_LINES), len(page))})

    if len(pages) < 2:
        return
    keys = [{j: key(page, j) for j in edges(page)} for page in pages]  # each page's edge lines, keyed once
    counts = Counter(k for found in keys for k in set(found.values()) if k)
    least = max(2, len(pages) / 2)
    running = {k for k, n in counts.items() if n >= least}
    for page, found in zip(pages, keys):
        dropped = {j for j, k in found.items() if k in running}
        page[:] = [line for j, line in enumerate(page) if j not in dropped]


# A table of contents' entry: a title, a dotted leader, a page number ("2 Pick locations ........ 2").
_CONTENTS_ENTRY = re.compile(r"\S.*?(?:\.{4,}|…{2,}|(?:\. ){4,})\s*\d{1,3}$")
MIN_CONTENTS_ENTRIES = 3


def drop_contents(lines: list[Line]) -> list[Line]:
    """A page's table of contents is navigation, not text to answer from: three or more entries with
    dotted leaders and page numbers are left out (a lone dotted line may be a record: "Fire marshal …. 214")."""
    entries = [line for line in lines if _CONTENTS_ENTRY.match(line.text.strip())]
    if len(entries) < MIN_CONTENTS_ENTRIES:
        return lines
    dropped = {id(line) for line in entries}
    return [line for line in lines if id(line) not in dropped]


def _joined_headings(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        # A title on two lines is one heading; a numbered one ("1. Meals and hotels") starts its own.
        if (last and line.heading and last.heading == line.heading and last.bold == line.bold
                and not _ENDS_BLOCK.search(last.text.strip()) and not _NUMBERED.match(line.text.strip())):
            last.text = f"{last.text.strip()} {line.text.strip()}"
        else:
            out.append(line)
    return out


# What writers put in a PDF's Title field when nobody gave one: the source file's name, "(anonymous)".
_NO_TITLE = re.compile(r"^(?:microsoft \w+ - .*|.*\.(?:docx?|pptx?|xlsx?|odt|rtf|pdf|txt|html?)|\(?anonymous\)?"
                       r"|untitled(?: document)?)$", re.IGNORECASE)


def _real_title(title: str) -> Optional[str]:
    title = " ".join(title.split())
    return None if not title or _NO_TITLE.match(title) else title


def pdf_structure(data: bytes, name: str, on_page: Progress = None) -> Built:
    _check_header(data, name)
    builder = TextBuilder()
    with _PDFIUM:
        document = _open(data, name)
        try:
            total = len(document)
            pages = []
            for index in range(total):
                pages.append(_page_lines(document, index))
                if on_page:
                    on_page(index + 1, total)
            builder.title = _real_title(document.get_metadata_value("Title") or "")
        finally:
            document.close()
    blank = [not lines for lines in pages]
    drop_running_lines(pages)
    mark_headings(pages)
    paragraphs_by_page = [unwrap(_joined_headings(read_tables(in_reading_order(drop_contents(lines)))))
                          for lines in pages]
    for before, after in zip(paragraphs_by_page, paragraphs_by_page[1:]):
        # A paragraph or item broken by the page goes on in lower case: it starts where it started.
        if before and after and not before[-1][2] and not after[0][1] and not after[0][2] \
                and before[-1][3] is None and after[0][3] is None \
                and after[0][0][:1].islower() and not _ENDS_BLOCK.search(before[-1][0]):
            text, item, _, _ = before[-1]
            before[-1] = (f"{text} {after.pop(0)[0]}", item, 0, None)
    for number, paragraphs in enumerate(paragraphs_by_page, start=1):
        builder.page(number)
        if blank[number - 1]:
            builder.warnings.append(f"page {number} has no text layer (scanned?)")
        for text, item, level, label in paragraphs:
            if level:
                builder.heading(text, level)
            elif label is not None:
                builder.scoped(text, label)
            else:
                builder.line(text, item=item)
    built = builder.build()
    if not built.text.strip():
        raise BadInput(f"{name}: no text layer (scanned?) on any of its {len(built.pages)} page(s); "
                       "run OCR on it and add the result")
    return built
