"""Conversational question answering over documents, with cited passages.

The public surface used by the UI, the service and other tools:

    settings = load_settings()
    chain = ChatChain(settings)           # one per process; thread-safe
    conversation = Conversation(chain)    # one per user
    answer = conversation.ask("who ruled out Assad?")
"""
from .chain import ChatChain, Conversation
from .config import Settings, load_settings
from .errors import (BackendError, BadInput, ChatbotError, ConfigError, EmptyStore, StoreUnavailable,
                     UnknownBackend)
from .types import Answer, Citation

__all__ = ["Answer", "BackendError", "BadInput", "ChatChain", "ChatbotError", "Citation", "ConfigError",
           "Conversation", "EmptyStore", "Settings", "StoreUnavailable", "UnknownBackend", "load_settings"]
