"""List answers: every item, read from the document's structure around the retrieved sentences.

Documents are clean text with one list item or table row per line (ingest/loaders.py), so a list is:
- a lead-in line ("…has:", "These factors are", or a heading over marked items) and the item
  lines after it (each item is its line's first sentence): the lines the document marks as its
  list's items (bullets, numbers), else "Label: text" items while the labels run and plain ones until a heading;
- one sentence enumerating the items ("(1) A, (2) B, and (3) C", or "A, B and C" after a lead-in);
- a table's rows ("Header: cell; Header: cell"): the cell of the row and column the question names
  ("the typical response for SEV-3": its sentences), or the first column of the rows that hold the
  question's other words.
The block whose lead-in (and items) hold most of the question wins; each item is cited.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import takewhile
from typing import Callable, Iterable, Optional

from chatbot.answering.base import AnswerRequest
from chatbot.answering.compose import compose, window
from chatbot.answering.extractive import cited_passages
from chatbot.answering.yes_no import content_stems, in_context, negations, support, tokens
from chatbot.text import ITEM_NUMBER, is_row, normalize, row_cells, stem
from chatbot.text.questions import defined_term
from chatbot.types import SECTION_SEPARATOR, Draft, Passage

SEEDS = 4  # retrieved sentences whose surroundings are searched for a list
AROUND = 80  # sentences read on each side of a seed: a table's rows hold many, each row several
MIN_SCORE = 0.5  # the share of the question a block must hold to be answered with
DEFINITION_SEEDS = 3  # retrieved sentences around which a heading naming the defined term is looked for
MAX_DEFINED_LABEL = 60  # a label longer than this is a sentence with a colon, not a term defined
MAX_ITEMS = 20
MAX_ITEM_CHARS = 160
MIN_RUN = 3  # labelled lines that make a list without a lead-in
MINUTES_REACH = 400  # sentences read on each side of a seed for the apologies line of its minutes
PEOPLE = 0.2  # a "who…?" list's lean to a block of people
PRESENT = 0.6  # ...more to a meeting's list of those present ("Present", "Attendees")
KIND = 0.3  # a which/what list's lean to items that name the kind asked ("Central Library" for libraries)
KIND_WORDS = 4  # the first words of an item, where it names what it is
_LABEL = re.compile(r"^([^:;.?!]{1,60}):\s+\S")
_LEAD_END = re.compile(r"(?::|\b(?:are|include|includes|including|following|follows|as follows))\s*$", re.IGNORECASE)
_ROW_CELL = re.compile(r"(?:^|;\s+)([A-Z][^:;]{0,40}):\s+")
_DEFINES = re.compile(r"^\W*(?:what(?:'s| is| are)\b|what (?:counts|qualifies) as\b|what does .+ mean\b|define\b)",
                      re.IGNORECASE)
_MARKER = re.compile(r"\(\s*(?:\d{1,2}|[a-z])\s*\)\s*")
_ITEM_BREAK = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")  # between the things a sentence lists


@dataclass
class Block:
    lead: str  # what the items are, as the answer introduces them
    lead_passages: list[Passage]
    items: list[tuple[str, Passage]] = field(default_factory=list)
    context: str = ""  # the rest of the lead-in's line: what the list is about, for choosing it
    members: set[str] = field(default_factory=set)  # ids of every passage the block spans
    score: float = 0.0
    whole_row: bool = False  # a table's row, every cell an item: a list, never one cell's answer
    shown: list[str] = field(default_factory=list)  # each item as the answer shows it, when it says more


def _lines(passages: list[Passage]) -> list[list[Passage]]:
    """Passages grouped by the line they start on, in document order."""
    out: list[list[Passage]] = []
    for p in sorted(passages, key=lambda p: p.ordinal):
        if out and out[-1][0].line_start == p.line_start and out[-1][0].source == p.source:
            out[-1].append(p)
        else:
            out.append([p])
    return out


def _text(line: list[Passage]) -> str:
    return " ".join(p.text for p in line)


def _heading_like(text: str) -> bool:
    return not re.search(r"[.!?;:)]$", text.strip()) and len(text.split()) <= 8


def enumerated(text: str) -> list[str]:
    """The items of a sentence that enumerates them: '(1) A, (2) B, and (3) C' or 'A, B and C'."""
    body = text.strip().rstrip(".;")
    if len(_MARKER.findall(body)) >= 2:
        parts = _MARKER.split(body)[1:]
    else:
        parts = _ITEM_BREAK.split(body)
    items = [re.sub(r"(?:^(?:and|or)\s+|,?\s+(?:and|or)$)", "", p.strip(" ,;")).strip(" ,;") for p in parts]
    items = [i for i in items if i]
    return items if len(items) >= 2 and all(len(i.split()) <= 8 for i in items) else []


def inline_items(text: str) -> list[str]:
    """The parts of a sentence that lists three or more things in its run ("The warranty does not
    cover damage from dry running, the wrong fluid or pressure, frost, …"), else []: its first part
    holds the lead too, so only the parts after it need be short."""
    parts = [p.strip() for p in _ITEM_BREAK.split(text.strip().rstrip(".;")) if p.strip()]
    return parts if len(parts) >= 3 and sum(len(p.split()) <= 8 for p in parts[1:]) >= 2 else []


def _items_after(lines: list[list[Passage]], at: int) -> list[tuple[str, Passage]]:
    """The items listed on the lines after a lead-in line (see the module's docstring)."""
    following = lines[at + 1:]
    if not following:
        return []
    first = following[0]
    if first[0].item:  # the document marks its list's items (bullets, numbers): exactly those
        return [(line[0].text, line[0]) for line in takewhile(lambda line: line[0].item, following[:MAX_ITEMS])]
    if enumerated(first[0].text):
        return [(item, first[0]) for item in enumerated(first[0].text)]
    labelled = bool(_LABEL.match(_text(first)))
    plain_headings = _heading_like(_text(first))
    items = []
    for line in following[:MAX_ITEMS * 2]:
        text = _text(line)
        if text[:1].islower():
            continue  # the rest of the previous item, broken over lines
        if labelled != bool(_LABEL.match(text)) or _LEAD_END.search(text) or _ROW_CELL.match(text) and ";" in text:
            break
        if not labelled and (_heading_like(text) != plain_headings or len(line) > 3):
            break
        items.append((line[0].text, line[0]))
    return items[:MAX_ITEMS]


def lead_in_blocks(lines: list[list[Passage]]) -> list[Block]:
    """Lists under a lead-in line, and enumerations inside one sentence after a colon."""
    blocks = []
    for k, line in enumerate(lines):
        last = line[-1].text.strip()
        # A heading right above marked items leads them in too ("Methodologies we'll use together").
        heads_items = line[0].heading and k + 1 < len(lines) and lines[k + 1][0].item
        if _LEAD_END.search(last) or heads_items:
            items = _items_after(lines, k)
            if len(items) >= 2:
                blocks.append(Block(last.rstrip(" :"), [line[-1]], items, context=_text(line)))
        # A run of "Label: text" lines after a line that is no lead-in ("…one of four levels."):
        # the labels are the items ("Public: …", "Internal: …").
        run = _labelled_run(lines, k + 1)
        if len(run) >= MIN_RUN and not _LEAD_END.search(last) and not _LABEL.match(_text(line)):
            # its first sentence says what they are
            blocks.append(Block(line[0].text.strip().rstrip(" .:"), [line[0]], [(r[0].text, r[0]) for r in run],
                                context=_text(line)))
        # A heading over one sentence that names its items and nothing else ("Attendees" over "Anja Kowalczyk
        # (chair), Tomasz Wierzbicki (warehouse), …", then the next heading): the heading leads them in.
        alone = k + 1 < len(lines) and len(lines[k + 1]) == 1 and not lines[k + 1][0].heading \
            and (k + 2 >= len(lines) or lines[k + 2][0].heading) and not _LEAD_END.search(lines[k + 1][0].text)
        if line[0].heading and alone and len(enumerated(lines[k + 1][0].text)) >= 3:
            blocks.append(Block(line[0].text, [line[0]], [(item, lines[k + 1][0])
                                                          for item in enumerated(lines[k + 1][0].text)]))
        if line[0].heading and line[0].section:
            children = _subheadings(lines, k)
            if len(children) >= 2:  # "what are the severity levels?": the headings under "Severity definitions"
                blocks.append(Block(line[0].text, [line[0]], [(p.text, p) for p in children[:MAX_ITEMS]]))
        for p in [] if is_row(_text(line)) else line:
            head, colon, tail = p.text.partition(": ")
            if colon and enumerated(tail) and len(enumerated(tail)) >= 3:
                blocks.append(Block(head, [p], [(item, p) for item in enumerated(tail)]))
    return blocks


def _subheadings(lines: list[list[Passage]], at: int) -> list[Passage]:
    """The headings one level under the heading line at `at`, up to the end of its section."""
    path = lines[at][0].section
    depth = path.count(SECTION_SEPARATOR) + 1
    out = []
    for line in lines[at + 1:]:
        p = line[0]
        if p.source != lines[at][0].source or p.section != path and not (p.section or "").startswith(
                path + SECTION_SEPARATOR):
            break
        if p.heading and p.section.count(SECTION_SEPARATOR) == depth:
            out.append(p)
    return out


def _labelled_run(lines: list[list[Passage]], at: int) -> list[list[Passage]]:
    """The lines from `at` on that each start with a short label and a colon (no table rows)."""
    run = []
    for line in lines[at:at + MAX_ITEMS]:
        if not _LABEL.match(_text(line)) or is_row(_text(line)):
            break
        run.append(line)
    return run


_HEADER = re.compile(r"(?:^|(?<=[;.!?])\s+)([A-Z][A-Za-z /()-]{0,30}?):\s")


def _tables(lines: list[list[Passage]]) -> list[list[list[Passage]]]:
    """Runs of table rows (one line between rows, a note in the table, does not end it; rows with
    another first header, a table after a heading, begin another)."""
    tables, run, gap = [], [], 0
    for line in lines:
        if is_row(_text(line)):
            if run and _header_names(line)[:1] != _header_names(run[0])[:1]:
                if len(run) >= 2:
                    tables.append(run)
                run = []
            run, gap = run + [line], 0
        elif run and gap == 0:
            gap = 1
        else:
            if len(run) >= 2:
                tables.append(run)
            run, gap = [], 0
    if len(run) >= 2:
        tables.append(run)
    return tables


def _header_names(row: list[Passage]) -> list[str]:
    return [m.group(1) for m in _HEADER.finditer(_text(row))]


def _cells(row: list[Passage], headers: list[str]) -> list[tuple[str, str, int]]:
    """(header, cell text, where the cell starts in the document) for the table's headers."""
    text, base = _text(row), row[0].start
    found = [(m.group(1), m.start(1), m.end()) for m in _HEADER.finditer(text) if m.group(1) in headers]
    return [(h, text[end:(found[k + 1][1] if k + 1 < len(found) else len(text))].strip(" ;"), base + end)
            for k, (h, _, end) in enumerate(found)]


def names_its_cell(question: str, draft: Draft) -> bool:
    """Whether the draft's short answer is the cell of a table row whose key and column the question
    both name: "14:00 – 22:30" of "Shift: Late; …; Linnet Lodge: 14:00 – 22:30" for "what time do
    lates finish at linnet lodge" (a cell the question names as well as any other row's could be)."""
    if not (draft.answerable and draft.short_answer and draft.cited):
        return False
    cells = row_cells(" ".join(p.text for p in draft.cited))
    if len(cells) < 3:
        return False
    asked = set(content_stems(question))
    key = set(content_stems(cells[0][1]))
    return bool(key) and key <= asked and any(
        draft.short_answer in value and set(content_stems(header)) & asked for header, value in cells[1:])


ROW_REACH = 40  # sentences each side of a cited row that its table's other rows lie within


def row_of_empty_cell(request: AnswerRequest, draft: Draft) -> Optional[list[Passage]]:
    """The row to show instead of answering from the cited row, when the question asks what a table
    leaves empty: a row the question names and the answer's row does not ("the pallet rate for northern
    ireland" answered from "Zone B - Scottish Highlands" because Zone C's pallet cell is empty), or the
    answer's own row when the column the question names is empty in it ("how long can EquiShield Flu be
    out of the fridge?" answered with its storage temperature). None when neither."""
    if not (draft.answerable and draft.cited and is_row(draft.cited[0].text)):
        return None
    asked = set(content_stems(request.standalone))
    own = set(content_stems(" ".join(in_context(p) for p in draft.cited)))
    lines = _lines(_neighbourhood(request, draft.cited[0], ROW_REACH))
    cited = {p.id for p in draft.cited}
    mine = row_cells(" ".join(p.text for p in draft.cited))
    matched = len(set(content_stems(mine[0][1])) & asked) if mine else 0  # the words naming the answer's row
    for rows in _tables(lines):
        if not any(p.id in cited for row in rows for p in row):
            continue
        cells = [row_cells(_text(row)) for row in rows]
        for row, key in zip(rows, (found[:1] for found in cells)):
            stems = set(content_stems(key[0][1])) if key else set()
            named = (stems & asked) - own
            # Named: its whole key ("Norwich"), or two words of it ("northern ireland"); one word of a
            # longer key ("code" of "Tested Code") is as often the question's own topic.
            if not any(p.id in cited for p in row) and len(named) > matched and (len(named) >= 2 or stems <= named):
                return row
        columns = {column: set(content_stems(column)) for found in cells for column, _ in found}
        for column in set(columns) - {column for column, _ in mine}:
            words = (columns[column] & asked) - own
            if words and not any(words & columns[other] for other in columns if other != column):
                return draft.cited  # the column asked, and only it, names these words: empty in this row
    return None


def _row_passages(row: list[Passage], start: int, end: int) -> list[Passage]:
    return [p for p in row if p.start < end and start < p.end] or row[:1]


def table_blocks(lines: list[list[Passage]], question: str) -> list[Block]:
    """A table's cell for the row and column the question names, else its rows' first column."""
    asked, q_stems = " ".join(tokens(question)), set(content_stems(question))
    defines = bool(_DEFINES.search(normalize(question)))
    blocks = []
    for rows in _tables(lines):
        headers = _header_names(rows[0])
        # A column a row leaves empty is still the table's (its other rows name it): else the cell before it
        # would run on into it ("10%; Who approves: CS team leader").
        headers = [h for h in headers if 2 * sum(h in _text(r) for r in rows) >= len(rows)]
        if len(headers) < 2:
            continue
        table = [_cells(r, headers) for r in rows]
        for row, cells in zip(rows, table):
            key = " ".join(tokens(cells[0][1]))
            exact = bool(key) and bool(re.search(rf"\b{re.escape(key)}\b", asked))
            named = [c for c in cells[1:] if set(content_stems(c[0])) & q_stems]
            key_stems = content_stems(cells[0][1])
            if exact and named:
                column = max(named, key=lambda c: len(set(content_stems(c[0])) & q_stems))
            elif exact and defines:
                column = cells[1]  # "what counts as a SEV-2?": what the row is, its first cell after the key
            elif exact or not named and not defines and key_stems[:1] and key_stems[0] in q_stems:
                # the row named, no column: every cell of it ("what equipment do developers get?" reads
                # the row "Developers and data analysts")
                blocks.append(Block(cells[0][1], [row[0]], _row_items(row, cells[1:]), members={p.id for p in row},
                                    whole_row=True))
                continue
            else:
                continue
            sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z!])", column[1]) if s]
            items, at = [], column[2]
            for s in sentences:
                start = _text(row).find(s, at - row[0].start) + row[0].start
                items.append((s, _row_passages(row, start, start + len(s))[0]))
            blocks.append(Block(f"{column[0]} ({cells[0][1]})", [row[0]], items[:MAX_ITEMS],
                                members={p.id for p in row}))
        header_words = {s for h in headers for s in content_stems(h)}
        keys = {s for cells in table for s in content_stems(cells[0][1])}
        blocks.append(_column(rows, table, q_stems - header_words - keys, headers[0]))
    return blocks


