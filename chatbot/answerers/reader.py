"""The trained reader (chatbot/reader.py) over the retrieved sentences, as an answerer.

Each retrieved sentence is read with its neighbours (a window, so "he said" finds its name); the
reader's best span over all windows is the short answer, the sentence holding it is cited, and the
answer is refused when the calibrated probability that the span answers the question is below
CHATBOT_MIN_CONFIDENCE.
"""
from __future__ import annotations

from typing import Iterator, Optional

from ..config import Settings, load_settings
from ..reader import Span, get_reader
from ..types import Passage
from .base import REFUSAL, AnswerRequest, Draft, register, stream_whole
from .compose import compose

MAX_WINDOWS = 5  # retrieved sentences read with their neighbours: 10 took twice the time for no better answers (README)
MAX_RUN = 4  # overlapping windows are read as one, up to this many sentences (the reader saw 1-3 in training)


class ReaderAnswerer:
    name = "reader"

    def __init__(self, settings: Optional[Settings] = None) -> None:
        self.settings = settings or load_settings()
        self.reader = get_reader()
        chosen = self.settings.min_confidence  # None: the threshold calibrated with the model
        self.min_confidence = self.reader.calibration.get("threshold", 0.5) if chosen is None else chosen

    def read(self, request: AnswerRequest) -> list[tuple[Span, list[Passage], list[int]]]:
        """Every candidate window's best span, best first, with the window's passages and their
        character offsets inside the window's text."""
        return self.read_windows(request, _merge_windows([
            sorted(request.neighbours(c.passage) if request.neighbours else [c.passage], key=lambda p: p.ordinal)
            or [c.passage] for c in request.candidates[:MAX_WINDOWS]]))

    def read_windows(self, request: AnswerRequest,
                     windows: list[list[Passage]]) -> list[tuple[Span, list[Passage], list[int]]]:
        """The best span of each given window (consecutive passages joined by a space), best first."""
        texts, layout = [], []
        for passages in windows:
            text, starts = "", []
            for p in passages:
                if text:
                    text += " "
                starts.append(len(text))
                text += p.text
            texts.append(text)
            layout.append((passages, starts))
        spans = self.reader.read(request.standalone, texts)
        return [(s, *layout[s.window]) for s in spans]

    def answer(self, request: AnswerRequest) -> Draft:
        read = self.read(request)
        if not read:
            return Draft(text=REFUSAL, answerable=False)
        span, passages, starts = read[0]
        # Decided on the confidence as shown (3 decimals), so the eval's threshold sweep agrees exactly.
        confidence = round(self.reader.probability(span.margin), 3)
        if confidence < self.min_confidence or not span.text:
            return Draft(text=REFUSAL, answerable=False, confidence=confidence)
        cited = _holding(span, passages, starts) or [passages[len(passages) // 2]]
        quote = " ".join(p.text for p in cited)
        return Draft(text=compose(span.text, quote, len(cited)), answerable=True, cited=cited,
                     short_answer=span.text, confidence=confidence)

    def order(self, request: AnswerRequest) -> list[Passage]:
        """The sentences holding the reader's spans, likeliest first (for an LLM's prompt)."""
        out: dict[str, Passage] = {}
        for span, passages, starts in self.read(request):
            for p in _holding(span, passages, starts):
                out.setdefault(p.id, p)
        for cand in request.candidates:
            out.setdefault(cand.passage.id, cand.passage)
        return list(out.values())

    def stream(self, request: AnswerRequest) -> Iterator[str | Draft]:
        return stream_whole(self.answer(request))


def _holding(span: Span, passages: list[Passage], starts: list[int]) -> list[Passage]:
    """The window's passages that the span overlaps (starts: where each begins in the window's text)."""
    return [p for p, at in zip(passages, starts) if at < span.end and span.start < at + len(p.text)]


def _merge_windows(windows: list[list[Passage]]) -> list[list[Passage]]:
    """Overlapping windows of one document read once, as one run of at most MAX_RUN sentences:
    neighbouring hits share sentences, and reading them twice costs twice."""
    runs: list[list[Passage]] = []
    for window in sorted(windows, key=lambda w: (w[0].source, w[0].ordinal)):
        last = runs[-1] if runs else None
        if last and last[-1].source == window[0].source and window[0].ordinal <= last[-1].ordinal + 1:
            merged = list({p.id: p for p in last + window}.values())
            if len(merged) <= MAX_RUN:
                runs[-1] = sorted(merged, key=lambda p: p.ordinal)
                continue
        if any(w == window for w in runs):
            continue
        runs.append(window)
    return runs


@register("reader")
def reader_answerer(settings: Settings) -> ReaderAnswerer:
    return ReaderAnswerer(settings)


class HybridAnswerer:
    """The extractive answerer picks the sentence and decides whether to refuse; the trained reader
    picks the short answer inside that sentence (the rules' answer stays when the reader finds none)."""

    name = "hybrid"

    def __init__(self, settings: Optional[Settings] = None) -> None:
        from .extractive import ExtractiveAnswerer

        self.rules = ExtractiveAnswerer(settings)
        self.reader = ReaderAnswerer(settings)

    @property
    def min_confidence(self) -> float:
        return self.rules.min_confidence  # the rules decide the refusal

    def answer(self, request: AnswerRequest) -> Draft:
        draft = self.rules.answer(request)
        if not draft.answerable or not draft.cited:
            return draft
        best = draft.cited[0]
        read = self.reader.read_windows(request, [[best]])
        span = read[0][0] if read else None
        if span is None or not span.text:
            return draft
        return Draft(text=compose(span.text, best.text, len(draft.cited)), answerable=True, cited=draft.cited,
                     short_answer=span.text, confidence=draft.confidence)

    def order(self, request: AnswerRequest) -> list[Passage]:
        return self.rules.order(request)

    def stream(self, request: AnswerRequest) -> Iterator[str | Draft]:
        return stream_whole(self.answer(request))


@register("hybrid")
def hybrid_answerer(settings: Settings) -> HybridAnswerer:
    return HybridAnswerer(settings)
