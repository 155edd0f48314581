"""The form of a question (yes/no, a list, or anything else) and the answer shaped by it.

    form = question_form("Are contractors covered?", embeddings)   # "yes_no"
    draft = shape(request, draft, evidence_passages, embeddings)    # the hook where an answer is made

The form is learned: the question's nearest labelled examples (chatbot/answering/data/forms.json)
on the shipped sentence embeddings vote, one grammatical fact weighing in: an auxiliary verb
first ("Is…", "Can I…", "If it fails, should we…") is what makes a question yes/no, so without
one the question is never yes/no, and with one it is yes/no unless its neighbours say list
("Can you list the steps?"). Nearest examples rather than word patterns: "what does a good owner
have?" asks for a list with no plural or "list" in it, and new examples teach it without code.
"""
from __future__ import annotations

import json
import re
import threading
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Callable, Optional

import numpy as np
from langchain_core.embeddings import Embeddings

from chatbot.answering.base import AnswerRequest
from chatbot.answering.compose import MAX_ANSWER_CHARS, by_document, closest, compose, window
from chatbot.answering.lists import (apologies_answer, asked_kind, cell_answer, field_answer, heading_definition,
                                     inline_items, list_answer, names_its_cell, ordinal_answer, row_of_empty_cell)
from chatbot.answering.changes import asks_change, change_answer, without_asking
from chatbot.answering.said import asks_what_was_said, said_answer
from chatbot.answering.spans import MAX_CHARS, MONTH_WORD, answer_type, measures_otherwise
from chatbot.answering.yes_no import (OPENER, abbreviates, candidate_sentences, capitals, claim, closest_statement,
                                     in_context, names, other_kind, spelled_out, support, tagged, tokens,
                                     yes_no_answer)
from chatbot.embeddings import example_vectors, normalized
from chatbot.text import CODE, content_stems, first_cell, is_row, normalize, row_cells, stem, tokens_for_index
from chatbot.text.questions import defined_term
from chatbot.types import Draft, Passage

YES_NO, LIST, OTHER = "yes_no", "list", "other"
EXAMPLES = Path(__file__).resolve().parent / "data" / "forms.json"
EXAMPLE_VECTORS = EXAMPLES.with_suffix(".vectors.npz")  # the shipped model's vectors of them
NEAREST = 3  # examples per form whose similarities are averaged: one odd neighbour does not decide
AUXILIARIES = frozenset("""is are was were am be do does did can could will would shall should may might must
has have had isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't shouldn't hasn't
haven't""".split())
# A leading clause or phrase before the auxiliary: "If it fails, should we…", "In the template, is…".
_LEAD = re.compile(r"^(?:(?:if|when|in|for|on|at|under|according to|as|after|before|once|during)\b[^,?]{0,120},\s*)")
_WH = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how)\b", re.IGNORECASE)
_CONDITION = re.compile(r"^(?:if|when|once|after|before)\s(?:(?!\b(?:what|which|who|whom|whose|where|why|how)\b)"
                        r"[^,?]){3,120}?\b(?:can|could|should|must|may|do|does|"
                        r"will|would|is|are)\s+(?:i|we|you|they|he|she|it|the|a|an|my|our|staff|patients)\b")

# The grammatical facts' weights against the examples' similarity votes (a vote is a cosine).
CUE, ANTI, CLEAR = 0.1, 0.15, 0.1
VOTE_TIE = 0.01  # votes this close are a tie (another CPU's rounding of the int8 embedder may tip them)
HELD_LIST = 1.25  # a list's score (lists.best_block) that answers a question only leaning to a list
# Asked for by name: "list the…", "can you list…", not "taken off the list".
_ASKS_LIST = re.compile(r"^(?:\W*(?:please|can you|could you|pls)\s+)?(?:list|enumerate)\b|\b(?:list|enumerate) "
                        r"(?:all|the|every|each|any|them|those|these|what|which|who)\b|\bname (?:all|the|every)|"
                        r"\ball the\b|\bevery one of\b")
_PLURAL = re.compile(r"\b(?:what|which) (?:are|were)\b|\b(?:which|what) (?:\w+ ){0,2}\w+[a-rt-z]s (?:are|were|do|did|"
                     r"have|has|had|does|can|will|should|must)\b")  # "what actions has jess got…?"
_SINGULAR = re.compile(r"^(?:[^,]*, )?(?:what's|what is|whats|who is|how (?:many|much|long|often|old|far)|when|where|"
                       r"why)\b")

_lock = threading.Lock()
_vectors: dict[int, tuple[list[str], np.ndarray]] = {}


# "ok to wear gloves on the lathe?": "is it ok to…" with its auxiliary left out.
_ALLOWED = re.compile(r"^(?:ok(?:ay)?|alright|all right|fine|safe|allowed)\s+to\s")


def auxiliary_first(question: str) -> bool:
    """Whether the question's (first) sentence opens with an auxiliary verb, after any leading clause;
    a wh-question after it ("Is there money for it? how much?") asks for that instead."""
    text = normalize(question).strip().lower()
    first, _, rest = text.partition("?")
    if any(_WH.match(OPENER.sub("", part.strip())) for part in re.split(r"[?.!]", rest)):
        return False  # not "is that going up? that's what they said": a remark, no question after it
    if tagged(first):  # "GP appointments are 15 minutes, right?": a statement to confirm
        return True
    if "," not in first and _CONDITION.match(first.strip()):  # a condition without its comma: "if it breaks can we…"
        return True
    if _ALLOWED.match(first.strip()) or _ALLOWED.match(first.rsplit(",", 1)[-1].strip()):
        return True  # "gusting 18mph, ok to take the paddleboard out?"
    first = _LEAD.sub("", OPENER.sub("", first.strip()))
    if _WH.match(first) or _WH.match(first.rsplit(",", 1)[-1].strip()):
        return False  # "were coming on a thursday, when can we watch the tigers being fed": a wh-question last
    # A statement before the question: "I have production access, do I need a key?", "It is down. Should I…",
    # "they look fine - can we use them?"
    for clause in (first, first.rsplit(",", 1)[-1].strip(), re.split(r"[.!;]\s+|\s[-–—]\s", first)[-1].strip()):
        word = re.match(r"[a-z']+", clause)
        if word and word.group(0) in AUXILIARIES:
            return True
    return False


