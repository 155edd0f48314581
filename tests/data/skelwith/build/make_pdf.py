"""Builds docs/tickets-season-and-hospitality-guide.pdf: fellgate's make_pdf.py (itself ellerby's, tarnbeck's,
stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): lines of Helvetica text written
by PDFium, table cells at fixed x positions, a bold header row, a footer with page numbers. Words are never split at
hyphens, so quotes stay verbatim after text extraction. A table row is ("TD", cells) and uses the column positions
set by the last ("COLS", [...]) entry; ("N", text) is a numbered step written like a bullet with its own number.
Tables are kept on one page with the paragraph that introduces them, and headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/skelwith
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Tickets, Season Tickets and Hospitality Guide"),
 ("P", "Skelwith Town Football Club Ltd, Tarn Lane Stadium, Tarn Lane, Skelwith LM7 3TL. Version 4, for the "
       "2037/38 season, from Monday 1 June 2037; next review May 2038. Owner: Yusuf Hartigan, Head of Ticketing "
       "and Supporter Services. Prices include VAT."),
 ("H", "1. About this guide"),
 ("P", "This guide is for supporters, members and group organisers. It explains what tickets, season tickets, "
       "memberships and hospitality cost, how to book them, and what to do if a match is postponed, if you need to "
       "pass a ticket on or if you want to complain. It covers home matches of the men's and women's first teams "
       "at Tarn Lane. Opening hours and what you may bring into the ground are on the supporter help pages."),
 ("H", "2. What changed in version 4"),
 ("B", "An adult category A ticket in the Ferryman Stand now costs £22, instead of £20."),
 ("B", "An adult season ticket for the Scree End now costs £215, instead of £199."),
 ("B", "Concession prices now start at age 66, instead of 65."),
 ("B", "An under-18 category B ticket in the Family Zone now costs £3, instead of £5."),
 ("B", "The Tarn Suite matchday package now costs £75 a person, instead of £69."),
 ("B", "Transferring a match ticket is now free up to 48 hours before kick-off, instead of £2."),
 ("B", "Group discounts now start at 10 people, instead of 12."),
 ("B", "Refunds for a postponed match can now be claimed within 14 days, instead of 7 days."),
 ("H", "3. Match ticket prices"),
 ("P", "Match tickets are sold through TarnTix, on our website and app, by phone and at the ticket office by the "
       "Scree End turnstiles. Tickets bought on the day at the ticket office cost £2 more than the prices below. "
       "Prices by stand, match category and age are:"),
 ("COLS", [50, 290, 370, 460]),
 ("TH", ["Stand and match category", "Adult", "Under 18", "Concession"]),
 ("TD", ["Ferryman Stand, category A", "£22", "£11", "£16"]),
 ("TD", ["Ferryman Stand, category B", "£18", "£9", "£13"]),
 ("TD", ["Brackwater Stand, category A", "£20", "£10", "£15"]),
 ("TD", ["Brackwater Stand, category B", "£16", "£8", "£12"]),
 ("TD", ["Family Zone, category A", "£18", "£5", "£13"]),
 ("TD", ["Family Zone, category B", "£14", "£3", "£10"]),
 ("TD", ["Scree End (standing), category A", "£15", "£7", "£11"]),
 ("TD", ["Scree End (standing), category B", "£12", "£5", "£9"]),
 ("TD", ["Gill End (away), all matches", "£16", "£7", "£11"]),
 ("TD", ["Women's first team, all open stands", "£6", "£2", "£4"]),
 ("P", "Category A matches are the derbies against Haverby United, Fells Challenge Cup ties and the Boxing Day "
       "match; other men's matches are category B. Under 18 means aged 17 or under on the match day. "
       "Concessions are for supporters aged 66 or over, full-time students and disabled supporters, whose carer "
       "gets a free ticket. Children under 12 must be with an adult, who may bring up to 4 under-12s. Away "
       "supporters use the Gill End, turnstiles 14 to 17."),
 ("H", "4. Season tickets and membership"),
 ("P", "A season ticket covers all 23 home league matches of the men's first team, or the 11 home league matches "
       "of the women's first team, with a seat or standing place of your own. Membership gives priority booking "
       "and a vote at the Annual Members' Meeting. Prices and main benefits are:"),
 ("COLS", [50, 235, 295, 350, 415]),
 ("TH", ["Grade", "Adult", "Conc.", "Under 18", "Main benefits"]),
 ("TD", ["Season ticket, Ferryman Stand", "£275", "£195", "£120", "reserved seat; 10% off in shop"]),
 ("TD", ["Season ticket, Brackwater Stand", "£245", "£175", "£99", "reserved seat; 10% off in shop"]),
 ("TD", ["Season ticket, Family Zone", "£199", "£140", "£45", "two free guest tickets"]),
 ("TD", ["Season ticket, Scree End", "£215", "£150", "£85", "standing; 5% off in shop"]),
 ("TD", ["Women's season ticket", "£55", "£35", "£15", "all 11 home league matches"]),
 ("TD", ["Tarn Club membership", "£25", "£18", "£10", "48-hour priority booking"]),
 ("TD", ["Junior Tarns (under 16)", "n/a", "n/a", "£12", "mascot ballot; birthday card"]),
 ("B", "Season tickets for 2037/38 go on sale on Monday 1 June 2037. Holders from 2036/37 keep their seat or "
       "place if they renew by Friday 10 July 2037; after that, seats not renewed go on general sale."),
 ("B", "You can pay in full, or by 10 monthly direct debits at no extra cost. To stop a direct debit, give us 10 "
       "days' notice; your season ticket is then suspended until the rest of the price is paid."),
 ("B", "Cup matches are not included, but season ticket holders can buy a cup ticket for their own seat 72 hours "
       "before general sale."),
 ("H", "5. Hospitality and group bookings"),
 ("P", "Hospitality is in the Tarn Suite in the Ferryman Stand and is booked through the Commercial Office. "
       "Group tickets are booked through the ticket office. Charges are:"),
 ("COLS", [50, 260, 370]),
 ("TH", ["Package", "Charge", "What it includes"]),
 ("TD", ["Tarn Suite matchday package", "£75 a person", "three-course lunch, seat, programme"]),
 ("TD", ["Tarn Suite, women's match", "£35 a person", "two-course lunch and a seat"]),
 ("TD", ["Boardroom table for ten", "£720", "private table; meet a player"]),
 ("TD", ["Match sponsorship", "£450", "six Tarn Suite places; signed ball"]),
 ("TD", ["Mascot package (age 6 to 12)", "£65", "kit, photos and two tickets"]),
 ("TD", ["Group of 10 or more", "10% off", "adult and under-18 match tickets"]),
 ("TD", ["School or junior club group", "£2 a pupil", "category B; one adult free per 10"]),
 ("B", "Hospitality bookings need a deposit of 25%, with the balance paid 21 days before the match. If you cancel "
       "more than 21 days before the match, you get everything back except the deposit; after that nothing is "
       "refunded, but you can change the names of your guests."),
 ("P", "Booking a group:"),
 ("N", "1. Email the ticket office at least 14 days before the match with the date, the number in your group, how "
       "many are under 18 and the name of the group leader."),
 ("N", "2. The ticket office holds the places for 5 working days and sends you a booking form and an invoice."),
 ("N", "3. Pay the invoice by card or bank transfer within those 5 working days, or the places are released."),
 ("N", "4. The group leader collects the tickets from the ticket office, or gets them by email, and brings photo "
       "ID on the day."),
 ("H", "6. Buying a season ticket"),
 ("N", "1. Sign in to TarnTix, or create an account with your ClubRoll membership number if you have one."),
 ("N", "2. Choose Season Tickets, pick your stand and your seat or place, and add a season ticket for each person."),
 ("N", "3. Pay in full, or set up 10 monthly direct debits. Concession and under-18 season tickets need proof of "
       "age or a student card, uploaded within 14 days."),
 ("N", "4. Your season ticket card is posted within 21 days, and you can use the digital card in the TarnTix app "
       "straight away."),
 ("H", "7. Transferring a ticket"),
 ("P", "You can pass a match ticket to someone else, for example if a friend is going instead of you:"),
 ("N", "1. Sign in to TarnTix, open My Tickets and choose Transfer next to the match."),
 ("N", "2. Enter the new holder's name, email address and date of birth. A ticket can only go to someone in the "
       "same price group, or you pay the difference."),
 ("N", "3. The transfer is free up to 48 hours before kick-off. After that it costs £2 a ticket, and transfers "
       "close 2 hours before kick-off."),
 ("N", "4. The new holder accepts the ticket from the email we send. Season ticket holders can lend their seat "
       "for one match in the same way, through Share My Seat, free up to 2 hours before kick-off."),
 ("B", "Tickets sold for more than face value, or sold anywhere but TarnTix, are cancelled without a refund, and "
       "the seller may lose their season ticket."),
 ("H", "8. Postponed and abandoned matches"),
 ("B", "If a match is postponed, your ticket is valid for the rearranged match. If you cannot go, you can claim a "
       "refund within 14 days of the original date, less an admin fee of £1.50 a ticket."),
 ("B", "If a match is abandoned before half-time, your ticket gets you into the rearranged match free. If it is "
       "abandoned at or after half-time, you can buy a ticket for the rearranged match at half price. There are "
       "no cash refunds for abandoned matches."),
 ("B", "Season ticket holders get no refund for postponed or abandoned matches, as their season ticket covers the "
       "rearranged match. Hospitality bookings move to the rearranged match, or are refunded in full."),
 ("P", "Claiming a refund for a postponed match:"),
 ("N", "1. Sign in to TarnTix within 14 days of the original date of the match, open My Tickets and choose Claim "
       "a refund."),
 ("N", "2. Choose the tickets you want refunded and confirm the card they were paid with."),
 ("N", "3. We check the claim within 5 working days and email you."),
 ("N", "4. The refund, less the admin fee of £1.50 a ticket, is paid to that card within 10 working days."),
 ("H", "9. Season ticket and membership refunds"),
 ("B", "You can cancel a season ticket or membership within 14 days of buying it and get your money back in full."),
 ("B", "After that, a season ticket is refunded only if you move more than 50 miles away or cannot come because "
       "of serious illness. Give us 28 days' notice in writing; you get back the price of the matches left after "
       "the notice ends, less an admin fee of £20."),
 ("B", "Membership fees are not refunded after the first 14 days."),
 ("H", "10. Complaints"),
 ("N", "1. Contact Supporter Services within 28 days of the match, or of what went wrong, by email, by phone or at "
       "the ticket office."),
 ("N", "2. Supporter Services replies within 10 working days."),
 ("N", "3. If you are not happy with the reply, ask for the Chief Executive to review it. The Chief Executive "
       "replies within 15 working days."),
 ("N", "4. If you still disagree, you can take your complaint to the North Fells League Supporter Complaints Panel "
       "within 3 months of our final reply. It is independent of the club and free to use."),
 ("H", "11. Contact us"),
 ("P", "Phone Supporter Services on 0115 496 0300, Monday to Friday 09:00 to 17:00, or email "
       "tickets@skelwithtownfc.example. The ticket office is by the Scree End turnstiles, and its opening hours "
       "are on the supporter help pages. Group and hospitality bookings: Commercial Office, 0115 496 0350."),
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
    out.append(p + pad + [(f"Skelwith Town Football Club \u00b7 Tickets, Season Tickets and Hospitality Guide \u00b7 "
                           f"Version 4 \u00b7 Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "tickets-season-and-hospitality-guide.pdf", "wb").write(make_pdf(out))
