"""Every failure as {"error": "one sentence"}: the one `error` reply helper, the exception handlers
(registered once, by `install_error_handlers`) and the OpenAPI schema that documents them."""
from __future__ import annotations

import logging
from typing import Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from chatbot.config import Settings
from chatbot.errors import BadInput, ChatbotError, EmptyStore, StoreUnavailable, UnknownSession, public_message
from chatbot.security import excerpt

log = logging.getLogger("chatbot.service")

EXAMPLE = 'send JSON like {"question": "who ruled out Assad?"}'


def error(status: int, message: str, headers: Optional[dict] = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def public(exc: Exception, settings: Settings) -> str:
    """The message a caller may see: the operator's log keeps the details (such as paths) it leaves out."""
    log.warning("%s: %s", type(exc).__name__, exc)
    return public_message(exc, hide=(str(settings.persist_dir),))


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


async def chatbot_error(request: Request, exc: ChatbotError) -> JSONResponse:
    status = 422 if isinstance(exc, BadInput) else 503 if isinstance(exc, (StoreUnavailable, EmptyStore)) else 500
    status = 404 if isinstance(exc, UnknownSession) else status
    return error(status, public(exc, request.app.state.settings))


async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    sent_as = request.headers.get("content-type", "")
    if sent_as and "json" not in sent_as.lower():  # curl's default form type, text/plain: not read as JSON at all
        return error(415, f"send the body as Content-Type: application/json; {EXAMPLE}")
    status, message = describe_validation(list(exc.errors()))
    return error(status, message)


async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
    message = str(exc.detail)
    if exc.status_code == 400:  # Starlette could not decode the body (e.g. not UTF-8)
        message = f"the request body could not be read: {EXAMPLE} in UTF-8"
    elif exc.status_code == 404:
        message = f"no such endpoint: {excerpt(request.method, 16)} {excerpt(request.url.path)}"
    elif exc.status_code == 405:
        message = f"{excerpt(request.method, 16)} is not allowed on {excerpt(request.url.path)}"
    return error(exc.status_code, message, getattr(exc, "headers", None))


def install_error_handlers(app: FastAPI) -> None:
    """The only place the exception handlers are registered; the schema then documents the replies."""
    app.add_exception_handler(ChatbotError, chatbot_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    document_errors(app)


ERROR_SCHEMA = {"title": "Error", "type": "object", "required": ["error"],
                "properties": {"error": {"type": "string", "title": "Error", "description": "one sentence"}}}
_DOCUMENTED = {"400": "the body is not JSON or not UTF-8", "404": "unknown, forgotten or expired session_id",
               "413": "the question is too long",
               "415": "the body is not sent as application/json",
               "422": "a missing or mistyped field, or an empty question",
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
        error_body = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
        for path, operations in schema.get("paths", {}).items():
            for operation in operations.values():
                responses = operation.setdefault("responses", {})
                responses.pop("422", None)
                if path.startswith("/v1/chat"):
                    for status, why in _DOCUMENTED.items():
                        responses[status] = {"description": why, "content": error_body}
        app.openapi_schema = schema
        return schema

    app.openapi = openapi
