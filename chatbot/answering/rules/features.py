"""The evidence the extractive rules weigh for each candidate sentence: how much of the question it
covers (weighted by how rare each word is), whether it holds the kind of answer asked for, and the
signs of a question it cannot answer (missing names, numbers or negation, an opposite word...)."""
from __future__ import annotations

import re

from chatbot.text import STOPWORDS, content_stems, lead, normalize, stem, stem_set, words
from chatbot.text.questions import Question
from chatbot.answering.base import AnswerRequest
from chatbot.answering.rules.bands import fit as band_fit, held as band_holds
from chatbot.answering.rules.phrases import DATE, NUMBER, name_candidates, outside_question

REFERS_BACK = re.compile(r"\b(he|she|they|it|his|her|their|its)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|never|no|none|nothing|neither|nor|without|cannot|n't)\b|n't\b", re.IGNORECASE)
_SPECIFIC = re.compile(r"\b\d[\d,.]*\b")

# Common opposites: a question that asks about the opposite of what the passage says (SQuAD 2.0's
# "antonym" unanswerables: "the smallest" over a passage about "the largest").
_OPPOSITES = [("largest", "smallest"), ("biggest", "smallest"), ("most", "least"), ("more", "less"),
              ("more", "fewer"), ("highest", "lowest"), ("high", "low"), ("higher", "lower"), ("first", "last"),
              ("before", "after"), ("earliest", "latest"), ("early", "late"), ("increase", "decrease"),
              ("rise", "fall"), ("gain", "loss"), ("win", "lose"), ("won", "lost"), ("major", "minor"),
              ("north", "south"), ("east", "west"), ("northern", "southern"), ("eastern", "western"),
              ("old", "new"), ("older", "newer"), ("oldest", "newest"), ("older", "younger"), ("oldest", "youngest"),
              ("begin", "end"), ("began", "ended"), ("start", "end"), ("accept", "reject"), ("allow", "forbid"),
              ("strong", "weak"), ("success", "failure"), ("successful", "unsuccessful"), ("public", "private"),
              ("inside", "outside"), ("above", "below"), ("upper", "lower"), ("maximum", "minimum"),
              ("long", "short"), ("longest", "shortest"), ("rich", "poor"), ("wealthy", "poor"), ("best", "worst"),
              ("better", "worse"), ("open", "closed"), ("legal", "illegal"), ("same", "different"),
              ("agree", "disagree"), ("support", "oppose"), ("include", "exclude"), ("import", "export"),
              ("buy", "sell"), ("bought", "sold"), ("enter", "leave"), ("positive", "negative"),
              ("common", "rare"), ("modern", "ancient"), ("fast", "slow"), ("cheap", "expensive"), ("heavy", "light")]
_OPPOSITE: dict[str, set[str]] = {}
for _a, _b in _OPPOSITES:
    _OPPOSITE.setdefault(_a, set()).add(_b)
    _OPPOSITE.setdefault(_b, set()).add(_a)


def _passage_stems(text: str) -> frozenset[str]:
    return stem_set(text)


def coverage(question: Question, text: str, weight, previous: str = "") -> float:
    """Weighted share of the question's units found in text; names count in full only when whole.

    A passage that refers back with a pronoun ('he said') may take its names from the passage
    before it, at a discount."""
    if not question.units:
        return 0.0
    if previous and REFERS_BACK.search(text):
        with_previous = coverage(question, previous + " " + text, weight)
        return max(coverage(question, text, weight), 0.9 * with_previous)
    stems = _passage_stems(text)
    lower = normalize(text).lower()
    total = got = 0.0
    for surface, unit_stems in question.units:
        w = max(weight(s) for s in unit_stems)
        total += w
        if len(unit_stems) == 1:
            got += w if unit_stems[0] in stems or _acronym_in(surface, text) else 0.0
        elif surface.lower() in lower:
            got += w
        else:
            got += 0.5 * w * sum(s in stems for s in unit_stems) / len(unit_stems)
    return got / total if total else 0.0


def _acronym_in(surface: str, text: str) -> bool:
    """'US' matches 'United States' and 'U.S.'; 'UN' matches 'United Nations'."""
    letters = surface.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
        return False
    if ".".join(letters) + "." in text or re.search(rf"\b[A-Z]*{letters}[A-Z]*\b", text):
        return True
    pattern = r"\b" + r"\w*\s+(?:of\s+|the\s+|and\s+)?".join(letters) + r"\w*"
    return re.search(pattern, text) is not None


def _type_found(question: Question, text: str) -> float:
    """Does the passage hold something of the kind asked for (a number for 'how many'...)?"""
    if question.kind == "number":
        return float(any(outside_question(question, m.group(0)) for m in NUMBER.finditer(text) if m.group(0).strip()))
    if question.kind == "date":
        return float(any(outside_question(question, m.group(0)) for m in DATE.finditer(text) if m.group(0).strip()))
    if question.kind in {"person", "place"}:
        return float(bool(name_candidates(question, text)))
    if question.kind == "definition" and question.subject:
        # 'Who is X?' needs X itself, as a phrase, not just its words scattered around.
        subject = re.sub(r"^(the|a|an)\s+", "", normalize(question.subject).lower())
        return float(subject in normalize(text).lower())
    return 1.0


