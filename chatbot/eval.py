"""Evaluation: our article QA set and SQuAD 2.0, ours beside a naive LangChain RAG baseline.

    python -m chatbot.eval [--per-article 20,10 | --squad-sample N] [--seed 0] [--answerer NAME] [--out reports/eval]

Metrics per answerable question: answer correct (a gold answer appears in the answer, case- and
punctuation-insensitive, answer <= 300 chars); precise citation (a cited span overlaps the gold
span / supporting line, cited text <= 450 chars). Per unanswerable question: refusal. Also false
refusals, conversations fully correct, latency p50/p95, and SQuAD exact match / token F1 of the
short answer.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import re
import statistics
import string
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .config import PROJECT_ROOT, load_settings

DATA = PROJECT_ROOT / "tests" / "data"
OUR_QA = DATA / "article_dev_qa.json"
SQUAD = DATA / "squad" / "dev-v2.0-public.json"
# Thresholds were tuned on these SQuAD articles; the others are held out to validate them.
TUNING_ARTICLES = {"Normans", "Huguenot", "1973_oil_crisis", "Packet_switching"}
MAX_ANSWER = 300
MAX_CITED = 450


# ---------- scoring helpers ----------
def loose(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.lower())).strip()


def contains_answer(answer: str, golds: list[str]) -> bool:
    return len(answer) <= MAX_ANSWER and any(loose(g) and loose(g) in loose(answer) for g in golds)


def squad_normalize(text: str) -> str:
    text = "".join(ch for ch in text.lower() if ch not in set(string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def exact_match(prediction: str, golds: list[str]) -> float:
    golds = golds or [""]
    return float(any(squad_normalize(prediction) == squad_normalize(g) for g in golds))


def token_f1(prediction: str, golds: list[str]) -> float:
    golds = golds or [""]
    best = 0.0
    p_tokens = squad_normalize(prediction).split()
    for gold in golds:
        g_tokens = squad_normalize(gold).split()
        if not p_tokens or not g_tokens:
            best = max(best, float(p_tokens == g_tokens))
            continue
        common = sum((collections.Counter(p_tokens) & collections.Counter(g_tokens)).values())
        if common:
            precision, recall = common / len(p_tokens), common / len(g_tokens)
            best = max(best, 2 * precision * recall / (precision + recall))
    return best


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


# ---------- datasets ----------
@dataclass
class Item:
    question: str
    golds: list[str]
    answerable: bool
    source: str
    spans: list[tuple[int, int]] = field(default_factory=list)  # gold character spans in the source text
    split: str = "dev"
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
        split = "tune" if article["title"] in TUNING_ARTICLES else "held-out"
        for paragraph in article["paragraphs"]:
            context = paragraph["context"]
            for qa in paragraph["qas"]:
                answers = qa.get("answers", [])
                impossible = qa.get("is_impossible", False) or not answers
                items.append(Item(
                    qa["question"], [a["text"] for a in answers], not impossible, source,
                    [(offset + a["answer_start"], offset + a["answer_start"] + len(a["text"])) for a in answers],
                    split=split))
            parts.append(context)
            offset += len(context) + 2
        documents.append((source, "\n\n".join(parts)))
    return documents, items


# ---------- systems ----------
class OurSystem:
    name = "ours"

    def __init__(self, settings, store=None) -> None:
        from .chain import ChatChain, Conversation

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
    """The baseline in the evaluation: chatbot.baseline.NaiveRAG over the same documents."""

    name = "naive LangChain RAG"

    def __init__(self, documents: list[tuple[str, str]], directory: Path) -> None:
        from .baseline import NaiveRAG

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

    correct = [contains_answer(a["answer"], i.golds) for i, a in answerable]
    precise = [cites(i, a) for i, a in answerable]
    refused = [not a["answerable"] for _, a in unanswerable]
    false_refusals = [not a["answerable"] for _, a in answerable]
    shorts = [(a.get("short_answer") or "") if a["answerable"] else "" for a in answers]
    em = [exact_match(s, i.golds if i.answerable else []) for i, s in zip(items, shorts)]
    f1 = [token_f1(s, i.golds if i.answerable else []) for i, s in zip(items, shorts)]
    latencies = [a["timings_ms"]["total"] for a in answers]
    conversations = collections.defaultdict(list)
    for (i, _), ok in zip(answerable, zip(correct, precise)):
        if i.conversation is not None:
            conversations[i.conversation].append(all(ok))

    def ratio(values):
        return {"n": len(values), "hits": sum(values), "rate": round(sum(values) / len(values), 4) if values else None}

    return {
        "questions": len(items),
        "answer_correct": ratio(correct),
        "precise_citation": ratio(precise),
        "refusal": ratio(refused),
        "false_refusal": ratio(false_refusals),
        "conversations_correct": ratio([all(v) for v in conversations.values()]),
        "exact_match": round(100 * statistics.fmean(em), 2) if em else None,
        "f1": round(100 * statistics.fmean(f1), 2) if f1 else None,
        "latency_ms_p50": round(percentile(latencies, 0.5), 2),
        "latency_ms_p95": round(percentile(latencies, 0.95), 2),
    }


SWEEP_THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)


def threshold_sweep(items: list[Item], answers: list[dict], thresholds=SWEEP_THRESHOLDS) -> list[dict]:
    """Metrics as if the answerer refused below each threshold, from answers given with none:
    what CHATBOT_MIN_CONFIDENCE trades (refusals against false refusals)."""
    rows = []
    for threshold in thresholds:
        decided = [a if a["confidence"] >= threshold else
                   {**a, "answerable": False, "answer": "", "short_answer": None, "citations": []} for a in answers]
        metrics = score(items, decided)
        rows.append({"threshold": threshold, **{k: metrics[k] for k in
                                                 ("answer_correct", "precise_citation", "refusal", "false_refusal")}})
    return rows


def run_system(system, items: list[Item]) -> list[dict]:
    return [system.answer(item) for item in items]


def _cell(metric: dict) -> str:
    if metric["n"] == 0:
        return "–"
    return f"{metric['hits']}/{metric['n']} ({100 * metric['rate']:.1f}%)"


def markdown(report: dict) -> str:
    rows = ["| set | system | answer correct | precise citation | refusal | false refusal | conversations | "
            "EM | F1 | p50 ms | p95 ms |", "|" + " --- |" * 11]
    for block in report["results"]:
        m = block["metrics"]
        rows.append(f"| {block['set']} | {block['system']} | {_cell(m['answer_correct'])} | "
                    f"{_cell(m['precise_citation'])} | {_cell(m['refusal'])} | {_cell(m['false_refusal'])} | "
                    f"{_cell(m['conversations_correct'])} | {m['exact_match']} | {m['f1']} | "
                    f"{m['latency_ms_p50']} | {m['latency_ms_p95']} |")
    head = (f"# Evaluation report\n\n{report['date']} · answerer `{report['answerer']}` · embeddings "
            f"`{report['embeddings']}` · SQuAD sample {report['squad_sample']} (seed {report['seed']})\n\n")
    table = head + "\n".join(rows) + "\n"
    if report.get("sweep"):
        table += ("\nRefusal threshold (`CHATBOT_MIN_CONFIDENCE`, default "
                  f"{report['min_confidence']}) on the same SQuAD held-out questions:\n\n"
                  "| threshold | answer correct | precise citation | refusal | false refusal |\n"
                  "| --- | --- | --- | --- | --- |\n")
        table += "".join(f"| {r['threshold']} | {_cell(r['answer_correct'])} | {_cell(r['precise_citation'])} | "
                         f"{_cell(r['refusal'])} | {_cell(r['false_refusal'])} |\n" for r in report["sweep"])
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


def evaluate(answerer: str = "extractive", squad_sample: Optional[int] = None, seed: int = 0,
             per_article: Optional[tuple[int, int]] = (20, 10),
             our_qa: Path = OUR_QA, squad: Optional[Path] = SQUAD, baseline: bool = True,
             embeddings: Optional[str] = None, progress: bool = True) -> dict:
    from ingest.loaders import DEFAULT_DOCUMENT, document_from_text, load_file
    from ingest.pipeline import ingest_documents

    from .embeddings import get_embeddings
    from .store import open_store

    base = load_settings()
    results = []
    sweep: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="chatbot-eval-") as tmp:
        def settings_for(collection: str):
            return load_settings(persist_dir=Path(tmp) / "store", collection=collection, answerer=answerer,
                                 embeddings=embeddings or base.embeddings, chroma_host=None)

        article = load_file(DEFAULT_DOCUMENT)
        sets = [("article", [(article.source, article.text)], load_our_qa(our_qa, article.text, article.source))]
        if squad and Path(squad).exists():
            documents, items = load_squad(Path(squad))
            items = sample_per_article(items, per_article, seed) if per_article else \
                random.Random(seed).sample(items, squad_sample) if squad_sample and squad_sample < len(items) else items
            for split in ("tune", "held-out"):
                sets.append((f"squad {split}", documents, [i for i in items if i.split == split]))
        ingested: dict[str, object] = {}
        for name, documents, items in sets:
            collection = "eval-article" if name == "article" else "eval-squad"
            settings = settings_for(collection)
            if collection not in ingested:
                began = time.perf_counter()
                store = open_store(settings, get_embeddings(settings.embeddings), create=True)
                docs = [document_from_text(source, text) for source, text in documents]
                ingest_documents(docs, store, progress=progress)
                if progress:
                    print(f"[eval] ingested {collection} in {time.perf_counter() - began:.1f}s", file=sys.stderr)
                ours = OurSystem(settings)
                naive = NaiveSystem(documents, Path(tmp) / f"naive-{collection}") if baseline else None
                ingested[collection] = (ours, naive)
            ours, naive = ingested[collection]
            for system in [ours] + ([naive] if naive else []):
                began = time.perf_counter()
                answers = run_system(system, items)
                results.append({"set": name, "system": system.name, "metrics": score(items, answers),
                                "seconds": round(time.perf_counter() - began, 2),
                                "answers": [{"question": i.question, "gold": i.golds, "answerable": i.answerable,
                                             "answer": a["answer"], "predicted_answerable": a["answerable"],
                                             "short_answer": a.get("short_answer"),
                                             "cited": [(c["source"], c["start"], c["end"]) for c in a["citations"]]}
                                            for i, a in zip(items, answers)] if system.name == "ours" else None})
                if progress:
                    print(f"[eval] {name} / {system.name}: {len(items)} questions", file=sys.stderr)
            if name == "squad held-out" and answerer == "extractive":
                never_refusing = OurSystem(settings.model_copy(update={"min_confidence": 0.0}), store=ours.chain.store)
                thresholds = sorted(set(SWEEP_THRESHOLDS) | {settings.min_confidence})
                sweep = threshold_sweep(items, run_system(never_refusing, items), thresholds)
    return {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "answerer": answerer,
            "embeddings": embeddings or base.embeddings,
            "squad_sample": (f"{per_article[0]}+{per_article[1]} per article" if per_article
                             else (squad_sample or "all")),
            "seed": seed, "min_confidence": base.min_confidence,
            "results": results, "sweep": sweep}


def write_report(out: Path, data: dict, table: str) -> str:
    """OUT.json and OUT.md side by side; returns the table."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".json").write_text(json.dumps(data, indent=1, ensure_ascii=False))
    out.with_suffix(".md").write_text(table)
    return table


