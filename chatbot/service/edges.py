"""The chat API's edges: every error as {"error": ...}, offline /docs, one access-log line per
request, and a port check before `serve` announces itself.

    install_edges(app, settings)   # after the routes are declared
    check_port(host, port)         # raises ConfigError when the port is taken
"""
from __future__ import annotations

import json
import logging
import socket
import time
from pathlib import Path
from typing import Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from chatbot.config import Settings
from chatbot.errors import ConfigError

access_log = logging.getLogger("chatbot.access")
EXAMPLE = 'send JSON like {"question": "who ruled out Assad?"}'
_MAX_LOGGED_BODY = 64 * 1024  # a body past this is not kept for the log line


def _error(status: int, message: str, headers: Optional[dict] = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def describe_validation(errors: list[dict]) -> tuple[int, str]:
    """FastAPI's validation errors as (status, one sentence): 400 for a body that is not JSON."""
    for err in errors:
        if err.get("type") == "json_invalid":
            return 400, f"the request body is not valid JSON; {EXAMPLE}"
    problems = []
    for err in errors:
        field = ".".join(str(part) for part in err.get("loc", ()) if part != "body")
        kind = err.get("type", "")
        if kind == "missing":
            problems.append(f"{field} is required" if field else f"the request has no body; {EXAMPLE}")
        elif kind == "model_attributes_type" or not field:
            problems.append(f"the request body must be a JSON object; {EXAMPLE}")
        elif kind.endswith("_type"):
            wanted = kind.removesuffix("_type").replace("string", "text").replace("_", " ")
            problems.append(f"{field} must be {wanted}")
        else:
            problems.append(f"{field}: {err.get('msg', 'invalid')}")
    return 422, "; ".join(dict.fromkeys(problems)) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        status, message = describe_validation(list(exc.errors()))
        return _error(status, message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = str(exc.detail)
        if exc.status_code == 400:  # Starlette could not decode the body (e.g. not UTF-8)
            message = f"the request body could not be read: {EXAMPLE} in UTF-8"
        elif exc.status_code == 404:
            message = f"no such endpoint: {request.method} {request.url.path}"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return _error(exc.status_code, message, getattr(exc, "headers", None))


def install_offline_docs(app: FastAPI) -> None:
    """Swagger UI 5 from the pinned fastapi-offline package's files (no CDN): /docs works offline.
    Create the app with docs_url=None so this page replaces FastAPI's."""
    import fastapi_offline

    assets = Path(fastapi_offline.__file__).parent / "static"
    app.mount("/docs-assets", StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs():
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} — docs",
                                   swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-assets/swagger-ui.css",
                                   swagger_favicon_url="/docs-assets/favicon.png")


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
            client = (scope.get("client") or ("-",))[0]
            line = (f'{scope["method"]} {scope["path"]} {status["code"] or 500} '
                    f"{(time.perf_counter() - began) * 1000:.0f}ms client={client}")
            fields = _body_fields(bytes(body))
            if fields.get("session_id"):
                line += f" session={str(fields['session_id'])[:12]}…"
            if self.log_questions and isinstance(fields.get("question"), str):
                line += f" question={json.dumps(fields['question'][:500], ensure_ascii=False)}"
            access_log.info(line)


def _body_fields(body: bytes) -> dict:
    if not body:
        return {}
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def install_access_check(app: FastAPI, settings: Settings) -> None:
    """GET /v1/access: 200 with the limits when the caller's origin may use the chat (the origin guard
    answers 403 otherwise), so the widget can tell the user before they type."""

    @app.post("/v1/access", summary="May this site use the chat? (200 with the limits, or 403)")
    def access():
        return {"allowed": True, "max_question_chars": settings.max_question_chars}


ERROR_SCHEMA = {"title": "Error", "type": "object", "required": ["error"],
                "properties": {"error": {"type": "string", "title": "Error", "description": "one sentence"}}}
_DOCUMENTED = {"400": "the body is not JSON or not UTF-8", "404": "unknown, forgotten or expired session_id",
               "413": "the question is too long", "422": "a missing or mistyped field, or an empty question",
               "429": "too many questions (see Retry-After)", "503": "the store or the session store is down"}


def document_errors(app: FastAPI) -> None:
    """The OpenAPI schema says what the API really returns on errors: {"error": "..."}, never {"detail"}."""
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        schema = build()
        schemas = schema.setdefault("components", {}).setdefault("schemas", {})
        schemas.pop("HTTPValidationError", None)
        schemas.pop("ValidationError", None)
        schemas["Error"] = ERROR_SCHEMA
        error = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
        for path, operations in schema.get("paths", {}).items():
            for operation in operations.values():
                responses = operation.setdefault("responses", {})
                responses.pop("422", None)
                if path.startswith("/v1/chat"):
                    for status, why in _DOCUMENTED.items():
                        responses[status] = {"description": why, "content": error}
        app.openapi_schema = schema
        return schema

    app.openapi = openapi


def install_edges(app: FastAPI, settings: Settings) -> None:
    install_error_handlers(app)
    document_errors(app)
    install_access_check(app, settings)
    install_offline_docs(app)
    access_log.setLevel(logging.INFO)
    app.add_middleware(AccessLog, log_questions=settings.log_questions)


def check_port(host: str, port: int) -> None:
    """Fail before announcing anything when another program already listens on host:port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            probe.bind((host, port))
        except OSError as exc:
            reason = "it is already in use" if exc.errno in {98, 48} else exc.strerror or str(exc)
            raise ConfigError(f"cannot serve on {host}:{port}: {reason} (choose another with --port)") from None
