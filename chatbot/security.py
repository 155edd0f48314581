"""Small security helpers shared by the edges (service, page): key checks, quotes, the audit log."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

EXCERPT_CHARS = 40  # error replies quote at most this much of what the caller sent
_audit_lock = threading.Lock()


def key_matches(given: Optional[str], expected: Optional[str]) -> bool:
    """Constant time whatever the lengths (both sides hashed first); never true without a key."""
    if not given or not expected:
        return False

    def digest(value: str) -> bytes:
        return hashlib.sha256(value.encode("utf-8", "surrogatepass")).digest()
    return hmac.compare_digest(digest(given), digest(expected))


def host_allowed(host_header: str, patterns: list[str]) -> bool:
    """Whether a Host header names one of `patterns` (CHATBOT_ALLOWED_HOSTS: lower-case names, the port
    ignored; "*.example.com" matches its subdomains, "*" anything). The API and the page share it."""
    if "*" in patterns:
        return True
    try:
        host = urlsplit("//" + host_header).hostname or ""
    except ValueError:  # e.g. a malformed IPv6 literal
        return False
    return any(host == p or (p.startswith("*.") and host.endswith(p[1:])) for p in patterns)


def excerpt(value, limit: int = EXCERPT_CHARS) -> str:
    """A short, printable quote of caller input for an error message."""
    text = "".join(ch if ch.isprintable() else " " for ch in str(value)[: limit + 1])
    return text if len(text) <= limit else text[:limit] + "…"


def loggable(value, limit: int = 200) -> str:
    """Caller input as it may go in a log line: control characters escaped (a newline cannot forge a
    line, an escape byte cannot drive the operator's terminal) and cut to `limit` characters."""
    text = str(value)
    cut = len(text) > limit
    escaped = "".join(ch if ch.isprintable() and ch != "\\" else ch.encode("unicode_escape").decode("ascii")
                      for ch in text[:limit])
    return escaped + ("…" if cut else "")


class Backoff:
    """Failures per client (wrong tokens): after `free` of them, each one more locks the client out
    for twice as long (from `first_s`, at most `max_s`), so guessing is slow. Thread-safe."""

    def __init__(self, free: int = 3, first_s: float = 5.0, max_s: float = 300.0) -> None:
        self.free, self.first_s, self.max_s = free, first_s, max_s
        self._failures: dict[str, tuple[int, float]] = {}
        self._lock = threading.Lock()

    def wait(self, client: str) -> float:
        """Seconds the client must still wait before its next try is looked at (0: none)."""
        with self._lock:
            return max(0.0, self._failures.get(client, (0, 0.0))[1] - time.monotonic())

    def record(self, client: str, right: bool) -> None:
        with self._lock:
            if right:
                self._failures.pop(client, None)
                return
            failures = self._failures.get(client, (0, 0.0))[0] + 1
            locked = min(self.max_s, self.first_s * 2.0 ** (failures - self.free)) if failures >= self.free else 0.0
            self._failures[client] = (failures, time.monotonic() + locked)


def audit(path: Path, action: str, source: str, who: dict) -> None:
    """Append who changed which document, and when, as one JSON line (the operator's record)."""
    record = {"at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "action": action,
              "source": source, **who}
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(record, ensure_ascii=False) + "\n"
    with _audit_lock, open(path, "a", encoding="utf-8") as handle:
        handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())
