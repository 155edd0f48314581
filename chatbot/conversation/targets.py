"""What a request for a summary names: a document, or a section of one, found by meaning.

    target = pick_target(store, "Summarize the Rust travel grant policy for me", records)
    # Target(source="rust-travel-grant-policy.md")  (a section has start, end and heading too)

The words of the request that are not the request itself ("summarize", "key points", "the
document") are what it names. Each document is scored by how many of those words its file name
and title hold, plus the cosine similarity of the message to its name, title and opening; each
section by the words of its heading, plus the similarity to the heading, plus a share of its
document's score (a section named with its document is in that document). A section wins when the
message says "section" or "part", or when it matches better than any whole document. None when
nothing is named or nothing matches: the caller then asks which document, or takes the only one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

import numpy as np
from langchain_core.embeddings import Embeddings

from chatbot.conversation.headings import sections
from chatbot.embeddings import normalized
from chatbot.store.chroma import DocumentRecord, PassageStore
from chatbot.text import content_stems
from chatbot.types import SECTION_SEPARATOR, Passage

_REQUEST = set(content_stems(
    "summarize summarise summary summaries key main important points takeaways overview gist recap tldr tl dr "
    "brief short quick give tell show want need please document doc docs article story file text page pdf "
    "about say says whole mostly sum up outline highlights section part chapter heading rundown breakdown digest bit "
    "u ur"))
_SECTION_WORDS = re.compile(r"\b(?:section|part|chapter|heading|paragraph)s?\b", re.IGNORECASE)
# Words that say what kind of document is named, not which part of it: "…of the safeguarding policy".
_KINDS = set(content_stems("policy policies handbook guide manual procedure procedures minutes meeting meetings notes "
                           "faq faqs page website site form version"))
# Words that ask for one kind of section, each group as one: "what's new", "what changed", "the updates"
# ask for a document's section on changes; "what did they decide", "what was agreed" for its decisions.
_ASKS_FOR = {stem: kind for kind, words in {
    "chang": "new changed changes different updated updates revised revisions amended amendments",
    "decision": "decide decided decides decision decisions agreed agree resolved resolution resolutions"}.items()
    for stem in content_stems(words)}
MIN_SIMILARITY = 0.3  # below it, a document matched by meaning alone is a guess
SECTION_SHARE = 0.5  # how much a section borrows from its document's score
PRECISION = 0.25  # weight of the share of a heading's words the message holds
WHOLE = 0.9  # a section spanning this share of its document's text is the document


@dataclass(frozen=True)
class Target:
    source: str
    start: Optional[int] = None
    end: Optional[int] = None
    heading: Optional[str] = None
    # What the request names besides the document and the section ("siobhan" of "which actions did
    # siobhan get from the october board?"): of a list section, the lines it asks for.
    within: frozenset[str] = frozenset()


def cue_words(message: str) -> set[str]:
    """The stems that name something: the message's content words less the request's own."""
    return set(content_stems(message)) - _REQUEST


def _overlap(cue: set[str], text: str) -> float:
    return len(cue & set(content_stems(re.sub(r"[-_.]+", " ", text)))) / len(cue) if cue else 0.0


@lru_cache(maxsize=256)
def _unit_vectors(embeddings: Embeddings, texts: tuple[str, ...]) -> np.ndarray:
    # Names and headings do not change between messages: embedded once per model and text set.
    matrix = np.array(embeddings.embed_documents(list(texts)), dtype=np.float32).reshape(len(texts), -1)
    return normalized(matrix)


_MONTHS = "January February March April May June July August September October November December".split()
_ISO_DATE = re.compile(r"\b(\d{4})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])\b")


def _named(source: str) -> str:
    """A file name as words, its dates spelled out as people say them: "minutes-2027-11-18.docx" is
    the minutes of 18 November 2027, which "what did they decide in november?" names."""
    dates = [f"{int(d)} {_MONTHS[int(m) - 1]} {y}" for y, m, d in _ISO_DATE.findall(source)]
    return " ".join([re.sub(r"[-_.]+", " ", source.rsplit(".", 1)[0]), *dates])


def _label(record: DocumentRecord) -> str:
    """A document's label: its file name as words and its title."""
    return " ".join(filter(None, [_named(record.source), record.title]))


