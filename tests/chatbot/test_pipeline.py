"""The chain's own logic with fake embeddings: follow-ups, history cap, input checks."""
import pytest

from chatbot.pipeline import ChatChain, Conversation, resolve_follow_up
from chatbot.text import clean_question, content_stems, stem
from chatbot.errors import BadInput
from chatbot.types import Answer, Turn
from ingest.pipeline import ingest_paths

from ..conftest import ARTICLE


def _turn(question, short, answerable=True):
    return Turn(question, question, Answer(question=question, answer=short, answerable=answerable, short_answer=short))


def test_pronouns_resolve_to_the_previous_subject():
    assert resolve_follow_up("What did he say on TV?", [_turn("Who is Jean-Yves Le Drian?", "Defense Minister")])[0] \
        == "What did Jean-Yves Le Drian say on TV?"
    standalone, context = resolve_follow_up("Which countries want him to stay?",
                                            [_turn("Who did Hollande rule out?", "President Bashar Assad")])
    assert standalone == "Which countries want Bashar Assad to stay?" and "Hollande" in context
    assert resolve_follow_up("What is his title?", [])[0] == "What is his title?"
    # "What's" opens the question, it is not a name "it" could mean
    previous = _turn("What's a 'Foundation Engagement' in the partnership principles?", "the first phase")
    assert resolve_follow_up("how long does it take?", [previous])[0] == "how long does Foundation Engagement take?"


def test_he_or_she_means_what_the_asker_said_was_theirs():
    """"can he come to the island too?" after "taking our dog across, what are the rules": no one named,
    "he" is the asker's dog."""
    last = [_turn("taking our dog across to brannock next week, what are the rules", "on a lead")]
    assert resolve_follow_up("can he come on the boat to sulla holm too", last)[0] == \
        "can our dog come on the boat to sulla holm too"
    named = [_turn("what did Sarah Jones decide about our budget?", "a 5% cut")]
    assert resolve_follow_up("when did she say that?", named)[0] == "when did Sarah Jones say that?"


def test_it_means_the_thing_the_last_question_measured():
    """"how much is a 28 day ticket" then "can i get a refund on it?": the ticket is what "it" means
    (no name to take its place); a question about something else keeps its own words."""
    last = [_turn("how much is a 28 day ticket", "£58.00")]
    assert resolve_follow_up("can i get a refund on it?", last)[0] == "can i get a refund on a 28 day ticket?"
    warranty = [_turn("how long is the warranty on a marlin pump?", "12 months")]
    assert resolve_follow_up("does it cover the diaphragm?", warranty)[0] == \
        "does the warranty on a marlin pump cover the diaphragm?"
    assert resolve_follow_up("can i get a refund on it?", [_turn("when is the gym open?", "06:30")])[0] == \
        "can i get a refund on it?"  # what is open, not a thing measured
    allowance = [_turn("is there a home working allowance?", "Yes")]  # what is asked to be there
    assert resolve_follow_up("did the partners change it?", allowance)[0] == \
        "did the partners change a home working allowance?"


def test_questions_with_their_own_subject_are_not_rewritten():
    question = "Who proposed a broad coalition to fight the Islamic State group?"
    assert resolve_follow_up(question, [_turn("Who is Le Drian?", "Defense Minister")]) == (question, [])


def test_a_question_that_does_not_point_back_is_asked_as_if_alone():
    """No pronoun, no "that", not a fragment: the last turn's words must not steer its retrieval."""
    last = [_turn("what did we decide about TLS certificates?", "move them to cert-manager")]
    assert resolve_follow_up("who ruled out assad", last) == ("who ruled out assad", [])
    assert resolve_follow_up("how much does that cost?", last)[1]  # "that": the last topic's words
    assert resolve_follow_up("by when?", last)[1]  # a fragment


def test_a_follow_up_keeps_the_topic_of_the_turn_that_set_it():
    """"i heard that's changing?" after "what happens if a teacher sees it?" is still about phones:
    the words of the turns back to the one asked as if alone."""
    history = [_turn("are year 8s allowed phones in school", "Yes"), _turn("what happens if a teacher sees it", "x")]
    _, context = resolve_follow_up("i heard that's changing, is it?", history)
    assert {"phones", "school", "teacher"} <= set(context)
    # A turn asked as if alone ends the topic: what came before it is another topic.
    history = [_turn("how much is a school lunch", "£2.65"), *history]
    assert "lunch" not in resolve_follow_up("i heard that's changing, is it?", history)[1]


