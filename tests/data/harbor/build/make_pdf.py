"""Builds docs/benefits-leave-faq.pdf: the same approach as northwind's make_pdf.py (lines of Helvetica text
written by PDFium), plus table rows whose cells sit in columns at fixed x positions."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/harbor
import ctypes, io, textwrap

B = "\u2022 "
TITLE = "Harbor Logistics Benefits and Leave FAQ"

doc = [
 ("T", TITLE),
 ("P", "For employees of Harbor Logistics B.V. in the Netherlands, Belgium and Germany. Effective 1 January 2027. "
       "Owned by People & Culture; questions to benefits@harborlogistics.example or through a HarborHR ticket. "
       "Where your employment contract or a collective agreement gives you more, that applies instead."),
 ("H", "How much annual leave do I get?"),
 ("P", "Full-time employees get 26 days of paid annual leave per calendar year, on top of the public holidays "
       "of the country where you work. You get one extra day after 5 years of service and two extra days "
       "after 10 years. Part-time employees receive leave in proportion to their contracted hours. Drivers "
       "on the night roster get 2 additional days per year because of the irregular hours."),
 ("H", "Can I carry over leave I have not used?"),
 ("P", "Yes, up to 8 days. Carried-over days must be taken by 30 June of the following year, after which "
       "they expire. Days above the 8-day limit expire on 31 December unless your manager agreed in writing "
       "that operational needs stopped you from taking them."),
 ("H", "Can I buy or sell leave days?"),
 ("P", "You can buy up to 5 extra days of leave once a year, during the benefits window in November. The "
       "cost is deducted from your gross salary in twelve monthly instalments. Selling leave days back to "
       "Harbor is not possible, because we want everyone to take real time off."),
 ("H", "How do I request leave?"),
 ("N", "1. Check the team calendar in HarborHR for colleagues who are already off on the same days."),
 ("N", "2. Submit the request in HarborHR at least 4 weeks ahead for more than 5 working days in a row, "
       "and at least 3 working days ahead for shorter leave."),
 ("N", "3. Your manager approves or rejects the request in HarborHR within 5 working days."),
 ("N", "4. Depot staff: during the peak season, from 15 November to 10 January, only up to 5 consecutive "
       "working days can be approved."),
 ("N", "5. Once approved, block the days in your Outlook calendar and set an out-of-office message."),
 ("H", "What do I do if I am sick?"),
 ("P", "Call your manager before 09:00 on your first day of sickness; drivers and depot staff must call "
       "before the start of their shift. A text message or email is not enough. Record the absence in "
       "HarborHR on the same day. If you are off for more than two weeks, our occupational health "
       "service, WorkWell, will contact you to plan your return."),
 ("P", "Harbor pays 100% of your salary for the first 52 weeks of illness and 70% for the next 52 weeks. "
       "This is more than the legal minimum in the Netherlands, where employers only have to pay 70%."),
 ("BR", ""),
 ("H", "What leave is there for new parents?"),
 ("P", "The birth parent gets 16 weeks of pregnancy and maternity leave, paid in full. The partner gets "
       "1 week of birth leave paid in full, and may then take up to 5 weeks of additional birth leave in "
       "the first six months; Harbor tops up the statutory benefit for those weeks to 100% of salary. "
       "Adoptive and foster parents get 6 weeks of leave, paid in full. All parents can also take "
       "parental leave of up to 26 times their weekly working hours before the child turns eight. The "
       "first 9 weeks of it are paid at 70% by the state benefits agency; the rest is unpaid."),
 ("H", "What other paid leave can I take?"),
 ("P", "Special leave is paid in full and does not come out of your annual leave:"),
 ("B", "your own wedding or registered partnership: 2 days;"),
 ("B", "moving house: 1 day, once per calendar year;"),
 ("B", "death of a partner, child or parent: 5 days;"),
 ("B", "death of a brother, sister or grandparent: 2 days;"),
 ("B", "a medical appointment that cannot be scheduled outside working hours: the time needed, up to "
       "4 hours per appointment."),
 ("H", "How does the pension scheme work?"),
 ("P", "Every employee joins the Harbor pension scheme automatically on their first working day, and it "
       "is not possible to opt out. Contributions are a percentage of your pensionable salary and depend "
       "on your age:"),
 ("TR", ["Age", "Your contribution", "Harbor's contribution"]),
 ("TD", ["Under 30", "3%", "6%"]),
 ("TD", ["30 to 44", "4%", "8%"]),
 ("TD", ["45 and over", "5%", "10%"]),
 ("P", "You can make extra voluntary contributions of up to 5% of your salary through HarborHR. Harbor "
       "does not match voluntary contributions."),
 ("H", "Is there a health insurance discount?"),
 ("P", "Harbor has a collective health insurance contract with Zorgpunt. Employees and their family "
       "members get 10% off supplementary insurance. The basic insurance is not discounted. You can "
       "switch to Zorgpunt only at the end of the calendar year."),
 ("BR", ""),
 ("H", "Do I get a travel allowance for my commute?"),
 ("P", "If you do not have a company car, you receive EUR 0.23 per kilometre for commuting, for up to 40 "
       "km each way, paid with your salary based on the days you actually travel. Alternatively you can "
       "ask for a public transport business card, which covers your commute in full. Through the bike "
       "lease scheme you can lease a bicycle or e-bike worth up to EUR 3,000 over 36 months, paid from "
       "your gross salary."),
 ("H", "Is there a wellbeing budget?"),
 ("P", "Yes. Every employee has a wellbeing budget of EUR 300 per calendar year for a gym or sports "
       "club membership, sports equipment or courses such as yoga or mindfulness. Claim it as an expense "
       "in HarborHR with the receipt attached; claims must be submitted by 15 December. Unused budget "
       "does not carry over to the next year."),
 ("P", "You and the people in your household can also use the employee assistance programme, OpenMind, "
       "for up to 6 free and confidential counselling sessions per year, by phone or video. Harbor is "
       "never told who uses it."),
 ("H", "Do these benefits apply to contractors and agency workers?"),
 ("P", "No. The benefits in this FAQ apply to employees only. Contractors and agency workers receive "
       "leave and benefits through their own agency or company. The one exception is OpenMind, which "
       "contractors and agency workers may also use while they work at Harbor."),
 ("H", "Who can I ask about my benefits?"),
 ("P", "Raise a ticket in HarborHR under Benefits, or email benefits@harborlogistics.example. People & "
       "Culture answers within 3 working days. For pension questions you can also call the pension fund "
       "directly on +31 20 555 0312."),
]

COLS = [50, 200, 350]  # x positions of the table columns


def lines_for(kind, text):
    if kind == "T":
        return [(text, 20, True)]
    if kind == "H":
        return [(text, 13, True)]
    if kind == "P":
        return [(l, 10, False) for l in textwrap.wrap(text, 92)]
    if kind in ("B", "N"):
        w = textwrap.wrap(text, 86)
        first = (B + w[0]) if kind == "B" else w[0]
        return [(first, 10, False)] + [("    " + l, 10, False) for l in w[1:]]
    if kind in ("TR", "TD"):
        return [(text, 10, kind == "TR")]


def make_pdf(pages):
    """Like tests/ingest/pdfs.make_pdf, but a line's text may be a list of table cells."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument.new()

    def put(page, text, size, bold, x, y):
        font = b"Helvetica-Bold" if bold else b"Helvetica"
        obj = pdfium_c.FPDFPageObj_NewTextObj(document.raw, font, ctypes.c_float(size))
        wide = (text + "\0").encode("utf-16-le")
        buffer = ctypes.create_string_buffer(wide, len(wide))
        pdfium_c.FPDFText_SetText(obj, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
        pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
        pdfium_c.FPDFPage_InsertObject(page.raw, obj)

    for lines in pages:
        page = document.new_page(612, 792)
        y = 750.0
        for text, size, bold in lines:
            if text == "":
                y -= size * 1.6
                continue
            if isinstance(text, list):
                for x, cell in zip(COLS, text):
                    put(page, cell, size, bold, x, y)
            else:
                put(page, text, size, bold, 50, y)
            y -= size * 1.6
        pdfium_c.FPDFPage_GenerateContent(page.raw)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


pages, cur, y = [], [], 750.0
for kind, text in doc:
    if kind == "BR":
        pages.append(cur); cur, y = [], 750.0
        continue
    block = lines_for(kind, text)
    if kind == "H" and cur:
        block = [("", 6, False)] + block  # space above a question heading
    need = sum(s * 1.6 for _, s, _ in block) + (40 if kind == "H" else 0)
    if y - need < 60 and cur:
        pages.append(cur); cur, y = [], 750.0
    for l in block:
        if l[0] == "" and not cur:
            continue
        cur.append(l); y -= l[1] * 1.6
pages.append(cur)
out = []
for i, p in enumerate(pages, 1):
    used = sum(s * 1.6 for _, s, _ in p)
    pad = [("", 10, False)] * max(0, int((750 - 50 - used) / 16))  # push the footer towards the bottom
    out.append(p + pad + [(f"Harbor Logistics · Benefits and Leave FAQ 2027 · People & Culture · Page {i} of {len(pages)}", 8, False)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for _, t in doc)
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "benefits-leave-faq.pdf", "wb").write(make_pdf(out))
