"""Small text helpers shared by retrieval and the extractive answerer: tokens, stems, entities."""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from typing import Iterator, Optional, TypeVar

from chatbot.errors import BadInput

STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most
my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves also s t don shall may might must us upon onto within without
whose does did get got one ones according tell told said say says many much kind type name named
called call
""".split())
# Function words contracted ("what's", "I'm", "don't"), with their apostrophe or typed without it:
# no more what a question is about than the words they contract.
CONTRACTED = frozenset("""don't doesn't didn't can't couldn't won't wouldn't shouldn't isn't aren't wasn't weren't
hasn't haven't hadn't mustn't needn't i'm i've i'd i'll you're you've you'll you'd they're they've they'll they'd
we're we've we'll we'd he's she's it's he'd she'd he'll she'll it'll what's that's there's here's who's how's
where's when's why's let's""".split())
# Typed without the apostrophe, these are other words: left as typed.
_WORDS_TOO = frozenset({"its", "ill", "well", "were", "id", "hell", "shell", "shed", "lets", "wed"})
UNMARKED_CONTRACTIONS = {w.replace("'", ""): w for w in CONTRACTED if w.replace("'", "") not in _WORDS_TOO}
STOPWORDS = STOPWORDS | CONTRACTED | frozenset(UNMARKED_CONTRACTIONS)
# Words that open a noun phrase and say which one ("the staffing plan", "our dog").
DETERMINERS = frozenset("the a an our my your their his her its this that these those each every any".split())

# Letters with accents are letters: "Café", "Beauséjour" are one word each (× and ÷ are not letters).
_LETTERS = "A-Za-zÀ-ÖØ-öø-ɏ"
_WORD = re.compile(rf"[{_LETTERS}0-9]+(?:['’][{_LETTERS}]+)?")
_SUFFIXES = ("ational", "ization", "ations", "ation", "ments", "ment", "ness", "ings", "ing", "edly",
             "ers", "er", "ed", "es", "ly", "s")


# C0 controls but tab and newline, DEL, C1 controls (ESC and CSI start terminal escape sequences),
# and the bidirectional overrides that can make text display in another order than it reads.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Text safe to print on a terminal: control characters become U+FFFD, nothing is interpreted."""
    return _UNPRINTABLE.sub("\ufffd", str(text))


