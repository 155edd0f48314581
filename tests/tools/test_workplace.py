"""The workplace scorer judges what the user reads, by the question's form; and it runs end to end
on real documents through `python -m tools.eval --workplace`."""
import json
import shutil

import pytest

from tools.workplace import judge, summarize

from ..conftest import DATA, run_cli


def _answer(text: str, answerable: bool = True, short=None, cited=()) -> dict:
    return {"answer": text, "answerable": answerable, "short_answer": short,
            "citations": [{"text": t, "source": "d.md"} for t in cited]}


def test_a_factual_answer_is_right_when_its_short_answer_holds_a_gold_answer():
    item = {"type": "factual", "answers": ["$2,000", "2000 dollars"]}
    assert judge(item, _answer("$2,000 [1] — “…”", short="$2,000"))
    assert judge(item, _answer("up to $2,000 per year [1]", short="up to $2,000 per year"))
    assert not judge(item, _answer("$5,000 [1]", short="$5,000"))
    assert not judge(item, _answer("$2,000", answerable=False, short="$2,000"))  # a refusal is never right


def test_yes_no_lists_explanations_summaries_and_refusals_by_their_own_rule():
    assert judge({"type": "yes_no", "answers": ["no"]}, _answer("No — economy class only [1]"))
    assert not judge({"type": "yes_no", "answers": ["no"]}, _answer("Yes — economy class only [1]"))
    listed = {"type": "list", "answers": ["technical approach", "staffing plan", "price"]}
    assert judge(listed, _answer("Factors: the technical approach [1]; the staffing plan [2]; the price [3]"))
    assert not judge(listed, _answer("Factors: the technical approach [1]"))
    why = {"type": "explanation", "answers": ["…"],
           "evidence": [{"quote": "Grants cover travel so that members who cannot afford it can attend."}]}
    assert judge(why, _answer("See [1].", cited=["Grants cover travel so that members who cannot afford it attend."]))
    assert not judge(why, _answer("Because of the budget [1].", cited=["The budget is set each year."]))
    summary = {"type": "summary", "answers": ["grants cover travel and hotels", "up to $2000 per person"]}
    assert judge(summary, _answer("Grants cover travel and hotels [1]. Up to $2000 per person [2].",
                                  cited=["a", "b"]))
    assert not judge(summary, _answer("Grants cover travel and hotels [1].", cited=["a"]))  # one key point, one cite
    assert judge({"type": "unanswerable"}, _answer("The documents don't say.", answerable=False))
    assert not judge({"type": "unanswerable"}, _answer("Yes — [1]"))


def test_the_summary_counts_conversations_whole_and_refusals_of_answerable_questions():
    items = [{"id": "c1", "type": "conversation", "turns": [{}, {}]}, {"id": "q1", "type": "factual"}]
    rows = [{"id": "c1", "turn": 1, "type": "factual", "doc": "a.md", "answerable": True, "right": True},
            {"id": "c1", "turn": 2, "type": "factual", "doc": "a.md", "answerable": False, "right": False},
            {"id": "q1", "turn": None, "type": "factual", "doc": "b.pdf", "answerable": True, "right": True}]
    summary = summarize(rows, items)
    assert summary["all"] == {"right": 2, "n": 3, "rate": 0.667}
    assert summary["conversations_all_turns_right"] == {"right": 0, "n": 1}
    assert summary["answerable_refused"] == {"refused": 1, "n": 3}
    assert summary["by_format"]["PDF"]["right"] == 1 and summary["by_format"]["Markdown"]["n"] == 2


@pytest.mark.slow
def test_eval_runs_the_workplace_set_in_the_same_report(tmp_path, fake_env):
    folder = tmp_path / "workplace"
    (folder / "docs").mkdir(parents=True)
    for name in ("rust-travel-grant-policy.md", "18f-partnership-principles.pdf"):
        shutil.copy(DATA / "workplace" / name, folder / "docs" / name)
    items = [{"id": "t1", "type": "factual", "doc": "18f-partnership-principles.pdf", "answerable": True,
              "q": "How long does a Foundation Engagement typically last?", "answers": ["eight to ten weeks"]},
             {"id": "t2", "type": "unanswerable", "doc": None, "answerable": False,
              "q": "What is the capital of Mongolia?", "answers": []}]
    (folder / "dev.json").write_text(json.dumps({"items": items}))
    out = tmp_path / "report"
    result = run_cli(["tools.eval", "--no-squad", "--no-baseline", "--no-sweep", "--answerers", "hybrid",
                      "--workplace", str(folder), "--out", str(out)], fake_env, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(out.with_suffix(".json").read_text())
    assert [r["q"] for r in report["workplace"]["rows"]] == [i["q"] for i in items]
    assert report["workplace"]["summary"]["all"]["n"] == 2
    assert "| format: PDF |" in out.with_suffix(".md").read_text()
