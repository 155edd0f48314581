"""POST /v1/chat (one JSON answer), POST /v1/chat/stream (server-sent events), DELETE /v1/sessions/{id}."""
from __future__ import annotations

import json
import logging
import math
from typing import Iterator, Optional

from fastapi import APIRouter
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field

from chatbot.config import Settings
from chatbot.conversation.sessions import RateLimiter, Session
from chatbot.errors import BadInput, ChatbotError
from chatbot.service.deps import SessionLimiterDep, SessionsDep, SettingsDep
from chatbot.service.handlers import error, public
from chatbot.text import clean_question
from chatbot.types import Answer

log = logging.getLogger("chatbot.service")

router = APIRouter()


class ChatRequest(BaseModel):
    question: str = Field(description="the user's question")
    session_id: Optional[str] = Field(default=None, description="from a previous answer; omit to start")


class ChatResponse(BaseModel):
    session_id: str
    question: str
    answer: str
    answerable: bool
    citations: list[dict]
    short_answer: Optional[str] = None
    backend: str
    standalone_question: Optional[str] = None
    confidence: float
    confidence_level: str = Field(default="sure", description='"sure": answered; "unsure": the closest passage '
                                  'is quoted, not answered; "none": nothing relevant found')
    note: Optional[str] = Field(default=None, description="why another answerer stood in (an LLM answer replaced)")
    timings_ms: dict[str, float]


@router.post("/v1/chat", response_model=ChatResponse, summary="Ask a question (one JSON answer)")
def chat(body: ChatRequest, settings: SettingsDep, sessions: SessionsDep, per_session: SessionLimiterDep):
    session, problem = _session_for(body, settings, sessions, per_session)
    if problem:
        return problem
    return _payload(session.id, session.conversation.ask(body.question))


@router.post("/v1/chat/stream", summary="Ask a question (server-sent events: session, token*, citations, done)")
def chat_stream(body: ChatRequest, settings: SettingsDep, sessions: SessionsDep, per_session: SessionLimiterDep):
    session, problem = _session_for(body, settings, sessions, per_session)
    if problem:
        return problem
    return StreamingResponse(_events(session, body.question, settings), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


@router.delete("/v1/sessions/{session_id}", summary="Forget a conversation")
def reset(session_id: str, sessions: SessionsDep):
    sessions().reset(session_id)
    return {"reset": True}  # the same reply whether it existed or not: no session oracle


def _events(session: Session, question: str, settings: Settings) -> Iterator[str]:
    yield _sse("session", {"session_id": session.id})
    try:
        for piece in session.conversation.stream(question):
            if isinstance(piece, Answer):
                yield _sse("citations", {"citations": [c.__dict__ for c in piece.citations]})
                yield _sse("done", _payload(session.id, piece))
            else:
                yield _sse("token", {"text": piece})
    except ChatbotError as exc:
        yield _sse("error", {"error": public(exc, settings)})
    except Exception:
        log.exception("unhandled error while streaming")
        yield _sse("error", {"error": "internal error"})


def _session_for(body: ChatRequest, settings: Settings, sessions, per_session: RateLimiter):
    """(session, None) for a valid question within its limits, else (None, the error reply).

    Sessions are created only here, after the question is checked: invalid requests cannot
    fill the session table and push real conversations out."""
    problem = _check_question(body, settings)
    if problem:
        return None, problem
    session = sessions().get_or_create(body.session_id)
    if session.id == body.session_id:
        problem = _session_limited(session.id, per_session)
    return (None, problem) if problem else (session, None)


def _check_question(body: ChatRequest, settings: Settings) -> Optional[JSONResponse]:
    if len(body.question) > settings.max_question_chars:
        return error(413, f"the question is too long ({len(body.question)} characters; "
                          f"the limit is {settings.max_question_chars})")
    try:
        clean_question(body.question, settings.max_question_chars)
    except BadInput as exc:
        return error(422, public(exc, settings))
    return None


def _session_limited(session_id: Optional[str], per_session: RateLimiter) -> Optional[JSONResponse]:
    # Keyed by the server-issued id only (a made-up or omitted id gets no bucket of its own;
    # the per-client limit in middleware.Guard covers those requests).
    wait = per_session.check(session_id) if session_id else 0.0
    if wait:
        return error(429, "too many questions; wait a moment", {"Retry-After": str(math.ceil(wait))})
    return None


def _payload(session_id: str, answer: Answer) -> dict:
    return {"session_id": session_id, **answer.to_dict()}


def _sse(event: str, data: dict) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"
