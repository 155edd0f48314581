"""Checks dev.json, as coldharbour's check.py does (itself ferncombe's, hartwell's and the earlier sets'): the schema
(plus unanswerable subtypes and turn numbering) and that every evidence quote occurs verbatim in its document's text
(whitespace collapsed): Markdown and text as is, HTML with tags stripped, Word via python-docx (paragraphs and table
cells), PDF via pypdfium2 on the quoted page. It also checks that there are five documents of 1,300-2,000 words each
and that the PDF has 4 pages, and this set's one form, conversations: 16 items, every one of type "conversation", 8 of
4 turns and 8 of 3 (56 judged turns); turns of 22 factual, 20 yes/no (10 yes and 10 no, each second answer starting
with its "yes," or "no,"), 6 list, 5 explanation and 3 unanswerable near misses in three different documents, never a
first turn; every first turn answered by the conversation's own document; every question written in lower case; every
document the main document of at least 2 conversations and the source of at least 6 turns; at least 8 conversations
with a later turn answered by another document than their first turn, and at least 6 with a later turn answered by
the minutes. Every figure (a number, amount, time or percentage) in an answer must occur in that turn's evidence
quotes (for the first, short answer) or at least in its document (for the longer answers). It prints each document's
word count and the counts by type, by gold yes/no and by document."""
from pathlib import Path
import html.parser, json, re, sys
HERE = Path(__file__).resolve().parents[1]  # tests/data/tidewell
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
if dict(kinds) != {"conversation": 16}:
    errors.append(f"question mix {dict(kinds)}, not 16 conversations")
rows = list(units(d))
if len(rows) != 56:
    errors.append(f"{len(rows)} judged rows, not 56")
convs = [it for it in d["items"] if it["type"] == "conversation"]
tkinds = collections.Counter(t["type"] for _, t in rows)
want = {"factual": 22, "yes_no": 20, "list": 6, "explanation": 5, "unanswerable": 3}
if dict(tkinds) != want:
    errors.append(f"turn mix {dict(tkinds)}, not {want}")
yn = collections.Counter(t["answers"][0] for _, t in rows if t["type"] == "yes_no")
if yn != {"no": 10, "yes": 10}:
    errors.append(f"yes/no split {dict(yn)}, not 10 no and 10 yes")
for uid, t in rows:
    if t["type"] == "yes_no" and (len(t["answers"]) < 2 or not t["answers"][1].startswith(t["answers"][0] + ",")):
        errors.append(f"{uid}: yes_no without a second answer starting with '{t['answers'][0]},'")
    if t["q"] != t["q"].lower():
        errors.append(f"{uid}: question not in lower case")
near = [t["doc"] for _, t in rows if t.get("subtype") == "near_miss"]
if len(near) != 3 or len(set(near)) != 3 or any(t.get("subtype") == "off_topic" for _, t in rows):
    errors.append(f"unanswerable turns not 3 near misses in three documents: {near}")
if sorted(len(c["turns"]) for c in convs) != [3] * 8 + [4] * 8:
    errors.append("conversations are not 8 of 4 turns and 8 of 3")
switch = minutes = 0
for c in convs:
    first = c["turns"][0]
    if first["type"] == "unanswerable" or first["doc"] != c["doc"]:
        errors.append(f'{c["id"]}: first turn unanswerable or not answered by the conversation\'s document')
    switch += any(t["doc"] != first["doc"] for t in c["turns"][1:])
    minutes += any(t["doc"].endswith(".docx") for t in c["turns"][1:])
if switch < 8 or minutes < 6:
    errors.append(f"{switch} conversations move to another document and {minutes} to the minutes, not at least 8 and 6")
main = collections.Counter(c["doc"] for c in convs)
by_doc = collections.Counter(t["doc"] for _, t in rows)
for name in texts:
    if main[name] < 2 or by_doc[name] < 6:
        errors.append(f"{name}: main document of {main[name]} conversations and source of {by_doc[name]} turns")
for name, pages in sorted(texts.items()):
    print(f"  {name}: {sum(len(t.split()) for t in pages)} words" + (f", {len(pages)} pages" if name.endswith(".pdf") else ""))
print("by type:", dict(sorted(kinds.items())), "| turns:", dict(sorted(tkinds.items())),
      "| turns per conversation:", dict(sorted(collections.Counter(len(c["turns"]) for c in convs).items())))
print("yes/no turns:", dict(sorted(yn.items())), "| near misses:", sorted(near))
print("conversations by main document:", dict(sorted(main.items())))
print("conversations moving to another document:", switch, "| to the minutes:", minutes)
print("judged rows by document:", dict(sorted(collections.Counter(str(u["doc"]) for _, u in rows).items())))
print(f"{len(d['items'])} items, {len(rows)} judged rows, {n} quotes checked, {nfig} answer figures checked, {len(errors)} errors")
for e in errors:
    print(" ", e)
sys.exit(1 if errors else 0)
