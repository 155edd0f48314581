"""The load test at a small size (CI): concurrent sessions against a real service process."""
import json

import pytest

from ..conftest import run_cli

pytestmark = pytest.mark.slow


def test_concurrent_sessions_all_answers_correct(real_env, tmp_path):
    out = tmp_path / "loadtest"
    result = run_cli(["chatbot.loadtest", "--sessions", "4", "--questions", "8", "--out", str(out),
                      "--max-seconds", "120"], real_env, timeout=300)
    report = json.loads(out.with_suffix(".json").read_text())
    assert result.returncode == 0, (result.stdout, result.stderr[-1000:], report["failures"][:3])
    assert report["answered"] == 32 and report["failures"] == []
    assert report["latency_ms"]["p50"] > 0 and report["throughput_qps"] > 0
