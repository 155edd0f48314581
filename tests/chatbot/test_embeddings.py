"""The default int8 ONNX runtime and sentence-transformers embed the same model: near-same vectors,
near-same ranking (int8 arithmetic moves vectors by about 1 %; the evaluation scores both alike)."""
import numpy as np
import pytest

from ingest.loaders import load_file
from ingest.passages import split_passages

from ..conftest import ARTICLE


@pytest.mark.slow  # loads sentence-transformers (torch) and its fp32 model: 5 to 12 s here
def test_onnx_matches_sentence_transformers(dev_qa):
    from chatbot.embeddings import MiniLMEmbeddings, OnnxMiniLMEmbeddings

    passages = [p.text for p in split_passages(load_file(ARTICLE))]
    questions = [q["q"] for q in dev_qa["questions"] + dev_qa["unanswerable"]]
    reference, fast = MiniLMEmbeddings(), OnnxMiniLMEmbeddings()
    ref_p, fast_p = np.array(reference.embed_documents(passages)), np.array(fast.embed_documents(passages))
    ref_q = np.array([reference.embed_query(q) for q in questions])
    fast_q = np.array([fast.embed_query(q) for q in questions])
    assert (ref_p * fast_p).sum(axis=1).min() >= 0.98
    assert (ref_q * fast_q).sum(axis=1).min() >= 0.98
    # fp32's nearest passage is among int8's three nearest for every question, and the nearest for most.
    nearest = (ref_q @ ref_p.T).argmax(axis=1)
    fast_top3 = np.argsort(-(fast_q @ fast_p.T), axis=1)[:, :3]
    assert all(n in top for n, top in zip(nearest, fast_top3))
    assert (nearest == fast_top3[:, 0]).mean() >= 0.9


@pytest.mark.slow  # loads sentence-transformers (torch) and its fp32 model: 5 to 12 s here
def test_token_vectors_match_sentence_transformers():
    """The aligner's token vectors: same word pieces and (near-)same vectors from both runtimes."""
    from chatbot.embeddings import MiniLMEmbeddings, OnnxMiniLMEmbeddings

    texts = ["Hollande ruled out any role for Assad.", "Who ruled out Assad?"]
    for (ref_tokens, ref), (fast_tokens, fast) in zip(MiniLMEmbeddings().embed_tokens(texts),
                                                     OnnxMiniLMEmbeddings().embed_tokens(texts)):
        assert ref_tokens == fast_tokens and "ruled" in ref_tokens
        assert (ref * fast).sum(axis=1).min() >= 0.95


def test_question_token_vectors_reused_from_its_query_run():
    """embed_query keeps the question's token vectors; the aligner gets the same ones as a fresh run."""
    from chatbot.embeddings import OnnxMiniLMEmbeddings

    fresh_model, model = OnnxMiniLMEmbeddings(), OnnxMiniLMEmbeddings()
    question = "On which channel did Le Drian say it?"
    fresh_tokens, fresh = fresh_model.embed_tokens([question])[0]
    model.embed_query(question)
    tokens, reused = model.embed_tokens([question])[0]
    assert tokens == fresh_tokens and np.allclose(reused, fresh, atol=1e-4)


def test_one_question_embedded_for_several_callers_runs_the_model_once():
    """The intent classifier (lower-cased), the retriever and the form classifier each embed the
    question: one run of the model serves them all, with the same vectors a run of each would give,
    and the aligner's token vectors under either spelling; a new question runs the model again."""
    from chatbot.embeddings import OnnxMiniLMEmbeddings

    fresh, model = OnnxMiniLMEmbeddings(), OnnxMiniLMEmbeddings()
    runs, session = [], model._session

    class Counting:
        def run(self, *args, **kwargs):
            runs.append(1)
            return session.run(*args, **kwargs)

        def get_inputs(self):
            return session.get_inputs()

    model._session = Counting()
    lower = model.embed_query("who ruled out assad?")
    cased = model.embed_query("who ruled out Assad?")
    tokens, states = model.embed_tokens(["who ruled out Assad?"])[0]
    assert len(runs) == 1
    assert np.allclose(cased, fresh.embed_query("who ruled out Assad?"), atol=1e-5) and np.allclose(lower, cased)
    fresh_tokens, fresh_states = fresh.embed_tokens(["who ruled out Assad?"])[0]
    assert tokens == fresh_tokens and np.allclose(states, fresh_states, atol=1e-4)
    model.embed_query("who proposed a broad coalition?")
    assert len(runs) == 2
