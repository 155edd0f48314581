"""Server mode: a real `chroma run` on 127.0.0.1; only settings change, the product works the same."""
import json
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ..conftest import free_port, run_cli, server

pytestmark = pytest.mark.slow  # a real `chroma run` server and the CLI as subprocesses

CHROMA = str(Path(sys.executable).parent / "chroma")


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    with server([CHROMA, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)], {},
                f"http://127.0.0.1:{port}/api/v2/heartbeat", "chroma-server"):
        yield {"CHATBOT_CHROMA_HOST": "127.0.0.1", "CHATBOT_CHROMA_PORT": str(port),
               "CHATBOT_PERSIST_DIR": str(path / "unused-local-store"), "CHATBOT_INDEX_DIR": str(path / "app-index")}


def test_ingest_ask_and_reingest_against_a_chroma_server(chroma_server):
    first = run_cli(["ingest", "--reset"], chroma_server)
    assert first.returncode == 0, first.stderr
    assert "(19 added, 0 unchanged, 0 removed)" in first.stdout
    again = run_cli(["ingest"], chroma_server)
    assert "(0 added, 19 unchanged, 0 removed)" in again.stdout
    answer = json.loads(run_cli(["chatbot", "ask", "who ruled out Assad?", "--json"], chroma_server).stdout)
    assert "Hollande" in answer["answer"] and answer["citations"][0]["line_start"] == 5
    assert not Path(chroma_server["CHATBOT_PERSIST_DIR"]).exists()  # nothing went to a local store
    chat = run_cli(["chatbot", "chat", "--jsonl"], chroma_server,
                   stdin='{"question": "Who is Le Drian?"}\n{"question": "On which channel did he say it?"}\n')
    assert "BFMTV" in chat.stdout.splitlines()[1]


def test_service_works_on_the_server_store(chroma_server):
    from chatbot.config import load_settings
    from chatbot.service.app import create_app

    run_cli(["ingest"], chroma_server)
    settings = load_settings(chroma_host="127.0.0.1", chroma_port=int(chroma_server["CHATBOT_CHROMA_PORT"]),
                             index_dir=Path(chroma_server["CHATBOT_INDEX_DIR"]))
    client = TestClient(create_app(settings), base_url="http://localhost")  # an allowed host
    assert client.get("/healthz").json()["documents"] == 1
    assert "Hollande" in client.post("/v1/chat", json={"question": "who ruled out Assad?"}).json()["answer"]


def test_unreachable_server_and_missing_collection_are_named(chroma_server):
    port = free_port()
    down = run_cli(["chatbot", "ask", "who?"], {"CHATBOT_CHROMA_HOST": "127.0.0.1", "CHATBOT_CHROMA_PORT": str(port)})
    assert down.returncode == 2
    assert f"cannot open the Chroma server at http://127.0.0.1:{port}" in down.stderr
    missing = run_cli(["chatbot", "ask", "who?"], {**chroma_server, "CHATBOT_COLLECTION": "not-there"})
    assert missing.returncode == 2 and "collection 'not-there' not found" in missing.stderr
    assert f"127.0.0.1:{chroma_server['CHATBOT_CHROMA_PORT']}" in missing.stderr


def test_server_mode_gives_the_same_answers_as_the_embedded_store(chroma_server, real_env, dev_qa):
    assert run_cli(["ingest"], chroma_server).returncode == 0
    questions = [q["q"] for q in dev_qa["questions"]] + [q["q"] for q in dev_qa["unanswerable"]]
    stdin = "".join(json.dumps({"reset": True, "question": q}) + "\n" for q in questions)

    def answers(env):
        out = run_cli(["chatbot", "chat", "--jsonl"], env, stdin=stdin).stdout.splitlines()
        return [(a["answer"], a["answerable"], [(c["id"], c["start"], c["end"]) for c in a["citations"]])
                for a in map(json.loads, out)]

    embedded = answers(real_env)
    assert len(embedded) == len(questions)
    assert answers(chroma_server) == embedded
