"""Load test of the chat service: concurrent sessions, every answer checked, figures to a file.

    python -m tools.loadtest [--sessions 8] [--questions 25] [--url http://127.0.0.1:8000 [--url ...]]
                               [--out bench/loadtest] [--max-seconds 300]

Without --url it starts `python -m chatbot serve` on a free 127.0.0.1 port (rate limits raised
for the test) and stops it afterwards. Several --url (replicas sharing Redis) spread the traffic:
session i sends its k-th question to URL (i + k) mod n, so consecutive turns of a conversation land
on different replicas. Traffic goes to 127.0.0.1 only, bounded in count and time.
Each session walks the development questions and conversations in its own order; an answer is
wrong if it misses its expected text, a follow-up is wrong if it resolves to another session's
subject (histories mixed), and lost if the service answered it in a new session (history gone).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Optional
from urllib.parse import urlparse

from tools import ROOT as PROJECT_ROOT
from tools.eval import OUR_QA
from tools.scoring import loose


def _script(session: int, count: int) -> list[list[dict]]:
    """Groups of turns (a group shares one conversation), in a per-session order."""
    data = json.loads(OUR_QA.read_text(encoding="utf-8"))
    groups = [[{"q": q["q"], "expect": q["expect"]}] for q in data["questions"]]
    groups += [[{"q": q["q"], "refuse": True}] for q in data["unanswerable"]]
    groups += [[{"q": t["q"], "expect": t["expect"]} for t in conversation] for conversation in data["conversations"]]
    random.Random(session).shuffle(groups)
    out, n = [], 0
    while n < count:
        for group in groups:
            if n >= count:
                break
            group = group[: count - n]
            out.append(group)
            n += len(group)
    return out


def _post(url: str, payload: dict, timeout: float = 60) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=json.dumps(payload).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def _check(turn: dict, answer: dict) -> Optional[str]:
    if turn.get("refuse"):
        return None if not answer["answerable"] else "answered an unanswerable question"
    if not any(loose(e) in loose(answer["answer"]) for e in turn["expect"]):
        return f"expected one of {turn['expect']}"
    return None


def run(urls: str | list[str], sessions: int, questions: int, max_seconds: float) -> dict:
    urls = [u.rstrip("/") for u in ([urls] if isinstance(urls, str) else urls)]
    for url in urls:
        assert urlparse(url).hostname in {"127.0.0.1", "localhost", "::1"}, "load tests target this machine only"
    latencies: list[float] = []
    counts = {"wrong": 0, "lost_follow_ups": 0, "errors": 0}
    per_url = dict.fromkeys(urls, 0)
    failures: list[dict] = []
    lock = threading.Lock()
    deadline = time.monotonic() + max_seconds

    def worker(index: int) -> None:
        sent = 0
        for group in _script(index, questions):
            session_id, earlier = None, []
            for turn in group:
                if time.monotonic() > deadline:
                    return
                url = urls[(index + sent) % len(urls)]
                sent += 1
                began = time.perf_counter()
                status, answer = _post(url + "/v1/chat", {"question": turn["q"], "session_id": session_id})
                elapsed = (time.perf_counter() - began) * 1000
                if status != 200:
                    kind, problem = "errors", f"HTTP {status}: {answer.get('error')}"
                elif session_id and answer["session_id"] != session_id:
                    kind, problem = "lost_follow_ups", "follow-up answered in a new session (conversation lost)"
                else:
                    kind, problem = "wrong", _check(turn, answer)
                with lock:
                    latencies.append(elapsed)
                    per_url[url] += 1
                    if problem:
                        counts[kind] += 1
                        failures.append({"session": index, "question": turn["q"], "url": url, "problem": problem,
                                         "answer": answer.get("answer"), "earlier": list(earlier)})
                if status == 200:
                    session_id = answer["session_id"]
                earlier.append(turn["q"])  # a failure's conversation so far: to replay it alone

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(sessions)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - began
    ordered = sorted(latencies)

    def pct(q):
        return round(ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))], 2) if ordered else None
    return {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "sessions": sessions,
            "questions_per_session": questions, "answered": len(latencies), "seconds": round(wall, 2),
            "throughput_qps": round(len(latencies) / wall, 2) if wall else None,
            "latency_ms": {"p50": pct(0.5), "p95": pct(0.95), "max": round(max(ordered), 2) if ordered else None,
                           "mean": round(statistics.fmean(ordered), 2) if ordered else None},
            "urls": per_url, **counts, "failures": failures}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.loadtest", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=8)
    parser.add_argument("--questions", type=int, default=25, help="questions per session")
    parser.add_argument("--url", action="append",
                        help="a running service on this machine; repeat for replicas (default: start one)")
    parser.add_argument("--max-seconds", type=float, default=300)
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "bench" / "loadtest")
    args = parser.parse_args(argv)
    server = None
    urls = [u for given in args.url or [] for u in given.split(",") if u]
    if not urls:
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        env = dict(os.environ, CHATBOT_RATE_LIMIT_PER_MINUTE="100000")
        server = subprocess.Popen([sys.executable, "-m", "chatbot", "serve", "--port", str(port)], cwd=PROJECT_ROOT,
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for _ in range(600):
            try:
                urllib.request.urlopen(url + "/healthz", timeout=1)
                break
            except Exception:
                if server.poll() is not None:
                    print(f"error: the service did not start: {server.stderr.read().strip()}", file=sys.stderr)
                    return 2
                time.sleep(0.2)
        urls = [url]
    try:
        report = run(urls, args.sessions, args.questions, args.max_seconds)
    finally:
        if server:
            server.terminate()
            server.wait(timeout=20)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=1))
    print(f"{report['answered']} answers from {args.sessions} sessions in {report['seconds']}s: "
          f"{report['throughput_qps']} questions/s, p50 {report['latency_ms']['p50']} ms, "
          f"p95 {report['latency_ms']['p95']} ms, {len(report['failures'])} failures ({report['wrong']} wrong, "
          f"{report['lost_follow_ups']} lost follow-ups, {report['errors']} errors)")
    return 0 if not report["failures"] else 1


if __name__ == "__main__":
    sys.exit(main())
