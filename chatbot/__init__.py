"""Conversational question answering over documents, with cited passages.

The public surface used by the UI, the service and the tools:

    settings = load_settings()
    chain = ChatChain(settings)           # one per process; thread-safe
    conversation = Conversation(chain)    # one per user
    answer = conversation.ask("who ruled out Assad?")

How a question flows through the packages: `pipeline` (follow-ups, routing) → `retrieval` over
`store` → an answerer from `answering` → an `Answer` with citations; `conversation` holds what a
message asks for and the sessions; `service` and `cli` are the edges.
"""
from chatbot.answering.base import configured as configured_answerers
from chatbot.config import Settings, load_settings
from chatbot.conversation.examples import example_questions
from chatbot.conversation.state import MemoryState, RedisState
from chatbot.embeddings import MiniLMEmbeddings, get_embeddings
from chatbot.errors import (BackendError, BadInput, ChatbotError, ConfigError, EmptyStore, StoreUnavailable,
                            UnknownBackend, public_message)
from chatbot.feedback import record_feedback
from chatbot.pipeline import ChatChain, Conversation
from chatbot.security import Backoff, audit, host_allowed, key_matches
from chatbot.store.chroma import PassageStore, open_store
from chatbot.types import Answer, Citation, Passage, Turn

__all__ = ["Answer", "Backoff", "BackendError", "BadInput", "ChatChain", "ChatbotError", "Citation", "ConfigError",
           "Conversation", "EmptyStore", "MemoryState", "MiniLMEmbeddings", "Passage", "PassageStore",
           "RedisState", "Settings", "StoreUnavailable", "Turn", "UnknownBackend", "audit",
           "configured_answerers", "example_questions", "get_embeddings", "host_allowed", "key_matches",
           "load_settings", "open_store", "public_message", "record_feedback"]
