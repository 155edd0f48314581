"""Headings and sections of a stored document, read from its text lines.

    sections(text)   # [(start, end, "Building in the open"), ...]

The store keeps each document's text but not the loader's section list, so headings are the lines
that look like one: short, no closing punctuation, not a list item or a link. A question-shaped
heading ("What does this mean for you?") is taken as a sub-heading that stays inside its section,
and a section ends where the next heading starts. A heading that is followed straight away by
another one (a table of contents) spans nothing and is dropped by callers that need passages.
"""
from __future__ import annotations

import re
from functools import lru_cache

_LIST_ITEM = re.compile(r"^(?:[-*•›]|\d+[.)]\s|\(?[a-z]\)\s)")
MAX_HEADING_WORDS = 12


def is_heading(line: str) -> bool:
    line = line.strip()
    words = line.split()
    if not words or len(words) > MAX_HEADING_WORDS or len(line) > 90:
        return False
    if line[-1] in ".,;:!" or "http" in line or _LIST_ITEM.match(line):
        return False
    return line[0].isupper() or line[0].isdigit() or line[0] == "["


def _lines(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


@lru_cache(maxsize=64)
def sections(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, heading) of each section, in document order."""
    starts = [(offset, line.strip()) for offset, line in _lines(text)
              if is_heading(line) and not line.strip().endswith("?")]
    bounds = [offset for offset, _ in starts[1:]] + [len(text)]
    return tuple((offset, end, heading) for (offset, heading), end in zip(starts, bounds))


def heading_lines(text: str) -> frozenset[str]:
    """Every heading line of a text, normalised for comparison with a passage."""
    return frozenset(" ".join(line.split()) for _, line in _lines(text) if is_heading(line))