def _row_items(row: list[Passage], cells: list[tuple[str, str, int]]) -> list[tuple[str, Passage]]:
    """A row's cells as items ("Device: 16" MacBook Pro"), each with the passage it starts in."""
    return [(f"{header}: {value}", _row_passages(row, start, start + len(value))[0])
            for header, value, start in cells if value][:MAX_ITEMS]


def _column(rows: list[list[Passage]], table: list, wanted: set[str], header: str) -> Block:
    """The first column of the rows that hold most of the question's words besides the table's own
    (all rows when none does)."""
    held = [len(wanted & set(content_stems(_text(r)))) for r in rows]
    chosen = [(r, c) for r, c, n in zip(rows, table, held) if n == max(held)]
    context = " ".join(_text(r) for r, _ in chosen) if max(held) else ""
    chosen = chosen[:MAX_ITEMS]
    return Block(header, [], [(c[0][1], r[0]) for r, c in chosen], context=context,
                 members={p.id for r, _ in chosen for p in r}, shown=[_with_cells(c) for _, c in chosen])


def _with_cells(cells: list[tuple[str, str, int]]) -> str:
    """A row named by its first cell, with as many of its other cells as fit ("Maxine Aspinall; Area:
    Finishing room; Shift: Day"): what the table says of each one listed."""
    out = cells[0][1]
    for header, value, _ in cells[1:]:
        more = f"{out}; {header}: {value.rstrip('.')}"
        if not value or len(more) > MAX_ITEM_CHARS:
            break
        out = more
    return out


