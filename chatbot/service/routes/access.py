"""POST /v1/access: 200 with the limits when the caller's origin may use the chat (middleware.Guard
answers 403 otherwise), so the widget can tell the user before they type."""
from __future__ import annotations

from fastapi import APIRouter

from chatbot.service.deps import SettingsDep

router = APIRouter()


@router.post("/v1/access", summary="May this site use the chat? (200 with the limits, or 403)")
def access(settings: SettingsDep):
    return {"allowed": True, "max_question_chars": settings.max_question_chars}