def json_line(data) -> str:
    """JSON that is safe on a terminal: readable non-ASCII, but control characters and bidi overrides
    (which json.dumps leaves raw outside ASCII) escaped, so the line reads as its data says."""
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", json.dumps(data, ensure_ascii=False))


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return text.replace("’", "'").replace("“", '"').replace("”", '"')


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix stripper: 'ruled'/'rule', 'speaking'/'speak', 'strikes'/'strike' meet; accents
    are dropped ('Beauséjour' as typed 'beausejour')."""
    w = word.lower()
    if not w.isascii():
        w = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3 or w.isdigit():
        return w
    if w.endswith(("ies", "ied")) and len(w) > 4:
        w = w[:-3] + "y"  # "libraries", "applied": as "library", "apply" (then "apply" as "reply" is cut)
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # 'planned' -> 'plann' -> 'plan'
    return w


@lru_cache(maxsize=50_000)
def words(text: str) -> tuple[tuple[str, int, int], ...]:
    """(word, start, end) for each word in text (cached: passages are scored again and again)."""
    return tuple((m.group(0), m.start(), m.end()) for m in _WORD.finditer(normalize(text)))


@lru_cache(maxsize=50_000)
def stem_set(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w, _, _ in words(text))


def before_apostrophe(word: str) -> str:
    """The word without what an apostrophe adds, lower case: "What's" → "what", "who’s" → "who"."""
    return re.split(r"['’]", word)[0].lower()


def content_stems(text: str) -> list[str]:
    return [stem(w) for w, _, _ in words(text) if w.lower() not in STOPWORDS]


def tokens_for_index(text: str) -> list[str]:
    return content_stems(text)




def entities(text: str) -> list[tuple[str, int, int]]:
    """Capitalized word runs ('Jean-Yves Le Drian', 'U.N. General Assembly'): names, places, groups."""
    out = []
    for m in re.finditer(r"\b[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|de|al|bin|von|van|da|le)\s+)?[A-Z][\w'’.-]*)*", text):
        span = m.group(0).rstrip(".,'’-")
        out.append((span, m.start(), m.start() + len(span)))
    return out


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


_UNMARKED = re.compile(r"\b(" + "|".join(UNMARKED_CONTRACTIONS) + r")\b", re.IGNORECASE)


def with_apostrophes(text: str) -> str:
    """"wasnt the limit changed?" as "wasn't the limit changed?": the negation and the verb it holds
    are read (a spelling fix would make "wasnt" into "want")."""
    def mark(match: re.Match) -> str:
        typed, word = match.group(0), UNMARKED_CONTRACTIONS[match.group(0).lower()]
        if word.startswith("i'"):
            return "I" + word[1:]
        return word[0].upper() + word[1:] if typed[0].isupper() else word
    return _UNMARKED.sub(mark, text)


# Money as people say it: "25 quid", "a tenner", "50 bucks" are the amounts documents write "£25", "£10", "$50".
_SPOKEN_MONEY = [(re.compile(r"\b(\d+(?:\.\d\d)?)\s*quid\b", re.IGNORECASE), r"£\1"),
                 (re.compile(r"\b(\d+(?:\.\d\d)?)\s*bucks\b", re.IGNORECASE), r"$\1"),
                 (re.compile(r"\ba\s+fiver\b", re.IGNORECASE), "£5"),
                 (re.compile(r"\ba\s+tenner\b", re.IGNORECASE), "£10")]
# Units shortened after a number: "6 yrs", "my 10 yr old", "15 mins" are the "years", "minutes" documents write.
_SHORT_UNITS = {"yr": "year", "hr": "hour", "min": "minute", "wk": "week", "mth": "month"}
_SHORT_UNIT = re.compile(r"\b(\d+)\s*(yr|hr|min|wk|mth)(s?)\b", re.IGNORECASE)
# And as a rate or a span, where a clause ends after it: "paid per hr", "£9 an hr?", "once a wk and…"
# (typed lower-case, and only there: "an hr advisor", "the HR team" are human resources).
_RATE_UNIT = re.compile(r"\b(per|an?|each|every)\s+(yr|hr|wk|mth)\b(?=\s*(?:$|[?.!,;:)]|\s(?:and|or|but|for|if|"
                        r"when|then|now|tho|though|right|please|pls|is|are|was|were|do|does|did|at|on|in|to)\b))")
# Days shortened after a word that says when: "on a sat", "every fri" ("I sat the exam" stays).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAYS = {day[:3]: day for day in WEEKDAYS} | {"tues": "tuesday", "weds": "wednesday", "thur": "thursday",
                                              "thurs": "thursday"}
_SHORT_DAY = re.compile(r"\b((?:on|every|this|next|last|by|from|until|till)\s+(?:a\s+)?)("
                        + "|".join(sorted(_DAYS, key=len, reverse=True)) + r")(s?)\b\.?", re.IGNORECASE)


# Chat shorthand, typed lower-case: "when n where is the nxt mgmt meeting", "some1 said its going up b4 xmas".
_SHORTHAND = {"u": "you", "ur": "your", "r": "are", "n": "and", "b4": "before", "wot": "what", "wat": "what",
              "some1": "someone", "any1": "anyone", "every1": "everyone", "no1": "no one", "tmrw": "tomorrow",
              "tmw": "tomorrow", "2moro": "tomorrow", "2day": "today", "2nite": "tonight", "tonite": "tonight",
              "pls": "please", "plz": "please", "thru": "through", "tho": "though", "ppl": "people", "nxt": "next",
              "mgmt": "management", "msg": "message", "abt": "about", "cos": "because", "coz": "because",
              "cuz": "because", "wud": "would", "cud": "could", "shud": "should", "hol": "holiday",
              "hols": "holidays", "xmas": "christmas"}
# A word on its own: not a letter of "u.s.", "n/a" or "r&d".
_SHORTHAND_WORD = re.compile(r"(?<![\w'’/&.-])(" + "|".join(sorted(map(re.escape, _SHORTHAND), key=len, reverse=True))
                             + r")(?![\w'’/&-]|\.\w)")
# Months shortened after a word that says when: "in feb", "since sept", "by oct" ("to mar" stays).
_MONTHS = {m[:3]: m for m in ("january", "february", "march", "april", "june", "july", "august", "september",
                              "october", "november", "december")} | {"sept": "september"}
_SHORT_MONTH = re.compile(r"\b((?:in|by|from|until|till|since|last|next|this|early|late|mid|end of|before|after|"
                          r"during|of)\s+)(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?(?!\w)",
                          re.IGNORECASE)
_ANY_DAY = "|".join(sorted([*_DAYS, *WEEKDAYS], key=len, reverse=True))
# "mon-fri", "sat - sun", "mon to thurs": a range of days, as documents write it ("Monday to Friday").
_DAY_RANGE = re.compile(rf"\b({_ANY_DAY})\.?\s*(?:-|–|to)\s*({_ANY_DAY})\b\.?", re.IGNORECASE)


def _day(word: str) -> str:
    word = word.lower()
    return _DAYS.get(word, word)


def as_written(text: str) -> str:
    """The question with shorthand, money, units and days said as documents write them ("n if i work
    a bank hol?": "and if i work a bank holiday?"; "is the 25 quid going up?": "£25"; "6 yrs": "6 years";
    "per hr": "per hour"; "on a sat": "on a saturday"; "mon-fri": "monday to friday"; "in feb": "in february")."""
    text = _SHORTHAND_WORD.sub(lambda m: _SHORTHAND[m.group(1)], text)
    for spoken, written in _SPOKEN_MONEY:
        text = spoken.sub(written, text)
    text = _SHORT_UNIT.sub(lambda m: f"{m.group(1)} {_SHORT_UNITS[m.group(2).lower()]}{m.group(3)}", text)
    text = _RATE_UNIT.sub(lambda m: f"{'an' if m.group(1) == 'a' and m.group(2) == 'hr' else m.group(1)} "
                                    f"{_SHORT_UNITS[m.group(2)]}", text)
    text = _DAY_RANGE.sub(lambda m: f"{_day(m.group(1))} to {_day(m.group(2))}", text)
    text = _SHORT_MONTH.sub(lambda m: f"{m.group(1)}{_MONTHS[m.group(2).lower()]}", text)
    return _SHORT_DAY.sub(lambda m: f"{m.group(1)}{_DAYS[m.group(2).lower()]}{m.group(3)}", text)


def clean_question(question: str, max_chars: int) -> str:
    if not isinstance(question, str):
        raise BadInput("the question must be text")
    text = _CONTROL.sub(" ", normalize(question)).strip()
    if not text:
        raise BadInput("the question is empty")
    if len(text) > max_chars:
        raise BadInput(f"the question is too long ({len(text)} characters; the limit is {max_chars})")
    return as_written(with_apostrophes(text))


T = TypeVar("T")


def streamed(text: str, whole: T) -> Iterator[str | T]:
    """A reply that exists whole, streamed the way every edge shows replies: its words, then the
    object itself (an Answer or a Draft)."""
    yield from re.findall(r"\S+\s*", text)
    yield whole


# A name numbered among its kind: a level, tier, grade or priority ("A3", "LA2", "SEV-2", "P1").
CODE = re.compile(r"\b([a-z]{1,4})-?(\d{1,2})\b", re.IGNORECASE)
_ROW = re.compile(r"^[A-Z](?:[^:;]|:\d\d){0,60}:\s[^;]{1,80};\s[A-Z](?:[^:;]|:\d\d){0,60}:\s")


def is_row(text: str) -> bool:
    """Whether the text is a table's row as ingest writes one ("Action: …; Owner: …; Due: …")."""
    return bool(_ROW.match(text))


