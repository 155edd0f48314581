"""The retrieval chain: question + history -> standalone question -> passages -> Answer.

Built from LangChain runnables so that any step can be swapped, traced or streamed.
"""
from __future__ import annotations

import re
import threading
import time
from typing import Iterator, Optional

from langchain_core.runnables import RunnableLambda

from .alignment import TokenAligner
from .answerers.base import AnswerRequest, Answerer, Draft, get_answerer
from .config import Settings
from .embeddings import get_embeddings
from .errors import BadInput
from .retrieval import HybridRetriever
from .routing import route_answer, stream_answer
from .store import PassageStore, open_store
from .text import STOPWORDS, entities, normalize, words
from .types import Answer, Citation, Turn

_WH = {"who", "whom", "whose", "what", "which", "when", "where", "why", "how", "did", "does", "do",
       "is", "was", "are", "were", "and", "but", "so", "in", "on", "at"}
_SUBJECT_PRONOUNS = {"he", "she", "they", "him", "her", "them", "it"}
_POSSESSIVES = {"his", "its", "their"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_question(question: str, max_chars: int) -> str:
    if not isinstance(question, str):
        raise BadInput("the question must be text")
    text = _CONTROL.sub(" ", normalize(question)).strip()
    if not text:
        raise BadInput("the question is empty")
    if len(text) > max_chars:
        raise BadInput(f"the question is too long ({len(text)} characters; the limit is {max_chars})")
    return text


def _names(text: str) -> list[str]:
    out = []
    for span, s, _ in entities(text):
        parts = span.split()
        if s == 0 and parts[0].lower() in _WH | STOPWORDS:
            parts = parts[1:]
        if parts and " ".join(parts).lower() not in STOPWORDS:
            out.append(" ".join(parts))
    return out


def resolve_follow_up(question: str, history: list[Turn]) -> tuple[str, list[str]]:
    """Rewrite 'What did he say on TV?' into a standalone question using the last turn."""
    if not history:
        return question, []
    from .answerers.extractive import classify

    last = history[-1]
    previous = classify(last.standalone_question)
    previous_names = _names(last.standalone_question)
    antecedent: Optional[str] = None
    if previous.kind == "definition" and previous.subject:
        antecedent = previous.subject
    elif (last.answer.answerable and last.answer.short_answer and previous.kind in {"person", "place", "entity"}
          and last.answer.short_answer[:1].isupper() and len(last.answer.short_answer.split()) <= 6):
        antecedent = last.answer.short_answer
    if antecedent:
        from .answerers.extractive import _strip_titles

        antecedent = _strip_titles(antecedent)
    elif previous_names:
        antecedent = previous_names[0]
    tokens = [w.lower() for w, _, _ in words(question)]
    own_names = _names(question)
    is_follow_up = bool(set(tokens) & (_SUBJECT_PRONOUNS | _POSSESSIVES)) or (not own_names and len(tokens) <= 8)
    if not is_follow_up:
        return question, []
    standalone = question
    if antecedent:
        def swap(match: re.Match) -> str:
            word = match.group(0)
            return antecedent + ("'s" if word.lower() in _POSSESSIVES else "")
        standalone = re.sub(r"\b(he|she|they|him|her|them|his|its|their|it)\b", swap, question, count=1,
                            flags=re.IGNORECASE)
    context = [n for n in previous_names + ([antecedent] if antecedent else []) if n.lower() not in standalone.lower()]
    return standalone, list(dict.fromkeys(context))


class ChatChain:
    """Answers questions over the store. Thread-safe: one per process, shared by sessions."""

    def __init__(self, settings: Settings, *, store: Optional[PassageStore] = None,
                 answerer: Optional[Answerer] = None) -> None:
        self.settings = settings
        embeddings = get_embeddings(settings.embeddings)
        self.store = store or open_store(settings, embeddings)
        self.retriever = HybridRetriever(self.store, embeddings)
        self.aligner = TokenAligner(embeddings)
        self.answerer = answerer or get_answerer(settings.answerer, settings)
        self._prepare = RunnableLambda(self._condense) | RunnableLambda(self._retrieve)
        self.runnable = self._prepare | RunnableLambda(self._answer)

    # ---- steps ----
    def _condense(self, inputs: dict) -> dict:
        question = clean_question(inputs["question"], self.settings.max_question_chars)
        history = inputs.get("history") or []
        standalone, context = resolve_follow_up(question, history)
        condense = getattr(self.answerer, "condense", None)
        if history and condense and standalone == question:
            standalone = condense(question, history) or standalone  # an LLM rewrite, when it stays close
        return {**inputs, "question": question, "standalone": standalone, "context": context,
                "started": time.perf_counter()}

    def _retrieve(self, state: dict) -> dict:
        began = time.perf_counter()
        query = " ".join([state["standalone"], *state["context"]])
        candidates, snapshot = self.retriever.retrieve(query, k=self.settings.top_k)
        request = AnswerRequest(question=state["question"], standalone=state["standalone"], candidates=candidates,
                                history=state.get("history") or [], context_terms=state["context"],
                                neighbours=snapshot.neighbours, term_weight=snapshot.term_idf,
                                align=self.aligner.align)
        return {**state, "request": request, "retrieve_ms": (time.perf_counter() - began) * 1000}

    def _answer(self, state: dict) -> Answer:
        began = time.perf_counter()
        draft = self.answerer.answer(state["request"])
        return self._finish(state, draft, began)

    def _finish(self, state: dict, draft: Draft, began: float) -> Answer:
        now = time.perf_counter()
        citations = [Citation.from_passage(n, p) for n, p in enumerate(draft.cited, start=1)]
        return Answer(
            question=state["question"], answer=draft.text, answerable=draft.answerable, citations=citations,
            short_answer=draft.short_answer, backend=draft.backend or getattr(self.answerer, "name", "unknown"),
            standalone_question=state["standalone"], confidence=draft.confidence, note=draft.note,
            timings_ms={"retrieve": round(state["retrieve_ms"], 2), "answer": round((now - began) * 1000, 2),
                        "total": round((now - state["started"]) * 1000, 2)})

    # ---- public ----
    def ask(self, question: str, history: Optional[list[Turn]] = None) -> Answer:
        routed = route_answer(self, question, history or [])  # small talk, summaries: no retrieval
        if routed is not None:
            return routed
        return self.runnable.invoke({"question": question, "history": history or []})

    def stream(self, question: str, history: Optional[list[Turn]] = None) -> Iterator[str | Answer]:
        """Yield answer text pieces as they come, then the final Answer."""
        routed = route_answer(self, question, history or [])
        if routed is not None:
            yield from stream_answer(routed)
            return
        state = self._prepare.invoke({"question": question, "history": history or []})
        began = time.perf_counter()
        for piece in self.answerer.stream(state["request"]):
            if isinstance(piece, Draft):
                yield self._finish(state, piece, began)
            else:
                yield piece


class Conversation:
    """One user's conversation: keeps recent turns so follow-ups resolve."""

    def __init__(self, chain: ChatChain, max_turns: Optional[int] = None) -> None:
        self.chain = chain
        self.turns: list[Turn] = []
        self.max_turns = max_turns or chain.settings.history_turns
        self._lock = threading.Lock()

    def _remember(self, answer: Answer) -> None:
        self.turns.append(Turn(answer.question, answer.standalone_question or answer.question, answer))
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
