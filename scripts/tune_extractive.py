"""Fit the extractive answerer's two linear models on public data, report held-out quality.

    .venv/bin/python scripts/tune_extractive.py [--k 8]

Selection: logistic regression, "does this candidate overlap the gold span?", over the
candidates of answerable questions. Answerability: logistic regression on the chosen candidate's
features. Fitted on the article dev set + SQuAD "tune" articles; printed metrics on the held-out
SQuAD articles are the honest ones. Paste the printed weights into chatbot/answerers/extractive.py.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chatbot.chain import ChatChain  # noqa: E402
from chatbot.config import load_settings  # noqa: E402
from chatbot.embeddings import get_embeddings  # noqa: E402
from chatbot.eval import OUR_QA, SQUAD, load_our_qa, load_squad  # noqa: E402
from chatbot.store import open_store  # noqa: E402
from ingest.loaders import DEFAULT_DOCUMENT, document_from_text, load_file  # noqa: E402
from ingest.pipeline import ingest_documents  # noqa: E402

NAMES = ["dense", "coverage", "window_coverage", "type_found", "rank", "lexical", "names_missing",
         "heaviest_missing", "context", "negation_unmatched", "specifics_missing", "unmatched", "proximity",
         "opposite", "align_mean", "align_min", "count_noun_missing"]


def collect(chain, items):
    rows = []
    for item in items:
        if item.conversation is not None:
            continue
        state = chain._prepare.invoke({"question": item.question, "history": []})
        question, scored = chain.answerer.score(state["request"])
        cands = []
        for _, features, cand in scored:
            gold = cand.passage.source == item.source and any(
                cand.passage.start < e and s < cand.passage.end for s, e in item.spans)
            cands.append((np.array([features[n] for n in NAMES]), gold, len(cand.passage.text)))
        rows.append({"answerable": item.answerable, "split": item.split, "cands": cands})
    return rows


def logistic(X, y, weights=None, C=1.0):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, max_iter=5000).fit(X, y, sample_weight=weights)
    return model.coef_[0], model.intercept_[0]


# The answerability model sees only these features: the others are collinear with them.
ANSWERABLE_FEATURES = {"dense", "coverage", "type_found", "names_missing", "heaviest_missing", "negation_unmatched",
                       "specifics_missing", "unmatched", "proximity", "opposite", "align_mean", "align_min",
                       "count_noun_missing", "margin"}
MASK = np.array([1.0 if n in ANSWERABLE_FEATURES else 0.0 for n in NAMES + ["margin", "select"]])
ARTICLE_WEIGHT = 20.0  # off-topic questions in our own set matter as much as SQuAD's adversarial ones


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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--k", type=int, default=6)
    parser.add_argument("--embeddings", default="minilm-onnx")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        article = load_file(DEFAULT_DOCUMENT)
        documents, squad_items = load_squad(SQUAD)
        sets = {"article": ([(article.source, article.text)], load_our_qa(OUR_QA, article.text, article.source)),
                "squad": (documents, squad_items)}
        rows = []
        for name, (docs, items) in sets.items():
            settings = load_settings(persist_dir=Path(tmp), collection=f"tune-{name}", embeddings=args.embeddings,
                                     top_k=args.k)
            store = open_store(settings, get_embeddings(settings.embeddings), create=True)
            ingest_documents([document_from_text(s, t) for s, t in docs], store)
            got = collect(ChatChain(settings), items)
            for r in got:
                r["split"] = "article" if name == "article" else r["split"]
            rows += got
    fit = [r for r in rows if r["split"] in {"article", "tune"}]
    # Selection model: listwise (softmax over each question's candidates), gold candidates' mass.
    groups = [(np.array([c[0] for c in r["cands"]]), np.array([c[1] for c in r["cands"]]))
              for r in fit if r["answerable"] and any(c[1] for c in r["cands"])]
    sw, sb = listwise(groups), 0.0
    select = {n: round(float(v), 3) for n, v in zip(NAMES, sw)} | {"bias": round(float(sb), 3)}

    def choose(r):
        scores = [float(c[0] @ sw + sb) for c in r["cands"]]
        order = np.argsort(scores)[::-1]
        return order, scores

    # Answerability model on the chosen candidate.
    A, t, wts = [], [], []
    for r in fit:
        if not r["cands"]:
            continue
        order, scores = choose(r)
        top = order[0]
        margin = scores[top] - (scores[order[1]] if len(order) > 1 else 0.0)
        A.append(np.r_[r["cands"][top][0], margin, scores[top]] * MASK)
        t.append(float(r["answerable"]))
        wts.append(ARTICLE_WEIGHT if r["split"] == "article" else 1.0)
    aw, ab = logistic(np.array(A), np.array(t), weights=np.array(wts))
    answerable = {n: round(float(v), 3) for n, v in zip(NAMES + ["margin", "select"], aw) if v}
    answerable["bias"] = round(float(ab), 3)
    print("SELECT_WEIGHTS =", select)
    print("ANSWERABLE_WEIGHTS =", answerable)
    for split in ["article", "tune", "held-out"]:
        part = [r for r in rows if r["split"] == split and r["cands"]]
        ans = [r for r in part if r["answerable"]]
        un = [r for r in part if not r["answerable"]]
        top1 = np.mean([r["cands"][choose(r)[0][0]][1] for r in ans])
        recall = np.mean([any(c[1] for c in r["cands"]) for r in ans])
        probs = {}
        for r in part:
            order, scores = choose(r)
            top = order[0]
            margin = scores[top] - (scores[order[1]] if len(order) > 1 else 0.0)
            z = (np.r_[r["cands"][top][0], margin, scores[top]] * MASK) @ aw + ab
            probs[id(r)] = 1 / (1 + np.exp(-z))
        print(f"{split}: n={len(part)} recall@k={recall:.3f} top1={top1:.3f}")
        if split == "article":
            print("   answerable p:", sorted(round(float(probs[id(r)]), 2) for r in ans))
            print("   unanswerable p:", sorted(round(float(probs[id(r)]), 2) for r in un))
        for threshold in [0.25, 0.3, 0.35, 0.4, 0.45, 0.5]:
            refused = np.mean([probs[id(r)] < threshold for r in un]) if un else float("nan")
            false = np.mean([probs[id(r)] < threshold for r in ans])
            correct = np.mean([probs[id(r)] >= threshold and r["cands"][choose(r)[0][0]][1] for r in ans])
            print(f"   threshold {threshold}: refusals {refused:.3f} false refusals {false:.3f} "
                  f"right+answered {correct:.3f}")


if __name__ == "__main__":
    main()
