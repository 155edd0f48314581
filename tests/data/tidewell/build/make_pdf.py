"""Builds docs/conditions-of-carriage-and-fares.pdf: coldharbour's make_pdf.py (itself ferncombe's, hartwell's and
earlier sets'): lines of Helvetica text written by PDFium, table cells at fixed x positions, a bold header row, a
footer with page numbers. Words are never split at hyphens, so quotes stay verbatim after text extraction. A table
row is ("TD", cells) and uses the column positions set by the last ("COLS", [...]) entry; ("N", text) is a numbered
step written like a bullet with its own number. Tables are kept on one page with the paragraph that introduces them,
and headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/tidewell
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Conditions of Carriage and Fares"),
 ("P", "Tidewell Ferries Ltd, Tidewell Harbour Terminal, Quay Street, Tidewell TW4 1QS. Version 7, in force from "
       "Wednesday 1 March 2033 until it is replaced. Approved by Westerhaven Council under the Islands Ferry Services "
       "Contract. Owner: Sorcha Lyle, Bookings and Customer Services Supervisor. This version replaces version 6 of "
       "March 2031."),
 ("H", "1. About these conditions"),
 ("P", "These conditions apply to every passenger, vehicle and item we carry on our three routes: the Kelloe route "
       "between Tidewell and Kelloe Pier, sailed by MV Kittiwake; the Brannock route between Tidewell and Brannock "
       "Slip, sailed by MV Shearwater; and the Sulla Holm launch between Kelloe Pier and Sulla Holm, sailed by the "
       "Tern from 1 April to 30 September. When a ferry is in refit, the relief vessel MV Guillemot sails in its place "
       "at the same fares. By booking or travelling with us you accept these conditions. Fares are set each year with "
       "Westerhaven Council, which pays part of the cost of the service so that islanders can reach the mainland all "
       "year. Timetables are published separately, on our website and at the ticket office."),
 ("H", "2. What changed in version 7"),
 ("B", "Vehicles now check in at Tidewell Harbour Terminal at least 30 minutes before departure, instead of 20 minutes."),
 ("B", "A car on the Kelloe route in summer now costs £38 a single, instead of £35."),
 ("B", "Bicycles now cost £3 a single on the ferries, instead of travelling free."),
 ("B", "A change to a booking within 24 hours of departure now costs £12, instead of £8."),
 ("B", "A booking cancelled more than 48 hours before departure is now refunded in full less a £4 fee; before, this "
       "applied only to bookings cancelled more than 7 days before departure."),
 ("B", "The Islander Card discount is now 40% of the fare, instead of 35%."),
 ("H", "3. Tickets and who may travel"),
 ("B", "Keep your ticket or QR code for the whole journey; the crew may ask to see it on board or when you leave the "
       "ship."),
 ("B", "Children under 12 must travel with someone aged 16 or over. Young people aged 12 to 15 may travel alone on the "
       "ferries, but not on the Tern."),
 ("B", "Concession fares are for passengers aged 60 and over and for disabled passengers who hold a national "
       "concession card, which must be shown when asked."),
 ("B", "Tickets are for the sailing booked. An open ticket, for any sailing on the day of travel, is sold only to "
       "foot passengers."),
 ("H", "4. Ferry fares"),
 ("P", "Fares are for a single journey; a return costs two singles. Summer fares apply from 1 April to 30 September "
       "and winter fares from 1 October to 31 March. Vehicle fares do not include the driver or any passengers, who "
       "each pay the passenger fare:"),
 ("COLS", [50, 225, 315, 405, 505]),
 ("TH", ["Ticket", "Kelloe summer", "Kelloe winter", "Brannock summer", "Brannock winter"]),
 ("TD", ["Adult", "£9.40", "£8.20", "£14.60", "£12.80"]),
 ("TD", ["Child (5 to 15)", "£4.70", "£4.10", "£7.30", "£6.40"]),
 ("TD", ["Child under 5", "free", "free", "free", "free"]),
 ("TD", ["Concession (60 and over, or disabled)", "£6.60", "£5.80", "£10.20", "£9.00"]),
 ("TD", ["Bicycle", "£3", "£3", "£3", "£3"]),
 ("TD", ["Motorcycle", "£14", "£12", "£19", "£16"]),
 ("TD", ["Car up to 5 metres long", "£38", "£31", "£54", "£46"]),
 ("TD", ["Van or campervan up to 6 metres", "£56", "£47", "£78", "£66"]),
 ("TD", ["Each further metre over 6 metres", "£9", "£9", "£12", "£12"]),
 ("P", "Residents of Kelloe and Brannock who hold an Islander Card pay 40% less than the adult, child, concession, car "
       "and van fares above, on the route to their own island. Islander Cards cost £10, last 3 years and are issued "
       "by the ticket office on proof of address. A carer travels free with a passenger who holds a disabled "
       "concession. Lorries, coaches and trailers are charged from the freight rate card, and are booked through the "
       "ticket office."),
 ("H", "5. Sulla Holm launch"),
 ("P", "The Tern sails from Kelloe Pier to Sulla Holm from 1 April to 30 September, weather permitting, and carries up "
       "to 12 passengers. Each trip gives about 90 minutes ashore. Fares are for the return trip and are paid at the "
       "Kelloe Pier kiosk or online:"),
 ("COLS", [50, 330]),
 ("TH", ["Ticket", "Return fare"]),
 ("TD", ["Adult", "£18"]),
 ("TD", ["Child (5 to 15)", "£9"]),
 ("TD", ["Family (2 adults and 2 children aged 5 to 15)", "£48"]),
 ("P", "Children under 5 are not carried on the Tern. Every passenger wears the lifejacket the coxswain gives them, and "
       "must be able to step from the boat onto the landing steps without help. Dogs are not carried on the Tern, "
       "except assistance dogs. Islander Cards do not apply on the Tern. If the coxswain cancels a trip because of the "
       "sea or the weather, the fare is refunded in full."),
 ("H", "6. Booking and checking in"),
 ("P", "Vehicles must be booked. Foot passengers may book or buy a ticket on the day, and are carried in the order they "
       "arrive if a sailing is full. To travel:"),
 ("N", "1. Book in Harbourline on our website, by phone on 01632 960 420 or at the ticket office. Every booking has a "
       "reference and a QR code."),
 ("N", "2. Check in with your vehicle at least 30 minutes before departure at Tidewell Harbour Terminal, and at least 20 "
       "minutes before departure at Kelloe Pier or Brannock Slip."),
 ("N", "3. Foot passengers go to the boarding gate at least 10 minutes before departure. The gate closes 5 minutes "
       "before departure."),
 ("N", "4. Show your QR code to the marshal, who directs you to a lane. Stay with your vehicle until you are called "
       "forward."),
 ("N", "5. A vehicle that has not checked in by the deadline may lose its space to the standby queue. The booking is "
       "then treated as a no-show, but we will move it to the next sailing with space for the change fee."),
 ("H", "7. Changes, cancellations and refunds"),
 ("P", "You may change or cancel a booking in Harbourline or at the ticket office. These charges apply to each booking, "
       "however many people and vehicles it holds:"),
 ("COLS", [50, 330]),
 ("TH", ["Change or cancellation", "Charge or refund"]),
 ("TD", ["Change more than 24 hours before departure", "free"]),
 ("TD", ["Change within 24 hours of departure", "£12 a booking"]),
 ("TD", ["Cancel more than 48 hours before departure", "full refund less a £4 fee"]),
 ("TD", ["Cancel between 48 hours and 2 hours before", "50% refund"]),
 ("TD", ["Cancel within 2 hours, or no-show", "no refund"]),
 ("TD", ["Sailing cancelled by us", "full refund, or a free move"]),
 ("P", "Refunds are made to the card used to pay within 10 working days. Islander Card holders may change a booking "
       "free at any time."),
 ("H", "8. If we cancel or delay a sailing"),
 ("P", "The master decides whether it is safe to sail, and we cannot guarantee any sailing. If we cancel a sailing, we "
       "text every booked passenger through Harbourline and post the change on our website. You may move to the next "
       "sailing with space free of charge, or cancel for a full refund. When space is short after a cancellation, we "
       "carry people in the order set out in our disruption procedure, with medical patients, islanders going home and "
       "lifeline freight first."),
 ("P", "If a sailing is cancelled or delayed by more than 2 hours for a reason within our control, such as a breakdown "
       "or a crew shortage, and you cannot reach your destination the same day, we pay reasonable hotel costs of up "
       "to £110 a room a night and meals of up to £25 a person a day, if you send us the receipts within 28 days. We "
       "do not pay these costs when a sailing is cancelled because of the weather, but we will help you find "
       "somewhere to stay."),
 ("H", "9. Luggage, animals and dangerous goods"),
 ("B", "Foot passengers may take up to 2 bags and one small item, such as a handbag, free. Larger items, such as "
       "furniture or anything over 25 kg, go as freight."),
 ("B", "Dogs travel free on the ferries, on a lead. They stay in your vehicle or on the open deck, and are not allowed "
       "in the passenger lounges, except assistance dogs."),
 ("B", "A vehicle may carry up to 2 portable fuel cans of up to 10 litres each, and camping gas cylinders turned off "
       "at the valve. Fireworks are never carried."),
 ("B", "Passengers may not stay on the vehicle deck or in their vehicles during the crossing."),
 ("H", "10. Passengers who need help"),
 ("P", "Tell us when you book, and at least 48 hours before you travel, if you need help to board, use a wheelchair or "
       "travel with an assistance dog. MV Kittiwake has a lift from the vehicle deck to the passenger lounge. MV "
       "Shearwater and MV Guillemot have no lift, so wheelchair users board them as foot passengers by the gangway, "
       "with help from the crew. Accessible toilets are on MV Kittiwake and in the terminal."),
 ("H", "11. Complaints"),
 ("N", "1. Tell the crew or the ticket office at the time, so that we can put it right if we can."),
 ("N", "2. Otherwise, write to Customer Services within 28 days of travel, by email or by post to the terminal."),
 ("N", "3. We acknowledge your complaint within 3 working days and send a full reply within 15 working days."),
 ("N", "4. If you are still unhappy, you may refer it to the Ferry Users' Panel run by Westerhaven Council, within 2 "
       "months of our reply."),
 ("H", "12. Our liability"),
 ("P", "Our liability for death, injury, and loss of or damage to luggage is limited as set by the Athens Convention "
       "and the law of the United Kingdom. We are not liable for cash, jewellery or valuables left in vehicles, or for "
       "damage to a vehicle caused by the sea or the weather, unless we were negligent. Report any damage to your "
       "vehicle to the Mate before you drive off the ship."),
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
    out.append(p + pad + [(f"Tidewell Ferries Ltd \u00b7 Conditions of Carriage and Fares \u00b7 Version 7, in force from 1 March 2033 \u00b7 "
                           f"Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "conditions-of-carriage-and-fares.pdf", "wb").write(make_pdf(out))
