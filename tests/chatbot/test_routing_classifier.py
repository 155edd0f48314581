"""Messages routed by the learned intent classifier; summaries of a document or section named by meaning."""
import json
from pathlib import Path

import pytest

from chatbot.conversation.classifier import IntentClassifier, classifier_for
from chatbot.conversation.intents import classify
from chatbot.conversation.routing import route
from chatbot.embeddings import get_embeddings
from chatbot.store.chroma import open_store
from ingest import ingest_documents, load_file

HELD_OUT = Path(__file__).with_name("intents_heldout.json")
DATA = Path(__file__).resolve().parents[1] / "data"


def _article_questions() -> list[str]:
    data = json.loads((DATA / "article_dev_qa.json").read_text(encoding="utf-8"))
    return [q["q"] for q in data["questions"] + data["unanswerable"]] + \
        [turn["q"] for conversation in data["conversations"] for turn in conversation]


def _held_out() -> list[tuple[str, str]]:
    data = json.loads(HELD_OUT.read_text(encoding="utf-8"))
    cases = [(m, kind) for kind, items in data.items() if not kind.startswith("_") and kind != "workplace_questions"
             for m in items]
    return cases + [(q, "question") for q in data["workplace_questions"] + _article_questions()]


def test_held_out_phrasings_are_classified_and_no_ordinary_question_is_routed_away():
    embeddings = get_embeddings("minilm-onnx")
    cases = _held_out()
    got = [(m, kind, classify(m, embeddings=embeddings).kind) for m, kind in cases]
    wrong = [g for g in got if g[1] != g[2]]
    assert len(cases) >= 130
    assert 1 - len(wrong) / len(cases) >= 0.95, wrong
    assert not [g for g in wrong if g[1] == "question"], "questions routed away from question"
    for message in ("Summarize the Rust travel grant policy for me", "Summarize PostHog's time off policy",
                    "Give me the key points of this story", "what's this doc about?", "tl;dr",
                    "key points of the security section"):
        assert classify(message, embeddings=embeddings).kind == "summary", message


def test_what_changed_in_a_document_is_a_summary_and_what_changed_in_a_figure_a_question():
    """A request for what changed in a named version of a document asks for a summary of its changes
    (targets.py then finds the section saying them); what changed about one figure, or what goes on a
    form, is a question."""
    embeddings = get_embeddings("minilm-onnx")
    for message in ("can u summarise what changed in the new safeguarding policy",
                    "tldr of whats new in version 4 of the quality policy?"):
        assert classify(message, embeddings=embeddings).kind == "summary", message
    for message in ("what is on an incident report?", "did the dispatch cut-off change?",
                    "what changed about the mileage rate?"):
        assert classify(message, embeddings=embeddings).kind == "question", message


def test_follow_ups_that_sound_like_help_or_a_summary_are_questions_and_a_rundown_of_a_part_a_summary():
    """A passport is a document, but "what about a passport" asks about one, not which documents the
    bot has; "didn't … change at the meeting", "who's meant to … and by when" ask a fact of the minutes."""
    embeddings = get_embeddings("minilm-onnx")
    for message in ("what about a passport", "didnt the first one change at the october meeting",
                    "whos meant to update the procedures and by when",
                    "how much to get an a level paper remarked",  # a price, however near "remarks" is
                    # an attribute of a named document, or a yes or no about it: no summary of it
                    "What version is the warehouse handbook?", "Is the handbook internal?"):
        assert classify(message, embeddings=embeddings).kind == "question", message
    for message in ("what decisions did the board make?", "which decisions were made?", "what changes were agreed?",
                    "is there a summary of the policy?"):
        assert classify(message, embeddings=embeddings).kind == "summary", message
    # the last question asked of somewhere else, not "tell me more"
    assert classify("what about elsewhere?", embeddings=embeddings).kind == "question"
    for message in ("what else?", "tell me more", "and what else?"):
        assert classify(message, embeddings=embeddings).kind == "more", message
    assert classify("which documents do you have?", embeddings=embeddings).kind == "help"
    for message in ("give me a quick rundown of the health and safety bit of the october ops meeting",
                    "give me a breakdown of the refunds section"):
        assert classify(message, embeddings=embeddings).kind == "summary", message


def test_a_summary_asked_for_by_its_noun_names_what_to_summarize():
    """"overview of…", "can i get a summary of…", "what's the gist of…", "tl;dr of…": a long name after
    the request draws the sentence's meaning to its topic, away from the learned examples; the request
    is in its words. A breakdown of one figure, or a question about a summary, is still a question."""
    embeddings = get_embeddings("minilm-onnx")
    for message in ("overview of the engineering and depot safety procedures",
                    "can i get a summary of the depot safety procedures", "whats the gist of the fares policy",
                    "tl;dr of the customer faq",
                    "i'd like a quick overview of the reservations and cancellation policy"):
        assert classify(message, embeddings=embeddings).kind == "summary", message
    for message in ("what does the summary of the terms say about deposits?", "how much is the overview course?"):
        assert classify(message, embeddings=embeddings).kind == "question", message


