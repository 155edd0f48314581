"""Follow-ups that ask the last question again about something else: "and the resumes?", "and for
the Labor Department?", "what about contractors?".

    expand("and the resumes?", "How long can the staffing plan be?")  # "How long can the resumes be?"

The new phrase takes the place of its counterpart in the last question: a phrase with the same
preposition ("for the FEC" → "for the Labor Department"); else a term the documents use the same way
(both lead rows of one table, or items of one list: "Brookside" and "Central" in the opening-hours
table, so "what about the central branch?" asks "what time does central library shut…"); else the
main clause's last phrase that opens with a determiner ("the staffing plan" → "the resumes"); else
the last words the question is about. With no counterpart, the phrase is added to the last question
("… for contractors?"). `readings` lists the other ways the follow-up may be read (the phrase in the
place of each other phrase, or added to the question), which the chain answers when the documents do
not answer the first.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from chatbot.text import CODE, DETERMINERS, STOPWORDS, WEEKDAYS, before_apostrophe

MAX_WORDS = 8  # a longer message is a question of its own
_OPENER = r"^\s*(?:(?:ok(?:ay)?|so|and|but)\s*,?\s+)?"  # "ok, and …", "so what about …"
_ELLIPSIS = re.compile(_OPENER + r"(?:and\s+|what about\s+|how about\s+|what of\s+)(?P<rest>.+?)\s*[?.!]*\s*$"
                       # "at alder bank as well?", "for cats too?": the same asked of this too
                       r"|" + _OPENER + r"(?P<also>.+?)\s+(?:as well|too)\s*[?.!]*\s*$"
                       # "same for the kelloe boat?", "is it the same at weekends?"
                       r"|" + _OPENER + r"(?:(?:is|was|would)\s+(?:it|that|this)\s+)?(?:the\s+)?same\s+"
                       r"(?P<same>(?:for|at|in|on|with|during|after|before)\s+.+?)\s*[?.!]*\s*$", re.IGNORECASE)
# "no, I meant the Bristol office", "sorry, Bristol", "I meant Norwich": the last question asked of another.
_CORRECTION = re.compile(r"^\s*(?:(?:(?:no|nope|sorry|oops|actually)\b[\s,.!-]*)+(?:i\s+(?:meant|mean)\s+)?"
                         r"|i\s+(?:meant|mean)\s+)(?P<rest>\S.*)$", re.IGNORECASE)
_COURTESY = frozenset("thanks thank you ta fine ok okay worries problem bother matter good great cool that s thats "
                      "is it all right alright sure".split())
_PREPOSITIONS = frozenset("for to in on at from with without during under after before about of by "
                          "within outside inside".split())
_DETERMINERS = DETERMINERS
# Words that make the rest a clause of its own ("and who approves it?"): not an ellipsis.
_CLAUSE = frozenset("who what when where why how which is are was were do does did can could will would should "
                    "shall may might must has have had i we you he she they it".split())
_ASKING = frozenset("who what when where why how which is are was were do does did can could will would should "
                    "shall may might must has have had".split())  # the first word of a question
_CONDITIONS = frozenset({"if", "unless", "when", "whenever", "once"})
_PHRASE_ENDS = _PREPOSITIONS | _CLAUSE | frozenset({"be", "been", "being", "and", "or", "if"})
_LEAD_CLAUSE = re.compile(r"^[^,?]{0,120},\s*")
_NOT_A_TERM = STOPWORDS | _CLAUSE | _PREPOSITIONS | _DETERMINERS
MAX_TERM = 3  # words of a term that may stand for another ("Mill Road", "Senior Library Assistant")
MAX_BESIDE = 1  # other words the follow-up may say beside that term ("the central branch")
# Where a term stands in the documents (the table column or the list it leads a line of): two terms
# with a place in common are of one kind, the one may stand for the other.
Places = Callable[[str], frozenset]


_FRONTED = re.compile(_OPENER + r"(?:and\s+|what about\s+|how about\s+|as for\s+)"
                      r"(?P<topic>[^,?]+?)\s*,\s*(?P<rest>.+)$", re.IGNORECASE)
_POINTER = re.compile(r"\b(?:that|it|this|they|them|those|these)\b", re.IGNORECASE)


def fronted(message: str) -> Optional[str]:
    """A question whose topic is named first, then pointed back to: "what about the road check, does
    that change?" asks "does the road check change?"; else None."""
    found = _FRONTED.match(message)
    if not found or before_apostrophe(found.group("rest").split()[0]) not in _CLAUSE:
        return None
    topic, rest = found.group("topic"), found.group("rest")
    if topic.split()[0].lower() in _PREPOSITIONS:  # "and for kids, is it free?": "is it free for kids?"
        return rest.rstrip(" ?.!") + " " + topic + "?"
    asked, n = _POINTER.subn(topic, rest, count=1)
    return asked if n else None


