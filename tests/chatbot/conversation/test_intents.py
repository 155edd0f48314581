"""Message kinds: small talk, summary requests and bare follow-ups are told from questions."""
import pytest

from chatbot.conversation.intents import classify

SOURCES = ["article.txt", "notes.md"]


@pytest.mark.parametrize("message, kind", [
    ("hi", "greeting"), ("Hello there!", "greeting"), ("good morning", "greeting"),
    ("thanks", "thanks"), ("Thank you so much!", "thanks"), ("ok great, thanks", "thanks"),
    ("what can you do?", "help"), ("help", "help"), ("Who are you?", "help"), ("bye", "bye"),
    ("Summarize the article", "summary"), ("summarise", "summary"), ("What is this article about?", "summary"),
    ("what's it about?", "summary"), ("key points", "summary"), ("What are the main points?", "summary"),
    ("tl;dr", "summary"), ("TLDR", "summary"), ("give me a summary of the document", "summary"),
    ("tell me more", "more"), ("What else?", "more"),
    ("why?", "bare_follow_up"), ("and?", "bare_follow_up"), ("How so?", "bare_follow_up"),
    ("who ruled out Assad?", "question"), ("Why did France strike Syria?", "question"),
    ("ok who is he?", "question"), ("When did she join?", "question"),
    ("what does the article say about Assad?", "question"), ("Summarize what Hollande said about Assad", "question"),
])
def test_kinds(message, kind):
    assert classify(message, SOURCES).kind == kind


def test_a_named_document_is_kept():
    assert classify("summarize notes.md", SOURCES).document == "notes.md"
    assert classify("What is notes about?", SOURCES).document == "notes.md"
