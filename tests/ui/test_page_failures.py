"""The page never shows a traceback (issue 27): an unexpected failure while answering is a friendly
sentence for the visitor, and its details go to the server log."""
from __future__ import annotations

import logging

from streamlit.testing.v1 import AppTest

from chatbot import Conversation

from .conftest import APP


def _page(monkeypatch, tmp_path) -> AppTest:
    monkeypatch.setenv("CHATBOT_PERSIST_DIR", str(tmp_path / "store"))
    monkeypatch.setenv("CHATBOT_EMBEDDINGS", "fake")
    monkeypatch.setenv("CHATBOT_FEEDBACK_PATH", str(tmp_path / "feedback.jsonl"))
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    return at


def _texts(at: AppTest) -> str:
    return " ".join(h.proto.body for h in at.get("html")) + " ".join(str(e.value) for e in at.markdown)


def test_an_unexpected_failure_while_answering_is_a_friendly_message(monkeypatch, tmp_path, caplog):
    def broken(self, question):
        raise ValueError("/srv/secret/path/store: axis 1 is out of bounds")
        yield  # a generator, like the real stream

    monkeypatch.setattr(Conversation, "stream", broken)
    at = _page(monkeypatch, tmp_path)
    with caplog.at_level(logging.ERROR, logger="chatbot.page"):
        at.chat_input[0].set_value("summarize big34k.txt").run()
    assert not at.exception
    shown = _texts(at)
    assert "Something went wrong answering that; the details are in the server log." in shown
    assert "/srv/secret" not in shown and "Traceback" not in shown
    assert any(r.exc_info and "axis 1" in str(r.exc_info[1]) for r in caplog.records)  # the log keeps it


def test_a_chatbot_error_while_answering_shows_its_public_message(monkeypatch, tmp_path):
    from chatbot.errors import BadInput

    def refused(self, question):
        raise BadInput("that question cannot be answered here")
        yield

    monkeypatch.setattr(Conversation, "stream", refused)
    at = _page(monkeypatch, tmp_path)
    at.chat_input[0].set_value("anything").run()
    assert not at.exception
    assert "that question cannot be answered here" in _texts(at)


def test_an_unexpected_failure_elsewhere_on_the_page_is_a_friendly_message(monkeypatch, tmp_path, caplog):
    import chatbot

    def broken(*args, **kwargs):
        raise KeyError("/srv/secret/path/store")

    monkeypatch.setattr(chatbot, "example_questions", broken)
    with caplog.at_level(logging.ERROR, logger="chatbot.page"):
        at = _page(monkeypatch, tmp_path)
    shown = _texts(at)
    assert "Something went wrong showing this page; the details are in the server log." in shown, shown
    assert "/srv/secret" not in shown
    assert any(r.exc_info for r in caplog.records)
