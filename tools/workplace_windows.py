"""Reader training windows from workplace sets (tools/workplace.py's format: docs/ and dev.json).

    python -m tools.workplace_windows tests/data/northwind tests/data/kestrel ... --out .chatbot/wp-windows.json

SQuAD's windows are Wikipedia prose; the product reads handbook sentences, table rows ("Shift: Late;
Premium: £0.60") and chat-style questions ("whats the mileage rate for my own car"). Each factual
question of a set (single turns; a conversation's first turn) becomes windows as the product reads
them (`chatbot.answering.reader.label` + one passage of `ingest.passages.split_passages`):
- its answer: the first gold answer found verbatim in a passage that holds most of an evidence quote;
- no answer (--negatives per question): the same question over the passages of its set that share
  most words with it and hold no evidence;
- and each unanswerable question over the passages sharing most words with it.
The windows are train_reader's examples ({"q", "ctx", "sents", "answer"}). Only sets that are never
judged as held out may be given: the evaluation of a reader trained on a set says nothing of it.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from chatbot.answering.reader import label
from ingest import load_file, split_passages
from tools.workplace import share_of_words, words

QUOTE_SHARE = 0.6  # a passage holds an evidence quote when it holds this share of its words


def _passages(folder: Path) -> list:
    return [p for path in sorted((folder / "docs").iterdir()) if path.is_file()
            for p in split_passages(load_file(path))]


def _window(passage) -> str:
    head = label(passage)
    return f"{head} {passage.text}" if head else passage.text


def _questions(items: list[dict]) -> list[dict]:
    """Single questions and each conversation's first turn (the others lean on the turns before)."""
    out = []
    for item in items:
        if item["type"] == "conversation":
            out.append(item["turns"][0])
        else:
            out.append(item)
    return out


def _overlap(question: str, text: str) -> int:
    return len(set(words(question)) & set(words(text)))


def windows_of(folder: Path, negatives: int = 2) -> list[dict]:
    """The set's training windows (the module's docstring)."""
    passages = _passages(folder)
    items = json.loads((folder / "dev.json").read_text(encoding="utf-8"))["items"]
    out = []
    for item in _questions(items):
        q, kind = item["q"], item["type"]
        quotes = [e["quote"] for e in item.get("evidence", [])]
        holding = [p for p in passages if any(share_of_words(quote, p.text) >= QUOTE_SHARE
                                              or share_of_words(p.text, quote) >= 0.9 for quote in quotes)]
        if kind == "factual":
            found = None
            for gold in item.get("answers") or []:
                for p in holding:
                    window = _window(p)
                    at = window.lower().find(gold.lower())
                    if gold.strip() and at >= 0:
                        found = (window, at, at + len(gold))
                        break
                if found:
                    break
            if not found:
                continue
            window, a0, a1 = found
            out.append({"q": q, "ctx": window, "sents": [[0, len(window)]], "answer": [a0, a1]})
        elif kind != "unanswerable":
            continue
        held = {p.id for p in holding}
        near = sorted((p for p in passages if p.id not in held), key=lambda p: -_overlap(q, p.text))
        for p in near[:negatives]:
            window = _window(p)
            out.append({"q": q, "ctx": window, "sents": [[0, len(window)]], "answer": None})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--negatives", type=int, default=2)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    out = []
    for folder in args.folders:
        found = windows_of(folder, args.negatives)
        print(f"{folder}: {sum(w['answer'] is not None for w in found)} answers, "
              f"{sum(w['answer'] is None for w in found)} without", file=sys.stderr)
        out += found
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
