from ui.components import answer_markdown, highlighted_document


def test_highlight_marks_cited_spans_escapes_html_and_starts_near_them():
    text = "\n".join(f"line {i} <b>x</b>" for i in range(1, 11))
    start = text.index("line 8")
    html = highlighted_document(text, [(start, start + 6, 1)])
    assert '<mark title="[1]"' in html and "line 8</mark>" not in html and ">line 8<sup>[1]</sup></mark>" in html
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert "line 5" in html and "line 4 " not in html  # three lines of context above, an ellipsis before
    assert "…" in html


def test_answer_markdown_bolds_markers_and_escapes_markdown():
    assert answer_markdown("Hollande [1] *said* [2]") == "Hollande **[1]** \\*said\\* **[2]**"
