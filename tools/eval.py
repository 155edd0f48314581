"""Evaluation: our article QA set and SQuAD 2.0, our answerers beside a naive LangChain RAG baseline.

    python -m tools.eval [--per-article 20,10 | --per-article 0] [--answerers reader,extractive] [--out reports/eval]

The claim the user reads is the bold short answer, so that is what is judged:
- short answer correct: a gold answer appears in the short answer (case- and punctuation-
  insensitive) and the short answer is at most 120 characters;
- whole answer correct (the old, lenient metric, kept beside it): the gold text anywhere in the
  answer, quote included, answer <= 300 characters;
- precise citation: a cited span overlaps the gold span / supporting line, cited text <= 450 chars;
- refusal (unanswerable questions), false refusal (answerable ones), conversations fully correct;
- SQuAD 2.0's official exact match and F1 over all questions (a refusal is the empty answer, right
  for an unanswerable question), F1 over the answerable ones, latency p50/p95.
All SQuAD articles are ingested together (the open setting: retrieval has to find the paragraph).
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from chatbot import get_embeddings, load_settings, open_store
from ingest import DEFAULT_DOCUMENT, document_from_text, ingest_documents, load_file
from tools import ROOT as PROJECT_ROOT
from tools import workplace
from tools.measure import percentile, write_report
from tools.scoring import (MAX_SHORT_ANSWER, contains_answer, exact_match, token_f1)

DATA = PROJECT_ROOT / "tests" / "data"
OUR_QA = DATA / "article_dev_qa.json"
SQUAD = DATA / "squad" / "dev-v2.0-public.json"
MAX_CITED = 450


# ---------- datasets ----------
@dataclass
class Item:
    question: str
    golds: list[str]
    answerable: bool
    source: str
    spans: list[tuple[int, int]] = field(default_factory=list)  # gold character spans in the source text
    conversation: Optional[int] = None  # index of the conversation it belongs to
    turn: int = 0


def load_our_qa(path: Path, text: str, source: str) -> list[Item]:
    data = json.loads(path.read_text(encoding="utf-8"))
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    line_ends = [m.start() for m in re.finditer("\n", text)] + [len(text)]

    def spans(lines):
        return [(line_starts[n - 1], line_ends[n - 1]) for n in lines]

    items = [Item(q["q"], q["expect"], True, source, spans(q["lines"])) for q in data.get("questions", [])]
    items += [Item(q["q"], [], False, source) for q in data.get("unanswerable", [])]
    for ci, conversation in enumerate(data.get("conversations", [])):
        items += [Item(t["q"], t["expect"], True, source, spans(t["lines"]), conversation=ci, turn=ti)
                  for ti, t in enumerate(conversation)]
    return items


def load_squad(path: Path) -> tuple[list[tuple[str, str]], list[Item]]:
    """Each article becomes one document: its paragraphs joined by blank lines."""
    data = json.loads(path.read_text(encoding="utf-8"))
    documents, items = [], []
    for article in data["data"]:
        source = f"{article['title']}.txt"
        parts, offset = [], 0
        for paragraph in article["paragraphs"]:
            context = paragraph["context"]
            for qa in paragraph["qas"]:
                answers = qa.get("answers", [])
                impossible = qa.get("is_impossible", False) or not answers
                items.append(Item(
                    qa["question"], [a["text"] for a in answers], not impossible, source,
                    [(offset + a["answer_start"], offset + a["answer_start"] + len(a["text"])) for a in answers]))
            parts.append(context)
            offset += len(context) + 2
        documents.append((source, "\n\n".join(parts)))
    return documents, items


# ---------- systems ----------
class OurSystem:
    def __init__(self, settings, store=None) -> None:
        from chatbot import ChatChain, Conversation

        self.name = settings.answerer
        self.chain = ChatChain(settings, store=store)
        self._conversation_cls = Conversation
        self.conversation = None

    def answer(self, item: Item) -> dict:
        if item.conversation is None:
            return self.chain.ask(item.question).to_dict()
        if item.turn == 0:
            self.conversation = self._conversation_cls(self.chain)
        return self.conversation.ask(item.question).to_dict()


class NaiveSystem:
    """The baseline in the evaluation: tools.baseline.NaiveRAG over the same documents."""

    name = "naive LangChain RAG"

    def __init__(self, documents: list[tuple[str, str]], directory: Path) -> None:
        from tools.baseline import NaiveRAG

        self.rag = NaiveRAG(directory)
        self.rag.ingest(documents)

    def answer(self, item: Item) -> dict:
        return self.rag.answer(item.question)


# ---------- scoring ----------
def score(items: list[Item], answers: list[dict]) -> dict:
    answerable = [(i, a) for i, a in zip(items, answers) if i.answerable]
    unanswerable = [(i, a) for i, a in zip(items, answers) if not i.answerable]

    def cites(item, answer):
        cited = answer.get("citations", [])
        if sum(len(c["text"]) for c in cited) > MAX_CITED:
            return False
        return any(c["source"] == item.source and c["start"] < e and s < c["end"] for c in cited for s, e in item.spans)

    correct = [a["answerable"] and contains_answer(a.get("short_answer") or "", i.golds, MAX_SHORT_ANSWER)
               for i, a in answerable]
    whole = [a["answerable"] and contains_answer(a["answer"], i.golds) for i, a in answerable]
    precise = [cites(i, a) for i, a in answerable]
    refused = [not a["answerable"] for _, a in unanswerable]
    false_refusals = [not a["answerable"] for _, a in answerable]
    shorts = [(a.get("short_answer") or "") if a["answerable"] else "" for a in answers]
    em = [exact_match(s, i.golds if i.answerable else []) for i, s in zip(items, shorts)]
    f1 = [token_f1(s, i.golds if i.answerable else []) for i, s in zip(items, shorts)]
    has_ans_f1 = [f for i, f in zip(items, f1) if i.answerable]
    latencies = [a["timings_ms"]["total"] for a in answers]
    conversations = collections.defaultdict(list)
    for (i, _), ok in zip(answerable, zip(correct, precise)):
        if i.conversation is not None:
            conversations[i.conversation].append(all(ok))

    def ratio(values):
        return {"n": len(values), "hits": sum(values), "rate": round(sum(values) / len(values), 4) if values else None}

    return {
        "questions": len(items),
        "short_answer_correct": ratio(correct),
        "whole_answer_correct": ratio(whole),
        "precise_citation": ratio(precise),
        "refusal": ratio(refused),
        "false_refusal": ratio(false_refusals),
        "conversations_correct": ratio([all(v) for v in conversations.values()]),
        "exact_match": round(100 * statistics.fmean(em), 2) if em else None,
        "f1": round(100 * statistics.fmean(f1), 2) if f1 else None,
        "has_answer_f1": round(100 * statistics.fmean(has_ans_f1), 2) if has_ans_f1 else None,
        "latency_ms_p50": round(percentile(latencies, 0.5), 2),
        "latency_ms_p95": round(percentile(latencies, 0.95), 2),
    }


SWEEP_THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
SWEEP_METRICS = ("short_answer_correct", "precise_citation", "refusal", "false_refusal", "exact_match", "f1")


def threshold_sweep(items: list[Item], answers: list[dict], thresholds=SWEEP_THRESHOLDS,
                    unsure_from: Optional[float] = None) -> list[dict]:
    """Metrics as if the answerer refused below each threshold, from answers given with none:
    what CHATBOT_MIN_CONFIDENCE trades (refusals against false refusals). As the answerer does,
    a refused answer at or above `unsure_from` still cites its closest passage."""
    rows = []
    for threshold in thresholds:
        band = threshold if unsure_from is None else min(unsure_from, threshold)
        decided = [a if a["confidence"] >= threshold else
                   {**a, "answerable": False, "answer": "", "short_answer": None,
                    "citations": a["citations"] if a["confidence"] >= band else []} for a in answers]
        metrics = score(items, decided)
        rows.append({"threshold": threshold, **{k: metrics[k] for k in SWEEP_METRICS}})
    return rows


def run_system(system, items: list[Item]) -> list[dict]:
    return [system.answer(item) for item in items]


def _cell(metric: dict) -> str:
    if metric["n"] == 0:
        return "–"
    return f"{metric['hits']}/{metric['n']} ({100 * metric['rate']:.1f}%)"


def markdown(report: dict) -> str:
    rows = ["| set | system | short answer correct | whole answer correct (old metric) | precise citation | "
            "refusal | false refusal | conversations | EM | F1 | answerable F1 | p50 ms | p95 ms |",
            "|" + " --- |" * 13]
    for block in report["results"]:
        m = block["metrics"]
        rows.append(f"| {block['set']} | {block['system']} | {_cell(m['short_answer_correct'])} | "
                    f"{_cell(m['whole_answer_correct'])} | "
                    f"{_cell(m['precise_citation'])} | {_cell(m['refusal'])} | {_cell(m['false_refusal'])} | "
                    f"{_cell(m['conversations_correct'])} | {m['exact_match']} | {m['f1']} | {m['has_answer_f1']} | "
                    f"{m['latency_ms_p50']} | {m['latency_ms_p95']} |")
    head = (f"# Evaluation report\n\n{report['date']} · answerers {', '.join(f'`{a}`' for a in report['answerers'])}"
            f" · embeddings `{report['embeddings']}` · SQuAD questions: {report['squad_sample']}"
            f" (seed {report['seed']})"
            "\n\n")
    table = head + "\n".join(rows) + "\n"
    if report.get("sweep"):
        table += (f"\nRefusal threshold of `{report['answerers'][0]}` (`CHATBOT_MIN_CONFIDENCE`, default "
                  f"{report['min_confidence']}) on the same SQuAD questions:\n\n"
                  "| threshold | short answer correct | precise citation | refusal | false refusal | EM | F1 |\n"
                  "| --- | --- | --- | --- | --- | --- | --- |\n")
        table += "".join(f"| {r['threshold']} | {_cell(r['short_answer_correct'])} | {_cell(r['precise_citation'])} | "
                         f"{_cell(r['refusal'])} | {_cell(r['false_refusal'])} | {r['exact_match']} | {r['f1']} |\n"
                         for r in report["sweep"])
    return table


def sample_per_article(items: list[Item], per_article: tuple[int, int], seed: int) -> list[Item]:
    """(answerable, unanswerable) questions drawn per article with a fixed seed."""
    rng = random.Random(seed)
    out = []
    for source in sorted({i.source for i in items}):
        for answerable, count in zip((True, False), per_article):
            pool = [i for i in items if i.source == source and i.answerable == answerable]
            out += rng.sample(pool, min(count, len(pool)))
    return out


def evaluate(answerers: Optional[tuple[str, ...]] = None, squad_sample: Optional[int] = None, seed: int = 0,
             per_article: Optional[tuple[int, int]] = (20, 10),
             our_qa: Path = OUR_QA, squad: Optional[Path] = SQUAD, baseline: bool = True,
             embeddings: Optional[str] = None, progress: bool = True, sweep_thresholds: bool = True) -> dict:
    """Every answerer (and the baseline) on the same questions over the same stores, in one run."""
    base = load_settings()
    answerers = answerers or (base.answerer,)
    results = []
    sweep: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="chatbot-eval-") as tmp:
        def settings_for(collection: str, answerer: str):
            return load_settings(persist_dir=Path(tmp) / "store", collection=collection, answerer=answerer,
                                 embeddings=embeddings or base.embeddings, chroma_host=None)

        sets = _question_sets(our_qa, squad, per_article, squad_sample, seed)
        for name, collection, documents, items in sets:
            began = time.perf_counter()
            store = open_store(settings_for(collection, answerers[0]), get_embeddings(embeddings or base.embeddings),
                               create=True)
            ingest_documents([document_from_text(source, text) for source, text in documents], store,
                             progress=progress)
            if progress:
                print(f"[eval] ingested {collection} in {time.perf_counter() - began:.1f}s", file=sys.stderr)
            systems = [OurSystem(settings_for(collection, answerer), store=store) for answerer in answerers]
            if baseline:
                systems.append(NaiveSystem(documents, Path(tmp) / f"naive-{collection}"))
            for system in systems:
                began = time.perf_counter()
                answers = run_system(system, items)
                mine = isinstance(system, OurSystem)
                results.append({"set": name, "system": system.name, "metrics": score(items, answers),
                                "seconds": round(time.perf_counter() - began, 2),
                                "answers": _answer_rows(items, answers) if mine else None})
                if progress:
                    print(f"[eval] {name} / {system.name}: {len(items)} questions", file=sys.stderr)
            if name == "squad public" and sweep_thresholds:
                first = systems[0]
                never_refusing = OurSystem(first.chain.settings.model_copy(update={"min_confidence": 0.0}), store=store)
                thresholds = sorted(set(SWEEP_THRESHOLDS) | ({_threshold(first)} - {None}))
                sweep = threshold_sweep(items, run_system(never_refusing, items), thresholds,
                                        first.chain.answerer.unsure_from)
    return {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "answerers": list(answerers),
            "embeddings": embeddings or base.embeddings,
            "squad_sample": (f"{per_article[0]}+{per_article[1]} per article" if per_article
                             else (squad_sample or "all")),
            "seed": seed, "min_confidence": _threshold(systems[0]) if systems else None,
            "results": results, "sweep": sweep}


def _question_sets(our_qa: Path, squad: Optional[Path], per_article: Optional[tuple[int, int]],
                   squad_sample: Optional[int], seed: int) -> list[tuple[str, str, list, list]]:
    """(set name, collection, (source, text) documents, items): the article's and SQuAD's."""
    article = load_file(DEFAULT_DOCUMENT)
    sets = [("article", "eval-article", [(article.source, article.text)],
             load_our_qa(our_qa, article.text, article.source))]
    if squad and Path(squad).exists():
        documents, items = load_squad(Path(squad))
        if per_article:
            items = sample_per_article(items, per_article, seed)
        elif squad_sample and squad_sample < len(items):
            items = random.Random(seed).sample(items, squad_sample)
        sets.append(("squad public", "eval-squad", documents, items))
    return sets


def _answer_rows(items: list, answers: list[dict]) -> list[dict]:
    return [{"question": i.question, "gold": i.golds, "answerable": i.answerable, "answer": a["answer"],
             "predicted_answerable": a["answerable"], "short_answer": a.get("short_answer"),
             "confidence": a.get("confidence"), "cited": [(c["source"], c["start"], c["end"]) for c in a["citations"]]}
            for i, a in zip(items, answers)]


def _threshold(system) -> float | None:
    """The refusal threshold the system's answerer uses (LLM answerers have none of their own)."""
    return system.chain.answerer.min_confidence


