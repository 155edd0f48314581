"""The Streamlit page in real headless Chromium: ask, see the answer and its citation."""
import time

import pytest

from ..conftest import OUTPUT
from .conftest import free_port, python, server

pytestmark = pytest.mark.slow


def test_ask_in_the_browser(real_env, page):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    args = [python(), "-m", "streamlit", "run", "ui/app.py", "--server.address", "127.0.0.1", "--server.port",
            str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    with server(args, real_env, url + "/_stcore/health", "streamlit"):
        started = time.perf_counter()
        page.goto(url)
        box = page.get_by_test_id("stChatInputTextArea")
        box.wait_for(timeout=120_000)
        box.fill("who ruled out Assad?")
        box.press("Enter")
        answer = page.get_by_test_id("stChatMessage").filter(has_text="Hollande [1]").first
        answer.wait_for(timeout=60_000)
        first_answer_s = time.perf_counter() - started
        text = answer.inner_text()
        assert "Hollande" in text
        assert "article.txt" in text and "line 5" in text  # the citation card
        highlighted = page.locator("mark").first
        highlighted.wait_for(timeout=10_000)
        assert "rule out President Bashar Assad" in highlighted.inner_text()
        OUTPUT.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(OUTPUT / "streamlit-answer.png"), full_page=True)
        (OUTPUT / "streamlit-first-answer.txt").write_text(f"{first_answer_s:.2f}s from page load to first answer\n")