def labelled_examples() -> tuple[list[str], list[str]]:
    """(forms, texts) of the labelled examples, in the order their vectors are kept."""
    data = json.loads(EXAMPLES.read_text(encoding="utf-8"))
    labels = [form for form in (YES_NO, LIST, OTHER) for _ in data[form]]
    return labels, [text for form in (YES_NO, LIST, OTHER) for text in data[form]]


def _examples(embeddings: Embeddings) -> tuple[list[str], np.ndarray]:
    """The labelled examples' forms and unit vectors, embedded once per embeddings instance."""
    with _lock:
        if id(embeddings) not in _vectors:
            labels, texts = labelled_examples()
            vectors = example_vectors(embeddings, texts, EXAMPLE_VECTORS)
            _vectors[id(embeddings)] = (labels, normalized(vectors))
        return _vectors[id(embeddings)]


def form_votes(question: str, embeddings: Embeddings) -> dict[str, float]:
    """Per form, the mean similarity of the question to its NEAREST closest examples."""
    labels, vectors = _examples(embeddings)
    similarity = vectors @ normalized(np.asarray(embeddings.embed_query(question)))
    votes = {}
    for form in (YES_NO, LIST, OTHER):
        mine = np.sort(similarity[[k for k, label in enumerate(labels) if label == form]])[::-1]
        votes[form] = float(mine[:NEAREST].mean())
    return votes


def grammar_lean(question: str) -> float:
    """The grammatical facts' lean towards a list: asked for by name ("list", "all the") or in the
    plural ("What are the…", "Which levels…"), against one thing asked in the singular, or a
    number, time, place or reason."""
    text = normalize(question).lower()
    if _ASKS_LIST.search(text):
        return 2 * CUE
    lean = CUE if _PLURAL.search(text) else 0.0
    return lean - (ANTI if _SINGULAR.search(text) else 0.0)


def question_form(question: str, embeddings: Embeddings) -> str:
    """yes_no, list or other (see the module's docstring)."""
    form, _ = _form_and_list_margin(question, embeddings)
    return form


def _form_and_list_margin(question: str, embeddings: Embeddings) -> tuple[str, float]:
    """The form, and how far the list vote is above "other" (below it: negative); 0 for yes/no."""
    votes = form_votes(question, embeddings)
    lean = votes[LIST] + grammar_lean(question)
    if auxiliary_first(question):
        # The auxiliary is the stronger fact: only a clear list vote overrides it ("Can you list…").
        return (LIST if lean > votes[YES_NO] + CUE else YES_NO), 0.0
    if asks_change(question) and not _WH.search(normalize(question)):
        return YES_NO, 0.0  # "someone said its going up for drivers?": whether it changes, said as a statement
    # Without a grammatical cue the examples must vote clearly: their votes lean on the topic too.
    margin = lean - votes[OTHER]
    return (LIST if margin > (0.0 if grammar_lean(question) > 0 else CLEAR) else OTHER), margin


def shape(request: AnswerRequest, draft: Draft, evidence: list[Passage], embeddings: Optional[Embeddings]) -> Draft:
    """The answer in the question's form: "Yes — …"/"No — …"; every item of a list, each cited;
    what someone said; a table's cell; a stated cause; an explanation's paragraph; else the
    answerer's own draft. A yes/no question no sentence answers, or one naming what no passage
    holds, is not answered: its closest passage is shown ("unsure")."""
    if embeddings is None:
        return draft
    form, list_margin = _form_and_list_margin(request.standalone, embeddings)
    placed = ordinal_answer(request, draft) if form != YES_NO else None
    if placed:  # "what's the third inspection step?": that item of the list that holds the question
        return placed  # (its words "third", "step" need not be the document's)
    shaped = _shaped(request, draft, evidence, embeddings, form, list_margin)
    # A list's items are things of the kind asked, which documents rarely name ("what formats can I
    # send?" over "We accept artwork as: …"): a plural kind need not be found, the other words must.
    # (A list asked and none found leaves the answerer's own draft: the kind must be found for it.)
    listed = form == LIST and shaped is not draft
    if shaped.answerable and unknown_terms(request, with_kind=not listed):
        return unsure(shaped)  # "a Globex grant" asked, no document says "Globex": not this answer
    verdict = re.match(r"(?:Yes|No)\b", shaped.short_answer or "")  # "Yes", "Yes, to £30 from 1 May"
    # "annual leave" asked, "study leave" said: another thing's answer; "compassionate leave … if someone
    # dies" answered, not surely, by "Annual leave: 27 days": another topic's
    if shaped.answerable and not verdict and (near_miss(request, shaped.cited) or weakly_held(request, shaped)):
        return unsure(shaped)
    named_row = None if verdict else row_of_empty_cell(request, shaped)
    if named_row:  # the row asked has nothing in that column: it is shown, not its neighbour's cell
        return _quoted(named_row, shaped.confidence)
    return shaped


# An answer the answerer was not sure of (its calibrated probability), whose passages with their
# headings hold little of the question (weighted by rarity), is another topic's: shown, not asserted.
WEAK_CONFIDENCE, WEAK_SUPPORT = 0.5, 0.3


