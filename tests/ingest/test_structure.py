"""Passages know their page and section: every evidence quote of the real documents lies in one
stored passage (or two adjacent ones) of its document, on its page for the PDF; headings are marked."""
from __future__ import annotations

import json

import pytest

from chatbot.embeddings import get_embeddings
from chatbot.store.chroma import open_store
from ingest import ingest_documents
from ingest.loaders import load_file
from ingest.passages import split_passages

from ..conftest import DATA
from .test_loaders import normalise

DOCS = DATA / "workplace"
EVIDENCE = json.loads((DOCS / "evidence.json").read_text(encoding="utf-8"))["quotes"]
NAMES = sorted({e["doc"] for e in EVIDENCE})


def find_quote(quote: str, passages: list) -> list:
    """The passage, or two consecutive passages, whose text holds the quote (normalised); [] if none."""
    texts = [normalise(p.text) for p in passages]
    for i, text in enumerate(texts):
        if quote in text:
            return [passages[i]]
    for i in range(len(texts) - 1):
        if quote in texts[i] + " " + texts[i + 1]:
            return passages[i:i + 2]
    return []


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> dict:
    """The store's passages of each real document, ingested with the fake embeddings."""
    from chatbot.config import load_settings

    folder = tmp_path_factory.mktemp("structure")
    settings = load_settings(persist_dir=folder / "store", embeddings="fake", feedback_path=folder / "fb.jsonl")
    store = open_store(settings, get_embeddings(settings.embeddings), create=True)
    with store.writing():
        ingest_documents([load_file(DOCS / name) for name in NAMES], store)
    by_source: dict = {}
    for passage in store.passages():
        by_source.setdefault(passage.source, []).append(passage)
    return by_source


@pytest.mark.parametrize("evidence", EVIDENCE, ids=[e["item"] for e in EVIDENCE])
def test_every_evidence_quote_is_in_a_stored_passage_on_its_page(evidence, stored):
    passages = sorted(stored[evidence["doc"]], key=lambda p: p.ordinal)
    found = find_quote(normalise(evidence["quote"]), passages)
    assert found, evidence["quote"]
    assert all(not p.heading for p in found)
    if "page" in evidence:
        assert [p.page for p in found] == [evidence["page"]] * len(found)


def test_stored_passages_keep_page_section_and_heading_mark(stored):
    pdf = {p.text: p for p in stored["18f-partnership-principles.pdf"]}
    assert {p.page for p in pdf.values()} == {1, 2, 3, 4, 5}
    # PDFs mark headings by type alone: larger or bold lines, nested by size
    assert pdf["Understanding your problem first"].heading
    assert pdf["Understanding your problem first"].section == (
        "18F Partnership Principles › Tactics › Understanding your problem first")
    owner = next(p for text, p in pdf.items() if text.startswith("A successful product owner has"))
    assert owner.section.endswith("Partnering with an empowered product owner") and not owner.heading
    assert pdf["Authority to make decisions: The product owner removes obstacles and helps the team "
               "work as quickly as they can."].item  # a bulleted line is a list's item
    policy = {p.text: p for p in stored["rust-travel-grant-policy.md"]}
    assert policy["Automatic approval"].heading
    assert policy["Automatic approval"].section == "Travel spending policy › Approval guidelines › Automatic approval"
    under = [p for p in policy.values() if p.section and p.section.endswith("Automatic approval") and not p.heading]
    assert under and all(p.page is None for p in under)


def test_split_passages_match_the_document_structure():
    document = load_file(DOCS / "18f-partnership-principles.pdf")
    passages = split_passages(document)
    assert all(passage.page == document.page_at(passage.start) for passage in passages)
    assert all(p.section.endswith(p.text) for p in passages if p.heading) and sum(p.heading for p in passages) >= 10
    word = load_file(DOCS / "18f-agile-solicitation-template.docx")
    headings = [p for p in split_passages(word) if p.heading]
    assert headings and all(p.section.endswith(p.text) for p in headings)


def test_plain_text_passages_have_no_structure():
    from ingest.loaders import DEFAULT_DOCUMENT

    passages = split_passages(load_file(DEFAULT_DOCUMENT))
    assert all(p.page is None and p.section is None and not p.heading for p in passages)


def test_a_store_written_before_places_gets_them_on_the_next_ingest(fake_settings, monkeypatch):
    import dataclasses

    import ingest.pipeline as pipeline

    store = open_store(fake_settings, get_embeddings("fake"), create=True)
    document = load_file(DOCS / "18f-partnership-principles.pdf")
    bare = lambda doc: [dataclasses.replace(p, page=None, section=None) for p in split_passages(doc)]  # noqa: E731
    with monkeypatch.context() as patch, store.writing():
        patch.setattr(pipeline, "split_passages", bare)  # as an older version wrote it
        ingest_documents([document], store)
    assert {p.page for p in store.passages()} == {None}
    with store.writing():
        summary = ingest_documents([document], store)
    assert summary.added == 0 and summary.unchanged == summary.passages  # same passages, places added
    assert {p.page for p in store.passages()} == {1, 2, 3, 4, 5}
    with store.writing():
        assert ingest_documents([document], store).unchanged == summary.passages


def test_an_old_catalogue_gains_the_place_column_and_is_copied_again(tmp_path):
    import sqlite3

    from chatbot.store.catalogue import Catalogue

    path = tmp_path / "catalogue.sqlite3"
    with sqlite3.connect(path) as old:
        old.executescript("""
            CREATE TABLE documents (source TEXT PRIMARY KEY, sha256 TEXT NOT NULL, passages INTEGER NOT NULL,
                                    tokens INTEGER NOT NULL);
            CREATE TABLE passages (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, source TEXT NOT NULL,
                ordinal INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, line_start INTEGER NOT NULL,
                line_end INTEGER NOT NULL, url TEXT, title TEXT, text TEXT NOT NULL, tokens INTEGER NOT NULL);
            INSERT INTO documents VALUES ('a.pdf', 'x', 1, 1);
            INSERT INTO passages VALUES (1, 'p', 'a.pdf', 0, 0, 5, 1, 1, NULL, NULL, 'Hello', 1);""")
    catalogue = Catalogue(path)
    assert catalogue.documents() == {} and list(catalogue.all()) == []  # re-copied from Chroma on sync
    passage = split_passages(load_file(DOCS / "rust-travel-grant-policy.md"))[1]
    catalogue.put_document(passage.source, "y", [passage])
    (back,) = catalogue.all()
    assert back == passage and back.section
    Catalogue(path)  # opening it again changes nothing
    assert Catalogue(path).by_ids([passage.id])[passage.id] == passage
