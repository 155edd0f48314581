import pytest

from chatbot.conversation.ellipsis import elliptical, expand


@pytest.mark.parametrize("message, previous, standalone", [
    ("and the resumes?", "In the agile solicitation template, how long can the staffing plan be?",
     "In the agile solicitation template, how long can the resumes be?"),
    ("and for the Labor Department?", "what did 18F build for the FEC?",
     "what did 18F build for the Labor Department?"),
    ("what about contractors?", "Does the leave policy apply to employees?",
     "Does the leave policy apply to contractors?"),
    ("and in 2015?", "How many people worked at 18F in 2014?", "How many people worked at 18F in 2015?"),
    ("ok, and for hotels?", "Is there a limit?", "Is there a limit for hotels?"),
    ("and if we adopt instead?", "How much leave does a partner get?",
     "How much leave does a partner get if we adopt instead?"),  # a condition: added, nothing replaced
    ("at alder bank as well?", "is the cd count changing at pinecrest?", "is the cd count changing at alder bank?"),
    ("for cats too?", "how much is a consult for dogs?", "how much is a consult for cats?"),
    # The topic named first and pointed back to: the question after it, about the topic.
    ("what about the on the road check, does that change", "is the walkround time going up?",
     "does the on the road check change"),
    ("and the resumes, how long can they be?", "how long can the staffing plan be?", "how long can the resumes be?"),
    ("and for kids, is it free?", "how much is the fine?", "is it free for kids?"),
    # another time in place of the last question's time or condition
    ("and after five years?", "what's the notice period once I've passed probation?",
     "what's the notice period after five years?"),
    # "same for …?", "is it the same at …?"; a remark after the follow-up is no part of it
    ("same for cats?", "how much is a consult for dogs?", "how much is a consult for cats?"),
    ("is it the same at weekends?", "what time does the pool open at half term?",
     "what time does the pool open at weekends?"),
    ("what about under 5s? we might bring my niece, she's 3", "how much is the boat trip for children?",
     "how much is the boat trip for children under 5s?"),
])
def test_the_last_question_asked_again_about_the_new_phrase(message, previous, standalone):
    assert expand(message, previous) == standalone


@pytest.mark.parametrize("message", ["and who approves it?", "And if 18F turns out not to be the right fit?",
                                     "What about the budget of the red team for the whole of next year?",
                                     "Who ruled out Assad?", "and?", "ok and who's doing that?", "me too",
                                     "can i bring my dog too?"])
def test_a_question_of_its_own_is_no_ellipsis(message):
    assert elliptical(message) is None or expand(message, "What is the budget?") is None


def test_a_follow_up_in_a_conversation_is_made_standalone():
    from chatbot.pipeline import resolve_follow_up
    from chatbot.types import Answer, Turn

    turn = Turn(question="what did 18F build for the FEC?", standalone_question="what did 18F build for the FEC?",
                answer=Answer(question="what did 18F build for the FEC?", answer="its first public API [1]",
                              answerable=True))
    standalone, context = resolve_follow_up("and for the Labor Department?", [turn])
    assert standalone == "what did 18F build for the Labor Department?"
    assert context == []  # the name it replaced must not pull retrieval back to the FEC


def _places(kinds: dict[str, str]):
    """A stand-in for HybridRetriever.places: each term's place, from a dict."""
    return lambda term: frozenset({kinds[term.lower()]} if term.lower() in kinds else set())


def test_a_term_of_the_same_kind_takes_the_place_of_its_counterpart():
    """"Central" and "Brookside" lead rows of one table: "the central branch" stands for "brookside",
    not for "sundays", the phrase the determiner rule would have replaced."""
    places = _places({"brookside": "branches", "central": "branches", "sundays": "days"})
    previous = "what time does brookside library shut on sundays?"
    assert expand("what about the central branch?", previous, places) == \
        "what time does central library shut on sundays?"
    assert "brookside" in expand("what about the central branch?", previous)  # the documents not asked


def test_a_phrase_with_the_same_preposition_still_wins():
    places = _places({"contractors": "people", "manager": "people"})
    previous = "how far in advance does my manager request accounts for a new starter?"
    assert expand("and for contractors?", previous, places) == \
        "how far in advance does my manager request accounts for contractors?"
    # with no phrase of its preposition, the term of its kind is replaced: "for a sev2" after "…ack a sev1?"
    assert expand("and for a sev2?", "how fast do I ack a sev1?", _places({"sev1": "levels", "sev2": "levels"})) == \
        "how fast do I ack a sev2?"


