"""A reader's span completed to what a person would answer with: the reader, trained on SQuAD's
minimal spans, stops early where people don't.

    a, b = complete("What did 18F build for the FEC?", text, a, b)

- an adjective standing for a thing keeps it: "higher" → "the higher one";
- a token is never cut: "inquiries18f" inside "inquiries18f@gsa.gov" grows to the address;
- what a sentence denies is not its answer: "not to fight there but to attack here" gives "to attack here";
- a number keeps the unit of measure the question asks in: "how many hours…" → "15-20 hours";
- a day or date keeps its time of day: "every Sunday" → "every Sunday at 02:00 UTC";
- an amount keeps the bound said before it: "28 days" of "within 28 days of the check" → "within 28 days";
- a time of day answering "when…?" keeps its day: "10:00" → "on the first and third Wednesday of each month at 10:00";
- days asked ("which nights…?") are every day of the run: "Tue" of "Late: Tue, Thu 20:00" → "Tue, Thu 20:00";
- of a sentence's amounts, the one said of what the question names: "£400 for UK employees and €450
  for Lisbon employees" asked "…for the lisbon folks?" → "€450";
- a place's last word is not its name: "Parade" of "parking on Alder Bank Parade" is "Alder Bank Parade";
- a duration keeps its smaller units: "2 hours" of "for 2 hours and 40 minutes" is the whole;
- a figure a change replaces gives way to its replacement: "20%" of "now 30%, instead of 20%" is
  "30%" (unless the question asks what it was before);
- a thing described (not a name) asked with "what did/is…" keeps what completes it: a second item joined by "and"
  ("its first public API and a new website on top of that API") and a defining clause ("a roadmap
  that defines your problem…"), up to the clause's end and never past MAX_CHARS.
"""
from __future__ import annotations

import re
from typing import Optional

from chatbot.answering.rules.bands import fit as band_fit
from chatbot.text import STOPWORDS, content_stems, is_row, stem, words
from chatbot.text.questions import classify

MAX_CHARS = 120  # a short answer longer than this is a quote, not an answer
_TOKEN_INSIDE = re.compile(r"[\w@/%$€£+#&]")
_CONTINUES = re.compile(r"^\s+(?:and|or) (?:a|an|the|its|their|our|his|her|your|another|other|new|\w+ly)\b"
                        r"|^\s+(?:that|which|who|whose) (?!is\b|was\b|are\b|were\b)\w+")
_CLAUSE_END = re.compile(r"[\"”’]?[,;:.!?)][\"”’]?(?:\s|$)|\s[–—-]\s|$")  # a quote may close it
# "what did they build?", "what do we get?": a thing described, not one named ("which sea?", "what dynasty?").
_THING = re.compile(r"^\s*(?:(?:and|so|ok|okay|then)\b[\s,]*)?what\s+(?:is|are|was|were|do|does|did|will|would|"
                    r"can|could|should|must|has|have|had)\b", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must)\b", re.IGNORECASE)
_NUMBER = re.compile(r"(?:\d[\d,.]*(?:\s*[-–]\s*\d[\d,.]*)?|one|two|three|four|five|six|seven|eight|nine|ten|"
                     r"twelve|fifteen|twenty|thirty|hundred|thousand|million|billion)$", re.IGNORECASE)
UNITS = frozenset("""second seconds minute minutes hour hours day days week weeks month months year years
page pages word words mile miles km kilometres kilometers metre metres meter meters foot feet inch inches
dollar dollars euro euros pound pounds percent kg kilograms gb mb tb""".split())
_WORD = re.compile(r"\s*([A-Za-z]+)")


def whole_tokens(text: str, a: int, b: int) -> tuple[int, int]:
    """Widened so no address, path or code is cut ("inquiries18f" → "inquiries18f@gsa.gov", "SEV" →
    "SEV-2"): across characters that join a token, and a dot or hyphen only between two of them."""
    def joins(k: int) -> bool:
        if not 0 <= k < len(text):
            return False
        if text[k] == ".":
            return 0 < k < len(text) - 1 and text[k - 1].isalnum() and text[k + 1].isalnum()
        if text[k] == "-":  # "SEV-2", "COVID-19": a code; "two-page", "10-county" are words of their own
            return 0 < k < len(text) - 1 and text[k - 1].isalnum() and text[k + 1].isdigit()
        return bool(_TOKEN_INSIDE.match(text[k]))
    while a > 0 and joins(a - 1):
        a -= 1
    while b < len(text) and joins(b):
        b += 1
    return a, b


_RATE = re.compile(r"\s+(?:per|a|an|each)\s+([A-Za-z]+)")


def with_unit(question: str, text: str, a: int, b: int) -> int:
    """The end of a number span followed by the unit of measure the question asks in ("15-20 hours"
    for "how many hours…"): a measure, not a thing counted ("seven schools" answers "seven")."""
    if classify(question).kind != "number" or not _NUMBER.search(text[a:b]):
        return b
    word = _WORD.match(text, b)
    if word and word.group(1).lower() in UNITS and stem(word.group(1).lower()) in {
            stem(w) for w in re.findall(r"[a-z]+", question.lower())}:
        b = word.end()
        rate = _RATE.match(text, b)  # "hours per week" asked: "15-20 hour per week", the rate whole
        if rate and re.search(rf"\b(?:per|a|an|each)\s+{re.escape(rate.group(1).lower())}\b", question.lower()):
            return rate.end()
    return b


_PRICE = re.compile(r"(?:[$€£¥₹]\s?\d[\d,]*(?:\.\d+)?|\d+(?:\.\d+)?p)")
_PRICED_PER = re.compile(r"\s+(?:a|an|per|each)\s+(?!lot\b|bit\b|few\b)[a-z]{3,12}\b(?![-'’])")


def with_rate(text: str, a: int, b: int) -> int:
    """The end of a price with what it is per: "£35 a week" of "costs £7 a day or £35 a week", "£3 a
    single": the amount alone tells half of it."""
    if not _PRICE.fullmatch(text[a:b]):
        return b
    rate = _PRICED_PER.match(text, b)
    return rate.end() if rate else b


def with_completion(question: str, text: str, a: int, b: int) -> int:
    """The end of a "what/which" span with the item or defining clause that completes it."""
    if not _THING.match(question) or not text[a].islower() or not _CONTINUES.match(text[b:]):
        return b  # "a roadmap…", "its first API…": a thing described; a name ("Summer Breeze") is whole
    end = _CLAUSE_END.search(text, b + 1)
    stop = end.start() if end else len(text)
    if stop - a > MAX_CHARS or (text[b:].lstrip().startswith(("and", "or")) and _FINITE.search(text[b:stop])):
        return b  # too long, or "and" opens a clause of its own ("… and the Yuan dynasty are linked")
    return stop


def past_contrast(text: str, a: int, b: int) -> tuple[int, int]:
    """"not to go fight in the Levant but to carry out attacks": the span the sentence denies, when
    "but" follows it, gives way to what it affirms (up to the clause's end)."""
    denied = re.search(r"\bnot\b", text[a:b]) or re.search(r"\bnot\s+$", text[max(0, a - 5):a])
    after = re.match(r",?\s+but\s+", text[b:])
    if not denied or not after:
        return a, b
    start = b + after.end()
    end = _CLAUSE_END.search(text, start + 1)
    stop = end.start() if end else len(text)
    return (start, stop) if stop - start <= MAX_CHARS else (a, b)


_AMOUNT = re.compile(r"[$€£¥₹]?\s?\d[\d,.]*(?:\s?(?:%|[$€£¥₹]|usd|eur|gbp))?", re.IGNORECASE)


