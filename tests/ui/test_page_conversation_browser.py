"""The page in real headless Chromium: a cited summary (screenshot for the README), "Show in document"
on the third answer brings its highlight into view, a reload keeps the conversation; a visitor's upload
is answered from, and its removal asks first and shows at once."""
import shutil

import pytest
from playwright.sync_api import expect

from ..conftest import OUTPUT, free_port, python, server

pytestmark = pytest.mark.slow
EDITOR_TOKEN = "editor-secret-for-tests"


def _page(real_env, tmp_path, **settings):
    store = tmp_path / "store"  # a copy of its own: these tests change the documents
    shutil.copytree(real_env["CHATBOT_PERSIST_DIR"], store)
    port = free_port()
    args = [python(), "-m", "streamlit", "run", "ui/serve.py", "--server.address", "127.0.0.1", "--server.port",
            str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    env = {"CHATBOT_PERSIST_DIR": str(store), "CHATBOT_FEEDBACK_PATH": str(tmp_path / "feedback.jsonl"),
           "CHATBOT_ADMIN_TOKEN": EDITOR_TOKEN, "CHATBOT_AUDIT_PATH": str(tmp_path / "audit.jsonl"), **settings}
    return server(args, env, f"http://127.0.0.1:{port}/_stcore/health", "streamlit-conversation"), \
        f"http://127.0.0.1:{port}"


@pytest.fixture
def page_url(real_env, tmp_path):
    running, url = _page(real_env, tmp_path)
    with running:
        yield url


@pytest.fixture
def shared_page_url(real_env, tmp_path):
    """Visitors may add documents and remove the ones they added (CHATBOT_PAGE_UPLOADS=shared)."""
    running, url = _page(real_env, tmp_path, CHATBOT_PAGE_UPLOADS="shared")
    with running:
        yield url


def _ask(page, question: str, expect: str, n: int):
    box = page.get_by_test_id("stChatInputTextArea")
    box.fill(question)
    box.press("Enter")
    try:
        page.get_by_test_id("stChatMessage").nth(2 * n - 1).filter(has_text=expect).wait_for(timeout=60_000)
        # The expected words arrive while the answer still streams: its citations come when the run ends.
        page.locator("[data-test-script-state=notRunning]").wait_for(timeout=60_000)
    except Exception:
        page.screenshot(path=str(OUTPUT / "streamlit-conversation-failed.png"), full_page=True)
        raise


def _in_viewport(page, locator) -> bool:
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] + min(box["height"], 40) <= height


def test_summary_show_in_document_and_reload(page_url, page):
    page.goto(page_url)
    page.get_by_test_id("stChatInputTextArea").wait_for(timeout=120_000)
    page.get_by_role("button", name="Summarize").first.click()
    page.mouse.move(700, 20)  # no tooltip in the screenshot
    summary = page.get_by_test_id("stChatMessage").filter(has_text="article.txt in 5 sentences").first
    summary.wait_for(timeout=60_000)
    page.locator("mark").nth(4).wait_for(timeout=10_000)  # five highlights in the document panel
    text = summary.inner_text()
    assert "[5]" in text and "line 16" in text and "****" not in text
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / "streamlit-summary.png"))

    _ask(page, "who ruled out Assad?", "Hollande", 2)
    _ask(page, "How many strikes has France carried out in Iraq?", "215", 3)
    _ask(page, "What did Le Drian say about training camps?", "training camps", 4)
    # The third answer (the Iraq figures, line 16): scroll to it, "Show in document".
    third = page.get_by_test_id("stChatMessage").nth(5)
    show = third.get_by_role("button", name="Show in document")
    show.scroll_into_view_if_needed()
    show.click()
    mark = page.locator("mark", has_text="215 out of nearly 4,500 strikes")
    mark.wait_for(timeout=30_000)
    page.locator("[data-test-script-state=notRunning]").wait_for(timeout=30_000)
    for _ in range(20):  # let the rerun and its scroll settle before measuring where the highlight is (a busy machine)
        page.wait_for_timeout(500)
        if _in_viewport(page, mark):
            break
    assert page.evaluate("window.scrollY") > 0 or page.locator("section.main, [data-testid=stMain]").first.evaluate(
        "el => el.scrollTop") > 0  # the page is scrolled down to the third answer
    assert _in_viewport(page, mark), mark.bounding_box()
    page.screenshot(path=str(OUTPUT / "streamlit-show-in-document.png"))

    # A reload keeps the conversation (its id is in the URL).
    assert "?c=" in page.url
    page.reload()
    page.get_by_test_id("stChatMessage").filter(has_text="article.txt in 5 sentences").first.wait_for(timeout=60_000)
    page.get_by_test_id("stChatMessage").nth(7).filter(has_text="training camps").wait_for(timeout=30_000)
    assert page.get_by_test_id("stChatMessage").count() == 8



