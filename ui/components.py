"""Rendering helpers for the chat page: citation cards and the highlighted document view."""
from __future__ import annotations

import html
import re

import streamlit as st


def answer_markdown(text: str) -> str:
    """Citation markers [n] as bold superscripts; everything else escaped for markdown."""
    escaped = re.sub(r"([\\`*_{}\[\]<>#|~$])", r"\\\1", text)
    return re.sub(r"\\\[(\d+)\\\]", r"**[\1]**", escaped)


def citation_cards(citations: list[dict]) -> None:
    for c in citations:
        where = f"line {c['line_start']}" if c["line_start"] == c["line_end"] else \
            f"lines {c['line_start']}–{c['line_end']}"
        link = f" · [source]({c['url']})" if c.get("url") else ""
        st.markdown(f"**[{c['n']}]** `{c['source']}`, {where}{link}")
        st.caption(c["text"])


def highlighted_document(text: str, spans: list[tuple[int, int, int]]) -> str:
    """HTML of the document with cited spans (start, end, n) marked, safe to render."""
    out, cursor = [], 0
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
