"""Sessions and rate limits on both shared states: this process's memory, and a real local Redis.

The in-memory state is the fake shipped next to the real thing: every behaviour test runs on both.
"""
import json
import logging
import time
import uuid

import pytest

from chatbot.errors import SessionsUnavailable, StoreUnavailable, UnknownSession
from chatbot.conversation.sessions import RateLimiter, SessionStore
from chatbot.conversation.state import MemoryState, RedisState
from chatbot.types import Answer, Citation, Turn

from ...conftest import free_port, redis_server


def _turn(n: int) -> Turn:
    citation = Citation(n=1, id=f"p{n}", source="article.txt", url=None, start=10 * n, end=10 * n + 5,
                        text="Hollande ruled out Assad.", line_start=5, line_end=5)
    answer = Answer(question=f"q{n}", answer=f"answer {n} [1]", answerable=True, citations=[citation],
                    short_answer="Hollande", standalone_question=f"standalone q{n}", confidence=0.875,
                    timings_ms={"total": 1.5})
    return Turn(f"q{n}", f"standalone q{n}", answer)


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.slow)])  # redis: a redis-server process
def state(request):
    if request.param == "memory":
        return MemoryState(ttl_s=60, max_sessions=100, max_turns=2)
    url = request.getfixturevalue("redis_url")
    return RedisState(url, ttl_s=60, max_turns=2, prefix=f"test-{uuid.uuid4().hex}:")


class _Chain:
    """Answers with the number of earlier turns it was given, so tests see which history arrived."""

    def ask(self, question, history):
        return Answer(question=question, answer=f"{len(history)} earlier: " + "|".join(t.question for t in history),
                      answerable=True, standalone_question=question.upper())

    def stream(self, question, history):
        answer = self.ask(question, history)
        yield answer.answer
        yield answer


def test_turns_round_trip_as_json_not_pickle():
    turn = _turn(1)
    assert Turn.from_dict(json.loads(json.dumps(turn.to_dict()))) == turn


def test_session_turns_are_capped_kept_and_forgotten(state):
    sid = state.new_session()
    assert len(sid) >= 32 and state.turns(sid) == []
    for n in range(3):
        state.add_turn(sid, _turn(n))
    assert state.turns(sid) == [_turn(1), _turn(2)]  # the last max_turns, oldest first, equal after the trip
    assert state.turns("guessed-id") is None
    assert state.forget(sid) is True and state.forget(sid) is False
    assert state.turns(sid) is None


def test_rate_limit_allows_a_burst_then_says_how_long_to_wait(state):
    assert [state.take("a", 3) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert 0 < state.take("a", 3) <= 20
    assert state.take("b", 3) == 0.0  # keys are independent
    limiter = RateLimiter(per_minute=2, state=state, name="session")
    assert [limiter.check("x") > 0 for _ in range(3)] == [False, False, True]


def test_two_replicas_sharing_a_state_continue_each_others_conversations(state):
    replica_a, replica_b = SessionStore(_Chain(), state), SessionStore(_Chain(), state)
    first = replica_a.get_or_create(None)
    first.conversation.ask("Who is Le Drian?")
    second = replica_b.get_or_create(first.id)
    assert second.id == first.id
    assert second.conversation.ask("What did he say?").answer == "1 earlier: Who is Le Drian?"
    streamed = list(replica_a.get_or_create(first.id).conversation.stream("And then?"))
    assert streamed[-1].answer == "2 earlier: Who is Le Drian?|What did he say?"
    for unknown in ("unknown", "x" * 100_000, "../../etc", "a b"):  # odd ones are never used as keys
        with pytest.raises(UnknownSession):  # the API's 404: never a silent fresh conversation
            replica_b.get_or_create(unknown)
    assert replica_b.reset(first.id)
    with pytest.raises(UnknownSession):
        replica_a.get_or_create(first.id)


def test_memory_sessions_are_capped_and_expire(monkeypatch):
    state = MemoryState(ttl_s=60, max_sessions=3, max_turns=2)
    first = state.new_session()
    others = [state.new_session() for _ in range(3)]
    assert len(state) == 3 and state.turns(first) is None  # the least recently used left past the cap
    now = time.monotonic()
    monkeypatch.setattr(time, "monotonic", lambda: now + 61)
    assert state.turns(others[-1]) is None  # expired after the TTL


@pytest.mark.slow  # a redis-server process
def test_redis_keys_carry_the_session_ttl(redis_url):
    import redis

    state = RedisState(redis_url, ttl_s=120, max_turns=2, prefix=f"test-{uuid.uuid4().hex}:")
    sid = state.new_session()
    state.add_turn(sid, _turn(1))
    client = redis.Redis.from_url(redis_url)
    for key in (f"{state.prefix}session:{sid}", f"{state.prefix}turns:{sid}"):
        assert 0 < client.ttl(key) <= 120
    assert b"pickle" not in client.lindex(f"{state.prefix}turns:{sid}", 0)
    assert json.loads(client.lindex(f"{state.prefix}turns:{sid}", 0))["answer"]["short_answer"] == "Hollande"


@pytest.mark.slow  # a redis-server process
def test_redis_outage_is_a_clear_error_logged_once_and_recovers_by_itself(tmp_path, caplog):
    port = free_port()
    state = RedisState(f"redis://127.0.0.1:{port}/0", ttl_s=60, max_turns=2)
    caplog.set_level(logging.WARNING, logger="chatbot.state")
    for _ in range(2):
        with pytest.raises(SessionsUnavailable) as failure:
            state.new_session()
    assert isinstance(failure.value, StoreUnavailable)  # the API's 503
    assert f"the session store (Redis at redis://127.0.0.1:{port}) is unavailable" in str(failure.value)
    down = [r for r in caplog.records if "unavailable" in r.getMessage()]
    assert len(down) == 1 and down[0].levelno == logging.ERROR
    with redis_server(tmp_path / "redis", port):
        sid = state.new_session()  # the same object works again: no restart of the service
        assert state.turns(sid) == []
    assert any("is back" in r.getMessage() for r in caplog.records)


def test_a_bad_redis_url_is_a_config_error():
    from chatbot.errors import ConfigError

    with pytest.raises(ConfigError, match="CHATBOT_REDIS_URL must start with redis://"):
        RedisState("http://127.0.0.1:6379", ttl_s=60, max_turns=2)
