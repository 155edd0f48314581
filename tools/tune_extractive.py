"""Fit the extractive rules' two linear models on SQuAD 2.0 articles the evaluation never reports.

    .venv/bin/python -m tools.tune_extractive --squad ../shared/data/squad [--validation-articles 3]
        [--workplace FOLDER ...] [--held-out FOLDER ...]

Fitted on the articles of dev-v2.0-extra.json except the last N by title (the same validation
articles as tools/train_reader.py and tools/calibrate_reader.py), all ingested together as in the
product, each question answered over the product's retrieved candidates (CHATBOT_TOP_K):
- selection: a listwise logistic regression, "which candidate overlaps the gold span?", over the
  candidates of answerable questions;
- answerability: a logistic regression on the chosen candidate's features, "is the question
  answerable?" (SQuAD 2.0's adversarial unanswerable questions are the negatives).
With --workplace, the selection is also fitted on workplace sets (each FOLDER holds docs/ and
dev.json, as tools/workplace.py reads them): every single-turn question with evidence quotes, over
its set's documents ingested together, whose gold candidates are the sentences holding at least
80 % of the words of a quote; each counts --workplace-weight times (a few hundred of them beside
thousands of SQuAD questions; a model fitted on Wikipedia alone picks the wrong sentence of a
handbook). The answerability model stays SQuAD's (tools/calibrate_reader.py calibrates refusals
across domains). --held-out sets are read the same way and only reported: fit on some sets, judge
on others.
The validation articles, ingested together, give the honest figures: top-1, and refusals / false
refusals at each threshold. The public evaluation articles and our article's dev questions are
never read here. The weights and the threshold are printed; with --write they are written to
chatbot/answering/rules/weights.json (or the path given), which the extractive answerer loads.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np


from tools.calibrate_reader import THRESHOLDS, probability
from chatbot import ChatChain
from chatbot.answering.rules import SELECT_WEIGHTS, WEIGHTS_PATH
from chatbot import load_settings
from chatbot import get_embeddings
from tools.eval import load_squad
from chatbot import open_store
from ingest import document_from_text
from ingest import ingest_documents, load_file
from tools.workplace import share_of_words

NAMES = ["dense", "coverage", "window_coverage", "type_found", "rank", "lexical", "names_missing",
         "heaviest_missing", "context", "negation_unmatched", "specifics_missing", "unmatched", "proximity",
         "opposite", "align_mean", "align_min", "count_noun_missing"]
MAX_FALSE_REFUSAL = 0.10
EVIDENCE_SHARE = 0.8  # a workplace candidate is gold when it holds this share of a quote's words
SELECTED_FORMS = {"factual", "yes_no", "list", "explanation"}  # questions one sentence answers first


def collect(articles: list[dict], tmp: Path, name: str) -> list[dict]:
    """Every question of the articles (ingested together) with its candidates' features."""
    (tmp / f"{name}.json").write_text(json.dumps({"data": articles}))
    documents, items = load_squad(tmp / f"{name}.json")
    settings = load_settings(persist_dir=tmp / name, collection=f"tune-{name}", answerer="extractive",
                             chroma_host=None)
    store = open_store(settings, get_embeddings(settings.embeddings), create=True)
    ingest_documents([document_from_text(s, t) for s, t in documents], store, progress=False)
    chain = ChatChain(settings, store=store)
    rows = []
    for n, item in enumerate(items):
        request = chain.prepare(item.question, []).request
        _, scored = chain.answerer.score(request)
        cands = []
        for _, features, cand in scored:
            gold = cand.passage.source == item.source and any(
                cand.passage.start < e and s < cand.passage.end for s, e in item.spans)
            cands.append((np.array([features[n] for n in NAMES]), gold))
        rows.append({"answerable": item.answerable, "cands": cands})
        if n % 500 == 0:
            print(f"{name}: {n}/{len(items)}", file=sys.stderr, flush=True)
    return rows