def test_clean_question():
    assert clean_question("  who\x00 ruled\x1b out Assad?  ", 100) == "who  ruled  out Assad?"
    with pytest.raises(BadInput, match="empty"):
        clean_question("\x00 \t", 100)
    with pytest.raises(BadInput, match="too long"):
        clean_question("x" * 101, 100)


def test_a_contraction_typed_without_its_apostrophe_gets_it_back():
    assert clean_question("wasnt the limit changed? Whats new, im asking", 100) == \
        "wasn't the limit changed? What's new, I'm asking"
    assert clean_question("its fine, ill go well", 100) == "its fine, ill go well"  # words as they are
    # A contraction is a function word: no content of the question ("what" is not what it is about).
    assert content_stems("what's the fee when I'm late and don't pay?") == [stem(w) for w in ("fee", "late", "pay")]


def test_money_as_people_say_it_is_written_as_documents_write_it():
    assert clean_question("is the 25 quid going up?", 100) == "is the £25 going up?"
    assert clean_question("is it a tenner or 50 bucks", 100) == "is it £10 or $50"
    assert clean_question("no quid pro quo", 100) == "no quid pro quo"
    # Units shortened after a number, too
    assert clean_question("can my 10 yr old swim? i've worked 6 yrs, for 15 mins", 100) == \
        "can my 10 year old swim? i've worked 6 years, for 15 minutes"
    assert clean_question("the min is 5 wks", 100) == "the min is 5 weeks"
    # and as a rate or a span at a clause's end; "hr" before a noun is human resources
    assert clean_question("what do we get paid per hr? is it £9 a hr, twice a wk and once a mth", 100) == \
        "what do we get paid per hour? is it £9 an hour, twice a week and once a month"
    assert clean_question("ask an hr advisor, a yr 8 told me", 100) == "ask an hr advisor, a yr 8 told me"
    # Days shortened after a word that says when
    assert clean_question("what time does it shut on a sat? open every weds?", 100) == \
        "what time does it shut on a saturday? open every wednesday?"
    assert clean_question("i sat the exam on sun.", 100) == "i sat the exam on sunday"
    # Months shortened after a word that says when ("to mar" is a verb)
    assert clean_question("did it change in feb? or since sept.", 100) == \
        "did it change in february? or since september"
    assert clean_question("rain may mar the jan fair", 100) == "rain may mar the jan fair"
    # A range of days as documents write it; a day-like word not in a range is left alone
    assert clean_question("what time does it shut mon-fri? and sat - sun?", 100) == \
        "what time does it shut monday to friday? and saturday to sunday?"
    assert clean_question("from the sun to the moon, a mon-key", 100) == "from the sun to the moon, a mon-key"
    # Chat shorthand typed lower-case; capitals and words that hold it stay
    assert clean_question("when n where is the nxt mgmt meeting? some1 said b4 xmas", 100) == \
        "when and where is the next management meeting? someone said before christmas"
    assert clean_question("n if i work a bank hol, do u get more?", 100) == \
        "and if i work a bank holiday, do you get more?"
    assert clean_question("is Grade U a fail? is the N30 running? its runner's turn", 100) == \
        "is Grade U a fail? is the N30 running? its runner's turn"
    assert clean_question("can i work from the u.s. or is it n/a for r&d, u?", 100) == \
        "can i work from the u.s. or is it n/a for r&d, you?"


def test_history_is_capped(fake_settings):
    ingest_paths([ARTICLE], fake_settings)
    conversation = Conversation(ChatChain(fake_settings), max_turns=3)
    for _ in range(5):
        conversation.ask("who ruled out Assad?")
    assert len(conversation.turns) == 3
    conversation.reset()
    assert conversation.turns == []


@pytest.mark.parametrize("question, back", [("who owns that?", True), ("by when?", True), ("and their accounts?", True),
                                            ("who approves travel requests for new starters?", False)])
def test_a_follow_up_points_back_with_a_pronoun_or_as_a_fragment(question, back):
    from chatbot.pipeline import refers_back

    assert refers_back(question) is back


