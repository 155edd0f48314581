"""Idempotent ingest, replacement and reset against a real embedded Chroma store (fake embeddings)."""
import pytest

from chatbot.embeddings import get_embeddings
from chatbot.errors import ConfigError, EmptyStore
from chatbot.store.chroma import open_store
from ingest.loaders import document_from_text
from ingest.passages import split_passages
from ingest.pipeline import ingest_documents, ingest_paths

from ...conftest import ARTICLE


def _store(settings, create=True):
    return open_store(settings, get_embeddings(settings.embeddings), create=create)


def test_ingesting_twice_adds_nothing(fake_settings):
    first = ingest_paths([ARTICLE], fake_settings)
    second = ingest_paths([ARTICLE], fake_settings)
    assert first.added == first.passages > 0
    assert (second.added, second.unchanged, second.removed) == (0, first.passages, 0)
    store = _store(fake_settings)
    assert len(store.passages()) == first.passages
    assert [r.source for r in store.documents()] == ["article.txt"]


def test_changed_document_replaces_its_old_passages(fake_settings):
    store = _store(fake_settings)
    ingest_documents([document_from_text("n.txt", "Alpha beta gamma delta.\nEpsilon zeta eta theta.")], store)
    summary = ingest_documents([document_from_text("n.txt", "Alpha beta gamma delta.\nIota kappa lambda mu.")], store)
    assert (summary.added, summary.unchanged, summary.removed) == (1, 1, 1)
    texts = sorted(p.text for p in store.passages())
    assert texts == ["Alpha beta gamma delta.", "Iota kappa lambda mu."]
    text = store.document_text("n.txt")
    assert all(text[p.start:p.end] == p.text for p in store.passages())


def test_offsets_survive_a_shift(fake_settings):
    store = _store(fake_settings)
    ingest_documents([document_from_text("s.txt", "Keep this sentence please.")], store)
    ingest_documents([document_from_text("s.txt", "A brand new opening line.\nKeep this sentence please.")], store)
    kept = [p for p in store.passages() if p.text == "Keep this sentence please."][0]
    assert (kept.start, kept.line_start) == (26, 2)


def test_reset_and_delete(fake_settings):
    ingest_paths([ARTICLE], fake_settings)
    store = _store(fake_settings)
    ingest_documents([document_from_text("other.txt", "Something else entirely here.")], store)
    assert store.delete_document("other.txt") == 1
    assert [r.source for r in store.documents()] == ["article.txt"]
    summary = ingest_paths([ARTICLE], fake_settings, reset=True)
    assert summary.added == summary.passages


def test_bad_file_leaves_store_unchanged(fake_settings, tmp_path):
    ingest_paths([ARTICLE], fake_settings)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01" * 100)
    from chatbot.errors import BadInput

    with pytest.raises(BadInput):
        ingest_paths([ARTICLE, bad], fake_settings, reset=True)  # validated before reset
    assert len(_store(fake_settings).passages()) == 19


def test_missing_store_is_a_clear_error(fake_settings):
    with pytest.raises(EmptyStore, match="python -m ingest"):
        _store(fake_settings, create=False)


def test_embedding_mismatch_is_detected(fake_settings):
    ingest_paths([ARTICLE], fake_settings)
    from chatbot.embeddings import MiniLMEmbeddings

    class Other(MiniLMEmbeddings.__mro__[1]):  # any other Embeddings
        name = "other"

        def embed_documents(self, texts):
            return [[0.0] * 384 for _ in texts]

        def embed_query(self, text):
            return [0.0] * 384

    with pytest.raises(ConfigError, match="embeddings"):
        open_store(fake_settings, Other())


def _upload_text(sentences: int) -> bytes:
    return "\n".join(f"Station {i} of the northern line opened in year {1800 + i}." for i in range(sentences)).encode()


