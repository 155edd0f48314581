"""Loaders on real documents (tests/data/workplace) and on hostile files made at run time."""
from __future__ import annotations

import html
import io
import json
import re
import unicodedata
import zipfile

import pytest

from chatbot.errors import BadInput
from ingest.loaders import SUFFIXES, load_bytes, load_file
from ingest.passages import split_passages

from ..conftest import DATA, run_cli

DOCS = DATA / "workplace"
PDF = DOCS / "18f-partnership-principles.pdf"
DOCX = DOCS / "18f-agile-solicitation-template.docx"
EVIDENCE = json.loads((DOCS / "evidence.json").read_text(encoding="utf-8"))["quotes"]


def normalise(text: str) -> str:
    """How quotes are compared: NFKC, straight quotes, no markup, whitespace collapsed."""
    text = html.unescape(re.sub(r"<[^>]+>", "", text)).replace("**", "").replace("`", "")
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}))
    return re.sub(r"\s+", " ", text).strip()


def page_texts(document) -> dict[int, str]:
    ends = [start for start, _ in document.pages[1:]] + [len(document.text)]
    return {number: document.text[start:end] for (start, number), end in zip(document.pages, ends)}


@pytest.fixture(scope="module")
def loaded() -> dict:
    return {}


def _load(loaded: dict, name: str):
    if name not in loaded:
        loaded[name] = load_file(DOCS / name)
    return loaded[name]


@pytest.mark.parametrize("evidence", EVIDENCE, ids=[e["item"] for e in EVIDENCE])
def test_evidence_quotes_are_in_the_loaded_text(evidence, loaded):
    document = _load(loaded, evidence["doc"])
    quote = normalise(evidence["quote"])
    assert quote in normalise(document.text)
    if "page" in evidence:
        assert quote in normalise(page_texts(document)[evidence["page"]])


@pytest.mark.parametrize("name", ["rust-travel-grant-policy.md", "pagerduty-severity-levels.md",
                                  "18f-press-page.html", DOCX.name, PDF.name])
def test_text_is_clean_and_passages_keep_exact_offsets(name, loaded):
    document = _load(loaded, name)
    for marker in ("**", "](", "<td", "<p>", "{%", "\ufb01", "\n\n\n"):
        assert marker not in document.text
    assert not re.search(r"^#+ |^---$|^title:", document.text, re.MULTILINE)
    passages = split_passages(document)
    assert passages and all(document.text[p.start:p.end] == p.text for p in passages)
    for start, end, path in document.sections:
        assert 0 <= start < end <= len(document.text)
        if path:  # a section starts with its own heading alone on its line, or is a table row under its label
            first_line = document.text[start:].split("\n", 1)[0]
            assert first_line == path[-1] or (path[-1] in first_line and ": " in first_line)


def test_markdown_headings_lists_and_links(loaded):
    document = _load(loaded, "rust-travel-grant-policy.md")
    lines = document.text.split("\n")
    assert lines[0] == "Travel spending policy"
    assert "Up to $2000 per person (per year) (as long as budget remains)." in lines
    lead_in = lines.index("The following are guidelines for approval of an application:")
    assert lines[lead_in + 1].startswith("Up to $2000")  # the list's lead-in line comes just before it
    assert "To apply, please fill out the Travel Support Request Form." in document.text  # link text, no URL
    assert "docs.google.com" not in document.text and "[!NOTE]" not in document.text
    offset = document.text.index("Up to $2000")
    assert document.headings_at(offset) == ("Travel spending policy", "Approval guidelines")
    assert document.headings_at(document.text.index("The applicant is a Member")) == (
        "Travel spending policy", "Approval guidelines", "Automatic approval")


def test_list_items_are_marked_as_the_document_marks_them():
    source = ("# Approval\n\nThe following are the guidelines:\n\n- You are a member.\n- The event is real.\n\n"
              "Applications outside of these guidelines go to the Council.\n")
    passages = split_passages(load_bytes("policy.md", source.encode()))
    assert [p.text for p in passages if p.item] == ["You are a member.", "The event is real."]
    # and the mark survives the store's metadata
    from chatbot.store.catalogue import decode_place, encode_place
    assert decode_place(encode_place(passages[2]))["item"] is True
    assert decode_place(encode_place(passages[1])).get("item") is False


def test_a_markdown_checklist_is_a_list_whose_boxes_are_no_text():
    document = load_bytes("onboarding.md", b"## First week\n\n- [x] Collect your headset from IT\n"
                                           b"- [ ] Set up your Dynamics login\n- [ ] Shadow a buddy\n")
    items = [(p.text, p.item) for p in split_passages(document)]
    assert items == [("First week", False), ("Collect your headset from IT", True),
                     ("Set up your Dynamics login", True), ("Shadow a buddy", True)]


def test_markdown_front_matter_code_tables_and_emphasis():
    source = ("---\ntitle: \"Expense policy\"\nowner: finance\n---\n# Expenses\n\nSee the **rules** and "
              "_notes_ in `cfg`.\n\n## 5. Travel\n\n1. First step\n2. Second step\n\n| Class | Who |\n|---|---|\n"
              "| Economy | Everyone |\n| Business | Flights over 8 hours |\n\n```\nrun --fast\n  indented\n```\n")
    document = load_bytes("policy.md", source.encode())
    assert document.title == "Expense policy"
    assert document.text.split("\n") == [
        "Expenses", "See the rules and notes in cfg.", "5. Travel", "1. First step", "2. Second step",
        "Class: Economy; Who: Everyone", "Class: Business; Who: Flights over 8 hours", "run --fast", "indented"]
    # A table row is read under its first cell: its sentences say which row they are of.
    assert document.headings_at(document.text.index("Class: Business")) == ("Expenses", "5. Travel", "Business")
    [row] = [p for p in split_passages(document) if p.text.startswith("Class: Business")]
    assert row.section == "Expenses › 5. Travel › Business" and not row.heading


def test_markdown_table_rows_cite_their_headers(loaded):
    document = _load(loaded, "pagerduty-severity-levels.md")
    row = next(line for line in document.text.split("\n") if line.startswith("Severity: SEV-5;"))
    assert "Description: Cosmetic issues or bugs" in row and "Typical Response: JIRA ticket." in row
    assert "Always Assume The Worst" in document.text.split("\n")  # an admonition's title is its own line


def test_html_headings_lists_tables_and_chrome():
    page = (b"<html><head><title>Handbook</title><style>p{}</style></head><body><nav><a href='/'>Home</a></nav>"
            b"<header>Site banner</header><main><h1>Leave</h1><p>Rules for leave.</p><h2>Sick leave</h2>"
            b"<p>You may take:</p><ul><li>ten days</li><li>more with a <b>note</b></li></ul>"
            b"<table><tr><th>Type</th><th>Days</th></tr><tr><td>Sick</td><td>10</td></tr></table></main>"
            b"<footer>Contact us</footer><script>track()</script></body></html>")
    document = load_bytes("leave.html", page)
    assert document.title == "Handbook"
    assert document.text.split("\n") == ["Leave", "Rules for leave.", "Sick leave", "You may take:", "ten days",
                                         "more with a note", "Type: Sick; Days: 10"]
    assert document.headings_at(document.text.index("ten days")) == ("Leave", "Sick leave")


