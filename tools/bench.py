"""Benchmark: ours beside the naive LangChain RAG and the floor, in one run on this machine.

    python -m tools.bench [--repeats 5] [--smoke] [--out bench/results]

Figures (min / median / max over repeats): cold `ask` (new process -> answer), warm answer
latency p50 / p95 (dev questions through one `chat --jsonl` process; the baseline through one
process of its own; the floor = one query embedding + one Chroma query, nothing around it),
ingest of the article (new process), ingest throughput on the eight SQuAD articles, peak RSS of
`ask` (and of the Streamlit server when Chromium is here to open a session), and ratios.
Timings vary on shared machines: compare the ratios of one run, not numbers across runs.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

from tools import ROOT as PROJECT_ROOT
from tools.measure import write_report
from tools.measure import env_for, percentile, round_trips

QUESTIONS = PROJECT_ROOT / "tests" / "data" / "article_dev_qa.json"
SQUAD = PROJECT_ROOT / "tests" / "data" / "squad" / "dev-v2.0-public.json"
ARTICLE = PROJECT_ROOT / "ingest" / "data" / "article.txt"


def _timed_run(args: list[str], env: dict, stdin: Optional[str] = None) -> tuple[float, str]:
    """(wall seconds, stdout) of a fresh process."""
    started = time.perf_counter()
    process = subprocess.Popen(args, cwd=PROJECT_ROOT, env=env, stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = process.communicate(stdin)
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {err.strip()[-500:]}")
    return wall, out


def _rss_of(args: list[str], env: dict) -> float:
    """Peak RSS (MiB) of one run, measured in a wrapper process of its own."""
    code = ("import resource,subprocess,sys;subprocess.run(sys.argv[1:],check=True,stdout=subprocess.DEVNULL);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024)")
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=PROJECT_ROOT, env=env, capture_output=True,
                         text=True, check=True)
    return float(out.stdout.strip())


def _summary(values: list[float], digits: int = 3) -> dict:
    return {"min": round(min(values), digits), "median": round(statistics.median(values), digits),
            "max": round(max(values), digits), "runs": len(values)}


def _latencies_floor(store: Path, questions: list[str], rounds: int, embeddings_name: str) -> list[float]:
    """One query embedding + one raw Chroma query, no framework: the least any answer can cost."""
    import chromadb  # the bare collection, no framework around it: the benchmark's floor

    from chatbot import get_embeddings

    embeddings = get_embeddings(embeddings_name)
    collection = chromadb.PersistentClient(path=str(store)).get_collection("documents")
    timings = []
    for i in range(rounds + 1):
        for question in questions:
            began = time.perf_counter()
            collection.query(query_embeddings=[embeddings.embed_query(question)], n_results=4)
            if i:
                timings.append((time.perf_counter() - began) * 1000)
    return timings


def _squad_files(directory: Path, limit: Optional[int]) -> list[Path]:
    data = json.loads(SQUAD.read_text(encoding="utf-8"))
    paths = []
    for article in data["data"][:limit]:
        path = directory / f"{article['title']}.txt"
        path.write_text("\n\n".join(p["context"] for p in article["paragraphs"]), encoding="utf-8")
        paths.append(path)
    return paths


def _streamlit_rss(store: Path) -> Optional[float]:
    """Peak RSS of a Streamlit server after one real browser session asked one question."""
    import shutil
    import socket

    chromium = shutil.which("chromium")
    if not chromium:
        return None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "ui/serve.py", "--server.port", str(port),
                                "--server.address", "127.0.0.1", "--server.headless", "true",
                                "--browser.gatherUsageStats", "false"], cwd=PROJECT_ROOT, env=env_for(store),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, headless=True, args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"])
            page = browser.new_page()
            deadline = time.monotonic() + 90
            while True:
                try:
                    page.goto(f"http://127.0.0.1:{port}", timeout=5000)
                    break
                except Exception:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.5)
            box = page.get_by_test_id("stChatInputTextArea")
            box.wait_for(timeout=120_000)
            box.fill("who ruled out Assad?")
            box.press("Enter")
            page.get_by_text("Hollande [1]").first.wait_for(timeout=60_000)
            browser.close()
        status = Path(f"/proc/{process.pid}/status").read_text()
        return float(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))) / 1024
    except Exception:
        return None
    finally:
        process.terminate()
        process.wait(timeout=20)


_OURS_ASK = [sys.executable, "-m", "chatbot", "ask"]
_NAIVE = [sys.executable, "-m", "tools.baseline"]


def _ingest_and_cold_ask(tmp: Path, repeats: int, question: str) -> dict:
    """Ingest of the article and a cold ask, each a new process, ours and the baseline's."""
    ours_store, naive_store = tmp / "ours", tmp / "naive"
    ours_ingest, naive_ingest = [], []
    for i in range(repeats):
        ours_ingest.append(_timed_run([sys.executable, "-m", "ingest", "--reset"], env_for(ours_store))[0])
        target = tmp / f"naive-{i}"
        naive_ingest.append(_timed_run([*_NAIVE, "ingest", str(target), str(ARTICLE)], env_for(target))[0])
    _timed_run([*_NAIVE, "ingest", str(naive_store), str(ARTICLE)], env_for(naive_store))
    ours_cold, naive_cold = [], []
    for _ in range(repeats):
        ours_cold.append(_timed_run([*_OURS_ASK, question], env_for(ours_store))[0])
        naive_cold.append(_timed_run([*_NAIVE, "ask", str(naive_store), question], env_for(naive_store))[0])
    return {"ingest_article_s": {"ours": _summary(ours_ingest), "baseline": _summary(naive_ingest)},
            "cold_ask_s": {"ours": _summary(ours_cold), "baseline": _summary(naive_cold)},
            "ask_peak_rss_mib": {
                "ours": round(_rss_of([*_OURS_ASK, question], env_for(ours_store)), 1),
                "baseline": round(_rss_of([*_NAIVE, "ask", str(naive_store), question], env_for(naive_store)), 1)}}