def test_a_page_upload_runs_off_the_calling_thread_and_reports_progress_on_it(fake_settings):
    import threading

    from ingest.pipeline import ingest_uploads

    store = open_store(fake_settings, get_embeddings("fake"), create=True)
    calls, workers = [], []
    real_write = store.write_documents

    def spy(*args, **kwargs):
        workers.append(threading.current_thread())
        return real_write(*args, **kwargs)

    store.write_documents = spy
    summary = ingest_uploads([("stations.txt", _upload_text(1500))], store, fake_settings,
                            progress=lambda done, total: calls.append((done, total, threading.current_thread())))
    assert summary.added == summary.passages == 1500
    assert workers and workers[0] is not threading.current_thread()  # the work ran on a worker
    assert calls and all(thread is threading.current_thread() for _, _, thread in calls)
    assert calls[-1][1] == 1500 and [d for d, _, _ in calls] == sorted(d for d, _, _ in calls)
    assert [r.source for r in store.documents()] == ["stations.txt"]


def test_a_page_upload_past_its_time_limit_stops_keeps_the_store_whole_and_the_next_try_finishes(fake_settings):
    from chatbot.errors import IngestTimedOut
    from ingest.pipeline import ingest_uploads

    store = open_store(fake_settings, get_embeddings("fake"), create=True)
    data = _upload_text(1500)  # two embedding chunks: the limit is checked after the first
    hurried = fake_settings.model_copy(update={"page_ingest_timeout_s": 1e-6})
    with pytest.raises(IngestTimedOut, match="took longer than"):
        ingest_uploads([("stations.txt", data)], store, hurried)
    assert store.documents() == []  # not listed: no question sees half a document
    again = ingest_uploads([("stations.txt", data)], store, fake_settings)
    assert again.unchanged > 0 and again.added + again.unchanged == again.passages == 1500


def test_several_uploads_go_in_together_and_unreadable_ones_are_skipped_one_line_each(fake_settings):
    from chatbot.errors import BadInput
    from ingest.pipeline import ingest_uploads

    store = open_store(fake_settings, get_embeddings("fake"), create=True)
    files = [(f"notes/{i:03d}.txt", f"Note {i} says the depot opened in {1900 + i}.".encode()) for i in range(40)]
    files += [("photo.png", b"\x89PNG"), ("notes/007.txt", b"The same name again."), ("empty.md", b"\xff\xfe\x00")]
    calls, skipped = [], []
    summary = ingest_uploads(files, store, fake_settings, progress=lambda done, total: calls.append((done, total)),
                             skipped=lambda name, reason: skipped.append((name, reason)))
    assert summary.documents == summary.added == 40
    assert len(store.documents()) == 40 and store.document("007.txt").passages == 1
    assert [name for name, _ in skipped] == ["photo.png", "notes/007.txt", "empty.md"]
    assert "unsupported file type" in skipped[0][1] and "same name" in skipped[1][1]
    assert not calls or calls[-1][1] == 40  # one count over all the files
    with pytest.raises(BadInput, match="unsupported file type"):  # nothing readable: the problem itself
        ingest_uploads([("photo.png", b"\x89PNG")], store, fake_settings, skipped=lambda *_: None)


def test_page_uploads_take_turns(fake_settings):
    from chatbot.errors import IngestTimedOut
    from ingest import pipeline

    store = open_store(fake_settings, get_embeddings("fake"), create=True)
    with pipeline._UPLOAD_SLOT:  # another visitor's upload is running
        with pytest.raises(IngestTimedOut):
            pipeline.ingest_uploads([("a.txt", b"One sentence here.")], store,
                                   fake_settings.model_copy(update={"page_ingest_timeout_s": 0.3}))
    assert pipeline.ingest_uploads([("a.txt", b"One sentence here.")], store, fake_settings).added == 1


