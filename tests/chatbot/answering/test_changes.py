"""Questions whether something changes, answered by the sentence that says it changes (or not)."""
from pathlib import Path

from chatbot.answering.changes import CHANGE, STILL, asks_change, new_figure, states
from chatbot.pipeline import Conversation

from .test_forms import _chain_over

POLICY = """# Warranty and returns

Marlin pumps have a warranty of 12 months from delivery.

Diaphragms are wear parts and are not covered by the warranty.

# Dispatch

Orders placed before the cut-off at 14:00 are dispatched the same day.

# On call

Engineers on call are paid an allowance of £40 for each weekday night and £75 for each weekend night.
"""
MINUTES = """# Production meeting, 3 September 2027

## Decisions

The warranty on Marlin pumps is extended from 12 to 18 months for pumps shipped from 1 January 2028.

The same-day dispatch cut-off stays at 14:00, after a trial of 15:00 in August.

Ingrid reported that the test bay was repainted in July.

Ingrid proposed dropping the £15 handling charge for returns. The £15 returns handling charge stays.

The on-call allowance for a weekday night rises from £40 to £55; the weekend allowance stays at £75.
"""


def _policy_and_minutes(tmp_path):
    (tmp_path / "policy.md").write_text(POLICY, encoding="utf-8")
    (tmp_path / "minutes.md").write_text(MINUTES, encoding="utf-8")
    return _chain_over(tmp_path, tmp_path / "policy.md", tmp_path / "minutes.md")


def test_what_asks_whether_something_changes():
    assert asks_change("i heard that's going up, is it?") == CHANGE
    assert asks_change("wasn't the outside one changed after the near miss") == CHANGE
    assert asks_change("did the dispatch cut-off move to 3pm?") == CHANGE
    assert asks_change("does the kayak limit come down as well?") == CHANGE
    assert asks_change("he went under and came up coughing, does he still have to go to hospital?") is None
    assert asks_change("is it going cheaper for xmas?") == CHANGE
    assert asks_change("is that figure still right? heard there were delays") == STILL
    assert asks_change("is tuesday still £6.50 at the arcade in november") == STILL
    assert asks_change("is it still 20 minutes before we abandon the film?") == STILL
    assert asks_change("is brackenford stopping saturdays? my mum buys her ticket there") == CHANGE
    assert asks_change("is the late opening ending?") == CHANGE
    assert asks_change("heard the wind limit got lowered, true?") == CHANGE
    # A change someone makes is no question whether it changes.
    assert asks_change("do i still need to change my password every 90 days?") is None
    assert asks_change("how long is the warranty?") is None


def test_what_says_a_change_or_none():
    assert states("The night allowance rises from 20% to 22% from 1 November 2027.") == CHANGE
    assert states("Aisha proposed raising the night premium and the board agreed.") == CHANGE
    assert states("From 18 April 2028, students in Years 7 to 9 lock their phones in pouches.") == CHANGE
    assert states("Weekend security from 07:00 to 21:00 starts on 1 February 2027.") == CHANGE
    assert states("Fund weekend security at the Dundee site, 07:00 to 21:00, from 1 February 2027.") == CHANGE
    # The new figure before the old one it replaces
    assert states("The wind limit for dinghies is now gusts of 20 mph, instead of 25 mph.") == CHANGE
    assert states("The same-day dispatch cut-off stays at 14:00.") == STILL
    assert states("The fee remains £25 and will stay as it is.") == STILL
    assert states("The £2 lost property collection charge stays.") == STILL
    assert states("A proposal to drop the £2 charge for collecting lost property was rejected.") == STILL
    assert states("The new wash bay was deferred to the February budget meeting.") == STILL
    # "stays" the noun (nights at a hotel) says nothing of a change
    assert states("The dog charge will go up from £25 to £30 for stays from 1 January 2028.") == CHANGE
    # Hours of the day are when, not a change; "may change your work" says what may happen.
    assert states("The main hall is used by the youth clubs from 16:00 to 20:00.") is None
    assert states("The safety manager may change your work.") is None


