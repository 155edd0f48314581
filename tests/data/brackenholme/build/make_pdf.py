"""Builds docs/admissions-and-venue-hire-prices-guide.pdf: fellgate's make_pdf.py (itself ellerby's, tarnbeck's,
stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): lines of Helvetica text written
by PDFium, table cells at fixed x positions, a bold header row, a footer with page numbers. Words are never split at
hyphens, so quotes stay verbatim after text extraction. A table row is ("TD", cells) and uses the column positions
set by the last ("COLS", [...]) entry; ("N", text) is a numbered step written like a bullet with its own number.
Tables are kept on one page with the paragraph that introduces them, and headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/brackenholme
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Admissions and Venue Hire Prices Guide"),
 ("P", "Brackenholme Museums Trust, 4 Tolbooth Wynd, Brackenholme BH4 2QT. Version 5, for visits and hires from "
       "Sunday 1 April 2035 to Monday 31 March 2036; next review February 2036. Owners: Ambrose Tindall, Head of "
       "Visitor Experience, and Dominic Haverfield, Commercial Manager. This version replaces version 4 of April "
       "2034. Admission and membership prices include VAT; venue hire rates do not."),
 ("H", "1. About this guide"),
 ("P", "This guide is for visitors, members and anyone hiring one of our rooms. It gives admission prices at our "
       "four sites (Brackenholme Town Museum at Market Hall, Dunnock Bridge Mill Museum, Selwood Gallery and "
       "Wintersett Hall and Gardens), membership prices, venue hire rates and the extra charges and deposits "
       "for hires, and explains how to buy tickets, join, book a room, cancel and ask for a refund. Opening "
       "times, what you may bring and access information are on the visitor help centre page of our website. "
       "The terms you agree to when you book apply if they differ from this guide."),
 ("H", "2. What changed in version 5"),
 ("B", "An adult ticket for Wintersett Hall and Gardens now costs £14, instead of £13."),
 ("B", "A family ticket for Dunnock Bridge Mill Museum now costs £24, instead of £22."),
 ("B", "Family membership now costs £85 a year, instead of £79."),
 ("B", "Evening hire of the Great Hall at Wintersett by a commercial hirer now costs £1,450, instead of £1,300."),
 ("B", "A security officer for a hire now costs £32 an hour, instead of £29."),
 ("B", "The standard cleaning charge for a hire is now £95, instead of £80."),
 ("B", "The late finish charge is now £150 for each 30 minutes, instead of £100."),
 ("B", "Admission tickets can now be refunded up to 48 hours before your visit, instead of 7 days before."),
 ("H", "3. Admission prices"),
 ("P", "Entry to Brackenholme Town Museum and to the Selwood Gallery collection is free. Prices at the other "
       "sites, by visitor type, are:"),
 ("COLS", [50, 270, 340, 430, 520]),
 ("TH", ["Site", "Adult", "Concession", "Child (5 to 16)", "Family"]),
 ("TD", ["Brackenholme Town Museum", "Free", "Free", "Free", "Free"]),
 ("TD", ["Dunnock Bridge Mill Museum", "£9.50", "£8", "£4.50", "£24"]),
 ("TD", ["Selwood Gallery, collection", "Free", "Free", "Free", "Free"]),
 ("TD", ["Selwood Gallery, exhibitions", "£8", "£6.50", "£3", "£19"]),
 ("TD", ["Wintersett Hall and Gardens", "£14", "£12", "£7", "£36"]),
 ("TD", ["Wintersett, gardens only", "£8.50", "£7", "£4", "£21"]),
 ("P", "Concessions are for visitors aged 65 or over, full-time students and people receiving a means-tested "
       "benefit. A family ticket covers up to 2 adults and 3 children. Children under 5 go free, and one carer "
       "or personal assistant with a disabled visitor goes free. If you Gift Aid your admission at Dunnock "
       "Bridge Mill or Wintersett, your ticket becomes an Annual Pass for 12 months."),
 ("H", "4. Membership"),
 ("P", "Members get free entry to every site and every exhibition, 10% off in our cafés and shops, free parking "
       "at Wintersett and two guest passes a year. Membership lasts 12 months from the day you join:"),
 ("COLS", [50, 220, 320]),
 ("TH", ["Tier", "Price a year", "Who it covers"]),
 ("TD", ["Individual", "£42", "one adult"]),
 ("TD", ["Concession", "£34", "one adult aged 65 or over, or a full-time student"]),
 ("TD", ["Joint", "£68", "two adults at the same address"]),
 ("TD", ["Family", "£85", "two adults and up to 4 children under 17"]),
 ("TD", ["Young Friend", "£20", "one person aged 16 to 25"]),
 ("TD", ["Patron", "£250", "two adults, with private views and curators' tours"]),
 ("H", "5. Buying tickets and joining"),
 ("P", "Buying admission tickets:"),
 ("N", "1. Go to TicketLoft on our website, choose the site, the date and, at Wintersett Hall, an arrival time."),
 ("N", "2. Add up to 10 tickets to your order. Groups of 15 or more book through the Groups team and get 10% off."),
 ("N", "3. Tick the Gift Aid box if you are a UK taxpayer, and pay by card. Your e-tickets are emailed to you."),
 ("N", "4. Show your e-tickets on your phone or printed at the admissions desk. Tickets bought on the day at the "
       "desk cost the same."),
 ("P", "Joining as a member:"),
 ("N", "1. Choose Join in TicketLoft, or ask at any admissions desk, and pick your tier."),
 ("N", "2. Pay for the year by card, or by Direct Debit once a year."),
 ("N", "3. Your digital card is emailed at once, and your printed card is posted within 10 working days."),
 ("N", "4. If you join within 30 days of a paid visit, show your tickets and we take what you paid off the price."),
 ("H", "6. Venue hire rates"),
 ("P", "Day hire is 09:00 to 17:00 and evening hire 18:00 to 23:00. Charity and community rates are for "
       "registered charities, schools and community groups based in Hollindale. Rates for each room are:"),
 ("COLS", [50, 300, 390, 480]),
 ("TH", ["Room and hirer", "Weekday day", "Weekend day", "Evening"]),
 ("TD", ["Great Hall, Wintersett, commercial", "£980", "£1,250", "£1,450"]),
 ("TD", ["Great Hall, Wintersett, charity or community", "£640", "£820", "£960"]),
 ("TD", ["Peach House, Wintersett, commercial", "£520", "£680", "£790"]),
 ("TD", ["Peach House, Wintersett, charity or community", "£340", "£450", "£510"]),
 ("TD", ["Weavers' Loft, Dunnock Bridge, commercial", "£460", "£590", "£690"]),
 ("TD", ["Weavers' Loft, Dunnock Bridge, charity or community", "£290", "£380", "£440"]),
 ("TD", ["Learning Studio, Market Hall, commercial", "£210", "£270", "£320"]),
 ("TD", ["Learning Studio, Market Hall, charity or community", "£120", "£160", "£190"]),
 ("P", "The Great Hall seats 120, or 180 standing; the Peach House seats 60, the Weavers' Loft 80 and the Learning "
       "Studio 30. Weddings at Wintersett are only in the Great Hall, on Fridays and Saturdays, and are booked as "
       "a weekend day and an evening together. Catering is by the Stable Yard Café team only."),
 ("H", "7. Charges and deposits for hires"),
 ("P", "These charges are added to the hire fee where they apply:"),
 ("COLS", [50, 210, 340]),
 ("TH", ["Charge", "Amount", "Notes"]),
 ("TD", ["Booking deposit", "25% of the hire fee", "paid to confirm; balance 8 weeks before"]),
 ("TD", ["Damage deposit, day hire", "£250", "refunded within 14 days after the hire"]),
 ("TD", ["Damage deposit, evening hire", "£500", "refunded within 14 days after the hire"]),
 ("TD", ["Security officer", "£32 an hour", "every evening hire; 1 per 60 guests, 4 hours minimum"]),
 ("TD", ["Cleaning", "£95 a hire", "£180 if food is served in the room"]),
 ("TD", ["Late finish", "£150 each 30 minutes", "past the booked end; nothing after 23:30"]),
 ("TD", ["AV technician", "£28 an hour", "3 hours minimum"]),
 ("TD", ["Corkage", "£12 a bottle", "wine you supply; no spirits"]),
 ("H", "8. Booking a room"),
 ("N", "1. Check dates in HallKeeper on our website and place a provisional hold, which we keep for 7 days."),
 ("N", "2. Pay the booking deposit of 25% of the hire fee to confirm the booking."),
 ("N", "3. Visit the room with our Events Coordinator to plan the layout, catering and access."),
 ("N", "4. Pay the balance of the hire fee and the damage deposit 8 weeks before the hire. Bookings made less than "
       "8 weeks ahead are paid in full at once."),
 ("N", "5. Send final numbers, your suppliers' details and their risk assessments 14 days before the hire."),
 ("H", "9. Cancelling and refunds"),
 ("P", "If you cancel a room hire, tell us in writing. What we keep depends on how long before the hire you "
       "cancel:"),
 ("B", "More than 6 months before: the booking deposit is refunded, less an administration fee of £75."),
 ("B", "From 6 months to 3 months before: the booking deposit is kept."),
 ("B", "Less than 3 months before: 50% of the hire fee is due. Less than 4 weeks before: the full hire fee is due."),
 ("B", "The damage deposit is always refunded when a hire is cancelled. If we have to cancel, you get everything "
       "back within 14 days."),
 ("P", "Asking for a refund of admission tickets:"),
 ("N", "1. Sign in to TicketLoft, open My bookings and choose Cancel, no later than 48 hours before your visit."),
 ("N", "2. The refund is paid to the card you used within 10 working days. Gift Aid on it is cancelled."),
 ("N", "3. Exhibition tickets can instead be moved to another date free of charge up to the day before."),
 ("N", "4. Memberships can be cancelled for a full refund within 14 days of joining, if no visit has been made."),
 ("H", "10. Rules for hirers"),
 ("B", "Hirers must have public liability insurance of at least £5 million and send a copy of the certificate with "
       "their final numbers."),
 ("B", "Amplified music ends at 22:45 and guests leave by 23:00, or by 23:30 if a late finish has been booked. "
       "Rooms must be cleared of the hirer's equipment by 10:00 the next day."),
 ("B", "Candles are allowed only in enclosed holders, and never in the Peach House or near the paintings in the "
       "Great Hall. Confetti, glitter, smoke machines and sky lanterns are not allowed at any site."),
 ("B", "Under-18s at an evening hire must be with an adult, and the bar stops serving at 22:30."),
 ("B", "Damage deposits are used first for any damage, extra cleaning or late finish; anything above the deposit "
       "is invoiced and due within 30 days."),
 ("H", "11. Contact us"),
 ("P", "Phone Visitor Services on 01632 961 300, Monday to Friday 09:00 to 17:00, for tickets and membership. For "
       "venue hire, phone the Events team on 01632 961 370 or use the enquiry form in HallKeeper. Complaints are "
       "handled as the visitor help centre page explains."),
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
    out.append(p + pad + [(f"Brackenholme Museums Trust \u00b7 Admissions and Venue Hire Prices Guide \u00b7 "
                           f"Version 5 \u00b7 Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "admissions-and-venue-hire-prices-guide.pdf", "wb").write(make_pdf(out))
