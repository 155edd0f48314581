"""An amount a question states about the asker ("been here 6 yrs", "my 14 year old", "a 3k claim")
and the bands a sentence gives ("5 to 9 years", "after 3 years' service", "anything above £2,000",
"under 16"): the row of a table by length of service, age or cost that holds the asker. A time of
day too ("at 6pm" and "from 15:00 to 17:00 only"): whether the hours a sentence gives hold it."""
from __future__ import annotations

import math
import re
from typing import NamedTuple

# Units as days, so that "12 months" and "1 year" compare; an age, money and a count stand apart.
_TIME = {"minute": 1 / 1440, "min": 1 / 1440, "hour": 1 / 24, "hr": 1 / 24, "day": 1.0, "night": 1.0,
         "week": 7.0, "wk": 7.0, "month": 30.44, "mth": 30.44, "year": 365.25, "yr": 365.25}
_UNIT = r"(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|mths?|years?|yrs?)"
_NUMBER = r"(?<![\d:.,])(\d[\d,]*(?:\.\d+)?)(?![:\d])\s*(k\b)?"  # not a clock time's "00" of "09:00"
_MONEY = r"[£$€]"

# What the question says of the asker: "6 yrs", "my 14 year old", "im 35", "a £3k claim", "3k".
_STATED_AGE = re.compile(rf"\b{_NUMBER}[\s-]*(?:years?|yrs?|yo)[\s-]*old\b"
                         rf"|\b(?:i'?m|i am|aged?|he'?s|she'?s)\s+(\d\d?)\b(?!\s*(?:{_UNIT}|%|:|\.\d))", re.IGNORECASE)
# "my son is 6", "one of my year 4s is 8": an age, when the question speaks of a child.
_STATED_AGE_IS = re.compile(r"\b(?:is|turned|turns|turning)\s+(\d{1,2})\b(?![\s-]*(?:[a-z%:£$€]|\.\d))", re.IGNORECASE)
_CHILD = re.compile(r"\b(?:son|daughter|kids?|child|children|boy|girl|grandson|granddaughter|pupils?|students?|"
                    r"toddler|baby|nephew|niece|year \d{1,2}s?)\b", re.IGNORECASE)
_STATED_TIME = re.compile(rf"\b{_NUMBER}\s*({_UNIT})\b(?![\s-]*old)", re.IGNORECASE)
_STATED_MONEY = re.compile(rf"{_MONEY}\s?{_NUMBER}|\b(\d+(?:\.\d+)?)\s*k\b"
                           r"|\b(\d[\d,]*(?:\.\d+)?)\s*(?:euros?|pounds?|dollars?|quid|gbp|eur|usd)\b", re.IGNORECASE)

# A band in a sentence: its bounds around a number with a unit (or a currency before it).
_AMOUNT = rf"({_MONEY})?\s?{_NUMBER}\s*({_UNIT}\b)?"
_BETWEEN = re.compile(rf"{_AMOUNT}['’]?s?\s*(?:to|-|–|—)\s*{_AMOUNT}|\bbetween\s+{_AMOUNT}\s*and\s*{_AMOUNT}",
                      re.IGNORECASE)
# "Minimum age: 10" (a table's cell) bounds as "minimum of 10" does.
_ABOVE_BEFORE = re.compile(r"\b(?:over|more than|above|at least|after|beyond|longer than|exceeding|older than|"
                           rf"minimum(?: of| age:?)?)\s+{_AMOUNT}", re.IGNORECASE)
_BELOW_BEFORE = re.compile(r"\b(?:under|less than|below|up to|fewer than|no more than|shorter than|at most|valid for|"
                           rf"younger than|maximum(?: of| age:?)?)\s+{_AMOUNT}", re.IGNORECASE)
_ABOVE_AFTER = re.compile(rf"{_AMOUNT}['’]?s?\s*(?:\+|or (?:more|over|above|longer|older)|and (?:over|above))",
                          re.IGNORECASE)
_BELOW_AFTER = re.compile(rf"{_AMOUNT}['’]?s?\s*(?:or (?:less|under|fewer|younger|below))", re.IGNORECASE)
_WORDS = {w: str(n) for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve"
                                            .split())}
_WORDS.update({"fifteen": "15", "eighteen": "18", "twenty": "20", "thirty": "30", "sixty": "60", "ninety": "90"})
_IN_WORDS = re.compile(rf"\b({'|'.join(_WORDS)})(?=[\s-]+(?:{_UNIT}\b|years?[\s-]+old))", re.IGNORECASE)


def _in_digits(text: str) -> str:
    """Numbers of a unit written in words as digits: "more than six hours" → "more than 6 hours"."""
    return _IN_WORDS.sub(lambda m: _WORDS[m.group(1).lower()], text)


