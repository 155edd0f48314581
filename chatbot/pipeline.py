"""The pipeline: question + history -> standalone question -> passages -> answerer -> Answer."""
from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from typing import Callable, Iterator, Optional

from chatbot.text.alignment import TokenAligner
from chatbot.text.questions import classify, defined_term, strip_titles
from chatbot.answering.base import AnswerRequest, Answerer, Draft, get_answerer
from chatbot.answering.changes import asks_change
from chatbot.config import Settings
from chatbot.embeddings import get_embeddings
from chatbot.retrieval import HybridRetriever
from chatbot.conversation.routing import route_answer
from chatbot.conversation.ellipsis import Places, elliptical, expand, pointer_readings, readings
from chatbot.store.chroma import PassageStore, open_store
from chatbot.text import STOPWORDS, before_apostrophe, clean_question, entities, streamed, words
from chatbot.types import Answer, Turn

_WH = {"who", "whom", "whose", "what", "which", "when", "where", "why", "how", "did", "does", "do",
       "is", "was", "are", "were", "and", "but", "so", "in", "on", "at"}
_SUBJECT_PRONOUNS = {"he", "she", "they", "him", "her", "them", "it"}
_POSSESSIVES = {"his", "its", "their"}
_PERSONAL = re.compile(r"\b(?:he|she|him|her)\b", re.IGNORECASE)
_OWNED = re.compile(r"\b(?:my|our)\s+(?!own\b)[a-z]{2,}\b", re.IGNORECASE)  # "my daughter", "our dog"
TOPIC_TURNS = 3  # turns back a follow-up may take its topic from ("by when?" after "who owns that?")


def _names(text: str) -> list[str]:
    out = []
    for span, s, _ in entities(text):
        parts = span.split()
        if s == 0 and before_apostrophe(parts[0]) in _WH | STOPWORDS:  # "What's", "Who's"
            parts = parts[1:]
        if parts and " ".join(parts).lower() not in STOPWORDS:
            out.append(" ".join(parts))
    return out


def resolve_follow_up(question: str, history: list[Turn],
                      places: Optional[Places] = None) -> tuple[str, list[str]]:
    """Rewrite 'What did he say on TV?' or 'and for the FEC?' into a standalone question using the
    last turn; with it, the terms carried over from the last question for retrieval (its names, or
    else its words: "who owns that?" is still about what was asked before). `places`: where a term
    stands in the documents (`HybridRetriever.places`), to know which term a new one stands for."""
    if not history:
        return question, []
    last = history[-1]
    expanded = expand(question, last.standalone_question, places)  # "and the resumes?": the last question again
    if expanded:
        return expanded, []  # standalone; a name it replaced ("the FEC") must not pull retrieval back
    previous = classify(last.standalone_question)
    previous_names = _names(last.standalone_question)
    antecedent: Optional[str] = None
    if previous.kind == "definition" and previous.subject:
        antecedent = previous.subject
    elif defined_term(last.standalone_question):  # "what counts as a SEV1?" → "how fast do I ack it?"
        antecedent = defined_term(last.standalone_question)
    elif (last.answer.answerable and last.answer.short_answer and previous.kind in {"person", "place", "entity"}
          and last.answer.short_answer[:1].isupper() and len(last.answer.short_answer.split()) <= 6):
        antecedent = last.answer.short_answer
    if not antecedent and not previous_names and _PERSONAL.search(question):
        owned = _OWNED.search(last.standalone_question)  # "can he come too?" after "…our dog…": our dog
        antecedent = owned.group(0) if owned else None
    if antecedent:
        antecedent = strip_titles(antecedent)
    elif previous_names:
        antecedent = previous_names[0]
    if not leans_on_last(question):
        return question, []
    thing = None if antecedent else measured(last.standalone_question)
    if thing and re.search(r"\bit\b", question, re.IGNORECASE):
        # "can i get a refund on it?" after "how much is a 28 day ticket": the ticket, not a person
        standalone = re.sub(r"\bit\b", thing, question, count=1, flags=re.IGNORECASE)
        return standalone, [w for w in _names(last.standalone_question) if w.lower() not in standalone.lower()]
    tokens = [before_apostrophe(w) for w, _, _ in words(question)]  # "that's": "that"
    standalone = question
    if antecedent:
        def swap(match: re.Match) -> str:
            word = match.group(0)
            return antecedent + ("'s" if word.lower() in _POSSESSIVES else "")
        standalone = re.sub(r"\b(he|she|they|him|her|them|his|its|their|it)\b", swap, question, count=1,
                            flags=re.IGNORECASE)
    context = [n for n in previous_names + ([antecedent] if antecedent else []) if n.lower() not in standalone.lower()]
    # "who owns that?" after a question about scanner batteries is about them: the words of the turns
    # before, back to the one that set the topic (asked as if alone: "i heard that's changing?" after
    # "what happens if a teacher sees it?" is still about phones in school).
    for turn in reversed(history[-TOPIC_TURNS:] if not context else []):
        said = [w for w, _, _ in words(turn.standalone_question) if w.lower() not in STOPWORDS | _WH]
        context += [w for w in said if w.lower() not in tokens]
        if len(said) >= 2 and not leans_on_last(turn.question):
            break
    return standalone, list(dict.fromkeys(context))


