"""Fit the hybrid's chooser: which of the sentences it weighs answers (chatbot/answering/model.py's
`Chooser`, `chooser-hybrid.json` beside the reader).

    python -m tools.fit_chooser ../shared/data/workplace tests/data/<set> ... [--out FILE] [--rows FILE]

Every factual, yes/no and explanation question of each workplace folder (docs/ and dev.json, as
tools/workplace.py reads them; a conversation's turns asked in order) is answered by the product with
the calibrated probability choosing, as before a chooser was fitted; each sentence the hybrid weighed is
recorded with its `choice_features` and whether it holds a gold evidence quote (>= 80 % of its words).
A softmax regression over each question's choices (questions whose choices hold the evidence and
something else only) learns to put the evidence first; cross-validated leaving one folder out, it is
compared with the calibrated probability on the same questions. Only folders never judged as held out
may be given: a set fitted on says nothing of how the product does on it.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional

import numpy as np

from chatbot.answering.model import MODEL_DIR
from chatbot.answering.reader import HybridAnswerer
from tools.workplace import questions, share_of_words, workplace_chain

KINDS = ("factual", "yes_no", "explanation")
HOLDS = 0.8  # the share of an evidence quote's words a sentence must hold to be the evidence
L2, STEPS, RATE = 0.1, 600, 0.2


def record(folder: Path) -> list[dict]:
    """One row per question reaching the hybrid's choice: each choice's features and whether it holds
    the evidence, and which one the calibrated probability chose."""
    rows: list[dict] = []
    with workplace_chain(folder, "fit-chooser", answerer="hybrid") as (chain, _):
        hybrid = chain.answerer
        if not isinstance(hybrid, HybridAnswerer):
            raise SystemExit("the chooser is the hybrid answerer's")
        hybrid.chooser = None  # the choices as the calibrated probability makes them
        seen: list[tuple] = []
        choose = hybrid.choose

        def recording(question, weighed, passages):
            chosen = choose(question, weighed, passages)
            seen.append((weighed, passages, chosen[1]))
            return chosen
        hybrid.choose = recording

        items = json.loads((folder / "dev.json").read_text(encoding="utf-8"))["items"]
        for _, one, ask in questions(chain, items):
            seen.clear()
            ask(one["q"])
            if one["type"] in KINDS and one.get("answerable", True) and seen:
                weighed, passages, chosen = seen[-1]
                quotes = [e["quote"] for e in one.get("evidence", [])]
                rows.append({"set": folder.name, "q": one["q"], "chosen": [w[1] == chosen for w in weighed],
                             "features": [list(w[4]) for w in weighed],
                             "evidence": [any(share_of_words(q, passages[w[1]].text) >= HOLDS for q in quotes)
                                          for w in weighed]})
    return rows


def arrays(rows: list[dict]) -> tuple[np.ndarray, ...]:
    """Features (questions x choices x features), evidence and chosen marks, and which choices exist,
    for the questions whose choices both hold the evidence and not."""
    useful = [r for r in rows if any(r["evidence"]) and not all(r["evidence"])]
    most = max((len(r["features"]) for r in useful), default=1)
    width = len(useful[0]["features"][0]) if useful else 0
    x = np.zeros((len(useful), most, width))
    evidence, chosen, exists = (np.zeros((len(useful), most), bool) for _ in range(3))
    for i, r in enumerate(useful):
        n = len(r["features"])
        x[i, :n], evidence[i, :n], chosen[i, :n], exists[i, :n] = r["features"], r["evidence"], r["chosen"], True
    return x, evidence, chosen, exists


def fit(x: np.ndarray, evidence: np.ndarray, exists: np.ndarray, l2: float = L2) -> tuple[np.ndarray, ...]:
    """Weights over the standardized features, and the mean and scale they were standardized by."""
    mean, scale = x[exists].mean(axis=0), x[exists].std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    target = evidence / evidence.sum(axis=1, keepdims=True)
    w = np.zeros(x.shape[2])
    for _ in range(STEPS):
        p = softmax(z @ w, exists)
        w -= RATE * (np.einsum("qm,qmd->d", p - target, z) / len(x) + l2 * w)
    return w, mean, scale


def softmax(scores: np.ndarray, exists: np.ndarray) -> np.ndarray:
    scores = np.where(exists, scores, -np.inf)
    p = np.exp(scores - scores.max(axis=1, keepdims=True))
    return p / p.sum(axis=1, keepdims=True)


def right(x: np.ndarray, evidence: np.ndarray, exists: np.ndarray, w: np.ndarray, mean, scale) -> int:
    """Questions whose highest-scored choice holds the evidence."""
    scores = np.where(exists, ((x - mean) / scale) @ w, -np.inf)
    return int(evidence[np.arange(len(x)), scores.argmax(axis=1)].sum())


def cross_validate(rows: list[dict], l2: float = L2) -> dict:
    """Leave one folder out: the chooser fitted on the others against the calibrated probability."""
    sets = sorted({r["set"] for r in rows})
    out = {"questions": 0, "chooser": 0, "probability": 0, "sets": {}}
    for held in sets:
        train = arrays([r for r in rows if r["set"] != held])
        x, evidence, chosen, exists = arrays([r for r in rows if r["set"] == held])
        if not len(x):
            continue
        w, mean, scale = fit(train[0], train[1], train[3], l2)
        got, before = right(x, evidence, exists, w, mean, scale), int((evidence & chosen).any(axis=1).sum())
        out["sets"][held] = {"questions": len(x), "chooser": got, "probability": before}
        out["questions"] += len(x)
        out["chooser"] += got
        out["probability"] += before
    return out


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", type=Path, nargs="*", help="workplace folders (docs/ and dev.json) never held out")
    ap.add_argument("--out", type=Path, default=MODEL_DIR / "chooser-hybrid.json")
    ap.add_argument("--rows", type=Path, help="write the recorded rows here; with --refit, read them instead")
    ap.add_argument("--refit", action="store_true", help="fit on --rows without answering again")
    args = ap.parse_args(argv)
    if args.refit:
        rows = json.loads(args.rows.read_text())
    else:
        for folder in args.folders:
            if not (folder / "dev.json").is_file() or not (folder / "docs").is_dir():
                print(f"error: {folder} holds no docs/ and dev.json", file=sys.stderr)
                return 2
        rows = [row for folder in args.folders for row in record(folder)]
        if args.rows:
            args.rows.write_text(json.dumps(rows))
    x, evidence, _, exists = arrays(rows)
    if not len(x):
        print("error: no question whose choices hold its evidence and something else", file=sys.stderr)
        return 2
    w, mean, scale = fit(x, evidence, exists)
    fitted = {"answerer": "hybrid", "features": list(HybridAnswerer.choice_features),
              "weights": [round(float(v), 5) for v in w], "mean": [round(float(v), 5) for v in mean],
              "scale": [round(float(v), 5) for v in scale], "l2": L2, "sets": sorted({r["set"] for r in rows}),
              "questions": len(x), "cross_validated": cross_validate(rows),
              "note": "score = weights . ((features - mean) / scale); the choice scoring highest answers"}
    args.out.write_text(json.dumps(fitted, indent=2) + "\n")
    cv = fitted["cross_validated"]
    print(f"{len(x)} questions; left-out folders: the chooser picks the evidence for {cv['chooser']} of "
          f"{cv['questions']}, the calibrated probability for {cv['probability']}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
