"""Calibrate an offline answerer's answer/refuse decision on SQuAD 2.0 articles the reader was not trained on.

    python -m tools.calibrate_reader --squad ../shared/data/squad [--answerer hybrid|reader] [--articles 3]

The validation articles of tools/train_reader.py (the last N of dev-v2.0-extra.json by title) are
ingested together (the open setting, as in the product) and every question is answered with
refusals off. A logistic regression maps the answerer's evidence to the probability that its short
answer is right (F1 >= 0.5 with a gold answer):
- reader: the reader's margin (best span score minus "no answer") over the top windows;
- hybrid: the rules' answerability (as a logit) and the reader's margin on the rules' sentence.
The refusal threshold on that probability is the one with the best SQuAD 2.0 F1 among those that
refuse at most --max-false-refusal (10 %) of the answerable questions, estimated by
leave-one-article-out cross-validation. Writes chatbot/models/reader/calibration[-hybrid].json,
which the answerer reads its weights and threshold from (unless CHATBOT_MIN_CONFIDENCE is set).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

from tools import ROOT

from chatbot.answering.reader import HybridAnswerer, ReaderAnswerer
from tools.eval import token_f1

THRESHOLDS = np.round(np.arange(0.05, 0.96, 0.01), 2)
FEATURES = {answerer.name: list(answerer.features) for answerer in (ReaderAnswerer, HybridAnswerer)}


def fit_logistic(x: np.ndarray, y: np.ndarray, steps: int = 50) -> tuple[np.ndarray, float]:
    """Newton's method on a logistic regression over the standardized features (a ridge keeps it
    finite when a feature hardly predicts anything), returned as weights and bias for the raw ones."""
    centre, spread = x.mean(axis=0), x.std(axis=0)
    spread[spread == 0] = 1.0
    z = np.hstack([(x - centre) / spread, np.ones((len(x), 1))])
    ridge = np.diag([1.0] * x.shape[1] + [0.0])
    w = np.zeros(z.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w)))
        grad = z.T @ (p - y) + ridge @ w
        hess = (z * (p * (1 - p) + 1e-9)[:, None]).T @ z + ridge
        w = w - np.linalg.solve(hess, grad)
    weights = w[:-1] / spread
    return weights, float(w[-1] - weights @ centre)


def probability(x: np.ndarray, weights: np.ndarray, bias: float) -> np.ndarray:
    return 1 / (1 + np.exp(-(x @ weights + bias)))


def squad_f1(prob: np.ndarray, f1: np.ndarray, answerable: np.ndarray, threshold: float) -> dict:
    answered = prob >= threshold
    scores = np.where(answered, f1, (~answerable).astype(float))  # a refusal is right for unanswerable ones
    unanswerable = ~answerable
    return {"f1": 100 * float(scores.mean()),
            "refusal": float((~answered & unanswerable).sum() / max(1, unanswerable.sum())),
            "false_refusal": float((~answered & answerable).sum() / max(1, answerable.sum()))}


def best_threshold(prob: np.ndarray, f1: np.ndarray, answerable: np.ndarray, max_false_refusal: float) -> float:
    """The best SQuAD 2.0 F1 among thresholds that keep false refusals within the cap: refusing
    most answerable questions scores well on a half-unanswerable set, and serves users badly."""
    allowed = [t for t in THRESHOLDS if squad_f1(prob, f1, answerable, t)["false_refusal"] <= max_false_refusal]
    return float(max(allowed or [THRESHOLDS[0]], key=lambda t: squad_f1(prob, f1, answerable, t)["f1"]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--squad", type=Path, required=True)
    ap.add_argument("--answerer", choices=sorted(FEATURES), default="hybrid")
    ap.add_argument("--articles", type=int, default=3)
    ap.add_argument("--out", type=Path, help="default: chatbot/models/reader/ calibration.json (reader) or "
                                             "calibration-hybrid.json (hybrid)")
    ap.add_argument("--rows", type=Path, help="the answered questions are kept here; --refit fits again from them "
                                              "(default: .chatbot/reader-training/calibration-rows-<answerer>.json)")
    ap.add_argument("--refit", action="store_true", help="fit from --rows without answering again")
    ap.add_argument("--max-false-refusal", type=float, default=0.10,
                    help="the threshold may refuse at most this share of answerable questions (1 = no cap)")
    args = ap.parse_args(argv)
    from chatbot.answering.model import calibration_path

    args.out = args.out or calibration_path(args.answerer)
    args.rows = args.rows or ROOT / ".chatbot" / "reader-training" / f"calibration-rows-{args.answerer}.json"
    rows = json.loads(args.rows.read_text()) if args.refit else answer_held_out(args)
    args.rows.parent.mkdir(parents=True, exist_ok=True)
    args.rows.write_text(json.dumps(rows))
    sources = np.array([r[0] for r in rows])
    # An empty window has no span (margin -inf): far below every real margin, but finite for the fit.
    x = np.clip(np.array([r[1] for r in rows], dtype=float), -50.0, 50.0)
    f1 = np.array([r[2] for r in rows])
    answerable = np.array([r[3] for r in rows], dtype=bool)
    right = (f1 >= 0.5).astype(float)

    def choose(mask: np.ndarray) -> tuple[np.ndarray, float, float]:
        weights, bias = fit_logistic(x[mask], right[mask])
        prob = probability(x[mask], weights, bias)
        return weights, bias, best_threshold(prob, f1[mask], answerable[mask], args.max_false_refusal)

    folds = {}
    for source in sorted(set(sources)):
        weights, bias, t = choose(sources != source)
        test = sources == source
        folds[source] = {"threshold": t, **squad_f1(probability(x[test], weights, bias), f1[test], answerable[test], t)}
    weights, bias, threshold = choose(np.ones(len(rows), dtype=bool))
    cv = {k: round(float(np.mean([f[k] for f in folds.values()])), 3) for k in ("f1", "refusal", "false_refusal")}
    result = {"answerer": args.answerer, "features": FEATURES[args.answerer],
              "weights": [round(float(w), 5) for w in weights], "bias": round(bias, 5), "threshold": threshold,
              "max_false_refusal": args.max_false_refusal, "articles": sorted(set(sources)),
              "questions": len(rows), "answerable_f1_no_refusals": round(100 * float(f1[answerable].mean()), 2),
              "cross_validated": cv, "folds": folds,
              "note": "probability = 1 / (1 + exp(-(weights . features + bias))); refuse below threshold"}
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0


def answer_held_out(args) -> list:
    """(article, the answerer's evidence, token F1 of its short answer, answerable) for every
    question of the held-out articles, answered by the whole product with refusals off."""
    rows = []
    for item, request, answerer in held_out_requests(args.squad, args.articles, args.answerer):
        evidence = answerer.evidence(request)
        f1 = token_f1(evidence.short, item.golds) if item.answerable else 0.0
        rows.append((item.source, evidence.features, f1, item.answerable))
    return rows


def held_out_requests(squad: Path, articles: int, answerer: str):
    """(question, the product's answer request for it, the answerer) for every question of the
    last `articles` articles of dev-v2.0-extra.json by title (the reader's validation articles),
    ingested together, with refusals off."""
    from chatbot import ChatChain
    from chatbot import load_settings
    from chatbot import get_embeddings
    from tools.eval import load_squad
    from chatbot import open_store
    from ingest import document_from_text
    from ingest import ingest_documents

    data = json.loads((squad / "dev-v2.0-extra.json").read_text(encoding="utf-8"))
    held = sorted(data["data"], key=lambda a: a["title"])[-articles:]
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "held.json").write_text(json.dumps({"data": held}))
        documents, items = load_squad(Path(tmp) / "held.json")
        settings = load_settings(persist_dir=Path(tmp) / "store", collection="calibration",
                                 answerer=answerer, min_confidence=0.0, chroma_host=None)
        store = open_store(settings, get_embeddings(settings.embeddings), create=True)
        ingest_documents([document_from_text(s, t) for s, t in documents], store, progress=False)
        chain = ChatChain(settings, store=store)
        for n, item in enumerate(items):
            request = chain.prepare(item.question, []).request
            yield item, request, chain.answerer
            if n % 200 == 0:
                print(f"{n}/{len(items)}", file=sys.stderr, flush=True)

if __name__ == "__main__":
    sys.exit(main())
