"""The development questions through `chat --jsonl`, scored like the evaluation command."""
import json
import re

import pytest

from ...conftest import run_cli

pytestmark = pytest.mark.slow  # the dev set through `chatbot chat --jsonl`, a subprocess


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.lower())).strip()


def _correct(answer: dict, expect: list[str]) -> bool:
    """Judged like the evaluation: the bold short answer, not the quote after it."""
    short = answer["short_answer"] or "" if answer["answerable"] else ""
    return bool(short) and len(short) <= 120 and any(_norm(e) in _norm(short) for e in expect)


def _cites(answer: dict, lines: list[int]) -> bool:
    total = sum(len(c["text"]) for c in answer["citations"])
    return total <= 450 and any(c["line_start"] <= line <= c["line_end"] for c in answer["citations"] for line in lines)


def test_dev_set_meets_the_floor(real_env, dev_qa):
    messages = []
    for item in dev_qa["questions"] + dev_qa["unanswerable"]:
        messages += [{"reset": True}, {"question": item["q"]}]
    for conversation in dev_qa["conversations"]:
        messages.append({"reset": True})
        messages += [{"question": turn["q"]} for turn in conversation]
    result = run_cli(["chatbot", "chat", "--jsonl"], real_env, stdin="".join(json.dumps(m) + "\n" for m in messages))
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines() if '"reset"' not in line[:10]]
    answers = iter(answers)
    questions = dev_qa["questions"]
    got = [next(answers) for _ in questions]
    correct = sum(_correct(a, q["expect"]) for a, q in zip(got, questions))
    cited = sum(_cites(a, q["lines"]) for a, q in zip(got, questions))
    refused = sum(not next(answers)["answerable"] for _ in dev_qa["unanswerable"])
    conversations_ok = 0
    for conversation in dev_qa["conversations"]:
        turns = [next(answers) for _ in conversation]
        conversations_ok += all(_correct(a, t["expect"]) and _cites(a, t["lines"]) for a, t in zip(turns, conversation))
    # The floor we hold today (the evaluation report has the exact figures): two short answers are
    # missed: "What are foreign combatants preparing…" gets a span of the wrong clause, and "Which
    # regime is dropping bombs on civilians?" answers "Bashar Assad" from the sentence before the
    # one that says it (line 8 for line 9: the hybrid reads a sentence that refers back with the one
    # before it, and the reader's span fell there). One refusal is missed since the refusal is
    # learned on SQuAD instead of rules tuned on these questions (issue 12): "Who is the president
    # of the United States?" answers "Francois Hollande" (a "President" of the article); "How many
    # people live in Syria?" sits at the threshold (0.217 against 0.21 since the rules were fitted on
    # SQuAD 2.0 articles instead of these questions; 0.207 before), so the floor allows a second miss.
    assert correct >= len(questions) - 2, correct
    assert cited >= len(questions) - 1, cited
    assert refused >= len(dev_qa["unanswerable"]) - 2, refused
    assert conversations_ok >= 1, conversations_ok
