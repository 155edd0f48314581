"""Where conversations and rate-limit counters live: this process's memory, or Redis shared by replicas.

    open_state(settings) -> MemoryState   (default: nothing to install, one process only)
                         -> RedisState    (CHATBOT_REDIS_URL set: every worker and replica sees the same)

Both keep a session's last turns with a time to live refreshed on use, and one token bucket per
rate-limit key. Turns are stored as JSON (Turn.to_dict / Turn.from_dict), never pickled. When Redis
cannot be reached every call raises SessionsUnavailable (the API answers 503), one log line says so,
and the next call after Redis is back simply works.
"""
from __future__ import annotations

import json
import logging
import secrets
import threading
import time
from abc import ABC, abstractmethod
from collections import OrderedDict
from typing import Callable, Optional, TypeVar
from urllib.parse import urlparse

from chatbot.config import Settings
from chatbot.errors import ConfigError, SessionsUnavailable
from chatbot.types import Turn

log = logging.getLogger("chatbot.state")
T = TypeVar("T")


def new_session_id() -> str:
    return secrets.token_urlsafe(24)  # 192 random bits: unguessable


class SharedState(ABC):
    """Sessions (capped turn lists with a TTL) and rate limits. Thread-safe; one per process."""

    shared = False  # True when other processes see the same sessions and counters
    max_turns: int  # turns kept per session

    @abstractmethod
    def new_session(self) -> str:
        """A fresh server-issued session id, stored with no turns."""

    @abstractmethod
    def turns(self, session_id: str) -> Optional[list[Turn]]:
        """The session's turns, oldest first (and its TTL restarted), or None if unknown or expired."""

    @abstractmethod
    def add_turn(self, session_id: str, turn: Turn) -> None:
        """Append a turn, keeping the last max_turns."""

    @abstractmethod
    def forget(self, session_id: str) -> bool:
        """Delete a session; False if there was none."""

    @abstractmethod
    def take(self, key: str, per_minute: int) -> float:
        """Count one request against `key`'s token bucket: 0 if allowed, else the seconds to wait."""

    @abstractmethod
    def ping(self) -> None:
        """Raise SessionsUnavailable if the state cannot be reached."""


class MemoryState(SharedState):
    """This process's memory: the least recently used session goes first past max_sessions."""

    def __init__(self, ttl_s: float, max_sessions: int, max_turns: int, max_keys: int = 100_000) -> None:
        self.ttl_s, self.max_sessions, self.max_turns, self.max_keys = ttl_s, max_sessions, max_turns, max_keys
        self._sessions: OrderedDict[str, tuple[list[Turn], float]] = OrderedDict()
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def new_session(self) -> str:
        session_id = new_session_id()
        with self._lock:
            self._sessions[session_id] = ([], time.monotonic())
            while len(self._sessions) > self.max_sessions:
                self._sessions.popitem(last=False)
        return session_id

    def turns(self, session_id: str) -> Optional[list[Turn]]:
        now = time.monotonic()
        with self._lock:
            self._expire(now)
            entry = self._sessions.get(session_id)
            if entry is None:
                return None
            self._sessions[session_id] = (entry[0], now)
            self._sessions.move_to_end(session_id)
            return list(entry[0])

    def add_turn(self, session_id: str, turn: Turn) -> None:
        with self._lock:
            turns, _ = self._sessions.get(session_id, ([], 0.0))
            self._sessions[session_id] = ([*turns, turn][-self.max_turns:], time.monotonic())
            self._sessions.move_to_end(session_id)

    def forget(self, session_id: str) -> bool:
        with self._lock:
            return self._sessions.pop(session_id, None) is not None

    def take(self, key: str, per_minute: int) -> float:
        now = time.monotonic()
        rate, capacity = per_minute / 60.0, float(per_minute)
        with self._lock:
            tokens, stamp = self._buckets.get(key, (capacity, now))
            tokens = min(capacity, tokens + (now - stamp) * rate)
            if tokens < 1.0:
                self._buckets[key] = (tokens, now)
                return (1.0 - tokens) / rate
            self._buckets[key] = (tokens - 1.0, now)
            self._buckets.move_to_end(key)
            while len(self._buckets) > self.max_keys:
                self._buckets.popitem(last=False)
            return 0.0

    def ping(self) -> None:
        return None  # this process's memory is always there

    def __len__(self) -> int:
        return len(self._sessions)

    def _expire(self, now: float) -> None:
        while self._sessions:
            _, last_seen = next(iter(self._sessions.values()))
            if now - last_seen <= self.ttl_s:
                break
            self._sessions.popitem(last=False)


