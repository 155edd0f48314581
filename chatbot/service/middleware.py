"""What every request passes through before a route, outermost first: the Host check, the access
log, `Guard` (origins, API key, per-client limit), the body limit.

    add_middleware(app, settings)   # after init_state: Guard counts with app.state.client_limiter
"""
from __future__ import annotations

import json
import logging
import math
import time
from typing import Optional

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.datastructures import Headers

from chatbot.config import Settings
from chatbot.conversation.sessions import RateLimiter
from chatbot.errors import ChatbotError
from chatbot.security import host_allowed, key_matches, loggable
from chatbot.service.handlers import error, public

log = logging.getLogger("chatbot.service")
access_log = logging.getLogger("chatbot.access")
_MAX_LOGGED_BODY = 64 * 1024  # a body past this is not kept for the log line
FAILURE_COST = 5  # a wrong API key or a refused origin uses up this many of the client's requests


def add_middleware(app: FastAPI, settings: Settings) -> None:
    # Each one added wraps the ones before it: added innermost first.
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(BaseHTTPMiddleware, dispatch=Guard(settings, app.state.client_limiter))
    access_log.setLevel(logging.INFO)
    app.add_middleware(AccessLog, log_questions=settings.log_questions)
    if "*" not in settings.hosts:
        # DNS rebinding: a page on evil.example resolving to this server sends Host: evil.example.
        app.add_middleware(HostCheck, allowed_hosts=settings.hosts)


class HostCheck:
    """Only the host names in CHATBOT_ALLOWED_HOSTS ("*.example.com" matches its subdomains); any other
    Host header gets 400 with the same {"error": ...} body as every other error."""

    def __init__(self, app, allowed_hosts: list[str]) -> None:
        self.app = app
        self.allowed = [pattern.lower() for pattern in allowed_hosts]

    def _allowed(self, host_header: str) -> bool:
        return host_allowed(host_header, self.allowed)

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket") or self._allowed(Headers(scope=scope).get("host", "")):
            return await self.app(scope, receive, send)
        if scope["type"] == "websocket":
            return await send({"type": "websocket.close", "code": 1008})
        response = error(400, "this server does not answer to that host name (the Host header); "
                              "see CHATBOT_ALLOWED_HOSTS")
        await response(scope, receive, send)


class Guard:
    """Security before the body is read or parsed: allowed origins (with CORS headers), the API key,
    the per-client rate limit; and never a stack trace in a response."""

    def __init__(self, settings: Settings, per_client: RateLimiter) -> None:
        self.settings, self.per_client = settings, per_client
        self.allowed = set(settings.origins)

    async def __call__(self, request: Request, call_next):
        origin = request.headers.get("origin")
        is_api = request.url.path.startswith("/v1/")
        cors = bool(origin) and is_api and origin.rstrip("/") in self.allowed
        refused = self._refuse(request, origin, cors) if is_api else None
        if refused is not None:
            return refused
        try:
            response = await call_next(request)
        except Exception:  # never a stack trace in a response
            log.exception("unhandled error on %s", request.url.path)
            response = error(500, "internal error")
        return _cors(response, origin) if cors else response

    def _refuse(self, request: Request, origin: Optional[str], cors: bool) -> Optional[Response]:
        """The reply that refuses this API request, or None to let it through. Every request counts
        against its client's limit, refused ones too, and a refused key or origin costs
        FAILURE_COST requests: guessing keys backs off quickly, and then the client waits."""
        client = request.client.host if request.client else "unknown"
        limited = self._limited(client, origin, cors)
        if limited is not None:
            return limited
        if origin is not None and not cors:
            # Deny by default: only listed origins may call the API from a browser. No Host-based
            # "same origin" exception: the Host header is the caller's to choose.
            self._charge_failure(client)
            return error(403, "this site is not allowed to use the chat (origin not in CHATBOT_ALLOWED_ORIGINS)")
        if cors and request.method == "OPTIONS":
            return _cors(JSONResponse({}), origin)
        if not cors and self.settings.api_key and not key_matches(_given_key(request), self.settings.api_key):
            self._charge_failure(client)
            return error(401, "missing or wrong API key (send X-API-Key)")
        return None

    def _limited(self, client: str, origin: Optional[str], cors: bool) -> Optional[Response]:
        try:
            wait = self.per_client.check(client)
        except ChatbotError as exc:  # the shared state (Redis) is down: outside the exception handlers here
            response = error(503, public(exc, self.settings))
            return _cors(response, origin) if cors else response
        if wait:
            response = error(429, "too many requests; wait a moment", {"Retry-After": str(math.ceil(wait))})
            return _cors(response, origin) if cors else response
        return None

    def _charge_failure(self, client: str) -> None:
        try:
            for _ in range(FAILURE_COST - 1):  # the request itself was counted already
                self.per_client.check(client)
        except ChatbotError:  # the shared state is down: the refusal stands anyway
            pass


def _cors(response: Response, origin: str) -> Response:
    response.headers["Access-Control-Allow-Origin"] = origin  # echo one allowed origin, never *
    response.headers["Vary"] = "Origin"
    response.headers["Access-Control-Allow-Methods"] = "GET, POST, DELETE, OPTIONS"
    response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-API-Key, Authorization"
    response.headers["Access-Control-Max-Age"] = "600"
    return response


def _given_key(request: Request) -> str:
    return request.headers.get("x-api-key") or request.headers.get("authorization", "").removeprefix("Bearer ")


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
        too_large = error(413, _BodyTooLarge(self.limit).detail)
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


class AccessLog:
    """ASGI middleware: one line per request, written when the response has been sent:
    `METHOD PATH STATUS MS client=ADDR [session=...] [question="..."]`. The question's text is logged
    only when CHATBOT_LOG_QUESTIONS=true (people's questions may be confidential)."""

    def __init__(self, app, log_questions: bool = False) -> None:
        self.app, self.log_questions = app, log_questions

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        began = time.perf_counter()
        status = {"code": 0}
        body = bytearray()

        async def receive_and_keep():
            message = await receive()
            if message.get("type") == "http.request" and len(body) < _MAX_LOGGED_BODY:
                body.extend(message.get("body", b"")[:_MAX_LOGGED_BODY - len(body)])
            return message

        async def send_and_note(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive_and_keep, send_and_note)
        finally:
            access_log.info(self._line(scope, status["code"], began, bytes(body)))

    def _line(self, scope, code: int, began: float, body: bytes) -> str:
        client = (scope.get("client") or ("-",))[0]
        line = (f'{loggable(scope["method"], 16)} {loggable(scope["path"])} {code or 500} '
                f"{(time.perf_counter() - began) * 1000:.0f}ms client={client}")
        fields = _body_fields(body)
        if fields.get("session_id"):
            line += f" session={str(fields['session_id'])[:12]}…"
        if self.log_questions and isinstance(fields.get("question"), str):
            line += f" question={json.dumps(fields['question'][:500], ensure_ascii=False)}"
        return line


def _body_fields(body: bytes) -> dict:
    if not body:
        return {}
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return {}
    return data if isinstance(data, dict) else {}