def qualified(question: str, text: str, a: int, b: int) -> tuple[int, int]:
    """"€180 per night (€250 in London…)" asked "…in London?": the amount of the aside that names
    what the question names, in place of the general one before it."""
    if not re.search(r"\d", text[a:b]):
        return a, b
    asked = {stem(w) for w in re.findall(r"[a-z]+", question.lower()) if len(w) > 2}
    for aside in re.finditer(r"\(([^()]{3,120})\)", text):
        if aside.start() < b or aside.start() - b > 60:
            continue  # only an aside right after the amount qualifies it
        words = {stem(w) for w in re.findall(r"[a-z]+", aside.group(1).lower())}
        amount = _AMOUNT.search(aside.group(1))
        if amount and words & asked and not words & {stem(w) for w in re.findall(r"[a-z]+", text[a:b].lower())}:
            start = aside.start(1) + amount.start()
            return start, aside.start(1) + amount.end()
    return a, b


# An amount: money, a percentage or a number (not a year, "2027", nor a clock time, "02:00").
_FIGURE = re.compile(r"(?<![\w:.,])(?:[$€£¥₹]\s?)?\d(?:\d|,(?=\d{3}))*(?:\.\d+)?(?:\s?%|\s?(?:[$€£¥₹]|p\b))?"
                     r"(?![\w:]|[.,]\d)"
                     r"|(?<![\w:.,])\d{1,2}:\d{2}(?![\w:]|[.,]\d)")  # a time of day: "by 06:30 on the Brannock route"
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_RANGE = re.compile(r"\s*(?:[-–—]|to|and|or|until|till)\s*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\d\"“])")
# Where what an amount is said of ends: its clause ("weekend or bank holiday day" is one phrase).
# "…12 minutes and a nurse appointment is 15 minutes": "and" with a new subject ends the clause too.
_CLAUSE_BREAK = re.compile(r"[;,:()]|\s(?:but|while|whereas|compared with|against|versus|vs)\s"
                           r"|\sand\s+(?=(?:a|an|the|each|every|all|any)\s)", re.IGNORECASE)


def _stems_and_names(text: str) -> set[tuple[str, bool]]:
    """Each content word's stem, and whether it is written as a name (capitalized, not first)."""
    return {(stem(w), w[:1].isupper() and k > 0) for k, (w, _, _) in enumerate(words(text))
            if w.lower() not in STOPWORDS}


def _kind_of_figure(figure: str) -> str:
    return ("%" if "%" in figure else "money" if re.search(r"[$€£¥₹p]", figure) else "time" if ":" in figure
            else "number")


def _unit(text: str, figure: re.Match) -> Optional[re.Match]:
    """The unit word right after an amount ("days" of "27 days"), if any."""
    unit = _WORD.match(text, figure.end())
    return unit if unit and unit.group(1).lower() in UNITS else None


def _unit_of(text: str, figure: re.Match) -> Optional[str]:
    unit = _unit(text, figure)
    return unit.group(1).lower().removesuffix("s") if unit else None  # "days" and "day" are one unit


def _unit_end(text: str, figure: re.Match) -> int:
    """Where an amount ends with its unit word ("27 days"), or the amount alone."""
    unit = _unit(text, figure)
    return unit.end() if unit else figure.end()