def _neighbourhood(request: AnswerRequest, passage: Passage, around: int = AROUND) -> list[Passage]:
    if request.neighbours is None:
        return [passage]
    try:
        return request.neighbours(passage, window=around)
    except TypeError:  # a neighbours function without a window: the sentences next to it only
        return request.neighbours(passage)


def _score(request: AnswerRequest, block: Block, seeds: list[str]) -> float:
    """How much of the question the block's lead-in holds (its items count half), a little more
    when a retrieved sentence is in it."""
    # The headings above the list are part of what it is: "Automatic approval" names the list
    # under "…will approve applications with the following guidelines:", a meeting's title its attendees.
    placed = (block.lead_passages or [p for _, p in block.items[:1]])[:1]
    lead = " ".join([block.lead, block.context, *((p.section or "").replace(SECTION_SEPARATOR, " ") for p in placed)])
    header, of_kind = _of_kind_asked(request, block, lead)
    items = " ".join([header, *(text for text, _ in block.items)])
    ids = {p.id for p in block.lead_passages} | {p.id for _, p in block.items} | block.members
    near = max((1.0 / (1 + rank) for rank, pid in enumerate(seeds) if pid in ids), default=0.0)
    # Of two lead-ins that both hold the question, the one that says little else is the one asked about.
    precise = support(block.lead, request.standalone)
    # "which items can't be returned?": the list under "…cannot be returned:", not "How to return an item".
    denied = _denied(request.standalone) and _denied(lead)
    # "who was at the meeting?": a list of people ("Ingrid Vermeulen (COO, chair)"), not of actions;
    # of a meeting's, those present, though the agenda's items hold "meeting" too.
    people = 0.0
    if _ASKS_WHO.match(normalize(request.standalone)) and _people(block.items):
        present = _ATTENDEES.match(block.lead) and not _ASKS_ABSENT.search(request.standalone)
        people = PEOPLE + (PRESENT if present else 0.0)
    return support(request.standalone, lead, request.term_weight) + \
        0.5 * support(request.standalone, items, request.term_weight) + 0.2 * near + 0.1 * precise + \
        0.2 * denied + people + of_kind


