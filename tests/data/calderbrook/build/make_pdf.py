"""Builds docs/tickets-friends-and-group-bookings-guide.pdf: fellgate's make_pdf.py (itself ellerby's, tarnbeck's,
stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): lines of Helvetica text written
by PDFium, table cells at fixed x positions, a bold header row, a footer with page numbers. Words are never split at
hyphens, so quotes stay verbatim after text extraction. A table row is ("TD", cells) and uses the column positions
set by the last ("COLS", [...]) entry; ("N", text) is a numbered step written like a bullet with its own number.
Tables are kept on one page with the paragraph that introduces them, and headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/calderbrook
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Tickets, Friends and Group Bookings Guide"),
 ("P", "Calderbrook Sinfonia, the Calderbrook Hall, 14 Weavers Row, Calderbrook CK7 3RW; registered charity no. "
       "1187402. Version 6, for tickets sold from Monday 1 June 2036 for the 2036-37 season; next review May 2037. "
       "Owner: Lorcan Dalloway, Box Office and Front of House Manager. This version replaces version 5 of June "
       "2035. All prices include VAT where it applies."),
 ("H", "1. About this guide"),
 ("P", "This guide is for concert-goers, Friends and anyone booking for a group or a school. It explains what "
       "tickets cost in each concert series and seat band, what the Friends of Calderbrook Sinfonia get for their "
       "support, how group and schools bookings work, and what to do if you need to exchange a ticket, ask for a "
       "refund or make a complaint. It covers the Hall Series and Late Lights in the Calderbrook Hall, Family "
       "Matinees, Chamber Sundays in the Wagtail Room and the Minster Series at Thirlby Minster. Opening hours, "
       "access and what to bring are on the audience help pages of our website. The terms you agree to when you "
       "book apply if they differ from this guide."),
 ("H", "2. What changed in version 6"),
 ("B", "A Hall Series adult ticket in Band A now costs £42, instead of £39."),
 ("B", "An under-26 ticket for the Hall Series in Band B now costs £10, instead of £8."),
 ("B", "Principal Friend membership now costs £180 a year, instead of £150."),
 ("B", "Exchanging a ticket now costs £3 a ticket, instead of £2, and can be done up to 48 hours before the "
       "concert, instead of 7 days before."),
 ("B", "The discount for groups of 10 or more is now 15% off adult prices, instead of 10%."),
 ("B", "Tickets for our Sound Out schools' concerts now cost £5 a pupil, instead of £4."),
 ("B", "Booking by phone now costs £2.50 an order, instead of £2. Booking online or in person is still free."),
 ("B", "If we cancel a concert, refunds are now paid within 10 working days, instead of 20."),
 ("H", "3. Ticket prices"),
 ("P", "Tickets are sold through Ovation, on our website, by phone and at the box office. Prices by concert "
       "series, seat band and type of ticket are:"),
 ("COLS", [50, 300, 385, 470]),
 ("TH", ["Series and seat band", "Adult", "Under 26", "Concession"]),
 ("TD", ["Hall Series, Band A", "£42", "£12", "£38"]),
 ("TD", ["Hall Series, Band B", "£34", "£10", "£30"]),
 ("TD", ["Hall Series, Band C", "£26", "£8", "£23"]),
 ("TD", ["Hall Series, Band D (choir seats)", "£16", "£6", "£14"]),
 ("TD", ["Late Lights, unreserved", "£18", "£6", "£15"]),
 ("TD", ["Family Matinees, Band A", "£20", "£5", "£17"]),
 ("TD", ["Family Matinees, Band B", "£14", "£5", "£12"]),
 ("TD", ["Minster Series, nave", "£30", "£10", "£27"]),
 ("TD", ["Minster Series, side aisles", "£20", "£8", "£18"]),
 ("TD", ["Chamber Sundays, unreserved", "£15", "£5", "£13"]),
 ("P", "Under-26 prices are for anyone aged 25 or under; please bring proof of age. Concessions are for people "
       "aged 65 or over, disabled people and people receiving Universal Credit or Pension Credit. Children under "
       "16 pay £3 at Family Matinees in either band, and must sit with an adult. Children under 5 are admitted only "
       "to Family Matinees, free, on an adult's lap. Band D seats are behind the orchestra, with a view of the "
       "conductor's face but not of the soloist's."),
 ("H", "4. Friends of Calderbrook Sinfonia"),
 ("P", "Friends support the orchestra's work in schools and the Youth Sinfonia. Membership runs for 12 months from "
       "the day you join, and every grade gets the Friends' newsletter. The grades are:"),
 ("COLS", [50, 175, 255]),
 ("TH", ["Grade", "Price a year", "Benefits"]),
 ("TD", ["Young Friend (under 26)", "£15", "priority booking 7 days ahead; 2 open rehearsals a season"]),
 ("TD", ["Friend", "£45", "priority booking 14 days ahead; free ticket exchanges"]),
 ("TD", ["Section Friend", "£90", "as Friend, plus 10% off in the Mezzanine Café Bar"]),
 ("TD", ["Principal Friend", "£180", "priority booking 21 days ahead; every open rehearsal"]),
 ("TD", ["Leader's Circle", "£500", "as Principal Friend, plus supper with the Music Director"]),
 ("P", "Every grade from Section Friend upwards also includes everything in the grades below it. Leader's Circle "
       "members can have their name on a seat plaque in the stalls for as long as they stay in the Circle."),
 ("P", "Joining the Friends:"),
 ("N", "1. Sign in to Ovation on our website, or create an account, and choose Become a Friend."),
 ("N", "2. Pick your grade and pay by card, or set up an annual Direct Debit."),
 ("N", "3. If you pay UK tax, tick the Gift Aid box, so that we can claim 25p for every £1 you give."),
 ("N", "4. Your Friends' card is emailed to you within 2 working days, and priority booking applies from the next "
       "booking period."),
 ("H", "5. Group and schools bookings"),
 ("P", "Groups of 10 or more and schools book through the group bookings team, not online. The charges are:"),
 ("COLS", [50, 240, 390]),
 ("TH", ["Booking", "Charge", "Notes"]),
 ("TD", ["Groups of 10 to 19", "15% off adult prices", "Hall Series and Minster Series"]),
 ("TD", ["Groups of 20 or more", "15% off adult prices", "plus 1 free ticket for every 20"]),
 ("TD", ["Sound Out schools' concerts", "£5 a pupil", "1 teacher free for every 10 pupils"]),
 ("TD", ["Schools at a Hall Series concert", "£6 a pupil", "Band C or D seats only"]),
 ("TD", ["Coach subsidy for schools", "up to £150 a coach", "schools more than 20 miles away"]),
 ("TD", ["Group deposit", "25% of the total", "within 7 days of booking"]),
 ("P", "Booking for a group:"),
 ("N", "1. Phone the group bookings team on 0161 496 0465, or email groups through the contact form on our "
       "website, with the concert, the number of seats and the band you would like."),
 ("N", "2. We hold the seats for 7 days and send you a booking form."),
 ("N", "3. Pay the deposit of 25% within 7 days to confirm the booking."),
 ("N", "4. Pay the balance no later than 6 weeks before the concert. Seats that are not paid for by then are "
       "released for general sale."),
 ("N", "5. You can add seats at any time while they last, but seats cannot be taken off or refunded after the "
       "balance is paid."),
 ("H", "6. Exchanges, refunds and changes"),
 ("P", "Tickets cannot be refunded just because you can no longer come, but you can exchange them or return them "
       "for resale:"),
 ("B", "You can exchange a ticket for another concert in the same season, for £3 a ticket, up to 48 hours before "
       "the concert. Friends exchange free. If the new ticket costs more you pay the difference; if it costs less, "
       "the difference is not refunded."),
 ("B", "If you cannot exchange, return your ticket to the box office up to 24 hours before the concert. If we "
       "sell it again, you get a credit note for its face value, valid for 12 months."),
 ("B", "If we cancel a concert, you get the full price of your tickets back to the card you paid with within 10 "
       "working days. You do not need to ask."),
 ("B", "If we move a concert to a new date, you can keep your ticket for the new date or ask for a refund within "
       "28 days of our announcement."),
 ("B", "If the advertised soloist or conductor is replaced, there is no refund, but you can exchange free of "
       "charge or ask for a credit note up to 24 hours before the concert. A change to the programme is not a "
       "reason for a refund."),
 ("P", "Exchanging tickets:"),
 ("N", "1. Sign in to Ovation, open My Bookings and choose Exchange next to the tickets."),
 ("N", "2. Pick the new concert and seats."),
 ("N", "3. Pay the exchange fee of £3 a ticket, unless you are a Friend, and any difference in price."),
 ("N", "4. Your new e-tickets are emailed to you and the old ones stop working at once."),
 ("P", "Claiming a refund for a moved concert:"),
 ("N", "1. Sign in to Ovation, open My Bookings and choose Ask for a refund, or phone the box office, within 28 "
       "days of our announcement."),
 ("N", "2. You can choose to give the ticket price to the orchestra as a donation instead, with Gift Aid."),
 ("N", "3. The refund is paid to the card you paid with within 10 working days. If you paid in cash, we pay it "
       "by bank transfer."),
 ("H", "7. Complaints"),
 ("N", "1. Speak to the front of house manager on the night, or write to the box office within 28 days of the "
       "concert, saying what went wrong and what you would like us to do."),
 ("N", "2. The box office replies within 10 working days."),
 ("N", "3. If you are not happy with the reply, ask for the Chief Executive to review it. The Chief Executive "
       "replies within 15 working days."),
 ("N", "4. If you still disagree, you can take your complaint to the Performing Arts Complaints Review within 3 "
       "months of our final reply. It is independent of us and free to use."),
 ("H", "8. Contact us"),
 ("P", "Box office: 0161 496 0300, or call in at the Calderbrook Hall. Opening hours of the box office, the phone "
       "line and the café bar are on our audience help pages. Group bookings: 0161 496 0465. Friends' office: "
       "0161 496 0470."),
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
    out.append(p + pad + [(f"Calderbrook Sinfonia \u00b7 Tickets, Friends and Group Bookings Guide \u00b7 "
                           f"Version 6 \u00b7 Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "tickets-friends-and-group-bookings-guide.pdf", "wb").write(make_pdf(out))