def _missing(question: Question, text: str, weight, max_weight: float) -> tuple[float, float]:
    """(share of the question's names absent from text, heaviest absent term relative to the rarest)."""
    stems = _passage_stems(text)
    lower = normalize(text).lower()
    names = missing_names = 0
    heaviest = 0.0
    for surface, unit_stems in question.units:
        is_name = len(unit_stems) > 1 or surface[:1].isupper()
        if len(unit_stems) == 1:
            found = unit_stems[0] in stems or _acronym_in(surface, text)
        else:
            found = surface.lower() in lower or all(s in stems for s in unit_stems)
        names += is_name
        if not found:
            missing_names += is_name
            heaviest = max(heaviest, max(weight(s) for s in unit_stems) / max_weight)
    return (missing_names / names if names else 0.0), heaviest


def _negation_unmatched(question: Question, text: str) -> float:
    """A negated question ('Who did not ...?') over a passage that negates nothing: often unanswerable."""
    return float(bool(_NEGATION.search(question.text)) and not _NEGATION.search(normalize(text)))


def _specifics_missing(question: Question, text: str) -> float:
    """Share of the question's numbers and years that the passage does not contain."""
    wanted = {m.group(0).rstrip(".,") for m in _SPECIFIC.finditer(question.text)}
    if not wanted:
        return 0.0
    have = {m.group(0).rstrip(".,") for m in _SPECIFIC.finditer(normalize(text))} | band_holds(question.text, text)
    return len(wanted - have) / len(wanted)


def _opposite_found(question: Question, text: str) -> float:
    """The passage has the opposite of a question word, and not the word itself."""
    passage = {w.lower() for w, _, _ in words(text)}
    for w, _, _ in words(question.text):
        w = w.lower()
        if w in _OPPOSITE and w not in passage and _OPPOSITE[w] & passage:
            return 1.0
    return 0.0


def _count_noun_missing(question: Question, text: str) -> float:
    """'How many strikes...?' wants a number that counts strikes ('2,500 air strikes'), not any number
    ('hundreds of thousands of refugees' does not answer 'how many people live...')."""
    if question.kind != "number":
        return 0.0
    m = re.search(r"\bhow many\s+([a-z]+)(?:\s+([a-z]+))?", normalize(question.text).lower())
    if not m:
        return 0.0
    # The counted noun: the word after "how many", or the one after that when the first looks like a
    # modifier rather than a plural noun ('how many French warplanes', 'how many air strikes').
    nouns = {stem(m.group(1))} | ({stem(m.group(2))} if m.group(2) and not m.group(1).endswith("s") else set())
    tokens = words(text)
    for number in NUMBER.finditer(text):
        following = [stem(w) for w, start, _ in tokens if start >= number.end() and w.lower() not in STOPWORDS][:2]
        if nouns & set(following):
            return 0.0
    return 1.0


def _unmatched_share(question: Question, text: str) -> float:
    """Unweighted share of the question's units absent from text (rare-word weighting aside)."""
    if not question.units:
        return 0.0
    stems = _passage_stems(text)
    lower = normalize(text).lower()
    missing = sum(not (all(s in stems for s in unit) or surface.lower() in lower) for surface, unit in question.units)
    return missing / len(question.units)


def _proximity(question: Question, text: str) -> float:
    """How tightly the matched question words sit together: matched words / words in their span."""
    tokens = words(text)
    hits = [i for i, (w, _, _) in enumerate(tokens) if w.lower() not in STOPWORDS and stem(w) in question.stems]
    if len(hits) < 2:
        return 0.0
    return len(hits) / (hits[-1] - hits[0] + 1)


def candidate_features(question: Question, request: AnswerRequest, rank: int, cand, max_lexical: float,
                       cited_near: set[str], cited_last: set[str] = frozenset(),
                       alignment: tuple[float, float] = (0.0, 0.0)) -> dict[str, float]:
    """The features of one retrieved candidate (its rank among them, its soft alignment given)."""
    weight = request.term_weight or (lambda s: 1.0)
    max_weight = max(weight("\x00unseen"), 1e-6)
    text = cand.passage.text
    around = request.neighbours(cand.passage) if request.neighbours else [cand.passage]
    window = " ".join(p.text for p in around)
    heading, led = cand.passage.section_name, lead(text)
    if heading and heading not in window and led and set(content_stems(led[0])) <= set(content_stems(question.text)):
        # The item the question names ("…assembly point at millbrook?") stands under its list's heading
        # ("Assembly points"), however far down the list it is.
        window = heading + " " + window
    previous = next((p.text for p in around if p.ordinal == cand.passage.ordinal - 1), "")
    names_missing, heaviest_missing = _missing(question, window, weight, max_weight)
    context = {c.lower() for c in request.context_terms}
    return {
        "dense": max(cand.dense, 0.0),
        "coverage": coverage(question, text, weight, previous),
        "window_coverage": coverage(question, window, weight),
        "type_found": _type_found(question, text),
        "rank": 1.0 / (rank + 1),
        "lexical": cand.lexical / max_lexical if max_lexical > 0 else 0.0,
        "names_missing": names_missing,
        "heaviest_missing": heaviest_missing,
        "context": float(bool(context) and any(c in text.lower() for c in context)
                         or cand.passage.id in cited_near),
        "repeat": float(cand.passage.id in cited_last),
        "negation_unmatched": _negation_unmatched(question, window),
        "specifics_missing": _specifics_missing(question, window),
        "unmatched": _unmatched_share(question, text),
        "proximity": _proximity(question, text),
        "opposite": _opposite_found(question, text),
        "count_noun_missing": _count_noun_missing(question, window),
        "band": band_fit(question.text, text),
        "align_mean": alignment[0],
        "align_min": alignment[1],
    }


def linear(weights: dict[str, float], features: dict[str, float]) -> float:
    """A linear model's score: bias + the weighted features (a missing feature counts 0)."""
    return weights.get("bias", 0.0) + sum(w * features.get(name, 0.0) for name, w in weights.items() if name != "bias")
