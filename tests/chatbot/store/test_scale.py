"""Collections past SQLite's 32,766 bound variables: nothing reads or deletes by a list of every id.

At 33,000 passages the old store failed every question, and then ✕ / --remove / --reset too
(one get of every id). Fake embeddings keep this to about a minute.
"""
import json

import pytest

from ...conftest import run_cli

pytestmark = pytest.mark.slow  # the CLI as subprocesses on 33,000 passages

PASSAGES = 33_500


def _ledger(path, needle_at=20_000, needle="The vault's secret password is swordfish, said the keeper."):
    lines = [f"Ledger entry {i} lists {i * 7} crates of item {i % 97} for depot {i % 13}." for i in range(PASSAGES)]
    lines[needle_at] = needle
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _ask(env, question):
    result = run_cli(["chatbot", "ask", question, "--json"], env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _documents(env):
    return [line.split("\t")[0] for line in run_cli(["chatbot", "documents"], env).stdout.splitlines()]


def test_over_33000_passages_questions_replace_remove_and_reset_work(tmp_path, fake_env):
    fake_env = {**fake_env, "CHATBOT_MIN_CONFIDENCE": "0"}  # the fake embedder's cosines mean nothing to the refusal
    assert run_cli(["ingest"], fake_env).returncode == 0
    ledger = _ledger(tmp_path / "ledger.txt")
    first = run_cli(["ingest", str(ledger)], fake_env, timeout=600)
    assert first.returncode == 0, first.stderr
    assert f"{PASSAGES} passages ({PASSAGES} added, 0 unchanged, 0 removed)" in first.stdout

    answer = _ask(fake_env, "What is the vault's secret password?")
    assert "swordfish" in answer["answer"] and answer["citations"][0]["source"] == "ledger.txt"
    assert "Hollande" in _ask(fake_env, "who ruled out Assad?")["answer"]

    # A changed document: its old passages are listed (paged) to keep what is unchanged.
    _ledger(ledger, needle="The vault's secret password is now marlin, said the keeper.")
    changed = run_cli(["ingest", str(ledger)], fake_env, timeout=600)
    assert changed.returncode == 0, changed.stderr
    assert f"({1} added, {PASSAGES - 1} unchanged, 1 removed)" in changed.stdout
    assert "marlin" in _ask(fake_env, "What is the vault's secret password?")["answer"]

    # --reset empties everything (then ingests the article again).
    reset = run_cli(["ingest", "--reset"], fake_env, timeout=600)
    assert reset.returncode == 0, reset.stderr
    assert "(19 added, 0 unchanged, 0 removed)" in reset.stdout
    assert _documents(fake_env) == ["article.txt"]
    assert "swordfish" not in json.dumps(_ask(fake_env, "What is the vault's secret password?"))

    # Removing one big document (the page's ✕ calls the same store method).
    assert run_cli(["ingest", str(ledger)], fake_env, timeout=600).returncode == 0
    removed = run_cli(["chatbot", "documents", "--remove", "ledger.txt"], fake_env, timeout=600)
    assert removed.returncode == 0, removed.stderr
    assert f"removed ledger.txt ({PASSAGES} passages)" in removed.stdout
    assert _documents(fake_env) == ["article.txt"]
    assert "marlin" not in json.dumps(_ask(fake_env, "What is the vault's secret password?"))
    assert "Hollande" in _ask(fake_env, "who ruled out Assad?")["answer"]
