"""Builds docs/service-standards-and-charges-schedule.pdf: ferncombe's make_pdf.py (itself hartwell's, ashgrove's and
earlier sets'): lines of Helvetica text written by PDFium, table cells at fixed x positions, a bold header row, a
footer with page numbers. Words are never split at hyphens, so quotes stay verbatim after text extraction. A table
row is ("TD", cells) and uses the column positions set by the last ("COLS", [...]) entry; ("N", text) is a numbered
step written like a bullet with its own number. Tables are kept on one page with the paragraph that introduces them,
and headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/coldharbour
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Service Standards and Charges Schedule"),
 ("P", "Schedule 4 to the Brackenfield Waste Collection and Recycling Contract between Brackenfield District Council "
       "and Coldharbour Waste & Recycling Ltd, Coldharbour Depot, Furnace Road, Brackenfield BK3 7RW. Version 5. "
       "Agreed by the Contract Partnership Board on 20 January 2032 and in force from Monday 5 April 2032; next "
       "review January 2034. Owner: "
       "Imogen Pryce, Contract Manager. This version replaces version 4 of February 2030."),
 ("H", "1. About this schedule"),
 ("P", "Coldharbour Waste & Recycling has collected household waste and recycling in Brackenfield district for the "
       "council since 1 April 2029, and runs the Millstream materials recovery facility and the district's two "
       "household recycling centres. This schedule sets out the collections residents receive, the standards we must "
       "meet, the charges residents pay for extra services and the payments we make to the council when we fall short. "
       "The council sets the charges to residents; we collect them on the council's behalf. It applies to the 58,400 "
       "homes in the district that have wheeled bins; the 1,150 flats with shared communal bins are covered by "
       "Schedule 5."),
 ("H", "2. What changed in version 5"),
 ("B", "A missed collection is now returned to within 2 working days of being reported, instead of 3 working days."),
 ("B", "Residents now put their bins out by 06:30 on collection day, instead of 07:00."),
 ("B", "The garden waste subscription is now £52 a year for the first brown bin, instead of £48."),
 ("B", "A bulky waste collection of up to 3 items now costs £36, instead of £32."),
 ("B", "The fridge and freezer collection charge is now £28 an appliance, instead of £25."),
 ("B", "New and replacement bins are now delivered within 10 working days, instead of 15."),
 ("B", "The default payment for a missed collection not returned to on time is now £40 a bin, instead of £30."),
 ("H", "3. Collections"),
 ("P", "Each home has the containers below. Collections are made from Monday to Friday between 06:30 and 17:00, on "
       "the same day of the week all year except in the weeks of Christmas and New Year:"),
 ("COLS", [50, 200, 360]),
 ("TH", ["Container", "What goes in it", "How often"]),
 ("TD", ["Grey bin, 180 litres", "general rubbish", "every 2 weeks"]),
 ("TD", ["Blue bin, 240 litres", "cans, plastic bottles, pots, glass", "every 2 weeks, in the other week"]),
 ("TD", ["Green box, 55 litres", "paper and cardboard", "every 2 weeks, with the blue bin"]),
 ("TD", ["Food caddy, 23 litres", "all food waste", "every week"]),
 ("TD", ["Brown bin, 240 litres", "garden waste, by subscription", "every 2 weeks, March to November"]),
 ("P", "From December to February, brown bins are emptied every 4 weeks. Collections go ahead on bank holidays, "
       "except on Christmas Day, Boxing Day and New Year's Day; in those weeks collections move up to 2 days later, "
       "and Saturday catch-up rounds are run. Real Christmas trees are collected from the kerb in the two weeks after "
       "New Year, cut into pieces no longer than 1.5 metres."),
 ("H", "4. Service standards"),
 ("P", "We must meet the standards below. The council's Contract Monitoring Officer checks them every month from "
       "Binview records, customer services records and street inspections:"),
 ("COLS", [50, 250]),
 ("TH", ["Service", "Standard"]),
 ("TD", ["Scheduled collections", "at least 99.7% made on the scheduled day"]),
 ("TD", ["Missed collection, reported", "returned to within 2 working days"]),
 ("TD", ["Missed assisted collection", "returned to by the end of the next working day"]),
 ("TD", ["New or replacement bin", "delivered within 10 working days"]),
 ("TD", ["Bulky waste collection", "collected within 8 working days of booking"]),
 ("TD", ["Spillage or litter from a collection", "cleared the same day"]),
 ("TD", ["Complaint", "full reply within 10 working days"]),
 ("TD", ["Recycling centres", "open on time on every opening day"]),
 ("P", "An assisted collection is for a resident who cannot move their bins to the kerb because of age, disability or "
       "ill health, and has no one at home who can. The crew collects the bins from an agreed place at the property "
       "and puts them back there. Residents apply through customer services, and the council reviews every assisted "
       "collection every 3 years."),
 ("H", "5. Charges to residents"),
 ("P", "These charges are set by the council for the year from 1 April and paid to customer services when the service "
       "is booked. Residents who receive Council Tax Reduction pay half the bulky waste and fridge and freezer charges."),
 ("COLS", [50, 290, 410]),
 ("TH", ["Service", "Charge", "Notes"]),
 ("TD", ["Garden waste subscription, first brown bin", "£52 a year", "1 March to 28 February"]),
 ("TD", ["Garden waste subscription, second brown bin", "£40 a year", "same address only"]),
 ("TD", ["Bulky waste collection, up to 3 items", "£36", "booked online or by phone"]),
 ("TD", ["Each further bulky item, up to 8 in all", "£10 an item", "added to the same booking"]),
 ("TD", ["Fridge or freezer collection", "£28 an appliance", "collected separately"]),
 ("TD", ["Replacement grey, blue or brown bin", "£30", "includes delivery"]),
 ("TD", ["Food caddy, kitchen caddy or green box", "free", "new or replacement"]),
 ("P", "A bin damaged by our crew or our vehicle is replaced free. Developers pay for the first set of bins for a new "
       "home, at £95 a set. A garden waste subscription taken out after 1 September costs half the yearly charge "
       "for the rest of that subscription year."),
 ("H", "6. Reporting a missed collection"),
 ("P", "A resident whose bin has not been emptied should:"),
 ("N", "1. Check whether the bin has a red tag on it. A tagged bin was not emptied because it held the wrong things, and "
       "is not a missed collection."),
 ("N", "2. Report it to customer services, online or on 0113 496 0250, by 17:00 on the working day after the "
       "collection day."),
 ("N", "3. Customer services checks the crew's Binview record. If the crew recorded the bin as not out, with a photo, "
       "it is not a missed collection and the resident is told so."),
 ("N", "4. Otherwise, the crew returns to empty the bin within 2 working days, and the resident is told by text or "
       "email when it has been done."),
 ("H", "7. Contamination"),
 ("P", "If a blue bin, green box or food caddy holds the wrong things, such as bagged rubbish, nappies or food in the "
       "blue bin, the crew does not empty it. The crew puts a red tag on the bin saying what was wrong and records it "
       "in Binview with a photo. The resident takes the wrong items out, and the bin is emptied at the next scheduled "
       "collection. After three tags in 12 weeks, the council writes to the household and a recycling adviser visits."),
 ("H", "8. What residents must do"),
 ("B", "Put bins out by 06:30 on collection day, and not before 18:00 the evening before."),
 ("B", "Leave bins at the edge of the property, next to the road, with the lid closed and handles facing the road."),
 ("B", "Put no extra bags beside the grey bin; they are not collected."),
 ("B", "Never put hot ashes, batteries, vapes, gas bottles or chemicals in any bin."),
 ("B", "Put household batteries in a clear bag on top of the blue bin lid, where the crew collects them separately."),
 ("B", "Take bins back in by 22:00 on collection day."),
 ("H", "9. Default payments"),
 ("P", "When we do not meet a standard, we pay the council a default payment, taken from the next monthly service "
       "payment of £628,500:"),
 ("COLS", [50, 330]),
 ("TH", ["Failure", "Default payment"]),
 ("TD", ["Missed collection not returned to within 2 working days", "£40 a bin"]),
 ("TD", ["Missed assisted collection", "£75 each time"]),
 ("TD", ["Spillage not cleared the same day", "£60 each time"]),
 ("TD", ["Recycling centre opened late or closed early", "£150 for each 30 minutes"]),
 ("TD", ["Complaint reply later than 10 working days", "£25 each time"]),
 ("P", "Default payments in any month are capped at 5% of that month's service payment. No default payment is due "
       "where a collection could not be made because of snow, a blocked road or a council instruction, if we told "
       "the council the same day."),
 ("H", "10. Household recycling centres"),
 ("P", "We run Brackenfield HRC on Quarry Lane and Oxley Moor HRC on Station Road for residents of the district. Summer "
       "opening runs from 1 April to 30 September and winter opening from 1 October to 31 March; Oxley Moor is closed "
       "on Wednesdays all year. At both centres:"),
 ("B", "Household waste from a car is accepted free. Trade and business waste is not accepted at either centre."),
 ("B", "A van, pick-up or trailer over 2 metres long needs a van permit, issued free by customer services."),
 ("B", "The council's charges for rubble, soil and plasterboard are shown at the gate and paid by card at the site."),
 ("B", "The site stays open until its published closing time; the last car is let in 15 minutes before closing."),
 ("H", "11. Reports and meetings"),
 ("P", "We send the council a performance report by the 10th working day of each month, with tonnages weighed in "
       "Weighline at the MRF and at both recycling centres. The recycling rate target for the district is 52% for "
       "the year to 31 March 2033. The Contract Partnership Board, of two council officers and two of our directors, "
       "meets every 2 months to review performance and agree any changes to this schedule."),
 ("H", "12. Disputes"),
 ("P", "If the council and Coldharbour disagree about a default payment or any part of this schedule:"),
 ("N", "1. The two Contract Managers meet within 10 working days to try to settle it."),
 ("N", "2. If it is not settled, it goes to the council's Director of Place and our Managing Director, who meet within "
       "20 working days."),
 ("N", "3. If it is still not settled, either side may ask for mediation, which starts within 30 days."),
 ("N", "4. After that, either side may refer it to an adjudicator agreed by both, whose decision is final."),
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
    out.append(p + pad + [(f"Coldharbour Waste & Recycling Ltd \u00b7 Brackenfield Contract Schedule 4: Service Standards and Charges \u00b7 "
                           f"Version 5 \u00b7 Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "service-standards-and-charges-schedule.pdf", "wb").write(make_pdf(out))
