"""The scale benchmark's collection generator: SQuAD articles as files, about the size asked for."""
import json

from tools.bench_scale import write_big_file, write_collection
from ingest.loaders import load_file
from ingest.passages import split_passages

from ..conftest import DATA


def test_collections_hold_about_the_passages_asked_for(tmp_path):
    squad = DATA / "squad" / "dev-v2.0-public.json"
    files, passages, questions = write_collection(squad, tmp_path / "small", 300)
    written = sorted((tmp_path / "small").glob("*.txt"))
    assert len(written) == files >= 1 and questions
    assert passages == sum(len(split_passages(load_file(p))) for p in written)
    assert passages >= 270  # whole articles only: it may overshoot by the last one
    bigger = write_collection(squad, tmp_path / "big", 900)
    assert bigger[1] > passages and bigger[2][: len(questions)] == questions  # a bigger one starts the same


def test_the_big_file_is_about_the_size_asked_for_and_whole_paragraphs(tmp_path):
    squad = DATA / "squad" / "dev-v2.0-public.json"
    size = write_big_file(squad, tmp_path / "big.txt", 0.1)
    text = (tmp_path / "big.txt").read_text(encoding="utf-8")
    assert 100_000 <= size < 110_000 and size == len(text.encode("utf-8"))
    contexts = {p["context"] for a in json.loads(squad.read_text())["data"] for p in a["paragraphs"]}
    assert all(part in contexts for part in text.split("\n\n"))