# A time of day: "6pm", "9.30am", "18:00" (the question's); a sentence's needs its colon or am/pm too.
_CLOCK = r"(?<![\d:.£$€])(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)\b|(?<![\d:.£$€])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])"
_STATED_CLOCK = re.compile(_CLOCK, re.IGNORECASE)
_CLOCK_BETWEEN = re.compile(rf"(?:{_CLOCK})\s*(?:to|-|–|—|until|till)\s*(?:{_CLOCK})|\bbetween\s+(?:{_CLOCK})\s+and\s+"
                            rf"(?:{_CLOCK})", re.IGNORECASE)
_CLOCK_AFTER = re.compile(rf"\b(?:after|from|since|not before)\s+(?:{_CLOCK})", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(rf"\b(?:before|until|till|by|no later than)\s+(?:{_CLOCK})", re.IGNORECASE)
_AGE_CUE = re.compile(r"\bage[sd]?\b|\bold\b|\bwho (?:are|is) \d|\bchild|\bkids?\b|\bjunior|\badults?\b|\bteen"
                      r"|\bstudents?\b|\bunder[- ]\d+s\b", re.IGNORECASE)


class Stated(NamedTuple):
    value: float
    unit: str  # "age", "money", "time" (in days) or "clock" (hours of the day)
    said: str  # the number as the question writes it: "6", "3", "6pm"
    text: str = ""  # all the words that state it: "6 yrs", "my 14 year old"


class Band(NamedTuple):
    low: float
    high: float
    unit: str  # "money", "time" or "" (no unit said: an age, a count)


def _number(digits: str, thousands: str | None) -> float:
    return float(digits.replace(",", "")) * (1000 if thousands else 1)


def _days(value: float, unit: str) -> float:
    return value * _TIME[unit.lower().rstrip("s")]


# A bound the question puts on its amount ("claims over £500", "under 2 hours"): the asker's case lies
# just past it, so "up to £500" does not hold it and "over £500" does.
_ASKED_ABOVE = re.compile(r"\b(?:over|more than|above|exceeding|greater than|longer than|older than|beyond)\s*$",
                          re.IGNORECASE)
_ASKED_BELOW = re.compile(r"\b(?:under|less than|below|fewer than|shorter than|younger than)\s*$", re.IGNORECASE)
_PAST_BOUND = 1e-6


def _past_bound(question: str, start: int, value: float) -> float:
    before = question[max(0, start - 16):start]
    step = _PAST_BOUND * max(1.0, abs(value))
    return value + step if _ASKED_ABOVE.search(before) else value - step if _ASKED_BELOW.search(before) else value


def stated(question: str) -> list[Stated]:
    """The amounts the question states of the asker's case; of two of a kind, the later ("been here
    6 years … if I'd been here 12 years?": 12 years, as a follow-up that asks again says). An amount
    after "over" or "under" stands just past that bound."""
    found: list[tuple[int, Stated]] = []
    taken: list[tuple[int, int]] = []
    for m in _STATED_AGE.finditer(question):
        digits = m.group(1) or m.group(3)
        found.append((m.start(), Stated(float(digits.replace(",", "")), "age", digits, m.group(0))))
        taken.append(m.span())
    for m in _STATED_AGE_IS.finditer(question) if _CHILD.search(question) else []:
        if not any(a <= m.start() < b for a, b in taken):
            found.append((m.start(), Stated(float(m.group(1)), "age", m.group(1), m.group(0))))
            taken.append(m.span())
    for m in _STATED_TIME.finditer(question):
        if not any(a <= m.start() < b for a, b in taken):
            found.append((m.start(), Stated(_days(_number(m.group(1), m.group(2)), m.group(3)), "time", m.group(1),
                                            m.group(0))))
    for m in _STATED_MONEY.finditer(question):
        if m.group(1):
            found.append((m.start(), Stated(_number(m.group(1), m.group(2)), "money", m.group(1), m.group(0))))
        elif m.group(3):
            found.append((m.start(), Stated(float(m.group(3)) * 1000, "money", m.group(3), m.group(0))))
        else:  # "1500 euros"
            found.append((m.start(), Stated(_number(m.group(4), None), "money", m.group(4), m.group(0))))
    for m in _STATED_CLOCK.finditer(question):
        if not any(a <= m.start() < b for a, b in taken):
            found.append((m.start(), Stated(_hours(m.groups()), "clock", m.group(0).split(":")[0], m.group(0))))
    last = {asked.unit: asked for _, asked in sorted(found, key=lambda f: f[0])}
    starts = {asked: start for start, asked in found}
    return [asked._replace(value=_past_bound(question, starts[asked], asked.value)) for asked in last.values()]


def _hours(groups: tuple) -> float:
    """A time of day in hours from _CLOCK's five groups: "6pm" 18.0, "09:30" 9.5, "12am" 0.0."""
    hour, minute, half, hour24, minute24 = groups
    if hour24 is not None:
        return int(hour24) + int(minute24) / 60
    value = int(hour) % 12 + (12 if half.lower() == "pm" else 0)
    return value + int(minute or 0) / 60


def _clock_bands(text: str) -> list[Band]:
    """The hours a sentence gives: "from 09:00 to 11:00", "between 8am and 6pm", "after 20:00", "by 07:30"."""
    found: list[Band] = []
    for m in _CLOCK_BETWEEN.finditer(text):
        groups = m.groups()
        first, second = (groups[:5], groups[5:10]) if any(g is not None for g in groups[:10]) else \
            (groups[10:15], groups[15:20])
        low, high = _hours(first), _hours(second)
        if low < high:
            found.append(Band(low, high, "clock"))
    for pattern, after in ((_CLOCK_AFTER, True), (_CLOCK_BEFORE, False)):
        for m in pattern.finditer(text):
            value = _hours(m.groups())
            if not any(value in (b.low, b.high) for b in found):
                found.append(Band(value, 24.0, "clock") if after else Band(0.0, value, "clock"))
    return found


def _unit(currency: str | None, unit: str | None) -> str:
    return "money" if currency else "time" if unit else ""


def _value(currency, digits, thousands, unit) -> float:
    value = _number(digits, thousands)
    return _days(value, unit) if unit and not currency else value


def bands(text: str) -> list[Band]:
    """The bands a sentence gives: closed ("5 to 9 years"), from below ("after 3 years' service",
    "10 years or more") or from above ("under 16", "up to £50"); and hours of the day."""
    text = _in_digits(text)
    found: list[Band] = []
    for m in _BETWEEN.finditer(text):
        groups = m.groups()
        c1, d1, k1, u1, c2, d2, k2, u2 = groups[:8] if groups[1] else groups[8:]
        currency, unit = c1 or c2, u2 or u1
        low, high = _value(currency, d1, k1, unit), _value(currency, d2, k2, unit)
        if low < high:
            found.append(Band(low, high, _unit(currency, unit)))
    for pattern, above in ((_ABOVE_BEFORE, True), (_ABOVE_AFTER, True), (_BELOW_BEFORE, False), (_BELOW_AFTER, False)):
        for m in pattern.finditer(text):
            currency, digits, thousands, unit = m.groups()
            value, kind = _value(currency, digits, thousands, unit), _unit(currency, unit)
            band = Band(value, math.inf, kind) if above else Band(-math.inf, value, kind)
            if not any(b.unit == band.unit and (b.low == value or b.high == value) for b in found):
                found.append(band)
    return found + _clock_bands(text)


def _comparable(asked: Stated, band: Band, text: str) -> bool:
    if asked.unit == "age":  # "under 16", "aged 12 to 15", "Age: 30 to 44"; not "up to 5 days", "2027-28"
        bound = band.low if math.isinf(band.high) else band.high
        return band.unit == "" and bound < 130 and bool(_AGE_CUE.search(text))
    return band.unit == asked.unit


def _held(question: str, text: str) -> list[Stated]:
    return [asked for asked in stated(question)
            if any(_comparable(asked, b, text) and b.low <= asked.value <= b.high for b in bands(text))]


def compared(question: str, text: str) -> list[str]:
    """The words of the question stating an amount of a kind the text gives bands of, inside them or
    not ("6pm" and "my 10 yr old" over "Children under 16 may use the pool from 15:00 to 17:00"):
    the text speaks of them, whatever words it says them in."""
    return [asked.text for asked in stated(question) if any(_comparable(asked, b, text) for b in bands(text))]


def held(question: str, text: str) -> set[str]:
    """The numbers of the question (as written) that stand for an amount a band of the text holds:
    "35" of "if im 35" over "Age: 30 to 44" is no figure the sentence lacks."""
    return {asked.said for asked in _held(question, text)}


def excluded(question: str, text: str) -> bool:
    """Whether an amount the question states lies outside every band of its kind the text gives
    ("been with us 6 months" over "registered with us for at least 12 months")."""
    for asked in stated(question):
        comparable = [b for b in bands(text) if _comparable(asked, b, text)]
        if comparable and not any(b.low <= asked.value <= b.high for b in comparable):
            return True
    return False


def fit(question: str, text: str) -> float:
    """How well the sentence's bands hold the amount the question states: 1 for a closed band
    around it, less for an open one the further its bound (the row "after 3 years" rather than
    "after 12 months" for 4 years); -1 when its bands of that kind all leave it out; 0 when it
    gives none, or the question states nothing."""
    best = 0.0
    for asked in stated(question):
        comparable = [b for b in bands(text) if _comparable(asked, b, text)]
        if not comparable:
            continue
        scores = []
        for b in comparable:
            if not b.low <= asked.value <= b.high:
                scores.append(-1.0)
            elif math.isinf(b.high) and math.isinf(b.low):
                scores.append(0.0)
            elif math.isinf(b.high):
                scores.append(0.5 + 0.5 * (b.low / asked.value if asked.value > 0 else 1.0))
            elif math.isinf(b.low):
                scores.append(0.5 + 0.5 * (asked.value / b.high if b.high > 0 else 1.0))
            else:
                scores.append(1.0)
        score = max(scores)
        best = score if best == 0.0 else max(best, score)
    return best
