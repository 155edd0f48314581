"""What a question asks for: its kind (a person, a date, a number...), its names and content words,
and the subject of "Who is X?". Used by the pipeline (follow-up questions) and by the answerers."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from chatbot.text import STOPWORDS, before_apostrophe, entities, normalize, stem, words

# Capitalized by grammar at the start of a sentence, not because they begin a name.
SENTENCE_STARTERS = frozenset({
    "earlier", "later", "still", "speaking", "but", "however", "meanwhile", "after", "before", "since",
    "despite", "although", "while", "during", "according", "today", "yesterday", "last", "next", "several",
    "in", "on", "at", "as", "if", "when", "then", "this", "that", "these", "those", "there", "here",
    "some", "many", "most", "the", "a", "an", "it", "its", "he", "she", "they", "we", "his", "her",
    "their", "our", "until", "unlike", "like", "with", "without", "for", "from", "by", "of", "and", "or",
})
TITLES = re.compile(r"\b(President|Minister|Secretary|King|Queen|Prince|Princess|Mr|Mrs|Ms|Dr|General|Pope|"
                    r"Chancellor|Premier|Governor|Senator|Emperor|Duke|Lord|Sir|Saint|St|leader|spokesman|"
                    r"spokeswoman|chief|head|commander|founder)\.?\s+$")
_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "they", "them", "their", "it", "its"}


@dataclass
class Question:
    text: str
    kind: str  # person | place | date | number | entity | reason | definition | clause
    units: list[tuple[str, tuple[str, ...]]]  # (surface, stems): names kept whole, other content words
    stems: set[str]
    subject: Optional[str] = None  # for "who is X" / "what is X"
    plural: bool = False


def _kind(lower: str) -> str:
    """The kind of answer a lower-cased question asks for, from its first words."""
    if re.match(r"^(how (many|much)|what (number|percentage|amount))\b", lower) or \
            re.search(r"\bhow (many|much)\b", lower):
        return "number"
    if re.match(r"^(when|what (year|time|date|day|month|century|decade)|which (year|day|month|century|date)|"
                r"since when)\b", lower):
        return "date"
    if re.match(r"^(where|what (city|country|place|region|state|town|area|location|continent|nation)|"
                r"which (city|country|place|region|state|town|area|location|continent|nation))\b", lower):
        return "place"
    if re.match(r"^(who|whom|whose|which (person|man|woman|leader|president|minister|king|group))\b", lower):
        return "person"
    if lower.startswith("why"):
        return "reason"
    if re.match(r"^(which|what)\s+\w+", lower) and \
            not re.match(r"^what\s+(is|was|are|were|did|do|does|has|have|had)\b", lower):
        return "entity"
    return "clause"


# "What counts as a SEV1?", "what is a canary?", "what does RTO mean?": the term the question defines.
_DEFINED = re.compile(r"^\W*(?:(?:and|so|ok|okay)\b[\s,]*)?(?:what (?:counts|qualifies|is classed|is classified) as"
                      r"|what(?:'s| is) an?|what does|define|the meaning of)\s+(?:(?:a|an|the)\s+)?(?P<term>.+?)"
                      r"(?:\s+mean)?\s*[?.!]*$", re.IGNORECASE)


def defined_term(question: str) -> Optional[str]:
    """The term a definition question asks about ("SEV1" of "what counts as a SEV1?"), without where
    it is asked about ("'Foundation Engagement' in the 18F principles"), else None."""
    found = _DEFINED.match(normalize(question))
    if not found:
        return None
    return re.split(r"\s+(?:in|of|at|for|under|from|according to)\s+", found.group("term"), maxsplit=1)[0].strip("'\" ")


def _definition_subject(q: str) -> Optional[str]:
    """X in 'Who is X?' / 'What is the X?' when X is a name, else None."""
    m = re.match(r"^(?:who|what)\s+(?:is|was|are|were)\s+((?:the\s+|a\s+|an\s+)?)(.+?)\??$", q, re.IGNORECASE)
    # "Who is Le Drian?", "What is the Scottish Parliament?" -- not "What are refugees fleeing?", nor
    # "Who was Louis XIV's main rival?" (a relation to a name, not the name itself)
    if m and len(m.group(2).split()) <= 5 and "'s" not in normalize(m.group(2)) and \
            (m.group(1) or all(w[:1].isupper() for w in m.group(2).split() if w.lower() not in STOPWORDS)):
        return m.group(2)
    return None


def _units(q: str) -> list[tuple[str, tuple[str, ...]]]:
    """The question's names (kept whole) and its other content words, each with its stems."""
    not_names = STOPWORDS | SENTENCE_STARTERS | {"who", "what", "which", "when", "where", "why", "how"}
    names = [(span, s, e) for span, s, e in entities(q)
             if not (s == 0 and before_apostrophe(span.split()[0]) in not_names)]  # "What's" too
    # A question's first word is capitalized by grammar: drop it from a name run if it is a wh-word.
    units: list[tuple[str, tuple[str, ...]]] = []
    covered = set()
    for span, s, e in names:
        stems = tuple(stem(w) for w, _, _ in words(span) if w.isupper() or w.lower() not in STOPWORDS)
        if stems:
            units.append((span, stems))
            covered.update(range(s, e))
    for w, s, _ in words(q):
        if s in covered or w.lower() in STOPWORDS or w.lower() in _PRONOUNS:
            continue
        units.append((w, (stem(w),)))
    return units


def classify(question: str) -> Question:
    q = normalize(question).strip()
    # "On which channel…", "In what year…": the preposition does not change what is asked.
    lower = re.sub(r"^(on|in|at|from|to|for|by|with|of|during|after|before)\s+(?=(which|what|whom|when|where)\b)", "",
                   q.lower())
    kind = _kind(lower)
    subject = _definition_subject(q)
    if subject is not None:
        kind = "definition"
    units = _units(q)
    all_stems = {st for _, sts in units for st in sts}
    plural = bool(re.match(r"^(which|what)\s+\w+s\b", lower)) and kind in {"entity", "place", "person"}
    return Question(q, kind, units, all_stems, subject, plural)


def strip_titles(name: str) -> str:
    """'French Defense Minister Jean-Yves Le Drian' -> 'Jean-Yves Le Drian'."""
    parts = name.split()
    for i in range(len(parts) - 1, 0, -1):
        if TITLES.search(parts[i - 1] + " ") and i < len(parts):
            return " ".join(parts[i:])
    return name
