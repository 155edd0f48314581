"""The page's conversation features through AppTest: summaries, small talk, examples from the documents
present, long input, a conversation kept across reloads (its id in the URL), citations shown once."""
from streamlit.testing.v1 import AppTest

from ..conftest import ROOT
from .test_app import _assistant_texts

APP = str(ROOT / "ui" / "app.py")


def _page():
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    return at


def test_summarize_button_gives_a_cited_summary(page_env):
    at = _page()
    at.button(key="summarize_article.txt").click().run()
    assert "Summarize article.txt" in at.chat_message[0].get("html")[0].proto.body
    text = _assistant_texts(at)[-1]
    assert "article.txt in 5 sentences" in text and "<b>[5]</b>" in text and "answered by summary" in text
    assert [h for h in at.get("html") if h.proto.body.count("<mark") == 5]  # all five highlighted


def test_small_talk_has_no_citations_and_no_refusal(page_env):
    at = _page()
    at.chat_input[0].set_value("hi").run()
    assert "Hello!" in _assistant_texts(at)[-1] and "could not find" not in _assistant_texts(at)[-1]


def test_examples_come_from_the_documents_present(page_env):
    labels = [b.label for b in _page().button]
    assert "Who ruled out Assad?" in labels and "Summarize article.txt" in labels


def test_empty_store_says_how_to_add_a_document(monkeypatch, tmp_path):
    monkeypatch.setenv("CHATBOT_PERSIST_DIR", str(tmp_path / "store"))
    monkeypatch.setenv("CHATBOT_ADMIN_TOKEN", "editor-secret-for-tests")
    monkeypatch.setenv("CHATBOT_AUDIT_PATH", str(tmp_path / "audit.jsonl"))
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.text_input(key="editor_token").set_value("editor-secret-for-tests").run()  # only editors remove
    at.button(key="remove_article.txt").click().run()
    at.button(key="confirm_remove_article.txt").click().run()
    assert any("No documents yet" in i.value and "Add documents" in i.value for i in at.info)  # static text
    assert not [b for b in at.button if b.key and b.key.startswith("example_")]
    at.chat_input[0].set_value("who ruled out Assad?").run()
    assert "python -m ingest" in " ".join(h.proto.body for h in at.chat_message[-1].get("html"))


def test_long_input_gets_a_visible_message_and_is_kept_to_shorten(page_env):
    at = _page()
    at.chat_input[0].set_value("who ruled out Assad? " + "x" * 2500).run()
    notes = " ".join(h.proto.body for h in at.get("html"))
    assert "2,521 characters" in notes and "2,000" in notes
    assert not at.chat_message  # nothing was sent, and nothing was lost: the message waits to be shortened
    assert at.text_area(key="too_long_text").value.startswith("who ruled out Assad? xxx")
    assert at.button(key="too_long_ask").disabled
    at.text_area(key="too_long_text").set_value("who ruled out Assad?").run()
    at.button(key="too_long_ask").click().run()
    assert "Hollande" in _assistant_texts(at)[-1]
    assert not [t for t in at.text_area if t.key == "too_long_text"]


def test_a_blank_message_is_no_turn(page_env):
    at = _page()
    at.chat_input[0].set_value("   ").run()
    assert not at.chat_message and not at.exception


def test_two_citations_render_as_one_bold_group_and_quotes_show_once(page_env):
    at = _page()
    at.chat_input[0].set_value("who ruled out Assad?").run()
    message = at.chat_message[-1]
    assert "****" not in " ".join(h.proto.body for h in message.get("html"))
    passage = "Hollande used his address to rule out President Bashar Assad"
    cards = [h.proto.body for h in message.get("html") if "<code>article.txt</code>" in h.proto.body]
    assert cards and not [c for c in cards if passage in c]  # the answer already quotes it


def test_a_reload_keeps_the_conversation(page_env):
    at = _page()
    conversation_id = at.query_params["c"][0] if isinstance(at.query_params["c"], list) else at.query_params["c"]
    at.chat_input[0].set_value("Who is Le Drian?").run()
    reloaded = AppTest.from_file(APP, default_timeout=120)
    reloaded.query_params["c"] = conversation_id
    reloaded.run()
    assert "Defense Minister" in _assistant_texts(reloaded)[-1]
    reloaded.chat_input[0].set_value("On which channel did he say it?").run()  # the follow-up still resolves
    assert "BFMTV" in _assistant_texts(reloaded)[-1]
    fresh = AppTest.from_file(APP, default_timeout=120).run()
    assert not fresh.chat_message