def test_a_definition_question_gives_its_term_to_the_next_questions_it():
    standalone, _ = resolve_follow_up("how fast do I have to acknowledge it?", [_turn("what counts as a SEV1?", "x")])
    assert standalone == "how fast do I have to acknowledge SEV1?"


def test_a_follow_up_names_a_row_of_the_table_the_last_answer_came_from(fake_settings, tmp_path):
    """"what about the central branch?" after a question about Brookside asks the same of Central
    (both lead rows of the opening-hours table) and is answered from Central's row."""
    hours = tmp_path / "hours.md"
    hours.write_text("# Opening hours\n\n| Branch | Saturday | Sunday |\n| --- | --- | --- |\n"
                     "| Central | 09:00-17:00 | closed |\n| Brookside | 09:30-16:00 | 11:00-15:00 |\n"
                     "| Westgate | 10:00-16:00 | closed |\n", encoding="utf-8")
    ingest_paths([hours], fake_settings)
    conversation = Conversation(ChatChain(fake_settings))
    conversation.ask("what time does brookside library shut on a saturday?")
    answer = conversation.ask("what about the central branch?")
    assert answer.standalone_question == "what time does central library shut on a saturday?"
    assert "Branch: Central" in answer.citations[0].text


def test_a_follow_up_may_name_a_row_by_its_short_name(fake_settings, tmp_path):
    """"and pinecrest?" after a question about Alder Bank: the rows are "Pinecrest Vets" and "Alder
    Bank Surgery", named as people name them."""
    hours = tmp_path / "hours.md"
    hours.write_text("# Opening hours\n\n| Practice | Monday to Friday | Saturday |\n| --- | --- | --- |\n"
                     "| Pinecrest Vets | 08:00 to 19:00 | 08:30 to 16:00 |\n"
                     "| Alder Bank Surgery | 08:30 to 18:30 | 09:00 to 12:30 |\n", encoding="utf-8")
    ingest_paths([hours], fake_settings)
    conversation = Conversation(ChatChain(fake_settings))
    conversation.ask("what time does alder bank shut on a saturday")
    answer = conversation.ask("and pinecrest?")
    assert answer.standalone_question == "what time does pinecrest shut on a saturday"


def test_a_whole_follow_up_the_conversation_leaves_unanswered_is_answered_as_if_alone(fake_settings):
    """"how long did that take them?" after a wrong turn: the conversation's words steer it wrong and
    nothing sure comes of them; asked alone it has its answer. A fragment ("and for contractors?")
    means nothing alone and keeps the conversation's reply; so does a sure answer in the conversation."""
    from chatbot.answering.base import Answerer
    from chatbot.types import Draft

    class AnswersAlone(Answerer):  # sure with no history, unsure in a conversation
        name = "alone"

        def answer(self, request):
            sure = not request.history
            return Draft(text="two days" if sure else "The closest the documents come: …", answerable=sure,
                         short_answer="two days" if sure else None, confidence=0.9 if sure else 0.1)

    ingest_paths([ARTICLE], fake_settings)
    chain = ChatChain(fake_settings, answerer=AnswersAlone())
    history = [_turn("what did 18F build for the Labor Department?", "a close working relationship")]
    alone = chain.ask("how long did that take them?", history)
    assert alone.answerable and alone.answer == "two days"
    assert alone.standalone_question == "how long did that take them?"
    streamed = list(chain.stream("how long did that take them?", history))
    assert "".join(p for p in streamed if isinstance(p, str)) == "two days" and streamed[-1].answerable
    assert not chain.ask("and for contractors?", history).answerable
    assert not chain.ask("by when?", history).answerable
    # three words with a verb and their own subject are a whole question, not a fragment
    assert chain.ask("Is alcohol reimbursed?", history).answerable
    assert not chain.ask("is it reimbursed?", history).answerable


