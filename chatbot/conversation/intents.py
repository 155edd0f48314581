"""What kind of message is this? Small talk, a request for a summary, a bare follow-up, or a question.

    classify("hi")                      -> Intent("greeting")
    classify("Summarize the article")   -> Intent("summary")
    classify("why?")                    -> Intent("bare_follow_up")
    classify("Who ruled out Assad?")    -> Intent("question")

With the chain's embeddings, a learned classifier decides first (nearest labelled phrasings,
chatbot/conversation/classifier.py); when it is not sure, these rules do: they are precise on the
formulaic messages ("tl;dr", "why?") that a sentence embedding places poorly. Anything that is not
clearly one of the special kinds is a question.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from langchain_core.embeddings import Embeddings

from chatbot.conversation.classifier import classifier_for
from chatbot.conversation.ellipsis import elliptical
from chatbot.text import content_stems, normalize

GREETING, THANKS, BYE, HELP = "greeting", "thanks", "bye", "help"
SUMMARY, MORE, BARE_FOLLOW_UP, QUESTION = "summary", "more", "bare_follow_up", "question"
SMALL_TALK = {GREETING, THANKS, BYE, HELP}

_BOT = r"(?:\s+(?:there|bot|chatbot|everyone|all|again|friend))?"
_GREETING = re.compile(rf"(?:hi|hello|hey|hiya|howdy|yo|greetings|good\s+(?:morning|afternoon|evening|day)"
                       rf"|hi\s+there|hey\s+there){_BOT}(?:\s+how\s+are\s+you)?")
_ACK_WORDS = frozenset("""ok okay great perfect cool nice awesome excellent thanks thank you thx ty cheers a lot
so much very many got it i see understood wonderful good that's thats that was helpful bot again for the answer
makes sense brilliant super fantastic""".split())
_ACK_CORE = frozenset("ok okay great perfect cool nice awesome excellent thanks thank thx ty cheers understood "
                      "wonderful helpful brilliant super fantastic sense".split())
_BYE = re.compile(r"(?:bye|goodbye|bye\s+bye|see\s+you(?:\s+later)?|good\s+night|that'?s\s+all|i'?m\s+done)")
_HELP = re.compile(
    r"(?:help|help\s+me|\?|how\s+does\s+(?:this|it)\s+work|how\s+do\s+i\s+use\s+(?:this|you|it)|"
    r"what\s+(?:can|do)\s+you\s+do|what\s+are\s+you|who\s+are\s+you|what\s+can\s+i\s+ask(?:\s+you)?|"
    r"what\s+should\s+i\s+ask|what\s+do\s+you\s+know|are\s+you\s+(?:a\s+)?(?:bot|robot|human|ai)|"
    r"what\s+(?:is|are)\s+your\s+(?:purpose|capabilities)|(?:which|what)\s+documents?\s+(?:do\s+you\s+have|"
    r"are\s+there|can\s+you\s+read|do\s+you\s+know))")
_DOC = r"(?:the\s+|this\s+|that\s+|your\s+)?(?:article|document|doc|text|story|page|file|piece|report|news|it|this)"
_SUMMARY = re.compile(
    rf"(?:(?:please|can\s+you|could\s+you|would\s+you|pls)\s+)?(?:"
    rf"summari[sz]e(?:\s+{_DOC})?(?:\s+for\s+me)?(?:\s+(?:briefly|please|in\s+short))?|"
    rf"(?:give\s+me\s+|write\s+|show\s+me\s+|i\s+(?:want|need)\s+)?(?:a\s+|an\s+|the\s+)?(?:short\s+|brief\s+|quick\s+)?"
    rf"(?:summary|overview|recap|gist|synopsis|outline|abstract)(?:\s+(?:of|for)\s+{_DOC})?(?:\s+please)?|"
    rf"sum\s+(?:it|this|that)\s+up|tl\s*;?\s*dr|tldr|"
    rf"(?:what\s+(?:are|were)\s+)?(?:the\s+)?(?:key|main|important|major)\s+(?:points|ideas|takeaways|facts|topics)"
    rf"(?:\s+(?:of|in)\s+{_DOC})?|"
    rf"what(?:'s|\s+is|\s+was)\s+{_DOC}\s+(?:all\s+)?about|what\s+does\s+{_DOC}\s+(?:say|cover|talk\s+about)|"
    rf"(?:what\s+is|what's)\s+the\s+(?:main\s+)?(?:topic|point|subject|story)(?:\s+of\s+{_DOC})?|"
    rf"brief\s+me|in\s+a\s+nutshell|explain\s+{_DOC}(?:\s+to\s+me)?)")
# "summarize <anything named>", "key points of <anything>": a request for a summary of something named by
# meaning, unless it asks what someone said ("summarize what Hollande said" is a question).
_NAMED_SUMMARY = re.compile(
    r"(?:(?:please|can\s+you|could\s+you|would\s+you|pls)\s+)?(?:summari[sz]e|sum\s+up|recap|"
    # "give me a summary of…", "can i get an overview of…", "what's the gist of…", "tl;dr of…", "overview of…"
    r"(?:give\s+me\s+|show\s+me\s+|(?:can|could|may)\s+(?:i|we)\s+(?:get|have|see)\s+|i'?d\s+like\s+|i\s+(?:want|need)\s+"
    r"|what'?s\s+|what\s+is\s+)?(?:a\s+|an\s+|the\s+)?(?:quick\s+|short\s+|brief\s+|high[\s-]level\s+)?"
    r"(?:summary|overview|recap|rundown|run-down|breakdown|digest|highlights|gist|synopsis|tl\s*;?\s*dr)\s+(?:of|for|on)"
    r"|tl\s*;?\s*dr|"
    r"(?:what\s+are\s+|give\s+me\s+)?(?:the\s+)?(?:key|main)\s+(?:points|takeaways)\s+(?:of|in|from))\s+(?!what\b|who\b|how\b|why\b|when\b|where\b|which\b|whether\b|if\b)[\w'\s.-]+")
_MORE = re.compile(r"(?:tell\s+me\s+more|more|go\s+on|continue|keep\s+going|anything\s+else|what\s+else"
                   r"(?:\s+(?:does\s+it\s+say|is\s+there))?|more\s+please|say\s+more|and\s+what\s+else)")
# "why?", "and?", "how so?": they mean nothing without an earlier answer to refer to.
_BARE = re.compile(r"(?:and|so|but|why|how|what|when|where|who|which|really|how\s+so|why\s+so|why\s+not|"
                   r"and\s+then|then\s+what|and\s+so|meaning|such\s+as|like\s+what|is\s+that\s+so|"
                   r"how\s+come|in\s+what\s+way|what\s+about\s+(?:it|that|them|him|her)|huh|eh|ok\s+and|and\s+why)")


@dataclass(frozen=True)
class Intent:
    kind: str
    document: Optional[str] = None  # a document the message names, for summaries


def _plain(message: str) -> str:
    text = normalize(message).lower().strip()
    text = re.sub(r"[!.?,;:\s]+$", "", text)  # trailing punctuation
    text = re.sub(r"^[\s,.!]+", "", text)
    text = text.replace("’", "'")
    return re.sub(r"\s+", " ", text)


def named_document(message: str, sources: list[str]) -> Optional[str]:
    """The document a message names ('summarize notes.md', 'what is the report.txt about'), if any."""
    lowered = normalize(message).lower()
    for source in sorted(sources, key=len, reverse=True):
        stem = source.lower().rsplit(".", 1)[0]
        if source.lower() in lowered or (len(stem) >= 4 and re.search(rf"\b{re.escape(stem)}\b", lowered)):
            return source
    return None


def classify(message: str, sources: Optional[list[str]] = None, embeddings: Optional[Embeddings] = None) -> Intent:
    """The learned classifier's kind when it is sure (with `embeddings`), else the rules' kind."""
    text = _plain(message)
    classifier = classifier_for(embeddings) if embeddings is not None else None
    learned = classifier.predict(message) if classifier and text else QUESTION
    if learned in {GREETING, THANKS, BYE} and _asks_something(text):
        # "ok what's the number then": the "ok" is near thanks, the rest is a question; "who signs off
        # letting them off it?" is near "I'm off" in meaning, and asks who.
        learned = QUESTION
    if learned in {SUMMARY, MORE} and (_asks_a_fact(text) or _names_another(message)):
        learned = QUESTION  # "how much to get an a level paper remarked": a price, however near "remarks" is
    if learned != QUESTION:
        return Intent(learned, named_document(message, sources or []) if learned in {SUMMARY, MORE} else None)
    return _by_rules(message, text, sources)


_ACKNOWLEDGING = re.compile(r"^(?:(?:ok|okay|cool|great|perfect|nice|cheers|thx|thanks|thank\s+you|right|so|and|then)"
                            r"\b[,.!]?\s*)+")
_WH_OPENING = re.compile(r"^(?:what(?!\s+an?\b)|what'?s|who|who'?s|whose|when|where|where'?s|why|how|how'?s|which)\b")


_FACT_OPENING = re.compile(r"^(?:how (?:much|many|long|often|far|soon|old|late|early)|when|where|who|whose"
                           # "what version is the handbook?", "which zone…": a thing's attribute, not what it says
                           r"|(?:what|which) (?!(?:is|are|was|were|does|do|did|about|key|main|else|decisions?|changes?|"
                           r"points?|topics?|actions?|outcomes?|takeaways?|highlights?|things?|got|gets|has|have|had|"
                           r"will|would|can|could|should|we|they|you|i|he|she|it|this|that|there|\w+ed)\b)[a-z]+"
                           # "is the handbook internal?": yes or no
                           r"|(?:is|are|was|were|does|do|did|will|would|should|has|have|must)(?!\s+(?:you|u)\b))\b")


_SUMMARY_WORD = re.compile(r"\b(?:summar\w*|overview|gist|recap|synopsis|tl\s*;?\s*dr|key points|main points)\b")


def _names_another(message: str) -> bool:
    """"what about elsewhere?", "and for contractors?": the last question asked of something else, no
    request for more of the last answer nor a summary."""
    phrase = elliptical(message)
    return phrase is not None and not _SUMMARY_WORD.search(phrase.lower()) and bool(content_stems(phrase))


def _asks_a_fact(text: str) -> bool:
    """Whether the message asks for an amount, a time, a place, a person, an attribute or a yes or no
    (no summary does), with a word of content after it, and asks for no summary in words."""
    rest = _ACKNOWLEDGING.sub("", text)
    if any(pattern.fullmatch(rest) for pattern in (_SUMMARY, _NAMED_SUMMARY, _MORE)) or _SUMMARY_WORD.search(rest):
        return False
    return bool(_FACT_OPENING.match(rest)) and len(content_stems(rest)) >= 2


def _asks_something(text: str) -> bool:
    """Whether the message asks something about the documents, after any "ok" or "thanks": a
    wh-word first, and a word of content after it ("the number"; "how are you" has none)."""
    rest = _ACKNOWLEDGING.sub("", text)
    return bool(_WH_OPENING.match(rest)) and bool(content_stems(rest))


def _by_rules(message: str, text: str, sources: Optional[list[str]]) -> Intent:
    if not text:
        return Intent(HELP)
    document = named_document(message, sources or [])
    probe = text
    if document:  # "summarize notes.md" is a summary of that document
        probe = re.sub(re.escape(document.lower()) + r"|\b" + re.escape(document.lower().rsplit(".", 1)[0]) + r"\b",
                       "it", text).strip()
        probe = re.sub(r"\b(?:of|for|in)\s+it$|\s+it$", "", probe).strip() or "summarize"
    if _SUMMARY.fullmatch(probe) or (document and _SUMMARY.fullmatch(probe + " it")):
        return Intent(SUMMARY, document)
    if _NAMED_SUMMARY.fullmatch(text):
        return Intent(SUMMARY, document)
    if _MORE.fullmatch(text):
        return Intent(MORE, document)
    if _GREETING.fullmatch(text):
        return Intent(GREETING)
    if _BYE.fullmatch(text):
        return Intent(BYE)
    if _HELP.fullmatch(text):
        return Intent(HELP)
    tokens = re.findall(r"[a-z']+", text)
    if tokens and len(tokens) <= 8 and set(tokens) <= _ACK_WORDS and set(tokens) & _ACK_CORE:
        return Intent(THANKS)
    if _BARE.fullmatch(text):
        return Intent(BARE_FOLLOW_UP)
    return Intent(QUESTION, document)

