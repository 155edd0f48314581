"""Builds docs/allotments-and-hall-hire-fees-guide.pdf: fellgate's make_pdf.py (itself ellerby's, tarnbeck's,
stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): lines of Helvetica text written
by PDFium, table cells at fixed x positions, a bold header row, a footer with page numbers. Words are never split at
hyphens, so quotes stay verbatim after text extraction. A table row is ("TD", cells) and uses the column positions
set by the last ("COLS", [...]) entry; ("N", text) is a numbered step written like a bullet with its own number.
Tables are kept on one page with the paragraph that introduces them, and headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/marsden
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Allotments and Hall Hire Fees Guide"),
 ("P", "Marsden Vale Town Council, Town Hall, Market Place, Marsden Vale MV3 1TH. Version 4, for rents and bookings "
       "from 1 April 2035 to 31 March 2036; next review January 2036. Owner: Nadia Wilberforce, Allotments and "
       "Bookings Officer. This version replaces version 3 of April 2034. Hall hire charges include VAT where it "
       "applies; allotment rents are not subject to VAT."),
 ("H", "1. About this guide"),
 ("P", "This guide is for residents and groups who rent an allotment plot from the council or hire a room at the "
       "Town Hall or the Vale Park Pavilion. It sets out what things cost, what deposits we take, and how to apply, "
       "pay, book, cancel and appeal. Our three allotment sites are at Tenter Lane, Coldwell Road and Brookfoot "
       "Bottoms. The rooms for hire are the Assembly Hall (up to 180 people standing or 120 seated), the Ruskin Room "
       "(up to 40), the Fleece Room (up to 20) and the Vale Park Pavilion (up to 30). Bookings and the allotment "
       "waiting list are handled through HallBook, the council's online booking system."),
 ("H", "2. What changed in version 4"),
 ("B", "A full plot at Tenter Lane now costs £88 a year, instead of £82."),
 ("B", "A half plot at Coldwell Road now costs £44 a year, instead of £40."),
 ("B", "Water is now included in the rent at Brookfoot Bottoms, instead of a water charge of £8 a year."),
 ("B", "The Assembly Hall at weekends now costs £52 an hour at the standard rate, instead of £48."),
 ("B", "The Ruskin Room on weekday evenings now costs £14 an hour at the community rate, instead of £12."),
 ("B", "The key deposit is now £25, instead of £20."),
 ("B", "The cleaning charge is now £60, instead of £45."),
 ("B", "You now get a full refund if you cancel a booking 21 days or more before it, instead of 28 days."),
 ("H", "3. Allotment rents"),
 ("P", "Rents are for the allotment year, from 1 October to 30 September. A starter plot is for new tenants in "
       "their first two years. Yearly rents by site and plot size are:"),
 ("COLS", [50, 230, 350, 470]),
 ("TH", ["Site", "Full plot (250 m²)", "Half plot (125 m²)", "Starter plot (60 m²)"]),
 ("TD", ["Tenter Lane", "£88", "£48", "£27"]),
 ("TD", ["Coldwell Road", "£80", "£44", "£24"]),
 ("TD", ["Brookfoot Bottoms", "£72", "£40", "£22"]),
 ("TD", ["Raised bed, Tenter Lane", "not offered", "not offered", "£18"]),
 ("P", "Tenter Lane has 62 plots, water troughs, toilets and a car park. Coldwell Road has 40 plots and water "
       "troughs. Brookfoot Bottoms has 28 plots and is watered from rainwater tanks and one standpipe. The four "
       "raised beds at Tenter Lane are for tenants who use a wheelchair or cannot bend. Residents aged 66 or over, "
       "and residents who get council tax support, pay half rent on any plot except a raised bed. Plots are let to "
       "people who do not live in Marsden Vale only when no resident is waiting, and they pay 50% more. Each new "
       "tenant pays a plot deposit of £30 and a gate key deposit of £10."),
 ("H", "4. Hall hire rates"),
 ("P", "Rates are per hour, including setting up and clearing away. The community rate is for groups that meet "
       "the rules in section 5; everyone else pays the standard rate. Hourly rates by room, day and hirer type are:"),
 ("COLS", [50, 360, 470]),
 ("TH", ["Room and time", "Standard rate", "Community rate"]),
 ("TD", ["Assembly Hall, Monday to Friday before 17:00", "£38", "£19"]),
 ("TD", ["Assembly Hall, Monday to Friday evening", "£44", "£22"]),
 ("TD", ["Assembly Hall, Saturday and Sunday", "£52", "£30"]),
 ("TD", ["Ruskin Room, Monday to Friday before 17:00", "£24", "£12"]),
 ("TD", ["Ruskin Room, Monday to Friday evening", "£28", "£14"]),
 ("TD", ["Ruskin Room, Saturday and Sunday", "£32", "£16"]),
 ("TD", ["Fleece Room, Monday to Friday before 17:00", "£16", "£8"]),
 ("TD", ["Fleece Room, Monday to Friday evening", "£18", "£9"]),
 ("TD", ["Fleece Room, Saturday and Sunday", "£22", "£11"]),
 ("TD", ["Vale Park Pavilion, Monday to Friday", "£20", "£10"]),
 ("TD", ["Vale Park Pavilion, Saturday and Sunday", "£30", "£15"]),
 ("P", "The shortest booking is 2 hours, or 4 hours for the Assembly Hall on a Saturday or Sunday. Rooms can be "
       "booked from 08:00 and must be empty by 23:00, or by midnight in the Assembly Hall on a Friday or Saturday. "
       "The Vale Park Pavilion closes at 21:00."),
 ("H", "5. Who pays the community rate"),
 ("B", "Registered charities, voluntary and community groups based in Marsden Vale, schools, playgroups and "
       "residents' associations pay the community rate for their regular activities and fundraising events."),
 ("B", "Private parties, weddings, businesses and political parties pay the standard rate, even if they are held "
       "by a member of a community group."),
 ("B", "A community group that charges more than £12 a ticket for an event pays the standard rate for that event."),
 ("H", "6. Charges and deposits"),
 ("P", "These are charged on top of the hourly rate. Deposits are taken when you book and returned within 10 "
       "working days of your booking, less any charges below:"),
 ("COLS", [50, 230, 320]),
 ("TH", ["Charge", "Amount", "Notes"]),
 ("TD", ["Key deposit", "£25", "returned when keys are back by 10:00 next day"]),
 ("TD", ["Damage deposit, Assembly Hall", "£150", "£250 for parties and events with alcohol"]),
 ("TD", ["Damage deposit, other rooms", "£75", "Ruskin Room, Fleece Room and Pavilion"]),
 ("TD", ["Cleaning charge", "£60", "if a room is not left clean and tidy"]),
 ("TD", ["Late finish", "£40", "for each 30 minutes or part after your end time"]),
 ("TD", ["Lost key", "£65", "the lock is changed; key deposit also kept"]),
 ("TD", ["Kitchen use", "£15 a booking", "Assembly Hall and Ruskin Room only"]),
 ("TD", ["Projector and sound system", "£20 a booking", "Assembly Hall only; test it with a caretaker"]),
 ("TD", ["Damage", "cost of repair", "anything above the deposit is invoiced"]),
 ("H", "7. Applying for an allotment plot"),
 ("N", "1. Join the waiting list on HallBook, or with a paper form from the Town Hall reception. Joining is free."),
 ("N", "2. Plots are offered in waiting list order, to residents first. We check the list every January, and you "
       "are taken off it if you do not reply within 28 days."),
 ("N", "3. When you are offered a plot, visit it and tell us within 14 days whether you want it. If you turn down "
       "two offers, you go to the bottom of the list."),
 ("N", "4. Sign the tenancy agreement and pay the plot deposit of £30, the gate key deposit of £10 and the rent."),
 ("H", "8. Paying"),
 ("B", "Allotment invoices are sent in September and must be paid within 30 days. A plot taken on during the year "
       "is charged for the quarters left, from the start of the next quarter."),
 ("B", "Hall bookings are paid in full at least 14 days before the booking, or straight away if you book less than "
       "14 days ahead. Regular community bookings are invoiced monthly."),
 ("B", "Pay by card on HallBook, by bank transfer, or by card at the Town Hall reception. We do not take cash or "
       "cheques."),
 ("H", "9. Booking a hall"),
 ("N", "1. Check which rooms are free on HallBook, up to 12 months ahead."),
 ("N", "2. Make a provisional booking. We hold it for 7 days while you pay the deposits."),
 ("N", "3. Tell us when you book if you will serve or sell alcohol. Alcohol may be sold only through a licensed "
       "caterer or under a Temporary Event Notice, and not after 23:00."),
 ("N", "4. For a party for anyone under 21, name an adult aged 25 or over who stays for the whole event."),
 ("N", "5. Collect the keys from the Town Hall reception on the working day before, and return them by 10:00 on "
       "the next working day."),
 ("H", "10. Cancelling"),
 ("B", "Cancel a hall booking 21 days or more before it and you get a full refund."),
 ("B", "Cancel 8 to 20 days before and you get half of the hire charge back. Cancel 7 days or less before and the "
       "hire charge is not refunded. Deposits are always returned."),
 ("B", "If we have to cancel your booking, for example because the Town Hall is needed as a polling station, you "
       "get a full refund and we offer you another date first."),
 ("B", "You can give up an allotment at any time by telling us in writing. The rent for the current year is not "
       "refunded, but the plot deposit is returned if the plot is left clear."),
 ("H", "11. Appeals"),
 ("P", "Plots are inspected four times a year. A plot that is not being cultivated gets an improvement notice with "
       "28 days to put it right, then a final notice with 14 days, and then notice to quit. To appeal against a "
       "notice to quit, or a refused booking:"),
 ("N", "1. Write to the Town Clerk within 14 days, saying why you think the decision is wrong."),
 ("N", "2. The Town Clerk replies within 10 working days, and may change the decision."),
 ("N", "3. If you still disagree, your appeal goes to a panel of three councillors from the Amenities Committee, "
       "who meet within 28 days. You can speak at the meeting. The panel's decision is final."),
 ("H", "12. Contact us"),
 ("P", "Phone the Town Hall reception on 01632 470 200, Monday to Friday 09:00 to 16:30, or email "
       "bookings@marsdenvale-tc.example. The Allotments and Bookings Officer is at Tenter Lane every Wednesday "
       "morning from 09:00 to 12:00."),
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
    out.append(p + pad + [(f"Marsden Vale Town Council \u00b7 Allotments and Hall Hire Fees Guide \u00b7 "
                           f"Version 4 \u00b7 Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "allotments-and-hall-hire-fees-guide.pdf", "wb").write(make_pdf(out))
