"""Yes/no answers: "Yes — <sentence> [1]" or "No — <sentence> [1]", from the sentence that best
holds the question's claim, checked against it.

The claim is verified, not matched: the sentence answers "no" when it negates what the question
asks (a "not", "never", "won't" near the question's words, and the question not negated itself),
denies it ("Selling leave back is not possible", "The request to add X is rejected"), contrasts
it ("distinct", "separate", "only B" when the question asks about A), puts a comparison
before the question's own term ("above SEV-3" for "a SEV-3?"), reverses a comparison ("A more
important than B" for "is B more than A?"), gives another kind of the same thing ("economy class"
for "business class?") or other numbers of the same measure; in a table's row, when the cell under
a column the question names says no ("Holidays: closed") or names other days than the one asked.
After a "but", the clause that says what is asked decides. Otherwise the sentence supports it: "yes".
A sentence that holds too little of the question, or states its relation with the roles swapped
("B is part of C" for "is A part of B?"), is no evidence: the reply is "unsure".
"""
from __future__ import annotations

import re
from itertools import takewhile
from pathlib import Path
from typing import Callable, Iterable, Optional

from chatbot.answering.base import AnswerRequest
from chatbot.answering.compose import MAX_ANSWER_CHARS, window
from chatbot.answering.rules.bands import compared as band_compared, excluded as band_excludes, held as band_held
from chatbot.answering.rules.phrases import NUMBER
from chatbot.answering.spans import attributed, merely_proposed
from chatbot.text import DETERMINERS, STOPWORDS, WEEKDAYS, before_apostrophe, is_row, normalize, row_cells, stem
from chatbot.text.spelling import is_english
from chatbot.types import Draft, Passage

MIN_SUPPORT = 0.5  # weighted share of the question's content words the sentence must hold
ANSWERED_SUPPORT = 0.25  # the same for the sentence the answerer chose (sure or unsure): it weighed it already
MEANING_SUPPORT = 0.45  # cosine to the question at which a sentence says it in other words (0.40: the same)
SENTENCE_WORDS = 6  # fewer, and a line near the question in meaning is a label, not a statement
SUBJECT_MISSING = 0.8  # a sentence's weight, when it lacks what a yes/no question is asked of
# Words that open a turn of talk, not the question: "so is that still right?", "ok and can I…".
OPENER = re.compile(r"^(?:(?:so|ok|okay|and|but|then|well|oh|hmm|right|hi|hey)\b[,.!]?\s+)+", re.IGNORECASE)
SEEDS = 6  # retrieved sentences considered besides the answerer's own
MEANING_WEIGHT = 2.0  # a cosine's weight beside a share of words, choosing the sentence an unsure reply quotes
NEGATION_SCOPE = 8  # words after a negation that it reaches
PREFIX = 5  # letters two modifiers share when one is another's paraphrase ("referral", "refer-a-friend")
PARAGRAPH_REACH = 4  # sentences back to the start of a paragraph that may open with "Yes."/"No."
LEAD_REACH = 12  # sentences back from a list's item to the line that leads the list in
NEGATIONS = frozenset({"not", "no", "never", "cannot", "none", "nor", "neither", "nothing", "nobody"})
CONTRASTS = frozenset({"distinct", "separate", "different", "independent", "unlike", "instead", "rather",
                       "except", "excluding", "only"})
# Predicates that say no to what their subject asked or proposed.
DENIALS = frozenset({"rejected", "declined", "refused", "denied", "prohibited", "forbidden", "banned", "excluded",
                     "cancelled", "canceled", "postponed", "deferred", "shelved", "vetoed", "withdrawn", "impossible"})
COPULAS = frozenset({"is", "are", "was", "were", "be", "been"})
RELATIVES = frozenset({"that", "which", "who", "whose"})
CONDITIONS = frozenset({"if", "unless", "when", "whenever", "until"})
COMPARATORS = frozenset({"above", "below", "over", "under", "beyond", "exceeding", "more", "less", "fewer",
                         "greater", "higher", "lower"})
# Words that judge rather than name a kind ("the right partner", "the best partner"): another one
# in the sentence is a paraphrase, not another kind of thing.
EVALUATIVE = frozenset({"right", "best", "good", "better", "great", "main", "proper", "suitable", "appropriate",
                        "new", "own", "same", "certain", "particular", "specific", "whole", "full"})
_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_QUESTION_WORDS = frozenset({"is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would",
                             "should", "shall", "may", "might", "must", "has", "have", "had", "i", "we", "our", "my",
                             "too", "also", "get", "allowed", "able",
                             # what the user asks of the answer, not what it is about
                             "list", "enumerate", "please", "pls", "give", "show", "me"})


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalize(text).lower().replace("’", "'"))


def negated(token: str) -> bool:
    return token in NEGATIONS or token.endswith("n't")


# "no more than two dogs", "not later than 18:00": a bound on a figure, not a denial of the clause.
_BOUNDED = frozenset({"more", "less", "fewer", "later", "earlier", "sooner", "longer", "greater", "higher", "lower"})


def negations(ts: list[str]) -> list[int]:
    """The positions of the tokens that negate what follows them: not the "no" of "a no show charge"
    (after an article it begins a noun), of "no more than two" (a bound) nor of "whether or not they
    come" (either way)."""
    return [k for k, t in enumerate(ts) if negated(t) and not (k and ts[k - 1] in {"a", "an", "the"})
            and not (ts[k + 1:k + 2] and ts[k + 1] in _BOUNDED and ts[k + 2:k + 3] == ["than"])
            and ts[max(0, k - 2):k] != ["whether", "or"]]


def content_stems(text: str) -> list[str]:
    """The stems of a text's content words, in order (auxiliaries and pronouns left out)."""
    return [stem(t) for t in tokens(text) if t not in STOPWORDS and t not in _QUESTION_WORDS and not negated(t)]


_TAG = re.compile(r",\s*(?:right|correct|true|yes|yeah|yep|yup|eh|innit|no|isn't it|aren't they|don't they|doesn't it|"
                  r"is that right|is that correct|am i right)\s*\??\s*$", re.IGNORECASE)


def claim(question: str) -> str:
    """The question without a tag that asks to confirm it ("GP appointments are 15 mins, right?")."""
    return _TAG.sub("?", question)


def tagged(question: str) -> bool:
    """Whether the question is a statement with a tag that asks to confirm it ("…, right?")."""
    return bool(_TAG.search(question))


def held_stems(sentence: str) -> set[str]:
    """The sentence's content stems, with the one-word forms of what it writes as two ("food bank",
    "walk-round"): people write "foodbank" and "walkround"."""
    said = tokens(sentence)
    return set(content_stems(sentence)) | {stem(a + b) for a, b in zip(said, said[1:])} \
        | {stem(w.replace("-", "")) for w in said if "-" in w}


