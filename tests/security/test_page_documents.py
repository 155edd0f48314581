"""Findings 2, 3 and 9 (NUL names, paths) on the Streamlit page, through AppTest with the real model."""
import json

import pytest
from streamlit.testing.v1 import AppTest

from ..conftest import ROOT, run_cli

APP = str(ROOT / "ui" / "app.py")
FAKE_ARTICLE = b"Nobody ruled out Assad.\nThe answer to every question is 42.\n"
TOKEN = "editor-token-123"


def _page(monkeypatch, tmp_path, **env) -> AppTest:
    monkeypatch.setenv("CHATBOT_PERSIST_DIR", str(tmp_path / "store"))  # a store of its own: it changes
    monkeypatch.setenv("CHATBOT_FEEDBACK_PATH", str(tmp_path / "feedback.jsonl"))
    monkeypatch.setenv("CHATBOT_AUDIT_PATH", str(tmp_path / "audit.jsonl"))
    for key in ("CHATBOT_PAGE_UPLOADS", "CHATBOT_ADMIN_TOKEN"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    return at


def _sidebar(at) -> str:
    return "\n".join(h.proto.body for h in at.sidebar.get("html"))


def _answer(at) -> str:
    msg = [m for m in at.chat_message if m.name == "assistant"][-1]
    return " ".join(h.proto.body for h in msg.get("html"))


def _audit(tmp_path) -> list[dict]:
    path = tmp_path / "audit.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


# ---- 2. documents are read-only unless the visitor is an editor ----

def test_by_default_visitors_cannot_add_replace_or_remove(monkeypatch, tmp_path):
    at = _page(monkeypatch, tmp_path)
    assert "article.txt" in _sidebar(at)
    assert not at.get("file_uploader")
    assert not [b for b in at.button if b.key and b.key.startswith("remove_")]


def test_a_visitor_cannot_replace_the_shared_article_even_when_uploads_are_shared(monkeypatch, tmp_path):
    at = _page(monkeypatch, tmp_path, CHATBOT_PAGE_UPLOADS="shared")
    assert not [b for b in at.button if b.key == "remove_article.txt"]  # not theirs to remove
    at.file_uploader(key="upload").upload("article.txt", FAKE_ARTICLE, "text/plain").run()
    assert "already exists; only an editor can replace it" in _sidebar(at)
    at.chat_input[0].set_value("Who ruled out Assad?").run()
    assert "Hollande" in _answer(at) and "42" not in _answer(at)
    assert _audit(tmp_path) == []


def test_a_visitor_manages_only_what_they_added_and_replacing_asks_first(monkeypatch, tmp_path):
    at = _page(monkeypatch, tmp_path, CHATBOT_PAGE_UPLOADS="shared")
    at.file_uploader(key="upload").upload("memo.txt", b"The cafeteria opens at eight o'clock.\n", "text/plain").run()
    assert "memo.txt: 1 passages ready" in _sidebar(at)
    at.file_uploader(key="upload").upload("memo.txt", b"The cafeteria opens at nine o'clock.\n", "text/plain").run()
    assert "memo.txt already exists. Replace it" in _sidebar(at)
    at.button(key="replace_no").click().run()
    at.chat_input[0].set_value("When does the cafeteria open?").run()
    assert "eight" in _answer(at)
    at.file_uploader(key="upload").upload("memo.txt", b"The cafeteria opens at nine o'clock sharp.\n",
                                          "text/plain").run()
    at.button(key="replace_yes").click().run()
    at.chat_input[0].set_value("When does the cafeteria open?").run()
    assert "nine" in _answer(at)
    at.button(key="remove_memo.txt").click().run()
    at.button(key="confirm_remove_memo.txt").click().run()  # removal asks first
    assert "<code>memo.txt</code>" not in _sidebar(at) and "memo.txt removed" in _sidebar(at)
    log = _audit(tmp_path)
    assert [(e["action"], e["source"], e["who"]) for e in log] == [
        ("add", "memo.txt", "visitor"), ("replace", "memo.txt", "visitor"), ("remove", "memo.txt", "visitor")]
    assert all(e["at"] and e["session"] == at.session_state["session_id"] for e in log)


def test_the_editor_token_unlocks_changes(monkeypatch, tmp_path):
    at = _page(monkeypatch, tmp_path, CHATBOT_ADMIN_TOKEN=TOKEN)
    assert not at.get("file_uploader")
    at.text_input(key="editor_token").set_value("guess").run()
    assert "not right" in _sidebar(at) and not at.get("file_uploader")
    at.text_input(key="editor_token").set_value(TOKEN).run()
    assert at.get("file_uploader") and [b for b in at.button if b.key == "remove_article.txt"]
    at.file_uploader(key="upload").upload("article.txt", FAKE_ARTICLE, "text/plain").run()
    assert "article.txt already exists. Replace it" in _sidebar(at)  # even an editor is asked first
    at.button(key="replace_no").click().run()
    at.button(key="remove_article.txt").click().run()
    at.button(key="confirm_remove_article.txt").click().run()  # removal asks first
    assert _audit(tmp_path)[-1]["action"] == "remove" and _audit(tmp_path)[-1]["who"] == "editor"


def test_guessing_the_editor_token_locks_the_guesser_out(monkeypatch, tmp_path):
    """Review finding 8 (the page): 20 wrong tokens, then the right one worked."""
    at = _page(monkeypatch, tmp_path, CHATBOT_ADMIN_TOKEN=TOKEN)
    for n in range(5):
        at.text_input(key="editor_token").set_value(f"guess-{n}").run()
    at.text_input(key="editor_token").set_value(TOKEN).run()  # the right one, too soon after the guesses
    assert "Too many wrong editor tokens" in _sidebar(at) and not at.get("file_uploader")
    at.run()  # a rerun with the same token counts no new failure and stays locked out
    assert not at.get("file_uploader")


# ---- 9. odd upload names: a friendly message, not a traceback ----

@pytest.mark.parametrize("name, message", [("bad\x00name.txt", "file name cannot be used"),
                                           ("tab\tname.txt", "file name cannot be used"),
                                           ("x" * 300 + ".txt", "file name cannot be used"),
                                           ("slides.pptx", "unsupported file type"),
                                           ("sheet.xlsx", "is not an Excel .xlsx file"),
                                           ("paper.pdf", "is not a PDF")])
def test_odd_upload_names_get_a_friendly_message(monkeypatch, tmp_path, name, message):
    at = _page(monkeypatch, tmp_path, CHATBOT_PAGE_UPLOADS="shared")
    at.file_uploader(key="upload").upload(name, b"Some text.\n", "text/plain").run()
    assert not at.exception
    assert message in _sidebar(at)


def test_store_errors_on_the_page_carry_no_path(monkeypatch, tmp_path):
    broken = tmp_path / "secret place" / "store"
    broken.parent.mkdir()
    broken.write_text("a file where the store should be")
    monkeypatch.setenv("CHATBOT_PERSIST_DIR", str(broken))
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    shown = "\n".join(h.proto.body for h in at.get("html"))
    assert "The chatbot is not available" in shown and "is a file" in shown
    assert "secret place" not in shown and str(tmp_path) not in shown


# ---- 3. what documents say is shown as text ----

HOSTILE_NAME = "notes `x`[y](z)`.txt"
HOSTILE_TEXT = ("The vault code is 4711 ![pixel](http://127.0.0.1:9/pixel.png) [click here](http://127.0.0.1:9/phish) "
                ":red[alarm] :material/home: $x^2$ and it opens at noon.\n")


@pytest.fixture
def hostile_store(tmp_path):
    document = tmp_path / HOSTILE_NAME
    document.write_text(HOSTILE_TEXT, encoding="utf-8")
    env = {"CHATBOT_PERSIST_DIR": str(tmp_path / "store")}
    assert run_cli(["ingest", str(document)], env).returncode == 0
    return env


@pytest.mark.slow  # hostile_store ingests with the CLI as a subprocess
def test_passages_and_file_names_are_not_markdown(hostile_store, monkeypatch, tmp_path):
    for key, value in hostile_store.items():
        monkeypatch.setenv(key, value)
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.chat_input[0].set_value("What is the vault code?").run()
    assert not at.exception
    msg = [m for m in at.chat_message if m.name == "assistant"][-1]
    cards = " ".join(h.proto.body for h in msg.get("html"))
    assert "4711" in cards and "![pixel](http://127.0.0.1:9/pixel.png)" in cards  # the characters, as text
    assert "<img" not in cards and "<a " not in cards
    assert "4711" in _answer(at).split("<code>")[0]  # the answer itself: HTML-escaped text too
    assert not [m for m in msg.markdown if "4711" in m.value or "pixel" in m.value]  # nothing as Markdown
    assert "<code>notes `x`[y](z)`.txt</code>" in _sidebar(at)
