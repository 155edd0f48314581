"""Finding 6: rate limits that hold (real service process, real sockets from several 127.x addresses)."""
import secrets

import pytest

from .conftest import chat_service

pytestmark = pytest.mark.slow

PER_MINUTE = 2
PER_CLIENT = PER_MINUTE * 4  # the service's per-address allowance
PROXY = "127.0.0.2"  # the only peer whose X-Forwarded-For is believed
CHEAP = {"question": "   "}  # refused with 422 after the limits: no model work, but it counts


@pytest.fixture(scope="module")
def limited(real_env):
    env = {**real_env, "CHATBOT_RATE_LIMIT_PER_MINUTE": str(PER_MINUTE), "CHATBOT_TRUSTED_PROXIES": PROXY}
    with chat_service(env, "security-limits") as service:
        yield service


def _statuses(client, requests) -> list[int]:
    return [client.request(method, path, **kwargs).status_code for method, path, kwargs in requests]


def test_a_spoofed_x_forwarded_for_does_not_give_a_fresh_bucket(limited):
    # From 127.0.0.1, whose X-Forwarded-For uvicorn believes unless told otherwise.
    with limited.client("127.0.0.1") as client:
        codes = _statuses(client, [("POST", "/v1/chat", {"json": CHEAP, "headers": {
            "X-Forwarded-For": f"10.0.{i}.{i}"}}) for i in range(PER_CLIENT + 6)])
    assert codes[:PER_CLIENT] == [422] * PER_CLIENT
    assert codes[PER_CLIENT:] == [429] * 6  # uvicorn no longer believes 127.0.0.1's header by default


def test_a_listed_proxy_is_believed(limited):
    with limited.client(PROXY) as client:
        codes = _statuses(client, [("POST", "/v1/chat", {"json": CHEAP, "headers": {
            "X-Forwarded-For": f"10.1.{i}.1"}}) for i in range(PER_CLIENT + 6)])
    assert 429 not in codes  # each forwarded address has its own allowance


def test_rotating_or_omitting_session_ids_stays_within_the_client_limit(limited):
    with limited.client("127.0.0.4") as client:
        first = client.post("/v1/chat", json={"question": "who ruled out Assad?"}).json()
        codes = [client.post("/v1/chat", json={"question": "who ruled out Assad?",
                                                "session_id": first["session_id"]}).status_code
                 for _ in range(PER_MINUTE + 1)]
        assert codes == [200] * PER_MINUTE + [429]  # the session's own allowance
        rotated = [client.post("/v1/chat", json={"question": "who ruled out Assad?",
                                                  "session_id": secrets.token_urlsafe(24) if i % 2 else None}
                               ).status_code for i in range(PER_CLIENT)]
    answered = 1 + codes.count(200) + rotated.count(200)
    assert answered <= PER_CLIENT and rotated[-3:] == [429] * 3


def test_delete_is_limited_and_says_nothing_about_existence(limited):
    with limited.client("127.0.0.5") as client:
        real = client.post("/v1/chat", json={"question": "who ruled out Assad?"}).json()["session_id"]
        existing = client.delete(f"/v1/sessions/{real}")
        missing = client.delete(f"/v1/sessions/{secrets.token_urlsafe(24)}")
        assert existing.status_code == missing.status_code == 200
        assert existing.json() == missing.json() == {"reset": True}
        codes = _statuses(client, [("DELETE", f"/v1/sessions/{secrets.token_urlsafe(24)}", {})
                                   for _ in range(PER_CLIENT)])
    assert 429 in codes and codes[-1] == 429