def initials(said: list[str]) -> set[str]:
    """The initials of three or four words in a row that end with a content word, no article among
    them, hyphenated ones apart: what "ppe", "rvn" or "ooh" (out-of-hours) may abbreviate (an English
    word, "got" or "she", abbreviates nothing: see `abbreviates`)."""
    parts = [part for t in said for part in t.split("-") if part]
    word = [t.isalpha() and t not in DETERMINERS for t in parts]
    content = [t.isalpha() and t not in STOPWORDS and t not in _QUESTION_WORDS for t in parts]
    return {"".join(w[0] for w in parts[k:k + n]) for n in (3, 4) for k in range(len(parts) - n + 1)
            if content[k + n - 1] and all(word[k:k + n])}


_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")


def spelled_out(text: str) -> set[str]:
    """What a text spells out that a question may abbreviate: the initials of its word runs
    (`initials`), and of two to four capitalised words in a row, a name's ("Scottish Parliament":
    "sp", "Presiding Officer": "po")."""
    found = initials(tokens(text))
    for run in _CAPITALISED_RUN.findall(normalize(text)):
        letters = [w[0].lower() for w in run.split()]
        found |= {"".join(letters[k:k + n]) for n in (2, 3, 4) for k in range(len(letters) - n + 1)}
    return found


def support(question: str, sentence: str, weight: Optional[Callable[[str], float]] = None) -> float:
    """The share of the question's content words (weighted by rarity when known) the sentence holds
    ("walk-round" asked is held by "walkround", "ppe" by "personal protective equipment")."""
    wanted = list(dict.fromkeys(content_stems(claim(question))))
    if not wanted:
        return 0.0
    have = held_stems(sentence)
    held = [s in have or s.replace("-", "") in have for s in wanted]
    if not all(held):  # what the sentence spells out, read only for a word it does not hold
        spelled = spelled_out(sentence)
        written = capitals(question)
        held = [h or abbreviates(s, spelled, written) for s, h in zip(wanted, held)]
    weights = [max(weight(s), 0.1) if weight else 1.0 for s in wanted]
    return sum(w for w, h in zip(weights, held) if h) / sum(weights)


def capitals(question: str) -> frozenset[str]:
    """The question's two-letter words written in capitals ("the SP", "a QI"), lower-cased."""
    return frozenset(w.lower() for w in re.findall(r"\b[A-Z]{2}\b", question))


def abbreviates(word: str, spelled_out: set[str], written: frozenset[str] = frozenset()) -> bool:
    """Whether the word, no English one, is the initials of words in a row of a text (`spelled_out`).
    Two letters, only a name's two words give them ("Scottish Parliament"), and only when the question
    writes them in capitals (`written`: "the SP", not "my 10 yr old"), whatever the word list says."""
    if len(word) == 2:
        return word in written and word in spelled_out
    return word in spelled_out and not is_english(word)


def _negates_asked(question: str, sentence: str) -> bool:
    question = _as_claim(question)
    return _negates_in_clause(tokens(_main_clause(question)), sentence, {stem(t) for t in tokens(question)})


_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;:]*[,;:]", re.IGNORECASE)


def _negates_in_clause(q: list[str], sentence: str, q_stems: set[str]) -> bool:
    """_negates, a relative clause apart: its negation does not reach past it ("At Alder Bank, which
    has no isolation ward, the vet sees the animal in the car": the car is not denied)."""
    parts = [_RELATIVE_CLAUSE.sub(", ", sentence), *(m.group(0) for m in _RELATIVE_CLAUSE.finditer(sentence))]
    return any(_negates(q, tokens(part), q_stems) for part in parts)


# "no banksman about, can i reverse it myself?": what is asked begins at its auxiliary, after a clause
# that says the asker's situation.
_ASKED_AFTER = re.compile(r"[,;:–—-]\s+(?=(?:is|are|was|were|do|does|did|can|could|will|would|should|may|might|must|"
                          r"has|have|am)\b)", re.IGNORECASE)


def _main_clause(question: str) -> str:
    """The clause that asks ("can i reverse it myself?" of "no banksman about, can i reverse it myself?")."""
    return _ASKED_AFTER.split(question)[-1]


def _negates(q: list[str], s: list[str], q_stems: set[str]) -> bool:
    """A negation in the sentence reaching the question's words (not its "for" or "the"), the
    question (the clause that asks) not negated; not one of a condition ("If you cannot pay online,
    …": what holds otherwise)."""
    if negations(q):
        return False
    for k in _unconditional(negations(s), s):
        if any(w not in STOPWORDS | _NO_KIND and stem(w) in q_stems for w in _reach(s, k)):
            return True
    return False


_VERB_NEGATIONS = frozenset({"not", "cannot", "never"})
_NEXT_VERB = frozenset({"can", "could", "may", "might", "must", "will", "would", "shall", "should", "is", "are",
                        "was", "were", "do", "does", "did", "has", "have"})


def _reach(s: list[str], k: int) -> list[str]:
    """The words a negation at k reaches: NEGATION_SCOPE of them; a verb's ("cannot drive") ends where
    the next verb begins ("People who cannot drive can still come…": the coming is not denied)."""
    reach = s[k + 1:k + 1 + NEGATION_SCOPE]
    if s[k] in _VERB_NEGATIONS or s[k].endswith("n't"):
        reach = list(takewhile(lambda w: w not in _NEXT_VERB, reach))
    return reach


def _unconditional(found: list[int], s: list[str]) -> list[int]:
    """The negations found that are no condition's ("If you cannot pay online, …": what holds otherwise);
    "until then no courses are taken" is how things are now, no condition."""
    def conditional(k: int) -> bool:
        return any(s[j] in CONDITIONS and s[j + 1:j + 2] != ["then"] for j in range(max(0, k - 3), k))
    return [k for k in found if not conditional(k)]


