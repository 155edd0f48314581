"""Faults: a real SIGKILL in the middle of ingest; ingest while others are asking."""
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ..conftest import DATA, ROOT, run_cli


def _big_document(path: Path) -> Path:
    squad = json.loads((DATA / "squad" / "dev-v2.0-public.json").read_text())
    text = "\n\n".join(p["context"] for article in squad["data"] for p in article["paragraphs"])
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.slow  # the CLI and a killed ingest as subprocesses
def test_sigkill_during_ingest_leaves_a_working_store_and_the_next_ingest_finishes(tmp_path):
    env = {"CHATBOT_PERSIST_DIR": str(tmp_path / "store")}
    assert run_cli(["ingest"], env).returncode == 0
    big = _big_document(tmp_path / "big.txt")
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CHATBOT_")} | env
    process = subprocess.Popen([sys.executable, "-m", "ingest", str(big)], cwd=ROOT, env=full_env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Kill it once a batch of passages is written: the progress bar counts a batch only after the
    # store committed it. (The store file's size is no such sign: a commit grows the file before its
    # journal is deleted, and a kill in between rolls the batch back.)
    written = threading.Event()

    def watch_progress() -> None:
        seen = b""
        while chunk := process.stderr.read1(4096):
            seen = (seen + chunk)[-4096:]
            if any(int(done) > 0 for done in re.findall(rb"(\d+)/\d+ \[", seen)):
                written.set()

    watcher = threading.Thread(target=watch_progress, daemon=True)
    watcher.start()
    assert written.wait(timeout=180), "ingest reported no written batch"
    assert process.poll() is None, "ingest finished before it could be killed; use a bigger document"
    process.send_signal(signal.SIGKILL)
    process.wait()

    # The store still answers, from the complete documents only.
    asked = run_cli(["chatbot", "ask", "who ruled out Assad?", "--json"], env)
    assert asked.returncode == 0, asked.stderr
    assert "Hollande" in json.loads(asked.stdout)["answer"]
    listed = run_cli(["chatbot", "documents"], env).stdout
    assert listed.startswith("article.txt") and "big.txt" not in listed

    # The next ingest completes the job: it reuses what the killed run already stored.
    again = run_cli(["ingest", str(big)], env)
    assert again.returncode == 0, again.stderr
    match = re.search(r"(\d+) passages \((\d+) added, (\d+) unchanged, 0 removed\)", again.stdout)
    assert match, again.stdout
    total, added, unchanged = map(int, match.groups())
    assert added + unchanged == total
    assert unchanged > 0 and added > 0  # partly written before the kill, finished now
    answer = json.loads(run_cli(["chatbot", "ask", "When were the Normans in Normandy?", "--json"], env).stdout)
    assert "10th and 11th centuries" in answer["answer"]  # answered from the document the killed run began


_DIE_MID_TRANSACTION = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("CREATE TABLE half_written(x)")
connection.executemany("INSERT INTO half_written VALUES (?)", [("x" * 1000,)] * 5000)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.slow  # the CLI and a killed ingest as subprocesses
def test_a_store_left_with_a_hot_journal_by_a_crash_still_answers(tmp_path):
    """A writer killed inside a transaction leaves chroma.sqlite3-journal behind; the next reader
    must roll it back and answer, not fail with 'attempt to write a readonly database'."""
    env = {"CHATBOT_PERSIST_DIR": str(tmp_path / "store")}
    assert run_cli(["ingest"], env).returncode == 0
    database = tmp_path / "store" / "chroma.sqlite3"
    killed = subprocess.run([sys.executable, "-c", _DIE_MID_TRANSACTION, str(database)])
    assert killed.returncode == -signal.SIGKILL
    assert database.with_name("chroma.sqlite3-journal").exists()  # the crash really left a hot journal

    asked = run_cli(["chatbot", "ask", "who ruled out Assad?", "--json"], env)
    assert asked.returncode == 0, asked.stderr
    assert "Hollande" in json.loads(asked.stdout)["answer"]
    assert not database.with_name("chroma.sqlite3-journal").exists()  # rolled back, nothing half-written kept


def test_ingest_while_asking_shows_old_or_new_never_half(fake_settings, monkeypatch):
    """Readers in other threads see a whole version of a document while it is replaced again and again."""
    from chatbot import ChatChain
    from chatbot.store import chroma as store

    monkeypatch.setattr(store, "MANIFEST_TTL_S", 0.0)  # re-read the manifest on every question
    from ingest.loaders import document_from_text
    from ingest.pipeline import ingest_documents, ingest_paths

    from ..conftest import ARTICLE

    ingest_paths([ARTICLE], fake_settings)
    versions = [
        "The red team meets on Mondays in room four.\nThe budget of the red team is ten thousand euros.",
        "The blue team meets on Fridays in the big hall.\nThe budget of the blue team is twenty thousand euros.\n"
        "The blue team has six members.",
    ]
    fake_settings = fake_settings.model_copy(update={"min_confidence": 0.0})  # the fake embedder's cosines mean nothing
    writer_chain = ChatChain(fake_settings)
    reader_chain = ChatChain(fake_settings)  # its own store handle, like another user's process
    ingest_documents([document_from_text("team.txt", versions[0])], writer_chain.store)
    errors, seen = [], []
    stop = threading.Event()

    def reader():
        while not stop.is_set():
            try:
                passages = reader_chain.store.passages()
                team = sorted((p.start, p.text) for p in passages if p.source == "team.txt")
                texts = [t for _, t in team]
                if not any(texts == [t for t in v.split("\n")] for v in versions):
                    errors.append(f"half-written view: {texts}")
                seen.append(len(texts))
                answer = reader_chain.ask("who ruled out Assad?")
                if "Hollande" not in answer.answer:
                    errors.append(answer.answer)
            except Exception as exc:  # any error is a failure of this test
                errors.append(repr(exc))

    threads = [threading.Thread(target=reader) for _ in range(2)]
    for t in threads:
        t.start()
    # Replace it at least 12 times, and on until the readers have seen both versions: a reader's
    # question takes longer than a replacement, more so on a busy machine.
    i, deadline = 0, time.monotonic() + 60
    while i < 12 or (not {2, 3} <= set(seen) and time.monotonic() < deadline):
        ingest_documents([document_from_text("team.txt", versions[(i + 1) % 2])], writer_chain.store)
        i += 1
    stop.set()
    for t in threads:
        t.join()
    assert not errors, errors[:3]
    assert {2, 3} <= set(seen)  # both versions were observed


@pytest.mark.slow  # the CLI and a killed ingest as subprocesses
def test_a_running_process_sees_documents_another_process_adds_and_removes(tmp_path, monkeypatch):
    """The page or the API keeps its store open while `python -m ingest` (another process) writes:
    the new document is found by dense search too, and a removal never turns into an error."""
    from chatbot import ChatChain
    from chatbot.store import chroma as store
    from chatbot.config import load_settings

    monkeypatch.setattr(store, "MANIFEST_TTL_S", 0.0)
    env = {"CHATBOT_PERSIST_DIR": str(tmp_path / "store")}
    assert run_cli(["ingest"], env).returncode == 0
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    chain = ChatChain(load_settings())
    assert "Hollande" in chain.ask("who ruled out Assad?").answer

    note = tmp_path / "harbour.txt"
    note.write_text("The harbour of Zanderville opened in 1901. It was rebuilt after the great storm of 1953.\n")
    assert run_cli(["ingest", str(note)], env).returncode == 0
    answer = chain.ask("When did the harbour of Zanderville open?")
    assert answer.short_answer == "1901" and answer.citations[0].source == "harbour.txt"
    vector = chain.retriever.embeddings.embed_query("When did the harbour of Zanderville open?")
    nearest = chain.store.dense_search(vector, 1)[0][0]
    assert nearest == answer.citations[0].id  # the dense index sees the other process's passages

    assert run_cli(["chatbot", "documents", "--remove", "harbour.txt"], env).returncode == 0
    answer = chain.ask("When did the harbour of Zanderville open?")
    assert all(c.source != "harbour.txt" for c in answer.citations)
    assert "Hollande" in chain.ask("who ruled out Assad?").answer