def collect_workplace(folder: Path, tmp: Path) -> list[dict]:
    """A workplace set's single-turn questions with their candidates' features, gold by evidence."""
    items = json.loads((folder / "dev.json").read_text(encoding="utf-8"))["items"]
    settings = load_settings(persist_dir=tmp / folder.name, collection=f"tune-{folder.name}",
                             answerer="extractive", chroma_host=None)
    store = open_store(settings, get_embeddings(settings.embeddings), create=True)
    ingest_documents([load_file(p) for p in sorted((folder / "docs").iterdir()) if p.is_file()], store)
    chain = ChatChain(settings, store=store)
    rows = []
    for item in items:
        if item["type"] not in SELECTED_FORMS or not item.get("evidence"):
            continue
        _, scored = chain.answerer.score(chain.prepare(item["q"], []).request)
        rows.append({"answerable": True, "cands": [
            (np.array([features[n] for n in NAMES]),
             any(share_of_words(e["quote"], cand.passage.text) >= EVIDENCE_SHARE for e in item["evidence"]))
            for _, features, cand in scored]})
    return rows


def selection_groups(rows: list[dict], repeat: int = 1) -> list[tuple[np.ndarray, np.ndarray]]:
    """(features, gold marks) of each answerable question with a gold candidate, `repeat` times."""
    return [(np.array([c[0] for c in r["cands"]]), np.array([c[1] for c in r["cands"]]))
            for r in rows if r["answerable"] and any(c[1] for c in r["cands"])] * repeat


def chosen_first(rows: list[dict], select: np.ndarray) -> float:
    answerable = [r for r in rows if r["answerable"]]
    return float(np.mean([r["cands"][chosen(r, select)[0]][1] for r in answerable])) if answerable else 0.0


def logistic(X, y, C=1.0):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, max_iter=5000).fit(X, y)
    return model.coef_[0], model.intercept_[0]


# The answerability model sees only these features: the others are collinear with them.
ANSWERABLE_FEATURES = {"dense", "coverage", "type_found", "names_missing", "heaviest_missing", "negation_unmatched",
                       "specifics_missing", "unmatched", "proximity", "opposite", "align_mean", "align_min",
                       "count_noun_missing", "margin"}
MASK = np.array([1.0 if n in ANSWERABLE_FEATURES else 0.0 for n in NAMES + ["margin", "select"]])


def listwise(groups, l2=1e-3):
    from scipy.optimize import minimize
    from scipy.special import logsumexp

    def loss(w):
        total, grad = 0.0, np.zeros_like(w)
        for X, gold in groups:
            z = X @ w
            p = np.exp(z - logsumexp(z))
            pg = p * gold / max(p[gold].sum(), 1e-12)
            total -= logsumexp(z[gold]) - logsumexp(z)
            grad -= X.T @ (pg - p)
        return total / len(groups) + l2 * w @ w, grad / len(groups) + 2 * l2 * w

    return minimize(loss, np.zeros(groups[0][0].shape[1]), jac=True, method="L-BFGS-B").x


def chosen(row: dict, select: np.ndarray) -> tuple[int, np.ndarray]:
    """The candidate the selection picks, and the answerability model's input for it."""
    scores = np.array([c[0] @ select for c in row["cands"]])
    order = np.argsort(scores)[::-1]
    margin = scores[order[0]] - (scores[order[1]] if len(order) > 1 else 0.0)
    return int(order[0]), np.r_[row["cands"][order[0]][0], margin, scores[order[0]]] * MASK


def refusals(rows: list[dict], probs: np.ndarray, threshold: float) -> tuple[float, float]:
    """(share of unanswerable questions refused, share of answerable ones refused)."""
    answerable = np.array([r["answerable"] for r in rows])
    refused = probs < threshold
    return float(refused[~answerable].mean()), float(refused[answerable].mean())


