"""The shipped int8 embedder is what tools/prepare_embedder.py builds from the packaged MiniLM."""
import subprocess
import sys

import numpy as np
import pytest

from chatbot.config import PROJECT_ROOT
from chatbot.embeddings import EMBEDDER_DIR, EMBEDDER_FILE


@pytest.mark.slow  # `python -m tools.prepare_embedder` as a subprocess
def test_the_shipped_embedder_is_rebuilt_byte_for_byte(tmp_path):
    result = subprocess.run([sys.executable, "-m", "tools.prepare_embedder", "--out", str(tmp_path)], cwd=PROJECT_ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (tmp_path / EMBEDDER_FILE).read_bytes() == (EMBEDDER_DIR / EMBEDDER_FILE).read_bytes()


def test_the_shipped_embedder_computes_in_int8():
    import onnx

    ops = {node.op_type for node in onnx.load(str(EMBEDDER_DIR / EMBEDDER_FILE)).graph.node}
    assert {"MatMulInteger", "QAttention", "SkipLayerNormalization"} <= ops
    from chatbot.embeddings import OnnxMiniLMEmbeddings

    texts = ["Hollande ruled out Assad.", "Putin wants a coalition."]
    vectors = np.array(OnnxMiniLMEmbeddings().embed_documents(texts))
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5) and vectors[0] @ vectors[1] < 0.9
