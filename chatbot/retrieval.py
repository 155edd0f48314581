"""Hybrid retrieval: dense (Chroma) + BM25 (the catalogue's persisted FTS5 index), fused by reciprocal rank.

A question costs the same whatever the size of the collection, apart from the two searches
themselves: only the top passages are read, and the answerer reads neighbours and term weights
one lookup at a time.
"""
from __future__ import annotations

from typing import Collection, Optional, Sequence

from langchain_core.embeddings import Embeddings

from chatbot.store.catalogue import Catalogue
from chatbot.store.chroma import PassageStore
from chatbot.text import lead, tokens_for_index
from chatbot.text.spelling import corrected, written
from chatbot.types import SECTION_SEPARATOR, Passage, ScoredPassage

RRF_K = 60  # the usual reciprocal-rank-fusion constant: ranks matter, raw scores do not
NEAR_WINDOW = 2  # sentences each side of the last answer's that a follow-up also considers
ABBREVIATION = 4  # letters a word needs for a longer one it begins to be what it abbreviates
FOCUSED_DEPTH = 3  # a search kept to some documents reads this many times deeper: others' hits are dropped
HEADING_HITS = 3  # fused hits read for a heading whose sentences become candidates
UNDER_HEADING = 4  # sentences under such a heading that do
PLACE_DEPTH = 20  # passages read for the lines a term leads
SHORT_NAME_DROPS = 1  # words a row's name may have past the name a question gives it ("Vets" of "Pinecrest Vets")
class CollectionView:
    """What the answerer may ask about the collection while it answers one question (cached for it)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._catalogue = catalogue
        self._idf: dict[str, float] = {}
        self._around: dict[tuple[str, int], list[Passage]] = {}

    def neighbours(self, passage: Passage, window: int = 1) -> list[Passage]:
        """The passages around this one in its document, in order (itself included)."""
        key = (passage.id, window)
        if key not in self._around:
            # By the stored passage: one rebuilt from a citation (a follow-up's previous answer) has
            # no ordinal, and would put the wrong sentences in this cache under the right id.
            stored = self._catalogue.by_ids([passage.id]).get(passage.id, passage)
            self._around[key] = self._catalogue.around(stored, window)
        return self._around[key]

    def knows(self, term: str) -> bool:
        """Whether any passage of the collection holds this stem, or a longer word it abbreviates
        ("refurb" of "refurbishment"); stems separated by spaces: all of them in a row."""
        if " " in term:
            return self._catalogue.holds_phrase(term.split())
        return self._catalogue.document_frequency(term) > 0 or len(term) >= ABBREVIATION and bool(
            self._catalogue.terms_near(term, len(term) + 1, len(term) + 16))

    def term_idf(self, term: str) -> float:
        if term not in self._idf:
            self._idf[term] = self._catalogue.idf(term)
        return self._idf[term]


class HybridRetriever:
    """Thread-safe: the store and its catalogue are."""

    def __init__(self, store: PassageStore, embeddings: Embeddings) -> None:
        self.store = store
        self.embeddings = embeddings

    def spelled(self, question: str) -> str:
        """The question with words the collection lacks replaced by its closest ones (misspellings)."""
        catalogue = self.store.sync()

        def surface(term: str) -> Optional[str]:
            found = catalogue.bm25([term], 1)
            return written(term, found[0][0].text) if found else None
        return corrected(question, catalogue.document_frequency, catalogue.terms_near, surface)

    def places(self, term: str) -> frozenset[tuple[str, str]]:
        """Where the term leads lines in the documents: (document, column) for a table's rows, (document,
        section) for a list's items. Terms with a place in common are of one kind ("Brookside" and
        "Central", rows of the opening-hours table): a follow-up's may stand for the last question's."""
        stems = tokens_for_index(term)
        found = set()
        for passage, _ in self.store.sync().bm25(stems, PLACE_DEPTH) if stems else []:
            led = lead(passage.text)
            led_stems = tokens_for_index(led[0]) if led else []
            # "pinecrest" names the row "Pinecrest Vets", "alder bank" "Alder Bank Surgery": the short name.
            if led and led_stems[:len(stems)] == stems and len(led_stems) - len(stems) <= SHORT_NAME_DROPS:
                found.add((passage.source, led[1] or passage.section or ""))
        return frozenset(found)

    def retrieve(self, query: str, k: int = 8, near: Sequence[str] = (),
                 within: Collection[str] = ()) -> tuple[list[ScoredPassage], CollectionView]:
        """The k best passages for the query, and a view of the collection they come from; then the
        sentences within NEAR_WINDOW of the passages `near` names (the last answer's, for a follow-up:
        "what do we get at the end of it?" is answered by "At the end of this phase…", which names
        nothing the question does). `within`: only passages of these documents, when any match."""
        catalogue = self.store.sync()
        view = CollectionView(catalogue)
        total, _ = catalogue.size()
        if not total:
            return [], view
        depth = max(4 * k, 24) * (FOCUSED_DEPTH if within else 1)
        vector = self.embeddings.embed_query(query)
        dense_hits = self.store.dense_search(vector, k=min(depth, total))
        current = catalogue.by_ids([pid for pid, _ in dense_hits])  # drops passages of no current version
        fused: dict[str, ScoredPassage] = {}
        for rank, (pid, similarity) in enumerate((pid, s) for pid, s in dense_hits if pid in current):
            item = fused.setdefault(pid, ScoredPassage(current[pid]))
            item.dense = similarity
            item.score += 1.0 / (RRF_K + rank + 1)
        for rank, (passage, value) in enumerate(catalogue.bm25(tokens_for_index(query), depth)):
            item = fused.setdefault(passage.id, ScoredPassage(passage))
            item.lexical = value
            item.score += 1.0 / (RRF_K + rank + 1)
        # A heading is context for the sentences under it, never an answer: not a candidate.
        everything = sorted(fused.values(), key=lambda sp: -sp.score)
        ranked = [sp for sp in everything if not sp.passage.heading]
        focused = [sp for sp in ranked if sp.passage.source in within]
        ranked = (focused or ranked)[:k]
        seen = {sp.passage.id for sp in ranked}
        # A heading among the best hits ("I left something behind. What should I do?", "2.3 Overtime")
        # names what the sentences under it say in other words: they are candidates too.
        headed = {}
        for heading in [sp for sp in everything[:HEADING_HITS] if sp.passage.heading
                        and SECTION_SEPARATOR in (sp.passage.section or "")  # not a document's title
                        and (not within or sp.passage.source in within)]:
            for p in self._under(catalogue, heading.passage):
                if p.id not in seen:
                    seen.add(p.id)
                    ranked.append(ScoredPassage(p))
                    headed[p.id] = heading.dense
        for passage in catalogue.by_ids(list(near)).values():
            for p in catalogue.around(passage, NEAR_WINDOW):
                if p.id not in seen and not p.heading:
                    seen.add(p.id)
                    ranked.append(ScoredPassage(p))
        self._fill_dense(ranked, vector)
        for sp in ranked:  # as close to the question as the heading that brought it
            sp.dense = max(sp.dense, headed.get(sp.passage.id, 0.0))
        return ranked, view

    @staticmethod
    def _under(catalogue: Catalogue, heading: Passage) -> list[Passage]:
        """The first UNDER_HEADING sentences right under a heading (not under a subheading of it)."""
        own = heading.text.strip()
        after = [p for p in catalogue.around(heading, UNDER_HEADING + 1) if p.ordinal > heading.ordinal]
        under = []
        for p in after:
            if p.heading or not (p.section or "").endswith(own):
                break
            under.append(p)
        return under[:UNDER_HEADING]

    def _fill_dense(self, ranked: list[ScoredPassage], vector: list[float]) -> None:
        """Lexical-only hits: their dense similarity, for the answerer's scoring."""
        missing = [sp.passage.id for sp in ranked if sp.dense == 0.0]
        if not missing:
            return
        import numpy as np

        vectors = self.store.embeddings_for(missing)
        unread = [sp.passage for sp in ranked if sp.dense == 0.0 and sp.passage.id not in vectors]
        if unread:  # the same model gives the same vector: embed the text instead
            vectors.update(zip([p.id for p in unread], self.embeddings.embed_documents([p.text for p in unread])))
        q = np.asarray(vector)
        for sp in ranked:
            if sp.passage.id in vectors:
                sp.dense = float(np.dot(q, np.asarray(vectors[sp.passage.id])))

