"""How an answer reads, shared by every answerer: the short answer, its marker and the quote."""
from __future__ import annotations

from typing import Optional, Sequence

MAX_ANSWER_CHARS = 300
UNSURE_LEAD = "The closest the documents come: "


MAX_WORD_CHARS = 24  # a cut moves to the nearest space this close, so no word is shown in part ("If it sti…")


def window(text: str, keep: Optional[str], limit: int) -> str:
    """Cut text to limit characters around the answer phrase, at spaces, marking cuts with an ellipsis."""
    if len(text) <= limit:
        return text
    at = text.find(keep) if keep else -1
    centre = at + len(keep) // 2 if at >= 0 else 0
    start = max(0, min(centre - limit // 2, len(text) - limit))
    end = start + limit - 2
    if start > 0 and not text[start - 1].isspace():  # begin after the word cut in two
        space = text.find(" ", start, start + MAX_WORD_CHARS)
        start = space + 1 if space >= 0 and (at < 0 or space < at) else start
    if end < len(text) and not text[end].isspace():  # end before it
        space = text.rfind(" ", max(start, end - MAX_WORD_CHARS), end)
        end = space if space > start and (at < 0 or space >= at + len(keep)) else end
    piece = text[start:end].strip()
    return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")


def compose(short: Optional[str], sentence: str, sources: int = 1) -> str:
    """'Hollande [1] — “Hollande used his address …”', never over MAX_ANSWER_CHARS."""
    marker = " " + " ".join(f"[{n}]" for n in range(1, sources + 1))
    if short and len(short) < 0.6 * len(sentence):
        head = f"{short.strip()}{marker} — "
        budget = MAX_ANSWER_CHARS - len(head) - 2
        if budget > 60:
            return f"{head}“{window(sentence, short, budget)}”"
        return window(short, None, MAX_ANSWER_CHARS - len(marker)) + marker
    return window(sentence, None, MAX_ANSWER_CHARS - len(marker)) + marker


def closest(cited: Sequence, quote: Optional[str] = None) -> str:
    """The unsure reply: the passages the answer would have come from, quoted, not answered; `quote`:
    their text as the answerer cut it. Each document's passages are one quote with its markers (" … "
    where they do not follow one another): one pair of quotation marks round sentences of three files
    would read as one passage."""
    documents: dict[str, list[int]] = {}
    for i, p in enumerate(cited):
        documents.setdefault(p.source, []).append(i)
    if len(documents) <= 1:
        marker = " ".join(f"[{n}]" for n in range(1, len(cited) + 1))
        text = quote if quote is not None else _joined(cited)
        return f"{UNSURE_LEAD}“{window(text, None, MAX_ANSWER_CHARS - len(UNSURE_LEAD) - len(marker) - 3)}” {marker}"
    groups = list(documents.values())
    budget = (MAX_ANSWER_CHARS - len(UNSURE_LEAD)) // len(groups) - 4 * max(map(len, groups)) - 3
    parts = [f"“{window(_joined([cited[i] for i in group]), None, budget)}” "
             + " ".join(f"[{i + 1}]" for i in group) for group in groups]
    return UNSURE_LEAD + " ".join(parts)


def by_document(cited: list) -> list:
    """The passages with each document's together, in the order the documents first appear: an unsure
    reply's markers then run in order ("[1] [2]" then "[3]"), one quote a document."""
    order = list(dict.fromkeys(p.source for p in cited))
    return sorted(cited, key=lambda p: order.index(p.source))


def _joined(passages: Sequence) -> str:
    """One document's passages as one quote, an ellipsis where one does not follow the last."""
    out = ""
    for last, p in zip([None, *passages], passages):
        follows = last is None or getattr(p, "ordinal", None) == getattr(last, "ordinal", -2) + 1
        out += ("" if last is None else " " if follows else " … ") + p.text
    return out
