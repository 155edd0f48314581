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
    assert result.returncode == (1 if report["failures"] else 0), (result.stdout, result.stderr[-1000:])
    assert report["answered"] == 32 and (report["lost_follow_ups"], report["errors"]) == (0, 0), report["failures"]
    # An answer that misses the dev set's expectation must be the answerer's own miss, not the load's:
    # the same answer as one `ask` with nothing else running. (One such question is known, see
    # test_dev_set: an unanswerable question the learned refusal answers.)
    missed = {f["question"] for f in report["failures"]}
    assert len(missed) <= 1, report["failures"]
    for question in missed:
        alone = json.loads(run_cli(["chatbot", "ask", question, "--json"], real_env).stdout)
        assert all(f["answer"] == alone["answer"] for f in report["failures"] if f["question"] == question)
    assert report["latency_ms"]["p50"] > 0 and report["throughput_qps"] > 0