def test_a_conversation_asks_whether_it_changes(tmp_path):
    chain = _policy_and_minutes(tmp_path)
    conversation = Conversation(chain)
    assert "12 months" in conversation.ask("how long is the warranty on a marlin pump?").answer
    longer = conversation.ask("is it getting longer? someone said so")
    # The new figure and its day are the short answer, bold before the sentence that says them.
    assert longer.short_answer == "Yes, to 18 months, from 1 January 2028"
    assert longer.answer.startswith("Yes, to 18 months, from 1 January 2028 — The warranty on Marlin pumps is extended")
    assert chain.ask("is the weekday night allowance still £40?").answer.startswith(
        "No, it changes to £55 — The on-call allowance for a weekday night rises from £40 to £55")
    still = conversation.ask("so is that 12 month figure still right?")
    assert still.answer.startswith("No, it changes to 18 months, from 1 January 2028 — The warranty on Marlin pumps "
                                   "is extended"), still.answer
    moved = chain.ask("did the dispatch cut-off move to 3pm?")
    assert moved.answer.startswith("No — The same-day dispatch cut-off stays at 14:00")
    # "scrapping" is English (scrap + ping), not a slip for the minutes' "dropping"; "…charge stays." says no change
    scrapped = chain.ask("are they scrapping the £15 returns handling charge?")
    assert scrapped.answer.startswith("No — The £15 returns handling charge stays."), scrapped.answer
    # No sentence on its topic says it changes or not: unsure, though a sentence near it in meaning
    # holds a negation ("…are not covered"), which answers "can I…?" questions, not this one.
    # A change to another figure than the one asked: no
    other = chain.ask("is the weekday on-call allowance going up to £60?")
    assert other.answer.startswith("No — The on-call allowance for a weekday night rises from £40 to £55"), \
        other.answer
    unsaid = chain.ask("is the cover for diaphragms going up?")
    assert not unsaid.answerable and unsaid.confidence_level == "unsure", unsaid.answer


def test_what_the_question_names_comes_before_the_conversations_topic(tmp_path):
    """After "and lates?", "is the nights one going up?" asks about the night premium (its own word),
    which the minutes raise, not about the late one the conversation was last about, which stays."""
    docs = Path(__file__).resolve().parents[2] / "data" / "quayside" / "docs"
    chain = _chain_over(tmp_path, docs / "staff-handbook.md", docs / "operations-meeting-minutes-2027-10-06.docx")
    conversation = Conversation(chain)
    conversation.ask("how much extra an hour do you get for doing nights")
    conversation.ask("and lates?")
    nights = conversation.ask("is the nights one going up? someone mentioned it at the ops meeting")
    assert nights.answer.startswith("Yes, to £2.20 an hour, from 1 December 2027 — ") \
        and "night shift premium" in nights.answer.split("[1]")[0], nights.answer


def test_a_sentence_that_changes_one_thing_and_keeps_another_answers_for_the_one_asked_about(tmp_path):
    """"…rises from £40 to £55; the weekend allowance stays at £75." says no change of the weekend one."""
    chain = _policy_and_minutes(tmp_path)
    conversation = Conversation(chain)
    assert "£40" in conversation.ask("what's the on-call allowance for a weekday night?").answer
    weekday = conversation.ask("is the weekday one going up?")
    assert weekday.answer.startswith("Yes, to £55 — The on-call allowance for a weekday night rises"), weekday.answer
    weekend = conversation.ask("does the weekend one go up too?")
    assert weekend.answer.startswith("No — The on-call allowance for a weekday night rises"), weekend.answer


def test_whether_it_changes_is_looked_for_beyond_the_document_the_figure_came_from(tmp_path):
    """"is it going cheaper?" after the policy's Group day ticket price: the minutes, another document,
    say it goes down; the follow-up is not kept to the policy as "how many can go on it?" is."""
    docs = Path(__file__).resolve().parents[2] / "data" / "thornbury" / "docs"
    chain = _chain_over(tmp_path, *sorted(docs.iterdir()))
    conversation = Conversation(chain)
    assert "£14.00" in conversation.ask("hows much is the group day ticket").answer
    assert "5" in conversation.ask("how many of us can go on it").short_answer
    cheaper = conversation.ask("is it going cheaper for xmas?")
    assert cheaper.answer.startswith("Yes, to £12.00, from 4 December 2027 — The Group day ticket goes down"), \
        cheaper.answer