_MEASURED = re.compile(r"^\W*(?:(?:and|so|ok|okay)\b[\s,]*)?(?:(?:how (?:much|many|long|often|big|old)|when|where|"
                       r"what time)\s+(?:is|are|was)|(?:is|are)\s+there)"  # "is there a home working allowance?"
                       r"\s+(?P<thing>(?:the|a|an|any|our|my|your)\s+[^?,.!]{2,60}?)\s*[?.!]*$", re.IGNORECASE)


def measured(question: str) -> Optional[str]:
    """The thing a question measures or places by its copula ("a 28 day ticket" of "how much is a 28
    day ticket", "the warranty on a marlin pump" of "how long is the warranty on a marlin pump?"), or asks
    is there ("a home working allowance"): what a follow-up's "it" means; None for any other question."""
    found = _MEASURED.match(question)
    return found.group("thing") if found and found.group("thing").split()[-1].lower() not in {"open", "due"} else None


def asks_on_its_own(question: str) -> bool:
    """Whether a follow-up is a whole question, not a fragment that only the last one completes
    ("and for contractors?", "by when?"): longer than a fragment, or a short question with a verb and
    its own subject ("is alcohol reimbursed?", not "is it?")."""
    if elliptical(question) is not None:
        return False
    tokens = [before_apostrophe(w).lower() for w, _, _ in words(question)]
    subject = len(tokens) == FRAGMENT_WORDS and tokens[0] in _AUXILIARIES and tokens[1] not in STOPWORDS
    return len(tokens) > FRAGMENT_WORDS or subject


_AUXILIARIES = frozenset({"is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should",
                          "may", "must", "has", "have"})


def leans_on_last(question: str) -> bool:
    """A question that points back (a pronoun, "that", "there") or is a fragment ("by when?") leans
    on the last one; any other is asked as if alone ("who ruled out assad?" after another topic)."""
    tokens = [before_apostrophe(w) for w, _, _ in words(question)]  # "that's": "that"
    return bool(set(tokens) & (_SUBJECT_PRONOUNS | _POSSESSIVES | _REFERS_BACK | {"there"})) \
        or (not _names(question) and len(tokens) <= FRAGMENT_WORDS)


_REFERS_BACK = frozenset({"it", "its", "that", "this", "they", "them", "their", "those", "these"})
FRAGMENT_WORDS = 3  # "by when?", "who approves?": a question this short leans on the last one


def refers_back(question: str) -> bool:
    """Whether a follow-up points at what the last answer was about ("who owns that?", "by when?"),
    so it is answered from the same documents, not from any that share a word ("owned by…")."""
    tokens = [before_apostrophe(w) for w, _, _ in words(question)]
    return bool(set(tokens) & _REFERS_BACK) or len(tokens) <= FRAGMENT_WORDS


@dataclass
class Prepared:
    """A question made ready for an answerer: cleaned, made standalone, its passages retrieved."""

    question: str
    standalone: str
    request: AnswerRequest
    started: float
    retrieve_ms: float


