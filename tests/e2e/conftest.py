"""Real servers on 127.0.0.1 (the headless Chromium fixtures live in tests/conftest.py, shared)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager

from ..conftest import OUTPUT, ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except Exception:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not come up in {timeout}s")


def python() -> str:
    return sys.executable


@contextmanager
def server(args: list[str], env: dict, url: str, log_name: str):
    OUTPUT.mkdir(parents=True, exist_ok=True)
    log = open(OUTPUT / f"{log_name}.log", "w")
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CHATBOT_")} | env
    process = subprocess.Popen(args, cwd=ROOT, env=full_env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(url)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@contextmanager
def streamlit_app(env: dict, log_name: str = "streamlit"):
    """`streamlit run ui/app.py` on a free port with these CHATBOT_* settings; yields its URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    args = [python(), "-m", "streamlit", "run", "ui/app.py", "--server.address", "127.0.0.1", "--server.port",
            str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    with server(args, env, url + "/_stcore/health", log_name):
        yield url


def ask_in_page(page, url: str, question: str, expect: str):
    """Open the chat page, ask, and return the assistant's finished message that contains `expect`."""
    page.goto(url)
    box = page.get_by_test_id("stChatInputTextArea")
    box.wait_for(timeout=120_000)
    box.fill(question)
    box.press("Enter")
    # "answered by …" is drawn once the answer is complete (not while it streams in).
    answer = page.get_by_test_id("stChatMessage").filter(has_text=expect).filter(has_text="answered by").last
    answer.wait_for(timeout=60_000)
    return answer
