"""Look-alike document names (issue 27): a new name that looks like an existing different one is
refused with one line; the exact same name is still an update."""
from __future__ import annotations

import unicodedata

import pytest

from ..conftest import run_cli

CYRILLIC = "\u0430rticle.txt"  # a Cyrillic а
UPPER = "article.TXT"
COMPOSED = unicodedata.normalize("NFC", "café.txt")
DECOMPOSED = unicodedata.normalize("NFD", "café.txt")
# (a name already in the store, a new one that looks the same)
VARIANTS = [("article.txt", CYRILLIC), ("article.txt", UPPER), (COMPOSED, DECOMPOSED), (DECOMPOSED, COMPOSED)]


def _message(existing: str) -> str:
    return f"a document named {existing} already exists and looks the same; rename the file"


def _store(settings):
    from chatbot.embeddings import get_embeddings
    from chatbot.store.chroma import open_store

    return open_store(settings, get_embeddings(settings.embeddings), create=True)


@pytest.mark.parametrize("existing, new", VARIANTS, ids=["cyrillic", "case", "decomposed", "composed"])
def test_a_look_alike_name_is_refused_in_process(fake_settings, existing, new):
    from chatbot.errors import BadInput
    from ingest import document_from_text, ingest_documents

    store = _store(fake_settings)
    ingest_documents([document_from_text(existing, "The first text about trains and bridges.")], store)
    with pytest.raises(BadInput) as caught:
        ingest_documents([document_from_text(new, "Another text, from someone else.")], store)
    assert str(caught.value) == _message(existing)
    assert [r.source for r in store.documents(fresh=True)] == [existing]


def test_the_same_name_is_an_update_and_other_names_are_added(fake_settings):
    from ingest import document_from_text, ingest_documents

    store = _store(fake_settings)
    ingest_documents([document_from_text("article.txt", "The first text about trains.")], store)
    summary = ingest_documents([document_from_text("article.txt", "A new text about bridges.")], store)
    assert summary.added and summary.removed
    ingest_documents([document_from_text("articles.txt", "Yet another text.")], store)
    assert [r.source for r in store.documents(fresh=True)] == ["article.txt", "articles.txt"]


def test_two_look_alikes_in_one_ingest_are_refused(fake_settings):
    from chatbot.errors import BadInput
    from ingest import document_from_text, ingest_documents

    store = _store(fake_settings)
    with pytest.raises(BadInput, match="looks the same"):
        ingest_documents([document_from_text("notes.md", "Some notes."), document_from_text("NOTES.md", "Others.")],
                         store)
    assert store.documents(fresh=True) == []


def test_one_name_twice_in_one_ingest_is_one_document_or_refused(fake_settings):
    """Two folders each with a staff-handbook.md, ingested together: a document is known by its file
    name, so two different ones are refused with one line (and nothing written); the same file given
    twice is ingested once."""
    from chatbot.errors import BadInput
    from ingest import document_from_text, ingest_documents

    store = _store(fake_settings)
    with pytest.raises(BadInput) as caught:
        ingest_documents([document_from_text("staff-handbook.md", "The hotel's handbook."),
                          document_from_text("staff-handbook.md", "The bus company's handbook.")], store)
    assert str(caught.value) == ("two different files are named staff-handbook.md; documents are known by their "
                                 "file name, so rename one of them")
    assert store.documents(fresh=True) == []
    same = document_from_text("staff-handbook.md", "The hotel's handbook.")
    summary = ingest_documents([same, same], store)
    assert summary.documents == 1 and [r.source for r in store.documents(fresh=True)] == ["staff-handbook.md"]


@pytest.mark.slow
def test_the_command_line_refuses_each_look_alike_with_one_line(fake_env, tmp_path):
    first = tmp_path / "first"
    first.mkdir()
    for name in ("article.txt", COMPOSED):
        (first / name).write_text(f"The text of {name}, about trains and bridges.")
    assert run_cli(["ingest", str(first / "article.txt"), str(first / COMPOSED)], fake_env).returncode == 0
    for i, (existing, new) in enumerate(VARIANTS[:3]):
        path = tmp_path / f"new{i}" / new
        path.parent.mkdir()
        path.write_text("Another text, from someone else.")
        result = run_cli(["ingest", str(path)], fake_env)
        assert result.returncode == 2, result.stderr
        assert result.stderr.strip().splitlines() == [f"error: {_message(existing)}"]
    again = run_cli(["ingest", str(first / "article.txt")], fake_env)  # the same name: nothing refused
    assert again.returncode == 0, again.stderr
