"""Server-side conversations: unguessable ids, capped history, time to live, rate limits.

The turns and counters live in a SharedState (chatbot/conversation/state.py): this process's memory by default,
or Redis when several workers or replicas must see the same conversations and limits.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Optional

from chatbot.pipeline import ChatChain, Conversation
from chatbot.errors import UnknownSession
from chatbot.conversation.state import MemoryState, SharedState

_ID = re.compile(r"[A-Za-z0-9_-]+")  # what secrets.token_urlsafe issues


@dataclass
class Session:
    id: str
    conversation: Conversation


class SessionStore:
    def __init__(self, chain: ChatChain, state: SharedState) -> None:
        self.chain = chain
        self.state = state

    def get_or_create(self, session_id: Optional[str]) -> Session:
        """The caller's session, or a new one (server-issued, 192 random bits) when none is given.

        Raises UnknownSession for an id that is unknown, forgotten or expired (the API's 404): the
        caller starts again without one instead of silently losing the conversation."""
        if not session_id:
            session_id, turns = self.state.new_session(), []
        else:
            known = len(session_id) <= 64 and _ID.fullmatch(session_id)  # ours are 32 characters
            turns = self.state.turns(session_id) if known else None  # odd ids are never used as keys
        if turns is None:
            raise UnknownSession("unknown or expired session_id; send the question without session_id "
                                 "to start a new conversation")
        save = functools.partial(self.state.add_turn, session_id)  # the next question may reach another replica
        return Session(session_id, Conversation(self.chain, self.state.max_turns, turns=turns, save=save))

    def reset(self, session_id: str) -> bool:
        return self.state.forget(session_id)


class RateLimiter:
    """A token bucket per key: `per_minute` requests a minute, bursts up to the same number.
    Counted in the shared state: with Redis, the limit holds across every replica."""

    def __init__(self, per_minute: int, state: Optional[SharedState] = None, name: str = "") -> None:
        self.per_minute = per_minute
        self.state = state or MemoryState(ttl_s=0, max_sessions=0, max_turns=0)
        self.name = name

    def check(self, key: str) -> float:
        """0 if allowed (and counted), else the seconds to wait."""
        return self.state.take(f"{self.name}:{key}", self.per_minute)
