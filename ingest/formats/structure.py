"""Builds a document's clean text line by line, recording its headings (sections) and pages.

Every format module writes through TextBuilder, so a heading is always a line of its own (the
passage splitter never crosses a line break, so it never glues a heading to the next sentence)
and the recorded offsets index into exactly the text that is stored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

Section = tuple[int, int, tuple[str, ...]]  # (start, end, headings above the span)
# One question and nothing else on its line, not too long to be a label.
_QUESTION_LINE = re.compile(r"^(?:Q(?:uestion)?\s*[:.]\s*)?[A-Z\d\"“'‘(][^?]{2,150}\?[\"”'’)]?$")
_SPACE = re.compile(r"\s+")


def clean_line(text: str) -> str:
    """One line of readable text: any run of whitespace (newlines and tabs too) becomes one space."""
    return _SPACE.sub(" ", text).strip()


# Text that stops mid-phrase ("…the Head of Engineering,", "Turned off and"): the next line goes on with it.
MID_PHRASE = re.compile(r"(?:[,;(–—-]|\b(?:and|or|the|of|to|a|an|for|with|by|in|on|at))$")


def add_row(rows: list[list[str]], row: list[str]) -> None:
    """A table's next line of cells, by column: a row of its own, or joined cell by cell to the row
    above when it goes on with it (its cells wrapped in their columns): its first cell is empty, or
    goes on in lower case on a line with an empty cell ("under 16 weeks", not "qPCR system" with every
    cell filled), or a cell above stops mid-phrase ("Turned off and")."""
    first = row[0][:1] if row else ""
    # A dash alone in a cell says "none" ("We attend: -"); it stops no phrase.
    if rows and (not first or first.islower() and not all(row)
                 or any(MID_PHRASE.search(c) for c in rows[-1] if c.strip(" -–—"))):
        rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], row)]
    else:
        rows.append(row)


@dataclass
class Built:
    text: str
    sections: list[Section] = field(default_factory=list)
    pages: list[tuple[int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    title: Optional[str] = None
    items: list[int] = field(default_factory=list)  # where each line that is a list's item starts


class TextBuilder:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._path: list[tuple[int, str]] = []  # (level, heading) from the outermost down
        self._section_start = 0
        self.sections: list[Section] = []
        self.pages: list[tuple[int, int]] = []
        self.warnings: list[str] = []
        self.title: Optional[str] = None
        self.items: list[int] = []
        # While a question's answer line is awaited: the headings the question was under.
        self._answered: Optional[list[tuple[int, str]]] = None

    def _append(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)

    def _tail(self) -> str:
        return "".join(self._parts[-2:])[-2:]

    def _newlines_needed(self, count: int) -> int:
        """How many newlines to add so that `count` of them end the text (none at its start)."""
        if not self._length:
            return 0
        tail = self._tail()
        return count - (len(tail) - len(tail.rstrip("\n")))

    def line(self, text: str, item: bool = False) -> None:
        """A line of text; `item`: it is a list's item (a bullet or numbered line in the source).
        A line that is only a question ("Can I bring a guest?") labels the line after it, its
        answer, as in an FAQ: the two are a section of their own under the current heading."""
        text = clean_line(text)
        if not any(ch.isalnum() for ch in text):  # an icon or a rule alone ("⚠️", "* * *") says nothing
            return
        if not item and _QUESTION_LINE.match(text):
            self._end_answer()  # a question right after another: that one had no answer line
            self._close_section()
            self._answered = self._path
            self._section_start = self._length + max(0, self._newlines_needed(1))
            self._path = self._path + [(self._path[-1][0] + 1 if self._path else 1, text)]
            self._write(text)
            return
        self._write(text, item)
        self._end_answer()

    def _end_answer(self) -> None:
        """After a question's answer line, the text is again under the headings it was under."""
        if self._answered is not None:
            self._close_section()
            self._path, self._section_start, self._answered = self._answered, self._length, None

    def _write(self, text: str, item: bool = False) -> None:
        self._append("\n" * self._newlines_needed(1))
        if item:
            self.items.append(self._length)
        self._append(text)

    def heading(self, text: str, level: int) -> None:
        """A heading closes the section before it and opens one whose path ends with it."""
        text = clean_line(text)
        if not text:
            return
        self._end_answer()
        self._close_section()
        self._section_start = self._length + max(0, self._newlines_needed(1))
        self._path = [(lvl, name) for lvl, name in self._path if lvl < level] + [(level, text)]
        self._write(text)

    @property
    def depth(self) -> int:
        """The level of the innermost heading the text is under (0: none)."""
        return self._path[-1][0] if self._path else 0

    def leave(self, level: int) -> None:
        """The section of a heading at this level ends (its indented block did): the text after it
        is under the headings above it again."""
        self._end_answer()
        self._close_section()
        self._path = [(lvl, name) for lvl, name in self._path if lvl < level]
        self._section_start = self._length

    def scoped(self, text: str, label: Optional[str]) -> None:
        """A line read under a label of its own, with no heading line above it (a table row under
        its first cell, "SEV-3"): its sentences' section path ends with the label. No label: a line."""
        text, label = clean_line(text), clean_line(label or "")
        if not text or not label:
            return self.line(text)
        self._end_answer()
        self._close_section()
        outer = self._path
        self._section_start = self._length + max(0, self._newlines_needed(1))
        self._path = outer + [(outer[-1][0] + 1 if outer else 1, label)]
        self._write(text)
        self._close_section()
        self._path, self._section_start = outer, self._length

    def page(self, number: int) -> None:
        """Pages are separated by a blank line; the page starts where its first line will."""
        self._append("\n" * max(0, self._newlines_needed(2)))
        self.pages.append((self._length, number))

    def _close_section(self) -> None:
        if self._length > self._section_start:
            self.sections.append((self._section_start, self._length, tuple(name for _, name in self._path)))

    def build(self) -> Built:
        self._end_answer()
        self._close_section()
        self._section_start = self._length
        return Built(text="".join(self._parts), sections=self.sections, pages=self.pages,
                     warnings=self.warnings, title=self.title, items=self.items)
