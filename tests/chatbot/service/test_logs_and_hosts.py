"""Review findings 9, 10 and 12: access-log lines cannot be forged, error replies quote caller input
shortly, and a host name we do not serve gets the same {"error": ...} reply as every other error."""
import logging

from fastapi.testclient import TestClient

from chatbot.config import load_settings
from chatbot.security import loggable
from chatbot.service.app import create_app


def _client(real_chain, **overrides) -> TestClient:
    return TestClient(create_app(load_settings(**overrides), real_chain), base_url="http://localhost")


def test_loggable_escapes_control_characters_and_cuts_long_input():
    assert loggable("/v1/chat\nchatbot.access: GET /admin 200") == "/v1/chat\\nchatbot.access: GET /admin 200"
    assert loggable("a\x1b[31mred") == "a\\x1b[31mred"
    assert loggable("\u009b\u202e") == "\\x9b\\u202e"
    assert loggable("x" * 500, 200) == "x" * 200 + "…"
    assert loggable("back\\slash") == "back\\\\slash"  # an escaped-looking sequence stays unambiguous


def test_a_path_with_a_newline_or_escape_writes_one_escaped_log_line(real_chain, caplog):
    caplog.set_level(logging.INFO, logger="chatbot.access")
    client = _client(real_chain)
    assert client.get("/nothing%0Achatbot.access:%20GET%20/forged%20200%1b[2J").status_code == 404
    lines = [r.getMessage() for r in caplog.records if r.name == "chatbot.access"]
    assert len(lines) == 1 and "\n" not in lines[0] and "\x1b" not in lines[0]
    assert lines[0].startswith("GET /nothing\\nchatbot.access: GET /forged 200\\x1b[2J 404 ")


def test_a_long_unknown_path_is_quoted_shortly(real_chain):
    reply = _client(real_chain).get("/" + "a" * 8000)
    assert reply.status_code == 404
    message = reply.json()["error"]
    assert message.startswith("no such endpoint: GET /aaa") and len(message) < 80 and message.endswith("…")


def test_a_host_we_do_not_serve_gets_a_json_error(real_chain):
    client = _client(real_chain, allowed_hosts="localhost,*.intranet.example")
    for host in ("evil.example", "localhost.evil.example", "[::1", ""):
        reply = client.get("/healthz", headers={"Host": host})
        assert reply.status_code == 400, host
        assert "host name" in reply.json()["error"]
    assert client.get("/healthz", headers={"Host": "localhost:8000"}).status_code == 200
    assert client.get("/healthz", headers={"Host": "chat.intranet.example"}).status_code == 200


def test_json_output_escapes_c1_controls_and_bidi_overrides():
    """`ask --json` and `chat --jsonl` lines: U+009B (a terminal's CSI) and U+202E (right-to-left
    override) are escaped, readable text stays as it is, and the data round-trips."""
    import json

    from chatbot.text import json_line

    data = {"answer": "Hollande \u009b31m said \u202eevil café"}
    line = json_line(data)
    assert "\u009b" not in line and "\u202e" not in line and "café" in line
    assert json.loads(line) == data


def test_a_redis_unix_socket_path_stays_out_of_the_reply(tmp_path):
    """Finding 10: with Redis on a unix socket, the 503 reason names no file-system path."""
    import pytest

    from chatbot import RedisState
    from chatbot.errors import SessionsUnavailable

    socket = tmp_path / "private place" / "redis.sock"
    state = RedisState(f"unix://{socket}", ttl_s=60, max_turns=2)
    with pytest.raises(SessionsUnavailable) as failed:
        state.turns("a" * 32)
    assert "unix socket" in str(failed.value) and "private place" not in str(failed.value)
