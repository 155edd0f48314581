"""Builds docs/reservations-and-cancellation-policy.pdf: adapted from brightwater's make_pdf.py (itself adapted from
ashcombe's and fernhill's): lines of Helvetica text written by PDFium, table cells at fixed x positions, a footer with
page numbers. Words are never split at hyphens, so quotes stay verbatim after text extraction. A table row is
("TD", cells) and uses the column positions set by the last ("COLS", [...]) entry; ("N", text) is a numbered step
written like a bullet with its own number; ("BR", "") forces a page break."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/quayside
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Reservations, Deposits and Cancellation Policy"),
 ("P", "Quayside Hotels Ltd: The Quayside Hotel, Wharf Street, and Linnet Lodge, Station Road, Aldmouth. Policy "
       "RP-02, version 4. Approved by Eleanor Fairweather, Managing Director, on 24 June 2027 and in force for "
       "bookings made from 1 July 2027; next review June 2028. Owner: Daniel Frost, Revenue and Reservations "
       "Manager. This version replaces version 3 of January 2026."),
 ("H", "1. Purpose and scope"),
 ("P", "This policy sets out how guests book rooms at our two hotels, what we ask them to pay in advance, when they "
       "can cancel without charge, what we charge when they do not arrive, and how refunds and disputes are "
       "handled. It applies to the reservations team, front office staff and Duty Managers at both hotels, and to "
       "bookings made by phone, by email, on our website and through online travel agents, unless the agent's own "
       "terms say otherwise. Guests see a summary on our website; where the website and this policy differ, this "
       "policy applies. Restaurant and spa bookings are covered by separate terms."),
 ("H", "2. What changed in version 4"),
 ("B", "Flexible rate bookings at The Quayside Hotel can now be cancelled free of charge until 15:00 two days "
       "before arrival, instead of until 15:00 on the day before arrival. Linnet Lodge does not change."),
 ("B", "The deposit for group bookings of 10 rooms or more is now 30% of the total, instead of 20%, payable "
       "when the group contract is signed."),
 ("B", "The card pre-authorisation taken at check-in at The Quayside Hotel is now £100 per stay, instead of £50 "
       "a night. Linnet Lodge stays at £50 per stay."),
 ("B", "The cleaning charge for smoking in a bedroom is now £250, instead of £150."),
 ("B", "Guests on the Saver rate may now change the name on a booking free of charge up to 24 hours before "
       "arrival, instead of paying a £20 amendment fee."),
 ("H", "3. Responsibilities"),
 ("P", "The Revenue and Reservations Manager, Daniel Frost, owns this policy, sets the rates and decides every "
       "dispute and chargeback. The reservations team takes bookings for both hotels on 01632 960 400, from 08:00 "
       "to 20:00 every day. Front Desk Agents and Night Auditors take payments and pre-authorisations but may not "
       "waive a cancellation or no-show charge. A Guest Services Supervisor may waive a charge of up to £150 and a "
       "Duty Manager a charge of up to £500; anything above £500 needs the General Manager of The Quayside Hotel "
       "or the Hotel Manager of Linnet Lodge. Every waiver is recorded in StayLedger with the reason."),
 ("H", "4. Rates, deposits and cancellation terms"),
 ("P", "Each booking is made on one of the rates below. The rate decides what is paid at booking, until when the "
       "guest can cancel without charge and what we charge if they cancel later or do not arrive:"),
 ("COLS", [50, 175, 300, 450]),
 ("TH", ["Rate", "Paid at booking", "Free cancellation until", "Later or no-show"]),
 ("TD", ["Flexible, Quayside", "Card guarantee only", "15:00 two days before arrival", "First night"]),
 ("TD", ["Flexible, Linnet Lodge", "Card guarantee only", "15:00 the day before arrival", "First night"]),
 ("TD", ["Saver, both hotels", "Full stay", "Not refundable", "Full stay"]),
 ("TD", ["Group, 10 rooms or more", "30% deposit", "42 days before arrival", "See section 6"]),
 ("P", "The Saver rate is usually 15% below the Flexible rate and cannot be cancelled, refunded or moved to other "
       "dates. A Saver booking can be moved to other dates only if the hotel, not the guest, cannot provide the "
       "room. Bookings through an online travel agent follow the cancellation terms shown by the agent at the time "
       "of booking, and refunds for them are made by the agent."),
 ("H", "5. Check-in, check-out and pre-authorisation"),
 ("P", "Check-in and check-out times, charges for arriving early or leaving late, and the amount we pre-authorise "
       "on the guest's card at check-in differ between the hotels:"),
 ("COLS", [50, 230, 400]),
 ("TH", ["", "The Quayside Hotel", "Linnet Lodge"]),
 ("TD", ["Check-in from", "15:00", "14:00"]),
 ("TD", ["Check-out by", "11:00", "10:30"]),
 ("TD", ["Early check-in", "From 12:00 for £25", "From 12:00, free if ready"]),
 ("TD", ["Late check-out", "Until 14:00 for £30", "Until 12:00 for £15"]),
 ("TD", ["Pre-authorisation at check-in", "£100 per stay", "£50 per stay"]),
 ("P", "Early check-in and late check-out are always subject to availability and are confirmed on the day. Guests "
       "in the Estuary Suites at The Quayside Hotel have late check-out until 14:00 free of charge. The person who "
       "checks in must be at least 18 and show photo identification, and every guest aged 16 or over who is not a "
       "British or Irish citizen must also give their passport details, nationality and next destination. The "
       "pre-authorisation is released at check-out, although the guest's bank may take up to 7 days to release "
       "the funds."),
 ("H", "6. Group bookings"),
 ("P", "A group booking is 10 or more rooms for the same dates under one contract. The group organiser pays a "
       "deposit of 30% of the total room charge when the contract is signed, and the balance 14 days before "
       "arrival. Up to 10% of the rooms may be released free of charge until 21 days before arrival. If the group "
       "cancels the whole booking, or releases more rooms than that, we charge on this scale:"),
 ("COLS", [50, 250]),
 ("TH", ["Notice given before arrival", "Charge"]),
 ("TD", ["42 days or more", "None; the deposit is refunded"]),
 ("TD", ["21 to 41 days", "The deposit is kept (30% of the total)"]),
 ("TD", ["8 to 20 days", "60% of the total room charge"]),
 ("TD", ["7 days or less, or no-show", "100% of the total room charge"]),
 ("H", "7. When a guest does not arrive"),
 ("P", "A guest who has not arrived or been in touch by the end of the arrival day is treated as a no-show. The "
       "Night Manager at The Quayside Hotel, or the Night Auditor at Linnet Lodge, deals with no-shows as "
       "follows:"),
 ("N", "1. At 23:00, run the arrivals report in StayLedger and list every booking that has not checked in."),
 ("N", "2. Phone each guest on the number in the booking and send an email from the hotel's address. If the guest "
       "says they are still coming, note the expected time and keep the room."),
 ("N", "3. If there is no answer, keep the room until 02:00 at The Quayside Hotel or until the end of the night "
       "shift at Linnet Lodge, then mark the booking as a no-show in StayLedger."),
 ("N", "4. For a Flexible booking, charge the first night to the guaranteed card by 10:00 the next morning and "
       "cancel the rest of the stay. A Saver booking has already been paid and is not refunded."),
 ("N", "5. Email the guest to say that the charge has been made and how to contact the reservations team."),
 ("P", "If the card is declined, the Duty Manager decides the next morning whether to ask for payment by another "
       "means. Guests who turn up after their booking has been marked as a no-show are offered a room if one is "
       "free, at the rate they booked."),
 ("H", "8. Refunds and disputes"),
 ("P", "Refunds are made to the card used for the original payment within 5 working days of being agreed; we do "
       "not refund in cash. A guest who disagrees with a charge writes to the reservations team, and the Revenue "
       "and Reservations Manager replies within 10 working days. When a bank tells us about a chargeback, the "
       "reservations team sends the evidence, including the booking terms and the registration card, within 7 "
       "days."),
 ("H", "9. Pets, damage and extra charges"),
 ("P", "The Quayside Hotel welcomes up to two dogs per room in selected ground-floor Classic rooms, at £25 per dog "
       "per night, which must be booked in advance. Dogs are not allowed in the Estuary Restaurant or the Salt "
       "Spa. Linnet Lodge does not accept pets, but assistance dogs are welcome at both hotels free of charge. We "
       "charge £250 for cleaning a room after smoking or vaping, £40 for each towel, bathrobe or hairdryer "
       "missing at check-out, and the cost of repair for any other damage, after the Duty Manager has seen it and "
       "taken photographs. The guest is told of every extra charge before it is taken."),
 ("H", "10. Records"),
 ("P", "We keep the following records, in StayLedger unless stated. Full card numbers are never written down or "
       "kept outside the payment terminal:"),
 ("COLS", [50, 300, 420]),
 ("TH", ["Record", "Kept for", "Responsible"]),
 ("TD", ["Guest registration cards", "12 months", "Front Office Manager"]),
 ("TD", ["Booking and payment records", "6 years", "Revenue and Reservations"]),
 ("TD", ["Waivers and refunds", "6 years", "Revenue and Reservations"]),
 ("TD", ["Guest profiles without a stay", "3 years", "Revenue and Reservations"]),
 ("TD", ["Chargeback files", "2 years", "Finance Manager"]),
 ("H", "11. Review"),
 ("P", "This policy is reviewed every year by the Revenue and Reservations Manager and approved by the Managing "
       "Director, or sooner after a change in the law or in the terms of our online travel agents."),
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
    out.append(p + pad + [(f"Quayside Hotels Ltd \u00b7 Reservations, Deposits and Cancellation Policy RP-02 \u00b7 Version 4 \u00b7 "
                           f"Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "reservations-and-cancellation-policy.pdf", "wb").write(make_pdf(out))
