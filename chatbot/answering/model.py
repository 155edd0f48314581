"""The trained reader: finds the answer span in a passage window, or says there is none.

A cross-encoder (``tools/train_reader.py``, model card ``chatbot/models/reader/MODEL_CARD.md``):
all-MiniLM-L6-v2 fine-tuned on SQuAD reads ``[CLS] question [SEP] window [SEP]`` and scores, for
every word piece of the window, how likely the answer starts and ends there; [CLS] is the "no
answer" position, as in the SQuAD 2.0 readers. It runs on onnxruntime (int8): no torch import when
answering.

Decoding follows the established readers (Hugging Face's question-answering pipeline, Haystack's
FARM reader): the best start/end pair inside the window with start <= end and at most
``MAX_ANSWER_PIECES`` pieces, scored start + end, against the window's null score start[0] + end[0].
"""
from __future__ import annotations

import json
import math
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional, Sequence

import numpy as np

from chatbot.answering.spans import answer_type, complete
from chatbot.text import column_names, content_stems
from chatbot.onnx import open_session

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "reader"
MAX_ANSWER_PIECES = 30
MAX_QUESTION_PIECES = 64
ECHO_TRIES = 20  # spans tried, best first, for one that is more than the question's own words
TYPE_MARGIN = 3.0  # how much worse a span of the asked kind may score than the best, not of it
MAX_INPUT_PIECES = 256  # question + window + 3 special pieces; a longer window is cut


@dataclass(frozen=True)
class PairInput:
    """One question and window as the model reads them."""

    ids: list[int]
    type_ids: list[int]
    first: int  # where the window's pieces begin in ids
    offsets: list[tuple[int, int]]  # the window's pieces' character offsets in the window's text


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


def load_tokenizer(path: Path):
    """The model's WordPiece tokenizer (tokenizers, no transformers), with padding and truncation
    left to encode_pair."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def encode_pair(tokenizer, question: str, window: str) -> PairInput:
    q = tokenizer.encode(question, add_special_tokens=False).ids[:MAX_QUESTION_PIECES]
    w = tokenizer.encode(window, add_special_tokens=False)
    room = MAX_INPUT_PIECES - len(q) - 3
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    ids = [cls, *q, sep, *w.ids[:room], sep]
    type_ids = [0] * (len(q) + 2) + [1] * (len(ids) - len(q) - 2)
    return PairInput(ids, type_ids, len(q) + 2, [tuple(o) for o in w.offsets[:room]])


def batch_arrays(pairs: Sequence[PairInput]) -> dict[str, np.ndarray]:
    """The model's inputs, padded to the longest pair."""
    width = max(len(p.ids) for p in pairs)
    ids = np.zeros((len(pairs), width), dtype=np.int64)
    types, mask = np.zeros_like(ids), np.zeros_like(ids)
    for k, p in enumerate(pairs):
        ids[k, :len(p.ids)], types[k, :len(p.ids)], mask[k, :len(p.ids)] = p.ids, p.type_ids, 1
    return {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}


