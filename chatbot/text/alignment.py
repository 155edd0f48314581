"""Soft word alignment of a question with passages, from the embedding model's token vectors.

For each content word of the question, the best cosine with any token of the passage (ColBERT's
"MaxSim"): paraphrases ("ruled out" / "excluded") align where exact stems do not. The extractive
answerer uses the mean and the weakest of these as features.
"""
from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

from chatbot.text import STOPWORDS, stem, stem_set, words

# Passages' token vectors (float16, ~15-30 KB each), kept because a chat revisits the same passages
# and computing them is most of the cost of a question about a new part of a document.
_CACHE_SIZE = 4096


class TokenAligner:
    def __init__(self, embeddings) -> None:
        self._embed_tokens = getattr(embeddings, "embed_tokens", None)
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def align(self, question: str, groups: list[tuple[str, ...]]) -> list[tuple[float, float]]:
        """(mean, weakest) best-match similarity of the question's content words, per group of
        passages (a passage, or a passage with the sentence before it), read as one text."""
        if not groups:
            return []
        if self._embed_tokens is None:  # embeddings without token vectors: exact stems only
            return [lexical_alignment(question, " ".join(group)) for group in groups]
        texts = list(dict.fromkeys(p for group in groups for p in group))
        with self._lock:
            known = {p: self._cache[p] for p in texts if p in self._cache}
        missing = [p for p in texts if p not in known]
        # One text at a time: the quantized model scales a batch's activations together, so a text's
        # vectors would depend on what it was batched with (a question's answer on the questions
        # asked before it, whose passages the cache then holds).
        encoded = [self._embed_tokens([text])[0] for text in [question] + missing]
        tokens, states = encoded[0]
        asked = states[[i for i, t in enumerate(tokens) if _content_piece(t)] or list(range(len(tokens)))]
        with self._lock:
            for text, (_, vectors) in zip(missing, encoded[1:]):
                known[text] = self._cache[text] = vectors.astype(np.float16)
                if len(self._cache) > _CACHE_SIZE:
                    self._cache.popitem(last=False)
        if not len(asked):
            return [(0.0, 0.0)] * len(groups)
        # Per passage, each question word's best match; a group takes the best over its passages.
        # (Small products one passage at a time: one big product would wake BLAS threads that then
        # compete with the embedding model's own threads on the next question.)
        best_in = {text: (asked @ known[text].astype(np.float32).T).max(axis=1) for text in texts if len(known[text])}
        out = []
        for group in groups:
            found = [best_in[p] for p in group if p in best_in]
            if not found:
                out.append((0.0, 0.0))
                continue
            best = np.max(found, axis=0)
            out.append((float(best.mean()), float(best.min())))
        return out


def _content_piece(token: str) -> bool:
    return token.isalnum() and not token.startswith("##") and token.lower() not in STOPWORDS


def lexical_alignment(question: str, passage: str) -> tuple[float, float]:
    asked = [stem(w) for w, _, _ in words(question) if w.lower() not in STOPWORDS]
    if not asked:
        return 0.0, 0.0
    have = stem_set(passage)
    hits = [1.0 if s in have else 0.0 for s in asked]
    return sum(hits) / len(hits), min(hits)
