"""Example questions for the documents present (none when the store is empty).

The bundled article has hand-picked questions; any other document gets its summary and key points,
which always work.
"""
from __future__ import annotations

from typing import Optional

from chatbot.store.chroma import DocumentRecord, PassageStore

BUNDLED_URL = "https://naharnet.com/stories/en/190797"  # ingest/data/article.txt
BUNDLED_QUESTIONS = ["Who ruled out Assad?", "What did Le Drian say about training camps?",
                     "How many strikes has France carried out in Iraq?"]


MAX_ASKED = 2  # a document's own questions (an FAQ's headings) among its examples
MAX_QUESTION_CHARS = 80


def questions_for(record: DocumentRecord, store: Optional[PassageStore] = None) -> tuple[list[str], list[str]]:
    """A document's examples, (questions, summaries): the bundled article's hand-picked questions; for any
    other, the questions it answers under headings of their own ("How do I reset my password?": an FAQ's)."""
    summaries = [f"Summarize {record.source}", f"What are the key points of {record.source}?"]
    if record.url == BUNDLED_URL:
        return list(BUNDLED_QUESTIONS), summaries[:1]
    asked: list[str] = []
    for p in store.document_passages(record.source) if store is not None else []:
        text = " ".join(p.text.split())
        if p.heading and text.endswith("?") and len(text) <= MAX_QUESTION_CHARS and text not in asked:
            asked.append(text)
            if len(asked) == MAX_ASKED:
                break
    return asked, summaries


def example_questions(store: PassageStore, records: Optional[list[DocumentRecord]] = None,
                      limit: int = 4) -> list[str]:
    """Up to `limit` examples: questions the documents answer first, then summaries, taken in turn from
    each document so every one is represented; the documents people added before the bundled article (a
    demo, once theirs are there)."""
    records = store.documents() if records is None else records
    ordered = sorted(records, key=lambda r: r.url == BUNDLED_URL)[:limit]  # only the documents shown
    examples = [questions_for(r, store) for r in ordered]
    out: list[str] = []
    for kind in (0, 1):
        lists = [e[kind] for e in examples]
        for rank in range(max((len(q) for q in lists), default=0)):
            out += [q[rank] for q in lists if rank < len(q)]
    return out[:limit]
