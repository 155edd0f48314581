"""The page's conversations kept on the server, so a reload (or a shared link) shows the same conversation.

The page puts its conversation id in the URL (`?c=...`, 128 random bits); the messages live in this
process's memory for CHATBOT_SESSION_TTL_S after their last use (the least recently used go first
past a cap). Nothing personal leaves the server.
"""
from __future__ import annotations

import copy
import re
import secrets
import threading
import time
from collections import OrderedDict
from typing import Optional

from chatbot import Answer, Turn

_ID = re.compile(r"[A-Za-z0-9_-]{16,64}")


def new_conversation_id() -> str:
    return secrets.token_urlsafe(16)


def valid_id(value: Optional[str]) -> bool:
    return bool(value) and bool(_ID.fullmatch(value))


class PageHistory:
    def __init__(self, ttl_s: float, max_conversations: int = 2000) -> None:
        self.ttl_s, self.max_conversations = ttl_s, max_conversations
        self._items: OrderedDict[str, tuple[list[dict], float]] = OrderedDict()
        self._lock = threading.Lock()

    def save(self, conversation_id: str, messages: list[dict]) -> None:
        with self._lock:
            self._items[conversation_id] = (copy.deepcopy(messages), time.monotonic())
            self._items.move_to_end(conversation_id)
            while len(self._items) > self.max_conversations:
                self._items.popitem(last=False)

    def load(self, conversation_id: str) -> Optional[list[dict]]:
        with self._lock:
            item = self._items.get(conversation_id)
            if item is None or time.monotonic() - item[1] > self.ttl_s:
                self._items.pop(conversation_id, None)
                return None
            self._items[conversation_id] = (item[0], time.monotonic())
            return copy.deepcopy(item[0])

    def forget(self, conversation_id: str) -> None:
        with self._lock:
            self._items.pop(conversation_id, None)


def turns_from(messages: list[dict]) -> list[Turn]:
    """The conversation's turns (for follow-ups) rebuilt from the page's messages."""
    turns = []
    for message in messages:
        if message.get("role") == "assistant" and "answer" in message:
            answer = Answer.from_dict(message["answer"])
            turns.append(Turn.from_answer(answer))
    return turns
