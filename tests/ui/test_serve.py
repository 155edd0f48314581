"""The page's real server (`streamlit run ui/serve.py`, as scripts/run starts it) answers only its host
names, and keeps no uploads when nobody may upload, and only so many per browser session otherwise.
SECURITY.md, findings 4 and 6: against plain `streamlit run ui/app.py` each of these fails."""
import socket
from contextlib import contextmanager
from urllib.parse import urlsplit

import httpx
import pytest
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.sync.client import connect

from ..conftest import streamlit_app

pytestmark = pytest.mark.slow


def _upgrade_status(url: str, host: str) -> str:
    """The status line a websocket upgrade to /_stcore/stream gets, Host and Origin agreeing (the shape
    of a DNS-rebinding page's request)."""
    address = urlsplit(url)
    request = (f"GET /_stcore/stream HTTP/1.1\r\nHost: {host}\r\nOrigin: http://{host}\r\n"
               "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: streamlit\r\n\r\n")
    with socket.create_connection((address.hostname, address.port), timeout=30) as s:
        s.sendall(request.encode("ascii"))
        return s.recv(4096).split(b"\r\n", 1)[0].decode("latin-1")


@contextmanager
def browser_session(url: str):
    """What the page's script does before an upload: the health check (its XSRF cookie), then the
    websocket, which makes a page session; yields an httpx client that PUTs as that session, and its id."""
    with httpx.Client(base_url=url, timeout=60) as client:
        assert client.get("/_stcore/health").status_code == 200
        xsrf = client.cookies["_streamlit_xsrf"]
        ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
        with connect(ws_url, subprotocols=["streamlit", xsrf], origin=url,
                     additional_headers={"Cookie": f"_streamlit_xsrf={xsrf}"}, open_timeout=30) as ws:
            back = BackMsg()
            back.rerun_script.query_string = ""
            ws.send(back.SerializeToString())
            session_id = None
            while session_id is None:
                message = ForwardMsg()
                message.ParseFromString(ws.recv(timeout=60))
                if message.WhichOneof("type") == "new_session":
                    session_id = message.new_session.initialize.session_id
            client.headers["X-Xsrftoken"] = xsrf
            yield client, session_id


def _put(client: httpx.Client, session_id: str, file_id: str, size: int) -> int:
    files = {"file": (f"{file_id}.txt", b"x" * size, "text/plain")}
    return client.put(f"/_stcore/upload_file/{session_id}/{file_id}", files=files).status_code


def test_the_page_answers_only_its_host_names(fake_env):
    """Finding 6: DNS rebinding. Another name gets a short 400 and no websocket; the page's own names
    (CHATBOT_ALLOWED_HOSTS' default: localhost, 127.0.0.1; any port) get the page."""
    with streamlit_app(fake_env, "streamlit-guard-hosts") as url:
        port = urlsplit(url).port
        evil = httpx.get(url, headers={"Host": "evil.example"}, timeout=30)
        evil_upgrade = _upgrade_status(url, f"evil.example:{port}")
        assert (evil.status_code, " 101 " in evil_upgrade) == (400, False), evil_upgrade
        assert "CHATBOT_ALLOWED_HOSTS" in evil.text and "<html" not in evil.text
        for name in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost"):
            assert httpx.get(url, headers={"Host": name}, timeout=30).status_code == 200
        assert " 101 " in _upgrade_status(url, f"127.0.0.1:{port}")


def test_no_uploads_are_kept_when_nobody_may_upload(fake_env):
    """Finding 4: CHATBOT_PAGE_UPLOADS=off and no admin token, so the page shows no uploader; the upload
    path refuses a page session's PUT all the same."""
    with streamlit_app(fake_env, "streamlit-guard-off") as url, browser_session(url) as (client, session_id):
        response = client.put(f"/_stcore/upload_file/{session_id}/one", files={"file": ("a.txt", b"hi")})
        assert response.status_code == 403 and response.text == "Uploads are off on this page."


def test_a_page_session_holds_only_so_many_uploads(fake_env):
    """Finding 4: with uploads on, a page session holds at most CHATBOT_PAGE_UPLOAD_FILES files and
    CHATBOT_PAGE_UPLOAD_BYTES bytes; a removal makes room, and each session has its own."""
    env = fake_env | {"CHATBOT_PAGE_UPLOADS": "shared", "CHATBOT_PAGE_UPLOAD_FILES": "3",
                      "CHATBOT_PAGE_UPLOAD_BYTES": "1000000"}
    with streamlit_app(env, "streamlit-guard-shared") as url, browser_session(url) as (client, session_id):
        assert _put(client, session_id, "small-1", 1000) == 204
        assert _put(client, session_id, "big-1", 600_000) == 204
        assert _put(client, session_id, "big-2", 600_000) == 429  # 1.2 MB held: over the bytes
        assert _put(client, session_id, "small-2", 1000) == 204
        assert _put(client, session_id, "small-3", 1000) == 429  # a 4th file
        assert client.delete(f"/_stcore/upload_file/{session_id}/big-1").status_code == 204
        assert _put(client, session_id, "small-3", 1000) == 204  # room again after a removal
        with browser_session(url) as (other, other_id):  # another browser session has its own room
            assert _put(other, other_id, "small-1", 1000) == 204
