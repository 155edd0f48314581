"""Shared fixtures: settings on temporary stores, the real model's store built once per run."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
ARTICLE = ROOT / "ingest" / "data" / "article.txt"
OUTPUT = Path(__file__).resolve().parent / "output"

sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]


def run_cli(args: list[str], env: dict, stdin: str | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    """Run `python -m <args>` as a user would, in the repo root, with the given CHATBOT_* env."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CHATBOT_")}
    full_env.update(env)
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, env=full_env, input=stdin,
                          capture_output=True, text=True, timeout=timeout)


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
