"""The one place an ONNX model is opened: our session options, and onnxruntime's errors in our tree."""
from __future__ import annotations

import os
from pathlib import Path

from chatbot.errors import ConfigError


def open_session(path: Path, what: str):
    """An onnxruntime session on the CPU for the model file at `path` (`what` names it to the user)."""
    import onnxruntime as ort  # heavy: loaded when a model is, not when the package is imported

    if not path.exists():
        raise ConfigError(f"the {what} is missing ({path.name}); reinstall the package")
    options = ort.SessionOptions()
    options.intra_op_num_threads = min(2, os.cpu_count() or 1)
    options.log_severity_level = 3  # errors only: its warnings are about graph details, not ours to act on
    try:
        return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own pybind types (Fail, InvalidProtobuf, ...)
        raise ConfigError(f"the {what} ({path.name}) cannot be loaded: {str(exc).splitlines()[0][:200]}; "
                          "reinstall the package") from exc
