"""The first minutes of a conversation, through the CLI as a subprocess: summaries, small talk, /help,
documented exit codes, an empty collection."""
import json

import pytest

from ...conftest import ARTICLE, run_cli

pytestmark = pytest.mark.slow  # the CLI as subprocesses

ARTICLE_LINES = ARTICLE.read_text().splitlines()


def _jsonl(env, *questions) -> tuple[list[dict], int]:
    stdin = "".join(json.dumps(q if isinstance(q, dict) else {"question": q}) + "\n" for q in questions)
    result = run_cli(["chatbot", "chat", "--jsonl"], env, stdin=stdin)
    return [json.loads(line) for line in result.stdout.splitlines()], result.returncode


def test_summary_requests_give_central_cited_sentences_in_document_order(real_env):
    text = ARTICLE.read_text()
    for question in ("Summarize the article", "What is this article about?", "key points", "tl;dr"):
        result = run_cli(["chatbot", "ask", question, "--json"], real_env)
        assert result.returncode == 0, result.stderr
        answer = json.loads(result.stdout)
        lines = [c["line_start"] for c in answer["citations"]]
        assert answer["answerable"] and answer["backend"] == "summary"
        assert 3 <= len(lines) <= 5 and lines == sorted(lines)
        assert lines != list(range(1, len(lines) + 1))  # not simply the first sentences
        assert {1, 11} <= set(lines)  # the lead (France backs a coalition) and Le Drian's "more strikes"
        for c in answer["citations"]:
            assert text[c["start"]:c["end"]] == c["text"] and f"[{c['n']}]" in answer["answer"]
            assert " ".join(c["text"].split()) in answer["answer"]


def test_tell_me_more_continues_without_repeating(real_env):
    out, code = _jsonl(real_env, "Summarize the article", "tell me more", "tell me more")
    assert code == 0
    shown = [[c["id"] for c in a["citations"]] for a in out]
    assert all(shown) and len({i for ids in shown for i in ids}) == sum(len(ids) for ids in shown)
    assert out[1]["answer"].startswith("More from article.txt")


def test_tell_me_more_after_an_answer_reads_on_around_its_passage(real_env):
    out, _ = _jsonl(real_env, "who ruled out Assad?", "tell me more")
    lines = [c["line_start"] for c in out[1]["citations"]]
    assert out[1]["answerable"] and 5 not in lines and lines and all(4 <= n <= 8 for n in lines)


def test_small_talk_gets_a_friendly_reply_without_citations(real_env):
    out, code = _jsonl(real_env, "hi", "thanks!", "what can you do?", "help")
    assert code == 0
    for answer in out:
        assert answer["citations"] == [] and answer["backend"] == "conversation"
        assert answer["answer"] != "The document does not say."
    assert out[0]["answer"].startswith("Hello!") and "article.txt" in out[0]["answer"]
    assert "Who ruled out Assad?" in out[0]["answer"]  # a hint of what to ask
    assert "summary" in out[2]["answer"] and "guessing" in out[2]["answer"]


def test_bare_why_with_nothing_to_refer_to_asks_what_is_meant(real_env):
    out, _ = _jsonl(real_env, "why?", {"reset": True}, "and?", {"reset": True}, "hi", "why?")
    for answer in (out[0], out[2], out[5]):  # the greeting before the last cites nothing to refer to
        assert answer["citations"] == [] and answer["answer"].startswith("What would you like to know?")


def test_why_after_an_answer_gives_the_reason_stated_with_that_passage(real_env):
    text = ARTICLE.read_text()
    out, code = _jsonl(real_env, "who ruled out Assad?", "why?", {"reset": True},
                       "How many strikes has France carried out in Iraq?", "why?")
    assert code == 0
    why = out[1]
    assert why["answerable"] and why["short_answer"].startswith("saying it was impossible")
    assert [c["id"] for c in why["citations"]] == [out[0]["citations"][0]["id"]]  # the same passage, read again
    c = why["citations"][0]
    assert text[c["start"]:c["end"]] == c["text"] and why["short_answer"] in c["text"]
    # The strikes sentence and its neighbours give no reason: said so, not a random quote.
    assert out[4]["answer"] == "The document does not say why." and out[4]["citations"] == []


