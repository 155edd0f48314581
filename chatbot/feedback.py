"""Thumbs up / down on answers, appended to a JSON-lines file for later review."""
from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

from chatbot.errors import BadInput
from chatbot.types import Answer

_LOCK = threading.Lock()


def record_feedback(path: Path, answer: Answer, rating: str, session: str = "", comment: str = "") -> dict:
    if rating not in {"up", "down"}:
        raise BadInput("feedback must be 'up' or 'down'")
    entry = {"time": time.time(), "session": session, "rating": rating, "question": answer.question,
             "answer": answer.answer, "answerable": answer.answerable, "backend": answer.backend,
             "citations": [c.id for c in answer.citations], "comment": comment[:2000]}
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(entry, ensure_ascii=False) + "\n"
    with _LOCK:  # one write call per entry: lines from two users never interleave
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            os.write(fd, line.encode("utf-8"))
        finally:
            os.close(fd)
    return entry


def read_feedback(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