def _denies(q: list[str], s: list[str], q_stems: set[str]) -> bool:
    """The question's words as the subject of a denied predicate: "Selling leave days back is not
    possible", "The request to add the cold store … is rejected". Not in a relative clause ("days
    that are not used") nor a condition ("unless the claim is rejected")."""
    if negations(q) or DENIALS & set(q):
        return False
    if s and s[0] in DENIALS and any(w not in STOPWORDS and stem(w) in q_stems for w in s[1:]):
        return True  # a decision's label: "Deferred to 9 May: school courses in August, and …"
    negating = set(negations(s))
    for k, t in enumerate(s):
        copula = s[k - 1] in COPULAS if k else False
        if not (k in negating and (copula or t[:-3] in COPULAS) or t in DENIALS and copula):
            continue
        before = s[:k - 1 if copula else k]
        if before and before[-1] == "it":
            # "it was impossible to make the victims … work together": what is denied follows (the
            # "it" stands for it), not the words before, which are another clause's ("Hollande used…").
            if any(w not in STOPWORDS and stem(w) in q_stems for w in s[k + 1:k + 1 + NEGATION_SCOPE * 2]):
                return True
            continue
        # The clause's own subject: "X is allowed on long flights, and business class is never paid
        # for" (a conjunction after a clause of its own); "guests and contractors are not" keeps both.
        clause = max((j + 1 for j, w in enumerate(before) if w in {"and", "but", "while", "whereas"}
                      and COPULAS & set(before[:j])), default=0)
        before = before[clause:]
        if CONDITIONS & set(before) or (before and before[-1] in RELATIVES):
            continue
        if any(w not in STOPWORDS and stem(w) in q_stems for w in before[-NEGATION_SCOPE * 2:]):
            return True
    return False


def _contrasts(q: list[str], s: list[str], q_stems: set[str], figures_agree: bool = False) -> bool:
    for k, t in enumerate(s):
        if t in CONTRASTS and t not in q:
            after = s[k + 1] if k + 1 < len(s) else ""
            if figures_agree and t in {"instead", "rather"} and any(w[:1].isdigit() for w in s[k + 2:k + 4]):
                continue  # "…after 23:00, instead of 23:30" for a shift ending at 23:15: the figure it was
            if t in {"instead", "rather"} and _asks_the_new(q, s, k):
                continue  # "may now change the name free of charge, instead of paying a £20 fee": yes to "free"
            if t == "only" and after in CONDITIONS | {"after", "once", "provided", "where", "while"}:
                continue  # "only if the logger stayed in range": a condition on the yes, not a no
            if t != "only" or (after and stem(after) not in q_stems):
                return True
    return False


REPLACED_REACH = 6  # words after "instead of" that say what was replaced


def _asks_the_new(q: list[str], s: list[str], k: int) -> bool:
    """Whether the question asks what the sentence says now, not what it replaced (the words after
    "instead of" at k): more of its words before, and no figure (a figure asked is the numbers' to judge,
    against the bound it was too: "im 62…" and "65 and over, instead of 60 and over")."""
    replaced = s[k + 2:k + 2 + REPLACED_REACH]
    if s[k + 1:k + 2] not in (["of"], ["than"]) or any(w[:1].isdigit() for w in q):
        return False
    wanted = {stem(w) for w in q if w not in STOPWORDS and w not in _QUESTION_WORDS}
    return len(wanted & {stem(w) for w in s[:k]}) > len(wanted & {stem(w) for w in replaced})


def _compares(q: list[str], s: list[str], q_stems: set[str]) -> bool:
    """A comparator right before one of the question's terms that the question does not use."""
    for k, t in enumerate(s):
        if t in COMPARATORS and t not in q and not (k and s[k - 1] in {"or", "and"}):  # "12 hours or more"
            nxt = [w for w in s[k + 1:k + 4] if w not in {"a", "an", "the", "than"}][:1]
            if nxt and stem(nxt[0]) in q_stems:
                return True
    return False


def _reversed(q: list[str], s: list[str]) -> bool:
    """'A more than B' in the sentence for 'B more than A' in the question."""
    if "than" not in q or "than" not in s:
        return False
    s_after = {stem(w) for w in s[s.index("than") + 1:] if w not in STOPWORDS}
    q_before = {stem(w) for w in q[:q.index("than")] if w not in STOPWORDS}
    q_after = {stem(w) for w in q[q.index("than") + 1:] if w not in STOPWORDS}
    return bool(s_after & q_before) and not s_after & q_after


def names(question: str) -> set[str]:
    """The question's capitalised words after its first: names ("Rust", "GSA"), which say whose
    thing is asked about, not which kind of it."""
    return {w.lower() for w in re.findall(r"\b[A-Z][\w'-]*", normalize(question))[1:]
            if before_apostrophe(w) != "i"}  # "I", "I've", "I'm": the asker, no name


# Adverbs that say when or how, not which kind: "can i still pay cash", "top up my money online".
_NO_KIND = frozenset({"still", "just", "also", "even", "ever", "already", "yet", "now", "then", "here", "there",
                      "really", "actually", "again", "online", "anyway", "ok", "okay", "much", "very",
                      # the verb of "are contractors given laptops?": what is done, not a kind of laptop
                      # ("a loaner laptop" is still one)
                      "given", "offered", "issued", "provided", "sent", "lent", "allowed", "granted", "shown",
                      "told", "owed", "awarded", "supplied", "handed", "assigned", "taught"})


def other_kind(q: list[str], s: list[str], q_stems: set[str], s_stems: set[str],
               named: frozenset = frozenset()) -> list[tuple[str, str]]:
    """'business class' asked, 'economy class' said: the head kept, its modifier another. A name
    as the modifier ("a Rust travel grant") is whose it is: "cover travel" is still that grant.
    The question's (modifier, head) stem pairs so replaced; none: the sentence speaks of the kind asked."""
    # A modifier within two words of a number measures ("my 15 yr old volunteer"): an amount, no kind.
    measured = {q[k] for k in range(len(q)) if any(NUMBER.fullmatch(w) for w in q[max(0, k - 2):k])}
    content = [w for w in q if w not in STOPWORDS | _QUESTION_WORDS | _NO_KIND and w not in named]
    # A number is no kind either: "june 2033" over "1 April 2033" says when.
    pairs = {(stem(a), stem(b)) for a, b in zip(content, content[1:]) if f"{a} {b}" in " ".join(q)
             and a not in measured and not NUMBER.fullmatch(b)}
    found = []
    for k in range(1, len(s)):
        a, b = s[k - 1], s[k]
        for qa, qb in pairs:
            if stem(b) == qb and a not in STOPWORDS | EVALUATIVE and stem(a) not in q_stems and qa not in s_stems \
                    and qa not in EVALUATIVE and a[:PREFIX] != qa[:PREFIX] \
                    and not NUMBER.fullmatch(qa):  # "a 7 hour flight" over "more than six hours": a number, no kind
                found.append((qa, qb))
    return found


_NUMBER_WORDS = {w: str(n) for n, w in enumerate("zero one two three four five six seven eight nine ten eleven "
                                                 "twelve".split())}


# What a comparison before a number allows: "over six hours" holds 7, "up to 4 weeks" holds 3.
_BOUNDS = {("more", "than"): float.__gt__, ("over",): float.__gt__, ("above",): float.__gt__,
           ("exceeding",): float.__gt__, ("at", "least"): float.__ge__, ("minimum",): float.__ge__,
           ("less", "than"): float.__lt__, ("fewer", "than"): float.__lt__, ("under",): float.__lt__,
           ("below",): float.__lt__, ("up", "to"): float.__le__, ("at", "most"): float.__le__,
           ("maximum",): float.__le__, ("within",): float.__le__, ("after",): float.__gt__,
           ("before",): float.__lt__}
