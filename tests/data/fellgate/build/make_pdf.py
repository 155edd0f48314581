"""Builds docs/ticketing-and-refunds-guide.pdf: ellerby's make_pdf.py (itself tarnbeck's, stainforth's,
coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): lines of Helvetica text written by PDFium,
table cells at fixed x positions, a bold header row, a footer with page numbers. Words are never split at hyphens,
so quotes stay verbatim after text extraction. A table row is ("TD", cells) and uses the column positions set by
the last ("COLS", [...]) entry; ("N", text) is a numbered step written like a bullet with its own number. Tables are
kept on one page with the paragraph that introduces them, and headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/fellgate
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Tickets and Refunds Guide for Festival-Goers"),
 ("P", "Fellgate Events Ltd, 3 Tannery Yard, Fellgate FG2 7LP. Version 3, for tickets sold from Monday 1 November "
       "2032 for the 2033 season; next review October 2033. Owner: Desmond Harcastle, Head of Ticketing. This "
       "version replaces version 2 of November 2031. All prices include VAT."),
 ("H", "1. About this guide"),
 ("P", "This guide explains how to buy tickets for our events, what they cost, what extras you can add, and what "
       "to do if you need to pass a ticket on, ask for a refund or make a complaint. It covers Fellfire Festival at "
       "Gorsedale Park (Friday 22 to Sunday 24 July 2033), Harvest Table Food Festival at Scarth Showground "
       "(Saturday 3 and Sunday 4 September 2033), the Wharf Sessions at Brindle Wharf (four Friday evenings in "
       "June) and the Lantern Walk in Cawdle Woods (from late November). Gate times, what to bring and how to get "
       "to each site are on the visitor help page of our website. The terms you agree to when you buy a ticket "
       "apply if they differ from this guide."),
 ("H", "2. What changed in version 3"),
 ("B", "A Fellfire weekend ticket with camping now costs £189 for an adult, instead of £175."),
 ("B", "A Fellfire Saturday day ticket now costs £79 for an adult, instead of £72."),
 ("B", "A Harvest Table adult day ticket now costs £16, instead of £14."),
 ("B", "Transferring a ticket to someone else now costs £6 a ticket, instead of £10."),
 ("B", "If we cancel an event, refunds are now paid within 14 days, instead of 30 days."),
 ("B", "Car parking at Fellfire, booked in advance, now costs £15 a car for the weekend, instead of £12."),
 ("B", "A replacement wristband now costs £25, instead of £20."),
 ("B", "Ticket Cover now costs £4.50 a ticket, instead of £3.50, and covers illness for the whole party."),
 ("H", "3. Ticket prices"),
 ("P", "Tickets are sold only through GateWise, on our website or the Fellgate Events app, and there is no "
       "booking fee. Prices by event and ticket type are:"),
 ("COLS", [50, 300, 380, 480]),
 ("TH", ["Event and ticket", "Adult", "Teen (13 to 17)", "Child (5 to 12)"]),
 ("TD", ["Fellfire, weekend with camping", "£189", "£129", "£45"]),
 ("TD", ["Fellfire, weekend without camping", "£159", "£109", "£35"]),
 ("TD", ["Fellfire, Friday day ticket", "£64", "£44", "£15"]),
 ("TD", ["Fellfire, Saturday day ticket", "£79", "£54", "£15"]),
 ("TD", ["Fellfire, Sunday day ticket", "£72", "£49", "£15"]),
 ("TD", ["Harvest Table, day ticket", "£16", "£8", "£4"]),
 ("TD", ["Harvest Table, weekend ticket", "£26", "£13", "£6"]),
 ("TD", ["Wharf Sessions, one evening", "£32", "£22", "not admitted"]),
 ("TD", ["Lantern Walk, timed entry", "£14", "£10", "£7"]),
 ("P", "Children under 5 go free to every event but still need a free child ticket from GateWise. Everyone under "
       "18 must come with an adult aged 18 or over who has their own ticket, and one adult may bring up to 4 "
       "under-18s. Children under 13 are not admitted to the Wharf Sessions. Day tickets for Fellfire do not "
       "include camping or entry to the campsites."),
 ("H", "4. Extra charges"),
 ("P", "These extras are not included in the ticket price. Add them to your order in GateWise; most can also be "
       "added later, up to the day before the event, while they last:"),
 ("COLS", [50, 250, 370]),
 ("TH", ["Extra", "Charge", "Notes"]),
 ("TD", ["Car parking, Fellfire", "£15 a car", "for the weekend; £20 if paid on the day"]),
 ("TD", ["Car parking, Harvest Table", "£6 a car a day", "paid by card at the car park gate"]),
 ("TD", ["Campervan pitch, Fellfire", "£65", "up to 7.5 metres; electric hook-up £25 extra"]),
 ("TD", ["Early entry, Fellfire", "£20 a person", "campsite opens Thursday at 16:00"]),
 ("TD", ["Quiet camping upgrade", "£15 a person", "Bracken Field, quiet from 23:00"]),
 ("TD", ["Pre-pitched bell tent for two", "£340", "with two airbeds and a lantern"]),
 ("TD", ["Locker, Fellfire", "£12 a weekend", "charging locker £18 a weekend"]),
 ("TD", ["Shuttle bus from Fellgate station", "£8 return", "every 20 minutes; under-5s free"]),
 ("TD", ["Ticket transfer", "£6 a ticket", "up to 14 days before the event"]),
 ("TD", ["Replacement wristband", "£25", "at the box office, with photo ID"]),
 ("TD", ["Ticket Cover", "£4.50 a ticket", "only when you first buy"]),
 ("H", "5. Buying and paying"),
 ("B", "You can buy up to 6 Fellfire tickets in one order, and up to 10 for our other events. Each ticket is "
       "named, and the name is checked against photo ID at Fellfire for everyone aged 18 or over."),
 ("B", "Fellfire weekend tickets can be paid for in instalments: a deposit of £40, then three monthly payments, "
       "with the last one taken by 1 June 2033. If a payment fails and is not made up within 7 days, the order is "
       "cancelled and the deposit is not returned."),
 ("B", "Your e-ticket is exchanged for a wristband at the box office when you arrive. Do not cut or loosen your "
       "wristband: a damaged wristband is not valid, and a new one costs £25."),
 ("B", "If you can no longer use a ticket, you can sell it back at face value through the GateWise Fan Exchange. "
       "Tickets sold anywhere else, or for more than face value, are cancelled without a refund."),
 ("H", "6. Transferring a ticket"),
 ("P", "You can put a ticket into someone else's name, for example if a friend is going instead of you:"),
 ("N", "1. Sign in to GateWise, open My Tickets and choose Transfer next to the ticket."),
 ("N", "2. Enter the new holder's full name, date of birth and email address."),
 ("N", "3. Pay the transfer fee of £6 a ticket. Early entry, parking and camping upgrades move with the ticket."),
 ("N", "4. The new holder accepts the ticket from the email we send within 48 hours. If they do not, the transfer "
       "is cancelled and the fee refunded."),
 ("N", "5. Transfers close 14 days before the first day of the event. After that, the name on a ticket cannot be "
       "changed."),
 ("H", "7. Refunds"),
 ("P", "Tickets cannot be refunded just because you can no longer come, except under Ticket Cover. We refund in "
       "these cases:"),
 ("B", "If we cancel an event, you get the full price of your tickets and extras back, to the card you paid with, "
       "within 14 days. You do not need to ask."),
 ("B", "If we move an event to a new date, you can keep your ticket for the new date or ask for a refund within "
       "30 days of our announcement."),
 ("B", "If we close an event early for safety before 15:00 on a day, day tickets for that day are refunded at 50%. "
       "A change of headliner or line-up is not a reason for a refund."),
 ("B", "Ticket Cover refunds the ticket price, less the cover charge, if you or someone in your party cannot come "
       "because of illness, injury or a death in the family."),
 ("P", "Asking for a refund under Ticket Cover:"),
 ("N", "1. Sign in to GateWise, open My Orders and choose Ask for a refund, no later than 24 hours after the gates "
       "open on the first day of the event."),
 ("N", "2. Upload your evidence, such as a doctor's note or a letter from the hospital, within 14 days."),
 ("N", "3. Customer Services replies within 5 working days of receiving your evidence."),
 ("N", "4. If the claim is accepted, the refund is paid to the card you paid with within 14 days."),
 ("H", "8. Complaints and appeals"),
 ("N", "1. Contact Customer Services within 30 days of the event, by email or through GateWise, saying what went "
       "wrong and what you would like us to do."),
 ("N", "2. Customer Services replies within 10 working days."),
 ("N", "3. If you are not happy with the reply, ask for the Head of Ticketing to review it. The Head of Ticketing "
       "replies within 20 working days."),
 ("N", "4. If you still disagree, you can take your complaint to the Live Events Dispute Service within 6 months of "
       "our final reply. It is independent of us and free for you to use."),
 ("H", "9. Access tickets"),
 ("B", "If you are disabled and need someone with you to enjoy an event, your personal assistant gets a free "
       "ticket. Apply through GateWise at least 6 weeks before the event, with a copy of your evidence, such as a "
       "benefit letter or a letter from your GP."),
 ("B", "Access camping at Fellfire, with 40 pitches near accessible toilets and a charging point for wheelchairs, "
       "is free but must be booked with your ticket."),
 ("B", "Personal assistant tickets are named and cannot be transferred or sold through the Fan Exchange."),
 ("H", "10. Lost tickets and wristbands"),
 ("P", "E-tickets can be downloaded again from GateWise at any time, so a lost phone does not mean a lost ticket: "
       "the box office can find your order with photo ID and the email address you used. A lost or damaged "
       "wristband is replaced at the box office for £25 once we have checked your photo ID, and the old "
       "wristband is cancelled at once so that it no longer opens the gates."),
 ("H", "11. Contact us"),
 ("P", "Phone Customer Services on 01632 960 300, Monday to Friday 09:00 to 17:30, or send a message through "
       "GateWise. On event days the box office at each site is open from 08:00 to 22:00 and can deal with "
       "wristbands, transfers made before the deadline and lost tickets."),
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
    out.append(p + pad + [(f"Fellgate Events \u00b7 Tickets and Refunds Guide for Festival-Goers \u00b7 "
                           f"Version 3 \u00b7 Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "ticketing-and-refunds-guide.pdf", "wb").write(make_pdf(out))
