"""Build the shipped vectors of the classifiers' labelled examples with the default embeddings.

    python -m tools.build_example_vectors

Run it after editing chatbot/conversation/intents.json or chatbot/answering/data/forms.json: the
product reads the vectors only while they match the texts (and embeds the examples itself
otherwise, on every cold start); tests/chatbot/test_example_vectors.py fails when they are stale.
"""
from __future__ import annotations

import sys

import numpy as np

from chatbot import get_embeddings, load_settings
from chatbot.answering.forms import EXAMPLE_VECTORS as FORM_VECTORS
from chatbot.answering.forms import labelled_examples
from chatbot.conversation.classifier import EXAMPLE_VECTORS as INTENT_VECTORS
from chatbot.conversation.classifier import labelled_texts, load_examples
from chatbot.embeddings import examples_key


def shipped_texts() -> dict:
    """Each shipped vectors file and the texts it holds, in order."""
    return {INTENT_VECTORS: [text for _, text in labelled_texts(load_examples())],
            FORM_VECTORS: labelled_examples()[1]}


def main() -> int:
    embeddings = get_embeddings(load_settings().embeddings)
    for path, texts in shipped_texts().items():
        vectors = np.asarray(embeddings.embed_documents(texts), dtype=np.float32)
        np.savez_compressed(path, key=examples_key(embeddings, texts), vectors=vectors)
        print(f"{path.name}: {len(texts)} examples")
    return 0


if __name__ == "__main__":
    sys.exit(main())
