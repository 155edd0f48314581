"""Calibrate the reader's answer/refuse decision on SQuAD 2.0 articles it was not trained on.

    python scripts/calibrate_reader.py --squad ../shared/data/squad [--articles 3]

The validation articles of scripts/train_reader.py (the last N of dev-v2.0-extra.json by title) are
ingested together (the open setting, as in the product) and every question is answered with
refusals off. A logistic curve maps the reader's margin (best span score minus "no answer") to the
probability that the span is right (F1 >= 0.5 with a gold answer); the refusal threshold on that
probability is the one with the best SQuAD 2.0 F1 among those that refuse at most
--max-false-refusal (10 %) of the answerable questions, estimated by leave-one-article-out
cross-validation. Writes chatbot/models/reader/calibration.json, which the reader reads its
threshold from (unless CHATBOT_MIN_CONFIDENCE is set).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chatbot.eval import token_f1  # noqa: E402

THRESHOLDS = np.round(np.arange(0.05, 0.96, 0.01), 2)


def fit_logistic(x: np.ndarray, y: np.ndarray, steps: int = 50) -> tuple[float, float]:
    """Newton's method on a 1-D logistic regression, on the standardized margin (a ridge keeps it
    finite when the margin hardly predicts anything), returned for the raw margin."""
    centre, spread = float(np.mean(x)), float(np.std(x)) or 1.0
    a, b = _fit_standardized((x - centre) / spread, y, steps)
    return a / spread, b - a * centre / spread


def _fit_standardized(x: np.ndarray, y: np.ndarray, steps: int) -> tuple[float, float]:
    a, b = 0.0, 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(a * x + b)))
        w = p * (1 - p) + 1e-9
        grad = np.array([np.sum((p - y) * x) + 1.0 * a, np.sum(p - y)])
        hess = np.array([[np.sum(w * x * x) + 1.0, np.sum(w * x)], [np.sum(w * x), np.sum(w)]])
        a, b = np.array([a, b]) - np.linalg.solve(hess, grad)
    return float(a), float(b)


def squad_f1(prob: np.ndarray, f1: np.ndarray, answerable: np.ndarray, threshold: float) -> dict:
    answered = prob >= threshold
    scores = np.where(answered, f1, (~answerable).astype(float))  # a refusal is right for unanswerable ones
    unanswerable = ~answerable
    return {"f1": 100 * float(scores.mean()),
            "refusal": float((~answered & unanswerable).sum() / max(1, unanswerable.sum())),
            "false_refusal": float((~answered & answerable).sum() / max(1, answerable.sum()))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--squad", type=Path, required=True)
    ap.add_argument("--articles", type=int, default=3)
    ap.add_argument("--out", type=Path, default=ROOT / "chatbot" / "models" / "reader" / "calibration.json")
    ap.add_argument("--rows", type=Path, default=ROOT / ".chatbot" / "reader-training" / "calibration-rows.json",
                    help="the answered questions are kept here; --refit fits again from them")
    ap.add_argument("--refit", action="store_true", help="fit from --rows without answering again")
    ap.add_argument("--max-false-refusal", type=float, default=0.10,
                    help="the threshold may refuse at most this share of answerable questions (1 = no cap)")
    args = ap.parse_args(argv)
    rows = json.loads(args.rows.read_text()) if args.refit else answer_held_out(args)
    args.rows.parent.mkdir(parents=True, exist_ok=True)
    args.rows.write_text(json.dumps(rows))
    sources = np.array([r[0] for r in rows])
    # An empty window has no span (margin -inf): far below every real margin, but finite for the fit.
    margin = np.clip(np.array([r[1] for r in rows], dtype=float), -50.0, 50.0)
    f1 = np.array([r[2] for r in rows])
    answerable = np.array([r[3] for r in rows], dtype=bool)
    right = (f1 >= 0.5).astype(float)

    def choose(mask: np.ndarray) -> tuple[float, float, float]:
        a, b = fit_logistic(margin[mask], right[mask])
        prob = 1 / (1 + np.exp(-(a * margin[mask] + b)))
        # The best SQuAD 2.0 F1 among thresholds that keep false refusals within the cap: refusing
        # most answerable questions scores well on a half-unanswerable set, and serves users badly.
        allowed = [t for t in THRESHOLDS
                   if squad_f1(prob, f1[mask], answerable[mask], t)["false_refusal"] <= args.max_false_refusal]
        best = max(allowed or [THRESHOLDS[0]], key=lambda t: squad_f1(prob, f1[mask], answerable[mask], t)["f1"])
        return a, b, float(best)

    folds = {}
    for source in sorted(set(sources)):
        a, b, t = choose(sources != source)
        test = sources == source
        prob = 1 / (1 + np.exp(-(a * margin[test] + b)))
        folds[source] = {"threshold": t, **squad_f1(prob, f1[test], answerable[test], t)}
    a, b, threshold = choose(np.ones(len(rows), dtype=bool))
    cv = {k: round(float(np.mean([f[k] for f in folds.values()])), 3) for k in ("f1", "refusal", "false_refusal")}
    result = {"a": round(a, 5), "b": round(b, 5), "threshold": threshold, "max_false_refusal": args.max_false_refusal,
              "articles": sorted(set(sources)),
              "questions": len(rows), "cross_validated": cv, "folds": folds,
              "note": "probability = 1 / (1 + exp(-(a * margin + b))); refuse below threshold"}
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0


def answer_held_out(args) -> list:
    """(article, margin, token F1 of the reader's span, answerable) for every question of the
    held-out articles, answered by the whole product with refusals off."""
    from chatbot.chain import ChatChain
    from chatbot.config import load_settings
    from chatbot.embeddings import get_embeddings
    from chatbot.eval import load_squad
    from chatbot.store import open_store
    from ingest.loaders import document_from_text
    from ingest.pipeline import ingest_documents

    data = json.loads((args.squad / "dev-v2.0-extra.json").read_text(encoding="utf-8"))
    held = sorted(data["data"], key=lambda a: a["title"])[-args.articles:]
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "held.json").write_text(json.dumps({"data": held}))
        documents, items = load_squad(Path(tmp) / "held.json")
        settings = load_settings(persist_dir=Path(tmp) / "store", collection="calibration", answerer="reader",
                                 min_confidence=0.0, chroma_host=None)
        store = open_store(settings, get_embeddings(settings.embeddings), create=True)
        ingest_documents([document_from_text(s, t) for s, t in documents], store, progress=False)
        chain = ChatChain(settings, store=store)
        rows = []
        for n, item in enumerate(items):
            state = chain._prepare.invoke({"question": item.question, "history": []})
            read = chain.answerer.read(state["request"])
            margin, text = (read[0][0].margin, read[0][0].text) if read else (-20.0, "")
            rows.append((item.source, margin, token_f1(text, item.golds) if item.answerable else 0.0, item.answerable))
            if n % 200 == 0:
                print(f"{n}/{len(items)}", file=sys.stderr, flush=True)
    return rows


if __name__ == "__main__":
    sys.exit(main())
