"""Extractive summaries: a document's most central, non-redundant sentences, in document order, each cited.

    draft = summarize(store, "article.txt")              # 3-5 cited sentences
    draft = summarize(store, "article.txt", exclude=ids)  # "tell me more": others than those shown

Centrality mixes closeness to the document's centroid and TextRank (PageRank over the cosine
similarity graph of the passage vectors already in the store) with how much a sentence is made of
the words the document keeps using (SumBasic), plus a mild lead prior (news puts the
gist first) and small penalties for sentences that cannot stand alone (bare quotes, a leading
pronoun). Maximal marginal relevance then picks sentences that are central but not redundant.
Nothing is generated: every sentence is a passage, cited with its exact offsets.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Iterable, NamedTuple, Optional, Sequence

import numpy as np

from chatbot.answering.base import Draft
from chatbot.embeddings import normalized
from chatbot.conversation.headings import heading_lines
from chatbot.store.chroma import PassageStore
from chatbot.text import ITEM_NUMBER, content_stems, is_row
from chatbot.types import SECTION_SEPARATOR, Passage

BACKEND = "summary"
MMR_LAMBDA = 0.6  # relevance against redundancy
MAX_SECTIONS = 8  # a summary's sentences for a document of many sections: one each, up to this many
WHOLE_SECTION = 6  # a section of this many sentences or fewer is summed up by all of them
LISTED = 0.6  # ...as is one this share of whose sentences are a list's items
MAX_LISTED = 20  # ...up to this many
# TextRank and MMR compare every pair of passages; a longer document is first cut to this many
# candidates by a linear score, so one summary request cannot take minutes or gigabytes.
MAX_CANDIDATES = 600
# What a policy or a set of notes is for: its figures, dates, amounts and decisions.
_DECISIVE = re.compile(r"\d|[$€£%]|\b(?:must|will|shall|required?|up to|at least|at most|within|deadline|"
                       r"approv\w*|decid\w*|agreed|may not|cannot|only)\b", re.IGNORECASE)
_LEADING_PRONOUN = re.compile(r"^(?:he|she|it|they|this|that|these|those|but|and|so|his|her|their)\b", re.I)
# A step of a procedure ("2. We give the repair a priority…", ITEM_NUMBER) is no point without the steps
# before it; a contact's number ("Building Safety Manager: 07700 900 630") is where to ask, not a point.
_CONTACT = re.compile(r"(?:\+?\d[\d ]{8,}\d|\bext\.? ?\d{3,}|\S+@\S+\.\w+)\W*$", re.IGNORECASE)
OPENING = 3  # a structured document's first sentences of prose say what it is and whom it covers


class _Whole(NamedTuple):
    """What centrality needs from the whole document when it scores some of its passages."""
    centroid: np.ndarray
    lexical: np.ndarray
    places: Sequence[int]  # each scored passage's position in the document
    total: int


def summary_length(n: int, sections: int = 0) -> int:
    """3 sentences for a short text, 4 for a page of 15, 5 for anything longer (never more than there
    are); a document of more sections, one for each of them up to MAX_SECTIONS."""
    return min(n, max(3 if n <= 8 else 4 if n <= 15 else 5, min(sections, MAX_SECTIONS)))


def section_keys(passages: list[Passage]) -> list[str]:
    """Each passage's main section: its top heading, or the one under the title when one heading
    (the title) is above everything (lines before the title, "ACME BUSES LTD", stand under none)."""
    paths = [(p.section or "").split(SECTION_SEPARATOR) for p in passages]
    depth = 2 if len({path[0] for path in paths if path[0]}) == 1 else 1
    return [SECTION_SEPARATOR.join(path[:depth]) for path in paths]


def _textrank(similarity: np.ndarray, damping: float = 0.85, rounds: int = 50) -> np.ndarray:
    graph = np.clip(similarity, 0.0, None)
    np.fill_diagonal(graph, 0.0)
    sums = graph.sum(axis=1, keepdims=True)
    transition = np.divide(graph, sums, out=np.full_like(graph, 1.0 / len(graph)), where=sums > 0)
    rank = np.full(len(graph), 1.0 / len(graph))
    for _ in range(rounds):
        rank = (1 - damping) / len(graph) + damping * transition.T @ rank
    return rank


def _scaled(values: np.ndarray) -> np.ndarray:
    spread = values.max() - values.min()
    return (values - values.min()) / spread if spread > 0 else np.ones_like(values)


def _lexical(passages: list[Passage]) -> np.ndarray:
    """SumBasic-like: a sentence made of the words the whole document keeps using is central."""
    stems = [set(content_stems(p.text)) for p in passages]
    counts = Counter(w for sentence in stems for w in sentence)
    return np.array([sum(counts[w] - 1 for w in sentence) / math.sqrt(len(sentence) or 1) for sentence in stems],
                    dtype=np.float32)


def _centroid(unit: np.ndarray) -> np.ndarray:
    centroid = unit.mean(axis=0)
    centroid /= np.linalg.norm(centroid) or 1.0
    return centroid


def _adjusted(score: np.ndarray, passages: list[Passage], structured: bool, places: Sequence[int],
              total: int) -> np.ndarray:
    """Priors and penalties of each sentence; `places` are its positions among `total` in the document."""
    prose = [i for i, p in enumerate(passages) if not p.item and not is_row(p.text) and len(p.text.split()) >= 8]
    opening = set(prose[:OPENING]) if structured and places and places[0] == 0 else set()
    for i, (p, place) in enumerate(zip(passages, places)):
        text = p.text.strip()
        if structured:
            score[i] += 0.2 * min(2, len(_DECISIVE.findall(text))) / 2
            score[i] += 0.2 if i in opening else 0.0
            if ITEM_NUMBER.match(text):
                score[i] *= 0.7
        else:
            score[i] += 0.15 * (1 - place / max(1, total - 1)) ** 2  # the lead: news states its gist first
        if text[:1] in "\"“'‘":
            score[i] *= 0.8  # a bare quote needs its speaker
        if _LEADING_PRONOUN.match(text):
            score[i] *= 0.85  # "He said ..." cannot stand alone
        if len(text.split()) < 6:
            score[i] *= 0.5
        if text.endswith(":"):
            score[i] *= 0.5  # "…with the following guidelines:" introduces the points, it is none of them
    return score


def centrality(passages: list[Passage], vectors: np.ndarray, structured: bool = False,
               whole: Optional[_Whole] = None) -> np.ndarray:
    """How well each passage stands for the whole document, in [0, ~1.3]. A structured document (one
    with headings: a policy, notes, a guide) favours sentences with figures and decisions instead of its
    lead, which is often boilerplate. `whole`: the document these passages were drawn from, when they
    are its candidates (centroid, word counts and positions then come from all of it)."""
    unit = normalized(vectors)
    whole = whole or _Whole(_centroid(unit), _lexical(passages), list(range(len(passages))), len(passages))
    semantic = 0.5 * _scaled(unit @ whole.centroid) + 0.5 * _scaled(_textrank(unit @ unit.T))
    score = 0.5 * _scaled(semantic) + 0.5 * _scaled(whole.lexical)
    return _adjusted(score, passages, structured, whole.places, whole.total)


def _relative(similarity: np.ndarray) -> np.ndarray:
    """Cosine similarities rescaled within the document: sentences of one text are all somewhat alike
    to MiniLM (0.3-0.6), so 'redundant' means more alike than this document's pairs usually are."""
    if len(similarity) < 3:
        return np.clip(similarity, 0.0, 1.0)
    pairs = similarity[~np.eye(len(similarity), dtype=bool)]
    z = (similarity - pairs.mean()) / (pairs.std() or 1.0)
    return np.clip((z + 1.0) / 3.0, 0.0, 1.0)


