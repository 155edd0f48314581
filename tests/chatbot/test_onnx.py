"""Models open in one place, and a damaged or missing model file is one clear line with its cause kept."""
import pytest

from chatbot.errors import ConfigError
from chatbot.onnx import open_session


def test_a_damaged_model_is_a_config_error_that_keeps_the_cause(tmp_path):
    damaged = tmp_path / "reader.onnx"
    damaged.write_bytes(b"not a protobuf at all")
    with pytest.raises(ConfigError) as failed:
        open_session(damaged, "reader model")
    assert "reader model (reader.onnx) cannot be loaded" in str(failed.value) and "\n" not in str(failed.value)
    assert failed.value.__cause__ is not None  # the operator's traceback still shows onnxruntime's error


def test_a_missing_model_says_to_reinstall(tmp_path):
    with pytest.raises(ConfigError, match="the embedding model is missing"):
        open_session(tmp_path / "nothing.onnx", "embedding model")