# ...or after it: "12 hours a week or more", "aged 65 and over".
_BOUNDS_AFTER = {("or", "more"): float.__ge__, ("or", "over"): float.__ge__, ("and", "over"): float.__ge__,
                 ("or", "above"): float.__ge__, ("and", "above"): float.__ge__, ("or", "longer"): float.__ge__,
                 ("or", "less"): float.__le__, ("or", "fewer"): float.__le__, ("or", "under"): float.__le__,
                 ("and", "under"): float.__le__, ("or", "below"): float.__le__}
BOUND_REACH = 4  # words after a figure (its unit: "hours a week") that may come before its bound


# Not "year 8s", "2nd", nor a time of day ("6pm": the bands' to compare with hours).
_FIGURE_AND_UNIT = re.compile(r"(\d+)-?(?!(?:s|st|nd|rd|th|am|pm)$)([a-z]+)")


def _figures_apart(ts: list[str]) -> list[str]:
    """Tokens with a figure joined to its unit split ("28-day": "28", "day"; "18mph": "18", "mph")."""
    out = []
    for t in ts:
        joined = _FIGURE_AND_UNIT.fullmatch(t) if t[:1].isdigit() else None
        out += list(joined.groups()) if joined else t.split("-") if t[:1].isdigit() else [t]
    return out


def agrees_within_bound(q: list[str], s: list[str]) -> bool:
    """Whether a figure of the question lies within a bound the sentence states ("12 hours a week or
    more" holds 20)."""
    q, s = _figures_apart(q), _figures_apart(s)
    q_numbers = [float(t) for t in q if t.isdigit()]
    for k, t in enumerate(s):
        if tuple(s[max(0, k - 2):k]) in {("instead", "of"), ("rather", "than")}:
            continue  # "65 and over, instead of 60 and over": the bound it was
        test = _bound_before(s, k) if t.isdigit() else float.__eq__
        if test is not float.__eq__ and any(test(n, float(t)) for n in q_numbers):
            return True
    return False


def within_bound(q: list[str], s: list[str]) -> Optional[bool]:
    """Whether the question's figure of a unit ("10 days notice") lies within the bound the sentence
    puts on a figure of the same unit ("at least 14 days before": no); None when no bound is on a
    figure of a unit the question counts."""
    q, s = _figures_apart(q), _figures_apart(s)
    asked = {stem(q[k + 1]): float(t) for k, t in enumerate(q[:-1]) if t.isdigit() and q[k + 1].isalpha()
             and q[k + 1] not in STOPWORDS}
    for k, t in enumerate(s[:-1]):
        unit = stem(s[k + 1])
        test = _bound_before(s, k) if t.isdigit() and unit in asked else float.__eq__
        replaced = " ".join(s[max(0, k - 4):k])  # "instead of at least 7 days": the bound it was
        if test is not float.__eq__ and "instead of" not in replaced and "rather than" not in replaced:
            return test(asked[unit], float(t))
    return None


def numbers_differ(q: list[str], s: list[str]) -> bool:
    """The question's numbers are none of the sentence's ("two days" is 2 days), nor within a
    bound it states ("more than six hours" holds a 7-hour flight); a figure joined to its unit ("a
    28-day ticket") is that figure."""
    q, s = _figures_apart(q), _figures_apart(s)
    q_numbers = {float(t) for t in q if t.isdigit()}
    q_stems = {stem(t) for t in q}
    # A bound the question puts on its own figure ("in the water for over 10 minutes?"): a value
    # within it agrees (14 minutes); "going up to 250" is where it goes, not a bound.
    q_tests = {float(t): _bound_before(q, k) if q[max(0, k - 2):k] != ["up", "to"] else float.__eq__
               for k, t in enumerate(q) if t.isdigit()}

    def comparable(k: int) -> bool:  # "within 1 km" measures no price: "230 a night" is not compared with it
        unit = s[k + 1] if k + 1 < len(s) else ""
        return not unit or unit in STOPWORDS or stem(unit) in q_stems or not unit.isalpha()
    said = [(k, float(_NUMBER_WORDS.get(t, t))) for k, t in enumerate(s)
            if (t.isdigit() or t in _NUMBER_WORDS) and comparable(k)]
    if not q_numbers or not said:
        return False
    for k, value in said:
        test = _bound_before(s, k)
        if any(test(n, value) if test is not float.__eq__ else q_tests[n](value, n) for n in q_numbers):
            return False
    return True


def _bound_before(ts: list[str], k: int) -> Callable[[float, float], bool]:
    """The comparison the words before the k-th token put on it ("more than" 6: __gt__), or after it
    ("12 hours a week or more": __ge__), else equality."""
    before = next((test for words, test in _BOUNDS.items() if tuple(ts[max(0, k - len(words)):k]) == words), None)
    if before:
        return before
    for j in range(k + 1, min(len(ts), k + 1 + BOUND_REACH)):
        if ts[j][:1].isdigit():
            break  # another figure's words
        test = _BOUNDS_AFTER.get(tuple(ts[j:j + 2]))
        if test:
            return test
    return float.__eq__


# A time of day ("23:15"), compared as minutes after midnight, its unit "oclock": "after 23:00" holds
# a shift ending at 23:15, and no count of minutes is compared with it.
_CLOCK = re.compile(r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\b(?!\s*(?:%|[ap]\.?m\b))")


# A currency sign before a figure, said as a unit after it ("£58 a night": "58 pounds a night"): a
# price is no count of nights or sessions.
_PRICE = re.compile(r"[£$€]\s?(\d[\d,]*(?:\.\d+)?)")


def priced(text: str, clocked: bool = False) -> str:
    """Prices as figures of pounds; times of day as figures of minutes when `clocked`."""
    if clocked:
        text = _CLOCK.sub(lambda m: f"{int(m.group(1)) * 60 + int(m.group(2))} oclock", text)
    return _PRICE.sub(lambda m: m.group(1) + " pounds", text)


def _said_of_another(question: str, sentence: str) -> bool:
    """The question's number is in the sentence, but said of something else: "GP appointments are 15
    minutes?" over "A GP appointment is 12 minutes and a nurse appointment is 15 minutes"."""
    for number in re.findall(r"\b\d+(?:[.,]\d+)?\b", question):
        for found in re.finditer(rf"(?<![\w.,]){re.escape(number)}(?![\w]|[.,]\d)", sentence):
            if attributed(question, sentence, found.start(), found.end()) != (found.start(), found.end()):
                return True
    return False


# A table's cell that says no: "Saturday: closed", "Hi-vis: No", "Kelso Street: Not worked".
_NEGATIVE_CELL = re.compile(r"^(?:no|none|nil|never|closed|not)\b|^(?:n/?a|[—–-])$", re.IGNORECASE)
_DAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday|r|rs)?s?\b"
                  r"(?:\s*(?:to|-|–|until|through)\s*\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)?"
                  r"|\b(weekends?|weekdays?)\b", re.IGNORECASE)
