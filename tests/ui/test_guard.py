"""PageGuard on a stand-in app (the real server: test_serve.py), and the one piece of Streamlit's
insides it reads, pinned so that a Streamlit upgrade that moves it fails here, loudly."""
import inspect
from types import SimpleNamespace

import pytest
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect
from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
from streamlit.runtime.uploaded_file_manager import UploadedFileRec
from streamlit.web.server.starlette.starlette_app import App

from chatbot import load_settings
from ui.guard import PageGuard, stored_uploads

UPLOAD = "/_stcore/upload_file/s1/"
DEFAULTS = {"page_uploads": "off", "admin_token": None, "allowed_hosts": "localhost,127.0.0.1"}  # not the shell's


def _client(stored=None, **settings) -> TestClient:
    async def page(request):
        return PlainTextResponse("the page")

    async def upload(request):
        await request.body()
        return Response(status_code=204)

    async def stream(websocket):
        await websocket.accept()
        await websocket.close()

    guard = Middleware(PageGuard, settings=load_settings(**DEFAULTS | settings), stored=stored or (lambda: {}))
    app = Starlette(routes=[Route("/", page), Route("/_stcore/upload_file/{s}/{f}", upload, methods=["PUT", "DELETE"]),
                            WebSocketRoute("/_stcore/stream", stream)], middleware=[guard])
    return TestClient(app, base_url="http://127.0.0.1:8501")


def test_only_the_allowed_host_names_get_the_page():
    client = _client()
    assert client.get("/").text == "the page"
    assert client.get("/", headers={"Host": "localhost:8501"}).status_code == 200
    refused = client.get("/", headers={"Host": "evil.example:8501"})
    assert refused.status_code == 400 and refused.text.startswith("This server does not answer")
    assert client.get("/", headers={"Host": "[::1"}).status_code == 400  # malformed
    with pytest.raises(WebSocketDisconnect):
        with client.websocket_connect("/_stcore/stream", headers={"Host": "evil.example"}):
            pass
    with client.websocket_connect("ws://127.0.0.1:8501/_stcore/stream"):
        pass
    named = _client(allowed_hosts="chat.intranet,*.example.com")
    assert named.get("/", headers={"Host": "a.example.com"}).status_code == 200
    assert named.get("/", headers={"Host": "localhost"}).status_code == 400
    assert _client(allowed_hosts="*").get("/", headers={"Host": "evil.example"}).status_code == 200


def test_no_uploads_when_nobody_may_upload():
    assert _client().put(UPLOAD + "f1", content=b"hi").status_code == 403
    assert _client().delete(UPLOAD + "f1").status_code == 403
    # An admin token makes editors possible: the path opens, with the session limits.
    assert _client(admin_token="secret").put(UPLOAD + "f1", content=b"hi").status_code == 204


def test_a_session_holds_only_so_many_files_and_bytes():
    held = {"s1": {"a": 400, "b": 400}, "s2": {"c": 5000}}
    client = _client(lambda: held, page_uploads="shared", page_upload_files=3, page_upload_bytes=1000)
    assert client.put(UPLOAD + "f1", content=b"x" * 200).status_code == 204
    assert client.put(UPLOAD + "f1", content=b"x" * 201).status_code == 429  # 1001 bytes
    assert client.put(UPLOAD + "a", content=b"x" * 600).status_code == 204  # the same file replaced
    held["s1"]["f1"] = 100
    assert client.put(UPLOAD + "f2", content=b"x").status_code == 429  # a 4th file
    assert client.put("/_stcore/upload_file/s3/f1", content=b"x" * 999).status_code == 204  # its own room
    assert client.delete(UPLOAD + "a").status_code == 204


def test_the_process_total_and_the_file_size_hold():
    held = {f"s{i}": {"a": 90} for i in range(10)}
    client = _client(lambda: held, page_uploads="shared", page_upload_total_bytes=1000, max_file_bytes=2**20)
    assert client.put("/_stcore/upload_file/new/f", content=b"x" * 100).status_code == 204
    assert client.put("/_stcore/upload_file/new/f", content=b"x" * 101).status_code == 503
    big = _client(page_uploads="shared", max_file_bytes=2**20)
    assert big.put(UPLOAD + "f", content=b"x" * (2**20 + 64 * 1024)).status_code == 204
    assert big.put(UPLOAD + "f", content=b"x" * (2**20 + 64 * 1024 + 1)).status_code == 413
    chunked = big.put(UPLOAD + "f", content=iter([b"x"]))  # no Content-Length
    assert chunked.status_code == 411


def test_streamlit_keeps_uploads_where_the_guard_reads_them(monkeypatch):
    """stored_uploads reads MemoryUploadedFileManager.file_storage through the runtime: st.App must still
    create that manager, and it must still hold each session's files there."""
    assert "MemoryUploadedFileManager(" in inspect.getsource(App._create_runtime)
    manager = MemoryUploadedFileManager("/_stcore/upload_file")
    monkeypatch.setattr("streamlit.runtime.get_instance", lambda: SimpleNamespace(uploaded_file_mgr=manager))
    manager.add_file("s1", UploadedFileRec(file_id="f1", name="a.txt", type="text/plain", data=b"abc"))
    manager.add_file("s2", UploadedFileRec(file_id="f2", name="b.txt", type="text/plain", data=b"hello"))
    assert stored_uploads() == {"s1": {"f1": 3}, "s2": {"f2": 5}}
    assert stored_uploads("s1") == {"s1": {"f1": 3}} and stored_uploads("nobody") == {"nobody": {}}
    manager.remove_session_files("s1")
    assert stored_uploads() == {"s2": {"f2": 5}}


def test_the_upload_settings():
    from chatbot import ConfigError

    assert not load_settings(**DEFAULTS).page_takes_uploads
    assert load_settings(**DEFAULTS | {"page_uploads": "shared"}).page_takes_uploads
    assert load_settings(**DEFAULTS | {"admin_token": "t"}).page_takes_uploads
    with pytest.raises(ConfigError, match="CHATBOT_PAGE_UPLOAD_FILES"):
        load_settings(page_upload_files=-1)
