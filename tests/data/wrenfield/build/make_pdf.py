"""Builds docs/membership-and-pricing-policy.pdf: adapted from hollowbrook's make_pdf.py (itself adapted from
thornbury's, pinecrest's, quayside's, brightwater's, ashcombe's and fernhill's): lines of Helvetica text written by
PDFium, table cells at fixed x positions, a footer with page numbers. Words are never split at hyphens, so quotes stay
verbatim after text extraction. A table row is ("TD", cells) and uses the column positions set by the last
("COLS", [...]) entry; ("N", text) is a numbered step written like a bullet with its own number."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/wrenfield
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Membership and Pricing Policy"),
 ("P", "Wrenfield Leisure Trust, Wrenfield Leisure Centre, Cooper Road, Wrenfield WQ4 6LT. Policy MP-03, version 6. "
       "Approved by the Trust Board on 22 February 2028 and in force from Saturday 1 April 2028; next review "
       "February 2029. Owner: Imran Sheikh, Membership and Customer Services Manager. This version replaces "
       "version 5 of April 2027."),
 ("H", "1. About this policy"),
 ("P", "This policy tells our customers what our memberships and swimming lessons cost at Wrenfield Leisure Centre "
       "and Ashby Moor Pool & Fitness, who can have a concession, and how to freeze or cancel a membership or ask "
       "for a refund. Prices for casual swims, court hire, children's parties and room hire are on the price list at "
       "reception and on our website, and are not covered by this policy. We give members at least 30 days' notice "
       "by email before any price goes up."),
 ("H", "2. What changed in version 6"),
 ("B", "Anytime membership at Wrenfield Leisure Centre is now £38.50 a month, instead of £36.00. At Ashby Moor "
       "Pool & Fitness it is now £31.00, instead of £29.50."),
 ("B", "The joining fee is now £15, instead of £25. There is still no joining fee for Junior or Swim Only "
       "memberships."),
 ("B", "Freezing a membership now costs £5 a month, instead of being free, except for medical reasons or "
       "pregnancy."),
 ("B", "The concession for people aged 65 or over is now 30% off, instead of 25%."),
 ("B", "Children's swimming lessons (30 minutes) now cost £27.50 a month at Wrenfield, instead of £26.00, and "
       "£26.00 a month at Ashby Moor, instead of £24.50."),
 ("B", "Notice to cancel a membership is now one calendar month, instead of two months."),
 ("H", "3. Types of membership"),
 ("B", "Anytime: the gym, swimming and all classes, at any time the centre is open. Anytime at Wrenfield includes "
       "Ashby Moor; Anytime members at Ashby Moor pay a £3 visit fee to use Wrenfield."),
 ("B", "Off-Peak: as Anytime, but only before 16:00 on weekdays and at any time at weekends and on bank holidays."),
 ("B", "Swim Only: public and lane swimming at any time the pool is open; no gym and no classes."),
 ("B", "Junior (11 to 17): swimming and junior classes, and the gym from age 14 after a junior gym induction, at "
       "Wrenfield only. The gym at Ashby Moor is for ages 16 and over."),
 ("B", "Family: Anytime for 2 adults and Junior for up to 3 children under 18 living at the same address."),
 ("P", "Memberships are paid by Direct Debit on the 1st of each month, with the first part month paid when you "
       "join. Anytime can also be paid 12 months up front, for the price of 10 months. Prices a month:"),
 ("COLS", [50, 280, 440]),
 ("TH", ["Membership", "Wrenfield Leisure Centre", "Ashby Moor Pool & Fitness"]),
 ("TD", ["Anytime (adult)", "£38.50", "£31.00"]),
 ("TD", ["Off-Peak (adult)", "£28.00", "£23.50"]),
 ("TD", ["Swim Only (adult)", "£24.00", "£21.00"]),
 ("TD", ["Junior (11 to 17)", "£17.00", "£14.50"]),
 ("TD", ["Family", "£79.00", "£64.00"]),
 ("TD", ["Anytime, 12 months paid up front", "£385.00 a year", "£310.00 a year"]),
 ("P", "The joining fee of £15 is paid for Anytime, Off-Peak and Family memberships. You must be 18 or over to hold "
       "an adult membership. Your membership card is yours alone: a card used by someone else is cancelled "
       "without a refund."),
 ("H", "4. Concessions"),
 ("P", "A concession takes a percentage off the monthly price of an Anytime, Off-Peak or Swim Only membership. Show "
       "the proof at reception when you join and again each April:"),
 ("COLS", [50, 300, 420]),
 ("TH", ["Who", "Discount", "Proof we need"]),
 ("TD", ["People aged 65 or over", "30% off", "Photo ID with date of birth"]),
 ("TD", ["Full-time students aged 18 or over", "20% off", "Student card for this year"]),
 ("TD", ["Wrenfield Leisure Card holders", "50% off", "Leisure Card"]),
 ("TD", ["Disabled people", "30% off, carer free", "Blue Badge or PIP letter"]),
 ("TD", ["Armed forces veterans", "20% off", "Veteran ID card"]),
 ("P", "Only one concession can be used at a time, and concessions do not apply to Family memberships or to Anytime "
       "paid 12 months up front. The Wrenfield Leisure Card is issued by the council to people on means-tested "
       "benefits; Leisure Card holders also get 50% off children's swimming lessons. No other concession applies to "
       "swimming lessons. A carer goes free only when with the disabled member, and needs a carer card from "
       "reception."),
 ("H", "5. Swimming lessons"),
 ("P", "Our swim school teaches Swim England Learn to Swim stages 1 to 10. Lessons run for 46 weeks a year: there "
       "are no lessons for two weeks at Christmas, one week at Easter or in August. The fee is spread over 12 equal "
       "monthly Direct Debit payments, taken on the 1st of the month. Stages 8 to 10 are taught at Wrenfield only, "
       "as they need the 25 m pool. Prices a month, for one lesson a week:"),
 ("COLS", [50, 300, 440]),
 ("TH", ["Lesson", "Wrenfield", "Ashby Moor"]),
 ("TD", ["Children, stages 1 to 7 (30 minutes)", "£27.50", "£26.00"]),
 ("TD", ["Children, stages 8 to 10 (45 minutes)", "£32.00", "Not offered"]),
 ("TD", ["Adults (30 minutes)", "£30.00", "£30.00"]),
 ("TD", ["Private 1-to-1 (30 minutes)", "£24.00 a lesson", "£24.00 a lesson"]),
 ("P", "The second and any further child from the same family gets 10% off children's lessons. Lessons are not "
       "included in any membership. A new child has a free 15-minute assessment before we offer a class, and "
       "children move up a stage when their teacher says they are ready, not at a set time."),
 ("H", "6. Freezing your membership"),
 ("P", "You can freeze a monthly membership for 1 to 3 months at a time, and for no more than 3 months in any 12 "
       "months. A freeze costs £5 a month, or nothing with a fit note or when you are pregnant. Ask at least 10 "
       "days before your next Direct Debit date. Anytime paid 12 months up front can only be frozen for medical "
       "reasons, and swimming lessons cannot be frozen. To freeze:"),
 ("N", "1. Choose Freeze membership in the WrenActive app or on our website, or fill in a freeze form at reception."),
 ("N", "2. Pick the first month and the number of months, and upload a fit note if the freeze is for medical "
       "reasons."),
 ("N", "3. We confirm by email within 2 working days, and take the £5 fee instead of your normal payment for each "
       "frozen month."),
 ("N", "4. Your membership starts again by itself at the end of the freeze, at the price that applies then."),
 ("H", "7. Cancelling your membership"),
 ("P", "Monthly memberships have no minimum term, except memberships taken on a promotional offer, which have a "
       "minimum term of 3 months. You must give one calendar month's notice, counted from the day we receive it. "
       "We cannot accept a cancellation by phone or at reception. To cancel:"),
 ("N", "1. Use the Cancel membership form in the WrenActive app or on our website, or email "
       "members@wrenfieldleisure.org.uk with your name and membership number."),
 ("N", "2. We email you within 5 working days to confirm the date of your last payment and of your last visit."),
 ("N", "3. Do not cancel the Direct Debit with your bank before your last payment. We charge £10 for each payment "
       "that fails."),
 ("N", "4. Your card stops working the day after your membership ends."),
 ("P", "Swimming lessons are cancelled in the same way, with one calendar month's notice, and the place is offered "
       "to the next child on the waiting list."),
 ("H", "8. Refunds"),
 ("P", "Whether we give a refund depends on what happened. Refunds are paid back to the card or bank account that "
       "paid:"),
 ("COLS", [50, 290, 480]),
 ("TH", ["What happened", "What you get", "Ask within"]),
 ("TD", ["You cancel in the first 14 days", "Full refund, less £5 a visit", "14 days of joining"]),
 ("TD", ["We cancel your class or lesson", "A credit, or a refund for it", "28 days"]),
 ("TD", ["A pool or gym is shut 7 days or more", "25% of that month's fee", "28 days"]),
 ("TD", ["Annual member with a fit note", "Unused months, less £25", "Any time"]),
 ("TD", ["A casual swim cut short by us", "A free return swim", "The same day"]),
 ("TD", ["You change your mind after 14 days", "No refund", "-"]),
 ("P", "We do not refund a membership for days when a centre is closed for a bank holiday, for a swimming gala "
       "that we told members about at least 14 days ahead, or for a short closure of part of the pool. To claim "
       "a refund:"),
 ("N", "1. Fill in the refund form in the WrenActive app or at reception, giving your membership number and the "
       "date of the session."),
 ("N", "2. The Membership Team checks the booking record and replies within 10 working days."),
 ("N", "3. Refunds over £100 are approved by the Centre Manager. We pay the refund within 5 working days of "
       "approving it."),
 ("H", "9. Missed payments"),
 ("P", "If a Direct Debit fails, we try again on the 15th of the month and charge £10. After two failed payments in "
       "a row your card is suspended until the arrears are paid; after three, the membership is cancelled and we "
       "may pass the debt to a collection agency."),
 ("H", "10. Complaints"),
 ("P", "If you are unhappy with how we applied this policy, speak to the duty manager or use the feedback form on "
       "our website. We reply within 10 working days. If you are still unhappy, the Chief Executive reviews your "
       "complaint and replies within 15 working days."),
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
    out.append(p + pad + [(f"Wrenfield Leisure Trust \u00b7 Membership and Pricing Policy MP-03 \u00b7 Version 6 \u00b7 "
                           f"Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "membership-and-pricing-policy.pdf", "wb").write(make_pdf(out))