# The same token bucket as MemoryState.take, atomic in Redis and timed by Redis's clock (one clock
# for every replica). Returns the wait as a string: Lua numbers become integers on the way out.
_TAKE = """
local capacity = tonumber(ARGV[1])
local rate = capacity / 60.0
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'stamp')
local tokens = tonumber(bucket[1]) or capacity
local stamp = tonumber(bucket[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - stamp) * rate)
local wait = 0
if tokens < 1 then wait = (1 - tokens) / rate else tokens = tokens - 1 end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'stamp', tostring(now))
redis.call('EXPIRE', KEYS[1], 61)
return tostring(wait)
"""


class RedisState(SharedState):
    """Redis: `chatbot:session:<id>` marks a live session, `chatbot:turns:<id>` lists its turns as JSON,
    `chatbot:rate:<key>` holds a token bucket. Every key expires on its own (session TTL, or a minute)."""

    shared = True

    def __init__(self, url: str, ttl_s: int, max_turns: int, prefix: str = "chatbot:") -> None:
        try:
            import redis
            from redis.backoff import NoBackoff
            from redis.retry import Retry
        except ImportError as exc:
            raise ConfigError("CHATBOT_REDIS_URL needs the redis package (pip install -r requirements.txt)") from exc
        self._errors = (redis.exceptions.RedisError, OSError)
        parsed = urlparse(url)
        if parsed.scheme not in {"redis", "rediss", "unix"}:
            raise ConfigError(f"CHATBOT_REDIS_URL must start with redis://, rediss:// or unix:// (got {url!r})")
        self.where = f"{parsed.scheme}://{parsed.hostname or parsed.path}" + (f":{parsed.port}" if parsed.port else "")
        # What callers may read: a unix socket's path is the operator's (the log has it), not theirs.
        self.public_where = "a unix socket" if parsed.scheme == "unix" else self.where
        # Short timeouts and a single immediate retry (a connection left stale by a Redis restart):
        # during an outage a request fails in about a second instead of hanging.
        self._redis = redis.Redis.from_url(url, socket_connect_timeout=1.0, socket_timeout=2.0,
                                           retry=Retry(NoBackoff(), 1), health_check_interval=15)
        self._take = self._redis.register_script(_TAKE)
        self.ttl_s, self.max_turns, self.prefix = int(ttl_s), max_turns, prefix
        self._down = False
        self._flag = threading.Lock()

    def _run(self, call: Callable[[], T]) -> T:
        try:
            result = call()
        except self._errors as exc:
            with self._flag:
                first, self._down = not self._down, True
            if first:  # one line per outage, not one per request
                log.error("session store: Redis at %s is unavailable (%s: %s); answering 503 until it is back",
                          self.where, exc.__class__.__name__, str(exc)[:200])
            raise SessionsUnavailable(f"the session store (Redis at {self.public_where}) is unavailable; "
                                      "try again in a moment") from exc
        if self._down:
            with self._flag:
                back, self._down = self._down, False
            if back:
                log.warning("session store: Redis at %s is back", self.where)
        return result

    def _keys(self, session_id: str) -> tuple[str, str]:
        return f"{self.prefix}session:{session_id}", f"{self.prefix}turns:{session_id}"

    def new_session(self) -> str:
        session_id = new_session_id()
        marker, _ = self._keys(session_id)
        self._run(lambda: self._redis.set(marker, "1", ex=self.ttl_s))
        return session_id

    def turns(self, session_id: str) -> Optional[list[Turn]]:
        marker, turns = self._keys(session_id)

        def load():
            with self._redis.pipeline() as pipe:
                pipe.expire(marker, self.ttl_s).lrange(turns, 0, -1).expire(turns, self.ttl_s)
                return pipe.execute()
        alive, raw, _ = self._run(load)
        return [Turn.from_dict(json.loads(item)) for item in raw] if alive else None

    def add_turn(self, session_id: str, turn: Turn) -> None:
        marker, turns = self._keys(session_id)
        encoded = json.dumps(turn.to_dict(), ensure_ascii=False)

        def append():
            with self._redis.pipeline() as pipe:  # MULTI/EXEC: all or nothing
                pipe.rpush(turns, encoded).ltrim(turns, -self.max_turns, -1).expire(turns, self.ttl_s)
                pipe.set(marker, "1", ex=self.ttl_s)
                pipe.execute()
        self._run(append)

    def forget(self, session_id: str) -> bool:
        return bool(self._run(lambda: self._redis.delete(*self._keys(session_id))))

    def take(self, key: str, per_minute: int) -> float:
        return float(self._run(lambda: self._take(keys=[f"{self.prefix}rate:{key}"], args=[per_minute])))

    def ping(self) -> None:
        self._run(self._redis.ping)


def open_state(settings: Settings) -> SharedState:
    if settings.redis_url:
        return RedisState(settings.redis_url, settings.session_ttl_s, settings.history_turns)
    return MemoryState(settings.session_ttl_s, settings.max_sessions, settings.history_turns)
