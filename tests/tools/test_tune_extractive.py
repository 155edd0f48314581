"""tools/tune_extractive.py: the extractive rules' weights fitted on SQuAD articles (as a script), and the
weights file it writes is the one the answerer loads."""
import numpy as np
import pytest


@pytest.mark.slow  # runs the tuner as a subprocess
def test_the_rules_are_fitted_on_the_articles_given_and_print_weights_the_answerer_takes():
    import ast
    import os
    import re
    import subprocess
    import sys

    from chatbot.answering import extractive

    from ..conftest import DATA, ROOT

    result = subprocess.run([sys.executable, "-m", "tools.tune_extractive", "--squad", str(DATA / "squad" / "tiny"),
                             "--validation-articles", "1"], cwd=ROOT, capture_output=True, text=True, timeout=600,
                            env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert result.returncode == 0, result.stderr[-2000:]
    out = result.stdout
    select = ast.literal_eval(re.search(r"^SELECT_WEIGHTS = (\{.*\})$", out, re.M).group(1))
    answerable = ast.literal_eval(re.search(r"^ANSWERABLE_WEIGHTS = (\{.*\})$", out, re.M).group(1))
    assert select and set(select) <= set(extractive.SELECT_WEIGHTS)
    assert "bias" in answerable and set(answerable) <= set(extractive.ANSWERABLE_WEIGHTS) | {"select"}
    assert 0 < float(re.search(r"^DEFAULT_MIN_CONFIDENCE = ([0-9.]+)", out, re.M).group(1)) < 1
    # 3 tiny articles of 12 questions: 2 fitted, the last by title validates.
    assert "fitted (24 questions)" in out and "validation (12 questions)" in out


def test_the_weights_the_tuner_writes_are_the_weights_the_answerer_loads(tmp_path):
    import json

    from chatbot.answering.rules import HAND_SET_ANSWERABLE, HAND_SET_SELECT, WEIGHTS_PATH, load_weights
    from tools.tune_extractive import NAMES, weights_file

    select = np.zeros(len(NAMES))
    select[NAMES.index("dense")], select[NAMES.index("coverage")] = 2.7491, -0.0004  # the second rounds to 0
    answerable = np.zeros(len(NAMES) + 2)
    answerable[-2] = -0.0331  # margin
    path = tmp_path / "weights.json"
    path.write_text(json.dumps(weights_file(select, answerable, -2.5179, np.float64(0.38))))
    assert load_weights(path) == ({"dense": 2.749, **HAND_SET_SELECT},
                                  {"margin": -0.033, "bias": -2.518, **HAND_SET_ANSWERABLE}, 0.38)
    shipped = json.loads(WEIGHTS_PATH.read_text())
    assert set(shipped["select"]) <= set(NAMES) and 0 < shipped["threshold"] < 1


def test_a_workplace_sets_questions_mark_the_sentences_holding_their_evidence(tmp_path):
    """--workplace: each single-turn question with evidence, over its set's documents, with the
    candidates holding a quote marked gold; a question without a gold candidate adds no group."""
    from tools.tune_extractive import NAMES, chosen_first, collect_workplace, listwise, selection_groups

    from ..conftest import DATA

    rows = collect_workplace(DATA / "workplace-tiny", tmp_path)
    assert len(rows) == 4  # 3 factual and 1 yes/no; the 2 unanswerable ones have no evidence
    assert all(r["answerable"] and r["cands"] and len(r["cands"][0][0]) == len(NAMES) for r in rows)
    golds = [sum(gold for _, gold in r["cands"]) for r in rows]
    assert all(g >= 1 for g in golds)  # the tiny set's evidence is retrieved for every question
    groups = selection_groups(rows, repeat=2)
    assert len(groups) == 2 * len(rows)
    fitted = listwise(groups)
    assert chosen_first(rows, fitted) >= 0.75