def _describe(record: DocumentRecord, text: str) -> str:
    name = _named(record.source)
    return " ".join(filter(None, [name, record.title, " ".join(text[:300].split())]))


def _documents(store: PassageStore, message: str, query: np.ndarray, records: list[DocumentRecord],
               texts: dict[str, str]) -> dict[str, tuple[float, float]]:
    """Each document's (word overlap, similarity) with the message."""
    cue = cue_words(message)
    names = tuple(_describe(r, texts[r.source]) for r in records)
    similarity = _unit_vectors(store.embeddings, names) @ query
    return {r.source: (_overlap(cue, _label(r)), float(s))
            for r, s in zip(records, similarity)}


def document_sections(store: PassageStore, source: str, text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, heading) of each section of a document: from the section paths ingest stored
    with its passages (a heading spans its subsections: "Travel policy" is the whole policy), else,
    for a document stored without them, from the lines of its text that look like headings."""
    key = (id(store), source, hash(text))
    if key not in _SECTIONS:
        if len(_SECTIONS) >= 256:
            _SECTIONS.clear()
        _SECTIONS[key] = stored_sections(store.document_passages(source)) or sections(text)
    return _SECTIONS[key]


_SECTIONS: dict[tuple, tuple[tuple[int, int, str], ...]] = {}  # sections do not change while the text does not


def stored_sections(passages: list[Passage]) -> tuple[tuple[int, int, str], ...]:
    """(start, end, heading) of every heading in the passages' section paths, each spanning every
    passage under it; a table row's label is no heading (no heading line bears it)."""
    spans: dict[tuple[str, ...], tuple[int, int]] = {}
    for p in passages:
        path = tuple(p.section.split(SECTION_SEPARATOR)) if p.section else ()
        for depth in range(1, len(path) + 1):
            start, end = spans.get(path[:depth], (p.start, p.end))
            spans[path[:depth]] = (min(start, p.start), max(end, p.end))
    headings = {" ".join(p.text.split()) for p in passages if p.heading}
    return tuple(sorted((start, end, path[-1]) for path, (start, end) in spans.items() if path[-1] in headings))


def _best_section(store: PassageStore, message: str, query: np.ndarray, texts: dict[str, str],
                  documents: dict[str, tuple[float, float]]) -> Optional[tuple[float, float, Target]]:
    """(rank, own score, section) of the best-named section: ranked with a share of its document's
    score, compared with whole documents on its own."""
    cue = cue_words(message) - _KINDS  # "…at the nov ops meeting" names minutes, not their "Next meeting"
    # A heading over (nearly) the whole text is the document's title: naming it names the document.
    found = [(source, start, end, heading) for source, text in texts.items()
             for start, end, heading in document_sections(store, source, text)
             if len(heading) + 40 < end - start < WHOLE * len(text)]
    if not found:
        return None
    similarity = _unit_vectors(store.embeddings, tuple(h for *_, h in found)) @ query
    scored = []
    for (source, start, end, heading), sim in zip(found, similarity):
        words = _overlap(cue, heading)
        if words > 0:  # a section is named by its heading's words, never by meaning alone
            # Of "Tactics" and "Tactics we'll use together", "the tactics section" names the first.
            heading_stems = set(content_stems(heading))
            own = words + float(sim) + PRECISION * len(heading_stems & cue) / max(1, len(heading_stems))
            scored.append((own + SECTION_SHARE * documents[source][0], own, Target(source, start, end, heading)))
    return max(scored, key=lambda s: s[0], default=None)


