"""What every request to the page's server passes first: the Host check, then the limits on uploads.
`ui/serve.py` puts it in front of Streamlit's own ASGI app (st.App's `middleware`, a public hook).

Streamlit alone answers any Host header (its `server.allowedHosts` guards only the websocket, and only
when set), and keeps every file PUT to /_stcore/upload_file/<session>/<file> in memory until the browser
session ends, whether or not the page shows an uploader. So here:

- a request or websocket whose Host is not in CHATBOT_ALLOWED_HOSTS gets 400 (DNS rebinding), with the
  API's rule (`host_allowed`, `*` = any);
- when nobody may upload (CHATBOT_PAGE_UPLOADS=off and no CHATBOT_ADMIN_TOKEN) the upload path is 403;
- otherwise a PUT needs a Content-Length, at most the page's file size, and is refused when its browser
  session would hold more than CHATBOT_PAGE_UPLOAD_FILES files or CHATBOT_PAGE_UPLOAD_BYTES bytes, or the
  process more than CHATBOT_PAGE_UPLOAD_TOTAL_BYTES. An HTTP request cannot tell an editor from a
  visitor, so editors get the same limits (the page itself decides who may add a document).
"""
from __future__ import annotations

import math
import re
from typing import Optional

from chatbot import Settings, host_allowed

UPLOAD_PATH = re.compile(r"/_stcore/upload_file/(?P<session>[^/]+)/(?P<file>[^/]+)/?$")
MULTIPART_SLACK = 64 * 1024  # the form's boundary and headers around the file's bytes
HOST_REFUSED = "This server does not answer to that host name (see CHATBOT_ALLOWED_HOSTS)."


def stored_uploads(session_id: Optional[str] = None) -> dict[str, dict[str, int]]:
    """Bytes of each file Streamlit holds, by session and file id (one session, or all of them).

    Streamlit's public API has no count of a session's uploads, so this reads the one place it keeps
    them: MemoryUploadedFileManager.file_storage, the manager every st.App runtime uses. It is the
    only read of Streamlit internals here; tests/ui/test_guard.py fails if that storage moves."""
    from streamlit import runtime

    storage = runtime.get_instance().uploaded_file_mgr.file_storage
    sessions = [session_id] if session_id is not None else list(storage)
    return {sid: {fid: len(rec.data) for fid, rec in list(storage.get(sid, {}).items())} for sid in sessions}


class PageGuard:
    """Pure ASGI middleware; `stored` is replaceable for tests (default: stored_uploads)."""

    def __init__(self, app, settings: Settings, stored=stored_uploads) -> None:
        self.app, self.settings, self.stored = app, settings, stored
        self.hosts = settings.hosts
        # The per-file cap is maxUploadSize's whole MiB (.streamlit/config.toml) over CHATBOT_MAX_FILE_BYTES:
        # a file just over that still reaches ingest, which names the limit in words.
        self.file_cap = math.ceil(settings.max_file_bytes / 2**20) * 2**20 + MULTIPART_SLACK
        self.receiving: dict[str, dict[str, int]] = {}  # session → file id → bytes, PUTs under way

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        if not host_allowed(_header(scope, b"host"), self.hosts):
            return await _refuse(scope, send, 400, HOST_REFUSED)
        upload = UPLOAD_PATH.search(scope["path"]) if scope["type"] == "http" else None
        if upload is None:
            return await self.app(scope, receive, send)
        session, file_id = upload["session"], upload["file"]
        refused = self._refusal(scope, session, file_id)
        if refused is not None:
            return await _refuse(scope, send, *refused)
        if scope["method"] != "PUT":
            return await self.app(scope, receive, send)
        # Reserved before the body is read, with no await between the check and here: parallel PUTs
        # of one session count each other.
        receiving = self.receiving.setdefault(session, {})
        receiving[file_id] = int(_header(scope, b"content-length"))
        try:
            await self.app(scope, receive, send)
        finally:
            receiving.pop(file_id, None)
            if not receiving:
                self.receiving.pop(session, None)

    def _refusal(self, scope, session: str, file_id: str) -> Optional[tuple[int, str]]:
        """(status, message) refusing this request to the upload path, or None to let it through."""
        if not self.settings.page_takes_uploads:
            return 403, "Uploads are off on this page."
        if scope["method"] != "PUT":  # DELETE frees memory; OPTIONS is the browser's preflight
            return None
        declared = _header(scope, b"content-length")
        if not declared.isdigit():
            return 411, "An upload needs a Content-Length."
        size = int(declared)
        if size > self.file_cap:
            return 413, f"A file may be at most {self.settings.max_file_bytes:,} bytes."
        if file_id in self.receiving.get(session, {}):
            return 409, "This file is already being uploaded."
        return self._over_limits(session, file_id, size)

    def _over_limits(self, session: str, file_id: str, size: int) -> Optional[tuple[int, str]]:
        everything = self.stored()
        held = {**everything.get(session, {}), **self.receiving.get(session, {})}
        held.pop(file_id, None)  # the same file again replaces it
        most_files, most_bytes = self.settings.page_upload_files, self.settings.page_upload_bytes
        if len(held) + 1 > most_files or sum(held.values()) + size > most_bytes:
            return 429, (f"This page session holds as many uploads as it may ({most_files} files, "
                         f"{most_bytes:,} bytes); reload the page to start a new one.")
        total = sum(sum(files.values()) for files in everything.values())
        total += sum(sum(files.values()) for files in self.receiving.values())
        if total + size > self.settings.page_upload_total_bytes:
            return 503, "The server holds too many uploads right now; try again in a few minutes."
        return None


def _header(scope, name: bytes) -> str:
    for key, value in scope["headers"]:
        if key.lower() == name:
            return value.decode("latin-1")
    return ""


async def _refuse(scope, send, status: int, message: str) -> None:
    """A short plain-text reply (no page, no trace); a websocket is closed before it is accepted, which
    the server answers with 403."""
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1008})
        return
    body = message.encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode("ascii"))]})
    await send({"type": "http.response.body", "body": body})
