"""Builds docs/milk-supply-terms-and-price-schedule.pdf: hartwell's make_pdf.py (itself ashgrove's, saltmoor's and
earlier sets'): lines of Helvetica text written by PDFium, table cells at fixed x positions, a bold header row, a
footer with page numbers. Words are never split at hyphens, so quotes stay verbatim after text extraction. A table
row is ("TD", cells) and uses the column positions set by the last ("COLS", [...]) entry; ("N", text) is a numbered
step written like a bullet with its own number. Tables are kept on one page with the paragraph that introduces them,
and headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ferncombe
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Milk Supply Terms and Milk Price Schedule"),
 ("P", "Ferncombe Vale Dairy Co-operative Ltd, Ferncombe Creamery, Mill Lane, Hensford HF4 2DL. Terms MS-09, "
       "version 9. Approved by the board on 16 February 2032 and in force for milk supplied from Thursday 1 April "
       "2032; next review February 2034. Owner: Declan Rowcliffe, Milk Supply Manager. This version replaces "
       "version 8 of March 2030."),
 ("H", "1. About these terms"),
 ("P", "These terms apply to every member farm that supplies milk to the co-operative, alongside the co-operative's "
       "rules. Each member supplies all the milk its herd produces, and we collect all of it. Prices and charges are "
       "in pence per litre (ppl) of milk collected, as measured by the tanker meter. Milk is zero-rated for VAT; "
       "VAT is added to charges for services such as repeat tests. Where a member's supply agreement differs from "
       "these terms, the supply agreement applies."),
 ("H", "2. What changed in version 9"),
 ("B", "The butterfat adjustment is now 0.30 ppl for each 0.1% above or below 4.00%, instead of 0.26 ppl."),
 ("B", "The Band C deduction for Bactoscan (TBC) is now 1.50 ppl, instead of 1.00 ppl."),
 ("B", "The alternate-day collection charge is now 0.45 ppl, instead of 0.35 ppl."),
 ("B", "The capital retention is now 0.50 ppl, instead of 0.75 ppl."),
 ("B", "Milk is now paid for on the 20th of the following month, instead of the 25th."),
 ("B", "Notice to leave the co-operative is now 12 months, instead of 6 months."),
 ("B", "Changes to the base price are now announced at least 30 days ahead, instead of 14 days."),
 ("H", "3. Base milk price"),
 ("P", "The base price is paid for a standard litre of 4.00% butterfat and 3.30% protein. It is set by the board "
       "for each quarter and changes with the season: it is lowest in the spring flush, when members produce the "
       "most milk, and highest in the autumn. The base prices for the year from 1 April 2032 are:"),
 ("COLS", [50, 300, 440]),
 ("TH", ["Months of supply", "Standard milk", "Organic milk"]),
 ("TD", ["January to March", "40.85 ppl", "51.90 ppl"]),
 ("TD", ["April to June", "39.35 ppl", "50.40 ppl"]),
 ("TD", ["July to September", "41.35 ppl", "52.40 ppl"]),
 ("TD", ["October to December", "42.10 ppl", "53.15 ppl"]),
 ("P", "The organic price is paid only for milk from a herd certified as organic by an approved body. Milk from a "
       "herd in conversion is paid at the standard price until the certificate is issued. Organic milk is collected "
       "on its own round and is never mixed with standard milk."),
 ("H", "4. Butterfat and protein"),
 ("P", "Your base price is adjusted each month for the average butterfat and protein of your milk, measured from "
       "the sample taken at every collection. The adjustment is added for milk above the standard level and "
       "deducted for milk below it:"),
 ("COLS", [50, 200, 330]),
 ("TH", ["Constituent", "Standard level", "Adjustment for each 0.1% above or below"]),
 ("TD", ["Butterfat", "4.00%", "0.30 ppl"]),
 ("TD", ["Protein", "3.30%", "0.45 ppl"]),
 ("P", "For example, milk averaging 4.20% butterfat and 3.40% protein earns 0.60 ppl more for butterfat and 0.45 "
       "ppl more for protein, 1.05 ppl in all, on top of the base price."),
 ("H", "5. Hygiene and cell count bands"),
 ("P", "Each month your milk is placed in a band for Bactoscan, the total bacterial count (TBC), on the average of "
       "the last 2 months' tests, and in a band for somatic cell count (SCC), on the average of the last 3 "
       "months' tests. The bands, in cells or bacteria per ml, and their bonuses and deductions are:"),
 ("COLS", [50, 100, 220, 310, 440]),
 ("TH", ["Band", "TBC per ml", "TBC adjustment", "SCC per ml", "SCC adjustment"]),
 ("TD", ["A", "up to 30,000", "+0.30 ppl", "up to 150,000", "+0.25 ppl"]),
 ("TD", ["B", "30,001 to 50,000", "none", "150,001 to 250,000", "none"]),
 ("TD", ["C", "50,001 to 100,000", "-1.50 ppl", "250,001 to 400,000", "-0.75 ppl"]),
 ("TD", ["D", "over 100,000", "-3.00 ppl", "over 400,000", "-2.50 ppl"]),
 ("P", "Milk in Band D for TBC for 3 months in a row is collected only after a farm visit by our Milk Supply team. "
       "Every load is also tested for antibiotics before it is unloaded at the creamery. If milk fails that test, "
       "we do not pay for it, and the member whose milk failed pays the cost of disposing of the whole tanker load, "
       "up to £3,000 for a first failure in 12 months and in full for any further failure in the same 12 months."),
 ("H", "6. Collection charges, deductions and bonuses"),
 ("P", "These charges and deductions are taken from your monthly milk payment and shown on your statement:"),
 ("COLS", [50, 280, 400]),
 ("TH", ["Item", "Charge", "Notes"]),
 ("TD", ["Every-day collection", "none", "the usual collection"]),
 ("TD", ["Alternate-day collection", "0.45 ppl", "by agreement only"]),
 ("TD", ["Small collection, under 1,500 litres", "£14 a collection", "on top of any ppl charge"]),
 ("TD", ["Capital retention", "0.50 ppl", "held in your member account"]),
 ("TD", ["Membership subscription", "£120 a year", "taken in April"]),
 ("TD", ["Wasted visit, tanker cannot collect", "£85 a visit", "blocked access or tank not ready"]),
 ("P", "A volume bonus is paid on all milk supplied in the month, by your average daily supply over that month:"),
 ("COLS", [50, 300]),
 ("TH", ["Average daily supply", "Volume bonus"]),
 ("TD", ["under 2,000 litres", "none"]),
 ("TD", ["2,000 to 4,999 litres", "0.15 ppl"]),
 ("TD", ["5,000 litres or more", "0.30 ppl"]),
 ("H", "7. Collections"),
 ("P", "We collect from every member farm every day unless we have agreed alternate-day collection in writing. "
       "Collections are made between 05:00 and 22:00 and the tanker driver records each one in Churnlog. Before "
       "each collection:"),
 ("B", "Milk must be cooled to 8.0°C or below for every-day collection, and to 6.0°C or below for alternate-day "
       "collection."),
 ("B", "The driver does not collect milk above these temperatures, or milk that smells or looks abnormal."),
 ("B", "Keep the yard, the tanker route and the dairy clear and lit, with the bulk tank outlet and the wash "
       "water ready."),
 ("B", "Milk from cows treated with antibiotics must be kept out of the tank until the withdrawal period ends."),
 ("P", "If your milk cannot be collected, for example because of a power cut or a failed cooler, phone the "
       "Transport Office at once, on 01632 960 420, between 03:00 and 23:00, and tell Milk Supply the same day."),
 ("H", "8. Querying a test result"),
 ("P", "Test results are in Churnlog within 2 working days of each collection. If you think a result is wrong:"),
 ("N", "1. Phone Milk Supply on 01632 960 410 within 5 working days of the result appearing in Churnlog."),
 ("N", "2. Ask for the sample we keep from that collection to be tested again. A repeat test costs £25 plus VAT, "
       "which we refund if the new result moves your milk into a better band."),
 ("N", "3. We send you the repeat result within 3 working days, and correct your next statement if it changes."),
 ("N", "4. If you are still unhappy, follow the disputes steps in section 12."),
 ("H", "9. Statements and payment"),
 ("P", "Your statement for each month is published in Churnlog by the 10th of the following month and shows your "
       "volumes, test results, bands, bonuses and deductions. Milk is paid for by bank transfer on the 20th of the "
       "following month, or the working day before. You may ask for an advance of up to 50% of the previous month's "
       "milk value, paid on the 5th and taken back from the next payment."),
 ("H", "10. Price changes"),
 ("P", "The board may change the base price for any quarter, and the bonuses and deductions in this schedule, to "
       "reflect market returns. Changes to the base price are announced at least 30 days ahead, by letter and in "
       "Churnlog; other changes at least 3 months ahead. The board normally reviews base prices in January and "
       "July."),
 ("H", "11. What we ask of members"),
 ("B", "Keep your farm assurance certificate up to date and send us a copy after every annual inspection."),
 ("B", "Give our tankers safe access 24 hours a day, and tell the Transport Office about any change to your yard."),
 ("B", "Record every antibiotic treatment and keep treated cows' milk out of the bulk tank."),
 ("B", "Tell Milk Supply at least 3 months ahead of any change to your herd of more than 20%."),
 ("B", "Come to the annual general meeting in September, where each member farm has one vote."),
 ("H", "12. Leaving the co-operative and disputes"),
 ("P", "A member may leave by giving 12 months' notice in writing to the Company Secretary. Your retained capital is "
       "repaid in three equal yearly payments, the first one 12 months after your last collection. If you have a "
       "complaint or dispute about your milk payment:"),
 ("N", "1. Raise it with the Milk Supply Manager, who replies within 10 working days."),
 ("N", "2. If it is not settled, write to the General Manager, who replies within 20 working days."),
 ("N", "3. If it is still not settled, ask for a member panel of two directors within 28 days. The panel decides "
       "within 30 days."),
 ("N", "4. After that, either side may refer it to an independent arbitrator agreed by both."),
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
    out.append(p + pad + [(f"Ferncombe Vale Dairy Co-operative Ltd \u00b7 Milk Supply Terms and Milk Price Schedule MS-09 \u00b7 "
                           f"Version 9 \u00b7 Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "milk-supply-terms-and-price-schedule.pdf", "wb").write(make_pdf(out))
