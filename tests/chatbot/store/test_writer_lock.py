"""One writer at a time: ingests in separate processes wait for each other, `--no-wait` fails at
once, and a writer killed holding the lock does not keep the next one out. Real processes, as users
run them; the unit tests at the top use the lock in-process."""
import json
import os
import random
import signal
import threading
import time
from pathlib import Path

import chromadb
import pytest

from chatbot.embeddings import get_embeddings
from chatbot.errors import StoreBusy
from chatbot.store.chroma import WriterLock, open_store
from ingest.loaders import document_from_text
from ingest.pipeline import ingest_documents

from ...conftest import run_cli, start_cli


WORDS = ("river council harbour railway minister election mountain market bridge treaty budget harvest "
         "festival museum airport senate").split()


def _text(tag: str, sentences: int) -> str:
    """Sentences of random words (seeded): the fake embedder gives them distinct vectors, so the
    vector index must find every one of them."""
    pick = random.Random(tag).choice
    return "\n".join(" ".join(pick(WORDS) for _ in range(10)).capitalize() + f" {tag}{i}."
                      for i in range(sentences)) + "\n"


# ---- in-process: the lock itself ----

def test_a_second_lock_on_the_same_store_is_refused_at_once_with_store_busy(tmp_path):
    first, second = WriterLock(tmp_path), WriterLock(tmp_path)
    first.acquire(None)
    try:
        with pytest.raises(StoreBusy, match=f"locked by another writer \\(pid {os.getpid()}\\)"):
            second.acquire(0)
    finally:
        first.release()
    second.acquire(0)  # free again
    second.release()


def test_a_write_waits_for_the_writer_before_it_then_proceeds(fake_settings, capfd):
    store = open_store(fake_settings, get_embeddings("fake"), create=True)
    other = WriterLock(fake_settings.persist_dir)
    other.acquire(None)
    done = threading.Event()

    def ingest() -> None:
        ingest_documents([document_from_text("a.txt", _text("a", 5))], store)
        done.set()

    worker = threading.Thread(target=ingest)
    worker.start()
    time.sleep(0.5)
    assert not done.is_set()  # held off by the other writer
    other.release()
    worker.join(30)
    assert done.is_set() and [r.source for r in store.documents(fresh=True)] == ["a.txt"]
    assert capfd.readouterr().err.count("waiting for another ingest to finish") == 1


# ---- real processes ----

def _listed(env: dict) -> list[str]:
    result = run_cli(["chatbot", "documents"], env)
    assert result.returncode == 0, result.stderr
    return sorted(line.split("\t")[0] for line in result.stdout.splitlines())


def _assert_store_whole(env: dict) -> None:
    """Every vector readable and the index finds them all: what two writers at once broke."""
    collection = chromadb.PersistentClient(path=env["CHATBOT_PERSIST_DIR"]).get_collection("documents")
    count = collection.count()
    first = collection.get(limit=1, include=["embeddings"])["embeddings"][0]
    assert len(collection.get(include=["embeddings"])["ids"]) == count
    found = collection.query(query_embeddings=[list(first)], n_results=count, include=["distances"])
    assert len(set(found["ids"][0])) == count


@pytest.mark.slow
def test_concurrent_ingests_take_turns_and_the_store_stays_whole(tmp_path, fake_env):
    env = {**fake_env, "CHATBOT_ANSWERER": "extractive"}
    for name in "abcdef":
        (tmp_path / f"{name}.txt").write_text(_text(name, 1500))
    expected = []
    for first, second in ("ab", "cd", "ef"):  # the first round also creates the store from nothing
        pair = [start_cli(["ingest", str(tmp_path / f"{name}.txt")], env) for name in (first, second)]
        for process in pair:
            _, err = process.communicate(timeout=180)
            assert process.returncode == 0, err
        expected += [f"{first}.txt", f"{second}.txt"]
        assert _listed(env) == expected
    asked = run_cli(["chatbot", "ask", "What about the railway and the senate?", "--json"], env)
    assert asked.returncode == 0, asked.stderr
    assert json.loads(asked.stdout)["citations"]
    _assert_store_whole(env)


@pytest.mark.slow
def test_no_wait_fails_at_once_with_one_line_while_another_writer_holds_the_lock(tmp_path, fake_env):
    (tmp_path / "a.txt").write_text(_text("a", 20))
    assert run_cli(["ingest", str(tmp_path / "a.txt")], fake_env).returncode == 0
    holder = WriterLock(Path(fake_env["CHATBOT_PERSIST_DIR"]))
    holder.acquire(None)  # this test's process is the other writer
    try:
        for args in (["ingest", "--no-wait", str(tmp_path / "a.txt")],
                     ["chatbot", "documents", "--remove", "a.txt", "--no-wait"]):
            started = time.monotonic()
            result = run_cli(args, fake_env)
            assert result.returncode == 2, result.stderr
            assert time.monotonic() - started < 30
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in result.stderr
            assert f"locked by another writer (pid {os.getpid()})" in lines[0]
    finally:
        holder.release()
    assert _listed(fake_env) == ["a.txt"]  # nothing was removed
    assert run_cli(["chatbot", "documents", "--remove", "a.txt", "--no-wait"], fake_env).returncode == 0


@pytest.mark.slow
def test_a_writer_killed_holding_the_lock_does_not_keep_the_next_one_out(tmp_path, fake_env):
    env = {**fake_env, "CHATBOT_ANSWERER": "extractive"}
    big = tmp_path / "big.txt"
    big.write_text(_text("big", 20000))
    state = Path(env["CHATBOT_PERSIST_DIR"]) / "writer.json"
    writer = start_cli(["ingest", str(big)], env)
    deadline = time.monotonic() + 120
    while WriterLock(state.parent).state()[0] != writer.pid:
        assert writer.poll() is None and time.monotonic() < deadline, "the ingest never held the lock"
        time.sleep(0.05)
    time.sleep(1.0)  # into its writes
    assert writer.poll() is None, "finished before it could be killed: make the file bigger"
    writer.send_signal(signal.SIGKILL)
    writer.wait(10)
    assert WriterLock(state.parent).state()[0] == writer.pid  # its name is left; its lock is not

    result = run_cli(["ingest", "--no-wait", str(big)], env)  # the lock is free: no waiting
    assert result.returncode == 0, result.stderr
    assert _listed(env) == ["big.txt"]
    assert run_cli(["chatbot", "ask", "What about the harbour and the museum?"], env).returncode == 0
    _assert_store_whole(env)