def main(argv: Optional[list[str]] = None) -> int:
    from .errors import ChatbotError

    parser = argparse.ArgumentParser(prog="python -m chatbot.eval", description=__doc__.split("\n\n")[0])
    parser.add_argument("--answerer", default=None, help="answerer to evaluate (default: CHATBOT_ANSWERER)")
    parser.add_argument("--per-article", default="20,10",
                        help="SQuAD answerable,unanswerable questions sampled per article (default 20,10)")
    parser.add_argument("--squad-sample", type=int, default=0,
                        help="instead of --per-article: this many SQuAD questions at random (0 = all)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--our-qa", type=Path, default=OUR_QA)
    parser.add_argument("--squad", type=Path, default=SQUAD)
    parser.add_argument("--no-squad", action="store_true")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "reports" / "eval",
                        help="writes OUT.md and OUT.json")
    args = parser.parse_args(argv)
    try:
        per_article = None if args.squad_sample or args.per_article in {"", "0"} else \
            tuple(int(n) for n in args.per_article.split(","))
        report = evaluate(answerer=args.answerer or load_settings().answerer, per_article=per_article,
                          squad_sample=args.squad_sample or None, seed=args.seed, our_qa=args.our_qa,
                          squad=None if args.no_squad else args.squad, baseline=not args.no_baseline)
    except ChatbotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(write_report(args.out, report, markdown(report)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
