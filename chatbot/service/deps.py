"""What the routes share, as FastAPI dependencies read from `app.state` (set by `create_app`):

    def route(settings: SettingsDep, sessions: SessionsDep): ... sessions().get_or_create(...)
"""
from __future__ import annotations

import threading
from typing import Annotated, Callable, Optional

from fastapi import Depends, FastAPI, Request

from chatbot.config import Settings
from chatbot.conversation.sessions import RateLimiter, SessionStore
from chatbot.conversation.state import SharedState, open_state
from chatbot.pipeline import ChatChain


def init_state(app: FastAPI, settings: Settings, chain: Optional[ChatChain]) -> None:
    """Builds the objects every request shares and keeps them on `app.state`."""
    shared = open_state(settings)  # this process's memory, or Redis shared by every replica
    app.state.settings = settings
    app.state.chain = chain
    app.state.shared = shared
    app.state.sessions = None  # built on first use: see `get_sessions`
    app.state.building = threading.Lock()
    app.state.session_limiter = RateLimiter(settings.rate_limit_per_minute, shared, "session")
    app.state.client_limiter = RateLimiter(settings.rate_limit_per_minute * 4, shared, "client")


def _session_store(state) -> SessionStore:
    # Built on first use (tests pass a chain; `serve` builds one up front). Locked: two first
    # requests at once must share one session store, or one of them loses its conversation.
    with state.building:
        if state.sessions is None:
            state.chain = state.chain or ChatChain(state.settings)
            state.sessions = SessionStore(state.chain, state.shared)
        return state.sessions


async def get_sessions(request: Request) -> Callable[[], SessionStore]:
    # A getter, not the store: FastAPI resolves dependencies before it validates the body, and the
    # store (with the chain, when create_app was given none) must be built only once the question
    # has been checked, inside the caller's own error handling (/healthz reports a failure as degraded).
    state = request.app.state
    return lambda: _session_store(state)


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_shared_state(request: Request) -> SharedState:
    return request.app.state.shared


async def get_session_limiter(request: Request) -> RateLimiter:
    return request.app.state.session_limiter


SessionsDep = Annotated[Callable[[], SessionStore], Depends(get_sessions)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
SharedStateDep = Annotated[SharedState, Depends(get_shared_state)]
SessionLimiterDep = Annotated[RateLimiter, Depends(get_session_limiter)]
