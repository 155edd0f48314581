"""The Streamlit page in real headless Chromium: ask, see the answer and its citation."""
import time

import pytest

from ..conftest import OUTPUT, ask_in_page, streamlit_app

pytestmark = pytest.mark.slow


def test_ask_in_the_browser(real_env, page):
    with streamlit_app(real_env) as url:
        started = time.perf_counter()
        answer = ask_in_page(page, url, "who ruled out Assad?", "Hollande [1]")
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
