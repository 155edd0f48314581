"""Load -> split -> embed -> upsert. Idempotent per document; --reset empties the collection."""
from __future__ import annotations

import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

from chatbot.config import Settings
from chatbot.errors import BadInput, IngestTimedOut
from chatbot.embeddings import get_embeddings
from chatbot.store.chroma import DocumentRecord, PassageStore, content_hash, open_store
from chatbot.store.names import look_alike_key

from .loaders import DEFAULT_DOCUMENT, SUPPORTED, Document, load_file
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


def ingest_documents(documents: Iterable[Document], store: PassageStore, *,
                     progress: bool | Callable[[int, int], None] = False) -> IngestSummary:
    """Write each document that changed. `progress`: True for one bar on stderr over all of them
    (passages/s, ETA), or a function called with (passages done, passages to do)."""
    started = time.perf_counter()
    summary = IngestSummary()
    work = []
    given: dict[str, str] = {}  # name -> content hash of the documents of this call
    for document in documents:
        sha = content_hash(document.text)
        if document.source in given:  # a document is known by its file name: one name, one document
            if given[document.source] == sha:
                continue  # the same file given twice
            raise BadInput(f"two different files are named {document.source}; documents are known by their "
                           "file name, so rename one of them")
        given[document.source] = sha
        passages = split_passages(document)
        summary.documents += 1
        summary.passages += len(passages)
        summary.sources.append(document.source)
        existing = store.document(document.source)
        placed = sum(1 for p in passages if p.page is not None or p.section)
        if existing and existing.sha256 == sha and existing.passages == len(passages) and existing.placed == placed:
            summary.unchanged += len(passages)
        else:
            work.append((document, sha, passages, placed))
    total = sum(len(passages) for _, _, passages, _ in work)
    bar, advance = None, None
    if callable(progress):
        done = [0]

        def advance(n: int) -> None:
            done[0] += n
            progress(done[0], total)
    elif progress and total >= PROGRESS_MIN_PASSAGES:
        from tqdm import tqdm

        bar = tqdm(total=total, desc="ingest", unit="passage", file=sys.stderr, smoothing=0.1)
        advance = bar.update
    items = [(DocumentRecord(source=document.source, sha256=sha, passages=len(passages), chars=len(document.text),
                             url=document.url, title=document.title, ingested_at=time.time(), placed=placed),
              passages, document.text)
             for document, sha, passages, placed in work]
    try:
        counts = store.write_documents(items, progress=advance)
    finally:
        if bar:
            bar.close()
    for added, unchanged, removed in counts:
        summary.added += added
        summary.unchanged += unchanged
        summary.removed += removed
    summary.seconds = time.perf_counter() - started
    return summary


Warned = Optional[Callable[[str, str], None]]  # (document name, what was read only in part)
Pages = Optional[Callable[[str, int, int], None]]  # (file name, pages read, pages in all)


def _load(path: Path, max_bytes: int, warned: Warned, pages: Pages) -> Document:
    on_page = (lambda done, total: pages(path.name, done, total)) if pages else None
    document = load_file(path, max_bytes, on_page)
    for warning in document.warnings if warned else ():
        warned(path.name, warning)
    return document


def collect_files(paths: list[Path], max_bytes: int, skipped: Optional[Callable[[Path, str], None]] = None,
                  warned: Warned = None, pages: Pages = None) -> list[Document]:
    """Load each file; a folder is read recursively (hidden entries left out), and what in it
    cannot be read is skipped with one `skipped(path, reason)` call. A file named directly must
    load, or nothing is ingested. Each document's warnings (a page without text) go to `warned`;
    `pages` follows a PDF page by page."""
    documents = []
    for path in paths:
        if not path.is_dir():
            documents.append(_load(path, max_bytes, warned, pages))
            continue
        for file in sorted(f for f in path.rglob("*") if f.is_file()):
            relative = file.relative_to(path)
            if any(part.startswith(".") for part in relative.parts):
                continue
            try:
                document = _load(file, max_bytes, warned, pages)
            except BadInput as exc:
                if skipped:
                    skipped(file, str(exc).removeprefix(f"{file}: ").removeprefix(f"{file.name}: "))
                continue
            document.source = relative.as_posix()  # two README.md in different folders stay apart
            documents.append(document)
    if not documents:
        raise BadInput(f"no readable {SUPPORTED} file in " + ", ".join(str(p) for p in paths))
    return documents


def ingest_paths(paths: list[Path] | None, settings: Settings, *, reset: bool = False,
                 progress: bool = False, store: Optional[PassageStore] = None,
                 skipped: Optional[Callable[[Path, str], None]] = None, warned: Warned = None,
                 pages: Pages = None) -> IngestSummary:
    # Load (and validate) every file before touching the store: a bad file changes nothing.
    documents = collect_files(list(paths or [DEFAULT_DOCUMENT]), settings.max_file_bytes, skipped, warned, pages)
    store = store or open_store(settings, get_embeddings(settings.embeddings), create=True)
    with store.writing():  # one hold: no other writer between the reset and the ingest
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


_UPLOAD_SLOT = threading.Lock()  # one page upload at a time per process
# Names of documents that page uploads of this process are adding: a second upload of the same
# name is told at once instead of waiting its turn and then replacing the first.
_RESERVED: set[str] = set()
_RESERVED_LOCK = threading.Lock()