# The kind of thing a which/what question asks for: "which libraries…", "what kind of car…",
# "what tool do we use…".
_ASKED_KIND = re.compile(r"^\W*(?:which\s+|what\s+(?:kind|type|sort|brand|make)\s+of\s+)([a-z][\w-]+)"
                         r"|^\W*what\s+([a-z][\w-]+)\s+(?:do|does|did|is|are|was|were|can|could|should|will|would|"
                         r"must|has|have|had)\b")


def asked_kind(question: str) -> Optional[str]:
    """The noun a which/what question asks for ("libraries"), else None."""
    asked = _ASKED_KIND.match(normalize(question).lower())
    return (asked.group(1) or asked.group(2)) if asked else None


def _of_kind_asked(request: AnswerRequest, block: Block, lead: str) -> tuple[str, float]:
    """For a which/what question whose other words the block holds: the header of a table's first
    column when it is the kind asked ("what shifts are there?": "Early" is a shift of "Shift: Early",
    its cells are read with it), and the lean to a block whose items are of that kind ("which
    libraries have got cctv?": "Central Library", "Brookside Library"…, not records that mention CCTV)."""
    kind = asked_kind(request.standalone)
    items = " ".join(text for text, _ in block.items)
    if not kind or not _holds_the_rest(request, kind, " ".join([lead, block.lead, items])):
        return "", 0.0
    header = block.lead if not block.lead_passages and stem(kind) in content_stems(block.lead) else ""
    return header, KIND if header or _of_kind(block.items, kind) else 0.0


