"""Messages that are not questions about a passage, answered before retrieval.

    answer = route_answer(chain, "hi", history)   # an Answer, or None: a question for the chain

Small talk and help get a short friendly reply (no citations) with a hint of what to ask; a bare
"why?" with nothing to refer to asks what the user means; "summarize" / "what is this about" /
"key points" / "tl;dr" get a cited extractive summary (chatbot/conversation/summary.py) of the document the
conversation is about, the one the message names, or the only one; "tell me more" continues a
summary or reads on around the last answer's passage. With nothing ingested every message that
needs a document fails with EmptyStore ("ingest first").
"""
from __future__ import annotations

import re
import time
from typing import Optional

from chatbot.answering.base import Draft
from chatbot.answering.compose import compose
from chatbot.text import clean_question
from chatbot.errors import EmptyStore
from chatbot.conversation.examples import example_questions
from chatbot.conversation.intents import (BARE_FOLLOW_UP, BYE, GREETING, HELP, MORE, SUMMARY, THANKS, Intent,
                                          classify)
from chatbot.conversation.targets import pick_target
from chatbot.store.chroma import DocumentRecord, PassageStore
from chatbot.conversation.summary import BACKEND as SUMMARY_BACKEND
from chatbot.conversation.summary import summarize
from chatbot.types import Answer, Passage, Turn

BACKEND = "conversation"  # replies that are not about a passage
NO_DOCUMENTS = ("there are no documents in the collection yet; run `python -m ingest` (or `python -m ingest FILE`, "
                "or add a file in the page) first")


def _quoted(examples: list[str]) -> str:
    return ", ".join(f"“{e}”" for e in examples)


def _names(sources: list[str]) -> str:
    return sources[0] if len(sources) == 1 else ", ".join(sources[:-1]) + " and " + sources[-1]


def _small_talk(kind: str, sources: list[str], examples: list[str]) -> str:
    if not sources:
        hint = ("There are no documents yet: add a .txt, .md, .html, .pdf, .docx, .csv or .xlsx file "
                "and ask me about it.")
    else:
        hint = f"Try {_quoted(examples[:2])}." if examples else "Ask me a question about it."
    if kind == GREETING:
        about = f"about {_names(sources)}" if sources else "about your documents"
        return f"Hello! I answer questions {about}, only from the text, and show the passages I used. {hint}"
    if kind == THANKS:
        return f"You're welcome! Ask another question whenever you like. {hint}"
    if kind == BYE:
        return "Goodbye! Come back with more questions any time."
    where = _names(sources) if sources else "the documents you add"
    return (f"I answer questions about {where} using only the text, and cite the passages each answer "
            "comes from; when the text does not say, I tell you instead of guessing. You can ask follow-ups "
            "(“What did he say next?”), ask for a summary (“Summarize”, “key points”, “tell me more”), "
            f"or start over with a new conversation. {hint}")


def _conversation_document(history: list[Turn], sources: list[str]) -> Optional[str]:
    """The document the latest cited answer came from."""
    for turn in reversed(history):
        cited = [c.source for c in turn.answer.citations if c.source in sources]
        if cited:
            return cited[0]
    return None


def _summary_turns(history: list[Turn], source: str) -> list[Turn]:
    """The run of summary answers about `source` at the end of the conversation."""
    run = []
    for turn in reversed(history):
        if turn.answer.backend != SUMMARY_BACKEND or not any(c.source == source for c in turn.answer.citations):
            break
        run.append(turn)
    return run


def _near_last_citation(store: PassageStore, history: list[Turn],
                        window: int) -> Optional[tuple[Passage, list[Passage]]]:
    """The passage the last answer cited first, and those within `window` of it in its document, in
    order: indexed lookups, not a pass over the collection. None when it cited nothing that is left."""
    citations = history[-1].answer.citations
    if not citations:
        return None
    catalogue = store.sync()
    cited = catalogue.by_ids([citations[0].id]).get(citations[0].id)
    return (cited, catalogue.around(cited, window)) if cited else None


def _read_on(store: PassageStore, history: list[Turn]) -> Optional[Draft]:
    """'Tell me more' after an answer: the passages around the one it cited, that were not shown yet."""
    found = _near_last_citation(store, history, 2)
    if found is None:
        return None
    cited, near = found
    shown = {c.id for c in history[-1].answer.citations}
    around = [p for p in near if p.ordinal >= cited.ordinal - 1 and p.id not in shown and not p.heading][:3]
    if not around:
        return None
    lines = [f"- {' '.join(p.text.split())} [{n}]" for n, p in enumerate(around, start=1)]
    return Draft(text="\n".join([f"Around that passage, {cited.source} says:", *lines]), answerable=True,
                 cited=around, confidence=1.0, backend=SUMMARY_BACKEND)