def test_a_whole_follow_up_refused_in_the_conversation_quotes_what_it_finds_alone(fake_settings):
    """Refused in the conversation, unsure alone (the closest passage quoted): the question keeps the
    quote, as it would have asked alone; a fragment keeps its refusal."""
    from chatbot.answering.base import Answerer
    from chatbot.types import Draft

    class UnsureAlone(Answerer):  # unsure with no history, refused in a conversation
        name = "unsure-alone"

        def answer(self, request):
            if request.history:
                return Draft(text="The document does not say.", answerable=False)
            return Draft(text="The closest the documents come: “…”", answerable=False, confidence=0.2,
                         confidence_level="unsure")

    ingest_paths([ARTICLE], fake_settings)
    chain = ChatChain(fake_settings, answerer=UnsureAlone())
    history = [_turn("who ruled out assad?", "Hollande")]
    alone = chain.ask("can i still get my money back for the film tonight?", history)
    assert alone.confidence_level == "unsure" and alone.answer.startswith("The closest")
    assert chain.ask("and for contractors?", history).confidence_level == "none"


def test_an_elliptical_follow_up_the_documents_do_not_answer_is_read_the_other_ways(fake_settings):
    """"what about the sixth form?" after "how much is a school lunch": the phrase in the place of
    "a school lunch" asks what the documents do not say; added to the question ("…a school lunch for
    the sixth form?") it is answered. A reading answered first is kept; none answered: the first."""
    from chatbot.answering.base import Answerer
    from chatbot.types import Draft

    class Answers(Answerer):  # sure only of the standalone question it is given
        name = "answers"

        def __init__(self, sure_of):
            self.sure_of, self.asked = sure_of, []

        def answer(self, request):
            self.asked.append(request.standalone)
            sure = request.standalone in self.sure_of
            return Draft(text="£2.90" if sure else "The closest the documents come: …", answerable=sure,
                         short_answer="£2.90" if sure else None, confidence=0.9 if sure else 0.1)

    ingest_paths([ARTICLE], fake_settings)
    history = [_turn("how much is a school lunch", "£2.65")]
    answerer = Answers({"how much is a school lunch for the sixth form?"})
    answer = ChatChain(fake_settings, answerer=answerer).ask("what about the sixth form?", history)
    assert answer.answerable and answer.standalone_question == "how much is a school lunch for the sixth form?"
    assert answerer.asked == ["how much is the sixth form", "how much is a school lunch for the sixth form?"]
    answerer = Answers({"how much is the sixth form", "how much is a school lunch for the sixth form?"})
    answer = ChatChain(fake_settings, answerer=answerer).ask("what about the sixth form?", history)
    assert answer.standalone_question == "how much is the sixth form" and len(answerer.asked) == 1
    refused = ChatChain(fake_settings, answerer=Answers(set())).ask("what about the sixth form?", history)
    assert not refused.answerable and refused.standalone_question == "how much is the sixth form"


def test_a_follow_up_pointing_back_is_read_with_each_thing_the_last_question_names(fake_settings):
    """"is that changing?" after "how often do we do the cd count": unanswered as it stands, "that"
    stands for "the cd count". A whole question asked alone comes before such a reading."""
    from chatbot.answering.base import Answerer
    from chatbot.types import Draft

    class Answers(Answerer):  # sure of these standalone questions, and of any asked with no history
        name = "answers"

        def __init__(self, sure_of, alone=False):
            self.sure_of, self.alone = sure_of, alone

        def answer(self, request):
            sure = request.standalone in self.sure_of or (self.alone and not request.history)
            return Draft(text="Yes" if sure else "The closest the documents come: …", answerable=sure,
                         short_answer="Yes" if sure else None, confidence=0.9 if sure else 0.1)

    ingest_paths([ARTICLE], fake_settings)
    history = [_turn("how often do we do the cd count", "every Friday")]
    chain = ChatChain(fake_settings, answerer=Answers({"is the cd count changing?"}))
    answer = chain.ask("is that changing?", history)
    assert answer.answerable and answer.standalone_question == "is the cd count changing?"
    chain = ChatChain(fake_settings, answerer=Answers({"how long did the cd count take them?"}, alone=True))
    alone = chain.ask("how long did that take them?", history)
    assert alone.answerable and alone.standalone_question == "how long did that take them?"


def test_a_plural_or_past_in_ies_ied_meets_its_word_in_y():
    from chatbot.text import stem

    for one, other in [("libraries", "library"), ("policies", "policy"), ("applied", "apply"), ("supplies", "supply"),
                       ("tried", "try"), ("parties", "party")]:
        assert stem(one) == stem(other), (one, other)
    assert stem("parties") != stem("parts") and stem("ties") == stem("tie")