def _sentence_around(text: str, a: int, b: int) -> tuple[int, int]:
    """Where the sentence holding the span [a, b) starts, and where its closing mark is (or the text ends)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, a)]
    stop = _SENTENCE_END.search(text, b)
    return (ends[-1] if ends else 0), (stop.start() if stop else len(text))


def _rival_amounts(text: str, a: int, b: int) -> Optional[tuple[list[re.Match], re.Match, bool, int, int]]:
    """(the sentence's amounts of the span's kind, the span's own, whether the span spreads over two
    of them, where the sentence starts and ends), or None when the span is no amount among others."""
    start, stop = _sentence_around(text, a, b)
    stop = min(stop + 1, len(text))  # its closing mark too
    figures = [m for m in _FIGURE.finditer(text, start, stop) if not _YEAR.fullmatch(m.group(0))
               and not (m.start() == start and text.startswith(".", m.end()))]  # "4. Put…": a step's number
    # The amount alone, or with its unit ("27 days"): then its rivals are amounts of that unit.
    chosen = [m for m in figures if m.start() == a and b in (m.end(), _unit_end(text, m))]
    if chosen and b > chosen[0].end():
        unit = _unit_of(text, chosen[0])
        figures = [m for m in figures if _unit_of(text, m) == unit]
    # A span over two amounts said of different things ("05:00 for an early shift and by 10:00"), not a
    # range ("09:00 – 17:00"): the one the question names, when one is named more than any other.
    inside = [m for m in figures if a <= m.start() and m.end() <= b]
    spread = (not chosen and len(inside) >= 2 and len({_kind_of_figure(m.group(0)) for m in inside}) == 1
              and _kind_of_figure(inside[0].group(0)) != "number"
              and not _RANGE.fullmatch(text[inside[0].end():inside[1].start()]))
    if len(figures) < 2 or (len(chosen) != 1 and not spread):
        return None  # no other amount of its kind (and unit) to give way to
    mine = (chosen or inside)[0]
    kind = _kind_of_figure(mine.group(0))
    figures = [m for m in figures if _kind_of_figure(m.group(0)) == kind]
    if kind == "time":  # an end of a range ("08:00 to 18:00") is said of what the range is
        ranged = {k for k in range(len(figures) - 1)
                  if _RANGE.fullmatch(text[figures[k].end():figures[k + 1].start()])}
        figures = [m for k, m in enumerate(figures) if k not in ranged and k - 1 not in ranged]
        if mine not in figures or len(figures) < 2:
            return None
    return figures, mine, spread, start, stop


def attributed(question: str, text: str, a: int, b: int) -> tuple[int, int]:
    """"£400 for UK employees and €450 for Lisbon employees" asked "…for the lisbon folks?": of the
    sentence's amounts, the one said of more of what the question names than the reader's (the words
    after it up to the next clause, or before it when it ends its clause: "Allowance per weekend day:
    £90"), counting only words said of no other amount; before any word, the one whose band holds an
    amount the asker states ("been here 6 yrs": "…rising to 30 days after five years' service"). A
    span spread over two amounts said of different things gives way to the one the question names
    more than any other."""
    rivals = _rival_amounts(text, a, b)
    if rivals is None:
        return a, b
    figures, chosen, spread, start, stop = rivals
    asked = {w for w in content_stems(question) if len(w) > 1}

    def said_of(k: int) -> str:
        m, after_end = figures[k], figures[k + 1].start() if k + 1 < len(figures) else stop
        cut = _CLAUSE_BREAK.search(text, m.end(), after_end)
        # "12 minutes": the amount's unit, not what it is said of
        said = text[_unit_end(text, m):cut.start() if cut else after_end]
        if not content_stems(said):  # it ends its clause: said of what comes before it
            before_start = figures[k - 1].end() if k else start
            breaks = [c.end() for c in _CLAUSE_BREAK.finditer(text, before_start, m.start())
                      if content_stems(text[c.end():m.start()])]  # "…rate: £10": the label before its colon
            said = text[breaks[-1] if breaks else before_start:m.start()]
        return said

    def weight(said: set) -> int:  # a name the question asks about ("in Dundee") tells most
        return sum(2 if name else 1 for _, name in said)

    saids = [said_of(k) for k in range(len(figures))]
    named = [{(w, name) for w, name in _stems_and_names(said) if w in asked} for said in saids]
    mine = figures.index(chosen)

    def of_others(k: int) -> set[str]:
        return {w for j, said in enumerate(named) if j != k for w, _ in said}

    distinct = [{(w, name) for w, name in said if w not in of_others(k)} for k, said in enumerate(named)]
    # Of amounts said of as much, one whose every word the question says ("All zones: £90.00" for
    # "…in all zones", over "Zone A: £58.00": "all" is a word too).
    question_words = {stem(w) for w in re.findall(r"[a-z0-9]+", question.lower())}
    whole = [bool(words := {stem(w) for w in re.findall(r"[a-z0-9]+", said.lower())}) and words <= question_words
             for said in saids]

    fits = [round(band_fit(question, said), 2) for said in saids]  # one leaving the asker out: below none

    def key(k: int) -> tuple[float, int, bool]:
        return fits[k], weight(distinct[k]), whole[k]
    best = max(range(len(figures)), key=lambda k: (key(k), k == mine))
    if spread and all(key(k) < key(best) for k in range(len(figures)) if k != best):
        return figures[best].start(), figures[best].end()
    if spread or key(best) <= key(mine):
        return a, b
    return figures[best].start(), _unit_end(text, figures[best]) if b > chosen.end() else figures[best].end()


_FIG = r"(?:\d{1,2}:\d\d|[$€£¥₹]?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?%|p\b)?)"  # "19:30 … instead of 18:00" too
_CHANGE_VERB = re.compile(r"\b(?:ris(?:e|es|ing)|rose|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|"
                          r"decreas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|cut|lower(?:s|ed)?|fall(?:s|ing)?|fell|drop(?:s|ped)?|go(?:es)?\s+"
                          r"(?:up|down)|chang(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|extend(?:s|ed)?|shorten(?:s|ed)?)\b",
                          re.IGNORECASE)
# A figure and the one that replaces it: "from £1.80 to £2.20" (with a verb of change: "from 5 to 12"
# alone is a range), "30% … instead of 20%", "£30 (was £20)", "£30, up from £25".
_FROM_TO = re.compile(rf"\bfrom\s+(?P<old>{_FIG})(?![\d:])(?:\s+[a-z/]+){{0,2}}\s+to\s+(?P<new>{_FIG})", re.IGNORECASE)
_EVERY = r"every\s+(?:\d+\s+|other\s+)?(?:day|week|fortnight|month|quarter|year)s?\b"  # "every 3 months"
_INSTEAD = re.compile(rf"(?P<new>{_FIG}|{_EVERY})(?![\d:])(?:(?!every\b)[^.;:\d]){{0,80}}?\binstead\s+of\s+"
                      rf"(?P<old>{_FIG}|{_EVERY})"
                      rf"|(?P<new2>{_FIG})(?![\d:])[^.;:]{{0,40}}?[(,]\s*(?:was|previously|formerly|up\s+from|"
                      rf"down\s+from)\s+(?P<old2>{_FIG})", re.IGNORECASE)
# Hours that replace others: "06:30 to 15:00, instead of 07:00 to 15:30".
_HOURS = r"\s*(?:to|[-–—])\s*"
_HOURS_INSTEAD = re.compile(rf"(?P<new>\d{{1,2}}:\d\d){_HOURS}(?P<new_end>\d{{1,2}}:\d\d)[^.;:\d]{{0,80}}?"
                            rf"\binstead\s+of\s+(?P<old>\d{{1,2}}:\d\d){_HOURS}(?P<old_end>\d{{1,2}}:\d\d)",
                            re.IGNORECASE)
# Someone's proposal or request, reported ("Aisha proposed raising…", "Students have asked for…"), and
# what was done about it ("the Board agreed…", "…was deferred"). Not a passive ("must be requested")
# nor an adjective ("his proposed coalition").
_PROPOSED = re.compile(r"(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )"
                       r"(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\bour )(?<!\btheir )(?<!\bthe )(?<!\ba )"
                       r"\b(?:proposed|suggested|recommended|requested|asked\s+(?:for|whether|if|that|to))\b"
                       r"(?!\s+as\b)",  # nor "the individual proposed as Key Personnel"
                       re.IGNORECASE)
_DECIDED = re.compile(r"\b(?:agreed|approved|decided|accepted|confirmed|resolved|adopted|rejected|declined|refused|"
                      r"deferred|postponed|turned\s+down|will|won't|is\s+to|are\s+to)\b", re.IGNORECASE)
_ASKS_BEFORE = re.compile(r"\b(?:before|previous(?:ly)?|old|used\s+to|originally|formerly|prior|until|last\s+year)\b",
                          re.IGNORECASE)
MONTH_WORD = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# A change put ahead: "will", or from a day on ("from 5 January 2028", "with effect from Monday 4 October").
_SCHEDULED = re.compile(rf"\bwill\b|\b(?:from|starting|with\s+effect\s+from|effective|as\s+of)\s+(?:\w+day\s+)?"
                        rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORD}\b|{MONTH_WORD}\s+\d)", re.IGNORECASE)
NOW = re.compile(r"\bnow\b", re.IGNORECASE)  # "…is now £25": a change already made
# What it will be, asked: "the new fee", "from january", "after the change", "is it going up?".
_ASKS_AHEAD = re.compile(rf"\b(?:will|new|next|future|upcoming|from|after|going\s+to|gonna|going\s+up|going\s+down|"
                         rf"chang\w*|{MONTH_WORD}|20\d\d)\b", re.IGNORECASE)
_ASKS_PROPOSAL = re.compile(r"\b(?:propos|suggest|recommend|request|ask)\w*", re.IGNORECASE)


_ITEM_BREAK = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_SAID_OF = re.compile(r"^(?P<value>\S+(?:\s+\S+){0,3}?)\s+(?:in|at|for|on)\s+(?P<of>.+?)\s*[.;]?$")


def _coordinated(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """(start, end) of each part of text[start:stop] between commas, "and" and "or"."""
    cuts = [(m.start(), m.end()) for m in _ITEM_BREAK.finditer(text, start, stop)]
    return list(zip([start] + [end for _, end in cuts], [begin for begin, _ in cuts] + [stop]))


def respective(question: str, text: str, a: int, b: int) -> tuple[int, int]:
    """"Tuesday in Bristol, Wednesday in Leeds and Thursday in Norwich" asked "…in the Norwich office?":
    of a list of values each said of its own place, group or time, the value said of what the question
    names (one item alone), when the span runs over two items or more."""
    if not _ITEM_BREAK.search(text, a, b):
        return a, b
    items = [(start, end, _SAID_OF.match(text[start:end]))
             for start, end in _coordinated(text, a, _sentence_around(text, a, b)[1])]
    if len(items) < 2 or not all(found for _, _, found in items):
        return a, b
    asked = set(content_stems(question))
    named = [(start, found) for start, _, found in items if set(content_stems(found.group("of"))) & asked]
    if len(named) != 1:
        return a, b
    start, found = named[0]
    return start, start + found.end("value")


MAX_GAPPED_WORDS = 6  # a longer part says more than another thing's value with the verb left out


def gapped(question: str, text: str, a: int, b: int) -> tuple[int, int]:
    """"Class A items are counted every week, class B items every month and class C items every quarter"
    asked "how often are class B items counted?": the span read in one coordinated part ("every week") gives
    way to the part the question names and it does not ("class B items every month"): that part's words
    the question does not say, at its end ("every month")."""
    parts = _coordinated(text, *_sentence_around(text, a, b))
    mine = [k for k, (p, q) in enumerate(parts) if p <= a and b <= q]
    if len(parts) < 2 or not mine:
        return a, b
    asked = set(content_stems(question))
    own = set(content_stems(text[slice(*parts[mine[0]])]))
    named = [k for k, (p, q) in enumerate(parts) if k != mine[0] and (set(content_stems(text[p:q])) & asked) - own]
    # Parts of one coordination say the same of different things: the two share a word the question says
    # ("class", "items"); "…30% of the estimate, instead of 20%" or "…£7 a day or £35 a week" share none.
    if len(named) != 1 or not own & asked & set(content_stems(text[slice(*parts[named[0]])])):
        return a, b
    p, q = parts[named[0]]
    first, other = text[slice(*parts[0])].lower().split(), text[p:q].lower().split()
    if mine[0] != 0 or len(other) > MAX_GAPPED_WORDS or len(other) < 2 or len(first) < 2 \
            or first[0] != other[0] and first[1] != other[1]:
        # The statement is the first part and the other, short, says the same of another thing as it
        # begins ("Class A items…" and "class B items…", "Starter keeps…" and "Team keeps…"); not a
        # clause of its own ("…, which became de facto standards", "…, and Tugh Temür then remounted…").
        return a, b
    tail = list(re.finditer(r"\S+", text[p:q]))
    keep = []
    for m in reversed(tail):  # the part's last words the question does not say
        if set(content_stems(m.group(0))) & asked:
            break
        keep.insert(0, m)
    while keep and not content_stems(keep[0].group(0)) and not re.search(r"\d", keep[0].group(0)):
        keep.pop(0)  # "them for 13 months": the words that say it, not the pronoun and preposition before them
    if not keep or len(keep) == len(tail):
        return a, b
    return p + keep[0].start(), p + keep[-1].start() + len(keep[-1].group(0).rstrip(".,;:"))


def merely_proposed(sentence: str, question: str = "") -> bool:
    """Whether the sentence only reports a proposal or a request ("Callum proposed that Alder Bank stop
    taking cash"), not what was decided: no evidence of how things are, nor that they change (unless
    the question asks about a proposal: "what did Aisha propose?")."""
    return bool(_PROPOSED.search(sentence)) and not _DECIDED.search(sentence) and not _ASKS_PROPOSAL.search(question)


def changes_ahead(text: str) -> bool:
    """Whether the sentence puts a change ahead ("will", "from 5 January 2028 …"), not one made now."""
    return bool(_SCHEDULED.search(text)) and not NOW.search(text)


_FROM_LATER = re.compile(rf"\b(?:from|after|starting|as\s+of)\s+(?:the\s+)?(?:new\s+year|next\s+(?:year|month|term)|"
                         rf"christmas|xmas|easter|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH_WORD})\b|\bnext\s+year\b",
                         re.IGNORECASE)


def asks_from_later(question: str) -> bool:
    """Whether the question asks a figure as it will be from a day ahead ("from january", "after the
    new year", "next year"): not a question about what was (a month alone: "in august")."""
    return bool(_FROM_LATER.search(question))


def asks_ahead(question: str) -> bool:
    """Whether the question asks what will be ("the new fee", "from january", "is it going up?")."""
    return bool(_ASKS_AHEAD.search(question))


def names_replaced(text: str) -> bool:
    """Whether the sentence names a figure and the one that replaces it ("from £2.65 to £2.80")."""
    return bool(_FROM_TO.search(text) and _CHANGE_VERB.search(text) or _INSTEAD.search(text))


def replacement(question: str, text: str, a: int, b: int) -> tuple[int, int]:
    """A figure the sentence says is replaced ("20%" of "…is now 30% of the estimate, instead of
    20%") gives way to the figure that replaces it, unless the question asks what it was before or
    the sentence only proposes the change. A change the sentence puts ahead ("…rises from £2.65 to
    £2.80 from 5 January", "…will include 15 minutes, instead of 10"), the figure that holds until
    then is the answer, unless the question asks what it will be ("from january", "the new fee")."""
    if merely_proposed(text):
        return a, b
    pairs = [(m.span("old"), m.span("new")) for m in _FROM_TO.finditer(text) if _CHANGE_VERB.search(text)]
    pairs += [(m.span("old") if m.group("old") else m.span("old2"), m.span("new") if m.group("new") else m.span("new2"))
              for m in _INSTEAD.finditer(text)]
    for m in _HOURS_INSTEAD.finditer(text):  # hours for hours, each end for its end, before any figure alone
        pairs[:0] = [((m.start("old"), m.end("old_end")), (m.start("new"), m.end("new_end"))),
                     (m.span("old"), m.span("new")), (m.span("old_end"), m.span("new_end"))]
    if changes_ahead(text) and not asks_ahead(question):
        pairs = [(new, old) for old, new in pairs]  # the figure that holds now is the one replaced
    elif _ASKS_BEFORE.search(question):
        pairs = [(new, old) for old, new in pairs]  # what it was before: the figure replaced
    for (old_a, old_b), (new_a, new_b) in pairs:
        if old_a <= a < old_b and not (new_a < b and a < new_b):
            unit = text[old_b:b]  # "15 minutes" for "10 minutes": the unit the span read goes with it
            return new_a, new_b + (len(unit) if unit.strip() and text.startswith(unit, new_b) else 0)
    return a, b


# The last word of a place's or a building's name ("Alder Bank Parade", "Mill House"), which alone names nothing.
_PLACE_HEAD = re.compile(r"(?:Street|St|Road|Rd|Lane|Avenue|Parade|Square|Place|Way|Drive|Close|Court|Crescent|Terrace|"
                         r"Row|Gardens|Park|House|Hall|Centre|Center|Building|Tower|Wing|Block|Estate|Station|Bridge|"
                         r"Quay|Wharf|Yard|Green|Hill)$")
_NAME_WORD_BEFORE = re.compile(r"(?:[A-Z][\w'’&-]*\s){1,4}$")


def whole_place(text: str, a: int) -> int:
    """The start of a span that is a place's last words alone ("Parade" or "Bank Parade" for "…on
    Alder Bank Parade"): the name's first capitalised word, when the words before it are capitalised
    and not the sentence's first."""
    head = re.match(r"(?:[A-Z][\w'’&-]*\s)*[A-Z]\w*", text[a:])
    if not head or not _PLACE_HEAD.fullmatch(head.group(0).split()[-1]):
        return a
    before = _NAME_WORD_BEFORE.search(text[max(0, a - 60):a])
    if not before:
        return a
    start = a - len(before.group(0))
    sentence_start = not text[:start].strip() or re.search(r"[.!?:;]\s*$", text[:start])
    return a if sentence_start and before.group(0).count(" ") == 1 else start


_TIME_UNIT = r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
_MORE_TIME = re.compile(rf"(?:,?\s+and\s+|\s+)(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|"
                        rf"ten|eleven|twelve|a\s+half|half\s+an?)\s+{_TIME_UNIT}\b", re.IGNORECASE)


def whole_duration(text: str, a: int, b: int) -> int:
    """The end of a duration with the smaller units said after it ("2 hours and 40 minutes")."""
    if not re.search(rf"\d\S*\s+{_TIME_UNIT}$", text[a:b], re.IGNORECASE):
        return b
    more = _MORE_TIME.match(text, b)
    return more.end() if more and more.end() - a <= MAX_CHARS else b


def with_one(text: str, a: int, b: int) -> tuple[int, int]:
    """"higher" of "treat it as the higher one": an adjective that stands for a thing keeps its
    "one" and its article ("the higher one")."""
    one = re.match(r"\s+ones?\b", text[b:])
    if not one or " " in text[a:b].strip():
        return a, b
    article = re.search(r"\b(?:the|a|an)\s+$", text[max(0, a - 5):a])
    return (a - len(article.group(0)) if article else a), b + one.end()


# "(Cambridge: F3, kept one-third empty; Dundee: F5)": values labelled by name inside a sentence.
LABELS_AFTER = 3  # characters between a span and the labelled values that follow it (" (")
_LABELLED = re.compile(r"(?:^|[(;,]\s*)([A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}):\s*([^;,()]*[^;,()\s])")


def labelled(question: str, text: str, a: int, b: int) -> tuple[int, int]:
    """Of a sentence's values labelled by name ("Cambridge: F3, …; Dundee: F5"), the one whose label
    the question names, and no other label: "F5" for "…one of the dundee freezers?". (A table's row
    is the cell answers' to read.)"""
    if is_row(text):
        return a, b
    pairs = list(_LABELLED.finditer(text))
    asked = set(content_stems(question))
    named = [m for m in pairs if (label := set(content_stems(m.group(1)))) and label <= asked]
    if len(pairs) < 2 or len(named) != 1 or named[0].start(2) <= a < named[0].end(2):
        return a, b
    # The labelled values say, per name, what the span says: they follow it, or the span is one of them.
    follows = 0 <= pairs[0].start() - b <= LABELS_AFTER
    among = pairs[0].start(1) <= a < pairs[-1].end()
    return named[0].span(2) if follows or among else (a, b)


_ASKS_COMMAND = re.compile(r"\b(?:command|shortcut|slash command|keyword|syntax)\b", re.IGNORECASE)
# A chat or shell command: "!ic page", "/remind me", "git pull --rebase" is not found by its form alone.
_COMMAND = re.compile(r"(?<![\w/.:])[!/][a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?=[\s.,;:)]|$)")


def command(question: str, text: str, a: int, b: int) -> tuple[int, int]:
    """For "what's the Slack command for paging an IC?", the sentence's command ("!ic page"), in place of
    a span that holds none."""
    if not _ASKS_COMMAND.search(question) or _COMMAND.search(text, a, b):
        return a, b
    found = _COMMAND.search(text)
    return found.span() if found else (a, b)


def complete(question: str, text: str, a: int, b: int) -> tuple[int, int]:
    """The span [a, b) of text completed (the module's docstring says how)."""
    if a >= b:
        return a, b
    a, b = command(question, text, a, b)
    a, b = labelled(question, text, *qualified(question, text, *past_contrast(text, *whole_tokens(text, a, b))))
    a, b = gapped(question, text, *respective(question, text, *attributed(question, text, a, b)))
    a, b = replacement(question, text, a, b)
    a = whole_place(text, a)
    b = whole_duration(text, a, b)
    a, b = with_one(text, a, b)
    b = with_rate(text, a, with_unit(question, text, a, b))
    a, b = pay_rate(question, text, a, b)
    a, b = on_its_day(question, text, *whole_range(question, text, *when_whole(text, *every_day(question, text, a, b))))
    a, b = bounded(text, *range_end(question, text, a, b))
    return both_asked(question, text, a, with_completion(question, text, a, b))


def pay_rate(question: str, text: str, a: int, b: int) -> tuple[int, int]:
    """Pay said as a multiple of the rate, whole ("time and a third", not "time"), and for "how
    much…?" alone: "…are paid at time" of "…paid at time and a third" is "time and a third"."""
    for rate in _PAY_RATE.finditer(text):
        if rate.start() < b <= rate.end() or a <= rate.start() and rate.end() <= b:
            if _ASKS_MONEY.search(question) and not _CURRENCY.search(text[a:max(b, rate.end())]):
                return rate.start(), rate.end()
            return a, max(b, rate.end())
    return a, b


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY_OR_DATE = re.compile(rf"(?:\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*s?|\b\d{{1,2}}(?:st|nd|rd|th)?"
                          rf"|\b{_MONTH}|\b\d{{4}}|\bmonth)$",
                          re.IGNORECASE)
_DAY_NAME = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?"
_NTH = r"(?:first|second|third|fourth|last|1st|2nd|3rd|4th)"
_NTH_DAY = re.compile(rf"(?P<nth>(?:the\s+)?{_NTH}(?:\s+(?:and|or)\s+{_NTH})?\s+)?{_DAY_NAME}", re.IGNORECASE)
_NTH_BEFORE = re.compile(rf"(?:\bthe\s+)?\b{_NTH}(?:\s+(?:and|or)\s+{_NTH})?\s+$", re.IGNORECASE)
_OF_MONTH = re.compile(r"\s+of\s+(?:each|every|the|a)\s+month\b", re.IGNORECASE)


def recurring(text: str, a: int, b: int) -> tuple[int, int]:
    """"first Monday" of "…on the first Monday of each month": a day of a month keeps its ordinal
    and its month ("the first Monday of each month")."""
    day = _NTH_DAY.fullmatch(text[a:b])
    if not day:
        return a, b
    before = None if day.group("nth") else _NTH_BEFORE.search(text[max(0, a - 40):a])
    if not day.group("nth") and not before:
        return a, b  # "every Monday": a day of the week, whole
    after = _OF_MONTH.match(text, b)
    return a - (len(before.group(0)) if before else 0), after.end() if after else b


_CLOCK = re.compile(r",?\s+(?:(?:at|from)\s+)?\d{1,2}[:.]\d{2}\b(?!\s*(?:%|per))(?:\s*(?:[-–]|to)\s*\d{1,2}[:.]\d{2})?"
                    r"(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+(?:UTC|GMT|BST|CET|CEST|[A-Z]{2,4}T)\b)?", re.IGNORECASE)


_ASKS_DAYS = re.compile(r"\b(?:which|what)\s+(?:days|nights|evenings|mornings|afternoons)\b", re.IGNORECASE)
_NEXT_DAY = re.compile(rf"(?:\s*[,/&]\s*|\s+(?:and|or)\s+){_DAY_NAME}\b\.?", re.IGNORECASE)
_LAST_DAY = re.compile(rf"\b{_DAY_NAME}\.?(?:\s*[,/&]\s*|\s+(?:and|or)\s+)$", re.IGNORECASE)


_ASKS_WHEN = re.compile(r"^\W*(?:(?:and|so|ok|okay|but)\b[\s,]*)?when\b", re.IGNORECASE)
_CLOCK_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"  # "16:00", "4.30 pm"
_HOURS_TO = r"\s*(?:[-–—]|to|until|till)\s*"  # what joins a span of hours' start to its end
_A_CLOCK = re.compile(rf"{_CLOCK_TIME}|\d{{1,2}}\s*[ap]\.?m\.?", re.IGNORECASE)
# The day a time of day is on, just before it: "every Monday at", "the first and third Wednesday of
# each month at", "Thursday 20 January 2028 at", "on 3 May from".
_DAY_BEFORE = re.compile(rf"(?:(?:every|each|on)\s+)?(?:(?:the\s+)?{_NTH}(?:\s+(?:and|or)\s+{_NTH})?\s+)?"
                         rf"(?:{_DAY_NAME}\b,?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?)?"
                         rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?)"
                         r"(?:\s+of\s+(?:each|every|the|a)\s+month)?,?\s+(?:at|from)\s+$", re.IGNORECASE)


_HOURS_APART = re.compile(r"\s*(?:[-–—]|\bto\b|\buntil\b|\btill\b)\s*", re.IGNORECASE)  # "14:00 to 16:00"


def on_its_day(question: str, text: str, a: int, b: int) -> tuple[int, int]:
    """"when…?" answered by a time of day keeps the day it is on: "10:00" of "…on the first and third
    Wednesday of each month at 10:00" is "on the first and third Wednesday of each month at 10:00"."""
    if not _ASKS_WHEN.search(question) or not _A_CLOCK.fullmatch(_HOURS_APART.split(text[a:b])[0].strip()):
        return a, b
    day = _DAY_BEFORE.search(text[max(0, a - 80):a])
    return (a - len(day.group(0)), b) if day and b - (a - len(day.group(0))) <= MAX_CHARS else (a, b)


# A bound said before an amount: "within 28 days", "up to £20", "at least 48 hours".
_BOUND_BEFORE = re.compile(r"\b(?:within|up to|at least|at most|no more than|no later than|not more than|"
                           r"not later than|a maximum of|a minimum of|about|around|approximately|roughly|nearly|"
                           r"almost)\s+$", re.IGNORECASE)


# A time of day's deadline: "by 05:00", "before 09:30".
_DEADLINE_WORDS = r"(?:by|before|no later than|not later than)"
_DEADLINE_BEFORE = re.compile(rf"\b{_DEADLINE_WORDS}\s+$", re.IGNORECASE)
_DEADLINE = re.compile(rf"^{_DEADLINE_WORDS}\s+", re.IGNORECASE)


_CELL = re.compile(r"(?:^|;\s+)[A-Z][^:;.!?]{0,60}:\s+(?P<cell>[^;]+)")
MAX_CELL_WORDS = 10  # a cell this short is one answer, read whole


def whole_cell(text: str, a: int, b: int) -> tuple[int, int]:
    """A short cell of a passage read in part, from its start ("Point B" of "…stores and van yard:
    Point B, by the van yard exit on Dyer Lane"; "22:00" of "Ring the vet: 22:00 and 02:00"): the
    whole cell, as a table's row or a labelled line answers in its cells. (Of one passage's text:
    a window runs on into the next passage, which no cell does.)"""
    for found in _CELL.finditer(text):
        cell = found.group("cell").rstrip(" .")
        start = found.start("cell")
        if a == start and b < start + len(cell) and len(cell.split()) <= MAX_CELL_WORDS:
            return a, start + len(cell)
    return a, b


def bounded(text: str, a: int, b: int) -> tuple[int, int]:
    """An amount keeps the bound said before it: "28 days" of "…within 28 days of the check" is
    "within 28 days", "£20" of "up to £20" is "up to £20", "05:00" of "phone by 05:00" is "by 05:00":
    the amount alone says more than the text."""
    if not re.match(r"[$€£¥₹]?\s?\d", text[a:b]):
        return a, b
    bound = _BOUND_BEFORE.search(text[max(0, a - 20):a])
    if not bound and _A_CLOCK.match(text, a):
        bound = _DEADLINE_BEFORE.search(text[max(0, a - 20):a])
    return (a - len(bound.group(0)), b) if bound else (a, b)


def every_day(question: str, text: str, a: int, b: int) -> tuple[int, int]:
    """Days asked ("which nights is it open late?"): a day of a run of them is the whole run,
    "Tue, Thu" of "Late: Tue, Thu 20:00", not "Tue"."""
    if not _ASKS_DAYS.search(question) or not re.fullmatch(rf"{_DAY_NAME}\.?", text[a:b], re.IGNORECASE):
        return a, b
    while (after := _NEXT_DAY.match(text, b)):
        b = after.end()
    while (before := _LAST_DAY.search(text[max(0, a - 20):a])):
        a -= len(before.group(0))
    return a, b


def when_whole(text: str, a: int, b: int) -> tuple[int, int]:
    """A day or date as a person says when: with its ordinal and month ("the first Monday of each
    month") and the time of day after it ("… from 14:00 to 16:00")."""
    a, b = recurring(text, a, b)
    return a, with_clock_time(text, a, b)


def whole_when_in(text: str, short: str) -> str:
    """The short answer, a day or date found in the text, said whole (`when_whole`)."""
    at = text.find(short) if short else -1
    return text[slice(*when_whole(text, at, at + len(short)))] if at >= 0 else short


def with_clock_time(text: str, a: int, b: int) -> int:
    """"every Sunday" of "…every Sunday at 02:00 UTC": a day or date keeps the time of day after it."""
    if not _DAY_OR_DATE.search(text[a:b]):
        return b
    clock = _CLOCK.match(text, b)
    return clock.end() if clock and clock.end() - a <= MAX_CHARS else b


# What a "how much…cost?" or a "how long…?" question asks for, and what a span measures.
_ASKS_MONEY = re.compile(r"\bhow much\b.*\b(?:cost|costs|price|pay|paid|charge|charged|fee|fees|spend|spent|budget|"
                         r"refund|refunded|reimburse|reimbursed|earn|earned|owe|owed|worth|salary|money)\b"
                         # "how much do we get to kit out…?", "how much extra (an hour) do you get…?": no noun counted
                         r"|\bhow much (?:extra |more )?(?:(?:an?|per|each) \w+ )?(?:do|does|did|will|would|can|could|"
                         r"should)\s+[\w']+\s+(?:get|receive|claim|make)\b"
                         # "how much is the main hall for our group?": a thing's price
                         r"|\bhow much(?:'s| is| are| was| were) (?:the|a|an|it|our|my|your)\b"
                         # "how much to take my car over?": the price of doing it
                         r"|\bhow much\s+to\s+(?!be\b)[a-z]+"
                         r"|\b(?:what|which)(?:'s| is| was| are| were) the (?:[\w-]+ ){0,2}(?:cost|price|fee|budget|"
                         r"allowance|salary|charge)\b"
                         # "whats the most an HLTA can earn", "what does a controller get paid per hr": pay asked
                         r"|\b(?:what|whats|what's|how much)\b.*\b(?:earns?|earning|(?:get|gets|getting) paid|"
                         r"wages|salary|salaries)\b", re.IGNORECASE)  # not "wage": "…who went to wage jihad"
_ASKS_TIME = re.compile(r"^\s*how long\b|\bhow many (?:days|weeks|months|years|hours|minutes)\b", re.IGNORECASE)
_MONEY = re.compile(r"[$€£¥₹]|\b(?:usd|eur|gbp|chf|dollars?|euros?|pounds?|cents?|pence|francs?|yen|yuan|rupees?|marks|"
                    r"lire|pesos?|r[eo]?ubles?|shillings?|guineas?|crowns?|kron[ae]|kronor|dinars?|dirhams?|rand|"
                    r"free|nothing|no cost|no charge)\b|\b\d+(?:\.\d+)?p\b", re.IGNORECASE)  # "45p a mile"
# Pay said as a multiple of the basic rate: "time and a third" for "how much do i get for a sunday?".
_PAY_RATE = re.compile(r"\b(?:time[ -]and[ -]an?[ -](?:half|third|quarter)|(?:single|double|triple|treble)[ -]time"
                       r"|(?:basic|normal|standard|usual|hourly|full)\s+(?:rate|pay))\b", re.IGNORECASE)
# A share of a price or pay is an amount too when what is asked is on top of one: "20%" for "how much
# extra do you get for nights?", "how much does harbor put into my pension?"; not for "how much money
# did the spa take?" ("6% above budget").
_SHARE = re.compile(r"\d\s*%|\bper\s?cent\b", re.IGNORECASE)
_ASKS_SHARE = re.compile(r"\bhow much (?:extra|more)\b|\b(?:allowance|premium|discount|rise|raise|increase|bonus|"
                         r"supplement|uplift|pension|contribut\w*|put (?:in|into)|get back|refund\w*|money back|off|"
                         r"fees?|surcharges?|commission|levy|mark-?up)\b",
                         re.IGNORECASE)  # "how much do i get back?": "50%" of the price; "the restocking fee": "10%"
_BARE_NUMBER = re.compile(r"^(?:about |around |up to |over |under |nearly |almost )?[\d.,]+(?: (?:thousand|million|"
                          r"billion|trillion))?$", re.IGNORECASE)
_TIME = re.compile(r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b", re.IGNORECASE)


def _day_of_month(short: str, quote: str) -> bool:
    """A bare number that the quote writes as a day of a month ("23" of "on 23 October")."""
    return bool(_BARE_NUMBER.match(short.strip())) and re.search(
        rf"(?<![\d,.]){re.escape(short.strip())}(?:st|nd|rd|th)?\s+{_MONTH}(?![a-z])", quote, re.IGNORECASE) is not None


# A count of things is no sum of money (unless the things are money: "how many pounds…?").
_ASKS_COUNT = re.compile(r"\bhow many\b(?!\s+(?:pounds|euros|dollars|quid|pence|cents)\b)", re.IGNORECASE)
_CURRENCY = re.compile(r"[$€£¥₹]\s?\d|\b\d[\d,.]*\s?(?:pounds|euros|dollars|quid|pence|p)\b", re.IGNORECASE)
# "How long…?", "how many…?", "what percentage…?": a quantity, which a span without a number is not.
_ASKS_QUANTITY = re.compile(r"\bhow (?:many|much|long|often|far|old|big|large|tall|high|soon|frequently)\b"
                            r"|\bwhat (?:percentage|percent|proportion|share|fraction)\b", re.IGNORECASE)
_QUANTITY = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                       r"forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|several|numerous|couple|half|"
                       r"once|twice|daily|weekly|monthly|yearly|annually|every|each|single|free|"
                       r"none|zero|nil|unlimited)\b", re.IGNORECASE)  # "None by default": how many a contractor gets

# "How often…?": how many times in a while ("every 20 minutes", "twice a week"), not a time of day ("22:40").
_ASKS_FREQUENCY = re.compile(r"\bhow (?:often|frequently)\b", re.IGNORECASE)
_FREQUENCY = re.compile(r"\b(?:every|each|once|twice|times|per|hourly|daily|nightly|weekly|fortnightly|monthly|"
                        r"quarterly|yearly|annually|(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekends)\b"
                        r"|\ba (?:day|night|week|fortnight|month|year)\b", re.IGNORECASE)


_ASKS_TEMPERATURE = re.compile(r"\b(?:what|which)\s+temp(?:erature)?s?\b|\bhow\s+(?:hot|cold|warm)\b", re.IGNORECASE)
_TEMPERATURE = re.compile(r"°|\bdegrees?\b|\d\s?(?:C|F)\b")

_ASKS_EMAIL = re.compile(r"\bwhat(?:'s|s| is| are)?\s+(?:(?:the|their|his|her|your|our|its|[\w-]+'s)\s+)?e-?mail\b"
                         r"|\be-?mail address", re.IGNORECASE)  # not "I clicked a link in an email"
_ASKS_PHONE = re.compile(r"\b(?:phone|telephone|mobile|extension|hotline)\b|\bnumber (?:for|to call|to ring)\b"
                         r"|\bwhat(?:'s|s| is)? (?:the|their|his|her|your|our|its) number\b|\bthe number\s*\??$",
                         re.IGNORECASE)
_ASKS_SOMEONE = re.compile(r"\bwho(?:m|'s|s)?\b", re.IGNORECASE)
_PER = re.compile(r"\bhow many\b.*?\b(?:per|for each|for every|to each|to every|a)\s+([a-z]+)\b", re.IGNORECASE)
_ASKS_WHO = re.compile(r"^\W*(?:(?:ok|okay|and|so|but|then)\b[\s,]*)*(?:who|whom)\b", re.IGNORECASE)
# Where something is done, not who: "in Slack" (not "on"/"into": "relied on X", "divided into X").
_AFTER_PLACE = re.compile(r"\b(?:in|via|through|inside|within)\s*$", re.IGNORECASE)


def _counts(text: str, end: int, unit: str) -> bool:
    """Whether the word after a number (ending at `end`) is the unit stem given ("one adult")."""
    word = _WORD.match(text, end)
    return bool(word) and stem(word.group(1).lower()) == unit


def answer_type(question: str):
    """What a span must be to answer the question's kind, as a test of (text, start, end), or None:
    for "how much does it cost?" an amount of money; for "how long…?" a span holding a number (for
    "how many kids per adult?" not the one counting adults); for "who…?" one that is not where
    something is ("in Slack" for "who do I page?") nor whom the question names."""
    if _ASKS_MONEY.search(question):
        share = bool(_ASKS_SHARE.search(question))
        return lambda text, a, b: bool(_MONEY.search(text[a:b]) or share and _SHARE.search(text[a:b])) and \
            bool(re.search(r"\d", text[a:b]))
    if _ASKS_FREQUENCY.search(question):
        return lambda text, a, b: bool(_FREQUENCY.search(text[a:b]))
    if _ASKS_QUANTITY.search(question):
        per = _PER.search(question)  # "how many kids per adult?": not the "one" that counts adults
        unit = stem(per.group(1).lower()) if per else None
        return lambda text, a, b: bool(_QUANTITY.search(text[a:b])) and not (unit and _counts(text, b, unit))
    if _ASKS_WHO.match(question):
        asked = set(content_stems(question))
        return lambda text, a, b: (_someone(text[a:b]) and not _AFTER_PLACE.search(text[:a])
                                   and not _names_asked(text, a, b, asked))
    return None


# Who a lower-case span can be: a role or a group ("the sponsoring manager", "all staff").
_ROLE = re.compile(r"(?<![\w-])(?:manager|lead|leader|head|chief|officer|director|team|desk|staff|employee|"
                   r"volunteer|member|owner|chair|chairs?person|committee|board|panel|commander|engineer|assistant|"
                   r"supervisor|coordinator|administrator|admin|clerk|secretary|person|someone|anyone|everyone|"
                   r"nobody|parent|partner|doctor|nurse|gp|clinician|agent|contact|representative|rep|"
                   r"worker|hirer|sponsor|approver|reviewer|author|holder|advisor|adviser|consultant|"
                   r"contractor|customer|user|people|group|department|service|office|council|company|"
                   r"teacher|driver|controller|keeper|warden|marshal|steward|trainer|caretaker|"
                   r"librarian|technician|receptionist|pharmacist|specialist|analyst|accountant)s?\b", re.IGNORECASE)


_NAME_JOINERS = frozenset("a an the of and de van von der la le du".split())


def _someone(span: str) -> bool:
    """Whether a span can name who: a role ("the sponsoring manager"), a name (a few capitalised
    words: "Tomás Ferreira", "IT Service Desk", "the CFO") or one with a name inside; not a table
    cell or a sentence that merely starts with a capital ("Inventory every TLS certificate…")."""
    words = span.split()
    if not words or _ROLE.search(span):
        return bool(words)
    named = [w for w in words if w.lower() not in _NAME_JOINERS]
    if named and len(named) <= 4 and all(w[:1].isupper() for w in named):
        return True
    return any(re.match(r"[A-Z][a-z]", w) for w in words[1:])


def _names_asked(text: str, a: int, b: int, asked: set[str]) -> bool:
    """Whether the span names whom the question already names ("President Bashar Assad", or
    "President Bashar" of it, for "who ruled out Assad?"): the name's last word is the question's."""
    name_end = b + re.match(r"(?:\s+[A-Z][\w'’-]*)*", text[b:]).end()
    said = content_stems(text[a:name_end])
    return bool(said) and said[-1] in asked


# "What level is a partial loss?", "which plan has SSO?": a name a heading or a row's label gives.
_ASKS_LABEL = re.compile(r"\b(?:what|which)(?:'s| is| are)?\s+(?:the\s+)?(?:level|severity|sev|category|tier|priority|"
                         r"type|kind|class|grade|band|stage|plan|section|step|phase|status|rating|option|role|"
                         r"title|heading|name|zone|room|site|team|department|colour|color)s?\b"
                         r"|\b(?:is|it|that|this) (?:called|classed|classified|rated)\b", re.IGNORECASE)


def asks_label(question: str) -> bool:
    """Whether the question asks for a name that a heading or a table row's label may give."""
    return bool(_ASKS_LABEL.search(question))


def measures_otherwise(question: str, short: str, quote: str = "") -> bool:
    """Whether the short answer measures something else than the question asks: anything but money
    for "how much does it cost?", an amount of money for "how long…?", no address for "what's the
    email for…?", no number to call for "what's the number for security?", no quantity for "how
    many…?", no frequency for "how often…?". A bare number counts what the word after it in the quote
    names ("210" of "210 tickets": not money). Nor is a time or a figure alone who ("14:00 – 22:00" for
    "who are the first aiders on the late shift?")."""
    if _ASKS_MONEY.search(question):  # an amount of money, or a bare number: not "10,000 SMS", "3 days"
        if _BARE_NUMBER.match(short.strip()):
            counted = re.search(re.escape(short.strip()) + r"\s+([A-Za-z]+)", quote)
            return bool(counted) and not _MONEY.search(counted.group(1)) and \
                counted.group(1).lower() not in {"thousand", "million", "billion", "trillion", "per", "a", "each"}
        return not (_MONEY.search(short) or _PAY_RATE.search(short)
                    or _ASKS_SHARE.search(question) and _SHARE.search(short))
    if _ASKS_TIME.search(question):
        return bool(_MONEY.search(short)) and not _TIME.search(short)
    if _ASKS_CLOCK.search(question):  # "Monday to Friday" (when it is closed) for "what time does it close?"
        return not _TELLS_CLOCK.search(short)
    if _ASKS_EMAIL.search(question):
        return "@" not in short  # "Priya Raman 07700 900 218" for "what's the email for…?"
    if _ASKS_PHONE.search(question) and not _ASKS_SOMEONE.search(question):  # "who do I phone?": a person
        # "HOW TO REPORT", "4", "22:00" (when the lab must be empty): no number to call
        # …nor opening hours ("08:00 to 18:00": when to ring, not what)
        times = [t.strip() for t in re.split(r"\s*(?:-|–|—|to|until|till)\s*", _DEADLINE.sub("", short.strip()))]
        return len(re.findall(r"\d", short)) < 3 or all(_A_CLOCK.fullmatch(t) for t in times)
    if _ASKS_FREQUENCY.search(question):
        return not _FREQUENCY.search(short)  # "22:40" for "how often is the hospital bus?"
    if _ASKS_TEMPERATURE.search(question):
        return not _TEMPERATURE.search(short)  # "the temperature display" for "what temperature should it be?"
    if _ASKS_COUNT.search(question) and (_CURRENCY.search(short) or _day_of_month(short, quote)):
        return True  # "£38,200" (what agency drivers cost), "23" (of "23 October") for "how many drivers left?"
    if _ASKS_QUANTITY.search(question):
        return not _QUANTITY.search(short)  # "how many customers…?" answered "the old reports"
    if _ASKS_WHO.match(question) and not _ASKS_CONTACT.search(question):  # "who do I ring?": a number will do
        return bool(short.strip()) and not _A_WORD.search(_WHEN_WORDS.sub(" ", short))  # "14:00 – 22:00"
    return False


_ASKS_CLOCK = re.compile(r"\bwhat time\b", re.IGNORECASE)
# A time of day, or one said by what it is before or after ("30 minutes before departure"), or that it is closed.
_TELLS_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}|\d\s*[ap]\.?m\b|\b(?:noon|midday|midnight|closed?|shut|dawn|dusk|sunset|"
                          r"sunrise|o'clock|half past|quarter|before|after|minutes?|hours?|mins?|hrs?)\b",
                          re.IGNORECASE)


