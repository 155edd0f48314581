"""GET /healthz: liveness, with a real (cheap) read of the store and of the shared state."""
from __future__ import annotations

import logging

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from chatbot.errors import ChatbotError
from chatbot.service.deps import SessionsDep, SettingsDep, SharedStateDep
from chatbot.service.handlers import public

log = logging.getLogger("chatbot.service")

router = APIRouter()


@router.get("/healthz", summary="Liveness and a real (cheap) read of the store")
def health(settings: SettingsDep, sessions: SessionsDep, shared: SharedStateDep):
    try:
        documents = sessions().chain.store.check()
        shared.ping()
    except ChatbotError as exc:
        return JSONResponse({"status": "degraded", "reason": public(exc, settings)}, status_code=503)
    except Exception as exc:
        log.exception("health check failed")
        return JSONResponse({"status": "degraded", "reason": type(exc).__name__}, status_code=503)
    return {"status": "ok", "documents": documents}