def test_neighbours_of_a_passage_rebuilt_from_a_citation_are_its_real_neighbours(fake_settings):
    """A follow-up rebuilds the previous answer's passages from citations (no ordinal): they must
    not put the document's first sentences in the view's cache under their id."""
    from chatbot.retrieval import HybridRetriever
    from chatbot.types import Passage

    store = open_store(fake_settings, get_embeddings("fake"), create=True)
    text = "\n".join(f"Sentence {word} is about topic {word}." for word in ("one", "two", "three", "four", "five"))
    ingest_documents([document_from_text("five.txt", text)], store)
    _, view = HybridRetriever(store, get_embeddings("fake")).retrieve("topic three", k=1)
    third = next(p for p in store.passages() if "three" in p.text)
    rebuilt = Passage(id=third.id, text=third.text, source=third.source, start=third.start, end=third.end,
                      line_start=third.line_start, line_end=third.line_end)
    assert [p.text.split()[1] for p in view.neighbours(rebuilt)] == ["two", "three", "four"]
    assert [p.text.split()[1] for p in view.neighbours(third)] == ["two", "three", "four"]


def test_a_follow_up_also_considers_the_sentences_around_the_last_answer(fake_settings):
    """"What do we get at the end of it?" is answered by "At the end of this phase…" beside the last
    answer, which names nothing the question does: those sentences are candidates too, once each."""
    from chatbot.retrieval import NEAR_WINDOW, HybridRetriever

    store = open_store(fake_settings, get_embeddings("fake"), create=True)
    words = ("one", "two", "three", "four", "five", "six", "seven", "eight")
    text = "\n".join(f"Sentence {word} is about topic {word}." for word in words)
    ingest_documents([document_from_text("eight.txt", text)], store)
    retriever = HybridRetriever(store, get_embeddings("fake"))
    alone, _ = retriever.retrieve("topic one", k=1)
    assert [c.passage.text.split()[1] for c in alone] == ["one"]
    fourth = next(p for p in store.passages() if "four" in p.text)
    near, _ = retriever.retrieve("topic one", k=1, near=[fourth.id])
    said = [c.passage.text.split()[1] for c in near]
    assert said[0] == "one" and sorted(said[1:]) == sorted(words[3 - NEAR_WINDOW:4 + NEAR_WINDOW])
    assert all(c.dense != 0.0 for c in near)  # scored like any candidate


def test_the_collection_knows_a_word_and_the_abbreviation_of_one(fake_settings):
    from chatbot.retrieval import HybridRetriever

    store = open_store(fake_settings, get_embeddings("fake"), create=True)
    ingest_documents([document_from_text("r.txt", "The refurbishment of the clinic costs £86,000.")], store)
    _, view = HybridRetriever(store, get_embeddings("fake")).retrieve("refurbishment", k=1)
    assert view.knows("clinic") and view.knows("refurb") and not view.knows("christmas") and not view.knows("ref")


def test_a_store_indexed_with_an_older_stemmer_finds_plurals_after_it_is_opened_again(fake_settings, monkeypatch):
    """A catalogue stamped with another stemmer's version is copied again from Chroma on opening, so a
    question's stems meet the index's ("libraries" asked, "library" said)."""
    import sqlite3

    import chatbot.store.catalogue as catalogue
    from chatbot.retrieval import HybridRetriever

    today = catalogue.tokens_for_index
    with monkeypatch.context() as patch:  # indexed with stems no question of today's stemmer meets
        patch.setattr(catalogue, "tokens_for_index", lambda text: [f"old-{t}" for t in today(text)])
        store = _store(fake_settings)
        ingest_documents([document_from_text("l.txt", "Every library has a camera.\nOpening hours vary.")], store)
    for path in fake_settings.persist_dir.glob("catalogue-*.sqlite3"):
        with sqlite3.connect(path) as connection:
            connection.execute("PRAGMA user_version = 0")
    reader = _store(fake_settings, create=False)
    hits, _ = HybridRetriever(reader, get_embeddings("fake")).retrieve("which libraries", k=2)
    assert hits[0].passage.text == "Every library has a camera." and hits[0].lexical > 0


