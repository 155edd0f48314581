"""The scale benchmark's collection generator: SQuAD articles as files, about the size asked for."""
from chatbot.bench_scale import write_collection
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
