"""Example questions offered on an empty chat: what the documents present answer."""
from chatbot import ChatChain, example_questions
from ingest.pipeline import ingest_paths

from ...conftest import ARTICLE

FAQ = """<html><body><h1>IT Helpdesk FAQ</h1>
<h2>How do I reset my password?</h2><p>Go to selfservice and choose Forgotten password.</p>
<h2>How often must I change my password?</h2><p>Passwords expire every 180 days.</p>
<h2>Can I use personal USB drives?</h2><p>No. Personal USB storage is blocked.</p>
</body></html>"""


def test_examples_are_the_questions_a_document_answers_and_its_own_before_the_bundled_article(fake_settings,
                                                                                               tmp_path):
    faq = tmp_path / "it-faq.html"
    faq.write_text(FAQ, encoding="utf-8")
    ingest_paths([ARTICLE, faq], fake_settings)
    store = ChatChain(fake_settings).store
    examples = example_questions(store)
    # taken in turn from each document, the added one first: its own questions, then the article's
    assert examples == ["How do I reset my password?", "Who ruled out Assad?", "How often must I change my password?",
                        "What did Le Drian say about training camps?"]
    every = example_questions(store, limit=10)
    assert "Can I use personal USB drives?" not in every  # two of a document's questions at most
    assert every[-3:] == ["Summarize it-faq.html", "Summarize article.txt", "What are the key points of it-faq.html?"]