def test_a_reader_with_its_own_catalogue_copies_the_passages_exactly_from_the_store(fake_settings):
    """Chroma keeps no passage texts (the manifest has the document's): a process whose catalogue is
    empty (another replica, a Chroma server's reader) slices them from the document, offsets and all."""
    writer = _store(fake_settings)
    ingest_documents([document_from_text("a.txt", "Alpha beta gamma delta.\r\n\r\nEpsilon\tzeta “eta” theta!\n"),
                      document_from_text("b.txt", "Ünïcode line one. Line two follows it.\nThird line.")], writer)
    written = sorted(writer.passages(), key=lambda p: p.id)
    for file in fake_settings.persist_dir.glob("catalogue-*.sqlite3*"):
        file.unlink()  # as a new replica finds it: no catalogue yet
    reader = _store(fake_settings, create=False)
    assert reader.catalogue.documents() == {}
    assert sorted(reader.passages(), key=lambda p: p.id) == written
    raw = reader._passages.get(include=["documents"])
    assert len(raw["ids"]) == len(written) and not any(raw["documents"])


def test_a_store_written_with_the_offsets_in_four_keys_is_still_read_exactly(fake_settings):
    """Stores written before the offsets were packed into one "span" key keep working."""
    writer = _store(fake_settings)
    ingest_documents([document_from_text("a.txt", "One fish. Two fish.\nRed fish, blue fish.")], writer)
    written = sorted(writer.passages(), key=lambda p: p.id)
    collection = writer._passages
    rows = collection.get(include=["metadatas"])
    old = []
    for meta in rows["metadatas"]:
        start, end, line_start, line_end = (int(v) for v in meta.pop("span").split())
        old.append({**meta, "span": None, "start": start, "end": end, "line_start": line_start, "line_end": line_end})
    collection.upsert(ids=rows["ids"], embeddings=collection.get(include=["embeddings"])["embeddings"],
                      metadatas=old)
    assert "span" not in collection.get(ids=rows["ids"][:1], include=["metadatas"])["metadatas"][0]
    for file in fake_settings.persist_dir.glob("catalogue-*.sqlite3*"):
        file.unlink()
    assert sorted(_store(fake_settings, create=False).passages(), key=lambda p: p.id) == written


@pytest.mark.slow  # 400 documents: about 7 s here
def test_four_hundred_documents_in_one_ingest_are_each_listed_with_their_own_passages(fake_settings):
    store = _store(fake_settings)
    documents = [document_from_text(f"d{i:03d}.txt", f"Station {i} of the northern line opened in {1800 + i}.\n"
                                                     f"It has {i % 7} exits and a small waiting room.")
                 for i in range(400)]
    summary = ingest_documents(documents, store)
    assert (summary.documents, summary.added) == (400, 800)
    records = store.documents()
    assert [r.source for r in records] == [d.source for d in documents] and {r.passages for r in records} == {2}
    assert {p.source for p in store.passages() if "Station 123 " in p.text} == {"d123.txt"}


def test_an_ingest_stopped_midway_lists_the_documents_of_the_pools_it_wrote_and_the_next_run_reuses_the_rest(
        fake_settings, monkeypatch):
    from chatbot.store import chroma as store_module
    from chatbot.errors import IngestTimedOut

    monkeypatch.setattr(store_module, "EMBED_POOL", 4)  # two documents of two passages per pool
    monkeypatch.setattr(store_module, "EMBED_CHUNK", 2)
    store = _store(fake_settings)
    documents = [document_from_text(f"d{i}.txt", f"Station {i} opened in {1800 + i}.\n"
                                                 f"It has {i} exits{' and a long platform' * i}.")
                 for i in range(6)]

    def stop(done: int, total: int) -> None:
        if done >= 6:  # the first pool and half of the second are written
            raise IngestTimedOut("stopped")

    with pytest.raises(IngestTimedOut):
        ingest_documents(documents, store, progress=stop)
    assert [r.source for r in store.documents()] == ["d0.txt", "d1.txt"]  # not the half-written pool's
    again = ingest_documents(documents, store)
    assert (again.added, again.unchanged) == (6, 6)  # the half pool's two passages are not embedded again
    assert [r.source for r in store.documents()] == [d.source for d in documents]
    assert sorted(p.text for p in store.passages()) == sorted(p.text for d in documents for p in split_passages(d))