_DAY_GROUPS = {"weekend": range(5, 7), "weekday": range(0, 5)}


def days_named(text: str, abbreviated: bool = True) -> set[int]:
    """The days of the week a text names (0 is Monday), ranges included ("Mon-Thu", "Monday to
    Friday"); with abbreviated False only whole names count ("sat" is also a verb)."""
    first = [d[:3] for d in WEEKDAYS]
    days = set()
    for m in _DAY.finditer(text):
        if m.group(3):
            days |= set(_DAY_GROUPS[m.group(3).lower().rstrip("s")])
            continue
        if not abbreviated and not any(m.group(0).lower().startswith(d) for d in WEEKDAYS):
            continue
        a = first.index(m.group(1).lower())
        b = first.index(m.group(2).lower()) if m.group(2) else a
        days |= {(a + k) % 7 for k in range((b - a) % 7 + 1)}
    return days


def _cell_denies(question: str, sentence: str) -> bool:
    """A table row's cell under a column the question names says no ("Holidays: closed" for "is it
    open over the holidays?"), or names days of the week, none of them the day the question asks
    about ("Walk-up desk: Tuesday and Thursday" for "can I go to the desk? it's Friday")."""
    asked = set(content_stems(question))
    on = days_named(question, abbreviated=False)
    for column, cell in row_cells(sentence)[1:]:
        if not set(content_stems(column)) & asked:
            continue
        said = days_named(cell)
        if _NEGATIVE_CELL.match(cell) or on and said and not on & said:
            return True
    return False


_BUT = re.compile(r"[,;]\s*but\s+", re.IGNORECASE)
_SAYS = re.compile(r"^\s*(yes|no)\b\s*[.,;:!—–-]", re.IGNORECASE)  # an answer that says so first: "No. …"


_NEGATIVE_AUXILIARY = re.compile(r"^(\W*)(won|can|shan|[a-z]+)n't\b", re.IGNORECASE)
_ONLY_NAME = re.compile(r"\b([A-Z][\w-]+)\s+only\b"
                        r"|\bonly\s+(?:(?:at|in|for|to|by|from|on)\s+)?(?:the\s+)?([A-Z][\w-]+)")


# "do we not get paid extra…?", "is there not a…": the auxiliary's "not" a word or two after it.
_AUXILIARY_NOT = re.compile(r"^(\W*(?:(?:so|and|but|ok|okay)\s+)?(?:is|are|was|were|do|does|did|can|could|will|would|"
                            r"should|shall|has|have|had|may|must)\s+(?:[\w']+\s+){0,2}?)not\s+", re.IGNORECASE)


def _positive(question: str) -> str:
    """"Doesn't the alarm call the brigade?" (or "do we not get paid extra?") asks what "Does the
    alarm call the brigade?" asks: the answer says whether the positive holds."""
    question = _AUXILIARY_NOT.sub(lambda m: m.group(1), question)
    return _NEGATIVE_AUXILIARY.sub(lambda m: m.group(1) + {"won": "will", "shan": "shall"}.get(m.group(2).lower(),
                                                                                              m.group(2)), question)


def _as_claim(question: str) -> str:
    """The question as the claim it asks about, put positively ("Doesn't X…?" as "Does X…?")."""
    return _positive(claim(normalize(question).strip()))


def _only_another(question: str, sentence: str) -> bool:
    """"Eastgate only" or "only at Eastgate" for a question about Kingsway: restricted to another name."""
    asked = set(tokens(question)) | STOPWORDS
    return any((m.group(1) or m.group(2)).lower() not in asked for m in _ONLY_NAME.finditer(normalize(sentence)))


# "un-" or "non-" before a word says its opposite ("unpaid", "non-refundable"); not these, which
# are words of their own ("unless": "less", "under": "der").
_OPPOSITE_PREFIX = re.compile(r"^(?:un|non-?)(?=[a-z]{4})")
_NOT_OPPOSITES = frozenset({"unless", "until", "under", "understand", "understood", "undertake", "unite", "united",
                            "universal", "university", "unique", "uniform", "union", "unit", "units"})


def _opposite(q: list[str], s: list[str]) -> bool:
    """The sentence says the opposite of a word of the question with "un-" or "non-" ("Meal breaks
    are 30 minutes unpaid" for "is our lunch break paid?", "non-refundable" for "…refundable?"), or
    the question of the sentence's ("is the deposit non-refundable?" over "a refundable deposit");
    not in a condition ("If unpaid, …")."""
    if negations(q):
        return False

    def opposed(these: list[str], those: list[str], conditioned: bool) -> bool:
        plain = {stem(t) for t in those}
        for k, t in enumerate(these):
            m = _OPPOSITE_PREFIX.match(t)
            if m and t not in _NOT_OPPOSITES and t not in those and stem(t[m.end():]) in plain \
                    and not (conditioned and any(w in CONDITIONS for w in these[max(0, k - 3):k])):
                return True
        return False
    return opposed(s, q, True) or opposed(q, s, False)


# Words that say the opposite of each other where workplace documents state a rule ("open" against
# "closed at weekends", "from home" against "must be on site", "going up" against "frozen", "change" against
# "stays at £26"): either side in the question, the other in the sentence.
ANTONYMS = (({"open"}, {"closed", "shut"}),
            ({"free", "included", "include", "includes"}, {"extra", "charged", "chargeable"}),
            ({"compulsory", "mandatory", "required", "obligatory"}, {"optional", "voluntary"}),
            ({"up", "rise", "rising", "increase", "increasing", "increased", "higher"},
             {"frozen", "freeze", "unchanged", "down", "fall", "falling", "cut", "reduced", "decrease", "lower"}),
            ({"change", "changed", "changing", "changes"}, {"stays", "stay", "remains", "remain", "unchanged"}),
            ({"from home", "remote", "remotely", "wfh"}, {"on site", "on-site", "in the office", "in person"}),
            ({"permanent"}, {"temporary"}))


def _said(words: set[str], ts: list[str]) -> list[int]:
    """Where any of these words or phrases starts in the tokens."""
    return [k for k in range(len(ts)) for w in words if " ".join(ts[k:k + len(w.split())]) == w]


