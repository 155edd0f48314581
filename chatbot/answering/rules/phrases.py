"""The short answer in a chosen sentence: the phrase of the kind the question asks for (a name for
"who", a number for "how many", a date for "when", what someone said for "what did X say"...)."""
from __future__ import annotations

import re
from typing import Optional

from chatbot.text import STOPWORDS, entities, stem, words
from chatbot.text.questions import SENTENCE_STARTERS, TITLES, Question, strip_titles

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
DATE = re.compile(
    rf"\b(?:(?:early|late|mid|the)\s+)?(?:(?:\d{{1,2}}\s+)?(?:{_MONTHS})\.?(?:\s+\d{{1,2}})?(?:,?\s+\d{{3,4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)\s+(?:and\s+\d{{1,2}}(?:st|nd|rd|th)\s+)?centur(?:y|ies)"
    rf"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    rf"|(?:\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock"
    rf"|\d{{1,2}}(?::\d{{2}})?\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)|\d{{1,2}}:\d{{2}}|noon|midnight"
    rf"|(?:1[0-9]{{3}}|20[0-9]{{2}})s?(?:\s*(?:BC|AD|BCE|CE))?"
    rf"|\d{{3}}\s*(?:BC|AD|BCE|CE))\b",
    re.IGNORECASE)
NUMBER = re.compile(
    r"(?:(?:nearly|about|around|approximately|almost|over|more than|less than|fewer than|some|up to|at least)\s+)?"
    r"(?:\$|€|£)?\d[\d,]*(?:\.\d+)?\s*(?:%|percent|per cent|million|billion|trillion|thousand|hundred)?"
    r"|\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|"
    r"eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens|million|millions)\b"
    r"(?:\s+(?:hundred|thousand|million|billion))?(?:\s+(?:of\s+)?thousands)?",
    re.IGNORECASE)
_SAYS = re.compile(r"^\s*(said|says|told|added|called|used|has|had|was|is|argued|warned|announced|declared|"
                   r"proposed|led|founded|wrote|claimed|believed|became|ruled)\b")
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_SAY_VERBS = re.compile(r"\b(say|said|says|tell|told|claim|claimed|declare|declared|add|added)\b", re.I)
_REASON = re.compile(r"\b(because|since|due to|as a result of|in order to|so that|after|for)\b(.+?)(?:[;.]|$)")


def matched_positions(question: Question, text: str) -> list[tuple[int, int]]:
    return [(s, e) for w, s, e in words(text) if stem(w) in question.stems and w.lower() not in STOPWORDS]


def _distance(start: int, end: int, anchors: list[tuple[int, int]]) -> int:
    """Characters between a span and the nearest word the question matched (0 without anchors)."""
    return min((min(abs(start - a_end), abs(a_start - end)) for a_start, a_end in anchors), default=0)


def _nearest(cands: list[tuple[str, int, int]], anchors: list[tuple[int, int]]):
    return min(cands, key=lambda c: _distance(c[1], c[2], anchors)) if cands else None


def outside_question(question: Question, span: str) -> bool:
    span_stems = {stem(w) for w, _, _ in words(span) if w.lower() not in STOPWORDS}
    return bool(span_stems) and not span_stems <= question.stems


def name_candidates(question: Question, text: str) -> list[tuple[str, int, int]]:
    out = []
    for span, s, e in entities(text):
        first = span.split()[0].lower()
        if s == 0 or text[:s].strip() in {'"', "“", "("}:
            if first in SENTENCE_STARTERS or first in STOPWORDS:
                rest = span.split(None, 1)
                if len(rest) < 2:
                    continue
                s += len(span) - len(rest[1])
                span = rest[1]
        if span.lower() in STOPWORDS or not outside_question(question, span):
            continue
        out.append((span, s, e))
    return out


def _pick_name(question: Question, text: str, cands, anchors, weight=None):
    """The name nearest the question's words, preferring ones that look like the asked-for kind."""
    def cost(c):
        span, s, e = c
        d = _distance(s, e, anchors)
        penalty = 0.0
        span_stems = {stem(w) for w, _, _ in words(span)}
        if span_stems & question.stems:
            penalty += 60  # shares a word with the question: probably the thing asked about
        if span.split()[-1].lower() in _WEEKDAYS or DATE.fullmatch(span):
            penalty += 80
        if question.kind == "person":
            if TITLES.search(text[:s]) or _SAYS.match(text[e:]):
                penalty -= 40
            if re.search(r"\b(in|at|near|into|across)\s+(the\s+)?$", text[:s]):
                penalty += 40
        if weight:  # the asked-for name is usually a specific one, not the document's everyday subject
            top = max(weight("\x00unseen"), 1e-6)
            penalty += 40 * (1 - max(weight(stem(w)) for w, _, _ in words(span)) / top)
        return d + penalty
    return min(cands, key=cost)


def _list_around(text: str, chosen: tuple[str, int, int], cands: list[tuple[str, int, int]]) -> str:
    """'Saudi Arabia, Jordan, Bahrain and the UAE': grow a name into the list it belongs to."""
    span, s, e = chosen
    ordered = sorted(cands, key=lambda c: c[1])
    i = ordered.index(chosen)
    lo, hi = i, i
    joiner = re.compile(r"^\s*(,|,?\s*and|,?\s*or)\s+(the\s+)?$")
    while lo > 0 and joiner.match(text[ordered[lo - 1][2]:ordered[lo][1]]):
        lo -= 1
    while hi < len(ordered) - 1 and joiner.match(text[ordered[hi][2]:ordered[hi + 1][1]]):
        hi += 1
    return text[ordered[lo][1]:ordered[hi][2]]


def _list_size(span: str) -> int:
    return span.count(",") + span.count(" and ")


def _longest_list(text: str, best: tuple[str, int, int], cands: list[tuple[str, int, int]]) -> str:
    """'Which countries...?': the longest list a candidate belongs to (nearest the best name), or the name."""
    lists = [_list_around(text, c, cands) for c in cands]
    longest = max(lists, key=lambda span: (_list_size(span), -abs(text.find(span) - text.find(best[0]))))
    return longest if _list_size(longest) else best[0]


def _noun_phrase(question: Question, text: str) -> Optional[str]:
    """'Which regime ...' -> 'the same regime': the asked-for noun with its modifiers in the passage."""
    m = re.match(r"^(?:which|what)\s+([a-z]+)", question.text.lower())
    if not m:
        return None
    head = stem(m.group(1))
    tokens = words(text)
    for i, (w, _, e) in enumerate(tokens):
        if stem(w) != head:
            continue
        j = i
        while j > 0 and i - j < 3 and not re.search(r"[,;:()]", text[tokens[j - 1][2]:tokens[j][1]]) \
                and (tokens[j - 1][0].lower() not in STOPWORDS or tokens[j - 1][0].lower() in {"same", "other", "own"}):
            j -= 1
        if j < i:
            start = tokens[j][1]
            while start > 0 and text[start - 1] in "\"“'":
                start -= 1
            return text[start:e]
    return None


def _runs(question: Question, text: str) -> list[list[tuple[str, int, int]]]:
    """Runs of words that the question does not contain, split at its words and at punctuation."""
    runs, current = [], []
    for w, s, e in words(text):
        between = text[current[-1][2]:s] if current else ""
        if stem(w) in question.stems and w.lower() not in STOPWORDS or re.search(r"[;:()]|,\s", between):
            if current:
                runs.append(current)
            current = [] if stem(w) in question.stems and w.lower() not in STOPWORDS else [(w, s, e)]
        else:
            current.append((w, s, e))
    if current:
        runs.append(current)
    return runs


def _clause(question: Question, text: str) -> Optional[str]:
    """The longest run of words that the question does not already contain, near its matches."""
    if not words(text):
        return None
    best, best_score = None, 0.0
    anchors = matched_positions(question, text)
    for run in _runs(question, text):
        while run and run[0][0].lower() in STOPWORDS | {"said", "says", "also", "and"}:
            run = run[1:]
        while run and run[-1][0].lower() in STOPWORDS:
            run = run[:-1]
        content = [w for w, _, _ in run if w.lower() not in STOPWORDS]
        if not content:
            continue
        distance = _distance(run[0][1], run[-1][2], anchors)
        score = min(len(content), 4) - distance / 40.0
        before = [a for a in anchors if a[1] <= run[0][1]]
        if before:
            gap = text[before[-1][1]:run[0][1]]
            if all(w.lower() in STOPWORDS | {"said", "says", "also", "and"} for w, _, _ in words(gap)) \
                    and not re.search(r"[;:()]", gap):
                score += 2 if text[before[-1][0]].islower() else 1
                if before[-1] == anchors[-1]:
                    score += 1
        if score > best_score:
            best, best_score = run, score
    if not best:
        return None
    return text[best[0][1]:best[-1][2]]


def _quotes(text: str) -> list[str]:
    """Quoted passages of at least a few words, pairing opening and closing marks in order."""
    straight = [m.start() for m in re.finditer('"', text)]
    pairs = list(zip(straight[0::2], straight[1::2]))
    pairs += [(m.start(), m.end() - 1) for m in re.finditer("“[^”]*”", text)]
    return [text[a + 1:b].strip() for a, b in pairs if len(text[a + 1:b].split()) >= 3]


def _matches(pattern: re.Pattern, question: Question, text: str) -> list[tuple[str, int, int]]:
    """The pattern's matches in text that say something the question does not."""
    return [(m.group(0).strip(), m.start(), m.end()) for m in pattern.finditer(text)
            if m.group(0).strip() and outside_question(question, m.group(0))]


def _number(question: Question, text: str) -> Optional[str]:
    cands = _matches(NUMBER, question, text)
    non_years = [c for c in cands if not re.fullmatch(r"(1[0-9]|20)\d\d", c[0])]
    best = _nearest(non_years or cands, matched_positions(question, text))
    return best[0] if best else None


def _date(question: Question, text: str) -> Optional[str]:
    best = _nearest(_matches(DATE, question, text), matched_positions(question, text))
    return best[0] if best else None


def _definition(question: Question, text: str) -> Optional[str]:
    """'Who is X?': the title before X ('French Defense Minister'), or the apposition after it."""
    lower = text.lower()
    subject_words = question.subject.split()
    probes = [question.subject] if question.subject.lower() in lower else [subject_words[-1]]
    for probe in probes:
        at = lower.find(probe.lower())
        if at > 0:
            before = re.split(r"[,;:(\"“]|\bsaid\b", text[:at])[-1].strip()
            before_words = [w for w in before.split() if w.lower() not in SENTENCE_STARTERS]
            # 'French Defense Minister Jean-Yves' + 'Le Drian': drop the rest of the name itself.
            title = list(before_words)
            while len(title) > 1 and title[-1][:1].isupper() and not TITLES.search(title[-1] + " "):
                title.pop()
            if title:
                return " ".join(title[-5:])
            after = re.match(r"\s*[\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*,\s*([^,;.]+)", text[at + len(probe):])
            if after:
                return after.group(1).strip()
    return _clause(question, text)


def _name(question: Question, text: str, weight=None) -> Optional[str]:
    """A person, a place or a thing: the likeliest name (or list of names, or noun phrase)."""
    kind = question.kind
    cands = name_candidates(question, text)
    if kind == "place":
        located = [c for c in cands
                   if re.search(r"\b(in|at|near|to|from|of|into|across)\s+(the\s+)?$", text[:c[1]])]
        cands = located or cands
    if kind == "entity":
        phrase = _noun_phrase(question, text)
        if phrase:
            return phrase
    if cands:
        best = _pick_name(question, text, cands, matched_positions(question, text), weight)
        if kind == "person":
            best = (strip_titles(best[0]), best[1], best[2])
        if question.plural:
            return _longest_list(text, best, cands)
        return best[0]
    if kind == "entity":
        return _clause(question, text)
    return None


def _said_or_clause(question: Question, text: str) -> Optional[str]:
    """What someone said (their own words), a reason, or else the clause the question does not hold."""
    if _SAY_VERBS.search(question.text):
        quotes = _quotes(text)
        if quotes:
            return "“" + max(quotes, key=len) + "”"  # what someone said: their own words
    if question.kind == "reason":
        m = _REASON.search(text)
        if m:
            return (m.group(1) + m.group(2)).strip()
    return _clause(question, text)


def short_answer(question: Question, text: str, weight=None) -> Optional[str]:
    """The phrase of text that answers the question, or None (then the sentence itself answers)."""
    if question.kind == "number":
        return _number(question, text)
    if question.kind == "date":
        return _date(question, text)
    if question.kind == "definition" and question.subject:
        return _definition(question, text)
    if question.kind in {"person", "place", "entity"}:
        return _name(question, text, weight)
    return _said_or_clause(question, text)


def has_definition(question: Question, text: str) -> bool:
    """Does text introduce the question's subject ('Defense Minister X', not just 'X')?"""
    lower = text.lower()
    at = lower.find((question.subject or "").lower())
    return at > 0 and bool([w for w in re.split(r"[,;:(\"“]|\bsaid\b", text[:at])[-1].split()
                            if w.lower() not in SENTENCE_STARTERS])
