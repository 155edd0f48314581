"""Questions that ask a second thing at their end ("… and by when?"): parsed, and answered both."""
from pathlib import Path

import pytest

from chatbot.answering.compound import TwoAsks, also, says_when, two_asks

ACTION = ("Action: Update the Clinical and Safety Procedures for the daily controlled drugs count; "
          "Owner: Greg Tanner; Due: 29 October 2027")


def test_a_question_ending_in_and_by_when_asks_two_things():
    assert two_asks("whos updating the procedures and by when") == TwoAsks("whos updating the procedures", "by when")
    assert two_asks("Who approves it, and when?") == TwoAsks("Who approves it", "when")
    assert two_asks("who do i ring and by what time") == TwoAsks("who do i ring", "by what time")
    assert two_asks("who's updating the handbook, and when's it due") == TwoAsks("who's updating the handbook", "when")
    assert two_asks("who signs it off and when is that needed by?") == TwoAsks("who signs it off", "when")
    assert two_asks("someone said its going up, to what and from when") == \
        TwoAsks("someone said its going up, to what", "from when")
    # What the asker says after it stays with the first ask.
    assert two_asks("feel rough, who do i ring and by when? im on an early") == \
        TwoAsks("feel rough, who do i ring? im on an early", "by when")


def test_one_ask_is_left_whole():
    assert two_asks("when's the next ops meeting and where") is None  # a place: not split
    assert two_asks("and by when?") is None  # a follow-up of its own, no first ask
    assert two_asks("the fire drill and when") is None  # no question word before it
    assert two_asks("who do i ring when i'm ill?") is None  # "when" opens a clause here
    assert two_asks("who is updating the procedures") is None


def test_the_short_answer_adds_the_date_with_its_cue():
    asks = two_asks("whos updating the procedures and by when")
    assert also("Greg Tanner", ACTION, asks) == "Greg Tanner, by 29 October 2027"  # "Due:" is a deadline
    ring = two_asks("who do i ring and by what time")
    said = "Ring Callum Reid on 07700 900 624 by 07:45 on the day."
    assert also("Callum Reid", said, ring) == "Callum Reid, by 07:45"
    when = two_asks("who sends it and when")
    assert also("Tom", "Tom sends it on Monday 3 January 2028 at 09:00.", when) == \
        "Tom, on Monday 3 January 2028 at 09:00"  # the date runs on to its time
    assert also("Tom", "Tom sends it.", when) == "Tom"  # no date said: the first answer alone
    rises = two_asks("the nights one is going up, to what and from when")
    assert also("22%", "The night shift allowance rises from 20% to 22% from 1 November 2027.", rises) == \
        "22%, from 1 November 2027"
    assert says_when(ACTION) and not says_when("Greg will update the procedures.")


@pytest.mark.slow
def test_the_owner_and_the_deadline_come_from_the_action_row(tmp_path):
    """The minutes say "Greg will update the … Procedures." in prose and the owner with the due date
    in the actions table: "… and by when?" is answered from the row, both asks in the short answer;
    asked alone, who it is stays a name."""
    from chatbot import ChatChain, get_embeddings, load_settings, open_store
    from ingest import ingest_documents, load_file

    docs = Path(__file__).resolve().parents[2] / "data" / "pinecrest" / "docs"
    settings = load_settings(persist_dir=tmp_path / "store", collection="pinecrest", chroma_host=None)
    store = open_store(settings, get_embeddings(settings.embeddings), create=True)
    ingest_documents([load_file(p) for p in sorted(docs.glob("*.docx"))], store, progress=False)
    chain = ChatChain(settings, store=store)
    both = chain.ask("whos updating the procedures and by when")
    assert both.answerable and both.short_answer == "Greg Tanner, by 29 October 2027"
    assert "Due: 29 October 2027" in both.citations[0].text
    alone = chain.ask("whos updating the procedures")
    assert alone.answerable and "Greg" in alone.short_answer and "2027" not in alone.short_answer
