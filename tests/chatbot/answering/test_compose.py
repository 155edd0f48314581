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
