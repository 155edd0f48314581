"""The benchmark runs end to end at a tiny size (no timing assertions: figures go to the report)."""
import json

import pytest

from ..conftest import run_cli

pytestmark = pytest.mark.slow


def test_bench_smoke_writes_results(tmp_path):
    out = tmp_path / "results"
    result = run_cli(["tools.bench", "--smoke", "--out", str(out)], {}, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    data = json.loads(out.with_suffix(".json").read_text())
    for key in ["cold_ask_s", "warm_ms", "ingest_article_s", "ingest_throughput", "ask_peak_rss_mib", "ratios"]:
        assert key in data
    assert set(data["warm_ms"]) == {"ours", "baseline", "floor"}
    assert data["ingest_throughput"]["ours_passages"] > 0 and data["ingest_throughput"]["baseline_chunks"] > 0
    assert "| cold `ask`" in out.with_suffix(".md").read_text()


def test_scale_bench_smoke_writes_table_and_plot(tmp_path):
    from ..conftest import DATA

    out = tmp_path / "scale"
    result = run_cli(["tools.bench", "--scale", "--squad", str(DATA / "squad" / "dev-v2.0-public.json"),
                      "--sizes", "100,300", "--baseline-max", "0", "--big-file-mb", "0.05", "--out", str(out)],
                     {}, timeout=900)
    assert result.returncode == 0, result.stderr[-2000:]
    data = json.loads(out.with_suffix(".json").read_text())
    assert [row["ours"]["answered"] for row in data["sizes"]] == [row["ours"]["questions"] for row in data["sizes"]]
    assert data["sizes"][0]["ours"]["passages"] < data["sizes"][1]["ours"]["passages"]
    big = data["big_file"]
    assert 0.04 <= big["mb"] <= 0.06 and big["passages"] > 100 and big["ingest_passages_per_s"] > 0
    assert "| passages | system |" in out.with_suffix(".md").read_text()
    assert f"One {big['mb']} MB text file" in out.with_suffix(".md").read_text()
    assert out.with_suffix(".png").read_bytes().startswith(b"\x89PNG")