def window_logits(pair: PairInput, start: np.ndarray, end: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The no-answer logit followed by the window's pieces' logits (the question's are not answers)."""
    n = len(pair.offsets)
    pick = np.concatenate([[0], np.arange(pair.first, pair.first + n)])
    return start[pick], end[pick]


def best_span(start: np.ndarray, end: np.ndarray, max_len: int = MAX_ANSWER_PIECES) -> tuple[int, int, float]:
    """The best (i, j, score) over the pieces (counted from 0 after the "no answer" index 0),
    with i <= j < i + max_len."""
    return next(ranked_spans(start, end, max_len, 1), (0, 0, -math.inf))


def ranked_spans(start: np.ndarray, end: np.ndarray, max_len: int = MAX_ANSWER_PIECES,
                 n: int = 1) -> Iterator[tuple[int, int, float]]:
    """The n best (i, j, score), best first, as best_span counts them."""
    s, e = start[1:], end[1:]
    count = len(s)
    if count == 0:
        return
    band = np.triu(np.ones((count, count), dtype=bool)) & ~np.triu(np.ones((count, count), dtype=bool), k=max_len)
    pairs = np.flatnonzero(band)  # only i <= j < i + max_len is sorted, ties in the order of the pairs
    scores = (s[:, None] + e[None, :]).ravel()[pairs]
    for k in np.argsort(-scores, kind="stable")[:n]:
        i, j = divmod(int(pairs[k]), count)
        yield i, j, float(scores[k])


def widen_to_words(text: str, a: int, b: int) -> tuple[int, int]:
    """A span cut inside a word ("Norm|ans") or a figure ("05:|15", "1,|500") grows to the whole of it;
    edge punctuation is dropped."""
    while 0 < a < len(text):
        if text[a - 1].isalnum() and text[a].isalnum():
            a -= 1
        elif a >= 2 and text[a - 1] in ":.," and text[a - 2].isdigit() and text[a].isdigit():
            a -= 2
        else:
            break
    while 0 < b < len(text):
        if text[b - 1].isalnum() and text[b].isalnum():
            b += 1
        elif b + 1 < len(text) and text[b] in ":.," and text[b - 1].isdigit() and text[b + 1].isdigit():
            b += 2
        else:
            break
    while a < b and text[a] in " \t\n,;:(\"“‘'":
        a += 1
    while b > a and text[b - 1] in " \t\n,;:.)\"”’'" and not (text[b - 1] == "." and _ends_abbreviation(text[a:b])):
        b -= 1
    return a, b


def _ends_abbreviation(span: str) -> bool:
    return bool(re.search(r"\b(?:[A-Z]|[A-Z][a-z]{0,3}|[a-z]\.[a-z])\.$", span))


def decode(text: str, pair: PairInput, start: np.ndarray, end: np.ndarray, window: int = 0,
           question: str = "") -> Span:
    """The window's best span (character offsets widened to whole words) and its null score. A span
    made mostly of the question’s own words ("Once probation is over" for "…once I've passed
    probation?") restates it, not answers it: the best of the next ECHO_TRIES that does not wins.
    So is a table row's column name ("Minimum age" in "Role: Driver; Minimum age: 21"): the cell is
    the answer, and a span that begins with the name begins at the cell (one over several cells: the
    cell it ends in). A quantity asked ("how long can it be?"), a span holding a number scoring
    within TYPE_MARGIN of the best wins over one without ("at least"); "who…?", someone (a name or a
    role) that is not where ("in Slack") nor whom the question names."""
    s, e = window_logits(pair, start, end)
    null = float(s[0] + e[0])
    if not pair.offsets:
        return Span(window, 0, 0, -math.inf, null)
    asked, fits, names = set(content_stems(question)), answer_type(question), column_names(text)
    found = answer = None
    for i, j, score in ranked_spans(s, e, n=ECHO_TRIES if asked or fits or names else 1):
        a, b = widen_to_words(text, pair.offsets[i][0], pair.offsets[j][1])
        name = next((d for c, d in names if c <= a < d), None)
        if name is not None:  # a column's name is no answer; the cell after it is
            if b <= name + 1:
                continue
            a = name + 2
        inner = [d for c, d in names if a < c and d + 2 < b]
        if inner:  # a span over cells ("move them to cert-manager; Owner: Tomás Ferreira"): the one it ends in
            a = inner[-1] + 2
        into = next((c for c, d in names if a < c < b <= d + 1), None)
        if into is not None:  # "Every 20 minutes; Last" ends in the next column's name "Last bus": its cell ends before
            b = len(text[:into].rstrip("; "))
        found = found or (a, b, score)
        said = set(content_stems(text[a:b]))
        if len(said - asked) * 2 < len(said):
            continue  # the question's own words
        if answer is None:
            answer = (a, b, score)
            if fits is None or fits(text, a, b):
                break
        elif score < answer[2] - TYPE_MARGIN:
            break
        elif fits(text, a, b):  # "how long…?" and the best holds no number: the best that does
            answer = (a, b, score)
            break
    a, b, score = answer or found
    return Span(window, a, b, score, null, text[a:b])


class Reader:
    """The shipped ONNX reader. One per process; thread-safe."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        self._session = open_session(model_dir / "reader.onnx", "reader model")
        self.tokenizer = load_tokenizer(model_dir / "tokenizer.json")
        self._lock = threading.Lock()

    def read(self, question: str, windows: Sequence[str]) -> list[Span]:
        """The best span of every window, best margin first. The windows run as one batch."""
        if not windows:
            return []
        asked = as_asked(question)
        pairs = [encode_pair(self.tokenizer, asked, text) for text in windows]
        with self._lock:
            start, end = self._session.run(None, batch_arrays(pairs))
        spans = [completed(question, text, decode(text, pair, start[k], end[k], k, question))
                 for k, (text, pair) in enumerate(zip(windows, pairs))]
        return sorted(spans, key=lambda s: s.margin, reverse=True)


def as_asked(question: str) -> str:
    """The question as the model learned them, with its question mark (98.8 % of SQuAD's training
    questions end with one; people often type none, and the model reads some otherwise)."""
    question = question.rstrip()
    return question if question.endswith("?") else question + "?"


def completed(question: str, text: str, span: Span) -> Span:
    """The span completed as a person would answer (chatbot/answering/spans.py); scores unchanged."""
    a, b = complete(question, text, span.start, span.end)
    return Span(span.window, a, b, span.score, span.null, text[a:b]) if (a, b) != (span.start, span.end) else span


@dataclass(frozen=True)
class Calibration:
    """A logistic regression from an answerer's evidence to the probability that its answer is
    right, the refusal threshold on it, and the lower threshold under which nothing the documents
    say is shown as relevant (fitted by tools/calibrate_reader.py; None: no such middle level)."""

    weights: tuple[float, ...]
    bias: float
    threshold: float
    lower: Optional[float] = None

    def probability(self, features: Sequence[float]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, features))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    @classmethod
    def load(cls, answerer: str, default: "Calibration") -> "Calibration":
        path = calibration_path(answerer)
        if not path.exists():
            return default
        fitted = json.loads(path.read_text())
        return cls(tuple(fitted["weights"]), fitted["bias"], fitted["threshold"], fitted.get("lower_threshold"))


@dataclass(frozen=True)
class Chooser:
    """A linear score of each sentence the hybrid weighs (its `choice_features`, standardized): the
    sentence scoring highest is chosen. A softmax regression over the choices of each question,
    fitted by tools/fit_chooser.py on workplace sets and cross-validated by set."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]

    def score(self, features: Sequence[float]) -> float:
        return sum(w * (x - m) / s for w, x, m, s in zip(self.weights, features, self.mean, self.scale))

    @classmethod
    def load(cls, answerer: str, features: Sequence[str]) -> Optional["Chooser"]:
        """The fitted chooser, or None (no file, or fitted on other features): the calibrated
        probability chooses."""
        path = MODEL_DIR / f"chooser-{answerer}.json"
        if not path.exists():
            return None
        fitted = json.loads(path.read_text())
        if tuple(fitted["features"]) != tuple(features):
            return None
        return cls(tuple(fitted["features"]), tuple(fitted["weights"]), tuple(fitted["mean"]), tuple(fitted["scale"]))


def calibration_path(answerer: str) -> Path:
    return MODEL_DIR / ("calibration.json" if answerer == "reader" else f"calibration-{answerer}.json")


@lru_cache(maxsize=1)
def get_reader() -> Reader:
    return Reader()


def shipped() -> Optional[Path]:
    path = MODEL_DIR / "reader.onnx"
    return path if path.exists() else None