def _antonym(q: list[str], s: list[str]) -> bool:
    """The sentence says the opposite of the question's word in another word (`ANTONYMS`) and says the
    question's own only negated, if at all ("cannot be operated remotely"); not in a condition."""
    if negations(q):
        return False
    negated_at = {j for k in negations(s) for j in range(k + 1, k + 1 + NEGATION_SCOPE)}
    for one, other in ANTONYMS:
        for asked, opposite in ((one, other), (other, one)):
            if not _said(asked, q):
                continue
            against = [k for k in _said(opposite, s) if not any(w in CONDITIONS for w in s[max(0, k - 3):k])]
            if against and all(k in negated_at for k in _said(asked, s)):
                return True
    return False


_QUOTED = re.compile(r'"[^"]{1,60}"')
_POSTFIX_ONLY = re.compile(r"\bonly(?=\s*(?:[,;:.!?)]|$))", re.IGNORECASE)


def holds(question: str, sentence: str) -> bool:
    """Whether the sentence says yes to the question (the module's docstring lists the checks).
    An answer that says so first ("No. SMS is only on paid plans.", as FAQs do) is taken at its word."""
    question = _as_claim(question)
    q, s = tokens(question), tokens(sentence)
    said = _SAYS.match(normalize(sentence))
    if said and not negations(q):
        return said.group(1).lower() == "yes"
    excepted = _with_exceptions(question, sentence)
    if excepted is not None:
        return excepted
    turned = _BUT.search(sentence)
    if turned and support(question, sentence[turned.end():]) >= support(question, sentence[:turned.start()]):
        # "Linnet Lodge has no restaurant, but its guests can eat at the Estuary and charge it to their
        # room": what the question asks is said after the "but", and that is the sentence's answer.
        return holds(question, sentence[turned.end():])
    q_stems, s_stems = {stem(t) for t in q}, {stem(t) for t in s}
    asked = tokens(_main_clause(question))  # whether the question is negated is its asking clause's to say
    unquoted_text = _QUOTED.sub(" ", normalize(sentence))  # 'marked "normal, no action"': a label, no denial
    unquoted = tokens(unquoted_text)
    # "…on Saturday mornings only, alongside a parent": "only" closing its phrase restricts when, not
    # whom; what it restricts another kind of is other_kind's and _only_another's to tell.
    contrasted = tokens(_POSTFIX_ONLY.sub(" ", normalize(sentence)))
    # The asker's figure within a bound the sentence states: the figures decide, not a comparator or a
    # figure it replaced elsewhere in the sentence.
    clocked = bool(_CLOCK.search(question))  # "ends at 23:15": compared as times; "at 6pm" is the bands'
    asked_figures, said_figures = tokens(priced(question, clocked)), tokens(priced(sentence, clocked))
    within = agrees_within_bound(asked_figures, said_figures)
    # "a few of our pupils can't swim, can they still go kayaking?": the sentence's "who cannot swim"
    # is the asker's case, not a denial of what is asked.
    return not (_negates_in_clause(asked, unquoted_text, q_stems - _negated_stems(question))
                or _denies(asked, unquoted, q_stems)
                or _contrasts(q, contrasted, q_stems, within) or _only_another(question, sentence)
                or _compares(q, s, q_stems) and not within or _reversed(q, s)
                or other_kind(_unstated(q, question, sentence), s, q_stems, s_stems, frozenset(names(question)))
                or numbers_differ([t for t in asked_figures if t not in band_held(question, sentence)], said_figures)
                or band_excludes(question, sentence) or _said_of_another(question, normalize(sentence))
                or _cell_denies(question, sentence) or _opposite(asked, s)
                or not is_row(sentence) and _antonym(asked, s))  # a row's cells are _cell_denies' to read


_EXCEPTION = re.compile(r",?\s*\b(?:unless|except(?:\s+(?:for|when|if|where))?|other than)\b([^.;,]*)", re.IGNORECASE)
EXCEPTED_SHARE = 0.5  # of the asker's case's words an exception must hold to be that case


def _with_exceptions(question: str, sentence: str) -> Optional[bool]:
    """For a question that states the asker's case before asking ("I've got my NICAS level 2, do I
    still have to do the induction?") and a sentence with an exception ("…, unless they hold a NICAS
    Level 2"): the rule without it says yes or no, and the other when the case is the exception.
    None when either is missing."""
    asked = _main_clause(question)
    case = content_stems(question[:len(question) - len(asked)])
    exceptions = list(_EXCEPTION.finditer(sentence))
    if not case or not exceptions:
        return None
    rule = holds(question, _EXCEPTION.sub("", sentence))
    # The case holds the exception ("an assistance dog", "in August" of "except in July and August")
    # or the exception the case ("my NICAS level 2").
    excepted = any(max(_share(case, held_stems(found.group(1))), _share(content_stems(found.group(1)), set(case)))
                   >= EXCEPTED_SHARE for found in exceptions)
    return not rule if excepted else rule


def _share(wanted: list[str], have: set[str]) -> float:
    return sum(s in have for s in wanted) / len(wanted) if wanted else 0.0


def _negated_stems(question: str) -> set[str]:
    """The stems a negation in the question reaches, within its clause ("can't swim" of "pupils can't
    swim, can they…")."""
    out: set[str] = set()
    for clause in re.split(r"[,;.?!]", normalize(question)):
        ts = tokens(clause)
        for k in negations(ts):
            out |= {stem(t) for t in ts[k + 1:k + 1 + NEGATION_SCOPE] if t not in STOPWORDS}
    return out


def _unstated(q: list[str], question: str, sentence: str) -> list[str]:
    """The question's words without those stating an amount the sentence gives bands of: "the 10am
    bus" is no other kind of bus than the sentence's, it is when."""
    amounts = {t for said in band_compared(question, sentence) for t in tokens(said)}
    return [t for t in q if t not in amounts]


def _common_run(q: list[str], s: list[str], named: set[str]) -> Optional[tuple[int, int, int]]:
    """(start in q, start in s, length) of the longest run of two or more words both share with no
    name in it ("part of the"): the relation the question and the sentence both state."""
    best = None
    for i in range(len(q)):
        for j in range(len(s)):
            n = 0
            while i + n < len(q) and j + n < len(s) and q[i + n] == s[j + n] and q[i + n] not in named:
                n += 1
            if n >= 2 and any(t not in STOPWORDS for t in q[i:i + n]) and (best is None or n > best[2]):
                best = (i, j, n)
    return best


