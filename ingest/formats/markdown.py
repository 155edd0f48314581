"""Markdown to clean text: rendered by markdown-it-py (CommonMark, tables, MkDocs admonitions),
then read like HTML, so `## Expenses` is a heading line and `**bold**` is just bold words."""
from __future__ import annotations

import re
from functools import lru_cache

from .html import html_structure, split_front_matter
from .structure import Built

# GitHub's alert marker (`> [!NOTE]`) is a label, not words of the note.
_ALERT = re.compile(r"^(\s*>\s*)\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*$", re.MULTILINE | re.IGNORECASE)


@lru_cache(maxsize=1)
def _renderer():
    from markdown_it import MarkdownIt
    from mdit_py_plugins.admon import admon_plugin
    from mdit_py_plugins.tasklists import tasklists_plugin

    # html=True: Markdown files embed HTML (tables, <code>) that is part of their text. A checklist's
    # "- [ ] Set up your login" is a list item whose box is no text.
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).use(admon_plugin) \
        .use(tasklists_plugin)


def markdown_structure(source: str) -> Built:
    body, title = split_front_matter(source)
    body = _ALERT.sub(lambda m: f"{m.group(1)}**{m.group(2).capitalize()}:**", body)
    built = html_structure(_renderer().render(body))
    built.title = built.title or title
    return built
