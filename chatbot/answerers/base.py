"""The answerer interface and the registry of answerers by name."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional, Protocol

from ..config import Settings
from ..errors import UnknownBackend
from ..types import Passage, ScoredPassage, Turn


@dataclass
class AnswerRequest:
    question: str  # as the user typed it
    standalone: str  # with follow-up references resolved
    candidates: list[ScoredPassage]  # retrieved, best first
    history: list[Turn] = field(default_factory=list)
    context_terms: list[str] = field(default_factory=list)  # entities carried over from the conversation
    neighbours: Optional[Callable[[Passage], list[Passage]]] = None
    term_weight: Optional[Callable[[str], float]] = None  # idf of a stem in the collection
    # (question, groups of passage texts) -> per group (mean, weakest) soft alignment of the question's words
    align: Optional[Callable[[str, list[tuple[str, ...]]], list[tuple[float, float]]]] = None


@dataclass
class Draft:
    """An answer before the chain numbers its citations: [n] refers to cited[n-1]."""

    text: str
    answerable: bool
    cited: list[Passage] = field(default_factory=list)
    short_answer: Optional[str] = None
    confidence: float = 0.0
    backend: Optional[str] = None  # set when another answerer stood in (e.g. the guard's fallback)
    note: Optional[str] = None  # why it stood in


class Answerer(Protocol):
    name: str

    def answer(self, request: AnswerRequest) -> Draft: ...

    def stream(self, request: AnswerRequest) -> Iterator[str | Draft]:
        """Yield text pieces as they are produced, then the final Draft."""
        ...


REFUSAL = "The document does not say."


def stream_whole(draft: Draft) -> Iterator[str | Draft]:
    """Stream an answer that exists whole (extractive, or an LLM's after the guard): words, then the Draft."""
    for piece in re.findall(r"\S+\s*", draft.text):
        yield piece
    yield draft

_REGISTRY: dict[str, Callable[[Settings], Answerer]] = {}


def register(name: str):
    def decorate(factory):
        _REGISTRY[name] = factory
        return factory
    return decorate


def available() -> list[str]:
    _load_builtins()
    return list(_REGISTRY)


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
    _load_builtins()
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise UnknownBackend(f"unknown answerer {name!r}; choose one of: {', '.join(_REGISTRY)}") from None
    return factory(settings)


def _load_builtins() -> None:
    from . import extractive, llm, reader  # noqa: F401  (answerers register themselves)
