"""Summaries of long documents stay bounded in time and memory (issue 27): TextRank and MMR compare
every pair of passages, so a long document is first cut to a bounded set of candidates."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

PASSAGES = 30_000
_WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda".split()

# Run in a fresh process so that its peak resident memory belongs to the summary alone.
_MEASURE = """
import json, resource, sys, time
from chatbot.config import load_settings
from chatbot.conversation.summary import summarize
from chatbot.embeddings import get_embeddings
from chatbot.store.chroma import open_store

settings = load_settings(persist_dir=sys.argv[1], embeddings="fake", feedback_path=sys.argv[2])
store = open_store(settings, get_embeddings(settings.embeddings))
store.documents()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
draft = summarize(store, "big.txt")
seconds = time.perf_counter() - started
extra_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
more = summarize(store, "big.txt", exclude=[p.id for p in draft.cited])
print(json.dumps({"seconds": seconds, "extra_mb": extra_mb, "cited": [p.id for p in draft.cited],
                  "more": [p.id for p in more.cited], "text": draft.text}))
"""


@pytest.mark.slow
def test_a_thirty_thousand_passage_document_is_summarised_in_bounded_time_and_memory(fake_settings, tmp_path):
    from chatbot.embeddings import get_embeddings
    from chatbot.store.chroma import open_store
    from ingest import document_from_text, ingest_documents

    store = open_store(fake_settings, get_embeddings(fake_settings.embeddings), create=True)
    text = "\n".join(f"Station {i} of the {_WORDS[i % 11]} line opened in year {1800 + i % 300} near "
                     f"{_WORDS[(i * 7) % 11]} bridge." for i in range(PASSAGES))
    assert ingest_documents([document_from_text("big.txt", text)], store).passages == PASSAGES
    del store
    result = subprocess.run([sys.executable, "-c", _MEASURE, str(fake_settings.persist_dir),
                             str(tmp_path / "fb2.jsonl")], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    got = json.loads(result.stdout.splitlines()[-1])
    assert got["text"].startswith("big.txt in 5 sentences:") and len(got["cited"]) == 5
    assert not set(got["cited"]) & set(got["more"]) and got["more"]  # "tell me more" still finds others
    assert got["seconds"] <= 10, got
    assert got["extra_mb"] <= 600, got
