"""Finding 8: the widget's data-* options cannot put markup or script into its shadow root."""
import html
import http.server
import threading
from functools import partial

import pytest

pytestmark = pytest.mark.slow

HOSTILE_ACCENT = 'red}</style><img src=x onerror="window.__pwned=1"><style>.x{color:red'


@pytest.fixture
def host_site(tmp_path):
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield tmp_path, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _widget_page(directory, name: str, api: str, **options) -> str:
    attributes = " ".join(f'data-{key}="{html.escape(value, quote=True)}"' for key, value in options.items())
    (directory / name).write_text(f'<!doctype html><html><body><h1>Host page</h1>'
                                  f'<script src="{api}/widget/embed.js" data-chatbot-url="{api}" {attributes}></script>'
                                  f'</body></html>')
    return name


def _button_colour(page) -> str:
    button = page.locator("[data-document-chat] >> css=.btn")
    button.wait_for(timeout=30_000)
    return button.evaluate("el => getComputedStyle(el).backgroundColor")


def test_a_hostile_accent_runs_no_script_and_falls_back_to_the_default(hardened, host_site, page):
    directory, origin = host_site
    name = _widget_page(directory, "hostile.html", hardened.url, accent=HOSTILE_ACCENT, title="<b>T</b>",
                        placeholder='"><img src=y onerror=window.__pwned=2>')
    page.goto(f"{origin}/{name}")
    assert _button_colour(page) == "rgb(37, 87, 167)"  # the default accent
    page.locator("[data-document-chat] >> css=.btn").click()
    assert page.evaluate("window.__pwned") is None
    shadow = "document.querySelector('[data-document-chat]').shadowRoot"
    assert page.evaluate(f"{shadow}.querySelectorAll('img').length") == 0
    title = page.locator("[data-document-chat] >> css=h2").inner_text()
    assert title == "<b>T</b>"  # shown as text


def test_a_real_colour_is_used(hardened, host_site, page):
    directory, origin = host_site
    page.goto(f"{origin}/{_widget_page(directory, 'red.html', hardened.url, accent='#c00000')}")
    assert _button_colour(page) == "rgb(192, 0, 0)"
