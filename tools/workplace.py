"""The workplace question set: real documents (Markdown, HTML, PDF, Word) and questions of every form.

    python -m tools.workplace ../shared/data/workplace [--out reports/workplace]

The folder holds `docs/` and `dev.json` (items with `type`, `q`, `doc`, `answers`, `evidence`;
conversations have `turns`). Each item is asked as a user would (a conversation's turns in one
conversation) and judged on what the user reads:
- factual: a gold answer inside the short answer (normalised, whole words, at most 120 characters) or
  token F1 >= 0.75;
- yes_no: the reply starts with the gold yes or no;
- list: >= 80 % of the gold items in the answer, an item counting when >= 60 % of its words are;
- explanation: the answer or the cited passages hold >= 60 % of the words of a gold evidence quote;
- unanswerable: `answerable` is false;
- summary: >= 50 % of the key points (>= 40 % of their words each) and >= 2 passages cited;
- conversation: each turn by its own type; the conversation is right when every turn is.
Answerable questions that were refused are counted too (the refusal rate users feel).
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
import time
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Optional

from chatbot import Answer, ChatChain, Conversation, get_embeddings, load_settings, open_store
from ingest import ingest_documents, load_file
from tools.measure import write_report
from tools.scoring import MAX_SHORT_ANSWER, squad_normalize, token_f1

FORMATS = {".md": "Markdown", ".markdown": "Markdown", ".html": "HTML", ".htm": "HTML", ".pdf": "PDF",
           ".docx": "Word", ".txt": "text"}


def words(text: str) -> list[str]:
    """Comparable words: NFKC (ligatures), straight quotes, SQuAD's normalisation."""
    text = unicodedata.normalize("NFKC", text or "").replace("’", "'").replace("‘", "'")
    return squad_normalize(text.replace("“", '"').replace("”", '"')).split()


def share_of_words(part: str, whole: str) -> float:
    wanted = words(part)
    have = set(words(whole))
    return sum(w in have for w in wanted) / len(wanted) if wanted else 0.0


def _cited_text(answer: dict) -> str:
    return " ".join(c["text"] for c in answer.get("citations", []))


def judge(item: dict, answer: dict) -> bool:
    """Whether the reply is right for the item's type (rules in the module's docstring)."""
    kind, golds = item["type"], item.get("answers") or []
    text = answer.get("answer") or ""
    if kind == "unanswerable":
        return not answer["answerable"]
    if not answer["answerable"]:
        return False
    if kind == "factual":
        short = answer.get("short_answer") or text
        # Whole words: "5 minutes" is not inside "15 minutes".
        inside = len(short) <= MAX_SHORT_ANSWER and any(words(g) and f" {' '.join(words(g))} " in
                                                         f" {' '.join(words(short))} " for g in golds)
        return inside or token_f1(short, golds) >= 0.75
    if kind == "yes_no":
        first = words(text)[:1]
        return bool(first) and first[0] == golds[0].lower()
    if kind == "list":
        return sum(share_of_words(g, text) >= 0.6 for g in golds) >= 0.8 * len(golds)
    if kind == "explanation":
        where = f"{text} {_cited_text(answer)}"
        return any(share_of_words(e["quote"], where) >= 0.6 for e in item.get("evidence", []))
    if kind == "summary":
        covered = sum(share_of_words(point, text) >= 0.4 for point in golds)
        return covered >= 0.5 * len(golds) and len(answer.get("citations", [])) >= 2
    raise ValueError(f"unknown item type {kind!r}")


def _row(item: dict, answer: Answer, turn: Optional[int] = None) -> dict:
    data = answer.to_dict()
    return {"id": item.get("id"), "turn": turn, "type": item["type"], "doc": item.get("doc"), "q": item["q"],
            "gold": item.get("answers"), "answer": data["answer"], "short_answer": data["short_answer"],
            "answerable": data["answerable"], "cited": [c["source"] for c in data["citations"]],
            "right": judge(item, data)}


def questions(chain: ChatChain, items: list[dict]) -> Iterator[tuple[dict, dict, Callable[[str], Answer]]]:
    """(item, the question: the item or one of its turns, how to ask it) for every question, as a user
    asks it: a conversation's turns in one Conversation, in order, any other item alone."""
    for item in items:
        if item["type"] == "conversation":
            conversation = Conversation(chain)
            for turn in item["turns"]:
                yield item, turn, conversation.ask
        else:
            yield item, item, chain.ask


