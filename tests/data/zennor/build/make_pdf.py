"""Builds docs/subcontractor-payment-policy.pdf: adapted from yarrowby's make_pdf.py (itself wrenfield's and the
earlier sets'): lines of Helvetica text written by PDFium, table cells at fixed x positions, a bold header row, a
footer with page numbers. Words are never split at hyphens, so quotes stay verbatim after text extraction. A table row
is ("TD", cells) and uses the column positions set by the last ("COLS", [...]) entry; ("N", text) is a numbered step
written like a bullet with its own number. Each table is kept on one page with the paragraph that introduces it, and
each heading with the lines after it."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/zennor
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Subcontractor Payment and Compliance Policy"),
 ("P", "Zennor Build Ltd, Foundry House, 8 Weir Road, Pelworth PW3 5TE. Policy SC-03, version 4. Approved by the "
       "Board on 10 December 2029 and in force for subcontract orders issued from Monday 7 January 2030; next review "
       "December 2031. Owner: Nadia Okafor, Commercial Director. This version replaces version 3 of March 2028."),
 ("H", "1. About this policy"),
 ("P", "This policy sets out how we pay our subcontractors and what we need from them before and while they work on "
       "our sites in the Pelworth and Kestlemoor regions. It applies to labour-only, supply-and-fix and specialist "
       "design subcontractors. It does not apply to suppliers who only deliver materials or to plant hire companies, "
       "who are paid on our purchase order terms. Where a subcontract order says something different from this "
       "policy, the order applies."),
 ("H", "2. What changed in version 4"),
 ("B", "Subcontracts under £50,000 are now paid within 30 days of the application date, instead of 45 days."),
 ("B", "Retention on subcontracts over £250,000 is now 3%, instead of 5%."),
 ("B", "Half of the retention is now released at practical completion, instead of all of it at the end of the "
       "defects period."),
 ("B", "Employer's liability insurance of at least £10 million is now needed for every trade, instead of £5 million."),
 ("B", "Applications for payment must now reach us by the 20th of the month, instead of the 25th."),
 ("B", "Risk assessments and method statements must now reach the Site Manager 5 working days before you start, "
       "instead of 3 working days."),
 ("B", "Small local subcontractors can now ask to be paid within 21 days, instead of 28 days."),
 ("H", "3. Before you start on site"),
 ("P", "Every subcontractor must be approved on ZenPass, our supply chain portal, before we issue an order. To get "
       "approved and start work:"),
 ("N", "1. Register on ZenPass and upload your company details, your Unique Taxpayer Reference for the Construction "
       "Industry Scheme (CIS), your insurance certificates and your health and safety policy."),
 ("N", "2. Our Supply Chain team checks your documents within 10 working days and verifies your CIS status with "
       "HMRC."),
 ("N", "3. Once you are approved, we send you a subcontract order with the value, the programme and the payment "
       "terms."),
 ("N", "4. Send your risk assessments and method statements (RAMS) to the Site Manager at least 5 working days "
       "before you start. No work starts until the Site Manager has accepted them."),
 ("N", "5. Book a site induction for each operative. Every operative must bring a valid CSCS card, or a CPCS or "
       "NPORS card to operate plant."),
 ("P", "Approval lasts 12 months. We suspend your approval, and you may not work on our sites, if any insurance "
       "lapses, so upload renewed certificates to ZenPass before the expiry date it shows."),
 ("H", "4. Insurance minimums by trade"),
 ("P", "You must hold at least the following cover, for each claim, for the whole time you work for us. Sole traders "
       "with no employees do not need employer's liability insurance but must hold the public liability cover for "
       "their trade:"),
 ("COLS", [50, 240, 355, 460]),
 ("TH", ["Trade", "Employer's liability", "Public liability", "Professional indemnity"]),
 ("TD", ["Groundworks and drainage", "£10 million", "£5 million", "Not needed"]),
 ("TD", ["Scaffolding", "£10 million", "£10 million", "Not needed"]),
 ("TD", ["Roofing and cladding", "£10 million", "£5 million", "Not needed"]),
 ("TD", ["Steel frame erection", "£10 million", "£10 million", "Not needed"]),
 ("TD", ["Mechanical and electrical", "£10 million", "£5 million", "£2 million (design only)"]),
 ("TD", ["Demolition and asbestos removal", "£10 million", "£10 million", "Not needed"]),
 ("TD", ["Plastering, drylining and decorating", "£10 million", "£2 million", "Not needed"]),
 ("TD", ["Labour-only (no plant or materials)", "£10 million", "£2 million", "Not needed"]),
 ("P", "Asbestos removal contractors must also hold a licence from the Health and Safety Executive for licensed "
       "work. Any subcontractor that designs part of the works, such as a mechanical and electrical design, needs "
       "the professional indemnity cover shown, kept for 6 years after practical completion."),
 ("H", "5. Applying for payment"),
 ("P", "Apply once a month. The application date is the 20th of the month; an application that reaches us after the "
       "20th is dealt with in the next month's cycle. To apply and be paid:"),
 ("N", "1. By the 20th of the month, submit your application on ZenPass with a breakdown of the work done, any "
       "variations and day work sheets signed by the Site Manager."),
 ("N", "2. Our quantity surveyor values the work within 7 days and may walk the site with you."),
 ("N", "3. We issue a payment notice within 5 days of the application date, showing the sum we consider due and how "
       "we worked it out."),
 ("N", "4. If we intend to pay less than the notified sum, we send a pay less notice at least 7 days before the "
       "final date for payment, giving our reasons."),
 ("N", "5. We pay by BACS by the final date for payment, less retention and any CIS deduction."),
 ("P", "The final date for payment depends on the subcontract value, which is the order value including agreed "
       "variations:"),
 ("COLS", [50, 235, 430]),
 ("TH", ["Subcontract value", "Final date for payment", "Valuations"]),
 ("TD", ["Under £50,000", "30 days after the application date", "Monthly"]),
 ("TD", ["£50,000 to £250,000", "35 days after the application date", "Monthly"]),
 ("TD", ["Over £250,000 to £1 million", "45 days after the application date", "Monthly"]),
 ("TD", ["Over £1 million", "45 days after the application date", "Fortnightly if agreed"]),
 ("P", "Small local subcontractors, with fewer than 10 staff and based within 30 miles of the site, are paid within 21 "
       "days of the application date, whatever the subcontract value, if they ask for it on ZenPass. A payment that "
       "falls due on a weekend or bank holiday is made on the working day before. We never pay on a \"pay when "
       "paid\" basis: we pay you even if our client has not yet paid us."),
 ("H", "6. Construction Industry Scheme deductions"),
 ("P", "We verify every subcontractor with HMRC and deduct tax from the labour part of each payment at the rate HMRC "
       "gives us: 0% for subcontractors with gross payment status, 20% for registered subcontractors and 30% for "
       "subcontractors who are not registered. Nothing is deducted from the cost of materials if you show it "
       "separately on your application. We send a CIS statement for each tax month by the 19th of the next month."),
 ("H", "7. Retention"),
 ("P", "We hold back retention from each payment as security for putting right defects. The rate and the release "
       "depend on the subcontract value:"),
 ("COLS", [50, 245, 310, 440]),
 ("TH", ["Subcontract value", "Retention", "At practical completion", "After the defects period"]),
 ("TD", ["Under £50,000", "None", "Not applicable", "Not applicable"]),
 ("TD", ["£50,000 to £250,000", "5%", "2.5% released", "2.5% after 12 months"]),
 ("TD", ["Over £250,000", "3%", "1.5% released", "1.5% after 12 months"]),
 ("TD", ["Mechanical and electrical over £50,000", "3%", "1.5% released", "1.5% after 24 months"]),
 ("P", "The defects period starts at practical completion of the whole building, not of your own package. We release "
       "the second half within 30 days of the end of the defects period, once you have put right every defect we "
       "notified to you. If you do not put a defect right within 14 days of our notice, we may have it put right by "
       "others and take the cost from your retention."),
 ("H", "8. Health and safety on our sites"),
 ("P", "Your operatives follow our site rules, the Site Manager's instructions and our Permit to Work Procedure, "
       "PTW-01. Only our authorised persons issue permits. Our Site Managers deal with unsafe acts in three steps:"),
 ("B", "A first unsafe act: a verbal warning, recorded on SiteSafe."),
 ("B", "A second unsafe act by the same operative within 3 months: a yellow card and a meeting with your supervisor "
       "and the Site Manager."),
 ("B", "A third unsafe act, or any serious one, such as working at height without edge protection, doing hot work or "
       "entering a confined space without a permit, or being under the influence of drink or drugs: a red card and "
       "removal from all our sites for at least 6 months."),
 ("P", "We do not pay for work done by an operative who has no valid CSCS card or has not had our site induction. If "
       "we have to clear up or make safe after you, we charge the cost at the day work rates in your order."),
 ("H", "9. Variations, day work and the final account"),
 ("P", "Do no extra work without a written instruction from the Site Manager or our quantity surveyor: we do not pay "
       "for work done without one. Send us your price for each instruction within 10 working days of receiving it. "
       "Day work is paid only if the Site Manager has signed the sheets by the end of the next working day, at the "
       "labour rates in your order plus 15% on materials and 10% on plant. Send your final account within 3 months "
       "of finishing your package; our quantity surveyor agrees it with you within 3 months of receiving it, and "
       "any balance is paid with the next payment cycle."),
 ("H", "10. Late payment and disputes"),
 ("P", "If a payment is late or wrong, contact Accounts Payable on 01632 960 233 first, then the Supply Chain "
       "Manager, Priyanka Shah, on 07700 900 681. You may claim interest at 8% over the Bank of England base rate, "
       "suspend work after giving us 7 days' notice if we have not paid by the final date for payment, and refer a "
       "dispute to adjudication at any time. To report a safety concern in confidence, phone the Head of HSE on "
       "07700 900 612."),
]

def lines_for(kind, text):
    wrap = lambda t, w: textwrap.wrap(t, w, break_on_hyphens=False)
    if kind == "T":
        return [(text, 20, True)]
    if kind == "H":
        return [(text, 13, True)]
    if kind == "P":
        return [(l, 10, False) for l in wrap(text, 92)]
    if kind == "B":
        w = wrap(text, 86)
        return [(B + w[0], 10, False)] + [("    " + l, 10, False) for l in w[1:]]
    if kind == "N":
        w = wrap(text, 86)
        return [(w[0], 10, False)] + [("    " + l, 10, False) for l in w[1:]]
    if kind in ("TH", "TD"):
        return [(text, 10, kind == "TH")]


def make_pdf(pages):
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
        for text, size, bold, cols in lines:
            if text == "":
                y -= size * 1.6
                continue
            if isinstance(text, list):
                for x, cell in zip(cols, text):
                    put(page, cell, size, bold, x, y)
            else:
                put(page, text, size, bold, 50, y)
            y -= size * 1.6
        pdfium_c.FPDFPage_GenerateContent(page.raw)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


pages, cur, y, cols = [], [], 750.0, None
for i, (kind, text) in enumerate(doc):
    if kind == "COLS":
        cols = text
        continue
    block = [(t, s, b, cols) for t, s, b in lines_for(kind, text)]
    if kind == "H" and cur:
        block = [("", 6, False, None)] + block
    need = sum(l[1] * 1.6 for l in block) + (40 if kind == "H" else 0)
    def table_height(j):  # height of the table whose "TH" row is doc[j] (after any "COLS")
        while j < len(doc) and doc[j][0] == "COLS":
            j += 1
        if j >= len(doc) or doc[j][0] != "TH":
            return 0
        h = 16; j += 1
        while j < len(doc) and doc[j][0] == "TD":
            h += 16; j += 1
        return h
    if kind == "TH":  # keep a table on one page
        need += table_height(i) - 16
    elif kind == "P":  # keep a paragraph that introduces a table with its table
        need += table_height(i + 1)
    if kind == "H" and i + 1 < len(doc) and doc[i + 1][0] != "COLS":  # keep a heading with the next lines
        n = len(lines_for(doc[i + 1][0], doc[i + 1][1]))
        need += 16 * n + table_height(i + 2) if doc[i + 1][0] == "P" and table_height(i + 2) else 16 * min(3, n)
    if y - need < 60 and cur:
        pages.append(cur); cur, y = [], 750.0
    for l in block:
        if l[0] == "" and not cur:
            continue
        cur.append(l); y -= l[1] * 1.6
pages.append(cur)
out = []
for i, p in enumerate(pages, 1):
    used = sum(l[1] * 1.6 for l in p)
    pad = [("", 10, False, None)] * max(0, int((750 - 50 - used) / 16))
    out.append(p + pad + [(f"Zennor Build Ltd \u00b7 Subcontractor Payment and Compliance Policy SC-03 \u00b7 Version 4 \u00b7 "
                           f"Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "subcontractor-payment-policy.pdf", "wb").write(make_pdf(out))