def test_a_follow_up_the_passages_do_not_answer_is_refused(real_env):
    out, _ = _jsonl(real_env, "who ruled out Assad?", "When did he join the coalition?", {"reset": True},
                    "What did Putin call for?", "Which countries did he name?")
    assert out[1]["standalone_question"] == "When did Hollande join the coalition?"
    assert not out[1]["answerable"] and out[1]["answer"] == "The document does not say."  # no date there
    named = out[4]  # answered: the passage names them
    assert named["answerable"] and named["short_answer"] in {"Muslim", "Muslim countries"}


def test_a_follow_up_about_what_the_document_never_says_is_refused(real_env):
    out, _ = _jsonl(real_env, "Who is Le Drian?", "What is his salary?")
    assert out[0]["answerable"]
    unsaid = out[1]  # the passages name him, but not a salary
    assert not unsaid["answerable"] and unsaid["answer"] == "The document does not say."
    assert unsaid["citations"] == []


def test_who_did_he_marry_is_refused(real_env):
    out, _ = _jsonl(real_env, "who ruled out Assad?", "Who did he marry?")
    assert out[0]["short_answer"] == "Hollande"
    assert not out[1]["answerable"] and out[1]["citations"] == []


def test_help_in_the_repl_is_not_a_question(real_env):
    result = run_cli(["chatbot", "chat"], real_env, stdin="/help\n/quit\n")
    assert result.returncode == 0
    assert "/reset" in result.stdout and "summarize" in result.stdout
    assert "The document does not say" not in result.stdout


def test_jsonl_exits_2_when_a_line_fails_as_documented(real_env):
    stdin = "".join(json.dumps({"question": q}) + "\n" for q in ("who ruled out Assad?", "   "))
    result = run_cli(["chatbot", "chat", "--jsonl"], real_env, stdin=stdin)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 2 and "Hollande" in out[0]["answer"] and "empty" in out[1]["error"]
    assert result.stderr == "error: 1 line(s) could not be answered (see their \"error\")\n"


def test_empty_collection_documents_and_ask(tmp_path, fake_env):
    (tmp_path / "note.txt").write_text("The harbour opened in 1901. It was rebuilt after the storm of 1953.\n")
    assert run_cli(["ingest", str(tmp_path / "note.txt")], fake_env).returncode == 0
    assert run_cli(["chatbot", "documents", "--remove", "note.txt"], fake_env).returncode == 0
    listed = run_cli(["chatbot", "documents"], fake_env)
    assert listed.returncode == 0 and listed.stdout == ""
    assert "no documents yet" in listed.stderr and "python -m ingest" in listed.stderr
    for question in ("who rebuilt the harbour?", "summarize"):
        asked = run_cli(["chatbot", "ask", question], fake_env)
        assert asked.returncode == 2 and asked.stdout == ""
        assert asked.stderr.startswith("error: there are no documents") and "python -m ingest" in asked.stderr
        assert len(asked.stderr.strip().splitlines()) == 1


def test_with_several_documents_the_summary_asks_which_or_follows_the_conversation(tmp_path, fake_env):
    harbour = "The harbour opened in 1901. It was rebuilt after the storm of 1953. Ferries leave it every hour.\n"
    bakery = "The bakery sells rye bread. Its ovens burn wood from the valley. It opens at six every morning.\n"
    (tmp_path / "harbour.txt").write_text(harbour)
    (tmp_path / "bakery.txt").write_text(bakery)
    assert run_cli(["ingest", str(tmp_path / "harbour.txt"), str(tmp_path / "bakery.txt")], fake_env).returncode == 0
    out, code = _jsonl(fake_env, "summarize", "summarize bakery.txt", "tell me more", "what is this about?")
    assert code == 0
    assert out[0]["citations"] == [] and out[0]["answer"].startswith("Which document should I summarize")
    assert "bakery.txt" in out[0]["answer"] and "harbour.txt" in out[0]["answer"]
    assert out[1]["backend"] == "summary" and {c["source"] for c in out[1]["citations"]} == {"bakery.txt"}
    assert all(c["source"] == "bakery.txt" for c in out[3]["citations"])  # the one the conversation is about
