"""The chat API and the embeddable widget's files (FastAPI).

    python -m chatbot serve [--host 127.0.0.1] [--port 8000]

POST /v1/chat, POST /v1/chat/stream (server-sent events), DELETE /v1/sessions/{id},
GET /healthz, GET /widget/embed.js; OpenAPI docs at /docs.
"""
from __future__ import annotations

import json
import logging
import math
import threading
from typing import Iterator, Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from chatbot.service.edges import check_port, install_edges
from chatbot.pipeline import ChatChain
from chatbot.text import clean_question
from chatbot.config import PROJECT_ROOT, Settings, load_settings
from chatbot.errors import (BadInput, ChatbotError, ConfigError, EmptyStore, StoreUnavailable, UnknownSession,
                     public_message)
from chatbot.security import excerpt, key_matches
from chatbot.conversation.sessions import RateLimiter, SessionStore
from chatbot.conversation.state import open_state
from chatbot.types import Answer

log = logging.getLogger("chatbot.service")

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


class _BodyTooLarge(HTTPException):
    # An HTTPException: FastAPI re-raises those from its body reader (others become a 400).
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is over the {limit} byte limit")


class BodyLimit:
    """Refuses request bodies over `limit` bytes while they are read, before anything parses them:
    at once from Content-Length, else by counting the chunks as they arrive."""

    def __init__(self, app, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length")
        too_large = _error(413, _BodyTooLarge(self.limit).detail)
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            return await too_large(scope, receive, send)
        seen, started = 0, False

        async def counted():
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise _BodyTooLarge(self.limit)
            return message

        async def watched(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except _BodyTooLarge:
            if not started:
                await too_large(scope, receive, send)


def create_app(settings: Settings, chain: Optional[ChatChain] = None) -> FastAPI:
    app = FastAPI(title="Document chat API", version="1.0",
                  description="Ask questions about the ingested documents; answers cite their passages.",
                  docs_url=None, redoc_url=None)  # /docs is served offline by install_edges
    state = {"chain": chain}
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)  # added first: inside `guard` below

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

    # ---- security: origins, API key, per-client limit; before the body is read or parsed ----
    @app.middleware("http")
    async def guard(request: Request, call_next):
        origin = request.headers.get("origin")
        is_api = request.url.path.startswith("/v1/")
        cors = bool(origin) and is_api and origin.rstrip("/") in allowed
        if is_api:
            if origin is not None and not cors:
                # Deny by default: only listed origins may call the API from a browser. No Host-based
                # "same origin" exception: the Host header is the caller's to choose.
                return _error(403, "this site is not allowed to use the chat (origin not in CHATBOT_ALLOWED_ORIGINS)")
            if cors and request.method == "OPTIONS":
                return _cors(JSONResponse({}), origin)
            if not cors and settings.api_key and not key_matches(_given_key(request), settings.api_key):
                return _error(401, "missing or wrong API key (send X-API-Key)")
            try:
                wait = per_client.check(request.client.host if request.client else "unknown")
            except ChatbotError as exc:  # the shared state (Redis) is down: outside the exception handlers here
                response = _error(503, _public(exc))
                return _cors(response, origin) if cors else response
            if wait:
                response = _error(429, "too many requests; wait a moment", {"Retry-After": str(math.ceil(wait))})
                return _cors(response, origin) if cors else response
        try:
            response = await call_next(request)
        except Exception:  # never a stack trace in a response
            log.exception("unhandled error on %s", request.url.path)
            response = _error(500, "internal error")
        return _cors(response, origin) if cors else response

    def _cors(response, origin: str):
        response.headers["Access-Control-Allow-Origin"] = origin  # echo one allowed origin, never *
        response.headers["Vary"] = "Origin"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, DELETE, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-API-Key, Authorization"
        response.headers["Access-Control-Max-Age"] = "600"
        return response

    hidden = (str(settings.persist_dir),)

    def _public(exc: Exception) -> str:
        log.warning("%s: %s", type(exc).__name__, exc)  # the operator's log keeps the paths
        return public_message(exc, hide=hidden)

    @app.exception_handler(ChatbotError)
    async def chatbot_error(request: Request, exc: ChatbotError):
        status = 422 if isinstance(exc, BadInput) else 503 if isinstance(exc, (StoreUnavailable, EmptyStore)) else 500
        status = 404 if isinstance(exc, UnknownSession) else status
        return _error(status, _public(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        return _error(exc.status_code, excerpt(exc.detail, 200), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        # FastAPI's default reply echoes the whole input: quote a short excerpt only.
        problems = []
        for err in exc.errors()[:3]:
            where = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
            quoted = f" (got {excerpt(err['input'])!r})" if "input" in err and err.get("type") != "missing" else ""
            problems.append(f"{where}: {excerpt(err.get('msg', 'invalid'), 100)}{quoted}")
        return _error(422, "invalid request: " + "; ".join(problems))

    def _session_limited(session_id: Optional[str]) -> Optional[JSONResponse]:
        # Keyed by the server-issued id only (a made-up or omitted id gets no bucket of its own;
        # the per-client limit in `guard` covers those requests).
        wait = per_session.check(session_id) if session_id else 0.0
        if wait:
            return _error(429, "too many questions; wait a moment", {"Retry-After": str(math.ceil(wait))})
        return None

    def _check_question(body: ChatRequest) -> Optional[JSONResponse]:
        if len(body.question) > settings.max_question_chars:
            return _error(413, f"the question is too long ({len(body.question)} characters; "
                               f"the limit is {settings.max_question_chars})")
        try:
            clean_question(body.question, settings.max_question_chars)
        except BadInput as exc:
            return _error(422, _public(exc))
        return None

    def _session_for(body: ChatRequest):
        """(session, None) for a valid question within its limits, else (None, the error reply).

        Sessions are created only here, after the question is checked: invalid requests cannot
        fill the session table and push real conversations out."""
        problem = _check_question(body)
        if problem:
            return None, problem
        session = get_sessions().get_or_create(body.session_id)
        if session.id == body.session_id:
            problem = _session_limited(session.id)
        return (None, problem) if problem else (session, None)

    def _payload(session_id: str, answer: Answer) -> dict:
        return {"session_id": session_id, **answer.to_dict()}

    @app.post("/v1/chat", response_model=ChatResponse, summary="Ask a question (one JSON answer)")
    def chat(body: ChatRequest):
        session, problem = _session_for(body)
        if problem:
            return problem
        return _payload(session.id, session.conversation.ask(body.question))

    @app.post("/v1/chat/stream", summary="Ask a question (server-sent events: session, token*, citations, done)")
    def chat_stream(body: ChatRequest):
        session, problem = _session_for(body)
        if problem:
            return problem

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
                yield _sse("error", {"error": _public(exc)})
            except Exception:
                log.exception("unhandled error while streaming")
                yield _sse("error", {"error": "internal error"})
        return StreamingResponse(events(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @app.delete("/v1/sessions/{session_id}", summary="Forget a conversation")
    def reset(session_id: str):
        get_sessions().reset(session_id)
        return {"reset": True}  # the same reply whether it existed or not: no session oracle

    @app.get("/healthz", summary="Liveness and a real (cheap) read of the store")
    def health():
        try:
            documents = get_sessions().chain.store.check()
            shared.ping()
        except ChatbotError as exc:
            return JSONResponse({"status": "degraded", "reason": _public(exc)}, status_code=503)
        except Exception as exc:
            log.exception("health check failed")
            return JSONResponse({"status": "degraded", "reason": type(exc).__name__}, status_code=503)
        return {"status": "ok", "documents": documents}

    if WIDGET_DIR.exists():
        app.mount("/widget", StaticFiles(directory=WIDGET_DIR), name="widget")
    install_edges(app, settings)  # {"error"} for every failure, offline /docs, the access log
    # Outermost first: the Host check, `guard`, the body limit, then the routes.
    if "*" not in settings.hosts:
        # DNS rebinding: a page on evil.example resolving to this server sends Host: evil.example.
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.hosts, www_redirect=False)
    return app


def _given_key(request: Request) -> str:
    return request.headers.get("x-api-key") or request.headers.get("authorization", "").removeprefix("Bearer ")


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
    _log_to_stderr()  # the operator's log: the details, such as paths, that replies to users leave out
    where = f"chat API on http://{host}:{port} (docs at /docs, widget at /widget/embed.js)"
    if "*" not in settings.hosts and host not in settings.hosts and host not in {"0.0.0.0", "::"}:
        print(f"note: {host} is not in CHATBOT_ALLOWED_HOSTS ({settings.allowed_hosts}); "
              "requests addressed to it get 400", flush=True)
    # X-Forwarded-For is believed only from the proxies listed in CHATBOT_TRUSTED_PROXIES (uvicorn
    # would otherwise trust 127.0.0.1 by default, and any local caller could pick its address).
    proxies = settings.proxies
    limits = dict(log_level="warning", proxy_headers=bool(proxies), forwarded_allow_ips=proxies or "",
                  limit_concurrency=settings.max_connections, h11_max_incomplete_event_size=16_384,
                  timeout_keep_alive=5)
    if workers > 1:  # each worker process builds its own app and loads the model once
        print(f"{where}, {workers} workers", flush=True)
        uvicorn.run("chatbot.service.app:app_from_environment", factory=True, host=host, port=port, workers=workers,
                    **limits)
        return
    # Load the model and store before accepting requests: errors show at once, the first answer is fast.
    app = create_app(settings, ChatChain(settings))
    print(where, flush=True)
    uvicorn.run(app, host=host, port=port, **limits)
