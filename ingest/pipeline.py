"""Load -> split -> embed -> upsert. Idempotent per document; --reset empties the collection."""
from __future__ import annotations

import hashlib
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from chatbot.config import Settings
from chatbot.embeddings import get_embeddings
from chatbot.store import DocumentRecord, PassageStore, open_store

from .loaders import DEFAULT_DOCUMENT, Document, load_file
from .passages import split_passages

PROGRESS_MIN_PASSAGES = 200  # show a progress bar only when it is worth watching


@dataclass
class IngestSummary:
    documents: int = 0
    passages: int = 0
    added: int = 0
    unchanged: int = 0
    removed: int = 0
    seconds: float = 0.0
    sources: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"ingested {self.documents} document(s): {self.passages} passages "
                f"({self.added} added, {self.unchanged} unchanged, {self.removed} removed) "
                f"in {self.seconds:.1f}s")


def ingest_documents(documents: Iterable[Document], store: PassageStore, *, progress: bool = False) -> IngestSummary:
    started = time.perf_counter()
    summary = IngestSummary()
    for document in documents:
        sha = hashlib.sha256(document.text.encode("utf-8")).hexdigest()
        passages = split_passages(document)
        summary.documents += 1
        summary.passages += len(passages)
        summary.sources.append(document.source)
        existing = store.document(document.source)
        if existing and existing.sha256 == sha and existing.passages == len(passages):
            summary.unchanged += len(passages)
            continue
        record = DocumentRecord(source=document.source, sha256=sha, passages=len(passages),
                                chars=len(document.text), url=document.url, title=document.title,
                                ingested_at=time.time())
        bar = None
        if progress and len(passages) >= PROGRESS_MIN_PASSAGES:
            from tqdm import tqdm

            bar = tqdm(total=len(passages), desc=document.source, unit="passage", file=sys.stderr, leave=False)
        added, unchanged, removed = store.write_document(record, passages, document.text,
                                                         progress=bar.update if bar else None)
        if bar:
            bar.close()
        summary.added += added
        summary.unchanged += unchanged
        summary.removed += removed
    summary.seconds = time.perf_counter() - started
    return summary


def ingest_paths(paths: list[Path] | None, settings: Settings, *, reset: bool = False,
                 progress: bool = False, store: Optional[PassageStore] = None) -> IngestSummary:
    # Load (and validate) every file before touching the store: a bad file changes nothing.
    documents = [load_file(p, settings.max_file_bytes) for p in (paths or [DEFAULT_DOCUMENT])]
    store = store or open_store(settings, get_embeddings(settings.embeddings), create=True)
    if reset:
        store.reset()
    return ingest_documents(documents, store, progress=progress)


def ensure_default_document(settings: Settings) -> Optional[IngestSummary]:
    """First run: ingest the bundled article when the store is empty or it is out of date."""
    store = open_store(settings, get_embeddings(settings.embeddings), create=True)
    records = store.documents()
    if records and any(r.source != DEFAULT_DOCUMENT.name for r in records):
        return None  # the user has their own documents; leave the collection alone
    return ingest_documents([load_file(DEFAULT_DOCUMENT)], store)


def ingest_upload(name: str, data: bytes, store: PassageStore, settings: Settings,
                  progress: Optional[callable] = None) -> IngestSummary:
    """Ingest an uploaded file's bytes (validated like a file on disk) into an open store."""
    from .loaders import load_bytes

    document = load_bytes(name, data, settings.max_file_bytes)
    return ingest_documents([document], store)