def swapped_roles(question: str, sentence: str) -> bool:
    """'Is A part of B?' over 'B is part of C': a name the question puts on one side of the
    relation both state, the sentence puts on the other. Such a sentence is about another
    relation, no evidence either way. (The relation asked is the asking clause's: "I hold NICAS level
    2, do I still need the induction?" puts NICAS in the asker's case, not on a side of it.)"""
    question = _main_clause(question)
    named = {stem(t) for t in tokens(" ".join(names(question)))}
    q, s = [stem(t) for t in tokens(question)], [stem(t) for t in tokens(sentence)]
    run = _common_run(q, s, named)
    if run is None:
        return False
    i, j, n = run
    q_before, q_after = set(q[:i]) & named, set(q[i + n:]) & named
    s_before, s_after = set(s[:j]) & named, set(s[j + n:]) & named
    return bool((q_after & s_before) - s_after or (q_before & s_after) - s_before)


# What "is there…" asks to exist: the words up to a preposition, a clause or the end ("a free trial").
_EXISTS = re.compile(r"\b(?:is|are|was|were|will) there (?:(?:a|an|any|some) )?([a-z][\w-]*(?: [a-z][\w-]*){0,3}?)"
                     r"(?= (?:for|of|on|in|at|to|with|from|by|about|during|after|before|if|when|that|which)\b"
                     r"|\s*[?.,]|$)")


def asks_existence_of_missing(question: str, sentence: str) -> bool:
    """"Is there a cap on X?" over a sentence about X without any cap: what is asked to exist (its
    last word, "trial" of "a free trial") is not in the sentence, so it is no evidence either way."""
    found = _EXISTS.search(normalize(question).lower().strip())
    return bool(found) and stem(found.group(1).split()[-1]) not in {stem(t) for t in tokens(sentence)}


def in_context(passage: Passage) -> str:
    """The sentence with what places it: its document's name and title and the headings above it,
    so "In the travel policy, is…" is held by a sentence of the travel policy."""
    name = Path(passage.source).stem.replace("-", " ").replace("_", " ")
    return " ".join(part for part in (passage.text, passage.section, passage.title, name) if part)


def candidate_sentences(request: AnswerRequest, first: Iterable[Passage], headings: bool = True,
                        seeds: int = SEEDS) -> list[Passage]:
    """The given passages (the answer's evidence), then the `seeds` best retrieved, each once, in that
    order; heading lines left out unless `headings`."""
    seen: dict[str, Passage] = {}
    for passage in [*first, *(c.passage for c in request.candidates[:seeds])]:
        if headings or not passage.heading:
            seen.setdefault(passage.id, passage)
    return list(seen.values())


def best_sentence(request: AnswerRequest, evidence: list[Passage]) -> tuple[Optional[Passage], float]:
    """The sentence holding most of the question (in its context): the answerer's evidence first,
    then the retrieved; one that only reports a proposal, only for a question about one."""
    best, best_key, best_value = None, (0.0, 0.0), 0.0
    topic = " ".join(request.context_terms)
    subject = subject_of(request.standalone)
    for passage in candidate_sentences(request, evidence):
        if merely_proposed(passage.text, request.standalone):
            continue  # "Callum proposed that Alder Bank stop taking cash": not how things are
        if swapped_roles(request.standalone, passage.text):
            continue  # "B is part of C" for "is A part of B?": about another relation, the next may answer
        placed = in_context(passage)
        # An amount the question states of the asker's case is held by a sentence that gives bands of
        # its kind, in other words ("my 10 yr old … at 6pm" by "Children under 16 … from 15:00 to 17:00
        # only"): whether they hold it is the verdict's to say (`holds`). Not a figure the asker only
        # wants confirmed ("GP appointments are 15 mins, right?"): the sentence saying it answers.
        cases = [] if tagged(request.standalone) else band_compared(request.standalone, passage.text)
        spoken = " ".join([placed, *cases])
        # Of sentences holding as much of the question, the one on the conversation's topic
        # ("is the extra leave paid?" after the partner's birth leave).
        value = support(request.standalone, spoken, request.term_weight)
        # A sentence without what the question is of ("can our dog come…?": a dog) weighs less.
        key = (value * (1.0 if not subject or subject in held_stems(spoken) else SUBJECT_MISSING),
               support(topic, placed) if topic else 0.0)
        if key[0] > best_key[0] + 1e-9 or abs(key[0] - best_key[0]) <= 1e-9 and key[1] > best_key[1]:
            best, best_key, best_value = passage, key, value
    return best, best_value


_DETERMINER = DETERMINERS | {"all", "some"}  # "can all staff…": what follows is the subject
_NO_SUBJECT = frozenset({"i", "we", "you", "he", "she", "it", "they", "there", "me", "us", "them", "that", "this",
                         "not", "anyone", "someone", "everyone", "everybody", "anybody", "somebody", "staff", "people"})


def subject_of(question: str) -> Optional[str]:
    """The stem of the first word of what a yes/no question is asked of, after its auxiliary and
    determiners ("dog" of "can our dog come on the boat?", "sms" of "Is SMS available…?"), or None
    for a person asking of themselves ("can i…", "do we…") or no auxiliary first."""
    said = tokens(OPENER.sub("", normalize(claim(question)).strip()))
    if not said or said[0] not in _QUESTION_WORDS:
        return None
    rest = [t for t in said[1:4] if t not in _DETERMINER]
    if not rest or rest[0] in _NO_SUBJECT or rest[0] in STOPWORDS or negated(rest[0]):
        return None
    return stem(rest[0])


def closest_in_meaning(request: AnswerRequest) -> Optional[Passage]:
    """The retrieved sentence nearest the question in meaning, when near enough (MEANING_SUPPORT)
    that it says the same in other words ("can support switch off my 2fa?", "our support team
    cannot turn off two-factor authentication")."""
    nearest = max(request.candidates[:SEEDS], key=lambda c: c.dense, default=None)
    if nearest is None or nearest.dense < MEANING_SUPPORT or nearest.passage.heading \
            or len(tokens(nearest.passage.text)) < SENTENCE_WORDS:
        return None  # a label ("Policies, including safeguarding") is near a topic, it says nothing of it
    return nearest.passage


def closest_statement(request: AnswerRequest, evidence: list[Passage]) -> Optional[tuple[Passage, bool]]:
    """The sentence an unsure reply to a yes/no question quotes: of the answerer's evidence and the
    best retrieved, the one holding most of the question in words and meaning (support plus
    MEANING_WEIGHT times its cosine: on the read and study sets' yes/no questions answered unsure or
    refused it showed the gold evidence for 12 of 28, the answerer's own sentence for 6), and whether
    it is near the question (MIN_SUPPORT of its words or MEANING_SUPPORT in meaning); None without one."""
    dense = {c.passage.id: c.dense for c in request.candidates}
    # A label ("Youth clubs") or a lead-in ("If your bus breaks down:") says nothing alone.
    scored = [(support(request.standalone, in_context(p), request.term_weight), dense.get(p.id, 0.0), p)
              for p in candidate_sentences(request, evidence, headings=False)
              if len(tokens(p.text)) >= SENTENCE_WORDS and not p.text.rstrip().endswith(":")]
    if not scored:
        return None
    held, cosine, passage = max(scored, key=lambda x: x[0] + MEANING_WEIGHT * x[1])
    return passage, held >= MIN_SUPPORT or cosine >= MEANING_SUPPORT


