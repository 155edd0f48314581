"""The trained reader (chatbot/answering/model.py) as an answerer on its own (`reader`) and with the
extractive rules (`hybrid`, the default).

`reader`: each retrieved sentence is read with its neighbours (a window, so "he said" finds its
name); the best span over all windows is the short answer and the sentence holding it is cited.
`hybrid`: the rules propose their best sentences, the reader reads each; a chooser fitted on workplace
sets (tools/fit_chooser.py) picks the one that answers.
Both refuse when the calibrated probability that the answer is right (a logistic regression on
their evidence, fitted by tools/calibrate_reader.py) is below CHATBOT_MIN_CONFIDENCE, which
defaults to the calibrated threshold.
"""
from __future__ import annotations

import math
import re
from pathlib import Path
from dataclasses import dataclass, field, replace
from typing import Callable, Optional, Sequence

from chatbot.config import Settings, load_settings
from chatbot.answering.model import Calibration, Chooser, Span, get_reader
from chatbot.types import SECTION_SEPARATOR, Passage, ScoredPassage
from chatbot.answering.extractive import ExtractiveAnswerer, sentence_before
from chatbot.answering.rules import DEFAULT_MIN_CONFIDENCE
from chatbot.answering.rules.bands import fit as band_fit
from chatbot.answering.base import REFUSAL, Answerer, AnswerRequest, Draft
from chatbot.answering.compose import by_document, closest, compose
from chatbot.answering.changes import only_ahead
from chatbot.answering.compound import TwoAsks, also, says_when, two_asks
from chatbot.answering.forms import explains, shape, unsure
from chatbot.answering.spans import (answer_type, asks_from_later, asks_label, changes_ahead, measures_otherwise,
                                     merely_proposed, names_replaced, whole_cell, whole_when_in)
from chatbot.answering.yes_no import in_context, support
from chatbot.embeddings import get_embeddings
from chatbot.text import content_stems, first_cell, is_row, lead

MAX_WINDOWS = 5  # retrieved sentences read with their neighbours: 10 took twice the time for no better answers (README)
MAX_RUN = 4  # overlapping windows are read as one, up to this many sentences (the reader saw 1-3 in training)
RERANK = 3  # hybrid: the rules' best sentences the reader reads; the likeliest right answer of them wins
# ...and up to MAX_TIED more table rows that the rules score within TIED of the last of them: rows
# score alike ("Action: …; Owner: …"), and which of them is meant is the reader's to tell.
MAX_TIED, TIED = 2, 0.5
# ...and up to NAMED_ROWS more of the rules' best DEEPER that are rows the question names by their key
# ("…for lates": "Shift: Late; …"): the row asked, however the rules rank it among the others.
NAMED_ROWS, DEEPER = 2, 8
PLAIN_TEXT = frozenset({"", ".txt", ".text"})
NO_SPAN_MARGIN = -20.0  # the evidence when nothing was read: far below any real margin, finite for the fit


@dataclass
class Evidence:
    """What an answerer would answer with refusals off, and the features its refusal is decided on."""

    short: str = ""
    cited: list[Passage] = field(default_factory=list)
    quote: str = ""  # the text shown after the short answer
    features: list[float] = field(default_factory=list)


def _threshold(settings: Settings, calibration: Calibration) -> float:
    return calibration.threshold if settings.min_confidence is None else settings.min_confidence


def _lower(calibration: Calibration, min_confidence: float) -> float:
    """Where "unsure" begins: the calibrated lower threshold, never above the refusal threshold in
    use (CHATBOT_MIN_CONFIDENCE=0 answers everything, as before the middle level existed)."""
    lower = min_confidence if calibration.lower is None else calibration.lower
    return min(lower, min_confidence)


def _decide(evidence: Evidence, calibration: Calibration, min_confidence: float) -> Draft:
    if not evidence.cited:
        return Draft(text=REFUSAL, answerable=False, confidence_level="none")
    # Decided on the confidence as shown (3 decimals), so the eval's threshold sweep agrees exactly.
    confidence = round(calibration.probability(evidence.features), 3)
    if confidence >= min_confidence and evidence.short:
        return Draft(text=compose(evidence.short, evidence.quote, len(evidence.cited)), answerable=True,
                     cited=evidence.cited, short_answer=evidence.short, confidence=confidence,
                     confidence_level="sure")
    if confidence >= _lower(calibration, min_confidence):
        cited = by_document(evidence.cited)
        return Draft(text=closest(cited, evidence.quote), answerable=False, cited=cited,
                     confidence=confidence, confidence_level="unsure")
    return Draft(text=REFUSAL, answerable=False, confidence=confidence, confidence_level="none")