def test_a_follow_up_asking_of_more_than_the_term_is_not_the_last_question_again():
    """"the cctv cameras at kingsmere" asks of more than Kingsmere: not "what time does kingsmere…"."""
    places = _places({"brookside": "branches", "kingsmere": "branches", "central": "branches"})
    previous = "what time does brookside library shut on a saturday?"
    assert "kingsmere library shut" not in expand("what about the cctv cameras at kingsmere?", previous, places)
    assert expand("and central?", previous, places) == "what time does central library shut on a saturday?"


@pytest.mark.parametrize("message, previous, standalone", [
    # a correction asks the last question again of what it names
    ("no, I meant the Bristol office", "what's the anchor day in Leeds?", "what's the anchor day in Bristol?"),
    ("sorry, I meant Norwich", "what time does the Leeds office open?", "what time does the Norwich office open?"),
    ("sorry, Bristol", "What time does the Leeds office open?", "What time does the Bristol office open?"),
    ("nope, what about Leeds?", "what's the anchor day in Bristol?", "what's the anchor day in Leeds?"),
    # a time alone: the last question asked for it
    ("what about weekends?", "what time does the Norwich office open?",
     "what time does the Norwich office open at weekends?"),
    ("and bank holidays?", "Is the helpdesk open?", "Is the helpdesk open on bank holidays?"),
    # whom it applies to, asked again of others ("for" or "to" alike); a longer phrase is no one's
    ("and for contractors?", "does that apply to part-timers?", "does that apply to contractors?"),
    ("and for contractors?", "how fast do i have to ack sev1?", "how fast do i have to ack sev1 for contractors?"),
    # a place said by an adverb takes the place of the last phrase, its preposition too
    ("what about elsewhere?", "What is the hotel limit in London?", "What is the hotel limit elsewhere?"),
])
def test_a_correction_or_another_name_or_time_asks_the_last_question_again(message, previous, standalone):
    assert expand(message, previous) == standalone


@pytest.mark.parametrize("message", ["no thanks", "No.", "sorry!", "no, that's fine", "sorry, who is the HR manager?"])
def test_a_courtesy_or_a_new_question_after_no_is_no_correction(message):
    assert elliptical(message) is None


def test_a_name_numbered_otherwise_takes_the_place_of_its_counterpart():
    """Levels and priorities ("sev1", "P2") are of a kind by their names, even where no table of
    the documents lists both."""
    assert expand("and for a sev2?", "how fast do i have to ack sev1?") == "how fast do i have to ack sev2?"
    assert expand("what about P3?", "who is paged for a P1 ticket?") == "who is paged for a P3 ticket?"
    assert expand("and for contractors?", "how fast do i have to ack sev1?") == \
        "how fast do i have to ack sev1 for contractors?"  # no numbered name: added as before


def test_an_elliptical_follow_up_has_other_readings_after_the_first():
    """expand's reading first; then the phrase in the place of another phrase of the last question
    (a preposition's phrase for one, a noun for a noun); then added to it."""
    from chatbot.conversation.ellipsis import readings

    assert readings("and food?", "how much can i spend on a hotel in munich for a conference") == [
        "how much can i spend on a hotel in munich for a food",
        "how much can i spend on a food in munich for a conference",
        "how much can i spend on a hotel in food for a conference",
        "how much can i spend on a hotel in munich for a conference for food?"]
    assert readings("and for the Labor Department?", "what did 18F build for the FEC?") == [
        "what did 18F build for the Labor Department?", "what did 18F build for the FEC for the Labor Department?"]
    assert readings("and if we adopt instead?", "How much leave does a partner get?") == [
        "How much leave does a partner get if we adopt instead?"]  # a condition has one reading
    assert readings("who approves it?", "how much is the fee?") == []  # no ellipsis


def test_a_pointer_stands_for_each_thing_the_last_question_names():
    from chatbot.conversation.ellipsis import pointer_readings

    assert pointer_readings("is that changing?", "how often do we do the cd count") == ["is the cd count changing?"]
    assert pointer_readings("who signs it off?", "how far in advance do i need to get a residential")[:1] == [
        "who signs a residential off?"]
    assert pointer_readings("who signs off?", "how much is the fee?") == []  # nothing points back
