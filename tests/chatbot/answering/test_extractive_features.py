"""The extractive answerer's evidence features and the token aligner behind two of them."""
import numpy as np

from chatbot.text.alignment import TokenAligner, lexical_alignment
from chatbot.answering.rules.features import (_negation_unmatched, _opposite_found, _specifics_missing,
                                              _unmatched_share)
from chatbot.text.questions import classify
from chatbot.embeddings import FakeEmbeddings


def test_negated_question_over_a_passage_that_negates_nothing():
    question = classify("Who did not attend the summit?")
    assert _negation_unmatched(question, "Hollande attended the summit in New York.") == 1.0
    assert _negation_unmatched(question, "Putin did not attend the summit.") == 0.0
    assert _negation_unmatched(classify("Who attended the summit?"), "Hollande attended the summit.") == 0.0


def test_numbers_in_the_question_must_be_in_the_passage():
    question = classify("What happened in 1973 and 1974?")
    assert _specifics_missing(question, "Prices quadrupled in 1973.") == 0.5
    assert _specifics_missing(question, "Prices rose in 1973 and fell in 1974.") == 0.0
    assert _specifics_missing(classify("What happened then?"), "Nothing.") == 0.0


def test_opposite_word_without_the_word_itself():
    assert _opposite_found(classify("What is the smallest city?"), "Paris is the largest city.") == 1.0
    assert _opposite_found(classify("What is the largest city?"), "Paris is the largest city.") == 0.0
    assert _opposite_found(classify("What is the capital?"), "Paris is the largest city.") == 0.0


def test_unmatched_share_counts_whole_units():
    question = classify("Where did Hollande speak about Syria?")
    assert _unmatched_share(question, "Hollande speaks about Syria in Paris.") == 0.0
    assert 0.0 < _unmatched_share(question, "Hollande visited Berlin.") < 1.0


def test_aligner_scores_the_weakest_question_word():
    aligner = TokenAligner(FakeEmbeddings())
    (full_mean, full_min), (part_mean, part_min) = aligner.align(
        "Who ruled out Assad", [("Hollande ruled out Assad",), ("Hollande ruled out nothing",)])
    assert np.isclose(full_mean, 1.0) and np.isclose(full_min, 1.0)
    assert part_min < 0.5 and part_mean < full_mean


def test_aligner_caches_passages_and_stays_consistent():
    calls = []

    class Counting(FakeEmbeddings):
        def embed_tokens(self, texts):
            calls.append(list(texts))
            return super().embed_tokens(texts)

    aligner = TokenAligner(Counting())
    first = aligner.align("ruled out Assad", [("Hollande ruled out Assad",), ("Putin spoke",)])
    before = len(calls)
    second = aligner.align("ruled out Assad", [("Putin spoke",), ("Hollande ruled out Assad",)])
    assert second == [first[1], first[0]]
    assert calls[before:] == [["ruled out Assad"]]  # only the question is embedded again


def test_an_alignment_does_not_depend_on_what_was_aligned_before():
    """The quantized model scales a batch's activations together: each text is embedded alone, so a
    question aligns the same in a fresh process as after other questions filled the cache."""
    from chatbot.embeddings import get_embeddings

    embeddings = get_embeddings("minilm-onnx")
    passage = "Practice: Alder Bank Surgery; Monday to Friday: 08:30 to 18:30; Saturday: 09:00 to 12:30"
    question = "what time does alder bank shut on a sat"
    fresh = TokenAligner(embeddings).align(question, [(passage,)])
    used = TokenAligner(embeddings)
    used.align("how much do vets get for being on call on a weeknight",
               [("Vets on the out-of-hours rota are on call from 19:00 to 08:00 on weekdays.",), (passage,)])
    assert used.align(question, [(passage,)]) == fresh


def test_embeddings_without_token_vectors_fall_back_to_stems():
    class PooledOnly:
        def embed_query(self, text):
            return [1.0]

    aligner = TokenAligner(PooledOnly())
    assert aligner.align("ruled out Assad", [("Hollande", "ruled out Assad")]) == [(1.0, 1.0)]
    assert lexical_alignment("ruled out Assad", "Hollande spoke") == (0.0, 0.0)


def test_definition_questions_are_about_a_name_not_a_relation():
    assert classify("Who is Le Drian?").kind == "definition"
    assert classify("What is the Scottish Parliament?").kind == "definition"
    assert classify("Who was Louis XIV's main rival?").kind == "person"


def test_short_answer_keeps_compound_numbers_whole():
    from chatbot.answering.rules.phrases import short_answer

    question = classify("How many widows settled in Dover?")
    assert short_answer(question, "Twenty-five widows settled in Dover.") == "Twenty-five"
    assert short_answer(question, "In all, four thousand widows settled in Dover.") == "four thousand"


def test_when_questions_find_times_of_day():
    from chatbot.answering.rules.phrases import short_answer

    question = classify("When does the cafeteria open?")
    assert short_answer(question, "The cafeteria opens at eight o'clock every weekday.") == "eight o'clock"
    assert short_answer(question, "The cafeteria opens at 7:30 am.") == "7:30 am"


def test_how_many_wants_a_number_of_the_asked_thing():
    from chatbot.answering.rules.features import _count_noun_missing

    assert _count_noun_missing(classify("How many people live in Syria?"),
                               "The hundreds of thousands of refugees fleeing Syria for Europe.") == 1.0
    assert _count_noun_missing(classify("How many strikes did the coalition carry out?"),
                               "The coalition carried out more than 2,500 air strikes.") == 0.0
    assert _count_noun_missing(classify("How many French warplanes hit the camp?"),
                               "Six French warplanes hit an IS training camp.") == 0.0
    assert _count_noun_missing(classify("Who ruled out Assad?"), "Hollande ruled out Assad.") == 0.0
