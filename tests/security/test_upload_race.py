"""Two visitors adding the same name at once (issue 27): the name is reserved while its document is
ingested and checked again under the writer lock, so the second is told instead of silently
replacing the first."""
from __future__ import annotations

import threading

import pytest

from chatbot.embeddings import get_embeddings
from chatbot.errors import BadInput
from chatbot.store.chroma import open_store


def _race(store, settings, payloads: list[bytes]) -> list:
    from ingest.pipeline import ingest_uploads

    start, results = threading.Barrier(len(payloads)), [None] * len(payloads)

    def visitor(i: int) -> None:
        start.wait()
        try:
            results[i] = ingest_uploads([("race.txt", payloads[i])], store, settings)
        except BadInput as exc:
            results[i] = exc

    threads = [threading.Thread(target=visitor, args=(i,)) for i in range(len(payloads))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def test_two_visitors_adding_the_same_name_at_once_one_is_told(fake_settings):
    store = open_store(fake_settings, get_embeddings("fake"), create=True)
    payloads = [b"The first visitor's notes about the depot.", b"The second visitor's notes about the bridge."]
    results = _race(store, fake_settings, payloads)
    won = [i for i, r in enumerate(results) if not isinstance(r, Exception)]
    lost = [r for r in results if isinstance(r, BadInput)]
    assert len(won) == 1 and len(lost) == 1, results
    assert "race.txt: someone else" in str(lost[0]) and "rename your file" in str(lost[0])
    assert store.document_text("race.txt") == payloads[won[0]].decode()


def test_a_name_in_flight_is_reserved(fake_settings, monkeypatch):
    from ingest import pipeline

    store = open_store(fake_settings, get_embeddings("fake"), create=True)
    writing, finish = threading.Event(), threading.Event()
    real = pipeline.ingest_documents

    def slow(documents, store, **kwargs):  # the first upload is still being embedded
        writing.set()
        finish.wait(30)
        return real(documents, store, **kwargs)

    monkeypatch.setattr(pipeline, "ingest_documents", slow)
    first: dict = {}
    thread = threading.Thread(target=lambda: first.update(
        summary=pipeline.ingest_uploads([("race.txt", b"The first visitor's notes.")], store, fake_settings)))
    thread.start()
    assert writing.wait(30)
    with pytest.raises(BadInput, match="RACE.txt: someone else is adding a document with this name right now"):
        pipeline.ingest_uploads([("RACE.txt", b"The second visitor's notes.")], store, fake_settings)
    finish.set()
    thread.join(30)
    assert first["summary"].added == 1
    monkeypatch.setattr(pipeline, "ingest_documents", real)
    # Sorted as new before the first was written, added after: checked again under the writer lock.
    with pytest.raises(BadInput, match="race.txt: someone else added a document with this name a moment ago"):
        pipeline.ingest_uploads([("race.txt", b"The second visitor's notes.")], store, fake_settings)
    assert store.document_text("race.txt") == "The first visitor's notes."
    # A confirmed replacement still replaces; another name in the same upload still goes in.
    pipeline.ingest_uploads([("race.txt", b"Replaced, as confirmed.")], store, fake_settings, replace=True)
    skipped: list = []
    pipeline.ingest_uploads([("race.txt", b"Again."), ("other.txt", b"Other notes.")], store, fake_settings,
                            skipped=lambda name, reason: skipped.append(name))
    assert store.document_text("race.txt") == "Replaced, as confirmed." and skipped == ["race.txt"]
    assert store.document("other.txt")