def test_a_visitor_adds_a_document_asks_about_it_and_removes_it_after_confirming(shared_page_url, page, tmp_path):
    upload = tmp_path / "harbour_notes_v2.txt"  # underscores: shown as written, not as italics
    upload.write_text("The harbour of Zanderville opened in 1901.\nIt was rebuilt after the great storm of 1953.\n")
    page.goto(shared_page_url)
    page.get_by_test_id("stChatInputTextArea").wait_for(timeout=120_000)
    page.locator("input[type=file]").set_input_files(str(upload))
    page.get_by_text("harbour_notes_v2.txt: 2 passages ready").wait_for(timeout=60_000)

    _ask(page, "When did the harbour of Zanderville open?", "1901", 1)
    assert "harbour_notes_v2.txt" in page.get_by_test_id("stChatMessage").nth(1).inner_text()

    # Counted once the rerun has finished: while it runs, Streamlit may still show the last run's elements.
    page.locator("[data-test-script-state=notRunning]").wait_for(timeout=30_000)
    remove = page.get_by_role("button", name="Remove", exact=True)
    assert remove.count() == 1  # only the visitor's own document, not the bundled article
    remove.click()
    page.get_by_text("Remove harbour_notes_v2.txt and its 2 passages for everyone?").wait_for(timeout=30_000)
    page.screenshot(path=str(OUTPUT / "streamlit-remove-confirm.png"))
    page.get_by_role("button", name="Yes, remove").click()
    page.get_by_text("harbour_notes_v2.txt removed").wait_for(timeout=30_000)
    page.get_by_text("harbour_notes_v2.txt has since been removed from the documents.").wait_for(timeout=30_000)
    # Streamlit keeps the previous run's elements on screen until the new run replaces them: wait for it.
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar).not_to_contain_text("harbour_notes_v2.txt · 2 passages", timeout=30_000)
    expect(sidebar.get_by_role("button", name="Yes, remove")).to_have_count(0)
    expect(sidebar).to_contain_text("article.txt · 19 passages")
    page.screenshot(path=str(OUTPUT / "streamlit-removed.png"))


def test_a_visitor_adds_a_folder_of_files_at_once(shared_page_url, page, tmp_path):
    """Many files in one pick (a folder's worth): one progress bar, one message, the unreadable one
    named, and a finder instead of a row per document."""
    folder = tmp_path / "depots"
    folder.mkdir()
    for i in range(40):
        (folder / f"depot_{i:02d}.txt").write_text(f"Depot {i} of the Harlow tramway opened in {1860 + i}.\n")
    (folder / "map.png").write_bytes(b"\x89PNG not text")
    page.goto(shared_page_url)
    page.get_by_test_id("stChatInputTextArea").wait_for(timeout=120_000)
    page.locator("input[type=file]").set_input_files(sorted(str(p) for p in folder.iterdir()))
    page.get_by_text("40 documents added: 40 passages ready").wait_for(timeout=120_000)
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar).to_contain_text("Skipped map.png: unsupported file type")
    expect(sidebar).to_contain_text("41 documents · 59 passages")
    expect(sidebar).not_to_contain_text("depot_07.txt · 1 passages")
    _ask(page, "When did depot 27 of the Harlow tramway open?", "1887", 1)
    page.mouse.move(700, 20)
    sidebar.get_by_text("41 documents · 59 passages").scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    page.screenshot(path=str(OUTPUT / "streamlit-folder-upload.png"))