def test_the_figure_a_change_makes_and_from_when():
    assert new_figure("The dog charge will go up from £25 to £30 per dog per night for stays from 1 January "
                      "2028.") == "to £30 per dog per night, from 1 January 2028"
    assert new_figure("From 1 November 2027 the night premium rises from 20% to 22%.") == "to 22%, from 1 November 2027"
    assert new_figure("The booking fee rises to £1.75 per ticket.") == "to £1.75 per ticket"
    # Hours of the day are when, not a figure that changes; no figure said: None.
    assert new_figure("Weekend security runs from 07:00 to 21:00.") is None
    assert new_figure("Overdue charges on Junior cards are abolished from 1 January 2028.") is None


def test_a_proposal_reported_says_no_change_and_no_answer():
    from chatbot.answering.changes import states
    from chatbot.answering.spans import merely_proposed

    proposed = "Sheila also proposed raising the decoration allowance from £150 to £250 a room."
    assert merely_proposed(proposed) and states(proposed) is None
    decided = "Sheila proposed raising it from £150 to £250; the Board agreed, from 1 April."
    assert not merely_proposed(decided) and states(decided) == "change"
    assert not merely_proposed("Send the trip proposal form to him at least 6 weeks before a day trip.")
    assert not merely_proposed("Alcohol may be served with our written permission, which must be requested early.")
    assert not merely_proposed("A volunteer who has been away is asked whether they want to continue.")
    assert not merely_proposed("Include a letter of intent from the individual proposed as Key Personnel.")
    assert not merely_proposed("Putin likened his proposed coalition to the alliance and said Muslim countries "
                               "should play a key role.")


def test_a_figure_asked_as_it_is_is_the_one_that_holds_until_a_change(tmp_path):
    """The minutes put changes ahead: "rises from £2.65 to £2.80 from 5 January" (the figure it replaces
    holds until then), "from Thursday 2 March the office closes at 16:30" (says only what will be:
    the handbook's hours answer). What it will be, asked, is the new figure."""
    (tmp_path / "handbook.md").write_text(
        "# Canteen\n\nThe lunchtime meal deal costs £2.65 on the Main site.\n\n# Opening hours\n\n"
        "| Day | Office hours |\n|---|---|\n| Monday to Wednesday | 09:00 to 16:30 |\n| Thursday | 09:00 to 19:00 |\n"
        "| Friday | 09:00 to 16:00 |\n", encoding="utf-8")
    (tmp_path / "minutes.md").write_text(
        "# Management meeting, 12 October 2027\n\n## Decisions\n\n"
        "The lunchtime meal deal rises from £2.65 to £2.80 on the Main site from 5 January 2028.\n\n"
        "The meeting agreed to end late opening: from Thursday 2 March 2028 the office closes at 16:30 on "
        "Thursdays, as on other weekdays.\n", encoding="utf-8")
    chain = _chain_over(tmp_path, tmp_path / "handbook.md", tmp_path / "minutes.md")
    assert chain.ask("how much is the meal deal on the main site").short_answer == "£2.65"
    assert chain.ask("how much will the meal deal be from january").short_answer == "£2.80"
    thursday = chain.ask("what time does the office shut on thursdays")
    assert "19:00" in thursday.short_answer and thursday.citations[0].source == "handbook.md"


def test_a_change_proposed_and_not_agreed_changes_nothing():
    assert states("The change fee stays at £12; the proposed rise to £15 was not agreed.") == STILL
    assert states("The meeting did not agree to raise the fee from £12 to £15.") == STILL
    assert new_figure("the proposed rise to £15 was not agreed") == "to £15"