def ask_all(chain: ChatChain, items: list[dict]) -> list[dict]:
    """One row per question (`questions`)."""
    rows = []
    for item, question, ask in questions(chain, items):
        if question is item:
            rows.append(_row(item, ask(item["q"])))
        else:
            rows.append({**_row(question, ask(question["q"]), question["turn"]), "id": item["id"]})
    return rows


def _rate(rows: list[dict]) -> dict:
    right = sum(r["right"] for r in rows)
    return {"right": right, "n": len(rows), "rate": round(right / len(rows), 3) if rows else None}


def summarize(rows: list[dict], items: list[dict]) -> dict:
    by_type = collections.defaultdict(list)
    by_format = collections.defaultdict(list)
    for row in rows:
        by_type[row["type"]].append(row)
        by_format[FORMATS.get(Path(row["doc"]).suffix.lower(), "none") if row["doc"] else "off-topic"].append(row)
    conversations = [i["id"] for i in items if i["type"] == "conversation"]
    whole = [all(r["right"] for r in rows if r["id"] == cid and r["turn"] is not None) for cid in conversations]
    answerable = [r for r in rows if r["type"] != "unanswerable"]
    return {"all": _rate(rows), "by_type": {k: _rate(v) for k, v in sorted(by_type.items())},
            "by_format": {k: _rate(v) for k, v in sorted(by_format.items())},
            "conversations_all_turns_right": {"right": sum(whole), "n": len(whole)},
            "answerable_refused": {"refused": sum(not r["answerable"] for r in answerable), "n": len(answerable)}}


@contextmanager
def workplace_chain(folder: Path, collection: str, progress: bool = False,
                    **settings) -> Iterator[tuple[ChatChain, list]]:
    """A chain over the folder's docs/ (and those documents, loaded), ingested into a store of its own
    that is gone afterwards; `settings` as load_settings takes them (answerer, min_confidence…)."""
    with tempfile.TemporaryDirectory(prefix="chatbot-workplace-") as tmp:
        chosen = load_settings(persist_dir=Path(tmp) / "store", collection=collection, chroma_host=None, **settings)
        store = open_store(chosen, get_embeddings(chosen.embeddings), create=True)
        documents = [load_file(path) for path in sorted((folder / "docs").iterdir()) if path.is_file()]
        ingest_documents(documents, store, progress=progress)
        yield ChatChain(chosen, store=store), documents


def evaluate(folder: Path, answerer: Optional[str] = None, progress: bool = True) -> dict:
    data = json.loads((folder / "dev.json").read_text(encoding="utf-8"))
    items = data["items"]
    with workplace_chain(folder, "eval-workplace", progress,
                         answerer=answerer or load_settings().answerer) as (chain, documents):
        settings = chain.settings
        began = time.perf_counter()
        rows = ask_all(chain, items)
    return {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "answerer": settings.answerer,
            "documents": [d.source for d in documents], "seconds": round(time.perf_counter() - began, 1),
            "summary": summarize(rows, items), "rows": rows}


def table(report: dict) -> str:
    summary = report["summary"]

    def line(name: str, rate: dict) -> str:
        share = f"{100 * rate['rate']:.0f} %" if rate["n"] else "–"
        return f"| {name} | {rate['right']}/{rate['n']} | {share} |"

    lines = ["| questions | right | share |", "| --- | --- | --- |", line("all", summary["all"])]
    lines += [line(f"type: {k}", v) for k, v in summary["by_type"].items()]
    lines += [line(f"format: {k}", v) for k, v in summary["by_format"].items()]
    refused, conv = summary["answerable_refused"], summary["conversations_all_turns_right"]
    lines += [f"| answerable questions refused | {refused['refused']}/{refused['n']} | |",
              f"| conversations right on every turn | {conv['right']}/{conv['n']} | |"]
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="a folder with docs/ and dev.json")
    parser.add_argument("--answerer", help="an answerer by name (default: CHATBOT_ANSWERER)")
    parser.add_argument("--out", type=Path, default=Path("reports") / "workplace")
    args = parser.parse_args(argv)
    if not (args.folder / "dev.json").is_file():
        print(f"error: {args.folder} has no dev.json", file=sys.stderr)
        return 2
    report = evaluate(args.folder, args.answerer)
    print(write_report(args.out, report, table(report)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
