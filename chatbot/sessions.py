"""Server-side conversations: unguessable ids, capped history, time to live, rate limits.

The turns and counters live in a SharedState (chatbot/state.py): this process's memory by default,
or Redis when several workers or replicas must see the same conversations and limits.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from .chain import ChatChain
from .state import MemoryState, SharedState
from .types import Answer, Turn

_ID = re.compile(r"[A-Za-z0-9_-]+")  # what secrets.token_urlsafe issues


class StoredConversation:
    """One user's conversation: history read from the shared state, each new turn written back,
    so the next question may land on any replica."""

    def __init__(self, chain: ChatChain, state: SharedState, session_id: str, turns: list[Turn]) -> None:
        self.chain, self.state, self.session_id, self.turns = chain, state, session_id, turns

    def _remember(self, answer: Answer) -> None:
        turn = Turn(answer.question, answer.standalone_question or answer.question, answer)
        self.state.add_turn(self.session_id, turn)
        self.turns.append(turn)

    def ask(self, question: str) -> Answer:
        answer = self.chain.ask(question, list(self.turns))
        self._remember(answer)
        return answer

    def stream(self, question: str) -> Iterator[str | Answer]:
        for piece in self.chain.stream(question, list(self.turns)):
            if isinstance(piece, Answer):
                self._remember(piece)
            yield piece


@dataclass
class Session:
    id: str
    conversation: StoredConversation


class SessionStore:
    def __init__(self, chain: ChatChain, state: SharedState) -> None:
        self.chain = chain
        self.state = state

    def get_or_create(self, session_id: Optional[str]) -> Session:
        """The caller's session, or a new one (server-issued, 192 random bits) if unknown or expired."""
        known = session_id and len(session_id) <= 64 and _ID.fullmatch(session_id)  # ours are 32 characters
        turns = self.state.turns(session_id) if known else None
        if turns is None:
            session_id, turns = self.state.new_session(), []
        return Session(session_id, StoredConversation(self.chain, self.state, session_id, turns))

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