# What a span that says when, or how many, is made of besides figures: no one is named by them.
_WHEN_WORDS = re.compile(rf"\b(?:{_DAY_NAME}|{MONTH_WORD}|hrs?|mins?|noon|midnight|by|before)\b|(?<=\d)\s*[ap]m\b"
                         rf"|{_TIME.pattern}", re.IGNORECASE)
_A_WORD = re.compile(r"[^\W\d_]{2,}")
_ASKS_CONTACT = re.compile(r"\b(?:call|ring|phone|telephone|text|contact|extension|number)\b", re.IGNORECASE)


# "when's the next meeting and where?": two things asked at once, joined by "and".
_TWO_ASKED = re.compile(r"\b(when|where|what\s+time)\b.*?\band\s+(?:by\s+)?(when|where|what\s+time)\b", re.IGNORECASE)
_WHEN = re.compile(rf"(?:\b(?:on|from|by)\s+)?(?:\b{_DAY_NAME}\b,?\s*)?"
                   rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)"
                   rf"(?:,?\s+at\s+\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]m)?)?", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+(?:in|at)\s+[^.;!?]+")


_CLOCK_RANGE = re.compile(rf"(?P<start>{_CLOCK_TIME}){_HOURS_TO}(?P<end>{_CLOCK_TIME})", re.IGNORECASE)
# The end of a span of hours asked ("when do lates finish?", "the last ferry"), or its start ("the first").
_ASKS_END = re.compile(r"\b(?:finish\w*|end(?:s|ing)?|clos(?:e|es|ing)|shut\w*|stop\w*|until|till|last|latest"
                       r"|how late)\b", re.IGNORECASE)
