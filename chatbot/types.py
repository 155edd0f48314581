"""Plain data objects passed between ingest, retrieval, answerers and the edges."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional


@dataclass(frozen=True)
class Passage:
    id: str
    text: str
    source: str
    start: int
    end: int
    line_start: int
    line_end: int
    ordinal: int = 0  # position of the passage inside its document
    url: Optional[str] = None
    title: Optional[str] = None
    page: Optional[int] = None  # PDF page the passage is on
    section: Optional[str] = None  # the headings above it, outermost first, joined by SECTION_SEPARATOR
    # A heading line (or a table's header row): context for the sentences under it, never an answer.
    heading: bool = False
    item: bool = False  # on a line that is a list's item (a bullet or a number), as the document marked it

    @property
    def section_name(self) -> str:
        """The innermost heading (or table row) it is under: "SEV-2" of "Severity levels › SEV-2"."""
        return self.section.rsplit(SECTION_SEPARATOR, 1)[-1].strip() if self.section else ""


SECTION_SEPARATOR = " › "


@dataclass
class ScoredPassage:
    passage: Passage
    score: float = 0.0  # fused retrieval score (higher is better)
    dense: float = 0.0  # cosine similarity to the query
    lexical: float = 0.0  # BM25 score


@dataclass
class Citation:
    n: int
    id: str
    source: str
    url: Optional[str]
    start: int
    end: int
    text: str
    line_start: int
    line_end: int
    page: Optional[int] = None
    section: Optional[str] = None

    @classmethod
    def from_passage(cls, n: int, passage: Passage) -> "Citation":
        return cls(n=n, id=passage.id, source=passage.source, url=passage.url, start=passage.start,
                   end=passage.end, text=passage.text, line_start=passage.line_start, line_end=passage.line_end,
                   page=passage.page, section=passage.section)

    def place(self, dash: str = "-") -> str:
        """Where the quote is, after the document's name: 'p. 4 · Leave › Carry-over', 'line 5'."""
        return self.label(self.page, self.section, self.line_start, self.line_end, dash)

    @staticmethod
    def label(page: Optional[int], section: Optional[str], line_start: int, line_end: int, dash: str = "-") -> str:
        """A PDF's page, else the line numbers (a plain text file's only landmarks), then the headings
        above the quote; every edge shows citations this way (the page from a citation's dict)."""
        if page is not None:
            parts = [f"p. {page}"]
        elif section:
            parts = []  # line numbers of a Markdown/HTML/Word file's cleaned text mean nothing to its reader
        else:
            parts = [f"line {line_start}" if line_start == line_end else f"lines {line_start}{dash}{line_end}"]
        if section:
            parts.append(section)
        return " · ".join(parts)


@dataclass
class Draft:
    """An answer before the chain numbers its citations: [n] refers to cited[n-1]."""

    text: str
    answerable: bool
    cited: list[Passage] = field(default_factory=list)
    short_answer: Optional[str] = None
    confidence: float = 0.0
    backend: Optional[str] = None  # set when another answerer stood in (e.g. the guard's fallback)
    note: Optional[str] = None  # why it stood in
    confidence_level: Optional[str] = None  # CONFIDENCE_LEVELS; None: "sure" when answerable, else "none"


# How sure the answer is: "sure" answers; "unsure" shows the closest passage without answering;
# "none" found nothing relevant. Answerers without the middle level only say "sure" or "none".
CONFIDENCE_LEVELS = ("sure", "unsure", "none")


@dataclass
class Answer:
    question: str
    answer: str
    answerable: bool
    citations: list[Citation] = field(default_factory=list)
    short_answer: Optional[str] = None
    backend: str = "hybrid"  # the default answerer
    standalone_question: Optional[str] = None
    confidence: float = 0.0
    timings_ms: dict[str, float] = field(default_factory=dict)
    note: Optional[str] = None  # e.g. why an LLM answer was replaced by the extractive one
    confidence_level: Optional[str] = None  # CONFIDENCE_LEVELS; derived from answerable when not given

    def __post_init__(self) -> None:
        if self.confidence_level is None:  # answers stored before the level existed, and plain refusals
            self.confidence_level = "sure" if self.answerable else "none"

    @classmethod
    def from_draft(cls, draft: Draft, *, question: str, standalone: str, backend: str,
                   timings_ms: dict[str, float]) -> "Answer":
        """The one place a Draft becomes an Answer: its citations numbered in the order cited."""
        return cls(question=question, answer=draft.text, answerable=draft.answerable,
                   citations=[Citation.from_passage(n, p) for n, p in enumerate(draft.cited, start=1)],
                   short_answer=draft.short_answer, backend=draft.backend or backend, standalone_question=standalone,
                   confidence=draft.confidence, note=draft.note, timings_ms=timings_ms,
                   confidence_level=draft.confidence_level)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Answer":
        """The inverse of to_dict (JSON round trip: shared session stores keep answers this way)."""
        return cls(**{**data, "citations": [Citation(**c) for c in data.get("citations", [])]})


@dataclass
class Turn:
    """One exchange kept in a conversation, used to resolve follow-ups."""

    question: str
    standalone_question: str
    answer: Answer

    @classmethod
    def from_answer(cls, answer: Answer) -> "Turn":
        return cls(answer.question, answer.standalone_question or answer.question, answer)

    def to_dict(self) -> dict:
        return {"question": self.question, "standalone_question": self.standalone_question,
                "answer": self.answer.to_dict()}

    @classmethod
    def from_dict(cls, data: dict) -> "Turn":
        return cls(data["question"], data["standalone_question"], Answer.from_dict(data["answer"]))
