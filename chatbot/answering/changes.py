"""Questions whether something changes ("i heard that's going up, is it?", "is that figure still
right?", "did the cut-off move to 3pm?"), answered by the sentence that states the change.

Minutes and updated policies say what changes ("The meal deal rises from £2.65 to £2.80 from 5
January", "Overdue charges are abolished from 1 January") in other words than the asker's
("going up", "getting rid of"), so the yes/no check, which wants the question's own words, finds no
sentence that holds the claim. Here the claim is split in two: what it is about (the question's
other words and the conversation's topic) must be in the sentence, and that it changes is read
from how the sentence says it: a change ("rises", "is extended", "from 15 to 20 days", "from 5
January 2028 … will") or that nothing changes ("stays at 14:00", "does not change"). Asked whether
it changes: yes for a change, no for none; asked whether it is still so: the other way round.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from chatbot.answering.base import AnswerRequest
from chatbot.answering.spans import NOW, asks_ahead, merely_proposed, names_replaced
from chatbot.answering.yes_no import candidate_sentences, held_stems, in_context, numbers_differ, reply, support, tokens
from chatbot.text import content_stems, normalize
from chatbot.types import Draft, Passage

MIN_TOPIC = 0.15  # weighted share of what the question is about (its words, the conversation's) the sentence holds
CHANGE, STILL = "change", "still"

# Whether it changes, asked of the subject (not "change my password": a change someone makes).
_ASKS_CHANGE = re.compile(
    r"\b(?:chang(?:ing|ed)|changes?\b(?!\s+(?:my|your|our|their|his|her|the|a|an|it|them|this|that|to)\b)"
    r"|go(?:es|ing|ne)?\s+(?:up|down)|went\s+(?:up|down)|com(?:e|es|ing)\s+down|came\s+down|rising|increas(?:ing|ed)|decreas(?:ing|ed)"
    r"|(?:getting|get|got|going|go|gone)\s+(?:longer|shorter|cheaper|dearer|bigger|smaller|higher|lower)"
    r"|(?:getting|get|got)\s+rid|(?:extend|reduc|scrapp|abolish|replac|remov|lower)(?:ed|ing)"
    r"|(?:been|being)\s+cut|mov(?:e|ed|ing)\s+to|stopping|ending)\b", re.IGNORECASE)
# ...or whether a figure still holds: "is tuesday still £6.50 at the arcade in november?".
_ASKS_STILL = re.compile(r"\bstill\s+(?:right|correct|true|valid|accurate|current|the\s+same|the\s+case|ok|okay)\b"
                         r"|\bstill\s+(?:at\s+|only\s+|just\s+|about\s+)?[£€$]?\d", re.IGNORECASE)
# The words that ask it, left out of what the question is about.
_ASKING = re.compile(_ASKS_CHANGE.pattern + "|" + _ASKS_STILL.pattern + r"|\b(?:heard|someone|said|true|right)\b",
                     re.IGNORECASE)

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATED_FROM = rf"(?:from|starting|with effect from)\s+(?:\w+day\s+)?\d{{1,2}}\s+(?:{_MONTHS})"  # "from 5 January"
_STATES_CHANGE = re.compile(
    r"\b(?:ris(?:e|es|ing)|rose|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|extend(?:s|ed)?"
    r"|abolish(?:es|ed)?|scrap(?:s|ped)?|replac(?:e|es|ed)|changed|changes\s+(?:from|to|on)|go(?:es)?\s+(?:up|down)"
    r"|no\s+longer|mov(?:e|es|ed)\s+(?:from|to|forward|back))\b"
    # From one amount to another ("from 15 km/h to 10 km/h", "from 20% to 22%"); not hours of the day
    # ("open from 16:00 to 20:00": when, not a change).
    r"|\bfrom\s+[£€$]?\d[\d.,%]*(?!\d|:\d)\s*(?:[a-z/%]+\s+){0,2}to\s+[£€$]?\d"
    # Or the new amount before the old: "gusts of 20 mph, instead of 25 mph".
    r"|\d[\d.,%]*(?:\s*[a-z/%]+){0,2},?\s+instead\s+of\s+[£€$]?\d"
    rf"|\b(?:starts|begins|takes\s+effect|comes\s+in)\s+(?:on|from)\s+(?:\w+day\s+)?\d{{1,2}}\s+(?:{_MONTHS})\b"
    # Dated from a day on: "From 18 April 2028, students lock…", "from 5 January the fee will…".
    rf"|^\W*{_DATED_FROM}\b|\b{_DATED_FROM}\b.{{0,120}}\bwill\b"
    # Or to it, last: "Fund weekend security at the Dundee site, 07:00 to 21:00, from 1 February 2027."
    rf"|\b{_DATED_FROM}(?:\s+\d{{4}})?\W*$",
    re.IGNORECASE)
# "stays at 14:00", "remains £25", "will stay", "the charge stays.": the verb, not the noun ("for stays
# from 1 January"). A proposal turned down or put off changes nothing yet ("…was rejected").
_STATES_NONE = re.compile(r"\b(?:(?:stays?|remains?)\s+(?:at|the\s+same|unchanged|as|in\s+place|[£€$]?\d+)"
                          r"|(?:stays|remains)(?=\s*(?:[.;]|$))"
                          r"|(?:will|to|must|should|would)\s+(?:stay|remain)|unchanged|(?:does|do|will)\s+not\s+change"
                          r"|no\s+change|not\s+changing)\b", re.IGNORECASE)
# A change proposed and turned down or put off: nothing changes, whatever change it names ("the proposed
# rise to £15 was not agreed").
_TURNED_DOWN = re.compile(r"\b(?:(?:was|were|is|are|been)\s+(?:rejected|turned\s+down|deferred|postponed|put\s+off"
                          r"|not\s+(?:agreed|approved|accepted|adopted))|(?:did|does)\s+not\s+(?:agree|approve|accept))\b",
                          re.IGNORECASE)


def asks_change(question: str) -> Optional[str]:
    """CHANGE ("is that going up?"), STILL ("is that figure still right?") or None."""
    question = normalize(question)
    if _ASKS_STILL.search(question):
        return STILL
    return CHANGE if _ASKS_CHANGE.search(question) else None


def without_asking(question: str) -> str:
    """The question without the words that ask whether it changes ("i heard it's going up, is that
    right?"): what it is about."""
    return _ASKING.sub(" ", normalize(question))


def change_said(request: AnswerRequest, evidence: list[Passage]) -> Optional[tuple[Passage, str, float]]:
    """(the sentence, "Yes" or "No", its share of the topic) for a question whether something
    changes, from the sentence on its topic that says it changes or that it does not; else None."""
    asked = asks_change(request.standalone)
    if asked is None:
        return None
    own = without_asking(request.standalone)
    topic = " ".join([own, *request.context_terms])
    best, rank = None, None
    # All that were retrieved: a change is said once, in the minutes, and rarely in the question's words.
    for passage in candidate_sentences(request, evidence, headings=False, seeds=len(request.candidates)):
        said = states(passage.text) or states(_clause_on(passage.text, own, request.term_weight))
        if said is None:
            continue
        context = in_context(passage)
        value = support(topic, context, request.term_weight)
        # What the question itself names first ("the nights one"), the conversation's topic after it.
        ranked = (support(own, context, request.term_weight), value)
        if value >= MIN_TOPIC and (rank is None or ranked > rank):
            # "is the allowance going up to 250?" over "…is now £150, instead of £100": not to that figure.
            agrees = said == asked and not numbers_differ(tokens(request.standalone), tokens(passage.text))
            best, rank = (passage, "Yes" if agrees else "No", value), ranked
    return best


_CLAUSES = re.compile(r";|,\s+(?:but|while|whereas)\s+|\s+(?:but|while|whereas)\s+")


def _clause_on(sentence: str, topic: str, weight) -> str:
    """The clause of the sentence that holds most of the topic's words that tell its clauses apart
    ("the weekend allowance stays at £75" of "The weekday allowance rises from £40 to £55; the weekend
    allowance stays at £75." for "does the weekend one go up too"), or "" when none holds more."""
    clauses = [c for c in _CLAUSES.split(sentence) if c.strip()]
    if len(clauses) < 2:
        return ""
    held = [held_stems(c) for c in clauses]
    telling = set(content_stems(topic)) - set.intersection(*held)
    scores = [sum(weight(s) if weight else 1.0 for s in telling & h) for h in held]
    best = max(range(len(clauses)), key=scores.__getitem__)
    return clauses[best] if scores[best] > sorted(scores)[-2] else ""


def states(sentence: str) -> Optional[str]:
    """CHANGE for a sentence that says something changes, STILL for one that says it does not, None
    for one that says neither or both ("rises…; the rest stay as they are") or only reports a proposal."""
    if merely_proposed(sentence):
        return None  # "Sheila proposed raising it from £150 to £250": what was decided says
    if _TURNED_DOWN.search(sentence):
        return STILL
    changes, stays = bool(_STATES_CHANGE.search(sentence)), bool(_STATES_NONE.search(sentence))
    return None if changes == stays else CHANGE if changes else STILL


_FROM_DAY = re.compile(rf"\b(?:from|starting|with\s+effect\s+from|effective|as\s+of)\s+(?:\w+day\s+)?\d{{1,2}}"
                       rf"(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b", re.IGNORECASE)
# A figure asked ("how much…", "what time…"), not when something happens (a change's own day).
_AS_IT_IS = re.compile(r"^\W*(?:(?:ok|okay|and|so)\b[\s,]*)?(?:how (?:much|many|long|often|late|early|far)|"
                       r"what time)\b", re.IGNORECASE)


def only_ahead(question: str, sentence: str) -> bool:
    """Whether the sentence says only what a figure will be ("from Thursday 2 March 2028 the office
    closes at 16:30") while the question asks a figure as it is ("what time does the office shut on
    thursdays"): it names no figure it replaces (a figure and the one replacing it, the span's to
    choose), and what it will be is not asked."""
    return bool(_AS_IT_IS.match(normalize(question))) and not asks_ahead(question) and not asks_change(question) \
        and bool(_FROM_DAY.search(sentence)) and not NOW.search(sentence) and not names_replaced(sentence)


def change_answer(request: AnswerRequest, draft: Draft, evidence: list[Passage]) -> Optional[Draft]:
    """"Yes, to £2.80, from 5 January 2028 — The meal deal rises from £2.65 to £2.80 from 5 January
    2028. [1]" (the new figure and its day in the short answer when the sentence says them; "No, it
    changes to …" when asked whether a figure is still right), or None."""
    said = change_said(request, evidence)
    if said is None:
        return None
    answered = reply(draft, [said[0]], said[1], said[2])
    asked = asks_change(request.standalone)
    # Yes, it changes; or no, it is no longer so: what it becomes ("is that 12 month figure still right?").
    changed = (asked, said[1]) in {(CHANGE, "Yes"), (STILL, "No")}
    to = new_figure(_clause_on(said[0].text, without_asking(request.standalone), request.term_weight)
                    or said[0].text) if changed else None
    if not to:
        return answered
    short = f"Yes, {to}" if said[1] == "Yes" else f"No, it changes {to}"
    return replace(answered, short_answer=short, text=short + answered.text[len(said[1]):])


_UNTIL_NEXT = (r"(?:for|from|on|at|in|by|with|and|or|while|when|instead|until|before|after|so|but|which|who"
               r"|was|were|is|are)")
# "from £25 to £30 per dog per night", "rises to £2.80", "goes up to 15 minutes": the figure it becomes,
# with up to four words of its unit, to the next phrase ("for stays…", "from 1 January", "at both…").
_BECOMES = re.compile(
    r"(?:\bfrom\s+[£€$]?\d[\d.,%]*(?!\d|:\d)(?:\s+[a-z/%]+){0,3}?\s+|\b(?:ris(?:e|es|ing)|rose|go(?:es)?\s+(?:up|down)"
    r"|increas(?:e|es|ed)|rais(?:e|es|ed)|reduc(?:e|es|ed)|cut|fall(?:s)?|extend(?:s|ed)?|mov(?:e|es|ed))\s+)"
    rf"\bto\s+(?P<value>[£€$]?\d[\d.,:%]*(?:\s+(?!{_UNTIL_NEXT}\b)[a-z£€$/%][\w/%-]*){{0,4}})", re.IGNORECASE)
_ON_DAY = re.compile(_FROM_DAY.pattern + r"(?:\s+\d{4})?", re.IGNORECASE)


def new_figure(sentence: str) -> Optional[str]:
    """"to £30 per dog per night, from 1 January 2028" of a sentence that says what a figure becomes
    (and from when), else None."""
    becomes = _BECOMES.search(sentence)
    if not becomes:
        return None
    day = _ON_DAY.search(sentence)
    when = f", {day.group(0)[0].lower()}{day.group(0)[1:]}" if day else ""  # "From 1 May": ", from 1 May"
    return f"to {becomes.group('value').rstrip(',;. ')}{when}"