def _warm(tmp: Path, questions: list[str], rounds: int, embeddings_name: str) -> dict:
    ours_store, naive_store = tmp / "ours", tmp / "naive"
    warm = {"ours": round_trips([sys.executable, "-m", "chatbot", "chat", "--jsonl"], ours_store, questions,
                                rounds, lambda q: {"reset": True, "question": q}),
            "baseline": round_trips([*_NAIVE, "loop", str(naive_store)], naive_store, questions, rounds,
                                    lambda q: {"question": q}),
            "floor": _latencies_floor(ours_store, questions, rounds, embeddings_name)}
    return {name: {"p50": round(percentile(v, 0.5), 2), "p95": round(percentile(v, 0.95), 2),
                   "min": round(min(v), 2), "max": round(max(v), 2), "n": len(v)} for name, v in warm.items()}


def _ingest_throughput(tmp: Path, repeats: int, squad_articles: Optional[int]) -> dict:
    files = _squad_files(tmp, squad_articles)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    ours_rate, naive_rate = [], []
    for i in range(max(1, min(repeats, 3))):
        _, out = _timed_run([sys.executable, "-c", _INGEST_TIMER, str(tmp / f"sq-ours-{i}"), *map(str, files)],
                            env_for(tmp / f"sq-ours-{i}"))
        stats = json.loads(out.strip().splitlines()[-1])
        ours_rate.append(stats["passages"] / stats["seconds"])
        _, out = _timed_run([*_NAIVE, "ingest", str(tmp / f"sq-naive-{i}"), *map(str, files)],
                            env_for(tmp / f"sq-naive-{i}"))
        stats_naive = json.loads(out.strip().splitlines()[-1])
        naive_rate.append(stats_naive["chunks"] / stats_naive["seconds"])
    return {"documents": len(files), "chars": chars, "ours_passages": stats["passages"],
            "baseline_chunks": stats_naive["chunks"],
            "ours_passages_per_s": _summary(ours_rate, 1), "baseline_chunks_per_s": _summary(naive_rate, 1),
            "ours_chars_per_s": round(statistics.median(ours_rate) * chars / stats["passages"]),
            "baseline_chars_per_s": round(statistics.median(naive_rate) * chars / stats_naive["chunks"])}


def _ratios(results: dict) -> dict:
    w = results["warm_ms"]
    return {
        "cold_ask_ours_over_baseline": round(results["cold_ask_s"]["ours"]["median"] /
                                             results["cold_ask_s"]["baseline"]["median"], 3),
        "warm_p50_ours_over_floor": round(w["ours"]["p50"] / w["floor"]["p50"], 3),
        "warm_p50_ours_over_baseline": round(w["ours"]["p50"] / w["baseline"]["p50"], 3),
        "ingest_passages_per_s_ours_over_baseline": round(
            results["ingest_throughput"]["ours_passages_per_s"]["median"] /
            results["ingest_throughput"]["baseline_chunks_per_s"]["median"], 2),
        "ask_rss_ours_over_baseline": round(results["ask_peak_rss_mib"]["ours"] /
                                            results["ask_peak_rss_mib"]["baseline"], 3),
    }


