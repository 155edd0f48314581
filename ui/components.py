"""Rendering helpers for the chat page: citation cards and the highlighted document view.

Text that comes from documents or visitors (passages, file names, titles, messages) is never
rendered as Markdown: it goes out as escaped HTML (st.html), so it shows as the characters it is.
Links appear only where we make them: http(s) URLs, labelled with their host."""
from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

import streamlit as st

from chatbot import Citation


def answer_html(text: str, short: str | None = None) -> str:
    """An answer (or a question) as HTML: the text escaped, citation markers [n] in bold, and the
    short answer bold where the answer begins with it ("**Hollande** [1] — “…”").

    Not Markdown: even escaped Markdown turns a URL in a quoted passage into a link."""
    lead = short if short and text.startswith(short) else ""
    rest = html.escape(text[len(lead):]).replace("\n", "<br>")
    body = (f"<strong>{html.escape(lead)}</strong>" if lead else "") + re.sub(r"\[(\d+)\]", r"<b>[\1]</b>", rest)
    return '<div style="overflow-wrap:anywhere">' + body + "</div>"  # a long unbroken word wraps, not overflows


def safe_link(url: str | None) -> str:
    """An <a> to an http(s) URL labelled with its host, or '' for anything else."""
    try:
        parts = urlsplit(url or "")
        host = parts.hostname
    except ValueError:
        return ""
    if parts.scheme not in {"http", "https"} or not host:
        return ""
    return (f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener noreferrer nofollow">'
            f"{html.escape(host)}</a>")


def plain(text: str, style: str = "") -> str:
    """HTML showing `text` exactly (escaped, line breaks kept)."""
    body = html.escape(str(text)).replace("\n", "<br>")
    return f'<div style="{style}">{body}</div>' if style else f"<div>{body}</div>"


_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>$|~:])")  # emphasis, code, links, HTML, LaTeX, emoji codes
_MARKDOWN_LINE_START = re.compile(r"^(\s*)([#>+-]|\d+(?=[.)]))", re.MULTILINE)  # headings, quotes, lists


def markdown_label(text: str) -> str:
    """A label for widgets that only take Markdown (buttons, captions): what Markdown would act on
    escaped, so 'notes_v2.txt' or 'Was it $5?' show as written, not italic or as LaTeX; plain text
    is left as it is."""
    escaped = _MARKDOWN_INLINE.sub(r"\\\1", str(text))
    return _MARKDOWN_LINE_START.sub(lambda m: m.group(1) + (m.group(2) + "\\" if m.group(2)[0].isdigit()
                                                            else "\\" + m.group(2)), escaped)


NOTICE_STYLES = {"ok": "background:#e8f5e9;color:#1b5e20", "error": "background:#fdecea;color:#8a1c12",
                 "warning": "background:#fff8e1;color:#6d4c00", "info": "background:#e8f0fe;color:#0b3d91"}


def notice(kind: str, text: str) -> None:
    """st.success / st.error look-alikes whose text is shown as text, never as Markdown."""
    st.html(plain(text, NOTICE_STYLES[kind] + ";padding:0.6rem 0.9rem;border-radius:0.5rem;font-size:0.9rem"))


_QUOTE = re.compile(r"[“\"]([^”\"]{20,})[”\"]")


def _plain(text: str) -> str:
    # Without the end's punctuation too: a list item quotes its passage without the full stop.
    return " ".join(text.replace("…", " ").split()).strip(" \"“”'").rstrip(".:;!?")


def shown_in_answer(citation_text: str, answer: str) -> bool:
    """True when the answer already quotes the passage (whole, or a quoted part of it of 20+ characters):
    its card then names the source without printing the passage a second time."""
    passage = _plain(citation_text)
    if passage and passage in " ".join(answer.split()):
        return True
    return any(len(_plain(q)) >= 20 and _plain(q) in passage for q in _QUOTE.findall(answer))


def citation_cards(citations: list[dict], answer: str = "") -> None:
    for c in citations:
        where = Citation.label(c.get("page"), c.get("section"), c["line_start"], c["line_end"], dash="–")
        separator = " · " if c.get("page") is not None or c.get("section") else ", "
        link = safe_link(c.get("url"))
        st.html(f'<div style="font-size:0.9rem"><b>[{int(c["n"])}]</b> <code>{html.escape(c["source"])}</code>'
                f'{separator}{html.escape(where)}{" · " + link if link else ""}</div>'
                + ("" if shown_in_answer(c["text"], answer)  # the answer already quotes it: not twice
                   else plain(c["text"], "font-size:0.85rem;color:#555;margin-bottom:0.4rem")))


# The document panel follows the page as it scrolls, so "Show in document" shows the highlight wherever
# the answer sits; the panel itself opens a few lines above the first highlight (highlighted_document).
STICKY_PANEL_CSS = """<style>
[data-testid="stColumn"]:has(.st-key-document_panel) {position: sticky; top: 3.75rem; align-self: flex-start;}
</style>"""


CONTEXT_LINES = 3  # lines shown above the first cited passage, so the highlight is in view


def _structure_marks(passages: list) -> list[tuple[int, str]]:
    """(offset, HTML) to insert: a page marker before each PDF page's first passage, and headings
    bold (their end closes the tag), so the document reads as laid out."""
    marks, page = [], None
    for p in passages:
        if p.page is not None and p.page != page:
            page = p.page
            marks.append((p.start, f'<span style="color:#888;font-size:0.8rem">— p. {page} —</span><br>'))
        if p.heading:
            marks += [(p.start, "<b>"), (p.end, "</b>")]
    return marks


def _escaped_with(text: str, begin: int, end: int, marks: list[tuple[int, str]]) -> str:
    """text[begin:end] escaped, with the marks that fall inside it placed at their offsets."""
    out, cursor = [], begin
    for offset, markup in marks:
        if begin <= offset < end or (offset == end and markup == "</b>"):
            out += [html.escape(text[cursor:offset]), markup]
            cursor = offset
    out.append(html.escape(text[cursor:end]))
    return "".join(out)


def highlighted_document(text: str, spans: list[tuple[int, int, int]], passages: tuple = ()) -> str:
    """HTML of the document with cited spans (start, end, n) marked, safe to render; with the
    document's passages, its PDF pages marked and its headings bold.

    With citations, the view starts a few lines above the first one (an ellipsis marks the cut)."""
    marks = sorted(_structure_marks(list(passages)), key=lambda m: (m[0], m[1] != "</b>"))
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
        out.append(_escaped_with(text, cursor, start, marks))
        out.append(f'<mark title="[{n}]" style="background:#ffe58f;padding:0 2px">{html.escape(text[start:end])}'
                   f'<sup>[{n}]</sup></mark>')
        cursor = end
    out.append(_escaped_with(text, cursor, len(text), marks))
    body = "".join(out).replace("\n", "<br>")
    return f'<div style="max-height:480px;overflow:auto;font-size:0.9rem;line-height:1.5">{body}</div>'
