"""The classifiers' example vectors ship with the package (no few hundred embeddings per cold start),
and are used only while they are exactly what the model makes of the current examples."""
import numpy as np

from chatbot import get_embeddings
from chatbot.embeddings import example_vectors, examples_key
from tools.build_example_vectors import shipped_texts


def test_the_shipped_vectors_are_the_default_models_vectors_of_the_current_examples():
    embeddings = get_embeddings("minilm-onnx")
    for path, texts in shipped_texts().items():
        with np.load(path) as stored:
            assert str(stored["key"]) == examples_key(embeddings, texts), \
                f"{path.name} is stale: run python -m tools.build_example_vectors"
            # The int8 model's arithmetic differs by processor (AVX2 or VNNI), most for a word or two
            # ("thank you": cosine 0.93 between the two): the same vectors up to that.
            cosines = (stored["vectors"] * np.array(embeddings.embed_documents(texts))).sum(axis=1)
            assert cosines.min() >= 0.9 and cosines.mean() >= 0.97


def test_other_texts_or_another_model_are_embedded_instead(tmp_path):
    (path, texts), *_ = shipped_texts().items()
    fake = get_embeddings("fake")
    assert examples_key(fake, texts) != examples_key(get_embeddings("minilm-onnx"), texts)
    vectors = example_vectors(fake, texts[:3], path)
    assert np.allclose(vectors, fake.embed_documents(texts[:3]))
    assert example_vectors(fake, ["a", "b"], tmp_path / "missing.npz").shape == (2, 384)