def run(repeats: int = 5, rounds: int = 5, squad_articles: Optional[int] = None, streamlit: bool = True,
        progress: bool = True, pdf_pages: int = 100) -> dict:
    from chatbot import load_settings

    data = json.loads(QUESTIONS.read_text(encoding="utf-8"))
    questions = [q["q"] for q in data["questions"]] + [q["q"] for q in data["unanswerable"]]
    embeddings_name = load_settings().embeddings
    say = (lambda m: print(f"[bench] {m}", file=sys.stderr, flush=True)) if progress else (lambda m: None)
    results: dict = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                     "machine": f"{platform.machine()}, {os.cpu_count()} CPU cores, {platform.python_version()}",
                     "embeddings": embeddings_name, "repeats": repeats}
    with tempfile.TemporaryDirectory(prefix="chatbot-bench-") as tmp:
        tmp = Path(tmp)
        say("ingest of the article and cold ask (new process each run), peak RSS of ask")
        results.update(_ingest_and_cold_ask(tmp, repeats, "who ruled out Assad?"))
        say("warm latency")
        results["warm_ms"] = _warm(tmp, questions, rounds, embeddings_name)
        say("ingest throughput on SQuAD articles")
        results["ingest_throughput"] = _ingest_throughput(tmp, repeats, squad_articles)
        say(f"ingest of a {pdf_pages}-page PDF")
        results["pdf_ingest"] = _pdf_ingest(tmp, pdf_pages)
        if streamlit:
            say("Streamlit server peak RSS (one browser session)")
            results["streamlit_peak_rss_mib"] = _streamlit_rss(tmp / "ours")
    results["ratios"] = _ratios(results)
    return results


# Ingest timed inside the process (the model load is not ingest), printed as one JSON line.
_INGEST_TIMER = """
import json, sys, time
from pathlib import Path
from chatbot import load_settings
from chatbot import get_embeddings
from chatbot import open_store
from ingest import load_file
from ingest import ingest_documents
settings = load_settings(persist_dir=Path(sys.argv[1]))
store = open_store(settings, get_embeddings(settings.embeddings), create=True)
docs = [load_file(p) for p in sys.argv[2:]]
began = time.perf_counter()
summary = ingest_documents(docs, store)
print(json.dumps({"passages": summary.passages, "seconds": time.perf_counter() - began}))
"""


# A PDF loaded and ingested inside the process (the model load is not ingest), as one JSON line.
_PDF_TIMER = """
import json, sys, time
from pathlib import Path
from chatbot import get_embeddings, load_settings, open_store
from ingest import ingest_documents, load_file
settings = load_settings(persist_dir=Path(sys.argv[1]))
store = open_store(settings, get_embeddings(settings.embeddings), create=True)
began = time.perf_counter()
document = load_file(sys.argv[2])
loaded = time.perf_counter()
summary = ingest_documents([document], store)
done = time.perf_counter()
print(json.dumps({"pages": len(document.pages), "passages": summary.passages, "load_s": loaded - began,
                  "total_s": done - began}))
"""
PDF_SAMPLE = PROJECT_ROOT / "tests" / "data" / "workplace" / "18f-partnership-principles.pdf"


def _long_pdf(path: Path, pages: int) -> Path:
    """A text PDF of `pages` pages: the workplace set's real PDF, its pages repeated."""
    from pypdf import PdfReader, PdfWriter  # a dev dependency: the product reads PDFs with pypdfium2

    source = PdfReader(PDF_SAMPLE)
    writer = PdfWriter()
    for n in range(pages):
        writer.add_page(source.pages[n % len(source.pages)])
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def _pdf_ingest(tmp: Path, pages: int) -> dict:
    pdf = _long_pdf(tmp / f"long-{pages}.pdf", pages)
    store = tmp / "pdf-store"
    _, out = _timed_run([sys.executable, "-c", _PDF_TIMER, str(store), str(pdf)], env_for(store))
    stats = json.loads(out.strip().splitlines()[-1])
    return {**{k: round(v, 3) if isinstance(v, float) else v for k, v in stats.items()},
            "pages_per_s": round(stats["pages"] / stats["load_s"], 1),
            "passages_per_s": round(stats["passages"] / (stats["total_s"] - stats["load_s"]), 1)}