class ChatChain:
    """Answers questions over the store. Thread-safe: one per process, shared by sessions.

    The flow of one question: `route_answer` (small talk, summaries: no retrieval) or
    `prepare` (clean → resolve the follow-up → retrieve) → the answerer → `Answer.from_draft`."""

    def __init__(self, settings: Settings, *, store: Optional[PassageStore] = None,
                 answerer: Optional[Answerer] = None) -> None:
        self.settings = settings
        embeddings = get_embeddings(settings.embeddings)
        self.store = store or open_store(settings, embeddings)
        self.retriever = HybridRetriever(self.store, embeddings)
        self.aligner = TokenAligner(embeddings)
        self.answerer = answerer or get_answerer(settings.answerer, settings)

    def prepare(self, question: str, history: list[Turn], reading: Optional[str] = None) -> Prepared:
        """`reading`: the standalone question to ask, instead of the one the follow-up resolves to."""
        started = time.perf_counter()
        question = clean_question(question, self.settings.max_question_chars)
        standalone, context = (reading, []) if reading else resolve_follow_up(question, history, self.retriever.places)
        if history and standalone == question:
            standalone = self.answerer.condense(question, history) or standalone  # an LLM rewrite, if any
        standalone = self.retriever.spelled(standalone)
        began = time.perf_counter()
        follow_up = bool(history) and (bool(context) or standalone != question or refers_back(question))
        cited = history[-1].answer.citations if follow_up else []
        # "who owns that?" is answered from the documents the last answer came from; "is that going up?"
        # is not: a change is said elsewhere (the minutes), not where the figure was.
        within = {c.source for c in cited} if refers_back(question) and not asks_change(standalone) else set()
        candidates, snapshot = self.retriever.retrieve(" ".join([standalone, *context]), k=self.settings.top_k,
                                                       near=[c.id for c in cited], within=within)
        request = AnswerRequest(question=question, standalone=standalone, candidates=candidates, history=history,
                                context_terms=context, neighbours=snapshot.neighbours, term_weight=snapshot.term_idf,
                                knows=snapshot.knows, align=self.aligner.align)
        return Prepared(question, standalone, request, started, (time.perf_counter() - began) * 1000)

    def _finish(self, prepared: Prepared, draft: Draft, began: float) -> Answer:
        now = time.perf_counter()
        timings = {"retrieve": round(prepared.retrieve_ms, 2), "answer": round((now - began) * 1000, 2),
                   "total": round((now - prepared.started) * 1000, 2)}
        return Answer.from_draft(draft, question=prepared.question, standalone=prepared.standalone,
                                 backend=self.answerer.name, timings_ms=timings)

    def _answered(self, question: str, history: list[Turn]) -> tuple[Prepared, Draft, float]:
        """The answer in the conversation; but when the documents leave a follow-up unanswered, its
        other readings are answered in turn, the first one answered kept: an elliptical follow-up
        read the other ways it may mean (`readings`: "what about the sixth form?" after "how much is
        a school lunch" is "…a school lunch for the sixth form?", not "how much is the sixth
        form"); a whole question ("how long did that take them?", not "and for contractors?") asked
        alone, as a wrong turn before must not cost it an answer it has alone; then its "it" or
        "that" standing for each thing the last question names (`pointer_readings`). When none is
        answered, the first that quotes the closest passage is kept over a refusal: unsure alone, a
        question is not left with nothing in a conversation."""
        prepared = self.prepare(question, history)
        began = time.perf_counter()
        draft = self.answerer.answer(prepared.request)
        if not history or draft.answerable:
            return prepared, draft, began
        last = history[-1].standalone_question
        others = [(history, reading) for reading in readings(prepared.question, last, self.retriever.places)[1:]]
        if asks_on_its_own(question):
            others.append(([], None))
        if not elliptical(prepared.question):
            others += [(history, reading) for reading in pointer_readings(prepared.question, last)]
        kept = (prepared, draft)
        for turns, reading in others:
            other = self.prepare(question, turns, reading=reading)
            answered = self.answerer.answer(other.request)
            if answered.answerable:
                return other, answered, began
            if answered.confidence_level == "unsure" and kept[1].confidence_level != "unsure":
                kept = (other, answered)
        return *kept, began

    def ask(self, question: str, history: Optional[list[Turn]] = None) -> Answer:
        routed = route_answer(self, question, history or [])
        if routed is not None:
            return routed
        return self._finish(*self._answered(question, history or []))

    def stream(self, question: str, history: Optional[list[Turn]] = None) -> Iterator[str | Answer]:
        """Yield answer text pieces, then the final Answer. Every answer exists whole before it is
        shown (the extractive ones, an LLM's after its guard), and is streamed word by word so that
        every edge shows answers the same way."""
        routed = route_answer(self, question, history or [])
        if routed is not None:
            yield from streamed(routed.answer, routed)
            return
        prepared, draft, began = self._answered(question, history or [])
        for piece in streamed(draft.text, draft):
            yield self._finish(prepared, piece, began) if isinstance(piece, Draft) else piece


class Conversation:
    """One user's conversation: the recent turns, so follow-ups resolve. `save` also keeps each new
    turn elsewhere (the service's shared session state, so the next question may reach any replica)."""

    def __init__(self, chain: ChatChain, max_turns: Optional[int] = None, *, turns: Optional[list[Turn]] = None,
                 save: Optional[Callable[[Turn], None]] = None) -> None:
        self.chain = chain
        self.turns: list[Turn] = list(turns or [])
        self.max_turns = max_turns or chain.settings.history_turns
        self._save = save
        self._lock = threading.Lock()

    def _remember(self, answer: Answer) -> None:
        turn = Turn.from_answer(answer)
        if self._save:
            self._save(turn)
        self.turns.append(turn)
        del self.turns[:-self.max_turns]

    def ask(self, question: str) -> Answer:
        with self._lock:
            answer = self.chain.ask(question, list(self.turns))
            self._remember(answer)
            return answer

    def stream(self, question: str) -> Iterator[str | Answer]:
        with self._lock:
            for piece in self.chain.stream(question, list(self.turns)):
                if isinstance(piece, Answer):
                    self._remember(piece)
                yield piece

    def reset(self) -> None:
        with self._lock:
            self.turns.clear()