def weights_file(select: np.ndarray, weights: np.ndarray, bias: float, threshold: float) -> dict:
    """What chatbot/answering/rules/weights.json holds: the fitted weights (3 decimals, zeros left
    out) and the threshold; the answerer adds its hand-set weights over them."""
    return {
        "select": {n: round(float(v), 3) for n, v in zip(NAMES, select) if round(float(v), 3)},
        "answerable": {n: round(float(v), 3) for n, v in zip(NAMES + ["margin", "select"], weights)
                       if round(float(v), 3)} | {"bias": round(float(bias), 3)},
        "threshold": float(threshold),
        "max_false_refusal": MAX_FALSE_REFUSAL,
        "note": "fitted by tools/tune_extractive.py --write; select: score = select . features (the best "
                "candidate is chosen); answerable: probability = 1 / (1 + exp(-(answerable . features + bias))); "
                "refuse below threshold; the hand-set weights (chatbot/answering/rules/__init__.py) are added "
                "over these",
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--squad", type=Path, required=True, help="the folder holding dev-v2.0-extra.json")
    ap.add_argument("--validation-articles", type=int, default=3)
    ap.add_argument("--workplace", type=Path, nargs="*", default=[], metavar="FOLDER",
                    help="workplace sets the selection is fitted on too")
    ap.add_argument("--workplace-weight", type=int, default=5,
                    help="how many SQuAD questions one workplace question counts as")
    ap.add_argument("--held-out", type=Path, nargs="*", default=[], metavar="FOLDER",
                    help="workplace sets only reported (top-1 before and after)")
    ap.add_argument("--write", type=Path, nargs="?", const=WEIGHTS_PATH, metavar="PATH",
                    help="write the weights and threshold to PATH (default: chatbot/answering/rules/weights.json)")
    args = ap.parse_args(argv)
    extra = sorted(json.loads((args.squad / "dev-v2.0-extra.json").read_text(encoding="utf-8"))["data"],
                   key=lambda a: a["title"])
    fit_articles, held_articles = extra[:-args.validation_articles], extra[-args.validation_articles:]
    with tempfile.TemporaryDirectory() as tmp:
        fit = [r for r in collect(fit_articles, Path(tmp), "fit") if r["cands"]]
        held = [r for r in collect(held_articles, Path(tmp), "held") if r["cands"]]
        workplace = {folder: [r for r in collect_workplace(folder, Path(tmp)) if r["cands"]]
                     for folder in [*args.workplace, *args.held_out]}

    groups = selection_groups(fit) + [group for folder in args.workplace
                                      for group in selection_groups(workplace[folder], args.workplace_weight)]
    select = listwise(groups)
    inputs = np.array([chosen(r, select)[1] for r in fit])
    weights, bias = logistic(inputs, np.array([float(r["answerable"]) for r in fit]))

    fit_probs = probability(inputs, weights, bias)
    held_probs = probability(np.array([chosen(r, select)[1] for r in held]), weights, bias)
    threshold = max([t for t in THRESHOLDS if refusals(fit, fit_probs, t)[1] <= MAX_FALSE_REFUSAL]
                    or [THRESHOLDS[0]])
    fitted = weights_file(select, weights, bias, threshold)
    print("SELECT_WEIGHTS =", fitted["select"])
    print("ANSWERABLE_WEIGHTS =", fitted["answerable"])
    print(f"DEFAULT_MIN_CONFIDENCE = {fitted['threshold']}  # the strictest with false refusals <= "
          f"{MAX_FALSE_REFUSAL:.0%} on the fitted articles")
    if args.write:
        args.write.write_text(json.dumps(fitted, indent=2) + "\n", encoding="utf-8")
        print(f"written to {args.write}")
    before = np.array([SELECT_WEIGHTS.get(n, 0.0) for n in NAMES])
    for folder, rows in workplace.items():
        role = "fitted" if folder in args.workplace else "held out"
        print(f"{folder.name} ({role}, {len(rows)} questions): chosen first {chosen_first(rows, before):.3f} with the "
              f"weights in use, {chosen_first(rows, select):.3f} with these")
    for name, rows, probs in (("fitted", fit, fit_probs), ("validation", held, held_probs)):
        answerable = [r for r in rows if r["answerable"]]
        top1 = np.mean([r["cands"][chosen(r, select)[0]][1] for r in answerable])
        recall = np.mean([any(c[1] for c in r["cands"]) for r in answerable])
        print(f"{name} ({len(rows)} questions): gold among the candidates {recall:.3f}, chosen first {top1:.3f}")
        for t in sorted({0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, float(threshold)}):
            refused, false = refusals(rows, probs, t)
            print(f"   threshold {t:.2f}: refusals {refused:.3f}, false refusals {false:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