def _holds_the_rest(request: AnswerRequest, kind: str, text: str) -> bool:
    """Whether the text holds something the question asks besides the kind, if it asks more ("which
    branches have a defibrillator?": a table of branches with cameras is not its answer)."""
    rest = re.sub(rf"\b{re.escape(kind)}\b", " ", normalize(request.standalone).lower(), count=1)
    return not content_stems(rest) or support(rest, text) > 0


def _of_kind(items: list[tuple[str, Passage]], kind: str) -> bool:
    """Whether most items name the kind asked in their first words ("Central Library" for libraries)."""
    named = [stem(kind) in content_stems(" ".join(text.split()[:KIND_WORDS])) for text, _ in items]
    return len(named) >= 2 and sum(named) >= 0.6 * len(named)


_ASKS_WHO = re.compile(r"^\W*(?:(?:and|so|ok|okay)\b[\s,]*)?(?:who|which people|which persons)\b", re.IGNORECASE)
# A meeting's list of who was there ("Present", "Attendees"), what "who was at…?" asks of minutes.
_ATTENDEES = re.compile(r"^\W*(?:present|attendees|attendance|in attendance|attending|(?:those|members|also) present)"
                        r"\W*$", re.IGNORECASE)
_PERSON = re.compile(r"^(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)(?:\s(?:[a-z]{1,3}\s)?[A-Z][\w'-]+){1,3}(?:\s*[(,]|$)")


def _people(items: list[tuple[str, Passage]]) -> bool:
    """Whether most items are a person's name, alone or before what they are ("Ana Ruiz (chair)")."""
    return bool(items) and sum(bool(_PERSON.match(text.strip())) for text, _ in items) >= 0.6 * len(items)


def _denied(text: str) -> bool:
    return bool(negations(tokens(text)))


def best_block(request: AnswerRequest,
               found: Optional[Callable[[list[list[Passage]]], list[Block]]] = None) -> Optional[Block]:
    """The best-scored block around the retrieved sentences; `found` makes the blocks of a
    neighbourhood's lines (default: lead-in lists and tables)."""
    found = found or (lambda lines: lead_in_blocks(lines) + table_blocks(lines, request.standalone))
    seeds = [c.passage for c in request.candidates[:SEEDS]]
    blocks: dict[tuple, Block] = {}
    for seed in seeds:
        for block in found(_lines(_neighbourhood(request, seed))):
            key = (block.lead, tuple(p.id for _, p in block.items))
            blocks.setdefault(key, block)
    ids = [p.id for p in seeds]
    named = _named_subheadings(request.standalone, blocks.values())
    for block in blocks.values():
        # "what are the core hours?" names the "Core hours" section: a list elsewhere (its sibling
        # "Requesting remote work", or the policy's headings themselves) is not its answer.
        block.score = _score(request, block, ids) if not named or _under(block, named) else 0.0
    return max(blocks.values(), key=lambda b: b.score, default=None)


def _named_subheadings(question: str, blocks: Iterable[Block]) -> set[str]:
    """The sections (their paths) a question asks about by their headings, of the blocks that list a
    section's subheadings: every word of "Core hours" is in "what are the core hours for remote workers?",
    and every word of the question in "Remote Work Policy › Core hours" ("what special leave is there
    besides annual leave?" names "annual leave" but asks of another)."""
    asked = set(content_stems(question))
    return {p.section for block in blocks if block.items and all(p.heading for _, p in block.items)
            for text, p in block.items if content_stems(text) and set(content_stems(text)) <= asked
            and asked <= set(content_stems((p.section or "").replace(SECTION_SEPARATOR, " ")))}


