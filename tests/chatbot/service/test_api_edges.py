"""The API's edges over real HTTP against `python -m chatbot serve`: every error is {"error": ...} with
the right status, unknown sessions are a 404, /docs works without a CDN, one access-log line per
request, and a busy port fails before anything is announced."""
from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request

import pytest

from ...conftest import OUTPUT, free_port, python, run_cli, server
from .test_api import _events

pytestmark = pytest.mark.slow  # a real `chatbot serve` process


def _request(base: str, path: str, body: bytes | None = None, method: str = "POST",
             content_type: str = "application/json") -> tuple[int, str, dict]:
    req = urllib.request.Request(base + path, data=body, method=method, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(req, timeout=120) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(), dict(exc.headers)


@pytest.fixture(scope="module")
def api(real_env):
    port = free_port()
    args = [python(), "-m", "chatbot", "serve", "--host", "127.0.0.1", "--port", str(port)]
    with server(args, real_env, f"http://127.0.0.1:{port}/healthz", "api-edges") as process:
        yield f"http://127.0.0.1:{port}", port, process


@pytest.mark.parametrize("body, content_type, status, says", [
    (b"{not json", "application/json", 400, "not valid JSON"),
    (b'{"question": "\xff\xfe who?"}', "application/json", 400, "UTF-8"),
    (b'{"question": 3}', "application/json", 422, "question must be text"),
    (b'{"session_id": "abc"}', "application/json", 422, "question is required"),
    (b'["who ruled out Assad?"]', "application/json", 422, "must be a JSON object"),
    (b"", "application/json", 422, "no body"),
    # JSON sent as another type (curl's default form type, text/plain): the type is what to change
    (b"question=hi", "application/x-www-form-urlencoded", 415, "Content-Type: application/json"),
    (b'{"question": "who ruled out Assad?"}', "text/plain", 415, "Content-Type: application/json"),
])
def test_body_errors_are_json_error_objects(api, body, content_type, status, says):
    base, _, _ = api
    for path in ("/v1/chat", "/v1/chat/stream"):
        code, text, headers = _request(base, path, body, content_type=content_type)
        assert code == status, text
        assert headers["content-type"].startswith("application/json")
        data = json.loads(text)
        assert list(data) == ["error"] and says in data["error"], data


def test_unknown_routes_and_methods_are_json_errors(api):
    base, _, _ = api
    code, text, _ = _request(base, "/v1/nothing", b"{}")
    assert code == 404 and json.loads(text) == {"error": "no such endpoint: POST /v1/nothing"}
    code, text, _ = _request(base, "/v1/chat", None, method="GET")
    assert code == 405 and "not allowed" in json.loads(text)["error"]


def test_unknown_or_forgotten_session_is_404(api):
    base, _, _ = api
    code, text, _ = _request(base, "/v1/chat", json.dumps({"question": "who ruled out Assad?",
                                                            "session_id": "never-issued-by-us"}).encode())
    assert code == 404 and "unknown or expired session" in json.loads(text)["error"]
    code, text, _ = _request(base, "/v1/chat", json.dumps({"question": "who ruled out Assad?"}).encode())
    session = json.loads(text)["session_id"]
    assert _request(base, f"/v1/sessions/{session}", method="DELETE")[0] == 200
    for path in ("/v1/chat", "/v1/chat/stream"):
        code, text, _ = _request(base, path, json.dumps({"question": "and?", "session_id": session}).encode())
        assert code == 404 and "without session_id" in json.loads(text)["error"]


def test_docs_page_loads_its_assets_from_this_server(api):
    base, _, _ = api
    code, page, _ = _request(base, "/docs", method="GET")
    assert code == 200 and "cdn" not in page.lower()
    assert "/docs-assets/swagger-ui-bundle.js" in page and "/docs-assets/swagger-ui.css" in page
    for asset in ("/docs-assets/swagger-ui-bundle.js", "/docs-assets/swagger-ui.css"):
        code, text, _ = _request(base, asset, method="GET")
        assert code == 200 and len(text) > 10_000


def test_one_access_log_line_per_request_without_the_question(api):
    base, _, _ = api
    marker = "whose-secret-plan-is-zebra"
    _request(base, "/v1/chat", json.dumps({"question": f"who ruled out Assad? {marker}"}).encode())
    _request(base, "/v1/chat", b"{not json")
    _request(base, "/healthz", method="GET")
    log = (OUTPUT / "api-edges.log").read_text()
    assert marker not in log
    lines = [line for line in log.splitlines() if "chatbot.access" in line]
    assert any("POST /v1/chat 200" in line and "client=127.0.0.1" in line for line in lines)
    assert any("POST /v1/chat 400" in line for line in lines)
    assert any("GET /healthz 200" in line for line in lines)


def test_questions_are_logged_only_when_asked(real_env):
    port = free_port()
    args = [python(), "-m", "chatbot", "serve", "--host", "127.0.0.1", "--port", str(port)]
    env = {**real_env, "CHATBOT_LOG_QUESTIONS": "true"}
    with server(args, env, f"http://127.0.0.1:{port}/healthz", "api-log-questions"):
        _request(f"http://127.0.0.1:{port}", "/v1/chat", json.dumps({"question": "who ruled out Assad?"}).encode())
    log = (OUTPUT / "api-log-questions.log").read_text()
    assert 'POST /v1/chat 200' in log and 'question="who ruled out Assad?"' in log


def test_serve_on_a_busy_port_fails_before_announcing(fake_env):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli(["chatbot", "serve", "--port", str(port)], fake_env, timeout=120)
    assert result.returncode == 2
    assert "chat API on" not in result.stdout  # never announced
    assert result.stderr.strip() == f"error: cannot serve on 127.0.0.1:{port}: it is already in use " \
                                    "(choose another with --port)"


def test_summary_and_small_talk_over_the_api(api):
    base, _, _ = api
    code, text, _ = _request(base, "/v1/chat", json.dumps({"question": "hi"}).encode())
    hello = json.loads(text)
    assert code == 200 and hello["citations"] == [] and hello["answer"].startswith("Hello!")
    assert hello["confidence_level"] == "sure" and hello["confidence"] == 1.0  # not "sure" at 0.0
    code, text, _ = _request(base, "/v1/chat/stream", json.dumps({"question": "What is this article about?",
                                                                   "session_id": hello["session_id"]}).encode())
    events = _events(text)
    done = events[-1][1]
    assert code == 200 and events[-1][0] == "done" and done["backend"] == "summary"
    assert "".join(d["text"] for name, d in events if name == "token") == done["answer"]
    assert 3 <= len(done["citations"]) <= 5 and done["session_id"] == hello["session_id"]
    code, text, _ = _request(base, "/v1/chat", json.dumps({"question": "tell me more",
                                                            "session_id": hello["session_id"]}).encode())
    more = json.loads(text)
    assert not {c["id"] for c in more["citations"]} & {c["id"] for c in done["citations"]}


def test_openapi_documents_error_objects_and_access_check(api):
    base, _, _ = api
    schema = json.loads(_request(base, "/openapi.json", method="GET")[1])
    assert "HTTPValidationError" not in json.dumps(schema) and "detail" not in json.dumps(schema["components"])
    responses = schema["paths"]["/v1/chat"]["post"]["responses"]
    assert responses["404"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}
    code, text, _ = _request(base, "/v1/access", b"")
    assert code == 200 and json.loads(text) == {"allowed": True, "max_question_chars": 2000}
