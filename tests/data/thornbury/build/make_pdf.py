"""Builds docs/fares-tickets-and-refunds-policy.pdf: adapted from pinecrest's make_pdf.py (itself adapted from
quayside's, brightwater's, ashcombe's and fernhill's): lines of Helvetica text written by PDFium, table cells at fixed
x positions, a footer with page numbers. Words are never split at hyphens, so quotes stay verbatim after text
extraction. A table row is ("TD", cells) and uses the column positions set by the last ("COLS", [...]) entry;
("N", text) is a numbered step written like a bullet with its own number; ("BR", "") forces a page break."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/thornbury
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Fares, Tickets and Refunds Policy"),
 ("P", "Thornbury Buses Ltd, Marlstow Depot, Canal Road, Marlstow MW4 2CR. Policy FT-01, version 4. Approved by "
       "Helen Oyelaran, Managing Director, on 21 July 2027 and in force from Sunday 5 September 2027; next review "
       "July 2028. Owner: Nadia Brennan, Customer Services Manager. This version replaces version 3 of March 2026."),
 ("H", "1. Purpose and scope"),
 ("P", "This policy sets out the fares we charge on our buses in and between Marlstow and Brackenford, who travels "
       "free or at a reduced fare, how passengers may pay, and when we refund a ticket or pay for a taxi. It applies "
       "to drivers, revenue protection inspectors, controllers and customer services staff, including agency staff. "
       "Passengers see a summary on our website; where the website and this policy differ, this policy applies. "
       "Whatever the fare rules say, a child under 16 who cannot pay is never left at a stop after dark or in bad "
       "weather: the driver carries them and records it on the TicketWise machine."),
 ("H", "2. What changed in version 4"),
 ("B", "The adult single fare within Zone A (Marlstow) is now £2.20, instead of £2.00. The Zone B (Brackenford) "
       "adult single stays at £1.90."),
 ("B", "Young person fares now apply to passengers aged 5 to 18, instead of 5 to 15."),
 ("B", "Contactless payments are now capped each day at the price of an adult day ticket for the zones travelled. "
       "Version 3 had no daily cap."),
 ("B", "The admin fee for refunding a 28-day ticket is now £5, instead of £3."),
 ("B", "When the last bus of the day is cancelled, we now repay a taxi fare of up to £40, instead of £30."),
 ("H", "3. Responsibilities"),
 ("P", "The Customer Services Manager owns this policy, and customer services staff at the Marlstow Travel Centre "
       "and the Brackenford Travel Office deal with refunds and claims. Drivers sell tickets, check passes and "
       "their photographs, but never give refunds or cash back for a ticket already sold. A driver may let a "
       "passenger travel free only when the ticket machine has failed and the passenger has no ticket; the driver "
       "tells Control. The most each role may refund or give as goodwill without asking anyone is:"),
 ("COLS", [50, 290]),
 ("TH", ["Role", "Refund or goodwill without approval"]),
 ("TD", ["Driver", "None"]),
 ("TD", ["Customer Services Advisor", "Up to £30"]),
 ("TD", ["Customer Services Team Leader", "Up to £100"]),
 ("TD", ["Customer Services Manager", "Up to £500; above £500, the Operations Director"]),
 ("H", "4. Fare zones and fares"),
 ("P", "Zone A covers Marlstow town (routes 1 to 19), and Zone B covers Brackenford town (routes 20 to 29). Any "
       "journey between the two towns, including on routes 30, 31 and the N30 night bus, needs an all-zones fare. "
       "Fares below include VAT where it applies:"),
 ("COLS", [50, 300, 400, 500]),
 ("TH", ["Ticket", "Zone A", "Zone B", "All zones"]),
 ("TD", ["Adult single", "£2.20", "£1.90", "£3.60"]),
 ("TD", ["Adult return (same day)", "£4.00", "£3.50", "£6.40"]),
 ("TD", ["Adult day ticket", "£4.80", "£4.20", "£7.20"]),
 ("TD", ["Adult 7-day ticket", "£17.00", "£15.00", "£26.00"]),
 ("TD", ["Adult 28-day ticket", "£58.00", "£52.00", "£90.00"]),
 ("TD", ["Young person single (5 to 18)", "£1.10", "£1.00", "£1.80"]),
 ("TD", ["Young person day ticket", "£2.40", "£2.10", "£3.60"]),
 ("P", "A Group day ticket costs £14.00 and covers up to 5 people travelling together in all zones, of whom no more "
       "than 2 may be aged 19 or over. It is sold on the bus and in the Thornbury Go app and is valid after 09:30 on "
       "weekdays and all day at weekends and on bank holidays. Day tickets bought on a Friday or Saturday are also "
       "valid on the N30 until 04:00 the next morning."),
 ("H", "5. Free and reduced fares"),
 ("B", "Children under 5 travel free, up to 2 with each fare-paying passenger."),
 ("B", "Passengers aged 16 to 18 pay young person fares when they show photo ID with their date of birth; without "
       "it, they pay the adult fare."),
 ("B", "Holders of an older person's or disabled person's bus pass travel free from 09:30 to 23:00 on weekdays and "
       "all day at weekends and on bank holidays. Before 09:30 on weekdays they pay the adult fare, except on route "
       "14 to Marlstow General Hospital, where passes are accepted at any time."),
 ("B", "A pass marked \"+C\" lets one companion travel free with the pass holder, at the same times."),
 ("B", "Jobseekers with a Jobcentre Plus travel discount card pay young person fares."),
 ("H", "6. Paying for your ticket"),
 ("P", "Passengers may pay by contactless bank card, phone or watch on every bus, or in cash, or show a ticket bought "
       "in the Thornbury Go app. Contactless journeys are added up through the day and never cost more than an adult "
       "day ticket for the zones travelled. Drivers give change, but do not accept notes larger than £20. App tickets "
       "must be activated before boarding and shown to the driver on screen; a screenshot is not a valid ticket."),
 ("H", "7. Refunds"),
 ("P", "Refunds depend on the type of ticket. Paper tickets that are lost or stolen are never refunded or replaced, "
       "but an app ticket can be moved to a new phone by contacting customer services:"),
 ("COLS", [50, 210, 470]),
 ("TH", ["Ticket", "When we refund it", "Admin fee"]),
 ("TD", ["Single, return or day ticket", "Only if the journey was cancelled", "None"]),
 ("TD", ["7-day ticket", "In full if unused and returned within 3 days", "None"]),
 ("TD", ["28-day ticket", "For each whole unused week, from the day we get it", "£5"]),
 ("TD", ["App ticket not yet activated", "In full within 30 days, through the app", "None"]),
 ("P", "To claim a refund for a paper ticket:"),
 ("N", "1. Fill in form TB-R1 online, or at the Marlstow Travel Centre or the Brackenford Travel Office."),
 ("N", "2. Hand in or post the ticket with the form; a refund is worked out from the day we receive it."),
 ("N", "3. A Customer Services Advisor checks the ticket against the TicketWise sales record and works out the "
       "refund. Refunds above £30 go to the Customer Services Team Leader for approval."),
 ("N", "4. The refund is paid to the card used to buy the ticket, or by bank transfer for a cash purchase, within "
       "10 working days. Refunds under £10 may be paid in cash at a travel office."),
 ("H", "8. Cancellations, delays and the last bus"),
 ("P", "If a bus is cancelled or more than 30 minutes late, the passenger's ticket is valid on the next bus on any "
       "route to the same place, including another operator's bus where we have an agreement. If the last bus of the "
       "day on a route is cancelled and there is no other bus within 60 minutes, we repay a taxi to the passenger's "
       "destination:"),
 ("N", "1. The passenger keeps the taxi receipt, showing the date, time and fare."),
 ("N", "2. They claim within 14 days on form TB-R1, giving the route and the time of the bus that did not run."),
 ("N", "3. Customer services checks the cancellation with Control and repays up to £40 per journey, whatever the "
       "number of passengers sharing the taxi."),
 ("P", "We do not repay taxis when the bus was cancelled because of severe weather, or a road closed by the police."),
 ("H", "9. Ticket inspections"),
 ("P", "Revenue protection inspectors board buses at random. A passenger without a valid ticket is asked to buy an "
       "adult single for the journey; anyone who refuses is asked to leave at the next stop. A bus pass used by "
       "someone who is not its holder is taken and returned to the council that issued it. Drivers and inspectors "
       "never use force to stop someone boarding or to remove them."),
 ("H", "10. Fare changes and complaints"),
 ("P", "We give at least 28 days' notice of any fare increase, on our website, at both travel offices and on notices "
       "inside our buses. Tickets already bought stay valid at the price paid until they run out, and 7-day and "
       "28-day tickets bought before a fare increase are refunded on the old price."),
 ("P", "A passenger who disagrees with a refund decision, or with being asked to buy a ticket by an inspector, may "
       "complain by phone on 01632 480 200, online or at either travel office. We reply within 10 working days. If "
       "the passenger is still unhappy, the Customer Services Manager reviews the case and replies within a further "
       "10 working days; after that the passenger may take the complaint to the transport team at Marlstow Borough "
       "Council, which pays for some of our evening and Sunday journeys."),
 ("H", "11. Records"),
 ("P", "We keep the following records, in TicketWise unless stated:"),
 ("COLS", [50, 300, 420]),
 ("TH", ["Record", "Kept for", "Responsible"]),
 ("TD", ["Refund forms (TB-R1)", "2 years", "Customer Services"]),
 ("TD", ["Taxi claims and receipts", "6 years", "Finance"]),
 ("TD", ["Ticket machine sales data", "7 years", "Finance"]),
 ("TD", ["Register of passes taken", "12 months", "Team Leader"]),
 ("H", "12. Review"),
 ("P", "This policy is reviewed every year by the Customer Services Manager and approved by the Managing Director, "
       "or sooner when fares change or the council changes the rules for concessionary passes."),
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
    out.append(p + pad + [(f"Thornbury Buses Ltd \u00b7 Fares, Tickets and Refunds Policy FT-01 \u00b7 Version 4 \u00b7 "
                           f"Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "fares-tickets-and-refunds-policy.pdf", "wb").write(make_pdf(out))