_WHY = re.compile(r"\b(?:why|how come)\b")
# Words that introduce a reason. Strong ones first; "after"/"following" are often only about time.
_REASON_STRONG = re.compile(
    r"\b(?:because|due to|owing to|as a result of|in order to|so as to|so that|given that|for fear|"
    r"since(?!\s+(?:\d|then|the\s+(?:start|beginning|end)|early|late|last|january|february|march|april|may|june|"
    r"july|august|september|october|november|december))|saying|arguing|explaining|citing|to (?:avoid|prevent|stop))\b",
    re.IGNORECASE)
_REASON_WEAK = re.compile(r"\b(?:after|following|amid)\b", re.IGNORECASE)
NOT_SAID_WHY = "The document does not say why."


def _reason_around(store: PassageStore, history: list[Turn]) -> Optional[Draft]:
    """'Why?' after an answer: the reason the text gives in the passage that answer cited, or in the
    sentence after or before it. None when that answer cited nothing."""
    found = _near_last_citation(store, history, 1)
    if found is None:
        return None
    cited, near = found
    # The cited sentence first, then the one after it, then the one before.
    around = sorted(near, key=lambda p: (p.ordinal != cited.ordinal, p.ordinal < cited.ordinal))
    for marker in (_REASON_STRONG, _REASON_WEAK):
        for passage in around:
            found = marker.search(passage.text)
            if found:
                reason = re.split(r"[;]|\.(?:\s|$)", passage.text[found.start():])[0].strip().rstrip(".")
                return Draft(text=compose(reason, passage.text), answerable=True, cited=[passage],
                             short_answer=reason, confidence=1.0)
    return Draft(text=NOT_SAID_WHY, answerable=False)


def route(question: str, history: list[Turn], store: PassageStore) -> Optional[Draft]:
    """A Draft for messages that need no retrieval; None for a question (the chain answers it)."""
    records = store.documents()
    sources = [r.source for r in records]
    intent = classify(question, sources, store.embeddings)
    if intent.kind in {GREETING, THANKS, BYE, HELP}:
        # A reply of our own, not a reading of the documents: as sure as a summary ("hi" was "sure" at 0.0)
        return Draft(text=_small_talk(intent.kind, sources, example_questions(store, records)), answerable=True,
                     confidence=1.0, backend=BACKEND)
    if not sources:
        raise EmptyStore(NO_DOCUMENTS)
    if intent.kind == BARE_FOLLOW_UP and not any(t.answer.citations for t in history):  # small talk, refusals
        examples = example_questions(store, records)
        return Draft(text="What would you like to know? Ask me a full question"
                          + (f", for example {_quoted(examples[:2])}." if examples else "."),
                     answerable=True, confidence=1.0, backend=BACKEND)
    if intent.kind == BARE_FOLLOW_UP and _WHY.search(question.lower()):
        reason = _reason_around(store, history)
        if reason:
            return reason
    if intent.kind == MORE and history:
        about = _conversation_document(history, sources)
        if about and not _summary_turns(history, about):
            read_on = _read_on(store, history)
            if read_on:
                return read_on
    if intent.kind in {SUMMARY, MORE}:
        return _summary(intent, question, history, store, records)
    return None


def _summary(intent: Intent, question: str, history: list[Turn], store: PassageStore,
             records: list[DocumentRecord]) -> Draft:
    """A summary of what the message names (a file, or a document or section by meaning), else of the
    conversation's document or the only one; with several and no clue, ask which."""
    sources = [r.source for r in records]
    titles = {r.source: r.title for r in records}
    named = pick_target(store, question, records) if intent.kind == SUMMARY and not intent.document else None
    if named and named.heading:
        return summarize(store, named.source, title=titles.get(named.source), span=(named.start, named.end),
                         heading=named.heading, within=named.within)
    source = intent.document or (named.source if named else None) or _conversation_document(history, sources) \
        or (sources[0] if len(sources) == 1 else None)
    if source is None:
        return Draft(text=f"Which document should I summarize: {_names(sources)}? "
                          f"Say for example “Summarize {sources[0]}”.", answerable=True, confidence=1.0,
                     backend=BACKEND)
    shown = [c.id for t in _summary_turns(history, source) for c in t.answer.citations] \
        if intent.kind == MORE else []
    return summarize(store, source, exclude=shown, title=titles.get(source))


def route_answer(chain, question: str, history: list[Turn]) -> Optional[Answer]:
    """The chain's hook: the routed reply as an Answer, or None when the chain should answer."""
    began = time.perf_counter()
    question = clean_question(question, chain.settings.max_question_chars)
    draft = route(question, history, chain.store)
    if draft is None:
        return None
    took = round((time.perf_counter() - began) * 1000, 2)
    return Answer.from_draft(draft, question=question, standalone=question, backend=BACKEND,
                             timings_ms={"retrieve": 0.0, "answer": took, "total": took})


