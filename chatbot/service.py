"""The chat API and the embeddable widget's files (FastAPI).

    python -m chatbot serve [--host 127.0.0.1] [--port 8000]

POST /v1/chat, POST /v1/chat/stream (server-sent events), DELETE /v1/sessions/{id},
GET /healthz, GET /widget/embed.js; OpenAPI docs at /docs.
"""
from __future__ import annotations

import hmac
import json
import logging
import math
import threading
from typing import Iterator, Optional

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from .api_edges import check_port, install_edges
from .chain import ChatChain
from .config import PROJECT_ROOT, Settings, load_settings
from .errors import BadInput, ChatbotError, ConfigError, EmptyStore, StoreUnavailable, UnknownSession
from .sessions import RateLimiter, SessionStore
from .state import open_state
from .types import Answer

WIDGET_DIR = PROJECT_ROOT / "ui" / "widget"


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
    timings_ms: dict[str, float]


def _error(status: int, message: str, headers: Optional[dict] = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def create_app(settings: Settings, chain: Optional[ChatChain] = None) -> FastAPI:
    app = FastAPI(title="Document chat API", version="1.0",
                  description="Ask questions about the ingested documents; answers cite their passages.",
                  docs_url=None, redoc_url=None)  # /docs is served offline by install_edges
    state = {"chain": chain}

    building = threading.Lock()
    shared = open_state(settings)  # this process's memory, or Redis shared by every replica

    def get_sessions() -> SessionStore:
        # Built on first use (tests pass a chain; `serve` builds one up front). Locked: two first
        # requests at once must share one session store, or one of them loses its conversation.
        with building:
            if "sessions" not in state:
                state["chain"] = state["chain"] or ChatChain(settings)
                state["sessions"] = SessionStore(state["chain"], shared)
            return state["sessions"]

    per_session = RateLimiter(settings.rate_limit_per_minute, shared, "session")
    per_client = RateLimiter(settings.rate_limit_per_minute * 4, shared, "client")
    allowed = set(settings.origins)

    # ---- security: origins, API key ----
    @app.middleware("http")
    async def guard(request: Request, call_next):
        origin = request.headers.get("origin")
        is_api = request.url.path.startswith("/v1/")
        if origin and is_api:
            same_origin = origin.rstrip("/") == f"{request.url.scheme}://{request.headers.get('host', '')}"
            if not same_origin and origin.rstrip("/") not in allowed:
                # Deny by default: only listed origins may call the API from a browser.
                return _error(403, "this site is not allowed to use the chat (origin not in CHATBOT_ALLOWED_ORIGINS)")
            if request.method == "OPTIONS":
                return _cors(JSONResponse({}), origin)
        elif is_api and settings.api_key and not origin:
            given = request.headers.get("x-api-key") or request.headers.get("authorization", "").removeprefix("Bearer ")
            if not hmac.compare_digest(given.encode(), settings.api_key.encode()):
                return _error(401, "missing or wrong API key (send X-API-Key)")
        try:
            response = await call_next(request)
        except Exception:  # never a stack trace in a response
            response = _error(500, "internal error")
        return _cors(response, origin) if origin and is_api else response

    def _cors(response, origin: str):
        response.headers["Access-Control-Allow-Origin"] = origin  # echo one allowed origin, never *
        response.headers["Vary"] = "Origin"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, DELETE, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-API-Key, Authorization"
        response.headers["Access-Control-Max-Age"] = "600"
        return response

    @app.exception_handler(ChatbotError)
    async def chatbot_error(request: Request, exc: ChatbotError):
        status = 422 if isinstance(exc, BadInput) else 503 if isinstance(exc, (StoreUnavailable, EmptyStore)) else 500
        status = 404 if isinstance(exc, UnknownSession) else status
        return _error(status, str(exc))

    def _limits(request: Request, session_id: Optional[str]) -> Optional[JSONResponse]:
        client = request.client.host if request.client else "unknown"
        for limiter, key in ((per_client, client), (per_session, session_id)):
            if key is None:
                continue
            wait = limiter.check(key)
            if wait:
                return _error(429, "too many questions; wait a moment", {"Retry-After": str(math.ceil(wait))})
        return None

    def _check_question(body: ChatRequest) -> Optional[JSONResponse]:
        if len(body.question) > settings.max_question_chars:
            return _error(413, f"the question is too long ({len(body.question)} characters; "
                               f"the limit is {settings.max_question_chars})")
        return None

    def _payload(session_id: str, answer: Answer) -> dict:
        return {"session_id": session_id, **answer.to_dict()}

    @app.post("/v1/chat", response_model=ChatResponse, summary="Ask a question (one JSON answer)")
    def chat(body: ChatRequest, request: Request):
        problem = _check_question(body) or _limits(request, body.session_id)
        if problem:
            return problem
        session = get_sessions().get_or_create(body.session_id)
        return _payload(session.id, session.conversation.ask(body.question))

    @app.post("/v1/chat/stream", summary="Ask a question (server-sent events: session, token*, citations, done)")
    def chat_stream(body: ChatRequest, request: Request):
        problem = _check_question(body) or _limits(request, body.session_id)
        if problem:
            return problem
        session = get_sessions().get_or_create(body.session_id)

        def events() -> Iterator[str]:
            yield _sse("session", {"session_id": session.id})
            try:
                for piece in session.conversation.stream(body.question):
                    if isinstance(piece, Answer):
                        yield _sse("citations", {"citations": [c.__dict__ for c in piece.citations]})
                        yield _sse("done", _payload(session.id, piece))
                    else:
                        yield _sse("token", {"text": piece})
            except ChatbotError as exc:
                yield _sse("error", {"error": str(exc)})
            except Exception:
                yield _sse("error", {"error": "internal error"})
        return StreamingResponse(events(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @app.delete("/v1/sessions/{session_id}", summary="Forget a conversation")
    def reset(session_id: str):
        return {"reset": get_sessions().reset(session_id)}

    @app.get("/healthz", summary="Liveness and store status")
    def health():
        try:
            documents = len(get_sessions().chain.store.documents())
            shared.ping()
        except ChatbotError as exc:
            return _error(503, str(exc))
        return {"status": "ok", "documents": documents}

    if WIDGET_DIR.exists():
        app.mount("/widget", StaticFiles(directory=WIDGET_DIR), name="widget")
    install_edges(app, settings)  # {"error"} for every failure, offline /docs, the access log
    return app


def _sse(event: str, data: dict) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def _log_to_stderr() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def app_from_environment() -> FastAPI:
    """One worker's app (`serve --workers N`, `uvicorn --factory`): settings from CHATBOT_*, model loaded now."""
    _log_to_stderr()
    settings = load_settings()
    return create_app(settings, ChatChain(settings))


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> None:
    import uvicorn

    if workers > 1 and not settings.redis_url:
        raise ConfigError(f"--workers {workers} needs CHATBOT_REDIS_URL: without it sessions and rate limits "
                          "live in one process's memory, so follow-ups would be lost between workers")
    check_port(host, port)  # before announcing: a busy port is one error line, not a banner then a failure
    _log_to_stderr()
    where = f"chat API on http://{host}:{port} (docs at /docs, widget at /widget/embed.js)"
    if workers > 1:  # each worker process builds its own app and loads the model once
        print(f"{where}, {workers} workers", flush=True)
        uvicorn.run("chatbot.service:app_from_environment", factory=True, host=host, port=port, workers=workers,
                    log_level="warning")
        return
    # Load the model and store before accepting requests: errors show at once, the first answer is fast.
    app = create_app(settings, ChatChain(settings))
    print(where, flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
