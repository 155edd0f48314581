"""The benchmark runs end to end at a tiny size (no timing assertions: figures go to the report)."""
import json

import pytest

from ..conftest import run_cli

pytestmark = pytest.mark.slow  # `python -m tools.bench` as a subprocess, minutes


def test_bench_smoke_writes_results(tmp_path):
    out = tmp_path / "results"
    result = run_cli(["tools.bench", "--smoke", "--out", str(out)], {}, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    data = json.loads(out.with_suffix(".json").read_text())
    for timed in ("cold_ask_s", "ingest_article_s"):  # ours and the baseline, each run at least once
        assert set(data[timed]) == {"ours", "baseline"}, timed
        for summary in data[timed].values():
            assert 0 < summary["min"] <= summary["median"] <= summary["max"] and summary["runs"] >= 1, (timed, summary)
    assert set(data["warm_ms"]) == {"ours", "baseline", "floor"}
    for name, warm in data["warm_ms"].items():
        assert 0 < warm["min"] <= warm["p50"] <= warm["p95"] <= warm["max"] and warm["n"] >= 1, (name, warm)
    throughput = data["ingest_throughput"]
    assert throughput["documents"] >= 1 and throughput["chars"] > 0
    assert throughput["ours_passages"] > 0 and throughput["baseline_chunks"] > 0
    assert throughput["ours_passages_per_s"]["median"] > 0 and throughput["baseline_chunks_per_s"]["median"] > 0
    assert data["ask_peak_rss_mib"]["ours"] > 0 and data["ask_peak_rss_mib"]["baseline"] > 0
    # Every ratio the report prints is computed from the measurements above.
    assert data["ratios"]["cold_ask_ours_over_baseline"] == pytest.approx(
        data["cold_ask_s"]["ours"]["median"] / data["cold_ask_s"]["baseline"]["median"], abs=1e-3)
    assert data["ratios"]["warm_p50_ours_over_floor"] == pytest.approx(
        data["warm_ms"]["ours"]["p50"] / data["warm_ms"]["floor"]["p50"], abs=1e-3)
    pdf = data["pdf_ingest"]  # the smoke run's 10-page PDF: every page read, its passages stored
    assert pdf["pages"] == 10 and pdf["passages"] > 0 and 0 < pdf["load_s"] <= pdf["total_s"]
    assert pdf["pages_per_s"] == pytest.approx(pdf["pages"] / pdf["load_s"], rel=0.05)
    table = out.with_suffix(".md").read_text()
    assert "| cold `ask`" in table and "| ingest a 10-page text PDF" in table


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
