"""HTML to clean text: headings, paragraphs, list items and table rows as lines; page chrome left out.

Python's own html.parser: it is forgiving about unclosed tags, which is all that is needed
to find blocks, and it adds no dependency.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Optional

from .structure import Built, TextBuilder, clean_line

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(\r?\n|\Z)", re.DOTALL)
_TEMPLATE_TAG = re.compile(r"\{%.*?%\}|\{#.*?#\}", re.DOTALL)  # Liquid/Jinja statements are never content
_TITLE_LINE = re.compile(r"^title:\s*(.+?)\s*$", re.MULTILINE)
MAX_LABEL = 60  # a first cell longer than this is text, not a row's label

SKIP = {"script", "style", "noscript", "template", "nav", "svg", "iframe", "select", "button", "form"}
CHROME = {"header", "footer", "aside"}  # a page's chrome, unless inside the article itself
CONTENT = {"article", "main"}
# Chrome marked by its role, id or class, as wiki and intranet exports mark it (Confluence, SharePoint,
# Notion use <div>s): breadcrumbs, page trees, sidebars, comments, attachments, cookie notices, footers.
CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary"}
_CHROME_NAME = re.compile(r"^(?:[a-z0-9]+[-_])*(?:breadcrumbs?|pagetree|page-tree|navbar|nav|navigation|footer|"
                          r"comments?|attachments?|cookies?|cookie-banner|cookie-notice|skip-link|toolbar|"
                          r"page-metadata)(?:[-_](?:section|wrapper|container|list|links|bar|area|body|notice|region|"
                          r"block|logo|\d+))?$", re.IGNORECASE)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_MAIN = re.compile(r"<main\b", re.IGNORECASE)
BLOCKS = {"p", "div", "section", "article", "main", "blockquote", "dl", "dt", "dd", "figure", "figcaption",
          "address", "details", "summary", "hr", "caption", "center"}
HEADINGS = {f"h{n}": n for n in range(1, 7)}


def split_front_matter(source: str) -> tuple[str, Optional[str]]:
    """Drop a leading `---` YAML block (static-site pages have one); return its `title:` if any."""
    match = _FRONT_MATTER.match(source)
    if not match:
        return source, None
    title = _TITLE_LINE.search(match.group(1))
    value = title.group(1).strip().strip("\"'") if title else None
    return source[match.end():], value or None


class _Table:
    def __init__(self) -> None:
        self.rows: list[list[tuple[str, int, bool]]] = []  # (text, colspan, is header cell)
        self.cell: Optional[list[str]] = None
        self.cell_span, self.cell_header = 1, False

    def start_row(self) -> None:
        self.end_row()
        self.rows.append([])

    def start_cell(self, span: int, header: bool) -> None:
        self.end_cell()
        if not self.rows:
            self.rows.append([])
        self.cell, self.cell_span, self.cell_header = [], span, header

    def end_cell(self) -> None:
        if self.cell is not None:
            self.rows[-1].append((clean_line(" ".join(self.cell)), self.cell_span, self.cell_header))
            self.cell = None

    def end_row(self) -> None:
        self.end_cell()

    def lines(self) -> list[tuple[str, Optional[str]]]:
        """(line, its row's label or None) per row: see table_lines."""
        self.end_row()
        rows = [row for row in self.rows if any(text for text, _, _ in row)]
        if rows and all(header for _, _, header in rows[0]) and len(rows) > 1:
            return table_lines(_expand(rows[0]), [_expand(row) for row in rows[1:]])
        return [_keyed(row) for row in rows]


def _keyed(row: list[tuple[str, int, bool]]) -> tuple[str, Optional[str]]:
    """A row of a table with no header row: "Colour printer: Floor 2, east corridor" when its first cell is
    a header cell naming the row (a wiki's key and value), else its cells as one line."""
    (first, _, named), rest = row[0], [text for text, _, header in row[1:] if text]
    if named and first and rest and not any(header for _, _, header in row[1:]):
        return f"{first.rstrip(':')}: {'; '.join(rest)}", first if len(first) <= MAX_LABEL else None
    return " ".join(text for text, _, _ in row if text), None


def _expand(row: list[tuple[str, int, bool]]) -> list[str]:
    """A cell spanning several columns fills each of them (the row's cells line up with the header)."""
    cells: list[str] = []
    for text, span, _ in row:
        cells.append(text)
        cells.extend([""] * (max(1, min(span, 100)) - 1))
    return cells


def _join_cells(pairs: list[str]) -> str:
    """'; ' between cells, but a cell that ends a sentence keeps its full stop alone (no '.;')."""
    line = ""
    for pair in pairs:
        line += ("" if not line else " " if line[-1] in ".!?;:" else "; ") + pair
    return line


def table_lines(header: list[str], rows: list[list[str]]) -> list[tuple[str, Optional[str]]]:
    """One line per row, 'Header: cell; Header: cell', so a row is one citable unit, with the row's
    label: its first cell when short ("SEV-3"), which every sentence of a long row is read under
    (TextBuilder.scoped), so "If related to a recent deploy, roll back." still says of which level.

    A row with a single non-empty cell (a note spanning the table) is written as that text alone."""
    lines = []
    for row in rows:
        filled = [(i, cell) for i, cell in enumerate(row) if cell]
        if len(filled) == 1 and len(header) > 1:
            lines.append((filled[0][1], None))
            continue
        pairs = [f"{header[i]}: {cell}" if i < len(header) and header[i] else cell for i, cell in filled]
        label = filled[0][1] if filled and filled[0][0] == 0 and len(filled[0][1]) <= MAX_LABEL else None
        lines.append((_join_cells(pairs), label))
    return lines


class _HTMLText(HTMLParser):
    """Walks the tags once, writing each block as a line into a TextBuilder."""

    def __init__(self, builder: TextBuilder, main_only: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.out = builder
        self.inline: list[str] = []
        self.skip = 0
        self.content = 0  # inside <article>/<main>: their header and footer are content
        # A page with a <main> has its content there: the skip link, cookie notice and breadcrumb
        # around it are the site's, whatever their markup.
        self.main_only = main_only
        self.in_title = False
        self.title: Optional[str] = None
        self.pre = 0
        self.lists: list[list[int]] = []  # one [next number, or 0 when unordered] per open list
        self.item_depth = 0  # open <li> elements: their lines are a list's items
        self.tables: list[_Table] = []
        self.heading: Optional[int] = None
        # A definition list's term, written before each of its definitions ("Urgent (P1): Lumen is
        # down…"), as a table row or a dotted record is: one citable line says what it defines.
        self.term: Optional[str] = None
        self.in_term = self.term_used = False
        self.details: list[int] = []  # the heading level of each open <details>' <summary>
        self.marked: Optional[list] = None  # [tag, depth] of the open element marked as chrome by its attributes
        # A heading marked so ("Comments:", id="comments"): what follows it, to the next heading of its level
        # or above, is the site's (a wiki's comments and attachments under their headings).
        self.chrome_level: Optional[int] = None

    def flush(self) -> None:
        text = "".join(self.inline)
        self.inline = []
        if self.tables and self.tables[-1].cell is not None:
            self.tables[-1].cell.append(text)
        elif self.in_term:
            self.term = clean_line(f"{self.term or ''} {text}") or None
        elif self.term and clean_line(text) and not self.pre and self.heading is None:
            self.out.line(f"{self.term.rstrip(':')}: {clean_line(text)}", item=self.item_depth > 0)
            self.term_used = True
        elif self.heading is not None and not self.tables:
            self.out.heading(text, self.heading)
        elif self.pre:
            for line in text.split("\n"):
                self.out.line(line)
        else:
            self.out.line(text, item=self.item_depth > 0)

    def handle_starttag(self, tag, attrs):
        if self.marked is not None:
            self.marked[1] += tag == self.marked[0]
            return
        if tag in HEADINGS and self.chrome_level and HEADINGS[tag] <= self.chrome_level:
            self.chrome_level = None
        if tag not in VOID and _marked_chrome(dict(attrs)):
            self.flush()
            if tag in HEADINGS:
                self.chrome_level = HEADINGS[tag]
            else:
                self.marked = [tag, 1]
            return
        if self._skipping(tag, opening=True) or self.skip:
            return
        if tag == "title":
            self.in_title = True
        elif tag == "br":
            self.inline.append(" " if self.tables else "\n" if self.pre else "")
            if not self.tables and not self.pre:
                self.flush()
        elif tag in HEADINGS or tag in BLOCKS or tag in {"pre", "li", "ul", "ol", "table", "tr", "td", "th"}:
            self.flush()
            self._open_block(tag, dict(attrs))

    def _open_block(self, tag: str, attrs: dict) -> None:
        if tag in {"dt", "dl"}:
            self._end_term()
            self.in_term = tag == "dt"
        if tag in HEADINGS:
            self.heading = HEADINGS[tag]
        elif tag == "summary" and not self.tables:
            # A collapsible section's summary heads all it holds ("How do I order a new monitor?" over
            # each of its lines), one level below the heading it is under.
            self.heading = self.out.depth + 1
            self.details.append(self.heading)
        elif tag == "pre":
            self.pre += 1
        elif tag in {"ul", "ol"}:
            self.lists.append([_start(attrs) if tag == "ol" else 0])
        elif tag == "li":
            self.item_depth += 1
            if self.lists and self.lists[-1][0]:
                self.inline.append(f"{self.lists[-1][0]}. ")
                self.lists[-1][0] += 1
        elif tag == "table":
            self.tables.append(_Table())
        elif tag == "tr" and self.tables:
            self.tables[-1].start_row()
        elif tag in {"td", "th"} and self.tables:
            self.tables[-1].start_cell(_span(attrs), tag == "th")

    def handle_endtag(self, tag):
        if self.marked is not None:
            self.marked[1] -= tag == self.marked[0]
            if not self.marked[1]:
                self.marked = None
            return
        if self._skipping(tag, opening=False) or self.skip:
            return
        if tag == "title":
            self.in_title = False
        elif tag in HEADINGS or tag in BLOCKS or tag in {"pre", "li", "ul", "ol", "table", "tr", "td", "th"}:
            self.flush()
            self._close_block(tag)

    def _end_term(self) -> None:
        """A term no definition followed is a line of its own."""
        if self.term and not self.term_used:
            self.out.line(self.term)
        self.term, self.in_term, self.term_used = None, False, False

    def _close_block(self, tag: str) -> None:
        if tag == "dt":
            self.in_term = False
        elif tag == "dl":
            self._end_term()
        if tag in HEADINGS or tag == "summary":
            self.heading = None
        elif tag == "details" and self.details and not self.tables:
            self.out.leave(self.details.pop())
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
        elif tag in {"ul", "ol"} and self.lists:
            self.lists.pop()
        elif tag == "li":
            self.item_depth = max(0, self.item_depth - 1)
        elif tag == "table" and self.tables:
            lines = self.tables.pop().lines()
            if self.tables and self.tables[-1].cell is not None:  # a table in a cell is part of that cell
                self.tables[-1].cell.extend(line for line, _ in lines)
            else:
                for line, label in lines:
                    self.out.scoped(line, label)
        elif tag == "tr" and self.tables:
            self.tables[-1].end_row()
        elif tag in {"td", "th"} and self.tables:
            self.tables[-1].end_cell()

    def _skipping(self, tag: str, opening: bool) -> bool:
        """Counts open skipped elements; True when this tag opens or closes one."""
        if tag in CONTENT:
            self.content += 1 if opening else -1 if self.content else 0
        if tag in SKIP or (tag in CHROME and not self.content):
            if opening:
                self.skip += 1
            elif self.skip:
                self.skip -= 1
            return True
        return False

    def handle_data(self, data):
        if self.marked is not None or self.chrome_level:
            return
        if self.in_title:
            self.title = clean_line((self.title or "") + " " + data)
        elif not self.skip and (self.content or not self.main_only):
            self.inline.append(data)

    def close(self):
        super().close()
        self.flush()
        while self.tables:
            self._close_block("table")


def _marked_chrome(attrs: dict) -> bool:
    """Whether an element's role, id or a class of it names page chrome ("breadcrumb-section",
    "plugin_pagetree", "ms-Nav", role="navigation")."""
    if (attrs.get("role") or "").lower() in CHROME_ROLES:
        return True
    names = [attrs.get("id") or "", *(attrs.get("class") or "").split()]
    return any(_CHROME_NAME.match(name) for name in names if name)


def _span(attrs: dict) -> int:
    try:
        return int(attrs.get("colspan") or 1)
    except ValueError:
        return 1


def _start(attrs: dict) -> int:
    try:
        return max(1, int(attrs.get("start") or 1))
    except ValueError:
        return 1


def html_structure(markup: str, builder: Optional[TextBuilder] = None) -> Built:
    """Clean text and structure of HTML (static-site front matter and template tags dropped)."""
    markup, front_title = split_front_matter(markup)
    builder = builder or TextBuilder()
    parser = _HTMLText(builder, main_only=bool(_MAIN.search(markup)))
    parser.feed(_TEMPLATE_TAG.sub("", markup))
    parser.close()
    built = builder.build()
    built.title = parser.title or front_title
    return built
