"""Message kinds learned from labelled phrasings: nearest neighbours on the sentence embeddings.

    classifier = classifier_for(embeddings)
    classifier.predict("Summarize PostHog's time off policy")   # -> "summary"

The labelled phrasings live in intents.json, one list per kind; "question" holds the near misses
(questions that borrow a summary's words, "what does the policy say about economy class?"). They are
embedded once per embedding model, lazily, with the model the chain uses (MiniLM: the thresholds
below are its similarities; with other models the rules in intents.py decide alone). A message takes the kind
whose nearest examples are closest, and only when that kind is both close enough and clearly closer
than the nearest questions: a message that is not clearly special is a question, because answering a
request for a summary is a smaller mistake than summarizing instead of answering.
"""
from __future__ import annotations

import json
import threading
from functools import lru_cache
from pathlib import Path
from typing import Optional

import numpy as np
from langchain_core.embeddings import Embeddings

from chatbot.embeddings import example_vectors, normalized
from chatbot.text import normalize

EXAMPLES = Path(__file__).resolve().with_name("intents.json")
EXAMPLE_VECTORS = EXAMPLES.with_suffix(".vectors.npz")  # the shipped model's vectors of them
QUESTION = "question"
NEIGHBOURS = 3  # the kind's score is the mean of its closest few examples: one stray example is not enough
# Thresholds on cosine similarity, chosen on MiniLM by sweeping them over the held-out phrasings
# (tests/chatbot/intents_heldout.json): looser ones start sending ordinary questions away.
MIN_SIMILARITY = 0.4
MARGIN = 0.05


def load_examples(path: Path = EXAMPLES) -> dict[str, list[str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {kind: list(texts) for kind, texts in data.items() if not kind.startswith("_")}


def _prepared(message: str) -> str:
    # Case and curly quotes carry no intent; the hashed fake embeddings would see them as new words.
    return " ".join(normalize(message).lower().split())


def labelled_texts(examples: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(kind, text as embedded) of every example, in the order their vectors are kept."""
    return [(kind, _prepared(t)) for kind, items in examples.items() for t in items]


class IntentClassifier:
    def __init__(self, embeddings: Embeddings, examples: Optional[dict[str, list[str]]] = None) -> None:
        self.embeddings = embeddings
        self.examples = examples if examples is not None else load_examples()
        self._labels: list[str] = []
        self._matrix: Optional[np.ndarray] = None
        self._lock = threading.Lock()

    def _vectors(self) -> tuple[list[str], np.ndarray]:
        with self._lock:
            if self._matrix is None:
                texts = labelled_texts(self.examples)
                matrix = example_vectors(self.embeddings, [t for _, t in texts], EXAMPLE_VECTORS)
                self._labels = [kind for kind, _ in texts]
                self._matrix = normalized(matrix)
            return self._labels, self._matrix

    def scores(self, message: str, vector: Optional[list[float]] = None) -> dict[str, float]:
        """Each kind's mean cosine similarity to its closest examples."""
        labels, matrix = self._vectors()
        query = np.asarray(vector if vector is not None else self.embeddings.embed_query(_prepared(message)),
                           dtype=np.float32)
        query = normalized(query)
        similarity = matrix @ query
        out: dict[str, float] = {}
        for kind in self.examples:
            mine = np.sort(similarity[[i for i, label in enumerate(labels) if label == kind]])[::-1]
            out[kind] = float(mine[:NEIGHBOURS].mean()) if len(mine) else -1.0
        return out

    def predict(self, message: str, vector: Optional[list[float]] = None) -> str:
        scores = self.scores(message, vector)
        ranked = sorted(scores, key=scores.get, reverse=True)
        best, runner_up = ranked[0], scores[ranked[1]] if len(ranked) > 1 else -1.0
        # Two special kinds nearly tied (more or summary?) is as unclear as a near question.
        if best == QUESTION or scores[best] < MIN_SIMILARITY or scores[best] - runner_up < MARGIN:
            return QUESTION
        return best


# The thresholds are cosine similarities of these models; another model (the hashed test embeddings,
# which match words, not meaning) would need its own, so messages are left to the rules there.
CALIBRATED_FOR = {"minilm", "minilm-onnx"}


@lru_cache(maxsize=8)
def classifier_for(embeddings: Embeddings) -> Optional[IntentClassifier]:
    """One classifier per embedding model object (its examples embedded once, on first use), or None
    for a model the thresholds were not chosen on."""
    return IntentClassifier(embeddings) if getattr(embeddings, "name", None) in CALIBRATED_FOR else None
