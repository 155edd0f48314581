"""Checks dev.json, as fellgate's check.py does (itself ellerby's, tarnbeck's, stainforth's, coldharbour's,
ferncombe's, hartwell's, ashgrove's and the earlier sets'): the schema (plus unanswerable subtypes, summary key points
and turn numbering) and that every evidence quote occurs verbatim in its document's text (whitespace collapsed):
Markdown and text as is, HTML with tags stripped, Word via python-docx (paragraphs and table cells), PDF via pypdfium2
on the quoted page. It also checks that there are five documents of 1,300-2,000 words each and that the PDF (the
wholesale and celebration cakes guide) has 4 pages, and the question mix the README gives (52 items, 62 judged rows;
19 factual, 9 yes/no with 5 no and 4 yes, 6 list, 6 explanation, 6 unanswerable with 5 near misses, one per
document, and 1 off-topic, 2 summaries, 4 conversations of 3-4 turns with 14 turns in all, each with a later turn
answered by the directors' management meeting minutes), and that every figure (a number, amount, time or
percentage) in an answer occurs in that row's evidence quotes (for the first, short answer) or at least in its
document (for the longer answers and summary key points). It prints each document's word count and the counts by
type and by document."""
from pathlib import Path
import html.parser, json, re, sys
HERE = Path(__file__).resolve().parents[1]  # tests/data/ridgemoor
DOCS = HERE / "docs"

def norm(s):
    return " ".join(s.split())

