"""One exception tree. The CLI and UI turn these into one-line user messages."""
import re


class ChatbotError(Exception):
    """Base of every error the product reports to a user."""


class ConfigError(ChatbotError):
    """A setting has an invalid or unknown value."""


class BadInput(ChatbotError):
    """A question or a file that cannot be used (empty, too long, binary...)."""


class StoreUnavailable(ChatbotError):
    """The vector store cannot be opened or reached."""


class StoreBusy(StoreUnavailable):
    """Another process (or thread) holds the store's writer lock and this writer would not wait
    (`--no-wait`) or waited its limit out. A kind of unavailable store: edges that map those
    (the service's 503) treat it alike."""


class SessionsUnavailable(StoreUnavailable):
    """The shared session store (Redis) cannot be reached: the API answers 503 until it is back."""


class EmptyStore(ChatbotError):
    """Nothing has been ingested yet."""


class IngestTimedOut(ChatbotError):
    """An ingest started from the page ran past CHATBOT_PAGE_INGEST_TIMEOUT_S and was stopped."""


class BackendError(ChatbotError):
    """An answering backend failed (down, timed out, bad reply)."""


class UnknownBackend(ConfigError):
    """A backend name that is not registered."""


class UnknownSession(ChatbotError):
    """A session id the server does not know (never issued, forgotten or expired): the API answers 404."""


_PATH = re.compile(r"(?<![\w:/.~-])(?:[A-Za-z]:\\|~?/)[^\s'\"`,;()<>]*")


def public_message(error: "Exception | str", limit: int = 300, hide: tuple[str, ...] = ()) -> str:
    """What people other than the operator see: no file-system paths, no control characters, short.

    `hide`: known locations (the store's directory) removed first, even with spaces in them. The
    operator's log keeps the full message (the edges log it before calling this)."""
    text = str(error)
    for location in hide:
        text = text.replace(str(location), "…") if location else text
    text = _PATH.sub(lambda m: "…" + m.group(0)[len(m.group(0).rstrip(":.")):], text)
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
