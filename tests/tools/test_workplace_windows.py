"""tools/workplace_windows.py: reader training windows made from a workplace set, as the product reads
them, and train_reader taking them in."""
import json
import random

from tools.train_reader import _parser, _training_data, base_model_dir, load_tokenizer
from tools.workplace import share_of_words
from tools.workplace_windows import main, windows_of

from ..conftest import DATA

TINY = DATA / "workplace-tiny"


def test_a_factual_question_answers_in_its_evidence_and_not_elsewhere():
    items = {i["q"]: i for i in json.loads((TINY / "dev.json").read_text())["items"]}
    windows = windows_of(TINY, negatives=2)
    answers = [w for w in windows if w["answer"] is not None]
    assert answers and all(items[w["q"]]["type"] == "factual" for w in answers)
    for w in answers:
        item = items[w["q"]]
        a0, a1 = w["answer"]
        said = w["ctx"][a0:a1].lower()
        assert said in [g.lower() for g in item["answers"]]  # a gold answer, verbatim
        assert w["sents"] == [[0, len(w["ctx"])]]
        # The window holds the evidence; the same question's no-answer windows do not.
        quotes = [e["quote"] for e in item["evidence"]]
        assert any(share_of_words(q, w["ctx"]) >= 0.6 or share_of_words(w["ctx"], q) >= 0.6 for q in quotes)
        others = [x for x in windows if x["q"] == w["q"] and x["answer"] is None]
        assert len(others) == 2
        assert not any(share_of_words(q, x["ctx"]) >= 0.6 for q in quotes for x in others)
    # An unanswerable question is read only where it has no answer; a yes/no question gives no window.
    for q, item in items.items():
        mine = [w for w in windows if w["q"] == q]
        if item["type"] == "unanswerable":
            assert len(mine) == 2 and all(w["answer"] is None for w in mine)
        if item["type"] == "yes_no":
            assert mine == []


def test_training_takes_the_windows_in(tmp_path):
    """train_reader's data with --workplace-windows: each window encoded and taken in as often as asked
    (its own smoke tests run the training itself)."""
    out = tmp_path / "wp.json"
    assert main([str(TINY), "--out", str(out)]) == 0
    added = len(json.loads(out.read_text()))
    tokenizer = load_tokenizer(base_model_dir() / "tokenizer.json")

    def windows(*extra: str) -> int:
        args = _parser().parse_args(["--squad", str(DATA / "squad" / "tiny"), "--validation-articles", "1", *extra])
        items, _, _ = _training_data(args, tokenizer, random.Random(args.seed))
        return len(items)
    assert added and windows("--workplace-windows", str(out), "--workplace-repeat", "2") == windows() + 2 * added