def markdown(r: dict) -> str:
    def mmm(s, unit=""):
        return f"{s['median']}{unit} ({s['min']}–{s['max']})"
    w = r["warm_ms"]
    t = r["ingest_throughput"]
    p = r["pdf_ingest"]
    streamlit_rss = f"{r['streamlit_peak_rss_mib']:.1f} MiB" if r.get("streamlit_peak_rss_mib") else "n/a"
    rows = [
        f"Benchmark {r['date']} · {r['machine']} · embeddings `{r['embeddings']}` · {r['repeats']} repeats "
        "(median, min–max)", "",
        "| figure | ours | naive LangChain RAG | floor | ours / baseline | ours / floor |",
        "| --- | --- | --- | --- | --- | --- |",
        f"| cold `ask` (new process → answer) | {mmm(r['cold_ask_s']['ours'], ' s')} | "
        f"{mmm(r['cold_ask_s']['baseline'], ' s')} | – | {r['ratios']['cold_ask_ours_over_baseline']} | – |",
        f"| warm answer p50 | {w['ours']['p50']} ms | {w['baseline']['p50']} ms | {w['floor']['p50']} ms | "
        f"{r['ratios']['warm_p50_ours_over_baseline']} | {r['ratios']['warm_p50_ours_over_floor']} |",
        f"| warm answer p95 | {w['ours']['p95']} ms | {w['baseline']['p95']} ms | {w['floor']['p95']} ms | "
        f"{round(w['ours']['p95'] / w['baseline']['p95'], 3)} | {round(w['ours']['p95'] / w['floor']['p95'], 3)} |",
        f"| ingest the article (new process) | {mmm(r['ingest_article_s']['ours'], ' s')} | "
        f"{mmm(r['ingest_article_s']['baseline'], ' s')} | – | "
        f"{round(r['ingest_article_s']['ours']['median'] / r['ingest_article_s']['baseline']['median'], 3)} | – |",
        f"| ingest {t['documents']} SQuAD articles ({t['chars']} chars): passages/s | "
        f"{mmm(t['ours_passages_per_s'])} ({t['ours_passages']} passages) | "
        f"{mmm(t['baseline_chunks_per_s'])} ({t['baseline_chunks']} chunks) | – | "
        f"{r['ratios']['ingest_passages_per_s_ours_over_baseline']} | – |",
        f"| … the same in characters/s | {t['ours_chars_per_s']} | {t['baseline_chars_per_s']} | – | "
        f"{round(t['ours_chars_per_s'] / t['baseline_chars_per_s'], 2)} | – |",
        f"| peak RSS of `ask` | {r['ask_peak_rss_mib']['ours']} MiB | {r['ask_peak_rss_mib']['baseline']} MiB | – | "
        f"{r['ratios']['ask_rss_ours_over_baseline']} | – |",
        f"| peak RSS of the Streamlit server (1 session) | {streamlit_rss} | – | – | – | – |",
        f"| ingest a {p['pages']}-page text PDF (load + embed + store) | {p['total_s']} s: {p['pages_per_s']} pages/s "
        f"read, {p['passages_per_s']} passages/s stored ({p['passages']} passages) | – | – | – | – |",
    ]
    return "\n".join(rows) + "\n"


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=5, help="passes over the dev questions for warm latency")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes (CI): 1 repeat, 1 round, 1 SQuAD article")
    parser.add_argument("--no-streamlit", action="store_true")
    parser.add_argument("--out", type=Path, default=None, help="report path without suffix "
                        "(default bench/results, or bench/scale with --scale)")
    parser.add_argument("--scale", action="store_true",
                        help="the scale benchmark instead: collections of --sizes passages from --squad")
    parser.add_argument("--squad", type=Path, help="SQuAD 1.1 train JSON (e.g. ../shared/data/squad/train-v1.1.json)")
    parser.add_argument("--sizes", default="1000,10000,100000", help="passages per collection, comma-separated")
    parser.add_argument("--baseline-max", type=int, default=10_000,
                        help="run the naive LangChain RAG only up to this many passages (its ingest is slow)")
    parser.add_argument("--big-file-mb", type=float, default=5,
                        help="with --scale: also ingest one text file of this many MB end to end (0: skip)")
    args = parser.parse_args(argv)
    if args.scale:
        from tools import bench_scale

        if not args.squad or not args.squad.exists():
            parser.error("--scale needs --squad PATH to SQuAD 1.1 train-v1.1.json")
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
        out = args.out or PROJECT_ROOT / "bench" / "scale"
        png = out.with_suffix(".png") if args.out else PROJECT_ROOT / "docs" / "scale.png"  # the README's plot
        return bench_scale.main(args.squad, sizes, args.baseline_max, out, png, args.big_file_mb)
    args.out = args.out or PROJECT_ROOT / "bench" / "results"
    if args.smoke:
        results = run(repeats=1, rounds=1, squad_articles=1, streamlit=False, pdf_pages=10)
    else:
        results = run(repeats=args.repeats, rounds=args.rounds, streamlit=not args.no_streamlit)
    print(write_report(args.out, results, markdown(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
