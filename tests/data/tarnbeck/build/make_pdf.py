"""Builds docs/passenger-and-parking-charges-guide.pdf: stainforth's make_pdf.py (itself coldharbour's, ferncombe's,
hartwell's, ashgrove's and earlier sets'): lines of Helvetica text written by PDFium, table cells at fixed x
positions, a bold header row, a footer with page numbers. Words are never split at hyphens, so quotes stay verbatim
after text extraction. A table row is ("TD", cells) and uses the column positions set by the last ("COLS", [...])
entry; ("N", text) is a numbered step written like a bullet with its own number. Tables are kept on one page with
the paragraph that introduces them, and headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/tarnbeck
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Passenger and Parking Charges Guide"),
 ("P", "Tarnbeck Airport Ltd, Moor Lane, Orrisdale, Tarnbeck TB6 2RA. Version 4, for all charges from Thursday "
       "1 April 2032; next review March 2033. Owner: Declan Harrop, Commercial Manager. This version replaces "
       "version 3 of April 2031. All charges in this guide include VAT."),
 ("H", "1. About this guide"),
 ("P", "This guide sets out what we charge passengers and visitors for parking, for dropping off and picking up, and "
       "for the services we run in the terminal. Fares, bag fees and seat charges are set by the airlines that fly "
       "from Tarnbeck (Fellwing Airways, Nordvik Air and SunArc Holidays), not by us, so please ask your airline "
       "about them. Our car parks run on ParkWise, which reads your number plate at the barrier, so there are no "
       "tickets to lose. Charges are the same on every day of the week, bank holidays included."),
 ("H", "2. What changed in version 4"),
 ("B", "Long Stay (P3) for up to 7 days, booked online, now costs £62, instead of £56."),
 ("B", "Short Stay (P1) for up to 30 minutes now costs £4.50, instead of £4."),
 ("B", "The drop-off zone now costs £5 for up to 10 minutes, instead of £4."),
 ("B", "The penalty charge in the drop-off zone is now £60, reduced to £30 if paid within 14 days, instead of £50 "
       "and £25."),
 ("B", "Fast Track security now costs £6 a person, instead of £5."),
 ("B", "Entry to the Tarn Lounge now costs £29 for an adult, instead of £27."),
 ("B", "Posting lost property to a UK address now costs £15, instead of £12."),
 ("B", "Free pick-up in the Long Stay car park now lasts 30 minutes, instead of 20 minutes."),
 ("H", "3. Car parks"),
 ("P", "There are three public car parks. If you arrive without booking, pay at the machine in the car park or "
       "online with ParkWise before you drive out; the barrier opens when it reads a paid number plate. Drive-up "
       "charges are:"),
 ("COLS", [50, 170, 300, 390, 480]),
 ("TH", ["Car park", "Walk to terminal", "Up to 1 hour", "Up to 24 hours", "Each extra day"]),
 ("TD", ["Short Stay (P1)", "2 minutes", "£7", "£32", "£32"]),
 ("TD", ["Mid Stay (P2)", "6 minutes", "£5", "£19", "£15"]),
 ("TD", ["Long Stay (P3)", "free bus", "£4", "£13", "£10"]),
 ("P", "In Short Stay, up to 30 minutes costs £4.50 and up to 3 hours costs £12. The free Long Stay bus runs every "
       "10 minutes from 03:30 to 00:30, takes about 5 minutes and stops outside arrivals. Vans over 2.1 metres "
       "high, motorhomes and cars towing trailers cannot use Short Stay or Mid Stay, and must phone the car park "
       "office before they travel."),
 ("P", "Motorcycles pay half the car charge and park in the bays by the Mid Stay pay machines. Electric car charging "
       "points are in Short Stay and Mid Stay, at 45p a kWh on top of the parking charge. Coaches drop off in the "
       "coach bay free for up to 15 minutes, and coach parking in Long Stay costs £25 a day."),
 ("H", "4. Booking your parking online"),
 ("P", "Booking with ParkWise at least 24 hours before you arrive costs much less than driving up. Prices are for "
       "the whole stay, and you can book up to 12 months ahead:"),
 ("COLS", [50, 240, 350, 460]),
 ("TH", ["Length of stay", "Long Stay (P3)", "Mid Stay (P2)", "Short Stay (P1)"]),
 ("TD", ["Up to 3 days", "£29", "£45", "£79"]),
 ("TD", ["Up to 7 days", "£62", "£89", "£159"]),
 ("TD", ["Up to 14 days", "£98", "£149", "£289"]),
 ("TD", ["Each extra day after 14", "£6", "£9", "£19"]),
 ("P", "If you stay longer than you booked, the extra time is charged at the drive-up rate for that car park. Staff "
       "permits and the staff car park (P4) are not for passengers."),
 ("H", "5. Dropping off and picking up"),
 ("B", "The drop-off zone is on the forecourt outside departures. It costs £5 for up to 10 minutes and £10 for 10 to "
       "20 minutes. Pay online or at the machine by the terminal doors by midnight the next day."),
 ("B", "Staying more than 20 minutes, or not paying by midnight the next day, brings a penalty charge of £60, "
       "reduced to £30 if paid within 14 days."),
 ("B", "Blue Badge holders can use the drop-off zone free for up to 30 minutes, once they have registered their "
       "number plate at the special assistance desk."),
 ("B", "To pick someone up, use the Long Stay car park (P3), where the first 30 minutes are free, and meet them at "
       "arrivals by the free bus. Or pay to wait in Short Stay."),
 ("B", "Taxis wait at the rank outside arrivals. Private hire cars booked in advance wait in the Mid Stay car park."),
 ("B", "Stopping on Moor Lane or on the airport roundabout is not allowed at any time."),
 ("H", "6. Other charges in the terminal"),
 ("P", "These charges are the same whichever airline you fly with:"),
 ("COLS", [50, 250, 360]),
 ("TH", ["Service", "Charge", "Notes"]),
 ("TD", ["Airport Development Fee", "£8 a person", "departing passengers aged 16 and over"]),
 ("TD", ["Fast Track security", "£6 a person", "children under 2 free"]),
 ("TD", ["Tarn Lounge, adult", "£29", "from 3 hours before your flight"]),
 ("TD", ["Tarn Lounge, child aged 2 to 11", "£15", "children under 2 free"]),
 ("TD", ["Left luggage", "£8 an item a day", "at the information desk"]),
 ("TD", ["Baggage wrapping", "£12 a bag", "landside, next to check-in"]),
 ("TD", ["Lost property posted, UK", "£15", "add £5 for a parcel over 2 kg"]),
 ("TD", ["Lost property posted abroad", "£32", "tracked; over 2 kg quoted"]),
 ("TD", ["Special assistance", "free", "book through your airline 48 hours ahead"]),
 ("P", "The Airport Development Fee pays for the runway, the terminal and the fire service. Pay it at the kiosks "
       "before security, or online when you book parking or Fast Track. Passengers changing planes do not pay it."),
 ("P", "The Tarn Lounge opens 90 minutes before the first departure and closes at 20:30. The price includes hot and "
       "cold drinks, snacks and newspapers, and a stay of up to 3 hours; children must be with an adult. Fast Track "
       "is open whenever security is open, and can be bought online or at the entrance to the Fast Track lane."),
 ("H", "7. Paying"),
 ("B", "The pay machines, the car park office and the information desk take debit and credit cards and contactless "
       "payments. The pay machines do not take cash."),
 ("B", "Cash is taken only at the car park office, up to £100 at a time."),
 ("B", "A VAT receipt is emailed with every ParkWise booking, and printed by the pay machines if you ask."),
 ("B", "Companies that park more than 10 times a month can open a business account and pay by monthly invoice."),
 ("H", "8. Changing or cancelling a booking"),
 ("N", "1. Sign in to ParkWise with your booking reference and the email address you booked with."),
 ("N", "2. You can change the dates of a booking free of charge once, up to 2 hours before it starts. Each change "
       "after that costs £5."),
 ("N", "3. If you cancel more than 48 hours before your booking starts, you get a full refund less a £5 admin fee."),
 ("N", "4. If you cancel within 48 hours of the start, there is no refund, but you can still move the dates once."),
 ("N", "5. If your airline cancels your flight, send us its cancellation email within 28 days for a full refund."),
 ("N", "6. Refunds are paid to the card you used within 7 working days."),
 ("H", "9. Penalty charges and appeals"),
 ("P", "Penalty charges are sent by post to the registered keeper of the vehicle, with the ParkWise camera pictures. "
       "If you think a charge is wrong:"),
 ("N", "1. Appeal online within 28 days of the date on the charge, giving your reasons and any evidence, such as a "
       "receipt or a notice of a flight delay."),
 ("N", "2. The reduced amount stays open to you while we look at your appeal."),
 ("N", "3. We reply within 14 days. If we turn your appeal down, you have another 14 days to pay the reduced amount."),
 ("N", "4. If you still disagree, you can go to the Independent Parking Appeals Service within 28 days of our reply. "
       "It costs you nothing."),
 ("H", "10. Your vehicle and our responsibility"),
 ("B", "Vehicles and their contents are left at the owner's risk. We are responsible only for loss or damage caused "
       "by our own staff or contractors."),
 ("B", "Car parks are patrolled day and night and covered by cameras, and every car park has a help point that "
       "connects to the car park office."),
 ("B", "A vehicle left in any car park for more than 60 days without a booking may be removed, after we have "
       "written to the registered keeper."),
 ("B", "Keys found in the car parks go to the lost property office in the terminal, not the car park office."),
 ("B", "Blue Badge bays are next to the pay machines in all three car parks, and the Long Stay bus has a ramp. "
       "Blue Badge holders pay the same charges as other drivers."),
 ("H", "11. Contact us"),
 ("P", "The car park office is in the Short Stay car park and is open 24 hours on 01632 961 570. Questions about a "
       "booking or a penalty charge can also be sent through the contact form on our website. Special assistance is "
       "booked through your airline; the special assistance desk is in the check-in hall."),
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
    out.append(p + pad + [(f"Tarnbeck Airport \u00b7 Passenger and Parking Charges Guide \u00b7 "
                           f"Version 4 \u00b7 Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "passenger-and-parking-charges-guide.pdf", "wb").write(make_pdf(out))
