"""Builds docs/admission-membership-and-booking-terms.pdf: coldharbour's make_pdf.py (itself ferncombe's, hartwell's
and earlier sets'): lines of Helvetica text written by PDFium, table cells at fixed x positions, a bold header row, a
footer with page numbers. Words are never split at hyphens, so quotes stay verbatim after text extraction. A table
row is ("TD", cells) and uses the column positions set by the last ("COLS", [...]) entry; ("N", text) is a numbered
step written like a bullet with its own number. Tables are kept on one page with the paragraph that introduces them,
and headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/kettlewell
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Admission, Membership and Booking Terms"),
 ("P", "Kettlewell Zoological Trust, Kettlewell Zoo, Brindle Lane, Kettlewell KQ3 5DN, a registered charity. Version 4. "
       "Agreed by the Trustees on 24 January 2034 and in force from Wednesday 1 March 2034, the first day of the "
       "summer season. Owner: Callum Ferris, Visitor Services Manager. This version replaces version 3 of March 2033."),
 ("H", "1. About these terms"),
 ("P", "These terms apply to everyone who buys a day ticket, a membership, an animal experience or a group visit for "
       "Kettlewell Zoo or Hobb Green Farm Park, whether online, by phone or at the gate. Every sale is made through "
       "Turnstyle, our ticketing system, and your e-ticket or membership card must be shown at the admissions kiosk. "
       "The summer season runs from 1 March to 31 October and the winter season from 1 November to the end of "
       "February. Money from tickets pays for the care of our animals and for our conservation work."),
 ("H", "2. What changed in version 4"),
 ("B", "An adult day ticket for the zoo in summer now costs £26.00 at the gate, instead of £24.50."),
 ("B", "Child tickets are now for ages 3 to 15, instead of 3 to 16. Visitors aged 16 and over pay the adult price."),
 ("B", "Tickets bought online at least 24 hours ahead now cost £2 less than the gate price, instead of £1.50 less."),
 ("B", "Family membership now costs £189 a year, instead of £175."),
 ("B", "An animal experience cancelled 14 days or more ahead is now refunded in full, instead of 7 days or more."),
 ("B", "Parking at the zoo now costs £4 a day, instead of £3. It is still free for members and Blue Badge holders."),
 ("B", "A Two Parks ticket now lets you visit Hobb Green within 7 days of your zoo visit, instead of on the same day."),
 ("H", "3. Day tickets"),
 ("P", "Gate prices for a single visit are set out below. Children under 16 must be with an adult aged 18 or over. "
       "Concessions are for visitors aged 65 and over, full-time students and disabled visitors, and proof may be "
       "asked for at the kiosk:"),
 ("COLS", [50, 290, 380, 470]),
 ("TH", ["Ticket", "Zoo, summer", "Zoo, winter", "Hobb Green"]),
 ("TD", ["Adult, 16 and over", "£26.00", "£19.50", "£9.50"]),
 ("TD", ["Child, 3 to 15", "£17.50", "£13.00", "£7.50"]),
 ("TD", ["Child under 3", "free", "free", "free"]),
 ("TD", ["Concession", "£23.00", "£17.00", "£8.00"]),
 ("TD", ["Family, 2 adults and 2 children", "£78.00", "£58.00", "£30.00"]),
 ("TD", ["Carer of a disabled visitor", "free", "free", "free"]),
 ("P", "Hobb Green prices are the same all year. A Two Parks ticket adds Hobb Green to a zoo ticket for £4 an adult, "
       "£3 a child or concession and £10 a family, and Hobb Green must be visited within 7 days of the zoo visit. "
       "Tickets bought online at least 24 hours ahead cost £2 less than the gate price for an adult, child or "
       "concession and £6 less for a family. Day tickets are not refunded, but an online ticket can be moved to "
       "another date up to midnight before the date on it. Last entry is 90 minutes before closing at the zoo and 60 "
       "minutes before closing at Hobb Green."),
 ("H", "4. Membership"),
 ("P", "A membership gives unlimited entry to both sites for 12 months from the date of the first visit, free parking "
       "at the zoo and 10% off in the Baobab Café and the Trunk Road gift shop:"),
 ("COLS", [50, 300, 410]),
 ("TH", ["Membership", "Paid yearly", "Paid monthly"]),
 ("TD", ["Adult, 16 and over", "£72 a year", "£6.50 a month"]),
 ("TD", ["Child, 3 to 15", "£45 a year", "£4.00 a month"]),
 ("TD", ["Concession", "£62 a year", "£5.50 a month"]),
 ("TD", ["Family, 2 adults and up to 3 children", "£189 a year", "£16.50 a month"]),
 ("TD", ["Family Plus, with one named guest", "£224 a year", "£19.50 a month"]),
 ("P", "Monthly memberships are paid by Direct Debit for at least 12 months. Members may bring a guest at half the gate "
       "price twice in each membership year, and are let in at 08:30, an hour before opening, on the first Saturday of "
       "every month in summer. A membership card belongs to the named member and cannot be lent; a card used by "
       "someone else is cancelled without a refund. A lost card is replaced for £5. Membership does not include "
       "animal experiences or evening events: members pay £12 for the Christmas Lantern Trail, against £16 for "
       "non-members, and £18 for Zoo Lates, against £22."),
 ("H", "5. Animal experiences"),
 ("P", "Experiences are led by our keepers and are booked for a date and time. Prices are per person and include entry "
       "to the site on the day only where the table says so:"),
 ("COLS", [50, 230, 300, 380, 460]),
 ("TH", ["Experience", "Price", "Min. age", "Length", "Site entry"]),
 ("TD", ["Keeper for a Day", "£185", "16", "6 hours", "included"]),
 ("TD", ["Junior Keeper", "£95", "8", "3 hours", "included"]),
 ("TD", ["Meet the Penguins", "£60", "6", "30 minutes", "not included"]),
 ("TD", ["Giraffe Feed", "£40", "4", "20 minutes", "not included"]),
 ("TD", ["Tiger Talk Behind the Scenes", "£75", "12", "45 minutes", "not included"]),
 ("TD", ["Farmer for a Morning", "£55", "7", "3 hours", "included"]),
 ("P", "Junior Keeper is for ages 8 to 15. Farmer for a Morning takes place at Hobb Green and every other experience at "
       "the zoo. Anyone under 16 on an experience must have a paying adult with them, except on Junior Keeper, where "
       "the adult waits in the Baobab Café. No more than 4 people take part in Meet the Penguins at a time, and no "
       "more than 6 in a Giraffe Feed."),
 ("H", "6. Booking an experience"),
 ("N", "1. Book online in Turnstyle or by phone on 01632 960 130, from Monday to Friday between 09:00 and 17:00."),
 ("N", "2. Pay the full price when you book. Gift vouchers for experiences are valid for 12 months."),
 ("N", "3. We send a confirmation email with your e-ticket and a health form within 24 hours."),
 ("N", "4. Send back the health form at least 3 days before the experience. Anyone with a cold or a cough cannot meet "
       "the primates or the farm animals."),
 ("N", "5. Arrive at the admissions kiosk 15 minutes before the start time. A late arrival may lose part of the "
       "experience, and the price is not refunded."),
 ("H", "7. Cancellations and changes"),
 ("P", "If you cancel an animal experience 14 days or more before its date, we refund the full price. If you cancel 7 "
       "to 13 days before, we refund 50%. If you cancel less than 7 days before, or do not come, there is no refund. "
       "You may move an experience to another date once, free of charge, up to 48 hours before it starts. If we "
       "cancel an experience because of an animal's welfare, bad weather or a closure, you may choose a full refund "
       "or a new date."),
 ("H", "8. Groups and schools"),
 ("P", "A group of 15 or more paying visitors who book at least 7 days ahead gets 15% off gate prices, and one adult "
       "goes free for every 15 paying visitors. School visits are priced per pupil: £9.50 for a visit to the zoo, "
       "£12.50 with a taught session in the Discovery Centre, and £6.00 for Hobb Green. Schools get free adult "
       "places by age:"),
 ("B", "Nursery and Reception: one free adult for every 3 pupils."),
 ("B", "Years 1 to 6: one free adult for every 6 pupils."),
 ("B", "Years 7 to 13: one free adult for every 10 pupils."),
 ("P", "Further adults pay £10 each. Schools pay a deposit of £50 when they book and the rest by invoice within 30 days "
       "of the visit."),
 ("H", "9. On the day"),
 ("B", "Dogs are not allowed at either site, apart from assistance dogs, which may go everywhere except Lemur Wood "
       "and the walk-through aviary."),
 ("B", "Do not feed the animals, except at a booked feed with a keeper."),
 ("B", "Drones, balloons, barbecues and glass bottles may not be brought in."),
 ("B", "Smoking and vaping are not allowed anywhere on either site."),
 ("B", "Parking at the zoo costs £4 a day, paid in the Turnstyle app or at the kiosk. Parking at Hobb Green is free."),
 ("P", "We may refuse entry to, or ask to leave, anyone whose behaviour puts animals, staff or other visitors at risk, "
       "without a refund."),
 ("H", "10. Complaints"),
 ("N", "1. Speak to the Duty Manager on the day, through any member of staff."),
 ("N", "2. If that does not settle it, write to visitor.services@kettlewellzoo.org.uk within 28 days of your visit."),
 ("N", "3. The Visitor Services Manager replies in full within 10 working days."),
 ("N", "4. If you are still not satisfied, ask for the Zoo Director to review it. The review is completed within 20 "
       "working days, and its answer is final."),
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
    out.append(p + pad + [(f"Kettlewell Zoological Trust \u00b7 Admission, Membership and Booking Terms \u00b7 "
                           f"Version 4, March 2034 \u00b7 Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "admission-membership-and-booking-terms.pdf", "wb").write(make_pdf(out))