class ReaderAnswerer(Answerer):
    name = "reader"
    features = ("reader_margin",)

    def __init__(self, settings: Optional[Settings] = None) -> None:
        self.settings = settings or load_settings()
        self.reader = get_reader()
        self.calibration = Calibration.load(self.name, default=Calibration((1.0,), 0.0, 0.5))
        self.min_confidence = _threshold(self.settings, self.calibration)
        self.unsure_from = self.calibration.lower

    def read(self, request: AnswerRequest) -> list[tuple[Span, list[Passage], list[int]]]:
        """Every candidate window's best span, best first, with the window's passages and their
        character offsets inside the window's text."""
        return self.read_windows(request, _merge_windows([
            sorted(_answerable(request.neighbours(c.passage)) if request.neighbours else [c.passage],
                   key=lambda p: p.ordinal) or [c.passage] for c in request.candidates[:MAX_WINDOWS]]))

    def read_windows(self, request: AnswerRequest,
                     windows: list[list[Passage]]) -> list[tuple[Span, list[Passage], list[int]]]:
        """The best span of each given window (consecutive passages joined by a space), best first."""
        texts, layout = [], []
        for passages in windows:
            text, starts = label(passages[0]), []
            for p in passages:
                if text:
                    text += " "
                starts.append(len(text))
                text += p.text
            texts.append(text)
            layout.append((passages, starts))
        spans = [_within_label_or_text(s, texts[s.window], layout[s.window][1][0])
                 for s in self.reader.read(request.standalone, texts)]
        return [(s, *layout[s.window]) for s in spans]

    def evidence(self, request: AnswerRequest) -> Evidence:
        read = self.read(request)
        if not read:
            return Evidence(features=[NO_SPAN_MARGIN])
        span, passages, starts = read[0]
        cited = _holding(span, passages, starts) or [passages[len(passages) // 2]]
        return Evidence(span.text, cited, " ".join(p.text for p in cited), [span.margin])

    def answer(self, request: AnswerRequest) -> Draft:
        return _decide(self.evidence(request), self.calibration, self.min_confidence)

    def order(self, request: AnswerRequest) -> list[Passage]:
        """The sentences holding the reader's spans, likeliest first (for an LLM's prompt)."""
        out: dict[str, Passage] = {}
        for span, passages, starts in self.read(request):
            for p in _holding(span, passages, starts):
                out.setdefault(p.id, p)
        for cand in request.candidates:
            out.setdefault(cand.passage.id, cand.passage)
        return list(out.values())


def label(passage: Passage) -> str:
    """What the reader reads before a window: the innermost heading or table row label the passage
    stands under ("SEV-3."), so "what level is a partial loss?" has its answer in the window; an
    answer found there cites the window's sentence."""
    inner = passage.section_name
    return f"{inner.rstrip('.:')}." if inner and inner not in passage.text else ""


def _within_label_or_text(span: Span, text: str, body: int) -> Span:
    """A span across the label and the text after it ("SEV-2. Page an IC") keeps the text's part; a
    section's number in the label is none."""
    if span.start < body < span.end:
        return replace(span, start=body, text=text[body:span.end])
    if span.end <= body and re.fullmatch(r"[\d.]+", span.text):  # "4.4" of the heading "4.4 Overtime": no answer
        return replace(span, text="")
    return span


def _answerable(passages: list[Passage]) -> list[Passage]:
    """The window's sentences without its headings: the reader's span must lie in a sentence to cite."""
    return [p for p in passages if not p.heading]


def _in_whole_cell(span: Span, passages: list[Passage], starts: list[int]) -> str:
    """The span's text, or the whole of the short cell of its passage it starts (spans.whole_cell)."""
    for p, at in zip(passages, starts):
        if at <= span.start and span.end <= at + len(p.text):
            a, b = whole_cell(p.text, span.start - at, span.end - at)
            return p.text[a:b]
    return span.text


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




class HybridAnswerer(Answerer):
    """The extractive rules propose their best RERANK sentences and the trained reader reads each
    one; the sentence the fitted chooser scores highest wins (`choice_features`; without a chooser,
    the likeliest right). The refusal is the probability that its answer is right, learned from both
    (the rules' answerability of it and the reader's margin in it) and from the question (its cosine
    to the nearest passage, and whether that passage's document has structure: see `structured`).
    The short answer is the reader's span (the rules' own when the reader finds none in their choice)."""

    name = "hybrid"
    features = ("rules_logit", "reader_margin", "top_dense", "structured")
    choice_features = ("rules_logit", "reader_margin", "dense", "support", "typed", "no_span")

    def __init__(self, settings: Optional[Settings] = None) -> None:
        settings = settings or load_settings()
        self.rules = ExtractiveAnswerer(settings.model_copy(update={"min_confidence": 0.0}))  # refusal: below
        self.reader = ReaderAnswerer(settings)
        # Uncalibrated, the rules alone decide, at their own threshold.
        self.calibration = Calibration.load(self.name, default=Calibration((1.0, 0.0), 0.0, DEFAULT_MIN_CONFIDENCE))
        self.min_confidence = _threshold(settings, self.calibration)
        self.unsure_from = self.calibration.lower
        self.chooser = Chooser.load(self.name, self.choice_features)  # None: the calibrated probability chooses
        self.embeddings = get_embeddings(settings.embeddings)  # the question-form classifier's

    def evidence(self, request: AnswerRequest, asks: Optional[TwoAsks] = None) -> Evidence:
        """`asks`: the question's two asks ("… and by when?"): the chosen sentence must say the second
        too when one of the choices does (`chatbot/answering/compound.py`)."""
        question, scored, choices = self.rules.choices(request, k=max(RERANK + MAX_TIED, DEEPER))
        asked = set(content_stems(" ".join([request.standalone, *request.context_terms])))
        named = [k for k, (_, c) in enumerate(choices) if k >= RERANK and (key := row_key(c.passage)[1])
                 and key <= asked][:NAMED_ROWS]
        focus = follow_up_names(request)  # "and for the Labor Department?": sentences that name it, read too
        named += [k for k, (_, c) in enumerate(choices) if k >= RERANK and k not in named and focus
                  and focus <= set(content_stems(in_context(c.passage)))][:NAMED_ROWS]
        choices = [c for k, c in enumerate(choices) if k < RERANK or k in named or k < RERANK + MAX_TIED
                   and scored[k][0] >= scored[RERANK - 1][0] - TIED and is_row(c[1].passage.text)]
        draft = self.rules.decide(request, question, scored, choices)
        if not draft.cited:
            return Evidence(features=[logit(draft.confidence), NO_SPAN_MARGIN, *retrieval_features(request)])
        # Each sentence alone (with its neighbours as context the span was right less often on
        # held-out questions), but with the sentence before it when it refers back ("he said"):
        # the reader must see whom the pronoun means. One batch for all of them.
        read = {s.window: (s, passages, starts) for s, passages, starts
                in self.reader.read_windows(request, [with_followers(request, with_antecedent(request, c.passage))
                                                      for _, c in choices])}
        retrieved = retrieval_features(request)
        others = set_aside(request, [c.passage for _, c in choices], asks)
        weighed = []
        typed = answer_type(request.standalone)
        for k, (confidence, candidate) in enumerate(choices):
            if k in others:
                continue
            span = read[k][0] if k in read else None
            features = [logit(confidence), span.margin if span else NO_SPAN_MARGIN, *retrieved]
            weighed.append((self.calibration.probability(features), k, span, features,
                            choice_features(request.standalone, features, span, candidate, typed)))
        chosen = self.choose(request.standalone, weighed, [c.passage for _, c in choices])
        _, k, span, features, _ = anew(request, chosen, weighed, [c.passage for _, c in choices])
        sentence = choices[k][1].passage
        holding = _holding(span, *read[k][1:]) if span else []
        if span and span.text and not holding and not asks_label(request.standalone) \
                and not explains(request.standalone):
            span = None  # the heading's words ("How quickly", "Present") answer no "how long…?" nor "who…?"
        if holding and holding != [sentence]:  # the answer lies in the sentence before: cite both
            cited, quote, fallback = holding, " ".join(p.text for p in holding), ""
        elif k == 0:  # the rules' own choice, with the passages they cite beside it
            quote = draft.cited[0].text
            cited, fallback = draft.cited, whole_when_in(quote, draft.short_answer or "")
        else:
            cited, quote, fallback = [sentence], sentence.text, ""
        short = _in_whole_cell(span, *read[k][1:]) if span and span.text else fallback
        return Evidence(short, cited, quote, features)

    def answer(self, request: AnswerRequest) -> Draft:
        asks = two_asks(request.standalone)  # "whos updating it and by when": each ask its answer
        if asks:
            request = replace(request, standalone=asks.first)
        evidence = self.evidence(request, asks)
        draft = _decide(evidence, self.calibration, self.min_confidence)
        if draft.answerable and measures_otherwise(request.standalone, draft.short_answer or "", evidence.quote):
            draft = unsure(draft)  # "eight to ten weeks" for "how much does it cost?": not its answer
        draft = shape(request, draft, evidence.cited, self.embeddings)  # yes/no and list questions
        if asks and draft.answerable and draft.short_answer and draft.text.startswith(draft.short_answer):
            quote = " ".join(p.text for p in draft.cited)
            short = also(draft.short_answer, quote, asks)
            draft = replace(draft, short_answer=short, text=compose(short, quote, len(draft.cited)))
        return draft

    def order(self, request: AnswerRequest) -> list[Passage]:
        return self.rules.order(request)

    def choose(self, question: str, weighed: list[tuple], passages: list[Passage]) -> tuple:
        """The weighed choice (probability, index, span, features, choice features) that answers: of
        those the calibration would answer at its own threshold, the one the chooser scores highest;
        when it would answer none or one, the likeliest right. (Whether any of them answers is the
        calibration's to say: chosen among all, a choice it doubts answered "On which channel did Le
        Drian say it?" with a sentence that names him and no channel. Its own threshold, not
        CHATBOT_MIN_CONFIDENCE: the choice does not change with the refusal asked for, so the eval's
        threshold sweep, answered with refusals off, is the product's own answers.)"""
        chooser = self.chooser
        sure = [w for w in weighed if w[0] >= self.calibration.threshold]
        if chooser is None or len(sure) < 2:
            return likeliest(question, weighed, passages)
        return likeliest(question, sure, passages, score=lambda w: chooser.score(w[4]))


def choice_features(question: str, features: list[float], span: Optional[Span], candidate: ScoredPassage,
                    typed) -> list[float]:
    """What tells the sentence that answers from the others a question's choices hold: the rules'
    answerability and the reader's margin (`features`), the sentence's cosine to the question,
    the share of the question's words it holds with its headings, whether the reader's span is of
    the kind asked (1, -1; 0: no kind asked), and whether the reader found no span in it. (Whether it
    is a row the question names by its key, or a row at all, chose no better: 404 against 405 of 482.)"""
    found = bool(span and span.text)
    kind = 0.0 if typed is None or not found else (1.0 if typed(span.text, 0, len(span.text)) else -1.0)
    return [features[0], features[1], candidate.dense, support(question, in_context(candidate.passage)), kind,
            float(not found)]


def follow_up_names(request: AnswerRequest) -> set[str]:
    """The stems of the names a follow-up's own words bring ("and for the Labor Department?": labor,
    department), capitalised after its first word; none for a question asked alone."""
    if not request.history or request.standalone == request.question:
        return set()
    return set(content_stems(" ".join(re.findall(r"(?<=\s)[A-Z][\w'-]*", request.question))))


def last_cited(request: AnswerRequest) -> frozenset[str]:
    """The ids of the passages the last answer cited, when the question follows up on it (rewritten, or
    carrying its terms); none for a question asked alone."""
    follow_up = bool(request.history) and (bool(request.context_terms) or request.standalone != request.question)
    return frozenset(c.id for c in request.history[-1].answer.citations) if follow_up else frozenset()


REPEAT_TIE = 0.01  # a follow-up's choices this close in probability are a tie: the new sentence wins


def anew(request: AnswerRequest, chosen: tuple, weighed: list[tuple], passages: list[Passage]) -> tuple:
    """A follow-up asks something the last answer did not say: of the chosen sentence, the last
    answer's own, and another choice as likely (within REPEAT_TIE), the other ("what do we get at the
    end of it?" after "how long does it take?": "At the end of this phase, we'll provide a roadmap…",
    not again "…lasts eight to ten weeks…")."""
    last = last_cited(request)
    if passages[chosen[1]].id not in last:
        return chosen
    others = [w for w in weighed if passages[w[1]].id not in last and w[2] and w[2].text
              and w[0] >= chosen[0] - REPEAT_TIE]
    return max(others, key=lambda w: w[0], default=chosen)


def set_aside(request: AnswerRequest, sentences: list[Passage], asks: Optional[TwoAsks]) -> set[int]:
    """The choices (indices into sentences) that are no answer while another choice is."""
    last = last_cited(request)
    earlier = [c.passage for c in request.candidates if c.passage.id in last]
    others = other_rows(" ".join([request.standalone, *request.context_terms]), sentences, last, earlier)

    def unless_all(these: set[int]) -> None:
        others.update(these if len(these | others) < len(sentences) else set())
    # A sentence that only reports a proposal ("Aisha proposed raising the premium to £2.20") is no
    # answer of how things are (of why it was proposed it is).
    if not explains(request.standalone):
        unless_all({k for k, p in enumerate(sentences) if merely_proposed(p.text, request.standalone)})
    # A question that states the asker's case ("been here 6 yrs") is the row's to say whose band
    # holds it best ("5 to 9 years", not "10 years or more" nor a sentence without bands).
    fits = [band_fit(request.standalone, p.text) for p in sentences]
    if max(fits, default=0.0) > 0:
        unless_all({k for k, fit in enumerate(fits) if fit < max(fits)})
    # A figure asked as it is: a sentence saying only what it will be from a day on ("closes at 16:30
    # from 2 March" for "what time does it shut?").
    unless_all({k for k, p in enumerate(sentences) if only_ahead(request.standalone, p.text)})
    # A figure asked from a day ahead ("…per scientist from january?", "after the new year"): the
    # sentence saying what it becomes then, not the one saying what it is until then.
    if asks_from_later(request.standalone):
        unless_all({k for k, p in enumerate(sentences) if not (changes_ahead(p.text) and names_replaced(p.text))})
    focus = follow_up_names(request)  # the follow-up's new name: a sentence that does not name it answers no more
    if focus:
        unless_all({k for k, p in enumerate(sentences) if not focus <= set(content_stems(in_context(p)))})
    if asks:  # "… and by when?": a sentence that says no date
        unless_all({k for k, p in enumerate(sentences) if not says_when(p.text)})
    return others


MEASURE_WORDS = 5  # "£2.65 to £2.80", "€1.15 million": a span longer than this holds a measure, it is not one


def likeliest(question: str, weighed: list[tuple], passages: list[Passage],
              score: Optional[Callable[[tuple], float]] = None) -> tuple:
    """Of the weighed choices (probability, index into passages, span, features), the likeliest (or
    the one `score` puts highest); but when its span measures something else than the question asks
    (it would only be shown as unsure), the likeliest (or best scored) whose span measures what is
    asked, from a sentence that holds (with its headings)
    all the question's words the likeliest one holds: "£18 per 24 hours" of the parking table's row,
    not "with your room", for "how much is parking?"; not "50 GB" of the home drive for "how much
    space on scratch?", which the scratch drive's sentence names and the home drive's does not. The
    span must be a measure, not a clause that holds one ("Staff may use the pool free of charge…")."""
    def measures_else(w: tuple) -> bool:
        if not (w[2] and w[2].text):  # no span: the rules' sentence alone, no measure of what is asked
            return answer_type(question) is not None
        return measures_otherwise(question, w[2].text, passages[w[1]].text)

    score = score or (lambda w: w[0])
    best = max(weighed, key=score)
    if not measures_else(best):
        return best
    asked = set(content_stems(question))

    def held(w: tuple) -> set[str]:
        return asked & set(content_stems(in_context(passages[w[1]])))
    named = held(best)

    def keyed(w: tuple) -> bool:  # a row the question names by its key ("…for lates": "Shift: Late; …")
        key = row_key(passages[w[1]])[1]
        return bool(key) and key <= asked
    fitting = [w for w in weighed if w[2] and 0 < len(w[2].text.split()) <= MEASURE_WORDS and not measures_else(w)
               and (held(w) >= named or keyed(w))]
    return max(fitting, key=score, default=best)


def other_rows(question: str, passages: list[Passage], last: frozenset = frozenset(),
               earlier: Sequence[Passage] = ()) -> set[int]:
    """The indices of table rows keyed by another value than the one the question names ("Plan:
    Enterprise; …" for "…on the team plan?"), when a row of the same table that it names ("Plan:
    Team; …") is among the passages: the reader's surest span may lie in any row, the row is the
    question's to say. So are a list's labelled items ("Eastgate: …" for "…at millbrook?"). A
    follow-up that names no row asks on about the row the last answer came from (`last`: its
    passages' ids; `earlier`: those of them retrieved again, read or not): "and weekends?" after the
    primary's weeknight allowance."""
    asked = set(content_stems(question))
    rows = {}
    for k, passage in enumerate(passages):
        value, key = row_key(passage)
        if key:
            rows[k] = ((passage.source, _table_of(passage, value)), key)
    named = {table for table, key in rows.values() if key <= asked}
    if named:
        return {k for k, (table, key) in rows.items() if not key <= asked and table in named}
    read = {table for k, (table, _) in rows.items() if passages[k].id in last}
    kept = read | {(p.source, _table_of(p, value)) for p in earlier for value, key in [row_key(p)]
                   if key and is_row(p.text)}

    def rows_of(tables: set) -> set[int]:  # the tables' rows, less those the question names a word of
        return {k for k, (table, key) in rows.items() if table in tables and passages[k].id not in last
                and not key & asked}
    # A row's later sentences ("Page an IC in Slack", under "SEV-2") carry no key of their own, only the
    # row's section: those under another section of the kept table are another row's (or a note beside
    # the table), not the row the follow-up asks on about ("who do I page for that?").
    asked_on = {(p.source, p.section) for p in [*passages, *earlier] if p.id in last}
    beside = {k for k, p in enumerate(passages) if not first_cell(p.text) and p.section
              and (p.source, p.section) not in asked_on and (p.source, _table_of(p, p.section_name)) in kept}
    others = rows_of(kept) | beside
    return others if len(others) < len(passages) else rows_of(read)  # never every sentence


def _table_of(passage: Passage, value: str) -> str:
    """The section of the table a row is in: ingest ends a row's section with its key ("SEV-2"), the
    table is the section above it (none for a table under no heading)."""
    section = passage.section or ""
    return section.rpartition(SECTION_SEPARATOR)[0] if passage.section_name == value else section


def row_key(passage: Passage) -> tuple[str, set[str]]:
    """A table row's key (its first cell's value, "Late" of "Shift: Late; …") or a list's labelled
    item's ("Millbrook" of "Millbrook: forecourt of St Columba's Hall"), with its content stems."""
    cell = first_cell(passage.text) or ""
    value = cell.split(":", 1)[1].strip() if ":" in cell else ""
    if not cell:  # a list's labelled item: its list is its section
        value = (lead(passage.text) or ("", ""))[0]
    return value, set(content_stems(value))


def retrieval_features(request: AnswerRequest) -> list[float]:
    """The same for every sentence of a question: how close the nearest retrieved passage is to it
    (cosine), and whether that passage's document has structure."""
    if not request.candidates:
        return [0.0, 0.0]
    top = max(request.candidates, key=lambda c: c.dense)
    return [top.dense, structured(top.passage)]


def structured(passage: Passage) -> float:
    """1 for a passage of a document with structure (Markdown, HTML, PDF, Word, or plain text with
    headings, `ingest.formats.text`), 0 for text without any. The calibration's only domain feature:
    our structureless questions are SQuAD's, whose unanswerable ones were written to look answerable
    from the paragraph; questions people ask of their handbooks and policies are not, and one
    threshold for both silenced the handbooks (README, model card)."""
    return 0.0 if Path(passage.source).suffix.lower() in PLAIN_TEXT and not passage.section else 1.0


def with_antecedent(request: AnswerRequest, passage: Passage) -> list[Passage]:
    """The sentence, preceded by the one before it when it refers back with a pronoun."""
    before = sentence_before(request, passage)
    return [before, passage] if before else [passage]


def with_followers(request: AnswerRequest, window: list[Passage]) -> list[Passage]:
    """A lead-in ("…depends on how long you have worked here:") with the list items it introduces:
    what it says is in them ("2. After probation…: one month"), so the reader reads them too."""
    last = window[-1]
    if not last.text.rstrip().endswith(":") or request.neighbours is None:
        return window
    after = sorted((p for p in request.neighbours(last, window=MAX_RUN) if p.ordinal > last.ordinal),
                   key=lambda p: p.ordinal)
    items = []
    for p in after:
        if not p.item or p.ordinal != last.ordinal + len(items) + 1:
            break
        items.append(p)
    return window + items[:MAX_RUN - len(window)]


def logit(p: float) -> float:
    p = min(max(p, 1e-3), 1 - 1e-3)
    return math.log(p / (1 - p))
