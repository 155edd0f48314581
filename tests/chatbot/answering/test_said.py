"""What someone said: the speaker's sentence, the clause of their words on the topic."""
from __future__ import annotations

import pytest

from chatbot.answering.base import AnswerRequest
from chatbot.answering.said import asks_what_was_said, key_clause, reported_words, said_answer
from chatbot.types import Draft, Passage, ScoredPassage

SENTENCES = [
    "Earlier in the day, Defense Minister Le Drian said France will carry out more strikes.",
    '"There will be more strikes, to prevent these training camps from continuing," he said on TV.',
    '"We must create a broad coalition against terror," Putin said in his speech.',
    "Hollande called such a coalition possible but said it would need a clear basis.",
]


def _passages() -> list[Passage]:
    out, at = [], 0
    for n, text in enumerate(SENTENCES):
        out.append(Passage(id=f"s{n}", text=text, source="news.txt", start=at, end=at + len(text), line_start=1,
                           line_end=1, ordinal=n))
        at += len(text) + 1
    return out


def _ask(question: str, cited: int, answerable: bool = True):
    passages = _passages()

    def neighbours(passage, window=1):
        return [p for p in passages if abs(p.ordinal - passage.ordinal) <= window]

    request = AnswerRequest(question=question, standalone=question, neighbours=neighbours,
                            candidates=[ScoredPassage(p) for p in passages])
    draft = Draft(text="x [1]", answerable=answerable, cited=[passages[cited]], short_answer="x", confidence=0.5)
    return said_answer(request, draft)


@pytest.mark.parametrize("question, asked", [
    ("What did Le Drian say about the training camps?", ({"le", "drian"}, "the training camps")),
    ("and what did Putin say?", ({"putin"}, "")),
    ("What did he tell reporters?", (set(), "reporters")),
    ("What did Le Drian do?", None), ("Who said it?", None),
])
def test_a_question_asking_what_someone_said(question, asked):
    found = asks_what_was_said(question)
    assert (found and ({w for w in found[0] if w not in {"le"}}, found[1])) == (
        asked and ({w for w in asked[0] if w != "le"}, asked[1]))


def test_the_speakers_words_on_the_topic_from_his_own_sentence():
    answer = _ask("What did Le Drian say about the training camps?", cited=0)
    assert answer.cited[0].id == "s1"  # "he said", after the sentence naming him, holds the camps
    assert answer.short_answer == "to prevent these training camps from continuing"


def test_never_another_speakers_words():
    answer = _ask("What did Putin say?", cited=3)
    assert answer.cited[0].id == "s2" and answer.short_answer == "We must create a broad coalition against terror"
    assert _ask("What did Merkel say about the coalition?", cited=3) is None  # no sentence of hers: unsure


def test_reported_words_and_their_key_clause():
    assert reported_words(SENTENCES[3]) == "it would need a clear basis"
    assert reported_words('"We will strike," he said.') == "We will strike"
    assert key_clause("we will strike again, and the camps will close", "the camps") == "and the camps will close"
