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


def questions_for(record: DocumentRecord) -> list[str]:
    if record.url == BUNDLED_URL:
        return [*BUNDLED_QUESTIONS, f"Summarize {record.source}"]
    return [f"Summarize {record.source}", f"What are the key points of {record.source}?"]


def example_questions(store: PassageStore, records: Optional[list[DocumentRecord]] = None,
                      limit: int = 4) -> list[str]:
    """Up to `limit` examples, taken in turn from each document so every one is represented."""
    per_document = [questions_for(r) for r in (store.documents() if records is None else records)]
    out: list[str] = []
    for rank in range(max((len(q) for q in per_document), default=0)):
        out += [q[rank] for q in per_document if rank < len(q)]
    return out[:limit]