def _under(block: Block, sections: set[str]) -> bool:
    """Whether the block's lead-in or first item is in one of these sections."""
    placed = (block.lead_passages or [p for _, p in block.items[:1]])[:1]
    return any((p.section or "") == path or (p.section or "").startswith(path + SECTION_SEPARATOR)
               for p in placed for path in sections)


# The line after a meeting's attendees that names more of them: "In attendance: A (…), B (…) and C (…)".
_ATTENDING = re.compile(r"^\s*(?:also\s+)?(?:in\s+attendance|attending|also\s+present|guests?|observers?"
                        r"|present)\s*:\s*(?P<people>.+?)[.;]?\s*$", re.IGNORECASE)


def _named_one_by_one(text: str) -> list[str]:
    """The parts of "A (x, y), B (z) and C" at its top level: ["A (x, y)", "B (z)", "C"] ("and" before a
    name only: "who was away and sent a note" is one part)."""
    parts, depth, start = [], 0, 0
    for k, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and (char in ",;" or text.startswith(" and ", k) and text[k + 5:k + 6].isupper()):
            parts.append(text[start:k])
            start = k + (5 if char == " " else 1)
    return [part.strip() for part in [*parts, text[start:]] if part.strip()]


def with_others_attending(request: AnswerRequest, block: Block) -> Block:
    """A meeting's attendees asked ("who was at…?"), with those the line after the list names as also
    attending ("In attendance: Captain Ross Haldane (Master, MV Shearwater), …"): all who were there.
    The line found first, the members' list just before it is the list it adds to."""
    if not (_ASKS_WHO.match(normalize(request.standalone)) and _people(block.items)) or request.neighbours is None:
        return block
    line = block.lead_passages[0] if block.lead_passages else None
    if line is not None and _ATTENDING.match(line.text):
        members = [b for b in lead_in_blocks(_lines(_neighbourhood(request, line))) if b.items and _people(b.items)
                   and 0 < line.ordinal - b.items[-1][1].ordinal <= 1 and b.items[-1][1].source == line.source]
        if not members:
            return block
        block = members[0]
    last = block.items[-1][1]
    after = [p for p in _neighbourhood(request, last) if p.ordinal > last.ordinal and p.source == last.source]
    line = _lines(after)[0] if after else []
    attending = _ATTENDING.match(_text(line)) if line else None
    if not attending:
        return block
    others = [(name, line[0]) for name in _named_one_by_one(attending.group("people"))]
    shown = [*(block.shown or [text for text, _ in block.items]), *(name for name, _ in others)]
    return replace(block, items=[*block.items, *others], shown=shown)


STATED = 0.9  # the confidence of an answer the document states in so many words ("Apologies: …")
# Who was not at a meeting: "who couldn't make it…", "who sent apologies", "who was absent".
_ASKS_ABSENT = re.compile(r"\b(?:couldn'?t|could not|didn'?t|did not|wasn'?t|weren'?t|was not|were not)\s+"
                          r"(?:make it|come|attend|go|get|there|present|at)\b"
                          r"|\b(?:absent|missed|apolog\w*|missing)\b", re.IGNORECASE)
_APOLOGIES = re.compile(r"^\s*apologi(?:es|sed)(?:\s+(?:were\s+)?(?:received|from))?\s*:\s*(?P<people>.+?)\.?\s*$",
                        re.IGNORECASE)


def apologies_answer(request: AnswerRequest) -> Optional[Draft]:
    """Who was not at a meeting, asked ("who couldn't make it to the feb meeting?"): the people the
    minutes' "Apologies:" line names, each with what is said of them in brackets, cited; else None."""
    if not (_ASKS_WHO.match(normalize(request.standalone)) and _ASKS_ABSENT.search(request.standalone)):
        return None
    for seed in [c.passage for c in request.candidates[:SEEDS]]:
        # The whole of the minutes: the line heads them, the sentence found may be of their last item.
        for line in _lines(_neighbourhood(request, seed, MINUTES_REACH)):
            said = _APOLOGIES.match(_text(line)) if line[0].source == seed.source else None
            named = _SENTENCE_END.split(said.group("people"))[0] if said else ""  # not "Dr Voss sent a note…"
            people = _with_what_is_said(_named_one_by_one(named)) if said else []
            if people:
                items = "\n".join(f"- {person} [1]" for person in people)
                return Draft(text=f"Apologies [1]:\n{items}", answerable=True, cited=line,
                             short_answer="; ".join(people), confidence=STATED)
    return None


# The end of the line's first sentence, not of a title ("Dr. Voss").
_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)\.\s+(?=[A-Z])")
# What a person is, in capitals like a name ("Dr Ben Adeyemi, Head of Translational Research"): said of
# the name before it.
_ROLE = re.compile(r"^(?:Head|Director|Manager|Chief|Officer|Coordinator|Lead|Leader|Supervisor|Assistant|Senior|"
                   r"Deputy|Vice|President|Chair|Secretary|Treasurer|Administrator|Adviser|Advisor|Engineer|Team|"
                   r"General|Managing|Finance|Operations|Sales|Technical|Health)\b")


