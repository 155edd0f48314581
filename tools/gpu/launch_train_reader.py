"""Run tools.train_reader where only torch, transformers and tokenizers are installed: the chatbot
package's __init__ (settings, Chroma, the service) is skipped; the reader's modules load as usual."""
import pathlib
import sys
import types

root = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(root))
for name in ("chatbot", "chatbot.answering"):
    module = types.ModuleType(name)
    module.__path__ = [str(root / name.replace(".", "/"))]
    sys.modules[name] = module
from tools import train_reader  # noqa: E402

sys.exit(train_reader.main(sys.argv[1:]))
