"""The widget on a page of another origin, in real headless Chromium, against the real service."""
import http.server
import threading
import time
from functools import partial

import pytest

from ..conftest import OUTPUT, ROOT, free_port, python, server

pytestmark = pytest.mark.slow


def _host_site(directory, port):
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(directory))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


@pytest.fixture
def service(real_env):
    """The chat service on one port; two host sites on two others, only the first allowed."""
    api_port, allowed_port, denied_port = free_port(), free_port(), free_port()
    env = {**real_env, "CHATBOT_ALLOWED_ORIGINS": f"http://127.0.0.1:{allowed_port}"}
    args = [python(), "-m", "chatbot", "serve", "--host", "127.0.0.1", "--port", str(api_port)]
    with server(args, env, f"http://127.0.0.1:{api_port}/healthz", "service"):
        yield api_port, allowed_port, denied_port


def _page_dir(tmp_path, api_port):
    html = (ROOT / "ui" / "widget" / "example.html").read_text()
    (tmp_path / "index.html").write_text(html.replace("http://127.0.0.1:8000", f"http://127.0.0.1:{api_port}"))
    return tmp_path


def test_widget_answers_on_an_allowed_origin_and_refuses_elsewhere(service, page, tmp_path):
    api_port, allowed_port, denied_port = service
    site = _page_dir(tmp_path, api_port)
    allowed, denied = _host_site(site, allowed_port), _host_site(site, denied_port)
    try:
        # The access check is held back until the question is sent: a question typed before it
        # returns must wait for it, not vanish (a fast typist on a slow network; once, CI).
        held = []
        page.route("**/v1/access", lambda route: held.append(route))
        started = time.perf_counter()
        page.goto(f"http://127.0.0.1:{allowed_port}/index.html")
        page.locator("[data-document-chat] >> css=.btn").click()
        box = page.locator("[data-document-chat] >> css=textarea")
        box.fill("who ruled out Assad?")
        box.press("Enter")
        while not held:
            page.wait_for_timeout(50)
        held[0].continue_()
        page.unroute("**/v1/access")
        answer = page.locator("[data-document-chat] >> css=.msg.bot").filter(has_text="Hollande").last
        try:
            answer.wait_for(timeout=60_000)
        except Exception as error:
            log = page.locator("[data-document-chat] >> css=.log").inner_text()
            raise AssertionError(f"no answer naming Hollande; the widget shows: {log!r}") from error
        page.locator("[data-document-chat] >> css=.msg.bot .cites li").first.wait_for(timeout=10_000)
        first_answer_s = time.perf_counter() - started
        text = answer.inner_text()
        assert "Hollande [1]" in text and "line 5" in text and "source" in text
        assert answer.locator("css=.text strong").inner_text() == "Hollande"  # the short answer, bold
        OUTPUT.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(OUTPUT / "widget-answer.png"))
        (OUTPUT / "widget-first-answer.txt").write_text(f"{first_answer_s:.2f}s from page load to first answer\n")

        # Quotes are not doubled, and a passage the answer already quotes is not printed again.
        cites = page.locator("[data-document-chat] >> css=.msg.bot .cites").last.inner_text()
        assert '\u201c"' not in cites and '"\u201d' not in cites
        box.fill("What did Le Drian say about training camps?")
        box.press("Enter")
        page.locator("[data-document-chat] >> css=.msg.bot .cites").nth(1).wait_for(timeout=60_000)
        cites = page.locator("[data-document-chat] >> css=.msg.bot .cites").last.inner_text()
        assert '\u201c"' not in cites and '"\u201d' not in cites

        # A long paste is kept whole, counted, and cannot be sent until shortened.
        box.fill("x" * 2500)
        counter = page.locator("[data-document-chat] >> css=.count")
        assert "2500 / 2000" in counter.inner_text() and "shorten" in counter.inner_text()
        assert page.locator("[data-document-chat] >> css=form button").is_disabled()
        assert len(box.input_value()) == 2500
        box.fill("")
        assert counter.inner_text() == "0 / 2000"

        # The session survives a reload: the conversation is still there and follow-ups work.
        page.reload()
        page.locator("[data-document-chat] >> css=.msg.bot").filter(has_text="Hollande").last.wait_for(timeout=10_000)

        # The service has forgotten the conversation (restarted): the turns before leave the screen with it,
        # so a follow-up does not look as if it had them.
        page.evaluate("""() => { for (const key of Object.keys(localStorage)) if (key.startsWith("document-chat:")) {
            const saved = JSON.parse(localStorage.getItem(key)); saved.sessionId = "f".repeat(32);
            localStorage.setItem(key, JSON.stringify(saved)); } }""")
        page.reload()
        page.locator("[data-document-chat] >> css=.msg.bot").filter(has_text="Hollande").last.wait_for(timeout=10_000)
        box.fill("and what did he say?")
        box.press("Enter")
        page.locator("[data-document-chat] >> css=.msg.bot").filter(has_text="expired").wait_for(timeout=30_000)
        log = page.locator("[data-document-chat] >> css=.log").inner_text()
        assert "Hollande" not in log and "and what did he say?" in log

        # Another origin: the widget loads but the service refuses, politely.
        other = page.context.new_page()
        other.goto(f"http://127.0.0.1:{denied_port}/index.html")
        other.locator("[data-document-chat] >> css=.btn").click()
        refusal = other.locator("[data-document-chat] >> css=.msg.bot.error").last
        refusal.wait_for(timeout=30_000)  # said on opening, before the user types anything
        assert "not available on this site" in refusal.inner_text()
        log = other.locator("[data-document-chat] >> css=.log").inner_text()
        assert "Ask me about the documents" not in log and "Hi!" not in log  # no greeting first
        assert other.locator("[data-document-chat] >> css=form button").is_disabled()
        other.screenshot(path=str(OUTPUT / "widget-denied.png"))
    finally:
        allowed.shutdown()
        denied.shutdown()