def main(argv: Optional[list[str]] = None) -> int:
    from chatbot import ChatbotError

    parser = argparse.ArgumentParser(prog="python -m tools.eval", description=__doc__.split("\n\n")[0])
    parser.add_argument("--answerers", default=None,
                        help="comma-separated answerers to compare (default: CHATBOT_ANSWERER, then the offline ones)")
    parser.add_argument("--per-article", default="20,10",
                        help="SQuAD answerable,unanswerable questions sampled per article (default 20,10)")
    parser.add_argument("--squad-sample", type=int, default=0,
                        help="instead of --per-article: this many SQuAD questions at random (0 = all)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--our-qa", type=Path, default=OUR_QA)
    parser.add_argument("--squad", type=Path, default=SQUAD)
    parser.add_argument("--no-squad", action="store_true")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--no-sweep", action="store_true", help="skip the refusal-threshold table (one pass less)")
    parser.add_argument("--workplace", type=Path, default=None,
                        help="also the workplace set: a folder with docs/ and dev.json (tools/workplace.py), "
                             "judged with the first answerer")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "reports" / "eval",
                        help="writes OUT.md and OUT.json")
    args = parser.parse_args(argv)
    if args.workplace and not (args.workplace / "dev.json").is_file():
        parser.error(f"--workplace {args.workplace}: no dev.json there")
    try:
        per_article = None if args.squad_sample or args.per_article in {"", "0"} else \
            tuple(int(n) for n in args.per_article.split(","))
        default = load_settings().answerer
        names = tuple(n.strip() for n in (args.answerers or f"{default},extractive,reader").split(",") if n.strip())
        report = evaluate(answerers=tuple(dict.fromkeys(names)), per_article=per_article,
                          squad_sample=args.squad_sample or None, seed=args.seed, our_qa=args.our_qa,
                          squad=None if args.no_squad else args.squad, baseline=not args.no_baseline,
                          sweep_thresholds=not args.no_sweep)
        table = markdown(report)
        if args.workplace:  # the same run: one report holds every set
            report["workplace"] = workplace.evaluate(args.workplace, names[0])
            table += "\n\nWorkplace documents (" + ", ".join(report["workplace"]["documents"]) + ")\n\n" + \
                workplace.table(report["workplace"]) + "\n"
    except ChatbotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(write_report(args.out, report, table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
