"""The widget on a page of another origin answers a yes/no, a list and a summary question over the
workplace documents in tests/data/workplace, in one conversation, in real headless Chromium against
the real service and the real model; a screenshot of each answer for the README."""
import re

import pytest

from ..conftest import DATA, OUTPUT, free_port, python, run_cli, server
from .test_widget_browser import _host_site, _page_dir

pytestmark = pytest.mark.slow

WORKPLACE = DATA / "workplace"
DOCUMENTS = ["rust-travel-grant-policy.md", "pagerduty-severity-levels.md", "18f-partnership-principles.pdf",
             "18f-agile-solicitation-template.docx", "18f-press-page.html"]
WIDGET = "[data-document-chat] >> css="
MARKER = re.compile(r"\[(\d+)\]")


@pytest.fixture(scope="module")
def workplace_env(tmp_path_factory) -> dict:
    """A store with the five workplace documents embedded by the real packaged model."""
    env = {"CHATBOT_PERSIST_DIR": str(tmp_path_factory.mktemp("workplace") / "store")}
    result = run_cli(["ingest", *(str(WORKPLACE / name) for name in DOCUMENTS)], env)
    assert result.returncode == 0, result.stderr
    assert "ingested 5 document(s)" in result.stdout, result.stdout
    return env


def _policy_page(tmp_path, api_port):
    """ui/widget/example.html (its hostile styles kept) as an intranet travel page."""
    site = _page_dir(tmp_path, api_port)
    html = (site / "index.html").read_text()
    for old, new in [("Team news", "Travel &amp; expenses"), ("Ask the article", "Ask the policies"),
                     ("France gave cautious backing at the United Nations to Putin's call for a \"broad coalition\".",
                      "Going to a conference? Travel grants cover travel, hotel and event tickets."),
                     ("about the article", "about the travel grant policy")]:
        assert old in html, old
        html = html.replace(old, new)
    (site / "index.html").write_text(html)
    return site


def _ask(page, question: str, n: int):
    """Ask in the open widget; the n-th finished answer (1-based; the greeting has no 'answered by')."""
    box = page.locator(WIDGET + "textarea")
    box.fill(question)
    box.press("Enter")
    answer = page.locator(WIDGET + ".msg.bot:has(> .meta)").nth(n - 1)
    try:
        answer.wait_for(timeout=60_000)
    except Exception as error:
        page.screenshot(path=str(OUTPUT / "widget-workplace-failed.png"))
        log = page.locator(WIDGET + ".log").inner_text()
        raise AssertionError(f"no answer to {question!r}; the widget shows: {log!r}") from error
    return answer


# The log scrolled to the question; where the answer's sources run past the panel's bottom (it is at most
# 560 px tall), back just enough that the last source in view is whole and the next one starts below it.
SCROLL_TO = """question => {
  const log = question.parentElement, answer = question.nextElementSibling;
  const top = el => el.getBoundingClientRect().top - log.getBoundingClientRect().top + log.scrollTop;
  log.scrollTop = top(question) - 12;
  const bottom = log.scrollTop + log.clientHeight;
  const cut = [...answer.querySelectorAll('.cites li, .meta')].find(el => top(el) + el.offsetHeight > bottom);
  if (cut) log.scrollTop = top(cut) - log.clientHeight;
  return cut ? 'cut' : 'whole';
}"""


def _show(page, n: int, name: str) -> str:
    """The n-th question at the top of the widget's log, its answer below it; a screenshot. 'whole' when
    the answer fits, else 'cut' (its last sources are below the panel's fold)."""
    fits = page.locator(WIDGET + ".msg.user").nth(n - 1).evaluate(SCROLL_TO)
    page.mouse.move(20, 20)
    page.wait_for_timeout(200)
    page.screenshot(path=str(OUTPUT / name))
    return fits


