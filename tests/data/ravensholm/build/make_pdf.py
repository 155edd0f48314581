"""Builds docs/trade-customer-policy.pdf: adapted from alderley's make_pdf.py (itself yarrowby's, wrenfield's and
earlier sets'): lines of Helvetica text written by PDFium, table cells at fixed x positions, a bold header row,
a footer with page numbers. Words are never split at hyphens, so quotes stay verbatim after text extraction. A table
row is ("TD", cells) and uses the column positions set by the last ("COLS", [...]) entry; ("N", text) is a numbered
step written like a bullet with its own number."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ravensholm
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Trade Customer Policy"),
 ("P", "Orders, deliveries, containers and returns. Ravensholm Brewery Ltd, Millrace Yard, Tanpits Lane, Ravensholm "
       "RV3 2JD. Policy TC-03, version 6. Approved by the Board on 19 November 2030 and in force from Monday 6 "
       "January 2031; next review November 2032. Owner: Marcus Bellwood, Trade Sales Director. This version "
       "replaces version 5 of March 2029."),
 ("H", "1. About this policy"),
 ("P", "This policy is for the pubs, bars, clubs, restaurants and shops that buy our beer on a trade account. It "
       "sets out how to order, when we deliver to your area, what we charge for deposits and services, how to "
       "claim for faulty beer and how to pay us. It does not cover beer bought at our taprooms or in our online "
       "shop, which have their own terms, or beer sold to wholesalers under a written supply agreement."),
 ("H", "2. What changed in version 6"),
 ("B", "Orders for next-day delivery must now reach us by 11:00 on the working day before, instead of 14:00."),
 ("B", "Free delivery in Zones A and B now needs an order of at least £180 before VAT, instead of £150. In Zone C "
       "it now needs £250, instead of £200."),
 ("B", "The charge for a delivery below the free delivery minimum is now £15, instead of £12."),
 ("B", "The deposit on a firkin is now £35, instead of £20, and on a keg £40, instead of £30."),
 ("B", "We now charge for containers that are not returned within 8 weeks, instead of 12 weeks."),
 ("B", "Claims for faulty beer (ullage) must now reach us within 5 working days of the delivery, instead of 10."),
 ("B", "New accounts now pay on delivery for their first 3 months, instead of their first 6 months."),
 ("H", "3. Opening an account and ordering"),
 ("P", "To open a trade account, complete the application on our website with your premises licence number and "
       "the name of your designated premises supervisor. We run a credit check and reply within 5 working days. "
       "Each account has a named account manager, who visits at least every 8 weeks. To order:"),
 ("N", "1. Order on the RavenTrade portal, or phone the trade desk on 0191 498 0720, Monday to Friday, 08:30 to "
       "17:00. The portal takes orders at any time."),
 ("N", "2. Order by 11:00 on the working day before the delivery day for your zone. An order after 11:00 goes "
       "on the next delivery day for your zone."),
 ("N", "3. Tell us how many empty containers you have for collection, so that the driver has room on the dray."),
 ("N", "4. We confirm the order by email with an order number starting RT. Quote it if you need to change or "
       "cancel the order, which you can do until 15:00 on the working day before delivery."),
 ("N", "5. By 18:00 on the day before delivery we text you a two-hour delivery window."),
 ("H", "4. Delivery zones and days"),
 ("P", "Zone A is delivered from the brewery, Zones B and C from our Harrowfield depot, and Zone D by our partner "
       "haulier, Northway Haulage, on our behalf. Free delivery minimums are before VAT:"),
 ("COLS", [50, 100, 345, 480]),
 ("TH", ["Zone", "Areas", "Delivery days", "Free delivery"]),
 ("TD", ["A", "Ravensholm and within 10 miles of the brewery", "Monday to Friday", "From £180"]),
 ("TD", ["B", "Harrowfield and the Skelder valley towns", "Tuesday and Thursday", "From £180"]),
 ("TD", ["C", "Greyhope, Aldwick Moor, Nether Skelby, Thornsett", "Wednesday only", "From £250"]),
 ("TD", ["D", "Lanchester and Brigford (Northway Haulage)", "Friday only", "From £300"]),
 ("P", "Our drays deliver between 06:30 and 14:00 in Zones A, B and C; Northway delivers between 08:00 and 16:00. "
       "When a bank holiday falls on your delivery day, we deliver on the next working day. Drivers deliver to "
       "your cellar drop, or to a ground floor store room if you have no cellar. They do not carry casks down "
       "steps without a working cellar hatch, ramp or hoist, and they do not change or connect casks or kegs. "
       "Someone aged 18 or over must be there to sign for the delivery. In the two weeks before Christmas, "
       "orders must reach us by 11:00 two working days before delivery."),
 ("H", "5. Containers and deposits"),
 ("P", "Our casks and kegs remain our property. We charge a deposit on each container, shown on your invoice, and "
       "credit it back when the container is returned empty and undamaged. If a container has not come back "
       "within 8 weeks of delivery, we charge the lost container charge, less the deposit you have paid:"),
 ("COLS", [50, 185, 345, 430]),
 ("TH", ["Container", "Holds", "Deposit", "Lost container charge"]),
 ("TD", ["Pin", "36 pints (4.5 gallons)", "£30", "£75"]),
 ("TD", ["Firkin", "72 pints (9 gallons)", "£35", "£95"]),
 ("TD", ["Kilderkin", "144 pints (18 gallons)", "£45", "£140"]),
 ("TD", ["Keg, 30 litres", "52 pints", "£40", "£110"]),
 ("TD", ["Keg, 50 litres", "88 pints", "£40", "£130"]),
 ("TD", ["Bag-in-box", "35 pints (20 litres)", "None", "Not returnable"]),
 ("TD", ["Wooden pallet", "Cans and bottles", "£12", "£20"]),
 ("P", "Do not fill our containers with anything else, sell them to a scrap dealer or let another brewery or "
       "collector take them away. Keep empty casks with their shives and keystones in, out of the sun and "
       "stacked no more than two high. Containers can also be returned to the trade counter at Harrowfield "
       "depot, Monday to Friday, 07:30 to 15:30."),
 ("H", "6. Other charges"),
 ("P", "Our other standard charges, before VAT, are:"),
 ("COLS", [50, 400]),
 ("TH", ["Service", "Charge"]),
 ("TD", ["Delivery below the free delivery minimum", "£15"]),
 ("TD", ["Failed delivery (premises closed, no access or nobody to sign)", "£35"]),
 ("TD", ["Same-day delivery in Zone A (order by 09:30)", "£40"]),
 ("TD", ["Line cleaning visit, up to 4 lines", "£28"]),
 ("TD", ["Line cleaning, each further line", "£5"]),
 ("TD", ["Hire of a two-tap event bar with cooler", "£60 a day"]),
 ("TD", ["Point-of-sale pack (pump clips, drip mats, posters)", "Free"]),
 ("P", "We do not charge for a failed delivery if you told the trade desk by 15:00 on the working day before. "
       "Customers who take at least 10 containers of our beer a month get line cleaning free."),
 ("H", "7. Looking after our beer"),
 ("P", "Most faulty beer claims come from the cellar rather than the brewery. Our account managers can train your "
       "staff in cellar care, free, at your premises or at the brewery. We ask every customer to:"),
 ("B", "keep the cellar between 11C and 13C, and kegs and bag-in-box at the same temperature or colder;"),
 ("B", "put casks on the stillage as soon as they arrive, vent them with a soft spile and leave them to settle "
       "for at least 24 hours before tapping;"),
 ("B", "use each cask within 3 days of tapping, and sell the oldest stock first;"),
 ("B", "clean beer lines at least every 7 days, and keep a record of the cleaning;"),
 ("B", "keep gas cylinders chained upright, away from the cellar steps."),
 ("H", "8. Faulty beer (ullage)"),
 ("P", "We credit beer that is faulty when it reaches you: beer that is cloudy when it should be clear, sour, "
       "flat or tastes wrong. We do not credit beer that is past its best before date, was kept above 13C in "
       "the cellar, or was served from a cask tapped more than 3 days before. Best before dates run from "
       "filling: 6 weeks for cask, 3 weeks for bag-in-box, 4 months for keg and 9 months for cans. To claim:"),
 ("N", "1. Stop serving the beer and keep the container. Do not pour the beer away, as our lab needs a sample."),
 ("N", "2. Claim in RavenTrade or phone the trade desk within 5 working days of the delivery, giving the batch "
       "code on the cask label, which starts RB, and how much beer is left."),
 ("N", "3. Mark the container ULLAGE with your claim number. The driver collects it on your next delivery."),
 ("N", "4. Our lab tests the beer within 3 working days of it coming back. If the fault is ours, we credit the "
       "full price of the container on your next invoice. If it is not, we tell you why and give advice."),
 ("P", "We credit a claim only if at least half of the beer is still in the container. A cellar visit by our "
       "quality team is free for any customer with two or more claims in 8 weeks."),
 ("H", "9. Prices and paying us"),
 ("P", "Our trade price list is on RavenTrade. Prices change once a year, on 1 February, and we give at least 6 "
       "weeks' notice of any other change. Customers who take 20 or more containers a month get 5% off the list "
       "price of cask and keg beer, worked out each month. We invoice with each delivery. Established accounts pay within 30 days of the invoice date, by Direct "
       "Debit or bank transfer. New accounts pay on delivery, by card or bank transfer, for their first 3 "
       "months. We stop deliveries to an account with any invoice more than 14 days overdue, and we may charge "
       "interest and recovery costs on late payments as the law allows. Credits for deposits and ullage are "
       "taken off your next invoice and never paid in cash."),
 ("H", "10. Complaints"),
 ("P", "If something has gone wrong, talk to your driver or account manager first: most problems are put right "
       "the same week. To make a complaint:"),
 ("N", "1. Contact the trade desk in writing or on the phone, giving your account number and the order number."),
 ("N", "2. Stage 1: the Trade Desk Team Leader replies within 5 working days."),
 ("N", "3. Stage 2: if you are still unhappy, ask within 20 working days for a review. The Trade Sales "
       "Director replies within 15 working days."),
 ("N", "4. If a Stage 2 reply does not settle it, the Managing Director looks at it again and her reply is our "
       "final answer."),
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
    out.append(p + pad + [(f"Ravensholm Brewery \u00b7 Trade Customer Policy TC-03 \u00b7 Version 6 \u00b7 "
                           f"Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "trade-customer-policy.pdf", "wb").write(make_pdf(out))