def test_a_page_with_a_main_element_is_read_from_it_alone():
    """The skip link, cookie notice and breadcrumb around <main> are the site's chrome in whatever
    markup (an <a>, a <div role="dialog">, a <div>): not passages to cite or summarize. A page
    without <main> keeps its body's text."""
    chrome = (b"<body><a class='skip-link' href='#main'>Skip to main content</a>"
              b"<div class='cookie-notice' role='dialog'><p>We use essential cookies on this site.</p></div>"
              b"<div class='breadcrumbs'><a href='/'>Home</a> / Help</div>")
    page = chrome + b"<main id='main'><h1>Help</h1><p>Call us on 01632 480 200.</p></main></body>"
    assert load_bytes("faq.html", page).text.split("\n") == ["Help", "Call us on 01632 480 200."]
    plain = b"<body><div><p>We use essential cookies on this site.</p></div><h1>Help</h1><p>Call us.</p></body>"
    assert "We use essential cookies on this site." in load_bytes("faq.html", plain).text.split("\n")


CONFLUENCE = """<html><head><title>Customer Service : Returns Policy</title></head><body>
<div id="page"><div id="main" class="aui-page-panel"><div id="main-header"><div id="breadcrumb-section">
<ol id="breadcrumbs"><li class="first"><a href="index.html">Customer Service</a></li><li>Policies</li></ol></div>
<h1 id="title-heading" class="pagetitle">Returns Policy</h1></div>
<div id="content" class="view"><div class="page-metadata">Created by Priya Okafor, last updated on 14 Mar 2038</div>
<div id="main-content" class="wiki-content group"><div class="columnLayout two-right-sidebar">
<div class="cell normal"><h2>Return windows</h2><p>\u26a0\ufe0f</p><table class="confluenceTable">
<tr><th>Category</th><th>Window</th></tr>
<tr><td>Pet food</td><td>60 days</td></tr></table></div>
<div class="cell aside"><div class="plugin_pagetree"><ul><li>Price Match Promise</li></ul></div></div></div></div>
<div class="pageSection group"><div class="pageSectionHeader">
<h2 id="attachments" class="pageSectionTitle">Attachments:</h2>
</div><div class="greybox">returns-form-v7.pdf (application/pdf)</div></div>
<div class="pageSection group"><div class="pageSectionHeader"><h2 id="comments" class="pageSectionTitle">Comments:</h2>
</div><div class="smallfont"><p>I think pet food returns are now 90 days.</p>Posted by fbaptiste</div></div>
</div></div><div id="footer" role="contentinfo"><section class="footer-body"><p>Document generated by Confluence
</p></section></div></div>
<div class="ms-Nav">Home | Departments | Warehouse</div></body></html>""".encode()


def test_a_wiki_export_keeps_its_page_and_leaves_out_what_its_classes_mark_as_chrome():
    """Confluence and SharePoint exports mark chrome by id, class or role, in <div>s: breadcrumbs,
    the page's metadata, the page tree, attachments and comments (under their headings), the footer,
    a navigation bar; an icon alone on its line says nothing. The page's own layout classes
    ("two-right-sidebar") are no chrome."""
    lines = load_bytes("returns.html", CONFLUENCE).text.split("\n")
    assert lines == ["Returns Policy", "Return windows", "Category: Pet food; Window: 60 days"]


def test_an_html_definition_list_is_read_term_by_definition():
    """<dt>Urgent</dt><dd>…</dd>: one line says what the term is, as a table row or a record does."""
    page = (b"<html><body><h2>Priorities</h2><dl><dt>Urgent (P1)</dt><dd>The product is down for everyone.</dd>"
            b"<dt>Normal (P3)</dt><dd>Questions and minor bugs.</dd><dd>Feature requests too.</dd>"
            b"<dt>Later</dt></dl><p>We may change the priority.</p></body></html>")
    passages = [p.text for p in split_passages(load_bytes("faq.html", page))]
    assert "Urgent (P1): The product is down for everyone." in passages
    assert "Normal (P3): Questions and minor bugs." in passages and "Normal (P3): Feature requests too." in passages
    assert "Later" in passages and "We may change the priority." in passages
    assert "Urgent (P1)" not in passages


def test_html_with_front_matter_and_template_tags(loaded):
    document = _load(loaded, "18f-press-page.html")
    assert document.title == "Press"
    assert "{%" not in document.text and "redirect_to" not in document.text
    offset = document.text.index("GSA launched 18F on March 19, 2014.")
    assert document.headings_at(offset) == ("Basic information on 18F’s history",)


def test_an_html_table_of_keys_and_values_reads_each_row_as_key_and_value():
    """A wiki's table with no header row, each row's first cell a <th> naming it: "Colour printer: Floor 2,
    east corridor", not the two run together."""
    page = ("<html><body><h1>IT</h1><h2>Where things are</h2><table>"
            "<tr><th>Colour printer</th><td>Floor 2, east corridor</td></tr>"
            "<tr><th>Server room</th><td>Basement of Building 1</td></tr></table></body></html>")
    passages = {p.text: p for p in split_passages(load_bytes("wiki.html", page.encode()))}
    assert passages["Colour printer: Floor 2, east corridor"].section == "IT › Where things are › Colour printer"
    assert "Server room: Basement of Building 1" in passages


def test_a_collapsible_sections_summary_heads_every_line_it_holds():
    """<details><summary>How do I order a new monitor?</summary>…: every line inside is under the
    question, not only the first (lines split by <br>, as wikis write them)."""
    page = ("<html><body><h1>IT</h1><h2>How-to</h2><details><summary>How do I order a new monitor?</summary>"
            "<div>Raise a request in the portal.<br>Your line manager approves it<br>Delivery takes a week.</div>"
            "</details><p>Ask us anything else.</p></body></html>")
    passages = {p.text: p for p in split_passages(load_bytes("wiki.html", page.encode()))}
    for line in ("Raise a request in the portal.", "Your line manager approves it", "Delivery takes a week."):
        assert passages[line].section == "IT › How-to › How do I order a new monitor?", line
    assert passages["Ask us anything else."].section == "IT › How-to"


def test_word_body_order_headings_and_table_rows(loaded):
    document = _load(loaded, DOCX.name)
    lines = document.text.split("\n")
    row = next(line for line in lines if "Minimum of 90% test coverage" in line)
    assert row.startswith("Deliverable: Tested Code; Performance Standard(s): Code delivered under the order")
    chart = next(i for i, line in enumerate(lines) if line.startswith("The following chart sets forth"))
    assert lines.index(row) == chart + 1  # the table sits where it is in the body
    assert document.headings_at(document.text.index(row))[-2].startswith("3.2 List of Deliverables")
    assert document.headings_at(document.text.index(row))[-1] == "Tested Code"  # the row's label
    assert "Agile development practices" in lines  # list items one per line
    assert load_bytes(DOCX.name, DOCX.read_bytes()).text == document.text  # uploads read the same