def _with_what_is_said(parts: list[str]) -> list[str]:
    """Each person named, with the parts after their name until the next ("who was on leave", "Head
    of IT")."""
    people: list[str] = []
    for part in parts:
        if _PERSON.match(part) and not (people and _ROLE.match(part)):
            people.append(part)
        elif people:
            people[-1] += ", " + part
    return people


def list_answer(request: AnswerRequest, draft: Draft, min_score: float = MIN_SCORE,
                rows_only: bool = False) -> Optional[Draft]:
    """'<lead-in> [1]:' and one '- item [n]' line per item, or None when no list around holds the
    question (min_score of it); `rows_only`: only a table's row the question names, every cell."""
    block = best_block(request, found=(lambda lines: [b for b in table_blocks(lines, request.standalone)
                                                      if b.whole_row]) if rows_only else None)
    if block is None or block.score < min_score or len(block.items) < 2:
        return None
    block = with_others_attending(request, block)
    cited = list({p.id: p for p in block.lead_passages}.values())
    pieces = []
    shown = block.shown or [text for text, _ in block.items]
    for text, (_, passage) in zip(shown, block.items):
        if passage.id not in {p.id for p in cited}:
            cited.append(passage)
        n = next(k for k, p in enumerate(cited, 1) if p.id == passage.id)
        pieces.append(f"{window(text.strip().rstrip('.;'), None, MAX_ITEM_CHARS)} [{n}]")
    lead = f"{block.lead.rstrip(' :')}" + (" [1]" if block.lead_passages else "")
    short = "; ".join(text.strip().rstrip(".;") for text, _ in block.items)  # the first cells of rows
    lines = "\n".join(f"- {piece}" for piece in pieces)  # one item a line, as a summary's points
    return Draft(text=f"{lead}:\n{lines}", answerable=True, cited=cited, short_answer=short,
                 confidence=max(draft.confidence, round(min(block.score, 1.0), 3)))


_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10, "last": -1, "final": -1}
_ORDINAL_THINGS = r"(?:step|item|stage|point|task|check|thing|action|rule)s?"
# "the third inspection step", "the 2nd step", "the last thing", "step 3", "step number 4"
_ASKS_ORDINAL = re.compile(rf"\b(?:(?P<word>{'|'.join(_ORDINAL_WORDS)})|(?P<nth>\d{{1,2}})(?:st|nd|rd|th))\s+"
                           rf"(?:[a-z-]+\s+){{0,2}}?{_ORDINAL_THINGS}\b"
                           rf"|\b{_ORDINAL_THINGS}\s+(?:number\s+|no\.?\s*)?(?P<number>\d{{1,2}})\b", re.IGNORECASE)


def asked_ordinal(question: str) -> Optional[int]:
    """The place in a list a question asks for: 3 for "what's the third inspection step?" or "step 3", -1
    for "the last step"; None when it asks for none."""
    found = _ASKS_ORDINAL.search(normalize(question))
    if not found:
        return None
    if found.group("word"):
        return _ORDINAL_WORDS[found.group("word").lower()]
    return int(found.group("nth") or found.group("number"))


def ordinal_answer(request: AnswerRequest, draft: Draft) -> Optional[Draft]:
    """The item of a list at the place the question asks ("what is the third inspection step?": the
    step numbered 3, or else the third item; "the last step": the last), from the list around the
    retrieved sentences that holds the question best; None when it asks no place or no list has it."""
    place = asked_ordinal(request.standalone)
    if place is None:
        return None
    block = best_block(request, found=lambda lines: [b for b in lead_in_blocks(lines) if len(b.items) >= 2])
    if block is None or block.score < MIN_SCORE:
        return None
    numbered: dict[int, tuple[str, Passage]] = {}
    for text, passage in block.items:  # a sub-list's "1." after the list's own is not its first
        found = ITEM_NUMBER.match(text)
        if found:
            numbered.setdefault(int(found.group(1)), (text, passage))
    if place == -1:
        chosen = block.items[-1]
    else:
        chosen = numbered.get(place) or (block.items[place - 1] if place <= len(block.items) and not numbered
                                         else None)
    if chosen is None:
        return None
    text, passage = chosen
    short = ITEM_NUMBER.sub("", text).strip().rstrip(".;")
    return Draft(text=compose(short, passage.text), answerable=True, cited=[passage], short_answer=short,
                 confidence=max(draft.confidence, round(min(block.score, 1.0), 3)))


def cell_answer(request: AnswerRequest, draft: Draft) -> Optional[Draft]:
    """The cell of the table row and column the question names ("the typical response for a
    SEV-1?": that row's "Typical Response"), its first sentence the short answer; None when the
    question names no row and column of a table around the retrieved sentences."""
    best = best_block(request, lambda lines: [  # a row's cell (a column of rows has no lead passage)
        block for block in table_blocks(lines, request.standalone)
        if block.lead_passages and block.items and not block.whole_row])
    if best is None or best.score < MIN_SCORE:
        return None
    cited = list({p.id: p for _, p in best.items}.values())
    short = best.items[0][0].strip().rstrip(".;")
    quote = " ".join(text for text, _ in best.items)
    return Draft(text=compose(short, quote, len(cited)), answerable=True, cited=cited, short_answer=short,
                 confidence=max(draft.confidence, round(min(best.score, 1.0), 3)))