@pytest.mark.parametrize("text, led", [
    ("Branch: Central; Sunday: closed; Late: Tue, Thu 20:00", ("Central", "Branch")),
    ("Mill Road (Community Centre, 14 Mill Road): Mon and Thu 10:00-13:00", ("Mill Road", "")),
    ("Eastfield: 5 volunteers", ("Eastfield", "")),
    ("1. Harbour Road: phone the absence line at least one hour before", ("Harbour Road", "")),  # its number aside
    ("Action: Order 60 spare scanner batteries for the depot; Owner: Lotte", None),  # a sentence, not a term
    ("Brookside is the only branch open on Sundays.", None),
])
def test_the_term_a_line_leads_with(text, led):
    from chatbot.text import lead

    assert lead(text) == led


def test_terms_that_lead_rows_of_one_table_have_a_place_in_common(fake_settings, tmp_path):
    """What lets "what about the central branch?" stand for "brookside" in the last question."""
    from chatbot.retrieval import HybridRetriever
    from ingest import load_file

    store = open_store(fake_settings, get_embeddings("fake"), create=True)
    handbook = ("# Opening hours\n\n| Branch | Saturday | Sunday |\n| --- | --- | --- |\n"
                "| Central | 09:00-17:00 | closed |\n| Brookside | 09:30-16:00 | 11:00-15:00 |\n\n"
                "# Volunteers\n\n- Mill Road: 6 volunteers\n- Eastfield: 5 volunteers\n\n"
                "Brookside is the only branch open on Sundays.\n")
    (tmp_path / "handbook.md").write_text(handbook, encoding="utf-8")
    ingest_documents([load_file(tmp_path / "handbook.md")], store)
    places = HybridRetriever(store, get_embeddings("fake")).places
    assert places("central") & places("Brookside")
    assert places("eastfield") & places("mill road")
    assert not places("eastfield") & places("central")
    assert not places("sundays") and not places("library")


def test_a_heading_among_the_best_hits_brings_the_sentences_under_it(fake_settings, tmp_path):
    """"I left my charger in the room" finds the heading "I left something behind. What should I do?",
    whose answer ("Email lost property…") shares no word with the question: it is a candidate too,
    as close to the question as its heading; a document's title brings nothing."""
    from chatbot.retrieval import HybridRetriever
    from ingest import load_file

    store = open_store(fake_settings, get_embeddings("fake"), create=True)
    faq = ("# Guest questions\n\nWe answer within a day.\n\n"
           "## Can I bring my dog?\n\nDogs are welcome in garden rooms.\n\n"
           "## I left something behind in my room. What should I do?\n\n"
           "Email lost property with your dates.\n\nWe post items for the cost of postage.\n\n"
           "## Is there parking?\n\nThe car park has 40 spaces.\n")
    (tmp_path / "faq.md").write_text(faq, encoding="utf-8")
    ingest_documents([load_file(tmp_path / "faq.md")], store)
    found, _ = HybridRetriever(store, get_embeddings("fake")).retrieve("i left my charger behind in my room", k=1)
    texts = [c.passage.text for c in found]
    assert "Email lost property with your dates." in texts and "We post items for the cost of postage." in texts
    under = next(c for c in found if c.passage.text.startswith("Email"))
    assert under.dense > 0.0
    assert "We answer within a day." not in texts[1:]  # the title's sentence only if retrieved itself