def test_word_list_numbers_are_read_as_word_shows_them():
    """Word keeps a numbered list's numbers out of the text (List Number styles, numbering levels): they
    are read as Word shows them ("3. Record the batch number…" after two steps and a sub-list of two), a
    bullet gets none, and a list under the next heading counts from 1 again."""
    import docx

    document = docx.Document()
    document.add_heading("Inspection steps", level=1)
    for text, style in (("Clean the lens.", "List Number"), ("Check the coating.", "List Number"),
                        ("Reject a lens with pinholes.", "List Number 2"), ("Set it aside.", "List Number 2"),
                        ("Record the batch number on form QF-12.", "List Number"), ("Nitrile gloves", "List Bullet")):
        document.add_paragraph(text, style=style)
    document.add_heading("Returns", level=1)
    document.add_paragraph("Log the return.", style="List Number")
    out = io.BytesIO()
    document.save(out)
    lines = load_bytes("manual.docx", out.getvalue()).text.split("\n")
    assert ["1. Clean the lens.", "2. Check the coating.", "1. Reject a lens with pinholes.", "2. Set it aside.",
            "3. Record the batch number on form QF-12.", "Nitrile gloves"] == lines[1:7]
    assert "1. Log the return." in lines


def test_a_word_header_of_two_rows_names_each_column_by_both_and_a_contents_list_is_left_out():
    """"Standard delivery" merged over "Under £150" and "£150 and over": each column is named by both, and
    the second header row is no row of the table; a table of contents typed as "1 Scope<tab>1" lines
    under "Contents" is navigation, not text ("Contents" over other text stays)."""
    import docx

    document = docx.Document()
    document.add_paragraph("Carriage terms", style="Title")
    document.add_paragraph("Contents")
    for entry in ("1 Scope\t1", "2 Carriage charges\t2"):
        document.add_paragraph(entry)
    document.add_heading("Carriage charges", level=1)
    table = document.add_table(rows=4, cols=3)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Zone"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Standard delivery"
    for row, cells in ((1, ("Under £150", "£150 and over")), (2, ("£7.95", "Free")), (3, ("£15.00", "£8.50"))):
        table.cell(row, 1).text, table.cell(row, 2).text = cells
    table.cell(2, 0).text, table.cell(3, 0).text = "Zone A – England", "Zone C – Northern Ireland"
    document.add_heading("First aid kit", level=1)
    document.add_paragraph("Contents")
    document.add_paragraph("Plasters, bandages and gloves.")
    out = io.BytesIO()
    document.save(out)
    lines = load_bytes("carriage.docx", out.getvalue()).text.split("\n")
    assert lines == ["Carriage terms", "Carriage charges",
                     "Zone: Zone A – England; Standard delivery, Under £150: £7.95; Standard delivery, £150 and over: "
                     "Free",
                     "Zone: Zone C – Northern Ireland; Standard delivery, Under £150: £15.00; Standard delivery, £150 "
                     "and over: £8.50", "First aid kit", "Contents", "Plasters, bandages and gloves."]


def test_a_word_list_numbered_by_hand_is_a_list_and_a_sentence_that_enumerates_is_not():
    import docx

    document = docx.Document()
    document.add_heading("Permits", level=1)
    for text in ("Contractors must show a permit to work, which is issued by:",
                 "(a) the Facilities Manager for building work; or",
                 "(b) the Quality Lead for any work inside the clean bay.",
                 "(1) technical approach, (2) staffing approach and (3) price are the factors."):
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    passages = {p.text: p for p in split_passages(load_bytes("rules.docx", out.getvalue()))}
    assert passages["(b) the Quality Lead for any work inside the clean bay."].item
    assert passages["(a) the Facilities Manager for building work; or"].item
    assert not passages["(1) technical approach, (2) staffing approach and (3) price are the factors."].item


def test_word_footnotes_and_text_boxes_are_read_where_they_are_anchored():
    """A footnote ("…every 90 days…") and a text box ("…extension 4417") are text Word shows: read after
    the paragraph that refers to them or holds them, under its heading, not dropped."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    notes = (f'<w:footnotes {nsdecls("w")}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
             '</w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t '
             'xml:space="preserve"> The loupes are recalibrated every 90 days.</w:t></w:r></w:p></w:footnote>'
             '</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", notes.encode(),
                document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    document.add_heading("Inspection", level=1)
    checked = document.add_paragraph("Check the coating under the loupe")
    checked.add_run()._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="1"/>'))
    checked.add_run(".")
    document.add_paragraph()._p.append(parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
        '<w:p><w:r><w:t>Eye injury hotline: extension 4417.</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape>'
        '</w:pict></w:r>'))
    out = io.BytesIO()
    document.save(out)
    loaded = load_bytes("manual.docx", out.getvalue())
    lines = loaded.text.split("\n")
    assert lines[lines.index("Check the coating under the loupe.") + 1] == \
        "Footnote 1: The loupes are recalibrated every 90 days."
    assert "Eye injury hotline: extension 4417." in lines
    assert loaded.headings_at(loaded.text.index("extension 4417")) == ("Inspection",)


def test_pdf_pages_and_unwrapped_sentences(loaded):
    document = _load(loaded, PDF.name)
    assert [number for _, number in document.pages] == [1, 2, 3, 4, 5] and document.warnings == []
    assert document.text.startswith("18F Partnership")
    offset = document.text.index("Most product owners need 15-20 hours of their week to work with us.")
    assert document.page_at(offset) == 5
    sentence = ("This frequent testing with real users will help ensure that the product we build together "
                "is intuitive for them to use and solves the right problems.")
    assert sentence in document.text.split("\n")[document.text[:document.text.index(sentence)].count("\n")]
    assert "\nWorking in an agile way\n" in document.text  # a heading stays its own line
    assert document.text[document.pages[1][0] - 2:document.pages[1][0]] == "\n\n"  # pages: blank line between


def test_a_word_title_is_above_its_heading_1_sections():
    from docx import Document as WordDocument

    word = WordDocument()
    word.add_paragraph("Pricing FAQ", style="Title")
    word.add_paragraph("Plans", style="Heading 1")
    word.add_paragraph("Starter costs 29 euros a month.")
    out = io.BytesIO()
    word.save(out)
    document = load_bytes("faq.docx", out.getvalue())
    assert document.headings_at(document.text.index("Starter")) == ("Pricing FAQ", "Plans")


def test_a_question_alone_on_its_line_labels_its_answer():
    """An FAQ: each question is a heading over the line after it (its answer), then the text is
    under the document's headings again."""
    faq = ("# Pricing\n\n## FAQ\n\n**Can free customers send SMS?**\n\nNo. SMS is only on paid plans.\n\n"
           "**Is there a trial?**\n\nYes. New accounts get 14 days.\n\nPrices change every year.\n")
    document = load_bytes("faq.md", faq.encode())
    assert document.headings_at(document.text.index("No. SMS")) == ("Pricing", "FAQ", "Can free customers send SMS?")
    assert document.headings_at(document.text.index("Yes. New")) == ("Pricing", "FAQ", "Is there a trial?")
    assert document.headings_at(document.text.index("Prices change")) == ("Pricing", "FAQ")
    passages = {p.text: p for p in split_passages(document)}
    assert passages["Is there a trial?"].heading and not passages["Yes. New accounts get 14 days."].heading


