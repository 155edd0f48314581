"""The passage catalogue: exact BM25 from the persisted FTS5 index, neighbours, replacement."""
import math
import random
from collections import Counter

from chatbot.store.catalogue import Catalogue
from chatbot.retrieval import CollectionView
from chatbot.text import tokens_for_index
from chatbot.types import Passage

WORDS = "alpha beta gamma delta ruled assad hollande france talks budget team meets o'brien 2015 u.n".split()


def _passages(source: str, texts: list[str]) -> list[Passage]:
    out, offset = [], 0
    for i, text in enumerate(texts):
        out.append(Passage(id=f"{source}-{i}", text=text, source=source, start=offset, end=offset + len(text),
                           line_start=i + 1, line_end=i + 1, ordinal=i))
        offset += len(text) + 1
    return out


def _okapi(passages: list[Passage], query: str, k1=1.2, b=0.75) -> dict[str, float]:
    """Textbook Okapi BM25 with idf log(1 + (N - n + 0.5) / (n + 0.5)), written out for comparison."""
    docs = {p.id: Counter(tokens_for_index(p.text)) for p in passages}
    avg = sum(sum(c.values()) for c in docs.values()) / len(docs)
    scores = {}
    for pid, counts in docs.items():
        total = 0.0
        for term in set(tokens_for_index(query)):
            df = sum(1 for c in docs.values() if term in c)
            if counts[term]:
                idf = math.log(1 + (len(docs) - df + 0.5) / (df + 0.5))
                norm = k1 * (1 - b + b * sum(counts.values()) / avg)
                total += idf * counts[term] * (k1 + 1) / (counts[term] + norm)
        if total:
            scores[pid] = total
    return scores


def test_lexical_scores_are_okapi_bm25_over_every_document(tmp_path):
    rng = random.Random(3)
    catalogue = Catalogue(tmp_path / "c.sqlite3")
    everything = []
    for d in range(4):
        texts = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 14))) + "." for _ in range(30)]
        passages = _passages(f"d{d}.txt", texts)
        catalogue.put_document(f"d{d}.txt", f"sha{d}", passages)
        everything += passages
    for query in ["Who ruled out Assad?", "hollande budget talks", "O'Brien in 2015 at the U.N.", "zeta"]:
        expected = _okapi(everything, query)
        got = {p.id: score for p, score in catalogue.bm25(tokens_for_index(query), 500)}
        assert got.keys() == expected.keys()
        assert all(math.isclose(got[k], expected[k], rel_tol=1e-9) for k in expected)


def test_replacing_and_removing_a_document(tmp_path):
    catalogue = Catalogue(tmp_path / "c.sqlite3")
    catalogue.put_document("a.txt", "v1", _passages("a.txt", ["The red team meets on Mondays."]))
    catalogue.put_document("a.txt", "v2", _passages("a.txt", ["The blue team meets on Fridays.", "It has six."]))
    assert catalogue.documents() == {"a.txt": "v2"} and catalogue.size()[0] == 2
    assert [p.text for p, _ in catalogue.bm25(tokens_for_index("red"), 5)] == []
    assert [p.text for p, _ in catalogue.bm25(tokens_for_index("blue"), 5)] == ["The blue team meets on Fridays."]
    catalogue.remove_document("a.txt")
    assert catalogue.documents() == {} and catalogue.size() == (0, 0)
    assert catalogue.bm25(tokens_for_index("blue"), 5) == []


def test_neighbours_stay_inside_their_document(tmp_path):
    catalogue = Catalogue(tmp_path / "c.sqlite3")
    a = _passages("a.txt", ["First of a.", "Second of a.", "Third of a."])
    catalogue.put_document("a.txt", "s", a)
    catalogue.put_document("b.txt", "s", _passages("b.txt", ["First of b."]))
    view = CollectionView(catalogue)
    assert [p.text for p in view.neighbours(a[1])] == ["First of a.", "Second of a.", "Third of a."]
    assert [p.text for p in view.neighbours(a[2])] == ["Second of a.", "Third of a."]
    assert [p.text for p in view.neighbours(a[0], window=0)] == ["First of a."]
    assert view.term_idf("unseen") > view.term_idf("first") > 0


def test_the_collection_knows_words_in_a_row_not_only_apart(tmp_path):
    catalogue = Catalogue(tmp_path / "c.sqlite3")
    catalogue.put_document("a.txt", "v1", _passages("a.txt", ["Book annual leave in HR Online.",
                                                              "Study leave is five days; the leave year is annual."]))
    view = CollectionView(catalogue)
    annual_leave = " ".join(tokens_for_index("annual leave"))
    assert view.knows(annual_leave) and view.knows(" ".join(tokens_for_index("study leave")))
    assert not view.knows(" ".join(tokens_for_index("annual study")))  # both words, never in a row
    assert not view.knows(" ".join(tokens_for_index("bank holiday")))
    assert view.knows(tokens_for_index("leave")[0])  # one stem, as before


def test_a_catalogue_indexed_with_an_older_stemmer_is_emptied_to_be_copied_again(tmp_path):
    """Its index holds "librar" for "libraries" where a question now asks "library": it is derived
    data, so it is emptied once (and the store copies each document again from Chroma)."""
    import sqlite3

    from chatbot.store.catalogue import STEMS

    path = tmp_path / "c.sqlite3"
    Catalogue(path).put_document("a.txt", "v1", _passages("a.txt", ["Cameras are in four libraries."]))
    assert Catalogue(path).documents() == {"a.txt": "v1"}  # today's stems: kept
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 0")  # as a catalogue written before the version stamp
    catalogue = Catalogue(path)
    assert catalogue.documents() == {} and catalogue.bm25(tokens_for_index("library"), 10) == []
    catalogue.put_document("a.txt", "v1", _passages("a.txt", ["Cameras are in four libraries."]))
    assert [p.id for p, _ in catalogue.bm25(tokens_for_index("which library"), 10)] == ["a.txt-0"]
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == STEMS


def test_a_word_with_accents_is_found_as_typed_without_them(tmp_path):
    """"Beauséjour" and "Céloron" are one word each, not "beau" + "jour" and "c" + "loron": the
    question typed without accents ("fort beausejour", "celoron") finds their sentence."""
    catalogue = Catalogue(tmp_path / "c.sqlite3")
    catalogue.put_document("a.txt", "v1", _passages("a.txt", [
        "Monckton captured Fort Beauséjour in June 1755.",
        "A beau jour for a picnic in the park.",
        "Céloron threatened Old Briton with severe consequences."]))
    assert [p.id for p, _ in catalogue.bm25(tokens_for_index("who captured fort beausejour"), 1)] == ["a.txt-0"]
    assert [p.id for p, _ in catalogue.bm25(tokens_for_index("what did celoron threaten"), 1)] == ["a.txt-2"]
    assert tokens_for_index("Zoë's café") == tokens_for_index("zoe's cafe")