def elliptical(message: str) -> Optional[str]:
    """The phrase of an elliptical follow-up ("the resumes" of "and the resumes?"), else None. A
    remark after it is no part of it ("what about under 5s? we might bring my niece")."""
    asked, mark, remark = message.partition("?")
    if mark and remark.strip() and "?" not in remark and remark.split()[0].lower() not in _ASKING:
        message = asked + mark
    corrected = _CORRECTION.match(message)
    if corrected:  # "sorry, Bristol": as "and Bristol?"; "no, what about Leeds?" as "what about Leeds?"
        rest = corrected.group("rest")
        if not set(re.findall(r"[a-z0-9]+", rest.lower())) - _COURTESY:
            return None  # "no thanks", "sorry!", "no, that's fine": nothing asked
        message = rest if _ELLIPSIS.match(rest) else "and " + rest
    found = _ELLIPSIS.match(message)
    if not found:
        return None
    rest = found.group("rest") or found.group("also") or found.group("same")
    words = rest.split()
    if not words or len(words) > MAX_WORDS or before_apostrophe(words[0]) in _CLAUSE:  # "who's…"
        return None
    if found.group("also") and all(w.lower().strip("?.!,") in STOPWORDS for w in words):
        return None  # "me too": no thing asked of
    return rest


def _phrases(question: str) -> list[tuple[int, int, str]]:
    """(start, end, first word) of each phrase of the question's main clause that opens with a
    preposition or determiner and runs over the words after it, to the next such word or the end."""
    lead = _LEAD_CLAUSE.match(question)
    offset = lead.end() if lead else 0
    tokens = list(re.finditer(r"[\w'’-]+", question[offset:]))
    out = []
    for k, token in enumerate(tokens):
        word = token.group(0).lower()
        if word not in _PREPOSITIONS | _DETERMINERS:
            continue
        end = k + 1
        while end < len(tokens) and tokens[end].group(0).lower() not in _PHRASE_ENDS:
            end += 1
        if end > k + 1 or word in _DETERMINERS:
            out.append((offset + token.start(), offset + tokens[end - 1].end(), word))
    return out


def _object(question: str, phrase: tuple[int, int, str]) -> tuple[int, int, str]:
    """The phrase without its opening preposition and determiner ("to the staff" → "staff")."""
    start, end, word = phrase
    opening = re.match(r"(?:(?:%s)\s+)+" % "|".join(sorted(_PREPOSITIONS | _DETERMINERS)), question[start:end],
                       re.IGNORECASE)
    return (start + opening.end(), end, word) if opening and start + opening.end() < end else phrase