RUNBOOK = """ACME ON-CALL RUNBOOK
===================

Owner: Platform team
Version: 2.0

1. THE ROTA
-----------

Each team has a primary and a secondary on-call engineer. A rotation lasts one
week, from Monday 10:00 to the following Monday 10:00, and the outgoing primary
hands over on a call.

Severity levels

SEV1 - Critical
  The shop is down for all customers, or customer data has been exposed to
  people who should not see it.
  - Acknowledge the page within 5 minutes.
  - A written post-mortem is due within 5 working days, reviewed by the whole
    team.

SEV2 - Major
  Checkout is slow for many customers.
  - Acknowledge the page within 15 minutes.

Only major incidents get a post-mortem.

Release steps:
1. Deploy to staging with acme-deploy staging <service> and run the smoke tests
   against it.
2. Start a canary.

Head of Engineering ....... Maria Lopez

Assembly points

    Eastgate ..... far end of the staff car park, by the bicycle shelter at the back
    Millbrook .... forecourt of the church hall
"""


def test_plain_text_is_read_with_the_structure_people_give_it():
    """Hard-wrapped paragraphs are unwrapped, underlined or lone short lines are headings, a label
    over an indented block heads it, bullets and numbers are items (a wrapped item goes on), a
    dotted leader is a label's value; text after an indented block is under the heading above."""
    document = load_bytes("runbook.txt", RUNBOOK.encode())
    passages = {p.text: p for p in split_passages(document)}
    assert "A rotation lasts one week, from Monday 10:00 to the following Monday 10:00, and the outgoing " \
           "primary hands over on a call." in passages
    assert passages["1. THE ROTA"].heading and passages["Severity levels"].heading
    assert passages["Owner: Platform team"].section == "ACME ON-CALL RUNBOOK"  # two lines, not one paragraph
    exposed = "The shop is down for all customers, or customer data has been exposed to people who should not see it."
    assert passages[exposed].section == "ACME ON-CALL RUNBOOK › 1. THE ROTA › Severity levels › SEV1 - Critical"
    post_mortem = "A written post-mortem is due within 5 working days, reviewed by the whole team."
    assert passages[post_mortem].item and not passages[exposed].item
    assert passages["Acknowledge the page within 15 minutes."].section.endswith("SEV2 - Major")
    assert passages["Only major incidents get a post-mortem."].section.endswith("Severity levels")
    assert passages["1. Deploy to staging with acme-deploy staging <service> and run the smoke tests against "
                    "it."].item
    assert "Head of Engineering: Maria Lopez" in passages
    # Records each on their line, however full the line before: never run on into the next
    assert "Millbrook: forecourt of the church hall" in passages


def test_a_numbered_step_wrapped_under_its_own_text_is_an_item_not_a_label():
    """A procedure's first step after a blank line, its words going on under its own text, is an item
    like the steps after it: the hanging line is not a block it labels."""
    text = ("GAS ALARM\n=========\n\nAnyone who smells gas in a home, or hears a carbon monoxide alarm, does "
            "this:\n\n    1. Do not use light switches, doorbells, phones or anything\n       that could make "
            "a spark, and do not smoke.\n    2. Turn the gas off at the emergency control valve by the\n"
            "       meter, if you can do it safely.\n    3. Open doors and windows, and get everyone out.\n")
    passages = {p.text: p for p in split_passages(load_bytes("gas.txt", text.encode()))}
    first = "1. Do not use light switches, doorbells, phones or anything that could make a spark, and do not smoke."
    assert first in passages and passages[first].item and not passages[first].heading
    assert passages["3. Open doors and windows, and get everyone out."].section == "GAS ALARM"


def test_a_sentence_wrapped_before_a_name_stays_one_sentence_when_a_wider_line_set_the_width():
    """A paragraph wrapped at 64 columns in a document whose widest line (a dotted record) is wider:
    a line that stops mid-sentence because the next word, a name, did not fit is one sentence with
    it. A record's line ("… (equipment)") and a labelled line ("Duty Manager: …") stay lines of their own."""
    text = ("FIRE AT OUR OFFICES\n===================\n\n"
            "The fire alarm is tested every Wednesday at 10:00 at Eastleigh\n"
            "Vale and every Monday at 09:30 at Cobham Ridge; if it sounds at\n"
            "any other time, leave and go to your assembly point.\n\n"
            "Assembly point for the Eastleigh Vale office ......... front car park\n\n"
            "Owner: Dr Sunita Rao, Head of Protein Sciences (equipment)\n"
            "Hannah Muir, Biorepository Manager, the samples and the freezers\n"
            "Duty Manager: checks the building is empty and meets the crews.\n")
    passages = [p.text for p in split_passages(load_bytes("fire.txt", text.encode()))]
    assert "The fire alarm is tested every Wednesday at 10:00 at Eastleigh Vale and every Monday at 09:30 at " \
           "Cobham Ridge; if it sounds at any other time, leave and go to your assembly point." in passages
    assert not any(p.startswith("Owner:") and "Hannah" in p for p in passages)
    assert not any("freezers Duty Manager" in p for p in passages)



def test_a_paragraph_wrapped_narrower_than_sixty_columns_is_unwrapped_before_capitals_too():
    """A paragraph wrapped at 57 in a document a wide contacts list sets at 80: a line that stops where the
    next word, a capital, did not fit goes on ("The Site Safety" / "Manager checks…" is one sentence); the
    dotted records stay a line each, even one whose name left room for a single dot."""
    text = ("CONTACTS\n--------\n\n"
            "    Head of Field Services ............... 01632 960 412 (weekdays, 08:00-18:00)\n"
            "    Lenn Valley Rivers Trust (fish pass) . 01632 960 460\n"
            "    St Ebba's Primary School site manager  01632 960 452\n"
            "    Wyvern Vale Academy site manager ..... 01632 960 453 (term time only)\n\n"
            "TRAINING AND AUDIT\n------------------\n\n"
            "Authorised and Senior Authorised Persons take refresher\n"
            "training every 3 years, and climbers renew their basic\n"
            "turbine safety training every 2 years. The Site Safety\n"
            "Manager checks 10 permits at random every quarter to make\n"
            "sure each step was followed, and a rescue drill is held at\n"
            "Tallow Rigg every 6 months.\n")
    passages = [p.text for p in split_passages(load_bytes("audit.txt", text.encode()))]
    assert "The Site Safety Manager checks 10 permits at random every quarter to make sure each step was " \
           "followed, and a rescue drill is held at Tallow Rigg every 6 months." in passages
    assert not any(p.endswith("The Site Safety") for p in passages)
    assert not any("01632 960 460" in p and "St Ebba" in p for p in passages)


