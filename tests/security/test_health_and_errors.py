"""Finding 9: /healthz does a real store read and says `degraded`; no paths in users' errors;
the CLI prints no terminal escape sequences from documents."""
import shutil
from pathlib import Path

import pytest

from ..conftest import run_cli
from .conftest import QUESTION, chat_service

pytestmark = pytest.mark.slow


def test_healthz_says_degraded_when_questions_fail_and_errors_carry_no_path(real_env, tmp_path):
    store = tmp_path / "store with spaces"
    shutil.copytree(real_env["CHATBOT_PERSIST_DIR"], store)
    with chat_service({"CHATBOT_PERSIST_DIR": str(store)}, "security-health") as service:
        with service.client() as client:
            assert client.get("/healthz").json() == {"status": "ok", "documents": 1}
            assert client.post("/v1/chat", json=QUESTION).status_code == 200
            # Another program drops the passages (a reset gone wrong); the manifest is still there.
            import chromadb

            chromadb.PersistentClient(path=str(store)).delete_collection("documents")
            asked = client.post("/v1/chat", json={"question": "What did Le Drian say about training camps?"})
            health = client.get("/healthz")
    assert asked.status_code >= 500
    assert health.status_code == 503
    assert health.json()["status"] == "degraded" and health.json()["reason"]
    for reply in (asked.text, health.text):
        assert str(tmp_path) not in reply and "/tmp" not in reply and "spaces" not in reply, reply
    log = (Path(__file__).resolve().parent.parent / "output" / "security-health.log").read_text()
    assert str(store) in log  # the operator's log keeps the path


ESCAPES = "\x1b[2J\x1b]0;owned\x07\x1b[31m"
AS_ENTITIES = "&#27;[2J&#27;]0;owned&#7;&#x1b;[31m"  # HTML entities: the loader decodes them


def test_the_cli_prints_no_terminal_control_sequences(fake_env, tmp_path):
    name = tmp_path / f"vault{ESCAPES}.html"
    name.write_text(f"<p>The vault code is 4711 {AS_ENTITIES} and it opens at noon.</p>\n", encoding="utf-8")
    ingested = run_cli(["ingest", str(name)], fake_env)
    assert ingested.returncode == 0, ingested.stderr
    listed = run_cli(["chatbot", "documents"], fake_env)
    answered = run_cli(["chatbot", "ask", "What is the vault code?"], fake_env)
    assert "vault" in listed.stdout and "4711" in answered.stdout, answered.stdout + answered.stderr
    for output in (ingested.stdout, listed.stdout, listed.stderr, answered.stdout, answered.stderr):
        assert "\x1b" not in output and "\x07" not in output, repr(output)
