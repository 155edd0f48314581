"""How answers are scored against gold answers: SQuAD's normalisation, exact match, token F1."""
from __future__ import annotations

import collections
import re
import string

MAX_ANSWER = 300
MAX_SHORT_ANSWER = 120


# ---------- scoring helpers ----------
def loose(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.lower())).strip()


def contains_answer(answer: str, golds: list[str], limit: int = MAX_ANSWER) -> bool:
    return bool(answer) and len(answer) <= limit and any(loose(g) and loose(g) in loose(answer) for g in golds)


def squad_normalize(text: str) -> str:
    text = "".join(ch for ch in text.lower() if ch not in set(string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def exact_match(prediction: str, golds: list[str]) -> float:
    golds = golds or [""]
    return float(any(squad_normalize(prediction) == squad_normalize(g) for g in golds))


def token_f1(prediction: str, golds: list[str]) -> float:
    golds = golds or [""]
    best = 0.0
    p_tokens = squad_normalize(prediction).split()
    for gold in golds:
        g_tokens = squad_normalize(gold).split()
        if not p_tokens or not g_tokens:
            best = max(best, float(p_tokens == g_tokens))
            continue
        common = sum((collections.Counter(p_tokens) & collections.Counter(g_tokens)).values())
        if common:
            precision, recall = common / len(p_tokens), common / len(g_tokens)
            best = max(best, 2 * precision * recall / (precision + recall))
    return best
