"""Builds docs/terms-of-trade-and-price-list-2033.pdf: hartwell's make_pdf.py (itself ashgrove's, saltmoor's and
earlier sets'): lines of Helvetica text written by PDFium, table cells at fixed x positions, a bold header row, a footer
with page numbers. Words are never split at hyphens, so quotes stay verbatim after text extraction. A table row is
("TD", cells) and uses the column positions set by the last ("COLS", [...]) entry; ("N", text) is a numbered step
written like a bullet with its own number. Tables are kept on one page with the paragraph that introduces them, and
headings with the lines after them."""
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]  # tests/data/millbeck
import ctypes, io, textwrap

B = "\u2022 "

doc = [
 ("T", "Terms of Trade and Price List 2033"),
 ("P", "Millbeck Print & Packaging Ltd, Unit 7, Tenterfield Road Industrial Estate, Millbeck MB4 2RW. Terms TT-12, "
       "in force from Monday 3 January 2033 for all orders placed from that date. Owner: Anwen Roscoe, Sales "
       "Manager. Prices are in pounds, without VAT, which is added at the standard rate."),
 ("H", "1. About these terms"),
 ("P", "These terms apply to every order for print, packaging, finishing or studio work that you place with us by "
       "phone, by email, at the trade counter or in Proofmark, our online proofing and ordering portal. Your order "
       "confirmation shows the job number, the quantity, the stock, the finishing and the delivery date we have "
       "agreed. If you have a trade account, your discount is taken off the prices in section 5."),
 ("H", "2. Quotes and orders"),
 ("P", "A quote is valid for 30 days. It is based on:"),
 ("B", "the quantity, the finished size and the number of pages;"),
 ("B", "the paper or board, and the colours printed on each side;"),
 ("B", "the finishing, such as folding, stitching, laminating or die-cutting;"),
 ("B", "one set of artwork supplied ready to print, and one proof;"),
 ("B", "delivery to one address in mainland Great Britain."),
 ("P", "Paper and board prices can change quickly. If our supplier raises a price by more than 5% before you "
       "order, we may requote. An order is accepted when we send the order confirmation."),
 ("H", "3. Artwork and proofs"),
 ("P", "We accept artwork as:"),
 ("B", "print-ready PDF files, with PDF/X-4 preferred;"),
 ("B", "packaging artwork as a PDF on our cutter guide, with the cutter guide on its own layer;"),
 ("B", "InDesign packages with all fonts and links, for jobs where our studio makes changes;"),
 ("B", "Word or PowerPoint files for letterheads and simple flyers only, with a studio fee of £35 to set them up."),
 ("P", "Every job gets a PDF proof in Proofmark, usually within 1 working day of receiving artwork. To approve a "
       "proof:"),
 ("N", "1. Log in to Proofmark and open the job from the list of proofs waiting for you."),
 ("N", "2. Check every page: the text, the images, the size, the folds and the colours."),
 ("N", "3. Click \"Approve\", or click \"Request changes\" and type what needs changing on each page."),
 ("N", "4. Tick the box to confirm the quantity and the delivery address, then click \"Send to press\"."),
 ("P", "Your turnaround starts when you send the job to press. A printed proof costs £25 and adds 2 working days. "
       "Changes after you have approved a proof cost £25, plus £18 for each new litho plate."),
 ("H", "4. Turnaround"),
 ("P", "Turnaround is counted in working days from the day you send the job to press, to the day we dispatch it. "
       "Work approved after 12:00 counts from the next working day."),
 ("COLS", [50, 150, 320, 400]),
 ("TH", ["Service", "Turnaround", "Surcharge", "Available for"]),
 ("TD", ["Standard", "7 working days", "none", "all products"]),
 ("TD", ["Priority", "3 working days", "25%", "all products except mailer boxes"]),
 ("TD", ["Same day", "dispatched by 17:00", "60%", "digital work approved by 10:00"]),
 ("H", "5. Price list"),
 ("P", "Prices are for printing in full colour on both sides unless shown otherwise, on our house stocks, and "
       "include trimming and packing in boxes. A dash means we do not offer that quantity."),
 ("COLS", [50, 150, 350, 415, 480]),
 ("TH", ["Product", "Size and stock", "250", "1,000", "5,000"]),
 ("TD", ["Business cards", "85 x 55 mm, 400gsm silk", "£38", "£62", "£165"]),
 ("TD", ["Flyers", "A5, 150gsm gloss", "£54", "£89", "£210"]),
 ("TD", ["Folded leaflets", "A4 folded to DL, 170gsm silk", "-", "£168", "£395"]),
 ("TD", ["Posters", "A2, 200gsm silk, one side", "£145", "£310", "-"]),
 ("TD", ["Letterheads", "A4, 120gsm Recycled Bond", "£72", "£118", "£260"]),
 ("TD", ["Booklets", "A5, 16 pages, self cover", "-", "£640", "£1,920"]),
 ("TD", ["Presentation folders", "A4, 350gsm, one pocket", "-", "£720", "£2,150"]),
 ("TD", ["Mailer boxes", "220 x 160 x 50 mm, E-flute", "-", "£1,380", "£4,950"]),
 ("P", "Other sizes, stocks and quantities, and all folding cartons, are quoted for separately. Matt or soft touch "
       "lamination adds 20% to the price of business cards and presentation folders."),
 ("H", "6. Delivery and collection"),
 ("P", "Our own vans deliver free within 25 miles of Millbeck on orders over £150. Elsewhere in mainland Great "
       "Britain we send orders by courier at £14.50 a box of up to 25 kg, or £68 a pallet. We do not deliver to "
       "Northern Ireland, the Channel Islands, the Isle of Man or addresses outside the UK. You can also collect "
       "from our trade counter. Please check your order within 3 working days of delivery."),
 ("H", "7. Paying for your order"),
 ("P", "New customers pay in full when they send a job to press, by card in Proofmark or by bank transfer. Trade "
       "account customers pay within 30 days of the end of the month of the invoice, or 45 days on a Gold account. "
       "We may charge interest at 8% a year above the Bank of England base rate on late payments, and we may hold "
       "new work for an account that is more than 14 days overdue."),
 ("H", "8. Cancelling an order"),
 ("P", "You can cancel free of charge until you send the job to press. After that we charge for the work already "
       "done, including plates at £18 each and any paper or board bought for your job. Once printing has started, "
       "the full price is payable."),
 ("H", "9. What we are not responsible for"),
 ("P", "We take care over every job, but we are not responsible for:"),
 ("B", "small colour differences between your screen, a PDF proof and the printed job;"),
 ("B", "mistakes in text, images or layout that were in a proof you approved;"),
 ("B", "fonts, images or bleed missing from files that you supplied;"),
 ("B", "delays caused by late artwork, late approval or a wrong delivery address that you gave us;"),
 ("B", "overs or unders of up to 5% on litho and packaging orders, which we charge or credit at the unit price."),
 ("P", "Our liability for any order is limited to the price of that order."),
 ("H", "10. Complaints and reprints"),
 ("P", "If something is wrong with your order, please do not use or hand out the printed work until we have "
       "looked at it. To complain:"),
 ("N", "1. Tell customer service within 5 working days of delivery, by phone or by a message in Proofmark, "
       "quoting your job number."),
 ("N", "2. Send photos of the fault and keep the whole order, boxed, for us to inspect."),
 ("N", "3. We reply within 2 working days and may collect samples or the whole order."),
 ("N", "4. If the fault is ours, we reprint the job on Priority turnaround at no charge, or credit your account."),
 ("N", "5. If you are still unhappy, write to the Sales Manager, who replies within 10 working days."),
 ("H", "11. Your information"),
 ("P", "We keep your artwork for 2 years after your last order so that you can reorder, and then delete it. Your "
       "Proofmark account and order history are held on servers in the UK. These terms are governed by the law of "
       "England and Wales."),
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
    out.append(p + pad + [(f"Millbeck Print & Packaging Ltd \u00b7 Terms of Trade and Price List 2033 \u00b7 TT-12 \u00b7 "
                           f"Page {i} of {len(pages)}", 8, False, None)])
words = sum(len((" ".join(t) if isinstance(t, list) else t).split()) for k, t in doc if k != "COLS")
print(len(pages), "pages", words, "words")
(HERE / "docs").mkdir(exist_ok=True)
open(HERE / "docs" / "terms-of-trade-and-price-list-2033.pdf", "wb").write(make_pdf(out))