def yes_no_answer(request: AnswerRequest, draft: Draft, evidence: list[Passage]) -> Optional[Draft]:
    """'Yes — …' / 'No — …' cited, or None when no sentence holds enough of the question."""
    sentence, value = best_sentence(request, evidence)
    chosen = sentence is not None and sentence.id in {p.id for p in draft.cited}
    paraphrased = False
    # A sentence holding too little of the question to weigh it denies what is asked, in other words
    # around the denial (which reaches a word of the question), or puts a bound the asker's figure of
    # its unit lies outside ("been here 6 years, do i get 30 days?" over "10 years or more: 30 days"):
    # the answerer's own ("There are no releases on … Fridays" for "is it ok to deploy to prod on a
    # friday"), or a retrieved one holding at least ANSWERED_SUPPORT ("Nobody but a Lumacast engineer …
    # changes a lamp" for "the lamp's gone, can i change it myself?").
    weak = value < ANSWERED_SUPPORT if chosen else ANSWERED_SUPPORT <= value < MIN_SUPPORT
    if sentence is not None and weak and (_negates_asked(request.standalone, sentence.text)
                                          or within_bound(tokens(request.standalone), tokens(sentence.text)) is False):
        return reply(draft, [sentence], "No", value)
    if sentence is None or value < (ANSWERED_SUPPORT if chosen else MIN_SUPPORT):
        sentence, paraphrased = closest_in_meaning(request), True
    if sentence is None or asks_existence_of_missing(request.standalone, sentence.text) \
            or swapped_roles(request.standalone, sentence.text):
        return None
    item = item_asked(request, sentence)
    if item is not None:
        sentence, opening = item, sentence  # "please don't bring:" found: the item asked of, after it
    else:
        opening = _paragraph_says(request, sentence) or lead_in_of(request, sentence)
    cited = [opening, sentence] if opening else [sentence]
    text = " ".join(p.text for p in cited)
    heading = cited[0].section_name
    if _SAYS.match(text) and heading and support(request.standalone, heading, request.term_weight) < MIN_SUPPORT:
        # An FAQ's "Yes." answers the question it stands under ("Can I stay in the Bunkhouse?"), not
        # another one asked of its sentences ("the bunkhouse sleeps 40, right?"): they are judged.
        text = _SAYS.sub("", text, count=1)
    if paraphrased:
        # Said in other words, a negation in the sentence is the answer's ("cannot turn off two-factor
        # authentication": No), and so is a bound of a unit the asker's figure lies outside ("10 days
        # notice" against "at least 14 days before"); without either it may speak of something beside
        # what is asked ("the cut-off stays at 14:00" for "did it move to 3pm?"; "do i get 30 days
        # holiday?" against "at least 28 days ahead"), no ground for a Yes.
        said = tokens(text)
        if not _unconditional(negations(said), said) and within_bound(tokens(request.standalone), said) is not False:
            return None
        verdict = "No"
    else:
        verdict = "Yes" if holds(request.standalone, text) else "No"
    return reply(draft, cited, verdict, value)


def reply(draft: Draft, cited: list[Passage], verdict: str, value: float) -> Draft:
    """"Yes — <the sentences> [1]": the verdict, then what says it, cited."""
    text = " ".join(p.text for p in cited)
    head = f"{verdict} — "
    said = re.sub(r"^\s*(?:yes|no)\b\s*[.,;:!]\s*", "", text, flags=re.IGNORECASE)  # "Yes — Yes. …"
    quote = window(said or text, None, MAX_ANSWER_CHARS - len(head) - 4)
    markers = " ".join(f"[{n}]" for n in range(1, len(cited) + 1))
    return Draft(text=f"{head}{quote} {markers}", answerable=True, cited=cited, short_answer=verdict,
                 confidence=max(draft.confidence, round(value, 3)))


def _beside(request: AnswerRequest, passage: Passage, reach: int, after: bool) -> list[Passage]:
    """The passages of its document within `reach` after (or before) it, nearest first."""
    return sorted((p for p in request.neighbours(passage, window=reach) if p.source == passage.source
                   and (p.ordinal > passage.ordinal if after else p.ordinal < passage.ordinal)),
                  key=lambda p: p.ordinal, reverse=not after)


def lead_in_of(request: AnswerRequest, item: Passage) -> Optional[Passage]:
    """The line that leads in the list a marked item is of ("You can't bring into our screens:", or a
    heading that denies: "What we never accept"): what is said of the item ("popcorn bought elsewhere;"
    alone says nothing of bringing it)."""
    if request.neighbours is None or not item.item:
        return None
    lead = next((p for p in _beside(request, item, LEAD_REACH, after=False)
                 if not p.item and p.line_start != item.line_start), None)
    # A heading right above the items that says no to them leads them in too ("What we never accept");
    # another ("Decisions", "Benefits") says nothing the items do not.
    if lead is None or not (lead.text.rstrip().endswith(":") or lead.heading and negations(tokens(lead.text))):
        return None
    return lead


def item_asked(request: AnswerRequest, lead: Passage) -> Optional[Passage]:
    """Of the marked items a lead-in line introduces ("please don't bring:"), the one holding most of
    the question's words ("…my own popcorn…": "popcorn, sweets or crisps bought elsewhere;"), if any."""
    if request.neighbours is None or not lead.text.rstrip().endswith(":") or lead.item:
        return None
    items = list(takewhile(lambda p: p.item, _beside(request, lead, LEAD_REACH, after=True)))
    scored = [(support(request.standalone, p.text, request.term_weight), -p.ordinal, p) for p in items]
    best = max(scored, default=None, key=lambda x: x[:2])
    return best[2] if best is not None and best[0] > 0 else None


def _paragraph_says(request: AnswerRequest, sentence: Passage) -> Optional[Passage]:
    """The "Yes." or "No." that opens the sentence's paragraph (an FAQ's answer), when another
    sentence of it was the one found ("No. SMS is on paid plans only. Free customers must upgrade.")."""
    if request.neighbours is None or _SAYS.match(sentence.text):
        return None
    before = [p for p in _beside(request, sentence, PARAGRAPH_REACH, after=False)
              if p.line_start == sentence.line_start]
    first = before[-1] if before else None  # the paragraph's first sentence
    return first if first is not None and _SAYS.match(first.text) else None
