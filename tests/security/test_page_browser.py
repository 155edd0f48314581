"""Finding 3 in real headless Chromium: a hostile passage and file name load nothing and link nowhere."""
import http.server
import threading

import pytest

from ..conftest import OUTPUT, ask_in_page, run_cli, streamlit_app

pytestmark = pytest.mark.slow

NAME = "notes `x`[y](z)`.txt"


@pytest.fixture
def tracker():
    """A server that counts every request: the 'tracking pixel' and the 'phishing' link point here."""
    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    httpd.shutdown()


def test_a_hostile_passage_renders_as_text_in_the_browser(tracker, tmp_path, page):
    base, hits = tracker
    document = tmp_path / NAME
    document.write_text(f"The vault code is 4711 ![pixel]({base}/pixel.png) [click here]({base}/phish) "
                        ":red[alarm] $x^2$ and it opens at noon.\n", encoding="utf-8")
    env = {"CHATBOT_PERSIST_DIR": str(tmp_path / "store")}
    assert run_cli(["ingest", str(document)], env).returncode == 0
    with streamlit_app(env, "security-streamlit") as url:
        answer = ask_in_page(page, url, "What is the vault code?", "4711")
        page.get_by_text("![pixel]").first.wait_for(timeout=10_000)  # the passage, as the characters it is
        page.wait_for_load_state("networkidle")
        OUTPUT.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(OUTPUT / "security-hostile-passage.png"), full_page=True)
        text = answer.inner_text()
        links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        sidebar = page.get_by_test_id("stSidebar").inner_text()
    assert hits == [], hits  # no image was fetched
    assert not [link for link in links if base in link or link.endswith("/z")], links
    assert "[click here](" in text and ":red[alarm]" in text
    assert NAME in sidebar  # the file name, backticks and all, not a code span broken into a link
