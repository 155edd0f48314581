"""Builds docs/fees-and-charges-guide.pdf: tarnbeck's make_pdf.py (itself stainforth's, coldharbour's, ferncombe's,
hartwell's, ashgrove's and earlier sets'): lines of Helvetica text written by PDFium, table cells at fixed x
positions, a bold header row, a footer with page numbers. Words are never split at hyphens, so quotes stay verbatim
after text extraction. A table row is ("TD", cells) and uses the column positions set by the last ("COLS", [...])
entry; ("N", text) is a numbered step written like a bullet with its own number. Tables are kept on one page with
the paragraph that introduces them, and headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ellerby
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Fees and Charges Guide for Residents and Families"),
 ("P", "Ellerby Care Ltd, 14 Priory Row, Ellerby EL4 3QD. Version 6, for all fees from Thursday 1 April 2032; next "
       "review March 2033. Owner: Conrad Makepeace, Finance Manager. This version replaces version 5 of April 2031. "
       "Care fees are not subject to VAT."),
 ("H", "1. About this guide"),
 ("P", "This guide sets out what we charge for living in one of our three homes, Larkfield House in Ellerby, "
       "Beckside Lodge in Hallowfield and The Willows in Marrick Bridge, and for the extra services residents can "
       "choose. It is for residents who pay their own fees, for families who help them, and for anyone paying a "
       "top-up on behalf of a resident whose place is funded by the council. Fees for council-funded places are "
       "agreed with the council and are not shown here. Your contract of residence gives the fee that applies to "
       "you; if it differs from this guide, the contract applies."),
 ("H", "2. What changed in version 6"),
 ("B", "A standard room for residential care at The Willows now costs £1,050 a week, instead of £1,010."),
 ("B", "An en-suite room for residential care at Larkfield House now costs £1,265 a week, instead of £1,210."),
 ("B", "A standard room for dementia care at Beckside Lodge now costs £1,240 a week, instead of £1,185."),
 ("B", "While a resident is in hospital, the fee is now 90% of the weekly fee, instead of the full fee."),
 ("B", "A wash and set at the hairdresser now costs £16, instead of £14."),
 ("B", "A chiropody visit now costs £32, instead of £28."),
 ("B", "After a resident dies, fees are now charged for 3 days, instead of 7 days."),
 ("B", "Interest on late payments is now 3% a year above the Bank of England base rate, instead of 4%."),
 ("H", "3. Weekly fees"),
 ("P", "Fees are charged by the week and cover the room, all meals and drinks, personal care, laundry, heating and "
       "lighting, activities, wifi and a television point. Weekly fees by home, type of care and room are:"),
 ("COLS", [50, 280, 380, 470]),
 ("TH", ["Home and type of care", "Standard room", "En-suite room", "Premium en-suite"]),
 ("TD", ["Larkfield House, residential", "£1,185", "£1,265", "£1,395"]),
 ("TD", ["Larkfield House, nursing", "£1,420", "£1,495", "£1,620"]),
 ("TD", ["Beckside Lodge, residential", "£1,095", "£1,160", "not offered"]),
 ("TD", ["Beckside Lodge, dementia", "£1,240", "£1,310", "not offered"]),
 ("TD", ["The Willows, residential", "£1,050", "£1,120", "£1,230"]),
 ("P", "Premium en-suite rooms are larger, with a sitting area and a view of the garden. For nursing care at "
       "Larkfield House, the NHS pays a nursing care contribution straight to us, and we take it off your invoice. "
       "Beckside Lodge has no premium rooms, and all its rooms on the first floor are for dementia care."),
 ("P", "Short respite stays cost the weekly fee for the room plus 10%, charged by the night, with a minimum stay "
       "of 7 nights. A trial stay of up to 4 weeks, before deciding to move in for good, is charged at the normal "
       "weekly fee."),
 ("H", "4. Extra charges"),
 ("P", "These services are not included in the weekly fee. They are added to the next monthly invoice, and the "
       "charges are the same in all three homes:"),
 ("COLS", [50, 260, 360]),
 ("TH", ["Service", "Charge", "Notes"]),
 ("TD", ["Hairdresser, wash and set", "£16", "every Tuesday; cut and blow dry £20"]),
 ("TD", ["Chiropody", "£32 a visit", "every 6 weeks, or as needed"]),
 ("TD", ["Escort to a hospital appointment", "£22 an hour", "a carer goes with the resident"]),
 ("TD", ["Guest lunch", "£7.50", "book 24 hours ahead"]),
 ("TD", ["Guest Sunday lunch", "£9.50", "book 24 hours ahead"]),
 ("TD", ["Dry cleaning", "cost plus £2 an item", "items that cannot be washed"]),
 ("TD", ["Name labels after the first pack", "£18 for 100", "first pack of 100 free"]),
 ("TD", ["Private phone line in the room", "£8 a month", "calls charged at cost"]),
 ("TD", ["Outings by minibus", "£5 a trip", "entry tickets at cost"]),
 ("P", "Newspapers and magazines are delivered at the shop price with no extra charge. Toiletries, clothes, "
       "continence products not supplied by the NHS and private physiotherapy are paid for by the resident."),
 ("H", "5. Deposits, invoices and paying"),
 ("B", "Residents who pay their own fees pay a deposit of 2 weeks' fees when they move in. It is paid back within "
       "30 days after they leave, less anything still owed."),
 ("B", "Invoices are sent on the 1st of each month, for that month's fees in advance and last month's extras, "
       "through FeeLink by email, or by post if you ask."),
 ("B", "Pay by direct debit, taken on the 5th of the month, or by bank transfer within 14 days of the invoice. We "
       "no longer take cheques."),
 ("B", "Card payments are taken at the home office, up to £2,000 at a time."),
 ("B", "If an invoice is not paid within 14 days, we charge interest at 3% a year above the Bank of England base "
       "rate, and the Finance Manager will contact you."),
 ("B", "Families paying a council top-up pay it monthly by direct debit, and it is reviewed each April with the "
       "council's own rate."),
 ("H", "6. When fees change"),
 ("P", "We review fees once a year and any change takes effect on 1 April. We write to every resident, and to the "
       "person who pays the fees, at least 28 days before a change. Fees can also change if a resident's care "
       "needs change, for example a move from residential to nursing care, after an assessment that the resident "
       "and family take part in, and with the same 28 days' notice."),
 ("H", "7. Time away from the home"),
 ("B", "Holidays and visits to family: the full weekly fee is charged, and the room is kept."),
 ("B", "Hospital stays: the room is kept and the fee is 90% of the weekly fee for up to 6 weeks. After 6 weeks we "
       "talk to you about whether the room can still be kept."),
 ("B", "Council-funded residents: the council decides how long it pays to keep the room, and we tell you if a "
       "top-up is needed."),
 ("H", "8. Giving notice and leaving"),
 ("N", "1. During a trial stay, the resident or we can end it with 7 days' notice."),
 ("N", "2. After the trial stay, give 28 days' notice in writing to the home manager, by email or letter."),
 ("N", "3. Fees are charged until the end of the notice period, even if the room is cleared sooner."),
 ("N", "4. If a resident dies, fees are charged for 3 days after the death, and then stop."),
 ("N", "5. Please collect belongings within 7 days. After that we store them for up to 4 weeks at £15 a week."),
 ("N", "6. The final invoice is sent within 14 days, and any money owed to you is paid back within 30 days."),
 ("H", "9. Questions and appeals about fees"),
 ("P", "If you think an invoice or a fee is wrong:"),
 ("N", "1. Contact the home office within 30 days of the invoice, saying which charge you are asking about."),
 ("N", "2. The home administrator replies within 10 working days. You do not have to pay the charge in question "
       "while it is being looked at."),
 ("N", "3. If you are not happy with the reply, write to the Finance Manager, who replies within 20 working days."),
 ("N", "4. If you still disagree, you can ask the Independent Care Fees Review Panel to look at it within 3 months "
       "of our final reply. It costs you nothing."),
 ("H", "10. Residents' money"),
 ("B", "The home office can keep a small amount of money for each resident, up to £250, for the hairdresser, the "
       "shop trolley and outings. Every payment is recorded and a receipt is kept."),
 ("B", "Staff may not accept gifts or money from residents or families, other than small gifts worth up to £20, "
       "such as chocolates, which are recorded."),
 ("B", "We do not act as anyone's attorney. If a resident can no longer manage their money, we will help the "
       "family find advice."),
 ("H", "11. Contact us"),
 ("P", "For questions about invoices and payments, phone the Finance Manager at head office on 01632 784 160, "
       "Monday to Friday 09:00 to 17:00, or send a message through FeeLink. For questions about moving in, "
       "respite stays and trial stays, contact Harriet Oduya, Family Liaison Manager, on 01632 784 140."),
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
    out.append(p + pad + [(f"Ellerby Care \u00b7 Fees and Charges Guide for Residents and Families \u00b7 "
                           f"Version 6 \u00b7 Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "fees-and-charges-guide.pdf", "wb").write(make_pdf(out))