def _sources(page, name: str):
    """The log scrolled to its end, as the widget leaves it: the last answer's sources; a screenshot."""
    page.locator(WIDGET + ".log").evaluate("log => { log.scrollTop = log.scrollHeight; }")
    page.wait_for_timeout(200)
    page.screenshot(path=str(OUTPUT / name))


def _text(answer) -> str:
    return answer.locator("css=.text").inner_text()


def _cites(answer) -> list[str]:
    return answer.locator("css=.cites li").all_inner_texts()


def test_widget_answers_yes_no_list_and_summary_over_workplace_documents(workplace_env, page, tmp_path):
    api_port, site_port = free_port(), free_port()
    env = {**workplace_env, "CHATBOT_ALLOWED_ORIGINS": f"http://127.0.0.1:{site_port}"}
    args = [python(), "-m", "chatbot", "serve", "--host", "127.0.0.1", "--port", str(api_port)]
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with server(args, env, f"http://127.0.0.1:{api_port}/healthz", "service-workplace"):
        site = _host_site(_policy_page(tmp_path, api_port), site_port)
        try:
            page.goto(f"http://127.0.0.1:{site_port}/index.html")
            page.locator(WIDGET + ".btn").click()

            # Yes/no: "No — …" with the short answer bold, cited from the approval guidelines: the guideline
            # (an item of their list) with the line that leads the list in.
            yes_no = _ask(page, "Can I fly business class with a travel grant?", 1)
            text = _text(yes_no)
            assert text.startswith("No \u2014 The following are guidelines") and "economy class" in text, text
            assert MARKER.findall(text) == ["1", "2"], text
            assert yes_no.locator("css=.text strong").inner_text() == "No"
            cites = _cites(yes_no)
            assert [c[:4] for c in cites] == ["[1] ", "[2] "], cites
            assert all("rust-travel-grant-policy.md" in c and "Approval guidelines" in c for c in cites), cites
            assert _show(page, 1, "widget-yes-no.png") == "whole"  # question, answer, source, all in view

            # A list: every guideline of the section, each item cited with its own passage.
            listed = _ask(page, "What are the approval guidelines?", 2)
            text = _text(listed)
            items = [line[2:].strip() for line in text.splitlines() if line.startswith("- ")]  # one item a line
            assert len(items) >= 4, text
            assert all(re.search(r"\[\d+\]$", item) for item in items), items
            for expected in ["$2000 per person", "employer that can pay", "active member", "economy class"]:
                assert any(expected in item for item in items), (expected, items)
            markers = MARKER.findall(text)
            assert len(set(markers)) >= 5, text  # the lead-in and at least four items, each its own passage
            cites = _cites(listed)
            assert len(cites) == len(set(markers)), cites
            assert all("rust-travel-grant-policy.md" in cite and "Approval guidelines" in cite for cite in cites), cites
            # Each item already quotes its passage: the sources name where, without quoting it again.
            assert not any("\u201c" in cite for cite in cites), cites
            _show(page, 2, "widget-list.png")
            _sources(page, "widget-list-sources.png")

            # A summary of the policy: sentences of the document, each cited, several passages.
            summary = _ask(page, "Summarize the travel policy", 3)
            text = _text(summary)
            assert "rust-travel-grant-policy.md" in text.splitlines()[0], text
            bullets = [line for line in text.splitlines() if line.startswith("- ")]
            assert len(bullets) >= 2 and all(re.search(r"\[\d+\]$", line) for line in bullets), text
            assert len(set(MARKER.findall(text))) >= 2, text
            cites = _cites(summary)
            assert len(cites) >= 2 and all("rust-travel-grant-policy.md" in cite for cite in cites), cites
            assert "$100,000" in text, text
            _show(page, 3, "widget-summary.png")
            _sources(page, "widget-summary-sources.png")

            # One conversation: three questions, three answers, no refusal or error among them.
            assert page.locator(WIDGET + ".msg.user").count() == 3
            assert page.locator(WIDGET + ".msg.bot.refusal, .msg.bot.error").count() == 0
        finally:
            site.shutdown()
