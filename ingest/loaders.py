"""Files to text: .txt, .md and .html (as text), with document metadata such as the story URL."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Optional

from chatbot.errors import BadInput

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
DEFAULT_DOCUMENT = Path(__file__).resolve().parent / "data" / "article.txt"

_URL = re.compile(r"https?://[^\s|<>\"')]+")
_FOOTER = re.compile(r"(copyright|©|\(c\)|all rights reserved)", re.IGNORECASE)


@dataclass
class Document:
    source: str  # the document's name in the store (file name)
    text: str  # the text that passage offsets index into
    url: Optional[str] = None
    title: Optional[str] = None
    body_end: int = field(default=-1)  # passages stop here: a footer is metadata, not content

    def __post_init__(self) -> None:
        if self.body_end < 0:
            self.body_end = len(self.text)


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:8192]:
        raise BadInput(f"{name}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput(f"{name}: not valid UTF-8 text") from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 8192) + 2:
        raise BadInput(f"{name}: looks like a binary file, not text")
    return text


class _HTMLText(HTMLParser):
    """Visible text of an HTML page, one block element per line."""

    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
              "header", "footer", "blockquote", "pre", "title"}
    SKIP = {"script", "style", "noscript", "template", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: Optional[str] = None
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self._skip += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP and self._skip:
            self._skip -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title = (self.title or "") + data.strip()
        elif not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, Optional[str]]:
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(parser.parts).split("\n")]
    text = "\n".join(line for line in lines if line)
    return html.unescape(text), parser.title


def _split_footer(text: str) -> tuple[int, Optional[str]]:
    """A last line like 'Copyright © ... | https://...' is metadata: return (body_end, url)."""
    stripped = text.rstrip()
    last_start = stripped.rfind("\n") + 1
    last_line = stripped[last_start:]
    url_match = _URL.search(last_line)
    if last_start > 0 and _FOOTER.search(last_line) and len(last_line) < 400:
        return last_start, (url_match.group(0) if url_match else None)
    return len(text), None


def document_from_text(source: str, text: str, *, is_html: bool = False) -> Document:
    title = None
    if is_html:
        text, title = html_to_text(text)
    if not text.strip():
        raise BadInput(f"{source}: the file is empty")
    body_end, url = _split_footer(text)
    if not text[:body_end].strip():
        raise BadInput(f"{source}: the file has no text besides its footer")
    return Document(source=source, text=text, url=url, title=title, body_end=body_end)


def load_file(path: Path | str, max_bytes: int = 20_000_000) -> Document:
    path = Path(path)
    if not path.exists():
        raise BadInput(f"{path}: no such file")
    if path.is_dir():
        raise BadInput(f"{path}: is a directory, not a file")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise BadInput(f"{path}: unsupported file type {suffix or '(none)'}; use .txt, .md or .html")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise BadInput(f"{path}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit")
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(f"{path}: cannot read ({exc.strerror})") from None
    text = _decode(data, path.name)
    return document_from_text(path.name, text, is_html=suffix in {".html", ".htm"})


MAX_NAME_CHARS = 200


def upload_name(name: str) -> str:
    """The document name for an uploaded file: its last path part, printable and not too long."""
    name = Path(str(name).replace("\\", "/")).name or "upload.txt"
    if len(name) > MAX_NAME_CHARS or name in {".", ".."} or not all(ch.isprintable() for ch in name):
        raise BadInput("this file name cannot be used (it has control characters or is over "
                       f"{MAX_NAME_CHARS} characters); rename the file and try again")
    return name


def load_bytes(name: str, data: bytes, max_bytes: int = 20_000_000) -> Document:
    """Same checks as load_file, for uploads that never touch the disk."""
    name = upload_name(name)
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise BadInput(f"{name}: unsupported file type {suffix or '(none)'}; use .txt, .md or .html")
    if len(data) > max_bytes:
        raise BadInput(f"{name}: {len(data) / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit")
    return document_from_text(name, _decode(data, name), is_html=suffix in {".html", ".htm"})