SITES = """\
FOOD BANK OPERATIONS
====================

1. Opening hours
----------------

    Mill Road (Community Centre) ..... Mon and Thu 10:00-13:00
    Eastfield (St Barnabas Hall) ... Tue 12:00-15:00
                                       Fri 10:00-13:00
    Northgate ........................ Wed 16:00-19:00

2. Parcels given out in 2026
----------------------------

    Site          Parcels    People fed    Busiest month
    ----------    -------    ----------    -------------
    Mill Road       8,420        19,300    December
    Eastfield       9,610        23,150    January
    Total          18,030        42,450

Figures for 2027 follow in May. A summary ... of sorts, with dots in prose.
"""


def test_plain_text_tables_in_columns_and_records_that_go_on():
    """A table in columns under a rule of dashes: a row a line, each cell named by its column, as
    other formats' tables are read. A dotted record's value may go on, lined up under itself; three
    dots are a leader only among longer ones."""
    passages = {p.text: p for p in split_passages(load_bytes("ops.txt", SITES.encode()))}
    assert "Site: Eastfield; Parcels: 9,610; People fed: 23,150; Busiest month: January" in passages
    assert passages["Site: Total; Parcels: 18,030; People fed: 42,450"].section.endswith("2. Parcels given out in 2026")
    assert "Eastfield (St Barnabas Hall): Tue 12:00-15:00; Fri 10:00-13:00" in passages
    assert "Northgate: Wed 16:00-19:00" in passages
    assert not any("----" in text for text in passages)
    assert any("A summary ... of sorts" in text for text in passages)
    # a run of dotted records is a list, its records items ("which sites open when?" lists them all)
    assert passages["Northgate: Wed 16:00-19:00"].item and passages["Mill Road (Community Centre): Mon and Thu "
                                                                    "10:00-13:00"].item


CONTACTS = """\
1. KEY CONTACTS
---------------

  Depot manager (Ravensby) ............ 01632 960 100
  Marsh Lane Drainage Board (sluice) .. 01632 960 460
  Harwick Water Networks duty engineer  01632 960 480
  Out-of-hours security ... 01632 960 490
  Follow-up call to each customer ..... within 5 working days
    (Levels 2 and 3)                    of collection

Visitors  park in bays 1 to 6 by the gatehouse.
"""


def test_a_record_whose_name_leaves_no_room_for_dots_is_still_a_record():
    """Among dotted records, a long name keeps one or two dots, or only spaces before its value in the
    others' value column: still "name: value" (a user asking for the drainage board's number gets it
    after its name, not run into it). A line indented under a record's name goes on that record."""
    passages = {p.text: p for p in split_passages(load_bytes("contacts.txt", CONTACTS.encode()))}
    for record in ("Marsh Lane Drainage Board (sluice): 01632 960 460",
                   "Harwick Water Networks duty engineer: 01632 960 480", "Out-of-hours security: 01632 960 490"):
        assert passages[record].item
    assert not any(": of collection" in text for text in passages)
    assert "Visitors park in bays 1 to 6 by the gatehouse." in passages  # no records around: prose


EMAIL = """\
From: Ruth Abernethy <ruth@vexholm.example>
Subject: RE: Courier change for trade orders

Lucan,

Agreed. We'll move all trade parcels to Brightline Express from Monday 6 April.
Collections will be at 15:45 instead of 17:00, so the warehouse cut-off for
same-day dispatch moves to 15:00.

Ruth

--
Ruth Abernethy
Head of Logistics

> From: Lucan Pryce
> Subject: RE: Courier change for trade orders
>
> Ruth, Brightline Express quoted 4.10 pounds a parcel against the 5.60 we pay
> Corran Freight now. They insure each parcel up to 500 pounds.
>
> Lucan
"""


def test_an_email_thread_reads_its_quoted_replies_and_sign_offs_as_text():
    """Quoted replies' marks ("> ") are no text: their sentences read whole; a sign-off ("Ruth" before
    the signature, "Lucan" at the end) is no heading over what follows; each message's subject heads it."""
    document = load_bytes("thread.txt", EMAIL.encode())
    passages = {p.text: p for p in split_passages(document)}
    assert "Ruth, Brightline Express quoted 4.10 pounds a parcel against the 5.60 we pay Corran Freight now." \
        in passages
    assert not any(text.startswith(">") or " > " in text for text in passages)
    assert [p.text for p in passages.values() if p.heading] == ["Courier change for trade orders"]
    assert passages["They insure each parcel up to 500 pounds."].section == "Courier change for trade orders"


MEMO = """From: Gareth Lowe <gareth.lowe@quillanhart.co.uk>
To: Leeds Office <leeds-all@quillanhart.co.uk>
Cc: James Hart <james.hart@quillanhart.co.uk>; Marcus Hale <marcus.hale@quillanhart.co.uk>
Date: Thu, 29 Jan 2026 16:42:10 +0000
Subject: Re: Leeds office move to 2 Wellington Place

Hi all,

WHY WE ARE MOVING

The lease on Park Row ends on 31 March 2026 and the landlord has decided
not to renew it. The partners chose Wellington Place because it is a
five-minute walk from Leeds station and it has eight parking spaces.

KEY DATES

Wednesday 25 February    Crates packed, labelled and sealed by 17:00
Thursday 26 February     Everyone works from home (Park Row closes)
Monday 2 March           First day at 2 Wellington Place

The fire alarm test at Wellington Place is at 10:00 on Tuesdays, not
Fridays as at Park Row.

Gareth
"""


def test_a_memos_header_fields_are_lines_and_its_subject_heads_the_message():
    """Header fields are lines of their own, none setting the width the body was wrapped at (so
    "…on Tuesdays, not" goes on with "Fridays…"); the subject is the message's heading, never an
    answer; two columns lined up by spaces are records."""
    document = load_bytes("memo.txt", MEMO.encode())
    passages = {p.text: p for p in split_passages(document)}
    assert "Cc: James Hart <james.hart@quillanhart.co.uk>; Marcus Hale <marcus.hale@quillanhart.co.uk>" in passages
    assert "Date: Thu, 29 Jan 2026 16:42:10 +0000" in passages
    subject = passages["Leeds office move to 2 Wellington Place"]
    assert subject.heading and not any(text.startswith("Subject") for text in passages)
    assert passages["The lease on Park Row ends on 31 March 2026 and the landlord has decided not to renew it."] \
        .section == "Leeds office move to 2 Wellington Place › WHY WE ARE MOVING"
    assert "The fire alarm test at Wellington Place is at 10:00 on Tuesdays, not Fridays as at Park Row." in passages
    dates = [p for p in passages.values() if (p.section or "").endswith("KEY DATES") and p.item]
    assert [p.text for p in dates] == ["Wednesday 25 February: Crates packed, labelled and sealed by 17:00",
                                       "Thursday 26 February: Everyone works from home (Park Row closes)",
                                       "Monday 2 March: First day at 2 Wellington Place"]


