"""Citations name their page and section where users see them: the CLI (text and --json), the API
(JSON and the SSE citations event), the page's citation card; ingest tells about pages."""
from __future__ import annotations

import io
import json

import pytest

from ..conftest import DATA, ROOT, run_cli

PDF = DATA / "workplace" / "18f-partnership-principles.pdf"
POLICY = DATA / "workplace" / "rust-travel-grant-policy.md"
ON_PAGE_4 = "How long does a Foundation Engagement typically last?"
IN_A_SECTION = "How much is the automatic approval per person per year?"


def _with_blank_page() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(PDF.read_bytes())))
    writer.add_blank_page(612, 792)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.slow
def test_cli_cites_the_pdf_page_and_the_markdown_section(fake_env):
    for path in (PDF, POLICY):
        result = run_cli(["ingest", str(path.relative_to(ROOT))], fake_env)
        assert result.returncode == 0, result.stderr
        assert "warning:" not in result.stderr
    result = run_cli(["chatbot", "ask", ON_PAGE_4, "--json"], fake_env)
    assert result.returncode == 0, result.stderr
    (citation,) = json.loads(result.stdout)["citations"]
    assert citation["source"] == PDF.name and citation["page"] == 4
    assert citation["section"].endswith("Understanding your problem first › What does this mean for you?")
    text = run_cli(["chatbot", "ask", ON_PAGE_4], fake_env).stdout
    assert (f"[1] {PDF.name}, p. 4 · 18F Partnership Principles › Tactics › Understanding your problem first › "
            "What does this mean for you?: A Foundation Engagement typically lasts") in text
    text = run_cli(["chatbot", "ask", IN_A_SECTION], fake_env).stdout
    assert f"[1] {POLICY.name}, Travel spending policy › Approval guidelines: Up to $2000" in text


@pytest.mark.slow
def test_cli_ingest_warns_about_a_page_without_text(fake_env, tmp_path):
    scanned = tmp_path / "scanned-end.pdf"
    scanned.write_bytes(_with_blank_page())
    result = run_cli(["ingest", str(scanned)], fake_env)
    assert result.returncode == 0, result.stderr
    assert "warning: scanned-end.pdf: page 6 has no text layer (scanned?)" in result.stderr.splitlines()


def test_a_text_file_keeps_its_line_numbers():
    from chatbot.cli import format_answer
    from chatbot.types import Answer, Citation

    plain = Citation(n=1, id="a", source="notes.txt", url=None, start=0, end=5, text="Hello", line_start=5, line_end=5)
    pdf = Citation(n=2, id="b", source="policy.pdf", url=None, start=0, end=5, text="Carry", line_start=9,
                   line_end=9, page=4, section="Leave › Carry-over")
    text = format_answer(Answer(question="q", answer="a", answerable=True, citations=[plain, pdf]))
    assert "[1] notes.txt, line 5: Hello" in text and "[2] policy.pdf, p. 4 · Leave › Carry-over: Carry" in text
    old = Answer.from_dict({"question": "q", "answer": "a", "answerable": True, "citations": [
        {k: v for k, v in plain.__dict__.items() if k not in {"page", "section"}}]})  # saved before the fields
    assert old.citations[0].page is None and old.citations[0].section is None


@pytest.fixture(scope="module")
def pdf_chain(tmp_path_factory):
    from chatbot import ChatChain, load_settings
    from ingest import ingest_paths

    folder = tmp_path_factory.mktemp("cited")
    settings = load_settings(persist_dir=folder / "store", embeddings="fake", feedback_path=folder / "fb.jsonl")
    ingest_paths([PDF, POLICY], settings)
    return ChatChain(settings)


def test_api_json_and_stream_carry_page_and_section(pdf_chain):
    from fastapi.testclient import TestClient

    from chatbot.config import load_settings
    from chatbot.service.app import create_app

    client = TestClient(create_app(load_settings(), pdf_chain), base_url="http://localhost")
    data = client.post("/v1/chat", json={"question": ON_PAGE_4}).json()
    citation = data["citations"][0]
    assert citation["page"] == 4 and citation["section"].endswith("What does this mean for you?")
    response = client.post("/v1/chat/stream", json={"question": IN_A_SECTION})
    events = [block for block in response.text.strip().split("\n\n") if block.startswith("event: citations")]
    (cited,) = json.loads(events[0].split("data: ", 1)[1])["citations"]
    assert cited["page"] is None and cited["section"] == "Travel spending policy › Approval guidelines"


def test_headings_are_never_the_answer(pdf_chain):
    """A question that is a heading's words finds the heading lexically; the answer is a sentence."""
    answer = pdf_chain.ask("Automatic approval")
    assert all(c.text != "Automatic approval" for c in answer.citations)
    candidates, _ = pdf_chain.retriever.retrieve("Automatic approval", k=8)
    assert candidates and not any(c.passage.heading for c in candidates)


def test_page_card_shows_page_and_warns_about_a_scanned_page(monkeypatch, tmp_path):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("CHATBOT_PERSIST_DIR", str(tmp_path / "store"))
    monkeypatch.setenv("CHATBOT_EMBEDDINGS", "fake")
    monkeypatch.setenv("CHATBOT_PAGE_UPLOADS", "shared")
    monkeypatch.setenv("CHATBOT_FEEDBACK_PATH", str(tmp_path / "fb.jsonl"))
    at = AppTest.from_file(str(ROOT / "ui" / "app.py"), default_timeout=120).run()
    at.file_uploader(key="upload").upload("principles.pdf", _with_blank_page(), "application/pdf").run()
    assert not at.exception
    sidebar = "\n".join(h.proto.body for h in at.sidebar.get("html"))
    assert "Warning: principles.pdf: page 6 has no text layer (scanned?)" in sidebar
    assert "Skipped" not in sidebar
    at.chat_input[0].set_value(ON_PAGE_4).run()
    cards = [h.proto.body for msg in at.chat_message if msg.name == "assistant" for h in msg.get("html")]
    assert any("<code>principles.pdf</code> · p. 4" in body for body in cards), cards