def weakly_held(request: AnswerRequest, draft: Draft) -> bool:
    """Whether a fact is answered, not surely, by passages that hold little of it. (A reason or a way
    is said in other words than the question's; a follow-up's words are partly the conversation's:
    "by when?" is read with the turns before it, a question asked as if alone is not.)"""
    follow_up = request.context_terms or request.standalone != request.question
    if draft.confidence >= WEAK_CONFIDENCE or not draft.cited or follow_up or explains(request.standalone):
        return False
    held = support(request.standalone, " ".join(in_context(p) for p in draft.cited), request.term_weight)
    return held < WEAK_SUPPORT


def _shaped(request: AnswerRequest, draft: Draft, evidence: list[Passage], embeddings: Embeddings, form: str,
            list_margin: float) -> Draft:
    absent = apologies_answer(request)  # "who couldn't make it to the meeting?": the minutes' apologies
    if absent:
        return absent
    if form == YES_NO:
        if asks_change(request.standalone):  # a negation near in meaning says nothing of a change
            return change_answer(request, draft, evidence) or unsure(draft)
        return yes_no_answer(request, draft, evidence) or _unsure_of_yes_no(request, draft, evidence)
    if form == LIST:
        return list_answer(request, draft) or _listed_inline(request, _listing_sentence(request, draft))
    item = _is_an_item(draft)
    # Maybe a list ("what does a good owner have?"), and the answer is one item of one: all of them;
    # or the answer's sentence introduces a list ("A sample label shows:"): what it says is its items;
    # or a way is asked and the answer is a step of one ("1. Check the rig's calibration…"): every step;
    # or the answer is an item of a list whose lead-in says what is asked ("what is on a sample label?").
    leaning = grammar_lean(request.standalone) >= 0
    listing = item and list_margin > -CLEAR and leaning \
        or _leads_in(request.standalone, draft) or _is_a_step(request.standalone, draft)
    if listing or item:
        listed = list_answer(request, draft)
        if listed and draft.cited[0].id in {p.id for p in listed.cited} and \
                (listing or _lead_names(request.standalone, listed)):
            return listed
    if list_margin > -VOTE_TIE and leaning:
        # Leaning to a list, and a list around holds the question as a list asked by its form would:
        # that list ("what do you get with the pet health club?": "…Membership includes:").
        listed = list_answer(request, draft, min_score=HELD_LIST)
        if listed:
            return listed
    if list_margin > -CLEAR and leaning and _answers_with_the_row_name(draft):
        # The answer is the name of the row it cites ("HR" of "Area: Test bay, HR"), none of its values:
        # all its cells are asked ("what ppe for the test bay?": its boots, eye protection, hearing…).
        listed = list_answer(request, draft, rows_only=True)
        if listed and listed.cited[0].id == draft.cited[0].id:
            return listed
    if leaning and _one_of_many(request.standalone, draft):
        return _listed_inline(request, draft)  # "what can't I send back?": all the things its sentence lists
    category = category_answer(request, draft)  # "What counts as a SEV-2?" … "What if it's a partial loss?"
    if category:
        return category
    if asks_what_was_said(request.standalone):  # "What did Le Drian say about the camps?"
        return said_answer(request, draft) or unsure(draft)
    explaining = explains(request.standalone)
    defined = heading_definition(request, draft)  # "what counts as a SEV1?" under the heading "SEV1 - Critical"
    if defined:
        return with_paragraph(request, defined) if explaining else defined
    # A table's cell, its row and column named: a fact, never a reason or a way ("why are its prices…").
    # A cell the question names by its row and column already is: another row's is no better.
    cell = None if explaining or names_its_cell(request.standalone, draft) else \
        cell_answer(request, draft) or field_answer(request, draft)
    quote = " ".join(p.text for p in cell.cited) if cell else ""
    if cell and not measures_otherwise(request.standalone, cell.short_answer or "", quote):
        return cell
    cause = cause_answer(request, draft) or decision_answer(request, draft)
    if cause:  # a reason asked ("why…?") is read with its paragraph, as any other reason is
        return with_paragraph(request, cause) if explaining else cause
    if explaining:
        return section_named(request, draft, embeddings) or with_paragraph(request, draft)
    return draft


# "What if it's just a partial loss…?", "and if nobody can log in?": a case put, after a term was defined.
_CASE_PUT = re.compile(r"^\W*(?:(?:and|so|ok|okay|but)\b[\s,]*)?(?:what|and|but) if\b", re.IGNORECASE)
DEFINITION_TURNS = 3  # turns back that a definition question may lie ("what counts as…?", then "who do I page?")


def _numbered(label: str) -> str:
    """A label with its numbers as "#": "SEV-2" and "SEV-3" are siblings ("sev-#")."""
    return re.sub(r"\d+", "#", normalize(label).lower())


def category_answer(request: AnswerRequest, draft: Draft) -> Optional[Draft]:
    """"What if it's just a partial loss of functionality?" after "What counts as a SEV-2?": the
    case put is answered by the level it falls in, the label its passage stands under ("SEV-3"),
    when that label is a sibling of the term defined before (the same but for its number)."""
    # An "unsure" draft too: unsure of a span of the description, not of which description it is.
    if not (draft.cited and draft.confidence_level != "none" and request.history
            and _CASE_PUT.match(request.standalone)):
        return None
    terms = [defined_term(turn.standalone_question) for turn in reversed(request.history[-DEFINITION_TURNS:])]
    term = next((t for t in terms if t), None)
    label = draft.cited[0].section_name
    if not term or not label or label.lower() == term.lower() or "#" not in _numbered(term) \
            or _numbered(label) != _numbered(term):
        return None
    quote = " ".join(p.text for p in draft.cited)
    return Draft(text=compose(label, quote, len(draft.cited)), answerable=True, cited=draft.cited, short_answer=label,
                 confidence=draft.confidence, confidence_level="sure")