def pick_target(store: PassageStore, message: str, records: list[DocumentRecord]) -> Optional[Target]:
    """The document or section a summary request names; None when it names none clearly."""
    if not cue_words(message) or not records:
        return None
    texts = {r.source: store.document_text(r.source) or "" for r in records}
    query = np.asarray(store.embeddings.embed_query(message), dtype=np.float32)
    query = normalized(query)
    documents = _documents(store, message, query, records, texts)
    ranked = sorted(documents.items(), key=lambda d: -sum(d[1]))
    source, (words, sim) = ranked[0]
    runner_up = sum(ranked[1][1]) if len(ranked) > 1 else -1.0
    clear = sim >= MIN_SIMILARITY and words + sim - runner_up >= 0.05
    document = Target(source) if words > 0 or clear else None
    # The named document's own part, named by the rest of the message ("what changed in the latest
    # reservations policy"), before another document's section that shares a word with it.
    part = _part_named_beside(store, message, query, document, records, texts) if document else None
    if part:
        return _naming_within(part, message, records, store, texts)
    section = _best_section(store, message, query, texts, documents)
    # A document whose label holds all the message names (words 1.0) is scored as a section is, by
    # that label alone; one that leaves some out ("which actions…?") leaves it to the section.
    if section and (_SECTION_WORDS.search(message) or document is None or section[1] > words + sim
                    and (words < 1.0 or section[1] > _label_score(store, message, query, document, records))):
        return _naming_within(section[2], message, records, store, texts)
    return document


def _naming_within(section: Target, message: str, records: list[DocumentRecord], store: PassageStore,
                   texts: dict[str, str]) -> Target:
    """The section, with what the message names besides its document and its headings: the words its lines
    are filtered by. The headings above it name it too ("…safety committee meeting" names the minutes
    headed "Q3 Health and Safety Committee — Minutes", not its lines that say "committee")."""
    record = _record(records, section.source)
    above = [heading for start, end, heading in document_sections(store, section.source, texts[section.source])
             if start <= section.start and section.end <= end]
    named = set(content_stems(" ".join([_label(record), section.heading or "", *above])))
    return replace(section, within=frozenset(_as_asked(_named_besides(message, record)) - _as_asked(named)))


def _record(records: list[DocumentRecord], source: str) -> DocumentRecord:
    return next(r for r in records if r.source == source)


def _named_besides(message: str, record: DocumentRecord) -> set[str]:
    """What the message names besides the document (its label's words) and its kind ("…policy")."""
    return cue_words(message) - set(content_stems(_label(record))) - _KINDS


def _label_score(store: PassageStore, message: str, query: np.ndarray, document: Target,
                 records: list[DocumentRecord]) -> float:
    """A document scored as a section is, by its label (file name and title) alone, all of what the
    message names in it: "summarise the data protection and cctv policy" names the policy's own
    file, not the minutes' section headed "Data Protection and CCTV Policy" that discusses it (a tie
    is the document's)."""
    record = _record(records, document.source)
    # Its file name and its title each name it: "summarize the remote work policy" names
    # remote-work-policy.md whole, however many more words its title has.
    labels = tuple(dict.fromkeys(filter(None, [_label(record), _named(record.source), record.title])))
    similarities = _unit_vectors(store.embeddings, labels) @ query
    cue = cue_words(message)
    return max(1.0 + float(similarity) + PRECISION * len(set(content_stems(label)) & cue)
               / max(1, len(set(content_stems(label)))) for label, similarity in zip(labels, similarities))


def _part_named_beside(store: PassageStore, message: str, query: np.ndarray, document: Target,
                       records: list[DocumentRecord], texts: dict[str, str]) -> Optional[Target]:
    """The section of the named document that the rest of the message names by its heading's words:
    "summarise what changed in the latest safeguarding policy" names the policy by its label and its
    section "2. What changed in version 5" by "changed". None when the rest names no heading (or
    only its number): then the whole document is asked for."""
    rest = _named_besides(message, _record(records, document.source))
    if not any(w.isalpha() for w in rest):
        return None
    text = texts[document.source]
    parts = [(start, end, heading) for start, end, heading in document_sections(store, document.source, text)
             if len(heading) + 40 < end - start < WHOLE * len(text)]
    named = []
    for start, end, heading in parts:
        stems = _as_asked(set(content_stems(heading)))
        words = _as_asked(rest) & stems
        if any(w.isalpha() for w in words):  # most words named, then the heading that says least else
            named.append((len(words), len(words) / len(stems), start, end, heading))
    if not named:
        return None
    similarity = _unit_vectors(store.embeddings, tuple(h for *_, h in named)) @ query
    *_, start, end, heading = max((n[0], n[1], float(sim), *n[2:]) for n, sim in zip(named, similarity))
    return Target(document.source, start, end, heading)


def _as_asked(stems: set[str]) -> set[str]:
    return {_ASKS_FOR.get(s, s) for s in stems}
