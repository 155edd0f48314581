"""/docs in real headless Chromium with every request outside the chat server blocked: it still renders."""
import pytest

from ...conftest import OUTPUT, free_port, python, server

pytestmark = pytest.mark.slow


@pytest.fixture
def api(real_env):
    port = free_port()
    args = [python(), "-m", "chatbot", "serve", "--host", "127.0.0.1", "--port", str(port)]
    with server(args, real_env, f"http://127.0.0.1:{port}/healthz", "api-docs"):
        yield f"http://127.0.0.1:{port}"


def test_docs_page_renders_offline_in_chromium(api, browser):
    base = api
    context = browser.new_context()
    outside = []
    context.route("**/*", lambda route: (outside.append(route.request.url), route.abort())
                  if not route.request.url.startswith(base) else route.continue_())
    page = context.new_page()
    page.goto(base + "/docs")
    page.get_by_text("/v1/chat/stream").first.wait_for(timeout=30_000)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / "api-docs-offline.png"))
    context.close()
    assert outside == []  # nothing but this server was asked for