# What a value is ("mileage rate", "booking fee"): the thing asked is the other word, a paraphrase's.
_ATTRIBUTES = frozenset({"rate", "rates", "cost", "costs", "price", "prices", "fee", "fees", "deadline", "time", "date",
                         "charge", "charges"})
# The asker's people ("my sister wants to stay…"): whose case it is, never a topic the documents lack.
_RELATIONS = frozenset("""sister sisters brother brothers mum mom dad mother father parents wife husband son sons
daughter daughters partner friend friends nan gran grandma grandad grandpa grandson granddaughter grandchildren kid
kids child children baby boyfriend girlfriend uncle aunt cousin nephew niece neighbour neighbor flatmate mate
mates""".split())
_ANY_KIND = frozenset({"stuff", "things", "thing", "items", "item", "ones", "kinds", "types", "sorts", "bits", "info",
                       "information", "details", "jobs", "tasks"})
_PLURAL_NOUN = re.compile(r"[^su]s$")  # "formats", "discounts"; not "antivirus", "class"
# A unit of time asked ("which nights…?", "what days…?") is answered by days and times ("Late: Tue, Thu
# 20:00"), which documents rarely name by the unit: no kind the documents must hold.
_TIME_KINDS = frozenset(f"{unit}{s}" for unit in ("day", "night", "evening", "morning", "afternoon", "week", "weekday",
                                                "weekend", "month", "year", "hour", "time", "date") for s in ("", "s"))


def unknown_terms(request: AnswerRequest, with_kind: bool = True) -> list[str]:
    """What the question names that no passage of the collection holds: a name ("Globex"), the
    kind of thing a which/what question asks for ("which antivirus…?"; in the plural, only
    `with_kind`), or two words in a row."""
    if request.knows is None:
        return []
    # "ppe" is known where a retrieved passage spells it out ("personal protective equipment"): read
    # only for a word the collection lacks.
    spelled = cache(lambda: set().union(*(spelled_out(c.passage.text) for c in request.candidates)))
    written = capitals(request.standalone)

    def lacking(text: str) -> bool:
        stems = tokens_for_index(text)  # contractions are stopwords ("doesn't", "youre")
        return bool(stems) and not any(request.knows(t) or abbreviates(t, spelled(), written) for t in stems)

    # Where or when, last in the question ("the hotel limit in berlin?", "…in oct 2026"), capitals or
    # not; "in advance does…" goes on: an idiom, not a place.
    places = re.findall(r"\b(?:in|at)\s+([a-z][\w'-]+)(?=\s*(?:\d[\d,]*\s*)?(?:[?.!,]|$))",
                        normalize(request.standalone).strip().lower())
    kind = asked_kind(request.standalone)
    # "what stuff does the warranty not cover?": no kind named
    kind = None if kind in _ANY_KIND | _TIME_KINDS or not with_kind and _PLURAL_NOUN.search(kind or "") else kind
    terms = [*names(request.standalone), *([kind] if kind else []), *places]
    # Two words in a row that no passage has ("the office christmas party"): a topic the documents lack.
    # Within a phrase (not across its commas), the question's tag and the words asking whether it
    # changes left out ("…15 mins, right?", "is it getting longer? someone said so").
    pairs = []
    for phrase in re.split(r"[,;:?!]", without_asking(claim(normalize(request.standalone))).lower()):
        words = re.findall(r"[\w'-]+", phrase)
        missing = [lacking(w) for w in words]
        # A figure is the asker's own ("a £700 op bill"), not a topic's word.
        pairs += [f"{a} {b}" for a, b, x, y in zip(words, words[1:], missing, missing[1:])
                  if x and y and not (_ATTRIBUTES | _RELATIONS) & {a, b} and not re.search(r"\d", a + b)]
    return [t for t in terms if lacking(t)] + pairs


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


# A month asked as a period ("in july", "for sept"), not a range ("jul-sep") nor a day ("by 5 march").
_MONTH_ASKED = re.compile(rf"\b(?:in|during|for)\s+({MONTH_WORD})\b(?!\s*(?:[-–/]|to\b|\d{{1,2}}\b))")
# Said: a month's capitalised name ("in July", "the figure for July"; not "5 August", nor "staff may…").
_MONTH_PERIOD = re.compile(r"(?<!\d)(?<!\d )\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\b"
                           r"(?!\s+\d{1,2}\b(?!\d))")


def _months(pattern: re.Pattern, text: str) -> set[str]:
    return {name[:3].lower() for name in pattern.findall(text)}


def another_qualifier(question: str, said: str) -> bool:
    """Whether the question's year, month or code ("2028", "in july", "A3") is missing from what the
    answer's sentences say (with their headings and document's name) while they name another of its
    kind ("2027", "in August", "A4"): the figure of another year, month or grade, not the one asked.
    (A month only as a period on both sides: "the nov board" names its minutes' month, "until april"
    the month after the answer's "31 March", "the minutes of 5 August" a day.)"""
    asked, have = question.lower(), said.lower()
    wanted, found = set(_YEAR.findall(asked)), set(_YEAR.findall(have))
    if wanted and found and not wanted & found:
        return True
    wanted = _months(_MONTH_ASKED, asked)
    periods = _months(_MONTH_PERIOD, said)
    if wanted and periods and not wanted & periods:
        return True
    found = set(CODE.findall(have))
    return any((prefix, number) not in found and any(p == prefix for p, _ in found)
               for prefix, number in CODE.findall(asked))


