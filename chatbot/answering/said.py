"""What someone said: "What did Le Drian say about the training camps?" is answered with the part
of his words about them, from a sentence that is his (his name in it, or in the sentence before
one that says "he said"), the whole sentence quoted and cited.

    draft = said_answer(request, draft)   # None when the question does not ask what someone said

The short answer is the clause of the reported words (after "said", "saying", or in quotes) that
holds most of what the question asks about; without a topic ("What did Putin say?"), the first.
No sentence of the speaker's: the reply is "unsure" (forms.shape), never another speaker's words.
"""
from __future__ import annotations

import re
from typing import Optional

from chatbot.answering.base import AnswerRequest
from chatbot.answering.compose import compose
from chatbot.answering.extractive import sentence_before
from chatbot.answering.spans import MAX_CHARS
from chatbot.answering.yes_no import candidate_sentences, content_stems, support
from chatbot.text import normalize
from chatbot.types import Draft, Passage

MIN_TOPIC = 0.5  # the share of the topic a sentence must hold to overrule the answerer's refusal
_ASKS = re.compile(r"^\W*(?:(?:and|so|ok|okay|but)\b[\s,]*)?what (?:did|does|do|has|have|had|will|would) "
                   r"(?P<who>.+?) (?:say|said|tell|told|announce|announced|claim|claimed|warn|warned|add|added)"
                   r"\b(?P<topic>.*)$", re.IGNORECASE)
_PRONOUNS = frozenset({"he", "she", "they", "it", "you", "we", "i"})
_REPORTED = re.compile(r"\b(?:said|says|saying|told|added|warned|announced|claimed|stated)\b(?:\s+that\b)?[\s,:]*"
                       r"(?P<words>.+)$", re.IGNORECASE)
_PRONOUN_SAID = re.compile(r"\b(?:he|she|they)\s+(?:\w+\s+)?(?:said|says|added|told|warned|stated)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“]([^\"”]{12,})[\"”]")
_CLAUSES = re.compile(r",\s+|;\s+|\s+[–—]\s+|\s+but\s+")


def asks_what_was_said(question: str) -> Optional[tuple[set[str], str]]:
    """(the speaker's name stems, the topic) when the question asks what someone said; else None."""
    found = _ASKS.match(normalize(question).strip())
    if not found:
        return None
    who = {s for s in content_stems(found.group("who")) if s not in _PRONOUNS}
    topic = re.sub(r"^\s*(?:about|on|regarding|of)\b", "", found.group("topic")).strip(" ?.!")
    return who, topic


def reported_words(sentence: str) -> str:
    """What the sentence reports someone said: the quotes (they hold the words), else the text after
    "said"/"saying"; the whole sentence when it reports nothing."""
    quoted = _QUOTED.findall(sentence)
    after = _REPORTED.search(sentence)
    if after and (not quoted or any(q in after.group("words") for q in quoted)):
        return after.group("words").strip(" .,\"”")
    return " … ".join(q.strip(" ,.") for q in quoted) if quoted else sentence


def key_clause(words: str, topic: str) -> str:
    """The clause of the reported words that holds most of the topic (the first without one)."""
    clauses = [c.strip(" .,\"“”") for c in _CLAUSES.split(words) if len(c.split()) >= 3] or [words]
    best = max(clauses, key=lambda c: support(topic, c)) if topic else clauses[0]
    if (best.count('"') + best.count("“") + best.count("”")) % 2:
        best = re.sub(r"[\"“”]", "", best)  # a quote the clause cut open
    return best if len(best) <= MAX_CHARS else best[:MAX_CHARS].rsplit(" ", 1)[0] + "…"


def _speaks(request: AnswerRequest, passage: Passage, who: set[str]) -> bool:
    """Whether the sentence is the speaker's: names them, or says "he said" after one that does."""
    if not who or who <= set(content_stems(passage.text)):
        return True
    before = sentence_before(request, passage) if _PRONOUN_SAID.search(passage.text) else None
    return before is not None and who <= set(content_stems(before.text))


def said_answer(request: AnswerRequest, draft: Draft) -> Optional[Draft]:
    """The speaker's words on the topic, cited; None when no sentence around is the speaker's (or,
    the answerer having refused, none holds the topic)."""
    asked = asks_what_was_said(request.standalone)
    if asked is None:
        return None
    who, topic = asked
    # The answerer's own sentence first; another of the speaker's when it holds more of the topic.
    sentences = candidate_sentences(request, draft.cited, headings=False)
    held = {p.id: support(topic, p.text, request.term_weight) if topic else 1.0 for p in sentences}
    theirs = [p for p in sentences if _speaks(request, p, who)]
    if not theirs or not draft.answerable and max(held[p.id] for p in theirs) < MIN_TOPIC:
        return None
    sentence = max(theirs, key=lambda p: held[p.id])
    short = key_clause(reported_words(sentence.text), topic)
    return Draft(text=compose(short, sentence.text), answerable=True, cited=[sentence], short_answer=short,
                 confidence=draft.confidence)
