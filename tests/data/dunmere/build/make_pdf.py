"""Builds docs/fares-membership-and-group-bookings-guide.pdf: fellgate's make_pdf.py (itself ellerby's, tarnbeck's,
stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): lines of Helvetica text written by
PDFium, table cells at fixed x positions, a bold header row, a footer with page numbers. Words are never split at
hyphens, so quotes stay verbatim after text extraction. A table row is ("TD", cells) and uses the column positions set
by the last ("COLS", [...]) entry; ("N", text) is a numbered step written like a bullet with its own number. Tables are
kept on one page with the paragraph that introduces them, and headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/dunmere
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Fares, Membership and Group Bookings Guide"),
 ("P", "Dunmere Valley Railway Trust, Station Approach, Dunmere Town DM3 4RW. Version 5, for tickets and "
       "memberships sold from Monday 3 December 2035 for the 2036 season; next review November 2036. Owner: "
       "Philippa Stanhope, Commercial Manager. This version replaces version 4 of December 2034. All prices "
       "include VAT where it applies."),
 ("H", "1. About this guide"),
 ("P", "This guide is for visitors, members and group organisers. It explains what our fares cost, what each "
       "grade of membership gives you, how to book a dining train or a group, and what to do if you need to "
       "change a booking, ask for a refund or make a complaint. Our trains run between Dunmere Town, Kelsey "
       "Bridge, Withercombe Halt and Calder Moss, 9 miles each way. Opening hours, dogs, bikes and "
       "accessibility are on the visitor help pages of our website. The booking conditions you agree to in "
       "ValleyBook apply if they differ from this guide."),
 ("H", "2. What changed in version 5"),
 ("B", "An adult Rover ticket on a peak day now costs £24, instead of £21."),
 ("B", "A Family Rover on a peak day now costs £62, instead of £56."),
 ("B", "Individual membership now costs £32 a year, instead of £28."),
 ("B", "The Valley Diner dining train now costs £58 a person, instead of £52."),
 ("B", "Changing the date of a booking now costs £5 a booking, instead of £8."),
 ("B", "Groups of 15 or more paying passengers now get 15% off, instead of 10% off for groups of 20 or more."),
 ("B", "A dog ticket now costs £2, instead of £1.50, and a bicycle ticket stays at £3."),
 ("B", "If we cancel a train, refunds are now paid within 10 working days, instead of 20 working days."),
 ("H", "3. Fares"),
 ("P", "Tickets are sold in ValleyBook on our website and at the booking office at Dunmere Town, with no booking "
       "fee. A Rover gives unlimited travel for the day. Fares by ticket type and season are:"),
 ("COLS", [50, 300, 375, 465]),
 ("TH", ["Ticket and season", "Adult", "Child (3 to 15)", "Concession"]),
 ("TD", ["Rover, standard day", "£21", "£11", "£19"]),
 ("TD", ["Rover, peak day", "£24", "£12", "£22"]),
 ("TD", ["Rover, winter weekend", "£16", "£8", "£14"]),
 ("TD", ["Rover, gala day", "£28", "£14", "£26"]),
 ("TD", ["Family Rover (2 adults, 3 children), standard day", "£54", "included", "not sold"]),
 ("TD", ["Family Rover (2 adults, 3 children), peak day", "£62", "included", "not sold"]),
 ("TD", ["Single, any journey", "£7", "£4", "£6"]),
 ("TD", ["Santa Special, December", "£22", "£26", "£22"]),
 ("P", "Standard days are weekends from March to October; peak days are every day of the school summer holidays "
       "and the Easter and August bank holiday weekends; winter weekends run in January and February; gala days "
       "are the Spring Steam Gala and the Diesel Weekend. Children under 3 travel free but need a free ticket on "
       "Santa Specials. Concessions are for people aged 60 or over, full-time students and disabled visitors, "
       "and a disabled visitor's carer travels free. The Santa Special child fare includes a present. Dogs cost "
       "£2 and bicycles £3 a day."),
 ("H", "4. Membership"),
 ("P", "Members of the Dunmere Valley Railway Trust support the railway and get free or cheaper travel. Grades "
       "and prices for a year from the date you join are:"),
 ("COLS", [50, 250, 330]),
 ("TH", ["Grade", "Price", "Benefits"]),
 ("TD", ["Individual", "£32 a year", "free travel on standard days, half fare on peak days"]),
 ("TD", ["Joint (two adults, one address)", "£50 a year", "as Individual, for both"]),
 ("TD", ["Family (2 adults, up to 3 children)", "£68 a year", "as Individual, for the whole family"]),
 ("TD", ["Senior (60 or over)", "£26 a year", "as Individual"]),
 ("TD", ["Junior (under 16)", "£12 a year", "half fare on standard days; a badge"]),
 ("TD", ["Life", "£480 once", "as Individual, for life"]),
 ("P", "Every grade gets 10% off in the shop and the Tender Café and Valley Lines, our magazine, four times a "
       "year. Members aged 18 or over can vote at the annual general meeting. Membership does not cover dining "
       "trains, Santa Specials or gala days, where members pay the full fare."),
 ("H", "5. Dining trains and group bookings"),
 ("P", "Dining trains and group bookings are made in ValleyBook or by phoning the booking office. Charges are:"),
 ("COLS", [50, 265, 370]),
 ("TH", ["Dining train or group", "Charge", "Notes"]),
 ("TD", ["Valley Diner, Saturday evenings", "£58 a person", "three-course dinner, 19:00 from Dunmere Town"]),
 ("TD", ["Sunday Lunch Special", "£42 a person", "two courses, 12:30 from Dunmere Town"]),
 ("TD", ["Afternoon Tea Train", "£29 a person", "£15 a child under 12; Wednesdays in summer"]),
 ("TD", ["Calder saloon, private hire", "£780 a trip", "up to 24 guests; catering extra"]),
 ("TD", ["Groups of 15 or more", "15% off fares", "one free place for every 15 paid"]),
 ("TD", ["School groups", "£6.50 a pupil", "one adult free for every 8 pupils"]),
 ("TD", ["Group deposit", "20% of the total", "balance due 28 days before travel"]),
 ("P", "Booking a group:"),
 ("N", "1. Choose a date in ValleyBook and choose Group booking, or phone the booking office on 01632 960 605."),
 ("N", "2. Give the number in your group, the name of the organiser and any wheelchair users, so that we can "
       "reserve the accessible coach."),
 ("N", "3. Pay a deposit of 20% within 7 days to hold the booking."),
 ("N", "4. Pay the balance and confirm final numbers 28 days before travel. Numbers can go down by up to 10% "
       "after that without charge."),
 ("H", "6. Joining as a member"),
 ("N", "1. Join in ValleyBook under Membership, at the booking office, or by post using the form in the shop."),
 ("N", "2. Choose your grade and pay by card or Direct Debit. Your membership starts on the day you pay."),
 ("N", "3. Your membership number is sent at once by email, and your card by post within 14 days. Show the email "
       "at the booking office until your card arrives."),
 ("N", "4. Membership renews each year on the date you joined. MemberBase sends a reminder 30 days before."),
 ("H", "7. Changing a booking"),
 ("N", "1. Sign in to ValleyBook, open My Bookings and choose Change date."),
 ("N", "2. Choose a new date. Ordinary tickets can be changed up to 48 hours before the first train; dining "
       "trains up to 14 days before."),
 ("N", "3. Pay the change fee of £5 a booking, and any difference in fare. There is no fee if we cancelled "
       "your train."),
 ("H", "8. Refunds"),
 ("B", "If we cancel a train, you get your fare back, to the card you paid with, within 10 working days, or you "
       "can move to another date free of charge. Replacing a steam locomotive with a diesel is not a "
       "cancellation."),
 ("B", "Ordinary tickets cancelled at least 7 days before the date of travel are refunded, less an admin fee of "
       "£3 a booking. After that they cannot be refunded."),
 ("B", "Dining trains cancelled at least 14 days before the date are refunded in full, less a fee of £10 a "
       "booking. After that there is no refund unless we can resell the seats."),
 ("B", "Group deposits are not refunded if a group cancels less than 28 days before travel."),
 ("B", "New members can cancel within 14 days of joining for a full refund if they have not yet used their "
       "membership."),
 ("P", "Claiming a refund:"),
 ("N", "1. Sign in to ValleyBook, open My Bookings and choose Cancel and refund, or phone the booking office."),
 ("N", "2. Give your booking reference and the reason. For a train we cancelled, you do not need to ask: the "
       "refund is made automatically."),
 ("N", "3. The refund is paid to the card you paid with within 10 working days of the cancellation."),
 ("H", "9. Complaints"),
 ("N", "1. Tell the booking office or the guard on the day, or email us within 28 days of your visit."),
 ("N", "2. The Commercial Manager replies within 10 working days."),
 ("N", "3. If you are not happy with the reply, ask for the General Manager to review it. The General Manager "
       "replies within 15 working days."),
 ("N", "4. If you still disagree, you can take your complaint to the Heritage Attractions Adjudication Service "
       "within 3 months of our final reply. It is independent of the Trust and free to use."),
 ("H", "10. Footplate experiences and gift vouchers"),
 ("B", "A Footplate Experience gives you half a day driving and firing a steam locomotive on the line between "
       "Kelsey Bridge and Calder Moss, with one of our drivers, for £295. You must be 18 or over, and one "
       "guest can ride in the train for free. A Taster Footplate Ride, 20 minutes in Kelsey Bridge yard for "
       "anyone aged 12 or over, costs £45."),
 ("B", "Footplate Experiences can be moved to another date once, free of charge, if you tell us at least 21 "
       "days before. They are not refunded if you cancel, but we refund them in full if we cancel."),
 ("B", "Gift vouchers can be bought for any amount from £10, in ValleyBook or at the shop. They are valid for 12 "
       "months and can be used for fares, dining trains, Footplate Experiences, membership and the shop, but not "
       "exchanged for cash."),
 ("B", "Lost tickets bought in ValleyBook can be downloaded again at any time, and the booking office can find "
       "your booking from your email address. Paper tickets bought at the booking office cannot be replaced."),
 ("H", "11. Contact us"),
 ("P", "Phone the booking office on 01632 960 605, daily from 09:00 to 17:00 in the summer season and on "
       "running days in winter, or send a message through ValleyBook. Membership questions go to the "
       "Membership Secretary, Clement Varga, at the same number."),
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
    out.append(p + pad + [(f"Dunmere Valley Railway \u00b7 Fares, Membership and Group Bookings Guide \u00b7 "
                           f"Version 5 \u00b7 Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "fares-membership-and-group-bookings-guide.pdf", "wb").write(make_pdf(out))