def _phrase_tokens(text: str) -> list[str]:
    """The text's tokens, a table row's column names and cells apart: "Shift: Night" says no "shift
    night" (a stopword between them makes no pair of modifier and head)."""
    cells = row_cells(text)
    if not cells:
        return tokens(text)
    return [t for column, cell in cells for t in (*tokens(column), "the", *tokens(cell), "the")]


def near_miss(request: AnswerRequest, cited: list[Passage]) -> bool:
    """Whether the answer's sentences speak of another kind of the thing asked, one the documents
    name elsewhere: "annual leave" asked (and said in another sentence), "study leave" said. Or
    of another site: "at Harfield" asked, a sentence that names no Harfield (nor do its headings
    or the sentences beside it). A pair the documents never say ("bank holidays" for "public
    holiday") is the asker's paraphrase, not a near miss."""
    if not cited or request.knows is None:
        return False
    question = claim(normalize(request.standalone).strip()).replace("-", " ")
    q = tokens(question)
    named = names(question)
    own = " ".join(in_context(p) for p in cited).replace("-", " ")
    s = [t for p in cited for t in _phrase_tokens(p.text.replace("-", " "))]
    pairs = other_kind(q, s, {stem(t) for t in q}, {stem(t) for t in tokens(own)}, frozenset(named))
    # A table's row is of the kind its first cell names ("Role: Duty Manager"): a "branch" in another
    # of its cells ("…at any branch") does not make it the branch manager's.
    rows = [replace(p, text=cell.split(":", 1)[-1]) for p in cited if (cell := first_cell(p.text))]
    if rows:
        kinds = " ".join(in_context(p) for p in rows).replace("-", " ")
        pairs += other_kind(q, tokens(" ".join(p.text for p in rows).replace("-", " ")), {stem(t) for t in q},
                            {stem(t) for t in tokens(kinds)}, frozenset(named))
    # What is asked ("what colour lanyard") is no kind (nor is a number: other_kind leaves those out).
    asked = re.match(r"^\W*(?:what|which)\s+(?:(?:kind|type|sort)\s+of\s+)?([a-z][\w-]*)", question.lower())
    attribute = stem(asked.group(1)) if asked else None
    if any(request.knows(f"{a} {b}") for a, b in pairs if a != attribute) or another_qualifier(question, own):
        return True
    around = own + " " + " ".join(n.text for p in cited for n in (request.neighbours(p) if request.neighbours else []))
    have = {stem(t) for t in tokens(around.replace("-", " "))}
    # "at Harfield": a site the answer must be about; "in England" is as often the asker's context.
    places = re.findall(r"\bat\s+([A-Z][\w'-]+)", normalize(request.standalone))
    return any(stem(place.lower()) not in have and request.knows(stem(place.lower())) for place in places)


def _leads_in(question: str, draft: Draft) -> bool:
    """Whether the answer's passage ends with a lead-in (a colon), unless a sentence before it holds
    the short answer of the kind asked ("three hours" for "how long does the emergency lighting
    last?" in "Emergency lighting runs for three hours. If the power goes off:")."""
    text = draft.cited[0].text.rstrip() if draft.cited else ""
    if not text.endswith(":"):
        return False
    last = max(text.rfind(". "), text.rfind("? "), text.rfind("! "))
    short = draft.short_answer or ""
    return not (short and last > 0 and short in text[:last + 1] and answer_type(question) is not None)


def _answers_with_the_row_name(draft: Draft) -> bool:
    """Whether the short answer is (in) the first cell of the table row it cites: the row's name."""
    cell = first_cell(draft.cited[0].text) if draft.answerable and draft.cited and draft.short_answer else None
    return bool(cell) and normalize(draft.short_answer).lower() in normalize(cell.partition(":")[2]).lower()


def _lead_names(question: str, listed: Draft) -> bool:
    """Whether the list's lead-in ("A sample label shows:") holds every content word of the question."""
    asked = set(tokens_for_index(question))
    return bool(asked) and asked <= set(tokens_for_index(listed.text.split("\n", 1)[0]))


def _is_an_item(draft: Draft) -> bool:
    """Whether the short answer is a marked list item, or its label ("Authority to make decisions: …")."""
    if not (draft.answerable and draft.short_answer and draft.cited and draft.cited[0].item):
        return False
    label = draft.cited[0].text.partition(": ")[0]
    def bare(text: str) -> str:
        return normalize(text).strip(" .;,:()\"'“”").lower()  # the reader's span leaves a closing ")" out
    return bare(draft.short_answer) in (bare(label), bare(draft.cited[0].text))


# A way to do something: "how do I run a hydrostatic test?", "what's the process for…".
_ASKS_A_WAY = re.compile(r"^(?:(?:and|so|ok|okay|but)\b[\s,]*)?(?:how (?:do|can|should|would|could) (?:i|we|you)\b|"
                         r"how to\b|what (?:do|should|must) (?:i|we) do\b|what(?:'s| is) the (?:process|procedure)\b)",
                         re.IGNORECASE)


def _is_a_step(question: str, draft: Draft) -> bool:
    """Whether a way is asked and the answer is a marked item (a step) of a list."""
    return bool(draft.answerable and draft.cited and draft.cited[0].item and _ASKS_A_WAY.match(question.strip()))


# A reason, a way, a consequence or what a thing is: answered by sentences, not by a phrase alone.
_EXPLAINS = re.compile(r"^(?:(?:and|so|ok|okay|but)\b[\s,]*)?(?:why\b|how (?:do|does|did|can|could|should|would|"
                       r"is|are|was|were|to)\b|what (?:if|happens|happened|should|would)\b|"
                       r"what (?:do|can|must) (?:i|we|you) do\b|what(?:'s| is| was) "
                       r"(?:the (?:point|purpose|reason|process)\b|an? ))", re.IGNORECASE)