def _reserve(documents: list[Document]) -> list[str]:
    """Reserve the documents' names (their look-alike keys) for this upload; BadInput when another
    upload in flight holds one. The caller releases them with _release."""
    keys = [look_alike_key(d.source) for d in documents]
    with _RESERVED_LOCK:
        for document, key in zip(documents, keys):
            if key in _RESERVED:
                raise BadInput(f"{document.source}: someone else is adding a document with this name right now; "
                               "rename your file to add it")
        _RESERVED.update(keys)
    return keys


def _release(keys: list[str]) -> None:
    with _RESERVED_LOCK:
        _RESERVED.difference_update(keys)


def _still_new(documents: list[Document], store: PassageStore,
               skipped: Optional[Callable[[str, str], None]]) -> list[Document]:
    """The documents that nobody added since the visitor chose to add them (read under the writer
    lock: another process, or an upload that finished a moment ago, may have). Those that now exist
    are told to `skipped`, or the first is raised when nothing else is left (or nobody is told)."""
    existing = {r.source for r in store.documents(fresh=True)}
    taken = [BadInput(f"{d.source}: someone else added a document with this name a moment ago; "
                      "rename your file to add it") for d in documents if d.source in existing]
    if taken and (not skipped or len(taken) == len(documents)):
        raise taken[0]
    for problem in taken:
        skipped(str(problem).split(": ", 1)[0], str(problem))
    return [d for d in documents if d.source not in existing]


def _readable_uploads(files: Sequence[tuple[str, bytes]], settings: Settings,
                      skipped: Optional[Callable[[str, str], None]], warned: Warned = None) -> list[Document]:
    """The uploads that load, each unreadable one told to `skipped` (and each warning of one that
    loads to `warned`); the first problem raised when none loads (or nobody is told)."""
    from .loaders import load_bytes

    documents, problems = [], []
    for name, data in files:
        try:
            document = load_bytes(name, data, settings.max_file_bytes)
            if any(d.source == document.source for d in documents):
                raise BadInput(f"{document.source}: another file in this upload has the same name")
            documents.append(document)
            for warning in document.warnings if warned else ():
                warned(document.source, warning)
        except BadInput as exc:
            problems.append(exc)
            if skipped:
                skipped(name, str(exc))
    if problems and (not documents or not skipped):
        raise problems[0]
    return documents


def ingest_uploads(files: Sequence[tuple[str, bytes]], store: PassageStore, settings: Settings,
                   progress: Optional[Callable[[int, int], None]] = None,
                   skipped: Optional[Callable[[str, str], None]] = None, warned: Warned = None,
                   replace: bool = False) -> IngestSummary:
    """Ingest uploaded files' (name, bytes), validated like files on disk, into an open store: new
    documents only, unless `replace` (the visitor confirmed replacing the documents of these names).

    A file that cannot be read is left out with one `skipped(name, reason)` call, like a folder's
    on the command line; if none can be read (or `skipped` is None), the first problem is raised.
    What a readable file lost (a page without text) is told to `warned(name, warning)`.
    The work runs in a worker thread, one upload at a time per process; the calling thread (the
    page's script) only waits and relays `progress(done, total)` over all the files, so Streamlit
    calls stay on it. Past settings.page_ingest_timeout_s (waiting for another upload included) the
    worker stops between batches with IngestTimedOut: what it wrote stays, unlisted for the document
    it was writing, and the next try reuses it. If the caller goes away (the visitor leaves), the
    worker still finishes or times out. A new document's name is reserved until its worker ends."""
    documents = _readable_uploads(files, settings, skipped, warned)
    reserved = _reserve(documents)
    label = documents[0].source if len(documents) == 1 else f"{len(documents)} documents"
    limit = settings.page_ingest_timeout_s
    deadline = time.monotonic() + limit
    timed_out = IngestTimedOut(f"adding {label} took longer than {limit:.0f} s and was stopped; "
                               "add it again to finish (the work done so far is kept)")
    seen = {"done": 0, "total": 0}
    outcome: dict = {}

    def tick(done: int, total: int) -> None:
        seen.update(done=done, total=total)
        if time.monotonic() > deadline:
            raise timed_out

    def work() -> None:
        try:
            if not _UPLOAD_SLOT.acquire(timeout=max(0.0, deadline - time.monotonic())):
                raise timed_out
            try:
                # Another process's ingest counts against the same time limit.
                wait = max(0.0, deadline - time.monotonic())
                if settings.write_wait_s is not None:
                    wait = min(wait, settings.write_wait_s)
                with store.writing(wait_s=wait):
                    todo = documents if replace else _still_new(documents, store, skipped)
                    outcome["summary"] = ingest_documents(todo, store, progress=tick)
            finally:
                _UPLOAD_SLOT.release()
        except BaseException as exc:  # handed to the waiting thread, which raises it
            outcome["error"] = exc
        finally:
            _release(reserved)

    worker = threading.Thread(target=work, name=f"ingest {label}", daemon=True)
    worker.start()
    while worker.is_alive():
        worker.join(0.25)
        if progress and seen["total"]:
            progress(seen["done"], seen["total"])
    if "error" in outcome:
        raise outcome["error"]
    return outcome["summary"]
