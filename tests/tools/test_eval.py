"""`python -m tools.eval` as users run it: both sets, every answerer beside the baseline, the threshold sweep."""
import json

import pytest

from tools.eval import Item, threshold_sweep

from ..conftest import run_cli


@pytest.mark.slow  # `python -m tools.eval` as a subprocess
def test_eval_command_writes_the_report(tmp_path):
    out = tmp_path / "report"
    result = run_cli(["tools.eval", "--per-article", "2,1", "--out", str(out)], {}, timeout=900)
    assert result.returncode == 0, result.stderr
    table = out.with_suffix(".md").read_text()
    assert table.strip() in result.stdout
    for row in ["| article | reader | ", "| article | extractive | ", "| article | naive LangChain RAG |",
                "| squad public | reader |", "| squad public | naive LangChain RAG |", "| 0.3 |", "| 0.5 |"]:
        assert row in table, row
    data = json.loads(out.with_suffix(".json").read_text())
    assert data["answerers"] == ["hybrid", "extractive", "reader"]  # the default answerer, then the other offline ones
    public = next(r for r in data["results"] if r["set"] == "squad public" and r["system"] == "hybrid")
    assert public["metrics"]["questions"] == 24  # 8 articles x (2 + 1)
    # The sweep (of the first answerer) at the default threshold is the product's own behaviour.
    default = next(r for r in data["sweep"] if r["threshold"] == data["min_confidence"])
    for metric in ("short_answer_correct", "precise_citation", "refusal", "false_refusal", "f1"):
        assert default[metric] == public["metrics"][metric], metric


def test_threshold_sweep_refuses_below_each_threshold():
    items = [Item("q1", ["Paris"], True, "a.txt", [(0, 5)]), Item("q2", [], False, "a.txt")]
    citation = {"source": "a.txt", "start": 0, "end": 5, "text": "Paris"}
    answers = [{"answer": "Paris [1]", "answerable": True, "confidence": 0.4, "citations": [citation],
                "short_answer": "Paris", "timings_ms": {"total": 1.0}},
               {"answer": "Lyon [1]", "answerable": True, "confidence": 0.3, "citations": [citation],
                "short_answer": "Lyon", "timings_ms": {"total": 1.0}}]
    low, middle, high = threshold_sweep(items, answers, thresholds=(0.2, 0.35, 0.5))
    assert low["f1"] == 50.0 and middle["f1"] == 100.0  # SQuAD 2.0: a refusal is right for q2
    assert (low["short_answer_correct"]["hits"], low["refusal"]["hits"]) == (1, 0)
    assert (middle["short_answer_correct"]["hits"], middle["refusal"]["hits"]) == (1, 1)
    assert (high["false_refusal"]["hits"], high["precise_citation"]["hits"]) == (1, 0)
