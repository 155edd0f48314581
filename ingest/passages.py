"""Sentence-aware splitting with exact character offsets, line numbers and stable ids.

Invariant: ``document.text[p.start:p.end] == p.text`` for every passage.
"""
from __future__ import annotations

import bisect
import hashlib
import re

from chatbot.types import SECTION_SEPARATOR, Passage

from .loaders import Document

MIN_CHARS = 25  # shorter sentences are merged with the next one: too little to cite alone
MAX_CHARS = 400  # longer sentences are cut at clause boundaries to keep citations precise

# A sentence ends at . ! or ? (plus closing quotes/brackets) before whitespace and a capital,
# digit or opening quote.
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc", "gen", "sen", "rep", "gov", "col",
    "lt", "sgt", "capt", "inc", "co", "ltd", "corp", "no", "fig", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "rev", "mt", "ft", "approx",
}


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the word just before this full stop is an abbreviation (U.N., Mr, e.g., a single capital).

    Scans back from the dot over word characters and dots only (the word ending at one candidate
    dot never overlaps the word of another, since a candidate dot is followed by whitespace), so a
    whole document costs linear time."""
    end = dot
    if end > 0 and text[end - 1] == "\n":
        end -= 1  # the dot opens a line: the word is the previous line's last one
    begin = end
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "_."):
        begin -= 1
        if text[begin] == ".":  # U.N. / U.S. / e.g.
            return True
    token = text[begin:end]
    if not token:
        return False
    return len(token) == 1 and token.isupper() or token.lower() in _ABBREVIATIONS


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, cursor = [], start
    segment = text[start:end]
    for match in _BOUNDARY.finditer(segment):
        if text[start + match.start()] == "." and _is_abbreviation(text, start + match.start()):
            continue
        spans.append((cursor, start + match.end()))
        cursor = start + match.end()
    spans.append((cursor, end))
    return [_strip(text, a, b) for a, b in spans if text[a:b].strip()]


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _cut_long(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Cut a span longer than MAX_CHARS at the clause boundary nearest its middle."""
    if b - a <= MAX_CHARS:
        return [(a, b)]
    middle = (a + b) // 2
    cuts = [m.end() + a for m in re.finditer(r"[;:,]\s|\s[-–—]\s", text[a:b])]
    cuts = [c for c in cuts if a + MIN_CHARS * 2 < c < b - MIN_CHARS * 2]
    if not cuts:
        cuts = [m.start() + a for m in re.finditer(r"\s", text[a:b])]
        cuts = [c for c in cuts if a + MIN_CHARS < c < b - MIN_CHARS]
    if not cuts:  # no whitespace at all: cut anyway, a passage must stay citable
        cuts = [middle]
    cut = min(cuts, key=lambda c: abs(c - middle))
    left, right = _strip(text, a, cut), _strip(text, cut, b)
    return _cut_long(text, *left) + _cut_long(text, *right)


def _merge_short(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and (merged[-1][1] - merged[-1][0] < MIN_CHARS):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    if len(merged) > 1 and merged[-1][1] - merged[-1][0] < MIN_CHARS:
        last = merged.pop()
        merged[-1] = (merged[-1][0], last[1])
    return merged


def passage_id(source: str, text: str, occurrence: int) -> str:
    """Stable: the same text in the same source keeps its id across re-ingests."""
    digest = hashlib.sha1(f"{source}\x00{occurrence}\x00{text}".encode("utf-8")).hexdigest()
    return digest[:20]


class _Structure:
    """A document's sections and pages, looked up by offset in log time (long PDFs have many)."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.sections = document.sections  # in text order, not overlapping
        self.section_starts = [start for start, _, _ in self.sections]
        self.page_starts = [start for start, _ in document.pages]
        self.items = set(document.items)

    def _heading_end(self, start: int, end: int, path: tuple[str, ...]) -> int:
        """Where a section's heading line ends: a section opened by a heading starts with its line;
        one that is not (a table row's label, text after it) has no heading line (returns start)."""
        newline = self.document.text.find("\n", start, end)
        end = end if newline < 0 else newline
        return end if self.document.text[start:end].strip() == path[-1] else start

    def of(self, a: int, b: int) -> dict:
        """The page, section, heading and list-item marks of the passage at [a, b) (none for plain text)."""
        if not self.sections and not self.page_starts and not self.items:
            return {}
        page = bisect.bisect_right(self.page_starts, a) - 1
        found = {"page": self.document.pages[page][1] if page >= 0 else None,
                 "item": self.document.text.rfind("\n", 0, a) + 1 in self.items}
        index = bisect.bisect_right(self.section_starts, a) - 1
        if index >= 0 and a < self.sections[index][1] and self.sections[index][2]:
            start, end, path = self.sections[index]
            found["section"] = SECTION_SEPARATOR.join(path)
            found["heading"] = b <= self._heading_end(start, end, path)
        return found


def split_passages(document: Document) -> list[Passage]:
    text = document.text
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    spans: list[tuple[int, int]] = []
    # Paragraphs are lines; a sentence never crosses a line break (nor a heading, nor a page).
    for match in re.finditer(r"[^\n]+", text[: document.body_end]):
        line_spans = _sentence_spans(text, match.start(), match.end())
        line_spans = [piece for span in line_spans for piece in _cut_long(text, *span)]
        spans.extend(_merge_short(line_spans))
    structure = _Structure(document)
    seen: dict[str, int] = {}
    passages = []
    for ordinal, (a, b) in enumerate(spans):
        body = text[a:b]
        occurrence = seen.get(body, 0)
        seen[body] = occurrence + 1
        passages.append(Passage(
            id=passage_id(document.source, body, occurrence),
            text=body,
            source=document.source,
            start=a,
            end=b,
            line_start=bisect.bisect_right(line_starts, a),
            line_end=bisect.bisect_right(line_starts, b - 1),
            ordinal=ordinal,
            url=document.url,
            title=document.title,
            **structure.of(a, b),
        ))
    return passages