def test_a_question_after_an_ok_or_thanks_is_a_question():
    """The learned classifier hears the "ok" or "cheers"; what follows it asks something."""
    embeddings = get_embeddings("minilm-onnx")
    for message in ("ok what's the number then", "ok whats the number then", "cheers, who signs it off?",
                    "who signs off letting them off it"):  # near "I'm off" in meaning; it asks who
        assert classify(message, embeddings=embeddings).kind == "question", message
    for message, kind in (("ok thanks", "thanks"), ("thanks that's what i needed", "thanks"),
                          ("great thanks what a help", "thanks"), ("hi how are you", "greeting")):
        assert classify(message, embeddings=embeddings).kind == kind, message


def test_the_classifier_examples_never_overlap_the_held_out_phrasings():
    examples = {" ".join(t.lower().split()) for items in IntentClassifier(None).examples.values() for t in items}
    assert not [m for m, _ in _held_out() if " ".join(m.lower().split()) in examples]


def test_under_the_fake_embeddings_the_rules_decide_and_questions_stay_questions():
    """The thresholds are MiniLM's: the hashed test embeddings match words, and sent "How much is the
    automatic approval per person per year?" to the bare follow-ups."""
    embeddings = get_embeddings("fake")
    assert classifier_for(embeddings) is None
    assert classify("thank you so much", embeddings=embeddings).kind == "thanks"
    assert classify("How much is the automatic approval per person per year?", embeddings=embeddings).kind == \
        "question"
    for question in _article_questions():
        assert classify(question, embeddings=embeddings).kind in {"question", "bare_follow_up"}, question


POLICY = """# Expense policy

Employees may claim meals on work trips. Meals are reimbursed up to $50 per day.
Receipts must be sent within 30 days of the trip. Claims without receipts will be refused.

## Security

Laptops must be encrypted with a password of at least 12 characters. Lost laptops must be reported within 24 hours.
The security team reviews every report. Personal devices may not hold customer data.

## Approvals

Managers approve claims above $500. The finance team pays approved claims every Friday.
"""
NOTES = """# Planning meeting notes

The team met on Tuesday to plan the spring release. We decided to ship the new dashboard on 3 March.
Anna will write the release notes. The old reports page will be removed in April.
Everyone agreed to freeze features two weeks before the release.
"""


@pytest.fixture
def two_documents(tmp_path, fake_settings):
    for name, text in (("expense-policy.md", POLICY), ("planning-meeting-notes.md", NOTES)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = open_store(fake_settings, get_embeddings("fake"), create=True)
    ingest_documents([load_file(tmp_path / n) for n in ("expense-policy.md", "planning-meeting-notes.md")], store,
                     progress=False)
    return store


def test_a_document_named_by_its_words_is_summarized(two_documents):
    draft = route("Summarize the expense policy for me", [], two_documents)
    assert draft is not None and draft.answerable and len(draft.cited) >= 2
    assert {p.source for p in draft.cited} == {"expense-policy.md"}
    assert not [p for p in draft.cited if p.text.strip() in {"Expense policy", "Security", "Approvals"}]


def test_a_section_named_by_its_heading_is_summarized_alone(two_documents):
    draft = route("key points of the security section", [], two_documents)
    assert "Security" in draft.text.splitlines()[0]
    assert draft.cited and all("aptop" in p.text or "ecurity" in p.text or "evices" in p.text for p in draft.cited)


def test_the_meeting_notes_by_meaning_and_no_clue_asks_which(two_documents):
    draft = route("Summarize the planning meeting notes", [], two_documents)
    assert {p.source for p in draft.cited} == {"planning-meeting-notes.md"}
    asked = route("Summarize", [], two_documents)
    assert not asked.cited and asked.text.startswith("Which document")


def test_a_structured_documents_summary_covers_its_sections(tmp_path):
    """A policy's points are spread over its sections: one sentence each, not five from one."""
    from chatbot.conversation.summary import section_keys
    from chatbot.config import load_settings

    settings = load_settings(persist_dir=tmp_path / "store", collection="sections", chroma_host=None)
    store = open_store(settings, get_embeddings(settings.embeddings), create=True)
    ingest_documents([load_file(DATA / "harbor" / "docs" / "returns-warranty-policy.html")], store, progress=False)
    draft = route("summarize the returns policy", [], store)
    assert draft is not None and draft.answerable and len(draft.cited) >= 6
    assert len(set(section_keys(draft.cited))) == len(draft.cited)
    assert "within 30 days of delivery" in draft.text
