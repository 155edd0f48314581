"""Calibrate an offline answerer's answer/refuse decision across domains: SQuAD 2.0 articles the
reader was not trained on and, with --workplace, real workplace documents and their questions.

    python -m tools.calibrate_reader --squad ../shared/data/squad [--workplace FOLDER ...] [--answerer hybrid|reader]

The validation articles of tools/train_reader.py (the last N of dev-v2.0-extra.json by title) are
ingested together (the open setting, as in the product) and every question is answered with
refusals off; so are the workplace folder's questions (docs/ and dev.json, as tools/workplace.py
reads them, judged as it judges them). A logistic regression, each domain weighing the same, maps
the answerer's evidence to the probability that its short answer is right (F1 >= 0.5 with a gold
answer; the judge's verdict on the workplace set):
- reader: the reader's margin (best span score minus "no answer") over the top windows;
- hybrid: the rules' answerability (as a logit) and the reader's margin on the rules' sentence.
The refusal threshold on that probability is the one with the best SQuAD 2.0 F1 (averaged over the
domains) among those that refuse at most --max-false-refusal (10 %) of each domain's answerable
questions; under it the answer is "unsure" (the closest passage is shown, not answered) down to the
lower threshold, the cut that best tells refused questions whose passage was relevant from the rest
(below it: "the documents don't say"). Both are estimated by leave-one-document-out cross-validation (a SQuAD
article, a workplace document, the off-topic questions). Writes
chatbot/models/reader/calibration[-hybrid].json, which the answerer reads its weights and
thresholds from (unless CHATBOT_MIN_CONFIDENCE is set).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from tools import ROOT

from chatbot.answering.reader import HybridAnswerer, ReaderAnswerer
from tools.eval import token_f1

THRESHOLDS = np.round(np.arange(0.05, 0.96, 0.01), 2)
FEATURES = {answerer.name: list(answerer.features) for answerer in (ReaderAnswerer, HybridAnswerer)}


def fit_logistic(x: np.ndarray, y: np.ndarray, steps: int = 50,
                 sample_weight: np.ndarray | None = None) -> tuple[np.ndarray, float]:
    """Newton's method on a (weighted) logistic regression over the standardized features (a ridge
    keeps it finite when a feature hardly predicts anything), returned as weights and bias for the raw ones."""
    sw = np.ones(len(x)) if sample_weight is None else sample_weight
    centre, spread = x.mean(axis=0), x.std(axis=0)
    spread[spread == 0] = 1.0
    z = np.hstack([(x - centre) / spread, np.ones((len(x), 1))])
    ridge = np.diag([1.0] * x.shape[1] + [0.0])
    w = np.zeros(z.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w)))
        grad = z.T @ (sw * (p - y)) + ridge @ w
        hess = (z * (sw * p * (1 - p) + 1e-9)[:, None]).T @ z + ridge
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


def domain_scores(rows: "Rows", mask: np.ndarray, prob: np.ndarray, threshold: float) -> dict:
    """squad_f1 of each domain (SQuAD, workplace) among the masked rows."""
    out = {}
    for domain in sorted(set(rows.domain[mask])):
        at = rows.domain[mask] == domain
        out[domain] = squad_f1(prob[at], rows.f1[mask][at], rows.answerable[mask][at], threshold)
    return out


def best_threshold(rows: "Rows", mask: np.ndarray, prob: np.ndarray, max_false_refusal: float) -> float:
    """The best F1 (SQuAD 2.0's, averaged over the domains so that a few workplace questions weigh
    as much as many Wikipedia ones) among thresholds that keep every domain's false refusals within
    the cap: refusing most answerable questions scores well on a half-unanswerable set, and serves
    users badly."""
    return threshold_by_rule(lambda t: list(domain_scores(rows, mask, prob, t).values()), max_false_refusal)


def threshold_by_rule(scores: Callable[[float], list[dict]], max_false_refusal: float) -> float:
    """The rule, written once: among thresholds whose every score (squad_f1's) keeps false refusals
    within the cap, the one with the best mean F1."""
    allowed = [t for t in THRESHOLDS if all(s["false_refusal"] <= max_false_refusal for s in scores(t))]
    return float(max(allowed or [THRESHOLDS[0]], key=lambda t: np.mean([s["f1"] for s in scores(t)])))


def lower_threshold(rows: "Rows", mask: np.ndarray, prob: np.ndarray, threshold: float) -> float:
    """Where "unsure" begins: among the questions the threshold refuses, the cut that best tells
    those whose chosen passage was relevant (shown as the closest passage) from the rest ("the
    documents don't say"): the largest share of relevant ones above it minus irrelevant ones above
    it (Youden's J), averaged over the domains."""
    refused = prob < threshold

    def separation(t: float) -> float:
        js = []
        for domain in set(rows.domain[mask]):
            at = refused & (rows.domain[mask] == domain)
            relevant, other = at & rows.relevant[mask], at & ~rows.relevant[mask]
            if relevant.any() and other.any():
                js.append((prob[relevant] >= t).mean() - (prob[other] >= t).mean())
        return float(np.mean(js)) if js else 0.0

    candidates = [t for t in THRESHOLDS if t <= threshold]
    return float(max(candidates or [threshold], key=separation))


@dataclass
class Rows:
    """The answered questions: which document (the cross-validation fold), domain, the answerer's
    evidence, the F1 of its answer (0/1 on the workplace set, by its judge), whether the question
    is answerable and whether the chosen passage was relevant (the answer overlaps a gold one)."""

    source: np.ndarray
    domain: np.ndarray
    x: np.ndarray
    f1: np.ndarray
    answerable: np.ndarray
    relevant: np.ndarray

    @classmethod
    def of(cls, rows: list) -> "Rows":
        # An empty window has no span (margin -inf): far below every real margin, but finite for the fit.
        return cls(np.array([r[0] for r in rows]), np.array([r[4] for r in rows]),
                   np.clip(np.array([r[1] for r in rows], dtype=float), -50.0, 50.0),
                   np.array([r[2] for r in rows], dtype=float), np.array([r[3] for r in rows], dtype=bool),
                   np.array([r[5] for r in rows], dtype=bool))


def fit(rows: Rows, mask: np.ndarray, args) -> dict:
    """Weights fitted with each domain weighing the same, then both thresholds, on the masked rows."""
    domains = rows.domain[mask]
    weight = np.array([len(domains) / (len(set(domains)) * (domains == d).sum()) for d in domains])
    weights, bias = fit_logistic(rows.x[mask], (rows.f1[mask] >= 0.5).astype(float), sample_weight=weight)
    weights = threshold_per_kind(rows, mask, weights, bias, args)
    prob = probability(rows.x[mask], weights, bias)
    threshold = best_threshold(rows, mask, prob, args.max_false_refusal)
    lower = lower_threshold(rows, mask, prob, threshold)
    return {"weights": weights, "bias": bias, "threshold": threshold, "lower": lower}


def threshold_per_kind(rows: Rows, mask: np.ndarray, weights: np.ndarray, bias: float, args) -> np.ndarray:
    """The weights with the document-kind feature (`structured`, the last) moved so that one
    threshold does for both kinds what each kind's own threshold, chosen by the rule on its own
    questions, would: the logistic fit alone sets that weight by the share of right answers, not by
    where refusals pay. Unchanged without that feature or with one kind only."""
    if FEATURES[args.answerer][-1:] != ["structured"]:
        return weights
    kind = rows.x[:, -1] > 0.5
    if not ((mask & kind).any() and (mask & ~kind).any()):
        return weights
    cut = {}
    for structured in (False, True):
        at = mask & (kind == structured)
        cut[structured] = best_threshold(rows, at, probability(rows.x[at], weights, bias), args.max_false_refusal)
    moved = weights.copy()
    moved[-1] -= _logit(cut[True]) - _logit(cut[False])
    return moved


def _logit(p: float) -> float:
    return float(np.log(p / (1 - p)))


def cross_validate(rows: Rows, args) -> dict:
    """Leave one document out (a SQuAD article, a workplace document, the off-topic questions):
    no threshold is chosen on the document it is tested on."""
    folds = {}
    for source in sorted(set(rows.source)):
        fitted = fit(rows, rows.source != source, args)
        test = rows.source == source
        prob = probability(rows.x[test], fitted["weights"], fitted["bias"])
        scores = domain_scores(rows, test, prob, fitted["threshold"])
        folds[source] = {"threshold": fitted["threshold"], "lower_threshold": fitted["lower"],
                         "domain": str(rows.domain[test][0]), "questions": int(test.sum()),
                         "prob": prob, **next(iter(scores.values()))}
    return folds


def pooled(rows: Rows, folds: dict) -> dict:
    """Each domain's figures over all its questions, each judged by its own fold's fit."""
    out = {}
    for domain in sorted(set(rows.domain)):
        f1, answerable, answered, unsure = [], [], [], []
        for source, fold in folds.items():
            test = rows.source == source
            if fold["domain"] != domain:
                continue
            f1 += list(rows.f1[test])
            answerable += list(rows.answerable[test])
            answered += list(fold["prob"] >= fold["threshold"])
            unsure += list((fold["prob"] >= fold["lower_threshold"]) & (fold["prob"] < fold["threshold"]))
        f1, answerable, answered = np.array(f1), np.array(answerable), np.array(answered)
        scores = np.where(answered, f1, (~answerable).astype(float))
        out[domain] = {"questions": len(f1), "f1": round(100 * float(scores.mean()), 2),
                       "refusal": round(float((~answered & ~answerable).sum() / max(1, (~answerable).sum())), 3),
                       "false_refusal": round(float((~answered & answerable).sum() / max(1, answerable.sum())), 3),
                       "unsure": round(float(np.mean(unsure)), 3)}
    return out


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from chatbot.answering.model import calibration_path

    args.out = args.out or calibration_path(args.answerer)
    args.rows = args.rows or ROOT / ".chatbot" / "reader-training" / f"calibration-rows-{args.answerer}.json"
    raw = json.loads(args.rows.read_text()) if args.refit else answer_held_out(args) + answer_workplace(args)
    args.rows.parent.mkdir(parents=True, exist_ok=True)
    args.rows.write_text(json.dumps(raw))
    rows = Rows.of(raw)
    folds = cross_validate(rows, args)
    fitted = fit(rows, np.ones(len(rows.f1), dtype=bool), args)
    cross_validated = pooled(rows, folds)
    for fold in folds.values():
        del fold["prob"]
    answerable_f1 = {d: round(100 * float(rows.f1[rows.answerable & (rows.domain == d)].mean()), 2)
                     for d in sorted(set(rows.domain))}
    result = {"answerer": args.answerer, "features": FEATURES[args.answerer],
              "weights": [round(float(w), 5) for w in fitted["weights"]], "bias": round(fitted["bias"], 5),
              "threshold": fitted["threshold"], "lower_threshold": fitted["lower"],
              "max_false_refusal": args.max_false_refusal,
              "articles": sorted(set(rows.source)), "questions": len(raw),
              "answerable_f1_no_refusals": answerable_f1, "cross_validated": cross_validated, "folds": folds,
              "note": "probability = 1 / (1 + exp(-(weights . features + bias))); refuse below threshold; "
                      "below lower_threshold nothing relevant is shown"}
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0


def parse_args(argv: list[str] | None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--squad", type=Path, required=True)
    ap.add_argument("--workplace", type=Path, action="append", default=[],
                    help="a folder with docs/ and dev.json (tools/workplace.py's format), calibrated on together "
                         "with SQuAD; may be given more than once (each folder's documents ingested together)")
    ap.add_argument("--answerer", choices=sorted(FEATURES), default="hybrid")
    ap.add_argument("--articles", type=int, default=3)
    ap.add_argument("--out", type=Path, help="default: chatbot/models/reader/ calibration.json (reader) or "
                                             "calibration-hybrid.json (hybrid)")
    ap.add_argument("--rows", type=Path, help="the answered questions are kept here; --refit fits again from them "
                                              "(default: .chatbot/reader-training/calibration-rows-<answerer>.json)")
    ap.add_argument("--refit", action="store_true", help="fit from --rows without answering again")
    ap.add_argument("--max-false-refusal", type=float, default=0.10,
                    help="the threshold may refuse at most this share of each domain's answerable questions "
                         "(1 = no cap)")
    return ap.parse_args(argv)


def answer_held_out(args) -> list:
    """(article, the answerer's evidence, token F1 of its short answer, answerable, "squad",
    relevant) for every question of the held-out articles, answered by the whole product with
    refusals off."""
    rows = []
    for item, request, answerer in held_out_requests(args.squad, args.articles, args.answerer):
        evidence = answerer.evidence(request)
        f1 = token_f1(evidence.short, item.golds) if item.answerable else 0.0
        rows.append((item.source, evidence.features, f1, item.answerable, "squad", f1 > 0))
    return rows


def answer_workplace(args) -> list:
    """The same rows for the workplace questions (every turn of a conversation, asked in order),
    answered by the whole product with refusals off and judged as tools/workplace.py judges them;
    the document is the fold (the off-topic questions one of their own). Questions that another
    route answers (summaries, "why" follow-ups) never reach the answerer and are left out."""
    from tools.workplace import judge, share_of_words

    rows = []
    answered = (one for each in args.workplace for one in _workplace_answers(each, args))
    for folder, item, answer, features in answered:
        if features is None:
            continue
        right = judge(item, answer)
        shown = " ".join([answer["answer"]] + [c["text"] for c in answer["citations"]])
        wanted = [e["quote"] for e in item.get("evidence", [])] + (item.get("answers") or [])
        answerable = item["type"] != "unanswerable"
        relevant = answerable and (right or any(share_of_words(w, shown) >= 0.6 for w in wanted))
        # The fold is the document within its folder: folders may hold documents of one name.
        fold = f"{folder.name}/{item['doc']}" if item.get("doc") else f"off-topic ({folder.name})"
        rows.append((fold, features, float(right), answerable, "workplace", bool(relevant)))
    return rows


def _workplace_answers(folder: Path, args):
    """(folder, item or turn, its answer as a dict, the answerer's evidence features or None) for
    every question of one workplace folder; a conversation's turns in one Conversation."""
    from tools.workplace import questions, workplace_chain

    items = json.loads((folder / "dev.json").read_text(encoding="utf-8"))["items"]
    with workplace_chain(folder, "calibration-workplace", answerer=args.answerer,
                         min_confidence=0.0) as (chain, _):
        evidence, seen = chain.answerer.evidence, []

        def recording(request, *more):  # the features of the question being asked, read back after it
            found = evidence(request, *more)
            seen.append(found.features)
            return found

        chain.answerer.evidence = recording
        for item, one, ask in questions(chain, items):
            seen.clear()
            answer = ask(one["q"])
            yield folder, {"doc": item.get("doc"), **one}, answer.to_dict(), (seen[-1] if seen else None)


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
