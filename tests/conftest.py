"""Shared fixtures: settings on temporary stores, the real model's store built once per run."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
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
# tests/e2e and tests/security (Playwright's sync API allows one instance per process).
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
