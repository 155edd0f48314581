"""The passage catalogue: a local SQLite file with each current passage's text and place, and a
persisted lexical index (SQLite FTS5) over its stems.

It is derived from the Chroma store, document by document, keyed by the manifest's content hash:
whoever writes a document (ingest) puts it here too, and a reader that finds a document missing
or out of date copies that one document from Chroma. So no process rebuilds a BM25 index over
everything at start, no process holds every passage in memory, and a Chroma server's readers keep
their own copy next to them (``CHATBOT_INDEX_DIR``).

Lexical scores are Okapi BM25 with the same tokens, k1, b and idf as before (``log(1 + (N - n +
0.5) / (n + 0.5))``): FTS5's own ``bm25()`` ranks the matching passages (in C, on disk) and the
best ``RESCORE`` of them are scored exactly.
"""
from __future__ import annotations

import json
import math
import sqlite3
import threading
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Optional

from chatbot.text import tokens_for_index
from chatbot.types import Passage

K1, B = 1.2, 0.75
STEMS = 2  # the version of chatbot.text.stem the lexical index was built with (1: "libraries" is "library";
# 2: a word with accents is one word, its accents dropped: "Beauséjour" is "beausejour")
RESCORE = 200  # FTS5 candidates scored exactly: far more than the 24-48 fusion keeps
_COLUMNS = "id, source, ordinal, start, end, line_start, line_end, url, title, text, place"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (source TEXT PRIMARY KEY, sha256 TEXT NOT NULL,
                                      passages INTEGER NOT NULL, tokens INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS passages (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, source TEXT NOT NULL,
    ordinal INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, line_start INTEGER NOT NULL,
    line_end INTEGER NOT NULL, url TEXT, title TEXT, text TEXT NOT NULL, tokens INTEGER NOT NULL, place TEXT);
CREATE INDEX IF NOT EXISTS passages_by_id ON passages(id);
CREATE INDEX IF NOT EXISTS passages_by_place ON passages(source, ordinal);
CREATE VIRTUAL TABLE IF NOT EXISTS lexical USING fts5(stems, tokenize = "unicode61 tokenchars ''''");
CREATE VIRTUAL TABLE IF NOT EXISTS lexical_terms USING fts5vocab(lexical, 'row');
"""


def encode_place(p: Passage) -> Optional[str]:
    """A passage's page, section, heading and list-item marks as one short JSON string (None for plain text):
    one Chroma metadata key and one catalogue column, whatever structure a format adds later."""
    place = {key: value for key, value in (("page", p.page), ("section", p.section), ("heading", p.heading),
                                           ("item", p.item)) if value}
    return json.dumps(place, ensure_ascii=False, separators=(",", ":")) if place else None


def decode_place(value: Optional[str]) -> dict:
    """Passage fields from encode_place's string; a store written before pages and sections has none."""
    if not value:
        return {}
    place = json.loads(value)
    return {"page": place.get("page"), "section": place.get("section"), "heading": bool(place.get("heading")),
            "item": bool(place.get("item"))}


def _row_passage(row) -> Passage:
    pid, source, ordinal, start, end, line_start, line_end, url, title, text, place = row[:11]
    return Passage(id=pid, text=text, source=source, start=start, end=end, line_start=line_start,
                   line_end=line_end, ordinal=ordinal, url=url, title=title, **decode_place(place))


class Catalogue:
    """Thread-safe (one SQLite connection per thread); several processes may share the file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connection() as connection:
            connection.executescript(_SCHEMA)
        self._add_place_column()
        self._restem()

    def _restem(self) -> None:
        """A catalogue whose lexical index holds another version's stems is emptied, so that each document
        is copied again from Chroma and indexed with today's (a question's stems must meet the index's)."""
        if self._connection().execute("PRAGMA user_version").fetchone()[0] == STEMS:
            return
        with self._writing() as connection:
            if connection.execute("PRAGMA user_version").fetchone()[0] != STEMS:
                _empty(connection)
                connection.execute(f"PRAGMA user_version = {STEMS}")

    def _add_place_column(self) -> None:
        """A catalogue made before passages had a place gets the column, and is emptied so that each
        document is copied again from Chroma with its places (the catalogue is derived data)."""
        connection = self._connection()
        if "place" in _column_names(connection):
            return
        with self._writing() as connection:
            if "place" not in _column_names(connection):  # another process may have just added it
                connection.execute("ALTER TABLE passages ADD COLUMN place TEXT")
                _empty(connection)

    def _connection(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            self._local.connection = connection
        return connection

    # ---- writing ----
    def documents(self) -> dict[str, str]:
        """source -> content hash of each document held here."""
        return dict(self._connection().execute("SELECT source, sha256 FROM documents"))

    def put_document(self, source: str, sha256: str, passages: list[Passage]) -> None:
        """Replace one document's passages in one transaction (readers see the old or the new)."""
        stems = [tokens_for_index(p.text) for p in passages]
        with self._writing() as connection:
            self._delete(connection, source)
            for p, tokens in zip(passages, stems):
                cursor = connection.execute(
                    f"INSERT INTO passages ({_COLUMNS}, tokens) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (p.id, p.source, p.ordinal, p.start, p.end, p.line_start, p.line_end, p.url, p.title, p.text,
                     encode_place(p), len(tokens)))
                connection.execute("INSERT INTO lexical (rowid, stems) VALUES (?, ?)",
                                   (cursor.lastrowid, " ".join(tokens)))
            connection.execute("INSERT INTO documents VALUES (?, ?, ?, ?)",
                               (source, sha256, len(passages), sum(map(len, stems))))

    def remove_document(self, source: str) -> None:
        with self._writing() as connection:
            self._delete(connection, source)

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        connection = self._connection()
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield connection
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    @staticmethod
    def _delete(connection: sqlite3.Connection, source: str) -> None:
        connection.execute("DELETE FROM lexical WHERE rowid IN (SELECT rowid FROM passages WHERE source = ?)",
                           (source,))
        connection.execute("DELETE FROM passages WHERE source = ?", (source,))
        connection.execute("DELETE FROM documents WHERE source = ?", (source,))

    # ---- reading ----
    def size(self) -> tuple[int, int]:
        """(passages, tokens) over every document."""
        n, tokens = self._connection().execute(
            "SELECT coalesce(sum(passages), 0), coalesce(sum(tokens), 0) FROM documents").fetchone()
        return int(n), int(tokens)

    def by_ids(self, ids: list[str]) -> dict[str, Passage]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._connection().execute(f"SELECT {_COLUMNS} FROM passages WHERE id IN ({marks})", ids)
        return {row[0]: _row_passage(row) for row in rows}

    def around(self, passage: Passage, window: int = 1) -> list[Passage]:
        """The passages within `window` of this one in its document, in order."""
        rows = self._connection().execute(
            f"SELECT {_COLUMNS} FROM passages WHERE source = ? AND ordinal BETWEEN ? AND ? ORDER BY ordinal",
            (passage.source, passage.ordinal - window, passage.ordinal + window)).fetchall()
        return [_row_passage(row) for row in rows] or [passage]

    def of_document(self, source: str) -> list[Passage]:
        """One document's passages in reading order (an index range, not a full pass)."""
        rows = self._connection().execute(
            f"SELECT {_COLUMNS} FROM passages WHERE source = ? ORDER BY ordinal", (source,)).fetchall()
        return [_row_passage(row) for row in rows]

    def all(self) -> Iterator[Passage]:
        """Every passage, by document and position (a full pass: for tools and tests, not questions)."""
        for row in self._connection().execute(f"SELECT {_COLUMNS} FROM passages ORDER BY source, ordinal"):
            yield _row_passage(row)

    def terms_near(self, first: str, shortest: int, longest: int) -> list[tuple[str, int]]:
        """(stem, passages holding it) of the indexed stems that start with `first` and have
        shortest..longest characters: the candidates for a misspelt word."""
        return [(term, int(doc)) for term, doc in self._connection().execute(
            "SELECT term, doc FROM lexical_terms WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?",
            (first, first + "\U0010ffff", shortest, longest))]

    def document_frequency(self, term: str) -> int:
        row = self._connection().execute("SELECT doc FROM lexical_terms WHERE term = ?", (term,)).fetchone()
        return int(row[0]) if row else 0

    def holds_phrase(self, stems: list[str]) -> bool:
        """Whether a passage has these stems in a row (stopwords apart: "annual leave" in "…other
        than annual leave, which…")."""
        if not stems:
            return False
        query = '"' + " ".join(t.replace('"', '""') for t in stems) + '"'
        return self._connection().execute("SELECT 1 FROM lexical WHERE lexical MATCH ? LIMIT 1",
                                          (query,)).fetchone() is not None

    def bm25(self, terms: Iterable[str], limit: int) -> list[tuple[Passage, float]]:
        """The `limit` best passages for these stems by Okapi BM25, best first."""
        terms = sorted(set(terms))
        if not terms or limit <= 0:
            return []
        n, total_tokens = self.size()
        if n == 0:
            return []
        avg_len = total_tokens / n or 1.0
        idf = {t: math.log(1 + (n - df + 0.5) / (df + 0.5)) for t in terms
               if (df := self.document_frequency(t))}
        if not idf:
            return []
        query = " OR ".join('"' + t.replace('"', '""') + '"' for t in idf)
        rows = self._connection().execute(
            f"SELECT {', '.join('p.' + c.strip() for c in _COLUMNS.split(','))}, p.tokens, l.stems "
            "FROM lexical AS l JOIN passages AS p ON p.rowid = l.rowid "
            "WHERE lexical MATCH ? ORDER BY bm25(lexical) LIMIT ?", (query, max(RESCORE, limit))).fetchall()
        scored = []
        for row in rows:
            counts = Counter(row[12].split())
            norm = K1 * (1 - B + B * row[11] / avg_len)
            score = sum(weight * counts[t] * (K1 + 1) / (counts[t] + norm) for t, weight in idf.items() if counts[t])
            scored.append((_row_passage(row), score))
        scored.sort(key=lambda item: -item[1])
        return scored[:limit]

    def idf(self, term: str) -> float:
        """BM25's idf of a stem (an unseen stem weighs most)."""
        n, df = max(self.size()[0], 1), self.document_frequency(term)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def close(self) -> None:
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None


def _empty(connection: sqlite3.Connection) -> None:
    """Every passage and document gone: the store copies each document again from Chroma."""
    for table in ("lexical", "passages", "documents"):
        connection.execute(f"DELETE FROM {table}")


def _column_names(connection: sqlite3.Connection) -> set[str]:
    return {row[1] for row in connection.execute("PRAGMA table_info(passages)")}


def default_path(directory: Path, collection_id: str) -> Path:
    return directory / f"catalogue-{collection_id}.sqlite3"