_LAST_CLAUSE = re.compile(r"[,.!;]\s+|\s[-–—]\s")
MIN_CAUSE_SUPPORT = 0.5  # the share of what the question names that a cause's sentence (and headings) must hold
PARAGRAPH = 2  # sentences of the paragraph before and after the answer's that an explanation cites too


def explains(question: str) -> bool:
    """Whether the question asks for a reason, a way, a consequence or a definition, at its start or
    after a statement of the case ("left my phone on a bus, how do i get it back")."""
    text = normalize(question).strip().replace("’", "'")
    return any(_EXPLAINS.match(clause.strip()) for clause in (text, _LAST_CLAUSE.split(text)[-1]))


def _beside(request: AnswerRequest, first: Passage, last: Passage, window: int,
            belongs: Callable[[Passage], bool]) -> list[Passage]:
    """The sentences within `window` of `first` or `last` that belong with them (no heading), in order."""
    around = request.neighbours(last, window=window) + \
        (request.neighbours(first, window=window) if first.id != last.id else [])
    return sorted({p.id: p for p in around if belongs(p) and not p.heading}.values(), key=lambda p: p.ordinal)


def _split(members: list[Passage], first: Passage, last: Passage) -> tuple[list[Passage], list[Passage]]:
    return [p for p in members if p.ordinal < first.ordinal], [p for p in members if p.ordinal > last.ordinal]


def _paragraph_beside(request: AnswerRequest, first: Passage, last: Passage) -> tuple[list[Passage], list[Passage]]:
    """The sentences of the paragraph (up to PARAGRAPH each side) before `first` and after `last`."""
    return _split(_beside(request, first, last, PARAGRAPH, lambda p: p.line_start == last.line_start), first, last)


_WHY = re.compile(r"^(?:(?:and|so|ok|okay|but)\b[\s,]*)?why\b", re.IGNORECASE)
MAX_SECTION = 10  # sentences of a section that a way or a consequence is answered with whole


def _section_beside(request: AnswerRequest, first: Passage, last: Passage) -> tuple[list[Passage], list[Passage]]:
    """The other sentences of the answer's section (under the same headings, in the same document),
    when it has at most MAX_SECTION: a way or a consequence is its steps, not one of them."""
    if not first.section or first.section != last.section:
        return [], []
    return _split(_section_of(request, first, last), first, last)


def _section_of(request: AnswerRequest, first: Passage, last: Passage) -> list[Passage]:
    """The sentences of the section `first` to `last` lie in (same document, same headings), in order;
    [] when it has more than MAX_SECTION."""
    members = _beside(request, first, last, MAX_SECTION,
                      lambda p: p.source == first.source and p.section == first.section)
    # The window reaches past MAX_SECTION each side: it holds all of a shorter section.
    return [] if len(members) > MAX_SECTION else members


HEADING_MATCH = 0.6  # cosine of a way asked to a heading that asks it too ("My pump has failed. What should I do?")
HEADING_MARGIN = 0.1  # ...clearly above every other heading over the retrieved sentences
_DEFINES = re.compile(r"^\W*what(?:'s| is| was)\b", re.IGNORECASE)
_HEADING_VECTORS: dict[tuple[int, str], np.ndarray] = {}  # (embeddings, heading) -> unit vector, embedded once


def section_named(request: AnswerRequest, draft: Draft, embeddings: Embeddings) -> Optional[Draft]:
    """A way or a case asked ("how do i go about sending a faulty pump back") whose words the
    section's heading says in its own ("My pump has failed. What should I do?", an FAQ's question):
    that section, whole when short, quoted and cited, when the answer's sentence lies elsewhere. The
    headings are those over the retrieved sentences; the one the question is clearly nearest."""
    question = normalize(request.standalone).strip()
    if _WHY.match(question) or _DEFINES.match(question) or request.neighbours is None:
        return None
    sections: dict[tuple[str, str], Passage] = {}
    for candidate in request.candidates:
        if candidate.passage.section and not candidate.passage.heading:
            sections.setdefault((candidate.passage.source, candidate.passage.section), candidate.passage)
    if not sections:
        return None
    headings = [p.section_name for p in sections.values()]
    vectors = _heading_vectors(embeddings, headings)
    query = normalized(np.asarray(embeddings.embed_query(question), dtype=np.float32))
    cosines = sorted(((float(vectors[h] @ query), k) for k, h in enumerate(headings)), reverse=True)
    best, k = cosines[0]
    runner_up = max((c for c, j in cosines[1:] if headings[j] != headings[k]), default=0.0)
    if best < HEADING_MATCH or best - runner_up < HEADING_MARGIN:
        return None
    member = list(sections.values())[k]
    if draft.cited and all(p.source == member.source and p.section == member.section for p in draft.cited):
        return None  # the answer is in it already: its section is quoted around it (with_paragraph)
    members = _section_of(request, member, member)
    if not members:
        return None
    quote = " ".join(p.text for p in members)
    return Draft(text=compose(None, quote, len(members)), answerable=True, cited=members,
                 confidence=max(draft.confidence, round(best, 3)), confidence_level="sure")


def _heading_vectors(embeddings: Embeddings, headings: list[str]) -> dict[str, np.ndarray]:
    """Each heading's unit vector by this embedding model: embedded once, then kept (headings do not
    change between questions; a thread clearing the store of them leaves this call's own)."""
    found = {h: _HEADING_VECTORS.get((id(embeddings), h)) for h in dict.fromkeys(headings)}
    missing = [h for h, vector in found.items() if vector is None]
    if missing:
        if len(_HEADING_VECTORS) > 4096:
            _HEADING_VECTORS.clear()
        for h, vector in zip(missing, normalized(np.asarray(embeddings.embed_documents(missing)))):
            found[h] = _HEADING_VECTORS[(id(embeddings), h)] = vector
    return found


