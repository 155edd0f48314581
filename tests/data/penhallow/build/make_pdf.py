"""Builds docs/deliveries-returns-and-plant-guarantee-policy.pdf: coldharbour's make_pdf.py (itself ferncombe's,
hartwell's, ashgrove's and earlier sets'): lines of Helvetica text written by PDFium, table cells at fixed x positions,
a bold header row, a footer with page numbers. Words are never split at hyphens, so quotes stay verbatim after text
extraction. A table row is ("TD", cells) and uses the column positions set by the last ("COLS", [...]) entry;
("N", text) is a numbered step written like a bullet with its own number. Tables are kept on one page with the
paragraph that introduces them, and headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/penhallow
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Deliveries, Returns and Plant Guarantee Policy"),
 ("P", "Customer services policy CS-2 of Penhallow Garden Centres Ltd, Trevissick Garden Centre, Moorgate Road, "
       "Trevissick KV2 5HP. Version 4. Approved by the Management Team on 8 February 2032 and in force from Monday "
       "1 March 2032; next review February 2034. Owner: Helen Tregunna, Retail Director. This version replaces "
       "version 3 of March 2029."),
 ("H", "1. About this policy"),
 ("P", "This policy applies to everything customers buy at Trevissick Garden Centre and Polgarrow Garden Centre, in "
       "person or by phone, and to deliveries made from either centre. It sets out what we charge for delivery, what "
       "customers can return, how our plant guarantee works and how we deal with complaints. Trade customers of "
       "Carnvellan Nursery are covered by our Trade Terms instead. Gardens built or planted by our landscaping team "
       "are covered by the separate Landscaping Terms, which have their own guarantees. Nothing in this policy "
       "affects a customer's statutory rights."),
 ("H", "2. What changed in version 4"),
 ("B", "Hardy trees, shrubs, roses, climbers and perennials are now guaranteed for 2 years from purchase, instead of "
       "1 year."),
 ("B", "Delivery in zone A, up to 10 miles from the centre, now costs £7.50, instead of £6.50."),
 ("B", "Delivery is now free on orders over £150 in zones A and B, instead of over £100 in all zones."),
 ("B", "Unused goods other than plants can now be returned within 30 days, instead of 14 days."),
 ("B", "Customers are now given a 2-hour delivery slot, instead of a morning or an afternoon."),
 ("B", "The charge for delivering a pallet of compost, bark or aggregates is now £15 a pallet, instead of £10."),
 ("B", "Gift cards can now be used for 24 months from the date they are bought, instead of 12 months."),
 ("H", "3. Delivery areas and charges"),
 ("P", "Our vans and our 7.5-tonne lorry deliver from Sawmill Yard, Trevissick, from Monday to Saturday between 08:00 "
       "and 17:00. There are no deliveries on Sundays, on bank holidays or from 23 December to 2 January. The charge depends "
       "on the distance by road from the centre where the order was placed:"),
 ("COLS", [50, 140, 290, 400]),
 ("TH", ["Zone", "Distance", "Charge", "Free delivery"]),
 ("TD", ["Zone A", "up to 10 miles", "£7.50", "on orders over £150"]),
 ("TD", ["Zone B", "10 to 20 miles", "£12.50", "on orders over £150"]),
 ("TD", ["Zone C", "20 to 30 miles", "£19.50", "never free"]),
 ("TD", ["Beyond zone C", "over 30 miles", "by quote", "never free"]),
 ("P", "Deliveries in zones A and B are made within 5 working days of the order, and in zone C within 8 working "
       "days. The evening before, Tillway texts the customer a 2-hour delivery slot. These extra charges are added "
       "to the delivery charge where they apply:"),
 ("COLS", [50, 270, 400]),
 ("TH", ["Extra service", "Charge", "Notes"]),
 ("TD", ["Pallet of compost, bark or aggregates", "£15 a pallet", "to the kerb, by tail lift"]),
 ("TD", ["Two-person delivery, items over 40 kg", "£20", "furniture and large pots"]),
 ("TD", ["Taking away old garden furniture", "£25", "with a new furniture delivery"]),
 ("TD", ["Cut Christmas tree delivery, zone A", "£6", "1 to 22 December only"]),
 ("TD", ["Second delivery after a failed one", "the zone charge again", "see section 5"]),
 ("H", "4. Ordering and changing a delivery"),
 ("P", "Customers order a delivery at the tills in either centre or by phone to customer services on 0118 496 0430, "
       "Monday to Saturday from 09:00 to 17:00. The goods and the delivery charge are paid in full when the order is "
       "placed, and the order is recorded in Tillway with the customer's phone number for the delivery slot text."),
 ("B", "A delivery can be moved to another day, free, until 17:00 on the working day before it is due."),
 ("B", "A delivery cancelled before 17:00 on the working day before it is due is refunded in full, delivery charge "
       "included. After that, the delivery charge is kept."),
 ("B", "Plants can also be reserved at either centre for up to 7 days, paid in full, and picked up from the "
       "collection point by the main car park."),
 ("B", "Plants ordered for delivery are picked on the morning of the delivery, so that they arrive fresh."),
 ("H", "5. What customers must do"),
 ("B", "Make sure someone aged 18 or over is at home during the delivery slot, unless a safe place has been agreed."),
 ("B", "Keep a clear path for the driver. Drivers deliver to the front of the property and will carry plants up to "
       "10 steps, but do not take goods through the house."),
 ("B", "Check the order before the driver leaves, and tell the driver about any damaged or missing item."),
 ("B", "Water plants on the day they arrive and plant them, or pot them on, within 4 weeks."),
 ("P", "If nobody is in and no safe place was agreed, the driver leaves a card and takes the order back to Sawmill "
       "Yard. The second delivery is charged at the zone charge again."),
 ("H", "6. The plant guarantee"),
 ("P", "We grow most of our plants ourselves at Carnvellan Nursery, and we guarantee them. If a plant bought from us "
       "dies within its guarantee period, we will replace it or refund it:"),
 ("COLS", [50, 300, 400]),
 ("TH", ["Plants", "Guarantee", "Notes"]),
 ("TD", ["Hardy trees, shrubs, roses and climbers", "2 years", "from the date on the receipt"]),
 ("TD", ["Hardy perennials, alpines and herbs", "2 years", "from the date on the receipt"]),
 ("TD", ["Fruit trees and fruit bushes", "2 years", "from the date on the receipt"]),
 ("TD", ["Bare-root and root-balled hedging", "1 year", "planted November to March"]),
 ("TD", ["Houseplants and orchids", "30 days", "kept indoors"]),
 ("TD", ["Bedding, annuals and vegetable plants", "14 days", "from the date on the receipt"]),
 ("TD", ["Bulbs, seeds, cut flowers, Christmas trees", "not covered", ""]),
 ("P", "Every plant label says where the plant grows best and how to look after it. Staff in the plant areas give "
       "free advice, and at Trevissick the Plant Doctor desk is open on Saturdays from 10:00 to 13:00 for questions "
       "about pests, diseases and plants that are not doing well."),
 ("P", "To make a claim, the customer should:"),
 ("N", "1. Bring the plant, or a photo of it with its label, to the customer service desk at either centre."),
 ("N", "2. Show the receipt, or the Green Leaf Club card used to buy the plant, so that the purchase can be found in "
       "Tillway."),
 ("N", "3. Tell the plant area supervisor when and where it was planted and how it has been watered."),
 ("N", "4. Choose a replacement of the same or a similar plant, or a refund of the price paid to the card used. A "
       "plant paid for in cash is refunded as a gift card. Each plant is replaced once only."),
 ("P", "The guarantee does not cover:"),
 ("B", "tender plants, labelled with the blue frost symbol, left outside in a frost;"),
 ("B", "damage by animals, such as rabbits, deer and pets, or by a lawnmower or strimmer;"),
 ("B", "plants kept in their pots for more than 4 weeks after they were bought;"),
 ("B", "plants from the Last Chance bench, which are sold at a reduced price and marked \"no guarantee\";"),
 ("B", "plants bought on trade terms or planted by our landscaping team."),
 ("H", "7. Returns and refunds"),
 ("P", "Customers may return goods other than plants as shown below. Plants are covered by the guarantee in "
       "section 6 instead. Compost, bark and other bagged products can be returned only if the bag is unopened:"),
 ("COLS", [50, 250, 360]),
 ("TH", ["Goods", "Return within", "Refund"]),
 ("TD", ["Unused goods, with a receipt", "30 days", "to the card used, or in cash"]),
 ("TD", ["Unused goods, no receipt", "30 days", "gift card, at the lowest recent price"]),
 ("TD", ["Faulty goods", "30 days", "full refund; repair or replacement later"]),
 ("TD", ["Sale and clearance goods", "14 days", "gift card only"]),
 ("TD", ["Made-to-order garden furniture", "not returnable", "unless faulty"]),
 ("P", "A faulty item found after 30 days is repaired or replaced, or refunded if it cannot be repaired, for up to 12 "
       "months after purchase. Garden furniture is collected from the customer's home free when it is faulty. A "
       "refund to a card can take up to 5 working days to appear on the customer's account."),
 ("H", "8. Gift cards and the Green Leaf Club"),
 ("P", "Gift cards can be used in both centres and both cafés for 24 months from the date they are bought. They "
       "cannot be exchanged for cash, and a lost card can be replaced only if it was registered in Tillway. Green Leaf "
       "Club membership is free. Members earn 1 point for every £1 spent, and every 500 points give a £5 voucher, sent "
       "by email. Points are not earned on delivery charges or gift cards. Members also get 10% off plants every "
       "Tuesday, except on the Last Chance bench, and a free hot drink in either café in their birthday month."),
 ("H", "9. Complaints"),
 ("P", "A customer who is unhappy with a delivery, a plant or our service should:"),
 ("N", "1. Speak to the duty manager at the centre, who will try to put things right on the day."),
 ("N", "2. If that does not settle it, write to customer services at Trevissick, who reply in full within 10 working "
       "days."),
 ("N", "3. If the customer is still unhappy, the Retail Director reviews the complaint and replies within 20 working "
       "days."),
 ("N", "4. After that, the customer may ask for the complaint to go to Westcountry Consumer Mediation, an "
       "independent service that is free to customers."),
 ("H", "10. Records and review"),
 ("P", "Deliveries, guarantee claims, returns and refunds are all recorded in Tillway, and the records are kept for 6 "
       "years. The Retail Director reviews guarantee claims and complaints with both Centre Managers every 3 months, "
       "and reports to the Management Team on the plants most often replaced, so that the nursery can change how they "
       "are grown or labelled. In 2031 we replaced or refunded 1,240 plants under the guarantee, about 0.3% of the "
       "plants we sold."),
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
    out.append(p + pad + [(f"Penhallow Garden Centres Ltd \u00b7 Deliveries, Returns and Plant Guarantee Policy CS-2 \u00b7 "
                           f"Version 4 \u00b7 Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "deliveries-returns-and-plant-guarantee-policy.pdf", "wb").write(make_pdf(out))
