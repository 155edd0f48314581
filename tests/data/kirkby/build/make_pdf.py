"""Builds docs/resident-licence-and-fees-guide.pdf: fellgate's make_pdf.py (itself ellerby's, tarnbeck's,
stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): lines of Helvetica text written
by PDFium, table cells at fixed x positions, a bold header row, a footer with page numbers. Words are never split at
hyphens, so quotes stay verbatim after text extraction. A table row is ("TD", cells) and uses the column positions
set by the last ("COLS", [...]) entry; ("N", text) is a numbered step written like a bullet with its own number.
Tables are kept on one page with the paragraph that introduces them, and headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/kirkby
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Resident Licence and Fees Guide 2034/35"),
 ("P", "Kirkby Halls Ltd, 12 Cloister Row, Marrowgate MG4 2HS. Version 7, for licences starting on or after "
       "Saturday 23 September 2034; next review June 2035. Owner: Clemency Arkwright, Head of Resident Services. "
       "This version replaces version 6 of June 2033. Weekly fees include gas, electricity, water, Wi-Fi and "
       "contents insurance."),
 ("H", "1. About this guide"),
 ("P", "This guide is for residents of our four halls in Marrowgate: Beckside Court, Ostler House, Quarrybank "
       "Studios and Tenterfield Village. It explains what your licence costs, the charges and fines you may have "
       "to pay, and how to pay by instalments, swap your room, end your licence early and make a complaint or "
       "appeal. Hall rules on guests, quiet hours, laundry and repairs are on the residents' help centre in "
       "HallPass, our resident portal. The licence agreement you sign in HallPass applies if it differs from "
       "this guide."),
 ("H", "2. What changed in version 7"),
 ("B", "A standard en-suite room at Beckside Court now costs £168 a week, instead of £162."),
 ("B", "A catered standard room at Ostler House now costs £176 a week, instead of £171."),
 ("B", "A studio at Quarrybank Studios now costs £229 a week, instead of £219."),
 ("B", "A standard room at Tenterfield Village now costs £129 a week, instead of £124."),
 ("B", "The security deposit is now £250, instead of £300."),
 ("B", "A replacement key fob now costs £30, instead of £25."),
 ("B", "The charge for a false fire alarm caused by a resident is now £120, instead of £90."),
 ("B", "You can now pay in 9 monthly instalments, as well as in 3 termly instalments."),
 ("H", "3. Weekly fees"),
 ("P", "Fees are charged for every week of your licence, including any vacations inside it. Weekly fees by hall "
       "and room type are:"),
 ("COLS", [50, 165, 400, 480]),
 ("TH", ["Hall", "Room type", "Weekly fee", "Licence length"]),
 ("TD", ["Beckside Court", "Standard en-suite", "£168", "42 weeks"]),
 ("TD", ["Beckside Court", "Premium en-suite, double bed", "£184", "42 weeks"]),
 ("TD", ["Ostler House", "Standard room, shared bathroom, catered", "£176", "33 weeks"]),
 ("TD", ["Ostler House", "En-suite, catered", "£198", "33 weeks"]),
 ("TD", ["Quarrybank Studios", "Studio", "£229", "51 weeks"]),
 ("TD", ["Quarrybank Studios", "Large studio", "£247", "51 weeks"]),
 ("TD", ["Tenterfield Village", "Standard room, shared bathroom", "£129", "42 weeks"]),
 ("TD", ["Tenterfield Village", "En-suite", "£149", "42 weeks"]),
 ("TD", ["Tenterfield Village", "Accessible en-suite, ground floor", "£149", "42 weeks"]),
 ("P", "The 42-week and 33-week licences start on Saturday 23 September 2034; the 33-week licences at Ostler "
       "House cover term time only, and the hall is closed over the Christmas and Easter vacations. Ostler House "
       "fees include 19 meals a week in term time: breakfast and an evening meal on weekdays, and brunch and an "
       "evening meal at weekends. Quarrybank Studios is for postgraduates and final-year students only."),
 ("H", "4. Charges and fines"),
 ("P", "These charges are added to your HallPass account and must be paid within 28 days. Where damage or "
       "mess is in a shared area and nobody owns up, the charge is shared between everyone in the flat:"),
 ("COLS", [50, 275, 380]),
 ("TH", ["Charge", "Amount", "Notes"]),
 ("TD", ["Replacement key fob", "£30", "old fob cancelled at once"]),
 ("TD", ["Lost room key, Ostler House", "£45", "includes changing the lock"]),
 ("TD", ["Lock-out, in reception hours", "£10", "first lock-out each term free"]),
 ("TD", ["Lock-out, out of hours", "£25", "let in by the night porter"]),
 ("TD", ["Extra cleaning of a shared kitchen", "£25 an hour", "after one written warning"]),
 ("TD", ["Rubbish left in a corridor", "£20 a bag", "taken away by the cleaners"]),
 ("TD", ["Damage to a room or flat", "cost plus 10%", "cost of the repair in FixTrack"]),
 ("TD", ["False fire alarm caused by a resident", "£120", "each resident responsible"]),
 ("TD", ["Covering or tampering with a detector", "£150", "and a disciplinary meeting"]),
 ("TD", ["Candle, incense or banned heater", "£50", "taken away until you leave"]),
 ("TD", ["Late payment", "£15", "7 days after a reminder"]),
 ("TD", ["Overnight guest not signed in", "£20 a night", "charged to the host"]),
 ("TD", ["Replacement SpinCard laundry card", "£5", "the SpinCard app is free"]),
 ("P", "The first lock-out in each term is free, whatever the time. Show your student card or photo ID to the "
       "receptionist or night porter before they let you in."),
 ("H", "5. Paying your fees"),
 ("B", "Fees are paid in HallPass by debit or credit card or by bank transfer. There is no charge for paying by "
       "card."),
 ("B", "Your security deposit of £250 is paid when you accept your room offer. It is returned, less any unpaid "
       "fees or charges, within 21 days of the end of your licence."),
 ("B", "If a payment is late, you get a reminder. If it is still unpaid 7 days after the reminder, a £15 late "
       "payment charge is added. You cannot book a room for next year while you owe fees."),
 ("P", "Paying by instalments:"),
 ("N", "1. Sign in to HallPass, open My Payments and choose Instalment plan, no later than Friday 13 October "
       "2034."),
 ("N", "2. Choose 3 termly instalments, taken on 1 October 2034, 15 January 2035 and 23 April 2035, or 9 monthly "
       "instalments, taken on the 1st of each month from October 2034 to June 2035."),
 ("N", "3. Save a debit card or set up a Direct Debit for the plan. Each instalment is then taken automatically."),
 ("N", "4. If an instalment fails, pay it in HallPass within 14 days, or the whole balance becomes due at once."),
 ("N", "5. If you are waiting for a student loan payment, tell Resident Services before the instalment is due: "
       "it can be moved back by up to 21 days, once a term."),
 ("H", "6. Swapping a room"),
 ("P", "You can ask to move to another room or hall from Monday 16 October 2034, three weeks into term:"),
 ("N", "1. Sign in to HallPass, open My Room and choose Ask to swap, giving your reasons and the halls you would "
       "accept."),
 ("N", "2. Resident Services replies within 5 working days. A room in another hall may have a different fee."),
 ("N", "3. If you accept the room offered, pay the room swap fee of £35. There is no fee if you move on medical or "
       "welfare grounds, with evidence."),
 ("N", "4. Move within 7 days of accepting, leave your old room clean and hand in your old key fob at reception. "
       "Your new fee starts on the Monday after you move."),
 ("N", "5. Swaps are not made in the last 6 weeks of a licence."),
 ("H", "7. Ending your licence early"),
 ("P", "Your licence is for a fixed term, and you are liable for the fees until it ends. You can be released "
       "early:"),
 ("N", "1. Give notice in HallPass, under My Licence and End my licence, at least 4 weeks before you want to "
       "leave."),
 ("N", "2. You stay liable for the fees until a replacement resident moves into your room, or until your licence "
       "ends if nobody is found. Replacements come from our waiting list, or you can find your own, who must be "
       "a student of the University and not already living in our halls."),
 ("N", "3. When you are released, pay the early release fee of £100, hand in your fob and keys at reception and "
       "have your room checked by the Hall Manager."),
 ("N", "4. Fees you have paid for the weeks after your release date are refunded within 28 days."),
 ("B", "If you leave the University, you are released 4 weeks after giving notice, without the early release "
       "fee, once the University confirms that you have withdrawn."),
 ("H", "8. Complaints and appeals"),
 ("N", "1. Raise your complaint with your Hall Manager through HallPass within 28 days of the problem, saying what "
       "went wrong and what you would like us to do."),
 ("N", "2. The Hall Manager replies within 10 working days."),
 ("N", "3. If you are not happy with the reply, ask for the Head of Resident Services to review it. The Head of "
       "Resident Services replies within 15 working days."),
 ("N", "4. If you still disagree, you can take your complaint to the Student Accommodation Adjudicator within 3 "
       "months of our final reply. It is independent of us and free for you to use."),
 ("P", "To appeal against a charge or fine, choose Appeal a charge in HallPass within 14 days of the charge being "
       "added. The charge is put on hold while the Hall Manager looks at your appeal, and you get a decision "
       "within 10 working days."),
 ("H", "9. Moving out"),
 ("B", "Book a check-out slot in HallPass at least 48 hours before you leave. Your licence ends at 10:00 on its "
       "last day, and you must be out of your room by then."),
 ("B", "Leave your room empty and clean, and hand in your key fob and any keys at reception. Each key or fob not "
       "handed in is charged as lost."),
 ("B", "Anything left in your room or a shared area after you leave is kept for 14 days and then given to a local "
       "charity or thrown away."),
 ("B", "The Hall Manager checks your room within 3 working days, and any charges for cleaning or damage are "
       "taken from your deposit, with photos, before the rest is returned."),
 ("H", "10. Insurance and your belongings"),
 ("P", "Your weekly fee includes contents insurance through Kirkby Halls' policy, covering your belongings in your "
       "room up to £5,000, with a limit of £1,000 for any one item such as a laptop. Bikes are covered only when "
       "locked in a hall bike store. Claims are made directly to the insurer, whose details are in HallPass under "
       "My Licence, within 30 days of the loss. The policy does not cover cash or anything left in a shared "
       "kitchen, and there is an excess of £50 on every claim."),
 ("H", "11. Contact us"),
 ("P", "Phone Resident Services on 01632 960 620, Monday to Friday 09:00 to 17:00, or send a message in HallPass. "
       "Out of hours, the night porter in your hall or the Duty Manager on 01632 960 600 can deal with lock-outs, "
       "emergencies and urgent repairs."),
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
    out.append(p + pad + [(f"Kirkby Halls \u00b7 Resident Licence and Fees Guide 2034/35 \u00b7 "
                           f"Version 7 \u00b7 Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "resident-licence-and-fees-guide.pdf", "wb").write(make_pdf(out))
