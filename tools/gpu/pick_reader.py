"""Rank the sweep's runs by their validation windows (span F1 + 50 x no-answer AUC) and put the
best two runs' weights, in halves, into $OUT (files come back at most 16 MiB each)."""
import json
import os
import pathlib
import sys

out = pathlib.Path(os.environ["OUT"])
runs = {}
for name in sys.argv[1:]:
    log = pathlib.Path(f"/tmp/{name}.log")
    text = log.read_text(errors="replace") if log.exists() else ""
    metrics = None
    for line in reversed(text.splitlines()):
        if line.startswith("{") and '"torch"' in line:
            metrics = json.loads(line)
            break
    runs[name] = {"metrics": metrics, "tail": text[-2500:]}
def score(name):
    m = runs[name]["metrics"]
    return -1e9 if not m else m["torch"]["span_f1"] + 50 * m["torch"]["null_auc"]
ranked = sorted((n for n in runs if n != "E"), key=score, reverse=True)
(out / "summary.json").write_text(json.dumps({"ranked": ranked, "runs": runs}, indent=1))
for name in ranked[:2]:
    path = pathlib.Path(f"/tmp/{name}.npz")
    if not path.exists():
        continue
    data = path.read_bytes()
    half = len(data) // 2 + 1
    (out / f"{name}.part1").write_bytes(data[:half])
    (out / f"{name}.part2").write_bytes(data[half:])
print(json.dumps({n: runs[n]["metrics"] for n in runs}, indent=1))
