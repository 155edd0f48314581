"""The chat API through FastAPI's test client, with the real chain on the article store."""
import json

import pytest
from fastapi.testclient import TestClient

from chatbot.config import load_settings
from chatbot.service.app import create_app

ALLOWED = "http://intranet.example:9000"


def _client(real_chain, **overrides):
    settings = load_settings(**{"allowed_origins": ALLOWED, **overrides})
    return TestClient(create_app(settings, real_chain), base_url="http://localhost")  # an allowed host


@pytest.fixture
def client(real_chain):
    return _client(real_chain)


def _events(text: str) -> list[tuple[str, dict]]:
    out = []
    for block in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        out.append((lines["event"], json.loads(lines["data"])))
    return out


def test_chat_returns_the_cli_answer_object(client, real_chain):
    response = client.post("/v1/chat", json={"question": "who ruled out Assad?"})
    assert response.status_code == 200
    data = response.json()
    assert set(data) == set(real_chain.ask("who ruled out Assad?").to_dict()) | {"session_id"}  # "note" too
    assert "Hollande" in data["answer"] and data["answerable"] is True
    assert data["citations"][0]["line_start"] == 5
    assert set(data["timings_ms"]) >= {"retrieve", "answer", "total"}
    assert len(data["session_id"]) >= 32  # server-issued, >= 128 random bits


def test_stream_order_is_session_tokens_citations_done(client):
    response = client.post("/v1/chat/stream", json={"question": "who ruled out Assad?"})
    assert response.headers["content-type"].startswith("text/event-stream")
    events = _events(response.text)
    names = [name for name, _ in events]
    assert names[0] == "session" and names[-2:] == ["citations", "done"]
    assert set(names[1:-2]) == {"token"} and len(names) > 4
    streamed = "".join(data["text"] for name, data in events if name == "token")
    assert streamed == events[-1][1]["answer"]
    assert events[-2][1]["citations"][0]["line_start"] == 5


def test_sessions_are_isolated_and_resettable(client):
    a = client.post("/v1/chat", json={"question": "Who is Le Drian?"}).json()
    b = client.post("/v1/chat", json={"question": "Who did Hollande rule out from a solution?"}).json()
    assert a["session_id"] != b["session_id"]
    a2 = client.post("/v1/chat", json={"question": "On which channel did he say it?",
                                       "session_id": a["session_id"]}).json()
    b2 = client.post("/v1/chat", json={"question": "Which countries want him to stay in place?",
                                       "session_id": b["session_id"]}).json()
    assert "Le Drian" in a2["standalone_question"] and "Assad" not in a2["standalone_question"]
    assert "Assad" in b2["standalone_question"] and "Russia" in b2["answer"]
    assert client.delete(f"/v1/sessions/{a['session_id']}").json() == {"reset": True}
    again = client.post("/v1/chat", json={"question": "On which channel did he say it?", "session_id": a["session_id"]})
    assert again.status_code == 404 and "session" in again.json()["error"]  # forgotten: said, not silently new


def test_allowed_origin_gets_cors_headers_and_others_are_refused(client):
    ok = client.post("/v1/chat", json={"question": "who ruled out Assad?"}, headers={"Origin": ALLOWED})
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == ALLOWED
    assert ok.headers.get("access-control-allow-credentials") is None
    preflight = client.options("/v1/chat/stream", headers={"Origin": ALLOWED, "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 200 and preflight.headers["access-control-allow-origin"] == ALLOWED
    bad = client.post("/v1/chat", json={"question": "hi"}, headers={"Origin": "http://evil.example"})
    assert bad.status_code == 403 and "not allowed" in bad.json()["error"]
    assert "access-control-allow-origin" not in bad.headers


def test_no_list_means_cross_origin_denied(real_chain):
    client = _client(real_chain, allowed_origins="")
    bad = client.post("/v1/chat", json={"question": "hi"}, headers={"Origin": "http://other.example"})
    assert bad.status_code == 403


def test_rate_limit_per_session_returns_429_with_retry_after(real_chain):
    client = _client(real_chain, rate_limit_per_minute=3)
    first = client.post("/v1/chat", json={"question": "who ruled out Assad?"}).json()
    codes = [client.post("/v1/chat", json={"question": "who ruled out Assad?", "session_id": first["session_id"]})
             for _ in range(4)]
    limited = [r for r in codes if r.status_code == 429]
    assert limited and int(limited[0].headers["retry-after"]) >= 1
    assert "too many" in limited[0].json()["error"]


def test_size_limit_and_empty_question(client):
    big = client.post("/v1/chat", json={"question": "x" * 3000})
    assert big.status_code == 413 and "too long" in big.json()["error"]
    empty = client.post("/v1/chat", json={"question": "   "})
    assert empty.status_code == 422 and "empty" in empty.json()["error"]
    malformed = client.post("/v1/chat", content=b"{not json", headers={"Content-Type": "application/json"})
    assert malformed.status_code == 400 and "not valid JSON" in malformed.json()["error"]


def test_api_key_for_server_to_server(real_chain):
    client = _client(real_chain, api_key="s3cret")
    assert client.post("/v1/chat", json={"question": "who ruled out Assad?"}).status_code == 401
    assert client.post("/v1/chat", json={"question": "who ruled out Assad?"},
                       headers={"X-API-Key": "wrong"}).status_code == 401
    ok = client.post("/v1/chat", json={"question": "who ruled out Assad?"}, headers={"X-API-Key": "s3cret"})
    assert ok.status_code == 200


def test_health_docs_and_widget(client):
    assert client.get("/healthz").json() == {"status": "ok", "documents": 1}
    assert client.get("/openapi.json").json()["paths"]["/v1/chat"]["post"]["responses"]["404"]
    assert client.get("/docs").status_code == 200
    widget = client.get("/widget/embed.js")
    assert widget.status_code == 200 and "attachShadow" in widget.text
    assert len(widget.content) < 30_000
