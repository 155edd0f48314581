"""The passage store: the only module that imports chromadb.

One of: an embedded persistent directory (default) or a Chroma server (``CHATBOT_CHROMA_HOST``).
Two collections: ``<name>`` holds passages' embeddings and places (we embed them with any
LangChain ``Embeddings``; Chroma stores and searches); ``<name>__documents`` is the manifest, one record per
document with its content hash and text (a passage's text is the document's between its
offsets). Readers only trust passages whose ``doc_sha`` matches the manifest, so a reader never
sees a half-written document: writers add passages first, flip the manifest record, then delete
what the new version dropped.

One writer at a time, across processes: every write (ingest, removal, reset, the page's upload)
holds the store's writer lock (`PassageStore.writing`). Two embedded clients writing at once each
persist their own view of the vector index, and the store is left unreadable for good. Readers
never take the lock.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from itertools import accumulate
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

import numpy as np
from filelock import FileLock, Timeout
from langchain_core.embeddings import Embeddings

from chatbot.store.catalogue import Catalogue, decode_place, encode_place
from chatbot.store.names import refuse_look_alikes
from chatbot.config import Settings
from chatbot.errors import ChatbotError, ConfigError, EmptyStore, StoreBusy, StoreUnavailable
from chatbot.types import Passage

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

_BATCH = 256  # passages per write: a killed ingest keeps what it finished
EMBED_POOL = 8192  # passages sorted by length together: the model's runs of similar lengths pad little
EMBED_CHUNK = 1024  # passages of a pool embedded at once, then written while the next are embedded
_PAGE = 5000  # records per read in a full pass (well under SQLite's 32,766 bound variables)
MANIFEST_TTL_S = 0.5
_MANIFEST_SUFFIX = "__documents"


@dataclass(frozen=True)
class DocumentRecord:
    source: str
    sha256: str
    passages: int
    chars: int
    url: Optional[str] = None
    title: Optional[str] = None
    ingested_at: float = 0.0
    # Passages with a page or section: a store written before they had one reads 0, so the next
    # ingest of an unchanged PDF or Markdown file adds them rather than skipping it.
    placed: int = 0


@dataclass
class _WritePlan:
    record: DocumentRecord
    passages: list[Passage]
    text: str
    to_add: list[Passage]
    to_update: list[Passage]
    removed: list[str]


WRITER_LOCK = "writer.lock"
_WRITER_STATE = "writer.json"  # {"pid": the holder (null when none), "generation": writes begun}
_SETTING = object()  # writing()'s default: settings.write_wait_s


class WriterLock:
    """The store's writer lock: filelock's FileLock, an flock(2) on Linux. The kernel drops an flock
    when its holder dies, even by SIGKILL, so a killed writer leaves no stale lock. Each thread opens
    its own descriptor, so threads of one process exclude each other too; a thread may re-enter.

    Beside it, writer.json names the holder (for the waiting line) and counts the writes begun, so a
    writer can tell whether another process wrote since it opened the store. It is a separate file:
    a waiter opens the lock file too, and must not touch what the holder wrote."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        # preserve_lock_file: waiters share one inode, and no soft (pid-file) fallback, which a
        # killed holder would leave behind.
        self._lock = FileLock(directory / WRITER_LOCK, preserve_lock_file=True)
        self._state = directory / _WRITER_STATE
        self._said_waiting = False  # one waiting line per writer, not one per write it waits for

    def acquire(self, wait_s: Optional[float]) -> Optional[int]:
        """Take the lock (None: wait as long as it takes). Returns the generation found when this
        is the thread's outermost hold, else None; raises StoreBusy, or StoreUnavailable when the
        directory cannot be written."""
        if self.directory.exists() and not self.directory.is_dir():
            raise StoreUnavailable(f"the store path {self.directory} is a file, not a directory")
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._take(wait_s)
        except OSError as exc:
            raise StoreUnavailable(f"cannot lock the store at {self.directory} for writing: {exc}") from exc
        if self._lock.lock_counter > 1:
            return None
        try:
            found = self.state()[1]
            self._write_state(os.getpid(), found + 1)
        except OSError as exc:
            self._lock.release()
            raise StoreUnavailable(f"cannot lock the store at {self.directory} for writing: {exc}") from exc
        return found

    def _take(self, wait_s: Optional[float]) -> None:
        try:
            self._lock.acquire(timeout=0)
            return
        except Timeout:
            holder = self._holder()
        if wait_s == 0:
            raise StoreBusy(f"the store at {self.directory} is locked by another writer ({holder}); "
                            "try again when it is done")
        if not self._said_waiting:
            print(f"waiting for another ingest to finish (store is locked by {holder})…", file=sys.stderr, flush=True)
            self._said_waiting = True
        try:
            self._lock.acquire(timeout=-1 if wait_s is None else wait_s)
        except Timeout as exc:
            raise StoreBusy(f"the store at {self.directory} is still locked by another writer ({holder}) "
                            f"after {wait_s:.0f} s; try again when it is done") from exc

    def release(self) -> Optional[int]:
        """Returns the generation this hold wrote when it was the outermost, else None."""
        try:
            if self._lock.lock_counter > 1:
                return None
            generation = self.state()[1]
            self._write_state(None, generation)
            return generation
        finally:
            self._lock.release()

    def state(self) -> tuple[Optional[int], int]:
        """(pid of the holder or of a writer that died holding it, generation)."""
        try:
            state = json.loads(self._state.read_text())
            return state.get("pid"), int(state.get("generation", 0))
        except (OSError, ValueError, TypeError, AttributeError):
            return None, 0

    def _holder(self) -> str:
        pid = self.state()[0]
        return f"pid {pid}" if pid else "another process"

    def _write_state(self, pid: Optional[int], generation: int) -> None:
        # Whole or not at all: a waiter may read it at any moment.
        temporary = self._state.with_name(f"{_WRITER_STATE}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"pid": pid, "generation": generation}))
        os.replace(temporary, self._state)


def _writes(method):
    """A PassageStore method that changes the store: it holds the writer lock (settings' wait)."""
    @functools.wraps(method)
    def locked(self, *args, **kwargs):
        with self.writing():
            return method(self, *args, **kwargs)
    return locked


def _embedding_family(embeddings: Embeddings) -> str:
    # minilm and minilm-onnx are the same model: their vectors can share a store.
    name = getattr(embeddings, "name", type(embeddings).__name__)
    return "minilm" if name.startswith("minilm") else name


def _passage_metadata(p: Passage, sha: str) -> dict:
    # The offsets go in one string: Chroma writes a SQLite row per key, and nothing filters on
    # them (4 keys instead of 7 write about a quarter faster).
    meta = {"source": p.source, "ordinal": p.ordinal, "doc_sha": sha,
            "span": f"{p.start} {p.end} {p.line_start} {p.line_end}"}
    if p.url:
        meta["url"] = p.url
    if p.title:
        meta["title"] = p.title
    place = encode_place(p)  # page, section, heading mark: one key, only for structured documents
    if place:
        meta["place"] = place
    return meta


def content_hash(text: str) -> str:
    """A document's hash, as its manifest record keeps it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _record_from(meta: dict) -> DocumentRecord:
    return DocumentRecord(**{k: meta[k] for k in DocumentRecord.__dataclass_fields__ if k in meta})


def _offsets(meta: dict) -> tuple[int, int, int, int]:
    """(start, end, line_start, line_end) of a passage's metadata (older stores kept four keys)."""
    if "span" in meta:
        start, end, line_start, line_end = (int(v) for v in meta["span"].split())
        return start, end, line_start, line_end
    return int(meta["start"]), int(meta["end"]), int(meta["line_start"]), int(meta["line_end"])


def _passage_from(pid: str, text: str, meta: dict) -> Passage:
    start, end, line_start, line_end = _offsets(meta)
    return Passage(id=pid, text=text, source=meta["source"], start=start, end=end, line_start=line_start,
                   line_end=line_end, ordinal=int(meta.get("ordinal", 0)), url=meta.get("url"),
                   title=meta.get("title"), **decode_place(meta.get("place")))


class PassageStore:
    def __init__(self, settings: Settings, embeddings: Embeddings, *, create: bool = False) -> None:
        self.settings = settings
        self.embeddings = embeddings
        self.location = settings.store_location
        self._synced_key: Optional[tuple] = None
        self._records: Optional[tuple[float, list[DocumentRecord]]] = None  # (read at, the manifest)
        self._writes = 0  # this process's manifest changes: a read that overlapped one is not kept
        self._vector_cache: dict[str, list[float]] = {}
        self._lock = threading.Lock()
        self._wrote = False  # this process changed the store since the last sync
        self._writer = WriterLock(self._writer_directory())
        self._generation: Optional[int] = None  # the writer generation this handle has seen
        if create:
            with self.writing():  # two first ingests must not both create the store
                self._open(create)
        else:
            self._open(create)
        self.catalogue = self._open_catalogue()

    def _writer_directory(self) -> Path:
        """The embedded store's directory; with a Chroma server, where this host's catalogue lives."""
        return self.settings.index_dir if self.settings.chroma_host else self.settings.persist_dir

    @contextmanager
    def writing(self, wait_s=_SETTING) -> Iterator[None]:
        """Hold the store's writer lock for the block (re-entrant). Every write takes it; a caller
        holds it across several (a reset and the ingest after it). `wait_s`: how long to wait for
        another writer (None: as long as it takes; 0: StoreBusy at once); settings.write_wait_s by
        default."""
        found = self._writer.acquire(self.settings.write_wait_s if wait_s is _SETTING else wait_s)
        try:
            if found is not None and found != self._generation and not self.settings.chroma_host \
                    and hasattr(self, "_client"):
                # Another process wrote since this handle opened: Chroma's in-process index does
                # not know it, and writing from a stale one breaks the store. Start from the disk.
                with self._lock:
                    self._reopen()
            yield
        finally:
            generation = self._writer.release()
            if generation is not None:
                self._generation = generation

    def _open(self, create: bool) -> None:
        settings, embeddings = self.settings, self.embeddings
        holder, generation = self._writer.state()
        # Read before connecting; unknown while a writer is at work (or died at it).
        self._generation = None if holder else generation
        self._client = self._connect(create)
        family = _embedding_family(embeddings)
        try:
            if not create:
                names = {c if isinstance(c, str) else c.name for c in self._client.list_collections()}
                if settings.collection not in names:
                    raise EmptyStore(
                        f"collection {settings.collection!r} not found in the store at {self.location}; "
                        "run `python -m ingest` first")
            # We embed the passages ourselves (embedding_function=None): Chroma only stores and searches.
            self._passages = self._client.get_or_create_collection(
                name=settings.collection, embedding_function=None, metadata={"embedding_family": family},
                configuration={"hnsw": {"space": "cosine"}})
            self._manifest = self._client.get_or_create_collection(
                settings.collection + _MANIFEST_SUFFIX, embedding_function=None)
            stored_family = (self._passages.metadata or {}).get("embedding_family")
        except (EmptyStore, ConfigError):
            raise
        except Exception as exc:  # chromadb raises many types; the user needs one line
            raise StoreUnavailable(f"cannot open the store at {self.location}: {_reason(exc)}") from exc
        if stored_family and stored_family != family:
            raise ConfigError(
                f"the store at {self.location} was built with {stored_family!r} embeddings, not {family!r}; "
                "set CHATBOT_EMBEDDINGS to match or re-ingest with --reset")

    def _open_catalogue(self) -> Catalogue:
        """Next to the embedded store; for a Chroma server, in CHATBOT_INDEX_DIR, one file per collection."""
        s = self.settings
        directory = s.index_dir if s.chroma_host else s.persist_dir
        try:
            return Catalogue(directory / f"catalogue-{self._passages.id}.sqlite3")
        except (OSError, sqlite3.Error) as exc:
            raise StoreUnavailable(f"cannot open the passage catalogue in {directory}: {exc}") from exc

    def _connect(self, create: bool):
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
        s = self.settings
        try:
            if s.chroma_host:
                headers = {"Authorization": f"Bearer {s.chroma_token}"} if s.chroma_token else None
                return chromadb.HttpClient(host=s.chroma_host, port=s.chroma_port, ssl=s.chroma_ssl,
                                           headers=headers, settings=chroma_settings)
            path = s.persist_dir
            if path.exists() and not path.is_dir():
                raise StoreUnavailable(f"the store path {path} is a file, not a directory")
            if not create and not (path / "chroma.sqlite3").exists():
                raise EmptyStore(f"no store at {path} yet; run `python -m ingest` first")
            path.mkdir(parents=True, exist_ok=True)
            _check_not_locked(path / "chroma.sqlite3", write=create)
            return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
        except (EmptyStore, StoreUnavailable):
            raise
        except Exception as exc:
            where = f"Chroma server at {self.location}" if s.chroma_host else f"store at {self.location}"
            raise StoreUnavailable(f"cannot open the {where}: {_reason(exc)}") from exc

    # ---- documents (manifest) ----
    def documents(self, fresh: bool = False) -> list[DocumentRecord]:
        """Every document's manifest record, by name. Read again at most every MANIFEST_TTL_S (or
        when `fresh`): every question routes on it, and one read of a few hundred records costs
        tens of ms. Another process's ingest shows up that much later; this one's at once."""
        cached = self._records
        if fresh or cached is None or time.monotonic() - cached[0] >= MANIFEST_TTL_S:
            read_at, writes = time.monotonic(), self._writes
            records = sorted((_record_from(m) for _, m in self._pages(self._manifest)), key=lambda r: r.source)
            cached = (read_at, records)
            if writes == self._writes:
                self._records = cached
        return list(cached[1])

    def _forget_records(self) -> None:
        self._writes += 1
        self._records, self._wrote = None, True

    def check(self) -> int:
        """A real, cheap read of both collections, as a question would do (for /healthz).

        Returns the number of documents; raises EmptyStore / StoreUnavailable with the reason."""
        records = self.documents(fresh=True)
        if not records:
            raise EmptyStore("no documents yet; run `python -m ingest` or add one")
        try:
            got = self._passages.get(limit=1, include=["embeddings"])
            if len(got["ids"]) == 0:
                raise EmptyStore("the documents have no passages; ingest them again")
            self._passages.query(query_embeddings=[list(got["embeddings"][0])], n_results=1,
                                            include=["distances"])
        except EmptyStore:
            raise
        except Exception as exc:
            raise StoreUnavailable(f"cannot read the store at {self.location}: {_reason(exc)}") from exc
        return len(records)

    def _pages(self, collection, where: Optional[dict] = None, include: tuple = ("metadatas",)):
        """(id, metadata[, document]) of every matching record, _PAGE at a time."""
        offset = 0
        while True:
            try:
                got = collection.get(where=where, include=list(include), limit=_PAGE, offset=offset)
            except Exception as exc:
                raise StoreUnavailable(f"cannot read the store at {self.location}: {_reason(exc)}") from exc
            columns = [got["ids"]] + [got[name] or [None] * len(got["ids"]) for name in include]
            yield from zip(*columns)
            if len(got["ids"]) < _PAGE:
                return
            offset += _PAGE

    def document(self, source: str) -> Optional[DocumentRecord]:
        try:
            got = self._manifest.get(ids=[source], include=["metadatas"])
        except Exception as exc:
            raise StoreUnavailable(f"cannot read the store at {self.location}: {_reason(exc)}") from exc
        return next((_record_from(m) for m in got["metadatas"] or []), None)

    def passage_ids(self, source: str) -> set[str]:
        return {row[0] for row in self._pages(self._passages, {"source": source}, include=())}

    @_writes
    def write_documents(self, items: list[tuple[DocumentRecord, list[Passage], str]],
                        progress: Optional[callable] = None) -> list[tuple[int, int, int]]:
        """Replace each (record, passages, text)'s passages; returns (added, unchanged, removed) of each.

        The new passages of all the documents are taken EMBED_POOL at a time, sorted by length, and
        embedded EMBED_CHUNK at a time while one writer thread writes the previous chunk; at the end
        of a pool, each document whose passages are all written is listed. A pool that spans
        documents, sorted by length, packs the model's runs with less padding than chunks in
        document order (README, "At scale"). A document is listed
        (manifest record, dropped passages deleted, catalogue) only once all its passages are in:
        a run stopped midway leaves the ones before it listed and the rest unlisted, their passages
        kept for the next run. `progress(n)` follows the writes, called from the caller's thread."""
        try:
            # Every writer passes here, under the writer lock: the names are checked against a fresh list.
            refuse_look_alikes([record.source for record, _, _ in items],
                               [r.source for r in self.documents(fresh=True)] if items else [])
            plans = [self._plan(*item) for item in items]
            writer = _PlanWriter(self, plans)
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-writer") as thread:
                pending = None

                def finish(pending) -> None:  # progress is reported from the caller's thread (Streamlit needs it)
                    done = pending.result()
                    if progress and done:
                        progress(done)

                for pool_begin in range(0, len(writer.queue), EMBED_POOL):
                    pool = sorted(writer.queue[pool_begin:pool_begin + EMBED_POOL], key=lambda item: len(item[1].text))
                    for begin in range(0, len(pool), EMBED_CHUNK):
                        chunk = pool[begin:begin + EMBED_CHUNK]
                        vectors = self.embeddings.embed_documents([p.text for _, p in chunk])
                        if pending:
                            finish(pending)
                        # Documents are listed once their pool is written: until then, before it.
                        upto = pool_begin + len(pool) if begin + EMBED_CHUNK >= len(pool) else pool_begin
                        pending = thread.submit(writer.write, chunk, vectors, upto)
                if pending:
                    finish(pending)
                finish(thread.submit(writer.write, [], [], len(writer.queue)))  # documents with nothing new to embed
        except ChatbotError:  # e.g. stopped by the caller's progress function at its time limit
            raise
        except Exception as exc:
            raise StoreUnavailable(f"cannot write to the store at {self.location}: {_reason(exc)}") from exc
        return [(len(plan.to_add), len(plan.to_update), len(plan.removed)) for plan in plans]

    def _plan(self, record: DocumentRecord, passages: list[Passage], text: str) -> _WritePlan:
        existing = self.passage_ids(record.source)
        new_ids = {p.id for p in passages}
        return _WritePlan(record=record, passages=passages, text=text,
                          to_add=[p for p in passages if p.id not in existing],
                          to_update=[p for p in passages if p.id in existing],
                          removed=[pid for pid in existing if pid not in new_ids])

    def _list(self, plan: _WritePlan) -> None:
        """A document's passages are all written: point the kept ones at this version, flip the
        manifest record, delete what this version dropped, and index it."""
        record = plan.record
        for begin in range(0, len(plan.to_update), _PAGE):
            batch = plan.to_update[begin:begin + _PAGE]
            self._passages.update(ids=[p.id for p in batch],
                                             metadatas=[_passage_metadata(p, record.sha256) for p in batch])
        self._put_record(record, plan.text)
        self._forget_records()
        for begin in range(0, len(plan.removed), _BATCH):
            self._passages.delete(ids=plan.removed[begin:begin + _BATCH])
        self.catalogue.put_document(record.source, record.sha256, plan.passages)

    def _put_record(self, record: DocumentRecord, text: str) -> None:
        # The manifest keeps the full text so the UI can show cited passages in context.
        meta = {k: v for k, v in record.__dict__.items() if v is not None}
        self._manifest.upsert(ids=[record.source], documents=[text], metadatas=[meta], embeddings=[[1.0]])

    def document_text(self, source: str) -> Optional[str]:
        try:
            got = self._manifest.get(ids=[source], include=["documents"])
        except Exception as exc:
            raise StoreUnavailable(f"cannot read the store at {self.location}: {_reason(exc)}") from exc
        return got["documents"][0] if got["documents"] else None

    @_writes
    def delete_document(self, source: str) -> int:
        """Remove a document; returns how many passages its manifest record listed."""
        record = self.document(source)
        try:
            self._manifest.delete(ids=[source])  # readers stop trusting its passages first
            self._forget_records()
            self.catalogue.remove_document(source)
            self._passages.delete(where={"source": source})
        except Exception as exc:
            raise StoreUnavailable(f"cannot write to the store at {self.location}: {_reason(exc)}") from exc
        return record.passages if record else 0

    @_writes
    def reset(self) -> None:
        """Empty the collection, orphans of a killed ingest included."""
        try:
            sources = [r.source for r in self.documents(fresh=True)]
            for begin in range(0, len(sources), _BATCH):
                self._manifest.delete(ids=sources[begin:begin + _BATCH])
            self._forget_records()
            for source in sources:
                self.catalogue.remove_document(source)
            self._passages.delete(where={"ordinal": {"$gte": 0}})
        except StoreUnavailable:
            raise
        except Exception as exc:
            raise StoreUnavailable(f"cannot write to the store at {self.location}: {_reason(exc)}") from exc

    # ---- reading ----
    def sync(self) -> Catalogue:
        """The catalogue, brought in step with the manifest (a document at a time, only what changed).

        The manifest is the one documents() keeps for MANIFEST_TTL_S."""
        records = self.documents()
        key = tuple((r.source, r.sha256) for r in records)
        if key == self._synced_key:
            return self.catalogue
        with self._lock:
            if self._synced_key is not None and not self._wrote and not self.settings.chroma_host:
                self._reopen()
            self._wrote = False
            held = self.catalogue.documents()
            current = {r.source: r for r in records}
            for source in held.keys() - current.keys():
                self.catalogue.remove_document(source)
            complete = True
            for record in records:
                if held.get(record.source) != record.sha256:
                    complete &= self._copy_document(record)
            if complete:
                self._synced_key = key
        return self.catalogue

    def _reopen(self) -> None:
        """Another process (`python -m ingest`, another replica) changed the embedded store. Chroma's
        in-process index does not see that process's writes (new passages missing from dense search,
        'Error finding id' when reading their vectors), so open the store afresh. Threads still
        holding the old handle finish on it."""
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient.clear_system_cache()  # else chromadb hands back the same stale system
        self._open(create=False)

    def _copy_document(self, record: DocumentRecord) -> bool:
        """Copy one document's passages from Chroma into the catalogue; False when a writer is
        between its steps (the catalogue keeps the version it had)."""
        where = {"$and": [{"source": record.source}, {"doc_sha": record.sha256}]}
        rows = list(self._pages(self._passages, where))
        text = self.document_text(record.source)
        if len(rows) != record.passages or text is None or content_hash(text) != record.sha256:
            return False
        # A passage's text is its document's text between its offsets (older stores also kept it
        # in Chroma; the document's is the same).
        passages = [_passage_from(pid, text[slice(*_offsets(meta)[:2])], meta) for pid, meta in rows]
        passages.sort(key=lambda p: p.ordinal)
        self.catalogue.put_document(record.source, record.sha256, passages)
        return True

    def document_passages(self, source: str) -> list[Passage]:
        """One document's passages in reading order, with their pages, sections and heading marks."""
        return self.sync().of_document(source)

    def passages(self) -> list[Passage]:
        """Every current passage (a full pass over the catalogue: for tools and tests, not questions)."""
        return list(self.sync().all())

    def dense_search(self, query_vector: list[float], k: int) -> list[tuple[str, float]]:
        """(passage id, cosine similarity) of the k nearest passages.

        Asks the collection for ids and distances only: the texts come from the catalogue."""
        if k <= 0:
            return []
        try:
            got = self._passages.query(query_embeddings=[query_vector], n_results=k,
                                                  include=["distances"])
        except Exception as exc:
            raise StoreUnavailable(f"cannot query the store at {self.location}: {_reason(exc)}") from exc
        return [(pid, 1.0 - float(distance)) for pid, distance in zip(got["ids"][0], got["distances"][0])]

    def embeddings_for(self, ids: list[str]) -> dict[str, np.ndarray]:
        """Stored vectors (float32 arrays) by passage id (cached: passages do not change under the same
        id); ids it cannot read are left out."""
        missing = [pid for pid in ids if pid not in self._vector_cache]
        # Chroma hands vectors over as Python floats first: a bounded batch keeps that transient small.
        for begin in range(0, len(missing), VECTOR_BATCH):
            try:
                got = self._passages.get(ids=missing[begin:begin + VECTOR_BATCH], include=["embeddings"])
            except Exception:  # e.g. written by another process a moment ago: the caller embeds the text
                break
            for pid, vector in zip(got["ids"], got["embeddings"]):
                # An array, not a list of boxed floats: a full cache stays a small part of the memory.
                self._vector_cache[pid] = np.array(vector, dtype=np.float32)
        while len(self._vector_cache) > 50_000:
            self._vector_cache.pop(next(iter(self._vector_cache)))
        return {pid: self._vector_cache[pid] for pid in ids if pid in self._vector_cache}


LOCK_WAIT_S = 3.0
VECTOR_BATCH = 1000  # passages whose vectors are read from Chroma at once


def _check_not_locked(database: Path, write: bool) -> None:
    """Chroma waits forever on a store another program holds locked: fail fast with a clear line."""
    if not database.exists():
        return
    try:
        # Read-write whenever allowed, even to read: after a crash (a killed ingest) the file has a hot
        # journal, which only a connection that may write can roll back.
        writable = write or os.access(database, os.W_OK) and os.access(database.parent, os.W_OK)
        connection = sqlite3.connect(f"file:{database}?mode={'rw' if writable else 'ro'}", uri=True,
                                     timeout=LOCK_WAIT_S, isolation_level=None)
        try:
            if write:
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("ROLLBACK")
            else:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreUnavailable(f"the store at {database.parent} is locked by another program; "
                                   "try again when it is done") from exc
        raise StoreUnavailable(f"cannot open the store at {database.parent}: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise StoreUnavailable(f"the store at {database.parent} is damaged ({exc}); "
                               "move it away and ingest again") from exc


class _PlanWriter:
    """Writes chunks of the plans' new passages (on the store's writer thread) and lists each
    document once all its passages are in, in the plans' order."""

    def __init__(self, store: "PassageStore", plans: list) -> None:
        self.store, self.plans = store, plans
        self.queue = [(plan.record.sha256, p) for plan in plans for p in plan.to_add]
        self.ends = list(accumulate(len(plan.to_add) for plan in plans))
        self.listed = 0

    def write(self, chunk: list[tuple[str, Passage]], vectors: list[list[float]], upto: int) -> int:
        for begin in range(0, len(chunk), _BATCH):  # a killed ingest keeps every finished batch
            part = chunk[begin:begin + _BATCH]
            # No passage text: the manifest holds the document's, and Chroma's full-text index of
            # passage texts (which nothing here queries) would cost a large share of the write.
            self.store._passages.upsert(
                ids=[p.id for _, p in part], embeddings=vectors[begin:begin + _BATCH],
                metadatas=[_passage_metadata(p, sha) for sha, p in part])
        done = len(chunk)
        while self.listed < len(self.plans) and self.ends[self.listed] <= upto:
            plan = self.plans[self.listed]
            self.store._list(plan)
            done += len(plan.to_update)
            self.listed += 1
        return done


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:300]


def open_store(settings: Settings, embeddings: Embeddings, *, create: bool = False) -> PassageStore:
    return PassageStore(settings, embeddings, create=create)