def _candidates(passages: list[Passage], unit: np.ndarray, excluded: set[str],
                structured: bool) -> tuple[list[int], Optional[_Whole]]:
    """The passages worth the quadratic steps: all of a short document's, or a long one's MAX_CANDIDATES
    best by a score linear in its length (closeness to the centroid, word frequency, priors), which
    keeps a summary's time and memory bounded whatever the document's size."""
    # Headings name topics; a key point is a sentence.
    eligible = [i for i, p in enumerate(passages) if p.id not in excluded and not p.heading]
    if len(passages) <= MAX_CANDIDATES:
        return eligible, None
    whole = _Whole(_centroid(unit), _lexical(passages), list(range(len(passages))), len(passages))
    cheap = _adjusted(0.5 * _scaled(unit @ whole.centroid) + 0.5 * _scaled(whole.lexical),
                      passages, structured, whole.places, whole.total)
    best = sorted(sorted(eligible, key=lambda i: -cheap[i])[:MAX_CANDIDATES])
    return best, whole


def select(passages: list[Passage], vectors: np.ndarray, k: int, exclude: Iterable[str] = (),
           structured: bool = False) -> list[int]:
    """Indices of k passages by maximal marginal relevance, in document order; in a structured
    document one from each section first (its points are spread over its sections: the returns
    window, the exclusions, the fees, the warranty)."""
    unit = normalized(vectors)
    indices, whole = _candidates(passages, unit, set(exclude), structured)
    if whole is None:
        relevance = _scaled(centrality(passages, vectors, structured))
        candidates, indices = indices, list(range(len(passages)))
    else:  # a long document: only its candidates are compared with one another
        whole = _Whole(whole.centroid, whole.lexical[indices], indices, whole.total)
        passages, vectors, unit = [passages[i] for i in indices], vectors[indices], unit[indices]
        relevance = _scaled(centrality(passages, vectors, structured, whole))
        candidates = list(range(len(indices)))
    if structured:  # a contact's number is where to ask, not a point of the document: others first
        standing = [i for i in candidates if not _CONTACT.search(passages[i].text.strip())]
        candidates = standing if len(standing) >= k else candidates
    chosen: list[int] = []
    similarity = _relative(unit @ unit.T)
    keys = section_keys(passages) if structured else [""] * len(passages)
    while candidates and len(chosen) < k:
        def gain(i: int) -> float:
            redundancy = max((similarity[i, j] for j in chosen), default=0.0)
            return MMR_LAMBDA * relevance[i] - (1 - MMR_LAMBDA) * redundancy
        covered = {keys[j] for j in chosen}
        fresh = [i for i in candidates if keys[i] not in covered]  # a section not summarized yet first
        best = max(fresh or candidates, key=gain)
        chosen.append(best)
        candidates.remove(best)
    return sorted(indices[i] for i in chosen)


