"""Server-side sessions and rate limits (no network: the objects themselves)."""
import time

from chatbot.sessions import RateLimiter, SessionStore


class _Chain:
    class settings:
        history_turns = 2


def test_sessions_are_random_capped_and_expire(monkeypatch):
    store = SessionStore(_Chain(), ttl_s=60, max_sessions=3, max_turns=2)
    first = store.get_or_create(None)
    assert len(first.id) >= 32 and store.get_or_create(first.id) is first
    assert store.get_or_create("guessed-id").id != "guessed-id"  # unknown ids get a fresh session
    others = [store.get_or_create(None) for _ in range(3)]
    assert len(store) == 3 and store.get_or_create(first.id) is not first  # oldest evicted past the cap
    now = time.monotonic()
    monkeypatch.setattr(time, "monotonic", lambda: now + 61)
    assert store.get_or_create(others[-1].id) is not others[-1]  # expired after the TTL
    assert first.conversation.max_turns == 2


def test_rate_limiter_allows_a_burst_then_says_how_long_to_wait():
    limiter = RateLimiter(per_minute=3)
    assert [limiter.check("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    wait = limiter.check("a")
    assert 0 < wait <= 20
    assert limiter.check("b") == 0.0  # keys are independent