def test_lined_up_columns_keep_a_wrapped_value_and_a_second_one_apart():
    text = ("HOW WE RATE INCIDENTS\n\n    S1 Critical  Customer data confirmed exposed, or an attacker has\n"
            "                 access to production. Response starts within\n"
            "                 15 minutes, day or night.\n"
            "    S2 High      A compromised employee account or malware.\n\n"
            "Owner:      Dr Sunita Rao, Head of Protein Sciences (equipment)\n"
            "            Hannah Muir, Biorepository Manager (sample storage)\n"
            "Document:   OP-07, version 2.4\n")
    lines = load_bytes("levels.txt", text.encode()).text.splitlines()
    assert "S1 Critical: Customer data confirmed exposed, or an attacker has access to production. Response starts " \
           "within 15 minutes, day or night." in lines
    assert "Owner: Dr Sunita Rao, Head of Protein Sciences (equipment); Hannah Muir, Biorepository Manager (sample " \
           "storage)" in lines and "Document: OP-07, version 2.4" in lines


def test_a_dotted_record_alone_is_no_list_item():
    text = "CONTACTS\n========\n\nAsk reception first.\n\n    Fire marshal ........ Priya Shah, ext 214\n\n" \
           "Call them in an emergency.\n"
    passages = {p.text: p for p in split_passages(load_bytes("contacts.txt", text.encode()))}
    assert not passages["Fire marshal: Priya Shah, ext 214"].item


def test_plain_text_with_a_paragraph_a_line_is_kept_exactly():
    text = "\n".join(f"Paragraph {n} is one long line of text, as editors that wrap softly write them, " * 2
                     for n in range(5)) + "\n"
    assert load_bytes("notes.txt", text.encode()).text == text


FOOTER = "Acme Corp · HB-01 Staff handbook · Internal · for employees and contractors only · page {} of 4"


def test_a_pdf_table_with_narrow_columns_a_contents_page_and_running_lines_after_a_title_page():
    """Two narrow cells PDFium reads as one run ("Cold room Bay 3") are cut at their column, so the row
    stays a row; a contents page's dotted entries are left out; a running header (two runs, bold) and
    footer on pages 2 and 3 of three are dropped; "(anonymous)" is no title."""
    from .pdfs import make_pdf

    columns = [66, 221, 278, 335, 434]
    rows = [["Product family", "Zone", "Aisles", "Pick method", "Replenish at"],
            ["Dental equipment", "F", "47", "Paper pick list", "2 units"],
            ["Vaccines", "Cold room", "Bay 3", "RF scanner", "set by pharmacy"],
            ["Horse rugs", "F", "48", "Paper pick list", "4 units"]]
    header = ([(50, "TAMSIN VALE SUPPLIES"), (400, "Internal - do not distribute")], 9, True)
    contents = [(f"{n} {title} " + "." * 60 + f" {page}", 10, False)
                for n, (title, page) in enumerate((("Shifts", 2), ("Pick locations", 3), ("Forklifts", 3)), start=1)]
    pages = [[("Warehouse Handbook", 20, True), ("Contents", 14, True), *contents],
             [header, ("Shifts", 14, True), ("The early shift runs from 06:00 to 14:00.", 10, False),
              ("Warehouse Handbook v6 Page 2 of 3", 9, False)],
             [header, ("Pick locations", 14, True), *[([(x, t) for x, t in zip(columns, row)], 10, k == 0)
                                                      for k, row in enumerate(rows)],
              ("Warehouse Handbook v6 Page 3 of 3", 9, False)]]
    document = load_bytes("handbook.pdf", make_pdf(pages))
    text = document.text
    assert "Product family: Vaccines; Zone: Cold room; Aisles: Bay 3; Pick method: RF scanner; Replenish at: set " \
           "by pharmacy" in text.split("\n")
    assert "...." not in text and "TAMSIN" not in text and "Page 2 of 3" not in text
    assert "The early shift runs from 06:00 to 14:00." in text


def test_pdf_headings_by_type_and_running_lines_dropped():
    """A PDF has no heading marks: larger or bold short lines are headings, nested by size; the
    footer on every page is not text; bullets are items."""
    from .pdfs import make_pdf

    body = "Everyone gets 25 days of leave a year, and the days are counted in working days."
    pages = [[("Staff handbook", 20, True), ("Annual leave", 14, True), (body, 10, False),
              ("Carry-over", 10, True), ("Up to five days carry over to the next year.", 10, False),
              ("\u2022 Ask your manager first, in writing, and at the latest four weeks before the leave, in the", 10,
               False), ("   HR portal or by email.", 10, False), ("\u2022 Use them by March.", 10, False),
              (FOOTER.format(1), 8, False)]]
    for n, kind in enumerate(("Sick", "Parental", "Unpaid"), start=2):
        text = f"{kind} leave is not counted as annual leave, rule {n}."
        pages.append([(f"{n}. {kind} leave", 14, True), (text, 10, False), (FOOTER.format(n), 8, False)])
    document = load_bytes("handbook.pdf", make_pdf(pages))
    assert "Internal" not in document.text and document.warnings == []
    assert document.headings_at(document.text.index(body)) == ("Staff handbook", "Annual leave")
    assert document.headings_at(document.text.index("Up to five")) == ("Staff handbook", "Annual leave", "Carry-over")
    assert document.headings_at(document.text.index("rule 3")) == ("Staff handbook", "3. Parental leave")
    items = [document.text[start:document.text.index("\n", start)] for start in document.items]
    assert items == ["Ask your manager first, in writing, and at the latest four weeks before the leave, in the HR "
                     "portal or by email.", "Use them by March."]  # a wrapped item goes on where it is indented


def test_pdf_tables_are_read_by_their_columns_as_other_formats_tables_are():
    """A PDF table is text set in columns under a bold header: each row one line, its cells named by
    the header's ("Ticket: Adult single; Zone A: £2.20; …") under its first cell; a cell wrapped in
    its column goes on the row above; the prose after the table is prose again."""
    from .pdfs import make_pdf

    def row(*cells: str) -> list[tuple[float, str]]:
        return [(x, cell) for x, cell in zip((50, 250, 400), cells) if cell]
    lines = [("Fares", 14, True), ("Fares below include VAT where it applies:", 10, False),
             (row("Ticket", "Zone A", "Zone B"), 10, True), (row("Adult single", "£2.20", "£1.90"), 10, False),
             (row("Adult day ticket", "£4.80", "£4.20"), 10, False),
             (row("Young person single", "£1.10", "Free with the"), 10, False),
             (row("(5 to 18)", "", "pass"), 10, False),
             ("A Group day ticket costs £14.00 and covers up to 5 people travelling together in all the zones.", 10,
              False)]
    passages = {p.text: p for p in split_passages(load_bytes("fares.pdf", make_pdf([lines])))}
    adult = passages["Ticket: Adult single; Zone A: £2.20; Zone B: £1.90"]
    assert adult.section == "Fares › Adult single" and not adult.heading
    assert "Ticket: Young person single (5 to 18); Zone A: £1.10; Zone B: Free with the pass" in passages
    assert passages["A Group day ticket costs £14.00 and covers up to 5 people travelling together in all the "
                    "zones."].section == "Fares"
    assert not any(text.startswith("Ticket Zone A") for text in passages)