def with_paragraph(request: AnswerRequest, draft: Draft) -> Draft:
    """The draft with the rest of its sentence's paragraph (up to PARAGRAPH sentences each side)
    quoted and cited: a reason is often the sentence before ("…made generic. For your own, be
    specific."), a step runs on into the next ("…must include a signed letter of intent"). A way or
    a consequence asked ("how do I…", "what happens if…") is answered by its whole section when short."""
    if not draft.cited or request.neighbours is None:
        return draft
    why = bool(_WHY.match(normalize(request.standalone).strip()))
    # Unsure, the closest sentence is quoted with its paragraph only: a whole section of a near miss is noise.
    before, after = ([], []) if not draft.answerable or why else \
        _section_beside(request, draft.cited[0], draft.cited[-1])
    if not before and not after:
        before, after = _paragraph_beside(request, draft.cited[0], draft.cited[-1])
    if draft.answerable and why and _DECISION.search(draft.cited[0].text):
        before = _discussed(request, draft.cited[0]) + before  # why it was decided: what was said before it
    if not before and not after:
        return draft
    cited = before + draft.cited + after
    if not draft.answerable:
        return _quoted(cited, draft.confidence)
    # A phrase read in the heading above ("Process") says nothing of how: then the sentences alone.
    quote = " ".join(p.text for p in cited)
    short = draft.short_answer if draft.short_answer and draft.short_answer in quote else None
    return Draft(text=compose(short, quote, len(cited)), answerable=True, cited=cited,
                 short_answer=short, confidence=draft.confidence,
                 confidence_level=draft.confidence_level)


# A meeting's decision ("The meeting agreed that…", "It was decided…"): its reasons are what was said before it.
DISCUSSION = 6  # sentences of the discussion before a decision that say why it was taken
_DECISION = re.compile(r"\b(?:agreed|decided|approved|resolved)\b", re.IGNORECASE)


def _discussed(request: AnswerRequest, decision: Passage) -> list[Passage]:
    """The paragraph before a decision's, under the same heading: the discussion it was decided on."""
    earlier = [p for p in request.neighbours(decision, window=DISCUSSION) if p.ordinal < decision.ordinal
               and p.source == decision.source and p.section == decision.section and not p.heading
               and p.line_start != decision.line_start]
    last_line = max((p.line_start for p in earlier), default=None)
    return sorted((p for p in earlier if p.line_start == last_line), key=lambda p: p.ordinal)[-DISCUSSION:]


def _one_of_many(question: str, draft: Draft) -> bool:
    """Whether the short answer is one of three or more things its sentence lists in its run, and the
    question names none of them: a list asked without a list's form ("what can't I send back?" over
    "Built-to-order items, special materials and opened seal kits cannot be returned")."""
    sentence = draft.cited[0] if draft.answerable and draft.short_answer and draft.cited else None
    items = inline_items(sentence.text) if sentence and not sentence.item and not is_row(sentence.text) else []
    short = normalize(draft.short_answer or "").lower()
    if not items or re.search(r"\d", short) or answer_type(question) is not None:
        return False  # a figure ("01632 960 510"), a person or an amount asked is one fact, even in a list

    def is_item(k: int) -> bool:  # the first part holds the lead-in: the item ends it; or the short holds items
        part = normalize(items[k]).lower()
        return short in part and (part.endswith(short) if k == 0 else len(short.split()) >= 0.6 * len(part.split())) \
            or k > 0 and part in short
    if not any(is_item(k) for k in range(len(items))):
        return False
    asked = set(content_stems(question))  # the first and last parts hold what is said of them all
    return not any(asked & set(content_stems(item)) for item in items[1:-1])


def _listed_inline(request: AnswerRequest, draft: Draft) -> Draft:
    """A list asked, no list around, and the answer's sentence lists things in its run: the sentences
    after it in its paragraph too, a line each, as they often go on with more ("…physical, emotional,
    sexual or neglect. For adults it also includes…"); a list's answer is as long as its items, as
    list_answer's is. The reader's short answer stands (a list asked by its form may want one thing:
    "Who did Rollo sign the treaty with?")."""
    if not (draft.answerable and draft.cited and inline_items(draft.cited[0].text)) or request.neighbours is None:
        return draft
    first = draft.cited[0]
    _, after = _paragraph_beside(request, first, first)
    if not after:
        return draft
    short = draft.short_answer
    # The sentence is the list: quoted whole (to twice an answer's length), not cut as a fact's quote is.
    whole = window(first.text, None, 2 * MAX_ANSWER_CHARS)
    lines = [f"{short} [1] — “{whole}”" if short else f"{whole} [1]"]
    lines += [f"{window(p.text, None, MAX_ANSWER_CHARS)} [{n}]" for n, p in enumerate(after, 2)]
    return Draft(text="\n".join(lines), answerable=True, cited=[first, *after], short_answer=short,
                 confidence=draft.confidence, confidence_level=draft.confidence_level)


def _listing_sentence(request: AnswerRequest, draft: Draft) -> Draft:
    """A list asked, no list around that holds it, and the answer an item of another list: the
    retrieved sentence that lists things in its run and holds the question (with its headings) at
    least as well, the whole sentence its answer ("what pe kit does my son need?": not "Optional PE
    training top: £19.00" of the uniform's price list, but "A navy PE polo shirt…, plain navy
    shorts…, navy sports socks…" under "What does my child need for PE?"). A sentence of prose or a
    table's row the answerer chose stands: another sentence's list is no better answer to it, and a
    row's cell may be the list itself ("Online courses: Chemical safety, Biosafety…")."""
    if not (draft.answerable and draft.cited and draft.cited[0].item) or is_row(draft.cited[0].text):
        return draft

    def held(p: Passage) -> float:
        return support(request.standalone, in_context(p), request.term_weight)
    listing = [p for p in candidate_sentences(request, [], headings=False)
               if not p.item and not is_row(p.text) and inline_items(p.text)]
    best = max(listing, key=held, default=None)
    if best is None or held(best) < max(held(draft.cited[0]), LISTING_SUPPORT):
        return draft
    return Draft(text=best.text, answerable=True, cited=[best], short_answer=None, confidence=draft.confidence,
                 confidence_level=draft.confidence_level)


