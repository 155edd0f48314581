"""How well can any combination of the evidence we have decide "answer or refuse"? A measurement,
not a fit for the product (that is tools/calibrate_reader.py).

    python -m tools.refusal_ceiling --squad ../shared/data/squad [--articles 3] [--out report.json]

The reader's validation articles (as in calibrate_reader.py: the last 3 of dev-v2.0-extra.json,
ingested together) are answered by the product's retrieval. For every question the best --depth
retrieved sentences are read by the reader one by one (with the sentence before when one refers
back, as the hybrid reads them) and scored by the rules. Then, for each pool of sentences and set
of features in DESIGNS, a logistic regression on every sentence (is its span right, token F1 >=
0.5) picks the sentence and its probability decides the refusal, with the threshold chosen as the
product's is (best SQuAD 2.0 F1 with at most 10 % answerable questions refused), all by
leave-one-article-out cross-validation. The AUC says how well the chosen answer's probability
separates answerable from unanswerable questions: the refusal targets need far more than we get.
"""
from __future__ import annotations

import argparse
import functools
import json
import math
import sys
from pathlib import Path

import numpy as np


from tools.calibrate_reader import fit_logistic, held_out_requests, probability, squad_f1, threshold_by_rule

from chatbot.answering.reader import NO_SPAN_MARGIN, logit, with_antecedent
from tools.scoring import token_f1

# (which sentences are read, how many, the features of each): the first is the shipped hybrid's.
DESIGNS = [
    ("rules", 3, ("rules_logit", "reader_margin")),
    ("rules", 1, ("rules_logit", "reader_margin")),
    ("rules", 5, ("rules_logit", "reader_margin")),
    ("retrieval", 5, ("reader_margin",)),
    ("retrieval", 8, ("reader_margin",)),
    ("retrieval", 8, ("reader_margin", "dense")),
    ("retrieval", 8, ("reader_margin", "dense", "log_rank")),
    ("retrieval", 8, ("reader_margin", "dense", "log_rank", "lexical", "span_words")),
    ("retrieval", 8, ("reader_margin", "rules_logit", "dense", "log_rank")),
]



def _scores(prob: np.ndarray, f1: np.ndarray, answerable: np.ndarray, threshold: float) -> list[dict]:
    return [squad_f1(prob, f1, answerable, threshold)]

def sentence_evidence(item, request, answerer, depth: int) -> list[dict]:
    """The retrieved sentences' evidence, in retrieval order."""
    _, _, choices = answerer.rules.choices(request, k=depth)
    rules = {c.passage.id: (rank, confidence) for rank, (confidence, c) in enumerate(choices)}
    candidates = request.candidates[:depth]
    read = {s.window: s for s, *_ in answerer.reader.read_windows(
        request, [with_antecedent(request, c.passage) for c in candidates])}
    out = []
    for rank, cand in enumerate(candidates):
        span = read.get(rank)
        rules_rank, confidence = rules.get(cand.passage.id, (depth, 0.0))
        text = span.text if span else ""
        out.append({"rank": rank, "rules_rank": rules_rank, "rules_logit": logit(confidence),
                    "reader_margin": span.margin if span else NO_SPAN_MARGIN, "dense": cand.dense,
                    "lexical": cand.lexical, "log_rank": math.log(rank + 1),
                    "span_words": math.log(1 + len(text.split())),
                    "f1": token_f1(text, item.golds) if item.answerable and text else 0.0})
    return out


def evaluate(rows: list[dict], pool: str, k: int, names: tuple[str, ...], max_false_refusal: float) -> dict:
    order = "rank" if pool == "retrieval" else "rules_rank"
    pools = [sorted(r["sentences"], key=lambda s: s[order])[:k] for r in rows]
    sources = np.array([r["source"] for r in rows])
    answerable = np.array([r["answerable"] for r in rows], dtype=bool)

    def features(sentences):
        return np.clip(np.array([[s[n] for n in names] for s in sentences], dtype=float), -50.0, 50.0)

    def fit(mask):
        chosen = [s for p, m in zip(pools, mask) if m for s in p]
        return fit_logistic(features(chosen), np.array([float(s["f1"] >= 0.5) for s in chosen]))

    def pick(weights, bias, index):
        prob, f1 = np.zeros(len(index)), np.zeros(len(index))
        for n, i in enumerate(index):
            if pools[i]:
                p = probability(features(pools[i]), weights, bias)
                best = int(np.argmax(p))
                prob[n], f1[n] = p[best], pools[i][best]["f1"]
        return prob, f1

    folds = []
    for source in sorted(set(sources)):
        train, test = np.where(sources != source)[0], np.where(sources == source)[0]
        weights, bias = fit(sources != source)
        train_prob, train_f1 = pick(weights, bias, train)
        t = threshold_by_rule(functools.partial(_scores, train_prob, train_f1, answerable[train]), max_false_refusal)
        prob, f1 = pick(weights, bias, test)
        folds.append({**squad_f1(prob, f1, answerable[test], t),
                      "answerable_f1": 100 * float(f1[answerable[test]].mean()) if answerable[test].any() else 0.0})
    prob, _ = pick(*fit(np.ones(len(rows), dtype=bool)), np.arange(len(rows)))
    pos, neg = prob[answerable], prob[~answerable]
    auc = float(((pos[:, None] > neg[None, :]) + 0.5 * (pos[:, None] == neg[None, :])).mean()) \
        if len(pos) and len(neg) else float("nan")
    cv = {key: round(float(np.mean([f[key] for f in folds])), 3)
          for key in ("f1", "refusal", "false_refusal", "answerable_f1")}
    return {"pool": pool, "sentences": k, "features": list(names), **cv, "auc": round(auc, 3)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--squad", type=Path, required=True)
    ap.add_argument("--articles", type=int, default=3)
    ap.add_argument("--depth", type=int, default=8, help="retrieved sentences read per question")
    ap.add_argument("--max-false-refusal", type=float, default=0.10)
    ap.add_argument("--out", type=Path, help="write the table and the settings here as JSON")
    args = ap.parse_args(argv)
    rows = [{"source": item.source, "answerable": item.answerable,
             "sentences": sentence_evidence(item, request, answerer, args.depth)}
            for item, request, answerer in held_out_requests(args.squad, args.articles, "hybrid")]
    table = [evaluate(rows, pool, min(k, args.depth), names, args.max_false_refusal) for pool, k, names in DESIGNS]
    print(f"{len(rows)} questions, {sum(r['answerable'] for r in rows)} answerable; leave-one-article-out")
    print("| sentences read | features | SQuAD 2.0 F1 | unanswerable refused | answerable refused "
          "| answerable F1, refusals off | AUC |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for r in table:
        print(f"| {r['pool']} top {r['sentences']} | {', '.join(r['features'])} | {r['f1']:.1f} | "
              f"{100 * r['refusal']:.1f} % | {100 * r['false_refusal']:.1f} % | {r['answerable_f1']:.1f} | "
              f"{r['auc']:.3f} |")
    if args.out:
        args.out.write_text(json.dumps({"questions": len(rows), "articles": args.articles, "depth": args.depth,
                                        "max_false_refusal": args.max_false_refusal, "table": table}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
