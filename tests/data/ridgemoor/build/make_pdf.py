"""Builds docs/wholesale-and-celebration-cakes-guide.pdf: fellgate's make_pdf.py (itself ellerby's, tarnbeck's,
stainforth's, coldharbour's, ferncombe's, hartwell's, ashgrove's and earlier sets'): lines of Helvetica text written
by PDFium, table cells at fixed x positions, a bold header row, a footer with page numbers. Words are never split at
hyphens, so quotes stay verbatim after text extraction. A table row is ("TD", cells) and uses the column positions
set by the last ("COLS", [...]) entry; ("N", text) is a numbered step written like a bullet with its own number.
Tables are kept on one page with the paragraph that introduces them, and headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/ridgemoor
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Wholesale and Celebration Cakes Guide"),
 ("P", "Ridgemoor Bakery Ltd, Unit 4, Millstone Lane, Ridgemoor RM4 2JH. Version 6, for orders delivered or "
       "collected from Monday 4 January 2038; next review December 2038. Owner: Tomasz Wierzbicki, Operations "
       "Manager. This version replaces version 5 of January 2037. Wholesale prices exclude VAT; cake prices "
       "include VAT where it applies."),
 ("H", "1. About this guide"),
 ("P", "This guide is for our wholesale customers (cafés, schools, hotels, care homes and other trade buyers) and "
       "for anyone ordering a celebration cake from our cake studio. It sets out what we charge, how and when we "
       "deliver, how to open an account or order a cake, and what to do if you need to change an order, claim "
       "for a faulty delivery or make a complaint. Wholesale orders are placed on Breadboard, our online "
       "ordering site, and delivered by our own vans from the central bakery at Millstone Lane. Everything is "
       "baked overnight and leaves the bakery from 05:00. Where your signed account terms differ from this guide, "
       "your account terms apply."),
 ("H", "2. What changed in version 6"),
 ("B", "A sourdough loaf on a standard delivery, in orders of 20 or more, now costs £2.55 instead of £2.40."),
 ("B", "Same-day orders must now be placed by 07:30, instead of 07:00."),
 ("B", "Delivery is now free for wholesale orders of £60 or more, instead of £50."),
 ("B", "Delivery of a smaller wholesale order now costs £8 a drop, instead of £6.50."),
 ("B", "The deposit for a celebration cake is now 30% of the price, instead of 25%."),
 ("B", "A two-tier cake now needs 14 days' notice, instead of 21 days."),
 ("B", "Delivering a celebration cake now costs £12 within 10 miles, instead of £10."),
 ("B", "The late payment fee on a wholesale invoice is now £25, instead of £20."),
 ("H", "3. Wholesale prices"),
 ("P", "Prices are for each item, dozen or tray delivered, by product line, order size and delivery service. A "
       "standard delivery is ordered by 14:00 two days before, a next-day delivery by 14:00 the day before, and a "
       "same-day delivery by 07:30 on the day, for delivery after 11:00:"),
 ("COLS", [50, 300, 380, 470]),
 ("TH", ["Product line and order size", "Standard", "Next-day", "Same-day"]),
 ("TD", ["Sourdough loaf, 1 to 19", "£2.85", "£3.05", "£3.45"]),
 ("TD", ["Sourdough loaf, 20 or more", "£2.55", "£2.75", "£3.15"]),
 ("TD", ["Farmhouse or wholemeal loaf, 1 to 19", "£1.70", "£1.85", "£2.20"]),
 ("TD", ["Farmhouse or wholemeal loaf, 20 or more", "£1.50", "£1.65", "£2.00"]),
 ("TD", ["Morning rolls, a dozen", "£3.60", "£3.90", "£4.50"]),
 ("TD", ["Croissants, a dozen", "£9.60", "£10.20", "not available"]),
 ("TD", ["Sausage rolls, a dozen", "£11.40", "£12.00", "£13.20"]),
 ("TD", ["Traybakes, a tray of 24", "£19.20", "£20.40", "not available"]),
 ("P", "Same-day delivery is only for customers within 15 miles of the bakery, and only for products from that "
       "morning's bake. Clearbake gluten-free bread and rolls are baked on Mondays and Thursdays only and must be "
       "ordered as standard deliveries."),
 ("H", "4. Delivery and account charges"),
 ("P", "These charges are added to your invoice or, for cakes, to the price of your order:"),
 ("COLS", [50, 250, 370]),
 ("TH", ["Charge", "Amount", "Notes"]),
 ("TD", ["Wholesale delivery, £60 or more", "free", "within 25 miles of the bakery"]),
 ("TD", ["Wholesale delivery, under £60", "£8 a drop", "within 25 miles of the bakery"]),
 ("TD", ["Delivery beyond 25 miles", "£1.10 a mile", "for each mile beyond the first 25"]),
 ("TD", ["Timed delivery slot", "£6 a drop", "delivered within a 30-minute window"]),
 ("TD", ["Crate not returned", "£6 a crate", "counted at the next delivery"]),
 ("TD", ["Late payment fee", "£25", "for an invoice unpaid after 30 days"]),
 ("TD", ["Celebration cake delivery", "£12", "within 10 miles; 90p a mile beyond"]),
 ("TD", ["Cake stand hire", "£15", "plus a £25 deposit, refunded on return"]),
 ("H", "5. Opening a wholesale account"),
 ("N", "1. Apply on Breadboard with your business name, address, delivery times and two trade references."),
 ("N", "2. We run a credit check, which takes up to 3 working days, and agree a credit limit with you."),
 ("N", "3. Your first 3 orders are paid by card when you place them."),
 ("N", "4. After that you are invoiced monthly, and invoices are due within 30 days of the invoice date."),
 ("N", "5. Set up standing orders on Breadboard for the days you want regular deliveries. The minimum first "
       "order is £40."),
 ("H", "6. Celebration cakes"),
 ("P", "Every celebration cake is made to order by our cake studio. Prices are from the prices below for a sponge "
       "cake with buttercream and a simple message; fruit cake, sugar flowers and printed photos cost extra:"),
 ("COLS", [50, 250, 340, 440]),
 ("TH", ["Size", "Serves", "Price from", "Lead time"]),
 ("TD", ["6-inch round", "10 to 12", "£38", "5 days"]),
 ("TD", ["8-inch round", "18 to 22", "£56", "7 days"]),
 ("TD", ["10-inch round", "30 to 35", "£82", "10 days"]),
 ("TD", ["12-inch square", "50", "£118", "10 days"]),
 ("TD", ["Two-tier (6 and 8 inch)", "60", "£175", "14 days"]),
 ("TD", ["Three-tier (6, 8 and 10 inch)", "110", "£310", "21 days"]),
 ("TD", ["Cupcake tower of 24", "24", "£64", "7 days"]),
 ("TD", ["Number or letter cake", "20", "£72", "7 days"]),
 ("P", "Clearbake gluten-free sponge is available for the 6-inch and 8-inch round cakes only, for £10 extra and "
       "with 3 more days' notice. Lead times count from the day your deposit is paid."),
 ("P", "Ordering a celebration cake:"),
 ("N", "1. Choose your cake on Breadboard or at any of our shops, and book a design chat with the cake studio if "
       "you want something not in our range."),
 ("N", "2. Pay a deposit of 30% of the price. Your order is not confirmed until the deposit is paid."),
 ("N", "3. Pay the balance no later than 7 days before you collect the cake or we deliver it."),
 ("N", "4. Collect the cake from the shop you chose, or we deliver it in a chilled van."),
 ("H", "7. Changing or cancelling an order"),
 ("B", "Wholesale orders, including a day's standing order, can be changed or cancelled on Breadboard free of "
       "charge until 14:00 the day before delivery. After that, the order is charged in full."),
 ("B", "Same-day orders cannot be changed or cancelled once we have confirmed them."),
 ("B", "To pause standing orders, for example during school holidays, give us 7 days' notice."),
 ("B", "A celebration cake's design, size or flavour can be changed free of charge up to 10 days before the date. "
       "From 9 to 4 days before, a change costs £20. In the last 3 days only the message can be changed."),
 ("B", "If you cancel a cake 14 days or more before the date, we refund your deposit less a £15 admin fee. From 13 "
       "to 7 days before, the deposit is kept. With less than 7 days' notice, the full price is payable."),
 ("P", "Changing an order:"),
 ("N", "1. Sign in to Breadboard, open My Orders and choose Change next to the order."),
 ("N", "2. Make the change and check the new total, including any fee."),
 ("N", "3. Confirm it. You get an email within 1 hour; if you do not, phone Customer Care."),
 ("H", "8. Faulty or short deliveries"),
 ("P", "If a delivery is short, damaged, late by more than 2 hours or not what you ordered, we will put it "
       "right. Claiming a refund for a faulty delivery:"),
 ("N", "1. Report it on Breadboard within 24 hours of delivery, choosing Report a problem next to the delivery."),
 ("N", "2. Add photos of the faulty items and keep them, in case our driver collects them."),
 ("N", "3. Customer Care replies within 2 working days."),
 ("N", "4. If the claim is accepted, a credit is put on your account within 5 working days, or a refund is paid "
       "to your card if you pay by card."),
 ("H", "9. Delivery days, holidays and allergens"),
 ("B", "We deliver Monday to Saturday. There are no deliveries on Sundays, Christmas Day, Boxing Day or New "
       "Year's Day; on other bank holidays we deliver to standing orders only."),
 ("B", "Your driver leaves the delivery in the place agreed on your account if nobody is there, and takes a "
       "photo in RoundTrack, our van tracking system, as proof of delivery."),
 ("B", "Every product is labelled from LabelBase, our allergen and recipe database, with all 14 major "
       "allergens. Allergen sheets for every line can be downloaded from Breadboard."),
 ("B", "We do not make nut-free products: nuts are used in the bakery and the cake studio."),
 ("H", "10. Complaints"),
 ("N", "1. Contact Customer Care within 28 days, by phone, by email or through Breadboard, saying what went "
       "wrong and what you would like us to do."),
 ("N", "2. Customer Care replies within 5 working days."),
 ("N", "3. If you are not happy with the reply, ask for the Operations Manager to review it. The Operations "
       "Manager replies within 15 working days."),
 ("N", "4. If you still disagree, you can take your complaint to the Wendledale Food Trade Mediation Service "
       "within 3 months of our final reply. It is independent of us and free for you to use."),
 ("H", "11. Contact us"),
 ("P", "Phone Customer Care on 01632 961 300, Monday to Friday 08:00 to 18:00, or send a message through "
       "Breadboard. The transport office can tell you where your van is from 03:00 on 01632 961 430."),
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
    out.append(p + pad + [(f"Ridgemoor Bakery \u00b7 Wholesale and Celebration Cakes Guide \u00b7 "
                           f"Version 6 \u00b7 Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "wholesale-and-celebration-cakes-guide.pdf", "wb").write(make_pdf(out))
