"""One exception tree. The CLI and UI turn these into one-line user messages."""


class ChatbotError(Exception):
    """Base of every error the product reports to a user."""


class ConfigError(ChatbotError):
    """A setting has an invalid or unknown value."""


class BadInput(ChatbotError):
    """A question or a file that cannot be used (empty, too long, binary...)."""


class StoreUnavailable(ChatbotError):
    """The vector store cannot be opened or reached."""


class SessionsUnavailable(StoreUnavailable):
    """The shared session store (Redis) cannot be reached: the API answers 503 until it is back."""


class EmptyStore(ChatbotError):
    """Nothing has been ingested yet."""


class BackendError(ChatbotError):
    """An answering backend failed (down, timed out, bad reply)."""


class UnknownBackend(ConfigError):
    """A backend name that is not registered."""


class UnknownSession(ChatbotError):
    """A session id the server does not know (never issued, forgotten or expired): the API answers 404."""