def test_pdf_rows_with_a_dash_for_none_and_a_number_wrapped_to_a_line_start():
    """A dash alone in a cell ("-": none) stops no phrase, so the next row is a row of its own, not
    joined to it ("2 Urgent 3 Routine…" was one row); a number wrapped to the start of a line ("…
    version" then "5. Approved…") goes on the sentence, while a list that starts at 1 stays a list."""
    from .pdfs import make_pdf

    def row(*cells: str) -> list[tuple[float, str]]:
        return [(x, cell) for x, cell in zip((50, 250, 400), cells) if cell]
    wide = "Hollowbrook Homes, Mill House, Tanner Street, Eastleigh Vale. Policy RP-02, version"
    lines = [("Repairs", 14, True), (wide, 10, False),
             ("5. Approved by the Board on 14 September 2027 and in force from 1 November 2027.", 10, False),
             ("When a repair is reported:", 10, False), ("1. We ask for a description.", 10, False),
             ("2. We book an appointment.", 10, False),
             (row("Priority", "We attend", "We complete"), 10, True), (row("1 Emergency", "4 hours", "24 hours"), 10,
                                                                       False),
             (row("2 Urgent", "-", "3 working days"), 10, False), (row("3 Routine", "-", "20 working days"), 10, False)]
    document = load_bytes("repairs.pdf", make_pdf([lines]))
    passages = {p.text: p for p in split_passages(document)}
    assert "Priority: 2 Urgent; We attend: -; We complete: 3 working days" in passages
    assert "Priority: 3 Routine; We attend: -; We complete: 20 working days" in passages
    assert "Policy RP-02, version 5." in document.text.replace("\n", " ")
    approved = next(p for text, p in passages.items() if "Approved by the Board" in text)
    assert not approved.item and not approved.text.startswith("5.")
    assert passages["1. We ask for a description."].item and passages["2. We book an appointment."].item


def test_pdf_title_and_a_numbered_heading_in_the_same_type_stay_two_headings():
    """A title set in the type of the sections' headings is not run into the first of them ("…Expense
    Guidelines 1. Meals and hotels" was one heading); a title on two lines is still one."""
    from .pdfs import make_pdf

    lines = [("Corvina Marine Instruments", 16, True), ("Expense Guidelines", 16, True),
             ("1. Meals and hotels", 16, True), ("Alcohol is never reimbursed.", 10, False),
             ("2. Mileage", 16, True), ("A private car is paid at 45p a mile.", 10, False)]
    document = load_bytes("expenses.pdf", make_pdf([lines]))
    assert document.headings_at(document.text.index("Alcohol")) == ("1. Meals and hotels",)
    assert "Corvina Marine Instruments Expense Guidelines\n" in document.text


def test_pdf_running_lines_of_two_pages_and_two_lines_are_dropped_and_a_tables_header_stays():
    """A two-page PDF's header and its two-line footer ("Acme Ltd – Price List 2026", then "Page 1 of 2")
    recur on both pages: none is text; the table's bold header repeated atop page 2 is the table's."""
    from .pdfs import make_pdf

    def row(*cells: str) -> list[tuple[float, str]]:
        return [(x, cell) for x, cell in zip((50, 250, 400), cells) if cell]
    header = ("Acme Optics – Warranty and Prices WT-3", 8, False)
    pages = []
    for n, parts in ((1, [("VX-1", "£10.00", "3 days"), ("VX-2", "£12.50", "5 days")]),
                     (2, [("VX-3", "£57.40", "15 days"), ("VX-4", "£8.20", "2 days")])):
        lines = [header] + ([("Prices", 14, True), ("Trade prices for 2026 follow.", 10, False)] if n == 1 else [])
        lines += [(row("Part number", "Unit price", "Lead time"), 10, True)]
        lines += [(row(*part), 10, False) for part in parts]
        lines += [("Acme Optics Ltd – Trade Price List 2026 Commercial in confidence", 8, False),
                  (f"Prices exclude VAT. Page {n} of 2", 8, False)]
        pages.append(lines)
    document = load_bytes("prices.pdf", make_pdf(pages))
    assert "confidence" not in document.text and "Page 1 of 2" not in document.text and "WT-3" not in document.text
    passages = {p.text for p in split_passages(document)}
    assert "Part number: VX-3; Unit price: £57.40; Lead time: 15 days" in passages


def test_a_pdf_line_broken_early_mid_phrase_goes_on():
    """A line much shorter than the page's that stops mid-phrase ("…are shipped within", as justified or
    hand-broken text is) goes on into the next: one sentence, not two fragments."""
    from .pdfs import make_pdf

    lines = [("4. What we do", 14, True),
             ("If the claim is accepted we replace the lens free of charge; if that lens is no longer made we", 10,
              False),
             ("refund the price paid. Replacement lenses are shipped within", 10, False),
             ("12 working days of the claim being accepted.", 10, False),
             ("Short line ending a sentence.", 10, False), ("Another one.", 10, False)]
    passages = {p.text for p in split_passages(load_bytes("warranty.pdf", make_pdf([lines])))}
    assert "Replacement lenses are shipped within 12 working days of the claim being accepted." in passages
    assert "Another one." in passages


def test_a_two_column_pdf_page_is_read_a_column_at_a_time():
    """A noticeboard set in two columns: the left column's sentences whole, then the right's, each under
    its own heading, not the lines run across the gutter into one another (nor read as a table)."""
    from .pdfs import make_pdf

    def across(left: str, right: str) -> list[tuple[float, str]]:
        return [(50, left), (310, right)]
    lines = [("Noticeboard - April 2026", 18, True),
             (across("Canteen opening hours", "Car-share scheme"), 13, True),
             (across("The canteen in Building 2 opens", "Staff who share a car to work get"), 10, False),
             (across("at 07:15 and closes at 14:30 on", "a reserved space in bays 20 to 25."), 10, False),
             (across("weekdays. Hot food is served from", "To join, register with Rhodri in"), 10, False),
             (across("11:45 only, and never at weekends.", "Facilities by the last Friday."), 10, False),
             ("Printed by Facilities, Building 4", 8, False)]
    passages = {p.text: p for p in split_passages(load_bytes("board.pdf", make_pdf([lines])))}
    canteen = passages["The canteen in Building 2 opens at 07:15 and closes at 14:30 on weekdays."]
    assert canteen.section.endswith("Canteen opening hours")
    assert "Hot food is served from 11:45 only, and never at weekends." in passages
    assert passages["To join, register with Rhodri in Facilities by the last Friday."].section.endswith(
        "Car-share scheme")


