"""Findings 1, 4, 5, 7 and 9 (error bodies) against a real `python -m chatbot serve` process."""
import json
import re
import socket
import threading

import httpx
import pytest

from .conftest import ALLOWED_ORIGIN, KEY, QUESTION

pytestmark = pytest.mark.slow


# ---- 1. the API key cannot be skipped ----

def test_an_origin_header_does_not_skip_the_api_key(hardened):
    with hardened.client() as client:
        host = f"127.0.0.1:{hardened.port}"
        for origin in (f"http://{host}", "http://localhost", "null", "http://evil.example"):
            # Origin equal to the Host header was "same origin" and skipped the key.
            reply = client.post("/v1/chat", json=QUESTION, headers={"Origin": origin})
            assert reply.status_code in (401, 403), (origin, reply.status_code)
            assert "answer" not in reply.json()
            assert "access-control-allow-origin" not in reply.headers
        assert client.post("/v1/chat", json=QUESTION).status_code == 401
        assert client.post("/v1/chat", json=QUESTION, headers={"X-API-Key": KEY + "x"}).status_code == 401
        assert client.post("/v1/chat", json=QUESTION, headers={"Authorization": "Bearer nope"}).status_code == 401
        assert client.delete("/v1/sessions/whatever").status_code == 401  # every /v1/ route
        keyed = client.post("/v1/chat", json=QUESTION, headers={"X-API-Key": KEY})
        assert keyed.status_code == 200 and "Hollande" in keyed.json()["answer"]
        bearer = client.post("/v1/chat", json=QUESTION, headers={"Authorization": f"Bearer {KEY}"})
        assert bearer.status_code == 200
        # The widget on an explicitly allowed page needs no key (it could not keep one secret).
        browser = client.post("/v1/chat", json=QUESTION, headers={"Origin": ALLOWED_ORIGIN})
        assert browser.status_code == 200 and browser.headers["access-control-allow-origin"] == ALLOWED_ORIGIN


# ---- 5. "same origin" is not decided from the Host header; rebinding-shaped requests get 400 ----

def test_requests_for_another_host_name_are_refused(hardened):
    with hardened.client() as client:
        for host in (f"evil.example:{hardened.port}", "attacker.test", f"127.0.0.1.nip.io:{hardened.port}"):
            # A page on evil.example whose DNS now points here: Host and Origin agree.
            reply = client.post("/v1/chat", json=QUESTION, headers={
                "Host": host, "Origin": f"http://{host}", "X-API-Key": KEY})
            assert reply.status_code == 400, (host, reply.status_code)
            assert "access-control-allow-origin" not in reply.headers
            assert client.get("/healthz", headers={"Host": host}).status_code == 400
        assert client.get("/healthz", headers={"Host": f"localhost:{hardened.port}"}).status_code == 200


# ---- 4. a hard body limit, enforced while reading ----

def _raw_request(port: int, head: str, timeout: float = 30) -> bytes:
    """The whole reply (head and body): one recv may return the head alone."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as conn:
        conn.sendall(head.encode())
        reply = b""
        while True:
            chunk = conn.recv(4096)
            reply += chunk
            head_end = reply.find(b"\r\n\r\n")
            length = re.search(rb"(?i)content-length: *(\d+)", reply[:head_end]) if head_end >= 0 else None
            if not chunk or (length and len(reply) >= head_end + 4 + int(length.group(1))):
                return reply


def test_a_declared_huge_body_is_refused_before_it_is_sent(hardened):
    head = (f"POST /v1/chat HTTP/1.1\r\nHost: 127.0.0.1:{hardened.port}\r\nX-API-Key: {KEY}\r\n"
            "Content-Type: application/json\r\nContent-Length: 104857600\r\n\r\n")
    reply = _raw_request(hardened.port, head)  # the server answers without waiting for 100 MB
    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
    assert b"byte limit" in reply


def test_ten_megabytes_of_extra_fields_are_refused_not_parsed(hardened):
    body = {"question": "who ruled out Assad?", **{f"f{i}": "x" * 1000 for i in range(10_000)}}
    with hardened.client() as client:
        reply = client.post("/v1/chat", json=body, headers={"X-API-Key": KEY})
    assert reply.status_code == 413 and len(reply.content) < 200


def test_parallel_streamed_bodies_do_not_grow_the_server(hardened):
    """Ten 30 MB bodies at once, chunked (no Content-Length): refused as they arrive, memory flat."""
    before = hardened.rss_mb()
    chunk = b"x" * 1_000_000
    outcomes = []

    def body():
        yield b'{"question": "hi", "pad": "'
        for _ in range(30):
            yield chunk
        yield b'"}'

    def send():
        try:
            with hardened.client() as client:
                outcomes.append(client.post("/v1/chat", content=body(), headers={
                    "X-API-Key": KEY, "Content-Type": "application/json"}).status_code)
        except httpx.TransportError:
            outcomes.append("closed")  # the server answered 413 and closed while we were still sending
    threads = [threading.Thread(target=send) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    grown = hardened.rss_mb() - before
    assert len(outcomes) == 10 and set(outcomes) <= {413, "closed"}, outcomes
    assert grown < 60, f"the server grew by {grown:.0f} MB"
    with hardened.client() as client:
        assert client.post("/v1/chat", json=QUESTION, headers={"X-API-Key": KEY}).status_code == 200


# ---- 7. sessions only for valid questions ----

def test_invalid_questions_do_not_push_out_a_real_conversation(hardened):
    headers = {"X-API-Key": KEY}
    with hardened.client(headers=headers) as client:
        first = client.post("/v1/chat", json={"question": "Who is Le Drian?"}).json()
        for bad in [{"question": "   "}] * 30 + [{"question": "x" * 3000}] * 5 + [{"nothing": 1}] * 5:
            assert client.post("/v1/chat", json=bad).status_code in (413, 422)
            assert client.post("/v1/chat/stream", json=bad).status_code in (413, 422)
        follow = client.post("/v1/chat", json={"question": "On which channel did he say it?",
                                               "session_id": first["session_id"]}).json()
    assert follow["session_id"] == first["session_id"]  # the table holds 5: it was not evicted
    assert "Le Drian" in follow["standalone_question"]


# ---- 9. error bodies quote a short excerpt at most ----

@pytest.mark.parametrize("payload", [
    {"question": ["x" * 60_000]},
    {"question": 7, "session_id": {"a": "b" * 30_000}},
    "not json " * 5_000,
])
def test_error_replies_do_not_echo_the_input(hardened, payload):
    content = payload if isinstance(payload, str) else json.dumps(payload)
    with hardened.client() as client:
        reply = client.post("/v1/chat", content=content.encode(), headers={
            "X-API-Key": KEY, "Content-Type": "application/json"})
    assert reply.status_code == (400 if isinstance(payload, str) else 422)  # not JSON at all: a bad request
    assert len(reply.content) < 400, reply.text[:500]
    assert set(reply.json()) == {"error"} and "Traceback" not in reply.text
