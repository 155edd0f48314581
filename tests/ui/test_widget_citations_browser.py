"""The widget names a PDF citation's page, in real headless Chromium, against the real service."""
import pytest

from ..conftest import DATA, free_port, python, run_cli, server
from .test_widget_browser import _host_site, _page_dir

pytestmark = pytest.mark.slow

PDF = DATA / "workplace" / "18f-partnership-principles.pdf"


def test_widget_cites_the_page(page, tmp_path, fake_env):
    assert run_cli(["ingest", str(PDF)], fake_env).returncode == 0
    api_port, site_port = free_port(), free_port()
    env = {**fake_env, "CHATBOT_ALLOWED_ORIGINS": f"http://127.0.0.1:{site_port}"}
    args = [python(), "-m", "chatbot", "serve", "--host", "127.0.0.1", "--port", str(api_port)]
    with server(args, env, f"http://127.0.0.1:{api_port}/healthz", "service-citations"):
        site = _host_site(_page_dir(tmp_path, api_port), site_port)
        try:
            page.goto(f"http://127.0.0.1:{site_port}/index.html")
            page.locator("[data-document-chat] >> css=.btn").click()
            box = page.locator("[data-document-chat] >> css=textarea")
            box.fill("How long does a Foundation Engagement typically last?")
            box.press("Enter")
            cite = page.locator("[data-document-chat] >> css=.msg.bot .cites li").first
            cite.wait_for(timeout=60_000)
            assert f"{PDF.name} \u00b7 p. 4" in cite.inner_text()
            assert not page.locator("[data-document-chat] >> css=.cites b, .cites mark").count()  # text only
        finally:
            site.shutdown()
