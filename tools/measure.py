"""What the benchmarks share: a measured process's environment, percentiles, warm round trips."""
from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

from tools import ROOT as PROJECT_ROOT


def env_for(store: Path) -> dict:
    """The environment of a measured process: our settings cleared, the store at `store`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHATBOT_")}
    env.update({"CHATBOT_PERSIST_DIR": str(store), "HF_HUB_OFFLINE": "1", "PYTHONUNBUFFERED": "1"})
    return env


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def round_trips(args: list[str], store: Path, questions: list[str], rounds: int, message) -> list[float]:
    """Client-side round trip (ms) per question through one long-lived process, after one warm-up round."""
    process = subprocess.Popen(args, cwd=PROJECT_ROOT, env=env_for(store), stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    timings = []
    try:
        for i in range(rounds + 1):
            for question in questions:
                began = time.perf_counter()
                process.stdin.write(json.dumps(message(question)) + "\n")
                process.stdin.flush()
                process.stdout.readline()
                if i:
                    timings.append((time.perf_counter() - began) * 1000)
    finally:
        process.stdin.close()
        process.wait(timeout=60)
    return timings


def write_report(out: Path, data: dict, table: str) -> str:
    """OUT.json and OUT.md side by side; returns the table."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".json").write_text(json.dumps(data, indent=1, ensure_ascii=False))
    out.with_suffix(".md").write_text(table)
    return table