_ASKS_START = re.compile(r"\b(?:start\w*|begin\w*|began|opens|opening|first|earliest|how early)\b|\bopen\W*$",
                         re.IGNORECASE)  # "open" last ("when does it open?"), not "is it open saturdays, what hours"
_OPEN = re.compile(r"\bopen\b", re.IGNORECASE)


_RANGE_BEFORE = re.compile(rf"{_CLOCK_TIME}{_HOURS_TO}$", re.IGNORECASE)  # a span of hours' start, before its end


def whole_range(question: str, text: str, a: int, b: int) -> tuple[int, int]:
    """"16:00" of "…from 14:00 to 16:00", for "when do new volunteers get inducted?": a span of hours
    read at its end alone is the whole span when the question asks neither its start nor its end
    (`range_end` keeps the end asked: "when do lates finish?")."""
    if not _ASKS_WHEN.search(question) or not _A_CLOCK.fullmatch(text[a:b].strip()) \
            or _ASKS_END.search(question) or _ASKS_START.search(question):
        return a, b
    before = _RANGE_BEFORE.search(text[max(0, a - 30):a])
    return (a - len(before.group(0)), b) if before else (a, b)


def range_end(question: str, text: str, a: int, b: int) -> tuple[int, int]:
    """Of a span of hours ("14:00 – 22:30"), the end the question asks: "22:30" for "when do late
    shifts finish?", "07:00" for "the first ferry"; whole when it asks both or neither."""
    hours = _CLOCK_RANGE.fullmatch(text, a, b)
    if not hours or re.search(r"\bhours\b", question, re.IGNORECASE):
        return a, b  # "what hours…?": the span of them
    end = bool(_ASKS_END.search(question))
    start = bool(_ASKS_START.search(_OPEN.sub(" ", question) if end else question))  # "how late is it open?"
    return hours.span("end") if end and not start else hours.span("start") if start and not end else (a, b)


def both_asked(question: str, text: str, a: int, b: int) -> tuple[int, int]:
    """For "when's the meeting and where?" the span with the other thing asked in its sentence: "on
    Wednesday 20 October 2027 at 13:30" before the place the reader found, "in the breakfast room at
    Linnet Lodge" after the date it found; unchanged past MAX_CHARS."""
    asked = _TWO_ASKED.search(question)
    if not asked:
        return a, b
    kinds = {"when" if k.lower().startswith(("when", "what")) else "where" for k in asked.groups()}
    if len(kinds) < 2:
        return a, b
    first = max(text.rfind(c, 0, a) for c in ".;!?") + 1
    last = min([i for i in (text.find(c, b) for c in ".;!?") if i >= 0] or [len(text)])
    na, nb = a, b
    if not _WHEN.search(text, a, b):
        dates = list(_WHEN.finditer(text, first, last))
        if dates:
            date = min(dates, key=lambda m: max(m.start() - b, a - m.end(), 0))
            na, nb = min(a, date.start()), max(b, date.end())
    place = _PLACE_AFTER.match(text, nb, last)  # the place after the date: "… at 10:00 in the breakfast room"
    if place:
        nb = place.end()
    return (na, nb) if nb - na <= MAX_CHARS else (a, b)
