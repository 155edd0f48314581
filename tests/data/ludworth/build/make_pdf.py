"""Builds docs/tickets-membership-and-refunds-policy.pdf: coldharbour's make_pdf.py (itself ferncombe's, hartwell's
and earlier sets'): lines of Helvetica text written by PDFium, table cells at fixed x positions, a bold header row, a
footer with page numbers. Words are never split at hyphens, so quotes stay verbatim after text extraction. A table
row is ("TD", cells) and uses the column positions set by the last ("COLS", [...]) entry; ("N", text) is a numbered
step written like a bullet with its own number. Tables are kept on one page with the paragraph that introduces them,
and headings with the lines after them; a bulleted list is not kept together, so the Gold members' list runs over
the break from page 2 to page 3 on purpose."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ludworth
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Tickets, Membership and Refunds Policy"),
 ("P", "Ludworth Picturehouses Ltd, 4 Loom Yard, Ludworth LW1 3AB. Version 4, in force from Friday 1 April 2033; next "
       "review March 2035. Owner: Keziah Fenby, Marketing and Membership Officer. Approved by Harriet Quaile, "
       "Managing Director. This version replaces version 3 of February 2031."),
 ("H", "1. About this policy"),
 ("P", "This policy sets out what our tickets cost, how to book them, what our memberships include and when we give "
       "refunds and exchanges. It applies at our three cinemas, the Arcade in Ludworth, the Lyric in Brindlegate and "
       "Cawley Picture Room in Upper Cawley, and to tickets bought online at ludworthpicturehouses.co.uk, in the "
       "Seatwise app, by phone or at a box office. Only a duty manager may give a refund or an exchange that this "
       "policy does not allow, and they record the reason in Seatwise."),
 ("H", "2. What changed in version 4"),
 ("B", "An adult ticket at the Arcade now costs £10.50, instead of £9.95."),
 ("B", "There is no booking fee for tickets bought online or in the app, instead of 75p a ticket."),
 ("B", "Tickets can now be refunded up to 2 hours before the screening starts, instead of 24 hours."),
 ("B", "Gold membership now costs £75 a year, instead of £65."),
 ("B", "The concession price is now for people aged 65 and over, instead of 60 and over."),
 ("B", "Gift vouchers are now valid for 12 months from the day they are bought, instead of 6 months."),
 ("H", "3. Ticket prices"),
 ("P", "Prices below are for standard 2D screenings. 3D screenings cost £1.50 more, and event cinema screenings "
       "(live and recorded opera, ballet, theatre and concerts) are priced separately for each event:"),
 ("COLS", [50, 270, 370, 460]),
 ("TH", ["Ticket", "The Arcade", "The Lyric", "Cawley Picture Room"]),
 ("TD", ["Adult", "£10.50", "£9.50", "£7.00"]),
 ("TD", ["Concession", "£8.50", "£7.50", "£6.00"]),
 ("TD", ["Child (under 16)", "£7.00", "£6.50", "£4.50"]),
 ("TD", ["Family (2 adults and 2 children)", "£30.00", "£27.00", "£20.00"]),
 ("TD", ["Snug sofa seat, Screen 5", "£14.00", "–", "–"]),
 ("TD", ["Tuesday, any seat", "£6.50", "£6.00", "–"]),
 ("TD", ["Carer with a CEA card", "free", "free", "free"]),
 ("P", "A concession ticket is for people aged 65 and over, full-time students with a valid student card, disabled "
       "people and people receiving Universal Credit or Jobseeker's Allowance. Box office staff may ask to see proof. "
       "A carer who comes with a customer who holds a CEA card gets a free ticket at all three cinemas. Cawley "
       "Picture Room shows films from Thursday to Sunday only, so it has no Tuesday price."),
 ("H", "4. Booking"),
 ("P", "You can book online at ludworthpicturehouses.co.uk, in the Seatwise app, by phone on 01632 960 420 from "
       "12:00 to 20:00, or at any of our box offices. Tickets for Cawley Picture Room are also sold for cash at "
       "Cawley Stores in the village."),
 ("B", "Seats are allocated at the Arcade and the Lyric. At Cawley Picture Room you choose your seat when you arrive."),
 ("B", "Online and app bookings get an e-ticket: show it on your phone at the screen door, or give your booking "
       "reference at the box office."),
 ("B", "Wheelchair spaces are booked by phone or at a box office, so that we can keep a companion seat next to the "
       "space."),
 ("B", "A phone booking is paid by card during the call. We do not hold unpaid tickets."),
 ("B", "Children's tickets are for under-16s, and a family ticket is for up to 2 adults and 2 children booked "
       "together for the same screening."),
 ("H", "5. Membership"),
 ("P", "Membership runs for 12 months from the day you join and can be bought online, in the app or at any box "
       "office. There are three tiers:"),
 ("COLS", [50, 160, 250, 450]),
 ("TH", ["Tier", "Single", "Joint, two people at one address", "Under 26"]),
 ("TD", ["Reel", "£25 a year", "£40 a year", "£15 a year"]),
 ("TD", ["Silver Screen", "£45 a year", "£75 a year", "£30 a year"]),
 ("TD", ["Gold", "£75 a year", "£125 a year", "–"]),
 ("P", "Member discounts are for the member's own ticket only, at all three cinemas, and joint members each get "
       "their own discount and free tickets. You can move up to a higher tier at any time and pay only the "
       "difference for the rest of your membership year."),
 ("P", "Reel members get:"),
 ("B", "£1 off every standard ticket;"),
 ("B", "booking for new films 2 days before general sale;"),
 ("B", "the monthly members' newsletter."),
 ("P", "Silver Screen members get:"),
 ("B", "£1.50 off every standard ticket;"),
 ("B", "2 free tickets a year;"),
 ("B", "booking for new films 5 days before general sale;"),
 ("B", "10% off food and drink in our bars and the Arcade Café;"),
 ("B", "the monthly members' newsletter."),
 ("P", "Gold members get:"),
 ("B", "£2 off every standard ticket;"),
 ("B", "6 free tickets a year;"),
 ("B", "booking for new films 7 days before general sale;"),
 ("B", "15% off food and drink in our bars and the Arcade Café;"),
 ("B", "a free regular popcorn with every film they see;"),
 ("B", "two guest tickets a month at the member price;"),
 ("B", "free entry to members' preview screenings;"),
 ("B", "free exchanges of tickets;"),
 ("B", "the monthly members' newsletter."),
 ("P", "Free tickets are for standard screenings only: they are not valid for event cinema screenings or the Snug "
       "sofa seats, and they can be given to a guest. Free tickets left unused at the end of a membership year do not "
       "carry over. Membership cards are not transferable. Membership fees are not refunded, except within 14 days of "
       "joining if no member benefit has been used."),
 ("H", "6. Refunds and exchanges"),
 ("P", "You can have a full refund for any ticket up to 2 hours before the screening starts. Less than 2 hours "
       "before, a ticket cannot be refunded, but it can be exchanged for another screening within 30 days for £1 a "
       "ticket. Once a screening has started, tickets cannot be refunded or exchanged, unless we cancel the screening "
       "or stop it and cannot restart it."),
 ("P", "To ask for a refund:"),
 ("N", "1. Open your booking in the app or in your confirmation email and choose Refund, or phone the box office on "
       "01632 960 420, or come to any of our box offices."),
 ("N", "2. Give your booking reference and the last four digits of the card you paid with."),
 ("N", "3. We refund the card you paid with within 5 working days. Cash is refunded in cash at the box office, and "
       "free tickets go back to your membership account."),
 ("N", "4. We email you to confirm the refund."),
 ("P", "If we cancel a screening, or stop one and cannot restart it, everyone with a ticket can choose a full refund "
       "or a free ticket for another screening. We do not refund:"),
 ("B", "tickets for screenings you missed or arrived too late for;"),
 ("B", "tickets of people turned away because they could not show ID for a 15 or 18 film;"),
 ("B", "gift vouchers, the £1 exchange fee, or membership fees after 14 days;"),
 ("B", "food and drink once opened, unless it is faulty."),
 ("H", "7. Age ratings and ID"),
 ("P", "We follow the BBFC age ratings and cannot make exceptions, even when a parent is with the child. Children "
       "under 12 may see a 12A film only with someone aged 16 or over. Staff ask anyone who looks under 25 for photo "
       "ID for a 15 or 18 film, and a student card or a bank card is not enough. Children under 16 must leave by "
       "21:00 unless they are with an adult."),
 ("H", "8. Gift vouchers"),
 ("P", "Gift vouchers are sold for £10 to £100 and are valid for 12 months from the day they are bought, for "
       "tickets, membership, food and drink at all three cinemas. They cannot be exchanged for cash, and any balance "
       "stays on the voucher until it expires. Vouchers bought before 1 April 2033 are valid for 6 months."),
 ("H", "9. Complaints"),
 ("P", "If something goes wrong at a screening, please tell the duty manager at the time, who can often put it right "
       "there and then. Otherwise:"),
 ("N", "1. Email customers@ludworthpicturehouses.co.uk, or write to head office, within 30 days of your visit."),
 ("N", "2. We reply within 10 working days."),
 ("N", "3. If you are not happy with our reply, ask for the Operations Manager, Declan Furness, to review it. He "
       "replies within 15 working days, and his decision is final."),
 ("H", "10. Accessible screenings"),
 ("P", "Every film at the Arcade and the Lyric can be watched with audio description or captions on headsets and "
       "glasses lent free from the box office. We also run screenings for customers who need them, at the usual "
       "prices:"),
 ("B", "subtitled screenings, with the subtitles on the screen, at every cinema each week;"),
 ("B", "relaxed screenings at the Arcade on the first Sunday of each month at 11:00, with the lights low rather than "
       "off, the sound turned down and no trailers, where you are free to move about and make noise;"),
 ("B", "Reel Tots parent and baby screenings at the Arcade on Wednesdays at 10:30, for adults with babies under 18 "
       "months; the babies come in free;"),
 ("B", "dementia-friendly matinees at the Lyric on the second Tuesday of each month at 14:00, with tea and cake "
       "included in the ticket."),
 ("H", "11. Your information"),
 ("P", "Seatwise keeps your name, email address, bookings and membership details so that we can send your tickets, "
       "give refunds and run the membership scheme. We keep booking records for 6 years for our accounts, and we "
       "never sell your details. You can choose whether to receive our weekly film listings email, and unsubscribe "
       "at any time from the link at the bottom of each email. Card details are handled by our payment provider and "
       "are never stored by Seatwise."),
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
    out.append(p + pad + [(f"Ludworth Picturehouses Ltd \u00b7 Tickets, Membership and Refunds Policy \u00b7 Version 4 \u00b7 "
                           f"Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "tickets-membership-and-refunds-policy.pdf", "wb").write(make_pdf(out))
