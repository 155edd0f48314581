"""Scale benchmark: collections of about 1k, 10k and 100k passages built from SQuAD 1.1 train articles.

    python -m tools.bench --scale --squad ../shared/data/squad/train-v1.1.json [--sizes 1000,10000,100000]

For each size, in one run: ingest passages/s (`python -m ingest FOLDER`, a new process), the store's
size on disk, cold `ask` time and peak RSS (new processes), warm answer p50 / p95 through one
`chat --jsonl` process (questions about the first articles, present at every size) and how many
questions were answered without an error; the same for the naive LangChain RAG up to
--baseline-max passages (its ingest is slow). Also the sentence splitter's time on 1, 2 and 4 MB
of text (linear: doubling the input doubles the time), and one --big-file-mb (5) MB text file
ingested end to end. Writes bench/scale.{json,md} and docs/scale.png.
"""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

from tools.measure import env_for, percentile, round_trips
from tools import ROOT as PROJECT_ROOT

QUESTIONS_PER_SIZE = 40
# Warm rounds after the warm-up one: 3 x 40 questions steady the p50 on a shared 2-core machine,
# where one round moved by a third from run to run.
WARM_ROUNDS = 3


def write_collection(squad: Path, directory: Path, passages: int) -> tuple[int, int, list[dict]]:
    """Write the first SQuAD train articles (paragraphs joined by blank lines, one .txt each) into
    `directory` until they hold about `passages` passages (a smaller collection is the start of a
    bigger one). Returns (files, passages, the
    questions of the articles written, in order)."""
    from ingest import document_from_text
    from ingest import split_passages

    data = json.loads(squad.read_text(encoding="utf-8"))["data"]
    directory.mkdir(parents=True, exist_ok=True)
    total, files, questions = 0, 0, []
    for article in data:
        if total >= passages:
            break
        text = "\n\n".join(p["context"] for p in article["paragraphs"])
        name = f"{files:04d}-{article['title'][:60]}.txt"
        count = len(split_passages(document_from_text(name, text)))
        if total >= passages * 0.9 and total + count > passages * 1.1:  # close enough to the size asked for
            break
        (directory / name).write_text(text, encoding="utf-8")
        total += count
        files += 1
        questions += [{"q": qa["question"], "answers": [a["text"] for a in qa["answers"]]}
                      for p in article["paragraphs"] for qa in p["qas"]]
    return files, total, questions


def write_big_file(squad: Path, path: Path, megabytes: float) -> int:
    """One plain-text file of about `megabytes` MB: SQuAD train articles from the end of the file
    (not those of the collections), whole paragraphs. Returns its size in bytes."""
    data = json.loads(squad.read_text(encoding="utf-8"))["data"]
    parts, size = [], 0
    for article in reversed(data):
        for paragraph in article["paragraphs"]:
            if size >= megabytes * 1_000_000:
                break
            parts.append(paragraph["context"])
            size += len(paragraph["context"].encode("utf-8")) + 2
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return path.stat().st_size


def _big_file(squad: Path, tmp: Path, megabytes: float, say) -> dict:
    """`python -m ingest FILE` of one big file into a new store, end to end (a new process)."""
    path = tmp / "big.txt"
    size = write_big_file(squad, path, megabytes)
    say(f"one {size / 1e6:.1f} MB file: ingest")
    wall, rss, out = _measured([sys.executable, "-m", "ingest", str(path)], env_for(tmp / "big-store"))
    passages = _passages_ingested(out)
    return {"mb": round(size / 1e6, 2), "passages": passages, "ingest_s": round(wall, 1),
            "ingest_passages_per_s": round(passages / wall, 1), "ingest_peak_rss_mib": round(rss, 1)}


def _passages_ingested(out: str) -> int:
    """The passage count in ingest's summary line ("ingested 8 document(s): 2065 passages (...)")."""
    return int(out.split(" passages")[0].rsplit(" ", 1)[-1])


def _measured(args: list[str], env: dict, stdin: Optional[str] = None) -> tuple[float, float, str]:
    """(wall seconds, peak RSS MiB, stdout) of one new process."""
    code = ("import resource,subprocess,sys,time;t=time.perf_counter();"
            "r=subprocess.run(sys.argv[1:],capture_output=True,text=True,stdin=subprocess.DEVNULL);"
            "w=time.perf_counter()-t;sys.stderr.write(r.stderr[-2000:]);"
            "print(r.returncode,w,resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024);print(r.stdout)")
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=PROJECT_ROOT, env=env, capture_output=True,
                         text=True)
    head, _, body = out.stdout.partition("\n")
    status, wall, rss = head.split()
    if status != "0":
        raise RuntimeError(f"{' '.join(args[:3])} failed: {out.stderr.strip()[-500:]}")
    return float(wall), float(rss), body


