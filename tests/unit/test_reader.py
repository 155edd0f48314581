"""The reader's decoding (unit), the shipped model (loads, answers, refuses), and the training
script run for a few steps on a tiny SQuAD sample, resumed, and exported."""
import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from chatbot.answering.model import MAX_ANSWER_PIECES, Calibration, Reader, best_span, shipped, widen_to_words

from ..conftest import ARTICLE, DATA, ROOT


def _script(name: str, *args: str) -> subprocess.CompletedProcess:
    module = f"tools.{name.removesuffix('.py')}"
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "HF_HUB_OFFLINE": "1"})


def _train(*args: str) -> subprocess.CompletedProcess:
    return _script("train_reader.py", *args)


def _windows(stdout: str) -> int:
    return int(re.search(r"training windows: (\d+)", stdout).group(1))


def test_best_span_keeps_start_before_end_and_a_length_limit():
    start = np.array([9.0, 0.0, 0.0, 5.0, 0.0])  # index 0 is "no answer": never part of a span
    end = np.array([9.0, 0.0, 6.0, 0.0, 2.0])  # the highest end comes before the highest start
    i, j, score = best_span(start, end)
    assert (i, j) == (2, 3) and score == pytest.approx(7.0)  # pieces counted from 0 after "no answer"
    starts, ends = np.zeros(MAX_ANSWER_PIECES + 11), np.zeros(MAX_ANSWER_PIECES + 11)
    starts[1], ends[-1] = 10.0, 10.0  # the best pair is too long: never returned
    i, j, _ = best_span(starts, ends)
    assert j - i < MAX_ANSWER_PIECES


def test_spans_widen_to_whole_words_and_drop_edge_punctuation():
    text = 'said "Normandy, a region."'
    a = text.index("orm")
    assert text[slice(*widen_to_words(text, a, a + 4))] == "Normandy"
    assert text[slice(*widen_to_words(text, 5, len(text)))] == "Normandy, a region"


@pytest.fixture(scope="module")
def reader_chain(real_env):
    from chatbot import ChatChain, load_settings

    settings = load_settings(persist_dir=Path(real_env["CHATBOT_PERSIST_DIR"]), answerer="reader", min_confidence=0.0)
    return ChatChain(settings)


def test_the_shipped_model_is_small_and_calibrated():
    path = shipped()
    assert path is not None and path.stat().st_size < 60_000_000
    Reader()
    for answerer in ("reader", "hybrid"):
        calibration = Calibration.load(answerer, default=None)
        assert calibration is not None, f"{answerer} has no calibration.json"
        assert 0.0 < calibration.threshold < 1.0
        assert 0.0 < calibration.probability([0.0] * len(calibration.weights)) < 1.0
        # More reader evidence never lowers the probability (the margin's weight is positive).
        assert calibration.weights[-1] > 0


def test_the_reader_answers_with_a_span_of_the_sentence_it_cites(reader_chain):
    article = ARTICLE.read_text(encoding="utf-8")
    answer = reader_chain.ask("Who ruled out Assad?")
    assert answer.backend == "reader" and answer.answerable and 0.0 <= answer.confidence <= 1.0
    assert answer.short_answer and answer.short_answer in " ".join(c.text for c in answer.citations)
    for c in answer.citations:
        assert article[c.start:c.end] == c.text  # exact offsets
    assert answer.answer.startswith(answer.short_answer)


def test_the_reader_refuses_below_the_threshold(reader_chain):
    strict = reader_chain.answerer
    strict.min_confidence = 1.0
    try:
        answer = reader_chain.ask("Who ruled out Assad?")
    finally:
        strict.min_confidence = 0.0
    assert not answer.answerable and answer.citations == [] and answer.short_answer is None


