"""The Streamlit page through streamlit.testing.v1.AppTest, with the real default answerer."""
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ..conftest import ROOT

APP = str(ROOT / "ui" / "app.py")




def _assistant_texts(at):
    return [" ".join(m.value for m in msg.markdown) + " ".join(i.value for i in msg.info)
            + " ".join(c.value for c in msg.caption) + " ".join(h.proto.body for h in msg.get("html"))
            for msg in at.chat_message if msg.name == "assistant"]


def _sidebar(at) -> str:
    """Document names and messages in the sidebar are HTML-escaped text (st.html), not Markdown."""
    return "\n".join(h.proto.body for h in at.sidebar.get("html"))


def test_empty_chat_offers_examples(app):
    labels = [b.label for b in app.button]
    assert "Who ruled out Assad?" in labels
    app.button(key="example_0").click().run()
    assert "Hollande" in _assistant_texts(app)[-1]


def test_ask_shows_answer_with_citation_and_highlight(app):
    app.chat_input[0].set_value("who ruled out Assad?").run()
    assert not app.exception
    text = _assistant_texts(app)[-1]
    assert "Hollande" in text and "<b>[1]</b>" in text
    assert "line 5" in text
    highlighted = [h for h in app.get("html") if "<mark" in h.proto.body]
    assert highlighted and "rule out President Bashar Assad" in highlighted[0].proto.body


def test_follow_up_and_new_conversation(app):
    app.chat_input[0].set_value("Who is Le Drian?").run()
    app.chat_input[0].set_value("On which channel did he say it?").run()
    assert "BFMTV" in _assistant_texts(app)[-1]
    assert app.session_state["conversation"].turns[-1].standalone_question == "On which channel did Le Drian say it?"
    app.button(key="new_conversation").click().run()
    assert not [m for m in app.chat_message]
    assert app.session_state["conversation"].turns == []
    app.chat_input[0].set_value("On which channel did he say it?").run()
    (turn,) = app.session_state["conversation"].turns  # "he" means nobody in a new conversation
    assert turn.standalone_question == "On which channel did he say it?"


def test_refusal_is_calm_info_not_error(app):
    app.chat_input[0].set_value("What is the capital of Australia?").run()
    assert not app.error
    text = _assistant_texts(app)[-1]
    # nothing near: said once; something near: quoted as the closest, and said to be no answer
    assert "The document does not say." in text and "could not find" not in text \
        or "The closest the documents come" in text and "so I won't guess" in text


def test_feedback_is_stored(app, tmp_path):
    app.chat_input[0].set_value("who ruled out Assad?").run()
    app.feedback[0].set_value(1).run()
    entries = [json.loads(line) for line in Path(tmp_path / "feedback.jsonl").read_text().splitlines()]
    assert entries[-1]["rating"] == "up" and entries[-1]["question"] == "who ruled out Assad?"
    assert len(entries[-1]["citations"]) == 1


def test_two_browser_sessions_never_mix_histories(real_env, monkeypatch, tmp_path):
    for key, value in real_env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("CHATBOT_FEEDBACK_PATH", str(tmp_path / "feedback.jsonl"))
    a, b = AppTest.from_file(APP, default_timeout=120).run(), AppTest.from_file(APP, default_timeout=120).run()
    a.chat_input[0].set_value("Who is Le Drian?").run()
    b.chat_input[0].set_value("Who did Hollande rule out from a solution?").run()
    a.chat_input[0].set_value("On which channel did he say it?").run()
    b.chat_input[0].set_value("Which countries want him to stay in place?").run()
    assert a.session_state["conversation"].turns[-1].standalone_question == "On which channel did Le Drian say it?"
    assert "Assad" in b.session_state["conversation"].turns[-1].standalone_question
    assert "Russia" in _assistant_texts(b)[-1]
    assert a.session_state["conversation"].chain is b.session_state["conversation"].chain  # loaded once per server