def _disk_mib(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20, 1)


def _split_figures() -> list[dict]:
    from ingest import document_from_text
    from ingest import split_passages

    article = (PROJECT_ROOT / "ingest" / "data" / "article.txt").read_text(encoding="utf-8")
    out = []
    for mb in (1, 2, 4):
        text = (article * (mb * 1_000_000 // len(article) + 1))[: mb * 1_000_000]
        began = time.perf_counter()
        count = len(split_passages(document_from_text("big.txt", text)))
        out.append({"mb": mb, "seconds": round(time.perf_counter() - began, 3), "passages": count})
    return out


def _ours(folder: Path, store: Path, questions: list[str], say) -> dict:
    env = env_for(store)
    wall, rss, out = _measured([sys.executable, "-m", "ingest", str(folder)], env)
    passages = _passages_ingested(out)
    row = {"passages": passages, "ingest_s": round(wall, 1), "ingest_passages_per_s": round(passages / wall, 1),
           "ingest_peak_rss_mib": round(rss, 1), "store_mib": _disk_mib(store)}
    say(f"ours: {passages} passages ingested at {row['ingest_passages_per_s']}/s; cold ask")
    colds = [_measured([sys.executable, "-m", "chatbot", "ask", questions[i]], env) for i in range(3)]
    row["cold_ask_s"] = round(statistics.median(c[0] for c in colds), 3)
    row["ask_peak_rss_mib"] = round(max(c[1] for c in colds), 1)
    say("ours: warm answers")
    answers = _jsonl(store, questions)
    row["answered"] = sum(1 for a in answers if "error" not in a)
    row["questions"] = len(questions)
    timings = round_trips([sys.executable, "-m", "chatbot", "chat", "--jsonl"], store, questions, WARM_ROUNDS,
                           lambda q: {"reset": True, "question": q})
    row["warm_p50_ms"] = round(percentile(timings, 0.5), 2)
    row["warm_p95_ms"] = round(percentile(timings, 0.95), 2)
    return row


def _jsonl(store: Path, questions: list[str]) -> list[dict]:
    stdin = "".join(json.dumps({"reset": True, "question": q}) + "\n" for q in questions)
    out = subprocess.run([sys.executable, "-m", "chatbot", "chat", "--jsonl"], cwd=PROJECT_ROOT, env=env_for(store),
                         input=stdin, capture_output=True, text=True)
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def _baseline(folder: Path, store: Path, questions: list[str], say) -> dict:
    env = env_for(store)
    files = sorted(str(p) for p in folder.glob("*.txt"))
    wall, rss, out = _measured([sys.executable, "-m", "tools.baseline", "ingest", str(store), *files], env)
    chunks = json.loads(out.strip().splitlines()[-1])["chunks"]
    row = {"chunks": chunks, "ingest_s": round(wall, 1), "ingest_chunks_per_s": round(chunks / wall, 1),
           "store_mib": _disk_mib(store)}
    say(f"baseline: {chunks} chunks ingested; cold ask")
    colds = [_measured([sys.executable, "-m", "tools.baseline", "ask", str(store), questions[i]], env)
             for i in range(3)]
    row["cold_ask_s"] = round(statistics.median(c[0] for c in colds), 3)
    row["ask_peak_rss_mib"] = round(max(c[1] for c in colds), 1)
    timings = round_trips([sys.executable, "-m", "tools.baseline", "loop", str(store)], store, questions,
                           WARM_ROUNDS, lambda q: {"question": q})
    row["warm_p50_ms"] = round(percentile(timings, 0.5), 2)
    row["warm_p95_ms"] = round(percentile(timings, 0.95), 2)
    return row


def run(squad: Path, sizes: list[int], baseline_max: int, progress: bool = True, done=None,
        big_file_mb: float = 5) -> dict:
    """`done(results)` after each size: a long run keeps what it finished."""
    import os
    import platform

    say = (lambda m: print(f"[bench --scale] {m}", file=sys.stderr, flush=True)) if progress else (lambda m: None)
    results: dict = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                     "machine": f"{platform.machine()}, {os.cpu_count()} CPU cores, {platform.python_version()}",
                     "splitter": _split_figures(), "sizes": []}
    with tempfile.TemporaryDirectory(prefix="chatbot-scale-") as tmp:
        tmp = Path(tmp)
        first_questions: Optional[list[str]] = None
        for size in sizes:
            folder = tmp / f"docs-{size}"
            files, passages, questions = write_collection(squad, folder, size)
            first_questions = first_questions or [q["q"] for q in questions[:QUESTIONS_PER_SIZE]]
            say(f"{size}: {files} articles, {passages} passages")
            row = {"size": size, "articles": files, "ours": _ours(folder, tmp / f"ours-{size}", first_questions, say)}
            if size <= baseline_max:
                row["baseline"] = _baseline(folder, tmp / f"naive-{size}", first_questions, say)
            results["sizes"].append(row)
            if done:
                done(results)
        if big_file_mb:
            results["big_file"] = _big_file(squad, tmp, big_file_mb, say)
            if done:
                done(results)
    return results


def markdown(r: dict) -> str:
    split = ", ".join(f"{s['mb']} MB {s['seconds']} s" for s in r["splitter"])
    rows = [f"Scale benchmark {r['date']} · {r['machine']} · sentence splitter: {split}", "",
            "| passages | system | ingest /s | store MiB | cold ask s | ask peak RSS MiB | warm p50 ms | "
            "warm p95 ms | answered |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for row in r["sizes"]:
        o = row["ours"]
        rows.append(f"| {o['passages']} ({row['articles']} articles) | ours | {o['ingest_passages_per_s']} | "
                    f"{o['store_mib']} | {o['cold_ask_s']} | {o['ask_peak_rss_mib']} | {o['warm_p50_ms']} | "
                    f"{o['warm_p95_ms']} | {o['answered']}/{o['questions']} |")
        if "baseline" in row:
            b = row["baseline"]
            rows.append(f"| {b['chunks']} chunks | naive LangChain RAG | {b['ingest_chunks_per_s']} chunks | "
                        f"{b['store_mib']} | {b['cold_ask_s']} | {b['ask_peak_rss_mib']} | {b['warm_p50_ms']} | "
                        f"{b['warm_p95_ms']} | – |")
    if "big_file" in r:
        b = r["big_file"]
        rows += ["", f"One {b['mb']} MB text file (`python -m ingest FILE`, end to end): {b['passages']} passages "
                     f"in {b['ingest_s']} s ({b['ingest_passages_per_s']} passages/s), peak RSS "
                     f"{b['ingest_peak_rss_mib']} MiB"]
    return "\n".join(rows) + "\n"


def plot(r: dict, path: Path) -> Optional[Path]:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    sizes = [row["ours"]["passages"] for row in r["sizes"]]
    figure, (latency, memory) = plt.subplots(1, 2, figsize=(10, 4))
    for key, style in (("warm_p50_ms", "o-"), ("warm_p95_ms", "s--")):
        latency.plot(sizes, [row["ours"][key] for row in r["sizes"]], style, label=f"ours {key[5:8]}")
    with_base = [row for row in r["sizes"] if "baseline" in row]
    if with_base:
        latency.plot([row["ours"]["passages"] for row in with_base], [row["baseline"]["warm_p50_ms"]
                                                                      for row in with_base], "^:", label="naive p50")
    latency.set(xscale="log", xlabel="passages in the collection", ylabel="warm answer (ms)", title="Latency")
    latency.legend()
    memory.plot(sizes, [row["ours"]["ask_peak_rss_mib"] for row in r["sizes"]], "o-", label="ours: ask")
    if with_base:
        memory.plot([row["ours"]["passages"] for row in with_base],
                    [row["baseline"]["ask_peak_rss_mib"] for row in with_base], "^:", label="naive: ask")
    memory.set(xscale="log", xlabel="passages in the collection", ylabel="peak RSS (MiB)", title="Memory")
    memory.legend()
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=100)
    return path


def main(squad: Path, sizes: list[int], baseline_max: int, out: Path, png: Path, big_file_mb: float = 5) -> int:
    from tools.measure import write_report

    def save(results: dict) -> None:
        write_report(out, results, markdown(results))
        plot(results, png)

    results = run(squad, sizes, baseline_max, done=save, big_file_mb=big_file_mb)
    print(markdown(results))
    print(f"plot: {png}" if plot(results, png) else "plot: matplotlib is not installed (requirements-dev.txt)")
    return 0