def test_the_hybrid_cites_one_of_the_rules_best_sentences_with_the_readers_span_and_refuses_on_both(real_env):
    from chatbot import ChatChain, load_settings
    from chatbot.answering.reader import RERANK, logit, with_antecedent

    settings = load_settings(persist_dir=Path(real_env["CHATBOT_PERSIST_DIR"]), answerer="hybrid")
    hybrid = ChatChain(settings)
    rules = ChatChain(settings.model_copy(update={"answerer": "extractive", "min_confidence": 0.0}),
                      store=hybrid.store)
    calibration = hybrid.answerer.calibration
    for question in ("Who ruled out Assad?", "What is the capital of Australia?"):
        mine, theirs = hybrid.ask(question), rules.ask(question)
        request = hybrid.prepare(question, []).request
        evidence = hybrid.answerer.evidence(request)
        assert mine.confidence == round(calibration.probability(evidence.features), 3)
        # The likeliest right of the rules' best sentences, each scored as if the rules had chosen it:
        _, _, choices = hybrid.answerer.rules.choices(request, k=RERANK)
        read = hybrid.answerer.reader.read_windows(request, [with_antecedent(request, c.passage) for _, c in choices])
        features = {s.window: [logit(choices[s.window][0]), s.margin] for s, _, _ in read}
        picked = max(features, key=lambda k: calibration.probability(features[k]))
        assert evidence.features == pytest.approx(features[picked])
        assert choices[0][0] == theirs.confidence
        sentence = choices[picked][1].passage
        if picked == 0 and evidence.cited[0].id == sentence.id:  # the rules' own choice and citations
            assert [p.id for p in evidence.cited] == [c.id for c in theirs.citations]
        else:  # that sentence (or the one before it, when it refers back and the answer lies there)
            assert sentence.id in [p.id for p in evidence.cited] or evidence.cited[0].ordinal == sentence.ordinal - 1
        if mine.answerable:
            assert [c.id for c in mine.citations] == [p.id for p in evidence.cited]
            assert mine.backend == "hybrid" and mine.short_answer in mine.citations[0].text
    assert hybrid.ask("Who ruled out Assad?").short_answer == "Hollande"
    assert not hybrid.ask("What is the capital of Australia?").answerable


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


def test_a_long_window_is_cut_to_the_models_input_and_decoded_within_it():
    from chatbot.answering.model import MAX_INPUT_PIECES, encode_pair

    reader = Reader()
    window = "The harbour was built in 1901. " * 200
    pair = encode_pair(reader.tokenizer, "When was the harbour built?", window)
    assert len(pair.ids) == MAX_INPUT_PIECES and pair.type_ids[-1] == 1 and pair.type_ids[0] == 0
    assert pair.offsets[0] == (0, 3) and window[slice(*pair.offsets[1])] == "harbour"
    span, = reader.read("When was the harbour built?", [window])
    assert span.end <= pair.offsets[-1][1]


def test_each_answerer_refuses_below_its_own_calibrated_threshold_unless_one_is_set(tmp_path):
    from chatbot import load_settings
    from chatbot.answering.extractive import ExtractiveAnswerer
    from chatbot.answering.rules import DEFAULT_MIN_CONFIDENCE
    from chatbot.answering.reader import HybridAnswerer, ReaderAnswerer

    default = load_settings(persist_dir=tmp_path, min_confidence=None)
    assert ReaderAnswerer(default).min_confidence == Calibration.load("reader", None).threshold
    assert HybridAnswerer(default).min_confidence == Calibration.load("hybrid", None).threshold
    assert ExtractiveAnswerer(default).min_confidence == DEFAULT_MIN_CONFIDENCE
    chosen = default.model_copy(update={"min_confidence": 0.7})
    assert (ReaderAnswerer(chosen).min_confidence == HybridAnswerer(chosen).min_confidence
            == ExtractiveAnswerer(chosen).min_confidence == 0.7)
    assert HybridAnswerer(chosen).rules.min_confidence == 0.0  # the hybrid's refusal is decided on both



def test_calibration_fits_a_refusal_the_answerer_reads(tmp_path):
    from chatbot.answering.reader import HybridAnswerer

    out = tmp_path / "calibration-hybrid.json"
    result = _script("calibrate_reader.py", "--squad", str(DATA / "squad" / "tiny"), "--out", str(out),
                     "--rows", str(tmp_path / "rows.json"))
    assert result.returncode == 0, result.stderr[-2000:]
    fitted = json.loads(out.read_text())
    assert fitted["questions"] == 36 and len(json.loads((tmp_path / "rows.json").read_text())) == 36
    assert len(fitted["weights"]) == len(HybridAnswerer.features) and 0.05 <= fitted["threshold"] <= 0.95
    calibration = Calibration(tuple(fitted["weights"]), fitted["bias"], fitted["threshold"])
    assert 0.0 < calibration.probability([0.0, 5.0]) < 1.0
    # Leave-one-article-out: a fold per article.
    assert set(fitted["folds"]) == {f"{a}.txt" for a in ("Amazon_rainforest", "Black_Death", "Civil_disobedience")}


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