def _pdf_writer():
    from pypdf import PdfReader, PdfWriter

    return PdfWriter(clone_from=PdfReader(io.BytesIO(PDF.read_bytes()))), PdfReader, PdfWriter


def _pdf_bytes(writer) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_page_without_text_is_a_warning():
    writer, _, _ = _pdf_writer()
    writer.add_blank_page(612, 792)
    document = load_bytes("scan-at-end.pdf", _pdf_bytes(writer))
    assert document.warnings == ["page 6 has no text layer (scanned?)"]


def test_long_pdf_page_by_page_with_progress():
    from pypdf import PdfReader, PdfWriter

    reader, writer = PdfReader(io.BytesIO(PDF.read_bytes())), PdfWriter()
    for _ in range(100):
        for page in reader.pages:
            writer.add_page(page)
    seen = []
    document = load_bytes("long.pdf", _pdf_bytes(writer), on_page=lambda done, total: seen.append((done, total)))
    assert len(document.pages) == 500 and document.page_at(len(document.text) - 1) == 500
    assert seen == [(n, 500) for n in range(1, 501)]


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _zip_bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document/>")
        with archive.open("word/media/huge.bin", "w", force_zip64=True) as member:
            chunk = b"\x00" * 1_000_000
            for _ in range(60):
                member.write(chunk)
    return out.getvalue()


def _encrypted_pdf() -> bytes:
    writer, _, _ = _pdf_writer()
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    return _pdf_bytes(writer)


def _image_only_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.add_blank_page(612, 792)
    return _pdf_bytes(writer)


HOSTILE = {
    "encrypted.pdf": (_encrypted_pdf, "is encrypted"),
    "truncated.pdf": (lambda: PDF.read_bytes()[: len(PDF.read_bytes()) // 2], "truncated"),
    "corrupt.pdf": (lambda: b"%PDF-1.7\n" + b"\x13garbage" * 200 + b"\n%%EOF\n", "cannot be read as a PDF"),
    "scanned.pdf": (_image_only_pdf, r"no text layer \(scanned\?\)"),
    "page.pdf": (lambda: b"<!doctype html><html><body><p>Not a PDF</p></body></html>", "not a PDF"),
    "notzip.docx": (lambda: b"This is plain text saved with a .docx name.", "not a zip"),
    "other.docx": (lambda: _zip({"hello.txt": b"hi"}), "not a Word document"),
    "broken.docx": (lambda: _zip({"word/document.xml": b"<not xml", "[Content_Types].xml": b"<"}),
                    "cannot be read as a Word document"),
    "bomb.docx": (_zip_bomb, "zip bomb"),
    "bigxml.docx": (lambda: _zip({"word/document.xml": b" " * 51_000_000}), "text parts unzip to 51 MB"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files_are_one_clear_line(name):
    make, message = HOSTILE[name]
    with pytest.raises(BadInput, match=message) as caught:
        load_bytes(name, make())
    assert "\n" not in str(caught.value) and str(caught.value).startswith(name)


@pytest.mark.parametrize("codec,text", [
    ("cp1252", "The café’s “special” costs 5€ — naïve résumé.\nSecond line, façade."),
    ("latin-1", "Grüße aus Köln: café, señor, ça va très bien."),
    ("utf-16", "UTF-16 with a byte order mark: naïve café."),
    ("utf-8-sig", "UTF-8 with a byte order mark: naïve café."),
])
def test_text_in_any_encoding(codec, text):
    assert load_bytes("notes.txt", text.encode(codec)).text == text


def test_binary_text_file_is_still_refused():
    with pytest.raises(BadInput, match="binary"):
        load_bytes("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 40)


def test_suffixes_and_messages_name_the_new_types():
    assert {".pdf", ".docx", ".csv", ".xlsx"} <= SUFFIXES
    with pytest.raises(BadInput, match=r"use \.txt, \.md, \.html, \.pdf, \.docx, \.csv or \.xlsx"):
        load_bytes("slides.pptx", b"PK")


@pytest.mark.slow
def test_cli_ingests_a_pdf(fake_env):
    result = run_cli(["ingest", str(PDF.relative_to(DATA.parent.parent))], fake_env)
    assert result.returncode == 0, result.stderr
    assert "ingested 1 document(s)" in result.stdout


@pytest.mark.slow
def test_cli_refuses_a_hostile_file_in_one_line(fake_env, tmp_path):
    fake = tmp_path / "report.pdf"
    fake.write_bytes(b"<html><body>not a pdf</body></html>")
    result = run_cli(["ingest", str(fake)], fake_env)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "not a PDF" in result.stderr


WRAPPED = """\
SAFETY PROCEDURES
=================

1. Contacts
-----------

    Duty manager ......................... 07700 900 411
    Health and Safety Manager,
      Aisha Bello ........................ 07700 900 433
    Eastfield ............................ Tue 12:00-15:00
                                           Fri 10:00-13:00
    WLC pool hall and changing rooms ..... Point 2, rear car
                                           park by the plant
                                           room gate

2. Pools
--------

    Pool                Max     Lifeguards      pH
                        bathers on poolside
    ------------------  ------- --------------  -------
    Main pool, WLC      160     2 (3 over 80)   7.2-7.4
    AMPF pool           90      1               7.2-7.6

    Classification      Examples                 What happens
    ------------------  -----------------------  ------------------
    Immediately         A gas escape, a flue     Turned off and
    Dangerous (ID)      spilling fumes           disconnected
    At Risk (AR)        No air vent              Turned off
    Puppies and kittens No more than 4 hours'
    under 16 weeks      fast
    qPCR system         both                     Site lab managers
"""


def test_plain_text_records_and_table_rows_wrapped_onto_more_lines_are_read_whole():
    """A record's name or value, and a table's header or cells, wrapped onto the next lines are one
    record, one header, one row; a value lined up under another that starts anew is another value."""
    passages = {p.text for p in split_passages(load_bytes("procedures.txt", WRAPPED.encode()))}
    assert "Health and Safety Manager, Aisha Bello: 07700 900 433" in passages
    assert "Eastfield: Tue 12:00-15:00; Fri 10:00-13:00" in passages
    assert "WLC pool hall and changing rooms: Point 2, rear car park by the plant room gate" in passages
    assert "Pool: Main pool, WLC; Max bathers: 160; Lifeguards on poolside: 2 (3 over 80); pH: 7.2-7.4" in passages
    assert "Classification: Immediately Dangerous (ID); Examples: A gas escape, a flue spilling fumes; " \
           "What happens: Turned off and disconnected" in passages
    assert "Classification: At Risk (AR); Examples: No air vent; What happens: Turned off" in passages
    assert "Classification: Puppies and kittens under 16 weeks; Examples: No more than 4 hours' fast" in passages
    assert "Classification: qPCR system; Examples: both; What happens: Site lab managers" in passages
