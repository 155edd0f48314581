"""Builds docs/tickets-and-hire-terms.pdf: saltmoor's make_pdf.py (itself alderley's, yarrowby's and earlier sets'):
lines of Helvetica text written by PDFium, table cells at fixed x positions, a bold header row, a footer with page
numbers. Words are never split at hyphens, so quotes stay verbatim after text extraction. A table row is ("TD",
cells) and uses the column positions set by the last ("COLS", [...]) entry; ("N", text) is a numbered step written
like a bullet with its own number. Tables are kept on one page with the paragraph that introduces them, and headings
with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ashgrove
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Tickets and Venue Hire Terms"),
 ("P", "Ashgrove Arts Centre, 2 Kiln Street, Ashgrove AG4 2JD. Terms TH-05, version 5. Approved by the trustees on "
       "14 October 2031 and in force from Monday 5 January 2032; next review October 2033. Owner: Owen Thackeray, "
       "General Manager. This version replaces version 4 of September 2029."),
 ("H", "1. About these terms"),
 ("P", "These terms apply to everyone who buys a ticket for the Kiln Theatre or the Lantern Cinema, books one of our "
       "learning courses, or hires one of our spaces: the Kiln Theatre, Screen 2 or a studio in the main building on "
       "Kiln Street, or the Rehearsal Room at Ferrier's Yard on Canal Road. Tickets, courses and hires are booked "
       "through Tixwell, our box office system. Visiting companies who bring a show to us on a box office split sign "
       "a separate contract and are not covered by these terms."),
 ("H", "2. What changed in version 5"),
 ("B", "The booking fee for online and phone orders is now £1.75 an order, instead of £1.25."),
 ("B", "Theatre tickets can now be exchanged up to 48 hours before the performance, instead of 24 hours."),
 ("B", "The exchange fee is now £2 a ticket, instead of £1.50. Friends still exchange tickets for free."),
 ("B", "The community rate for Studio 1 is now £28 an hour, instead of £25."),
 ("B", "Hirers now pay a deposit of 30% to confirm a booking, instead of 25%."),
 ("B", "Hirers' public liability insurance must now cover at least £5 million, instead of £2 million."),
 ("B", "A hire cancelled less than 8 weeks before it starts is now charged in full, instead of less than 6 weeks."),
 ("H", "3. Buying tickets"),
 ("P", "You can buy tickets online at any time, by phone on 0161 496 0400 while the box office phone line is open, "
       "or in person at the box office. Online and phone orders pay a booking fee of £1.75 an order, however many "
       "tickets are in it. There is no booking fee for tickets bought in person. Each ticket is for one seat at one "
       "performance or screening. Tickets are sent as e-tickets to show on your phone, and the box office will "
       "print them for free."),
 ("P", "Concessions are for under 18s, full-time students, people aged 65 and over, and people who receive Universal "
       "Credit or a disability benefit. Bring proof of your concession, or you may be asked to pay the difference. "
       "Theatre ticket prices are set for each show and shown when you book. Cinema tickets cost, including VAT:"),
 ("COLS", [50, 200, 330, 460]),
 ("TH", ["Cinema ticket", "Evening (from 17:00)", "Daytime (before 17:00)", "Friends, any time"]),
 ("TD", ["Adult", "£9.80", "£7.60", "£7.80"]),
 ("TD", ["Concession", "£7.90", "£6.20", "£6.40"]),
 ("TD", ["Under 16", "£6.50", "£5.00", "£5.00"]),
 ("P", "Every Tuesday is Cheap Tuesday, when all cinema tickets cost £6.00 all day. Event cinema (live broadcasts of "
       "opera, ballet and theatre) is not included: it costs £18.00 for adults and £15.00 for concessions on any "
       "day. At Parent and Baby screenings, on Wednesday mornings, adults pay £6.00 and babies under 12 months "
       "go free."),
 ("H", "4. Exchanges, refunds and arriving late"),
 ("P", "We do not refund tickets unless we cancel or move a performance. To exchange a theatre ticket:"),
 ("N", "1. Contact the box office at least 48 hours before the performance starts."),
 ("N", "2. Choose another performance of the same show. If the new tickets cost more you pay the difference; if "
       "they cost less you get a credit note, not cash."),
 ("N", "3. Pay the exchange fee of £2 a ticket. Friends of the Arts Centre exchange for free."),
 ("N", "4. Use any credit note for tickets, courses or bar vouchers within 12 months."),
 ("P", "Cinema tickets and event cinema tickets cannot be exchanged or refunded. If we cancel a performance or "
       "screening, we refund the ticket price and the booking fee to the card you paid with within 14 days. If a "
       "theatre performance has to stop before the interval, we offer you a ticket for another performance; if it "
       "stops after the interval, no refund or exchange is due."),
 ("P", "Latecomers to the theatre are shown to their seats at a suitable break, which may be the interval. "
       "Latecomers to the cinema are let in up to 20 minutes after the advertised start time, which includes about "
       "15 minutes of adverts and trailers. Children under 14 at a theatre performance must sit with someone aged 16 "
       "or over. For films rated 15 or 18 we may ask for photo ID, and we do not refund a ticket if a customer "
       "cannot show that they are old enough."),
 ("H", "5. Friends of the Arts Centre"),
 ("P", "A Friends membership costs £40 a year, £65 for two people at the same address and £20 for under 26s. "
       "Friends get priority booking for theatre shows 2 weeks before general sale, cinema tickets at the Friends "
       "price, free exchanges and 10% off in the Foyer Bar. Membership is not refunded if you cancel it."),
 ("H", "6. Courses"),
 ("P", "Course fees are paid in full when you book. If you cancel at least 7 days before the first session, we "
       "refund the fee less £10; after that there is no refund, but you may send someone in your place. If we cancel "
       "a course, we refund it in full. Clay and two firings are included in ceramics courses; other materials are "
       "listed with each course."),
 ("H", "7. Hiring our spaces"),
 ("P", "Hire charges for each booking, without VAT. The community rate is for registered charities, schools and "
       "groups based in the Ashgrove district; everyone else pays the commercial rate:"),
 ("COLS", [50, 230, 375, 470]),
 ("TH", ["Space", "Charged", "Community rate", "Commercial rate"]),
 ("TD", ["Kiln Theatre", "each day, up to 12 hours", "£1,150", "£2,400"]),
 ("TD", ["Screen 2", "each 3-hour slot", "£210", "£380"]),
 ("TD", ["Studio 1 (sprung dance floor)", "each hour", "£28", "£46"]),
 ("TD", ["Studio 2 (ceramics)", "each hour", "£24", "£40"]),
 ("TD", ["Studio 3 (digital)", "each hour", "£22", "£38"]),
 ("TD", ["Rehearsal Room, Ferrier's Yard", "each hour", "£18", "£32"]),
 ("TD", ["Rehearsal Room, Ferrier's Yard", "each day, 09:00 to 18:00", "£120", "£220"]),
 ("P", "Studios and the Rehearsal Room are booked for at least 2 hours. A Kiln Theatre hire includes a duty "
       "manager, a duty technician, front of house staff and the box office. Extra technicians cost £32 an hour "
       "each, and use of the theatre after 23:00 costs £90 an hour. A kiln firing in Studio 2 costs £35. The "
       "Rehearsal Room at Ferrier's Yard can be used from 09:00 to 21:00 only, and not for public performances; "
       "hirers there park free in the yard."),
 ("H", "8. Paying for a hire and cancelling"),
 ("P", "To book a hire:"),
 ("N", "1. Ask the box office for a quote, or use the hire form on our website. We hold a provisional booking for "
       "10 days."),
 ("N", "2. Confirm the booking by paying a deposit of 30% of the hire charge. Hires that cost less than £150 are "
       "paid in full when you book."),
 ("N", "3. Pay the rest at least 28 days before the hire starts."),
 ("N", "4. For a Kiln Theatre hire where we sell your tickets, we pay you the ticket income less the hire charge "
       "and a commission of 10%, within 15 working days after the last performance."),
 ("P", "If you cancel a hire 8 weeks or more before it starts, you lose the deposit. If you cancel less than 8 "
       "weeks before, you pay the full hire charge. We may cancel a hire if the space cannot safely be used; we "
       "then refund everything you have paid."),
 ("H", "9. What hirers must do"),
 ("B", "Hold public liability insurance of at least £5 million, and send us the certificate 28 days before the hire."),
 ("B", "Send us a risk assessment for the event at least 14 days before the hire."),
 ("B", "Ask us at least 21 days ahead before using smoke, haze, naked flame or pyrotechnics. None of these is ever "
       "allowed in the studios or at Ferrier's Yard."),
 ("B", "Make sure all scenery and drapes you bring in are flame-retardant."),
 ("B", "Bring licensed chaperones for children under 16 who perform, one for every 12 children."),
 ("B", "Finish the get-out by 01:00 in the Kiln Theatre, and leave studios as you found them."),
 ("B", "Do not bring or sell your own alcohol: the Foyer Bar runs all bars in the building."),
 ("H", "10. Access"),
 ("P", "Our Access Scheme is free to join. Members who need a companion or carer get a free ticket for them at any "
       "performance or screening, and can book our wheelchair spaces: 6 in the stalls of the Kiln Theatre, 2 in "
       "Screen 1 and 1 in Screen 2. Assistance dogs are welcome in every space. Relaxed performances, captioned "
       "screenings and audio described performances are marked in our brochure and online."),
 ("H", "11. In the building"),
 ("B", "Drinks from the Foyer Bar may be taken into the Kiln Theatre in our plastic cups; hot food is not allowed "
       "in the auditoria."),
 ("B", "Filming, photography and sound recording are not allowed during performances and screenings."),
 ("B", "We may refuse entry to anyone who is drunk, or ask anyone who disrupts a performance to leave, with no "
       "refund."),
 ("B", "Items left behind are kept at the box office for 30 days."),
 ("H", "12. Comments and complaints"),
 ("P", "Most problems can be sorted out by the Duty Manager on the day. To make a formal complaint:"),
 ("N", "1. Write to the Front of House and Box Office Manager within 28 days, giving your booking reference."),
 ("N", "2. Stage 1: the manager replies within 7 working days."),
 ("N", "3. Stage 2: if you are still unhappy, ask for a review within 14 days of the reply. The General Manager "
       "replies within 20 working days."),
 ("N", "4. After Stage 2 you can write to the Chair of the trustees, whose decision is final."),
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
    out.append(p + pad + [(f"Ashgrove Arts Centre \u00b7 Tickets and Venue Hire Terms TH-05 \u00b7 Version 5 \u00b7 "
                           f"Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "tickets-and-hire-terms.pdf", "wb").write(make_pdf(out))
