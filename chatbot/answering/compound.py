"""Questions that ask a second thing at their end: "whos updating the procedures and by when?",
"who do i ring and by what time? im on an early", "it's going up, to what and from when?". The first
ask is answered as any question; the sentence it comes from must also say the second (a date or a
time of day) when some retrieved sentence does, and the short answer says both, as a person would:
"Greg Tanner, by 29 October 2027".

    asks = two_asks("whos updating the procedures and by when")  # ("whos updating the procedures", "by when")
    also("Greg Tanner", "Action: …; Owner: Greg Tanner; Due: 29 October 2027", asks)
    # "Greg Tanner, by 29 October 2027"

"when's the next meeting and where?" is left whole: a place has no pattern to find it by, and the
sentence that says when usually says where.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from chatbot.answering.rules.phrases import DATE

_SECOND = re.compile(r"^(?P<first>.*?\w.*?)\s*,?\s+and\s+(?P<second>(?:(?:by|from|since|starting)\s+)?"
                     r"(?:when|what\s+time))"
                     # "… and when's it due?", "… and when is that needed by?"
                     r"(?:(?:['’]s|\s+is|\s+are|\s+was)\s+(?:it|that|this|they|the\s+\w+)"
                     r"(?:\s+(?:due|needed|done|happening|for|by))*)?\s*(?:[?.!]+(?P<tail>.*))?$", re.IGNORECASE)
_WH = re.compile(r"\b(?:who(?:m|se|['’]s)?|whos|what(?:['’]s)?|whats|which|where(?:['’]s)?|how)\b", re.IGNORECASE)
# What a date's cue says of it: "Due: 29 October" is a deadline, as "by 29 October" is.
_CUE = re.compile(r"(?:\b(?P<word>by|before|until|till|on|at|from)|(?P<label>due|deadline|by when)\s*:)\s*$",
                  re.IGNORECASE)
CUE_CHARS = 16  # how far before a date its cue may stand ("Due: ", "by ")


class TwoAsks(NamedTuple):
    first: str  # "whos updating the procedures"
    second: str  # "by when", "when", "by what time"


def two_asks(question: str) -> Optional[TwoAsks]:
    """The question's two asks when it ends with "… and (by) when / what time" (what the asker adds
    after it stays with the first: "… im on an early"), its first holding a question word of its
    own; else None."""
    found = _SECOND.match(question.strip())
    if not found or not _WH.search(found.group("first")):
        return None
    first, tail = found.group("first").strip(" ,"), (found.group("tail") or "").strip()
    first += f"? {tail}" if tail else ""
    return TwoAsks(first, re.sub(r"\s+", " ", found.group("second").lower()))


def _dates(text: str, besides: str) -> list[re.Match]:
    """The dates and times of day in text, outside the first answer."""
    return [m for m in DATE.finditer(text) if m.group(0).strip() and m.group(0) not in besides]


def says_when(text: str) -> bool:
    """Whether text says a date or a time of day (what "when" and "what time" ask)."""
    return bool(_dates(text, ""))


def also(short: str, text: str, asks: TwoAsks) -> str:
    """The short answer with the second ask's answer from its sentence: the date after the first
    answer (else the first date), with its cue ("by", "on"), a deadline's label said as "by"."""
    dates = _dates(text, short)
    if not short or not dates:
        return short
    at = text.find(short)
    after = [m for m in dates if at >= 0 and m.start() >= at + len(short)]
    date = (after or dates)[0]
    # A date runs on to its year and its time ("29 October 2027", "Monday 3 January at 07:00").
    end = date.end()
    for m in dates:
        if m.start() >= end and re.fullmatch(r"[\s,]*(?:at\s+)?", text[end:m.start()]):
            end = m.end()
    cue = _CUE.search(text[max(0, date.start() - CUE_CHARS):date.start()])
    if cue and cue.group("word"):
        said = f"{cue.group('word').lower()} {text[date.start():end]}"
    elif cue or asks.second.startswith("by"):
        said = f"by {text[date.start():end]}"
    else:
        said = text[date.start():end]
    return f"{short}, {said}"
