"""tools/fit_chooser.py: the hybrid's chooser fitted on recorded choices, cross-validated by folder;
the product reads what it writes."""
import json
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest

from chatbot.answering.model import Chooser
from chatbot.answering.reader import HybridAnswerer
from tools.fit_chooser import arrays, cross_validate, fit, right

from ..conftest import DATA, ROOT


WIDTH = len(HybridAnswerer.choice_features)


def _rows(sets=("a", "b", "c"), questions=20, seed=0):
    """Choices whose second feature tells the evidence (noisily), the first (the calibrated one) does not."""
    rng = np.random.default_rng(seed)
    rows = []
    for name in sets:
        for _ in range(questions):
            n = int(rng.integers(2, 5))
            evidence = [False] * n
            evidence[int(rng.integers(n))] = True
            features = [[float(rng.normal()), float(rng.normal() + 2.0 * e)] + [0.5] * (WIDTH - 2) for e in evidence]
            chosen = [k == 0 for k in range(n)]
            rows.append({"set": name, "q": "?", "chosen": chosen, "features": features, "evidence": evidence})
    return rows


def test_the_fitted_chooser_finds_the_evidence_the_calibrated_choice_missed():
    x, evidence, chosen, exists = arrays(_rows())
    assert x.shape[0] == 60 and exists.sum() == sum(len(r["features"]) for r in _rows())
    w, mean, scale = fit(x, evidence, exists)
    assert w[1] > 0 and abs(w[1]) > abs(w[0])  # the telling feature, not the noise
    assert right(x, evidence, exists, w, mean, scale) >= 45
    cv = cross_validate(_rows())
    assert cv["questions"] == 60 and set(cv["sets"]) == {"a", "b", "c"}
    assert cv["chooser"] > cv["probability"]  # the first choice holds the evidence about a third of the time


def test_questions_whose_choices_all_or_none_hold_the_evidence_teach_nothing():
    rows = _rows(questions=2)
    rows.append({"set": "a", "q": "?", "chosen": [True, False], "features": [[0.0] * WIDTH] * 2,
                 "evidence": [True, True]})
    rows.append({"set": "a", "q": "?", "chosen": [True], "features": [[0.0] * WIDTH], "evidence": [False]})
    assert arrays(rows)[0].shape[0] == 6


def test_the_written_chooser_is_the_one_the_hybrid_loads(tmp_path, monkeypatch):
    rows = tmp_path / "rows.json"
    rows.write_text(json.dumps(_rows()))
    out = tmp_path / "chooser-hybrid.json"
    result = subprocess.run([sys.executable, "-m", "tools.fit_chooser", "--refit", "--rows", str(rows),
                             "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    fitted = json.loads(out.read_text())
    assert fitted["features"] == list(HybridAnswerer.choice_features) and fitted["questions"] == 60
    assert "60 questions" in result.stdout
    monkeypatch.setattr("chatbot.answering.model.MODEL_DIR", tmp_path)
    chooser = Chooser.load("hybrid", HybridAnswerer.choice_features)
    assert chooser is not None and chooser.weights == tuple(fitted["weights"])
    assert chooser.score([0.0, 3.0] + [0.5] * (WIDTH - 2)) > chooser.score([0.0, -1.0] + [0.5] * (WIDTH - 2))
    # Fitted on other features: not read (the calibrated probability chooses).
    assert Chooser.load("hybrid", ("rules_logit",)) is None


def test_a_folder_without_questions_is_a_one_line_error(tmp_path):
    result = subprocess.run([sys.executable, "-m", "tools.fit_chooser", str(tmp_path),
                             "--out", str(tmp_path / "c.json")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and result.stderr.strip().count("\n") == 0
    assert "no docs/ and dev.json" in result.stderr


@pytest.mark.slow  # answers a workplace folder with the whole product
def test_choices_are_recorded_with_their_features_and_evidence(tmp_path):
    for name in ("one", "two"):
        shutil.copytree(DATA / "workplace-tiny", tmp_path / name)
    rows, out = tmp_path / "rows.json", tmp_path / "chooser.json"
    result = subprocess.run([sys.executable, "-m", "tools.fit_chooser", str(tmp_path / "one"), str(tmp_path / "two"),
                             "--rows", str(rows), "--out", str(out)], cwd=ROOT, capture_output=True, text=True,
                            timeout=600, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    recorded = json.loads(rows.read_text())
    assert {r["set"] for r in recorded} == {"one", "two"} and len(recorded) % 2 == 0
    for r in recorded:
        assert len(r["features"]) == len(r["evidence"]) == len(r["chosen"]) >= 1 and sum(r["chosen"]) == 1
        assert all(len(f) == len(HybridAnswerer.choice_features) for f in r["features"])
    assert any(any(r["evidence"]) for r in recorded)
    # Too few questions whose choices hold both the evidence and not may leave nothing to fit: said so.
    assert result.returncode == 0 or "no question whose choices" in result.stderr, result.stderr[-2000:]
