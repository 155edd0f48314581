"""The answerer interface and the registry of answerers by name."""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Callable, Optional

from chatbot.config import Settings
from chatbot.errors import UnknownBackend
from chatbot.types import Draft, Passage, ScoredPassage, Turn


@dataclass
class AnswerRequest:
    question: str  # as the user typed it
    standalone: str  # with follow-up references resolved
    candidates: list[ScoredPassage]  # retrieved, best first
    history: list[Turn] = field(default_factory=list)
    context_terms: list[str] = field(default_factory=list)  # entities carried over from the conversation
    neighbours: Optional[Callable[[Passage], list[Passage]]] = None
    term_weight: Optional[Callable[[str], float]] = None  # idf of a stem in the collection
    knows: Optional[Callable[[str], bool]] = None  # whether the collection holds a stem (or stems in a row) at all
    # (question, groups of passage texts) -> per group (mean, weakest) soft alignment of the question's words
    align: Optional[Callable[[str, list[tuple[str, ...]]], list[tuple[float, float]]]] = None


class Answerer:
    """What every answerer does (`answer`), and its optional capabilities, each with a default:
    `stream` (pieces as they come, then the Draft), `condense` (rewrite a follow-up: LLMs),
    `min_confidence` (below it the answer is refused; 0 for answerers that never refuse on a score)
    and `unsure_from` (where the "closest passage" band below min_confidence begins)."""

    name: str = "answerer"
    min_confidence: float = 0.0
    # From this confidence up to min_confidence, an answer is not asserted but its closest passage is
    # shown ("unsure"); None: no such band, below min_confidence is a plain refusal.
    unsure_from: Optional[float] = None

    def answer(self, request: AnswerRequest) -> Draft:
        raise NotImplementedError

    def condense(self, question: str, history: list[Turn]) -> Optional[str]:
        """A standalone rewrite of a follow-up question, or None to keep the rules' own."""
        return None


REFUSAL = "The document does not say."


# Answerers by name, as "module:factory" (simonw/llm's DEFAULT_PLUGINS): this module never imports
# them, so the answerers may import it; a factory takes the Settings and returns an Answerer.
ANSWERERS: dict[str, str] = {
    "hybrid": "chatbot.answering.reader:HybridAnswerer",
    "extractive": "chatbot.answering.extractive:ExtractiveAnswerer",
    "reader": "chatbot.answering.reader:ReaderAnswerer",
    "openai": "chatbot.answering.llm:openai_answerer",
    "ollama": "chatbot.answering.llm:ollama_answerer",
    "llamacpp": "chatbot.answering.llm:llamacpp_answerer",
    "fake-llm": "chatbot.answering.llm:fake_llm_answerer",
}


def available() -> list[str]:
    return list(ANSWERERS)


def configured(settings: Settings) -> list[str]:
    """The answerers whose settings are present (the offline ones always are)."""
    names = ["hybrid", "extractive", "reader"]
    if settings.openai_base_url:
        names.append("openai")
    if settings.ollama_model:
        names.append("ollama")
    if settings.llamacpp_model_path:
        names.append("llamacpp")
    return names


def get_answerer(name: str, settings: Settings) -> Answerer:
    try:
        module_name, factory_name = ANSWERERS[name].split(":")
    except KeyError:
        raise UnknownBackend(f"unknown answerer {name!r}; choose one of: {', '.join(ANSWERERS)}") from None
    factory: Callable[[Settings], Answerer] = getattr(importlib.import_module(module_name), factory_name)
    return factory(settings)
