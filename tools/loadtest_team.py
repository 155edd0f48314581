"""The load test on the team topology beside a single process, in one run (README, "Run it for a team").

    .venv/bin/python -m tools.loadtest_team [--sessions 16] [--questions 25] [--out bench/loadtest-team.json]

Starts on 127.0.0.1: Debian's redis-server (append-only file), `chroma run` with the article ingested,
then in turn (1) one `chatbot serve` with in-memory sessions, (2) one with Redis sessions, (3) two
replicas sharing Redis, each turn of a conversation sent to the other replica. Each setup is warmed
up with a few uncounted questions per process; then every answer is checked by tools.loadtest.
Also times the Redis work of one question directly (session read, turn write, two rate-limit
counts), the overhead the single-process comparison measures with noise.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path

from tools import ROOT

from tools.loadtest import free_port, run
from chatbot import RedisState
from chatbot import Answer, Turn


@contextmanager
def _process(args: list[str], env: dict, ready: str, log: Path):
    with open(log, "w") as out:
        process = subprocess.Popen(args, cwd=ROOT, env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                urllib.request.urlopen(ready, timeout=2)
                break
            except Exception:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"error: {args[0]} did not start; see {log}") from None
                time.sleep(0.3)
        yield
    finally:
        process.terminate()
        process.wait(timeout=20)


def _redis(stack: ExitStack, work: Path) -> str:
    server = shutil.which("redis-server")
    if not server:
        raise SystemExit("error: Debian's redis-server is not installed (apt-get install redis-server)")
    port = free_port()
    process = subprocess.Popen([server, "--bind", "127.0.0.1", "--port", str(port), "--dir", str(work),
                                "--appendonly", "yes", "--save", ""], stdout=subprocess.DEVNULL)
    stack.callback(process.wait, 20)
    stack.callback(process.terminate)
    url = f"redis://127.0.0.1:{port}/0"
    state = RedisState(url, ttl_s=3600, max_turns=6)
    for _ in range(100):
        try:
            state.ping()
            return url
        except Exception:
            time.sleep(0.1)
    raise SystemExit("error: redis-server did not start")


def _replicas(stack: ExitStack, env: dict, count: int, work: Path, name: str) -> list[str]:
    urls = []
    for n in range(count):
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        stack.enter_context(_process([sys.executable, "-m", "chatbot", "serve", "--port", str(port)], env,
                                     url + "/healthz", work / f"{name}-{n}.log"))
        urls.append(url)
    return urls


def redis_ms_per_question(url: str, repeat: int = 500) -> float:
    """The Redis calls one question makes, timed directly: read the session, write the turn, two limits."""
    state = RedisState(url, ttl_s=3600, max_turns=6, prefix="overhead:")
    answer = Answer(question="q", answer="an answer of ordinary length " * 8, answerable=True)
    session = state.new_session()
    began = time.perf_counter()
    for n in range(repeat):
        state.take(f"session:{session}", 100_000)
        state.take("client:127.0.0.1", 100_000)
        state.turns(session)
        state.add_turn(session, Turn(f"q{n}", f"q{n}", answer))
    return round((time.perf_counter() - began) * 1000 / repeat, 3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=16)
    parser.add_argument("--questions", type=int, default=25)
    parser.add_argument("--max-seconds", type=float, default=600)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "loadtest-team.json")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        work = Path(tmp)
        redis_url = _redis(stack, work)
        chroma_port = free_port()
        chroma = str(Path(sys.executable).parent / "chroma")
        stack.enter_context(_process([chroma, "run", "--path", str(work / "chroma"), "--host", "127.0.0.1",
                                      "--port", str(chroma_port)], {},
                                     f"http://127.0.0.1:{chroma_port}/api/v2/heartbeat", work / "chroma.log"))
        env = {"CHATBOT_CHROMA_HOST": "127.0.0.1", "CHATBOT_CHROMA_PORT": str(chroma_port),
               "CHATBOT_RATE_LIMIT_PER_MINUTE": "100000", "HF_HUB_OFFLINE": "1"}
        subprocess.run([sys.executable, "-m", "ingest"], cwd=ROOT, env={**os.environ, **env}, check=True,
                       capture_output=True)
        setups = {"1 process, sessions in memory": (1, {}),
                  "1 process, sessions in Redis": (1, {"CHATBOT_REDIS_URL": redis_url}),
                  "2 replicas, sessions in Redis": (2, {"CHATBOT_REDIS_URL": redis_url})}
        for n, (name, (count, extra)) in enumerate(setups.items()):
            with ExitStack() as servers:
                urls = _replicas(servers, {**env, **extra}, count, work, f"setup{n}")
                run(urls, 2 * count, 10, args.max_seconds)  # warm-up, not counted: first-use caches per process
                report = run(urls, args.sessions, args.questions, args.max_seconds)
            results[name] = report
            print(f"{name}: {report['answered']} answers, {report['throughput_qps']} q/s, "
                  f"p50 {report['latency_ms']['p50']} ms, p95 {report['latency_ms']['p95']} ms, "
                  f"{report['wrong']} wrong, {report['lost_follow_ups']} lost follow-ups, {report['errors']} errors",
                  flush=True)
        overhead = redis_ms_per_question(redis_url)
    print(f"Redis work per question, timed directly: {overhead} ms")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"setups": results, "redis_ms_per_question": overhead}, indent=1))
    return 0 if all(not r["failures"] for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