def _readable(store: PassageStore, source: str, span: Optional[tuple[int, int]]) -> tuple[list[Passage], bool]:
    """The passages to summarize (a section's when `span` is given), headings left out, and whether
    the document is structured (has headings)."""
    passages = store.document_passages(source)  # an index range, not a pass over every passage
    marked = sum(p.heading for p in passages)
    # The headings ingest marked; the guess from short lines only for a document stored without
    # marks (it would take a list's short items for headings too).
    headings = set() if marked else heading_lines(store.document_text(source) or "")
    if span:
        passages = [p for p in passages if span[0] <= p.start < span[1]]
    kept = [p for p in passages if not p.heading and " ".join(p.text.split()) not in headings]
    return (kept or passages), max(marked, len(headings)) >= 2


def _listed(passages: list[Passage]) -> bool:
    """Whether a section reads as a list: most of its sentences are a list's items, or lines of their
    own (minutes' "Decisions", one decision a line, unmarked)."""
    lines = Counter((p.line_start, p.line_end) for p in passages)
    alone = sum(1 for p in passages if lines[p.line_start, p.line_end] == 1 and p.line_start == p.line_end)
    return max(sum(p.item for p in passages), alone) >= LISTED * len(passages)


def summarize(store: PassageStore, source: str, exclude: Iterable[str] = (), title: Optional[str] = None,
              span: Optional[tuple[int, int]] = None, heading: Optional[str] = None,
              within: Iterable[str] = ()) -> Draft:
    """A cited summary of a document, or of its section `span` (named `heading`); of a section shown
    whole, only its sentences holding a word of `within` (stems) when some do and others do not
    (Siobhan's lines of the action items)."""
    passages, structured = _readable(store, source, span)
    excluded = set(exclude)
    name = f"“{heading}” in {title or source}" if heading else title or source
    if not passages:
        return Draft(text=f"I cannot read {name} right now.", answerable=False, backend=BACKEND)
    if excluded and all(p.id in excluded for p in passages):
        return Draft(text=f"That was all of {name}: I have shown every sentence of it.", answerable=True,
                     backend=BACKEND)
    stored = store.embeddings_for([p.id for p in passages])
    kept = [p for p in passages if p.id in stored]
    vectors = np.array([stored[p.id] for p in kept], dtype=np.float32)
    count = len(set(section_keys(kept))) if structured and not span else 0
    whole = span and not excluded and (len(kept) <= WHOLE_SECTION or _listed(kept))
    if whole:
        picked = kept[:MAX_LISTED]  # a short section, or a list ("Agenda"), is summed up by all of it
        asked = [p for p in picked if set(within) & set(content_stems(p.text))]
        picked = asked if 0 < len(asked) < len(picked) else picked
    else:
        picked = [kept[i] for i in select(kept, vectors, summary_length(len(kept), count), exclude=excluded,
                                          structured=structured)]
    intro = f"More from {name}:" if excluded else f"{name}:" if whole else f"{name} in {len(picked)} sentences:"
    lines = [f"- {' '.join(p.text.split())} [{n}]" for n, p in enumerate(picked, start=1)]
    if count >= 3 and not excluded:  # what the document covers, section by section
        lines.append(f"It covers: {_contents(kept)}.")
    return Draft(text="\n".join([intro, *lines]), answerable=True, cited=picked, confidence=1.0, backend=BACKEND)


MAX_CONTENTS = 10  # sections named in a summary's "It covers:" line


def _contents(passages: list[Passage]) -> str:
    """The document's main sections by their headings, in order, numbers left off ("Purpose and scope;
    Reporting a repair; …")."""
    keys = [key for key in dict.fromkeys(section_keys(passages)) if key]
    if any(SECTION_SEPARATOR in key for key in keys):  # sections under a title: the title names no section
        keys = [key for key in keys if SECTION_SEPARATOR in key]
    names = [key.split(SECTION_SEPARATOR)[-1] for key in keys]
    names = [re.sub(r"^(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+", "", name) for name in names]
    shown = "; ".join(names[:MAX_CONTENTS])
    return shown + (f"; and {len(names) - MAX_CONTENTS} more" if len(names) > MAX_CONTENTS else "")
