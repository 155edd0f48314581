"""The extractive answerer (`extractive`): offline rules, no model but the embeddings. The default,
`hybrid` (chatbot/answering/reader.py), builds on it: it reads the sentences these rules rank first.

It picks the retrieved sentence that best answers the question (dense similarity + weighted
coverage of the question's terms and names, chatbot/answering/rules/features.py, weighed by the
fitted linear models of chatbot/answering/rules/weights.json), refuses when the best one does not
cover the question well enough, and pulls out the short phrase that answers it (a name for "who", a
number for "how many", a date for "when"..., chatbot/answering/rules/phrases.py), followed by the
cited sentence.
"""
from __future__ import annotations

import math

from chatbot.text.alignment import lexical_alignment
from chatbot.config import Settings
from chatbot.text.questions import Question, classify
from chatbot.types import Passage
from chatbot.answering.base import REFUSAL, Answerer, AnswerRequest, Draft
from chatbot.answering.compose import compose
from chatbot.answering.rules import ANSWERABLE_WEIGHTS, DEFAULT_MIN_CONFIDENCE, SELECT_WEIGHTS
from chatbot.answering.rules.features import REFERS_BACK, candidate_features, linear
from chatbot.answering.rules.phrases import has_definition, short_answer

DEFINITION_MARGIN = 2.0  # "Who is X?": a runner-up this close that introduces X wins
SUPPORT_MARGIN = 1.0  # cite runners-up whose selection score is this close to the best
MAX_CITED_CHARS = 450


class ExtractiveAnswerer(Answerer):
    name = "extractive"

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings
        chosen = settings.min_confidence if settings else None
        self.min_confidence = DEFAULT_MIN_CONFIDENCE if chosen is None else chosen

    def score(self, request: AnswerRequest):
        """(question, [(selection score, features, candidate)] best first)."""
        question = classify(request.standalone)
        last_cited = cited_passages(request.history[-1]) if request.history else []
        cited_last = {p.id for p in last_cited}
        cited_near = {p.id for previous in last_cited for p in (request.neighbours(previous) if request.neighbours
                                                                 else []) if p.id != previous.id}
        max_lexical = max((c.lexical for c in request.candidates), default=0.0)
        alignments = self._alignments(question, request)
        scored = []
        for rank, (cand, alignment) in enumerate(zip(request.candidates, alignments)):
            features = candidate_features(question, request, rank, cand, max_lexical, cited_near, cited_last,
                                          alignment)
            scored.append((linear(SELECT_WEIGHTS, features), features, cand))
        scored.sort(key=lambda item: -item[0])
        return question, scored

    @staticmethod
    def _alignments(question: Question, request: AnswerRequest) -> list[tuple[float, float]]:
        """Soft alignment per candidate; like coverage(), a passage that refers back with a pronoun
        ('he said') may take the names from the sentence before it, at a discount."""
        groups: list[tuple[str, ...]] = []
        own, windows = [], {}
        for i, cand in enumerate(request.candidates):
            own.append(len(groups))
            groups.append((cand.passage.text,))
            before = sentence_before(request, cand.passage)
            if before:
                windows[i] = len(groups)
                groups.append((before.text, cand.passage.text))
        found = (request.align(question.text, groups) if request.align
                 else [lexical_alignment(question.text, " ".join(g)) for g in groups])
        out = []
        for i in range(len(request.candidates)):
            mean, weakest = found[own[i]]
            if i in windows:
                w_mean, w_weakest = found[windows[i]]
                mean, weakest = max(mean, 0.9 * w_mean), max(weakest, 0.9 * w_weakest)
            out.append((mean, weakest))
        return out

    def answerability(self, scored) -> float:
        """Calibrated probability that the best candidate answers the question."""
        if not scored:
            return 0.0
        features = dict(scored[0][1])
        features["margin"] = scored[0][0] - (scored[1][0] if len(scored) > 1 else 0.0)
        features["select"] = scored[0][0]
        return 1.0 / (1.0 + math.exp(-linear(ANSWERABLE_WEIGHTS, features)))

    def choices(self, request: AnswerRequest, k: int = 1):
        """(question, scored, [(confidence, candidate)]): the best k sentences, each with the
        calibrated probability that it answers the question were it the one chosen."""
        question, scored = self.score(request)
        if question.kind == "definition" and question.subject:
            # 'Who is X?': prefer a close runner-up that actually introduces X ('Defense Minister X').
            for item in scored[:3]:
                if item[0] >= scored[0][0] - DEFINITION_MARGIN and has_definition(question, item[2].passage.text):
                    scored.remove(item)
                    scored.insert(0, item)
                    break
        follow_up = bool(request.context_terms) or request.standalone != request.question
        out = []
        for i, item in enumerate(scored[:k]):
            # Decided on the confidence as shown (3 decimals), so the eval's threshold sweep agrees exactly.
            confidence = round(self.answerability([item, *scored[:i], *scored[i + 1:]]), 3)
            if question.kind == "definition" and question.subject[:1].isupper() and not item[1]["type_found"]:
                confidence = 0.0  # "Who is Angela Merkel?" cannot be answered by a passage without her name
            if follow_up and question.kind in {"date", "number"} and not item[1]["type_found"]:
                confidence = 0.0  # "When did she join?" over a passage with no date in it: not said
            out.append((confidence, item[2]))
        return question, scored, out

    def answer(self, request: AnswerRequest) -> Draft:
        return self.decide(request, *self.choices(request))

    def decide(self, request: AnswerRequest, question: Question, scored, choices) -> Draft:
        """The answer from choices(): the best sentence with its close runners-up, or a refusal."""
        if not choices:
            return Draft(text=REFUSAL, answerable=False)
        confidence = choices[0][0]
        if confidence < self.min_confidence:
            return Draft(text=REFUSAL, answerable=False, confidence=confidence)
        best = scored[0][2].passage
        short = short_answer(question, best.text, request.term_weight)
        cited = [best]
        budget = MAX_CITED_CHARS - len(best.text)
        for value, _, cand in scored[1:]:
            # Supporting passages: close runners-up, while the quoted text stays short.
            if value < scored[0][0] - SUPPORT_MARGIN or len(cited) >= 3:
                break
            if len(cand.passage.text) <= budget:
                cited.append(cand.passage)
                budget -= len(cand.passage.text)
        return Draft(text=compose(short, best.text, len(cited)), answerable=True, cited=cited,
                     short_answer=short or best.text, confidence=confidence)

    def order(self, request: AnswerRequest) -> list[Passage]:
        """The candidates, likeliest answer first (for an LLM's prompt)."""
        return [cand.passage for _, _, cand in self.score(request)[1]]


def sentence_before(request: AnswerRequest, passage: Passage) -> Passage | None:
    """The sentence before a passage that refers back with a pronoun ("he said"): whom it means."""
    if request.neighbours and REFERS_BACK.search(passage.text):
        # A heading above the sentence names its topic, not whom the pronoun means.
        return next((p for p in request.neighbours(passage) if p.ordinal == passage.ordinal - 1
                     and not p.heading), None)
    return None


def cited_passages(turn) -> list[Passage]:
    """The passages a past turn's answer cited, as passages (their stored neighbours are found by id)."""
    return [Passage(id=c.id, text=c.text, source=c.source, start=c.start, end=c.end, line_start=c.line_start,
              line_end=c.line_end, url=c.url) for c in turn.answer.citations]
