"""Rendering helpers for the chat page: citation cards and the highlighted document view."""
from __future__ import annotations

import html
import re

import streamlit as st


def answer_markdown(text: str) -> str:
    """Citation markers [n] in bold (a run such as [1][2] as one bold group, never `**[1]****[2]**`);
    everything else escaped for markdown."""
    escaped = re.sub(r"([\\`*_{}\[\]<>#|~$])", r"\\\1", text)
    return re.sub(r"(?:\\\[\d+\\\]\s?)*\\\[\d+\\\]",
                  lambda m: "**" + " ".join(re.findall(r"\[\d+\\\]", m.group(0))).replace("\\]", "]") + "**",
                  escaped)


_QUOTE = re.compile(r"[“\"]([^”\"]{20,})[”\"]")


def _plain(text: str) -> str:
    return " ".join(text.replace("…", " ").split()).strip(" \"“”'")


def shown_in_answer(citation_text: str, answer: str) -> bool:
    """True when the answer already quotes the passage (whole, or a quoted part of it of 20+ characters):
    its card then names the source without printing the passage a second time."""
    passage = _plain(citation_text)
    if passage and passage in " ".join(answer.split()):
        return True
    return any(len(_plain(q)) >= 20 and _plain(q) in passage for q in _QUOTE.findall(answer))


def citation_cards(citations: list[dict], answer: str = "") -> None:
    for c in citations:
        where = f"line {c['line_start']}" if c["line_start"] == c["line_end"] else \
            f"lines {c['line_start']}–{c['line_end']}"
        link = f" · [source]({c['url']})" if c.get("url") else ""
        st.markdown(f"**[{c['n']}]** `{c['source']}`, {where}{link}")
        if not shown_in_answer(c["text"], answer):
            st.caption(c["text"])


# The document panel follows the page as it scrolls, so "Show in document" shows the highlight wherever
# the answer sits; the panel itself opens a few lines above the first highlight (highlighted_document).
STICKY_PANEL_CSS = """<style>
[data-testid="stColumn"]:has(.st-key-document_panel) {position: sticky; top: 3.75rem; align-self: flex-start;}
</style>"""


CONTEXT_LINES = 3  # lines shown above the first cited passage, so the highlight is in view


def highlighted_document(text: str, spans: list[tuple[int, int, int]]) -> str:
    """HTML of the document with cited spans (start, end, n) marked, safe to render.

    With citations, the view starts a few lines above the first one (an ellipsis marks the cut)."""
    out, cursor = [], 0
    if spans:
        cursor = text.rfind("\n", 0, min(start for start, _, _ in spans)) + 1  # start of the cited line
        for _ in range(CONTEXT_LINES):
            cursor = text.rfind("\n", 0, cursor - 1) + 1 if cursor > 0 else 0
        if cursor > 0:
            out.append('<span style="color:#888">…</span><br>')
    for start, end, n in sorted(spans):
        if start < cursor:
            continue
        out.append(html.escape(text[cursor:start]))
        out.append(f'<mark title="[{n}]" style="background:#ffe58f;padding:0 2px">{html.escape(text[start:end])}'
                   f'<sup>[{n}]</sup></mark>')
        cursor = end
    out.append(html.escape(text[cursor:]))
    body = "".join(out).replace("\n", "<br>")
    return f'<div style="max-height:480px;overflow:auto;font-size:0.9rem;line-height:1.5">{body}</div>'
