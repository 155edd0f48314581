from markdown_it import MarkdownIt

from ui.components import answer_html, highlighted_document, markdown_label, safe_link, shown_in_answer


def test_highlight_marks_cited_spans_escapes_html_and_starts_near_them():
    text = "\n".join(f"line {i} <b>x</b>" for i in range(1, 11))
    start = text.index("line 8")
    html = highlighted_document(text, [(start, start + 6, 1)])
    assert '<mark title="[1]"' in html and "line 8</mark>" not in html and ">line 8<sup>[1]</sup></mark>" in html
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert "line 5" in html and "line 4 " not in html  # three lines of context above, an ellipsis before
    assert "…" in html


OPEN = '<div style="overflow-wrap:anywhere">'  # a long unbroken word wraps in the column


def test_answer_html_bolds_markers_and_shows_everything_else_as_text():
    assert answer_html("Hollande [1] *said* <b>x</b> [2]") == \
        OPEN + "Hollande <b>[1]</b> *said* &lt;b&gt;x&lt;/b&gt; <b>[2]</b></div>"


def test_answer_html_bolds_the_short_answer_it_begins_with():
    assert answer_html("Hollande <x> [1] — “…”", "Hollande <x>") == \
        OPEN + "<strong>Hollande &lt;x&gt;</strong> <b>[1]</b> — “…”</div>"
    assert answer_html("The document does not say.", "Hollande") == OPEN + "The document does not say.</div>"
    assert answer_html("Hollande [1]", None) == OPEN + "Hollande <b>[1]</b></div>"


def test_links_only_to_http_urls_labelled_with_their_host():
    assert safe_link("https://naharnet.com/stories/en/190797") == (
        '<a href="https://naharnet.com/stories/en/190797" target="_blank" rel="noopener noreferrer nofollow">'
        "naharnet.com</a>")
    assert safe_link("javascript:alert(1)") == safe_link("data:text/html,x") == safe_link(None) == ""
    assert "&quot;" in safe_link('http://a.example/"><script>')


def test_markdown_labels_show_file_names_and_questions_as_written():
    """Buttons and captions take Markdown; escaped labels render as the plain text (CommonMark)."""
    render = MarkdownIt("commonmark").render
    for text in ("notes_v2_final_.txt", "What did *they* pay, $5 or $7?", "# [link](http://x.y) `code` ~a~ 1. <b>",
                 "C:\\path\\file.md", ":material/delete: remove", "1. first",
                 "- item", "+ more", "> quote", "## heading"):
        assert render(markdown_label(text)) == f"<p>{render_plain(text)}</p>\n"
    assert markdown_label("Summarize article.txt") == "Summarize article.txt"  # plain text stays as it is


def render_plain(text: str) -> str:
    import html

    return html.escape(text, quote=True).replace("&#x27;", "'")


def test_the_document_view_marks_pdf_pages_and_bolds_headings():
    from chatbot.types import Passage

    text = "Leave policy\nStaff get 25 days.\n\nCarry-over is allowed <once>."
    passages = [Passage(id="h", text="Leave policy", source="p.pdf", start=0, end=12, line_start=1, line_end=1,
                        ordinal=0, page=1, heading=True),
                Passage(id="a", text="Staff get 25 days.", source="p.pdf", start=13, end=31, line_start=2,
                        line_end=2, ordinal=1, page=1, section="Leave policy"),
                Passage(id="b", text="Carry-over is allowed <once>.", source="p.pdf", start=33, end=62, line_start=4,
                        line_end=4, ordinal=2, page=2, section="Leave policy")]
    html = highlighted_document(text, [(13, 31, 1)], passages)
    assert html.count("— p. 1 —") == 1 and html.count("— p. 2 —") == 1
    assert "<b>Leave policy</b>" in html and "&lt;once&gt;" in html
    assert html.index("— p. 2 —") < html.index("Carry-over") and "<sup>[1]</sup></mark>" in html
    assert highlighted_document(text, []) == highlighted_document(text, [], ())  # no passages: as before


def test_a_passage_the_answer_already_quotes_is_not_printed_twice():
    answer = "The conditions [1]: You are an active member [2]; The event is legitimate [3]"
    assert shown_in_answer("You are an active member.", answer)  # a list item drops the full stop
    assert shown_in_answer("The conditions:", answer)
    assert not shown_in_answer("Applications outside these guidelines go to the Council.", answer)
