"""How an answer's quote is cut: around the answer phrase, at spaces, never inside a word."""
from chatbot.answering.compose import MAX_ANSWER_CHARS, compose, window

STEPS = ("Try another connector, or another charger at the same site. If it still will not charge, phone the "
         "QCharge helpline on 01632 960 440, any time, and give the charge point number on its label.")


def test_a_long_quote_is_cut_between_words():
    cut = window(STEPS, None, 80)
    assert cut == "Try another connector, or another charger at the same site. If it still will…"
    around = window(STEPS, "the QCharge helpline", 60)
    assert around.startswith("…not charge,") and around.endswith("01632 960 440,…")
    assert "the QCharge helpline" in around and len(around) <= 60


def test_the_answer_phrase_is_never_cut_and_a_short_text_is_whole():
    assert window(STEPS, None, 500) == STEPS
    answer = compose("01632 960 440", " ".join([STEPS, STEPS]), 2)
    assert answer.startswith("01632 960 440 [1] [2] — “") and len(answer) <= MAX_ANSWER_CHARS
    quoted = answer.split("“", 1)[1].rstrip("”")
    assert "01632 960 440" in quoted
    assert all(word in STEPS for word in quoted.strip("…").split())  # whole words only


def test_an_unsure_reply_quotes_passages_of_other_places_apart():
    """Each document's sentences are one quote (an ellipsis between two that do not follow one another);
    sentences of other documents are quoted apart, each with its markers, never run into one quotation."""
    from chatbot.answering.compose import UNSURE_LEAD, closest
    from chatbot.types import Passage

    def passage(pid, text, source, ordinal):
        return Passage(pid, text, source, 0, len(text), 1, 1, ordinal=ordinal)
    abroad = passage("a", "Working from another country is limited to 20 days per calendar year.", "remote.md", 7)
    after = passage("b", "It needs written approval from the HR Director.", "remote.md", 8)
    passwords = passage("c", "Passwords expire every 180 days.", "faq.html", 3)
    assert closest([abroad, after]) == f"{UNSURE_LEAD}“{abroad.text} {after.text}” [1] [2]"
    assert closest([abroad, passwords]) == f"{UNSURE_LEAD}“{abroad.text}” [1] “{passwords.text}” [2]"
    three = closest([abroad, after, passwords])
    assert three.startswith(f"{UNSURE_LEAD}“Working") and three.endswith(f"” [1] [2] “{passwords.text}” [3]")
    assert len(three) <= 300
    later = passage("d", "Exceptions are approved by the HR Director.", "remote.md", 12)
    assert closest([abroad, later]) == f"{UNSURE_LEAD}“{abroad.text} … {later.text}” [1] [2]"


def test_an_unsure_replys_passages_are_numbered_a_document_at_a_time():
    from chatbot.answering.compose import by_document
    from chatbot.types import Passage

    a1, b1, a2 = (Passage(pid, pid, source, 0, 2, 1, 1) for pid, source in (("a1", "a.md"), ("b1", "b.md"),
                                                                               ("a2", "a.md")))
    assert by_document([a1, b1, a2]) == [a1, a2, b1]