class Strip(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out, self.skip = [], 0
    def handle_starttag(self, tag, a):
        if tag in ("script", "style", "head"): self.skip += 1
    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def text_of(name):
    p = DOCS / name
    if p.suffix in (".md", ".txt"):
        return [p.read_text(encoding="utf-8")]
    if p.suffix == ".html":
        s = Strip(); s.feed(p.read_text(encoding="utf-8")); return ["".join(s.out)]
    if p.suffix == ".docx":
        from docx import Document
        d = Document(p)
        parts = [x.text for x in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return ["\n".join(parts)]
    if p.suffix == ".pdf":
        import pypdfium2 as pdfium
        return [pg.get_textpage().get_text_range() for pg in pdfium.PdfDocument(str(p))]
    raise ValueError(name)

def units(d):
    for it in d["items"]:
        if it["type"] == "conversation":
            for t in it["turns"]:
                yield f'{it["id"]}/t{t["turn"]}', t
        else:
            yield it["id"], it

d = json.load(open(HERE / "dev.json", encoding="utf-8"))
assert set(d) == {"items"}
texts = {p.name: text_of(p.name) for p in DOCS.iterdir()}
errors, n = [], 0
ids = [it["id"] for it in d["items"]]
assert len(ids) == len(set(ids)), "duplicate ids"
for it in d["items"]:
    if it["type"] == "conversation" and [t["turn"] for t in it["turns"]] != list(range(1, len(it["turns"]) + 1)):
        errors.append(f'{it["id"]}: turns not numbered 1..n')
for uid, it in units(d):
    for k in ("type", "q", "doc", "answerable", "answers", "evidence"):
        if k not in it: errors.append(f"{uid}: missing {k}")
    if it["doc"] is not None and it["doc"] not in texts:
        errors.append(f"{uid}: unknown doc {it['doc']}")
    if it["answerable"] != (it["type"] != "unanswerable"):
        errors.append(f"{uid}: answerable flag")
    if not it["answerable"] and (it["answers"] or it["evidence"]):
        errors.append(f"{uid}: unanswerable with answers/evidence")
    if it["answerable"] and (not it["answers"] or not it["evidence"]):
        errors.append(f"{uid}: answerable without answers/evidence")
    if it["type"] == "yes_no" and it["answers"][0] not in ("yes", "no"):
        errors.append(f"{uid}: yes_no first answer")
    if it["type"] == "unanswerable" and it.get("subtype") not in ("near_miss", "off_topic"):
        errors.append(f"{uid}: unanswerable without subtype near_miss/off_topic")
    if it["type"] == "summary" and len(it["answers"]) < 3:
        errors.append(f"{uid}: summary with fewer than 3 key points")
    for e in it["evidence"]:
        n += 1
        pages = texts[it["doc"]]
        if it["doc"].endswith(".pdf"):
            if "page" not in e:
                errors.append(f"{uid}: PDF quote without page"); continue
            hay = norm(pages[e["page"] - 1])
            if norm(e["quote"]) not in hay:
                where = [i + 1 for i, t in enumerate(pages) if norm(e["quote"]) in norm(t)]
                errors.append(f"{uid}: not on page {e['page']} (found on {where}): {e['quote'][:70]}")
        elif norm(e["quote"]) not in norm(pages[0]):
            errors.append(f"{uid}: quote not found: {e['quote'][:70]}")
FIG = re.compile(r"£?\d[\d,]*(?:\.\d+)?(?::\d\d)?%?")

def figures(s):
    return [m.group().rstrip(",.") for m in FIG.finditer(s) if not (m.start() and (s[m.start() - 1].isalpha() or s[m.start() - 1] == "-"))]

def has(fig, text):
    return re.search(r"(?<![\d£])" + re.escape(fig) + r"(?![\d%]|[,.:]\d)", text) is not None

nfig = 0
for uid, it in units(d):
    if not it["answerable"]:
        continue
    ev = norm(" ".join(e["quote"] for e in it["evidence"]))
    doc = norm(" ".join(texts[it["doc"]]))
    for i, a in enumerate(it["answers"]):
        for f in figures(a):
            nfig += 1
            strict = i == 0 and it["type"] != "summary"
            if not has(f, ev) and (strict or not has(f, doc)):
                errors.append(f"{uid}: figure {f} of answer {i + 1} not in its {'evidence' if strict else 'document'}")
if len(texts) != 5:
    errors.append(f"{len(texts)} documents, not 5")
for name, pages in texts.items():
    w = sum(len(t.split()) for t in pages)
    if not 1300 <= w <= 2000:
        errors.append(f"{name}: {w} words, not 1,300-2,000")
    if name.endswith(".pdf") and len(pages) != 4:
        errors.append(f"{name}: {len(pages)} pages, not 4")
import collections
kinds = collections.Counter(it["type"] for it in d["items"])
want = {"factual": 19, "yes_no": 9, "list": 6, "explanation": 6, "unanswerable": 6, "summary": 2, "conversation": 4}
if dict(kinds) != want:
    errors.append(f"question mix {dict(kinds)}, not {want}")
rows = list(units(d))
if len(rows) != 62:
    errors.append(f"{len(rows)} judged rows, not 62")
yn = collections.Counter(it["answers"][0] for it in d["items"] if it["type"] == "yes_no")
if yn != {"no": 5, "yes": 4}:
    errors.append(f"yes/no split {dict(yn)}, not 5 no and 4 yes")
near = sorted(it["doc"] for it in d["items"] if it.get("subtype") == "near_miss")
if near != sorted(p.name for p in DOCS.iterdir()):
    errors.append(f"near misses not one per document: {near}")
if sum(it.get("subtype") == "off_topic" for it in d["items"]) != 1:
    errors.append("not exactly 1 off-topic question")
convs = [it for it in d["items"] if it["type"] == "conversation"]
if sum(len(c["turns"]) for c in convs) != 14 or any(not 3 <= len(c["turns"]) <= 4 for c in convs):
    errors.append("conversations are not 3-4 turns and 14 turns in all")
for c in convs:
    if not any(t["doc"].endswith(".docx") and t["turn"] > 1 for t in c["turns"]):
        errors.append(f'{c["id"]}: no later turn answered by the minutes')
for name, pages in sorted(texts.items()):
    print(f"  {name}: {sum(len(t.split()) for t in pages)} words" + (f", {len(pages)} pages" if name.endswith(".pdf") else ""))
print("by type:", dict(sorted(kinds.items())), "| turns:", dict(collections.Counter(t["type"] for c in convs for t in c["turns"])))
print("yes/no answers:", dict(yn), "| conversation yes/no turns:",
      dict(collections.Counter(t["answers"][0] for c in convs for t in c["turns"] if t["type"] == "yes_no")))
print("judged rows by document:", dict(sorted(collections.Counter(str(u["doc"]) for _, u in rows).items())))
print(f"{len(d['items'])} items, {len(rows)} judged rows, {n} quotes checked, {nfig} answer figures checked, {len(errors)} errors")
for e in errors:
    print(" ", e)
sys.exit(1 if errors else 0)