def _terms(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of up to MAX_TERM content words, longest first, then the last first."""
    tokens = [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer(r"[\w'’-]+", text)]
    runs, run = [], []
    for token in [*tokens, None]:
        if token and token[2] not in _NOT_A_TERM:
            run.append(token)
            continue
        runs += [(run[a][0], run[b - 1][1]) for a in range(len(run))
                 for b in range(a + 1, min(len(run), a + MAX_TERM) + 1)]
        run = []
    return sorted(runs, key=lambda span: (span[0] - span[1], -span[0]))


def _of_a_kind(phrase: str, previous: str, given: Places) -> Optional[str]:
    """The last question with the term of the same kind as one of the phrase's in its place."""
    known: dict[str, frozenset] = {}

    def places(term: str) -> frozenset:  # each term looked up once
        if term.lower() not in known:
            known[term.lower()] = given(term)
        return known[term.lower()]
    content = [w for w in re.findall(r"[\w'’-]+", phrase.lower()) if w not in _NOT_A_TERM]
    for a, b in _terms(phrase):
        term = phrase[a:b]
        where = places(term)
        if not where:
            continue
        if len(content) - len(term.split()) > MAX_BESIDE:
            return None  # "the cctv cameras at kingsmere" asks of more than Kingsmere: a question of its own
        for start, end in _terms(previous):
            said = previous[start:end]
            if said.lower() != term.lower() and places(said) & where:
                return previous[:start] + term + previous[end:]
        return None
    return None


_WHEN_CLAUSE = re.compile(r"\b(?:once|when|after|before|until|since|during|within)\b[^,?!]*", re.IGNORECASE)
_TIME_PREPOSITIONS = frozenset({"after", "before", "until", "since", "during", "within"})


def _when_clause(previous: str, first: str) -> list[tuple[int, int, str]]:
    """The last question's time or condition clause ("once I've passed probation") that a follow-up
    of another time ("and after five years?") takes the place of."""
    if first not in _TIME_PREPOSITIONS:
        return []
    found = list(_WHEN_CLAUSE.finditer(previous))
    return [(found[-1].start(), found[-1].end(), first)] if found else []


def _numbered_sibling(phrase: str, previous: str) -> Optional[str]:
    """The last question with its name numbered otherwise in place of the phrase's: "sev2" for
    "sev1", "P3" for "P1" (levels, tiers, priorities are named so, wherever the documents list them)."""
    for new in CODE.finditer(phrase):
        for old in CODE.finditer(previous):
            if old.group(1).lower() == new.group(1).lower() and old.group(2) != new.group(2):
                return previous[:old.start()] + new.group(0) + previous[old.end():]
    return None


# A time the last question is asked again for ("what about weekends?"), with the preposition it takes.
_TIMES = {**{day + s: "on" for day in WEEKDAYS for s in ("", "s")}, "weekends": "at", "weekend": "at",
          "nights": "at", "night": "at", "christmas": "at", "easter": "at", "summer": "in", "winter": "in",
          "evenings": "in", "evening": "in", "holidays": "on", "mornings": "in", "weekdays": "on"}


def _at_a_time(phrase: str, previous: str) -> Optional[str]:
    """The last question asked for the time the phrase is alone ("weekends", "bank holidays")."""
    content = [w for w in re.findall(r"[a-z]+", phrase.lower()) if w not in STOPWORDS and w != "bank"]
    if len(content) != 1 or content[0] not in _TIMES or phrase.split()[0].lower() in _PREPOSITIONS:
        return None
    return previous.rstrip(" ?.!") + f" {_TIMES[content[0]]} {phrase}?"


_NAME = re.compile(r"(?<![.?!]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")


def _named_sibling(phrase: str, previous: str) -> Optional[str]:
    """The last question with its one name in place of the phrase's one name: "the Bristol office"
    after "what's the anchor day in Leeds?" asks of Bristol (two places, people or teams are named so)."""
    new = [m for m in _NAME.finditer(" " + phrase) if m.group(0) != "I"]
    old = [m for m in _NAME.finditer(previous) if m.group(0) != "I"]
    if len(new) != 1 or len(old) != 1 or new[0].group(0).lower() == old[0].group(0).lower():
        return None
    return previous[:old[0].start()] + new[0].group(0) + previous[old[0].end():]


_PLACE_ADVERBS = frozenset({"elsewhere", "abroad", "overseas", "outside", "there", "here", "nationally",
                            "internationally", "offsite", "onsite", "remotely"})
_WHOM = frozenset({"for", "to"})  # "does that apply to part-timers?" then "and for contractors?"


def _whom_applied(phrase: str, previous: str, phrases: list[tuple[int, int, str]]) -> Optional[str]:
    """The last question with the one word of its one "to"/"for" phrase ("to part-timers") in place of
    the one word of the follow-up's "for"/"to" phrase ("and for contractors?"): whom it applies to,
    asked again of others. None when either has more than one word after its preposition."""
    words = phrase.split()
    if words[0].lower() not in _WHOM or len(words) != 2 or words[1].lower() in _NOT_A_TERM:
        return None
    found = [p for p in phrases if p[2] in _WHOM and len(previous[p[0]:p[1]].split()) == 2
             and previous[p[0]:p[1]].split()[1].lower() not in _NOT_A_TERM]
    if len(found) != 1:
        return None
    start, end, _ = _object(previous, found[0])
    return previous[:start] + words[1] + previous[end:]


def expand(message: str, previous: str, places: Optional[Places] = None) -> Optional[str]:
    """The last question asked again about the follow-up's phrase (the module's docstring), or None
    when the message is not an elliptical follow-up. `places`: where a term stands in the documents."""
    asked = fronted(message)
    if asked:
        return asked
    phrase = elliptical(message)
    if phrase is None or not previous.strip():
        return None
    first = phrase.split()[0].lower()
    if first in _CONDITIONS:  # "and if we adopt instead?": the last question, on that condition
        return previous.rstrip(" ?.!") + " " + phrase + "?"
    phrases = _phrases(previous)
    same_preposition = [p for p in phrases if p[2] == first] if first in _PREPOSITIONS else []
    same_kind = _of_a_kind(phrase, previous, places) if places and not same_preposition else None
    same_kind = same_kind or (_numbered_sibling(phrase, previous) or _named_sibling(phrase, previous)
                              or _at_a_time(phrase, previous) if not same_preposition else None)
    if same_kind:
        return same_kind
    whom = None if same_preposition else _whom_applied(phrase, previous, phrases)
    if whom:
        return whom
    if first in _PREPOSITIONS:
        same = same_preposition or _when_clause(previous, first)
    elif first in _DETERMINERS:
        same = [p for p in phrases if p[2] in _DETERMINERS]
    elif phrase.lower() in _PLACE_ADVERBS:  # "what about elsewhere?": in place of the last phrase, preposition too
        same = [p for p in phrases if p[2] in _PREPOSITIONS][-1:]
    else:  # a bare noun takes the place of the last phrase's noun, its preposition and determiner kept
        same = [_object(previous, p) for p in phrases[-1:]]
    if same:
        start, end, _ = same[-1]
        return previous[:start] + phrase + previous[end:]
    content = [w for w in phrase.split() if w.lower() not in STOPWORDS]
    if not content:
        return None
    return previous.rstrip(" ?.!") + " " + phrase + "?"


MAX_READINGS = 4  # readings of an elliptical follow-up answered in turn, the first one answered kept


def readings(message: str, previous: str, places: Optional[Places] = None) -> list[str]:
    """The ways an elliptical follow-up may ask the last question again: `expand`'s first, then the
    phrase in the place of each other phrase of the last question, then the phrase added to it."""
    chosen = expand(message, previous, places)
    phrase = elliptical(message)
    if chosen is None or phrase is None or fronted(message) or phrase.split()[0].lower() in _CONDITIONS:
        return [chosen] if chosen else []
    first = phrase.split()[0].lower()
    out = [chosen]
    for found in _phrases(previous):
        if first in _PREPOSITIONS or first in _DETERMINERS:
            if (found[2] in _PREPOSITIONS) != (first in _PREPOSITIONS):
                continue
            start, end, _ = found
        else:
            start, end, _ = _object(previous, found)
        out.append(previous[:start] + phrase + previous[end:])
    joined = "" if first in _PREPOSITIONS else "for "
    out.append(previous.rstrip(" ?.!") + " " + joined + phrase + "?")
    return list(dict.fromkeys(out))[:MAX_READINGS]


def pointer_readings(message: str, previous: str) -> list[str]:
    """The follow-up with its first pointer ("it", "that") standing for each thing the last question
    names in turn: its phrases that open with a determiner, then what its other phrases are of."""
    pointer = _POINTER.search(message)
    if not pointer:
        return []
    phrases = _phrases(previous)
    things = [previous[a:b] for a, b, word in phrases if word in _DETERMINERS]
    things += [previous[a:b] for a, b, word in (_object(previous, p) for p in phrases) if word not in _DETERMINERS]
    out = [message[:pointer.start()] + thing + message[pointer.end():] for thing in dict.fromkeys(things)]
    return list(dict.fromkeys(out))[:MAX_READINGS - 1]
