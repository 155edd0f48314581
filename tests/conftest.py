"""Shared fixtures and helpers: settings on temporary stores, the real model's store built once per run,
real servers on 127.0.0.1 (the CLI's, Streamlit's, Redis), headless Chromium."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
ARTICLE = ROOT / "ingest" / "data" / "article.txt"
OUTPUT = Path(__file__).resolve().parent / "output"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]


def _cli_env(env: dict) -> dict:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CHATBOT_")}
    full_env.update(env)
    return full_env


def run_cli(args: list[str], env: dict, stdin: str | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    """Run `python -m <args>` as a user would, in the repo root, with the given CHATBOT_* env."""
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, env=_cli_env(env), input=stdin,
                          capture_output=True, text=True, timeout=timeout)


def start_cli(args: list[str], env: dict) -> subprocess.Popen:
    """run_cli's process, started and left running (stdout and stderr piped, text)."""
    return subprocess.Popen([sys.executable, "-m", *args], cwd=ROOT, env=_cli_env(env),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def fake_env(tmp_path) -> dict:
    return {"CHATBOT_PERSIST_DIR": str(tmp_path / "store"), "CHATBOT_EMBEDDINGS": "fake",
            "CHATBOT_FEEDBACK_PATH": str(tmp_path / "feedback.jsonl")}


@pytest.fixture
def fake_settings(tmp_path):
    from chatbot.config import load_settings

    return load_settings(persist_dir=tmp_path / "store", embeddings="fake", feedback_path=tmp_path / "fb.jsonl")


@pytest.fixture(scope="session")
def real_env(tmp_path_factory) -> dict:
    """A store with the bundled article embedded by the real packaged model (built once)."""
    store = tmp_path_factory.mktemp("real") / "store"
    env = {"CHATBOT_PERSIST_DIR": str(store)}
    result = run_cli(["ingest"], env)
    assert result.returncode == 0, result.stderr
    return env


@pytest.fixture(scope="session")
def real_chain(real_env):
    from chatbot import ChatChain, load_settings

    return ChatChain(load_settings(persist_dir=Path(real_env["CHATBOT_PERSIST_DIR"])))


@pytest.fixture(scope="session")
def dev_qa() -> dict:
    return json.loads((DATA / "article_dev_qa.json").read_text())


# Real headless Chromium (Debian's package) driven by Playwright: one per test run, shared by
# the page, widget, service and security tests (Playwright's sync API allows one instance per process).
@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM:
        pytest.skip("Debian's chromium is not installed (scripts/test installs it as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


REDIS_SERVER = shutil.which("redis-server")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _redis_answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    """Debian's redis-server on 127.0.0.1 (scripts/test installs it), its append-only file fsynced on
    every write: stopped and started again on the same directory and port, it has lost nothing."""

    def __init__(self, directory: Path, port: int | None = None) -> None:
        if not REDIS_SERVER:
            pytest.skip("Debian's redis-server is not installed (scripts/test installs it as root)")
        self.directory, self.port = directory, port or free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None
        directory.mkdir(parents=True, exist_ok=True)

    def start(self) -> "RedisServer":
        with open(self.directory / "redis.log", "a") as log:
            self.process = subprocess.Popen(
                [REDIS_SERVER, "--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(self.directory),
                 "--appendonly", "yes", "--appendfsync", "always", "--save", ""], stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while not _redis_answers(self.port):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start: {(self.directory / 'redis.log').read_text()[-500:]}")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()  # SIGTERM: Redis finishes its append-only file and exits
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


@contextmanager
def redis_server(directory: Path, port: int | None = None):
    """A RedisServer for the block; yields its URL."""
    redis = RedisServer(directory, port)
    try:
        yield redis.start().url
    finally:
        redis.stop()


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    """One real Redis for the run; tests keep apart by using fresh session ids and keys."""
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


# Real servers on 127.0.0.1, for the service, page, widget, deploy and security tests.
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
    """`streamlit run ui/serve.py` (the page behind its guard, as scripts/run starts it) on a free port with
    these CHATBOT_* settings; yields its URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    args = [python(), "-m", "streamlit", "run", "ui/serve.py", "--server.address", "127.0.0.1", "--server.port",
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
