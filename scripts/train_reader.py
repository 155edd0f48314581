"""Train the reader (chatbot/reader.py) on SQuAD and export it to ONNX.

    python scripts/train_reader.py --squad ../shared/data/squad [--minutes 60] [--resume]

Steps, each resumable (outputs are cached under --work):
1. windows: SQuAD 1.1 train questions with their answer sentence and its neighbours; negatives (the
   same question over sentences without its answer, and SQuAD 2.0's unanswerable questions from the
   training part of dev-v2.0-extra, split by article).
2. features: every sentence and question through the packaged int8 MiniLM once (the product's own
   embeddings), word pieces + offsets + token vectors cached as float16.
3. training: a small attention head on those frozen vectors (seeded; checkpoints every few hundred
   steps; --resume continues from the last one; a progress bar with an ETA).
4. export: ONNX (opset 17) to chatbot/models/reader/reader.onnx, checked against torch.
Validation articles (never trained on) give window-level EM/F1 and no-answer accuracy.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chatbot.eval import exact_match, token_f1  # noqa: E402
from chatbot.reader import FEATURES, MAX_SENTENCE_PIECES, Encoded, best_span, content_pieces, piece_features  # noqa: E402

MAX_WINDOW_PIECES = 320
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
def make_windows(articles: list[dict], rng: random.Random, negative_rate: float, adversarial: bool) -> list[dict]:
    """Examples: question, paragraph sentences [lo, hi), and the answer's character span in the
    window (None for no answer)."""
    out = []
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


# ---------------------------------------------------------------- 2. features
class FeatureCache:
    """Word pieces, offsets and float16 token vectors of every distinct text, computed once."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.index: dict[str, int] = {}
        self.offsets: list[list[tuple[int, int]]] = []
        self.pieces: list[list[str]] = []
        self.rows: list[tuple[int, int]] = []
        self.vectors = np.zeros((0, 384), dtype=np.float16)

    def build(self, texts: list[str], chunk: int = 2048, minutes: float = 0.0) -> None:
        """Encode what is not cached yet, in order; with a time budget, stop (resumably) when it runs out."""
        from tqdm import tqdm

        from chatbot.embeddings import OnnxMiniLMEmbeddings

        meta, vec_path = self.work / "features.json", self.work / "features.npy"
        if meta.exists() and vec_path.exists():
            saved = json.loads(meta.read_text())
            self.offsets, self.pieces, self.rows = saved["offsets"], saved["pieces"], saved["rows"]
            self.index = {t: i for i, t in enumerate(saved["texts"])}
            self.vectors = np.load(vec_path, mmap_mode="r")
        todo = [t for t in dict.fromkeys(texts) if t not in self.index]
        if not todo:
            return
        model = OnnxMiniLMEmbeddings()
        parts = [np.asarray(self.vectors)]
        total = len(self.vectors)
        bar = tqdm(total=len(todo), desc="features", unit="text", mininterval=10)
        began = time.time()
        for begin in range(0, len(todo), chunk):
            if minutes and time.time() - began > minutes * 60:
                print(f"feature budget spent: {len(self.rows)} texts encoded", flush=True)
                break
            batch = todo[begin:begin + chunk]
            for text, (pieces, offsets, vectors) in zip(batch, model.encode_pieces(batch, batch_size=64)):
                self.index[text] = len(self.rows)
                self.rows.append((total, total + len(pieces)))
                self.pieces.append(pieces)
                self.offsets.append([tuple(o) for o in offsets])
                parts.append(vectors.astype(np.float16))
                total += len(pieces)
            bar.update(len(batch))
            if (begin // chunk) % 5 == 4 or begin + chunk >= len(todo) or \
                    (minutes and time.time() - began > minutes * 60):  # save now and then: resumable
                self.vectors = np.concatenate(parts)
                parts = [self.vectors]
                self._save()
        bar.close()

    def _save(self) -> None:
        np.save(self.work / "features.tmp.npy", self.vectors)
        texts = sorted(self.index, key=self.index.get)
        (self.work / "features.tmp.json").write_text(json.dumps(
            {"texts": texts, "offsets": self.offsets, "pieces": self.pieces, "rows": self.rows}))
        (self.work / "features.tmp.npy").replace(self.work / "features.npy")
        (self.work / "features.tmp.json").replace(self.work / "features.json")

    def get(self, text: str) -> Encoded:
        i = self.index[text]
        a, b = self.rows[i]
        return Encoded([tuple(o) for o in self.offsets[i]], np.asarray(self.vectors[a:b], dtype=np.float32),
                       self.pieces[i])


def window_inputs(example: dict, cache: FeatureCache) -> tuple[str, Encoded, list[int]]:
    """The window's text, its pieces (sentences encoded one by one, as the product stores them)."""
    ctx, sents = example["ctx"], example["sents"]
    w0 = sents[0][0]
    offsets, vectors, pieces, starts = [], [], [], []
    for a, b in sents:
        enc = cache.get(ctx[a:b])
        starts.append(a - w0)
        offsets += [(s + a - w0, e + a - w0) for s, e in enc.offsets]
        vectors.append(enc.vectors)
        pieces += enc.pieces
    text = ctx[w0:sents[-1][1]]
    stacked = np.concatenate(vectors) if vectors else np.zeros((0, 384), np.float32)
    return text, Encoded(offsets, stacked, pieces), starts


def targets(example: dict, enc: Encoded) -> tuple[int, int]:
    """Piece indices (1-based; 0 = no answer) of the answer's first and last piece."""
    if example["answer"] is None:
        return 0, 0
    w0 = example["sents"][0][0]
    a0, a1 = example["answer"][0] - w0, example["answer"][1] - w0
    first = next((i for i, (s, e) in enumerate(enc.offsets) if e > a0), None)
    last = next((i for i in range(len(enc.offsets) - 1, -1, -1) if enc.offsets[i][0] < a1), None)
    if first is None or last is None or last < first:
        return 0, 0
    return first + 1, last + 1


# ---------------------------------------------------------------- 3. the network
def build_model(dim: int = 128, layers: int = 2, heads: int = 4):
    import torch
    from torch import nn

    class Block(nn.Module):
        """Pre-norm self-attention + feed-forward, with plain ops (exports to any ONNX runtime)."""

        def __init__(self) -> None:
            super().__init__()
            self.norm1, self.norm2 = nn.LayerNorm(dim), nn.LayerNorm(dim)
            self.qkv, self.out = nn.Linear(dim, 3 * dim), nn.Linear(dim, dim)
            self.ff = nn.Sequential(nn.Linear(dim, 2 * dim), nn.GELU(), nn.Linear(2 * dim, dim))
            self.drop = nn.Dropout(0.1)

        def forward(self, x, bias):  # bias: (B, 1, 1, n) with -1e4 on padding
            b, n, _ = x.shape
            q, k, v = self.qkv(self.norm1(x)).view(b, n, 3, heads, dim // heads).permute(2, 0, 3, 1, 4)
            att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(dim // heads) + bias, dim=-1)
            x = x + self.drop(self.out((att @ v).transpose(1, 2).reshape(b, n, dim)))
            return x + self.drop(self.ff(self.norm2(x)))

    class ReaderNet(nn.Module):
        """BiDAF-style attention between the question and the window, then self-attention blocks."""

        def __init__(self) -> None:
            super().__init__()
            self.proj = nn.Linear(384, dim)
            self.w_p, self.w_q, self.w_pq = nn.Linear(dim, 1), nn.Linear(dim, 1), nn.Parameter(torch.ones(dim) / dim)
            self.fuse = nn.Linear(4 * dim + FEATURES, dim)
            self.position = nn.Embedding(MAX_WINDOW_PIECES + 8, dim)
            self.blocks = nn.ModuleList(Block() for _ in range(layers))
            self.end_block = Block()
            self.norm = nn.LayerNorm(dim)
            self.start_head, self.end_head = nn.Linear(dim, 1), nn.Linear(2 * dim, 1)
            self.null_head = nn.Sequential(nn.Linear(2 * dim + 1, dim), nn.GELU(), nn.Linear(dim, 2))
            self.drop = nn.Dropout(0.1)

        def forward(self, p, p_mask, feats, q, q_mask):
            P, Q = self.drop(self.proj(p)), self.drop(self.proj(q))
            sim = self.w_p(P) + self.w_q(Q).transpose(1, 2) + (P * self.w_pq) @ Q.transpose(1, 2)  # (B, n, m)
            sim = sim + (1.0 - q_mask[:, None, :]) * -1e4
            c2q = torch.softmax(sim, dim=-1) @ Q
            best = sim.max(dim=-1).values + (1.0 - p_mask) * -1e4
            q2c = (torch.softmax(best, dim=-1)[:, None, :] @ P).expand_as(P)
            x = self.fuse(torch.cat([P, c2q, P * c2q, P * q2c, feats], dim=-1))
            positions = torch.arange(x.shape[1], device=x.device)
            x = x + self.position(positions.clamp(max=MAX_WINDOW_PIECES + 7))[None]
            bias = ((1.0 - p_mask) * -1e4)[:, None, None, :]
            for block in self.blocks:
                x = block(x, bias)
            h = self.norm(x)
            e = self.end_block(x, bias)
            start = self.start_head(h).squeeze(-1)
            end = self.end_head(torch.cat([h, self.norm(e)], dim=-1)).squeeze(-1)
            pad = (1.0 - p_mask) * -1e4
            start, end = start + pad, end + pad
            pooled_max = (h + pad[..., None]).max(dim=1).values
            pooled_mean = (h * p_mask[..., None]).sum(1) / p_mask.sum(1, keepdim=True).clamp(min=1.0)
            top = (start.max(dim=1).values + end.max(dim=1).values)[:, None]
            null = self.null_head(torch.cat([pooled_max, pooled_mean, top], dim=-1))
            return torch.cat([null[:, :1], start], dim=1), torch.cat([null[:, 1:], end], dim=1)

    return ReaderNet()


def collate(batch: list[dict], cache: FeatureCache):
    import torch

    prepared = []
    for ex in batch:
        text, enc, starts = window_inputs(ex, cache)
        qenc = cache.get(ex["q"])
        feats = piece_features(text, enc, starts, content_pieces(qenc))
        prepared.append((enc, feats, qenc, targets(ex, enc)))
    n = max(len(e.offsets) for e, *_ in prepared)
    m = max(len(q.offsets) for _, _, q, _ in prepared)
    b = len(prepared)
    p = np.zeros((b, n, 384), np.float32)
    f = np.zeros((b, n, FEATURES), np.float32)
    pm = np.zeros((b, n), np.float32)
    q = np.zeros((b, m, 384), np.float32)
    qm = np.zeros((b, m), np.float32)
    ys, ye = [], []
    for k, (enc, feats, qenc, (s, e)) in enumerate(prepared):
        p[k, :len(enc.offsets)], f[k, :len(enc.offsets)], pm[k, :len(enc.offsets)] = enc.vectors, feats, 1
        q[k, :len(qenc.offsets)], qm[k, :len(qenc.offsets)] = qenc.vectors, 1
        ys.append(s)
        ye.append(e)
    t = torch.from_numpy
    return t(p), t(pm), t(f), t(q), t(qm), torch.tensor(ys), torch.tensor(ye)


# ---------------------------------------------------------------- 4. evaluation (window level)
def evaluate(model, examples: list[dict], cache: FeatureCache, batch_size: int = 64) -> dict:
    import torch

    model.eval()
    ems, f1s, margins, answerable = [], [], [], []
    with torch.no_grad():
        for begin in range(0, len(examples), batch_size):
            batch = examples[begin:begin + batch_size]
            p, pm, f, q, qm, _, _ = collate(batch, cache)
            start, end = model(p, pm, f, q, qm)
            for k, ex in enumerate(batch):
                text, enc, _ = window_inputs(ex, cache)
                n = len(enc.offsets)
                s, e = start[k, :n + 1].numpy(), end[k, :n + 1].numpy()
                i, j, score = best_span(s, e)
                margins.append(score - float(s[0] + e[0]))
                answerable.append(ex["answer"] is not None)
                if ex["answer"] is not None:
                    pred = text[enc.offsets[i][0]:enc.offsets[j][1]] if n else ""
                    golds = ex.get("golds") or [ex["ctx"][ex["answer"][0]:ex["answer"][1]]]
                    ems.append(exact_match(pred, golds))  # SQuAD's own metrics, as in the evaluation
                    f1s.append(token_f1(pred, golds))
    model.train()
    margins_a = np.array(margins)
    labels = np.array(answerable)
    auc = _auc(margins_a, labels)
    return {"span_em": 100 * float(np.mean(ems)), "span_f1": 100 * float(np.mean(f1s)), "null_auc": auc,
            "null_acc_at_0": 100 * float(np.mean((margins_a > 0) == labels)), "n": len(examples)}


def _auc(scores: np.ndarray, labels: np.ndarray) -> float:
    pos, neg = scores[labels], scores[~labels]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    order = np.argsort(np.concatenate([pos, neg]))
    ranks = np.empty(len(order))
    ranks[order] = np.arange(1, len(order) + 1)
    return float((ranks[:len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


# ---------------------------------------------------------------- 5. export
def export(model, out_dir: Path) -> Path:
    import onnxruntime as ort
    import torch

    model.eval()
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "reader.onnx"
    b, n, m = 2, 37, 11
    args = (torch.randn(b, n, 384), torch.ones(b, n), torch.zeros(b, n, FEATURES), torch.randn(b, m, 384),
            torch.ones(b, m))
    torch.onnx.export(model, args, str(path), input_names=["p", "p_mask", "feats", "q", "q_mask"],
                      output_names=["start", "end"], opset_version=17, dynamo=False,
                      dynamic_axes={"p": {0: "b", 1: "n"}, "p_mask": {0: "b", 1: "n"}, "feats": {0: "b", 1: "n"},
                                    "q": {0: "b", 1: "m"}, "q_mask": {0: "b", 1: "m"},
                                    "start": {0: "b", 1: "n1"}, "end": {0: "b", 1: "n1"}})
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    args2 = (torch.randn(3, 50, 384), torch.ones(3, 50), torch.zeros(3, 50, FEATURES), torch.randn(3, 9, 384),
             torch.ones(3, 9))
    with torch.no_grad():
        want = model(*args2)[0].numpy()
    got = session.run(None, dict(zip(["p", "p_mask", "feats", "q", "q_mask"], [a.numpy() for a in args2])))[0]
    assert np.allclose(want, got, atol=1e-3), float(np.abs(want - got).max())
    return path


# ---------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--squad", type=Path, required=True, help="folder with train-v1.1.json and dev-v2.0-extra.json")
    ap.add_argument("--work", type=Path, default=ROOT / ".chatbot" / "reader-training", help="cache and checkpoints")
    ap.add_argument("--out", type=Path, default=ROOT / "chatbot" / "models" / "reader")
    ap.add_argument("--minutes", type=float, default=60.0, help="training time budget (after features)")
    ap.add_argument("--feature-minutes", type=float, default=0.0,
                    help="budget for encoding texts (0 = all); training uses the articles encoded in time")
    ap.add_argument("--epochs", type=float, default=3.0, help="at most this many passes")
    ap.add_argument("--max-articles", type=int, default=0, help="use only the first N training articles (0 = all)")
    ap.add_argument("--max-steps", type=int, default=0, help="stop after N steps (smoke tests)")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--validation-articles", type=int, default=7, help="dev-v2.0-extra articles held out")
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--threads", type=int, default=1, help="torch threads (1 is fastest for this small net)")
    args = ap.parse_args(argv)

    import torch
    from tqdm import tqdm

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    args.work.mkdir(parents=True, exist_ok=True)

    train_articles = load(args.squad / "train-v1.1.json")
    random.Random(args.seed).shuffle(train_articles)  # a budget cut keeps a random sample of articles
    if args.max_articles:
        train_articles = train_articles[:args.max_articles]
    extra_path = args.squad / "dev-v2.0-extra.json"
    extra = load(extra_path) if extra_path.exists() else []
    # Validation: the last N extra articles (by title order, fixed), never trained on.
    extra = sorted(extra, key=lambda a: a["title"])
    held = extra[-args.validation_articles:] if 0 < args.validation_articles < len(extra) else []
    extra_train = extra[:len(extra) - len(held)]
    examples = 2 * make_windows(extra_train, rng, negative_rate=0.35, adversarial=True)  # rare: seen twice
    examples += make_windows(train_articles, rng, negative_rate=0.35, adversarial=False)
    validation = make_windows(held, random.Random(0), negative_rate=0.35, adversarial=True)
    for ex in validation:
        ex["golds"] = None
    print(f"training windows: {len(examples)} ({sum(e['answer'] is None for e in examples)} without answer); "
          f"validation windows: {len(validation)} from {[a['title'] for a in held]}", flush=True)

    cache = FeatureCache(args.work)
    texts = [t for e in validation + examples for t in [e["q"]] + [e["ctx"][a:b] for a, b in e["sents"]]]
    cache.build(texts, minutes=args.feature_minutes)
    encoded = [e for e in examples if all(t in cache.index for t in [e["q"]] + [e["ctx"][a:b] for a, b in e["sents"]])]
    print(f"{len(encoded)} of {len(examples)} training windows encoded", flush=True)
    examples = encoded
    def pieces(e: dict) -> int:
        return sum(len(cache.get(e["ctx"][a:b]).offsets) for a, b in e["sents"])

    fitting = [e for e in examples if pieces(e) <= MAX_WINDOW_PIECES]
    print(f"dropped {len(examples) - len(fitting)} windows over {MAX_WINDOW_PIECES} pieces; "
          f"sentences cut at {MAX_SENTENCE_PIECES}", flush=True)
    examples = fitting

    model = build_model()
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    steps_per_epoch = math.ceil(len(examples) / args.batch_size)
    total_steps = int(steps_per_epoch * args.epochs)
    if args.max_steps:
        total_steps = min(total_steps, args.max_steps)
    warmup = max(1, total_steps // 30)
    budget = args.minutes * 60
    step, spent = 0, 0.0

    def factor(s: int) -> float:  # warm up, then decay linearly to whichever ends first: steps or time
        progress = max(s / max(1, total_steps), spent / budget)
        return min(1.0, (s + 1) / warmup) * max(0.03, 1 - progress)

    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, factor)
    ckpt = args.work / "checkpoint.pt"
    if args.resume and ckpt.exists():
        state = torch.load(ckpt, weights_only=False)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        schedule.load_state_dict(state["schedule"])
        step, spent = state["step"], state["spent"]
        print(f"resumed at step {step} ({spent / 60:.1f} min spent)", flush=True)

    def save() -> None:
        torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "schedule": schedule.state_dict(),
                    "step": step, "spent": spent}, args.work / "checkpoint.tmp.pt")
        (args.work / "checkpoint.tmp.pt").replace(ckpt)

    bar = tqdm(total=total_steps, initial=step, desc="training", unit="step", mininterval=15)
    loss_fn = torch.nn.CrossEntropyLoss()
    model.train()
    began, running = time.time() - spent, None
    while step < total_steps and spent < budget:
        epoch, offset = divmod(step, steps_per_epoch)
        order = list(range(len(examples)))
        random.Random(args.seed + epoch).shuffle(order)  # the same order on resume
        for k in range(offset, steps_per_epoch):
            if step >= total_steps or spent >= budget:
                break
            batch = [examples[i] for i in order[k * args.batch_size:(k + 1) * args.batch_size]]
            p, pm, f, q, qm, ys, ye = collate(batch, cache)
            start, end = model(p, pm, f, q, qm)
            loss = (loss_fn(start, ys) + loss_fn(end, ye)) / 2
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            step += 1
            spent = time.time() - began
            running = loss.item() if running is None else 0.98 * running + 0.02 * loss.item()
            bar.update(1)
            bar.set_postfix(loss=f"{running:.3f}", epoch=epoch, refresh=False)
            if step % 300 == 0:
                save()
            if step % 2000 == 0 and validation:
                print(f"\nstep {step}: {json.dumps(evaluate(model, validation, cache))}", flush=True)
    bar.close()
    save()
    metrics = evaluate(model, validation, cache) if validation else {}
    metrics.update({"steps": step, "train_minutes": round(spent / 60, 1), "train_windows": len(examples),
                    "validation_articles": [a["title"] for a in held]})
    print(json.dumps(metrics), flush=True)
    path = export(model, args.out)
    (args.out / "training.json").write_text(json.dumps(metrics, indent=2) + "\n")
    print(f"exported {path} ({path.stat().st_size / 1e6:.1f} MB)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
