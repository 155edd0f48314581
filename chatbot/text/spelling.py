"""Misspelt words corrected against the collection's own words: "who rulled out Asad?" asks about
"rule" and "assad", words the documents use.

    fixed = corrected("who rulled out Asad?", frequency, near, surface)   # "who ruled out Assad?"

A word is left alone when the collection has it (as its stem), when it is an English word (a whole
word of the reader's 30,522-piece vocabulary, which holds the 22,000 commonest, or "whats" for
"what's", or one of them with -ing, -ed, -s or -er: "scrapping" is not "swapped"; or a word of
pyspellchecker's English list of 160,000, from which misspellings were taken out, shipped as its
139,365 words of four letters or more the vocabulary lacks: "perks" is not "park", "chippy" not
"chip"), when it is
short (three letters or fewer: too many words are one letter apart), or when no word of the
collection is close enough: one edit for words of four to seven letters, two for longer ones, the
same first letter. Among the closest, the one in most passages wins; it is written as a passage
writes it ("ruled", "Assad").
"""
from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

from chatbot.text import STOPWORDS, stem

MIN_CHARS = 4
# Two edits only for words longer than this: "refund", an English word outside the vocabulary,
# is two edits from "remind" (a far commoner slip is one letter: "rulled").
LONG = 7
# The reader's WordPiece vocabulary: its whole words (no "##" piece) are English words, spelt right.
VOCABULARY = Path(__file__).resolve().parent.parent / "models" / "reader" / "tokenizer.json"
# pyspellchecker's English list (MIT, data/english_words.LICENSE): the words the vocabulary lacks.
WORD_LIST = Path(__file__).resolve().parent / "data" / "english_words.txt.gz"
_WORD = re.compile(r"[A-Za-z][a-z]+(?:'[a-z]+)?")


def edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or limit + 1 as soon as it is over the limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


@lru_cache(maxsize=1)
def english() -> frozenset[str]:
    """The vocabulary's whole words and our stopwords, read once."""
    if not VOCABULARY.exists():
        return STOPWORDS
    vocab = json.loads(VOCABULARY.read_text(encoding="utf-8"))["model"]["vocab"]
    return frozenset(w for w in vocab if w.isalpha()) | STOPWORDS


@lru_cache(maxsize=1)
def word_list() -> frozenset[str]:
    """The English words of four letters or more outside the vocabulary (`tools/build_word_list.py`),
    read once, when a word is first looked up there."""
    return frozenset(gzip.decompress(WORD_LIST.read_bytes()).decode("ascii").split())


_INFLECTIONS = ("ing", "ed", "es", "s", "ers", "er")


def is_english(lower: str) -> bool:
    words = english()
    bare = lower.replace("'", "")
    if any(w in words for w in (lower, bare, bare[:-1] if bare.endswith("s") else bare, lower.split("'")[0])):
        return True
    if lower in word_list() or bare in word_list():
        return True
    # An inflection of a vocabulary word is spelt right too: "scrapping" (scrap), "closing" (close).
    for suffix in _INFLECTIONS:
        base = bare[:-len(suffix)]
        if bare.endswith(suffix) and len(base) >= 3:
            doubled = base[:-1] if len(base) > 3 and base[-1] == base[-2] else base
            if any(w in words for w in (base, base + "e", doubled)):
                return True
    return False


def nearest_term(word: str, frequency: Callable[[str], int],
            near: Callable[[str, int, int], list[tuple[str, int]]]) -> Optional[str]:
    """The collection's stem for a word it does not have, or None (see the module's docstring)."""
    lower = word.lower()
    key = stem(lower)
    if len(lower) < MIN_CHARS or frequency(key) > 0 or is_english(lower):
        return None
    limit = 1 if len(lower) <= LONG else 2
    best = None
    for term, count in near(key[0], len(key) - limit, len(key) + limit):
        distance = min(edits(key, term, limit), edits(lower, term, limit))
        if distance <= limit and (best is None or (distance, -count) < (best[0], -best[1])):
            best = (distance, count, term)
    return best[2] if best and best[0] > 0 else None


def corrected(text: str, frequency: Callable[[str], int], near: Callable[[str, int, int], list[tuple[str, int]]],
              surface: Callable[[str], Optional[str]] = lambda term: None) -> str:
    """The text with each misspelt word replaced by the collection's closest one, as a passage
    writes it (`surface`: a word of the collection with that stem) or else as its stem."""
    def fix(match: re.Match) -> str:
        term = nearest_term(match.group(0), frequency, near)
        return (surface(term) or term) if term else match.group(0)
    return _WORD.sub(fix, text)


def written(term: str, text: str) -> Optional[str]:
    """A word of the text whose stem is the term ("ruled" for "rul"), as written there."""
    return next((w for w in _WORD.findall(text) if stem(w.lower()) == term), None)
