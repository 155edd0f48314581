from chatbot.text import stem
from chatbot.text.spelling import corrected, edits, nearest_term, written

STEMS = {stem(w): n for w, n in {"ruled": 3, "assad": 5, "hollande": 4, "strikes": 2, "severity": 2, "reminders": 2,
                                  "reimbursement": 2, "swapped": 1, "park": 6, "chip": 2, "luggage": 3}.items()}


def frequency(term):
    return STEMS.get(term, 0)


def near(first, shortest, longest):
    return [(t, n) for t, n in STEMS.items() if t.startswith(first) and shortest <= len(t) <= longest]


def test_a_misspelt_word_becomes_the_collections_closest_word_as_a_passage_writes_it():
    surface = {stem("ruled"): "ruled", "assad": "Assad"}.get
    assert corrected("who rulled out Asad?", frequency, near, surface) == "who ruled out Assad?"
    assert corrected("who rulled out Asad?", frequency, near) == f"who {stem('ruled')} out assad?"  # no passage


def test_words_the_collection_or_english_has_are_left_alone():
    assert nearest_term("Hollande", frequency, near) is None  # the collection's own
    assert nearest_term("whats", frequency, near) is None  # English ("what's"), though the collection lacks it
    assert nearest_term("river", frequency, near) is None  # English, not a misspelling of anything here
    assert nearest_term("Asd", frequency, near) is None  # too short to tell
    assert nearest_term("Zanzibar", frequency, near) is None  # nothing close: a name the documents lack stays
    # "refund" (English, not in the vocabulary) is two edits from "remind": too far for six letters
    assert nearest_term("refund", frequency, near) is None
    assert nearest_term("reimbursment", frequency, near) is None  # its stem is the collection's already
    # An English word's inflection the vocabulary lacks as a whole word ("scrap" + "ping"), two edits
    # from the collection's "swap": left alone ("are they scrapping the charge" is not "swapped")
    assert nearest_term("scrapping", frequency, near) is None
    assert nearest_term("swapt", frequency, near) == stem("swapped")  # a slip is still corrected


def test_english_words_outside_the_readers_vocabulary_are_not_corrected_to_the_documents_words():
    # "what perks do we get as staff?" asks about perks, not parking (pyspellchecker's English list)
    assert nearest_term("perks", frequency, near) is None
    assert nearest_term("chippy", frequency, near) is None
    assert nearest_term("lugage", frequency, near) == stem("luggage")  # a misspelling is not in that list


def test_edit_distance_stops_at_the_limit():
    assert edits("rulled", "ruled", 2) == 1 and edits("asad", "assad", 1) == 1
    assert edits("abcdef", "uvwxyz", 2) == 3
    assert written(stem("ruled"), "Hollande ruled out Assad.") == "ruled"


def test_the_shipped_word_list_is_rebuilt_from_pyspellchecker_word_for_word(tmp_path, monkeypatch):
    import gzip

    import tools.build_word_list as build
    from chatbot.text.spelling import WORD_LIST

    monkeypatch.setattr(build, "WORD_LIST", tmp_path / "english_words.txt.gz")
    assert build.main() == 0
    assert gzip.decompress((tmp_path / "english_words.txt.gz").read_bytes()) == gzip.decompress(WORD_LIST.read_bytes())