LISTING_SUPPORT = 0.3  # the share of the question a sentence that lists things must hold to answer a list


_ASKS_CAUSE = re.compile(r"^\W*(?:(?:and|so|ok|okay|but)\b[\s,]*)*(?:what (?:caused|causes|triggered|led to|was "
                         r"behind)|what (?:was|is|were|are) the (?:root |main )?causes?\b)", re.IGNORECASE)
_CAUSE_CUE = re.compile(r"\b(?:root cause (?:was|is)|caused by|because of|because|due to|as a result of|(?:the|its) "
                        r"(?:main )?(?:reason|cause) (?:was|is)|triggered by|put (?:it |this |that )?down to|"
                        r"owing to)\s+", re.IGNORECASE)
_CAUSE_WORDS = re.compile(r"\b(?:what|why|caused|causes|cause|triggered|led to|was behind|root|main)\b", re.IGNORECASE)
CAUSE_REACH = 3  # sentences around the answer's that may state its cause ("The root cause was…" follows the event)


def cause_answer(request: AnswerRequest, draft: Draft) -> Optional[Draft]:
    """"What caused the outage?", "why did it go down?": the sentence that states a cause ("The root cause was…", "…due
    to…") of what the question names (read with its headings), near the answer's sentence or
    retrieved; its short answer what follows the cue. None when the question asks no cause, or no
    such sentence holds most of it."""
    if not (_ASKS_CAUSE.match(normalize(request.standalone)) or _WHY.match(normalize(request.standalone).strip())):
        return None  # "why did loans fall at Oldfield?" asks its cause too
    topic = _CAUSE_WORDS.sub(" ", request.standalone)
    near = [p for seed in draft.cited[:1] for p in (request.neighbours(seed, window=CAUSE_REACH)
                                                      if request.neighbours else [])]
    scored = [(support(topic, in_context(p), request.term_weight), p)
              for p in candidate_sentences(request, [*draft.cited, *near], headings=False) if _CAUSE_CUE.search(p.text)]
    value, sentence = max(scored, key=lambda s: s[0], default=(0.0, None))
    if sentence is None or value < MIN_CAUSE_SUPPORT:
        return None
    cue = _CAUSE_CUE.search(sentence.text)
    short = re.split(r"[,;:.!?](?:\s|$)|\s[–—-]\s", sentence.text[cue.end():])[0].strip()
    if not short or len(short) > MAX_CHARS:
        return None
    return Draft(text=compose(short, sentence.text), answerable=True, cited=[sentence], short_answer=short,
                 confidence=max(draft.confidence, round(value, 3)))


_ASKS_DECISION = re.compile(r"\b(?:decided?|decides|decision|agreed?|agrees|resolved?|concluded?)\b", re.IGNORECASE)
_DECISIONS = re.compile(r"\b(?:decisions?|decided|agreed|agreements?|resolutions?|resolved|outcomes?|conclusions?)\b",
                        re.IGNORECASE)


def decision_answer(request: AnswerRequest, draft: Draft) -> Optional[Draft]:
    """"What did the committee agree about scanner batteries?": the sentence under the minutes'
    Decisions (Agreed, Resolutions…) heading that holds most of what the question names, not a
    sentence of the discussion before it. None when no such sentence holds most of it."""
    if not _ASKS_DECISION.search(request.standalone):
        return None
    topic = _ASKS_DECISION.sub(" ", request.standalone)
    decided = [(support(topic, p.text, request.term_weight), p) for p in candidate_sentences(request, draft.cited,
                                                                                              headings=False)
               if _DECISIONS.search(p.section or "")]
    value, sentence = max(decided, key=lambda s: s[0], default=(0.0, None))
    if sentence is None or value < MIN_CAUSE_SUPPORT or draft.cited[:1] == [sentence]:
        return None
    return Draft(text=compose(None, sentence.text), answerable=True, cited=[sentence], short_answer=sentence.text,
                 confidence=max(draft.confidence, round(value, 3)))


def _unsure_of_yes_no(request: AnswerRequest, draft: Draft, evidence: list[Passage]) -> Draft:
    """The unsure reply to a yes/no question no sentence answers: the statement closest to it quoted
    (`closest_statement`), not the answerer's, which was chosen for a short fact ("Matters arising: the
    three Seatwise ticket machines…" for "can i still get my money back?"); a refusal stays one unless
    it is near."""
    found = closest_statement(request, evidence)
    quoted = draft.answerable or draft.confidence_level == "unsure"  # the answerer's reply quotes a passage
    if found is None or not (quoted or found[1]):
        return unsure(draft)
    return _quoted([found[0]], draft.confidence)


def unsure(draft: Draft) -> Draft:
    """An answered draft demoted to "unsure": its cited passages quoted, nothing asserted."""
    return _quoted(draft.cited, draft.confidence) if draft.answerable else draft


def _quoted(cited: list[Passage], confidence: float) -> Draft:
    """The "unsure" reply: these passages quoted, nothing asserted."""
    cited = by_document(cited)
    return Draft(text=closest(cited), answerable=False, cited=cited,
                 confidence=confidence, confidence_level="unsure")