def test_upload_list_and_remove_a_document(monkeypatch, tmp_path):
    monkeypatch.setenv("CHATBOT_PERSIST_DIR", str(tmp_path / "store"))  # a store of its own: it changes
    monkeypatch.setenv("CHATBOT_PAGE_UPLOADS", "shared")  # visitors may add (and manage what they added)
    monkeypatch.setenv("CHATBOT_AUDIT_PATH", str(tmp_path / "audit.jsonl"))
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert "article.txt" in _sidebar(at)  # first run ingested the article
    memo = b"Team memo.\nThe cafeteria opens at eight o'clock every weekday morning.\n"
    at.file_uploader(key="upload").upload("memo.txt", memo, "text/plain").run()
    assert not at.exception
    assert "memo.txt: 2 passages ready" in _sidebar(at)
    assert "<code>memo.txt</code>" in _sidebar(at)
    at.chat_input[0].set_value("When does the cafeteria open?").run()
    assert "eight o" in _assistant_texts(at)[-1]
    at.button(key="remove_memo.txt").click().run()
    assert "Remove memo.txt and its 2 passages" in _sidebar(at)  # asks first
    at.button(key="cancel_remove_memo.txt").click().run()
    assert "Remove memo.txt and its" not in _sidebar(at) and "<code>memo.txt</code>" in _sidebar(at)
    at.button(key="remove_memo.txt").click().run()
    at.button(key="confirm_remove_memo.txt").click().run()
    assert "<code>memo.txt</code>" not in _sidebar(at)
    assert "memo.txt removed" in _sidebar(at) and "passages ready" not in _sidebar(at)  # reflected at once
    assert "memo.txt has since been removed" in " ".join(c.value for c in at.caption)  # old answers say so
    assert "Summarize memo.txt" not in [b.label for b in at.button]


def test_many_files_at_once_one_message_skips_named_and_a_finder_instead_of_a_long_list(monkeypatch, tmp_path):
    monkeypatch.setenv("CHATBOT_PERSIST_DIR", str(tmp_path / "store"))
    monkeypatch.setenv("CHATBOT_PAGE_UPLOADS", "shared")
    at = AppTest.from_file(APP, default_timeout=120).run()
    files = [(f"depot_{i:02d}.txt", f"Depot {i} of the Harlow tramway opened in {1880 + i}.".encode(), "text/plain")
             for i in range(14)]
    files.append(("photo.png", b"\x89PNG not text", "image/png"))
    files.append(("depot_05.txt", b"Another file with the name of one above.", "text/plain"))
    at.file_uploader(key="upload").set_value(files).run()
    assert not at.exception
    assert "14 documents added: 14 passages ready" in _sidebar(at)
    assert "Skipped photo.png: unsupported file type" in _sidebar(at)
    assert "Skipped depot_05.txt: another file in this upload has the same name" in _sidebar(at)
    assert "15 documents · 33 passages" in " ".join(c.value for c in at.sidebar.caption)  # and the article
    assert "<code>depot_03.txt</code>" not in _sidebar(at)  # no row each: found by name
    at.selectbox(key="document_pick").set_value("depot_05.txt").run()
    assert "<code>depot_05.txt</code> · 1 passages" in _sidebar(at)
    assert at.button(key="remove_depot_05.txt")  # the first depot_05.txt went in, and is the visitor's
    at.chat_input[0].set_value("When did depot 7 of the Harlow tramway open?").run()
    assert "1887" in _assistant_texts(at)[-1]
    at.file_uploader(key="upload").set_value(files[:2]).run()  # the same names again: asks first
    assert "2 documents already exist (depot_00.txt, depot_01.txt)" in _sidebar(at)


def test_bad_upload_is_a_friendly_message(monkeypatch, tmp_path):
    monkeypatch.setenv("CHATBOT_PERSIST_DIR", str(tmp_path / "store"))
    monkeypatch.setenv("CHATBOT_PAGE_UPLOADS", "shared")
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.file_uploader(key="upload").upload("photo.txt", bytes(range(256)) * 40, "text/plain").run()
    assert not at.exception
    message = _sidebar(at)
    assert "Could not add photo.txt" in message and "binary" in message
    assert "<code>photo.txt</code>" not in message


@pytest.mark.slow  # a redis-server process
def test_the_page_works_when_sessions_are_in_redis(real_env, redis_url, monkeypatch, tmp_path):
    """The API's session store setting does not change the page: its conversation is the Streamlit session's."""
    for key, value in {**real_env, "CHATBOT_REDIS_URL": redis_url}.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("CHATBOT_FEEDBACK_PATH", str(tmp_path / "feedback.jsonl"))
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.chat_input[0].set_value("Who is Le Drian?").run()
    at.chat_input[0].set_value("On which channel did he say it?").run()
    assert not at.exception and "BFMTV" in _assistant_texts(at)[-1]
