"""The trained reader: finds the answer span in a passage window, or says there is none.

A small attention network (``scripts/train_reader.py``, model card ``chatbot/models/reader/MODEL_CARD.md``)
reads the question's and the window's MiniLM token vectors — the ones the product already
computes — and scores, for every word piece of the window, how likely the answer starts and ends
there, plus a "no answer" score (index 0, like BERT's [CLS] for SQuAD 2.0). It runs on onnxruntime:
no torch import when answering.

Decoding follows the established readers (Hugging Face's question-answering pipeline, Haystack's
FARM reader): the best start/end pair with start <= end and at most ``MAX_ANSWER_PIECES`` pieces,
scored start + end, against the window's null score start[0] + end[0].
"""
from __future__ import annotations

import json
import math
import os
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

MODEL_DIR = Path(__file__).resolve().parent / "models" / "reader"
MAX_ANSWER_PIECES = 24
MAX_SENTENCE_PIECES = 254  # the encoder's 256 minus [CLS] and [SEP]
FEATURES = 3  # per piece: appears in the question, capitalised in the text, first piece of a sentence

# Pieces too common to count as "the question's word appears here".
_COMMON = frozenset("""a an the of in on at to for by with from and or but is are was were be been being do does did
has have had it its this that these those what which who whom whose when where why how as into than then there
their they he she his her him we our you your i me my not no s""".split())


@dataclass(frozen=True)
class Encoded:
    """A text's word pieces: their character offsets in the text and their unit token vectors."""

    offsets: list[tuple[int, int]]
    vectors: np.ndarray  # (pieces, 384) float32
    pieces: list[str]


@dataclass
class Span:
    window: int  # which window
    start: int  # character offsets into that window's text
    end: int
    score: float  # start + end logits
    null: float  # the window's no-answer score
    text: str = ""

    @property
    def margin(self) -> float:
        """How much the span beats "no answer" in its window (the answerability evidence)."""
        return self.score - self.null


def piece_features(text: str, encoded: Encoded, sentence_starts: Sequence[int],
                   question_pieces: set[str]) -> np.ndarray:
    """Per-piece input features (see FEATURES): the model is uncased, so capitals are told here."""
    feats = np.zeros((len(encoded.offsets), FEATURES), dtype=np.float32)
    starts = set(sentence_starts)
    for i, ((a, _), piece) in enumerate(zip(encoded.offsets, encoded.pieces)):
        word = piece[2:] if piece.startswith("##") else piece
        feats[i, 0] = float(word in question_pieces and word not in _COMMON and word.isalnum())
        feats[i, 1] = float(text[a:a + 1].isupper())
        feats[i, 2] = float(a in starts)
    return feats


def content_pieces(encoded: Encoded) -> set[str]:
    return {p[2:] if p.startswith("##") else p for p in encoded.pieces}


def best_span(start: np.ndarray, end: np.ndarray, max_len: int = MAX_ANSWER_PIECES) -> tuple[int, int, float]:
    """The best (i, j, score) over the pieces (counted from 0 after the "no answer" index 0),
    with i <= j < i + max_len."""
    s, e = start[1:], end[1:]
    n = len(s)
    if n == 0:
        return 0, 0, -math.inf
    scores = s[:, None] + e[None, :]
    band = np.triu(np.ones((n, n), dtype=bool)) & ~np.triu(np.ones((n, n), dtype=bool), k=max_len)
    scores = np.where(band, scores, -np.inf)
    flat = int(np.argmax(scores))
    i, j = divmod(flat, n)
    return i, j, float(scores[i, j])


def widen_to_words(text: str, a: int, b: int) -> tuple[int, int]:
    """A span cut inside a word ("Norm|ans") grows to the whole word; edge punctuation is dropped."""
    while a > 0 and text[a - 1].isalnum() and text[a].isalnum():
        a -= 1
    while b < len(text) and text[b - 1].isalnum() and text[b].isalnum():
        b += 1
    while a < b and text[a] in " \t\n,;:(\"“‘'":
        a += 1
    while b > a and text[b - 1] in " \t\n,;:.)\"”’'" and not (text[b - 1] == "." and _ends_abbreviation(text[a:b])):
        b -= 1
    return a, b


def _ends_abbreviation(span: str) -> bool:
    return bool(re.search(r"\b(?:[A-Z]|[A-Z][a-z]{0,3}|[a-z]\.[a-z])\.$", span))


class Reader:
    """The shipped ONNX reader. One per process; thread-safe."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        import onnxruntime as ort

        path = model_dir / "reader.onnx"
        if not path.exists():
            from .errors import ConfigError

            raise ConfigError(f"the reader model is missing ({path.name}); reinstall the package")
        options = ort.SessionOptions()
        options.intra_op_num_threads = min(2, os.cpu_count() or 1)
        options.log_severity_level = 3
        self._session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        meta = model_dir / "calibration.json"
        self.calibration = json.loads(meta.read_text()) if meta.exists() else {"a": 1.0, "b": 0.0}
        self._lock = threading.Lock()

    def probability(self, margin: float) -> float:
        """Calibrated probability that the span answers the question (logistic on the margin)."""
        z = self.calibration["a"] * margin + self.calibration["b"]
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def logits(self, question: Encoded,
               windows: list[tuple[Encoded, np.ndarray]]) -> list[tuple[np.ndarray, np.ndarray]]:
        """(start, end) logits of each window (index 0 = no answer). Windows run one by one:
        padding them to one batch costs more than the calls."""
        q = question.vectors[None].astype(np.float32)
        q_mask = np.ones((1, q.shape[1]), dtype=np.float32)
        out = []
        for enc, feats in windows:
            n = len(enc.offsets)
            inputs = {"p": np.asarray(enc.vectors, dtype=np.float32)[None], "p_mask": np.ones((1, n), np.float32),
                      "feats": feats[None].astype(np.float32), "q": q, "q_mask": q_mask}
            with self._lock:
                start, end = self._session.run(None, inputs)
            out.append((start[0], end[0]))
        return out

    def read(self, question: Encoded, windows: list[tuple[str, Encoded, Sequence[int]]]) -> list[Span]:
        """The best span of every window (text, its pieces, where its sentences start), best margin first."""
        asked = content_pieces(question)
        inputs = [(enc, piece_features(text, enc, starts, asked)) for text, enc, starts in windows]
        spans = []
        for k, ((text, enc, _), (start, end)) in enumerate(zip(windows, self.logits(question, inputs))):
            i, j, score = best_span(start, end)
            null = float(start[0] + end[0])
            if not enc.offsets:
                spans.append(Span(k, 0, 0, -math.inf, null))
                continue
            a, b = widen_to_words(text, enc.offsets[i][0], enc.offsets[j][1])
            spans.append(Span(k, a, b, score, null, text[a:b]))
        return sorted(spans, key=lambda s: s.margin, reverse=True)


@lru_cache(maxsize=1)
def get_reader() -> Reader:
    return Reader()


def shipped() -> Optional[Path]:
    path = MODEL_DIR / "reader.onnx"
    return path if path.exists() else None
