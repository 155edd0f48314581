"""Hybrid retrieval: dense (Chroma) + BM25 (in memory), fused by reciprocal rank."""
from __future__ import annotations

import math
import threading
from collections import Counter, defaultdict
from typing import Optional

from langchain_core.embeddings import Embeddings

from .store import PassageStore
from .text import tokens_for_index
from .types import Passage, ScoredPassage

RRF_K = 60  # the usual reciprocal-rank-fusion constant: ranks matter, raw scores do not


class BM25Index:
    def __init__(self, passages: list[Passage], k1: float = 1.2, b: float = 0.75) -> None:
        self.passages = passages
        self.k1, self.b = k1, b
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.lengths = []
        for i, p in enumerate(passages):
            counts = Counter(tokens_for_index(p.text))
            self.lengths.append(sum(counts.values()))
            for term, tf in counts.items():
                self.postings[term].append((i, tf))
        n = max(len(passages), 1)
        self.avg_len = sum(self.lengths) / n if self.lengths else 1.0
        self.idf = {t: math.log(1 + (n - len(post) + 0.5) / (len(post) + 0.5)) for t, post in self.postings.items()}
        self.max_idf = math.log(1 + (n + 0.5) / 0.5)  # what an unseen term would weigh
        self.position = {p.id: i for i, p in enumerate(passages)}

    def neighbours(self, passage: Passage, window: int = 1) -> list[Passage]:
        """The passages around this one in its document."""
        i = self.position.get(passage.id)
        if i is None:
            return [passage]
        return [p for p in self.passages[max(0, i - window): i + window + 1] if p.source == passage.source]

    def term_idf(self, term: str) -> float:
        return self.idf.get(term, self.max_idf)

    def scores(self, query_terms: list[str]) -> dict[int, float]:
        out: dict[int, float] = defaultdict(float)
        for term in set(query_terms):
            idf = self.idf.get(term)
            if idf is None:
                continue
            for i, tf in self.postings[term]:
                norm = self.k1 * (1 - self.b + self.b * self.lengths[i] / self.avg_len)
                out[i] += idf * tf * (self.k1 + 1) / (tf + norm)
        return out


class HybridRetriever:
    """Thread-safe: each retrieval works on one immutable snapshot (passages + BM25 index)."""

    def __init__(self, store: PassageStore, embeddings: Embeddings) -> None:
        self.store = store
        self.embeddings = embeddings
        self._index: Optional[BM25Index] = None
        self._lock = threading.Lock()

    def index(self) -> BM25Index:
        passages = self.store.passages()
        with self._lock:
            if self._index is None or self._index.passages is not passages:
                self._index = BM25Index(passages)
            return self._index

    def retrieve(self, query: str, k: int = 8) -> tuple[list[ScoredPassage], BM25Index]:
        """The k best passages for the query, and the snapshot they come from."""
        index = self.index()
        if not index.passages:
            return [], index
        vector = self.embeddings.embed_query(query)
        dense_hits = self.store.dense_search(vector, k=min(max(4 * k, 24), len(index.passages)),
                                             allowed=index.position)
        lexical = index.scores(tokens_for_index(query))
        fused: dict[int, ScoredPassage] = {}
        for rank, (pid, similarity) in enumerate(dense_hits):
            i = index.position[pid]
            item = fused.setdefault(i, ScoredPassage(index.passages[i]))
            item.dense = similarity
            item.score += 1.0 / (RRF_K + rank + 1)
        for rank, (i, value) in enumerate(sorted(lexical.items(), key=lambda kv: -kv[1])[: max(4 * k, 24)]):
            item = fused.setdefault(i, ScoredPassage(index.passages[i]))
            item.lexical = value
            item.score += 1.0 / (RRF_K + rank + 1)
        ranked = sorted(fused.values(), key=lambda sp: -sp.score)[:k]
        missing = [sp.passage.id for sp in ranked if sp.dense == 0.0]
        if missing:  # lexical-only hits: get their dense similarity for the answerer's scoring
            import numpy as np

            vectors = self.store.embeddings_for(missing)
            q = np.asarray(vector)
            for sp in ranked:
                if sp.passage.id in vectors:
                    sp.dense = float(np.dot(q, np.asarray(vectors[sp.passage.id])))
        return ranked, index