# A column's name may hold clock times: "Weekend standby (Friday 17:00 – Monday 08:00)".
_COLUMN_NAME = re.compile(r"(?:^|;\s)([A-Z](?:[^:;]|:\d\d){0,60}):\s")


def column_names(text: str) -> list[tuple[int, int]]:
    """Where a table row names its columns ("Owner" in "Action: …; Owner: Tomás; …"); none in prose."""
    return [m.span(1) for m in _COLUMN_NAME.finditer(text)] if is_row(text) else []


def row_cells(text: str) -> list[tuple[str, str]]:
    """A table row's (column, cell) pairs as ingest writes them ("Owner", "Tomás"); none in prose."""
    found = list(_COLUMN_NAME.finditer(text)) if is_row(text) else []
    return [(m.group(1), text[m.end():found[k + 1].start() if k + 1 < len(found) else len(text)].strip(" ;"))
            for k, m in enumerate(found)]


def first_cell(text: str) -> Optional[str]:
    """A table row's first cell as ingest writes it ("Branch: Central"), else None."""
    return text.split(";", 1)[0] if is_row(text) else None


# A numbered list item's number as written or as ingest reads Word's ("3. Record…", "(2) Lock off…").
ITEM_NUMBER = re.compile(r"^\(?(\d{1,2})[.)]\s+")
LEAD_WORDS = 3  # a longer lead is a sentence's start, not a term
_ITEM_LEAD = re.compile(r"^([A-Z0-9][\w'’&./ -]{0,40}?)(?::\s|\s\()")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+")


def lead(text: str) -> Optional[tuple[str, str]]:
    """The term a line leads with, and the column it is under ("" for a list's item): "Central" and
    "Branch" of "Branch: Central; Mon-Fri: 09:00-18:00; …"; "Mill Road" and "" of "Mill Road
    (Community Centre): Mon and Thu 10:00-13:00"."""
    cell = first_cell(text)
    found = tuple(reversed([part.strip() for part in cell.split(": ", 1)])) if cell else None
    if not found:  # a numbered item leads with what follows its number ("1. Harbour Road: phone…")
        item = _ITEM_LEAD.match(_NUMBERED.sub("", text, count=1))
        found = (item.group(1).strip(), "") if item else None
    if not found or not 0 < len(found[0].split()) <= LEAD_WORDS or not re.search(r"[A-Za-z]", found[0]):
        return None
    return found