# What a who/when/where/how-much question wants from a table row: the column headed so.
_FIELDS = {
    "who": r"owners?|responsible|assignee|assigned(?: to)?|lead|contact|who|person|people|name|chair|by",
    "when": r"due|due date|date|deadline|when|time|until|by",
    "where": r"location|place|room|where|venue|site|office",
    "how much": r"price|cost|amount|fee|budget|total|rate|price per month",
}
_POINTS_BACK = re.compile(r"\b(?:that|it|this|those|these|them|they)\b", re.IGNORECASE)
_ASKS_FIELD = re.compile(r"^\W*(?:(?:ok|okay|and|so|then|but)\b[\s,]*)*(who(?:m|se)?|when|by when|where|how much)\b",
                         re.IGNORECASE)


def field_answer(request: AnswerRequest, draft: Draft) -> Optional[Draft]:
    """The cell of the row the answer came from that the question's word asks for: "who's doing
    that?" over "Action: …; Owner: Tomás Ferreira; Due: …" is its Owner. None when the answer is
    no table row's, the row has no such column, or the answer is that cell already."""
    asked = _ASKS_FIELD.match(normalize(request.standalone))
    if not asked or not (draft.cited or request.history) or request.neighbours is None:
        return None
    kind = {"whom": "who", "whose": "who", "by when": "when"}.get(asked.group(1).lower(), asked.group(1).lower())
    seeds = draft.cited[:1]
    # "who's doing that?", "by when?": the row the last answer cited (of its citations, a row first)
    if request.history and (_POINTS_BACK.search(request.question) or not content_stems(request.question)):
        seeds = cited_passages(request.history[-1]) or seeds
    lines = [sorted((p for p in request.neighbours(seed, window=AROUND // 8)
                     if p.source == seed.source and p.line_start == seed.line_start), key=lambda p: p.ordinal)
             for seed in seeds]
    line = next((line for line in lines if line and is_row(_text(line))), None)
    if line is None:
        return None
    text = _text(line)
    cells = _cells(line, [m.group(1) for m in _HEADER.finditer(text)])
    wanted = [c for c in cells[1:] if re.fullmatch(rf"(?:{_FIELDS[kind]})", c[0].strip(), re.IGNORECASE)]
    if not wanted or (draft.answerable and draft.short_answer and draft.short_answer in wanted[0][1]):
        return None
    header, value, start = wanted[0]
    short = re.split(r"(?<=[.!?])\s+", value.strip())[0].rstrip(".;")
    cited = _row_passages(line, start, start + len(value))
    return Draft(text=compose(short, " ".join(p.text for p in cited), len(cited)), answerable=True, cited=cited,
                 short_answer=short, confidence=draft.confidence)


_KEY = re.compile(r"\s+[-–—:]\s+|:\s+")  # "SEV1 - Critical": the key before the separator, its gloss after


def heading_definition(request: AnswerRequest, draft: Draft) -> Optional[Draft]:
    """What a section whose heading is the asked-for term says first: "what counts as a SEV1?"
    over the heading "SEV1 - Critical" and the sentence under it; or a line that labels its
    definition with the term ("Urgent (P1): Lumen is down for everyone…", a definition list's or a
    record's). None when the question defines nothing, or no such heading or line is near the
    retrieved sentences."""
    term = defined_term(request.standalone)
    if not term or request.neighbours is None:
        return None
    subject = set(content_stems(term))

    def names_it(key_text: str) -> bool:
        key = set(content_stems(_KEY.split(re.sub(r"\([^)]*\)", " ", key_text), maxsplit=1)[0]))
        return bool(key) and key <= subject and 2 * len(key) >= len(subject)

    for seed in request.candidates[:DEFINITION_SEEDS]:
        around = _neighbourhood(request, seed.passage)
        for heading in (p for p in around if p.heading and p.source == seed.passage.source):
            if not names_it(heading.text):
                continue
            under = sorted((p for p in around if p.section == heading.section and not p.heading),
                           key=lambda p: p.ordinal)
            first = next((p for p in under if not p.item), under[0] if under else None)
            if first is not None:
                return Draft(text=compose(None, first.text), answerable=True, cited=[first], short_answer=None,
                             confidence=draft.confidence)
        for line in (p for p in around if not p.heading and p.source == seed.passage.source):
            label, said, definition = line.text.partition(": ")
            if said and len(label) <= MAX_DEFINED_LABEL and len(definition.split()) >= 3 and not is_row(line.text) \
                    and names_it(label):
                return Draft(text=compose(None, line.text), answerable=True, cited=[line], short_answer=None,
                             confidence=draft.confidence)
    return None
